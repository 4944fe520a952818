"""The diary's item model: the days of a week, each with its sessions underneath.

Rows come from one service call (``SessionService.summaries_between`` or ``unsigned_summaries``) and are swapped
whole with ``set_days``; nothing queries inside ``data()``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from peksos_desk.domain.dates import PractitionerZone, format_datetime, to_local
from peksos_desk.domain.practice import Attendance
from peksos_desk.services.sessions import NoteStatus, SessionSummary
from peksos_desk.ui.format import date_long, local_time
from peksos_desk.ui.models.table import ROW_ROLE, SORT_ROLE

Index = QModelIndex | QPersistentModelIndex

_DAY = 0  # internal id of a day row; a session row's internal id is its day's row + 1
_MUTED = QColor("#6b6b6b")
_ATTENTION = QColor("#a04000")
_SIGNED = QColor("#1b5e20")


@dataclass(frozen=True)
class DiaryDay:
    """One day of the diary with its sessions in time order."""

    day: date
    sessions: tuple[SessionSummary, ...]
    is_today: bool = False


def group_by_day(sessions: Iterable[SessionSummary], zone: PractitionerZone, *, days: Sequence[date] = (),
                 today: date | None = None) -> list[DiaryDay]:
    """The sessions grouped by their local day in ``zone``; every date in ``days`` appears, even without any."""
    grouped: dict[date, list[SessionSummary]] = {day: [] for day in days}
    for item in sessions:
        grouped.setdefault(to_local(item.starts_at, zone).date(), []).append(item)
    return [DiaryDay(day, tuple(grouped[day]), day == today) for day in sorted(grouped)]


class DiaryModel(QAbstractItemModel):
    """Days as top-level rows, their sessions as children, in the practitioner's time zone."""

    TIME, DURATION, CLIENT, CASE, PLACE, SERVICE, ATTENDANCE, NOTE = range(8)

    def __init__(self, zone: PractitionerZone = PractitionerZone.WIB, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._zone = zone
        self._days: list[DiaryDay] = []
        self._titles = [self.tr("Time"), self.tr("Duration"), self.tr("Client"), self.tr("Case"), self.tr("Place"),
                        self.tr("Service"), self.tr("Attendance"), self.tr("Note")]

    # -- feeding -----------------------------------------------------------------------------------------

    def set_days(self, days: Sequence[DiaryDay], zone: PractitionerZone | None = None) -> None:
        """Replace every row (after a service call); ``zone`` changes the time zone times are shown in."""
        self.beginResetModel()
        self._days = list(days)
        if zone is not None:
            self._zone = zone
        self.endResetModel()

    @property
    def days(self) -> list[DiaryDay]:
        return list(self._days)

    def session_at(self, index: Index) -> SessionSummary | None:
        """The session on the row of ``index``, or None for a day row."""
        if not index.isValid() or index.internalId() == _DAY:
            return None
        return self._days[index.internalId() - 1].sessions[index.row()]

    def index_of_session(self, session_id: int) -> QModelIndex:
        """The first column of the row showing ``session_id`` (invalid when it is not shown)."""
        for day_row, day in enumerate(self._days):
            for row, item in enumerate(day.sessions):
                if item.id == session_id:
                    return self.createIndex(row, 0, day_row + 1)
        return QModelIndex()

    def index_of_day(self, day: date) -> QModelIndex:
        for row, item in enumerate(self._days):
            if item.day == day:
                return self.createIndex(row, 0, _DAY)
        return QModelIndex()

    # -- structure ---------------------------------------------------------------------------------------

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, _DAY)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid() or index.internalId() == _DAY:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, _DAY)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        if not parent.isValid():
            return len(self._days)
        if parent.internalId() == _DAY and parent.column() == 0:
            return len(self._days[parent.row()].sessions)
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return len(self._titles)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self._titles):
            return self._titles[section]
        return None

    # -- data --------------------------------------------------------------------------------------------

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == _DAY:
            return self._day_data(self._days[index.row()], index.column(), role)
        item = self._days[index.internalId() - 1].sessions[index.row()]
        return self._session_data(item, index.column(), role)

    def _day_text(self, day: DiaryDay) -> str:
        count = len(day.sessions)
        if count == 0:
            amount = self.tr("no sessions")
        elif count == 1:
            amount = self.tr("1 session")
        else:
            amount = self.tr("{0} sessions").format(count)
        if day.is_today:
            return self.tr("{0} · today · {1}").format(date_long(day.day, weekday=True), amount)
        return self.tr("{0} · {1}").format(date_long(day.day, weekday=True), amount)

    def _day_data(self, day: DiaryDay, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self._day_text(day) if column == 0 else ""
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._day_text(day)
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and not day.sessions:
            return QBrush(_MUTED)
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(QColor("#e3eefb") if day.is_today else QColor("#f1f1ef"))
        if role == SORT_ROLE:
            return day.day.toordinal()
        return None

    def _display(self, item: SessionSummary, column: int) -> str:
        if column == self.TIME:
            return self.tr("{0}–{1}").format(local_time(item.starts_at, self._zone),
                                             local_time(item.ends_at, self._zone))
        if column == self.DURATION:
            return self.tr("{0} min").format(item.duration_minutes)
        if column == self.CLIENT:
            return item.client_name
        if column == self.CASE:
            return item.case_number
        if column == self.PLACE:
            return str(item.place.label)
        if column == self.SERVICE:
            return item.service_type_name or "—"
        if column == self.ATTENDANCE:
            return str(item.attendance.label)
        if column == self.NOTE:
            return str(item.note_status.label)
        return ""

    def _session_data(self, item: SessionSummary, column: int, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._display(item, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.CLIENT:
                return item.client_name
            if column == self.NOTE and item.note_status is NoteStatus.SIGNED and item.signed_at is not None:
                return self.tr("Signed on {0}").format(format_datetime(item.signed_at, self._zone))
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._colour(item, column)
        if role == SORT_ROLE:
            return self._sort_value(item, column)
        if role == ROW_ROLE:
            return item
        return None

    def _colour(self, item: SessionSummary, column: int) -> QBrush | None:
        if item.attendance is Attendance.CANCELLED:
            return QBrush(_MUTED)
        if column == self.ATTENDANCE and item.attendance is Attendance.NO_SHOW:
            return QBrush(_ATTENTION)
        if column == self.NOTE:
            if item.note_status is NoteStatus.SIGNED:
                return QBrush(_SIGNED)
            if item.note_status is NoteStatus.EMPTY and item.attendance is Attendance.ATTENDED:
                return QBrush(_ATTENTION)
        return None

    def _sort_value(self, item: SessionSummary, column: int) -> Any:
        if column in (self.TIME, self.DURATION):
            return item.starts_at.timestamp() if column == self.TIME else item.duration_minutes
        return self._display(item, column).casefold()
