"""The home page shows the practitioner's day and what waits on them, and opens each item.

The UI speaks its English source texts here (no translator is installed); domain labels and dates are Indonesian.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from peksos_desk.domain.practice import Attendance, NoteFormat
from peksos_desk.domain.stages import CaseStage
from peksos_desk.services.cases import GoalInput
from peksos_desk.services.home import Bounded
from peksos_desk.services.profile import Profile
from peksos_desk.ui.models.home import AgendaModel, UnsignedNoteModel, WaitingCaseModel
from peksos_desk.ui.models.table import ROW_ROLE
from peksos_desk.ui.pages.home import HomePage
from tests.services.factories import consultation, new_case, new_client, new_session

pytestmark = pytest.mark.gui

# The fixed clock: Monday 2 March 2026, 09:00 WIB.
TODAY_10_WIB = datetime(2026, 3, 2, 3, tzinfo=UTC)


class RecordingNavigator:
    def __init__(self) -> None:
        self.calls: list[tuple[str, int | str | None]] = []

    def show_client(self, client_id: int) -> None:
        self.calls.append(("client", client_id))

    def show_case(self, case_id: int) -> None:
        self.calls.append(("case", case_id))

    def show_session(self, session_id: int) -> None:
        self.calls.append(("session", session_id))

    def show_page(self, key: str) -> None:
        self.calls.append(("page", key))

    def schedule_session(self, case_id: int | None = None) -> None:
        self.calls.append(("schedule", case_id))


@pytest.fixture
def navigator(context):
    context.navigator = RecordingNavigator()
    return context.navigator


@pytest.fixture
def practice(context):
    """A practice with a session today, a stale case and an unsigned note."""
    services = context.services
    services.profile.update(Profile(full_name="Sri Wahyuningsih Kusumawardhani"))
    kind = consultation(services)
    stale = new_case(services, new_client(services, full_name="Yohana Fransiska Manurung").id,
                     opened_on=date(2026, 2, 2))
    busy = new_case(services, new_client(services, full_name="Anak Agung Ngurah Bagus Permana").id,
                    opened_on=date(2026, 2, 25))
    today = new_session(services, busy.id, TODAY_10_WIB, service_type_id=kind.id)
    unsigned = new_session(services, busy.id, datetime(2026, 2, 26, 3, tzinfo=UTC))
    services.sessions.record_attendance(unsigned.id, Attendance.ATTENDED)
    services.sessions.save_note(unsigned.id, NoteFormat.DAP, {"data": "Klien datang.", "assessment": "",
                                                             "plan": ""})
    return {"stale": stale, "busy": busy, "today": today, "unsigned": unsigned}


@pytest.fixture
def page(qtbot, context, navigator):
    page = HomePage(context)
    qtbot.addWidget(page)
    return page


def load(qtbot, page):
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.refresh()


def rows(section):
    model = section.model
    return [model.index(row, 0).data(ROW_ROLE) for row in range(model.rowCount())]


def cell(section, row, column):
    return section.model.index(row, column).data()


def test_home_shows_the_practice_today_and_what_waits(qtbot, page, practice):
    load(qtbot, page)
    assert page.practice_name.text() == "Sri Wahyuningsih Kusumawardhani"
    assert page.today.text() == "Today is Senin, 2 Maret 2026"
    assert page.figures["sessions_today"].text() == "1"
    assert page.figures["unsigned_notes"].text() == "1"
    assert not page.set_up.isVisibleTo(page)

    assert [s.session_id for s in rows(page.today_section)] == [practice["today"].id]
    assert [cell(page.today_section, 0, c) for c in range(5)] == [
        "10.00–11.00", "Anak Agung Ngurah Bagus Permana", practice["busy"].number, "Kantor", "Terjadwal"]
    assert page.agenda_model.headerData(0, Qt.Orientation.Horizontal) == "Time (WIB)"

    assert [w.case_id for w in rows(page.waiting_section)] == [practice["stale"].id]
    assert cell(page.waiting_section, 0, 0) == "Assessment not finished 14 days after intake"
    assert cell(page.waiting_section, 0, 3) == "Pendekatan awal"

    assert [n.session_id for n in rows(page.unsigned_section)] == [practice["unsigned"].id]
    assert cell(page.unsigned_section, 0, 3) == "Draft saved"
    assert page.unsigned_section.count.text() == "(1)"

    assert page.coming_section.empty.isVisibleTo(page.coming_section)
    assert not page.coming_section.table.isVisibleTo(page.coming_section)


def test_an_empty_store_invites_to_set_up_the_practice(qtbot, page, navigator):
    load(qtbot, page)
    assert page.practice_name.text() == "Your practice is not set up yet"
    assert page.set_up.isVisibleTo(page)
    page.set_up.click()
    assert navigator.calls == [("page", "settings")]
    for section in (page.today_section, page.coming_section, page.waiting_section, page.unsigned_section):
        assert section.empty.isVisibleTo(section) and section.count.text() == ""


def test_enter_and_double_click_open_the_record(qtbot, page, practice, navigator):
    page.resize(1100, 700)
    page.show()
    qtbot.waitExposed(page)
    load(qtbot, page)

    table = page.waiting_section.table
    table.setFocus()
    table.setCurrentIndex(table.model().index(0, 1))
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert navigator.calls == [("case", practice["stale"].id)]

    table = page.unsigned_section.table
    rect = table.visualRect(table.model().index(0, 1))
    # A real double-click starts with a press: the view opens only the row that was pressed.
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert navigator.calls[-1] == ("session", practice["unsigned"].id)

    page.today_section.table.opened.emit(0)
    assert navigator.calls[-1] == ("session", practice["today"].id)


def test_changes_announced_on_the_bus_refresh_the_page(qtbot, page, practice, context):
    page.show()
    qtbot.waitExposed(page)
    load(qtbot, page)
    later = new_session(context.services, practice["busy"].id, datetime(2026, 3, 4, 2, tzinfo=UTC))
    with qtbot.waitSignal(page.loaded, timeout=5000):
        context.bus.sessions_changed.emit(later.id)
    assert [s.session_id for s in rows(page.coming_section)] == [later.id]
    assert cell(page.coming_section, 0, 0) == "Rabu, 4 Maret 2026"

    context.services.cases.move_stage(practice["stale"].id, CaseStage.TERMINASI, summary="Klien pindah kota.")
    with qtbot.waitSignal(page.loaded, timeout=5000):
        context.bus.cases_changed.emit(practice["stale"].id)
    assert cell(page.waiting_section, 0, 0) == "Ended (Terminasi) but not closed"


def test_a_hidden_page_refreshes_when_shown_again(qtbot, page, practice, context):
    load(qtbot, page)
    context.services.profile.update(Profile(full_name="Sri Wahyuni"))
    context.bus.profile_changed.emit()
    assert page.practice_name.text() == "Sri Wahyuningsih Kusumawardhani"  # not visible: nothing read yet
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.show()
    assert page.practice_name.text() == "Sri Wahyuni"


def test_a_long_list_says_how_many_are_not_shown(qtbot, page, practice, context):
    load(qtbot, page)
    items = rows(page.unsigned_section)
    page.unsigned_section.set_data(Bounded(tuple(items), 73))
    assert page.unsigned_section.count.text() == "(73)"
    assert page.unsigned_section.more.isVisibleTo(page.unsigned_section)
    assert page.unsigned_section.more.text() == "Showing the first 1; 72 more are not listed."


def test_overdue_goals_name_their_count(qtbot, page, context):
    case = new_case(context.services, opened_on=date(2026, 2, 25))
    for target in (date(2026, 2, 26), date(2026, 2, 27)):
        context.services.cases.add_goal(case.id, GoalInput("Klien kembali bersekolah", target_date=target))
    load(qtbot, page)
    assert cell(page.waiting_section, 0, 0) == "2 intervention goal(s) past the target date"
    assert "26 Februari 2026" in page.waiting_model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)


def test_times_follow_the_practitioners_zone(qtbot, page, practice, context):
    context.services.profile.update(Profile(full_name="Sri Wahyuni", time_zone="WIT"))
    load(qtbot, page)
    assert cell(page.today_section, 0, 0) == "12.00–13.00"
    assert page.agenda_model.headerData(0, Qt.Orientation.Horizontal) == "Time (WIT)"


def test_the_figures_are_labelled_for_screen_readers(qtbot, page, practice):
    load(qtbot, page)
    names = {label.accessibleName() for label in page.findChildren(QLabel) if label.accessibleName()}
    assert {"active clients", "notes to sign"} <= names


def test_the_home_models_pass_the_model_tester(qtbot, qtmodeltester, page, practice, context):
    load(qtbot, page)
    later = new_session(context.services, practice["busy"].id, datetime(2026, 3, 4, 2, tzinfo=UTC))
    assert later.id
    load(qtbot, page)
    for model in (page.agenda_model, page.coming_model, page.waiting_model, page.unsigned_model):
        assert model.rowCount() == 1
        qtmodeltester.check(model)
    for empty in (AgendaModel(with_day=True), WaitingCaseModel(), UnsignedNoteModel()):
        qtmodeltester.check(empty)
