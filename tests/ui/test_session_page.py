"""A session's page: attendance, a DAP note saved as it is typed, a crash that loses nothing saved, signing,
and addenda."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QApplication

from peksos_desk.domain.errors import LockedRecord
from peksos_desk.domain.note_templates import template_for
from peksos_desk.domain.practice import Attendance, NoteFormat
from peksos_desk.services.app import Services
from peksos_desk.ui.pages.session_page import SessionPage
from peksos_desk.ui.widgets.field_errors import ERROR_STYLE
from peksos_desk.ui.widgets.note_editor import AutosaveTiming, NoteEditor
from tests.services.factories import consultation, new_case, new_session

pytestmark = pytest.mark.gui

FAST = AutosaveTiming(idle_ms=150, max_wait_ms=400)
SAID = "Klien datang tepat waktu, tampak cemas."


class RecordingNavigator:
    def __init__(self):
        self.calls = []

    def show_client(self, client_id):
        self.calls.append(("client", client_id))

    def show_case(self, case_id):
        self.calls.append(("case", case_id))

    def show_session(self, session_id):
        self.calls.append(("session", session_id))

    def show_page(self, key):
        self.calls.append(("page", key))

    def schedule_session(self, case_id=None):
        self.calls.append(("schedule", case_id))


@pytest.fixture
def session(context):
    case = new_case(context.services)
    kind = consultation(context.services, fee=250_000)
    return new_session(context.services, case.id, datetime(2026, 3, 2, 1, 0, tzinfo=UTC), service_type_id=kind.id)


@pytest.fixture
def page(qtbot, context, session):
    widget = SessionPage(context, timing=FAST)
    qtbot.addWidget(widget)
    widget.resize(1176, 700)
    widget.show()
    widget.load(session.id)
    return widget


def stored_note(context, session_id):
    return context.services.sessions.get(session_id).note


def type_dap(qtbot, page, data=SAID, assessment="Risiko sedang.", plan="Kunjungan rumah."):
    editor = page.editor
    for key, text in (("data", data), ("assessment", assessment), ("plan", plan)):
        if text:
            qtbot.keyClicks(editor.editor(key), text)


def test_the_header_shows_who_when_where_and_links_to_client_and_case(page, session, context):
    navigator = RecordingNavigator()
    context.navigator = navigator
    assert page.title.text() == "Session with Siti Aminah"
    assert page.when_label.text() == "Senin, 2 Maret 2026, 08.00–09.00 WIB (60 min)"
    assert page.place_label.text() == "Kantor"
    assert page.service_label.text() == "Konsultasi"
    assert not page.fee_label.isVisible()  # no fee until the session is attended
    page.client_link.linkActivated.emit("client")
    page.case_link.linkActivated.emit("case")
    assert navigator.calls == [("client", session.client_id), ("case", session.case_id)]


def test_recording_attendance_keeps_the_fee(qtbot, page, session, context):
    with qtbot.waitSignal(context.bus.sessions_changed):
        qtbot.mouseClick(page.attendance_buttons[Attendance.ATTENDED], Qt.MouseButton.LeftButton)
    assert page.attendance_label.text() == "<b>Hadir</b>"
    assert page.attendance_buttons[Attendance.ATTENDED].isChecked()
    assert page.fee_label.isVisible() and page.fee_label.text() == "Rp250.000"
    from peksos_desk.services.fees import ServiceTypeInput

    context.services.fees.update(session.service_type_id, ServiceTypeInput("KONS", "Konsultasi", 300_000, 60))
    qtbot.mouseClick(page.attendance_buttons[Attendance.ATTENDED], Qt.MouseButton.LeftButton)  # again
    assert page.attendance_buttons[Attendance.ATTENDED].isChecked()
    assert context.services.sessions.get(session.id).fee == 250_000  # the snapshot stays
    page.record_attendance(Attendance.CANCELLED)
    assert not page.attendance_buttons[Attendance.ATTENDED].isChecked()
    assert page.attendance_buttons[Attendance.CANCELLED].isChecked()
    assert not page.fee_label.isVisible()


def test_a_future_session_cannot_be_marked_attended(qtbot, page, context, session):
    future = new_session(context.services, session.case_id, datetime(2026, 3, 9, 2, tzinfo=UTC))
    page.load(future.id)
    qtbot.mouseClick(page.attendance_buttons[Attendance.ATTENDED], Qt.MouseButton.LeftButton)
    assert "belum berlangsung" in page.errors.text
    assert page.message.isVisible()
    assert not page.attendance_buttons[Attendance.ATTENDED].isChecked()
    assert page.attendance_label.styleSheet() == ERROR_STYLE
    assert context.services.sessions.get(future.id).attendance is Attendance.SCHEDULED
    page.load(session.id)
    assert not page.message.isVisible()  # another session: the old message is gone


def test_a_dap_draft_is_saved_after_a_pause_in_typing(qtbot, page, context, session):
    assert page.editor.note_format is NoteFormat.DAP
    assert [e.accessibleName() for e in page.editor.editors()] == ["Data", "Asesmen", "Rencana"]
    assert page.editor.editor("data").placeholderText().startswith("Apa yang dikatakan klien")
    assert page.editor.status.text() == "Drafts are saved as you type."
    type_dap(qtbot, page)
    assert stored_note(context, session.id) == {}  # not yet: the typing has just stopped
    qtbot.waitUntil(lambda: stored_note(context, session.id).get("plan") == "Kunjungan rumah.", timeout=3000)
    assert stored_note(context, session.id) == {"data": SAID, "assessment": "Risiko sedang.",
                                                "plan": "Kunjungan rumah."}
    assert page.editor.status.text() == "Draft saved 09.00"
    assert not page.editor.is_dirty


def test_steady_typing_is_saved_every_few_seconds_without_a_pause(qtbot, context, session):
    editor = NoteEditor(context, timing=AutosaveTiming(idle_ms=2000, max_wait_ms=300))
    qtbot.addWidget(editor)
    editor.load(context.services.sessions.get(session.id), context.zone)
    saves = []
    editor.saved.connect(saves.append)
    for word in ["Klien ", "bercerita ", "tentang ", "anaknya ", "yang ", "mulai ", "enggan ", "sekolah."]:
        qtbot.keyClicks(editor.editor("data"), word)
        qtbot.wait(100)  # never a 2-second pause
    assert saves, "nothing was saved during steady typing"
    assert stored_note(context, session.id)["data"].startswith("Klien bercerita")


def test_a_crash_loses_only_the_last_seconds_of_typing(qtbot, context, session, tmp_path, clock):
    page = SessionPage(context, timing=FAST)
    qtbot.addWidget(page)
    page.load(session.id)
    type_dap(qtbot, page, assessment="", plan="")
    qtbot.waitUntil(lambda: not page.editor.is_dirty, timeout=3000)
    qtbot.keyClicks(page.editor.editor("plan"), "Ditulis sedetik sebelum listrik padam")
    # The power goes: nothing closes, nothing flushes. Another process opens the store afterwards.
    reopened = Services.open(tmp_path / "praktik.db", clock=clock)
    try:
        after = reopened.sessions.get(session.id)
        assert after.note["data"] == SAID
        assert after.note_saved_at == clock.now
    finally:
        reopened.close()


def test_leaving_the_editor_or_the_page_saves_at_once(qtbot, context, session):
    page = SessionPage(context, timing=AutosaveTiming(idle_ms=60_000, max_wait_ms=60_000))
    qtbot.addWidget(page)
    page.show()
    page.load(session.id)
    qtbot.keyClicks(page.editor.editor("data"), "Tampak lelah.")
    QApplication.sendEvent(page.editor.editor("data"), QFocusEvent(QEvent.Type.FocusOut))
    assert stored_note(context, session.id)["data"] == "Tampak lelah."
    qtbot.keyClicks(page.editor.editor("plan"), "Kunjungan rumah.")
    page.hide()
    assert stored_note(context, session.id)["plan"] == "Kunjungan rumah."


def test_a_failed_save_says_why_and_keeps_the_text(qtbot, page, context, session):
    services = context.services
    services.sessions.record_attendance(session.id, Attendance.ATTENDED)
    services.sessions.save_note(session.id, NoteFormat.DAP, {"data": "Ditandatangani di jendela lain."})
    services.sessions.sign_note(session.id)  # behind this page's back
    failures = []
    page.editor.save_failed.connect(failures.append)
    qtbot.keyClicks(page.editor.editor("assessment"), "Teks yang tidak boleh hilang")
    qtbot.waitUntil(lambda: bool(failures), timeout=3000)
    assert "sudah ditandatangani" in page.editor.status.text()
    assert page.editor.editor("assessment").toPlainText() == "Teks yang tidak boleh hilang"
    assert page.editor.is_dirty
    assert not page.flush()


def test_changing_format_keeps_the_text_and_asks_before_moving_it(qtbot, page, context, prompter, session):
    type_dap(qtbot, page)
    prompter.confirms = [False]
    page.editor.set_format(NoteFormat.FREE)
    assert page.editor.note_format is NoteFormat.DAP
    assert page.editor.format_combo.currentData() == NoteFormat.DAP
    assert page.editor.editor("data").toPlainText() == SAID
    assert prompter.seen[-1][0] == "confirm"

    prompter.confirms = [True]
    assert page.editor.set_format(NoteFormat.FREE)
    narrative = page.editor.editor("narrative").toPlainText()
    assert narrative == f"Data:\n{SAID}\n\nAsesmen:\nRisiko sedang.\n\nRencana:\nKunjungan rumah."
    stored = context.services.sessions.get(session.id)
    assert (stored.note_format, stored.note) == (NoteFormat.FREE, {"narrative": narrative})

    asked = len(prompter.seen)
    prompter.confirms = [True]
    page.editor.set_format(NoteFormat.DAP)  # and back: the sections come back as they were
    assert page.editor.sections() == {"data": SAID, "assessment": "Risiko sedang.", "plan": "Kunjungan rumah."}
    assert len(prompter.seen) == asked + 1


def test_a_format_change_that_moves_nothing_does_not_ask(qtbot, page, prompter):
    type_dap(qtbot, page, data="")
    page.editor.set_format(NoteFormat.SOAP)
    assert page.editor.note_format is NoteFormat.SOAP
    assert page.editor.sections() == {"subjective": "", "objective": "", "assessment": "Risiko sedang.",
                                      "plan": "Kunjungan rumah."}
    assert prompter.seen == []


def test_inserting_a_template(qtbot, page):
    editor = page.editor.editor("data")
    page.editor.insert_template("data")
    assert editor.toPlainText() == template_for(NoteFormat.DAP, "data").template.id
    assert editor.textCursor().blockNumber() == 1  # ready to write after the first prompt
    qtbot.keyClicks(editor, " klien menangis")
    assert "- Yang disampaikan klien (kutipan penting): klien menangis" in editor.toPlainText()
    page.editor.editor("plan").setPlainText("Kunjungan rumah.")
    page.editor.editor("plan").moveCursor(page.editor.editor("plan").textCursor().MoveOperation.End)
    page.editor.insert_template("plan")
    assert page.editor.editor("plan").toPlainText().startswith("Kunjungan rumah.\nRencana tindak lanjut:")


def test_signing_asks_first_then_locks_the_note(qtbot, page, context, prompter, session):
    page.record_attendance(Attendance.ATTENDED)
    type_dap(qtbot, page)
    prompter.confirms = [False]
    assert page.sign() is None
    kind, title, text = prompter.seen[-1]
    assert (kind, title) == ("confirm", "Sign note") and "can no longer be changed" in text
    assert not context.services.sessions.get(session.id).is_signed
    assert not page.editor.is_locked

    prompter.confirms = [True]
    with qtbot.waitSignal(context.bus.sessions_changed):
        qtbot.keyClick(page.editor.editor("plan"), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    stored = context.services.sessions.get(session.id)
    assert stored.is_signed  # with the last words typed, saved just before signing
    assert stored.note == {"data": SAID, "assessment": "Risiko sedang.", "plan": "Kunjungan rumah."}
    assert page.banner.isVisible()
    assert page.banner.text().startswith("Signed on Senin, 2 Maret 2026 09.00 WIB.")
    assert not page.sign_button.isVisible() and not page.reschedule_button.isEnabled()
    for editor in page.editor.editors():
        assert editor.isReadOnly()
        qtbot.keyClicks(editor, "diubah")
        assert "diubah" not in editor.toPlainText()
    assert not page.editor.format_combo.isEnabled()
    assert not page.attendance_buttons[Attendance.NO_SHOW].isEnabled()
    with pytest.raises(LockedRecord):
        context.services.sessions.save_note(session.id, NoteFormat.DAP, {"data": "diubah"})
    assert page.flush()  # nothing to save: the page does not try


def test_a_note_cannot_be_signed_before_attendance_is_recorded(qtbot, page, prompter, context, session):
    type_dap(qtbot, page)
    prompter.confirms = [True]
    assert page.sign() is None
    assert "kehadiran" in page.errors.text.lower()
    assert page.attendance_label.styleSheet() == ERROR_STYLE
    assert context.services.sessions.get(session.id).note["data"] == SAID  # the draft was saved all the same


def test_an_addendum_needs_a_reason_and_is_listed_under_the_note(qtbot, page, context, session, clock):
    page.record_attendance(Attendance.ATTENDED)
    type_dap(qtbot, page)
    context.prompter.confirms = [True]
    assert page.sign() is not None
    assert page.addendum_button.isVisible()

    dialog = page.add_addendum()
    assert dialog is not None and dialog.isVisible()
    dialog.content_edit.setPlainText("Nama sekolah yang benar: SDN 3 Coblong.")
    assert dialog.save() is None
    assert dialog.errors.text == "Alasan adendum wajib diisi."
    assert dialog.reason_edit.styleSheet() == ERROR_STYLE
    assert dialog.content_edit.toPlainText() == "Nama sekolah yang benar: SDN 3 Coblong."  # nothing lost

    clock.now += timedelta(days=1, minutes=15)
    qtbot.keyClicks(dialog.reason_edit, "Salah tulis nama sekolah")
    with qtbot.waitSignal(context.bus.sessions_changed):
        view = dialog.save()
    assert view is not None and len(view.addenda) == 1
    frames = [label.text() for label in page.findChildren(type(page.banner)) if "Addendum 1" in label.text()]
    assert frames == ["<b>Addendum 1</b> · Selasa, 3 Maret 2026 09.15 WIB<br>Reason: Salah tulis nama sekolah"]
    assert stored_note(context, session.id)["data"] == SAID  # the note itself never changed


def test_rescheduling_from_the_session_page(qtbot, page, context, session):
    dialog = page.reschedule()
    assert dialog is not None
    assert not dialog.format_combo.isVisibleTo(dialog)  # the editor changes the format, moving the text
    dialog.set_start(datetime(2026, 3, 3, 14, 0))
    dialog.duration_spin.setValue(90)
    assert dialog.save() is not None
    assert page.when_label.text() == "Selasa, 3 Maret 2026, 14.00–15.30 WIB (90 min)"


def test_a_signed_session_offers_no_reschedule(qtbot, page, prompter):
    page.record_attendance(Attendance.ATTENDED)
    type_dap(qtbot, page)
    prompter.confirms = [True]
    page.sign()
    assert page.reschedule() is None


def test_times_follow_a_change_of_time_zone(qtbot, page, context, session):
    from dataclasses import replace

    qtbot.keyClicks(page.editor.editor("data"), SAID)
    assert page.flush()
    profile = context.services.profile.get()
    context.services.profile.update(replace(profile, full_name="Sri Wahyuni", time_zone="WIT"))
    context.bus.profile_changed.emit()
    assert page.when_label.text() == "Senin, 2 Maret 2026, 10.00–11.00 WIT (60 min)"
    assert page.editor.status.text() == "Draft saved 11.00"
