"""The money side of the demo: payers, fee arrangements, invoices in every state, payments and kuitansi.

Built through the billing services themselves (not bulk inserts), on top of the sessions ``services.demo`` wrote,
so every rule of numbering, immutability and payment holds in the demo exactly as in real use. Bounded in size:
the last three months, a few institutions and at most a few dozen paying clients a month.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select

from peksos_desk.domain.billing import FeeKind, PayerKind, PaymentMethod
from peksos_desk.services.billing import BillingService, FeeArrangementInput, InvoiceLineInput, PayerInput
from peksos_desk.services.payments import PaymentInput, PaymentService
from peksos_desk.store.database import Database
from peksos_desk.store.models import Case

INSTITUTIONS = (
    PayerInput(PayerKind.HOSPITAL, "RSUD Kota Bandung — Instalasi Pelayanan Sosial Medis", "dr. Rina Marlina, Sp.KJ",
               "Jl. Rumah Sakit No. 22, Ujungberung", "Kota Bandung", "022-7811794", privacy_codes_only=True),
    PayerInput(PayerKind.SCHOOL, "SD Negeri 3 Cibeunying", "Drs. Asep Saepudin (Kepala Sekolah)",
               "Jl. Cikutra No. 60", "Kota Bandung", "022-7207744"),
    PayerInput(PayerKind.LKS, "Lembaga Kesejahteraan Sosial Anak Harapan Bunda Nusantara", "Ibu Theresia Wibowo",
               "Jl. Sukaluyu No. 11", "Kota Bandung", "022-2502345", email="lksa.harapanbunda@example.org"),
)
MONTHS = 3
CLIENT_INVOICES_A_MONTH = 24


@dataclass(frozen=True)
class DemoBilling:
    payers: int
    invoices: int
    payments: int


def month_start(day: date, back: int) -> date:
    year, month = day.year, day.month - back
    while month < 1:
        year, month = year - 1, month + 12
    return date(year, month, 1)


def generate_demo_billing(db: Database, *, seed: int = 1) -> DemoBilling:
    """Payers, arrangements, invoices and payments over the last three months of the demo's sessions."""
    rng = random.Random(seed * 7919)
    billing = BillingService(db, "demo")
    payments = PaymentService(db, "demo")
    today = billing.today()
    with db.read() as session:
        open_cases = session.execute(select(Case.id, Case.client_id).where(Case.closed_on.is_(None))
                                     .order_by(Case.id)).all()
    institutions = [billing.create_payer(item) for item in INSTITUTIONS]
    for case_id, _ in rng.sample(open_cases, k=min(len(open_cases) // 8, 60)):
        billing.set_case_payer(case_id, rng.choice(institutions).id)
    for client_id in sorted({client for _, client in rng.sample(open_cases, k=min(len(open_cases) // 20, 15))}):
        free = rng.random() < 0.3
        billing.set_fee_arrangement(FeeArrangementInput(
            client_id, FeeKind.FREE if free else FeeKind.REDUCED, today,
            reduction_percent=None if free else rng.choice((25, 30, 50)),
            reason="Korban kekerasan tanpa penghasilan" if free else "Penghasilan keluarga tidak tetap"))

    issued = paid = 0
    for back in range(MONTHS, 0, -1):
        start, end = month_start(today, back), month_start(today, back - 1) - timedelta(days=1)
        issue_on = end + timedelta(days=1)
        overview = [row for row in billing.unbilled_overview() if row.sessions]
        client_payers = [row for row in overview if row.payer_kind is PayerKind.CLIENT]
        chosen = [row.payer_id for row in overview if row.payer_kind is not PayerKind.CLIENT and row.payer_id]
        for row in rng.sample(client_payers, k=min(len(client_payers), CLIENT_INVOICES_A_MONTH)):
            if row.payer_id is not None:
                chosen.append(row.payer_id)
            elif row.client_id is not None:
                chosen.append(billing.payer_for_client(row.client_id).id)
        for payer_id in chosen:
            sessions = billing.unbilled_sessions(payer_id, period_start=start, period_end=end)
            if not sessions:
                continue
            lines = (InvoiceLineInput("Penyusunan laporan sosial untuk pengadilan", 1, 750_000,
                                      client_id=sessions[0].client_id, service_date=end),) \
                if rng.random() < 0.15 else ()
            draft = billing.create_draft(payer_id, period_start=start, period_end=end,
                                         session_ids=[s.session_id for s in sessions], lines=lines,
                                         discount=50_000 if rng.random() < 0.1 else 0,
                                         discount_reason="Potongan kunjungan berulang")
            invoice = billing.issue(draft.id, issue_date=issue_on)
            issued += 1
            if back == 1 and rng.random() < 0.05:
                billing.void(invoice.id, "Salah pembayar: seharusnya ditagihkan ke lembaga")
                continue
            paid += _pay(payments, rng, invoice.id, invoice.total, issued=issue_on, today=today, recent=back == 1)
    return DemoBilling(len(billing.list_payers(include_clients=False)), issued, paid)


def _pay(payments: PaymentService, rng: random.Random, invoice_id: int, total: int, *, issued: date, today: date,
         recent: bool) -> int:
    """Old invoices are mostly paid, recent ones partly or not yet: every state shows up."""
    roll = rng.random()
    if recent and roll < 0.4:
        return 0  # still open
    method = rng.choice((PaymentMethod.BANK_TRANSFER, PaymentMethod.BANK_TRANSFER, PaymentMethod.CASH,
                         PaymentMethod.QRIS))
    reference = f"TRF{rng.randint(10**7, 10**8 - 1)}" if method is PaymentMethod.BANK_TRANSFER else ""
    first_day = min(issued + timedelta(days=rng.randint(1, 20)), today)
    if roll < 0.75 or total < 100_000:
        payments.record_payment(invoice_id, PaymentInput(total, first_day, method, reference))
        return 1
    part = (total // 2) // 1000 * 1000 or total
    payments.record_payment(invoice_id, PaymentInput(part, first_day, method, reference))
    if not recent:
        payments.record_payment(invoice_id, PaymentInput(total - part, min(first_day + timedelta(days=14), today),
                                                         PaymentMethod.CASH))
        return 2
    return 1
