"""Payments against issued invoices, each with its numbered kuitansi (receipt).

A payment is never changed or deleted once recorded (database triggers refuse too): its kuitansi number
belongs to a gapless series, like the invoices' (see ``billing.next_document_number``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from peksos_desk.domain.billing import InvoiceStatus, PaymentMethod, needs_meterai
from peksos_desk.domain.errors import LockedRecord, NotFound, ValidationError
from peksos_desk.domain.money import format_rupiah
from peksos_desk.domain.text import Text
from peksos_desk.services.base import Service, get_or_404
from peksos_desk.services.billing import INVOICE, RECEIPT_SERIES, load_settings, next_document_number
from peksos_desk.services.validation import choice, clean_text
from peksos_desk.store.models import Invoice, Payment, PractitionerProfile

PAYMENT = Text("Pembayaran", "Payment")


@dataclass(frozen=True)
class PaymentInput:
    amount: int
    paid_on: date | None = None
    """The day the money was received; today by default."""
    method: PaymentMethod = PaymentMethod.BANK_TRANSFER
    reference: str = ""
    """A transfer or QRIS reference, a cheque number..."""
    received_from: str | None = None
    """Who paid, as the kuitansi names them; by default the payer the invoice was issued to."""


@dataclass(frozen=True)
class PaymentView:
    """A payment and its kuitansi."""

    id: int
    invoice_id: int
    invoice_number: str
    receipt_number: str
    paid_on: date
    amount: int
    method: PaymentMethod
    reference: str
    received_from: str
    purpose: str
    place: str
    created_at: datetime

    @property
    def needs_meterai(self) -> bool:
        """Whether the kuitansi needs a Rp10.000 bea meterai (amount above Rp5.000.000)."""
        return needs_meterai(self.amount)


def purpose_text(invoice_number: str) -> str:
    """The kuitansi's *Untuk pembayaran* line for a payment on this invoice."""
    return f"Pembayaran jasa pekerjaan sosial, tagihan {invoice_number}"


class PaymentService(Service):
    """Record payments and issue their kuitansi."""

    def record_payment(self, invoice_id: int, data: PaymentInput) -> PaymentView:
        """Record money received on an issued invoice and issue its numbered kuitansi.

        The invoice becomes partly paid, or paid when its balance reaches Rp0.

        Raises:
            ValidationError: an amount of Rp0 or less, or above the balance ("Jumlah melebihi sisa tagihan
                Rp250.000"); a date before the invoice was issued or after today; a draft invoice.
            LockedRecord: the invoice is void or paid already.
            NotFound: no such invoice.
        """
        method = choice("method", Text("Cara pembayaran", "Payment method"), PaymentMethod, data.method)
        reference = clean_text("reference", Text("Referensi", "Reference"), data.reference, max_length=100)
        amount = data.amount
        if isinstance(amount, bool) or not isinstance(amount, int):
            raise ValidationError("amount", Text("Jumlah pembayaran harus rupiah bulat.",
                                                 "The amount must be whole rupiah."))
        if amount <= 0:
            raise ValidationError("amount", Text("Jumlah pembayaran harus lebih dari Rp0.",
                                                 "The amount must be more than Rp0."))
        with self.db.write() as session:
            # Locked (PostgreSQL): two windows paying the same invoice at once cannot both take its balance.
            invoice = session.get(Invoice, invoice_id, with_for_update=True, populate_existing=True)
            if invoice is None:
                invoice = get_or_404(session, Invoice, invoice_id, INVOICE)  # raises NotFound
            status = InvoiceStatus(invoice.status)
            if status is InvoiceStatus.DRAFT:
                raise ValidationError("invoice_id", Text(
                    "Tagihan ini masih draf; terbitkan dulu sebelum mencatat pembayaran.",
                    "This invoice is still a draft; issue it before recording a payment."))
            if status is InvoiceStatus.VOID:
                raise LockedRecord(Text(f"Tagihan {invoice.number} sudah dibatalkan; pembayaran tidak dapat dicatat.",
                                        f"Invoice {invoice.number} is void; no payment can be recorded."))
            if status is InvoiceStatus.PAID:
                raise LockedRecord(Text(f"Tagihan {invoice.number} sudah lunas.",
                                        f"Invoice {invoice.number} is paid in full already."))
            assert invoice.number is not None and invoice.issue_date is not None
            balance = invoice.total - invoice.paid
            if amount > balance:
                raise ValidationError("amount", Text(
                    f"Jumlah melebihi sisa tagihan {format_rupiah(balance)}.",
                    f"The amount is more than the balance of {format_rupiah(balance)}."))
            today = self._today(session)
            paid_on = data.paid_on or today
            if not isinstance(paid_on, date):
                raise ValidationError("paid_on", Text("Tanggal bayar harus berupa tanggal.",
                                                      "The payment date must be a date."))
            if paid_on > today:
                raise ValidationError("paid_on", Text("Tanggal bayar tidak boleh sesudah hari ini.",
                                                      "The payment date cannot be later than today."))
            if paid_on < invoice.issue_date:
                raise ValidationError("paid_on", Text(
                    f"Tanggal bayar tidak boleh sebelum tagihan terbit ({invoice.issue_date:%d-%m-%Y}).",
                    f"The payment date cannot be before the invoice was issued ({invoice.issue_date:%d-%m-%Y})."))
            received_from = clean_text(
                "received_from", Text("Sudah terima dari", "Received from"),
                invoice.payer_name if data.received_from is None else data.received_from,
                max_length=200, required=True)
            number = next_document_number(session, RECEIPT_SERIES, load_settings(session).receipt_pattern, paid_on)
            if session.scalar(select(Payment.id).where(Payment.receipt_number == number.text)) is not None:
                raise ValidationError("receipt_pattern", Text(
                    f"Nomor kuitansi {number.text} sudah dipakai; ubah pola nomor kuitansi di Pengaturan.",
                    f"The receipt number {number.text} is already used; change the receipt number pattern in "
                    "Settings."))
            payment = Payment(
                invoice_id=invoice.id, paid_on=paid_on, amount=amount, method=method.value, reference=reference,
                receipt_number=number.text, receipt_year=number.year, receipt_seq=number.seq,
                received_from=received_from, purpose=purpose_text(invoice.number), place=_place(session))
            session.add(payment)
            invoice.paid += amount
            invoice.status = (InvoiceStatus.PAID if invoice.paid == invoice.total
                              else InvoiceStatus.PARTLY_PAID).value
            session.flush()
            self._audit(session, "payment", "invoice", invoice.id,
                        f"receipt={number.text} amount={amount} method={method.value}")
            return _view(payment, invoice.number)

    def get_payment(self, payment_id: int) -> PaymentView:
        """One payment with its kuitansi. Raises NotFound."""
        with self.db.read() as session:
            row = get_or_404(session, Payment, payment_id, PAYMENT)
            return _view(row, row.invoice.number or "")

    def find_receipt(self, number: str) -> PaymentView:
        """The payment whose kuitansi has this number ("KW/2026/0001"). Raises NotFound."""
        with self.db.read() as session:
            row = session.scalar(select(Payment).where(Payment.receipt_number == number.strip()))
            if row is None:
                raise NotFound(Text(f"Kuitansi {number} tidak ditemukan.", f"Receipt {number} was not found."))
            return _view(row, row.invoice.number or "")

    def payments_for_invoice(self, invoice_id: int) -> list[PaymentView]:
        """An invoice's payments in the order they were recorded."""
        with self.db.read() as session:
            invoice = get_or_404(session, Invoice, invoice_id, INVOICE)
            return [_view(row, invoice.number or "") for row in invoice.payments]

    def list_payments(self, start: date, end: date) -> list[PaymentView]:
        """Payments received from ``start`` to ``end`` (inclusive), by date and kuitansi number."""
        with self.db.read() as session:
            rows = session.execute(
                select(Payment, Invoice.number).join(Invoice, Payment.invoice_id == Invoice.id)
                .where(Payment.paid_on >= start, Payment.paid_on <= end)
                .order_by(Payment.paid_on, Payment.receipt_year, Payment.receipt_seq))
            return [_view(row, number or "") for row, number in rows]


def _place(session: Session) -> str:
    """Where the kuitansi is signed: the practice's city."""
    return session.scalar(select(PractitionerProfile.city).where(PractitionerProfile.id == 1)) or ""


def _view(row: Payment, invoice_number: str) -> PaymentView:
    return PaymentView(
        id=row.id, invoice_id=row.invoice_id, invoice_number=invoice_number, receipt_number=row.receipt_number,
        paid_on=row.paid_on, amount=row.amount, method=PaymentMethod(row.method), reference=row.reference,
        received_from=row.received_from, purpose=row.purpose, place=row.place, created_at=row.created_at)
