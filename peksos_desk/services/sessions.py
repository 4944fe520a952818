"""Sessions (*sesi*) and their notes: schedule, attendance, drafts, signing, addenda."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Any

from sqlalchemy import ColumnElement, and_, func, or_, select
from sqlalchemy.orm import Session, joinedload, selectinload

from peksos_desk.domain.errors import LockedRecord, ValidationError
from peksos_desk.domain.note_templates import has_content
from peksos_desk.domain.practice import Attendance, NoteFormat, SessionPlace
from peksos_desk.domain.text import Text
from peksos_desk.services.base import Service, get_or_404
from peksos_desk.services.billing import fee_for, issued_invoice_for_session
from peksos_desk.services.validation import choice, clean_text, whole_number
from peksos_desk.store.models import AuditEntry, Case, CaseSession, Client, NoteAddendum, ServiceType
from peksos_desk.store.search import index_note

WHAT = Text("Sesi", "Session")
MAX_NOTE_SECTION = 200_000
# Drafts are saved every few seconds while the practitioner types; the audit log records an editing sitting,
# not every one of those saves: at most one "save_note" entry per session in this span.
NOTE_AUDIT_SPAN = timedelta(minutes=10)
DURATION = Text("Durasi (menit)", "Duration (minutes)")


class NoteStatus(StrEnum):
    """Where a session's note stands: nothing written yet, a draft, or signed."""

    EMPTY = "kosong"
    DRAFT = "draf"
    SIGNED = "ditandatangani"

    @property
    def label(self) -> Text:
        return _NOTE_STATUS_LABELS[self]


_NOTE_STATUS_LABELS = {
    NoteStatus.EMPTY: Text("Belum ditulis", "Not written"),
    NoteStatus.DRAFT: Text("Draf", "Draft"),
    NoteStatus.SIGNED: Text("Ditandatangani", "Signed"),
}


def note_status(note: dict[str, str] | None, signed_at: datetime | None) -> NoteStatus:
    """The status of a note with these sections, signed at ``signed_at`` (or not)."""
    if signed_at is not None:
        return NoteStatus.SIGNED
    return NoteStatus.DRAFT if has_content(note or {}) else NoteStatus.EMPTY


@dataclass(frozen=True)
class SessionInput:
    case_id: int
    starts_at: datetime  # timezone-aware
    duration_minutes: int = 60
    place: SessionPlace = SessionPlace.OFFICE
    service_type_id: int | None = None
    note_format: NoteFormat = NoteFormat.DAP


@dataclass(frozen=True)
class Addendum:
    id: int
    written_at: datetime
    reason: str
    content: str


@dataclass(frozen=True)
class SessionView:
    id: int
    case_id: int
    case_number: str
    client_id: int
    client_name: str
    starts_at: datetime
    duration_minutes: int
    place: SessionPlace
    attendance: Attendance
    service_type_id: int | None
    service_type_name: str
    fee: int | None
    note_format: NoteFormat
    note: dict[str, str]
    note_saved_at: datetime | None
    signed_at: datetime | None
    addenda: tuple[Addendum, ...] = field(default=())

    @property
    def is_signed(self) -> bool:
        return self.signed_at is not None

    @property
    def ends_at(self) -> datetime:
        return self.starts_at + timedelta(minutes=self.duration_minutes)

    @property
    def note_status(self) -> NoteStatus:
        return note_status(self.note, self.signed_at)


@dataclass(frozen=True)
class SessionSummary:
    """A session as the diary lists it: no note text, no addenda."""

    id: int
    case_id: int
    case_number: str
    client_id: int
    client_name: str
    starts_at: datetime
    duration_minutes: int
    place: SessionPlace
    attendance: Attendance
    service_type_id: int | None
    service_type_name: str
    fee: int | None
    note_format: NoteFormat
    note_status: NoteStatus
    note_saved_at: datetime | None
    signed_at: datetime | None

    @property
    def ends_at(self) -> datetime:
        return self.starts_at + timedelta(minutes=self.duration_minutes)


class SessionService(Service):
    """Schedule sessions, record attendance, write, sign and amend notes."""

    def schedule(self, data: SessionInput) -> SessionView:
        """Put a session of an open case in the diary.

        Raises:
            ValidationError: the time lies before the case opened, the duration is wrong, ...
            LockedRecord: the case is closed.
        """
        with self.db.write() as session:
            case = self._open_case(session, data.case_id)
            starts_at = self._check_start(session, case, data.starts_at)
            service_type = self._service_type(session, data.service_type_id, current=None)
            row = CaseSession(
                case_id=case.id, starts_at=starts_at,
                duration_minutes=whole_number("duration_minutes", DURATION, data.duration_minutes,
                                              minimum=5, maximum=24 * 60),
                place=choice("place", Text("Tempat", "Place"), SessionPlace, data.place).value,
                attendance=Attendance.SCHEDULED.value,
                service_type_id=service_type.id if service_type else None,
                note_format=choice("note_format", Text("Format catatan", "Note format"), NoteFormat,
                                   data.note_format).value,
                note={},
            )
            session.add(row)
            session.flush()
            self._audit(session, "create", "session", row.id, f"case={case.id}")
            return self._view(session, row)

    def reschedule(self, session_id: int, data: SessionInput) -> SessionView:
        """Change when, where, how long or as what service an unsigned session takes place.

        The note's format is left as it is (the note editor changes it, moving the text); ``data.case_id``
        is not read: a session stays with its case.

        Raises:
            ValidationError: a wrong time or duration, or an attended session moved into the future.
            LockedRecord: the note is signed or the case is closed.
        """
        with self.db.write() as session:
            row = self._unsigned(session, session_id)
            self._not_invoiced(session, row)
            case = self._open_case(session, row.case_id)
            starts_at = self._check_start(session, case, data.starts_at)
            if row.attendance == Attendance.ATTENDED.value and starts_at > self.db.clock():
                raise ValidationError("starts_at", Text(
                    "Sesi ini sudah dicatat hadir; waktunya tidak dapat dipindah ke masa depan.",
                    "This session is recorded as attended; it cannot be moved into the future."))
            row.starts_at = starts_at
            row.duration_minutes = whole_number("duration_minutes", DURATION, data.duration_minutes,
                                                minimum=5, maximum=24 * 60)
            row.place = choice("place", Text("Tempat", "Place"), SessionPlace, data.place).value
            service_type = self._service_type(session, data.service_type_id, current=row.service_type_id)
            row.service_type_id = service_type.id if service_type else None
            if row.attendance == Attendance.ATTENDED.value:
                row.fee = self._fee(session, row, service_type)
            self._audit(session, "update", "session", row.id, "schedule")
            return self._view(session, row)

    def record_attendance(self, session_id: int, attendance: Attendance) -> SessionView:
        """Mark a session attended, missed or cancelled. An attended session keeps its fee from then on."""
        with self.db.write() as session:
            row = self._unsigned(session, session_id)
            value = choice("attendance", Text("Kehadiran", "Attendance"), Attendance, attendance)
            if value is Attendance.ATTENDED and row.starts_at > self.db.clock():
                raise ValidationError("attendance", Text(
                    "Sesi ini belum berlangsung; kehadiran dapat dicatat setelah waktunya.",
                    "This session has not taken place yet; attendance can be recorded once it has."))
            self._not_invoiced(session, row)
            row.attendance = value.value
            # The fee snapshot: later changes to the schedule or the client's arrangement never rewrite what
            # this session cost.
            row.fee = self._fee(session, row, row.service_type) if value is Attendance.ATTENDED else None
            self._audit(session, "attendance", "session", row.id, value.value)
            return self._view(session, row)

    def save_note(self, session_id: int, note_format: NoteFormat, sections: dict[str, str]) -> SessionView:
        """Save the note's draft (called as the practitioner types). Refused once the note is signed."""
        with self.db.write() as session:
            row = self._unsigned(session, session_id)
            fmt = choice("note_format", Text("Format catatan", "Note format"), NoteFormat, note_format)
            unknown = set(sections) - set(fmt.sections)
            if unknown:
                raise ValidationError("note", Text(f"Bagian catatan tidak dikenal: {', '.join(sorted(unknown))}.",
                                                   f"Unknown note sections: {', '.join(sorted(unknown))}."))
            row.note_format = fmt.value
            row.note = {key: _section_text(key, sections.get(key, "")) for key in fmt.sections}
            now = self.db.clock()
            row.note_saved_at = now
            index_note(session, row)
            last = session.scalar(select(func.max(AuditEntry.at)).where(
                AuditEntry.record_type == "session", AuditEntry.record_id == row.id,
                AuditEntry.action == "save_note"))
            if last is None or now - last >= NOTE_AUDIT_SPAN:
                self._audit(session, "save_note", "session", row.id)
            return self._view(session, row)

    def sign_note(self, session_id: int) -> SessionView:
        """Sign the note: from now on it never changes; corrections become addenda."""
        with self.db.write() as session:
            row = self._unsigned(session, session_id)
            if not has_content(row.note or {}):
                raise ValidationError("note", Text("Catatan masih kosong; tulis catatan sebelum menandatangani.",
                                                   "The note is empty; write it before signing."))
            if row.attendance == Attendance.SCHEDULED.value:
                raise ValidationError("attendance", Text(
                    "Catat dulu kehadiran sesi ini sebelum menandatangani catatannya.",
                    "Record this session's attendance before signing its note."))
            row.signed_at = self.db.clock()
            self._audit(session, "sign", "session", row.id)
            return self._view(session, row)

    def add_addendum(self, session_id: int, reason: str, content: str) -> SessionView:
        """Add a dated correction with its reason to a signed note."""
        with self.db.write() as session:
            row = get_or_404(session, CaseSession, session_id, WHAT)
            if row.signed_at is None:
                raise LockedRecord(Text("Catatan belum ditandatangani: ubah saja drafnya, tanpa adendum.",
                                        "The note is not signed yet: edit its draft instead of adding an addendum."))
            row.addenda.append(NoteAddendum(
                written_at=self.db.clock(),
                reason=clean_text("reason", Text("Alasan adendum", "Reason for the addendum"), reason,
                                  max_length=2000, required=True),
                content=clean_text("content", Text("Isi adendum", "Addendum"), content, max_length=MAX_NOTE_SECTION,
                                   required=True)))
            session.flush()
            index_note(session, row)
            self._audit(session, "addendum", "session", row.id)
            return self._view(session, row)

    def get(self, session_id: int) -> SessionView:
        """One session with its note and addenda. Raises NotFound."""
        with self.db.read() as session:
            row = session.get(CaseSession, session_id, options=_FULL)
            if row is None:
                get_or_404(session, CaseSession, session_id, WHAT)  # raises NotFound
            assert row is not None
            return self._view(session, row)

    def list_for_case(self, case_id: int) -> list[SessionView]:
        """A case's sessions in time order, with their notes."""
        return self._views(CaseSession.case_id == case_id)

    def list_between(self, start: datetime, end: datetime) -> list[SessionView]:
        """Every session that starts in ``[start, end)``, with its note and addenda."""
        return self._views(CaseSession.starts_at >= start, CaseSession.starts_at < end)

    def summaries_between(self, start: datetime, end: datetime) -> list[SessionSummary]:
        """The diary: every session that starts in ``[start, end)``, in time order, in one query."""
        return self._summaries(CaseSession.starts_at >= start, CaseSession.starts_at < end)

    def summaries_for_case(self, case_id: int) -> list[SessionSummary]:
        """A case's sessions in time order, without their notes' text."""
        return self._summaries(CaseSession.case_id == case_id)

    def unsigned_summaries(self) -> list[SessionSummary]:
        """Sessions whose note waits for a signature, oldest first: attended ones, and any with a draft."""
        rows = self._summaries(CaseSession.signed_at.is_(None), or_(
            CaseSession.attendance == Attendance.ATTENDED.value, CaseSession.note_saved_at.is_not(None)))
        return [row for row in rows if row.attendance is Attendance.ATTENDED or row.note_status is NoteStatus.DRAFT]

    def count_unsigned(self) -> int:
        """How many notes wait for a signature — the length of :meth:`unsigned_summaries`, without reading them:
        attended sessions are counted by the database; only the few others with a saved draft are looked at."""
        with self.db.read() as session:
            attended = session.scalar(select(func.count()).select_from(CaseSession).where(
                CaseSession.signed_at.is_(None), CaseSession.attendance == Attendance.ATTENDED.value)) or 0
            drafts = session.scalars(select(CaseSession.note).where(
                CaseSession.signed_at.is_(None), CaseSession.attendance != Attendance.ATTENDED.value,
                CaseSession.note_saved_at.is_not(None)))
            return attended + sum(1 for note in drafts if has_content(note or {}))

    def now(self) -> datetime:
        """The store's clock (aware UTC): what "today" and "in the future" mean for sessions."""
        return self.db.clock()

    # -- internals ---------------------------------------------------------------------------------------

    def _open_case(self, session: Session, case_id: int) -> Case:
        case = get_or_404(session, Case, case_id, Text("Kasus", "Case"))
        if case.closed_on is not None:
            raise LockedRecord(Text(f"Kasus {case.number} sudah ditutup; sesi baru tidak dapat dijadwalkan.",
                                    f"Case {case.number} is closed; no new session can be scheduled."))
        return case

    def _check_start(self, session: Session, case: Case, starts_at: datetime) -> datetime:
        if not isinstance(starts_at, datetime) or starts_at.tzinfo is None:
            raise ValidationError("starts_at", Text("Waktu sesi tidak lengkap.", "The session time is incomplete."))
        if self._local(session, starts_at).date() < case.opened_on:
            raise ValidationError("starts_at", Text(
                f"Sesi tidak boleh sebelum kasus dibuka ({case.opened_on:%d-%m-%Y}).",
                f"A session cannot be before its case opened ({case.opened_on:%d-%m-%Y})."))
        return starts_at

    def _service_type(self, session: Session, service_type_id: int | None, *, current: int | None
                      ) -> ServiceType | None:
        if service_type_id is None:
            return None
        row = get_or_404(session, ServiceType, service_type_id, Text("Jenis layanan", "Service type"))
        if not row.active and row.id != current:
            raise ValidationError("service_type_id", Text(
                f"Jenis layanan {row.name} tidak ditawarkan lagi; pilih jenis layanan lain.",
                f"The service type {row.name} is no longer offered; choose another one."))
        return row

    def _fee(self, session: Session, row: CaseSession, service_type: ServiceType | None) -> int | None:
        """The schedule's fee for this session after the client's fee arrangement (sliding scale, pro bono)."""
        if service_type is None:
            return None
        on = self._local(session, row.starts_at).date()
        return fee_for(session, row.case.client_id, service_type, on)

    def _not_invoiced(self, session: Session, row: CaseSession) -> None:
        number = issued_invoice_for_session(session, row.id)
        if number is not None:
            raise LockedRecord(Text(
                f"Sesi ini sudah ditagihkan pada tagihan {number}; kehadiran dan tarifnya tidak dapat diubah lagi.",
                f"This session is billed on invoice {number}; its attendance and fee can no longer change."))

    def _unsigned(self, session: Session, session_id: int) -> CaseSession:
        row = get_or_404(session, CaseSession, session_id, WHAT)
        if row.signed_at is not None:
            raise LockedRecord(Text("Catatan sesi ini sudah ditandatangani dan tidak dapat diubah; "
                                    "tambahkan adendum untuk koreksi.",
                                    "This session's note is signed and cannot change; add an addendum to correct it."))
        return row

    def _views(self, *where: ColumnElement[bool]) -> list[SessionView]:
        # The case, its client and the service type come joined, the addenda in one more query: listing N
        # sessions costs two queries, not 2N + 1.
        with self.db.read() as session:
            rows = session.scalars(select(CaseSession).options(*_FULL).where(*where)
                                   .order_by(CaseSession.starts_at, CaseSession.id)).unique()
            return [self._view(session, row) for row in rows]

    def _summaries(self, *where: ColumnElement[bool]) -> list[SessionSummary]:
        with self.db.read() as session:
            query = (
                select(CaseSession.id, CaseSession.case_id, Case.number, Case.client_id, Client.full_name,
                       CaseSession.starts_at, CaseSession.duration_minutes, CaseSession.place,
                       CaseSession.attendance, CaseSession.service_type_id, ServiceType.name, CaseSession.fee,
                       CaseSession.note_format, CaseSession.note, CaseSession.note_saved_at, CaseSession.signed_at)
                .join(Case, CaseSession.case_id == Case.id)
                .join(Client, Case.client_id == Client.id)
                .outerjoin(ServiceType, CaseSession.service_type_id == ServiceType.id)
                .where(and_(*where))
                .order_by(CaseSession.starts_at, CaseSession.id))
            return [_summary(row) for row in session.execute(query)]

    def _view(self, session: Session, row: CaseSession) -> SessionView:
        case = row.case
        client_name = case.client.full_name
        addenda = row.addenda
        return SessionView(
            id=row.id, case_id=case.id, case_number=case.number, client_id=case.client_id, client_name=client_name,
            starts_at=row.starts_at, duration_minutes=row.duration_minutes, place=SessionPlace(row.place),
            attendance=Attendance(row.attendance), service_type_id=row.service_type_id,
            service_type_name=row.service_type.name if row.service_type else "", fee=row.fee,
            note_format=NoteFormat(row.note_format), note=dict(row.note or {}), note_saved_at=row.note_saved_at,
            signed_at=row.signed_at,
            addenda=tuple(Addendum(a.id, a.written_at, a.reason, a.content) for a in addenda))


_FULL = (joinedload(CaseSession.case).joinedload(Case.client), joinedload(CaseSession.service_type),
         selectinload(CaseSession.addenda))


def _summary(row: Sequence[Any]) -> SessionSummary:
    (id_, case_id, number, client_id, client_name, starts_at, duration, place, attendance, service_type_id,
     service_name, fee, note_format, note, note_saved_at, signed_at) = row
    return SessionSummary(
        id=id_, case_id=case_id, case_number=number, client_id=client_id, client_name=client_name,
        starts_at=starts_at, duration_minutes=duration, place=SessionPlace(place), attendance=Attendance(attendance),
        service_type_id=service_type_id, service_type_name=service_name or "", fee=fee,
        note_format=NoteFormat(note_format), note_status=note_status(note, signed_at),
        note_saved_at=note_saved_at, signed_at=signed_at)


def _section_text(key: str, value: str) -> str:
    # Checked but kept exactly as typed (no trimming): the editor saves drafts while the user types.
    clean_text(f"note.{key}", Text("Catatan", "Note"), value, max_length=MAX_NOTE_SECTION)
    return value
