"""Payments on issued invoices: partly paid, then paid; never more than the balance; a kuitansi for each."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from peksos_desk.domain.billing import InvoiceStatus, PaymentMethod
from peksos_desk.domain.errors import LockedRecord, NotFound, ValidationError
from peksos_desk.services.billing import BillingSettingsView, InvoiceLineInput, PayerInput
from peksos_desk.services.payments import PaymentInput
from peksos_desk.services.profile import Profile
from tests.services.factories import new_client

# Input checks that run before the store is touched: SQLite is enough (a PostgreSQL clone costs ~0.3 s).
SQLITE_ONLY = pytest.mark.parametrize("store_url", ["sqlite"], indirect=True)


def issued_invoice(services, amount=250_000, payer_id=None, issue_date=None):
    if payer_id is None:
        payer_id = services.billing.payer_for_client(new_client(services).id).id
    draft = services.billing.create_draft(payer_id, lines=[InvoiceLineInput("Konsultasi", 1, amount)])
    return services.billing.issue(draft.id, issue_date=issue_date)


def test_a_partial_then_a_full_payment(services):
    invoice = issued_invoice(services, 500_000, issue_date=date(2026, 2, 25))
    first = services.payments.record_payment(invoice.id, PaymentInput(200_000, date(2026, 2, 27), PaymentMethod.CASH))
    after_first = services.billing.get_invoice(invoice.id)
    assert (after_first.status, after_first.paid, after_first.balance) == (InvoiceStatus.PARTLY_PAID, 200_000, 300_000)
    second = services.payments.record_payment(invoice.id, PaymentInput(300_000, method=PaymentMethod.QRIS,
                                                                       reference="QR-8812"))
    paid = services.billing.get_invoice(invoice.id)
    assert (paid.status, paid.paid, paid.balance) == (InvoiceStatus.PAID, 500_000, 0)
    assert (first.receipt_number, second.receipt_number) == ("KW/2026/0001", "KW/2026/0002")
    assert second.paid_on == date(2026, 3, 2) and second.reference == "QR-8812"
    assert [p.id for p in services.payments.payments_for_invoice(invoice.id)] == [first.id, second.id]
    with pytest.raises(LockedRecord) as caught:
        services.payments.record_payment(invoice.id, PaymentInput(1))
    assert "lunas" in str(caught.value)


def test_an_amount_above_the_balance_is_refused_naming_the_balance(services):
    invoice = issued_invoice(services, 450_000)
    services.payments.record_payment(invoice.id, PaymentInput(200_000))
    with pytest.raises(ValidationError) as caught:
        services.payments.record_payment(invoice.id, PaymentInput(250_001))
    assert caught.value.field == "amount"
    assert str(caught.value) == "Jumlah melebihi sisa tagihan Rp250.000."
    assert caught.value.render("en") == "The amount is more than the balance of Rp250.000."
    assert services.billing.get_invoice(invoice.id).paid == 200_000


@SQLITE_ONLY
@pytest.mark.parametrize("amount", [0, -50_000, 1.5, True, "100000"])
def test_a_zero_negative_or_non_whole_amount_is_refused(services, amount):
    invoice = issued_invoice(services)
    with pytest.raises(ValidationError) as caught:
        services.payments.record_payment(invoice.id, PaymentInput(amount))
    assert caught.value.field == "amount"
    assert services.payments.payments_for_invoice(invoice.id) == []


def test_no_payment_on_a_draft_or_void_invoice(services):
    payer = services.billing.payer_for_client(new_client(services).id)
    draft = services.billing.create_draft(payer.id, lines=[InvoiceLineInput("Konsultasi", 1, 250_000)])
    with pytest.raises(ValidationError) as caught:
        services.payments.record_payment(draft.id, PaymentInput(250_000))
    assert "draf" in str(caught.value)
    issued = services.billing.issue(draft.id)
    services.billing.void(issued.id, "Tagihan ganda")
    with pytest.raises(LockedRecord):
        services.payments.record_payment(issued.id, PaymentInput(250_000))
    with pytest.raises(NotFound):
        services.payments.record_payment(9999, PaymentInput(250_000))


def test_the_payment_date_lies_between_the_issue_and_today(services):
    invoice = issued_invoice(services, issue_date=date(2026, 2, 25))
    with pytest.raises(ValidationError) as caught:
        services.payments.record_payment(invoice.id, PaymentInput(100_000, date(2026, 2, 24)))
    assert caught.value.field == "paid_on" and "25-02-2026" in str(caught.value)
    with pytest.raises(ValidationError) as caught:
        services.payments.record_payment(invoice.id, PaymentInput(100_000, date(2026, 3, 3)))
    assert caught.value.field == "paid_on"
    assert services.payments.record_payment(invoice.id, PaymentInput(100_000, date(2026, 2, 25))).id


def test_an_invoice_with_payments_cannot_be_voided(services):
    invoice = issued_invoice(services)
    services.payments.record_payment(invoice.id, PaymentInput(50_000))
    with pytest.raises(LockedRecord) as caught:
        services.billing.void(invoice.id, "salah")
    assert "Rp50.000" in str(caught.value)


def test_the_kuitansi_names_the_payer_the_invoice_and_the_place(services):
    services.profile.update(Profile(full_name="Sri Wahyuni, S.Tr.Sos.", city="Bandung"))
    rs = services.billing.create_payer(PayerInput("rumah_sakit", "RSUD Kota Bandung"))
    invoice = issued_invoice(services, 1_500_000, payer_id=rs.id)
    receipt = services.payments.record_payment(invoice.id, PaymentInput(1_500_000, reference="TRF 0309"))
    assert receipt.received_from == "RSUD Kota Bandung"
    assert receipt.purpose == "Pembayaran jasa pekerjaan sosial, tagihan INV/2026/0001"
    assert receipt.place == "Bandung"
    assert services.payments.get_payment(receipt.id) == receipt
    other = issued_invoice(services, 100_000)
    edited = services.payments.record_payment(other.id, PaymentInput(100_000, received_from="Sulastri (ibu klien)"))
    assert edited.received_from == "Sulastri (ibu klien)"
    with pytest.raises(ValidationError) as caught:
        services.payments.record_payment(issued_invoice(services).id, PaymentInput(1, received_from=" "))
    assert caught.value.field == "received_from"


def test_kuitansi_numbers_follow_their_own_pattern_and_year(services, clock):
    services.billing.update_settings(BillingSettingsView(receipt_pattern="KWT.{year}.{seq:03d}"))
    invoice = issued_invoice(services, 300_000)
    assert services.payments.record_payment(invoice.id, PaymentInput(100_000)).receipt_number == "KWT.2026.001"
    clock.now = datetime(2027, 1, 5, 2, tzinfo=UTC)
    assert services.payments.record_payment(invoice.id, PaymentInput(100_000)).receipt_number == "KWT.2027.001"
    late = services.payments.record_payment(invoice.id, PaymentInput(100_000, date(2026, 12, 30)))
    assert late.receipt_number == "KWT.2026.002"
    between = services.payments.list_payments(date(2026, 12, 1), date(2026, 12, 31))
    assert [p.receipt_number for p in between] == ["KWT.2026.002"]


def test_receipt_above_five_million_marks_meterai(services):
    at_limit = issued_invoice(services, 5_000_000)
    above = issued_invoice(services, 5_000_001)
    assert not services.payments.record_payment(at_limit.id, PaymentInput(5_000_000)).needs_meterai
    assert services.payments.record_payment(above.id, PaymentInput(5_000_001)).needs_meterai


def test_payments_are_append_only_in_the_database(services, database):
    invoice = issued_invoice(services)
    payment = services.payments.record_payment(invoice.id, PaymentInput(100_000))
    for statement in ("UPDATE payment SET amount = 1 WHERE id = :id", "DELETE FROM payment WHERE id = :id"):
        with pytest.raises(DBAPIError), database.engine.begin() as connection:
            connection.execute(text(statement), {"id": payment.id})
    assert services.payments.get_payment(payment.id).amount == 100_000


def test_payments_are_audited_with_amount_and_number(services):
    invoice = issued_invoice(services)
    services.payments.record_payment(invoice.id, PaymentInput(100_000, method=PaymentMethod.CASH))
    entry = services.audit.entries(record_type="invoice", record_id=invoice.id)[0]
    assert (entry.action, entry.detail) == ("payment", "receipt=KW/2026/0001 amount=100000 method=tunai")


def test_random_payment_sequences_keep_the_books_straight(services, database):
    payer = services.billing.payer_for_client(new_client(services).id)

    @settings(max_examples=25 if database.is_sqlite else 6, deadline=None,
              suppress_health_check=[HealthCheck.too_slow])
    @given(total=st.integers(1, 20_000_000),
           attempts=st.lists(st.integers(-1_000_000, 25_000_000), min_size=1, max_size=6))
    def check(total, attempts):
        invoice = issued_invoice(services, total, payer_id=payer.id)
        accepted = []
        for amount in attempts:
            before = services.billing.get_invoice(invoice.id)
            try:
                services.payments.record_payment(invoice.id, PaymentInput(amount))
            except (ValidationError, LockedRecord):
                assert amount <= 0 or amount > before.balance
                assert services.billing.get_invoice(invoice.id) == before  # a refusal changes nothing
            else:
                accepted.append(amount)
            after = services.billing.get_invoice(invoice.id)
            payments = services.payments.payments_for_invoice(invoice.id)
            assert sum(p.amount for p in payments) == after.paid == sum(accepted)
            assert 0 <= after.balance == total - after.paid
            expected = (InvoiceStatus.ISSUED if not accepted else
                        InvoiceStatus.PAID if after.paid == total else InvoiceStatus.PARTLY_PAID)
            assert after.status is expected

    check()
