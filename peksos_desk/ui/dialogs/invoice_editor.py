"""One invoice: a draft being put together, or an issued (or void) one to read, pay, print or void.

A draft holds session lines and lines typed by hand, a discount with its reason and a note; its totals follow
what is typed. Issuing gives it the next number after the user confirms, and from then on it never changes:
the editor turns read-only, and offers recording a payment, printing, and voiding (which keeps the number).
"""

from __future__ import annotations

import contextlib
from datetime import date, timedelta

from PySide6.QtCore import QDate, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from peksos_desk.domain.billing import InvoiceStatus
from peksos_desk.domain.dates import to_local
from peksos_desk.domain.errors import NotFound, PeksosError, ValidationError
from peksos_desk.services.billing import InvoiceLineInput, InvoiceLineView, InvoiceView, PayerView
from peksos_desk.services.payments import PaymentView
from peksos_desk.ui.context import AppContext
from peksos_desk.ui.dialogs.payment_dialog import PaymentDialog
from peksos_desk.ui.dialogs.void_dialog import VoidDialog
from peksos_desk.ui.format import date_long, money
from peksos_desk.ui.models.finance import InvoiceLinesModel, PaymentsModel, UnbilledSessionsModel
from peksos_desk.ui.models.table import SORT_ROLE, selected_row
from peksos_desk.ui.widgets.field_errors import FieldErrors
from peksos_desk.ui.widgets.finance_widgets import RupiahEdit, TotalsPanel, finance_table, pydate, qdate

NONE = 0  # "no service type" / "no client" in the line's choices (record ids start at 1)


class InvoiceEditor(QDialog):
    """The invoice window. Open with ``open()``; tests call its action methods directly.

    Signals:
        changed: the invoice (or the new draft made from a void one) changed in the store (its id).
        document_requested: the user asked to see a document: ("invoice", (invoice_id,)) or
            ("receipt", (payment_id,)).

    Attributes:
        invoice: the invoice shown, as last read from the store.
        payer: its payer.
    """

    changed = Signal(int)
    document_requested = Signal(str, object)

    def __init__(self, context: AppContext, invoice_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.invoice: InvoiceView
        self.payer: PayerView
        self._due_days = context.services.billing.settings().due_days
        self._due_touched = False
        self._filling = False
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self._build()
        self._size_to_screen()
        self.load(invoice_id)

    # -- building ----------------------------------------------------------------------------------------

    def _build(self) -> None:
        self.title = QLabel(self)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status_label = QLabel(self)
        self.status_label.setAccessibleName(self.tr("Status"))
        self.payer_label = QLabel(self)
        self.payer_label.setWordWrap(True)
        self.payer_label.setTextFormat(Qt.TextFormat.RichText)
        self.dates_label = QLabel(self)
        self.dates_label.setWordWrap(True)
        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.status_label, 0, Qt.AlignmentFlag.AlignTop)

        self.sections = QTabWidget(self)
        self.sections.addTab(self._build_lines_tab(), self.tr("&Lines"))
        self.sections.addTab(self._build_unbilled_tab(), self.tr("&Unbilled sessions"))
        self.sections.addTab(self._build_payments_tab(), self.tr("&Payments"))
        self.sections.setTabToolTip(1, self.tr("Attended sessions of this payer that are on no invoice yet"))

        self.form_box = self._build_draft_form()
        self.info_label = QLabel(self)
        self.info_label.setWordWrap(True)
        self.info_label.setTextFormat(Qt.TextFormat.RichText)
        self.info_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.info_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.totals = TotalsPanel(self)
        self.totals.setMinimumWidth(330)
        self.totals.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        bottom = QHBoxLayout()
        bottom.addWidget(self.form_box, 3)
        bottom.addWidget(self.info_label, 3)
        bottom.addWidget(self.totals, 2, Qt.AlignmentFlag.AlignTop)

        self.message = QLabel(self)
        self.errors = FieldErrors(self.message)
        for field, widget in (("discount", self.discount), ("discount_reason", self.discount_reason),
                              ("notes", self.notes), ("description", self.line_description),
                              ("quantity", self.line_quantity), ("unit_price", self.line_price),
                              ("service_type_id", self.line_service), ("client_id", self.line_client),
                              ("issue_date", self.issue_date), ("due_date", self.due_date),
                              ("lines", self.lines_table), ("session_ids", self.unbilled_table)):
            self.errors.register(field, widget)

        self.preview_button = QPushButton(self.tr("Pre&view / print…"), self)
        self.preview_button.setToolTip(self.tr("Preview and print the invoice (PDF) ({0})").format(
            QKeySequence(QKeySequence.StandardKey.Print).toString(QKeySequence.SequenceFormat.NativeText)))
        self.preview_button.clicked.connect(self.preview)
        self.delete_button = QPushButton(self.tr("&Delete draft…"), self)
        self.delete_button.clicked.connect(self.delete_draft)
        self.save_button = QPushButton(self.tr("&Save draft"), self)
        self.save_button.setToolTip(QKeySequence(QKeySequence.StandardKey.Save).toString(
            QKeySequence.SequenceFormat.NativeText))
        self.save_button.clicked.connect(self.save)
        self.issue_button = QPushButton(self.tr("&Issue invoice…"), self)
        self.issue_button.setToolTip(self.tr("Give the invoice its number; it can never change afterwards"))
        self.issue_button.clicked.connect(self.issue)
        self.pay_button = QPushButton(self.tr("&Record payment…"), self)
        self.pay_button.clicked.connect(self.record_payment)
        self.void_button = QPushButton(self.tr("V&oid invoice…"), self)
        self.void_button.clicked.connect(self.void_invoice)
        self.reissue_button = QPushButton(self.tr("Copy into a &new draft"), self)
        self.reissue_button.setToolTip(self.tr("A new draft for the same payer with this invoice's lines, to "
                                               "correct and issue again"))
        self.reissue_button.clicked.connect(self.reissue)
        self.close_button = QPushButton(self.tr("&Close"), self)
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        for button in (self.preview_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        for button in (self.save_button, self.issue_button, self.pay_button, self.void_button, self.reissue_button,
                       self.close_button):
            buttons.addWidget(button)
            button.setAutoDefault(False)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self, self.save)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Print), self, self.preview)

        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.payer_label)
        layout.addWidget(self.dates_label)
        layout.addWidget(self.sections, 1)
        layout.addLayout(bottom)
        layout.addWidget(self.message)
        layout.addLayout(buttons)

    def _build_lines_tab(self) -> QWidget:
        tab = QWidget(self)
        self.lines_model = InvoiceLinesModel(self)
        self.lines_table = finance_table(tab, self.tr("Invoice lines"))
        self.lines_table.setModel(self.lines_model)
        header = self.lines_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(InvoiceLinesModel.DESCRIPTION, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(InvoiceLinesModel.CLIENT, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(InvoiceLinesModel.CLIENT, 190)
        self.lines_table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        remove = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.lines_table, self.remove_line)
        remove.setContext(Qt.ShortcutContext.WidgetShortcut)
        self.remove_button = QPushButton(self.tr("Re&move line"), tab)
        self.remove_button.setToolTip(self.tr("Take the selected line off the draft (Delete); a session's line "
                                              "makes the session unbilled again"))
        self.remove_button.clicked.connect(lambda: self.remove_line())  # noqa: PLW0108 - clicked(bool) would pass False

        self.add_line_box = QGroupBox(self.tr("Add a line typed by hand"), tab)
        self.line_description = QLineEdit(self.add_line_box)
        self.line_description.setMaxLength(300)
        self.line_description.setAccessibleName(self.tr("Line description"))
        self.line_description.setPlaceholderText(self.tr("e.g. Penyusunan laporan sosial"))
        self.line_service = QComboBox(self.add_line_box)
        self.line_service.setAccessibleName(self.tr("Line service type"))
        self.line_service.setToolTip(self.tr("The income statement counts the line under this service"))
        self.line_service.currentIndexChanged.connect(self._on_line_service)
        self.line_client = QComboBox(self.add_line_box)
        self.line_client.setAccessibleName(self.tr("Line client"))
        self.line_quantity = QSpinBox(self.add_line_box)
        self.line_quantity.setRange(1, 10_000)
        self.line_quantity.setAccessibleName(self.tr("Line quantity"))
        self.line_price = RupiahEdit("unit_price", self.add_line_box)
        self.line_price.setAccessibleName(self.tr("Line unit price"))
        self.line_price.setPlaceholderText(self.tr("e.g. Rp750.000"))
        self.line_price.setMinimumWidth(130)
        self.line_price.returnPressed.connect(self.add_line)
        self.line_description.returnPressed.connect(self.add_line)
        self.add_line_button = QPushButton(self.tr("&Add line"), self.add_line_box)
        self.add_line_button.clicked.connect(self.add_line)
        grid = QGridLayout(self.add_line_box)
        for column, (text, widget) in enumerate(((self.tr("Descri&ption:"), self.line_description),
                                                 (self.tr("Ser&vice:"), self.line_service))):
            label = QLabel(text, self.add_line_box)
            label.setBuddy(widget)
            grid.addWidget(label, 0, column * 2)
            grid.addWidget(widget, 0, column * 2 + 1)
        second = QHBoxLayout()
        for text, widget in ((self.tr("&Qty:"), self.line_quantity), (self.tr("Unit pr&ice:"), self.line_price),
                             (self.tr("For c&lient:"), self.line_client)):
            label = QLabel(text, self.add_line_box)
            label.setBuddy(widget)
            second.addWidget(label)
            second.addWidget(widget, 1 if widget is self.line_client else 0)
        second.addWidget(self.add_line_button)
        grid.addLayout(second, 1, 0, 1, 4)
        grid.setColumnStretch(1, 3)
        grid.setColumnStretch(3, 2)

        bar = QHBoxLayout()
        bar.addWidget(self.remove_button)
        bar.addStretch(1)
        layout = QVBoxLayout(tab)
        layout.addWidget(self.lines_table, 1)
        layout.addLayout(bar)
        layout.addWidget(self.add_line_box)
        return tab

    def _build_unbilled_tab(self) -> QWidget:
        tab = QWidget(self)
        hint = QLabel(self.tr("Tick the sessions to bill on this invoice, then add them."), tab)
        hint.setWordWrap(True)
        self.unbilled_model = UnbilledSessionsModel(self)
        self.unbilled_proxy = QSortFilterProxyModel(self)
        self.unbilled_proxy.setSourceModel(self.unbilled_model)
        self.unbilled_proxy.setSortRole(SORT_ROLE)
        self.unbilled_table = finance_table(tab, self.tr("Unbilled sessions of this payer"))
        self.unbilled_table.setModel(self.unbilled_proxy)
        self.unbilled_table.setSortingEnabled(True)
        self.unbilled_table.sortByColumn(UnbilledSessionsModel.DATE, Qt.SortOrder.AscendingOrder)
        header = self.unbilled_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(UnbilledSessionsModel.CLIENT, QHeaderView.ResizeMode.Stretch)
        self.unbilled_model.checked_changed.connect(self._show_ticked)
        self.ticked_label = QLabel(tab)
        self.add_sessions_button = QPushButton(self.tr("Add &ticked sessions"), tab)
        self.add_sessions_button.clicked.connect(lambda: self.add_sessions())  # noqa: PLW0108 - clicked(bool) would pass False
        all_button = QPushButton(self.tr("Tick a&ll"), tab)
        all_button.clicked.connect(lambda: self.unbilled_model.set_all_checked(True))
        none_button = QPushButton(self.tr("Tick &none"), tab)
        none_button.clicked.connect(lambda: self.unbilled_model.set_all_checked(False))
        bar = QHBoxLayout()
        bar.addWidget(all_button)
        bar.addWidget(none_button)
        bar.addWidget(self.ticked_label, 1)
        bar.addWidget(self.add_sessions_button)
        layout = QVBoxLayout(tab)
        layout.addWidget(hint)
        layout.addWidget(self.unbilled_table, 1)
        layout.addLayout(bar)
        return tab

    def _build_payments_tab(self) -> QWidget:
        tab = QWidget(self)
        self.payments_model = PaymentsModel(self)
        self.payments_table = finance_table(tab, self.tr("Payments on this invoice"))
        self.payments_table.setModel(self.payments_model)
        header = self.payments_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(PaymentsModel.RECEIVED_FROM, QHeaderView.ResizeMode.Stretch)
        self.payments_table.activated.connect(lambda _index: self.print_receipt())
        self.payments_table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.receipt_button = QPushButton(self.tr("Print &kuitansi…"), tab)
        self.receipt_button.setToolTip(self.tr("Preview and print the kuitansi of the selected payment"))
        self.receipt_button.clicked.connect(lambda: self.print_receipt())  # noqa: PLW0108 - clicked(bool) would pass False
        bar = QHBoxLayout()
        bar.addStretch(1)
        bar.addWidget(self.receipt_button)
        layout = QVBoxLayout(tab)
        layout.addWidget(self.payments_table, 1)
        layout.addLayout(bar)
        return tab

    def _build_draft_form(self) -> QGroupBox:
        box = QGroupBox(self.tr("Discount, dates and note"), self)
        self.discount = RupiahEdit("discount", box, empty_is_zero=True)
        self.discount.setAccessibleName(self.tr("Discount"))
        self.discount.setPlaceholderText(self.tr("Rp0"))
        self.discount.setMaximumWidth(160)
        self.discount.textChanged.connect(self._show_totals)
        self.discount_reason = QLineEdit(box)
        self.discount_reason.setMaxLength(200)
        self.discount_reason.setAccessibleName(self.tr("Reason for the discount"))
        self.discount_reason.setPlaceholderText(self.tr("e.g. Keringanan: keluarga tidak mampu"))
        self.issue_date = QDateEdit(box)
        self.issue_date.setCalendarPopup(True)
        self.issue_date.setDisplayFormat("dd/MM/yyyy")
        self.issue_date.setAccessibleName(self.tr("Issue date"))
        self.issue_date.dateChanged.connect(self._on_issue_date)
        self.due_date = QDateEdit(box)
        self.due_date.setCalendarPopup(True)
        self.due_date.setDisplayFormat("dd/MM/yyyy")
        self.due_date.setAccessibleName(self.tr("Due date"))
        self.due_date.dateChanged.connect(self._on_due_date)
        self.notes = QPlainTextEdit(box)
        self.notes.setAccessibleName(self.tr("Invoice note"))
        self.notes.setPlaceholderText(self.tr("Printed on the invoice, e.g. payment to BRI 0123-01-000456-30-1 "
                                              "a.n. Sri Wahyuni"))
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 14)
        discount_row = QHBoxLayout()
        discount_row.addWidget(self.discount)
        reason_label = QLabel(self.tr("&Reason:"), box)
        reason_label.setBuddy(self.discount_reason)
        discount_row.addWidget(reason_label)
        discount_row.addWidget(self.discount_reason, 1)
        dates_row = QHBoxLayout()
        dates_row.addWidget(self.issue_date)
        due_label = QLabel(self.tr("D&ue:"), box)
        due_label.setBuddy(self.due_date)
        dates_row.addWidget(due_label)
        dates_row.addWidget(self.due_date)
        dates_row.addStretch(1)
        form = QFormLayout(box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for text, widget, row in ((self.tr("Disc&ount:"), self.discount, discount_row),
                                  (self.tr("Issue da&te:"), self.issue_date, dates_row),
                                  (self.tr("&Note:"), self.notes, None)):
            label = QLabel(text, box)
            label.setBuddy(widget)
            form.addRow(label, row if row is not None else widget)
        return box

    def _size_to_screen(self) -> None:
        screen = self.screen() or QGuiApplication.primaryScreen()
        available = screen.availableGeometry() if screen else None
        width, height = 1120, 700
        if available is not None:
            width, height = min(width, available.width() - 40), min(height, available.height() - 40)
        self.resize(width, height)

    # -- loading -----------------------------------------------------------------------------------------

    def load(self, invoice_id: int) -> None:
        """Show ``invoice_id`` as it is in the store (the typed discount and note are replaced)."""
        billing = self.context.services.billing
        invoice = billing.get_invoice(invoice_id)
        self.payer = billing.get_payer(invoice.payer_id)
        self._show(invoice, fill_form=True)

    def _show(self, invoice: InvoiceView, *, fill_form: bool) -> None:
        self.invoice = invoice
        draft = not invoice.is_locked
        services = self.context.services
        if invoice.number:
            self.title.setText(self.tr("Invoice {0}").format(invoice.number))
            self.setWindowTitle(self.tr("Invoice {0} — {1}").format(invoice.number, invoice.payer_name))
        else:
            self.title.setText(self.tr("Draft invoice"))
            self.setWindowTitle(self.tr("Draft invoice — {0}").format(invoice.payer_name))
        self.status_label.setText(str(invoice.status.label))
        self.status_label.setStyleSheet(_status_style(invoice.status))
        self._show_payer(invoice)
        self.dates_label.setText(self._dates_text(invoice))
        self.lines_model.set_rows(invoice.lines)
        self.sections.setTabText(0, self.tr("&Lines ({0})").format(len(invoice.lines)))
        self.sections.setTabVisible(1, draft)
        self.sections.setTabVisible(2, not draft and invoice.status is not InvoiceStatus.VOID)
        if draft:
            self.unbilled_model.set_rows(services.billing.unbilled_sessions(invoice.payer_id))
            self.sections.setTabText(1, self.tr("&Unbilled sessions ({0})").format(self.unbilled_model.rowCount()))
            self._fill_line_choices(invoice)
            if fill_form:
                self._fill_form(invoice)
        else:
            self.payments_model.set_rows(services.payments.payments_for_invoice(invoice.id))
            self.sections.setTabText(2, self.tr("&Payments ({0})").format(self.payments_model.rowCount()))
            if self.payments_model.rowCount():  # the latest payment, whose kuitansi is the one usually wanted
                self.payments_table.selectRow(self.payments_model.rowCount() - 1)
            self.info_label.setText(self._info_text(invoice))
        self.add_line_box.setVisible(draft)
        self.remove_button.setVisible(draft)
        self.form_box.setVisible(draft)
        self.info_label.setVisible(not draft)
        self._show_totals()
        self._update_buttons()

    def _show_payer(self, invoice: InvoiceView) -> None:
        payer = self.payer
        kind = str(payer.kind.label)
        place = ", ".join(part for part in (payer.address.replace("\n", ", "), payer.city) if part)
        name = invoice.payer_name or payer.name
        text = self.tr("To: <b>{0}</b> ({1})").format(_escape(name), _escape(kind))
        if place and not invoice.is_locked:
            text += " · " + _escape(place)
        if payer.privacy_codes_only:
            text += " · " + self.tr("clients named by code only")
        self.payer_label.setText(text)

    def _dates_text(self, invoice: InvoiceView) -> str:
        parts = []
        if invoice.period_start and invoice.period_end:
            parts.append(self.tr("Period: {0} – {1}").format(date_long(invoice.period_start),
                                                            date_long(invoice.period_end)))
        if invoice.issue_date:
            parts.append(self.tr("Issued: {0}").format(date_long(invoice.issue_date)))
        if invoice.due_date and invoice.status is not InvoiceStatus.VOID:
            parts.append(self.tr("Due: {0}").format(date_long(invoice.due_date)))
        if not invoice.is_locked:
            parts.append(self.tr("Not yet numbered: the number is given when the invoice is issued."))
            if not invoice.lines:
                parts.append(self.tr("A draft without lines is discarded when it is closed."))
        return " · ".join(parts)

    def _info_text(self, invoice: InvoiceView) -> str:
        parts = []
        if invoice.status is InvoiceStatus.VOID:
            when = date_long(to_local(invoice.voided_at, self.context.zone).date()) if invoice.voided_at else ""
            parts.append(self.tr("<b>Voided</b> {0}: {1}").format(when, _escape(invoice.void_reason)))
        if invoice.discount:
            parts.append(self.tr("Discount: {0}").format(_escape(invoice.discount_reason) or "—"))
        if invoice.notes:
            parts.append(self.tr("Note: {0}").format(_escape(invoice.notes).replace("\n", "<br>")))
        if invoice.status.is_outstanding and invoice.paid == 0:
            parts.append(self.tr("An issued invoice never changes; to correct it, void it and issue a new one."))
        elif invoice.status.is_outstanding or invoice.status is InvoiceStatus.PAID:
            parts.append(self.tr("Payments were received on this invoice, so it can no longer be voided."))
        return "<br>".join(parts)

    def _fill_form(self, invoice: InvoiceView) -> None:
        self._filling = True
        try:
            self.discount.set_amount(invoice.discount)
            self.discount_reason.setText(invoice.discount_reason)
            self.notes.setPlainText(invoice.notes)
            today = self.context.services.billing.today()
            self.issue_date.setMaximumDate(qdate(today))
            self.issue_date.setDate(qdate(today))
            self.due_date.setMinimumDate(qdate(today))
            self.due_date.setDate(qdate(today + timedelta(days=self._due_days)))
            self._due_touched = False
        finally:
            self._filling = False

    def _fill_line_choices(self, invoice: InvoiceView) -> None:
        chosen_service = self.line_service.currentData()
        self.line_service.blockSignals(True)
        self.line_service.clear()
        self.line_service.addItem(self.tr("Other (no service type)"), NONE)
        for item in self.context.services.fees.list_types():
            self.line_service.addItem(item.name, item.id)
        self.line_service.setCurrentIndex(max(0, self.line_service.findData(chosen_service)))
        self.line_service.blockSignals(False)
        clients: dict[int, str] = {}
        if self.payer.client_id is not None:
            clients[self.payer.client_id] = self.payer.name
        for line in invoice.lines:
            if line.client_id is not None:
                clients.setdefault(line.client_id, line.client_label)
        chosen_client = self.line_client.currentData()
        self.line_client.clear()
        self.line_client.addItem(self.tr("No particular client"), NONE)
        for client_id, label in clients.items():
            self.line_client.addItem(label, client_id)
        default = chosen_client if chosen_client else (next(iter(clients)) if len(clients) == 1 else NONE)
        self.line_client.setCurrentIndex(max(0, self.line_client.findData(default)))

    def _show_totals(self) -> None:
        invoice = self.invoice
        if invoice.is_locked:
            self.totals.set_totals(invoice.subtotal, invoice.discount)
            outstanding = invoice.status.is_outstanding or invoice.status is InvoiceStatus.PAID
            self.totals.set_paid(invoice.paid if outstanding else None, invoice.balance if outstanding else None)
            return
        try:
            discount: int | None = self.discount.amount()
            problem = ""
        except ValidationError as exc:
            discount, problem = None, str(exc)
        self.totals.set_totals(invoice.subtotal, discount, problem)
        self.totals.set_paid(None, None)

    def _show_ticked(self) -> None:
        ids = self.unbilled_model.checked_ids()
        total = money(self.unbilled_model.checked_total())
        self.ticked_label.setText(self.tr("{0} ticked: {1}").format(len(ids), total))
        self.add_sessions_button.setEnabled(bool(ids) and not self.invoice_locked())

    def _update_buttons(self) -> None:
        status = self.invoice.status
        draft = status is InvoiceStatus.DRAFT
        self.delete_button.setVisible(draft)
        self.save_button.setVisible(draft)
        self.issue_button.setVisible(draft)
        self.issue_button.setEnabled(bool(self.invoice.lines))
        self.pay_button.setVisible(status.is_outstanding)
        self.void_button.setVisible(status.is_outstanding)
        self.void_button.setEnabled(self.invoice.paid == 0)
        self.void_button.setToolTip("" if self.invoice.paid == 0 else self.tr(
            "Payments were received on this invoice: it can no longer be voided"))
        self.reissue_button.setVisible(status is InvoiceStatus.VOID)
        self.remove_button.setEnabled(draft and self.selected_line() is not None)
        self.receipt_button.setEnabled(self.selected_payment() is not None or self.payments_model.rowCount() == 1)
        self.issue_button.setDefault(draft)
        self.pay_button.setDefault(status.is_outstanding)

    # -- reading the form --------------------------------------------------------------------------------

    def invoice_locked(self) -> bool:
        return self.invoice.is_locked

    def selected_line(self) -> int | None:
        """The id of the selected line, if any."""
        line = selected_row(self.lines_table, InvoiceLineView)
        return line.id if line is not None else None

    def selected_payment(self) -> PaymentView | None:
        return selected_row(self.payments_table, PaymentView)

    def is_dirty(self) -> bool:
        """Whether the discount, its reason or the note differ from the stored draft."""
        if self.invoice.is_locked:
            return False
        return (self.discount.try_amount() != self.invoice.discount
                or self.discount_reason.text().strip() != self.invoice.discount_reason
                or self.notes.toPlainText().strip() != self.invoice.notes)

    # -- draft actions -----------------------------------------------------------------------------------

    def save(self) -> bool:
        """Store the typed discount, reason and note of a draft; on a refusal mark the field and keep them."""
        if self.invoice.is_locked:
            return True
        self.errors.clear()
        billing = self.context.services.billing
        invoice = self.invoice
        try:
            discount = self.discount.amount()
            reason = self.discount_reason.text()
            if discount != invoice.discount or reason.strip() != invoice.discount_reason:
                invoice = billing.set_discount(invoice.id, discount, reason)
            if self.notes.toPlainText().strip() != invoice.notes:
                invoice = billing.set_notes(invoice.id, self.notes.toPlainText())
        except ValidationError as exc:
            self._changed(invoice, fill_form=False)
            self.errors.show(exc)
            return False
        except PeksosError as exc:
            self._failed(self.tr("The draft cannot be saved"), exc)
            return False
        if invoice is not self.invoice:
            self._changed(invoice, fill_form=False)
        return True

    def add_line(self) -> InvoiceView | None:
        """Add the line typed by hand to the draft."""
        self.errors.clear()
        try:
            line = InvoiceLineInput(
                description=self.line_description.text(), quantity=self.line_quantity.value(),
                unit_price=self.line_price.amount(), client_id=self.line_client.currentData() or None,
                service_type_id=self.line_service.currentData() or None)
            view = self.context.services.billing.add_line(self.invoice.id, line)
        except ValidationError as exc:
            self.errors.show(exc)
            return None
        except PeksosError as exc:
            self._failed(self.tr("The line cannot be added"), exc)
            return None
        self.line_description.clear()
        self.line_price.clear()
        self.line_quantity.setValue(1)
        self.line_service.setCurrentIndex(0)
        self._changed(view, fill_form=False)
        self.lines_table.selectRow(self.lines_model.rowCount() - 1)
        self.line_description.setFocus()
        return view

    def remove_line(self, line_id: int | None = None) -> InvoiceView | None:
        """Take a line (the selected one by default) off the draft."""
        if self.invoice.is_locked:
            return None
        line_id = line_id if line_id is not None else self.selected_line()
        if line_id is None:
            return None
        self.errors.clear()
        try:
            view = self.context.services.billing.remove_line(self.invoice.id, line_id)
        except ValidationError as exc:
            self.errors.show(exc)
            return None
        except PeksosError as exc:
            self._failed(self.tr("The line cannot be removed"), exc)
            return None
        self._changed(view, fill_form=False)
        return view

    def add_sessions(self, session_ids: list[int] | None = None) -> InvoiceView | None:
        """Bill the ticked unbilled sessions (or ``session_ids``) on this draft."""
        ids = session_ids if session_ids is not None else self.unbilled_model.checked_ids()
        if not ids or self.invoice.is_locked:
            return None
        self.errors.clear()
        try:
            view = self.context.services.billing.add_sessions(self.invoice.id, ids)
        except ValidationError as exc:
            self.errors.show(exc)
            return None
        except PeksosError as exc:
            self._failed(self.tr("The sessions cannot be added"), exc)
            return None
        self._changed(view, fill_form=False)
        self.sections.setCurrentIndex(0)
        return view

    def delete_draft(self) -> bool:
        """Throw the draft away after asking; its sessions become unbilled again."""
        if self.invoice.is_locked:
            return False
        if not self.context.prompter.confirm(
                self, self.tr("Delete draft"),
                self.tr("Delete this draft invoice to {0}? Its sessions become unbilled again.")
                .format(self.invoice.payer_name), danger=True):
            return False
        try:
            self.context.services.billing.delete_draft(self.invoice.id)
        except PeksosError as exc:
            self._failed(self.tr("The draft cannot be deleted"), exc)
            return False
        self.context.bus.finance_changed.emit(self.invoice.id)
        self.changed.emit(self.invoice.id)
        super().accept()
        return True

    def issue(self) -> InvoiceView | None:
        """Save, ask, then issue the draft: it gets its number and turns read-only."""
        if self.invoice.is_locked or not self.save():
            return None
        invoice = self.invoice
        issue_date: date = pydate(self.issue_date.date())
        due_date: date = pydate(self.due_date.date())
        if not self.context.prompter.confirm(
                self, self.tr("Issue invoice"),
                self.tr("Issue this invoice to {0} for {1}, dated {2}?\n\nIt gets the next invoice number and can "
                        "never change again: a mistake is corrected by voiding the invoice and issuing a new one.")
                .format(invoice.payer_name, money(invoice.total), date_long(issue_date)), danger=True):
            return None
        try:
            view = self.context.services.billing.issue(invoice.id, issue_date=issue_date, due_date=due_date)
        except ValidationError as exc:
            if exc.field in ("invoice_pattern", "invoice_id"):
                self.errors.show_text(str(exc))
            else:
                self.errors.show(exc)
            return None
        except PeksosError as exc:
            self._failed(self.tr("The invoice cannot be issued"), exc)
            return None
        self._changed(view, fill_form=False)
        self.sections.setCurrentIndex(0)
        self.pay_button.setFocus()
        return view

    # -- issued actions ----------------------------------------------------------------------------------

    def record_payment(self) -> PaymentDialog | None:
        """Open the payment form for this invoice (returned, already open)."""
        if not self.invoice.status.is_outstanding:
            return None
        dialog = PaymentDialog(self.context, self.invoice, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.recorded.connect(self._on_paid)
        dialog.document_requested.connect(self.document_requested)
        dialog.open()
        return dialog

    def void_invoice(self) -> VoidDialog | None:
        """Open the void form for this invoice (returned, already open)."""
        if not self.invoice.status.is_outstanding:
            return None
        dialog = VoidDialog(self.context, self.invoice, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.voided.connect(lambda view: self._changed(view, fill_form=False, announce=False))
        dialog.open()
        return dialog

    def reissue(self) -> InvoiceView | None:
        """Copy a void invoice into a new draft and show that draft."""
        if self.invoice.status is not InvoiceStatus.VOID:
            return None
        try:
            draft = self.context.services.billing.reissue_as_draft(self.invoice.id)
        except PeksosError as exc:
            self._failed(self.tr("No new draft can be made"), exc)
            return None
        self.context.bus.finance_changed.emit(draft.id)
        self.changed.emit(draft.id)
        self.load(draft.id)
        return draft

    def preview(self) -> None:
        """Ask for the invoice's PDF (a draft is saved first, so the PDF shows what is typed)."""
        if self.is_dirty() and not self.save():
            return
        self.document_requested.emit("invoice", (self.invoice.id,))

    def print_receipt(self, payment_id: int | None = None) -> None:
        """Ask for the kuitansi of a payment (the selected one, or the only one)."""
        if payment_id is None:
            selected = self.selected_payment()
            if selected is None and self.payments_model.rowCount() == 1:
                selected = self.payments_model.row_at(0)
            if selected is None:
                return
            payment_id = selected.id
        self.document_requested.emit("receipt", (payment_id,))

    # -- closing -----------------------------------------------------------------------------------------

    def flush(self) -> bool:
        """Save what is typed in a draft; False when the service refused it."""
        return not self.is_dirty() or self.save()

    def reject(self) -> None:
        # Closing keeps what was typed: the draft is saved, or the user agrees to drop what cannot be.
        if not self.flush() and not self.context.prompter.confirm(
                self, self.tr("Unsaved changes"),
                self.tr("The discount or the note cannot be saved (see the message). Close and lose them?"),
                danger=True):
            return
        self._discard_if_empty()
        super().reject()

    def _discard_if_empty(self) -> None:
        # A draft without lines bills nothing: leaving it would only clutter the list.
        if self.invoice.is_locked or self.invoice.lines:
            return
        try:
            self.context.services.billing.delete_draft(self.invoice.id)
        except PeksosError:
            return  # e.g. lines added meanwhile in another window: keep it
        self.context.bus.finance_changed.emit(self.invoice.id)
        self.changed.emit(self.invoice.id)

    # -- internals ---------------------------------------------------------------------------------------

    def _changed(self, view: InvoiceView, *, fill_form: bool, announce: bool = True) -> None:
        with contextlib.suppress(NotFound):
            self.payer = self.context.services.billing.get_payer(view.payer_id)
        self._show(view, fill_form=fill_form)
        if announce:
            self.context.bus.finance_changed.emit(view.id)
        self.changed.emit(view.id)

    def _failed(self, title: str, error: PeksosError) -> None:
        self.context.prompter.error(self, title, str(error))
        try:
            self.load(self.invoice.id)  # e.g. issued meanwhile in another window: show it as it is now
        except NotFound:
            super().reject()

    def _on_paid(self, _payment: PaymentView) -> None:
        self._changed(self.context.services.billing.get_invoice(self.invoice.id), fill_form=False, announce=False)
        self.sections.setCurrentIndex(2)

    def _on_issue_date(self, value: QDate) -> None:
        if self._filling:
            return
        self.due_date.setMinimumDate(value)
        if not self._due_touched:
            self._filling = True
            self.due_date.setDate(value.addDays(self._due_days))
            self._filling = False

    def _on_due_date(self) -> None:
        if not self._filling:
            self._due_touched = True

    def _on_line_service(self) -> None:
        service_type_id = self.line_service.currentData()
        if not service_type_id:
            return
        item = next((t for t in self.context.services.fees.list_types() if t.id == service_type_id), None)
        if item is None:
            return
        if not self.line_description.text().strip():
            self.line_description.setText(item.name)
        if not self.line_price.text().strip():
            self.line_price.set_amount(item.default_fee)


def _status_style(status: InvoiceStatus) -> str:
    colours = {InvoiceStatus.DRAFT: ("#455a64", "#eceff1"), InvoiceStatus.ISSUED: ("#0d47a1", "#e3f2fd"),
               InvoiceStatus.PARTLY_PAID: ("#8a5a00", "#fff3e0"), InvoiceStatus.PAID: ("#1b5e20", "#e8f5e9"),
               InvoiceStatus.VOID: ("#b71c1c", "#ffebee")}
    fg, bg = colours[status]
    return f"color: {fg}; background: {bg}; border-radius: 4px; padding: 3px 10px; font-weight: bold;"


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

