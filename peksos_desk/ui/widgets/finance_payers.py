"""Pembayar: who receives invoices — clients who pay for themselves, family members and institutions."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from peksos_desk.domain.billing import PayerKind
from peksos_desk.domain.errors import PeksosError
from peksos_desk.services.billing import InvoiceView, PayerView
from peksos_desk.ui.context import AppContext
from peksos_desk.ui.dialogs.payer_dialog import PayerDialog
from peksos_desk.ui.models.finance import PayerModel
from peksos_desk.ui.models.table import SORT_ROLE, selected_row
from peksos_desk.ui.widgets.field_errors import FieldErrors
from peksos_desk.ui.widgets.finance_widgets import finance_table, hint

ALL, OTHERS, CLIENTS = "all", "others", "clients"


class PayersTab(QWidget):
    """The payers list with add, edit, deactivate and a new invoice for the payer selected.

    Signals:
        invoice_created: an empty draft invoice was made for the payer selected (its id).
    """

    invoice_created = Signal(int)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._all: list[PayerView] = []
        intro = hint(self.tr("Clients who pay for themselves appear here once they are first billed. Add family "
                             "members and institutions that pay, and name them as a case's payer on the case "
                             "page."), self)
        self.model = PayerModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = finance_table(self, self.tr("Payers"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(PayerModel.NAME, Qt.SortOrder.AscendingOrder)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(PayerModel.NAME, QHeaderView.ResizeMode.Stretch)
        self.table.activated.connect(lambda _index: self.edit_payer())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())

        self.show_inactive = QCheckBox(self.tr("Show &inactive payers"), self)
        self.show_inactive.setAccessibleName(self.tr("Show inactive payers"))
        self.show_inactive.toggled.connect(lambda _checked: self.reload())
        self.show_kind = QComboBox(self)
        self.show_kind.setAccessibleName(self.tr("Show payers"))
        self.show_kind.addItem(self.tr("All payers"), ALL)
        self.show_kind.addItem(self.tr("Institutions and family members"), OTHERS)
        self.show_kind.addItem(self.tr("Clients who pay for themselves"), CLIENTS)
        self.show_kind.currentIndexChanged.connect(lambda _index: self.apply_filter())
        kind_label = QLabel(self.tr("S&how:"), self)
        kind_label.setBuddy(self.show_kind)
        self.search = QLineEdit(self)
        self.search.setAccessibleName(self.tr("Search payers"))
        self.search.setPlaceholderText(self.tr("Name, city or contact person"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _text: self.apply_filter())
        search_label = QLabel(self.tr("&Search:"), self)
        search_label.setBuddy(self.search)
        self.new_button = QPushButton(self.tr("&New payer…"), self)
        self.new_button.setToolTip(self.tr("Add a family member or an institution that pays ({0})").format(
            QKeySequence(QKeySequence.StandardKey.New).toString(QKeySequence.SequenceFormat.NativeText)))
        self.new_button.clicked.connect(self.new_payer)
        self.edit_button = QPushButton(self.tr("&Edit…"), self)
        self.edit_button.clicked.connect(lambda: self.edit_payer())  # noqa: PLW0108 - clicked(bool) would pass False
        self.active_button = QPushButton(self.tr("&Deactivate"), self)
        self.active_button.clicked.connect(lambda: self.toggle_active())  # noqa: PLW0108 - clicked(bool) would pass False
        self.invoice_button = QPushButton(self.tr("New in&voice…"), self)
        self.invoice_button.setToolTip(self.tr("An empty draft invoice for this payer, for lines typed by hand or "
                                               "sessions added later"))
        self.invoice_button.clicked.connect(lambda: self.new_invoice())  # noqa: PLW0108 - clicked(bool) would pass False
        new_action = QAction(self.tr("New payer"), self)
        new_action.setShortcut(QKeySequence(QKeySequence.StandardKey.New))
        new_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        new_action.triggered.connect(self.new_payer)
        self.addAction(new_action)
        self.message = QLabel(self)
        self.errors = FieldErrors(self.message)

        filters = QHBoxLayout()
        filters.addWidget(kind_label)
        filters.addWidget(self.show_kind)
        filters.addSpacing(12)
        filters.addWidget(search_label)
        filters.addWidget(self.search, 1)
        filters.addWidget(self.show_inactive)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.new_button, self.edit_button, self.active_button, self.invoice_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self._update_buttons()

    def reload(self, select_id: int | None = None) -> None:
        """Read the payers again, keeping (or moving) the selection."""
        self._all = self.context.services.billing.list_payers(include_inactive=self.show_inactive.isChecked())
        self.apply_filter(select_id)

    def apply_filter(self, select_id: int | None = None) -> None:
        """Show the payers of the kind chosen whose name, city or contact person holds the text typed."""
        if select_id is None and (current := self.selected_payer()) is not None:
            select_id = current.id
        kind = self.show_kind.currentData()
        needle = self.search.text().strip().casefold()
        rows = [payer for payer in self._all
                if (kind == ALL or (kind == CLIENTS) == (payer.kind is PayerKind.CLIENT))
                and (not needle or any(needle in text.casefold()
                                       for text in (payer.name, payer.city, payer.contact_person)))]
        self.model.set_rows(rows)
        if select_id is not None:
            self.select_payer(select_id)
        self._update_buttons()

    def selected_payer(self) -> PayerView | None:
        return selected_row(self.table, PayerView)

    def select_payer(self, payer_id: int) -> bool:
        row = self.model.row_of(payer_id)
        if row < 0:
            return False
        self.table.selectRow(self.proxy.mapFromSource(self.model.index(row, 0)).row())
        return True

    def _update_buttons(self) -> None:
        selected = self.selected_payer()
        for button in (self.edit_button, self.active_button, self.invoice_button):
            button.setEnabled(selected is not None)
        self.invoice_button.setEnabled(selected is not None and selected.active)
        self.active_button.setText(self.tr("&Reactivate") if selected is not None and not selected.active
                                   else self.tr("&Deactivate"))

    # -- actions -----------------------------------------------------------------------------------------

    def new_payer(self) -> PayerDialog:
        """Open the form for a new payer (returned, already open)."""
        return self._open(None)

    def edit_payer(self, payer_id: int | None = None) -> PayerDialog | None:
        """Open the form on a payer (the selected one by default)."""
        payer = self.selected_payer() if payer_id is None else self.context.services.billing.get_payer(payer_id)
        return self._open(payer) if payer is not None else None

    def _open(self, payer: PayerView | None) -> PayerDialog:
        dialog = PayerDialog(self.context, payer, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(lambda view: self.reload(view.id))
        dialog.open()
        return dialog

    def toggle_active(self, payer_id: int | None = None) -> PayerView | None:
        """Deactivate the payer (or bring an inactive one back); its invoices stay."""
        payer = self.selected_payer() if payer_id is None else self.context.services.billing.get_payer(payer_id)
        if payer is None:
            return None
        self.errors.clear()
        try:
            view = self.context.services.billing.set_payer_active(payer.id, not payer.active)
        except PeksosError as exc:
            self.errors.show_text(str(exc))
            return None
        if not view.active and not self.show_inactive.isChecked():
            self.errors.show_text(self.tr("{0} is inactive now: no new invoices or cases for them. Tick “Show "
                                          "inactive payers” to see or reactivate them.").format(view.name))
        self.context.bus.finance_changed.emit(0)
        self.reload(view.id)
        return view

    def new_invoice(self, payer_id: int | None = None) -> InvoiceView | None:
        """Make an empty draft invoice for the payer (the selected one by default)."""
        payer = self.selected_payer() if payer_id is None else self.context.services.billing.get_payer(payer_id)
        if payer is None:
            return None
        self.errors.clear()
        try:
            draft = self.context.services.billing.create_draft(payer.id, session_ids=[])
        except PeksosError as exc:
            self.errors.show_text(str(exc))
            return None
        self.context.bus.finance_changed.emit(draft.id)
        self.invoice_created.emit(draft.id)
        return draft
