"""*Surat rujukan*: the letter that refers a client to another service (UPTD PPA, Puskesmas, Dinas Sosial...).

Laid out as an Indonesian letter: the title and number, *Sifat: Rahasia*, *Lampiran* and *Perihal*, the
addressee (*Kepada Yth.*, with *u.p.* the contact person), the opening, the client's identity (no more than
the receiving service needs: name, age, sex, case number), the reason for the referral, a brief summary of
the case, the request, the enclosures, the closing and the practitioner's signature with STR and SIPPS.
The letter is *Sifat: Rahasia* and every page is marked *RAHASIA*; the PDF's metadata names the case
number and the institution, never the client. It keeps to one page unless the reason runs long.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from peksos_desk.domain.dates import format_date
from peksos_desk.domain.note_templates import is_blank
from peksos_desk.domain.practice import AssessmentSection
from peksos_desk.domain.stages import CaseStage
from peksos_desk.domain.text import Language, Text
from peksos_desk.reports.labels import label
from peksos_desk.reports.social_report import enclosure_text, identity_rows
from peksos_desk.reports.template import (
    CONTENT_WIDTH,
    Logo,
    build_document,
    key_values,
    markup,
    para,
    sign_off,
    signature_block,
    styles,
    table,
    text_block,
)

if TYPE_CHECKING:
    from peksos_desk.services.attachments import AttachmentSummary
    from peksos_desk.services.cases import CaseView
    from peksos_desk.services.clients import ClientView
    from peksos_desk.services.institutions import InstitutionView
    from peksos_desk.services.profile import Profile

Out = Path | str | BinaryIO
SUMMARY_LENGTH = 700
"""The most characters of one assessment section the letter quotes; the social report carries the rest."""

WORDS: dict[str, Text] = {
    "title": Text("Surat Rujukan", "Referral Letter"),
    "number": Text("Nomor: {number}", "No.: {number}"),
    "nature": Text("Sifat", "Classification"),
    "confidential": Text("Rahasia", "Confidential"),
    "enclosures": Text("Lampiran", "Enclosures"),
    "enclosure_count": Text("{n} berkas", "{n} document(s)"),
    "subject": Text("Perihal", "Subject"),
    "subject_value": Text("Rujukan klien", "Client referral"),
    "to": Text("Kepada Yth.", "To:"),
    "attention": Text("u.p. {name}", "Attn. {name}"),
    "at_place": Text("di {city}", ""),
    "at_place_unknown": Text("di Tempat", ""),
    "salutation": Text("Dengan hormat,", "Dear Sir or Madam,"),
    "opening": Text(
        "Bersama surat ini, saya selaku pekerja sosial yang menangani klien tersebut di bawah ini merujuk klien "
        "kepada {institution} untuk mendapatkan layanan lebih lanjut:",
        "With this letter I, the social worker handling the case of the client named below, refer the client to "
        "{institution} for further services:"),
    "reason": Text("Alasan rujukan", "Reason for referral"),
    "summary": Text("Ringkasan kasus", "Summary of the case"),
    "problem": Text("Masalah yang dihadapi", "Presenting problem"),
    "stage": Text("Tahap kasus saat ini", "Current stage of the case"),
    "stage_value": Text("{stage} (kasus dibuka {date})", "{stage} (case opened {date})"),
    "more_in_report": Text("(selengkapnya dalam laporan sosial)", "(in full in the social report)"),
    "request": Text(
        "Sehubungan dengan hal tersebut, saya mohon kiranya Bapak/Ibu berkenan menerima klien dan memberikan layanan "
        "yang diperlukan, serta menginformasikan perkembangan penanganannya kepada saya melalui kontak pada kop "
        "surat ini. Saya bersedia memberikan keterangan lebih lanjut bila diperlukan.",
        "I would be grateful if you would receive the client, provide the services needed and let me know how the "
        "client's care progresses through the contact details in this letterhead. I am glad to give further "
        "information if needed."),
    "enclosed": Text("Bersama surat ini dilampirkan:", "Enclosed with this letter:"),
    "closing": Text("Atas perhatian dan kerja sama Bapak/Ibu, saya ucapkan terima kasih.",
                    "Thank you for your attention and cooperation."),
}


def word(key: str, language: Language, **values: object) -> str:
    text = WORDS[key]
    return (text.format(**values) if values else text).render(language)


def build_referral_letter(case: CaseView, client: ClientView, institution: InstitutionView, profile: Profile,
                          out: Out, *, language: Language = "id", printed_on: date, reason: str,
                          enclosures: Sequence[str | AttachmentSummary] = (), letter_number: str = "",
                          logo: Logo | None = None, signature: Logo | None = None) -> int:
    """Write the *surat rujukan* referring ``client`` (of ``case``) to ``institution`` for ``reason``.

    ``letter_number`` is the practice's letter number (left as a line to fill in by hand when empty);
    ``enclosures`` are the documents sent with it (*lampiran*): names, or the attachments the user chose
    (``AttachmentService.enclosures(client_id, ids)``, by title and date; none by default); the letter is
    dated ``printed_on`` at the profile's city. Returns the number of pages.
    """
    s = styles()
    enclosed = [text for text in (enclosure_text(item, language) for item in enclosures) if text]
    story: list[Flowable] = [
        para(word("title", language).upper(), s.title),
        para(word("number", language, number=letter_number.strip() or "……………………"), s.subtitle),
        _heading_block(institution, len(enclosed), language),
        Spacer(1, 6),
        para(word("salutation", language)),
        para(word("opening", language, institution=institution.name.strip())),
        _indented([*identity_rows(client, printed_on, language, full=False),
                   (label("case_number", language), case.number)]),
        _lead(word("reason", language)),
        *text_block(reason.strip() or label("empty", language)),
        _lead(word("summary", language)),
        _indented(_summary_rows(case, language)),
        para(word("request", language), ParagraphStyle("request", s.body, spaceBefore=4)),
    ]
    if enclosed:  # one line, so the letter keeps to one page
        items = "; ".join(f"({number}) {item}" for number, item in enumerate(enclosed, start=1))
        story.append(para(f"{word('enclosed', language)} {items}."))
    story.append(para(word("closing", language)))
    sign_off(story, signature_block(profile, language, on=printed_on, signature=signature))
    title = f"{word('title', language)} {case.number} — {institution.name.strip()}"
    return build_document(out, profile=profile, title=title, language=language, printed_on=printed_on,
                          confidential=True, story=story, subject=word("title", language), logo=logo)


def _heading_block(institution: InstitutionView, enclosed: int, language: Language) -> Flowable:
    """*Sifat*, *Lampiran* and *Perihal* at the left and the addressee at the right, as an Indonesian letter
    sets them side by side."""
    left_width = 78 * mm
    facts = key_values([
        (word("nature", language), word("confidential", language)),
        (word("enclosures", language),
         word("enclosure_count", language, n=enclosed) if enclosed else label("empty", language)),
        (word("subject", language), word("subject_value", language)),
    ], label_width=27 * mm, width=left_width - 4 * mm)
    addressee = [[line] for line in _addressee(institution, language)]
    right_width = CONTENT_WIDTH - left_width
    return table([[facts, table(addressee, [right_width])]], [left_width, right_width],
                 [("VALIGN", (0, 0), (-1, -1), "TOP")], hAlign="LEFT")


def _addressee(institution: InstitutionView, language: Language) -> list[Flowable]:
    s = styles()
    tight = ParagraphStyle("addressee", s.body_left, spaceAfter=0)
    lines: list[Flowable] = [para(word("to", language), tight),
                             Paragraph(f"<b>{markup(institution.name.strip())}</b>", tight)]
    if institution.contact_person.strip():
        lines.append(para(word("attention", language, name=institution.contact_person.strip()), tight))
    for line in institution.address.strip().splitlines():
        if line.strip():
            lines.append(para(line.strip(), tight))
    city = institution.city.strip()
    if language == "id":
        lines.append(para(word("at_place", language, city=city) if city else word("at_place_unknown", language),
                          tight))
    elif city:
        lines.append(para(city, tight))
    return lines


def _lead(text: str) -> Flowable:
    return para(text, ParagraphStyle("letter_lead", styles().lead, spaceBefore=6))


def _indented(rows: list[tuple[str, str | Flowable]]) -> Flowable:
    block = key_values(rows, label_width=44 * mm)
    block.hAlign = "LEFT"
    block.spaceBefore, block.spaceAfter = 2, 4
    return block


def _summary_rows(case: CaseView, language: Language) -> list[tuple[str, str | Flowable]]:
    """The case in brief: the problem, the current stage and since when, and the assessment's analysis and
    strengths, each cut to a few sentences."""
    rows: list[tuple[str, str | Flowable]] = [
        (word("problem", language), _brief(case.presenting_problem, language) or label("empty", language)),
        (word("stage", language), word("stage_value", language, stage=CaseStage(case.stage).label.render(language),
                                        date=format_date(case.opened_on, language))),
    ]
    for section in (AssessmentSection.ANALYSIS, AssessmentSection.STRENGTHS):
        text = case.assessment.get(section, "")
        if not is_blank(text):
            rows.append((section.label.render(language), _brief(text, language)))
    return rows


_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+")


def _brief(text: str, language: Language) -> str:
    """``text`` on one line, cut after whole sentences to about :data:`SUMMARY_LENGTH` characters."""
    flat = " ".join(text.replace("\n- ", "; ").split())
    if len(flat) <= SUMMARY_LENGTH:
        return flat
    kept = ""
    for sentence in _SENTENCE_END.split(flat):
        if len(kept) + len(sentence) + 1 > SUMMARY_LENGTH:
            break
        kept = f"{kept} {sentence}".strip()
    if not kept:
        kept = flat[:SUMMARY_LENGTH].rsplit(" ", 1)[0] + "…"
    return f"{kept} {word('more_in_report', language)}"
