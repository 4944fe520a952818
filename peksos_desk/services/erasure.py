"""Erasing a client on request (UU PDP, *hak penghapusan*), keeping what the law says must be kept.

What goes: the client's identity (name, nickname, NIK, KK, BPJS, birth date and place, sex, address, city,
phone, guardian, notes), the PPKS categories, every text of their cases (presenting problem, referral, summaries,
stage notes, assessment, goals), every session note and addendum, their attachments, and their entries in the
search index. What stays, anonymised: the client row itself as "Klien terhapus KL-000012" (archived), the cases
and sessions as dated, empty shells (numbers, stages, dates, attendance, fees), and every money record for its
10 years (UU KUP Pasal 28(11)): issued invoices keep their numbers, dates, lines and amounts, payments and
kuitansi theirs, with the client's name replaced by the anonymised label wherever it was printed. The consent
flag and date stay as the proof that the earlier processing was lawful. The audit log names records by id only
and is kept whole.

PPKS categories are removed, not kept for statistics: they are *data pribadi spesifik* (health, HIV, sex work,
criminal records), and a per-client row linked to a case number and an invoice trail is pseudonymous, not
anonymous. Statistics over past periods count the erased client without categories.

A client with an unpaid issued invoice can still be erased: the invoice stands (anonymised), payments can still
be recorded on it, but the name and address to collect it are gone; the preview says so and the UI warns.

The store's own guard triggers refuse to clear signed notes, addenda, stage history and issued invoices; the
``client_erasure`` row, written first in the same transaction, is the one exception they accept, and only for
clearing (see ``store.ddl.install_erasure_guards``). All of it is one transaction: all or nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from sqlalchemy import delete, func, or_, select
from sqlalchemy.orm import Session

from peksos_desk.domain.billing import InvoiceStatus
from peksos_desk.domain.errors import LockedRecord, ValidationError
from peksos_desk.domain.practice import Attendance
from peksos_desk.domain.text import Text
from peksos_desk.services.base import Service, get_or_404
from peksos_desk.services.validation import choice
from peksos_desk.store import search
from peksos_desk.store.ddl import ERASED_LABEL_PREFIX
from peksos_desk.store.erasure import checkpoint, overwrite_freed_space, purge_search_segments
from peksos_desk.store.models import (
    AssessmentEntry,
    Attachment,
    AttachmentContent,
    Case,
    CaseSession,
    CaseStageEvent,
    Client,
    ClientErasure,
    FeeArrangement,
    InterventionGoal,
    Invoice,
    InvoiceLine,
    NoteAddendum,
    Payer,
    Payment,
    client_ppks,
)

WHAT = Text("Klien", "Client")
REMOVED_TEXT = "[dihapus]"
"""What a text that may not be empty (a fee arrangement's reason) says after erasure."""


class ErasureReason(StrEnum):
    """Why a client's data was erased (stored as the value)."""

    CLIENT_REQUEST = "permintaan_klien"
    GUARDIAN_REQUEST = "permintaan_wali"
    CONSENT_WITHDRAWN = "persetujuan_dicabut"
    OTHER = "lainnya"

    @property
    def label(self) -> Text:
        return _REASON_LABELS[self]


_REASON_LABELS = {
    ErasureReason.CLIENT_REQUEST: Text("Permintaan klien", "The client's request"),
    ErasureReason.GUARDIAN_REQUEST: Text("Permintaan orang tua/wali", "The parent's or guardian's request"),
    ErasureReason.CONSENT_WITHDRAWN: Text("Persetujuan ditarik kembali", "Consent withdrawn"),
    ErasureReason.OTHER: Text("Alasan lain", "Another reason"),
}


def erased_label(code: str) -> str:
    """The name an erased client keeps: "Klien terhapus KL-000012" (the same in every language: it is stored)."""
    return f"{ERASED_LABEL_PREFIX}{code}"


@dataclass(frozen=True)
class UnpaidInvoice:
    number: str
    balance: int


@dataclass(frozen=True)
class ErasurePreview:
    """What erasing a client would remove and keep, for the confirmation dialog."""

    client_id: int
    code: str
    full_name: str
    cases: int
    open_cases: int
    sessions: int
    notes: int
    """Sessions with a note (signed or draft)."""
    addenda: int
    attachments: int
    invoices: int
    """Issued invoices (not drafts) that name the client: their numbers and amounts are kept."""
    payments: int
    unpaid: tuple[UnpaidInvoice, ...]
    """Issued invoices naming the client that still have money outstanding."""

    @property
    def unpaid_total(self) -> int:
        return sum(item.balance for item in self.unpaid)


@dataclass(frozen=True)
class ErasureRecord:
    """That (and when, why, by whom) a client was erased."""

    client_id: int
    code: str
    erased_at: datetime
    reason: ErasureReason
    erased_by: str


@dataclass(frozen=True)
class ErasureResult:
    record: ErasureRecord
    cases_closed: int
    notes_cleared: int
    addenda_cleared: int
    attachments_deleted: int
    invoices_anonymised: int
    payments_anonymised: int
    log_emptied: bool
    """SQLite: the write-ahead log was emptied into the file at once (else at a later checkpoint)."""


class ErasureService(Service):
    """Erase a client's personal data on request; tell whether a client was erased."""

    def preview(self, client_id: int) -> ErasurePreview:
        """What :meth:`erase` would remove and keep. Raises NotFound, LockedRecord (erased already)."""
        with self.db.read() as session:
            client = get_or_404(session, Client, client_id, WHAT)
            self._not_erased(session, client)
            case_ids = _case_ids(session, client.id)
            sessions = session.execute(select(CaseSession.id, CaseSession.note).where(
                CaseSession.case_id.in_(case_ids))).all() if case_ids else []
            session_ids = [row.id for row in sessions]
            addenda = session.scalar(select(func.count()).select_from(NoteAddendum).where(
                NoteAddendum.session_id.in_(session_ids))) if session_ids else 0
            invoices = session.scalars(select(Invoice).where(
                Invoice.id.in_(_invoice_ids(session, client.id)), Invoice.status != InvoiceStatus.DRAFT.value)
                .order_by(Invoice.issue_date, Invoice.id)).all()
            payments = session.scalar(select(func.count()).select_from(Payment).where(
                Payment.invoice_id.in_([i.id for i in invoices]))) if invoices else 0
            unpaid = tuple(UnpaidInvoice(i.number or "", i.total - i.paid) for i in invoices
                           if InvoiceStatus(i.status).is_outstanding and i.total > i.paid)
            open_cases = session.scalar(select(func.count()).select_from(Case).where(
                Case.client_id == client.id, Case.closed_on.is_(None))) or 0
            return ErasurePreview(
                client_id=client.id, code=client.code, full_name=client.full_name, cases=len(case_ids),
                open_cases=open_cases, sessions=len(sessions), notes=sum(1 for row in sessions if _has_text(row.note)),
                addenda=addenda or 0, attachments=session.scalar(select(func.count()).select_from(Attachment).where(
                    Attachment.client_id == client.id)) or 0,
                invoices=len(invoices), payments=payments or 0, unpaid=unpaid)

    def erase(self, client_id: int, reason: ErasureReason, *, confirm_code: str) -> ErasureResult:
        """Erase the client's personal data (see the module's docstring), in one transaction.

        ``confirm_code`` must repeat the client's code (letter case and spaces aside), the way a user confirms
        that it is this client and no other.

        Raises:
            NotFound: no such client.
            ValidationError: ``confirm_code`` is not the client's code, or the reason is unknown.
            LockedRecord: the client was erased already.
        """
        why = choice("reason", Text("Alasan penghapusan", "Reason for erasure"), ErasureReason, reason)
        with self.db.write() as session:
            overwrite_freed_space(session)
            client = get_or_404(session, Client, client_id, WHAT)
            self._not_erased(session, client)
            if "".join(confirm_code.split()).upper() != client.code.upper():
                raise ValidationError("confirm_code", Text(
                    f"Ketik kode klien {client.code} persis untuk konfirmasi penghapusan.",
                    f"Type the client code {client.code} exactly to confirm the erasure."))
            now = self.db.clock()
            record = ClientErasure(client_id=client.id, erased_at=now, reason=why.value, erased_by=self.actor)
            session.add(record)
            session.flush()  # first: the guard triggers allow clearing only once this row exists

            label = erased_label(client.code)
            scrub = _scrubber([client.full_name, client.guardian_name, client.nik or ""], label)
            today = self._today(session)
            case_ids = _case_ids(session, client.id)
            closed = self._clear_cases(session, case_ids, today)
            notes, addenda = self._clear_sessions(session, case_ids)
            attachments = self._delete_attachments(session, client.id)
            session.execute(delete(client_ppks).where(client_ppks.c.client_id == client.id))
            for arrangement in session.scalars(select(FeeArrangement).where(FeeArrangement.client_id == client.id)):
                arrangement.reason = "" if arrangement.kind == "standar" else REMOVED_TEXT
            invoices, payments = self._anonymise_money(session, client.id, label, scrub)

            client.full_name, client.nik, client.birth_date, client.sex = label, None, None, None
            for name in ("nickname", "kk_number", "bpjs_number", "birth_place", "address", "city", "phone",
                         "guardian_name", "guardian_relation", "guardian_phone", "notes"):
                setattr(client, name, "")
            if not client.archived:
                client.archived, client.archived_at = True, now
            session.flush()

            for case_id in case_ids:
                search.unindex(session, "case", case_id)
                case = session.get(Case, case_id)
                assert case is not None
                search.index_case(session, case)
            for session_id in _session_ids(session, case_ids):
                search.unindex(session, "note", session_id)
            search.unindex(session, "client", client.id)
            search.index_client(session, client)  # findable by its code, as "Klien terhapus"
            purge_search_segments(session)

            self._audit(session, "erase", "client", client.id, f"reason={why.value}")
            result = ErasureResult(
                record=ErasureRecord(client.id, client.code, now, why, self.actor), cases_closed=closed,
                notes_cleared=notes, addenda_cleared=addenda, attachments_deleted=attachments,
                invoices_anonymised=invoices, payments_anonymised=payments, log_emptied=False)
        emptied = checkpoint(self.db)
        return ErasureResult(**{**vars(result), "log_emptied": emptied})

    def erasure_of(self, client_id: int) -> ErasureRecord | None:
        """When, why and by whom the client was erased; None when they were not."""
        with self.db.read() as session:
            row = session.execute(select(ClientErasure, Client.code).join(Client, Client.id == ClientErasure.client_id)
                                  .where(ClientErasure.client_id == client_id)).first()
            if row is None:
                return None
            erasure, code = row
            return ErasureRecord(erasure.client_id, code, erasure.erased_at, ErasureReason(erasure.reason),
                                 erasure.erased_by)

    def erasures(self) -> list[ErasureRecord]:
        """Every erasure, newest first (for the record of processing)."""
        with self.db.read() as session:
            rows = session.execute(select(ClientErasure, Client.code).join(Client, Client.id == ClientErasure.client_id)
                                   .order_by(ClientErasure.erased_at.desc(), ClientErasure.client_id.desc()))
            return [ErasureRecord(e.client_id, code, e.erased_at, ErasureReason(e.reason), e.erased_by)
                    for e, code in rows]

    # -- internals ---------------------------------------------------------------------------------------

    def _not_erased(self, session: Session, client: Client) -> None:
        if session.get(ClientErasure, client.id) is not None:
            raise LockedRecord(Text(f"Data klien {client.code} sudah dihapus sebelumnya.",
                                    f"The data of client {client.code} was erased already."))

    def _clear_cases(self, session: Session, case_ids: list[int], today: date) -> int:
        closed = 0
        for case in session.scalars(select(Case).where(Case.id.in_(case_ids))):
            for name in ("presenting_problem", "referral_source", "termination_summary", "referred_to",
                         "referral_reason"):
                setattr(case, name, "")
            if case.closed_on is None:
                case.closed_on = today
                closed += 1
        for event in session.scalars(select(CaseStageEvent).where(CaseStageEvent.case_id.in_(case_ids),
                                                                  CaseStageEvent.note != "")):
            event.note = ""
        for entry in session.scalars(select(AssessmentEntry).where(AssessmentEntry.case_id.in_(case_ids))):
            entry.content = ""
        for goal in session.scalars(select(InterventionGoal).where(InterventionGoal.case_id.in_(case_ids))):
            goal.description, goal.activities, goal.responsible = "", "", ""
        return closed

    def _clear_sessions(self, session: Session, case_ids: list[int]) -> tuple[int, int]:
        notes = addenda = 0
        rows = session.scalars(select(CaseSession).where(CaseSession.case_id.in_(case_ids))).all()
        for row in rows:
            if row.note:
                notes += 1 if _has_text(row.note) else 0
                row.note = {}
            if row.signed_at is None:
                row.note_saved_at = None  # no draft is left to sign
            if row.attendance == Attendance.SCHEDULED.value and row.signed_at is None:
                row.attendance = Attendance.CANCELLED.value  # the case is closed: no session will take place
        for addendum in session.scalars(select(NoteAddendum).where(
                NoteAddendum.session_id.in_([row.id for row in rows]))):
            addendum.reason, addendum.content = "", ""
            addenda += 1
        return notes, addenda

    def _delete_attachments(self, session: Session, client_id: int) -> int:
        ids = session.scalars(select(Attachment.id).where(Attachment.client_id == client_id)).all()
        if ids:
            session.execute(delete(AttachmentContent).where(AttachmentContent.attachment_id.in_(ids)))
            session.execute(delete(Attachment).where(Attachment.id.in_(ids)))
        return len(ids)

    def _anonymise_money(self, session: Session, client_id: int, label: str,
                         scrub: re.Pattern[str] | None) -> tuple[int, int]:
        """The client's payer record, and every invoice (draft or issued), line and payment that names them."""

        def clean(text: str) -> str:
            return scrub.sub(label, text) if scrub is not None and text else text

        own_payer = session.scalar(select(Payer).where(Payer.client_id == client_id))
        if own_payer is not None:
            own_payer.name = label
            for name in ("contact_person", "address", "city", "phone", "email"):
                setattr(own_payer, name, "")
        invoice_ids = _invoice_ids(session, client_id)
        invoices = session.scalars(select(Invoice).where(Invoice.id.in_(invoice_ids))).all()
        payments = 0
        for invoice in invoices:
            own = own_payer is not None and invoice.payer_id == own_payer.id
            if own and invoice.payer_name:
                invoice.payer_name, invoice.payer_address = label, ""
            else:
                invoice.payer_name, invoice.payer_address = clean(invoice.payer_name), clean(invoice.payer_address)
            invoice.notes = clean(invoice.notes)
            invoice.discount_reason = clean(invoice.discount_reason)
            invoice.void_reason = clean(invoice.void_reason)
            for line in session.scalars(select(InvoiceLine).where(InvoiceLine.invoice_id == invoice.id)):
                if line.client_id == client_id:
                    line.client_label = label
                line.description = clean(line.description)
            for payment in session.scalars(select(Payment).where(Payment.invoice_id == invoice.id)):
                payment.received_from = label if own else clean(payment.received_from)
                payment.reference, payment.purpose = clean(payment.reference), clean(payment.purpose)
                payments += 1
        issued = sum(1 for invoice in invoices if invoice.status != InvoiceStatus.DRAFT.value)
        return issued, payments


def _case_ids(session: Session, client_id: int) -> list[int]:
    return list(session.scalars(select(Case.id).where(Case.client_id == client_id).order_by(Case.id)))


def _session_ids(session: Session, case_ids: list[int]) -> list[int]:
    if not case_ids:
        return []
    return list(session.scalars(select(CaseSession.id).where(CaseSession.case_id.in_(case_ids))))


def _invoice_ids(session: Session, client_id: int) -> list[int]:
    """Invoices that name the client: made out to the client's own payer record, or with a line for them."""
    own = select(Invoice.id).join(Payer, Payer.id == Invoice.payer_id).where(Payer.client_id == client_id)
    lines = select(InvoiceLine.invoice_id).where(InvoiceLine.client_id == client_id)
    return list(session.scalars(select(Invoice.id).where(or_(Invoice.id.in_(own), Invoice.id.in_(lines)))
                                .order_by(Invoice.id)))


def _has_text(note: object) -> bool:
    return isinstance(note, dict) and any(isinstance(v, str) and v.strip() for v in note.values())


def _scrubber(words: list[str], label: str) -> re.Pattern[str] | None:
    """A pattern finding the client's name (and guardian's, and NIK) in free text of shared money records."""
    found = sorted({w.strip() for w in words if len(w.strip()) >= 3 and w.strip() != label}, key=len, reverse=True)
    if not found:
        return None
    return re.compile("|".join(re.escape(w) for w in found), re.IGNORECASE)
