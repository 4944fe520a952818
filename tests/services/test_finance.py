"""The money read models: invoice and kuitansi documents, ageing, the monthly income statement, balances."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from peksos_desk.domain.billing import METERAI_DUTY, AgeingBucket, InvoiceStatus, PayerKind, PaymentMethod
from peksos_desk.domain.errors import NotFound, ValidationError
from peksos_desk.domain.practice import Attendance
from peksos_desk.services.billing import InvoiceLineInput, PayerInput
from peksos_desk.services.fees import ServiceTypeInput
from peksos_desk.services.payments import PaymentInput
from peksos_desk.services.profile import Profile
from tests.services.factories import child, consultation, new_case, new_client, new_session

FEB_20 = datetime(2026, 2, 20, 3, tzinfo=UTC)


def attend(services, case_id, kind_id, starts_at=FEB_20):
    session = new_session(services, case_id, starts_at, service_type_id=kind_id)
    return services.sessions.record_attendance(session.id, Attendance.ATTENDED)


def manual_invoice(services, payer_id, amount, issue_date, due_date=None):
    draft = services.billing.create_draft(payer_id, lines=[InvoiceLineInput("Pendampingan", 1, amount)])
    return services.billing.issue(draft.id, issue_date=issue_date, due_date=due_date)


def test_the_invoice_document_for_an_institution_shows_codes_and_words(services):
    rs = services.billing.create_payer(PayerInput(PayerKind.HOSPITAL, "RSUD Kota Bandung",
                                                  address="Jl. Rumah Sakit No. 22", city="Bandung",
                                                  privacy_codes_only=True))
    kind = consultation(services, 250_000)
    siti, budi = new_client(services), services.clients.create(child())
    for client in (siti, budi):
        case = new_case(services, client.id)
        services.billing.set_case_payer(case.id, rs.id)
        attend(services, case.id, kind.id)
    draft = services.billing.create_draft(rs.id, lines=[InvoiceLineInput("Temu bahas kasus", 1, 300_000)],
                                          discount=50_000, discount_reason="Kerja sama", notes="Transfer ke BRI")
    preview = services.finance.invoice_document(draft.id)
    assert preview.is_draft and preview.number is None
    invoice = services.billing.issue(draft.id)
    services.payments.record_payment(invoice.id, PaymentInput(300_000))
    # The payer's record changes later; the issued invoice keeps what it was made out to.
    services.billing.update_payer(rs.id, PayerInput(PayerKind.HOSPITAL, "RSUD Bandung Kiwari"))
    document = services.finance.invoice_document(invoice.id)
    assert (document.number, document.status, document.issue_date, document.due_date) == (
        "INV/2026/0001", InvoiceStatus.PARTLY_PAID, date(2026, 3, 2), date(2026, 3, 16))
    assert (document.payer_name, document.payer_address, document.payer_kind) == (
        "RSUD Kota Bandung", "Jl. Rumah Sakit No. 22\nBandung", PayerKind.HOSPITAL)
    assert [(line.client_display, line.description, line.amount) for line in document.lines] == [
        (siti.code, "Konsultasi", 250_000), (budi.code, "Konsultasi", 250_000), ("", "Temu bahas kasus", 300_000)]
    assert all("Siti" not in line.client_display and "Budi" not in line.client_display for line in document.lines)
    assert (document.subtotal, document.discount, document.total, document.paid, document.balance) == (
        800_000, 50_000, 750_000, 300_000, 450_000)
    assert document.total_in_words == "tujuh ratus lima puluh ribu rupiah"
    assert (document.discount_reason, document.notes) == ("Kerja sama", "Transfer ke BRI")
    assert [(p.receipt_number, p.amount) for p in document.payments] == [("KW/2026/0001", 300_000)]
    with pytest.raises(NotFound):
        services.finance.invoice_document(999)


def test_the_receipt_document_has_every_kuitansi_field(services):
    services.profile.update(Profile(full_name="Sri Wahyuni", city="Bandung"))
    payer = services.billing.payer_for_client(new_client(services).id)
    invoice = manual_invoice(services, payer.id, 7_500_000, date(2026, 3, 1))
    payment = services.payments.record_payment(invoice.id, PaymentInput(
        5_500_000, date(2026, 3, 2), PaymentMethod.BANK_TRANSFER, "BCA 0302-771"))
    receipt = services.finance.receipt_document(payment.id)
    assert (receipt.number, receipt.received_from, receipt.amount, receipt.place, receipt.date) == (
        "KW/2026/0001", "Siti Aminah", 5_500_000, "Bandung", date(2026, 3, 2))
    assert receipt.amount_in_words == "lima juta lima ratus ribu rupiah"
    assert receipt.purpose == "Pembayaran jasa pekerjaan sosial, tagihan INV/2026/0001"
    assert (receipt.method, receipt.reference, receipt.invoice_number) == (
        PaymentMethod.BANK_TRANSFER, "BCA 0302-771", "INV/2026/0001")
    assert receipt.needs_meterai and receipt.meterai_duty == METERAI_DUTY == 10_000
    rest = services.payments.record_payment(invoice.id, PaymentInput(2_000_000))
    assert not services.finance.receipt_document(rest.id).needs_meterai
    assert services.finance.receipt_document(rest.id).meterai_duty == 0


def test_ageing_sorts_outstanding_invoices_by_days_past_due(services, clock):
    payer = services.billing.payer_for_client(new_client(services).id)
    not_due = manual_invoice(services, payer.id, 100_000, date(2025, 11, 1), due_date=date(2026, 3, 10))
    day_30 = manual_invoice(services, payer.id, 200_000, date(2025, 11, 2), due_date=date(2026, 1, 31))
    day_31 = manual_invoice(services, payer.id, 300_000, date(2025, 11, 3), due_date=date(2026, 1, 30))
    day_60 = manual_invoice(services, payer.id, 400_000, date(2025, 11, 4), due_date=date(2026, 1, 1))
    day_61 = manual_invoice(services, payer.id, 500_000, date(2025, 11, 5), due_date=date(2025, 12, 31))
    paid = manual_invoice(services, payer.id, 600_000, date(2025, 11, 6), due_date=date(2025, 12, 1))
    services.payments.record_payment(paid.id, PaymentInput(600_000))
    services.payments.record_payment(day_61.id, PaymentInput(100_000))
    report = services.finance.ageing(date(2026, 3, 2))
    assert {line.number: (line.days_past_due, line.bucket) for line in report.lines} == {
        not_due.number: (-8, AgeingBucket.DAYS_0_30), day_30.number: (30, AgeingBucket.DAYS_0_30),
        day_31.number: (31, AgeingBucket.DAYS_31_60), day_60.number: (60, AgeingBucket.DAYS_31_60),
        day_61.number: (61, AgeingBucket.OVER_60)}
    assert [(b.bucket, b.invoices, b.amount) for b in report.buckets] == [
        (AgeingBucket.DAYS_0_30, 2, 300_000), (AgeingBucket.DAYS_31_60, 2, 700_000),
        (AgeingBucket.OVER_60, 1, 400_000)]
    assert report.total == 1_400_000
    # Looking back: before the payments were received, both invoices were still owed.
    earlier = services.finance.ageing(date(2026, 1, 15))
    assert {line.number for line in earlier.lines} == {i.number for i in (not_due, day_30, day_31, day_60, day_61,
                                                                            paid)}
    assert services.finance.ageing().as_of == date(2026, 3, 2)


def test_the_income_statement_adds_up(services, clock):
    kind = consultation(services, 250_000)
    visit = services.fees.create(ServiceTypeInput("KUNJ", "Kunjungan rumah", 350_000, 90))
    case = new_case(services)
    attend(services, case.id, kind.id, FEB_20)
    attend(services, case.id, visit.id, FEB_20 + timedelta(days=1))
    payer = services.billing.payer_for_client(case.client_id)
    march = services.billing.issue(services.billing.create_draft(
        payer.id, lines=[InvoiceLineInput("Transport", 1, 100_000)], discount=70_000).id)  # total 630.000
    other = manual_invoice(services, payer.id, 1_000_000, date(2026, 3, 2))
    void = manual_invoice(services, payer.id, 999_000, date(2026, 3, 2))
    services.billing.void(void.id, "Ganda")
    services.payments.record_payment(march.id, PaymentInput(315_001, method=PaymentMethod.CASH))
    services.payments.record_payment(other.id, PaymentInput(400_000, method=PaymentMethod.QRIS))
    services.payments.record_payment(other.id, PaymentInput(100_000, method=PaymentMethod.QRIS))
    statement = services.finance.income_statement(2026, 3)
    assert (statement.start, statement.end, statement.received, statement.payments) == (
        date(2026, 3, 1), date(2026, 3, 31), 815_001, 3)
    assert [(m.method, m.payments, m.amount) for m in statement.by_method] == [
        (PaymentMethod.CASH, 1, 315_001), (PaymentMethod.QRIS, 2, 500_000)]
    by_type = {item.name: item.amount for item in statement.by_service_type}
    # 315.001 spread over lines of 250.000, 350.000 and 100.000: 112.500,36 / 157.500,50 / 45.000,14 rupiah;
    # the rupiah left by rounding down goes to the largest remainder.
    assert by_type == {"Konsultasi": 112_500, "Kunjungan rumah": 157_501, "Lain-lain": 545_000}
    assert sum(by_type.values()) == statement.received == sum(m.amount for m in statement.by_method)
    assert (statement.invoiced, statement.invoices_issued) == (1_630_000, 2)
    assert statement.outstanding.as_of == date(2026, 3, 2)
    assert statement.outstanding.total == 1_630_000 - 815_001
    february = services.finance.income_statement(2026, 2)
    assert (february.received, february.invoiced, february.by_service_type, february.by_method) == (0, 0, (), ())
    assert february.outstanding.total == 0 and february.outstanding.as_of == date(2026, 2, 28)
    with pytest.raises(ValidationError):
        services.finance.income_statement(2026, 13)


def test_a_clients_balance(services):
    rs = services.billing.create_payer(PayerInput(PayerKind.HOSPITAL, "RSUD Kota Bandung"))
    kind = consultation(services, 250_000)
    client = new_client(services)
    own, referred = new_case(services, client.id), new_case(services, client.id)
    services.billing.set_case_payer(referred.id, rs.id)
    for day in range(3):
        attend(services, own.id, kind.id, FEB_20 + timedelta(days=day))
    attend(services, referred.id, kind.id)
    payer = services.billing.payer_for_client(client.id)
    first = services.billing.create_draft(payer.id, session_ids=[
        s.session_id for s in services.billing.unbilled_sessions(payer.id)[:2]])
    mine = services.billing.issue(first.id)
    services.payments.record_payment(mine.id, PaymentInput(100_000))
    hospital = services.billing.issue(services.billing.create_draft(rs.id).id)
    balance = services.finance.client_balance(client.id)
    assert (balance.unbilled_sessions, balance.unbilled_amount) == (1, 250_000)
    assert balance.billed_amount == 750_000
    assert balance.outstanding == 400_000  # the hospital's invoice is the hospital's debt, not the client's
    assert {i.number for i in balance.invoices} == {mine.number, hospital.number}
