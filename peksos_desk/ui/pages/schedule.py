"""Jadwal: the week's sessions day by day, the notes still waiting for a signature, and each session's page."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from babel.dates import format_date as babel_format_date
from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from peksos_desk.domain.dates import PractitionerZone, to_local, to_utc
from peksos_desk.domain.errors import PeksosError
from peksos_desk.domain.text import current_language
from peksos_desk.services.sessions import SessionView
from peksos_desk.ui.context import AppContext
from peksos_desk.ui.dialogs.session_dialog import SessionDialog
from peksos_desk.ui.format import date_long
from peksos_desk.ui.models.sessions import DiaryModel, group_by_day
from peksos_desk.ui.pages.session_page import SessionPage
from peksos_desk.ui.widgets.note_editor import AutosaveTiming

DAYS_IN_WEEK = 7


def week_start(day: date) -> date:
    """The Monday (*Senin*) of ``day``'s week."""
    return day - timedelta(days=day.weekday())


def week_title(monday: date) -> str:
    """ "2–8 Maret 2026", "30 Maret – 5 April 2026", "29 Desember 2025 – 4 Januari 2026"."""
    sunday = monday + timedelta(days=DAYS_IN_WEEK - 1)
    if monday.year != sunday.year:
        return f"{date_long(monday)} – {date_long(sunday)}"
    if monday.month != sunday.month:
        return f"{babel_format_date(monday, 'd MMMM', locale=current_language())} – {date_long(sunday)}"
    return f"{monday.day}–{date_long(sunday)}"


class SchedulePage(QWidget):
    """The diary (*Jadwal*) and, in the same place, the page of the session opened from it.

    Signals:
        loaded: the diary has shown the store's data (after ``refresh``).
    """

    loaded = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None, *,
                 timing: AutosaveTiming | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._zone = PractitionerZone.WIB
        self._today = to_local(context.services.sessions.now(), self._zone).date()
        self._monday = week_start(self._today)
        self._stale = False
        self._dialogs: list[QDialog] = []

        # -- the diary
        diary = QWidget(self)
        self.title = QLabel(self.tr("Schedule"), diary)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.title.setFont(font)
        self.week_label = QLabel(diary)
        self.week_label.setAccessibleName(self.tr("Week shown"))
        week_font = self.week_label.font()
        week_font.setPointSizeF(week_font.pointSizeF() * 1.15)
        self.week_label.setFont(week_font)

        self.previous_button = QPushButton(self.tr("◀ Previous week"), diary)
        self.previous_button.setToolTip(self.tr("Previous week (Ctrl+PgUp)"))
        self.previous_button.clicked.connect(self.previous_week)
        self.today_button = QPushButton(self.tr("&This week"), diary)
        self.today_button.setToolTip(self.tr("Back to this week and today (Ctrl+T)"))
        self.today_button.clicked.connect(self.go_to_today)
        self.next_button = QPushButton(self.tr("Next week ▶"), diary)
        self.next_button.setToolTip(self.tr("Next week (Ctrl+PgDown)"))
        self.next_button.clicked.connect(self.next_week)
        self.unsigned_check = QCheckBox(self.tr("Only &unsigned notes"), diary)
        self.unsigned_check.setToolTip(self.tr("Every session, from any week, whose note still waits for a "
                                               "signature"))
        self.unsigned_check.toggled.connect(self._on_filter_toggled)
        self.schedule_button = QPushButton(self.tr("&Schedule a session…"), diary)
        self.schedule_button.setToolTip(self.tr("Schedule a session (Ctrl+N)"))
        self.schedule_button.clicked.connect(self._schedule_clicked)

        head = QHBoxLayout()
        head.addWidget(self.title)
        head.addSpacing(16)
        head.addWidget(self.week_label, 1)
        head.addWidget(self.schedule_button)
        tools = QHBoxLayout()
        tools.addWidget(self.previous_button)
        tools.addWidget(self.today_button)
        tools.addWidget(self.next_button)
        tools.addSpacing(16)
        tools.addWidget(self.unsigned_check)
        tools.addStretch(1)

        self.model = DiaryModel(self._zone, self)
        self.view = QTreeView(diary)
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Sessions of the week"))
        self.view.setRootIsDecorated(False)
        self.view.setItemsExpandable(False)
        self.view.setExpandsOnDoubleClick(False)
        self.view.setUniformRowHeights(True)
        self.view.setAlternatingRowColors(False)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.setIndentation(0)
        self.view.setStyleSheet("QTreeView::item { padding: 3px 2px; }")
        self.view.activated.connect(self._on_activated)
        header = self.view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(DiaryModel.CLIENT, QHeaderView.ResizeMode.Stretch)
        for column, width in ((DiaryModel.TIME, 110), (DiaryModel.DURATION, 80), (DiaryModel.CASE, 120),
                              (DiaryModel.PLACE, 130), (DiaryModel.SERVICE, 170), (DiaryModel.ATTENDANCE, 110),
                              (DiaryModel.NOTE, 130)):
            header.resizeSection(column, width)
        saved = context.settings.state("schedule/header")
        if saved is not None:
            header.restoreState(saved)
        self.empty_label = QLabel(diary)
        self.empty_label.setWordWrap(True)
        self.empty_label.setStyleSheet("color: #5f5f5f;")
        self.empty_label.hide()

        diary_layout = QVBoxLayout(diary)
        diary_layout.addLayout(head)
        diary_layout.addLayout(tools)
        diary_layout.addWidget(self.empty_label)
        diary_layout.addWidget(self.view, 1)
        hint = QLabel(self.tr("Enter or double-click opens a session."), diary)
        hint.setStyleSheet("color: #6b6b6b;")
        diary_layout.addWidget(hint)

        # -- the session page, in the same place
        self.session_page = SessionPage(context, self, timing=timing)
        self.session_page.back_requested.connect(self.show_diary)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(diary)
        self.stack.addWidget(self.session_page)
        self._diary = diary
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

        for key, slot in ((QKeySequence("Ctrl+PgUp"), self.previous_week),
                          (QKeySequence("Ctrl+PgDown"), self.next_week),
                          (QKeySequence("Ctrl+T"), self.go_to_today),
                          (QKeySequence(QKeySequence.StandardKey.New), self.schedule_session)):
            shortcut = QShortcut(key, diary)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

        bus = context.bus
        bus.sessions_changed.connect(self._on_data_changed)
        bus.cases_changed.connect(self._on_data_changed)
        bus.clients_changed.connect(self._on_data_changed)
        bus.profile_changed.connect(self._on_data_changed)

    # -- the diary ---------------------------------------------------------------------------------------

    @property
    def monday(self) -> date:
        """The first day (Monday) of the week shown."""
        return self._monday

    @property
    def unsigned_only(self) -> bool:
        return self.unsigned_check.isChecked()

    def refresh(self) -> None:
        """Read the week (or the unsigned notes) again from the store and show it."""
        self._stale = False
        services = self._context.services
        self._zone = self._context.zone
        self._today = to_local(services.sessions.now(), self._zone).date()
        current = self.model.session_at(self.view.currentIndex())
        # The count is asked of the database; the notes themselves are read only when the filter is on.
        unsigned = services.sessions.unsigned_summaries() if self.unsigned_only else []
        count = len(unsigned) if self.unsigned_only else services.sessions.count_unsigned()
        self.unsigned_check.setText(self.tr("Only &unsigned notes ({0})").format(count))
        if self.unsigned_only:
            days = group_by_day(unsigned, self._zone, today=self._today)
            self.week_label.setText(self.tr("Notes waiting for a signature, oldest first"))
            self.empty_label.setText(self.tr("No note is waiting for a signature."))
            self.empty_label.setVisible(not unsigned)
        else:
            start = to_utc(datetime.combine(self._monday, time()), self._zone)
            sessions = services.sessions.summaries_between(start, start + timedelta(days=DAYS_IN_WEEK))
            week = [self._monday + timedelta(days=i) for i in range(DAYS_IN_WEEK)]
            days = group_by_day(sessions, self._zone, days=week, today=self._today)
            self.week_label.setText(week_title(self._monday))
            self.empty_label.hide()
        for button in (self.previous_button, self.today_button, self.next_button):
            button.setEnabled(not self.unsigned_only)
        self.model.set_days(days, self._zone)
        for row in range(self.model.rowCount()):
            self.view.setFirstColumnSpanned(row, QModelIndex(), True)
        self.view.expandAll()
        self._restore_current(current.id if current else None)
        self.loaded.emit()

    def show_week(self, day: date) -> None:
        """Show the week (Monday to Sunday) that holds ``day``."""
        self._monday = week_start(day)
        self.refresh()

    def previous_week(self) -> None:
        if not self.unsigned_only:
            self.show_week(self._monday - timedelta(days=DAYS_IN_WEEK))

    def next_week(self) -> None:
        if not self.unsigned_only:
            self.show_week(self._monday + timedelta(days=DAYS_IN_WEEK))

    def go_to_today(self) -> None:
        """Show this week with today's row selected."""
        self.unsigned_check.setChecked(False)
        self._today = to_local(self._context.services.sessions.now(), self._context.zone).date()
        self.show_week(self._today)
        index = self.model.index_of_day(self._today)
        if index.isValid():
            self.view.setCurrentIndex(index)
            self.view.scrollTo(index)
        self.view.setFocus()

    def set_unsigned_only(self, on: bool) -> None:
        """Show only the sessions whose note waits for a signature (from any week), or the week again."""
        self.unsigned_check.setChecked(on)

    # -- the session page --------------------------------------------------------------------------------

    def show_session(self, session_id: int) -> bool:
        """Open a session's page here (the Back button returns to the diary). False if it cannot be shown."""
        if not self._may_leave_session():
            return False
        try:
            view = self.session_page.load(session_id)
        except PeksosError as exc:
            self._context.prompter.error(self, self.tr("Session"), str(exc))
            return False
        if not self.unsigned_only:
            local_day = to_local(view.starts_at, self._context.zone).date()
            if week_start(local_day) != self._monday:
                self._monday = week_start(local_day)
                self._stale = True
        self.stack.setCurrentWidget(self.session_page)
        self.session_page.setFocus()
        return True

    def show_diary(self) -> bool:
        """Back from a session to the diary; asks first when its last changes could not be saved."""
        if not self._may_leave_session():
            return False
        shown = self.session_page.view
        self.stack.setCurrentWidget(self._diary)
        self.refresh()
        if shown is not None:
            self._restore_current(shown.id)
        self.view.setFocus()
        return True

    def _may_leave_session(self) -> bool:
        if self.stack.currentWidget() is not self.session_page or self.session_page.flush():
            return True
        return self._context.prompter.confirm(
            self, self.tr("Leave the session?"),
            self.tr("The note's last changes could not be saved. If you leave now, they are lost.\n\n"
                    "Leave anyway?"), danger=True)

    def flush(self) -> bool:
        """Save any unsaved note draft now (the main window calls this before closing)."""
        return self.session_page.flush()

    def save_state(self) -> None:
        """Remember the diary's column widths."""
        self._context.settings.set_state("schedule/header", self.view.header().saveState())

    def schedule_session(self, case_id: int | None = None) -> SessionDialog:
        """Open the dialog that schedules a session (of ``case_id``, or of a case chosen in it)."""
        dialog = SessionDialog(self._context, self, case_id=case_id)
        dialog.saved.connect(self._on_scheduled)
        self._dialogs.append(dialog)
        dialog.finished.connect(lambda _result: self._dialogs.remove(dialog) if dialog in self._dialogs else None)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    # -- internals ---------------------------------------------------------------------------------------

    def _on_scheduled(self, view: SessionView) -> None:
        if self.stack.currentWidget() is not self._diary:
            self.show_diary()
        self.unsigned_check.setChecked(False)
        self.show_week(to_local(view.starts_at, self._context.zone).date())
        self._restore_current(view.id)

    def _schedule_clicked(self) -> None:
        self.schedule_session()

    def _on_activated(self, index: QModelIndex) -> None:
        item = self.model.session_at(index)
        if item is not None:
            self.show_session(item.id)

    def _on_filter_toggled(self, _on: bool) -> None:
        self.refresh()

    def _on_data_changed(self, *_ids: int) -> None:
        if self.stack.currentWidget() is self._diary and self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def _restore_current(self, session_id: int | None) -> None:
        if session_id is None:
            return
        index = self.model.index_of_session(session_id)
        if index.isValid():
            self.view.setCurrentIndex(index)
            self.view.scrollTo(index)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale and self.stack.currentWidget() is self._diary:
            self.refresh()
