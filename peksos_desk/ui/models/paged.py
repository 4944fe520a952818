"""A table read from the store a page at a time, as the view scrolls (``canFetchMore``/``fetchMore``).

Subclasses say how to read a page (:meth:`PagedTableModel._read`) and how to show a row; the paging itself —
a reset that listeners may not re-enter, pages that shift when the store changes underneath — lives here once.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Protocol

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex

Index = QModelIndex | QPersistentModelIndex


class Page(Protocol):
    """What a service returns for one page: its rows (each with an ``id``) and how many match in all."""

    @property
    def rows(self) -> Sequence[Any]: ...

    @property
    def total(self) -> int: ...


class PagedTableModel(QAbstractTableModel):
    """The rows read so far, and ``total``: how many match in the store (counted there)."""

    def __init__(self, page_size: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._page_size = page_size
        self._rows: list[Any] = []
        self._fetching = False
        self.total = 0

    def _read(self, offset: int) -> Page:
        """The page starting at ``offset`` under the current filter and order."""
        raise NotImplementedError

    def _fresh(self, rows: Sequence[Any]) -> list[Any]:
        """The rows of a next page not shown yet (a record added meanwhile shifts the pages)."""
        known = {row.id for row in self._rows}
        return [row for row in rows if row.id not in known]

    def _reset(self, page: Page) -> None:
        self._fetching = True  # listeners of modelReset may ask for more: only once the reset is done
        try:
            self.beginResetModel()
            self._rows = list(page.rows)
            self.total = page.total
            self.endResetModel()
        finally:
            self._fetching = False

    def reload(self) -> None:
        """Read the first page again (after a change in the store, a new filter or a new order)."""
        self._reset(self._read(0))

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008 - Qt's signature
        # Not while rows are being inserted or reset: listeners of those signals may ask again from inside them.
        return not parent.isValid() and not self._fetching and len(self._rows) < self.total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008 - Qt's signature
        if not self.canFetchMore(parent):
            return
        page = self._read(len(self._rows))
        fresh = self._fresh(page.rows)
        if not fresh:
            self.total = len(self._rows)  # the store changed under us: stop asking until the next reload
            return
        self._fetching = True
        try:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(fresh) - 1)
            self._rows.extend(fresh)
            self.endInsertRows()
        finally:
            self._fetching = False
        self.total = max(page.total, len(self._rows))

    @property
    def loaded(self) -> int:
        """How many rows have been read so far."""
        return len(self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)
