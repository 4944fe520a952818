"""*Laporan sosial*: the social report a court, the Dinas Sosial or a receiving service reads about a client.

What it holds, in the order a reader expects it (and Permensos/PP 39/2012 practice guides lay it out): the
client's identity, the case and where it came from, the presenting problem, the PPKS categories, the
assessment section by section (strengths included), the intervention goals with their status and progress,
the services given (a table of sessions: date, service, place, attendance), the case's stage history, how the
case ended (termination summary or referral), the enclosures (*lampiran*) and the practitioner's signature.
Every page is marked *RAHASIA*; the PDF's metadata names the case number, never the client.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from peksos_desk.domain.dates import (
    PractitionerZone,
    age_on,
    format_date,
    format_date_short,
    format_time,
    to_local,
)
from peksos_desk.domain.note_templates import is_blank
from peksos_desk.domain.ppks import ppks_by_code
from peksos_desk.domain.practice import AssessmentSection, Attendance
from peksos_desk.domain.stages import CaseStage
from peksos_desk.domain.text import Language, Text
from peksos_desk.reports.labels import label
from peksos_desk.reports.template import (
    CONTENT_WIDTH,
    Logo,
    build_document,
    data_table,
    heading,
    key_values,
    markup,
    para,
    sign_off,
    signature_block,
    styles,
    text_block,
)

if TYPE_CHECKING:
    from peksos_desk.services.attachments import AttachmentSummary
    from peksos_desk.services.cases import CaseView, GoalView
    from peksos_desk.services.clients import ClientView
    from peksos_desk.services.profile import Profile
    from peksos_desk.services.sessions import SessionSummary, SessionView

Out = Path | str | BinaryIO

WORDS: dict[str, Text] = {
    "title": Text("Laporan Sosial", "Social Report"),
    "confidential_note": Text(
        "RAHASIA. Laporan ini memuat data pribadi spesifik (UU No. 27 Tahun 2022) dan hanya untuk pihak yang "
        "berwenang atas penanganan klien; tidak boleh digandakan atau diteruskan tanpa izin penulisnya.",
        "CONFIDENTIAL. This report holds sensitive personal data (Law No. 27 of 2022 on Personal Data "
        "Protection) and is for those responsible for the client's care only; do not copy or pass it on "
        "without the author's consent."),
    # section headings (numbered when the report is built)
    "identity": Text("Identitas Klien", "Client's Identity"),
    "case_data": Text("Data Kasus", "The Case"),
    "problem": Text("Masalah yang Dihadapi", "Presenting Problem"),
    "ppks": Text("Kategori PPKS", "PPKS Categories"),
    "assessment": Text("Hasil Asesmen", "Assessment"),
    "goals": Text("Rencana Intervensi dan Kemajuan", "Intervention Plan and Progress"),
    "services": Text("Layanan yang Diberikan", "Services Given"),
    "history": Text("Riwayat Tahapan Kasus", "Course of the Case"),
    "termination": Text("Terminasi", "Termination"),
    "referral": Text("Rujukan", "Referral"),
    "status": Text("Status Kasus", "Status of the Case"),
    "enclosures": Text("Lampiran", "Enclosures"),
    "dated": Text("{title}, tertanggal {date}", "{title}, dated {date}"),
    # identity
    "nik": Text("NIK", "NIK (national ID number)"),
    "birth": Text("Tempat, tanggal lahir", "Place and date of birth"),
    "sex": Text("Jenis kelamin", "Sex"),
    "address": Text("Alamat", "Address"),
    "guardian": Text("Orang tua/wali", "Parent/guardian"),
    "referral_source": Text("Sumber rujukan", "Referred by"),
    # tables
    "col_no": Text("No.", "No."),
    "col_goal": Text("Tujuan dan kegiatan", "Goal and activities"),
    "col_responsible": Text("Penanggung jawab", "Responsible"),
    "col_target": Text("Target", "Target"),
    "col_status": Text("Status", "Status"),
    "col_progress": Text("Kemajuan", "Progress"),
    "col_date": Text("Tanggal", "Date"),
    "col_time": Text("Waktu", "Time"),
    "col_service": Text("Layanan", "Service"),
    "col_place": Text("Tempat", "Place"),
    "col_attendance": Text("Kehadiran", "Attendance"),
    "col_stage": Text("Tahap", "Stage"),
    "col_move": Text("Perpindahan", "Move"),
    "col_note": Text("Keterangan", "Note"),
    "opened": Text("Kasus dibuka", "Case opened"),
    # sentences
    "no_ppks": Text("Belum ada kategori PPKS yang dicatat.", "No PPKS category has been recorded."),
    "no_assessment": Text("Asesmen belum dicatat.", "No assessment has been recorded."),
    "no_goals": Text("Belum ada tujuan intervensi yang dicatat.", "No intervention goal has been recorded."),
    "no_sessions": Text("Belum ada sesi layanan dalam kasus ini.", "This case has no sessions yet."),
    "sessions_total": Text("{n} sesi tercatat: {parts}.", "{n} sessions recorded: {parts}."),
    "by_attendance": Text("{n} {what}", "{n} {what}"),
    "goal_activities": Text("Kegiatan: {text}", "Activities: {text}"),
    "terminated_on": Text("Kasus diakhiri (terminasi) pada {date}.", "The case was terminated on {date}."),
    "referred_on": Text("Klien dirujuk pada {date}.", "The client was referred on {date}."),
    "referred_to": Text("Dirujuk kepada", "Referred to"),
    "referral_reason": Text("Alasan rujukan", "Reason for referral"),
    "summary": Text("Ringkasan terminasi", "Termination summary"),
    "still_open": Text("Kasus masih berjalan; tahap sekarang: {stage} (sejak {date}).",
                       "The case is still open; current stage: {stage} (since {date})."),
    "follow_up": Text("Sesudah terminasi, klien berada dalam bimbingan lanjut sejak {date}.",
                      "After termination, the client has been in follow-up since {date}."),
    "certified": Text("Laporan ini disusun berdasarkan catatan kasus yang tersimpan dan dapat dipertanggungjawabkan.",
                      "This report is drawn from the case records kept, and its author answers for it."),
}


def word(key: str, language: Language, **values: object) -> str:
    """This module's word ``key`` in ``language`` (document words shared with other documents come from
    ``labels``)."""
    text = WORDS[key]
    return (text.format(**values) if values else text).render(language)


def build_social_report(case: CaseView, client: ClientView, sessions: Sequence[SessionSummary | SessionView],
                        profile: Profile, out: Out, *, language: Language = "id", printed_on: date,
                        zone: PractitionerZone | None = None, enclosures: Sequence[str | AttachmentSummary] = (),
                        logo: Logo | None = None, signature: Logo | None = None) -> int:
    """Write the *laporan sosial* of ``case``: identity, case data, problem, PPKS categories, assessment,
    goals and progress, sessions, stage history, termination or referral, enclosures and signature.

    ``sessions`` are the case's sessions (summaries are enough: no note text is printed); ``zone`` defaults
    to the profile's; ``enclosures`` are the documents attached (*lampiran*): names, or the case's and client's
    attachments (``AttachmentService.enclosures_for_case``), listed by title and date. Returns the number of pages.
    """
    zone = zone or PractitionerZone.from_setting(profile.time_zone)
    s = styles()
    numbered = _Numbered(language)
    story: list[Flowable] = [
        para(word("title", language).upper(), s.title),
        para(f"{label('case_number', language)} {case.number}", s.subtitle),
        para(word("confidential_note", language),
             ParagraphStyle("confidential_note", s.small, alignment=TA_CENTER, spaceAfter=6)),
        numbered.heading("identity"),
        key_values(identity_rows(client, printed_on, language, full=True)),
        numbered.heading("case_data"),
        key_values(_case_rows(case, language)),
        numbered.heading("problem"),
        *_text_or(case.presenting_problem, label("section_blank", language)),
        numbered.heading("ppks"),
        *_ppks(client, language),
        numbered.heading("assessment"),
        *_assessment(case, language),
        numbered.heading("goals"),
        *_goals(case.goals, language),
        numbered.heading("services"),
        *_sessions(sessions, zone, language),
        numbered.heading("history"),
        *_history(case, language),
        *_ending(case, numbered, language),
    ]
    if enclosures:
        story += [numbered.heading("enclosures"), *enclosure_list(enclosures, language)]
    story.append(Spacer(1, 4))
    story.append(para(word("certified", language)))
    sign_off(story, signature_block(profile, language, on=printed_on, zone=zone, signature=signature))
    title = f"{word('title', language)} {case.number}"
    return build_document(out, profile=profile, title=title, language=language, printed_on=printed_on,
                          confidential=True, story=story, subject=word("title", language), logo=logo)


# -- shared with the referral letter -----------------------------------------------------------------------

def age_text(client: ClientView, day: date, language: Language) -> str:
    """"31 tahun" on ``day`` (from the birth date when known), or "—"."""
    years = client.age
    if client.birth_date is not None and client.birth_date <= day:
        years = age_on(client.birth_date, day)
    return label("age_years", language, n=years) if years is not None else label("empty", language)


def identity_rows(client: ClientView, day: date, language: Language, *,
                  full: bool) -> list[tuple[str, str | Flowable]]:
    """The client's identity as "label : value" rows: name, code, age and sex (and with ``full``, NIK,
    place and date of birth, address and guardian)."""
    empty = label("empty", language)
    sex = client.sex.label.render(language) if client.sex is not None else empty
    rows: list[tuple[str, str | Flowable]] = [(label("client_name", language), client.full_name)]
    if full:
        rows.append((label("client_code", language), client.code or empty))
        rows.append((word("nik", language), client.nik or empty))
        born = [part for part in (client.birth_place.strip(),
                                  format_date(client.birth_date, language) if client.birth_date else "") if part]
        rows.append((word("birth", language), ", ".join(born) or empty))
    rows.append((label("age", language), age_text(client, day, language)))
    rows.append((word("sex", language), sex))
    if full:
        address = ", ".join(part for part in (client.address.strip(), client.city.strip()) if part)
        rows.append((word("address", language), address or empty))
        if client.guardian_name.strip():
            guardian = client.guardian_name.strip()
            if client.guardian_relation.strip():
                guardian += f" ({client.guardian_relation.strip()})"
            if client.guardian_phone.strip():
                guardian += f", {label('phone', language)} {client.guardian_phone.strip()}"
            rows.append((word("guardian", language), guardian))
    return rows


def stage_since(case: CaseView) -> date:
    """The day the case's present stage began (its last dated move, or its opening)."""
    days = [event.occurred_on for event in case.history if event.to_stage == case.stage]
    return max(days) if days else case.opened_on


def enclosure_text(item: str | AttachmentSummary, language: Language) -> str:
    """One *lampiran* as a line: a name as given, or an attachment's title with its document date
    ("Rapor semester 1, tertanggal 20 Desember 2025")."""
    if isinstance(item, str):
        return item.strip()
    title = " ".join(item.title.split())
    if item.document_date is None:
        return title
    return word("dated", language, title=title, date=format_date(item.document_date, language))


def enclosure_list(enclosures: Sequence[str | AttachmentSummary], language: Language = "id") -> list[Flowable]:
    """The *lampiran* as a numbered list ("1. Salinan KTP")."""
    s = styles()
    style = ParagraphStyle("enclosure", s.bullet, leftIndent=16, bulletIndent=2)
    lines = [text for text in (enclosure_text(item, language) for item in enclosures) if text]
    return [Paragraph(markup(text), style, bulletText=f"{number}.") for number, text in enumerate(lines, start=1)]


# -- pieces ----------------------------------------------------------------------------------------------

class _Numbered:
    """Section headings numbered I, II, III... in the order they are made."""

    _ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")

    def __init__(self, language: Language) -> None:
        self.language, self.count = language, 0

    def heading(self, key: str) -> Flowable:
        self.count += 1
        return heading(f"{self._ROMAN[self.count - 1]}. {word(key, self.language)}")


def _text_or(text: str, blank: str) -> list[Flowable]:
    return [para(blank, styles().small)] if is_blank(text) else text_block(text)


def _case_rows(case: CaseView, language: Language) -> list[tuple[str, str | Flowable]]:
    rows: list[tuple[str, str | Flowable]] = [
        (label("case_number", language), case.number),
        (word("referral_source", language), case.referral_source.strip() or label("empty", language)),
        (label("field_of_practice", language), case.field_of_practice.label.render(language)),
        (label("setting", language), case.setting.label.render(language)),
        (label("opened_on", language), format_date(case.opened_on, language)),
        (label("stage_now", language), CaseStage(case.stage).label.render(language)),
    ]
    if case.closed_on is not None:
        rows.append((label("closed_on", language), format_date(case.closed_on, language)))
    return rows


def _ppks(client: ClientView, language: Language) -> list[Flowable]:
    if not client.ppks_codes:
        return [para(word("no_ppks", language), styles().small)]
    s = styles()
    return [Paragraph(markup(ppks_by_code(code).label.render(language)), s.bullet, bulletText="•")
            for code in sorted(client.ppks_codes)]


def _assessment(case: CaseView, language: Language) -> list[Flowable]:
    """The assessment's sections in the *formulir asesmen*'s order; empty ones are left out, except the
    strengths, whose absence a reader should see."""
    written = {section for section, text in case.assessment.items() if not is_blank(text)}
    if not written:
        return [para(word("no_assessment", language), styles().small)]
    out: list[Flowable] = []
    for section in AssessmentSection:
        if section not in written and section is not AssessmentSection.STRENGTHS:
            continue
        out.append(heading(section.label.render(language), level=2))
        out += _text_or(case.assessment.get(section, ""), label("section_blank", language))
    return out


def _goals(goals: Sequence[GoalView], language: Language) -> list[Flowable]:
    if not goals:
        return [para(word("no_goals", language), styles().small)]
    empty = label("empty", language)
    rows: list[list[str | Flowable]] = []
    for number, goal in enumerate(goals, start=1):
        what: list[str] = [markup(goal.description.strip())]
        if goal.activities.strip():
            activities = " ".join(goal.activities.split())
            what.append(f'<font size="8" color="#555555">{markup(word("goal_activities", language, text=activities))}'
                        "</font>")
        rows.append([f"{number}.", Paragraph("<br/>".join(what), _gutter()), _cell(goal.responsible.strip() or empty),
                     _cell(format_date_short(goal.target_date, language) if goal.target_date else empty),
                     _cell(goal.status.label.render(language)), f"{goal.progress}%"])
    header = [word(key, language) for key in ("col_no", "col_goal", "col_responsible", "col_target", "col_status",
                                              "col_progress")]
    return [data_table(header, rows, [9 * mm, 62 * mm, 30 * mm, 21 * mm, 25 * mm, 18 * mm], numeric=(5,))]


def _sessions(sessions: Sequence[SessionSummary | SessionView], zone: PractitionerZone,
              language: Language) -> list[Flowable]:
    if not sessions:
        return [para(word("no_sessions", language), styles().small)]
    ordered = sorted(sessions, key=lambda item: (item.starts_at, item.id))
    counts = Counter(Attendance(item.attendance) for item in ordered)
    parts = ", ".join(word("by_attendance", language, n=counts[kind], what=kind.label.render(language).lower())
                      for kind in Attendance if counts[kind])
    rows: list[list[str | Flowable]] = []
    for number, item in enumerate(ordered, start=1):
        start, end = to_local(item.starts_at, zone), to_local(item.ends_at, zone)
        rows.append([f"{number}.", _cell(format_date_short(start.date(), language)),
                     _cell(f"{format_time(start.time(), language)}–{format_time(end.time(), language)} "
                           f"{zone.abbreviation}"),
                     _cell(item.service_type_name or label("empty", language)),
                     _cell(item.place.label.render(language)), Attendance(item.attendance).label.render(language)])
    header = [word(key, language) for key in ("col_no", "col_date", "col_time", "col_service", "col_place",
                                              "col_attendance")]
    return [para(word("sessions_total", language, n=len(ordered), parts=parts)),
            data_table(header, rows, [10 * mm, 23 * mm, 31 * mm, 44 * mm, 32 * mm, 25 * mm])]


def _history(case: CaseView, language: Language) -> list[Flowable]:
    events = sorted(case.history, key=lambda item: (item.occurred_on, item.recorded_at))
    if not events:
        return [para(label("empty", language), styles().small)]
    rows: list[list[str | Flowable]] = [
        [_cell(format_date(event.occurred_on, language)), _cell(CaseStage(event.to_stage).label.render(language)),
         _cell(event.move.label.render(language) if event.move is not None else word("opened", language)),
         event.note.strip() or label("empty", language)]
        for event in events]
    header = [word(key, language) for key in ("col_date", "col_stage", "col_move", "col_note")]
    return [data_table(header, rows, [34 * mm, 50 * mm, 46 * mm, CONTENT_WIDTH - 130 * mm])]


def _gutter() -> ParagraphStyle:
    """A table cell's style with room at its right, so a wrapped cell never runs into the next column."""
    return ParagraphStyle("cell_gutter", styles().table_cell, rightIndent=2.5 * mm)


def _cell(text: str) -> Paragraph:
    return para(text, _gutter())


def _ending(case: CaseView, numbered: _Numbered, language: Language) -> list[Flowable]:
    """How the case ended: the termination summary, or to whom and why the client was referred; for an open
    case, where it stands."""
    stage = CaseStage(case.stage)
    stages = [event.to_stage for event in case.history]
    referred = stage is CaseStage.RUJUKAN or bool(case.referred_to.strip()) or CaseStage.RUJUKAN in stages
    terminated = (stage in (CaseStage.TERMINASI, CaseStage.BIMBINGAN_LANJUT) or bool(case.termination_summary.strip())
                  or CaseStage.TERMINASI in stages)
    ended_on = _moved_on(case, CaseStage.RUJUKAN if referred else CaseStage.TERMINASI) or case.closed_on
    if referred:
        out: list[Flowable] = [numbered.heading("referral")]
        if ended_on is not None:
            out.append(para(word("referred_on", language, date=format_date(ended_on, language))))
        out.append(key_values([
            (word("referred_to", language), case.referred_to.strip() or label("empty", language)),
            (word("referral_reason", language), case.referral_reason.strip() or label("empty", language)),
        ]))
        if case.termination_summary.strip():
            out += [heading(word("summary", language), level=2), *text_block(case.termination_summary)]
        return out
    if terminated:
        out = [numbered.heading("termination")]
        if ended_on is not None:
            out.append(para(word("terminated_on", language, date=format_date(ended_on, language))))
        out += [heading(word("summary", language), level=2),
                *_text_or(case.termination_summary, label("section_blank", language))]
        follow_up = _moved_on(case, CaseStage.BIMBINGAN_LANJUT)
        if stage is CaseStage.BIMBINGAN_LANJUT and follow_up is not None:
            out.append(para(word("follow_up", language, date=format_date(follow_up, language))))
        return out
    return [numbered.heading("status"),
            para(word("still_open", language, stage=stage.label.render(language),
                      date=format_date(stage_since(case), language)))]


def _moved_on(case: CaseView, stage: CaseStage) -> date | None:
    days = [event.occurred_on for event in case.history if event.to_stage == stage]
    return max(days) if days else None
