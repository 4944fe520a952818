"""Keuangan: sessions attended become an invoice, issued, paid in two parts with a kuitansi each, another voided
back to unbilled; payers kept; the month's income; every document asked for through the page's hook.

The UI speaks its English source texts here (no translator is installed); the services' messages and the
domain's labels are Indonesian.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt

from peksos_desk.domain.billing import InvoiceStatus, PayerKind, PaymentMethod
from peksos_desk.domain.practice import Attendance
from peksos_desk.services.billing import InvoiceLineInput, PayerInput
from peksos_desk.services.payments import PaymentInput
from peksos_desk.ui.dialogs.payment_dialog import PaymentDialog
from peksos_desk.ui.models.finance import (
    AgeingBucketModel,
    AgeingLinesModel,
    InvoiceListModel,
    MethodIncomeModel,
    PayerModel,
    ServiceIncomeModel,
    UnbilledPayersModel,
    UnbilledSessionsModel,
)
from peksos_desk.ui.models.table import SORT_ROLE
from peksos_desk.ui.pages.finance import INCOME, INVOICES, PAYERS, UNBILLED, FinancePage
from peksos_desk.ui.widgets.field_errors import ERROR_STYLE
from peksos_desk.ui.widgets.finance_unbilled import LAST_MONTH
from tests.services.factories import consultation, new_case, new_client, new_session
from tests.ui.test_accessibility import unnamed_inputs

pytestmark = pytest.mark.gui

FEB_20 = datetime(2026, 2, 20, 3, tzinfo=UTC)  # 10.00 WIB


def attended(services, case_id, kind_id, starts_at=FEB_20):
    session = new_session(services, case_id, starts_at, service_type_id=kind_id)
    return services.sessions.record_attendance(session.id, Attendance.ATTENDED)


class DocumentReceiver:
    """Stands in for the main window's PDF preview: records what was asked for."""

    def __init__(self):
        self.asked = []

    def __call__(self, kind, args):
        self.asked.append((kind, tuple(args)))


@pytest.fixture
def documents():
    return DocumentReceiver()


@pytest.fixture
def page(qtbot, context, documents):
    widget = FinancePage(context)
    qtbot.addWidget(widget)
    widget.resize(1176, 718)
    widget.show()
    widget.document_requested.connect(documents)
    return widget


@pytest.fixture
def siti(context):
    """Siti Aminah pays for herself: two consultations attended in February at Rp250.000."""
    services = context.services
    case = new_case(services)
    kind = consultation(services, 250_000)
    sessions = [attended(services, case.id, kind.id, FEB_20), attended(services, case.id, kind.id,
                                                                         FEB_20 + timedelta(days=7))]
    return case, kind, sessions


def load(qtbot, page):
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.refresh()


def close_editor(page):
    if page.editor is not None:
        page.editor.reject()


def test_the_story_from_attended_sessions_to_paid_and_void(qtbot, page, context, siti, documents):
    services, prompter = context.services, context.prompter
    _, kind, sessions = siti
    load(qtbot, page)

    # Unbilled: Siti, who pays for herself, with her two sessions ticked.
    unbilled = page.unbilled
    assert page.tabs.currentIndex() == 0
    assert [(t.payer_name, t.payer_kind, t.sessions, t.amount) for t in unbilled.payers_model.rows] == [
        ("Siti Aminah", PayerKind.CLIENT, 2, 500_000)]
    assert unbilled.selected_total().payer_name == "Siti Aminah"
    assert unbilled.sessions_model.checked_ids() == [s.id for s in sessions]
    assert unbilled.ticked_label.text() == "2 of 2 ticked: Rp500.000"

    # Create the invoice for last month: the editor opens on the new draft.
    unbilled.set_period(LAST_MONTH)
    assert unbilled.period_bounds() == (date(2026, 2, 1), date(2026, 2, 28))
    with qtbot.waitSignal(context.bus.finance_changed):
        draft = unbilled.create_invoice()
    editor = page.editor
    assert editor is not None and editor.isVisible() and editor.invoice.id == draft.id
    assert editor.title.text() == "Draft invoice"
    assert [(line.description, line.amount) for line in editor.lines_model.rows] == [
        ("Konsultasi", 250_000), ("Konsultasi", 250_000)]
    assert editor.totals.total.text() == "Rp500.000"

    # A line typed by hand, then a discount: the totals follow as typed.
    qtbot.keyClicks(editor.line_description, "Penyusunan laporan sosial")
    qtbot.keyClicks(editor.line_price, "750000")
    editor.add_line()
    assert [line.amount for line in editor.lines_model.rows] == [250_000, 250_000, 750_000]
    assert editor.lines_model.rows[2].client_label == "Siti Aminah"  # the paying client, by default
    assert editor.totals.subtotal.text() == "Rp1.250.000"
    qtbot.keyClicks(editor.discount, "250.000")
    qtbot.keyClicks(editor.discount_reason, "Keringanan keluarga")
    assert (editor.totals.discount.text(), editor.totals.total.text()) == ("-Rp250.000", "Rp1.000.000")
    assert editor.totals.in_words.text() == "Satu juta rupiah"

    # Issue: a No changes nothing; a Yes gives the first number and makes the invoice read-only.
    prompter.confirms = [False]
    assert editor.issue() is None
    assert prompter.seen[-1][0] == "confirm" and "never change" in prompter.seen[-1][2]
    assert services.billing.get_invoice(draft.id).status is InvoiceStatus.DRAFT
    assert services.billing.get_invoice(draft.id).discount == 250_000  # what was typed is kept
    prompter.confirms = [True]
    issued = editor.issue()
    assert issued is not None and issued.number == "INV/2026/0001" and issued.total == 1_000_000
    assert editor.title.text() == "Invoice INV/2026/0001"
    assert editor.status_label.text() == "Diterbitkan"
    assert not editor.add_line_box.isVisible() and not editor.form_box.isVisible()
    assert not editor.issue_button.isVisible() and editor.pay_button.isVisible()
    assert "never changes" in editor.info_label.text()

    # A partial payment in cash: partly paid, kuitansi KW/2026/0001, printed through the hook.
    payment_dialog = editor.record_payment()
    assert payment_dialog.amount.text() == "Rp1.000.000"  # the balance
    assert payment_dialog.received_from.text() == "Siti Aminah"
    payment_dialog.amount.setText("Rp400.000")
    payment_dialog.method.setCurrentIndex(payment_dialog.method.findData(PaymentMethod.CASH))
    first = payment_dialog.save()
    assert first is not None and first.receipt_number == "KW/2026/0001"
    assert "KW/2026/0001" in payment_dialog.receipt_label.text()
    assert "meterai" not in payment_dialog.receipt_label.text()
    payment_dialog.print_receipt()
    assert documents.asked[-1] == ("receipt", (first.id,))
    payment_dialog.accept()
    assert editor.status_label.text() == "Dibayar sebagian"
    assert editor.totals.balance.text() == "Rp600.000"

    # Paying more than the balance: the service's words at the amount field, nothing recorded.
    over = editor.record_payment()
    over.amount.setText("Rp700.000")
    assert over.save() is None
    assert over.errors.text == "Jumlah melebihi sisa tagihan Rp600.000."
    assert over.amount.styleSheet() == ERROR_STYLE and over.amount.text() == "Rp700.000"
    assert services.billing.get_invoice(draft.id).paid == 400_000
    over.reject()

    # The rest by transfer: paid in full, the second kuitansi.
    rest = editor.record_payment()
    assert rest.amount.text() == "Rp600.000"
    rest.reference.setText("BRI-0302-7781")
    second = rest.save()
    assert second.receipt_number == "KW/2026/0002" and second.method is PaymentMethod.BANK_TRANSFER
    assert "paid in full" in rest.receipt_label.text()
    rest.accept()
    assert editor.status_label.text() == "Lunas"
    assert not editor.pay_button.isVisible() and not editor.void_button.isVisible()
    assert [p.receipt_number for p in editor.payments_model.rows] == ["KW/2026/0001", "KW/2026/0002"]
    editor.preview()
    assert documents.asked[-1] == ("invoice", (draft.id,))
    editor.reject()
    assert page.editor is None
    assert unbilled.payers_model.rowCount() == 0  # read again once the invoice closed: nothing left to bill

    # Another client's invoice, issued, then voided with a reason: its sessions are unbilled again.
    budi = new_case(context.services, new_client(services, full_name="Budi Santoso", nik="").id)
    budi_session = attended(services, budi.id, kind.id, FEB_20 + timedelta(days=1))
    load(qtbot, page)
    assert unbilled.select_payer(None, budi.client_id)
    other = unbilled.create_invoice()
    prompter.confirms = [True]
    page.editor.issue()
    assert page.editor.invoice.number == "INV/2026/0002"
    void_dialog = page.editor.void_invoice()
    assert void_dialog.void() is None  # no reason yet
    assert void_dialog.reason.styleSheet() == ERROR_STYLE
    void_dialog.reason.setPlainText("Salah pembayar: sesi dibayar oleh sekolah.")
    prompter.confirms = [True]
    assert void_dialog.void().status is InvoiceStatus.VOID
    assert page.editor.status_label.text() == "Batal"
    assert page.editor.title.text() == "Invoice INV/2026/0002"  # the number is kept
    assert "Salah pembayar" in page.editor.info_label.text()
    close_editor(page)
    page.show_tab(UNBILLED)
    assert [t.payer_name for t in unbilled.payers_model.rows] == ["Budi Santoso"]
    unbilled.select_payer(None, budi.client_id)
    assert unbilled.sessions_model.checked_ids() == [budi_session.id]

    # The invoice list: both, the void one greyed; the text filter finds by number and by payer.
    page.show_tab(INVOICES)
    invoices = page.invoices
    assert {(i.number, i.status) for i in invoices.model.rows} == {
        ("INV/2026/0001", InvoiceStatus.PAID), ("INV/2026/0002", InvoiceStatus.VOID)}
    invoices.search.setText("0002")
    invoices.apply_filter()
    assert [i.id for i in invoices.model.rows] == [other.id]
    invoices.search.setText("siti")
    invoices.apply_filter()
    assert [i.id for i in invoices.model.rows] == [draft.id]
    assert invoices.select_invoice(draft.id)
    invoices.print_selected()
    assert documents.asked[-1] == ("invoice", (draft.id,))

    # Income of March 2026: Rp1.000.000 received in two payments; the void invoice is not counted as invoiced.
    page.show_tab(INCOME)
    income = page.income
    assert income.chosen_month() == (2026, 3)
    assert income.heading.text() == "Income this month — Maret 2026"
    assert income.received.value.text() == "Rp1.000.000" and income.received.detail.text() == "2 payments"
    assert income.invoiced.value.text() == "Rp1.000.000" and income.invoiced.detail.text() == "1 invoice issued"
    assert income.outstanding.value.text() == "Rp0"
    assert {(m.method, m.amount) for m in income.method_model.rows} == {
        (PaymentMethod.CASH, 400_000), (PaymentMethod.BANK_TRANSFER, 600_000)}
    assert sum(s.amount for s in income.service_model.rows) == 1_000_000
    income.print_statement()
    assert documents.asked[-1] == ("income", (2026, 3))
    assert [kind for kind, _ in documents.asked] == ["receipt", "invoice", "invoice", "income"]


def test_payers_are_added_edited_and_deactivated(qtbot, page, context):
    load(qtbot, page)
    page.show_tab(PAYERS)
    payers = page.payers
    dialog = payers.new_payer()
    dialog.set_kind(PayerKind.HOSPITAL)
    assert dialog.institution_kind.isVisible()
    qtbot.keyClicks(dialog.name, "RSUD Kota Bandung")
    dialog.contact_person.setText("Unit Pelayanan Sosial")
    dialog.city.setText("Bandung")
    dialog.privacy.setChecked(True)
    with qtbot.waitSignal(context.bus.finance_changed):
        hospital = dialog.save()
    assert hospital.kind is PayerKind.HOSPITAL and hospital.privacy_codes_only
    assert payers.selected_payer().id == hospital.id
    row = payers.model.row_of(hospital.id)
    assert payers.model.index(row, PayerModel.KIND).data() == "Rumah sakit"
    assert payers.model.index(row, PayerModel.PRIVACY).data() == "Codes only"

    edit = payers.edit_payer()
    assert edit.name.text() == "RSUD Kota Bandung" and edit.kind() is PayerKind.HOSPITAL
    edit.name.setText("RSUD Kota Bandung — Instalasi Rehabilitasi Medik")
    edit.set_kind(PayerKind.SOCIAL_AFFAIRS)
    edit.save()
    changed = context.services.billing.get_payer(hospital.id)
    assert changed.name.endswith("Rehabilitasi Medik") and changed.kind is PayerKind.SOCIAL_AFFAIRS
    assert payers.model.index(payers.model.row_of(hospital.id), PayerModel.NAME).data() == changed.name

    family = payers.new_payer()
    assert not family.institution_kind.isVisible()  # a family member is the default
    family.name.setText("Sulastri")
    family.email.setText("bukan-email")
    assert family.save() is None
    assert family.email.styleSheet() == ERROR_STYLE and family.name.text() == "Sulastri"
    family.email.setText("sulastri@example.id")
    assert family.save().kind is PayerKind.FAMILY

    # Clients who pay for themselves are listed too; the lists can be narrowed by kind and by text.
    client_payer = context.services.billing.payer_for_client(new_client(context.services).id)
    payers.reload()
    assert payers.model.rowCount() == 3
    payers.show_kind.setCurrentIndex(payers.show_kind.findData("others"))
    assert {p.id for p in payers.model.rows} == {hospital.id, family.result_view.id}
    payers.show_kind.setCurrentIndex(payers.show_kind.findData("clients"))
    assert [p.id for p in payers.model.rows] == [client_payer.id]
    payers.show_kind.setCurrentIndex(payers.show_kind.findData("all"))
    qtbot.keyClicks(payers.search, "rehabilitasi")
    assert [p.id for p in payers.model.rows] == [hospital.id]
    payers.search.clear()

    payers.select_payer(hospital.id)
    assert payers.active_button.text() == "&Deactivate"
    assert payers.toggle_active().active is False
    assert payers.model.row_of(hospital.id) == -1  # inactive payers are left out...
    assert "inactive" in payers.errors.text
    payers.show_inactive.setChecked(True)  # ...unless asked for
    assert payers.select_payer(hospital.id) and payers.active_button.text() == "&Reactivate"
    assert not payers.invoice_button.isEnabled()
    assert payers.toggle_active().active is True


def test_a_new_invoice_for_a_payer_starts_empty_and_is_discarded_when_closed_empty(qtbot, page, context):
    hospital = context.services.billing.create_payer(PayerInput(PayerKind.SCHOOL, "SD Negeri 3 Cibeunying"))
    load(qtbot, page)
    page.show_tab(PAYERS)
    page.payers.select_payer(hospital.id)
    draft = page.payers.new_invoice()
    editor = page.editor
    assert editor.invoice.id == draft.id and editor.lines_model.rowCount() == 0
    assert not editor.issue_button.isEnabled()
    assert "discarded" in editor.dates_label.text()
    editor.reject()
    assert context.services.billing.list_invoices() == []


def test_show_invoice_finds_it_whatever_the_filters(qtbot, page, context, siti):
    services = context.services
    payer = services.billing.payer_for_client(siti[0].client_id)
    draft = services.billing.create_draft(payer.id)
    load(qtbot, page)
    page.show_tab(INVOICES)
    page.invoices.set_status(InvoiceStatus.PAID)
    page.invoices.search.setText("nobody")
    page.invoices.apply_filter()
    editor = page.show_invoice(draft.id)
    assert editor is not None and editor.invoice.id == draft.id
    assert page.tabs.currentIndex() == 1 and page.invoices.selected_invoice().id == draft.id
    close_editor(page)


def test_enter_in_the_invoice_list_opens_the_invoice_and_payment_from_the_list(qtbot, page, context, siti):
    services = context.services
    payer = services.billing.payer_for_client(siti[0].client_id)
    invoice = services.billing.issue(services.billing.create_draft(payer.id).id)
    load(qtbot, page)
    page.show_tab(INVOICES)
    table = page.invoices.table
    table.setFocus()
    assert page.invoices.select_invoice(invoice.id)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert page.editor is not None and page.editor.invoice.id == invoice.id
    close_editor(page)
    page.invoices.pay_selected()  # the payment form, straight from the list
    forms = [d for d in page.findChildren(PaymentDialog) if d.isVisible()]
    assert len(forms) == 1 and forms[0].invoice.id == invoice.id
    form = forms[0]
    assert form.amount.text() == "Rp500.000"
    form.save()
    form.accept()
    qtbot.waitUntil(lambda: page.invoices.model.row_at(0).status is InvoiceStatus.PAID)  # the list follows


def test_overdue_invoices_count_their_days_and_sort_by_real_values(qtbot, page, context, clock, siti):
    services = context.services
    payer = services.billing.payer_for_client(siti[0].client_id)
    early = services.billing.issue(services.billing.create_draft(payer.id).id, issue_date=date(2026, 1, 5))
    big = services.billing.issue(services.billing.create_draft(payer.id, lines=[
        InvoiceLineInput("Pendampingan program CSR (12 bulan)", 1, 2_400_000_000)]).id)
    load(qtbot, page)
    page.show_tab(INVOICES)
    model, proxy = page.invoices.model, page.invoices.proxy
    early_row = model.row_of(early.id)
    assert model.index(early_row, InvoiceListModel.OVERDUE).data() == str((date(2026, 3, 2) - early.due_date).days)
    assert model.index(model.row_of(big.id), InvoiceListModel.OVERDUE).data() == ""
    assert model.index(model.row_of(big.id), InvoiceListModel.TOTAL).data() == "Rp2.400.000.000"
    assert model.index(early_row, InvoiceListModel.TOTAL).data(SORT_ROLE) == 500_000
    page.invoices.table.sortByColumn(InvoiceListModel.TOTAL, Qt.SortOrder.AscendingOrder)
    assert [proxy.index(r, InvoiceListModel.NUMBER).data() for r in range(2)] == [early.number, big.number]
    page.invoices.table.sortByColumn(InvoiceListModel.OVERDUE, Qt.SortOrder.DescendingOrder)
    assert proxy.index(0, InvoiceListModel.NUMBER).data() == early.number
    assert "overdue" in page.invoices.summary_label.text()
    page.invoices.set_status("outstanding")
    assert {i.id for i in model.rows} == {early.id, big.id}


def test_the_page_follows_changes_made_elsewhere(qtbot, page, context, siti):
    services = context.services
    case, kind, _ = siti
    load(qtbot, page)
    assert page.unbilled.payers_model.rows[0].sessions == 2
    session = attended(services, case.id, kind.id, FEB_20 + timedelta(days=3))
    with qtbot.waitSignal(page.loaded):
        context.bus.sessions_changed.emit(session.id)
        context.bus.finance_changed.emit(0)  # a burst of changes is read once
    assert page.unbilled.payers_model.rows[0].sessions == 3
    # Hidden, the page waits until it is shown again.
    page.hide()
    attended(services, case.id, kind.id, FEB_20 + timedelta(days=4))
    context.bus.sessions_changed.emit(0)
    qtbot.wait(20)
    assert page.unbilled.payers_model.rows[0].sessions == 3
    with qtbot.waitSignal(page.loaded):
        page.show()
    assert page.unbilled.payers_model.rows[0].sessions == 4


def test_finance_models_pass_the_model_tester(qtbot, qtmodeltester, context, siti):
    services = context.services
    payer = services.billing.payer_for_client(siti[0].client_id)
    unbilled_payers = UnbilledPayersModel()
    unbilled_payers.set_rows(services.billing.unbilled_overview())
    qtmodeltester.check(unbilled_payers)
    unbilled_sessions = UnbilledSessionsModel()
    unbilled_sessions.set_rows(services.billing.unbilled_sessions(payer.id))
    qtmodeltester.check(unbilled_sessions)
    unbilled_sessions.set_checked(unbilled_sessions.rows[0].session_id, False)
    assert unbilled_sessions.index(0, 0).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    assert unbilled_sessions.checked_total() == 250_000
    invoice = services.billing.issue(services.billing.create_draft(payer.id).id)
    services.payments.record_payment(invoice.id, PaymentInput(100_000, method=PaymentMethod.QRIS))
    invoices = InvoiceListModel()
    invoices.set_rows(services.billing.list_invoices())
    qtmodeltester.check(invoices)
    payers = PayerModel()
    payers.set_rows(services.billing.list_payers())
    qtmodeltester.check(payers)
    statement = services.finance.income_statement(2026, 3)
    for model, rows in ((ServiceIncomeModel(), statement.by_service_type), (MethodIncomeModel(), statement.by_method),
                        (AgeingBucketModel(), statement.outstanding.buckets),
                        (AgeingLinesModel(), statement.outstanding.lines)):
        model.set_rows(rows)
        assert model.rowCount() > 0
        qtmodeltester.check(model)


def test_every_input_on_the_finance_page_is_named(qtbot, page, context, siti):
    load(qtbot, page)
    for key in (UNBILLED, INVOICES, PAYERS, INCOME):
        page.show_tab(key)
    assert unnamed_inputs(page) == []
