"""Money read models: the invoice and kuitansi documents, ageing, the monthly income statement, balances.

The PDF builders (``reports/``) take these frozen dataclasses and the practice profile; nothing here
writes to the store.
"""

from __future__ import annotations

import calendar
from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from peksos_desk.domain.billing import (
    METERAI_DUTY,
    AgeingBucket,
    InvoiceStatus,
    PayerKind,
    PaymentMethod,
    ageing_bucket,
    allocate,
    needs_meterai,
)
from peksos_desk.domain.errors import ValidationError
from peksos_desk.domain.money import terbilang_rupiah
from peksos_desk.domain.text import Text
from peksos_desk.services.base import Service, get_or_404
from peksos_desk.services.billing import (
    CLIENT,
    INVOICE,
    PAYER,
    InvoiceSummary,
    billable_session_conditions,
    payer_identity,
    summaries,
)
from peksos_desk.services.payments import PAYMENT
from peksos_desk.store.models import (
    Case,
    CaseSession,
    Client,
    Invoice,
    InvoiceLine,
    Payer,
    Payment,
    ServiceType,
)

OTHER_SERVICES = "Lain-lain"
"""The service-type heading of income from lines that name no service type."""


@dataclass(frozen=True)
class InvoiceDocumentLine:
    position: int
    service_date: date | None
    description: str
    client_display: str
    """The client's name, or only the client's code when the payer asked for privacy."""
    quantity: int
    unit_price: int
    amount: int


@dataclass(frozen=True)
class DocumentPayment:
    paid_on: date
    receipt_number: str
    method: PaymentMethod
    amount: int


@dataclass(frozen=True)
class InvoiceDocument:
    """Everything an invoice PDF prints except the practice's letterhead (the profile)."""

    invoice_id: int
    number: str | None
    """None for a draft, which the PDF marks as such."""
    status: InvoiceStatus
    issue_date: date | None
    due_date: date | None
    period_start: date | None
    period_end: date | None
    payer_name: str
    payer_address: str
    payer_kind: PayerKind
    privacy_codes_only: bool
    lines: tuple[InvoiceDocumentLine, ...]
    subtotal: int
    discount: int
    discount_reason: str
    total: int
    total_in_words: str
    paid: int
    balance: int
    notes: str
    void_reason: str
    payments: tuple[DocumentPayment, ...]

    @property
    def is_draft(self) -> bool:
        return self.status is InvoiceStatus.DRAFT


@dataclass(frozen=True)
class ReceiptDocument:
    """A kuitansi: every field the receipt prints."""

    payment_id: int
    number: str
    received_from: str
    """*Sudah terima dari*"""
    amount: int
    amount_in_words: str
    """*Uang sejumlah*: "dua ratus lima puluh ribu rupiah"."""
    purpose: str
    """*Untuk pembayaran*"""
    place: str
    date: date
    method: PaymentMethod
    reference: str
    invoice_number: str
    needs_meterai: bool
    """Above Rp5.000.000: leave a marked place for a Rp10.000 bea meterai (UU 10/2020)."""
    meterai_duty: int
    """Rp10.000 when ``needs_meterai``, else 0."""


@dataclass(frozen=True)
class AgeingLine:
    invoice_id: int
    number: str
    payer_id: int
    payer_name: str
    issue_date: date
    due_date: date
    total: int
    paid: int
    """Received up to the report's date."""
    balance: int
    days_past_due: int
    """Days after the due date (0 or less: not yet due)."""
    bucket: AgeingBucket


@dataclass(frozen=True)
class BucketTotal:
    bucket: AgeingBucket
    invoices: int
    amount: int


@dataclass(frozen=True)
class AgeingReport:
    """Outstanding invoices on ``as_of`` by days past due: 0–30 (including not yet due), 31–60, over 60."""

    as_of: date
    lines: tuple[AgeingLine, ...]
    buckets: tuple[BucketTotal, ...]

    @property
    def total(self) -> int:
        return sum(bucket.amount for bucket in self.buckets)


@dataclass(frozen=True)
class ServiceTypeIncome:
    service_type_id: int | None
    """None for lines typed by hand without a service type ("Lain-lain")."""
    name: str
    amount: int


@dataclass(frozen=True)
class MethodIncome:
    method: PaymentMethod
    payments: int
    amount: int


@dataclass(frozen=True)
class IncomeStatement:
    """A month's money: received (by service type and by payment method), invoiced, and still owed.

    A payment on an invoice of several service types counts for each in proportion to the invoice's lines
    (the discount spread alike), in whole rupiah that add up to the payment exactly.
    """

    year: int
    month: int
    start: date
    end: date
    received: int
    payments: int
    by_service_type: tuple[ServiceTypeIncome, ...]
    by_method: tuple[MethodIncome, ...]
    invoiced: int
    """The totals of the invoices issued in the month (void ones left out)."""
    invoices_issued: int
    outstanding: AgeingReport
    """As of the month's last day, or today for the current month."""


@dataclass(frozen=True)
class ClientBalance:
    client_id: int
    client_code: str
    client_name: str
    unbilled_sessions: int
    unbilled_amount: int
    """Attended sessions with a fee that are on no invoice yet, whoever pays for them."""
    billed_amount: int
    """The client's lines on issued, not void invoices (before any invoice discount)."""
    outstanding: int
    """What the client still owes on invoices made out to the client."""
    invoices: tuple[InvoiceSummary, ...]
    """Issued or draft invoices with a line for this client, or made out to the client."""


class FinanceService(Service):
    """Read models of invoices, receipts and the practice's income."""

    def invoice_document(self, invoice_id: int) -> InvoiceDocument:
        """What an invoice PDF prints. Raises NotFound."""
        with self.db.read() as session:
            row = get_or_404(session, Invoice, invoice_id, INVOICE)
            payer = get_or_404(session, Payer, row.payer_id, PAYER)
            name, address = row.payer_name, row.payer_address
            if row.status == InvoiceStatus.DRAFT.value:  # not yet made out: the payer as they are now
                name, address = payer_identity(session, payer)
            status = InvoiceStatus(row.status)
            balance = row.total - row.paid if status.is_outstanding else 0
            return InvoiceDocument(
                invoice_id=row.id, number=row.number, status=status, issue_date=row.issue_date,
                due_date=row.due_date, period_start=row.period_start, period_end=row.period_end, payer_name=name,
                payer_address=address, payer_kind=PayerKind(payer.kind), privacy_codes_only=row.privacy_codes_only,
                lines=tuple(InvoiceDocumentLine(line.position, line.service_date, line.description, line.client_label,
                                                line.quantity, line.unit_price, line.amount) for line in row.lines),
                subtotal=row.subtotal, discount=row.discount, discount_reason=row.discount_reason, total=row.total,
                total_in_words=terbilang_rupiah(row.total), paid=row.paid, balance=balance, notes=row.notes,
                void_reason=row.void_reason,
                payments=tuple(DocumentPayment(p.paid_on, p.receipt_number, PaymentMethod(p.method), p.amount)
                               for p in row.payments))

    def receipt_document(self, payment_id: int) -> ReceiptDocument:
        """What a kuitansi PDF prints. Raises NotFound."""
        with self.db.read() as session:
            row = get_or_404(session, Payment, payment_id, PAYMENT)
            stamp = needs_meterai(row.amount)
            return ReceiptDocument(
                payment_id=row.id, number=row.receipt_number, received_from=row.received_from, amount=row.amount,
                amount_in_words=terbilang_rupiah(row.amount), purpose=row.purpose, place=row.place, date=row.paid_on,
                method=PaymentMethod(row.method), reference=row.reference, invoice_number=row.invoice.number or "",
                needs_meterai=stamp, meterai_duty=METERAI_DUTY if stamp else 0)

    def ageing(self, as_of: date | None = None) -> AgeingReport:
        """Invoices still owed on ``as_of`` (today by default), by days past their due date."""
        with self.db.read() as session:
            return _ageing(session, as_of or self._today(session))

    def income_statement(self, year: int, month: int) -> IncomeStatement:
        """The month's income received, invoices issued, and what is outstanding at its end."""
        if not isinstance(year, int) or not isinstance(month, int) or not 1 <= month <= 12 or not 2000 <= year <= 2999:
            raise ValidationError("month", Text("Bulan atau tahun laporan tidak valid.",
                                                "The report's month or year is not valid."))
        start = date(year, month, 1)
        end = date(year, month, calendar.monthrange(year, month)[1])
        with self.db.read() as session:
            payments = session.execute(
                select(Payment.invoice_id, Payment.amount, Payment.method)
                .where(Payment.paid_on >= start, Payment.paid_on <= end)).all()
            by_method: dict[PaymentMethod, list[int]] = defaultdict(list)
            for _, amount, method in payments:
                by_method[PaymentMethod(method)].append(amount)
            by_type = _by_service_type(session, [(invoice_id, amount) for invoice_id, amount, _ in payments])
            issued = session.execute(
                select(func.count(), func.coalesce(func.sum(Invoice.total), 0))
                .where(Invoice.issue_date >= start, Invoice.issue_date <= end,
                       Invoice.status != InvoiceStatus.VOID.value)).one()
            as_of = min(end, self._today(session))
            return IncomeStatement(
                year=year, month=month, start=start, end=end, received=sum(amount for _, amount, _ in payments),
                payments=len(payments), by_service_type=by_type,
                by_method=tuple(MethodIncome(method, len(by_method[method]), sum(by_method[method]))
                                for method in PaymentMethod if method in by_method),
                invoiced=int(issued[1]), invoices_issued=int(issued[0]), outstanding=_ageing(session, as_of))

    def client_balance(self, client_id: int) -> ClientBalance:
        """A client's money at a glance: unbilled sessions, billed lines, and what they owe themselves."""
        with self.db.read() as session:
            client = get_or_404(session, Client, client_id, CLIENT)
            # By the client's case ids, not a join: joined, SQLite (without statistics) walks the attendance
            # index over every attended session in the store (~0.3 s at 50,000 clients) instead of the cases'.
            case_ids = list(session.scalars(select(Case.id).where(Case.client_id == client.id)))
            unbilled = session.execute(
                select(func.count(), func.coalesce(func.sum(CaseSession.fee), 0))
                .where(CaseSession.case_id.in_(case_ids), *billable_session_conditions())).one()
            live = [s.value for s in InvoiceStatus if s not in (InvoiceStatus.DRAFT, InvoiceStatus.VOID)]
            billed = session.scalar(
                select(func.coalesce(func.sum(InvoiceLine.amount), 0)).join(Invoice)
                .where(InvoiceLine.client_id == client.id, Invoice.status.in_(live))) or 0
            own_payer_id = session.scalar(select(Payer.id).where(Payer.client_id == client.id))
            condition: ColumnElement[bool] = Invoice.id.in_(
                select(InvoiceLine.invoice_id).where(InvoiceLine.client_id == client.id))
            if own_payer_id is not None:
                condition = condition | (Invoice.payer_id == own_payer_id)
            invoices = summaries(session, condition)
            outstanding = sum(item.balance for item in invoices if item.payer_id == own_payer_id)
            return ClientBalance(client.id, client.code, client.full_name, int(unbilled[0]), int(unbilled[1] or 0),
                                 billed, outstanding, tuple(invoices))


def _ageing(session: Session, as_of: date) -> AgeingReport:
    """Outstanding on ``as_of``: issued by then, not void, less the payments received by then."""
    paid = (select(Payment.invoice_id, func.sum(Payment.amount).label("paid"))
            .where(Payment.paid_on <= as_of).group_by(Payment.invoice_id).subquery())
    query = (select(Invoice.id, Invoice.number, Invoice.payer_id, Invoice.payer_name, Invoice.issue_date,
                    Invoice.due_date, Invoice.total, func.coalesce(paid.c.paid, 0))
             .outerjoin(paid, paid.c.invoice_id == Invoice.id)
             .where(Invoice.issue_date <= as_of,
                    Invoice.status.not_in([InvoiceStatus.DRAFT.value, InvoiceStatus.VOID.value]))
             .order_by(Invoice.due_date, Invoice.number_year, Invoice.number_seq))
    lines = []
    for id_, number, payer_id, payer_name, issued, due, total, received in session.execute(query):
        balance = total - int(received)
        if balance <= 0:
            continue
        days = (as_of - due).days
        lines.append(AgeingLine(id_, number, payer_id, payer_name, issued, due, total, int(received), balance, days,
                                ageing_bucket(days)))
    buckets = tuple(BucketTotal(bucket, sum(1 for line in lines if line.bucket is bucket),
                                sum(line.balance for line in lines if line.bucket is bucket))
                    for bucket in AgeingBucket)
    return AgeingReport(as_of, tuple(lines), buckets)


def _by_service_type(session: Session, payments: list[tuple[int, int]]) -> tuple[ServiceTypeIncome, ...]:
    """Each payment spread over its invoice's lines in proportion to their amounts, summed by service type."""
    invoice_ids = sorted({invoice_id for invoice_id, _ in payments})
    lines: dict[int, list[tuple[int | None, int]]] = defaultdict(list)
    for invoice_id, type_id, amount in session.execute(
            select(InvoiceLine.invoice_id, InvoiceLine.service_type_id, InvoiceLine.amount)
            .where(InvoiceLine.invoice_id.in_(invoice_ids)).order_by(InvoiceLine.position, InvoiceLine.id)):
        lines[invoice_id].append((type_id, amount))
    totals: dict[int | None, int] = defaultdict(int)
    for invoice_id, amount in payments:
        parts = allocate(amount, [line_amount for _, line_amount in lines[invoice_id]])
        for (type_id, _), part in zip(lines[invoice_id], parts, strict=True):
            totals[type_id] += part
    names: dict[int, str] = {type_id: name for type_id, name in session.execute(
        select(ServiceType.id, ServiceType.name).where(ServiceType.id.in_([t for t in totals if t is not None])))}
    result = [ServiceTypeIncome(type_id, names.get(type_id, OTHER_SERVICES) if type_id else OTHER_SERVICES, amount)
              for type_id, amount in totals.items() if amount]
    return tuple(sorted(result, key=lambda item: (item.service_type_id is None, -item.amount, item.name)))
