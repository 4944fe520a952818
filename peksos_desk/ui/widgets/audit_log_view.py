"""The audit log viewer (Settings → Audit log): who did what to which record, and when — never the content.

Filters by days in the practitioner's zone, record type, action and who; reads a page at a time as the table
scrolls; opens a client, case or session that is still in the store; exports what the filters show as CSV.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QModelIndex, Qt, Signal
from PySide6.QtGui import QGuiApplication, QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from peksos_desk.domain.errors import PeksosError
from peksos_desk.services.audit import AuditFilter, AuditRecord, action_label, record_type_label
from peksos_desk.ui.context import AppContext
from peksos_desk.ui.models.audit import PAGE_SIZE, AuditLogModel, can_open
from peksos_desk.ui.models.table import ROW_ROLE, selected_row

_NO_DATE = QDate(2000, 1, 1)
"""The date edits' minimum, shown as "any": no bound on that side."""
HEADER_STATE = "settings/audit_header"


class AuditLogView(QWidget):
    """The audit log with its filters.

    Signals:
        loaded: the first page matching the filters is shown.

    Attributes:
        model: the lazily fetched log.
        table: the log's view.
    """

    loaded = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None, *, page_size: int = PAGE_SIZE) -> None:
        super().__init__(parent)
        self.context = context
        self.model = AuditLogModel(context.services.audit, page_size=page_size, parent=self)
        self._loaded_once = False
        self._building = True

        intro = QLabel(self.tr("Every change to a record is logged here with who made it and when, never what it "
                               "says. The log cannot be changed or deleted."), self)
        intro.setWordWrap(True)
        intro.setStyleSheet("color: palette(placeholder-text);")

        self.start = self._date_edit(self.tr("From date"))
        self.end = self._date_edit(self.tr("To date"))
        self.record_type = self._combo(self.tr("Record type"))
        self.action = self._combo(self.tr("Action"))
        self.actor = self._combo(self.tr("Who"))
        self.clear_button = QPushButton(self.tr("C&lear filters"), self)
        self.clear_button.setAccessibleName(self.tr("Clear the filters"))
        self.clear_button.clicked.connect(self.clear_filters)

        filters = QGridLayout()
        for column, (text, widget) in enumerate(((self.tr("&From:"), self.start), (self.tr("&To:"), self.end),
                                                 (self.tr("Record t&ype:"), self.record_type),
                                                 (self.tr("Acti&on:"), self.action), (self.tr("W&ho:"), self.actor))):
            label = QLabel(text, self)
            label.setBuddy(widget)
            filters.addWidget(label, 0, column)
            filters.addWidget(widget, 1, column)
        filters.addWidget(self.clear_button, 1, 5)
        filters.setColumnStretch(6, 1)

        self.table = QTableView(self)
        self.table.setAccessibleName(self.tr("Audit log"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setHighlightSections(False)
        self.table.activated.connect(self._open_at)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)

        self.count_label = QLabel(self)
        self.count_label.setAccessibleName(self.tr("Number of entries"))
        self.open_button = QPushButton(self.tr("&Open record"), self)
        self.open_button.setAccessibleName(self.tr("Open the record of the selected entry"))
        self.open_button.clicked.connect(self.open_selected)
        self.export_button = QPushButton(self.tr("E&xport…"), self)
        self.export_button.setAccessibleName(self.tr("Export the entries shown as CSV"))
        self.export_button.setToolTip(self.tr("Save the entries the filters show as a CSV file for a spreadsheet"))
        self.export_button.clicked.connect(self.export)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        self.message.hide()

        buttons = QHBoxLayout()
        buttons.addWidget(self.count_label, 1)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(filters)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

        for edit in (self.start, self.end):
            edit.dateChanged.connect(self.apply_filters)
        for combo in (self.record_type, self.action, self.actor):
            combo.currentIndexChanged.connect(self.apply_filters)
        self.model.modelReset.connect(self._show_count)
        self.model.rowsInserted.connect(self._show_count)
        state = context.settings.state(HEADER_STATE)
        self._fit_columns = state is None or not header.restoreState(state)  # until the user sizes them
        self._building = False
        self._update_buttons()

    @property
    def title(self) -> str:
        """The tab's title."""
        return self.tr("Au&dit log")

    def _date_edit(self, accessible: str) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setAccessibleName(accessible)
        edit.setCalendarPopup(True)
        edit.setMinimumDate(_NO_DATE)
        edit.setSpecialValueText(self.tr("any"))
        edit.setDisplayFormat("dd/MM/yyyy")
        edit.setDate(_NO_DATE)
        return edit

    def _combo(self, accessible: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setAccessibleName(accessible)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        combo.addItem(self.tr("All"), None)
        return combo

    # -- loading -----------------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the filters' choices and the first page again; emits ``loaded``."""
        try:
            choices = self.context.services.audit.choices()
            self.model.zone = self.context.zone
        except PeksosError as exc:
            self.message.setText(str(exc))
            self.message.show()
            return
        self._building = True
        try:
            self._fill(self.record_type, [(value, str(record_type_label(value))) for value in choices.record_types])
            self._fill(self.action, [(value, str(action_label(value))) for value in choices.actions])
            self._fill(self.actor, [(value, value) for value in choices.actors])
        finally:
            self._building = False
        self._loaded_once = True
        self.apply_filters()
        if self._fit_columns and self.model.rowCount():
            self.table.resizeColumnsToContents()
            self._fit_columns = False

    def _fill(self, combo: QComboBox, items: list[tuple[str, str]]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        try:
            while combo.count() > 1:
                combo.removeItem(1)
            for value, text in sorted(items, key=lambda item: item[1].casefold()):
                combo.addItem(text, value)
            combo.setCurrentIndex(max(combo.findData(current), 0) if current is not None else 0)
        finally:
            combo.blockSignals(False)

    def current_filter(self) -> AuditFilter:
        """The filter the controls show."""
        def day(edit: QDateEdit) -> date | None:
            value = edit.date()
            return None if value == _NO_DATE else date(value.year(), value.month(), value.day())

        return AuditFilter(start=day(self.start), end=day(self.end), record_type=self.record_type.currentData(),
                           action=self.action.currentData(), actor=self.actor.currentData())

    def apply_filters(self) -> None:
        """Show the first page of what the filters select; a range that ends before it starts is said."""
        if self._building:
            return
        self.message.clear()
        self.message.hide()
        try:
            self.model.set_filter(self.current_filter())
        except PeksosError as exc:
            self.message.setText(str(exc))
            self.message.show()
            return
        self._update_buttons()
        self.loaded.emit()

    def clear_filters(self) -> None:
        self._building = True
        try:
            for edit in (self.start, self.end):
                edit.setDate(_NO_DATE)
            for combo in (self.record_type, self.action, self.actor):
                combo.setCurrentIndex(0)
        finally:
            self._building = False
        self.apply_filters()

    def _show_count(self) -> None:
        total = self.model.total
        self.count_label.setText(self.tr("%n entries", "", total) if total != 1 else self.tr("1 entry"))

    # -- actions -----------------------------------------------------------------------------------------

    def selected_entry(self) -> AuditRecord | None:
        return selected_row(self.table, AuditRecord)

    def _update_buttons(self) -> None:
        entry = self.selected_entry()
        self.open_button.setEnabled(can_open(entry))
        if entry is not None and entry.record_id is not None and not entry.record_exists:
            self.open_button.setToolTip(self.tr("This record is no longer in the store"))
        else:
            self.open_button.setToolTip(self.tr("Open the client, case or session this entry is about (Enter)"))

    def _open_at(self, index: QModelIndex) -> None:
        entry = index.data(ROW_ROLE)
        if isinstance(entry, AuditRecord):
            self.open_record(entry)

    def open_selected(self) -> bool:
        entry = self.selected_entry()
        return entry is not None and self.open_record(entry)

    def open_record(self, entry: AuditRecord) -> bool:
        """Go to the entry's client, case or session, if it is still in the store."""
        if not can_open(entry):
            return False
        assert entry.record_id is not None
        navigator = self.context.navigator
        {"client": navigator.show_client, "case": navigator.show_case,
         "session": navigator.show_session}[entry.record_type](entry.record_id)
        return True

    def export(self) -> bool:
        """Ask where, then write the entries the filters show as CSV (UTF-8 for Excel)."""
        stamp = self.context.services.audit.today().strftime("%Y-%m-%d")
        target = self.context.prompter.save_file(
            self, self.tr("Export the audit log"), Path.home() / self.tr("audit-log-{0}.csv").format(stamp),
            self.tr("CSV files (*.csv)"))
        if target is None:
            return False
        if target.suffix.lower() != ".csv":
            target = target.with_name(target.name + ".csv")
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            count = self.context.services.audit.export_csv(target, self.current_filter())
        except PeksosError as exc:
            QGuiApplication.restoreOverrideCursor()
            self.context.prompter.error(self, self.tr("Export the audit log"), str(exc))
            return False
        except OSError as exc:
            QGuiApplication.restoreOverrideCursor()
            self.context.prompter.error(self, self.tr("Export the audit log"), self.tr(
                "The file could not be written: {0}. Choose another folder.").format(exc.strerror or str(exc)))
            return False
        QGuiApplication.restoreOverrideCursor()
        written = (self.tr("1 entry was written to {0}.") if count == 1
                   else self.tr("%n entries were written to {0}.", "", count)).format(target)
        self.context.prompter.inform(self, self.tr("Export the audit log"), written)
        self.model.reload()  # the export itself is logged
        return True

    # -- state -------------------------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._loaded_once:
            self.refresh()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self.save_state()

    def save_state(self) -> None:
        """Remember the column widths."""
        if self._loaded_once:
            self.context.settings.set_state(HEADER_STATE, self.table.horizontalHeader().saveState())
