"""Table models of the Cases screens: the case list, a case's stage history, its goals and its sessions.

Rows come from one service call each; the case list fetches further pages from the store as the view scrolls,
and sorts in the store (its sort role still holds real values for anyone who proxies it).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from peksos_desk.domain.dates import PractitionerZone
from peksos_desk.domain.stages import CaseStage
from peksos_desk.services.cases import CaseListEntry, CasePage, CaseSort, GoalView, StageEvent
from peksos_desk.services.sessions import SessionView
from peksos_desk.ui.format import date_short, local_datetime
from peksos_desk.ui.models.table import Column, DataclassTableModel, Index

PAGE_SIZE = 200
OVERDUE_COLOUR = QColor("#b71c1c")
CLOSED_COLOUR = QColor("#616161")

# Sort values are ints, floats or strings: QSortFilterProxyModel cannot order Python date objects (it sees them
# as opaque and keeps the source order), so dates sort by their ordinal and moments by their timestamp.
_STAGE_RANK = {stage: rank for rank, stage in enumerate(CaseStage)}

CaseLoader = Callable[[CaseSort, bool, int, int], CasePage]
"""Loads one page of the case list: (sort, descending, offset, limit) -> page; the caller holds the filters."""


class CaseListModel(DataclassTableModel[CaseListEntry]):
    """The case list: sorted and paged by the store.

    Attributes:
        total: how many cases match the filters in all (more than ``rowCount`` until every page is fetched).
    """

    NUMBER, CLIENT, STAGE, FIELD, SETTING, OPENED, DAYS = range(7)
    SORTS = (CaseSort.NUMBER, CaseSort.CLIENT, CaseSort.STAGE, CaseSort.FIELD, CaseSort.SETTING, CaseSort.OPENED,
             CaseSort.DAYS_IN_STAGE)

    def __init__(self, loader: CaseLoader, parent: QObject | None = None) -> None:
        columns: list[Column[CaseListEntry]] = [
            Column(self.tr("Number"), lambda c: c.number),
            Column(self.tr("Client"), lambda c: f"{c.client_name} ({c.client_code})",
                   sort_value=lambda c: c.client_name.casefold(), tooltip=lambda c: c.client_name),
            Column(self.tr("Stage"), _stage_text, sort_value=lambda c: _STAGE_RANK[c.stage],
                   tooltip=_stage_text),
            Column(self.tr("Field"), lambda c: str(c.field_of_practice.label)),
            Column(self.tr("Setting"), lambda c: str(c.setting.label),
                   tooltip=lambda c: str(c.setting.label)),
            Column(self.tr("Opened"), lambda c: date_short(c.opened_on), sort_value=lambda c: c.opened_on.toordinal()),
            Column(self.tr("Days in stage"), lambda c: "" if c.closed_on else str(c.days_in_stage),
                   sort_value=lambda c: -1 if c.closed_on else c.days_in_stage, align_right=True),
        ]
        super().__init__(columns, parent)
        self._loader = loader
        self.sort_key = CaseSort.OPENED
        self.descending = True
        self.total = 0

    def reload(self) -> None:
        """Load the first page again (after the filters changed, or the data)."""
        page = self._loader(self.sort_key, self.descending, 0, PAGE_SIZE)
        self.total = page.total
        self.set_rows(page.rows)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008 - Qt's signature
        return not parent.isValid() and self.rowCount() < self.total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008 - Qt's signature
        if not self.canFetchMore(parent):
            return
        page = self._loader(self.sort_key, self.descending, self.rowCount(), PAGE_SIZE)
        known = {row.id for row in self._rows}
        fresh = [row for row in page.rows if row.id not in known]
        self.total = page.total
        if fresh:
            first = self.rowCount()
            self.beginInsertRows(QModelIndex(), first, first + len(fresh) - 1)
            self._rows.extend(fresh)
            self.endInsertRows()
        else:
            self.total = self.rowCount()  # the store has no more than this (it changed meanwhile)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.SORTS):
            return
        self.sort_key = self.SORTS[column]
        self.descending = order == Qt.SortOrder.DescendingOrder
        self.reload()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (role == Qt.ItemDataRole.ForegroundRole and index.isValid() and 0 <= index.row() < len(self._rows)
                and self._rows[index.row()].closed_on is not None):
            return QBrush(CLOSED_COLOUR)
        return super().data(index, role)


def _stage_text(case: CaseListEntry) -> str:
    if case.closed_on is not None:
        return QCoreApplication.translate("CaseListModel", "{0} (closed)").format(case.stage.label)
    return str(case.stage.label)


class StageHistoryModel(DataclassTableModel[StageEvent]):
    """A case's moves between stages, in the order they happened."""

    def __init__(self, parent: QObject | None = None) -> None:
        columns: list[Column[StageEvent]] = [
            Column(self.tr("Date"), lambda e: date_short(e.occurred_on),
                   sort_value=lambda e: e.occurred_on.toordinal()),
            Column(self.tr("From → to"), _move_text),
            Column(self.tr("Kind of move"), _move_kind_text),
            Column(self.tr("Note"), lambda e: " ".join(e.note.split()),
                   tooltip=lambda e: e.note),
        ]
        super().__init__(columns, parent)


def _move_text(event: StageEvent) -> str:
    if event.from_stage is None:
        return str(event.to_stage.label)
    return QCoreApplication.translate("StageHistoryModel", "{0} → {1}").format(
        event.from_stage.label, event.to_stage.label)


def _move_kind_text(event: StageEvent) -> str:
    if event.move is None:
        return QCoreApplication.translate("StageHistoryModel", "Case opened")
    return str(event.move.label)


class GoalsModel(DataclassTableModel[GoalView]):
    """The goals of a case's intervention plan; an open goal past its target date is marked overdue."""

    DESCRIPTION, RESPONSIBLE, TARGET, STATUS, PROGRESS = range(5)

    def __init__(self, parent: QObject | None = None) -> None:
        self._today = date.min
        columns: list[Column[GoalView]] = [
            Column(self.tr("Goal"), lambda g: " ".join(g.description.split()),
                   tooltip=self._goal_tooltip),
            Column(self.tr("Responsible"), lambda g: g.responsible),
            Column(self.tr("Target"), self._target_text,
                   sort_value=lambda g: (g.target_date or date.max).toordinal(), tooltip=self._target_tooltip),
            Column(self.tr("Status"), lambda g: str(g.status.label),
                   sort_value=lambda g: list(type(g.status)).index(g.status)),
            Column(self.tr("Progress"), lambda g: f"{g.progress}%", sort_value=lambda g: g.progress,
                   align_right=True),
        ]
        super().__init__(columns, parent)

    def set_goals(self, goals: Sequence[GoalView], today: date) -> None:
        """Show ``goals``, marking those overdue on ``today``."""
        self._today = today
        self.set_rows(goals)

    def overdue_count(self) -> int:
        return sum(1 for goal in self._rows if goal.is_overdue(self._today))

    def _target_text(self, goal: GoalView) -> str:
        if goal.target_date is None:
            return ""
        if goal.is_overdue(self._today):
            return QCoreApplication.translate("GoalsModel", "{0} — overdue").format(date_short(goal.target_date))
        return date_short(goal.target_date)

    def _target_tooltip(self, goal: GoalView) -> str:
        if goal.is_overdue(self._today):
            return QCoreApplication.translate("GoalsModel", "Past its target date and not yet achieved.")
        return ""

    @staticmethod
    def _goal_tooltip(goal: GoalView) -> str:
        if goal.activities:
            return QCoreApplication.translate("GoalsModel", "{0}\n\nActivities:\n{1}").format(
                goal.description, goal.activities)
        return goal.description

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and 0 <= index.row() < len(self._rows) and self._rows[index.row()].is_overdue(self._today):
            if role == Qt.ItemDataRole.ForegroundRole and index.column() == self.TARGET:
                return QBrush(OVERDUE_COLOUR)
            if role == Qt.ItemDataRole.FontRole and index.column() == self.TARGET:
                font = QFont()
                font.setBold(True)
                return font
        return super().data(index, role)


class CaseSessionsModel(DataclassTableModel[SessionView]):
    """A case's sessions, at the practitioner's local time."""

    def __init__(self, zone: PractitionerZone, parent: QObject | None = None) -> None:
        self.zone = zone
        columns: list[Column[SessionView]] = [
            Column(self.tr("Date and time"), lambda s: local_datetime(s.starts_at, self.zone),
                   sort_value=lambda s: s.starts_at.timestamp()),
            Column(self.tr("Service"), lambda s: s.service_type_name),
            Column(self.tr("Place"), lambda s: str(s.place.label)),
            Column(self.tr("Attendance"), lambda s: str(s.attendance.label)),
            Column(self.tr("Note"), _note_state, sort_value=_note_rank),
        ]
        super().__init__(columns, parent)


def _note_state(session: SessionView) -> str:
    if session.is_signed:
        return QCoreApplication.translate("CaseSessionsModel", "Signed")
    if session.note_saved_at is not None:
        return QCoreApplication.translate("CaseSessionsModel", "Draft")
    return QCoreApplication.translate("CaseSessionsModel", "Not written")


def _note_rank(session: SessionView) -> int:
    return 2 if session.is_signed else 1 if session.note_saved_at is not None else 0
