"""The diary (Jadwal): scheduling a session, the week in the practitioner's time zone, the unsigned-notes filter."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import QModelIndex, Qt

from peksos_desk.domain.practice import Attendance, NoteFormat, SessionPlace
from peksos_desk.services.sessions import NoteStatus
from peksos_desk.ui.models.sessions import DiaryModel, group_by_day
from peksos_desk.ui.pages.schedule import SchedulePage, week_start, week_title
from peksos_desk.ui.widgets.field_errors import ERROR_STYLE
from peksos_desk.ui.widgets.note_editor import AutosaveTiming
from tests.services.factories import consultation, new_case, new_session

pytestmark = pytest.mark.gui

# Typing into the case list opens its completion popup; the offscreen platform says it cannot raise it or
# grab the keyboard for it. Nothing about our code.
popup_notices = pytest.mark.qt_log_ignore(r"This plugin does not support raise\(\)",
                                          "This plugin does not support grabbing the keyboard")

DAP = {"data": "Klien datang tepat waktu.", "assessment": "Risiko sedang.", "plan": "Kunjungan rumah."}


@pytest.fixture
def page(qtbot, context):
    widget = SchedulePage(context, timing=AutosaveTiming(idle_ms=100, max_wait_ms=300))
    qtbot.addWidget(widget)
    widget.resize(1176, 700)
    widget.show()
    with qtbot.waitSignal(widget.loaded):
        widget.refresh()
    return widget


def rows(page):
    """What the diary shows: (day row text, [session rows as tuples of their cells])."""
    model = page.model
    shown = []
    for row in range(model.rowCount()):
        day = model.index(row, 0)
        sessions = [tuple(model.index(child, column, day).data() for column in range(model.columnCount()))
                    for child in range(model.rowCount(day))]
        shown.append((day.data(), sessions))
    return shown


def session_rows(page):
    return [cells for _, sessions in rows(page) for cells in sessions]


@popup_notices
def test_scheduling_a_session_for_a_case_puts_it_in_the_diary(qtbot, page, context):
    case = new_case(context.services)  # KS/2026/0001, Siti Aminah, opened 2 Feb 2026
    kind = consultation(context.services)
    dialog = page.schedule_session()
    assert dialog.isVisible() and dialog.case_combo is not None
    qtbot.keyClicks(dialog.case_combo.lineEdit(), "siti am")  # the only case that matches
    assert dialog.chosen_case() == case.id
    assert dialog.service_combo.currentData() == kind.id
    assert dialog.duration_spin.value() == 60  # from the service type
    dialog.set_start(datetime(2026, 3, 4, 10, 0))  # Wednesday, 10.00 local (WIB)
    dialog.place_combo.setCurrentIndex(dialog.place_combo.findData(SessionPlace.HOME_VISIT))
    with qtbot.waitSignal(context.bus.sessions_changed) as changed:
        view = dialog.save()
    assert view is not None and changed.args == [view.id]
    assert view.starts_at == datetime(2026, 3, 4, 3, 0, tzinfo=UTC)
    assert (view.place, view.note_format, view.service_type_name) == (
        SessionPlace.HOME_VISIT, NoteFormat.DAP, "Konsultasi")
    shown = rows(page)
    assert shown[2][0].startswith("Rabu, 4 Maret 2026")
    assert shown[2][1] == [("10.00–11.00", "60 min", "Siti Aminah", "KS/2026/0001", "Kunjungan rumah",
                            "Konsultasi", "Terjadwal", "Belum ditulis")]
    assert page.model.session_at(page.view.currentIndex()).id == view.id


def test_a_time_before_the_case_opened_is_refused_at_the_date_field(qtbot, page, context):
    case = new_case(context.services, opened_on=date(2026, 2, 2))
    dialog = page.schedule_session(case.id)
    assert dialog.case_combo is None  # the case is given
    dialog.set_start(datetime(2026, 2, 1, 23, 30))  # still 1 February where the practitioner works
    assert dialog.save() is None
    assert "sebelum kasus dibuka (02-02-2026)" in dialog.errors.text
    assert dialog.date_edit.styleSheet() == ERROR_STYLE
    assert dialog.isVisible()  # stays open with what was chosen
    assert dialog.date_edit.date().toPython() == date(2026, 2, 1)
    assert context.services.sessions.list_for_case(case.id) == []
    dialog.set_start(datetime(2026, 2, 2, 0, 30))
    assert dialog.save() is not None


def test_the_dialog_offers_the_last_sessions_place_and_service_for_the_case(qtbot, page, context):
    services = context.services
    case = new_case(services)
    kind = consultation(services)
    from peksos_desk.services.fees import ServiceTypeInput
    from peksos_desk.services.sessions import SessionInput

    visit = services.fees.create(ServiceTypeInput("KUNJ", "Kunjungan rumah", 350_000, 90))
    services.sessions.schedule(SessionInput(case.id, datetime(2026, 2, 20, 3, tzinfo=UTC), 75,
                                            SessionPlace.HOME_VISIT, visit.id, NoteFormat.SOAP))
    dialog = page.schedule_session()
    assert dialog.service_combo.currentData() == kind.id
    assert dialog.choose_case(case.id)
    assert (dialog.place_combo.currentData(), dialog.service_combo.currentData(), dialog.duration_spin.value(),
            dialog.format_combo.currentData()) == (SessionPlace.HOME_VISIT.value, visit.id, 75, NoteFormat.SOAP.value)
    dialog.reject()


@popup_notices
def test_a_case_must_be_chosen_from_the_list(qtbot, page, context):
    from tests.services.factories import new_client

    new_case(context.services)
    new_case(context.services, new_client(context.services, full_name="Siti Rahayu").id)
    dialog = page.schedule_session()
    qtbot.keyClicks(dialog.case_combo.lineEdit(), "Budi")
    assert dialog.save() is None
    dialog.case_combo.lineEdit().clear()
    qtbot.keyClicks(dialog.case_combo.lineEdit(), "Siti")  # two cases match
    assert dialog.save() is None
    assert "Choose a case from the list" in dialog.errors.text
    assert dialog.case_combo.styleSheet() == ERROR_STYLE


def test_the_diary_shows_local_days_and_times_and_follows_the_profile_time_zone(qtbot, page, context):
    services = context.services
    case = new_case(services)
    new_session(services, case.id, datetime(2026, 3, 4, 2, 0, tzinfo=UTC))  # Wed 09.00 WIB
    new_session(services, case.id, datetime(2026, 3, 4, 16, 30, tzinfo=UTC))  # Wed 23.30 WIB, Thu 00.30 WITA
    page.refresh()
    shown = rows(page)
    assert [text.split(" · ")[0] for text, _ in shown] == [
        "Senin, 2 Maret 2026", "Selasa, 3 Maret 2026", "Rabu, 4 Maret 2026", "Kamis, 5 Maret 2026",
        "Jumat, 6 Maret 2026", "Sabtu, 7 Maret 2026", "Minggu, 8 Maret 2026"]
    assert [cells[0] for cells in shown[2][1]] == ["09.00–10.00", "23.30–00.30"]
    assert "today" in shown[0][0] and shown[3][1] == []

    profile = services.profile.get()
    services.profile.update(replace(profile, full_name=profile.full_name or "Sri Wahyuni", time_zone="WITA"))
    with qtbot.waitSignal(page.loaded):
        context.bus.profile_changed.emit()
    shown = rows(page)
    assert [cells[0] for cells in shown[2][1]] == ["10.00–11.00"]
    assert [cells[0] for cells in shown[3][1]] == ["00.30–01.30"]


def test_moving_between_weeks(qtbot, page, context):
    case = new_case(context.services)
    new_session(context.services, case.id, datetime(2026, 3, 10, 2, tzinfo=UTC))
    assert page.week_label.text() == "2–8 Maret 2026"
    qtbot.keyClick(page.view, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert page.monday == date(2026, 3, 9)
    assert session_rows(page)[0][0] == "09.00–10.00"
    qtbot.mouseClick(page.previous_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.previous_button, Qt.MouseButton.LeftButton)
    assert page.week_label.text() == "23 Februari – 1 Maret 2026"
    qtbot.keyClick(page.view, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert page.monday == date(2026, 3, 2)
    assert page.view.currentIndex() == page.model.index_of_day(date(2026, 3, 2))


def test_week_titles():
    assert week_start(date(2026, 3, 8)) == date(2026, 3, 2)
    assert week_title(date(2026, 3, 30)) == "30 Maret – 5 April 2026"
    assert week_title(date(2025, 12, 29)) == "29 Desember 2025 – 4 Januari 2026"


def test_the_unsigned_notes_filter_shows_every_week_s_notes_waiting_for_a_signature(qtbot, page, context):
    services = context.services
    case = new_case(services)
    waiting = new_session(services, case.id, datetime(2026, 2, 16, 3, tzinfo=UTC))  # two weeks ago
    services.sessions.record_attendance(waiting.id, Attendance.ATTENDED)
    signed = new_session(services, case.id, datetime(2026, 2, 17, 3, tzinfo=UTC))
    services.sessions.record_attendance(signed.id, Attendance.ATTENDED)
    services.sessions.save_note(signed.id, NoteFormat.DAP, DAP)
    services.sessions.sign_note(signed.id)
    new_session(services, case.id, datetime(2026, 3, 3, 3, tzinfo=UTC))  # this week, still to come
    page.refresh()
    assert page.unsigned_check.text() == "Only &unsigned notes (1)"
    assert len(session_rows(page)) == 1

    qtbot.mouseClick(page.unsigned_check, Qt.MouseButton.LeftButton)
    assert page.unsigned_only and not page.next_button.isEnabled()
    shown = rows(page)
    assert len(shown) == 1 and shown[0][0].startswith("Senin, 16 Februari 2026")
    assert [cells[6:] for cells in shown[0][1]] == [("Hadir", "Belum ditulis")]

    services.sessions.save_note(waiting.id, NoteFormat.DAP, DAP)
    services.sessions.sign_note(waiting.id)
    context.bus.sessions_changed.emit(waiting.id)
    assert rows(page) == [] and page.empty_label.isVisible()
    page.set_unsigned_only(False)
    assert page.week_label.text() == "2–8 Maret 2026"


def test_enter_opens_a_session_and_escape_comes_back(qtbot, page, context):
    case = new_case(context.services)
    session = new_session(context.services, case.id, datetime(2026, 3, 2, 1, tzinfo=UTC))
    page.refresh()
    page.view.setCurrentIndex(page.model.index_of_session(session.id))
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Return)
    assert page.stack.currentWidget() is page.session_page
    assert page.session_page.view.id == session.id
    qtbot.keyClick(page.session_page.back_button, Qt.Key.Key_Escape)
    assert page.stack.currentWidget() is not page.session_page
    assert page.model.session_at(page.view.currentIndex()).id == session.id

    page.view.doubleClicked.emit(page.model.index_of_session(session.id))
    page.view.activated.emit(page.model.index_of_session(session.id))
    assert page.stack.currentWidget() is page.session_page
    qtbot.keyClick(page.session_page.back_button, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert page.stack.currentWidget() is not page.session_page


def test_show_session_opens_its_week_and_the_diary_refreshes_on_return(qtbot, page, context):
    case = new_case(context.services)
    later = new_session(context.services, case.id, datetime(2026, 3, 18, 3, tzinfo=UTC))
    page.show_session(later.id)
    assert page.stack.currentWidget() is page.session_page
    page.show_diary()
    assert page.monday == date(2026, 3, 16)
    assert page.model.session_at(page.view.currentIndex()).id == later.id


def test_the_diary_model_passes_the_model_tester(qtmodeltester, context):
    services = context.services
    case = new_case(services)
    first = new_session(services, case.id, datetime(2026, 3, 2, 1, tzinfo=UTC))
    services.sessions.record_attendance(first.id, Attendance.CANCELLED)
    new_session(services, case.id, datetime(2026, 3, 2, 5, tzinfo=UTC))
    new_session(services, case.id, datetime(2026, 3, 5, 5, tzinfo=UTC))
    summaries = services.sessions.summaries_between(datetime(2026, 3, 1, tzinfo=UTC), datetime(2026, 3, 9, tzinfo=UTC))
    week = [date(2026, 3, day) for day in range(2, 9)]
    model = DiaryModel()
    model.set_days(group_by_day(summaries, context.zone, days=week, today=date(2026, 3, 2)))
    qtmodeltester.check(model)
    assert model.rowCount() == 7 and model.rowCount(model.index(0, 0)) == 2
    assert model.rowCount(model.index(0, 1)) == 0
    assert model.session_at(model.index(0, 0)) is None
    child = model.index(1, DiaryModel.NOTE, model.index(0, 0))
    assert model.session_at(child).note_status is NoteStatus.EMPTY
    assert model.parent(child) == model.index(0, 0)
    assert model.index_of_session(10_000) == QModelIndex()
    model.set_days([])
    qtmodeltester.check(model)


def test_leaving_a_session_whose_draft_cannot_be_saved_asks_first(qtbot, page, context, prompter):
    services = context.services
    case = new_case(services)
    session = new_session(services, case.id, datetime(2026, 3, 2, 1, tzinfo=UTC))
    assert page.show_session(session.id)
    services.sessions.record_attendance(session.id, Attendance.ATTENDED)
    services.sessions.save_note(session.id, NoteFormat.DAP, DAP)
    services.sessions.sign_note(session.id)  # elsewhere: this page's next save will be refused
    qtbot.keyClicks(page.session_page.editor.editor("plan"), " Tambahan penting")
    prompter.confirms = [False]
    assert not page.show_diary()
    assert page.stack.currentWidget() is page.session_page
    assert page.session_page.editor.editor("plan").toPlainText() == " Tambahan penting"
    prompter.confirms = [True]
    assert page.show_diary()
    assert page.stack.currentWidget() is not page.session_page


def test_a_session_that_does_not_exist_is_reported(page, prompter):
    assert not page.show_session(4242)
    assert page.stack.currentWidget() is not page.session_page
    assert prompter.errors == ["Sesi #4242 tidak ditemukan."]
