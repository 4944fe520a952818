"""One case: its header, the stage stepper and the moves it allows, its history, assessment, plan and sessions."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QModelIndex, QRect, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from peksos_desk.domain.errors import PeksosError
from peksos_desk.domain.stages import CaseStage, MoveKind, allowed_moves
from peksos_desk.services.billing import CasePayerView
from peksos_desk.services.cases import CaseView, GoalView
from peksos_desk.ui.context import AppContext
from peksos_desk.ui.dialogs.case_payer_dialog import CasePayerDialog
from peksos_desk.ui.dialogs.goal_dialog import GoalDialog
from peksos_desk.ui.dialogs.stage_move import StageMoveDialog
from peksos_desk.ui.format import date_long
from peksos_desk.ui.models.cases import CaseSessionsModel, GoalsModel, StageHistoryModel
from peksos_desk.ui.models.table import ROW_ROLE, SORT_ROLE
from peksos_desk.ui.widgets.assessment_editor import AssessmentEditor
from peksos_desk.ui.widgets.attachments_panel import AttachmentsPanel, tab_title
from peksos_desk.ui.widgets.stage_stepper import StageStepper

CLOSABLE_STAGES = (CaseStage.TERMINASI, CaseStage.RUJUKAN, CaseStage.BIMBINGAN_LANJUT)
BANNER_STYLE = ("background: #fff3e0; color: #4e342e; border: 1px solid #ffb74d; border-radius: 4px;"
                " padding: 6px 10px; font-weight: bold;")
LINK_STYLE = ("QPushButton { border: none; color: palette(link); text-decoration: underline; text-align: left;"
              " padding: 0; font-weight: bold; }")


def _table(parent: QWidget, name: str) -> QTableView:
    view = QTableView(parent)
    view.setAccessibleName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    view.verticalHeader().hide()
    view.horizontalHeader().setHighlightSections(False)
    return view


class _ShortText(QPlainTextEdit):
    """Read-only text that takes the height of its lines, up to three; longer text scrolls."""

    MAX_LINES = 3

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setStyleSheet("QPlainTextEdit { background: transparent; }")
        self.setTabChangesFocus(True)

    def set_text(self, text: str) -> None:
        self.setPlainText(text)
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        # Measured with the font rather than read from the document, which is laid out only when painted.
        margin = self.document().documentMargin()
        width = max(50, self.width() - int(2 * margin) - self.verticalScrollBar().sizeHint().width())
        metrics = self.fontMetrics()
        rect = metrics.boundingRect(QRect(0, 0, width, 100_000), int(Qt.TextFlag.TextWordWrap),
                                    self.toPlainText() or " ")
        lines = max(1, min(self.MAX_LINES, round(rect.height() / metrics.lineSpacing())))
        height = int(metrics.lineSpacing() * lines + 2 * margin + 2)
        if self.minimumHeight() != height or self.maximumHeight() != height:
            self.setFixedHeight(height)


class CaseDetail(QWidget):
    """The page of one case.

    Signals:
        back_requested: the user wants the case list again.
    """

    back_requested = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.case: CaseView | None = None
        self.today = date.today()
        self.move_buttons: dict[MoveKind, QPushButton] = {}

        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        top = QHBoxLayout()
        self.back_button = QPushButton(self.tr("← &Case list"), self)
        self.back_button.setToolTip(self.tr("Back to the case list (Alt+Left)"))
        self.back_button.clicked.connect(self.back_requested)
        back_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Back), self)
        back_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        back_shortcut.activated.connect(self.back_requested)
        top.addWidget(self.back_button)
        self.title = QLabel(self)
        title_font = QFont(self.title.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.4)
        title_font.setBold(True)
        self.title.setFont(title_font)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        top.addWidget(self.title, 1)
        self.close_button = QPushButton(self.tr("C&lose case"), self)
        self.close_button.setToolTip(self.tr("Archive the case: it is kept for the record and can no longer change."))
        self.close_button.clicked.connect(self.close_case)
        top.addWidget(self.close_button)
        layout.addLayout(top)

        self.banner = QLabel(self)
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(BANNER_STYLE)
        self.banner.setAccessibleName(self.tr("Case closed"))
        self.banner.hide()
        layout.addWidget(self.banner)

        layout.addWidget(self._build_header())
        layout.addWidget(self._build_stage_area())

        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self._build_history_tab(), self.tr("Stage history"))
        self.assessment = AssessmentEditor(context, self.tabs)
        self.assessment.dirty_changed.connect(self._on_assessment_dirty)
        self.tabs.addTab(self.assessment, self.tr("Assessment"))
        self.tabs.addTab(self._build_plan_tab(), self.tr("Intervention plan"))
        self.tabs.addTab(self._build_sessions_tab(), self.tr("Sessions"))
        self.attachments = AttachmentsPanel(context, self.tabs)
        self.attachments.changed.connect(
            lambda count: self.tabs.setTabText(self.tabs.indexOf(self.attachments), tab_title(count)))
        self.tabs.addTab(self.attachments, tab_title(0))
        layout.addWidget(self.tabs, 1)
        context.bus.finance_changed.connect(self._on_finance_changed)

    # -- building ----------------------------------------------------------------------------------------

    def _build_header(self) -> QWidget:
        header = QFrame(self)
        header.setFrameShape(QFrame.Shape.StyledPanel)
        grid = QGridLayout(header)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(4)

        def caption(text: str, buddy: QWidget) -> QLabel:
            label = QLabel(text, header)
            label.setStyleSheet("color: palette(placeholder-text);")
            label.setBuddy(buddy)
            label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            return label

        def value(name: str) -> QLabel:
            label = QLabel(header)
            label.setWordWrap(True)
            label.setAccessibleName(name)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            return label

        self.client_link = QPushButton(header)
        self.client_link.setCursor(Qt.CursorShape.PointingHandCursor)
        self.client_link.setStyleSheet(LINK_STYLE)
        self.client_link.setFlat(True)
        self.client_link.clicked.connect(self.open_client)
        self.field_value = value(self.tr("Field of practice"))
        self.setting_value = value(self.tr("Setting"))
        self.opened_value = value(self.tr("Opened"))
        self.closed_value = value(self.tr("Closed"))
        self.referral_value = value(self.tr("Referral source"))
        cells = (
            (0, 0, self.tr("Client:"), self.client_link), (1, 0, self.tr("Referral source:"), self.referral_value),
            (0, 1, self.tr("Field:"), self.field_value), (1, 1, self.tr("Setting:"), self.setting_value),
            (0, 2, self.tr("Opened:"), self.opened_value), (1, 2, self.tr("Closed:"), self.closed_value),
        )
        for row, column, text, widget in cells:
            grid.addWidget(caption(text, widget), row, column * 2)
            grid.addWidget(widget, row, column * 2 + 1)
        for column, stretch in ((1, 3), (3, 2), (5, 2)):
            grid.setColumnStretch(column, stretch)

        self.problem = _ShortText(header)
        self.problem.setAccessibleName(self.tr("Presenting problem"))
        grid.addWidget(caption(self.tr("Presenting problem:"), self.problem), 2, 0)
        grid.addWidget(self.problem, 2, 1, 1, 5)

        self.payer_value = value(self.tr("Payer"))
        self.payer_button = QPushButton(self.tr("Change &payer…"), header)
        self.payer_button.setAccessibleName(self.tr("Change who pays for the case"))
        self.payer_button.clicked.connect(self.change_payer)
        payer_row = QHBoxLayout()
        payer_row.setContentsMargins(0, 0, 0, 0)
        payer_row.addWidget(self.payer_value, 1)
        payer_row.addWidget(self.payer_button, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(caption(self.tr("Payer:"), self.payer_button), 3, 0)
        grid.addLayout(payer_row, 3, 1, 1, 5)
        return header

    def _build_stage_area(self) -> QWidget:
        area = QWidget(self)
        layout = QVBoxLayout(area)
        layout.setContentsMargins(0, 0, 0, 0)
        self.stepper = StageStepper(area)
        layout.addWidget(self.stepper)
        self.stage_text = QLabel(area)
        self.stage_text.setWordWrap(True)
        self.stage_text.setAccessibleName(self.tr("Current stage"))
        layout.addWidget(self.stage_text)
        self.move_bar = QHBoxLayout()
        self.move_bar.setSpacing(6)
        layout.addLayout(self.move_bar)
        return area

    def _build_history_tab(self) -> QWidget:
        tab = QWidget(self)
        layout = QVBoxLayout(tab)
        self.history_model = StageHistoryModel(tab)
        self.history_view = _table(tab, self.tr("Stage history"))
        self.history_view.setModel(self.history_model)
        header = self.history_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        layout.addWidget(self.history_view, 1)
        self.outcome = QLabel(tab)
        self.outcome.setWordWrap(True)
        self.outcome.setTextFormat(Qt.TextFormat.PlainText)
        self.outcome.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.outcome.setAccessibleName(self.tr("Outcome"))
        layout.addWidget(self.outcome)
        return tab

    def _build_plan_tab(self) -> QWidget:
        tab = QWidget(self)
        layout = QVBoxLayout(tab)
        bar = QHBoxLayout()
        self.add_goal_button = QPushButton(self.tr("&Add goal"), tab)
        self.add_goal_button.clicked.connect(self.add_goal)
        self.edit_goal_button = QPushButton(self.tr("&Edit goal"), tab)
        self.edit_goal_button.clicked.connect(self.edit_selected_goal)
        self.overdue = QLabel(tab)
        self.overdue.setStyleSheet("color: #b71c1c; font-weight: bold;")
        bar.addWidget(self.add_goal_button)
        bar.addWidget(self.edit_goal_button)
        bar.addWidget(self.overdue, 1)
        layout.addLayout(bar)
        self.goals_model = GoalsModel(tab)
        self.goals_proxy = QSortFilterProxyModel(tab)
        self.goals_proxy.setSourceModel(self.goals_model)
        self.goals_proxy.setSortRole(SORT_ROLE)
        self.goals_view = _table(tab, self.tr("Goals"))
        self.goals_view.setModel(self.goals_proxy)
        self.goals_view.setSortingEnabled(True)
        self.goals_view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        header = self.goals_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(GoalsModel.DESCRIPTION, QHeaderView.ResizeMode.Stretch)
        self.goals_view.activated.connect(self._on_goal_activated)
        self.goals_view.selectionModel().selectionChanged.connect(self._update_goal_buttons)
        layout.addWidget(self.goals_view, 1)
        return tab

    def _build_sessions_tab(self) -> QWidget:
        tab = QWidget(self)
        layout = QVBoxLayout(tab)
        bar = QHBoxLayout()
        self.schedule_button = QPushButton(self.tr("&Schedule session"), tab)
        self.schedule_button.clicked.connect(self.schedule_session)
        hint = QLabel(self.tr("Double-click a session (or press Enter) to open its note."), tab)
        hint.setStyleSheet("color: palette(placeholder-text);")
        self.print_notes_button = QPushButton(self.tr("&Print case notes…"), tab)
        self.print_notes_button.setToolTip(self.tr("Preview and print every session note of this case (PDF)"))
        self.print_notes_button.clicked.connect(self.print_case_notes)
        bar.addWidget(self.schedule_button)
        bar.addWidget(self.print_notes_button)
        self.social_report_button = QPushButton(self.tr("Social &report…"), tab)
        self.social_report_button.setToolTip(self.tr("Preview and print the laporan sosial of this case (PDF)"))
        self.social_report_button.clicked.connect(self.print_social_report)
        bar.addWidget(self.social_report_button)
        self.assessment_form_button = QPushButton(self.tr("Assessment &form…"), tab)
        self.assessment_form_button.setToolTip(self.tr("Preview and print the formulir asesmen of this case (PDF)"))
        self.assessment_form_button.clicked.connect(self.print_assessment_form)
        bar.addWidget(self.assessment_form_button)
        self.referral_button = QPushButton(self.tr("Referral le&tter…"), tab)
        self.referral_button.setToolTip(self.tr("Write a surat rujukan to an institution of the referral directory "
                                                "(PDF)"))
        self.referral_button.clicked.connect(self.write_referral_letter)
        bar.addWidget(self.referral_button)
        bar.addWidget(hint, 1)
        layout.addLayout(bar)
        self.sessions_model = CaseSessionsModel(self.context.zone, tab)
        self.sessions_proxy = QSortFilterProxyModel(tab)
        self.sessions_proxy.setSourceModel(self.sessions_model)
        self.sessions_proxy.setSortRole(SORT_ROLE)
        self.sessions_view = _table(tab, self.tr("Sessions"))
        self.sessions_view.setModel(self.sessions_proxy)
        self.sessions_view.setSortingEnabled(True)
        self.sessions_view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        header = self.sessions_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.sessions_view.activated.connect(self._on_session_activated)
        layout.addWidget(self.sessions_view, 1)
        return tab

    # -- loading -----------------------------------------------------------------------------------------

    @property
    def case_id(self) -> int | None:
        return self.case.id if self.case else None

    def show_case(self, case_id: int) -> None:
        """Load and show the case ``case_id``. Raises NotFound."""
        case = self.context.services.cases.get(case_id)
        self.today = self.context.services.cases.today()
        self.case = case
        self._show(case)
        self.reload_sessions()
        self.attachments.show_case(case.id, case.client_id, closed=case.is_closed)

    def reload(self) -> None:
        """Read the shown case again (after a change anywhere)."""
        if self.case is not None:
            self.show_case(self.case.id)

    def reload_sessions(self) -> None:
        if self.case is not None:
            self.sessions_model.zone = self.context.zone
            self.sessions_model.set_rows(self.context.services.sessions.list_for_case(self.case.id))

    def _show(self, case: CaseView) -> None:
        closed = case.is_closed
        self.title.setText(self.tr("Case {0} — {1}").format(case.number, case.client_name))
        self.client_link.setText(self.tr("{0} ({1})").format(case.client_name, case.client_code))
        self.client_link.setAccessibleName(self.tr("Open client {0}").format(case.client_name))
        self.client_link.setToolTip(self.tr("Open the client's page"))
        self.field_value.setText(str(case.field_of_practice.label))
        self.setting_value.setText(str(case.setting.label))
        self.opened_value.setText(date_long(case.opened_on))
        self.closed_value.setText(date_long(case.closed_on) if closed else self.tr("— (open)"))
        self.referral_value.setText(case.referral_source or "—")
        self.problem.set_text(case.presenting_problem)
        self._show_payer()
        self.payer_button.setEnabled(not closed)
        self.payer_button.setToolTip(self.tr("A closed case can no longer change.") if closed
                                     else self.tr("Choose who pays for the sessions of this case"))

        self.banner.setVisible(closed)
        if closed:
            self.banner.setText(self.tr("Closed on {0}. This case is kept for the record and can no longer change."
                                        ).format(date_long(case.closed_on)))
        self.close_button.setVisible(not closed and case.stage in CLOSABLE_STAGES)

        self.stepper.set_stage(case.stage, [event.to_stage for event in case.history], closed=closed)
        since = case.history[-1].occurred_on if case.history else case.opened_on
        days = (self.today - since).days
        self.stage_text.setText(self.tr("Now at stage {0} of 7: {1} — since {2} ({3}).").format(
            case.stage.number, case.stage.label, date_long(since),
            self.tr("1 day") if days == 1 else self.tr("{0} days").format(days)))
        self._build_moves(case)

        self.history_model.set_rows(case.history)
        self.outcome.setText(self._outcome_text(case))
        self.outcome.setVisible(bool(self.outcome.text()))
        self.assessment.load(case)
        self.goals_model.set_goals(case.goals, self.today)
        overdue = self.goals_model.overdue_count()
        if overdue == 1:
            self.overdue.setText(self.tr("1 goal is past its target date"))
        else:
            self.overdue.setText(self.tr("{0} goals are past their target date").format(overdue) if overdue else "")
        self.add_goal_button.setEnabled(not closed)
        self._update_goal_buttons()
        self.schedule_button.setEnabled(not closed)
        self.schedule_button.setToolTip(self.tr("A closed case gets no new sessions.") if closed else "")

    def _show_payer(self, payer: CasePayerView | None = None) -> None:
        """Show who pays for the case: the one given, or as the store has it now."""
        if self.case is None:
            return
        if payer is None:
            try:
                payer = self.context.services.billing.case_payer(self.case.id)
            except PeksosError:
                self.payer_value.setText("—")
                return
        if payer.explicit:
            self.payer_value.setText(self.tr("{0} ({1})").format(payer.payer.name, payer.payer.kind.label))
        else:
            self.payer_value.setText(self.tr("The client ({0})").format(self.case.client_name))

    def _on_finance_changed(self, _invoice_id: int) -> None:
        if self.case is not None:
            self._show_payer()

    def _outcome_text(self, case: CaseView) -> str:
        parts = []
        if case.referred_to:
            parts.append(self.tr("Referred to {0}. Reason: {1}").format(case.referred_to, case.referral_reason))
        if case.termination_summary:
            parts.append(self.tr("Termination summary: {0}").format(case.termination_summary))
        return "\n".join(parts)

    def _build_moves(self, case: CaseView) -> None:
        while self.move_bar.count():
            item = self.move_bar.takeAt(0)
            widget = item.widget() if item else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self.move_buttons = {}
        if case.is_closed:
            return
        targets: dict[MoveKind, list[CaseStage]] = {}
        for kind, stage in allowed_moves(case.stage):
            targets.setdefault(kind, []).append(stage)
        for kind, stages in targets.items():
            if kind is MoveKind.FORWARD:
                text = self.tr("{0}: {1}").format(kind.label, stages[0].label)
            else:
                text = str(kind.label)
            button = QPushButton(text, self)
            button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
            button.setToolTip(self.tr("Move the case to: {0}").format(", ".join(str(s.label) for s in stages)))
            button.clicked.connect(lambda _=False, k=kind: self.start_move(k))
            self.move_bar.addWidget(button)
            self.move_buttons[kind] = button
        self.move_bar.addStretch(1)
        if not targets:
            note = QLabel(self.tr("A referred case makes no further moves; close it when the referral is done."),
                          self)
            note.setWordWrap(True)
            self.move_bar.insertWidget(0, note, 1)

    # -- actions -----------------------------------------------------------------------------------------

    def start_move(self, kind: MoveKind) -> StageMoveDialog | None:
        """Open the dialog for a move of ``kind`` (non-blocking); the page refreshes when the move is made."""
        if self.case is None or self.case.is_closed:
            return None
        targets = [stage for move, stage in allowed_moves(self.case.stage) if move is kind]
        if not targets:
            return None
        dialog = StageMoveDialog(self.context, self.case, kind, targets, today=self.today, parent=self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def close_case(self) -> bool:
        """Ask, then close (archive) the case. True when it was closed."""
        case = self.case
        if case is None or case.is_closed:
            return False
        if not self.context.prompter.confirm(
                self, self.tr("Close case"),
                self.tr("Close case {0} of {1}? A closed case is kept for the record but can no longer change, "
                        "and no new sessions can be scheduled for it.").format(case.number, case.client_name),
                danger=True):
            return False
        try:
            self.case = self.context.services.cases.close_case(case.id)
        except PeksosError as error:
            self.context.prompter.error(self, self.tr("The case was not closed"), str(error))
            return False
        self._show(self.case)
        self.context.bus.cases_changed.emit(case.id)
        return True

    def change_payer(self) -> CasePayerDialog | None:
        """Open the payer chooser (not blocking); the header shows the new payer once it is saved."""
        if self.case is None or self.case.is_closed:
            return None
        dialog = CasePayerDialog(self.context, self.case.id, self)
        dialog.saved.connect(self._show_payer)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def open_client(self) -> None:
        if self.case is not None:
            self.context.navigator.show_client(self.case.client_id)

    def print_case_notes(self) -> QDialog | None:
        """Preview every session note of this case, in order."""
        if self.case is None:
            return None
        from peksos_desk.ui.print_actions import show_case_notes

        return show_case_notes(self.context, self, self.case.id)

    def print_social_report(self) -> QDialog | None:
        """Preview the social report of this case."""
        if self.case is None:
            return None
        from peksos_desk.ui.print_actions import show_social_report

        return show_social_report(self.context, self, self.case.id)

    def print_assessment_form(self) -> QDialog | None:
        """Preview the assessment form of this case, filled."""
        if self.case is None:
            return None
        from peksos_desk.ui.print_actions import show_assessment_form

        return show_assessment_form(self.context, self, self.case.id)

    def write_referral_letter(self) -> QDialog | None:
        """Open the referral letter's dialog (institution, reason, enclosures) for this case."""
        if self.case is None:
            return None
        from peksos_desk.ui.dialogs.referral_dialog import ReferralDialog

        dialog = ReferralDialog(self.context, self.case.id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def schedule_session(self) -> None:
        if self.case is not None and not self.case.is_closed:
            self.context.navigator.schedule_session(self.case.id)

    def add_goal(self) -> GoalDialog | None:
        """Open the goal form for a new goal (non-blocking)."""
        if self.case is None or self.case.is_closed:
            return None
        return self._open_goal_dialog(None)

    def edit_goal(self, goal_id: int) -> GoalDialog | None:
        """Open the goal form on the goal ``goal_id`` (non-blocking)."""
        if self.case is None or self.case.is_closed:
            return None
        goal = next((g for g in self.case.goals if g.id == goal_id), None)
        return self._open_goal_dialog(goal) if goal else None

    def edit_selected_goal(self) -> GoalDialog | None:
        index = self.goals_view.currentIndex()
        if not index.isValid():
            return None
        return self.edit_goal(index.data(ROW_ROLE).id)

    def _open_goal_dialog(self, goal: GoalView | None) -> GoalDialog:
        assert self.case is not None
        dialog = GoalDialog(self.context, self.case.id, opened_on=self.case.opened_on, today=self.today, goal=goal,
                            parent=self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _on_goal_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.edit_goal(index.data(ROW_ROLE).id)

    def _update_goal_buttons(self) -> None:
        closed = self.case is None or self.case.is_closed
        self.edit_goal_button.setEnabled(not closed and self.goals_view.currentIndex().isValid())

    def _on_session_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.context.navigator.show_session(index.data(ROW_ROLE).id)

    def _on_assessment_dirty(self, dirty: bool) -> None:
        index = self.tabs.indexOf(self.assessment)
        self.tabs.setTabText(index, self.tr("Assessment *") if dirty else self.tr("Assessment"))

    # -- leaving -----------------------------------------------------------------------------------------

    def can_leave(self) -> bool:
        """True when nothing unsaved would be lost, or the user agreed to drop it."""
        if not self.assessment.is_dirty() or self.case is None:
            return True
        if self.context.prompter.confirm(
                self, self.tr("Unsaved assessment"),
                self.tr("The assessment of case {0} has changes that are not saved. Leave without saving them?"
                        ).format(self.case.number), danger=True):
            self.assessment.discard()
            return True
        self.tabs.setCurrentWidget(self.assessment)
        return False

    def flush(self) -> None:
        """Save unsaved assessment edits (the window is closing)."""
        if self.assessment.is_dirty() and not self.assessment.save():
            self.context.prompter.error(self, self.tr("The assessment was not saved"), self.assessment.errors.text)
