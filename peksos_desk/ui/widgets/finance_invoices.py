"""Tagihan: the invoice list, by status and by what is typed (number or payer), sorted by real values.

The status filter asks the store; the text filter runs over the rows already read (at most ``LIMIT``) and
resets the model with the matches, so no proxy filter walks the rows on every keystroke.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QSortFilterProxyModel, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from peksos_desk.domain.billing import InvoiceStatus
from peksos_desk.services.billing import InvoiceSummary
from peksos_desk.ui.context import AppContext
from peksos_desk.ui.format import money
from peksos_desk.ui.models.finance import InvoiceListModel, days_overdue
from peksos_desk.ui.models.table import SORT_ROLE, selected_row
from peksos_desk.ui.widgets.finance_widgets import finance_table, hint

ALL, OUTSTANDING = "all", "outstanding"
LIMIT = 2000
FILTER_DELAY_MS = 150
HEADER_STATE = "finance/invoices_header"


class InvoicesTab(QWidget):
    """The invoice list with its filters and the actions on the invoice selected.

    Signals:
        open_requested: open the invoice (its id).
        payment_requested: record a payment on the invoice (its id).
        document_requested: ("invoice", (invoice_id,)).
    """

    open_requested = Signal(int)
    payment_requested = Signal(int)
    document_requested = Signal(str, object)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._all: list[InvoiceSummary] = []

        self.status = QComboBox(self)
        self.status.setAccessibleName(self.tr("Show invoices"))
        self.status.addItem(self.tr("All invoices"), ALL)
        self.status.addItem(self.tr("Not yet paid in full"), OUTSTANDING)
        for status in InvoiceStatus:
            self.status.addItem(str(status.label), status.value)
        self.status.currentIndexChanged.connect(lambda _index: self.reload())
        status_label = QLabel(self.tr("S&how:"), self)
        status_label.setBuddy(self.status)
        self.search = QLineEdit(self)
        self.search.setAccessibleName(self.tr("Search invoices"))
        self.search.setPlaceholderText(self.tr("Invoice number or payer"))
        self.search.setClearButtonEnabled(True)
        search_label = QLabel(self.tr("&Search:"), self)
        search_label.setBuddy(self.search)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(FILTER_DELAY_MS)
        self._timer.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(self._timer.start)
        find = QAction(self.tr("Search invoices"), self)
        find.setShortcut(QKeySequence(QKeySequence.StandardKey.Find))
        find.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find.triggered.connect(self.focus_search)
        self.addAction(find)

        self.model = InvoiceListModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = finance_table(self, self.tr("Invoice list"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(InvoiceListModel.PAYER, QHeaderView.ResizeMode.Stretch)
        metrics = self.table.fontMetrics()
        amount = metrics.horizontalAdvance("Rp99.999.999.999") + 16  # tens of billions fit
        day = metrics.horizontalAdvance("00/00/0000") + 24
        for column, width in ((InvoiceListModel.NUMBER, metrics.horizontalAdvance("INV/2026/0000") + 24),
                              (InvoiceListModel.ISSUED, day), (InvoiceListModel.DUE, day),
                              (InvoiceListModel.TOTAL, amount), (InvoiceListModel.PAID, amount),
                              (InvoiceListModel.BALANCE, amount), (InvoiceListModel.STATUS, 130),
                              (InvoiceListModel.OVERDUE, 110)):
            header.resizeSection(column, width)
        header.setSortIndicator(InvoiceListModel.ISSUED, Qt.SortOrder.DescendingOrder)
        state = context.settings.state(HEADER_STATE)
        if state is not None:
            header.restoreState(state)
        self.proxy.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        self.table.activated.connect(lambda _index: self.open_selected())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())

        self.count_label = QLabel(self)
        self.summary_label = QLabel(self)
        self.summary_label.setWordWrap(True)
        self.empty_label = hint("", self)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.open_button = QPushButton(self.tr("&Open"), self)
        self.open_button.setToolTip(self.tr("Open the selected invoice (Enter or double-click)"))
        self.open_button.clicked.connect(self.open_selected)
        self.pay_button = QPushButton(self.tr("&Record payment…"), self)
        self.pay_button.clicked.connect(self.pay_selected)
        self.print_button = QPushButton(self.tr("Pre&view / print…"), self)
        self.print_button.clicked.connect(self.print_selected)

        tools = QHBoxLayout()
        tools.addWidget(status_label)
        tools.addWidget(self.status)
        tools.addSpacing(12)
        tools.addWidget(search_label)
        tools.addWidget(self.search, 1)
        tools.addWidget(self.count_label)
        buttons = QHBoxLayout()
        buttons.addWidget(self.summary_label, 1)
        for button in (self.open_button, self.pay_button, self.print_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(tools)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)
        layout.addLayout(buttons)
        self._update_buttons()

    # -- loading -----------------------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the invoices of the status chosen again, then filter them by the text typed."""
        choice = self.status.currentData()
        billing = self.context.services.billing
        if choice == ALL:
            rows = billing.list_invoices(limit=LIMIT)
        elif choice == OUTSTANDING:
            rows = billing.list_invoices(outstanding_only=True, limit=LIMIT)
        else:
            rows = billing.list_invoices(status=InvoiceStatus(choice), limit=LIMIT)
        self.model.today = billing.today()
        self._all = rows
        self.apply_filter()

    def apply_filter(self) -> None:
        """Show the invoices whose number or payer holds the text typed (the search field calls this)."""
        self._timer.stop()
        selected = self.selected_invoice()
        needle = self.search.text().strip().casefold()
        rows = [item for item in self._all
                if not needle or needle in (item.number or "").casefold() or needle in item.payer_name.casefold()]
        self.model.set_rows(rows)
        if selected is not None:
            self.select_invoice(selected.id)
        self._show_counts(rows)
        self._update_buttons()

    def _show_counts(self, rows: list[InvoiceSummary]) -> None:
        self.count_label.setText(self.tr("1 invoice") if len(rows) == 1 else self.tr("{0} invoices").format(len(rows)))
        outstanding = [item for item in rows if item.status.is_outstanding]
        overdue = [item for item in outstanding if days_overdue(item, self.model.today) is not None]
        owed = money(sum(item.balance for item in outstanding))
        text = (self.tr("Outstanding in this list: {0} on 1 invoice").format(owed) if len(outstanding) == 1
                else self.tr("Outstanding in this list: {0} on {1} invoices").format(owed, len(outstanding)))
        if overdue:
            text += " · " + self.tr("overdue: {0}").format(money(sum(item.balance for item in overdue)))
        self.summary_label.setText(text if outstanding else "")
        if len(self._all) >= LIMIT:
            self.summary_label.setText(self.tr("Showing the latest {0} invoices; choose a status to see "
                                               "others.").format(LIMIT))
        if rows:
            self.empty_label.hide()
            return
        if self.search.text().strip():
            self.empty_label.setText(self.tr("No invoice number or payer holds “{0}”.").format(self.search.text()))
        elif self.status.currentData() == ALL:
            self.empty_label.setText(self.tr("No invoices yet. Create one from the Unbilled tab, or for a payer "
                                             "from the Payers tab."))
        else:
            self.empty_label.setText(self.tr("No invoices with this status."))
        self.empty_label.show()

    # -- selection ---------------------------------------------------------------------------------------

    def selected_invoice(self) -> InvoiceSummary | None:
        return selected_row(self.table, InvoiceSummary)

    def select_invoice(self, invoice_id: int) -> bool:
        """Select the invoice's row; True when it is in the list shown."""
        row = self.model.row_of(invoice_id)
        if row < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(index)
        return True

    def show_everything(self) -> None:
        """Clear the filters (to find an invoice the filters hide)."""
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        if self.status.currentData() != ALL:
            self.status.setCurrentIndex(self.status.findData(ALL))  # reloads
        else:
            self.apply_filter()

    def set_status(self, status: InvoiceStatus | str) -> None:
        """Show only one status (an ``InvoiceStatus``), or ``ALL`` or ``OUTSTANDING``."""
        value = status.value if isinstance(status, InvoiceStatus) else status
        self.status.setCurrentIndex(self.status.findData(value))

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _update_buttons(self) -> None:
        selected = self.selected_invoice()
        self.open_button.setEnabled(selected is not None)
        self.print_button.setEnabled(selected is not None)
        self.pay_button.setEnabled(selected is not None and selected.status.is_outstanding)

    # -- actions -----------------------------------------------------------------------------------------

    def open_selected(self) -> None:
        selected = self.selected_invoice()
        if selected is not None:
            self.open_requested.emit(selected.id)

    def pay_selected(self) -> None:
        selected = self.selected_invoice()
        if selected is not None and selected.status.is_outstanding:
            self.payment_requested.emit(selected.id)

    def print_selected(self) -> None:
        selected = self.selected_invoice()
        if selected is not None:
            self.document_requested.emit("invoice", (selected.id,))

    def save_state(self) -> None:
        self.context.settings.set_state(HEADER_STATE, self.table.horizontalHeader().saveState())
