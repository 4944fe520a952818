"""The practitioner's story on the Cases page: find a case, move it through its stages, assess, plan, close."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import Qt

from peksos_desk.domain.practice import AssessmentSection, FieldOfPractice, GoalStatus, PracticeSetting
from peksos_desk.domain.stages import CaseStage, MoveKind
from peksos_desk.services.cases import CaseInput, GoalInput
from peksos_desk.ui.dialogs.goal_dialog import GoalDialog
from peksos_desk.ui.dialogs.stage_move import StageMoveDialog, qdate
from peksos_desk.ui.models.cases import OVERDUE_COLOUR, CaseListModel, CaseSessionsModel, GoalsModel, StageHistoryModel
from peksos_desk.ui.models.table import ROW_ROLE, SORT_ROLE
from peksos_desk.ui.pages.cases import CasesPage
from peksos_desk.ui.widgets.field_errors import ERROR_STYLE
from peksos_desk.ui.widgets.stage_stepper import StepState
from tests.services.factories import child, new_case, new_client, new_session

pytestmark = pytest.mark.gui


class FakeNavigator:
    def __init__(self) -> None:
        self.calls: list[tuple[str, object]] = []

    def show_client(self, client_id: int) -> None:
        self.calls.append(("show_client", client_id))

    def show_case(self, case_id: int) -> None:
        self.calls.append(("show_case", case_id))

    def show_session(self, session_id: int) -> None:
        self.calls.append(("show_session", session_id))

    def show_page(self, key: str) -> None:
        self.calls.append(("show_page", key))

    def schedule_session(self, case_id: int | None = None) -> None:
        self.calls.append(("schedule_session", case_id))


@pytest.fixture
def navigator(context):
    context.navigator = FakeNavigator()
    return context.navigator


@pytest.fixture
def page(qtbot, context):
    widget = CasesPage(context)
    qtbot.addWidget(widget)
    widget.resize(1176, 718)
    with qtbot.waitSignal(widget.loaded, timeout=5000):
        widget.refresh()
    return widget


def move(qtbot, context, page, kind: MoveKind, **fields) -> StageMoveDialog:
    """Open the move's dialog from the page, fill it, press its OK path; return it (open if refused)."""
    dialog = page.detail.start_move(kind)
    assert isinstance(dialog, StageMoveDialog)
    if "to" in fields:
        dialog.target.setCurrentIndex(dialog.target.findData(fields.pop("to").value))
    for name, text in fields.items():
        widget = getattr(dialog, name)
        widget.setText(text) if name == "referred_to" else widget.setPlainText(text)
    dialog.accept()
    return dialog


def test_a_case_moves_through_its_stages_from_the_case_page(qtbot, context, page):
    case = new_case(context.services)
    assert page.show_case(case.id)
    detail = page.detail
    assert page.stack.currentWidget() is detail
    assert detail.stepper.state_of(1) is StepState.CURRENT
    assert "1 dari 7" in detail.stepper.accessibleDescription() or "1 of 7" in detail.stepper.accessibleDescription()
    assert set(detail.move_buttons) == {MoveKind.FORWARD, MoveKind.TERMINATE, MoveKind.REFER}

    for stage in (CaseStage.ASESMEN, CaseStage.RENCANA_INTERVENSI, CaseStage.INTERVENSI):
        with qtbot.waitSignal(context.bus.cases_changed, timeout=2000):
            dialog = move(qtbot, context, page, MoveKind.FORWARD)
        assert dialog.result() == StageMoveDialog.DialogCode.Accepted
        assert detail.case.stage is stage
        assert detail.stepper.state_of(stage.number) is StepState.CURRENT
    assert [event.to_stage for event in detail.case.history][-3:] == [
        CaseStage.ASESMEN, CaseStage.RENCANA_INTERVENSI, CaseStage.INTERVENSI]
    assert detail.history_model.rowCount() == 4
    assert detail.history_model.index(3, 2).data() == "Maju ke tahap berikutnya"
    assert context.services.cases.get(case.id).history[-1].occurred_on == date(2026, 3, 2)  # today by default


def test_a_back_move_without_a_note_is_refused_at_the_note_and_the_dialog_stays(qtbot, context, page):
    case = new_case(context.services)
    for stage in (CaseStage.ASESMEN, CaseStage.RENCANA_INTERVENSI, CaseStage.INTERVENSI):
        context.services.cases.move_stage(case.id, stage, occurred_on=date(2026, 2, 10))
    page.show_case(case.id)
    dialog = move(qtbot, context, page, MoveKind.BACK, to=CaseStage.ASESMEN)
    assert dialog.isVisible()
    assert dialog.result() != StageMoveDialog.DialogCode.Accepted
    assert "Alasan asesmen ulang wajib diisi" in dialog.message.text()
    assert dialog.note.styleSheet() == ERROR_STYLE
    assert dialog.to_stage is CaseStage.ASESMEN  # what was chosen is kept
    assert page.detail.case.stage is CaseStage.INTERVENSI

    dialog.note.setPlainText("Muncul informasi baru tentang pelaku.")
    with qtbot.waitSignal(context.bus.cases_changed, timeout=2000):
        dialog.accept()
    assert page.detail.case.stage is CaseStage.ASESMEN
    assert page.detail.case.history[-1].move is MoveKind.BACK
    assert page.detail.stepper.state_of(4) is StepState.REACHED_BEFORE


def test_a_move_cannot_be_dated_in_the_future_or_before_the_last_move(qtbot, context, page):
    case = new_case(context.services)
    context.services.cases.move_stage(case.id, CaseStage.ASESMEN, occurred_on=date(2026, 2, 20))
    page.show_case(case.id)
    dialog = page.detail.start_move(MoveKind.FORWARD)
    assert dialog.when.date() == qdate(date(2026, 3, 2))
    assert dialog.when.maximumDate() == qdate(date(2026, 3, 2))
    assert dialog.when.minimumDate() == qdate(date(2026, 2, 20))
    dialog.reject()


def test_terminate_with_a_summary_then_close_and_the_page_is_read_only(qtbot, context, prompter, page):
    case = new_case(context.services)
    context.services.cases.move_stage(case.id, CaseStage.ASESMEN, occurred_on=date(2026, 2, 10))
    page.show_case(case.id)
    assert not page.detail.close_button.isVisibleTo(page)

    dialog = move(qtbot, context, page, MoveKind.TERMINATE)
    assert dialog.isVisible() and dialog.summary.styleSheet() == ERROR_STYLE
    dialog.summary.setPlainText("Klien pindah ke luar kota; dirujuk informal ke LK3 setempat.")
    dialog.accept()
    detail = page.detail
    assert detail.case.stage is CaseStage.TERMINASI
    assert "Klien pindah ke luar kota" in detail.outcome.text()
    assert detail.close_button.isVisibleTo(page)
    assert set(detail.move_buttons) == {MoveKind.FOLLOW_UP}

    prompter.confirms.append(False)
    assert not detail.close_case()
    assert not detail.case.is_closed
    prompter.confirms.append(True)
    with qtbot.waitSignal(context.bus.cases_changed, timeout=2000):
        assert detail.close_case()
    assert prompter.seen[-1][0] == "confirm"
    assert detail.case.is_closed
    assert detail.banner.isVisibleTo(page) and "Closed on 2 Maret 2026" in detail.banner.text()
    assert detail.move_buttons == {}
    assert not detail.close_button.isVisibleTo(page)
    assert all(editor.isReadOnly() for editor in detail.assessment.editors.values())
    assert not detail.assessment.save_button.isEnabled()
    assert not detail.add_goal_button.isEnabled()
    assert not detail.schedule_button.isEnabled()
    assert detail.start_move(MoveKind.FOLLOW_UP) is None
    assert detail.stepper.state_of(6) is StepState.CURRENT
    # The closed case leaves the list of open cases, and comes back with "show closed".
    assert page.model.rowCount() == 0
    page.show_closed.setChecked(True)
    assert page.model.row_at(0).id == case.id
    # No translator in tests: our strings stay English, the domain's labels Indonesian.
    assert page.model.index(0, CaseListModel.STAGE).data() == "Terminasi (closed)"


def test_referral_needs_whom_and_why(qtbot, context, page):
    case = new_case(context.services)
    page.show_case(case.id)
    dialog = move(qtbot, context, page, MoveKind.REFER, referred_to="UPTD PPA Kota Bandung")
    assert dialog.isVisible() and dialog.referral_reason.styleSheet() == ERROR_STYLE
    assert dialog.referred_to.text() == "UPTD PPA Kota Bandung"
    dialog.referral_reason.setPlainText("Butuh pendampingan hukum.")
    dialog.accept()
    assert page.detail.case.stage is CaseStage.RUJUKAN
    assert page.detail.move_buttons == {}
    assert "UPTD PPA Kota Bandung" in page.detail.outcome.text()


def test_assessment_sections_are_saved_and_come_back(qtbot, context, page):
    case = new_case(context.services)
    page.show_case(case.id)
    assessment = page.detail.assessment
    assert set(assessment.editors) == set(AssessmentSection)
    assessment.editors[AssessmentSection.STRENGTHS].setPlainText("Dukungan kakak dan kelompok pengajian.")
    assessment.editors[AssessmentSection.FAMILY].setPlainText("Tinggal bersama suami dan tiga anak.")
    tab = page.detail.tabs.indexOf(assessment)
    assert page.detail.tabs.tabText(tab) == "Assessment *"
    assert "(not saved)" in assessment.labels[AssessmentSection.STRENGTHS].text()
    with qtbot.waitSignal(context.bus.cases_changed, timeout=2000):
        assert assessment.save()
    assert page.detail.tabs.tabText(tab) == "Assessment"
    assert not assessment.is_dirty()

    again = CasesPage(context)
    qtbot.addWidget(again)
    again.show_case(case.id)
    assert again.detail.assessment.editors[AssessmentSection.STRENGTHS].toPlainText() == (
        "Dukungan kakak dan kelompok pengajian.")
    assert context.services.cases.get(case.id).assessment[AssessmentSection.FAMILY] == (
        "Tinggal bersama suami dan tiga anak.")


def test_a_failed_assessment_save_loses_nothing(qtbot, context, page):
    case = new_case(context.services)
    page.show_case(case.id)
    assessment = page.detail.assessment
    assessment.editors[AssessmentSection.FAMILY].setPlainText("Tinggal bersama nenek.")
    too_long = "x" * 50_001
    assessment.editors[AssessmentSection.HEALTH].setPlainText(too_long)
    assert not assessment.save()
    assert assessment.editors[AssessmentSection.HEALTH].styleSheet() == ERROR_STYLE
    assert "terlalu panjang" in assessment.message.text()
    assert assessment.editors[AssessmentSection.HEALTH].toPlainText() == too_long
    assert assessment.editors[AssessmentSection.FAMILY].toPlainText() == "Tinggal bersama nenek."
    assert assessment.is_dirty()
    assert context.services.cases.get(case.id).assessment == {}  # all or nothing

    # A change elsewhere refreshes the page without throwing the unsaved text away.
    context.services.cases.move_stage(case.id, CaseStage.ASESMEN)
    context.bus.cases_changed.emit(case.id)
    assert page.detail.case.stage is CaseStage.ASESMEN
    assert assessment.editors[AssessmentSection.FAMILY].toPlainText() == "Tinggal bersama nenek."


def test_leaving_a_case_with_unsaved_assessment_asks_first(qtbot, context, prompter, page):
    case = new_case(context.services)
    page.show_case(case.id)
    page.detail.assessment.editors[AssessmentSection.WORK].setPlainText("Buruh cuci.")
    prompter.confirms.append(False)
    assert not page.show_list()
    assert page.stack.currentWidget() is page.detail
    assert page.detail.assessment.editors[AssessmentSection.WORK].toPlainText() == "Buruh cuci."
    prompter.confirms.append(True)
    assert page.show_list()
    assert page.stack.currentWidget() is page.list_page


def test_closing_the_window_saves_the_assessment_draft(qtbot, context, page):
    case = new_case(context.services)
    page.show_case(case.id)
    page.detail.assessment.editors[AssessmentSection.WORK].setPlainText("Buruh cuci.")
    page.flush()
    assert context.services.cases.get(case.id).assessment[AssessmentSection.WORK] == "Buruh cuci."


def test_goals_are_added_and_edited_and_overdue_ones_marked(qtbot, context, page):
    case = new_case(context.services)
    page.show_case(case.id)
    detail = page.detail
    dialog = detail.add_goal()
    assert isinstance(dialog, GoalDialog)
    dialog.accept()  # nothing written yet
    assert dialog.isVisible() and dialog.description.styleSheet() == ERROR_STYLE
    dialog.description.setPlainText("Klien memiliki rencana keselamatan tertulis.")
    dialog.responsible.setText("Pekerja sosial bersama klien")
    dialog.has_target.setChecked(True)
    dialog.target_date.setDate(qdate(date(2026, 2, 20)))
    dialog.status.setCurrentIndex(dialog.status.findData(GoalStatus.IN_PROGRESS.value))
    dialog.slider.setValue(40)
    assert dialog.progress.value() == 40
    with qtbot.waitSignal(context.bus.cases_changed, timeout=2000):
        dialog.accept()
    goal = detail.case.goals[0]
    assert (goal.target_date, goal.status, goal.progress) == (date(2026, 2, 20), GoalStatus.IN_PROGRESS, 40)

    model = detail.goals_model
    assert model.rowCount() == 1
    target = model.index(0, GoalsModel.TARGET)
    assert "lewat target" in target.data() or "overdue" in target.data()
    assert target.data(Qt.ItemDataRole.ForegroundRole).color() == OVERDUE_COLOUR
    assert detail.overdue.text() == "1 goal is past its target date"

    edit = detail.edit_goal(goal.id)
    assert edit.description.toPlainText() == "Klien memiliki rencana keselamatan tertulis."
    edit.status.setCurrentIndex(edit.status.findData(GoalStatus.ACHIEVED.value))
    edit.progress.setValue(100)
    edit.accept()
    assert detail.case.goals[0].status is GoalStatus.ACHIEVED
    assert model.index(0, GoalsModel.TARGET).data(Qt.ItemDataRole.ForegroundRole) is None
    assert model.index(0, GoalsModel.PROGRESS).data() == "100%"
    assert detail.overdue.text() == ""


def test_a_goal_without_a_target_date_is_never_overdue(qtbot, context, page):
    case = new_case(context.services)
    page.show_case(case.id)
    dialog = page.detail.add_goal()
    dialog.description.setPlainText("Anak kembali bersekolah.")
    assert not dialog.target_date.isEnabled()
    dialog.accept()
    assert page.detail.case.goals[0].target_date is None
    assert page.detail.goals_model.overdue_count() == 0


def test_the_header_link_and_the_sessions_tab_use_the_navigator(qtbot, context, navigator, page):
    case = new_case(context.services)
    session = new_session(context.services, case.id, starts_at=datetime(2026, 2, 20, 3, tzinfo=UTC))
    page.show_case(case.id)
    detail = page.detail
    assert "Siti Aminah" in detail.client_link.text()
    qtbot.mouseClick(detail.client_link, Qt.MouseButton.LeftButton)
    assert navigator.calls == [("show_client", case.client_id)]

    assert detail.sessions_model.rowCount() == 1
    assert detail.sessions_model.index(0, 0).data() == "20/02/2026 10.00"  # 03:00 UTC in WIB
    detail.sessions_view.activated.emit(detail.sessions_proxy.index(0, 0))
    assert navigator.calls[-1] == ("show_session", session.id)
    qtbot.mouseClick(detail.schedule_button, Qt.MouseButton.LeftButton)
    assert navigator.calls[-1] == ("schedule_session", case.id)


def test_a_session_scheduled_elsewhere_shows_up(qtbot, context, page):
    case = new_case(context.services)
    page.show_case(case.id)
    session = new_session(context.services, case.id)
    context.bus.sessions_changed.emit(session.id)
    assert page.detail.sessions_model.rowCount() == 1


def _cases(services):
    budi = services.clients.create(child())
    siti = new_client(services, full_name="Siti Aminah")
    dewi = new_client(services, full_name="Dewi Lestari")
    budi_case = services.cases.open_case(CaseInput(budi.id, FieldOfPractice.CHILDREN, PracticeSetting.SCHOOL,
                                                   date(2026, 1, 10), "Sering bolos sekolah."))
    siti_case = new_case(services, siti.id, opened_on=date(2026, 2, 2))
    dewi_case = new_case(services, dewi.id, opened_on=date(2026, 2, 20))
    for stage, day in ((CaseStage.ASESMEN, 5), (CaseStage.RENCANA_INTERVENSI, 10), (CaseStage.INTERVENSI, 15)):
        services.cases.move_stage(siti_case.id, stage, occurred_on=date(2026, 2, day))
    services.cases.move_stage(budi_case.id, CaseStage.ASESMEN, occurred_on=date(2026, 2, 25))
    services.cases.move_stage(dewi_case.id, CaseStage.TERMINASI, occurred_on=date(2026, 2, 21), summary="Pindah.")
    services.cases.close_case(dewi_case.id)
    return budi_case, siti_case, dewi_case


def test_the_list_shows_open_cases_and_filters_by_text_stage_and_closed(qtbot, context, page):
    budi, siti, dewi = _cases(context.services)
    page.refresh()
    ids = lambda: [page.model.row_at(row).id for row in range(page.model.rowCount())]  # noqa: E731
    assert set(ids()) == {budi.id, siti.id}
    assert page.count.text() == "2 cases"
    row = ids().index(siti.id)
    assert page.model.index(row, CaseListModel.CLIENT).data() == f"Siti Aminah ({siti.client_code})"
    assert page.model.index(row, CaseListModel.STAGE).data() == "Intervensi"
    assert page.model.index(row, CaseListModel.DAYS).data() == "15"
    assert page.model.index(row, CaseListModel.OPENED).data() == "02/02/2026"

    with qtbot.waitSignal(page.model.modelReset, timeout=2000):
        qtbot.keyClicks(page.search, "aminah")  # filtered in the store a moment after typing stops
    assert ids() == [siti.id]
    page.search.setText(budi.number)
    page.apply_filters()
    assert ids() == [budi.id]
    page.search.clear()
    page.stage_filter.setCurrentIndex(page.stage_filter.findData(CaseStage.INTERVENSI.value))
    assert ids() == [siti.id]
    page.stage_filter.setCurrentIndex(0)
    page.search.setText("lestari")
    page.apply_filters()
    assert ids() == []
    assert "No case matches" in page.count.text()
    page.show_closed.setChecked(True)
    assert ids() == [dewi.id]


def test_the_list_sorts_on_real_values_in_the_store(qtbot, context, page):
    budi, siti, _ = _cases(context.services)
    page.refresh()
    header = page.table.horizontalHeader()
    ids = lambda: [page.model.row_at(row).id for row in range(page.model.rowCount())]  # noqa: E731
    assert ids() == [siti.id, budi.id]  # newest opened first
    header.setSortIndicator(CaseListModel.STAGE, Qt.SortOrder.AscendingOrder)
    assert ids() == [budi.id, siti.id]  # asesmen (2) before intervensi (4), not by name
    header.setSortIndicator(CaseListModel.DAYS, Qt.SortOrder.DescendingOrder)
    assert ids() == [siti.id, budi.id]  # 15 days before 5
    header.setSortIndicator(CaseListModel.CLIENT, Qt.SortOrder.AscendingOrder)
    assert ids() == [budi.id, siti.id]
    assert page.model.index(0, CaseListModel.OPENED).data(SORT_ROLE) == date(2026, 1, 10).toordinal()


def test_enter_on_a_row_opens_the_case(qtbot, context, page):
    case = new_case(context.services)
    page.refresh()
    page.table.setCurrentIndex(page.model.index(0, 0))
    page.table.activated.emit(page.model.index(0, 0))
    assert page.stack.currentWidget() is page.detail
    assert page.detail.case_id == case.id
    assert page.show_list()


def test_the_list_fetches_further_pages_as_it_scrolls(qtbot, context, page, monkeypatch):
    monkeypatch.setattr("peksos_desk.ui.models.cases.PAGE_SIZE", 3)
    client = new_client(context.services)
    for _ in range(7):
        new_case(context.services, client.id)
    page.refresh()
    assert page.model.rowCount() == 3 and page.model.total == 7
    while page.model.canFetchMore():
        page.model.fetchMore()
    assert page.model.rowCount() == 7
    assert len({page.model.row_at(row).id for row in range(7)}) == 7


def test_a_change_announced_on_the_bus_refreshes_the_case(qtbot, context, page):
    case = new_case(context.services)
    page.show_case(case.id)
    context.services.cases.move_stage(case.id, CaseStage.ASESMEN)
    context.bus.cases_changed.emit(case.id)
    assert page.detail.stepper.state_of(2) is StepState.CURRENT
    assert page.model.row_at(0).stage is CaseStage.ASESMEN


def test_the_case_models_pass_the_model_tester(qtmodeltester, context):
    _, siti, _ = _cases(context.services)
    services = context.services
    case_list = CaseListModel(lambda sort, descending, offset, limit: services.cases.list_cases(
        open_only=False, sort=sort, descending=descending, offset=offset, limit=limit))
    case_list.reload()
    assert case_list.rowCount() == 3
    qtmodeltester.check(case_list)

    history = StageHistoryModel()
    history.set_rows(services.cases.get(siti.id).history)
    qtmodeltester.check(history)

    goals = GoalsModel()
    services.cases.add_goal(siti.id, GoalInput("Rencana keselamatan", target_date=date(2026, 2, 20)))
    services.cases.add_goal(siti.id, GoalInput("Kembali sekolah"))
    goals.set_goals(services.cases.get(siti.id).goals, services.cases.today())
    qtmodeltester.check(goals)
    assert goals.index(0, 0).data(ROW_ROLE).description == "Rencana keselamatan"

    sessions = CaseSessionsModel(context.zone)
    new_session(services, siti.id)
    sessions.set_rows(services.sessions.list_for_case(siti.id))
    qtmodeltester.check(sessions)


def test_ctrl_s_saves_the_assessment(qtbot, context, page):
    case = new_case(context.services)
    page.show()
    page.show_case(case.id)
    page.detail.tabs.setCurrentWidget(page.detail.assessment)
    editor = page.detail.assessment.editors[AssessmentSection.EDUCATION]
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow, timeout=2000)
    editor.setFocus()
    qtbot.keyClicks(editor, "Kelas 5 SD")
    with qtbot.waitSignal(context.bus.cases_changed, timeout=2000):
        qtbot.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert context.services.cases.get(case.id).assessment[AssessmentSection.EDUCATION] == "Kelas 5 SD"
