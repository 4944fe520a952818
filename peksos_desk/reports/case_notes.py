"""*Catatan kasus*: the note of one session, or every session of a case, as the practitioner prints them for
a court, a hospital, the Dinas Sosial or the client's own copy.

A signed note shows its signature block with the signing time; a note that is not signed is marked
*DRAF — belum ditandatangani* (and the single-note document carries a pale DRAF under every page), so a draft
can never pass for the record. Addenda follow the note they correct, each with its date and reason.
Client names stay out of the PDF's metadata: the file's properties show the case number only.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph, Spacer

from peksos_desk.domain.dates import PractitionerZone, age_on, format_date, format_datetime, format_time, to_local
from peksos_desk.domain.note_templates import is_blank
from peksos_desk.domain.practice import NOTE_SECTION_LABELS, NoteFormat
from peksos_desk.domain.stages import CaseStage
from peksos_desk.domain.text import Language
from peksos_desk.reports.labels import label
from peksos_desk.reports.template import (
    Logo,
    build_document,
    heading,
    key_values,
    mark_box,
    markup,
    para,
    separator,
    sign_off,
    signature_block,
    styles,
    text_block,
)

if TYPE_CHECKING:
    from peksos_desk.services.cases import CaseView
    from peksos_desk.services.clients import ClientView
    from peksos_desk.services.profile import Profile
    from peksos_desk.services.sessions import Addendum, SessionView

Out = Path | str | BinaryIO


def build_case_note(session: SessionView, case: CaseView, client: ClientView, profile: Profile, out: Out, *,
                    language: Language = "id", printed_on: date, zone: PractitionerZone | None = None,
                    number: int | None = None, logo: Logo | None = None, signature: Logo | None = None) -> int:
    """Write the *catatan kasus* of one session: client, case, when and where, the note's sections,
    the signature block with the signing time (or the draft marking), and the addenda.

    ``number`` is the session's place in the case ("Sesi 3"), when known; ``zone`` defaults to the
    profile's; ``logo`` (a path or the image's bytes) goes in the letterhead, ``signature`` (likewise) over the
    name of a signed note. Returns the number of pages.
    """
    zone = zone or PractitionerZone.from_setting(profile.time_zone)
    local = to_local(session.starts_at, zone)
    s = styles()
    story: list[Flowable] = [
        para(label("case_note_title", language).upper(), s.title),
        para(_session_title(session, number, zone, language), s.subtitle),
    ]
    if not session.is_signed:
        story.append(mark_box(label("draft_mark", language), note=label("draft_explained", language)))
    story.append(key_values([
        (label("client_name", language), client.full_name),
        (label("client_code", language), client.code or label("empty", language)),
        (label("age", language), _age(client, local.date(), language)),
        (label("case_number", language), case.number),
        (label("stage", language), stage_on(case, local.date()).label.render(language)),
        (label("when", language), _when(session, zone, language)),
        (label("place", language), session.place.label.render(language)),
        (label("service", language), session.service_type_name or label("empty", language)),
        (label("attendance", language), session.attendance.label.render(language)),
        (label("note_format", language), NoteFormat(session.note_format).label.render(language)),
    ]))
    story.append(Spacer(1, 4))
    story += _sections(session, language, level=1)
    if session.signed_at is not None:
        sign_off(story, signature_block(profile, language, on=to_local(session.signed_at, zone).date(),
                                        signed_at=session.signed_at, zone=zone, signature=signature))
    else:
        sign_off(story, mark_box(label("draft_mark", language)))
    story += _addenda(session.addenda, zone, language, level=1)
    title = f"{label('case_note_title', language)} {case.number} — {format_date(local.date(), language)}"
    return build_document(out, profile=profile, title=title, language=language, printed_on=printed_on,
                          confidential=True, story=story, watermark=not session.is_signed,
                          subject=label("case_note_title", language), logo=logo)


def build_case_notes(sessions: Sequence[SessionView], case: CaseView, client: ClientView, profile: Profile,
                     out: Out, *, language: Language = "id", printed_on: date,
                     zone: PractitionerZone | None = None, logo: Logo | None = None,
                     signature: Logo | None = None) -> int:
    """Write the *catatan kasus* of a whole case: the case's data, then every session in the order they
    took place, each with its note, its signing time or draft marking, and its addenda; the
    practitioner's signature block closes the document. Returns the number of pages.
    """
    zone = zone or PractitionerZone.from_setting(profile.time_zone)
    ordered = sorted(sessions, key=lambda item: (item.starts_at, item.id))
    s = styles()
    story: list[Flowable] = [
        para(label("case_notes_title", language).upper(), s.title),
        para(case.number, s.subtitle),
        key_values(_case_rows(case, client, ordered, printed_on, language)),
    ]
    if not ordered:
        story += [Spacer(1, 8), para(label("no_sessions", language))]
    for index, session in enumerate(ordered, start=1):
        story += _session_entry(session, index, case, zone, language)
    sign_off(story, signature_block(profile, language, on=printed_on, zone=zone,
                                    note=label("certified", language), signature=signature))
    title = f"{label('case_notes_title', language)} {case.number}"
    return build_document(out, profile=profile, title=title, language=language, printed_on=printed_on,
                          confidential=True, story=story, subject=label("case_notes_title", language),
                          logo=logo)


def stage_on(case: CaseView, day: date) -> CaseStage:
    """The stage the case was at on ``day``, from its dated history (its present stage when the history
    says nothing about that day)."""
    stage: CaseStage | None = None
    for event in sorted(case.history, key=lambda item: (item.occurred_on, item.recorded_at)):
        if event.occurred_on > day:
            break
        stage = event.to_stage
    return CaseStage(stage) if stage is not None else CaseStage(case.stage)


# -- pieces ----------------------------------------------------------------------------------------------

def _session_title(session: SessionView, number: int | None, zone: PractitionerZone, language: Language) -> str:
    day = format_date(to_local(session.starts_at, zone).date(), language, weekday=True)
    return label("session_n_on", language, n=number, date=day) if number else day


def _when(session: SessionView, zone: PractitionerZone, language: Language) -> str:
    start, end = to_local(session.starts_at, zone), to_local(session.ends_at, zone)
    return label("when_value", language, day=format_date(start.date(), language, weekday=True),
                 start=format_time(start.time(), language), end=format_time(end.time(), language),
                 zone=zone.abbreviation, minutes=session.duration_minutes)


def _age(client: ClientView, day: date, language: Language) -> str:
    years = client.age
    if client.birth_date is not None and client.birth_date <= day:
        years = age_on(client.birth_date, day)
    return label("age_years", language, n=years) if years is not None else label("empty", language)


def _case_rows(case: CaseView, client: ClientView, sessions: Sequence[SessionView], printed_on: date,
               language: Language) -> list[tuple[str, str | Flowable]]:
    rows: list[tuple[str, str | Flowable]] = [
        (label("client_name", language), client.full_name),
        (label("client_code", language), client.code or label("empty", language)),
        (label("age", language), _age(client, printed_on, language)),
        (label("case_number", language), case.number),
        (label("field_of_practice", language), case.field_of_practice.label.render(language)),
        (label("setting", language), case.setting.label.render(language)),
        (label("opened_on", language), format_date(case.opened_on, language)),
    ]
    if case.closed_on is not None:
        rows.append((label("closed_on", language), format_date(case.closed_on, language)))
    signed = sum(1 for session in sessions if session.is_signed)
    rows += [
        (label("stage_now", language), CaseStage(case.stage).label.render(language)),
        (label("presenting_problem", language), case.presenting_problem),
        (label("sessions_count", language), label("sessions_count_value", language, n=len(sessions), signed=signed)),
    ]
    return rows


def _session_entry(session: SessionView, index: int, case: CaseView, zone: PractitionerZone,
                   language: Language) -> list[Flowable]:
    s = styles()
    start = to_local(session.starts_at, zone)
    title = heading(label("session_n_on", language, n=index,
                          date=format_date(start.date(), language, weekday=True)))
    end = to_local(session.ends_at, zone)
    facts = [
        f"{format_time(start.time(), language)}–{format_time(end.time(), language)} {zone.abbreviation}",
        session.place.label.render(language),
        session.service_type_name,
        session.attendance.label.render(language),
        f"{label('stage', language)}: {stage_on(case, start.date()).label.render(language)}",
    ]
    # No Spacer between the heading group's pieces: a Spacer ends ReportLab's keepWithNext chain.
    meta = para(" · ".join(fact for fact in facts if fact), ParagraphStyle("meta", s.small, spaceAfter=2,
                                                                           keepWithNext=1))
    entry: list[Flowable] = [separator(), title, meta]
    draft = session.signed_at is None and not _is_empty(session)
    if draft:  # said before the text, so no one reads a draft as the record
        box = mark_box(label("draft_mark", language))
        box.keepWithNext = 1
        entry.append(box)
    entry += _sections(session, language, level=2)
    if session.signed_at is not None:
        entry.append(para(label("signed_line", language, when=format_datetime(session.signed_at, zone, language)),
                          s.small))
    elif draft:
        entry.append(para(label("draft_mark", language), ParagraphStyle("draft", s.small, textColor=s.mark.textColor)))
    entry += _addenda(session.addenda, zone, language, level=2)
    return entry


def _is_empty(session: SessionView) -> bool:
    return all(is_blank(session.note.get(key, "")) for key in NoteFormat(session.note_format).sections)


def _sections(session: SessionView, language: Language, *, level: int) -> list[Flowable]:
    s = styles()
    if _is_empty(session) and not session.is_signed and level > 1:
        return [para(label("no_note", language), s.small)]
    out: list[Flowable] = []
    for key in NoteFormat(session.note_format).sections:
        text = session.note.get(key, "")
        out.append(heading(NOTE_SECTION_LABELS[key].render(language), level=level + 1 if level > 1 else 1))
        out += [para(label("section_blank", language), s.small)] if is_blank(text) else text_block(text)
    return out


def _addenda(addenda: Sequence[Addendum], zone: PractitionerZone, language: Language, *,
             level: int) -> list[Flowable]:
    if not addenda:
        return []
    s = styles()
    out: list[Flowable] = [separator(), heading(label("addenda", language), level=level)] if level == 1 \
        else [Spacer(1, 4)]
    for number, addendum in enumerate(sorted(addenda, key=lambda item: (item.written_at, item.id)), start=1):
        when = format_datetime(addendum.written_at, zone, language)
        out.append(heading(label("addendum_n", language, n=number, when=when), level=2))
        out.append(Paragraph(f"<b>{label('reason', language)}:</b> {markup(addendum.reason)}", s.body_left))
        out += text_block(addendum.content)
    return out

