"""The password in the GUI: first run creates an encrypted store and shows its recovery code, the unlock dialog
(wrong tries, the growing wait, "Forgot password?"), changing the password, a new recovery code, and
encrypting a plain store from Settings."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QDialog

from peksos_desk.domain.errors import WrongPassword
from peksos_desk.services.app import Services, store_is_encrypted
from peksos_desk.services.profile import Profile
from peksos_desk.store import keys
from peksos_desk.ui.app import AppController, is_new_store
from peksos_desk.ui.context import AppContext, DataBus
from peksos_desk.ui.dialogs.change_password import ChangePasswordDialog, NewRecoveryCodeDialog
from peksos_desk.ui.dialogs.first_run import FirstRunDialog
from peksos_desk.ui.dialogs.password_setup import ACCEPTABLE, STRONG, WEAK, PasswordSetupPage, RecoveryCodePage
from peksos_desk.ui.dialogs.unlock_dialog import UnlockDialog
from peksos_desk.ui.settings import Settings
from peksos_desk.ui.widgets.security_settings import ENCRYPTED, PLAIN, EncryptionMarker, SecuritySettings, store_kind
from tests.services.factories import new_client

pytestmark = pytest.mark.gui
PASSWORD = "kopi jendela hujan 47"
NEW_PASSWORD = "sepeda biru di tepi danau"


class FakeClock:
    """Monotonic seconds that move only when the test says so."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture(autouse=True)
def fast_keys(monkeypatch):
    monkeypatch.setattr(keys, "kdf_parameters", keys.TEST_KDF)


@pytest.fixture(autouse=True)
def indonesian_ui(qapp):
    """The app's Indonesian texts (what these tests read), built and installed; removed afterwards."""
    translators = indonesian(qapp)
    yield
    for translator in translators:
        qapp.removeTranslator(translator)


def indonesian(qapp):
    import subprocess
    import sys

    from peksos_desk.ui.i18n import install_translators

    root = Path(__file__).resolve().parents[2]
    subprocess.run([sys.executable, str(root / "scripts" / "build_translations.py")], check=True)
    translators = install_translators(qapp, "id")
    assert translators, "the Indonesian translations did not load"
    return translators


@pytest.fixture
def fake_clock():
    return FakeClock()


@pytest.fixture
def store(tmp_path, clock):
    """An encrypted store with a profile and one client; yields (path, recovery code)."""
    path = tmp_path / "rahasia.db"
    services, code = Services.create(path, password=PASSWORD, clock=clock)
    services.profile.update(Profile(full_name="Sri Wahyuni"))
    new_client(services, full_name="Siti Rahayu")
    services.close()
    return path, code


@pytest.fixture
def encrypted_context(store, prompter, tmp_path, qapp, clock):
    services = Services.open(store[0], password=PASSWORD, clock=clock)
    yield AppContext(services=services, prompter=prompter, settings=Settings(tmp_path / "settings.ini"),
                     bus=DataBus(), language="id")
    services.close()


def first_run_for_new_store(qtbot, target: Path) -> FirstRunDialog:
    dialog = FirstRunDialog(None, create=lambda password: Services.create(target, password=password))
    qtbot.addWidget(dialog)
    return dialog


def choose(page: PasswordSetupPage, first: str, second: str | None = None) -> None:
    page.password.setText(first)
    page.repeat.setText(first if second is None else second)


# -- first run ------------------------------------------------------------------------------------------------


def test_first_run_creates_an_encrypted_store_and_shows_the_code(qtbot, tmp_path):
    target = tmp_path / "baru" / "praktik.db"
    dialog = first_run_for_new_store(qtbot, target)
    assert dialog.needed
    dialog.start_set_up()
    qtbot.keyClicks(dialog.form.widgets["full_name"], "Sri Wahyuni")
    dialog.save_button.click()
    assert dialog.pages.currentIndex() == FirstRunDialog.PASSWORD
    assert not target.exists()  # nothing is written before the password is chosen

    choose(dialog.setup, "sriwahyuni2026")  # the practitioner's own name, as on every letterhead
    assert not dialog.create_store()
    assert "nama Anda sendiri" in dialog.setup.errors.text
    choose(dialog.setup, PASSWORD, "kopi jendela hujan 48")
    assert not dialog.create_store()
    assert "tidak sama" in dialog.setup.errors.text
    assert not target.exists()

    choose(dialog.setup, PASSWORD)
    dialog.create_button.click()
    assert dialog.pages.currentIndex() == FirstRunDialog.CODE
    code = dialog.code_page.code
    assert len(code) == 35 and code.count("-") == 5
    assert all(group in dialog.code_page.code_label.text() for group in code.split("-"))
    assert store_is_encrypted(target)

    # Continue stays blocked until "I have written it down" is ticked; quitting shows the code again.
    assert not dialog.code_page.continue_button.isEnabled()
    assert not dialog.code_page.confirm()
    finished: list[int] = []
    dialog.finished.connect(finished.append)
    dialog.reject()
    assert finished == [] and dialog.pages.currentIndex() == FirstRunDialog.CODE
    dialog.code_page.written_down.setChecked(True)
    assert dialog.code_page.continue_button.isEnabled()
    dialog.code_page.continue_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted

    services = dialog.created
    assert services is not None and services.is_encrypted
    assert services.profile.get().full_name == "Sri Wahyuni"
    assert services.fees.list_types()
    services.close()
    with pytest.raises(WrongPassword):
        Services.open(target, password="kopi jendela hujan 48")
    reopened = Services.open(target, recovery_code=code.lower())
    assert reopened.profile.get().full_name == "Sri Wahyuni"
    reopened.close()


def test_strength_is_judged_and_explained_as_it_is_typed(qtbot):
    page = PasswordSetupPage(names=lambda: ["Sri Wahyuni"])
    qtbot.addWidget(page)
    assert page.level == 0 and "10" in page.explanation.text()
    qtbot.keyClicks(page.password.edit, "rahasia123")
    assert page.level == WEAK
    assert page.explanation.text().startswith("Terlalu mudah ditebak: ")
    assert page.meter.value() == WEAK
    page.password.clear()
    qtbot.keyClicks(page.password.edit, "Gunung7Laut")
    assert page.level == ACCEPTABLE
    page.password.clear()
    qtbot.keyClicks(page.password.edit, PASSWORD)
    assert page.level == STRONG
    qtbot.keyClicks(page.repeat.edit, PASSWORD)
    assert page.match.text() == "Kedua kata sandi sama."
    assert page.chosen_password() == PASSWORD


def test_show_reveals_both_passwords(qtbot):
    page = PasswordSetupPage()
    qtbot.addWidget(page)
    choose(page, PASSWORD)
    assert page.password.edit.echoMode() == page.password.edit.EchoMode.Password
    page.password.toggle.click()
    assert page.password.edit.echoMode() == page.password.edit.EchoMode.Normal
    assert page.repeat.edit.echoMode() == page.repeat.edit.EchoMode.Normal
    assert page.password.toggle.text() == "Sembunyikan"


def test_demo_data_creates_no_store(qtbot, tmp_path):
    target = tmp_path / "praktik.db"
    dialog = first_run_for_new_store(qtbot, target)
    with qtbot.waitSignal(dialog.demo_requested):
        dialog.demo_button.click()
    assert dialog.created is None
    assert not target.exists()


def test_a_new_store_is_recognised(tmp_path):
    assert is_new_store(str(tmp_path / "none.db"))
    (tmp_path / "empty.db").touch()
    assert is_new_store(str(tmp_path / "empty.db"))
    (tmp_path / "full.db").write_bytes(b"x" * 10)
    assert not is_new_store(str(tmp_path / "full.db"))
    assert not is_new_store("postgresql+psycopg://sri@localhost/praktik")


# -- the recovery code page -----------------------------------------------------------------------------------


def test_the_printed_code_page_holds_the_code_and_no_client_data(qtbot, tmp_path, store):
    path, code = store
    page = RecoveryCodePage()
    qtbot.addWidget(page)
    page.set_code(code)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "kode.pdf"))
    with qtbot.waitSignal(page.printed):
        assert page.print_to(printer)
    reader = PdfReader(tmp_path / "kode.pdf")
    assert len(reader.pages) == 1
    text = " ".join(reader.pages[0].extract_text().split())
    assert all(group in text for group in code.split("-"))
    assert "Lupa kata sandi?" in text
    assert "Siti" not in text and "Sri Wahyuni" not in text and str(path) not in text


def test_copy_puts_the_code_on_the_clipboard_and_takes_it_off(qtbot):
    page = RecoveryCodePage()
    qtbot.addWidget(page)
    page.set_code("7KQ2M-X4R9T-AAAAA-BBBBB-CCCCC-DDDDD")
    page.copy_button.click()
    assert QGuiApplication.clipboard().text() == page.code
    assert "2 menit" in page.status.text()
    page._clipboard_timer.timeout.emit()
    assert QGuiApplication.clipboard().text() == ""


# -- unlock at start ------------------------------------------------------------------------------------------


def test_unlock_refuses_a_wrong_password_and_makes_the_next_try_wait(qtbot, store, fake_clock):
    path, _ = store
    dialog = UnlockDialog(str(path), clock=fake_clock)
    qtbot.addWidget(dialog)
    prompt = dialog.prompt
    qtbot.keyClicks(prompt.password.edit, "salah sekali ini")
    prompt.unlock_button.click()
    assert "Kata sandi salah" in prompt.errors.text
    assert prompt.unlock_button.isEnabled()  # the first mistake costs nothing
    assert prompt.password.edit.selectedText() == "salah sekali ini"

    prompt.unlock_button.click()  # the second costs a second, the third two, ...
    assert not prompt.unlock_button.isEnabled()
    assert prompt.wait_label.text() == "Terlalu banyak percobaan yang salah. Coba lagi dalam 1 detik."
    prompt.password.setText(PASSWORD)
    prompt.submit()
    assert dialog.services is None  # refused while waiting
    fake_clock.now += 1.01
    prompt.countdown.tick()
    assert prompt.unlock_button.isEnabled() and not prompt.wait_label.isVisible()

    prompt.password.setText("salah lagi ya")
    prompt.submit()
    assert not prompt.unlock_button.isEnabled()
    assert "2 detik" in prompt.wait_label.text()
    fake_clock.now += 1.0
    prompt.countdown.tick()
    assert "1 detik" in prompt.wait_label.text()
    fake_clock.now += 1.0
    prompt.countdown.tick()

    prompt.password.setText(PASSWORD)
    prompt.unlock_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.services is not None and dialog.services.is_encrypted
    assert dialog.throttle.failures == 0
    dialog.services.close()


def test_cancel_quits_without_touching_the_store(qtbot, store):
    path, _ = store
    before = (path.read_bytes(), keys.key_file_for(path).read_bytes())
    dialog = UnlockDialog(str(path))
    qtbot.addWidget(dialog)
    dialog.quit_button.click()
    assert dialog.result() == QDialog.DialogCode.Rejected and dialog.services is None
    assert (path.read_bytes(), keys.key_file_for(path).read_bytes()) == before


def test_forgot_password_resets_it_with_the_recovery_code(qtbot, store, fake_clock):
    path, code = store
    dialog = UnlockDialog(str(path), clock=fake_clock)
    qtbot.addWidget(dialog)
    dialog.prompt.forgot_button.click()
    assert dialog.pages.currentIndex() == UnlockDialog.FORGOT
    page = dialog.reset_page

    page.code.setText("7KQ2M-X4R9T")
    choose(page.setup, NEW_PASSWORD)
    page.reset_button.click()
    assert "30 karakter" in page.code_errors.text
    assert dialog.services is None

    page.code.setText(code.replace("-", " ").lower())
    choose(page.setup, NEW_PASSWORD, "sepeda biru")
    page.reset_button.click()
    assert "tidak sama" in page.setup.errors.text

    choose(page.setup, NEW_PASSWORD)
    page.reset_button.click()
    assert dialog.pages.currentIndex() == UnlockDialog.NEW_CODE
    new_code = dialog.code_page.code
    assert new_code and new_code != code
    finished: list[int] = []
    dialog.finished.connect(finished.append)
    dialog.reject()  # the new code must be confirmed first
    assert finished == [] and dialog.pages.currentIndex() == UnlockDialog.NEW_CODE
    dialog.code_page.written_down.setChecked(True)
    dialog.code_page.continue_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    dialog.services.close()

    with pytest.raises(WrongPassword):
        Services.open(path, password=PASSWORD)
    with pytest.raises(WrongPassword):
        Services.open(path, recovery_code=code)
    Services.open(path, password=NEW_PASSWORD).close()
    Services.open(path, recovery_code=new_code).close()


def test_the_controller_asks_the_password_before_the_window(qtbot, qapp, store, tmp_path):
    path, _ = store
    controller = AppController(qapp, Settings(tmp_path / "settings.ini"))

    def answer(password: str | None) -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, UnlockDialog)
        if password is None:
            dialog.quit_button.click()
        else:
            dialog.prompt.password.setText(password)
            dialog.prompt.unlock_button.click()

    QTimer.singleShot(0, lambda: answer(None))
    assert not controller.open_store(str(path))
    assert controller.cancelled and controller.services is None

    QTimer.singleShot(0, lambda: answer(PASSWORD))
    assert controller.open_store(str(path))
    assert controller.services is not None and controller.services.is_encrypted
    controller.close()


# -- Settings → Security --------------------------------------------------------------------------------------


def test_change_password_needs_the_current_one(qtbot, encrypted_context):
    dialog = ChangePasswordDialog(encrypted_context)
    qtbot.addWidget(dialog)
    dialog.current.setText("bukan kata sandinya")
    choose(dialog.setup, NEW_PASSWORD)
    assert not dialog.save()
    assert "Kata sandi salah" in dialog.current_errors.text
    assert dialog.setup.password.text() == NEW_PASSWORD  # nothing typed is lost

    dialog.current.setText(PASSWORD)
    choose(dialog.setup, "sriwahyuni99")
    assert not dialog.save()
    assert "nama Anda sendiri" in dialog.setup.errors.text

    choose(dialog.setup, NEW_PASSWORD)
    with qtbot.waitSignal(dialog.changed):
        assert dialog.save()
    assert encrypted_context.services.security.verify(NEW_PASSWORD)
    assert not encrypted_context.services.security.verify(PASSWORD)


def test_a_new_recovery_code_replaces_the_old_one(qtbot, encrypted_context, store):
    path, old_code = store
    dialog = NewRecoveryCodeDialog(encrypted_context)
    qtbot.addWidget(dialog)
    dialog.password.setText("salah")
    assert not dialog.make_code()
    assert "Kata sandi salah" in dialog.errors.text
    dialog.password.setText(PASSWORD)
    with qtbot.waitSignal(dialog.replaced):
        assert dialog.make_code()
    new_code = dialog.code_page.code
    assert dialog.pages.currentIndex() == NewRecoveryCodeDialog.CODE
    finished: list[int] = []
    dialog.finished.connect(finished.append)
    dialog.reject()  # the new code must be confirmed first
    assert finished == [] and dialog.pages.currentIndex() == NewRecoveryCodeDialog.CODE
    dialog.code_page.written_down.setChecked(True)
    dialog.code_page.confirm()
    assert dialog.result() == QDialog.DialogCode.Accepted
    with pytest.raises(WrongPassword):
        Services.open(path, recovery_code=old_code)
    Services.open(path, recovery_code=new_code).close()


def test_the_security_tab_fits_the_store(qtbot, encrypted_context, context):
    encrypted = SecuritySettings(encrypted_context)
    plain = SecuritySettings(context)
    for widget in (encrypted, plain):
        qtbot.addWidget(widget)
        widget.show()
    assert store_kind(encrypted_context) == ENCRYPTED and store_kind(context) == PLAIN
    assert encrypted.change_button.isVisible() and encrypted.code_button.isVisible()
    assert not encrypted.encrypt_button.isVisible()
    assert plain.encrypt_button.isVisible() and not plain.change_button.isVisible()
    assert EncryptionMarker(context).text() == "Tidak terenkripsi"
    assert EncryptionMarker(context, demo=True).text().startswith("DATA DEMO")
    assert EncryptionMarker(encrypted_context).isHidden()

    assert plain.idle_minutes.value() == 10
    with qtbot.waitSignal(plain.idle_minutes_changed) as signal:
        plain.idle_minutes.setValue(3)
    assert signal.args == [3]
    assert context.settings.idle_lock_minutes == 3
    plain.idle_minutes.setValue(0)
    assert plain.idle_minutes.text() == "Tidak pernah"


def test_a_plain_store_is_encrypted_from_settings(qtbot, context):
    services = context.services
    client = new_client(services, full_name="Siti Rahayu")
    services.profile.update(Profile(full_name="Sri Wahyuni"))
    path = Path(services.location)
    tab = SecuritySettings(context)
    qtbot.addWidget(tab)
    saved: list[bool] = []
    tab.before_encrypting = lambda: saved.append(True) or True
    dialog = tab.encrypt_store()
    choose(dialog.setup, "sriwahyuni12345")
    assert not dialog.start()
    assert "nama Anda sendiri" in dialog.setup.errors.text
    choose(dialog.setup, PASSWORD)
    with qtbot.waitSignal(tab.store_changed, timeout=20000):
        assert dialog.start()
        assert dialog.pages.currentIndex() == dialog.BUSY
    assert saved == [True]
    assert context.services is not services and context.services.is_encrypted
    assert context.services.clients.get(client.id).full_name == "Siti Rahayu"
    assert store_is_encrypted(path) and b"Siti Rahayu" not in path.read_bytes()
    assert dialog.pages.currentIndex() == dialog.CODE
    code = dialog.code_page.code
    dialog.code_page.written_down.setChecked(True)
    dialog.code_page.confirm()
    assert tab.encrypt_button.isHidden() and not tab.change_button.isHidden()
    assert "terenkripsi" in tab.status.text()
    context.services.close()
    Services.open(path, recovery_code=code).close()
    context.services = services  # the fixture closes what it opened


def test_a_failed_encryption_keeps_the_plain_store_in_use(qtbot, context):
    from peksos_desk.domain.errors import StoreError
    from peksos_desk.domain.text import Text
    from peksos_desk.ui.dialogs.encrypt_store import EncryptStoreDialog

    client = new_client(context.services, full_name="Siti Rahayu")

    def broken(path, password):
        raise StoreError(Text("Disk penuh.", "The disk is full."))

    dialog = EncryptStoreDialog(context, encrypt=broken)
    qtbot.addWidget(dialog)
    choose(dialog.setup, PASSWORD)
    dialog.start()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=5000)
    assert dialog.pages.currentIndex() == dialog.PASSWORD
    assert "Disk penuh" in dialog.setup.errors.text
    assert dialog.setup.password.text() == PASSWORD
    assert context.services.clients.get(client.id).full_name == "Siti Rahayu"  # the same store works on


def test_the_controller_creates_the_new_store_encrypted_in_the_first_run(qtbot, qapp, tmp_path):
    target = tmp_path / "praktik.db"
    controller = AppController(qapp, Settings(tmp_path / "settings.ini"))

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, FirstRunDialog)
        dialog.start_set_up()
        dialog.form.widgets["full_name"].setText("Sri Wahyuni")
        dialog.profile_done()
        choose(dialog.setup, PASSWORD)
        dialog.create_button.click()
        dialog.code_page.written_down.setChecked(True)
        dialog.code_page.continue_button.click()

    assert is_new_store(str(target))
    QTimer.singleShot(0, answer)
    assert controller.first_run(str(target))
    assert controller.services is not None and controller.services.is_encrypted and not controller.demo
    assert store_is_encrypted(target)
    controller.close()


def test_encrypting_from_settings_gives_the_controller_the_new_store(qtbot, qapp, tmp_path):
    controller = AppController(qapp, Settings(tmp_path / "settings.ini"))
    assert controller.open_store(str(tmp_path / "polos.db"))
    plain = controller.services
    plain.profile.update(Profile(full_name="Sri Wahyuni"))
    window = controller.show_window()
    qtbot.addWidget(window)
    assert window.encryption_marker.text() == "Tidak terenkripsi"
    window.show_page("settings")
    dialog = window.page("settings").security_tab.encrypt_store()
    choose(dialog.setup, PASSWORD)
    with qtbot.waitSignal(window.store_changed, timeout=20000):
        dialog.start()
    assert controller.services is window.context.services and controller.services is not plain
    assert controller.services.is_encrypted
    assert window.encryption_marker.isHidden()
    dialog.code_page.written_down.setChecked(True)
    dialog.code_page.confirm()
    window.lock_guard.lock()
    assert window.lock_guard.screen.encrypted  # the lock screen now asks the password
    assert not window.lock_guard.unlock_with("")
    assert window.lock_guard.unlock_with(PASSWORD)
    controller.close()
