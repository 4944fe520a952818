"""Guidance for writing each section of a session note (DAP, SOAP, free narrative), and moving a note's text
between formats without losing any of it.

Each section has a *prompt* (a sentence or two shown in the empty editor) and a *template* (a scaffold of
headed lines the practitioner inserts, then fills in or deletes). A section that still holds only its
untouched template says nothing yet: it does not count as written.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from peksos_desk.domain.practice import NOTE_SECTION_LABELS, NoteFormat
from peksos_desk.domain.text import LANGUAGES, Language, Text, current_language


@dataclass(frozen=True)
class SectionTemplate:
    """What helps the practitioner write one section of a note.

    Attributes:
        key: the section's key in the stored note ("data", "subjective", ...).
        label: the section's name ("Data", "Asesmen", ...).
        prompt: what belongs in the section, shown while it is empty.
        template: headed lines to insert and fill in.
    """

    key: str
    label: Text
    prompt: Text
    template: Text


_PLAN = Text(
    "Rencana tindak lanjut:\n"
    "- Langkah berikutnya (apa, siapa, kapan):\n"
    "- Tugas atau kesepakatan dengan klien:\n"
    "- Rujukan atau koordinasi dengan pihak lain:\n"
    "- Sesi berikutnya:\n",
    "Follow-up plan:\n"
    "- Next steps (what, who, when):\n"
    "- Tasks or agreements with the client:\n"
    "- Referral or coordination with others:\n"
    "- Next session:\n",
)
_PLAN_PROMPT = Text(
    "Apa yang akan dilakukan: langkah berikutnya, tugas klien, rujukan atau koordinasi, dan sesi berikutnya.",
    "What happens next: next steps, the client's tasks, referral or coordination, and the next session.",
)

_TEMPLATES: dict[NoteFormat, tuple[SectionTemplate, ...]] = {
    NoteFormat.DAP: (
        SectionTemplate(
            "data", NOTE_SECTION_LABELS["data"],
            Text("Apa yang dikatakan klien dan apa yang Anda amati: kata-kata penting, perilaku, penampilan, "
                 "suasana hati, informasi dari pihak lain. Tulis fakta, belum penafsiran.",
                 "What the client said and what you observed: key words, behaviour, appearance, mood, "
                 "information from others. Facts, not yet interpretation."),
            Text("Apa yang dikatakan dan diamati:\n"
                 "- Yang disampaikan klien (kutipan penting):\n"
                 "- Yang diamati (penampilan, perilaku, suasana hati):\n"
                 "- Informasi dari pihak lain:\n",
                 "What was said and observed:\n"
                 "- What the client said (key quotes):\n"
                 "- What was observed (appearance, behaviour, mood):\n"
                 "- Information from others:\n"),
        ),
        SectionTemplate(
            "assessment", NOTE_SECTION_LABELS["assessment"],
            Text("Penilaian profesional Anda: arti data tadi bagi masalah klien, kemajuan terhadap tujuan "
                 "intervensi, risiko, dan kekuatan klien.",
                 "Your professional assessment: what the data means for the client's problem, progress toward "
                 "the intervention goals, risks, and the client's strengths."),
            Text("Penilaian pekerja sosial:\n"
                 "- Arti data di atas bagi masalah klien:\n"
                 "- Kemajuan terhadap tujuan intervensi:\n"
                 "- Risiko dan faktor pelindung:\n"
                 "- Kekuatan dan sumber daya klien:\n",
                 "Social worker's assessment:\n"
                 "- What the data above means for the client's problem:\n"
                 "- Progress toward the intervention goals:\n"
                 "- Risks and protective factors:\n"
                 "- The client's strengths and resources:\n"),
        ),
        SectionTemplate("plan", NOTE_SECTION_LABELS["plan"], _PLAN_PROMPT, _PLAN),
    ),
    NoteFormat.SOAP: (
        SectionTemplate(
            "subjective", NOTE_SECTION_LABELS["subjective"],
            Text("Yang disampaikan klien (atau keluarganya): keluhan, keadaan dan perasaan menurut klien, "
                 "dengan kutipan penting.",
                 "What the client (or their family) reports: concerns, circumstances and feelings in the "
                 "client's own view, with key quotes."),
            Text("Yang disampaikan klien:\n"
                 "- Keluhan dan keadaan menurut klien:\n"
                 "- Perasaan dan pandangan klien:\n"
                 "- Kutipan penting:\n",
                 "What the client reports:\n"
                 "- Concerns and circumstances in the client's words:\n"
                 "- The client's feelings and views:\n"
                 "- Key quotes:\n"),
        ),
        SectionTemplate(
            "objective", NOTE_SECTION_LABELS["objective"],
            Text("Yang Anda amati dan fakta yang dapat diperiksa: penampilan, perilaku, interaksi, hasil "
                 "instrumen, dokumen, keterangan pihak lain.",
                 "What you observed and facts that can be checked: appearance, behaviour, interaction, "
                 "instrument results, documents, what others reported."),
            Text("Yang diamati dan fakta:\n"
                 "- Penampilan, perilaku dan interaksi:\n"
                 "- Hasil instrumen atau dokumen:\n"
                 "- Keterangan keluarga atau pihak lain:\n",
                 "Observations and facts:\n"
                 "- Appearance, behaviour and interaction:\n"
                 "- Instrument results or documents:\n"
                 "- What family or others reported:\n"),
        ),
        SectionTemplate(
            "assessment", NOTE_SECTION_LABELS["assessment"],
            Text("Penilaian profesional Anda atas yang subjektif dan objektif: masalah dan kebutuhan, kemajuan, "
                 "risiko dan kekuatan.",
                 "Your professional assessment of the subjective and objective findings: problems and needs, "
                 "progress, risks and strengths."),
            Text("Penilaian pekerja sosial:\n"
                 "- Masalah dan kebutuhan klien:\n"
                 "- Kemajuan terhadap tujuan intervensi:\n"
                 "- Risiko dan kekuatan:\n",
                 "Social worker's assessment:\n"
                 "- The client's problems and needs:\n"
                 "- Progress toward the intervention goals:\n"
                 "- Risks and strengths:\n"),
        ),
        SectionTemplate("plan", NOTE_SECTION_LABELS["plan"], _PLAN_PROMPT, _PLAN),
    ),
    NoteFormat.FREE: (
        SectionTemplate(
            "narrative", NOTE_SECTION_LABELS["narrative"],
            Text("Ceritakan jalannya sesi dengan kata-kata Anda sendiri: tujuan sesi, apa yang terjadi dan "
                 "dibicarakan, penilaian Anda, dan tindak lanjutnya.",
                 "Tell how the session went in your own words: its purpose, what happened and was discussed, "
                 "your assessment, and the follow-up."),
            Text("Jalannya sesi:\n"
                 "- Tujuan sesi:\n"
                 "- Apa yang terjadi dan dibicarakan:\n"
                 "- Pengamatan dan penilaian:\n"
                 "- Tindak lanjut:\n",
                 "How the session went:\n"
                 "- Purpose of the session:\n"
                 "- What happened and was discussed:\n"
                 "- Observations and assessment:\n"
                 "- Follow-up:\n"),
        ),
    ),
}


def templates(note_format: NoteFormat) -> tuple[SectionTemplate, ...]:
    """The guidance for every section of ``note_format``, in the order the sections are written."""
    return _TEMPLATES[NoteFormat(note_format)]


def template_for(note_format: NoteFormat, key: str) -> SectionTemplate:
    """The guidance for section ``key`` of ``note_format``; a KeyError for a section the format lacks."""
    for item in templates(note_format):
        if item.key == key:
            return item
    raise KeyError(key)


def _normalised(text: str) -> str:
    return "\n".join(line.rstrip() for line in text.strip().splitlines())


_ALL_TEMPLATES = frozenset(_normalised(item.template.render(language))
                           for group in _TEMPLATES.values() for item in group for language in LANGUAGES)


def is_untouched_template(text: str) -> bool:
    """Whether ``text`` is only a template, as inserted, in either language (nothing written into it)."""
    return _normalised(text) in _ALL_TEMPLATES


def is_blank(text: str) -> bool:
    """Whether a section says nothing: empty, whitespace, or an untouched template."""
    return not text.strip() or is_untouched_template(text)


def has_content(note: Mapping[str, str]) -> bool:
    """Whether any section of ``note`` says something."""
    return any(not is_blank(text) for text in note.values())


# -- moving text between formats ---------------------------------------------------------------------------

def _heading(key: str, language: Language) -> str:
    return f"{NOTE_SECTION_LABELS[key].render(language)}:"


_HEADINGS: dict[str, str] = {
    _heading(key, language).casefold(): key for key in NOTE_SECTION_LABELS for language in LANGUAGES
}
_HEADING_LINE = re.compile(r"^\s*([^\n:]{1,40}:)\s*$")


def _pieces(key: str, text: str) -> list[tuple[str, str]]:
    """Split text written as "Heading:" blocks (as ``convert_note`` writes them) back into its sections."""
    pieces: list[tuple[str, list[str]]] = [(key, [])]
    for line in text.splitlines():
        match = _HEADING_LINE.match(line)
        found = _HEADINGS.get(match.group(1).casefold()) if match else None
        if found is not None:
            pieces.append((found, []))
        else:
            pieces[-1][1].append(line)
    return [(k, "\n".join(lines).strip("\n")) for k, lines in pieces if "\n".join(lines).strip()]


def convert_note(
    sections: Mapping[str, str], source: NoteFormat, target: NoteFormat, language: Language | None = None
) -> dict[str, str]:
    """The note's text laid out in ``target``'s sections; no written text is lost.

    A section both formats share keeps its text as it is. Text from a section ``target`` lacks moves into
    ``target``'s first section (the narrative of a free note, the data of DAP, the subjective of SOAP) under a
    "Heading:" line naming where it came from; text written under such headings is split back into the
    sections they name, so DAP → free → DAP gives the note back. Untouched templates are dropped.
    """
    source, target = NoteFormat(source), NoteFormat(target)
    chosen = current_language() if language is None else language
    result: dict[str, list[str]] = {key: [] for key in target.sections}
    first = target.sections[0]
    for key in source.sections:
        text = sections.get(key, "")
        if is_blank(text):
            if key in result and text and not result[key]:
                result[key].append(text)  # an untouched template stays where it was
            continue
        if key in result:
            result[key].append(text)
            continue
        for piece_key, piece in _pieces(key, text):
            if piece_key in result:
                result[piece_key].append(piece)
            elif piece_key == "narrative":
                result[first].append(piece)
            else:
                result[first].append(f"{_heading(piece_key, chosen)}\n{piece}")
    return {key: "\n\n".join(part for part in parts if not is_untouched_template(part) or len(parts) == 1)
            for key, parts in result.items()}


def moves_text(sections: Mapping[str, str], source: NoteFormat, target: NoteFormat) -> bool:
    """Whether changing from ``source`` to ``target`` moves written text into another section."""
    kept = set(NoteFormat(target).sections)
    return any(not is_blank(sections.get(key, "")) for key in NoteFormat(source).sections if key not in kept)
