"""A read-only table model over a list of frozen dataclasses, with a sort role holding real values.

Columns are declared once (title, display, sort value, alignment); the rows come from a service call and are
swapped whole with ``set_rows`` — no query ever runs inside ``data()``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView

T = TypeVar("T")
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2  # the row's dataclass itself

Index = QModelIndex | QPersistentModelIndex


R = TypeVar("R")


def selected_row(view: QAbstractItemView, kind: type[R]) -> R | None:
    """The dataclass of the row selected in ``view`` (through ``ROW_ROLE``), or None when nothing of ``kind`` is."""
    selection = view.selectionModel()
    rows = selection.selectedRows() if selection is not None else []
    value = rows[0].data(ROW_ROLE) if rows else None
    return value if isinstance(value, kind) else None


def sortable(value: Any) -> Any:
    """A value QSortFilterProxyModel can order: it cannot compare Python dates, and None sorts first.

    Every number becomes a float: PySide hands an int between 2³¹ and 2³² to Qt as an unsigned int and a
    larger one as a long long, and Qt orders such mixed variants (and ints next to the -inf of None)
    wrongly, so Rp2.400.000.000 sorted below Rp500.000. A double holds every whole rupiah up to
    ``MAX_AMOUNT`` (below 2⁵³) exactly.
    """
    if isinstance(value, str):
        return value.casefold()
    if isinstance(value, datetime):
        return value.timestamp()
    if isinstance(value, date):
        return float(value.toordinal())
    if value is None:
        return float("-inf")
    if isinstance(value, int):
        return float(value)
    return value


@dataclass(frozen=True)
class Column(Generic[T]):
    title: str
    display: Callable[[T], str]
    sort_value: Callable[[T], Any] | None = None
    align_right: bool = False
    tooltip: Callable[[T], str] | None = None


class DataclassTableModel(QAbstractTableModel, Generic[T]):
    """Rows of dataclasses shown through declared columns."""

    def __init__(self, columns: Sequence[Column[T]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._rows: list[T] = []

    def set_rows(self, rows: Sequence[T]) -> None:
        """Replace every row (after a service call)."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> T:
        return self._rows[row]

    @property
    def rows(self) -> list[T]:
        return list(self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        item = self._rows[index.row()]
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.display(item)
        if role == SORT_ROLE:
            value = column.sort_value(item) if column.sort_value else column.display(item)
            return sortable(value)
        if role == ROW_ROLE:
            return item
        if role == Qt.ItemDataRole.TextAlignmentRole:
            horizontal = Qt.AlignmentFlag.AlignRight if column.align_right else Qt.AlignmentFlag.AlignLeft
            return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip:
            return column.tooltip(item)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if role == Qt.ItemDataRole.DisplayRole and horizontal and 0 <= section < len(self._columns):
            return self._columns[section].title
        return None
