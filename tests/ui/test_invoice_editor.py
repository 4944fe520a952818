"""The invoice editor and its forms: a draft's lines, discount and dates; issuing; read-only once issued;
voiding and copying into a new draft; the payment form and its kuitansi; the payer form.

The UI speaks its English source texts here (no translator is installed); the services' messages and the
domain's labels are Indonesian.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCore import QDate

from peksos_desk.domain.billing import InvoiceStatus, PayerKind, PaymentMethod
from peksos_desk.domain.practice import Attendance
from peksos_desk.services.billing import InvoiceLineInput, PayerInput
from peksos_desk.services.fees import ServiceTypeInput
from peksos_desk.services.payments import PaymentInput
from peksos_desk.ui.dialogs.invoice_editor import InvoiceEditor
from peksos_desk.ui.dialogs.payer_dialog import PayerDialog
from peksos_desk.ui.dialogs.payment_dialog import PaymentDialog
from peksos_desk.ui.dialogs.void_dialog import VoidDialog
from peksos_desk.ui.models.finance import InvoiceLinesModel, PaymentsModel
from peksos_desk.ui.widgets.field_errors import ERROR_STYLE
from tests.services.factories import consultation, new_case, new_client, new_session
from tests.ui.test_accessibility import unnamed_inputs

pytestmark = pytest.mark.gui

FEB_20 = datetime(2026, 2, 20, 3, tzinfo=UTC)


def attended(services, case_id, kind_id, starts_at=FEB_20):
    session = new_session(services, case_id, starts_at, service_type_id=kind_id)
    return services.sessions.record_attendance(session.id, Attendance.ATTENDED)


@pytest.fixture
def billed(context):
    """A client who pays for herself, three consultations attended; the first two on a draft."""
    services = context.services
    case = new_case(services)
    kind = consultation(services, 250_000)
    sessions = [attended(services, case.id, kind.id, FEB_20 + timedelta(days=3 * n)) for n in range(3)]
    payer = services.billing.payer_for_client(case.client_id)
    draft = services.billing.create_draft(payer.id, session_ids=[s.id for s in sessions[:2]])
    return draft, payer, sessions


def open_editor(qtbot, context, invoice_id):
    editor = InvoiceEditor(context, invoice_id)
    qtbot.addWidget(editor)
    editor.resize(1120, 688)
    editor.show()
    return editor


def issued_invoice(context, amount=500_000, lines=None):
    services = context.services
    payer = services.billing.payer_for_client(new_client(services).id)
    draft = services.billing.create_draft(payer.id, lines=lines or [InvoiceLineInput("Konsultasi", 1, amount)])
    return services.billing.issue(draft.id)


def test_a_drafts_totals_follow_the_discount_as_it_is_typed(qtbot, context, billed):
    draft, _, _ = billed
    editor = open_editor(qtbot, context, draft.id)
    assert (editor.totals.subtotal.text(), editor.totals.total.text()) == ("Rp500.000", "Rp500.000")
    assert editor.totals.in_words.text() == "Lima ratus ribu rupiah"
    assert not editor.totals.paid.isVisible()
    qtbot.keyClicks(editor.discount, "Rp125.000")
    assert editor.totals.total.text() == "Rp375.000"
    assert editor.totals.in_words.text() == "Tiga ratus tujuh puluh lima ribu rupiah"
    editor.discount.setText("125 ribu")
    assert editor.totals.total.text() == "?" and "tidak dapat dibaca" in editor.totals.in_words.text()
    assert editor.is_dirty()


def test_a_discount_above_the_subtotal_is_refused_at_its_field_and_kept(qtbot, context, billed):
    draft, _, _ = billed
    editor = open_editor(qtbot, context, draft.id)
    editor.discount.setText("Rp600.000")
    editor.notes.setPlainText("Transfer ke BRI 0123-01-000456-30-1")
    assert editor.save() is False
    assert editor.errors.text == "Potongan Rp600.000 melebihi subtotal Rp500.000."
    assert editor.discount.styleSheet() == ERROR_STYLE and editor.discount.text() == "Rp600.000"
    assert editor.notes.toPlainText() == "Transfer ke BRI 0123-01-000456-30-1"
    editor.discount.setText("100000")
    assert editor.save() is True
    stored = context.services.billing.get_invoice(draft.id)
    assert (stored.discount, stored.total, stored.notes) == (100_000, 400_000, "Transfer ke BRI 0123-01-000456-30-1")
    assert not editor.is_dirty()


def test_a_line_typed_by_hand_reads_its_price_as_rupiah(qtbot, context, billed):
    draft, _, _ = billed
    editor = open_editor(qtbot, context, draft.id)
    editor.line_description.setText("Transport kunjungan rumah")
    editor.line_quantity.setValue(3)
    editor.line_price.setText("50.000,-")
    view = editor.add_line()
    assert [(line.quantity, line.unit_price, line.amount) for line in view.lines][-1] == (3, 50_000, 150_000)
    assert editor.line_description.text() == "" and editor.totals.subtotal.text() == "Rp650.000"
    assert editor.sections.tabText(0) == "&Lines (3)"
    # An unreadable price is refused at its field, with what was typed kept.
    editor.line_description.setText("Penyusunan laporan sosial")
    editor.line_price.setText("tujuh ratus ribu")
    assert editor.add_line() is None
    assert editor.line_price.styleSheet() == ERROR_STYLE and "tidak dapat dibaca" in editor.errors.text
    assert editor.line_description.text() == "Penyusunan laporan sosial"
    # No description: the service names the field.
    editor.line_description.clear()
    editor.line_price.setText("750000")
    assert editor.add_line() is None
    assert editor.line_description.styleSheet() == ERROR_STYLE


def test_choosing_a_service_for_a_line_fills_its_description_and_price(qtbot, context, billed):
    draft, _, _ = billed
    report = context.services.fees.create(ServiceTypeInput("LAPSOS", "Laporan sosial", 750_000, 120))
    editor = open_editor(qtbot, context, draft.id)
    editor.line_service.setCurrentIndex(editor.line_service.findData(report.id))
    assert (editor.line_description.text(), editor.line_price.text()) == ("Laporan sosial", "Rp750.000")
    view = editor.add_line()
    assert view.lines[-1].service_type_id == report.id


def test_sessions_come_off_and_back_onto_a_draft(qtbot, context, billed):
    draft, _, sessions = billed
    editor = open_editor(qtbot, context, draft.id)
    assert editor.sections.isTabVisible(1) and not editor.sections.isTabVisible(2)
    assert [s.session_id for s in editor.unbilled_model.rows] == [sessions[2].id]
    editor.lines_table.selectRow(0)
    assert editor.remove_button.isEnabled()
    editor.remove_line()
    assert [line.session_id for line in editor.lines_model.rows] == [sessions[1].id]
    assert {s.session_id for s in editor.unbilled_model.rows} == {sessions[0].id, sessions[2].id}
    editor.unbilled_model.set_checked(sessions[2].id, False)
    assert editor.ticked_label.text() == "1 ticked: Rp250.000"
    editor.add_sessions()
    assert [line.session_id for line in editor.lines_model.rows] == [sessions[1].id, sessions[0].id]
    assert [s.session_id for s in editor.unbilled_model.rows] == [sessions[2].id]
    assert editor.sections.currentIndex() == 0


def test_the_due_date_follows_the_issue_date_until_it_is_changed(qtbot, context, billed):
    draft, _, _ = billed
    editor = open_editor(qtbot, context, draft.id)
    assert editor.issue_date.date() == QDate(2026, 3, 2) and editor.issue_date.maximumDate() == QDate(2026, 3, 2)
    assert editor.due_date.date() == QDate(2026, 3, 16)  # 14 days by default
    editor.issue_date.setDate(QDate(2026, 2, 28))
    assert editor.due_date.date() == QDate(2026, 3, 14)
    editor.due_date.setDate(QDate(2026, 3, 31))
    editor.issue_date.setDate(QDate(2026, 2, 27))
    assert editor.due_date.date() == QDate(2026, 3, 31)
    context.prompter.confirms = [True]
    issued = editor.issue()
    assert (issued.issue_date, issued.due_date) == (date(2026, 2, 27), date(2026, 3, 31))
    assert "27 Februari 2026" in editor.dates_label.text() and "31 Maret 2026" in editor.dates_label.text()


def test_an_issued_invoice_is_read_only_and_a_void_one_can_be_copied_into_a_new_draft(qtbot, context, billed):
    draft, _, sessions = billed
    services = context.services
    context.services.billing.add_line(draft.id, InvoiceLineInput("Penyusunan laporan sosial", 1, 750_000))
    context.services.billing.set_discount(draft.id, 50_000, "Keringanan")
    issued = services.billing.issue(draft.id)
    editor = open_editor(qtbot, context, issued.id)
    assert not editor.add_line_box.isVisible() and not editor.remove_button.isVisible()
    assert not editor.form_box.isVisible() and editor.info_label.isVisible()
    assert not editor.sections.isTabVisible(1) and editor.sections.isTabVisible(2)
    assert {b.text() for b in (editor.pay_button, editor.void_button) if b.isVisible()} == {
        "&Record payment…", "V&oid invoice…"}
    assert not editor.save_button.isVisible() and not editor.delete_button.isVisible()
    assert editor.remove_line(editor.lines_model.rows[0].id) is None  # nothing to take off an issued invoice
    assert editor.totals.paid.isVisible() and editor.totals.balance.text() == "Rp1.200.000"

    dialog = editor.void_invoice()
    dialog.reason.setPlainText("Nama pembayar salah")
    context.prompter.confirms = [False]
    assert dialog.void() is None and services.billing.get_invoice(issued.id).status is InvoiceStatus.ISSUED
    context.prompter.confirms = [True]
    with qtbot.waitSignal(editor.changed):
        dialog.void()
    assert editor.status_label.text() == "Batal" and editor.reissue_button.isVisible()
    assert not editor.pay_button.isVisible() and not editor.sections.isTabVisible(2)

    copy = editor.reissue()
    assert copy.status is InvoiceStatus.DRAFT and copy.id != issued.id
    assert editor.invoice.id == copy.id and editor.title.text() == "Draft invoice"
    assert [line.session_id for line in copy.lines][:2] == [sessions[0].id, sessions[1].id]
    assert editor.discount.try_amount() == copy.discount and editor.discount_reason.text() == "Keringanan"


def test_an_invoice_with_payments_cannot_be_voided(qtbot, context):
    invoice = issued_invoice(context)
    context.services.payments.record_payment(invoice.id, PaymentInput(100_000))
    editor = open_editor(qtbot, context, invoice.id)
    assert not editor.void_button.isEnabled() and "no longer be voided" in editor.info_label.text()
    # Should the form be reached anyway (another window), the service's refusal goes to the prompter.
    dialog = VoidDialog(context, editor.invoice, editor)
    qtbot.addWidget(dialog)
    dialog.reason.setPlainText("Salah")
    context.prompter.confirms = [True]
    assert dialog.void() is None
    assert "sudah menerima pembayaran" in context.prompter.errors[-1]


def test_an_issue_refused_by_the_service_is_said_at_its_field(qtbot, context, billed):
    draft, _, _ = billed
    services = context.services
    other = services.billing.create_draft(draft.payer_id, lines=[InvoiceLineInput("Konsultasi", 1, 100_000)])
    services.billing.issue(other.id)  # issued today: an earlier issue date would break the numbering order
    editor = open_editor(qtbot, context, draft.id)
    editor.issue_date.setDate(QDate(2026, 2, 27))
    context.prompter.confirms = [True]
    assert editor.issue() is None
    assert editor.issue_date.styleSheet() == ERROR_STYLE and "INV/2026/0001" in editor.errors.text
    assert services.billing.get_invoice(draft.id).status is InvoiceStatus.DRAFT


def test_a_draft_issued_in_another_window_is_shown_as_it_is_now(qtbot, context, billed):
    draft, _, _ = billed
    editor = open_editor(qtbot, context, draft.id)
    context.services.billing.issue(draft.id)
    editor.line_description.setText("Konsultasi tambahan")
    editor.line_price.setText("Rp250.000")
    assert editor.add_line() is None
    assert "sudah diterbitkan" in context.prompter.errors[-1]
    assert editor.invoice.number == "INV/2026/0001" and not editor.add_line_box.isVisible()


def test_closing_a_draft_keeps_what_was_typed(qtbot, context, billed):
    draft, _, _ = billed
    editor = open_editor(qtbot, context, draft.id)
    editor.notes.setPlainText("Mohon dibayar sebelum tanggal 16.")
    editor.reject()
    assert context.services.billing.get_invoice(draft.id).notes == "Mohon dibayar sebelum tanggal 16."
    # A discount that cannot be saved: the user is asked before losing it.
    editor = open_editor(qtbot, context, draft.id)
    editor.discount.setText("Rp900.000")
    context.prompter.confirms = [False]
    editor.reject()
    assert editor.isVisible() and "cannot be saved" in context.prompter.seen[-1][2]
    context.prompter.confirms = [True]
    editor.reject()
    assert not editor.isVisible()


def test_deleting_a_draft_asks_first_and_frees_its_sessions(qtbot, context, billed):
    draft, payer, _ = billed
    editor = open_editor(qtbot, context, draft.id)
    context.prompter.confirms = [False]
    assert editor.delete_draft() is False
    context.prompter.confirms = [True]
    with qtbot.waitSignal(context.bus.finance_changed):
        assert editor.delete_draft() is True
    assert context.services.billing.list_invoices() == []
    assert len(context.services.billing.unbilled_sessions(payer.id)) == 3


def test_the_payment_form_defaults_and_the_meterai_note(qtbot, context):
    invoice = issued_invoice(context, lines=[InvoiceLineInput("Pendampingan psikososial (paket 6 bulan)", 1,
                                                              12_500_000)])
    dialog = PaymentDialog(context, invoice)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.amount.text() == "Rp12.500.000" and dialog.in_words.text() == "Dua belas juta lima ratus ribu rupiah"
    assert dialog.date.date() == QDate(2026, 3, 2) and dialog.date.maximumDate() == QDate(2026, 3, 2)
    assert dialog.date.minimumDate() == QDate(2026, 3, 2)  # not before the invoice was issued
    assert dialog.received_from.text() == "Siti Aminah"
    assert dialog.method.currentData() == PaymentMethod.BANK_TRANSFER
    assert dialog.meterai_note.isVisible() and "Rp10.000" in dialog.meterai_note.text()
    dialog.amount.setText("Rp5.000.000")  # at the threshold: no meterai
    assert not dialog.meterai_note.isVisible()
    dialog.amount.setText("5000001")
    assert dialog.meterai_note.isVisible()
    dialog.amount.setText("Rp7.500.000")
    dialog.method.setCurrentIndex(dialog.method.findData(PaymentMethod.QRIS))
    dialog.reference.setText("QR-2026-03-0042")
    dialog.received_from.setText("Ahmad Fauzi (suami klien)")
    payment = dialog.save()
    assert (payment.amount, payment.method, payment.reference, payment.received_from) == (
        7_500_000, PaymentMethod.QRIS, "QR-2026-03-0042", "Ahmad Fauzi (suami klien)")
    assert "meterai" in dialog.receipt_label.text() and "Rp5.000.000" in dialog.receipt_label.text()
    assert not dialog.amount.isEnabled() and dialog.done_panel.isVisible()
    assert dialog.save() is payment  # a second click records nothing more
    assert len(context.services.payments.payments_for_invoice(invoice.id)) == 1


def test_a_payment_on_an_invoice_paid_meanwhile_goes_to_the_prompter(qtbot, context):
    invoice = issued_invoice(context)
    dialog = PaymentDialog(context, invoice)
    qtbot.addWidget(dialog)
    context.services.payments.record_payment(invoice.id, PaymentInput(500_000))
    assert dialog.save() is None
    assert context.prompter.errors == ["Tagihan INV/2026/0001 sudah lunas."]
    dialog.amount.setText("Rp0")
    assert dialog.save() is None and dialog.amount.styleSheet() == ERROR_STYLE


def test_the_payer_form_for_a_client_who_pays_keeps_the_clients_name(qtbot, context):
    client = new_client(context.services)
    payer = context.services.billing.payer_for_client(client.id)
    dialog = PayerDialog(context, payer)
    qtbot.addWidget(dialog)
    assert not dialog.who.isEnabled() and dialog.kind() is PayerKind.CLIENT
    assert dialog.name.isReadOnly() and dialog.name.text() == "Siti Aminah"
    dialog.phone.setText("0812-1111-2222")
    dialog.privacy.setChecked(True)
    saved = dialog.save()
    assert saved.phone == "0812-1111-2222" and saved.privacy_codes_only and saved.name == "Siti Aminah"


def test_the_payer_form_offers_the_institution_kinds(qtbot, context):
    dialog = PayerDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    assert [dialog.who.itemText(i) for i in range(dialog.who.count())] == ["A family member", "An institution"]
    dialog.set_kind(PayerKind.LKS)
    assert [dialog.institution_kind.itemData(i) for i in range(dialog.institution_kind.count())] == [
        PayerKind.HOSPITAL, PayerKind.SCHOOL, PayerKind.LKS, PayerKind.COMPANY, PayerKind.SOCIAL_AFFAIRS,
        PayerKind.OTHER]
    assert dialog.kind() is PayerKind.LKS
    assert dialog.save() is None and dialog.name.styleSheet() == ERROR_STYLE  # a name is required


def test_the_editor_models_pass_the_model_tester(qtbot, qtmodeltester, context, billed):
    draft, _, _ = billed
    lines = InvoiceLinesModel()
    lines.set_rows(context.services.billing.add_line(draft.id, InvoiceLineInput("Laporan", 2, 100_000)).lines)
    qtmodeltester.check(lines)
    invoice = context.services.billing.issue(draft.id)
    context.services.payments.record_payment(invoice.id, PaymentInput(100_000, method=PaymentMethod.CASH))
    payments = PaymentsModel()
    payments.set_rows(context.services.payments.payments_for_invoice(invoice.id))
    qtmodeltester.check(payments)


def test_every_input_in_the_finance_dialogs_is_named(qtbot, context, billed):
    draft, payer, _ = billed
    invoice = issued_invoice(context)
    hospital = context.services.billing.create_payer(PayerInput(PayerKind.HOSPITAL, "RSUD Kota Bandung"))
    dialogs = [InvoiceEditor(context, draft.id), InvoiceEditor(context, invoice.id),
               PaymentDialog(context, invoice), VoidDialog(context, invoice), PayerDialog(context),
               PayerDialog(context, hospital), PayerDialog(context, payer)]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
        assert unnamed_inputs(dialog) == [], type(dialog).__name__
