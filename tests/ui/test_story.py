"""The whole first day of a practitioner, through the real main window.

First run, a new client (a bad NIK shows its message and blocks saving), a case opened and advanced through the
stages, a session scheduled, a DAP note written and signed, an edit that cannot happen, an addendum, and the switch
to English.
"""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from peksos_desk.domain.errors import LockedRecord
from peksos_desk.domain.practice import Attendance, NoteFormat, Sex
from peksos_desk.domain.stages import CaseStage, MoveKind
from peksos_desk.services.app import Services
from peksos_desk.store.schema import open_database
from peksos_desk.ui.app import AppController
from peksos_desk.ui.dialogs.first_run import FirstRunDialog
from peksos_desk.ui.prompter import RecordingPrompter
from peksos_desk.ui.settings import Settings

pytestmark = pytest.mark.gui


@pytest.fixture
def controller(qapp, tmp_path, clock):
    controller = AppController(qapp, Settings(tmp_path / "settings.ini"), RecordingPrompter())
    controller.set_language("id")
    controller.services = Services(open_database(tmp_path / "praktik.db", clock=clock), actor="sri")
    yield controller
    if controller.window is not None:
        controller.window.close()
        controller.window.deleteLater()
    controller.close()
    controller.set_language("id")


def test_a_practitioners_first_day(qtbot, controller):
    services = controller.services
    prompter = controller.prompter

    # First run: the practice profile.
    welcome = FirstRunDialog(controller._context())
    qtbot.addWidget(welcome)
    assert welcome.needed
    welcome.start_set_up()
    welcome.form.widgets["full_name"].setText("Sri Wahyuni")
    welcome.form.widgets["city"].setText("Bandung")
    assert welcome.save_profile()
    assert services.profile.get().full_name == "Sri Wahyuni"
    assert services.fees.list_types()  # the default fee schedule came with it

    window = controller.show_window()
    assert window.navigation.item(1).text() == "Klien"

    # A new client: a bad NIK is explained and blocks saving.
    window.show_page("clients")
    clients = window.page("clients")
    form = clients.new_client()
    qtbot.keyClicks(form.full_name, "Siti Aminah")
    qtbot.keyClicks(form.nik, "3273 0145 0390")
    assert "16 digit" in form.nik_error
    assert not form.save_button.isEnabled()
    assert form.save() is None
    form.nik.clear()
    qtbot.keyClicks(form.nik, "3273014503900001")
    assert form.nik_error == ""
    form.fill_birth_date_and_sex_from_nik()
    assert form.entered_sex() is Sex.FEMALE
    form.consent_given.setChecked(True)
    client = form.save()
    assert client is not None and client.nik == "3273014503900001"

    # Open a case from the client's page.
    assert clients.show_client(client.id)
    new_case = clients.detail.new_case()
    qtbot.keyClicks(new_case.presenting_problem, "Kekerasan dalam rumah tangga; klien takut pulang.")
    case = new_case.save()
    assert case is not None
    assert window.current_key() == "cases"

    # Advance the stages through the case page's dialogs.
    detail = window.page("cases").detail
    for expected in (CaseStage.ASESMEN, CaseStage.RENCANA_INTERVENSI, CaseStage.INTERVENSI):
        move = detail.start_move(MoveKind.FORWARD)
        move.accept()
        assert services.cases.get(case.id).stage is expected
    back = detail.start_move(MoveKind.BACK)
    back.accept()  # going back needs a note: the dialog says so and stays
    assert "wajib diisi" in back.errors.text
    back.reject()

    # Schedule a session this morning (09:00 WIB is "now" on the test clock).
    dialog = window.page("schedule").schedule_session(case.id)
    dialog.set_start(datetime(2026, 3, 2, 8, 0))
    session = dialog.save()
    assert session is not None

    # Attend, write a DAP note (saved as a draft while typing), sign it.
    window.show_session(session.id)
    page = window.page("schedule").session_page
    page.record_attendance(Attendance.ATTENDED)
    assert page.editor.note_format is NoteFormat.DAP
    qtbot.keyClicks(page.editor.editor("data"), "Klien datang tepat waktu, tampak cemas.")
    qtbot.keyClicks(page.editor.editor("assessment"), "Risiko sedang.")
    qtbot.keyClicks(page.editor.editor("plan"), "Kunjungan rumah minggu depan.")
    qtbot.waitUntil(lambda: services.sessions.get(session.id).note.get("plan") == "Kunjungan rumah minggu depan.",
                    timeout=10_000)
    prompter.confirms.append(True)
    signed = page.sign()
    assert signed is not None and signed.is_signed

    # The signed note cannot be edited, in the window or behind it.
    qtbot.keyClicks(page.editor.editor("data"), " DIUBAH")
    assert services.sessions.get(session.id).note["data"] == "Klien datang tepat waktu, tampak cemas."
    with pytest.raises(LockedRecord):
        services.sessions.save_note(session.id, NoteFormat.DAP, {"data": "diubah"})

    # A correction is an addendum with its reason.
    addendum = page.add_addendum()
    addendum.reason_edit.setText("Salah tulis")
    addendum.content_edit.setPlainText("Klien datang terlambat 10 menit.")
    assert addendum.save() is not None
    assert [a.reason for a in services.sessions.get(session.id).addenda] == ["Salah tulis"]

    # Switch to English: the window comes back in English on the same page, Qt's buttons included.
    controller.switch_language("en")
    english = controller.window
    assert english is not window
    assert english.navigation.item(1).text() == "Clients"
    assert english.current_key() == "schedule"
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Cancel"
    assert controller.settings.language == "en"
    assert not prompter.errors
