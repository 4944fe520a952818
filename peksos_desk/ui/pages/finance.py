"""Keuangan: unbilled work, invoices, payers and the month's income, with the invoice editor on top.

The page reads only the tab in front; the others are marked stale and read when they are shown, so a change
elsewhere (a session attended, a payment) costs one tab's queries, and none while the page is hidden or an
invoice is open in front of it. Every document the user asks for (an
invoice, a kuitansi, the income statement) leaves through :attr:`FinancePage.document_requested`, which the
main window connects to its PDF preview.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QTabWidget, QVBoxLayout, QWidget

from peksos_desk.domain.errors import NotFound
from peksos_desk.ui.context import AppContext
from peksos_desk.ui.dialogs.invoice_editor import InvoiceEditor
from peksos_desk.ui.dialogs.payment_dialog import PaymentDialog
from peksos_desk.ui.widgets.finance_income import IncomeTab
from peksos_desk.ui.widgets.finance_invoices import InvoicesTab
from peksos_desk.ui.widgets.finance_payers import PayersTab
from peksos_desk.ui.widgets.finance_unbilled import UnbilledTab

UNBILLED, INVOICES, PAYERS, INCOME = "unbilled", "invoices", "payers", "income"
TABS = (UNBILLED, INVOICES, PAYERS, INCOME)


class FinancePage(QWidget):
    """The Finance page.

    Signals:
        loaded: ``refresh()`` (or showing a tab) has put the store's data on screen.
        document_requested: the user asked to see a document; the receiver builds and previews the PDF.
            Emitted as (kind, args): ("invoice", (invoice_id,)), ("receipt", (payment_id,)) or
            ("income", (year, month)).

    Attributes:
        tabs: the four tabs, in the order of ``TABS``.
        unbilled, invoices, payers, income: the tabs' widgets.
        editor: the invoice editor open now, if any.
    """

    loaded = Signal()
    document_requested = Signal(str, object)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.editor: InvoiceEditor | None = None
        self._stale: set[str] = set(TABS)
        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(0)
        self._reload_timer.timeout.connect(self._load_current)

        title = QLabel(self.tr("Finance"), self)
        title.setObjectName("pageTitle")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        title.setFont(font)
        self.unbilled = UnbilledTab(context, self)
        self.invoices = InvoicesTab(context, self)
        self.payers = PayersTab(context, self)
        self.income = IncomeTab(context, self)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.unbilled, self.tr("&Unbilled"))
        self.tabs.addTab(self.invoices, self.tr("In&voices"))
        self.tabs.addTab(self.payers, self.tr("Pa&yers"))
        self.tabs.addTab(self.income, self.tr("In&come"))
        self.tabs.setTabToolTip(0, self.tr("Attended sessions that are on no invoice yet"))
        self.tabs.currentChanged.connect(lambda _index: self._load_current())

        self.unbilled.invoice_created.connect(self.open_invoice)
        self.payers.invoice_created.connect(self.open_invoice)
        self.invoices.open_requested.connect(self.open_invoice)
        self.income.open_requested.connect(self.open_invoice)
        self.invoices.payment_requested.connect(self.record_payment)
        for tab in (self.invoices, self.income):
            tab.document_requested.connect(self.document_requested)

        header = QHBoxLayout()
        header.addWidget(title)
        header.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.tabs, 1)

        bus = context.bus
        bus.finance_changed.connect(self._on_store_changed)
        bus.sessions_changed.connect(self._on_store_changed)
        bus.cases_changed.connect(self._on_store_changed)
        bus.clients_changed.connect(self._on_store_changed)
        bus.profile_changed.connect(lambda: self._on_store_changed(0))

    # -- loading -----------------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the tab in front again (the others when they are next shown); then ``loaded``."""
        self._stale = set(TABS)
        self._load_current()

    def _load_current(self) -> None:
        self._reload_timer.stop()
        key = TABS[self.tabs.currentIndex()]
        if key in self._stale:
            self._stale.discard(key)
            {UNBILLED: self.unbilled.reload, INVOICES: self.invoices.reload, PAYERS: self.payers.reload,
             INCOME: self.income.reload}[key]()
        self.loaded.emit()

    def show_tab(self, key: str) -> None:
        """Bring a tab to the front (``UNBILLED``, ``INVOICES``, ``PAYERS`` or ``INCOME``), read if stale."""
        index = TABS.index(key)
        if self.tabs.currentIndex() == index:
            self._load_current()
        else:
            self.tabs.setCurrentIndex(index)

    def _on_store_changed(self, _record_id: int) -> None:
        # Read again only what is on screen, once per burst of changes, and not behind an open invoice:
        # the unbilled overview of a large practice takes a noticeable moment.
        self._stale = set(TABS)
        if self.isVisible() and self.editor is None:
            self._reload_timer.start()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if TABS[self.tabs.currentIndex()] in self._stale and self.editor is None:
            self._reload_timer.start()

    # -- invoices ----------------------------------------------------------------------------------------

    def show_invoice(self, invoice_id: int) -> InvoiceEditor | None:
        """Show the invoice in the list and open it (what the main window's navigation calls)."""
        self.show_tab(INVOICES)
        if not self.invoices.select_invoice(invoice_id):
            self.invoices.show_everything()
            self.invoices.select_invoice(invoice_id)
        return self.open_invoice(invoice_id)

    def open_invoice(self, invoice_id: int) -> InvoiceEditor | None:
        """Open the invoice editor on ``invoice_id`` (returned, already open)."""
        if self.editor is not None:
            self.editor.close()
        try:
            editor = InvoiceEditor(self.context, invoice_id, self)
        except NotFound as exc:
            self.context.prompter.error(self, self.tr("Invoice not found"), str(exc))
            self.refresh()
            return None
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.document_requested.connect(self.document_requested)
        editor.finished.connect(lambda _result: self._editor_closed(editor))
        self.editor = editor
        editor.open()
        return editor

    def _editor_closed(self, editor: InvoiceEditor) -> None:
        if self.editor is editor:
            self.editor = None
            if TABS[self.tabs.currentIndex()] in self._stale:
                self._load_current()
            if TABS[self.tabs.currentIndex()] == INVOICES:
                self.invoices.select_invoice(editor.invoice.id)
                self.invoices.table.setFocus()

    def record_payment(self, invoice_id: int) -> PaymentDialog | None:
        """Open the payment form for an issued invoice (returned, already open)."""
        try:
            invoice = self.context.services.billing.get_invoice(invoice_id)
        except NotFound as exc:
            self.context.prompter.error(self, self.tr("Invoice not found"), str(exc))
            return None
        if not invoice.status.is_outstanding:
            return None
        dialog = PaymentDialog(self.context, invoice, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.document_requested.connect(self.document_requested)
        dialog.open()
        return dialog

    def request_document(self, kind: str, *args: int) -> None:
        """Ask for a document as the page's buttons do: ("invoice", id), ("receipt", id), ("income", y, m)."""
        self.document_requested.emit(kind, tuple(args))

    # -- state -------------------------------------------------------------------------------------------

    def flush(self) -> bool:
        """Save what is typed in an open draft (the main window calls this before quitting)."""
        return self.editor.flush() if self.editor is not None else True

    def save_state(self) -> None:
        """Remember the invoice list's columns and the unbilled tab's split."""
        self.invoices.save_state()
        self.unbilled.save_state()
