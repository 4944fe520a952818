"""Item models of the Clients screens: the lazily fetched client list, a client's cases and session timeline.

The client list never holds all clients: the store filters and sorts (``ClientService.list_clients``) and the
model asks for one page at a time through ``canFetchMore``/``fetchMore`` as the view scrolls (DESIGN.md: a
proxy filter over 10,000 Python rows costs ~120 ms a keystroke; the same filter in SQL ~1 ms).
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, ClassVar

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QApplication

from peksos_desk.domain.dates import PractitionerZone, to_local
from peksos_desk.domain.ppks import ppks_by_code
from peksos_desk.services.cases import CaseSummary
from peksos_desk.services.clients import ClientPage, ClientService, ClientSort, ClientSummary, TimelineEntry
from peksos_desk.ui.format import date_short, local_datetime
from peksos_desk.ui.models.paged import PagedTableModel
from peksos_desk.ui.models.table import ROW_ROLE, SORT_ROLE, Column, DataclassTableModel

Index = QModelIndex | QPersistentModelIndex

PAGE_SIZE = 30
"""Rows read from the store at a time: a screenful at 1366×768 (about 20 rows) and half as many again. The view
asks for the next page as it scrolls near the end, and at once where a taller window shows more. Each row costs
its open cases, last session and PPKS categories: at 50,000 clients the median keystroke took ~2.4 ms with pages
of 30 against ~2.9 ms with pages of 50, and a first page of 200 took ~4x as long as one of 50."""

_NO_DATE = date.max  # sort value for "no date yet": after every real date (SORT_ROLE is never None)


def ppks_short(codes: tuple[int, ...]) -> str:
    """The list's PPKS cell: the first category's name, and how many more there are."""
    if not codes:
        return ""
    first = str(ppks_by_code(codes[0]).label)
    if len(codes) == 1:
        return first
    return QCoreApplication.translate("ClientListModel", "{0} (+{1})").format(first, len(codes) - 1)


def ppks_full(codes: tuple[int, ...]) -> str:
    """Every category with its code, one a line (the cell's tooltip)."""
    return "\n".join(f"{code} — {ppks_by_code(code).label}" for code in codes)


class ClientListModel(PagedTableModel):
    """The client list, filtered and sorted in the store, read a page at a time.

    Attributes:
        total: how many clients match the current filter (counted in the store).
    """

    NAME, CODE, AGE, PPKS, OPEN_CASES, LAST_SESSION = range(6)
    SORT_KEYS: ClassVar[dict[int, ClientSort]] = {
        NAME: ClientSort.NAME, CODE: ClientSort.CODE, AGE: ClientSort.AGE,
        OPEN_CASES: ClientSort.OPEN_CASES, LAST_SESSION: ClientSort.LAST_SESSION,
    }

    _rows: list[ClientSummary]

    def __init__(self, clients: ClientService, *, page_size: int = PAGE_SIZE, parent: QObject | None = None) -> None:
        super().__init__(page_size, parent)
        self._clients = clients
        self.zone = PractitionerZone.WIB
        self.filter_text = ""
        self.include_archived = False
        self.sort_key = ClientSort.NAME
        self.descending = False
        self._titles = [
            self.tr("Name"), self.tr("Client code"), self.tr("Age"), self.tr("PPKS categories"),
            self.tr("Open cases"), self.tr("Last session"),
        ]

    # -- loading -----------------------------------------------------------------------------------------

    def set_filter(self, text: str, *, include_archived: bool) -> None:
        """Show the clients matching ``text`` (name, nickname, code, NIK or phone), from the first page."""
        self.filter_text, self.include_archived = text.strip(), include_archived
        self.reload()

    def _read(self, offset: int) -> ClientPage:
        return self._clients.list_clients(self.filter_text, include_archived=self.include_archived, offset=offset,
                                          limit=self._page_size, sort=self.sort_key, descending=self.descending)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Order by a column in the store; columns without an order (PPKS) are ignored."""
        key = self.SORT_KEYS.get(column)
        if key is None:
            return
        self.sort_key, self.descending = key, order == Qt.SortOrder.DescendingOrder
        self.reload()

    @classmethod
    def is_sortable(cls, column: int) -> bool:
        return column in cls.SORT_KEYS

    # -- reading -----------------------------------------------------------------------------------------

    def row_at(self, row: int) -> ClientSummary:
        return self._rows[row]

    def row_of(self, client_id: int) -> int | None:
        """The row showing ``client_id``, if it has been read."""
        return next((i for i, row in enumerate(self._rows) if row.id == client_id), None)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._titles)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        client = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(client, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(client, column)
        if role == SORT_ROLE:
            return self._sort_value(client, column)
        if role == ROW_ROLE:
            return client
        if role == Qt.ItemDataRole.TextAlignmentRole:
            right = column in (self.AGE, self.OPEN_CASES)
            return int((Qt.AlignmentFlag.AlignRight if right else Qt.AlignmentFlag.AlignLeft)
                       | Qt.AlignmentFlag.AlignVCenter)
        if client.archived and role == Qt.ItemDataRole.ForegroundRole:
            return QApplication.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        if client.archived and role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setItalic(True)
            return font
        return None

    def _display(self, client: ClientSummary, column: int) -> str:
        if column == self.NAME:
            return self.tr("{0} (archived)").format(client.full_name) if client.archived else client.full_name
        if column == self.CODE:
            return client.code
        if column == self.AGE:
            return str(client.age) if client.age is not None else ""
        if column == self.PPKS:
            return ppks_short(client.ppks_codes)
        if column == self.OPEN_CASES:
            return str(client.open_cases)
        if column == self.LAST_SESSION:
            return self._local_date(client.last_session_at)
        return ""

    def _tooltip(self, client: ClientSummary, column: int) -> str | None:
        if column == self.NAME:
            lines = [client.full_name]
            if client.nickname:
                lines.append(self.tr("Nickname: {0}").format(client.nickname))
            if client.archived:
                lines.append(self.tr("Archived"))
            return "\n".join(lines)
        if column == self.AGE:
            return date_short(client.birth_date) if client.birth_date else self.tr("Birth date unknown")
        if column == self.PPKS and client.ppks_codes:
            return ppks_full(client.ppks_codes)
        return None

    def _sort_value(self, client: ClientSummary, column: int) -> Any:
        if column == self.NAME:
            return client.full_name.casefold()
        if column == self.CODE:
            return client.code
        if column == self.AGE:
            return client.age if client.age is not None else 10_000
        if column == self.PPKS:
            return client.ppks_codes
        if column == self.OPEN_CASES:
            return client.open_cases
        if column == self.LAST_SESSION:
            return client.last_session_at or datetime.max
        return None

    def _local_date(self, moment: datetime | None) -> str:
        return date_short(to_local(moment, self.zone).date()) if moment else ""

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._titles):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._titles[section]
        if role == Qt.ItemDataRole.ToolTipRole and not self.is_sortable(section):
            return self.tr("This column cannot be sorted")
        return None


# -- a client's cases and sessions ------------------------------------------------------------------------


class ClientCasesModel(DataclassTableModel[CaseSummary]):
    """A client's cases: number, stage, field of practice, opened and closed dates."""

    def __init__(self, parent: QObject | None = None) -> None:
        columns: list[Column[CaseSummary]] = [
            Column(QCoreApplication.translate("ClientCasesModel", "Case number"), lambda c: c.number),
            Column(QCoreApplication.translate("ClientCasesModel", "Stage"), lambda c: str(c.stage.label),
                   sort_value=lambda c: c.stage.number, tooltip=lambda c: c.presenting_problem[:300]),
            Column(QCoreApplication.translate("ClientCasesModel", "Field"), lambda c: str(c.field_of_practice.label),
                   tooltip=lambda c: str(c.setting.label)),
            Column(QCoreApplication.translate("ClientCasesModel", "Opened"), lambda c: date_short(c.opened_on),
                   sort_value=lambda c: c.opened_on),
            Column(QCoreApplication.translate("ClientCasesModel", "Closed"), lambda c: date_short(c.closed_on),
                   sort_value=lambda c: c.closed_on or _NO_DATE),
        ]
        super().__init__(columns, parent)


class ClientTimelineModel(DataclassTableModel[TimelineEntry]):
    """A client's sessions from every case: when (local time), case, service, place, attendance, note."""

    def __init__(self, parent: QObject | None = None) -> None:
        columns: list[Column[TimelineEntry]] = [
            Column(QCoreApplication.translate("ClientTimelineModel", "Date and time"),
                   lambda s: local_datetime(s.starts_at, self.zone), sort_value=lambda s: s.starts_at),
            Column(QCoreApplication.translate("ClientTimelineModel", "Case"), lambda s: s.case_number),
            Column(QCoreApplication.translate("ClientTimelineModel", "Service"), lambda s: s.service_type_name),
            Column(QCoreApplication.translate("ClientTimelineModel", "Place"), lambda s: str(s.place.label)),
            Column(QCoreApplication.translate("ClientTimelineModel", "Attendance"),
                   lambda s: str(s.attendance.label)),
            Column(QCoreApplication.translate("ClientTimelineModel", "Note"), note_state,
                   sort_value=lambda s: 2 if s.is_signed else 1 if s.has_draft else 0),
        ]
        super().__init__(columns, parent)
        self.zone = PractitionerZone.WIB


def note_state(entry: TimelineEntry) -> str:
    """ "Signed", "Draft" or nothing, for a session's note."""
    if entry.is_signed:
        return QCoreApplication.translate("ClientTimelineModel", "Signed")
    if entry.has_draft:
        return QCoreApplication.translate("ClientTimelineModel", "Draft")
    return ""
