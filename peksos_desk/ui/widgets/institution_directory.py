"""The referral directory in Settings: find, add, change, retire and bring back institutions.

An institution is never deleted (a referral letter may name it); one no longer used is made inactive and drops
out of the referral dialog's choices.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, QSortFilterProxyModel, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from peksos_desk.domain.errors import PeksosError
from peksos_desk.domain.institutions import InstitutionKind
from peksos_desk.services.institutions import InstitutionView
from peksos_desk.ui.context import AppContext
from peksos_desk.ui.dialogs.institution_dialog import InstitutionDialog
from peksos_desk.ui.models.table import ROW_ROLE, SORT_ROLE, Column, DataclassTableModel, Index
from peksos_desk.ui.widgets.field_errors import FieldErrors

SEARCH_DELAY_MS = 200


class InstitutionModel(DataclassTableModel[InstitutionView]):
    """The directory as a table; inactive institutions greyed out."""

    NAME, KIND, CITY, CONTACT, PHONE, STATUS = range(6)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([], parent)
        self._columns = [
            Column(self.tr("Name"), lambda i: i.name),
            Column(self.tr("Kind"), lambda i: str(InstitutionKind(i.kind).label)),
            Column(self.tr("City"), lambda i: i.city),
            Column(self.tr("Contact person"), lambda i: i.contact_person),
            Column(self.tr("Phone"), lambda i: i.phone),
            Column(self.tr("Status"), lambda i: self.tr("Active") if i.active else self.tr("Inactive"),
                   lambda i: int(not i.active)),
        ]

    def row_of(self, institution_id: int) -> int:
        """The row showing ``institution_id``, or -1."""
        return next((row for row, item in enumerate(self.rows) if item.id == institution_id), -1)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid() and 0 <= index.row() < self.rowCount():
            if not self.row_at(index.row()).active:
                return QApplication.palette().brush(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
            return None
        return super().data(index, role)


class InstitutionDirectory(QWidget):
    """The directory's tab: a search box, the list, and Add / Edit / Make inactive.

    Signals:
        changed: an institution was added or changed (its id).
    """

    changed = Signal(int)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        intro = QLabel(self.tr("The services you refer clients to: Dinas Sosial, UPTD PPA, Puskesmas, LKS and "
                               "others. A referral letter is addressed to one of them."), self)
        intro.setWordWrap(True)
        intro.setStyleSheet("color: palette(placeholder-text);")

        self.search = QLineEdit(self)
        self.search.setAccessibleName(self.tr("Search institutions"))
        self.search.setPlaceholderText(self.tr("Name, city, contact person or address"))
        self.search.setClearButtonEnabled(True)
        search_label = QLabel(self.tr("&Search:"), self)
        search_label.setBuddy(self.search)
        self.show_inactive = QCheckBox(self.tr("Show &inactive institutions"), self)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.reload)
        self.search.textChanged.connect(lambda _text: self._timer.start())
        self.show_inactive.toggled.connect(lambda _on: self.reload())

        self.model = InstitutionModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView(self)
        self.table.setAccessibleName(self.tr("Referral institutions"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(InstitutionModel.NAME, Qt.SortOrder.AscendingOrder)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(InstitutionModel.NAME, QHeaderView.ResizeMode.Stretch)
        for column, width in ((InstitutionModel.KIND, 190), (InstitutionModel.CITY, 120),
                              (InstitutionModel.CONTACT, 180), (InstitutionModel.PHONE, 120),
                              (InstitutionModel.STATUS, 90)):
            self.table.setColumnWidth(column, width)
        self.table.activated.connect(lambda _index: self.edit_institution())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())

        self.empty = QLabel(self)
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color: palette(placeholder-text);")
        self.add_button = QPushButton(self.tr("&Add institution…"), self)
        self.add_button.clicked.connect(self.add_institution)
        self.edit_button = QPushButton(self.tr("&Edit…"), self)
        self.edit_button.clicked.connect(self.edit_institution)
        self.active_button = QPushButton(self.tr("Make i&nactive"), self)
        self.active_button.clicked.connect(self.toggle_active)
        self.message = QLabel(self)
        self.errors = FieldErrors(self.message)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        find = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        find.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find.activated.connect(self.search.setFocus)

        filters = QHBoxLayout()
        filters.addWidget(search_label)
        filters.addWidget(self.search, 1)
        filters.addWidget(self.show_inactive)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.active_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.message)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self._update_buttons()

    # -- loading -----------------------------------------------------------------------------------------

    def reload(self, select_id: int | None = None) -> None:
        """Read the directory again (filtered by the search box), keeping or moving the selection."""
        self._timer.stop()
        if select_id is None and (current := self.selected_institution()) is not None:
            select_id = current.id
        try:
            rows = self.context.services.institutions.list(self.search.text(),
                                                           include_inactive=self.show_inactive.isChecked())
        except PeksosError as exc:
            self.errors.show_text(str(exc))
            return
        self.model.set_rows(rows)
        if self.model.rowCount():
            self.empty.hide()
        else:
            self.empty.setText(self.tr("No institution matches “{0}”.").format(self.search.text().strip())
                               if self.search.text().strip() else
                               self.tr("The directory is empty. Add the services you refer clients to."))
            self.empty.show()
        if select_id is not None:
            self.select_institution(select_id)
        self._update_buttons()

    def selected_institution(self) -> InstitutionView | None:
        """The institution selected in the table, if any."""
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        value = rows[0].data(ROW_ROLE)
        return value if isinstance(value, InstitutionView) else None

    def select_institution(self, institution_id: int) -> bool:
        """Select the row of ``institution_id`` (when the list shows it)."""
        row = self.model.row_of(institution_id)
        if row < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.table.selectRow(index.row())
        self.table.scrollTo(index)
        return True

    def _update_buttons(self) -> None:
        selected = self.selected_institution()
        self.edit_button.setEnabled(selected is not None)
        self.active_button.setEnabled(selected is not None)
        self.active_button.setText(self.tr("Make i&nactive") if selected is None or selected.active
                                   else self.tr("Make &active"))

    # -- actions -----------------------------------------------------------------------------------------

    def add_institution(self) -> InstitutionDialog:
        """Open the form for a new institution (returned, for tests to fill and save)."""
        return self._open_dialog(None)

    def edit_institution(self) -> InstitutionDialog | None:
        """Open the form of the selected institution."""
        selected = self.selected_institution()
        return self._open_dialog(selected) if selected is not None else None

    def _open_dialog(self, institution: InstitutionView | None) -> InstitutionDialog:
        dialog = InstitutionDialog(self.context, institution, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._on_saved)
        dialog.open()
        return dialog

    def _on_saved(self, institution_id: int) -> None:
        self.errors.clear()
        self.status.clear()
        self.reload(institution_id)
        if not self.select_institution(institution_id):  # the search hides it: show it anyway
            self.search.blockSignals(True)
            self.search.clear()
            self.search.blockSignals(False)
            self.reload(institution_id)
        self.changed.emit(institution_id)

    def toggle_active(self) -> InstitutionView | None:
        """Make the selected institution inactive (it leaves the referral choices), or active again."""
        selected = self.selected_institution()
        if selected is None:
            return None
        try:
            view = self.context.services.institutions.set_active(selected.id, not selected.active)
        except PeksosError as exc:
            self.errors.show_text(str(exc))
            return None
        self.errors.clear()
        self.status.setText(self.tr("“{0}” is active again.").format(view.name) if view.active else
                            self.tr("“{0}” is inactive now: referral letters no longer offer it.").format(view.name))
        if not view.active and not self.show_inactive.isChecked():
            # Shown greyed until the list is read again, so the user sees what happened and can undo it.
            self.show_inactive.setChecked(True)
        self.reload(view.id)
        self.changed.emit(view.id)
        return view
