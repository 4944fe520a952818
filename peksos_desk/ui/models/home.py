"""Item models of the home page: the diary of today and the coming week, waiting cases, unsigned notes.

Each list is small and bounded by the service (``services.home``); the models only show what it returned.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta

from PySide6.QtCore import QObject, Qt

from peksos_desk.domain.dates import PractitionerZone, to_local
from peksos_desk.services.home import AgendaItem, UnsignedNote, WaitingCase, WaitingReason
from peksos_desk.ui.format import date_long, date_short, local_datetime, local_time
from peksos_desk.ui.models.table import Column, DataclassTableModel


class AgendaModel(DataclassTableModel[AgendaItem]):
    """Sessions in time order: (day,) time, client, case, place, attendance.

    The time column's title names the practitioner's zone; call :meth:`set_zone` before ``set_rows``.
    """

    def __init__(self, *, with_day: bool, parent: QObject | None = None) -> None:
        super().__init__([], parent)
        self.zone = PractitionerZone.WIB
        columns: list[Column[AgendaItem]] = []
        if with_day:
            columns.append(Column(self.tr("Day"), lambda s: date_long(self._local(s.starts_at).date(), weekday=True),
                                  lambda s: s.starts_at))
        self._time_column = len(columns)
        columns += [
            Column(self._time_title(), self._time_span, lambda s: s.starts_at, tooltip=self._tooltip),
            Column(self.tr("Client"), lambda s: s.client_name, tooltip=lambda s: s.client_name),
            Column(self.tr("Case"), lambda s: s.case_number, lambda s: s.case_id),
            Column(self.tr("Place"), lambda s: str(s.place.label)),
            Column(self.tr("Attendance"), lambda s: str(s.attendance.label)),
        ]
        self._columns = columns

    def set_zone(self, zone: PractitionerZone) -> None:
        """Show times in ``zone``."""
        self.zone = zone
        self._columns[self._time_column] = replace(self._columns[self._time_column], title=self._time_title())
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, self._time_column, self._time_column)
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1))

    def _time_title(self) -> str:
        return self.tr("Time ({0})").format(self.zone.abbreviation)

    def _local(self, moment: datetime) -> datetime:
        return to_local(moment, self.zone)

    def _time_span(self, item: AgendaItem) -> str:
        start = local_time(item.starts_at, self.zone)
        end = local_time(item.starts_at + timedelta(minutes=item.duration_minutes), self.zone)
        return self.tr("{0}–{1}").format(start, end)

    def _tooltip(self, item: AgendaItem) -> str:
        minutes = self.tr("%n minute(s)", "", item.duration_minutes)
        if item.service_type_name:
            return self.tr("{0}, {1}").format(item.service_type_name, minutes)
        return minutes


class WaitingCaseModel(DataclassTableModel[WaitingCase]):
    """Cases waiting on their next step: why, client, case, stage, since when."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([], parent)
        self._columns = [
            Column(self.tr("Waiting for"), self.reason_text, lambda w: w.reason.value, tooltip=self.reason_tooltip),
            Column(self.tr("Client"), lambda w: w.client_name, tooltip=lambda w: w.client_name),
            Column(self.tr("Case"), lambda w: w.case_number, lambda w: w.case_id),
            Column(self.tr("Stage"), lambda w: str(w.stage.label)),
            Column(self.tr("Since"), lambda w: date_short(w.since), lambda w: w.since),
        ]

    def reason_text(self, item: WaitingCase) -> str:
        """The short reason shown in the list."""
        if item.reason is WaitingReason.ASSESSMENT_OVERDUE:
            return self.tr("Assessment not finished 14 days after intake")
        if item.reason is WaitingReason.GOALS_OVERDUE:
            return self.tr("%n intervention goal(s) past the target date", "", item.count)
        return self.tr("Ended ({0}) but not closed").format(item.stage.label)

    def reason_tooltip(self, item: WaitingCase) -> str:
        """What the practitioner can do about it."""
        if item.reason is WaitingReason.ASSESSMENT_OVERDUE:
            return self.tr("Opened on {0} and no assessment written yet.").format(date_long(item.since))
        if item.reason is WaitingReason.GOALS_OVERDUE:
            return self.tr("The earliest target date was {0}. Update the goals' progress or set a new target.") \
                .format(date_long(item.since))
        return self.tr("The case ended on {0}. Close it to archive the record.").format(date_long(item.since))


class UnsignedNoteModel(DataclassTableModel[UnsignedNote]):
    """Attended sessions whose note is not signed, oldest first."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([], parent)
        self.zone = PractitionerZone.WIB
        """The practitioner's time zone the session times are shown in."""
        self._columns = [
            Column(self.tr("Session"), lambda n: local_datetime(n.starts_at, self.zone), lambda n: n.starts_at,
                   tooltip=lambda n: n.service_type_name),
            Column(self.tr("Client"), lambda n: n.client_name, tooltip=lambda n: n.client_name),
            Column(self.tr("Case"), lambda n: n.case_number, lambda n: n.case_id),
            Column(self.tr("Note"), lambda n: self.tr("Draft saved") if n.has_draft else self.tr("Not written yet"),
                   lambda n: int(n.has_draft)),
        ]

