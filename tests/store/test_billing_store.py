"""The store's own walls around money: issued invoices, their lines and payments cannot be rewritten by SQL,
and document numbers come from a counter that never skips and never repeats."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import DBAPIError, IntegrityError

from peksos_desk.domain.practice import Attendance
from peksos_desk.services.billing import InvoiceLineInput, next_document_number
from peksos_desk.services.payments import PaymentInput
from peksos_desk.store.models import DocumentCounter
from tests.services.factories import consultation, new_case, new_client, new_session


def refused(database, statement, **params) -> str:
    """Run one statement in its own transaction: the database's refusal, or "" when it was accepted."""
    try:
        with database.engine.begin() as connection:
            connection.execute(text(statement), params)
    except DBAPIError as exc:
        return str(exc.orig)
    return ""


def issued_with_session(services):
    case = new_case(services)
    kind = consultation(services)
    session = new_session(services, case.id, service_type_id=kind.id)
    services.sessions.record_attendance(session.id, Attendance.ATTENDED)
    payer = services.billing.payer_for_client(case.client_id)
    draft = services.billing.create_draft(payer.id, lines=[InvoiceLineInput("Transport", 1, 50_000)])
    return services.billing.issue(draft.id)


@pytest.mark.parametrize("change", [
    "UPDATE invoice SET total = 1, subtotal = 1 WHERE id = :id",
    "UPDATE invoice SET number = 'INV/2026/9999' WHERE id = :id",
    "UPDATE invoice SET payer_name = 'Orang lain' WHERE id = :id",
    "UPDATE invoice SET issue_date = '2026-01-01' WHERE id = :id",
    "UPDATE invoice SET due_date = '2026-12-31' WHERE id = :id",
    "UPDATE invoice SET status = 'draf', number = NULL, number_year = NULL, number_seq = NULL, issue_date = NULL "
    "WHERE id = :id",
    "UPDATE invoice SET void_reason = 'diam-diam' WHERE id = :id",
    "DELETE FROM invoice WHERE id = :id",
    "UPDATE invoice_line SET unit_price = 1, amount = 1 WHERE invoice_id = :id",
    "DELETE FROM invoice_line WHERE invoice_id = :id",
    "INSERT INTO invoice_line (invoice_id, position, description, client_label, quantity, unit_price, amount, "
    "created_at) VALUES (:id, 9, 'Tambahan', '', 1, 10, 10, '2026-03-02')",
    "DELETE FROM billed_session WHERE invoice_id = :id",
])
def test_an_issued_invoice_is_locked_in_the_database(services, database, change):
    invoice = issued_with_session(services)
    assert "issued invoice is locked" in refused(database, change, id=invoice.id)
    assert services.billing.get_invoice(invoice.id) == invoice


def test_the_database_allows_an_issued_invoice_only_its_payment_state_and_voiding(services, database):
    invoice = issued_with_session(services)
    assert not refused(database, "UPDATE invoice SET status = 'dibayar_sebagian', paid = 1 WHERE id = :id",
                       id=invoice.id)
    assert not refused(database, "UPDATE invoice SET status = 'terbit', paid = 0 WHERE id = :id", id=invoice.id)
    assert not refused(database, "UPDATE invoice SET status = 'batal', void_reason = 'x' WHERE id = :id",
                       id=invoice.id)
    # Void is final: not even the reason changes afterwards.
    assert refused(database, "UPDATE invoice SET void_reason = 'y' WHERE id = :id", id=invoice.id)
    assert refused(database, "UPDATE invoice SET status = 'terbit' WHERE id = :id", id=invoice.id)


def test_a_draft_stays_editable_in_the_database(services, database):
    payer = services.billing.payer_for_client(new_client(services).id)
    draft = services.billing.create_draft(payer.id, lines=[InvoiceLineInput("Konsultasi", 1, 100_000)])
    assert not refused(database, "UPDATE invoice_line SET description = 'Asesmen' WHERE invoice_id = :id",
                       id=draft.id)
    assert not refused(database, "UPDATE invoice SET notes = 'catatan' WHERE id = :id", id=draft.id)


@pytest.mark.parametrize("change", [
    "UPDATE invoice SET discount = subtotal + 1 WHERE id = :id",
    "UPDATE invoice SET total = total + 1 WHERE id = :id",
    "UPDATE invoice_line SET amount = amount + 1 WHERE invoice_id = :id",
    "UPDATE invoice SET status = 'terbit' WHERE id = :id",  # an issued invoice needs a number and dates
])
def test_the_amounts_must_add_up_in_the_database(services, database, change):
    payer = services.billing.payer_for_client(new_client(services).id)
    draft = services.billing.create_draft(payer.id, lines=[InvoiceLineInput("Konsultasi", 2, 100_000)])
    assert refused(database, change, id=draft.id)


def test_paid_cannot_exceed_the_total_nor_mark_paid_early(services, database):
    invoice = issued_with_session(services)
    assert refused(database, "UPDATE invoice SET status = 'dibayar_sebagian', paid = total + 1 WHERE id = :id",
                   id=invoice.id)
    assert refused(database, "UPDATE invoice SET status = 'lunas', paid = 1 WHERE id = :id", id=invoice.id)


def test_a_session_on_an_issued_invoice_keeps_its_attendance_and_fee(services, database):
    invoice = issued_with_session(services)
    session_id = invoice.session_ids[0]
    assert "session is on an issued invoice" in refused(
        database, "UPDATE case_session SET fee = 1 WHERE id = :id", id=session_id)
    assert "session is on an issued invoice" in refused(
        database, "UPDATE case_session SET attendance = 'tidak_hadir', fee = NULL WHERE id = :id", id=session_id)
    # Once the invoice is void the session is free again.
    services.billing.void(invoice.id, "Salah tarif")
    assert not refused(database, "UPDATE case_session SET fee = 1 WHERE id = :id", id=session_id)


def test_a_session_can_be_claimed_by_one_invoice_only(services, database):
    invoice = issued_with_session(services)
    payer_id = invoice.payer_id
    other = services.billing.create_draft(payer_id, lines=[InvoiceLineInput("Konsultasi", 1, 1)])
    assert refused(database, "INSERT INTO billed_session (session_id, invoice_id, created_at) "
                             "VALUES (:session, :invoice, '2026-03-02')",
                   session=invoice.session_ids[0], invoice=other.id)


def test_no_payment_row_for_a_draft_invoice(services, database):
    payer = services.billing.payer_for_client(new_client(services).id)
    draft = services.billing.create_draft(payer.id, lines=[InvoiceLineInput("Konsultasi", 1, 100_000)])
    assert "payment needs an issued invoice" in refused(
        database, "INSERT INTO payment (invoice_id, paid_on, amount, method, reference, receipt_number, receipt_year,"
                  " receipt_seq, received_from, purpose, place, created_at) VALUES (:id, '2026-03-02', 1, 'tunai',"
                  " '', 'KW-X', 2026, 99, 'x', 'x', '', '2026-03-02')", id=draft.id)


def test_document_numbers_are_unique_in_the_database(services, database):
    invoice = issued_with_session(services)
    services.payments.record_payment(invoice.id, PaymentInput(100_000))
    second = services.billing.issue(services.billing.create_draft(
        invoice.payer_id, lines=[InvoiceLineInput("Konsultasi", 1, 1)]).id)
    assert second.number == "INV/2026/0002"
    with pytest.raises(IntegrityError), database.write() as session:
        session.execute(text("INSERT INTO payment (invoice_id, paid_on, amount, method, reference, receipt_number, "
                             "receipt_year, receipt_seq, received_from, purpose, place, created_at) VALUES "
                             "(:id, '2026-03-02', 1, 'tunai', '', 'KW/2026/0001', 2026, 2, 'x', 'x', '', "
                             "'2026-03-02')"), {"id": second.id})


def test_a_rolled_back_issue_gives_its_number_back(database):
    with database.write() as session:
        assert next_document_number(session, "invoice", "INV/{year}/{seq:04d}", date(2026, 3, 2)).text == \
            "INV/2026/0001"
    with pytest.raises(RuntimeError), database.write() as session:
        assert next_document_number(session, "invoice", "INV/{year}/{seq:04d}", date(2026, 3, 2)).seq == 2
        raise RuntimeError("the issue failed after drawing its number")
    with database.write() as session:
        drawn = next_document_number(session, "invoice", "INV/{year}/{seq:04d}", date(2026, 3, 2))
        assert (drawn.text, drawn.year, drawn.seq) == ("INV/2026/0002", 2026, 2)
        other_series = next_document_number(session, "receipt", "KW/{year}/{seq:04d}", date(2026, 3, 2))
        assert other_series.text == "KW/2026/0001"
        no_year = next_document_number(session, "invoice", "F{seq:05d}", date(2026, 3, 2))
        assert (no_year.text, no_year.year) == ("F00001", 0)
    with database.read() as session:
        counters = session.execute(select(DocumentCounter.series, DocumentCounter.year, DocumentCounter.last_seq)
                                   .order_by(DocumentCounter.series, DocumentCounter.year)).all()
        assert [tuple(row) for row in counters] == [("invoice", 0, 1), ("invoice", 2026, 2), ("receipt", 2026, 1)]
