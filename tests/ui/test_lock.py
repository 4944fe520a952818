"""Locking the main window: Ctrl+L, the rail button and the idle timeout hide every record behind the lock
screen; the password (with the throttle's wait) brings everything back exactly as it was."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QAbstractListModel, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from peksos_desk.services.app import Services
from peksos_desk.services.profile import Profile
from peksos_desk.store import keys
from peksos_desk.ui.context import AppContext, DataBus
from peksos_desk.ui.dialogs.client_form import ClientFormDialog
from peksos_desk.ui.main_window import MainWindow
from peksos_desk.ui.settings import Settings
from tests.services.factories import consultation, new_case, new_client, new_session
from tests.ui.test_security_ui import PASSWORD, FakeClock, indonesian

pytestmark = pytest.mark.gui
CLIENT = "Siti Rahayu Kusumawati"


@pytest.fixture(autouse=True)
def fast_keys(monkeypatch):
    monkeypatch.setattr(keys, "kdf_parameters", keys.TEST_KDF)


@pytest.fixture(autouse=True)
def indonesian_ui(qapp):
    translators = indonesian(qapp)
    yield
    for translator in translators:
        qapp.removeTranslator(translator)


@pytest.fixture
def encrypted_context(tmp_path, prompter, qapp, clock):
    services, _code = Services.create(tmp_path / "rahasia.db", password=PASSWORD, clock=clock)
    services.profile.update(Profile(full_name="Sri Wahyuni"))
    yield AppContext(services=services, prompter=prompter, settings=Settings(tmp_path / "settings.ini"),
                     bus=DataBus(), language="id")
    services.close()


def open_window(qtbot, context: AppContext) -> MainWindow:
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


@pytest.fixture
def window(qtbot, encrypted_context):
    """The main window over an encrypted store holding one client with a case and a session."""
    services = encrypted_context.services
    case = new_case(services, new_client(services, full_name=CLIENT).id)
    new_session(services, case.id, service_type_id=consultation(services).id)
    return open_window(qtbot, encrypted_context)


def visible_texts(window: QWidget) -> list[str]:
    """Every text a visible widget of the window shows or announces, and the window title."""
    texts = [window.windowTitle()]
    for widget in window.findChildren(QWidget):
        if not widget.isVisible():
            continue
        texts += [widget.windowTitle(), widget.toolTip(), widget.accessibleName(), widget.accessibleDescription()]
        if isinstance(widget, (QLabel, QLineEdit, QAbstractButton)):
            texts.append(widget.text())
        if isinstance(widget, (QPlainTextEdit, QTextEdit)):
            texts.append(widget.toPlainText())
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount()
            texts += [str(model.index(row, column).data() or "") for row in range(model.rowCount())
                      for column in range(columns)]
    return texts


def test_ctrl_l_hides_every_record_and_the_password_brings_them_back(qtbot, window):
    window.show_page("clients")
    assert any(CLIENT in text for text in visible_texts(window))  # the list shows the client
    title = window.windowTitle()
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    guard = window.lock_guard
    assert guard.locked
    assert window.screens.currentWidget() is guard.screen
    assert window.windowTitle() == "Peksos Desk — terkunci"
    assert not window.menuBar().isVisible() and not window.statusBar().isVisible()
    assert not any(CLIENT in text or "Siti" in text for text in visible_texts(window))
    window.grab().save(str(qtbot_tmp(window) / "locked.png"))

    # No shortcut gets past the lock screen.
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.current_key() == "clients"

    prompt = guard.screen.prompt
    assert QApplication.focusWidget() is prompt.password.edit
    qtbot.keyClicks(prompt.password.edit, PASSWORD)
    qtbot.keyClick(prompt.password.edit, Qt.Key.Key_Return)
    assert not guard.locked
    assert window.screens.currentIndex() == 0
    assert window.windowTitle() == title
    assert window.menuBar().isVisible() and window.statusBar().isVisible()
    assert any(CLIENT in text for text in visible_texts(window))
    assert prompt.password.text() == ""  # the password is not kept in the hidden screen


def qtbot_tmp(window: MainWindow):
    from pathlib import Path

    folder = Path(window.context.settings.path).parent
    return folder


def test_the_rail_button_and_the_file_menu_lock_too(qtbot, window):
    window.lock_guard.button.click()
    assert window.lock_guard.locked
    window.lock_guard.unlock_with(PASSWORD)
    assert not window.lock_guard.locked
    file_menu = window.menuBar().actions()[0].menu()
    assert window.lock_guard.action in file_menu.actions()
    assert window.lock_guard.action.text() == "K&unci"
    window.lock_guard.action.trigger()
    assert window.lock_guard.locked


def test_a_wrong_password_is_refused_with_a_growing_wait(qtbot, window):
    clock = FakeClock()
    guard = window.lock_guard
    guard.use_clock(clock)
    guard.lock()
    prompt = guard.screen.prompt
    assert not guard.unlock_with("bukan ini")
    assert "Kata sandi salah" in prompt.errors.text
    assert not guard.unlock_with("bukan ini juga")
    assert not prompt.unlock_button.isEnabled()
    assert "1 detik" in prompt.wait_label.text()
    prompt.password.setText(PASSWORD)
    prompt.submit()
    assert guard.locked  # refused while the wait runs
    clock.now += 1.0
    prompt.countdown.tick()
    assert prompt.unlock_button.isEnabled()
    prompt.unlock_button.click()
    assert not guard.locked
    assert guard.throttle.failures == 0


def test_the_wait_survives_locking_again(qtbot, window):
    clock = FakeClock()
    guard = window.lock_guard
    guard.use_clock(clock)
    guard.lock()
    for _ in range(3):
        guard.screen.prompt.password.setText("salah")
        guard.screen.prompt.countdown.stop()
        guard.screen.try_unlock("salah")
    assert guard.throttle.remaining() == 2.0
    guard.screen.show_forgot()
    assert not guard.screen.reset_page.reset_button.isEnabled()  # the same wait for the recovery code


def test_the_window_locks_itself_when_idle(qtbot, window):
    guard = window.lock_guard
    assert guard.idle.interval == 600  # ten minutes by default
    guard.set_idle_seconds(0.15)
    with qtbot.waitSignal(guard.locked_changed, timeout=3000) as signal:
        pass
    assert signal.args == [True] and guard.locked
    assert not guard.idle.active  # no idle lock over the lock screen
    guard.unlock_with(PASSWORD)
    assert guard.idle.active  # counting again


def test_input_keeps_the_window_unlocked(qtbot, window):
    clock = FakeClock()
    guard = window.lock_guard
    guard.use_clock(clock)
    guard.set_idle_seconds(60)
    clock.now += 50
    qtbot.mouseMove(window.navigation)  # any input to the app counts
    qtbot.keyClick(window.navigation, Qt.Key.Key_Down)
    clock.now += 30
    guard.idle._check()
    assert not guard.locked  # only 30 s since the last input
    clock.now += 31
    guard.idle._check()
    assert guard.locked


def test_idle_minutes_from_settings_reach_the_window(qtbot, window):
    window.show_page("settings")
    tab = window.page("settings").security_tab
    tab.idle_minutes.setValue(0)
    assert window.lock_guard.idle.interval == 0 and not window.lock_guard.idle.active
    tab.idle_minutes.setValue(5)
    assert window.lock_guard.idle.interval == 300
    assert window.context.settings.idle_lock_minutes == 5


def test_typing_in_a_note_survives_the_lock(qtbot, window):
    services = window.context.services
    session = services.sessions.summaries_for_case(services.cases.list_cases(open_only=True).rows[0].id)[0]
    window.show_session(session.id)
    editor = window.page("schedule").session_page.editor
    field = editor.editors()[0]
    field.setFocus()
    qtbot.keyClicks(field, "Klien datang bersama ibunya")
    window.lock_guard.lock()
    assert not field.isVisible()
    assert not any("Klien datang" in text for text in visible_texts(window))
    window.lock_guard.unlock_with(PASSWORD)
    assert field.isVisible()
    assert field.toPlainText().endswith("Klien datang bersama ibunya")
    assert QApplication.focusWidget() is field
    qtbot.keyClicks(field, ", lalu pulang.")  # the cursor is where it was
    assert field.toPlainText().endswith("Klien datang bersama ibunya, lalu pulang.")


def test_an_open_client_form_is_hidden_and_comes_back_with_its_typing(qtbot, window):
    services = window.context.services
    client = services.clients.get(services.cases.list_cases(open_only=True).rows[0].client_id)
    form = ClientFormDialog(window.context, client, window)
    qtbot.addWidget(form)
    form.open()
    assert CLIENT in form.windowTitle()
    form.city.setText("Cimahi")
    window.lock_guard.lock()
    assert not form.isVisible()  # its title names the client
    assert form.result() == 0 and not window.lock_guard.screen.isHidden()
    window.lock_guard.unlock_with(PASSWORD)
    assert form.isVisible()
    assert form.city.text() == "Cimahi"
    form.reject()


def test_a_waiting_question_is_cancelled_by_the_lock(qtbot, window):
    box = QMessageBox(QMessageBox.Icon.Question, "Arsipkan", f"Arsipkan {CLIENT}?",
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, window)
    box.setWindowModality(Qt.WindowModality.ApplicationModal)
    qtbot.addWidget(box)
    box.show()
    window.lock_guard.lock()
    assert not box.isVisible()
    assert box.result() != QMessageBox.StandardButton.Yes
    window.lock_guard.unlock_with(PASSWORD)
    assert not box.isVisible()  # the question is not asked again by itself


def test_a_plain_store_locks_without_a_password(qtbot, context):
    new_client(context.services, full_name=CLIENT)
    window = open_window(qtbot, context)
    window.show_page("clients")
    assert window.encryption_marker.text() == "Tidak terenkripsi"
    window.lock_guard.lock()
    screen = window.lock_guard.screen
    assert not screen.prompt.password.isVisible() and screen.prompt.unlock_button.isVisible()
    assert "tidak terenkripsi" in screen.explanation.text()
    assert not any(CLIENT in text for text in visible_texts(window))
    screen.prompt.unlock_button.click()
    assert not window.lock_guard.locked


def test_the_lock_screen_offers_the_recovery_code(qtbot, tmp_path, prompter, clock):
    services, code = Services.create(tmp_path / "lupa.db", password=PASSWORD, clock=clock)
    context = AppContext(services=services, prompter=prompter, settings=Settings(tmp_path / "s.ini"), bus=DataBus())
    window = open_window(qtbot, context)
    guard = window.lock_guard
    guard.lock()
    guard.screen.prompt.forgot_button.click()
    page = guard.screen.reset_page
    page.code.setText(code)
    page.setup.password.setText("sepeda biru di tepi danau")
    page.setup.repeat.setText("sepeda biru di tepi danau")
    page.reset_button.click()
    assert guard.locked and guard.screen.current_page() == guard.screen.NEW_CODE
    new_code = guard.screen.code_page.code
    assert not guard.screen.code_page.continue_button.isEnabled()
    guard.screen.code_page.written_down.setChecked(True)
    guard.screen.code_page.continue_button.click()
    assert not guard.locked
    assert services.security.verify("sepeda biru di tepi danau")
    services.close()
    Services.open(tmp_path / "lupa.db", recovery_code=new_code).close()


def test_ctrl_l_works_from_an_open_dialog(qtbot, window):
    services = window.context.services
    client = services.clients.get(services.cases.list_cases(open_only=True).rows[0].client_id)
    form = ClientFormDialog(window.context, client, window)
    qtbot.addWidget(form)
    form.open()
    form.activateWindow()
    qtbot.waitUntil(form.isActiveWindow)
    qtbot.keyClick(form.city, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.lock_guard.locked and not form.isVisible()
    window.lock_guard.unlock_with(PASSWORD)
    assert form.isVisible()
    form.reject()


def test_a_window_opened_while_locked_waits_for_the_unlock(qtbot, window):
    window.lock_guard.lock()
    services = window.context.services
    client = services.clients.get(services.cases.list_cases(open_only=True).rows[0].client_id)
    form = ClientFormDialog(window.context, client, window)
    qtbot.addWidget(form)
    form.open()
    qtbot.waitUntil(lambda: not form.isVisible())
    window.lock_guard.unlock_with(PASSWORD)
    assert form.isVisible()
    form.reject()
