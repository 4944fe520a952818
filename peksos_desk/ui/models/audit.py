"""The audit log as a lazily fetched table: filtered in the store, read a page at a time as the view scrolls
(the log grows by thousands of entries a month; it is never held whole)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from peksos_desk.domain.dates import PractitionerZone
from peksos_desk.services.audit import AuditFilter, AuditPage, AuditRecord, AuditService
from peksos_desk.ui.format import local_datetime
from peksos_desk.ui.models.paged import PagedTableModel
from peksos_desk.ui.models.table import ROW_ROLE, SORT_ROLE

Index = QModelIndex | QPersistentModelIndex

PAGE_SIZE = 200

OPENABLE = ("client", "case", "session")
"""Record types the log can open (the main window has a page for them)."""


class AuditLogModel(PagedTableModel):
    """The entries matching a filter, newest first, read from the store a page at a time.

    Attributes:
        total: how many entries match the filter (counted in the store).
        where: the filter in force.
    """

    WHEN, ACTOR, ACTION, RECORD_TYPE, RECORD, DETAIL = range(6)

    _rows: list[AuditRecord]

    def __init__(self, audit: AuditService, *, page_size: int = PAGE_SIZE, parent: QObject | None = None) -> None:
        super().__init__(page_size, parent)
        self._audit = audit
        self.where = AuditFilter()
        self.zone = PractitionerZone.WIB
        self._titles = [self.tr("Date and time"), self.tr("Who"), self.tr("Action"), self.tr("Record type"),
                        self.tr("Record"), self.tr("Details")]

    # -- loading -----------------------------------------------------------------------------------------

    def set_filter(self, where: AuditFilter) -> None:
        """Show the entries matching ``where`` from the first page. Raises ValidationError (a bad range)."""
        page = self._audit.page(where, offset=0, limit=self._page_size)
        self.where = where
        self._reset(page)

    def _read(self, offset: int) -> AuditPage:
        return self._audit.page(self.where, offset=offset, limit=self._page_size)

    def _fresh(self, rows: Sequence[AuditRecord]) -> list[AuditRecord]:
        # Newest first: new entries shift the pages; keep only those older than what is shown.
        last = self._rows[-1].id if self._rows else None
        return [row for row in rows if last is None or row.id < last]

    def row_at(self, row: int) -> AuditRecord:
        return self._rows[row]

    # -- reading -----------------------------------------------------------------------------------------

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._titles)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        entry = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(entry, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(entry, column)
        if role == SORT_ROLE:
            return float(entry.id)
        if role == ROW_ROLE:
            return entry
        if role == Qt.ItemDataRole.TextAlignmentRole:
            right = column == self.RECORD
            return int((Qt.AlignmentFlag.AlignRight if right else Qt.AlignmentFlag.AlignLeft)
                       | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column == self.RECORD and not entry.record_exists:
            return QApplication.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        return None

    def _display(self, entry: AuditRecord, column: int) -> str:
        if column == self.WHEN:
            return local_datetime(entry.at, self.zone)
        if column == self.ACTOR:
            return entry.actor
        if column == self.ACTION:
            return str(entry.action_label)
        if column == self.RECORD_TYPE:
            return str(entry.record_label)
        if column == self.RECORD:
            return "" if entry.record_id is None else f"#{entry.record_id}"
        if column == self.DETAIL:
            return str(entry.detail_label)
        return ""

    def _tooltip(self, entry: AuditRecord, column: int) -> str | None:
        if column == self.ACTION:
            return entry.action
        if column == self.RECORD_TYPE:
            return entry.record_type
        if column == self.RECORD and entry.record_id is not None:
            if not entry.record_exists:
                return self.tr("This record is no longer in the store")
            if entry.record_type in OPENABLE:
                return self.tr("Double-click or press Enter to open the record")
        if column == self.DETAIL and entry.detail:
            return entry.detail
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self._titles):
            return self._titles[section]
        return None


def can_open(entry: AuditRecord | None) -> bool:
    """Whether the log can take the user to this entry's record: one with a page, still in the store."""
    return entry is not None and entry.record_id is not None and entry.record_exists and entry.record_type in OPENABLE
