"""Money read models for document tests, built by hand (no store): invoices, kuitansi, an income statement."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from typing import Any

from peksos_desk.domain.billing import (
    AgeingBucket,
    InvoiceStatus,
    PayerKind,
    PaymentMethod,
    ageing_bucket,
    needs_meterai,
)
from peksos_desk.domain.money import terbilang_rupiah
from peksos_desk.services.finance import (
    AgeingLine,
    AgeingReport,
    BucketTotal,
    DocumentPayment,
    IncomeStatement,
    InvoiceDocument,
    InvoiceDocumentLine,
    MethodIncome,
    ReceiptDocument,
    ServiceTypeIncome,
)
from peksos_desk.services.profile import Profile
from tests.reports.factories import profile

LONG_PAYER = "Lembaga Kesejahteraan Sosial Anak Harapan Bunda Nusantara Kabupaten Bandung Barat"
CLIENT_NAMES = ("Siti Aminah", "Ni Komang Ayu Sri Wahyuningsih Pratiwi Dewi", "Budi Santoso")
CLIENT_CODES = ("KL-000017", "KL-000023", "KL-000031")


def bank_profile(**changes: Any) -> Profile:
    values: dict[str, Any] = {"bank_name": "Bank Rakyat Indonesia (BRI) KCP Antapani",
                              "bank_account_number": "0521-01-004417-50-9",
                              "bank_account_holder": "Rahmawati Kusumaningrum"}
    values.update(changes)
    return profile(**values)


def invoice_line(position: int, *, amount: int = 250_000, quantity: int = 1, client: str = CLIENT_NAMES[0],
                 description: str = "Konseling individu", day: date | None = date(2026, 3, 3)) -> InvoiceDocumentLine:
    return InvoiceDocumentLine(position, day, description, client, quantity, amount, quantity * amount)


def invoice(*, lines: tuple[InvoiceDocumentLine, ...] | None = None, discount: int = 0, paid: int = 0,
            status: InvoiceStatus = InvoiceStatus.ISSUED, payer_kind: PayerKind = PayerKind.CLIENT,
            codes_only: bool = False, **changes: Any) -> InvoiceDocument:
    """An invoice to Siti Aminah for three sessions in March 2026 (Rp750.000), issued 2 March, due 16 March."""
    if lines is None:
        lines = tuple(invoice_line(n, day=date(2026, 3, 3) + timedelta(days=7 * (n - 1))) for n in (1, 2, 3))
    subtotal = sum(line.amount for line in lines)
    total = subtotal - discount
    issued = status is not InvoiceStatus.DRAFT
    balance = total - paid if status.is_outstanding else 0
    values: dict[str, Any] = {
        "invoice_id": 12, "number": "INV/2026/0012" if issued else None, "status": status,
        "issue_date": date(2026, 3, 2) if issued else None, "due_date": date(2026, 3, 16) if issued else None,
        "period_start": date(2026, 3, 1), "period_end": date(2026, 3, 31),
        "payer_name": "Siti Aminah", "payer_address": "Gg. Sukaluyu III No. 7, RT 04/RW 11\nBandung",
        "payer_kind": payer_kind, "privacy_codes_only": codes_only, "lines": lines, "subtotal": subtotal,
        "discount": discount, "discount_reason": "", "total": total, "total_in_words": terbilang_rupiah(total),
        "paid": paid, "balance": balance, "notes": "", "void_reason": "", "payments": (),
    }
    values.update(changes)
    return InvoiceDocument(**values)


def institution_invoice(*, codes_only: bool = True, **changes: Any) -> InvoiceDocument:
    """An LKS's invoice for sessions with three children, shown by code when ``codes_only``."""
    labels = CLIENT_CODES if codes_only else CLIENT_NAMES
    lines = tuple(invoice_line(n, client=labels[n % 3], amount=350_000, description="Pendampingan psikososial anak",
                               day=date(2026, 2, 2) + timedelta(days=2 * n)) for n in range(1, 10))
    return invoice(lines=lines, payer_kind=PayerKind.LKS, codes_only=codes_only, payer_name=LONG_PAYER,
                   payer_address="Jl. Raya Padalarang No. 118, Kec. Padalarang\nKabupaten Bandung Barat 40553",
                   **changes)


def receipt(amount: int = 1_500_000, **changes: Any) -> ReceiptDocument:
    values: dict[str, Any] = {
        "payment_id": 7, "number": "KW/2026/0007", "received_from": "Siti Aminah", "amount": amount,
        "amount_in_words": terbilang_rupiah(amount),
        "purpose": "Pembayaran jasa pekerjaan sosial, tagihan INV/2026/0012",
        "place": "Bandung", "date": date(2026, 3, 2), "method": PaymentMethod.BANK_TRANSFER,
        "reference": "BRI 2603021187", "invoice_number": "INV/2026/0012", "needs_meterai": needs_meterai(amount),
        "meterai_duty": 10_000 if needs_meterai(amount) else 0,
    }
    values.update(changes)
    return ReceiptDocument(**values)


def ageing(lines: int = 6, *, as_of: date = date(2026, 3, 31), big: bool = False) -> AgeingReport:
    """``lines`` unpaid invoices, due every nine days back from ``as_of``."""
    items = []
    for n in range(lines):
        due = as_of - timedelta(days=9 * n - 5)
        total = 1_234_567_890 if big and n == 0 else 250_000 * (n % 4 + 1)
        paid = total // 4 if n % 3 == 1 else 0
        days = (as_of - due).days
        payer = LONG_PAYER if n % 5 == 2 else CLIENT_NAMES[n % 3]
        items.append(AgeingLine(100 + n, f"INV/2026/{n + 1:04d}", n % 4, payer, due - timedelta(days=14), due, total,
                                paid, total - paid, days, ageing_bucket(days)))
    buckets = tuple(BucketTotal(bucket, sum(1 for item in items if item.bucket is bucket),
                                sum(item.balance for item in items if item.bucket is bucket))
                    for bucket in AgeingBucket)
    return AgeingReport(as_of, tuple(items), buckets)


def income(*, unpaid: int = 6, big: bool = False, **changes: Any) -> IncomeStatement:
    """March 2026: Rp4.350.000 received in 9 payments over three service types and three methods."""
    by_type = (ServiceTypeIncome(1, "Konseling individu", 2_250_000),
               ServiceTypeIncome(2, "Kunjungan rumah", 1_400_000),
               ServiceTypeIncome(None, "Lain-lain", 700_000))
    by_method = (MethodIncome(PaymentMethod.CASH, 3, 750_000),
                 MethodIncome(PaymentMethod.BANK_TRANSFER, 5, 3_250_000),
                 MethodIncome(PaymentMethod.QRIS, 1, 350_000))
    if big:
        by_type = (*by_type[:2], ServiceTypeIncome(3, "Asesmen dan laporan sosial untuk pengadilan", 1_234_567_890))
        by_method = (*by_method[:2], MethodIncome(PaymentMethod.QRIS, 1, 1_234_567_890))
    values: dict[str, Any] = {
        "year": 2026, "month": 3, "start": date(2026, 3, 1), "end": date(2026, 3, 31),
        "received": sum(item.amount for item in by_type), "payments": sum(item.payments for item in by_method),
        "by_service_type": by_type, "by_method": by_method, "invoiced": 5_100_000, "invoices_issued": 11,
        "outstanding": ageing(unpaid, big=big),
    }
    values.update(changes)
    return IncomeStatement(**values)


def with_payments(document: InvoiceDocument, *amounts: int) -> InvoiceDocument:
    """``document`` with payments of ``amounts`` received on it."""
    payments = tuple(DocumentPayment(date(2026, 3, 5) + timedelta(days=3 * n), f"KW/2026/{7 + n:04d}",
                                     PaymentMethod.BANK_TRANSFER if n % 2 == 0 else PaymentMethod.CASH, amount)
                     for n, amount in enumerate(amounts))
    paid = sum(amounts)
    status = InvoiceStatus.PAID if paid >= document.total else InvoiceStatus.PARTLY_PAID
    return replace(document, payments=payments, paid=paid, status=status,
                   balance=document.total - paid if status.is_outstanding else 0)
