"""Billing: payers, clients' fee arrangements, the numbering settings, and invoices from draft to void.

An invoice is built from a payer's unbilled attended sessions (each at the fee snapshot it was provided at)
plus lines typed by hand and a discount. It gets its number only when issued, from a counter row per series
and year that the issuing transaction locks and increments (see :func:`next_document_number`): numbers are
never skipped and never given twice, whichever window or process issues. An issued invoice never changes
again — the services refuse and the database triggers of ``store.ddl`` refuse — apart from its payment
state; it may be voided (keeping its number) while nothing has been paid on it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import ColumnElement, and_, delete, exists, func, or_, select, update
from sqlalchemy import case as sql_case
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, aliased

from peksos_desk.domain.billing import (
    DEFAULT_DUE_DAYS,
    DEFAULT_INVOICE_PATTERN,
    DEFAULT_RECEIPT_PATTERN,
    MAX_DUE_DAYS,
    FeeKind,
    InvoiceStatus,
    PayerKind,
    apply_fee_arrangement,
    check_number_pattern,
    format_document_number,
    line_amount,
    pattern_uses_year,
)
from peksos_desk.domain.errors import LockedRecord, NotFound, ValidationError
from peksos_desk.domain.money import MAX_AMOUNT, format_rupiah
from peksos_desk.domain.practice import Attendance
from peksos_desk.domain.text import Text
from peksos_desk.services.base import Service, get_or_404
from peksos_desk.services.validation import choice, clean_email, clean_phone, clean_text, whole_number
from peksos_desk.store.models import (
    BilledSession,
    BillingSettings,
    Case,
    CaseSession,
    Client,
    DocumentCounter,
    FeeArrangement,
    Invoice,
    InvoiceLine,
    Payer,
    ServiceType,
    utcnow,
)

PAYER = Text("Pembayar", "Payer")
INVOICE = Text("Tagihan", "Invoice")
CLIENT = Text("Klien", "Client")
MAX_UNIT_PRICE = 10**12 - 1
MAX_QUANTITY = 10_000
INVOICE_SERIES = "invoice"
RECEIPT_SERIES = "receipt"


# -- Settings and numbering ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class BillingSettingsView:
    """How invoices and receipts are numbered, and how many days after issue an invoice falls due."""

    invoice_pattern: str = DEFAULT_INVOICE_PATTERN
    receipt_pattern: str = DEFAULT_RECEIPT_PATTERN
    due_days: int = DEFAULT_DUE_DAYS


@dataclass(frozen=True)
class DocumentNumber:
    text: str
    year: int
    """The counter's year: the document's year, or 0 when the pattern has no ``{year}`` (numbers run on)."""
    seq: int


def load_settings(session: Session) -> BillingSettingsView:
    """The billing settings inside a running unit of work (the defaults until they are first saved)."""
    row = session.get(BillingSettings, 1)
    if row is None:
        return BillingSettingsView()
    return BillingSettingsView(row.invoice_pattern, row.receipt_pattern, row.due_days)


def next_document_number(session: Session, series: str, pattern: str, on: date) -> DocumentNumber:
    """Draw the next number of ``series`` for a document dated ``on``, inside the caller's transaction.

    The counter row (series, year) is created if missing (``ON CONFLICT DO NOTHING``, so two first issues
    of a year cannot both create it), then read with ``FOR UPDATE`` and incremented. On PostgreSQL the row
    lock makes a second issuing transaction wait until the first commits or rolls back, then read the new
    value; on SQLite every write transaction starts with ``BEGIN IMMEDIATE``, so writers already queue one
    at a time. Since the increment commits or rolls back together with the document that uses it, a
    number is never skipped; unique constraints on the documents' numbers are the last wall.
    """
    year = on.year if pattern_uses_year(pattern) else 0
    where = (DocumentCounter.series == series, DocumentCounter.year == year)
    insert = sqlite_insert if session.get_bind().dialect.name == "sqlite" else pg_insert
    now = utcnow()
    session.execute(insert(DocumentCounter).values(series=series, year=year, last_seq=0, created_at=now,
                                                   updated_at=now)
                    .on_conflict_do_nothing(index_elements=["series", "year"]))
    last = session.execute(select(DocumentCounter.last_seq).where(*where).with_for_update()).scalar_one()
    seq = last + 1
    session.execute(update(DocumentCounter).where(*where).values(last_seq=seq, updated_at=now)
                    .execution_options(synchronize_session=False))
    return DocumentNumber(format_document_number(pattern, on.year, seq), year, seq)


# -- Payers -------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class PayerInput:
    """What the payer form holds. The client's own payer is made by ``payer_for_client``, not here."""

    kind: PayerKind
    name: str
    contact_person: str = ""
    address: str = ""
    city: str = ""
    phone: str = ""
    email: str = ""
    privacy_codes_only: bool = False
    """Invoices to this payer show clients by their code only, never by name."""


@dataclass(frozen=True)
class PayerView(PayerInput):
    id: int = 0
    client_id: int | None = None
    """Set for the client's own payer (kind ``klien``): its name and address follow the client's record."""
    active: bool = True


@dataclass(frozen=True)
class CasePayerView:
    case_id: int
    case_number: str
    client_id: int
    payer: PayerView
    explicit: bool
    """False when the case names no payer and its client pays."""


# -- Fee arrangements ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class FeeArrangementInput:
    client_id: int
    kind: FeeKind
    valid_from: date
    reduction_percent: int | None = None
    """1–99 for a reduced fee (30 means the client pays 70 % of the schedule's fee); None otherwise."""
    reason: str = ""
    """Why the fee is reduced or waived; required unless standard."""


@dataclass(frozen=True)
class FeeArrangementView(FeeArrangementInput):
    id: int = 0

    def apply(self, standard_fee: int) -> int:
        """The fee the client pays for a service whose schedule fee is ``standard_fee``."""
        return apply_fee_arrangement(standard_fee, self.kind, self.reduction_percent)


def arrangement_on(session: Session, client_id: int, on_date: date) -> FeeArrangement | None:
    """The client's fee arrangement in force on ``on_date`` (the latest from that date or before), if any."""
    return session.scalars(
        select(FeeArrangement)
        .where(FeeArrangement.client_id == client_id, FeeArrangement.valid_from <= on_date)
        .order_by(FeeArrangement.valid_from.desc()).limit(1)
    ).first()


def fee_for(session: Session, client_id: int, service_type: ServiceType, on_date: date) -> int:
    """The fee of a session of ``service_type`` for ``client_id`` provided on ``on_date``.

    The schedule's fee with the client's arrangement of that day applied: standard, reduced by a
    percentage (rounded to the whole rupiah, half up), or free. This is the snapshot a session keeps once
    attended; call it inside the unit of work that records the attendance.
    """
    row = arrangement_on(session, client_id, on_date)
    if row is None:
        return service_type.default_fee
    return apply_fee_arrangement(service_type.default_fee, FeeKind(row.kind), row.reduction_percent)


def issued_invoice_for_session(session: Session, session_id: int) -> str | None:
    """The number of the issued (not void) invoice that bills this session, or None.

    Such a session's attendance and fee may no longer change (a database trigger refuses too): void the
    invoice first.
    """
    return session.scalar(
        select(Invoice.number).join(BilledSession, BilledSession.invoice_id == Invoice.id)
        .where(BilledSession.session_id == session_id, Invoice.status != InvoiceStatus.DRAFT.value)
    )


# -- Invoices -----------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class InvoiceLineInput:
    """A line typed by hand: e.g. "Penyusunan laporan sosial", 1 × Rp750.000, for a client or none."""

    description: str
    quantity: int
    unit_price: int
    client_id: int | None = None
    service_date: date | None = None
    service_type_id: int | None = None


@dataclass(frozen=True)
class InvoiceLineView:
    id: int
    position: int
    session_id: int | None
    client_id: int | None
    client_label: str
    service_type_id: int | None
    service_date: date | None
    description: str
    quantity: int
    unit_price: int
    amount: int


@dataclass(frozen=True)
class InvoiceSummary:
    id: int
    number: str | None
    status: InvoiceStatus
    payer_id: int
    payer_name: str
    issue_date: date | None
    due_date: date | None
    total: int
    paid: int

    @property
    def balance(self) -> int:
        """What is still owed: total less payments (0 for a draft or void invoice too)."""
        return self.total - self.paid if self.status.is_outstanding else 0


@dataclass(frozen=True)
class InvoiceView(InvoiceSummary):
    period_start: date | None = None
    period_end: date | None = None
    subtotal: int = 0
    discount: int = 0
    discount_reason: str = ""
    notes: str = ""
    privacy_codes_only: bool = False
    void_reason: str = ""
    voided_at: datetime | None = None
    lines: tuple[InvoiceLineView, ...] = field(default=())

    @property
    def is_locked(self) -> bool:
        """Issued or void: lines, amounts, payer, dates and number never change again."""
        return self.status is not InvoiceStatus.DRAFT

    @property
    def session_ids(self) -> tuple[int, ...]:
        return tuple(line.session_id for line in self.lines if line.session_id is not None)


@dataclass(frozen=True)
class UnbilledSession:
    """An attended session with a fee, on no draft or issued invoice yet."""

    session_id: int
    case_id: int
    case_number: str
    client_id: int
    client_code: str
    client_name: str
    service_date: date
    starts_at: datetime
    service_type_id: int | None
    service_type_name: str
    fee: int


@dataclass(frozen=True)
class UnbilledTotal:
    """What one payer could be billed now. ``payer_id`` is None for a paying client without a payer record
    yet (``payer_for_client(client_id)`` makes it)."""

    payer_id: int | None
    client_id: int | None
    payer_name: str
    payer_kind: PayerKind
    sessions: int
    amount: int


class BillingService(Service):
    """Payers, fee arrangements, billing settings and invoices."""

    # -- settings -------------------------------------------------------------------------------------------

    def settings(self) -> BillingSettingsView:
        """The numbering patterns and due days in force."""
        with self.db.read() as session:
            return load_settings(session)

    def update_settings(self, data: BillingSettingsView) -> BillingSettingsView:
        """Change the numbering patterns or the due days; numbers already given stay as they are.

        Raises:
            ValidationError: a pattern without ``{seq}``, with an unknown field, or too long; due days
                outside 0–365.
        """
        invoice_pattern = check_number_pattern(
            "invoice_pattern", Text("Pola nomor tagihan", "Invoice number pattern"), data.invoice_pattern)
        receipt_pattern = check_number_pattern(
            "receipt_pattern", Text("Pola nomor kuitansi", "Receipt number pattern"), data.receipt_pattern)
        due_days = whole_number("due_days", Text("Jatuh tempo (hari)", "Days until due"), data.due_days,
                                minimum=0, maximum=MAX_DUE_DAYS)
        with self.db.write() as session:
            row = session.get(BillingSettings, 1)
            if row is None:
                row = BillingSettings(id=1)
                session.add(row)
            values = {"invoice_pattern": invoice_pattern, "receipt_pattern": receipt_pattern, "due_days": due_days}
            changed = [name for name, value in values.items() if getattr(row, name) != value]
            for name, value in values.items():
                setattr(row, name, value)
            session.flush()
            self._audit(session, "update", "billing_settings", 1, ",".join(changed))
            return load_settings(session)

    # -- payers ---------------------------------------------------------------------------------------------

    def create_payer(self, data: PayerInput) -> PayerView:
        """Add a family member or an institution that pays.

        Raises:
            ValidationError: a missing name, a wrong phone or e-mail, or kind "klien" (use
                ``payer_for_client``).
        """
        values = _payer_values(data)
        if values["kind"] == PayerKind.CLIENT.value:
            raise ValidationError("kind", Text(
                "Klien sebagai pembayar dibuat dari data kliennya sendiri, bukan di sini.",
                "The client as payer comes from the client's own record, not from here."))
        with self.db.write() as session:
            row = Payer(**values, active=True)
            session.add(row)
            session.flush()
            self._audit(session, "create", "payer", row.id, str(values["kind"]))
            return _payer_view(session, row)

    def update_payer(self, payer_id: int, data: PayerInput) -> PayerView:
        """Change a payer; invoices already issued keep the name and address they were issued to.

        For the client's own payer, the name and address follow the client's record and only the contact
        details and the privacy choice are taken from ``data``.
        """
        values = _payer_values(data)
        with self.db.write() as session:
            row = get_or_404(session, Payer, payer_id, PAYER)
            if (row.kind == PayerKind.CLIENT.value) != (values["kind"] == PayerKind.CLIENT.value):
                raise ValidationError("kind", Text(
                    "Jenis pembayar tidak dapat diubah dari atau menjadi 'klien sendiri'.",
                    "A payer cannot change to or from 'the client'."))
            if row.kind == PayerKind.CLIENT.value:
                values = {k: v for k, v in values.items() if k in ("contact_person", "phone", "email",
                                                                       "privacy_codes_only")}
            changed = [name for name, value in values.items() if getattr(row, name) != value]
            for name, value in values.items():
                setattr(row, name, value)
            session.flush()
            self._audit(session, "update", "payer", row.id, ",".join(changed))
            return _payer_view(session, row)

    def set_payer_active(self, payer_id: int, active: bool) -> PayerView:
        """Retire a payer from new cases and invoices (or bring it back); its invoices stay."""
        with self.db.write() as session:
            row = get_or_404(session, Payer, payer_id, PAYER)
            row.active = bool(active)
            self._audit(session, "activate" if active else "deactivate", "payer", row.id)
            return _payer_view(session, row)

    def get_payer(self, payer_id: int) -> PayerView:
        """One payer. Raises NotFound."""
        with self.db.read() as session:
            return _payer_view(session, get_or_404(session, Payer, payer_id, PAYER))

    def list_payers(self, *, include_inactive: bool = False, include_clients: bool = True) -> list[PayerView]:
        """Payers by name: institutions and family members, and clients who pay for themselves."""
        with self.db.read() as session:
            query = (select(Payer, Client).outerjoin(Client, Payer.client_id == Client.id)
                     .order_by(func.coalesce(Client.full_name, Payer.name), Payer.id))
            if not include_inactive:
                query = query.where(Payer.active.is_(True))
            if not include_clients:
                query = query.where(Payer.kind != PayerKind.CLIENT.value)
            return [_payer_view(session, payer, client) for payer, client in session.execute(query)]

    def payer_for_client(self, client_id: int) -> PayerView:
        """The client as payer of their own cases, made on first use. Raises NotFound."""
        with self.db.write() as session:
            return _payer_view(session, self._client_payer(session, client_id))

    def set_case_payer(self, case_id: int, payer_id: int | None) -> CasePayerView:
        """Name who pays for a case's sessions from now on (None: the client). Invoiced sessions stay billed.

        Raises:
            NotFound: no such case or payer.
            ValidationError: the payer is no longer active.
        """
        with self.db.write() as session:
            case = get_or_404(session, Case, case_id, Text("Kasus", "Case"))
            if payer_id is not None:
                payer = get_or_404(session, Payer, payer_id, PAYER)
                if not payer.active and payer.id != case.payer_id:
                    raise ValidationError("payer_id", Text(
                        f"Pembayar {payer.name} tidak aktif lagi; pilih pembayar lain.",
                        f"The payer {payer.name} is no longer active; choose another one."))
            case.payer_id = payer_id
            self._audit(session, "set_payer", "case", case.id, f"payer={payer_id}")
            return self._case_payer(session, case)

    def case_payer(self, case_id: int) -> CasePayerView:
        """Who pays for a case: its named payer, or its client. Only reads: a client who has no payer record yet
        is shown as one (id 0) without writing it; billing makes the record when it is first needed."""
        with self.db.read() as session:
            case = get_or_404(session, Case, case_id, Text("Kasus", "Case"))
            if case.payer_id is not None:
                return self._case_payer(session, case)
            client = get_or_404(session, Client, case.client_id, CLIENT)
            row = session.scalars(select(Payer).where(Payer.client_id == client.id)).first()
            view = _payer_view(session, row, client) if row is not None else PayerView(
                kind=PayerKind.CLIENT, name=client.full_name, address=client.address, city=client.city,
                phone=client.phone, client_id=client.id)
            return CasePayerView(case.id, case.number, case.client_id, view, False)

    # -- fee arrangements -----------------------------------------------------------------------------------

    def set_fee_arrangement(self, data: FeeArrangementInput) -> FeeArrangementView:
        """Record a client's fee from ``valid_from`` on (replacing one that starts the same day).

        Sessions already attended keep their fee; later ones are charged by the arrangement of their day.

        Raises:
            ValidationError: a reduction outside 1–99 %, a percentage on a standard or free fee, or no
                reason for a reduced or free fee.
            NotFound: no such client.
        """
        kind = choice("kind", Text("Jenis tarif", "Fee arrangement"), FeeKind, data.kind)
        percent: int | None = None
        if kind is FeeKind.REDUCED:
            if data.reduction_percent is None:
                raise ValidationError("reduction_percent", Text(
                    "Isi besar keringanan dalam persen (1–99).", "Enter the reduction in percent (1–99)."))
            percent = whole_number("reduction_percent", Text("Keringanan (%)", "Reduction (%)"),
                                   data.reduction_percent, minimum=1, maximum=99)
        elif data.reduction_percent is not None:
            raise ValidationError("reduction_percent", Text(
                "Persentase keringanan hanya untuk tarif keringanan.",
                "A reduction percentage belongs to a reduced fee only."))
        reason = clean_text("reason", Text("Alasan keringanan", "Reason for the reduction"), data.reason,
                            max_length=1000, required=kind is not FeeKind.STANDARD)
        if not isinstance(data.valid_from, date):
            raise ValidationError("valid_from", Text("Tanggal berlaku wajib diisi.", "The start date is required."))
        with self.db.write() as session:
            get_or_404(session, Client, data.client_id, CLIENT)
            row = session.scalars(select(FeeArrangement).where(
                FeeArrangement.client_id == data.client_id, FeeArrangement.valid_from == data.valid_from)).first()
            action = "update" if row else "create"
            if row is None:
                row = FeeArrangement(client_id=data.client_id, valid_from=data.valid_from)
                session.add(row)
            row.kind, row.reduction_percent, row.reason = kind.value, percent, reason
            session.flush()
            self._audit(session, action, "fee_arrangement", row.id, f"client={data.client_id} kind={kind.value}")
            return _arrangement_view(row)

    def fee_arrangements(self, client_id: int) -> list[FeeArrangementView]:
        """A client's fee arrangements, the latest first."""
        with self.db.read() as session:
            rows = session.scalars(select(FeeArrangement).where(FeeArrangement.client_id == client_id)
                                   .order_by(FeeArrangement.valid_from.desc()))
            return [_arrangement_view(row) for row in rows]

    def fee_arrangement_on(self, client_id: int, on_date: date | None = None) -> FeeArrangementView | None:
        """The arrangement in force on ``on_date`` (today by default); None means the standard fee."""
        with self.db.read() as session:
            row = arrangement_on(session, client_id, on_date or self._today(session))
            return _arrangement_view(row) if row else None

    def fee_preview(self, client_id: int, service_type_id: int, on_date: date | None = None) -> int:
        """What a session of this service type would cost this client on ``on_date`` (today by default)."""
        with self.db.read() as session:
            get_or_404(session, Client, client_id, CLIENT)
            service_type = get_or_404(session, ServiceType, service_type_id, Text("Jenis layanan", "Service type"))
            return fee_for(session, client_id, service_type, on_date or self._today(session))

    # -- unbilled sessions ----------------------------------------------------------------------------------

    def unbilled_sessions(self, payer_id: int, *, period_start: date | None = None,
                          period_end: date | None = None) -> list[UnbilledSession]:
        """The payer's attended sessions with a fee that are on no invoice yet, oldest first.

        The payer's sessions are those of the cases naming it, and for a client who pays, those of the
        client's cases naming no payer. ``period_start``/``period_end`` (inclusive) are the practitioner's
        calendar days.
        """
        with self.db.read() as session:
            payer = get_or_404(session, Payer, payer_id, PAYER)
            return self._unbilled(session, payer, period_start, period_end)

    def unbilled_overview(self) -> list[UnbilledTotal]:
        """Every payer with unbilled sessions, the largest amount first."""
        # One grouped query whatever the number of payers (it was a query per payer: ~1 s at 10,000 clients).
        # A case naming no payer is billed to its client's payer record, or to the client without one yet.
        with self.db.read() as session:
            own = aliased(Payer)
            payer_id = func.coalesce(Case.payer_id, own.id)
            client_id = sql_case((payer_id.is_(None), Case.client_id), else_=None)
            groups = (select(payer_id.label("payer_id"), client_id.label("client_id"),
                             func.count().label("sessions"), func.sum(CaseSession.fee).label("amount"))
                      .join(Case, CaseSession.case_id == Case.id)
                      .outerjoin(own, own.client_id == Case.client_id)
                      .where(*billable_session_conditions()).group_by(payer_id, client_id).subquery("groups"))
            query = (select(groups.c.payer_id, func.coalesce(Payer.client_id, groups.c.client_id), Payer.kind,
                            func.coalesce(Client.full_name, Payer.name), groups.c.sessions, groups.c.amount)
                     .select_from(groups).outerjoin(Payer, Payer.id == groups.c.payer_id)
                     .outerjoin(Client, Client.id == func.coalesce(Payer.client_id, groups.c.client_id)))
            result = [UnbilledTotal(payer, client, name or "", PayerKind(kind) if kind else PayerKind.CLIENT,
                                    sessions, int(amount or 0))
                      for payer, client, kind, name, sessions, amount in session.execute(query)]
            return sorted(result, key=lambda t: (-t.amount, t.payer_name))

    # -- invoices: drafts -----------------------------------------------------------------------------------

    def create_draft(
        self, payer_id: int, *, period_start: date | None = None, period_end: date | None = None,
        session_ids: Sequence[int] | None = None, lines: Sequence[InvoiceLineInput] = (), discount: int = 0,
        discount_reason: str = "", notes: str = "",
    ) -> InvoiceView:
        """A draft invoice (no number yet) for a payer.

        It bills the payer's unbilled sessions of the period (all of them, or those of ``session_ids``),
        then the lines typed by hand, less ``discount``. An institution's invoice may cover the sessions of
        several of its clients.

        Raises:
            ValidationError: a session that is not this payer's unbilled session, a wrong line, a period
                that ends before it starts, or a discount above the subtotal.
            NotFound: no such payer, client or service type.
        """
        if period_start and period_end and period_end < period_start:
            raise ValidationError("period_end", Text("Akhir periode sebelum awal periode.",
                                                     "The period ends before it starts."))
        note_text = clean_text("notes", Text("Catatan tagihan", "Invoice note"), notes, max_length=2000)
        with self.db.write() as session:
            payer = get_or_404(session, Payer, payer_id, PAYER)
            if not payer.active:
                raise ValidationError("payer_id", Text(f"Pembayar {payer.name} tidak aktif lagi.",
                                                       f"The payer {payer.name} is no longer active."))
            candidates = self._unbilled(session, payer, period_start, period_end)
            chosen = _choose(candidates, session_ids)
            invoice = Invoice(payer_id=payer.id, status=InvoiceStatus.DRAFT.value, period_start=period_start,
                              period_end=period_end, notes=note_text, payer_name="", payer_address="",
                              subtotal=0, discount=0, total=0, paid=0, privacy_codes_only=payer.privacy_codes_only)
            session.add(invoice)
            session.flush()
            self._add_session_lines(session, invoice, payer, chosen)
            for line in lines:
                self._add_manual_line(session, invoice, payer, line)
            self._set_discount(invoice, discount, discount_reason)
            self._audit(session, "create", "invoice", invoice.id, f"payer={payer.id} lines={len(invoice.lines)}")
            return _invoice_view(session, invoice)

    def add_sessions(self, invoice_id: int, session_ids: Sequence[int]) -> InvoiceView:
        """Add more of the payer's unbilled sessions to a draft."""
        with self.db.write() as session:
            invoice, payer = self._draft(session, invoice_id)
            chosen = _choose(self._unbilled(session, payer, None, None), session_ids)
            self._add_session_lines(session, invoice, payer, chosen)
            self._set_discount(invoice, invoice.discount, invoice.discount_reason)
            self._audit(session, "add_sessions", "invoice", invoice.id, f"sessions={len(chosen)}")
            return _invoice_view(session, invoice)

    def add_line(self, invoice_id: int, line: InvoiceLineInput) -> InvoiceView:
        """Add a line typed by hand to a draft."""
        with self.db.write() as session:
            invoice, payer = self._draft(session, invoice_id)
            self._add_manual_line(session, invoice, payer, line)
            self._set_discount(invoice, invoice.discount, invoice.discount_reason)
            self._audit(session, "add_line", "invoice", invoice.id)
            return _invoice_view(session, invoice)

    def remove_line(self, invoice_id: int, line_id: int) -> InvoiceView:
        """Take a line off a draft; a session's line frees the session for another invoice."""
        with self.db.write() as session:
            invoice, _ = self._draft(session, invoice_id)
            line = next((item for item in invoice.lines if item.id == line_id), None)
            if line is None:
                raise NotFound(Text(f"Baris #{line_id} tidak ada di tagihan ini.",
                                    f"Line #{line_id} is not on this invoice."))
            if line.session_id is not None:
                session.execute(delete(BilledSession).where(BilledSession.session_id == line.session_id,
                                                            BilledSession.invoice_id == invoice.id))
            session.delete(line)
            session.flush()
            session.expire(invoice, ["lines"])
            for position, item in enumerate(invoice.lines, start=1):
                item.position = position
            self._set_discount(invoice, invoice.discount, invoice.discount_reason)
            self._audit(session, "remove_line", "invoice", invoice.id)
            return _invoice_view(session, invoice)

    def set_discount(self, invoice_id: int, amount: int, reason: str = "") -> InvoiceView:
        """Give a draft a discount (whole rupiah, at most the subtotal)."""
        with self.db.write() as session:
            invoice, _ = self._draft(session, invoice_id)
            self._set_discount(invoice, amount, reason)
            self._audit(session, "discount", "invoice", invoice.id, f"discount={invoice.discount}")
            return _invoice_view(session, invoice)

    def set_notes(self, invoice_id: int, notes: str) -> InvoiceView:
        """Change the note a draft prints (e.g. payment instructions)."""
        text = clean_text("notes", Text("Catatan tagihan", "Invoice note"), notes, max_length=2000)
        with self.db.write() as session:
            invoice, _ = self._draft(session, invoice_id)
            invoice.notes = text
            self._audit(session, "update", "invoice", invoice.id, "notes")
            return _invoice_view(session, invoice)

    def delete_draft(self, invoice_id: int) -> None:
        """Throw a draft away (it has no number, so nothing is skipped); its sessions become unbilled."""
        with self.db.write() as session:
            invoice, _ = self._draft(session, invoice_id)
            session.execute(delete(BilledSession).where(BilledSession.invoice_id == invoice.id))
            session.execute(delete(InvoiceLine).where(InvoiceLine.invoice_id == invoice.id))
            session.execute(delete(Invoice).where(Invoice.id == invoice.id))
            self._audit(session, "delete", "invoice", invoice_id)

    # -- invoices: issue and void ---------------------------------------------------------------------------

    def issue(self, invoice_id: int, *, issue_date: date | None = None, due_date: date | None = None) -> InvoiceView:
        """Issue a draft: it gets the next number of its year and never changes again.

        ``issue_date`` defaults to today, ``due_date`` to the issue date plus the settings' due days.

        Raises:
            LockedRecord: the invoice is issued or void already.
            ValidationError: no lines, a total of Rp0, a session changed since it was put on the draft, an
                issue date in the future or before the last issued invoice of the series, a due date before
                the issue date, or a number pattern that repeats an existing number.
        """
        with self.db.write() as session:
            invoice, payer = self._draft(session, invoice_id, lock=True)
            if not invoice.lines:
                raise ValidationError("lines", Text("Tagihan belum berisi baris apa pun.",
                                                    "The invoice has no lines yet."))
            if invoice.total <= 0:
                raise ValidationError("lines", Text("Jumlah tagihan Rp0: tidak ada yang perlu ditagihkan.",
                                                    "The invoice comes to Rp0: there is nothing to bill."))
            self._check_sessions_unchanged(session, invoice)
            today = self._today(session)
            issued_on = issue_date or today
            if not isinstance(issued_on, date) or issued_on > today:
                raise ValidationError("issue_date", Text("Tanggal terbit tidak boleh sesudah hari ini.",
                                                         "The issue date cannot be later than today."))
            settings = load_settings(session)
            due = due_date or issued_on + timedelta(days=settings.due_days)
            if due < issued_on:
                raise ValidationError("due_date", Text("Jatuh tempo tidak boleh sebelum tanggal terbit.",
                                                       "The due date cannot be before the issue date."))
            # The payer and the clients as this invoice names them, from now on.
            name, address = payer_identity(session, payer)
            invoice.payer_name, invoice.payer_address = name, address
            invoice.privacy_codes_only = payer.privacy_codes_only
            for line in invoice.lines:
                if line.client_id is not None:
                    client = get_or_404(session, Client, line.client_id, CLIENT)
                    line.client_label = _client_label(client, payer.privacy_codes_only)
            session.flush()  # the lines while the invoice is still a draft: the triggers lock them after
            number = next_document_number(session, INVOICE_SERIES, settings.invoice_pattern, issued_on)
            self._check_number(session, number, issued_on)
            invoice.status = InvoiceStatus.ISSUED.value
            invoice.number, invoice.number_year, invoice.number_seq = number.text, number.year, number.seq
            invoice.issue_date, invoice.due_date, invoice.issued_at = issued_on, due, self.db.clock()
            session.flush()
            self._audit(session, "issue", "invoice", invoice.id, f"number={number.text} total={invoice.total}")
            return _invoice_view(session, invoice)

    def void(self, invoice_id: int, reason: str) -> InvoiceView:
        """Void an issued invoice on which nothing has been paid. It keeps its number; its sessions can be
        billed again (``reissue_as_draft`` copies it into a new draft).

        Raises:
            LockedRecord: the invoice is void already, or payments have been received on it.
            ValidationError: no reason, or the invoice is still a draft (delete it instead).
        """
        why = clean_text("reason", Text("Alasan pembatalan", "Reason for voiding"), reason, max_length=1000,
                         required=True)
        with self.db.write() as session:
            invoice = self._locked_invoice(session, invoice_id)
            status = InvoiceStatus(invoice.status)
            if status is InvoiceStatus.DRAFT:
                raise ValidationError("invoice_id", Text(
                    "Draf belum bernomor dan tidak perlu dibatalkan; hapus saja drafnya.",
                    "A draft has no number and needs no voiding; delete the draft instead."))
            if status is InvoiceStatus.VOID:
                raise LockedRecord(Text(f"Tagihan {invoice.number} sudah dibatalkan.",
                                        f"Invoice {invoice.number} is void already."))
            if invoice.paid > 0:
                raise LockedRecord(Text(
                    f"Tagihan {invoice.number} sudah menerima pembayaran {format_rupiah(invoice.paid)}; "
                    "tagihan yang sudah dibayar tidak dapat dibatalkan.",
                    f"Invoice {invoice.number} has received {format_rupiah(invoice.paid)}; "
                    "an invoice with payments cannot be voided."))
            invoice.status = InvoiceStatus.VOID.value
            invoice.void_reason, invoice.voided_at = why, self.db.clock()
            session.flush()
            session.execute(delete(BilledSession).where(BilledSession.invoice_id == invoice.id))
            self._audit(session, "void", "invoice", invoice.id, f"number={invoice.number}")
            return _invoice_view(session, invoice)

    def reissue_as_draft(self, void_invoice_id: int) -> InvoiceView:
        """A new draft for the same payer with a void invoice's lines, to correct and issue again.

        Session lines come back at the session's fee if the session is still unbilled and billable;
        lines typed by hand and the discount (up to the new subtotal) are copied.
        """
        with self.db.write() as session:
            old = get_or_404(session, Invoice, void_invoice_id, INVOICE)
            if old.status != InvoiceStatus.VOID.value:
                raise ValidationError("invoice_id", Text(
                    "Hanya tagihan yang dibatalkan yang dapat diterbitkan ulang sebagai draf.",
                    "Only a void invoice can be reissued as a draft."))
            payer = get_or_404(session, Payer, old.payer_id, PAYER)
            invoice = Invoice(payer_id=payer.id, status=InvoiceStatus.DRAFT.value, period_start=old.period_start,
                              period_end=old.period_end, notes=old.notes, payer_name="", payer_address="",
                              subtotal=0, discount=0, total=0, paid=0, privacy_codes_only=payer.privacy_codes_only)
            session.add(invoice)
            session.flush()
            billable = {item.session_id: item for item in self._unbilled(session, payer, None, None)}
            old_sessions = [line.session_id for line in old.lines if line.session_id is not None]
            self._add_session_lines(session, invoice, payer, [billable[s] for s in old_sessions if s in billable])
            for line in old.lines:
                if line.session_id is None:
                    self._add_manual_line(session, invoice, payer, InvoiceLineInput(
                        line.description, line.quantity, line.unit_price, line.client_id, line.service_date,
                        line.service_type_id))
            # The discount carries over, but never beyond what the new draft's lines add up to.
            lines_total = sum(line.amount for line in invoice.lines)
            self._set_discount(invoice, min(old.discount, lines_total), old.discount_reason)
            self._audit(session, "create", "invoice", invoice.id, f"reissue_of={old.id}")
            return _invoice_view(session, invoice)

    # -- invoices: reading ----------------------------------------------------------------------------------

    def get_invoice(self, invoice_id: int) -> InvoiceView:
        """One invoice with its lines. Raises NotFound."""
        with self.db.read() as session:
            return _invoice_view(session, get_or_404(session, Invoice, invoice_id, INVOICE))

    def find_invoice(self, number: str) -> InvoiceView:
        """The issued invoice with this number ("INV/2026/0001"). Raises NotFound."""
        with self.db.read() as session:
            row = session.scalar(select(Invoice).where(Invoice.number == number.strip()))
            if row is None:
                raise NotFound(Text(f"Tagihan {number} tidak ditemukan.", f"Invoice {number} was not found."))
            return _invoice_view(session, row)

    def list_invoices(
        self, *, status: InvoiceStatus | None = None, payer_id: int | None = None, year: int | None = None,
        outstanding_only: bool = False, offset: int = 0, limit: int = 500,
    ) -> list[InvoiceSummary]:
        """Invoices, drafts first, then the latest issued first."""
        with self.db.read() as session:
            conditions: list[ColumnElement[bool]] = []
            if status is not None:
                conditions.append(Invoice.status == InvoiceStatus(status).value)
            if payer_id is not None:
                conditions.append(Invoice.payer_id == payer_id)
            if year is not None:
                conditions.append(and_(Invoice.issue_date >= date(year, 1, 1),
                                       Invoice.issue_date <= date(year, 12, 31)))
            if outstanding_only:
                conditions.append(Invoice.status.in_([s.value for s in InvoiceStatus if s.is_outstanding]))
            return summaries(session, *conditions, offset=offset, limit=limit)

    # -- internals ------------------------------------------------------------------------------------------

    def _client_payer(self, session: Session, client_id: int) -> Payer:
        client = get_or_404(session, Client, client_id, CLIENT)
        row = session.scalars(select(Payer).where(Payer.client_id == client.id)).first()
        if row is None:
            row = Payer(kind=PayerKind.CLIENT.value, client_id=client.id, name=client.full_name,
                        address=client.address, city=client.city, phone=client.phone, email="",
                        contact_person="", privacy_codes_only=False, active=True)
            session.add(row)
            session.flush()
            self._audit(session, "create", "payer", row.id, PayerKind.CLIENT.value)
        return row

    def _case_payer(self, session: Session, case: Case) -> CasePayerView:
        if case.payer_id is not None:
            payer = get_or_404(session, Payer, case.payer_id, PAYER)
        else:
            payer = self._client_payer(session, case.client_id)
        return CasePayerView(case.id, case.number, case.client_id, _payer_view(session, payer),
                             case.payer_id is not None)

    def _unbilled(self, session: Session, payer: Payer, start: date | None, end: date | None
                  ) -> list[UnbilledSession]:
        cases: ColumnElement[bool] = Case.payer_id == payer.id
        if payer.client_id is not None:
            cases = or_(cases, and_(Case.payer_id.is_(None), Case.client_id == payer.client_id))
        conditions = [cases, *billable_session_conditions()]
        zone = self._zone(session).tzinfo
        if start is not None:
            conditions.append(CaseSession.starts_at >= datetime.combine(start, time(), zone).astimezone(UTC))
        if end is not None:
            after = datetime.combine(end + timedelta(days=1), time(), zone).astimezone(UTC)
            conditions.append(CaseSession.starts_at < after)
        query = (select(CaseSession.id, Case.id, Case.number, Client.id, Client.code, Client.full_name,
                        CaseSession.starts_at, CaseSession.service_type_id, ServiceType.name, CaseSession.fee)
                 .join(Case, CaseSession.case_id == Case.id).join(Client, Case.client_id == Client.id)
                 .outerjoin(ServiceType, CaseSession.service_type_id == ServiceType.id)
                 .where(*conditions).order_by(CaseSession.starts_at, CaseSession.id))
        return [UnbilledSession(sid, cid, number, client_id, code, name, starts.astimezone(zone).date(), starts,
                                type_id, type_name or "", fee or 0)
                for sid, cid, number, client_id, code, name, starts, type_id, type_name, fee
                in session.execute(query)]

    def _draft(self, session: Session, invoice_id: int, *, lock: bool = False) -> tuple[Invoice, Payer]:
        invoice = self._locked_invoice(session, invoice_id) if lock else get_or_404(
            session, Invoice, invoice_id, INVOICE)
        if invoice.status != InvoiceStatus.DRAFT.value:
            raise LockedRecord(_locked_message(invoice))
        return invoice, get_or_404(session, Payer, invoice.payer_id, PAYER)

    def _locked_invoice(self, session: Session, invoice_id: int) -> Invoice:
        # FOR UPDATE on PostgreSQL: a second window issuing or voiding the same invoice waits, then sees
        # what the first did. populate_existing: never trust a copy read before the lock.
        invoice = session.get(Invoice, invoice_id, with_for_update=True, populate_existing=True)
        if invoice is None:
            return get_or_404(session, Invoice, invoice_id, INVOICE)  # raises NotFound
        return invoice

    def _add_session_lines(self, session: Session, invoice: Invoice, payer: Payer,
                           chosen: Sequence[UnbilledSession]) -> None:
        clients = {row.id: row for row in session.scalars(
            select(Client).where(Client.id.in_({item.client_id for item in chosen})))}
        for item in chosen:
            client = clients[item.client_id]
            invoice.lines.append(InvoiceLine(
                position=len(invoice.lines) + 1, session_id=item.session_id, client_id=item.client_id,
                service_type_id=item.service_type_id, service_date=item.service_date,
                description=(item.service_type_name or "Layanan pekerjaan sosial")[:300],
                client_label=_client_label(client, payer.privacy_codes_only), quantity=1, unit_price=item.fee,
                amount=item.fee))
            session.add(BilledSession(session_id=item.session_id, invoice_id=invoice.id))
        self._claim(session)

    def _add_manual_line(self, session: Session, invoice: Invoice, payer: Payer, line: InvoiceLineInput) -> None:
        description = clean_text("description", Text("Uraian", "Description"), line.description,
                                 max_length=300, required=True)
        quantity = whole_number("quantity", Text("Jumlah satuan", "Quantity"), line.quantity, minimum=1,
                                maximum=MAX_QUANTITY)
        unit_price = _rupiah("unit_price", Text("Harga satuan", "Unit price"), line.unit_price,
                             maximum=MAX_UNIT_PRICE)
        amount = line_amount(quantity, unit_price)
        if amount > MAX_AMOUNT:
            raise ValidationError("unit_price", Text(
                f"Jumlah baris terlalu besar; paling banyak {format_rupiah(MAX_AMOUNT)}.",
                f"The line's amount is too large; at most {format_rupiah(MAX_AMOUNT)}."))
        if line.service_date is not None and not isinstance(line.service_date, date):
            raise ValidationError("service_date", Text("Tanggal layanan harus berupa tanggal.",
                                                       "The service date must be a date."))
        label = ""
        if line.client_id is not None:
            label = _client_label(get_or_404(session, Client, line.client_id, CLIENT), payer.privacy_codes_only)
        if line.service_type_id is not None:
            get_or_404(session, ServiceType, line.service_type_id, Text("Jenis layanan", "Service type"))
        invoice.lines.append(InvoiceLine(
            position=len(invoice.lines) + 1, session_id=None, client_id=line.client_id,
            service_type_id=line.service_type_id, service_date=line.service_date, description=description,
            client_label=label, quantity=quantity, unit_price=unit_price, amount=amount))

    def _set_discount(self, invoice: Invoice, discount: int, reason: str) -> None:
        """Recompute the draft's totals with ``discount``: total = subtotal − discount, never below zero."""
        amount = _rupiah("discount", Text("Potongan", "Discount"), discount, maximum=MAX_AMOUNT)
        subtotal = sum(line.amount for line in invoice.lines)
        if subtotal > MAX_AMOUNT:
            raise ValidationError("lines", Text(
                f"Subtotal tagihan terlalu besar; paling banyak {format_rupiah(MAX_AMOUNT)}.",
                f"The invoice's subtotal is too large; at most {format_rupiah(MAX_AMOUNT)}."))
        if amount > subtotal:
            raise ValidationError("discount", Text(
                f"Potongan {format_rupiah(amount)} melebihi subtotal {format_rupiah(subtotal)}.",
                f"The discount of {format_rupiah(amount)} is more than the subtotal of {format_rupiah(subtotal)}."))
        invoice.discount_reason = clean_text("discount_reason", Text("Alasan potongan", "Reason for the discount"),
                                             reason, max_length=200)
        invoice.subtotal, invoice.discount, invoice.total = subtotal, amount, subtotal - amount

    def _claim(self, session: Session) -> None:
        """Write the new claims on sessions; another window may just have claimed one of them."""
        try:
            session.flush()
        except IntegrityError as exc:
            raise ValidationError("session_ids", Text(
                "Sebagian sesi ini baru saja ditagihkan di tagihan lain; muat ulang daftar sesi.",
                "Some of these sessions have just been put on another invoice; reload the list.")) from exc

    def _check_sessions_unchanged(self, session: Session, invoice: Invoice) -> None:
        ids = [line.session_id for line in invoice.lines if line.session_id is not None]
        if not ids:
            return
        rows = {row.id: row for row in session.scalars(select(CaseSession).where(CaseSession.id.in_(ids)))}
        for line in invoice.lines:
            if line.session_id is None:
                continue
            row = rows[line.session_id]
            if row.attendance != Attendance.ATTENDED.value or row.fee != line.unit_price:
                when = line.service_date.strftime("%d-%m-%Y") if line.service_date else ""
                raise ValidationError("lines", Text(
                    f"Sesi {when} berubah sejak masuk draf (kehadiran atau tarifnya); hapus baris itu dan "
                    "tambahkan lagi.",
                    f"The session of {when} changed after it was put on the draft (attendance or fee); remove "
                    "that line and add it again."))

    def _check_number(self, session: Session, number: DocumentNumber, issued_on: date) -> None:
        """Refuse a number already used (after a pattern change) or an issue date that breaks the order."""
        if session.scalar(select(Invoice.id).where(Invoice.number == number.text)) is not None:
            raise ValidationError("invoice_pattern", Text(
                f"Nomor {number.text} sudah dipakai tagihan lain; ubah pola nomor tagihan di Pengaturan.",
                f"The number {number.text} is already used by another invoice; change the invoice number "
                "pattern in Settings."))
        last = session.execute(
            select(Invoice.number, Invoice.issue_date).where(Invoice.number_year == number.year,
                                                             Invoice.number_seq < number.seq)
            .order_by(Invoice.number_seq.desc()).limit(1)).first()
        if last is not None and last.issue_date is not None and issued_on < last.issue_date:
            raise ValidationError("issue_date", Text(
                f"Tanggal terbit tidak boleh sebelum tagihan terakhir {last.number} "
                f"({last.issue_date:%d-%m-%Y}): nomor tagihan mengikuti urutan tanggal.",
                f"The issue date cannot be before the last invoice {last.number} ({last.issue_date:%d-%m-%Y}): "
                "invoice numbers follow the order of dates."))


# -- helpers shared with payments and finance ---------------------------------------------------------------


def summaries(session: Session, *conditions: ColumnElement[bool], offset: int = 0, limit: int = 500
              ) -> list[InvoiceSummary]:
    """Invoice summaries matching ``conditions``: drafts first, then by issue date and number, latest first."""
    query = (select(Invoice.id, Invoice.number, Invoice.status, Invoice.payer_id,
                    func.coalesce(func.nullif(Invoice.payer_name, ""), Client.full_name, Payer.name),
                    Invoice.issue_date, Invoice.due_date, Invoice.total, Invoice.paid)
             .join(Payer, Invoice.payer_id == Payer.id).outerjoin(Client, Payer.client_id == Client.id)
             .where(*conditions)
             .order_by(Invoice.issue_date.is_not(None), Invoice.issue_date.desc(), Invoice.number_seq.desc(),
                       Invoice.id.desc())
             .offset(offset).limit(limit))
    return [InvoiceSummary(id_, number, InvoiceStatus(status), payer_id, name, issued, due, total, paid)
            for id_, number, status, payer_id, name, issued, due, total, paid in session.execute(query)]


def billable_session_conditions() -> list[ColumnElement[bool]]:
    """Attended sessions with a fee above Rp0 that no draft or issued invoice claims."""
    return [CaseSession.attendance == Attendance.ATTENDED.value, CaseSession.fee.is_not(None), CaseSession.fee > 0,
            ~exists().where(BilledSession.session_id == CaseSession.id)]


def _choose(candidates: Sequence[UnbilledSession], session_ids: Sequence[int] | None) -> list[UnbilledSession]:
    if session_ids is None:
        return list(candidates)
    by_id = {item.session_id: item for item in candidates}
    missing = [sid for sid in dict.fromkeys(session_ids) if sid not in by_id]
    if missing:
        raise ValidationError("session_ids", Text(
            f"Sesi #{missing[0]} tidak dapat ditagihkan ke pembayar ini: sesi itu belum dihadiri, tidak bertarif, "
            "sudah ada di tagihan lain, atau dibayar pihak lain.",
            f"Session #{missing[0]} cannot be billed to this payer: it was not attended, has no fee, is on "
            "another invoice, or someone else pays for it."))
    return [by_id[sid] for sid in dict.fromkeys(session_ids)]


def _rupiah(field_name: str, label: Text, value: object, *, maximum: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError(field_name, Text(f"{label.id} harus jumlah rupiah bulat.",
                                               f"{label.en} must be a whole rupiah amount."))
    if value < 0:
        raise ValidationError(field_name, Text(f"{label.id} tidak boleh negatif.", f"{label.en} cannot be negative."))
    if value > maximum:
        raise ValidationError(field_name, Text(f"{label.id} terlalu besar; paling banyak {format_rupiah(maximum)}.",
                                               f"{label.en} is too large; at most {format_rupiah(maximum)}."))
    return value


def _locked_message(invoice: Invoice) -> Text:
    if invoice.status == InvoiceStatus.VOID.value:
        return Text(f"Tagihan {invoice.number} sudah dibatalkan dan tidak dapat diubah.",
                    f"Invoice {invoice.number} is void and cannot change.")
    return Text(f"Tagihan {invoice.number} sudah diterbitkan dan tidak dapat diubah; batalkan lalu terbitkan "
                "ulang bila ada yang salah.",
                f"Invoice {invoice.number} is issued and cannot change; void it and issue it again if something "
                "is wrong.")


def _client_label(client: Client, codes_only: bool) -> str:
    return client.code if codes_only else client.full_name


def payer_identity(session: Session, payer: Payer) -> tuple[str, str]:
    """The name and address an invoice is made out to (a paying client's come from the client's record)."""
    name, address, city = payer.name, payer.address, payer.city
    if payer.client_id is not None:
        client = get_or_404(session, Client, payer.client_id, CLIENT)
        name, address, city = client.full_name, client.address, client.city
    if city and city.casefold() not in address.casefold():
        address = f"{address}\n{city}" if address else city
    return name, address


def _payer_values(data: PayerInput) -> dict[str, object]:
    return {
        "kind": choice("kind", Text("Jenis pembayar", "Kind of payer"), PayerKind, data.kind).value,
        "name": clean_text("name", Text("Nama pembayar", "Payer's name"), data.name, max_length=200,
                           required=True),
        "contact_person": clean_text("contact_person", Text("Narahubung", "Contact person"), data.contact_person,
                                     max_length=200),
        "address": clean_text("address", Text("Alamat", "Address"), data.address, max_length=1000),
        "city": clean_text("city", Text("Kota", "City"), data.city, max_length=100),
        "phone": clean_phone("phone", Text("Telepon", "Phone"), data.phone),
        "email": clean_email("email", Text("Email", "E-mail"), data.email),
        "privacy_codes_only": bool(data.privacy_codes_only),
    }


def _payer_view(session: Session, row: Payer, client: Client | None = None) -> PayerView:
    name, address, city = row.name, row.address, row.city
    if row.client_id is not None:
        client = client or get_or_404(session, Client, row.client_id, CLIENT)
        name, address, city = client.full_name, client.address, client.city
    return PayerView(kind=PayerKind(row.kind), name=name, contact_person=row.contact_person, address=address,
                     city=city, phone=row.phone, email=row.email, privacy_codes_only=row.privacy_codes_only,
                     id=row.id, client_id=row.client_id, active=row.active)


def _arrangement_view(row: FeeArrangement) -> FeeArrangementView:
    return FeeArrangementView(client_id=row.client_id, kind=FeeKind(row.kind), valid_from=row.valid_from,
                              reduction_percent=row.reduction_percent, reason=row.reason, id=row.id)


def _invoice_view(session: Session, row: Invoice) -> InvoiceView:
    payer_name = row.payer_name
    if not payer_name:  # a draft: the payer as they are now
        payer_name = _payer_view(session, get_or_404(session, Payer, row.payer_id, PAYER)).name
    lines = tuple(InvoiceLineView(line.id, line.position, line.session_id, line.client_id, line.client_label,
                                  line.service_type_id, line.service_date, line.description, line.quantity,
                                  line.unit_price, line.amount) for line in row.lines)
    return InvoiceView(
        id=row.id, number=row.number, status=InvoiceStatus(row.status), payer_id=row.payer_id,
        payer_name=payer_name, issue_date=row.issue_date, due_date=row.due_date, total=row.total, paid=row.paid,
        period_start=row.period_start, period_end=row.period_end, subtotal=row.subtotal, discount=row.discount,
        discount_reason=row.discount_reason, notes=row.notes, privacy_codes_only=row.privacy_codes_only,
        void_reason=row.void_reason, voided_at=row.voided_at, lines=lines)
