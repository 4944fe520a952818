"""Home (*Beranda*): the practice, today's date and figures, and the lists of what needs attention.

Four bounded lists from ``services.home``: today's sessions, the coming week's, cases waiting on their next
step, and notes waiting for a signature. Double-click or Enter opens the record through the navigator.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import Any

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from peksos_desk.domain.errors import PeksosError
from peksos_desk.services.home import AgendaItem, Bounded, Overview, UnsignedNote, WaitingCase
from peksos_desk.ui.context import AppContext
from peksos_desk.ui.format import date_long
from peksos_desk.ui.models.home import AgendaModel, UnsignedNoteModel, WaitingCaseModel
from peksos_desk.ui.models.table import DataclassTableModel

LIST_LIMIT = 50
"""Rows each list shows at most; the heading says how many more there are."""
_MIDNIGHT_MARGIN = timedelta(seconds=5)


class ItemTable(QTableView):
    """A read-only list whose rows open on double-click or Enter.

    Signals:
        opened: the row the user opened.
    """

    opened = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setTabKeyNavigation(False)
        self.verticalHeader().hide()
        self.horizontalHeader().setHighlightSections(False)
        self.doubleClicked.connect(lambda index: self.opened.emit(index.row()))

    def _height_for(self, rows: int) -> int:
        return (self.horizontalHeader().sizeHint().height() + rows * self.verticalHeader().defaultSectionSize()
                + 2 * self.frameWidth() + 2)

    def sizeHint(self) -> QSize:
        # Ask for a few rows only: the page must fit a 1366×768 screen; a longer list scrolls in its table.
        return QSize(super().sizeHint().width(), self._height_for(4))

    def minimumSizeHint(self) -> QSize:
        return QSize(super().minimumSizeHint().width(), self._height_for(2))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.opened.emit(self.currentIndex().row())
            return
        super().keyPressEvent(event)


class HomeSection(QFrame):
    """A titled list with its count, an empty-state sentence and a note when the list was cut short."""

    def __init__(self, title: str, empty_text: str, model: DataclassTableModel[Any], *, stretch_column: int,
                 open_row: Callable[[Any], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self._open_row = open_row
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = QLabel(title, self)
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.title.setFont(font)
        self.count = QLabel(self)
        self.table = ItemTable(self)
        self.table.setModel(model)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        self.table.setAccessibleName(title.replace("&", ""))
        self.title.setBuddy(self.table)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        self._stretch_column = stretch_column
        self.table.opened.connect(lambda row: self._open_row(self.model.row_at(row)))
        self.empty = QLabel(empty_text, self)
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.empty.setStyleSheet("color: palette(placeholder-text);")
        self.more = QLabel(self)
        self.more.setWordWrap(True)

        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addWidget(self.count)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty, 1)
        layout.addWidget(self.more)

    def set_data(self, bounded: Bounded[Any]) -> None:
        """Show the list; the count says how many there are in all."""
        self.model.set_rows(bounded.items)
        header = self.table.horizontalHeader()
        for column in range(self.model.columnCount()):
            mode = (QHeaderView.ResizeMode.Stretch if column == self._stretch_column
                    else QHeaderView.ResizeMode.ResizeToContents)
            header.setSectionResizeMode(column, mode)
        self.count.setText(self.tr("({0})").format(bounded.total) if bounded.total else "")
        self.table.setVisible(bool(bounded.items))
        self.empty.setVisible(not bounded.items)
        self.more.setVisible(bounded.hidden > 0)
        self.more.setText(self.tr("Showing the first {0}; {1} more are not listed.")
                          .format(len(bounded.items), bounded.hidden))


class HomePage(QWidget):
    """The home page.

    Signals:
        loaded: ``refresh()`` has shown the store's data.
    """

    loaded = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.overview: Overview | None = None
        self._stale = True

        self.practice_name = QLabel(self)
        self.practice_name.setObjectName("practiceName")
        font = QFont(self.practice_name.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.practice_name.setFont(font)
        self.practice_name.setWordWrap(True)
        self.practice_name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.today = QLabel(self)
        self.today.setObjectName("today")
        today_font = QFont(self.today.font())
        today_font.setPointSizeF(today_font.pointSizeF() * 1.15)
        self.today.setFont(today_font)
        self.set_up = QPushButton(self.tr("Set up the practice profile…"), self)
        self.set_up.clicked.connect(lambda: self.context.navigator.show_page("settings"))
        self.set_up.hide()

        self.figures: dict[str, QLabel] = {}
        figures = QHBoxLayout()
        for key, caption in (("active_clients", self.tr("active clients")), ("open_cases", self.tr("open cases")),
                             ("sessions_today", self.tr("sessions today")),
                             ("sessions_next_7_days", self.tr("sessions in the next 7 days")),
                             ("unsigned_notes", self.tr("notes to sign"))):
            figures.addWidget(self._figure(key, caption), 1)

        self.agenda_model = AgendaModel(with_day=False, parent=self)
        self.coming_model = AgendaModel(with_day=True, parent=self)
        self.waiting_model = WaitingCaseModel(self)
        self.unsigned_model = UnsignedNoteModel(self)
        self.today_section = HomeSection(
            self.tr("Today's &sessions"), self.tr("No sessions today."), self.agenda_model,
            stretch_column=1, open_row=self._open_session, parent=self)
        self.coming_section = HomeSection(
            self.tr("The coming &7 days"), self.tr("No sessions in the coming week."), self.coming_model,
            stretch_column=2, open_row=self._open_session, parent=self)
        self.waiting_section = HomeSection(
            self.tr("Cases &waiting on their next step"),
            self.tr("No case is waiting: assessments, goals and endings are up to date."), self.waiting_model,
            stretch_column=1, open_row=self._open_case, parent=self)
        self.unsigned_section = HomeSection(
            self.tr("&Notes waiting for your signature"), self.tr("Every note of an attended session is signed."),
            self.unsigned_model, stretch_column=1, open_row=self._open_session, parent=self)

        header = QHBoxLayout()
        titles = QVBoxLayout()
        titles.addWidget(self.practice_name)
        titles.addWidget(self.today)
        header.addLayout(titles, 1)
        header.addWidget(self.set_up, 0, Qt.AlignmentFlag.AlignTop)

        grid = QGridLayout()
        grid.setSpacing(12)
        # Today's diary and the notes to sign side by side; the waiting cases and the coming week need the
        # width (a reason, a client's full name and a date on one line), so they span both columns.
        grid.addWidget(self.today_section, 0, 0)
        grid.addWidget(self.unsigned_section, 0, 1)
        grid.addWidget(self.waiting_section, 1, 0, 1, 2)
        grid.addWidget(self.coming_section, 2, 0, 1, 2)
        for index in range(3):
            grid.setRowStretch(index, 1)
        for index in range(2):
            grid.setColumnStretch(index, 1)

        content = QWidget(self)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addLayout(header)
        layout.addLayout(figures)
        layout.addLayout(grid, 1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(0)
        self._refresh_timer.timeout.connect(self.refresh)
        self._midnight = QTimer(self)  # the lists are "today's": read them again when the day changes
        self._midnight.setSingleShot(True)
        self._midnight.timeout.connect(self.refresh)
        bus = context.bus
        bus.clients_changed.connect(self._on_data_changed)
        bus.cases_changed.connect(self._on_data_changed)
        bus.sessions_changed.connect(self._on_data_changed)
        bus.profile_changed.connect(self._on_data_changed)

    def _figure(self, key: str, caption: str) -> QWidget:
        box = QFrame(self)
        box.setFrameShape(QFrame.Shape.StyledPanel)
        box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        value = QLabel("0", box)
        font = QFont(value.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        value.setFont(font)
        text = QLabel(caption, box)
        text.setWordWrap(True)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setSpacing(0)
        layout.addWidget(value)
        layout.addWidget(text)
        value.setAccessibleName(caption)
        self.figures[key] = value
        return box

    def _open_session(self, item: AgendaItem | UnsignedNote) -> None:
        self.context.navigator.show_session(item.session_id)

    def _open_case(self, item: WaitingCase) -> None:
        self.context.navigator.show_case(item.case_id)

    # -- data --------------------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the figures and the lists again and show them; emits ``loaded``."""
        self._refresh_timer.stop()
        home = self.context.services.home
        try:
            dashboard = home.dashboard(limit=LIST_LIMIT)
        except PeksosError as exc:
            self.context.prompter.error(self, self.tr("Home"), str(exc))
            return
        overview = self.overview = dashboard.overview
        zone = self.context.zone
        self._stale = False
        self.practice_name.setText(overview.practice_name or self.tr("Your practice is not set up yet"))
        self.set_up.setVisible(not overview.practice_name)
        self.today.setText(self.tr("Today is {0}").format(date_long(overview.today, weekday=True)))
        for key, label in self.figures.items():
            label.setText(str(getattr(overview, key)))
        self.agenda_model.set_zone(zone)
        self.coming_model.set_zone(zone)
        self.unsigned_model.zone = zone
        self.today_section.set_data(dashboard.today)
        self.coming_section.set_data(dashboard.coming)
        self.waiting_section.set_data(dashboard.waiting)
        self.unsigned_section.set_data(dashboard.unsigned)
        until_midnight = overview.day_start + timedelta(days=1) + _MIDNIGHT_MARGIN - overview.now
        self._midnight.start(int(min(max(until_midnight.total_seconds(), 60), 86_400) * 1000))
        self.loaded.emit()

    def _on_data_changed(self, *_: object) -> None:
        # Several changes in a row (a save emits more than one signal) refresh once; a hidden page waits until
        # it is shown again.
        if self.isVisible():
            self._refresh_timer.start()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale and self.overview is not None:
            self._refresh_timer.start()

    # -- for tests and the main window ----------------------------------------------------------------------

    def open_row(self, section: HomeSection, row: int) -> None:
        """Open the record on ``row`` of ``section`` as double-click or Enter would."""
        section.table.opened.emit(row)

