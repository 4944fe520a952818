"""Settings → Backups, the progress dialog with Cancel, and the automatic backups on close and daily."""

from __future__ import annotations

import time
from datetime import timedelta

import pytest

from peksos_desk.services.app import Services
from peksos_desk.services.backups import BackupCancelled, BackupInfo, BackupKind, BackupService
from peksos_desk.store import keys
from peksos_desk.store.schema import open_database
from peksos_desk.ui.backup_runner import AutomaticBackups, BackupJob
from peksos_desk.ui.context import AppContext, DataBus
from peksos_desk.ui.settings import Settings
from peksos_desk.ui.widgets.backup_settings import BackupSettings
from tests.services.factories import new_client

pytestmark = pytest.mark.gui
PASSWORD = "kata-sandi-yang-panjang-9"


@pytest.fixture(autouse=True)
def _fast_keys(monkeypatch):
    monkeypatch.setattr(keys, "kdf_parameters", keys.TEST_KDF)


def names(services: Services) -> list[str]:
    return sorted(c.full_name for c in services.clients.list_clients("").rows)


def wait(qtbot, job: BackupJob | None) -> BackupJob:
    assert job is not None
    qtbot.waitUntil(lambda: job.finished, timeout=20_000)
    return job


@pytest.fixture
def tab(qtbot, context) -> BackupSettings:
    widget = BackupSettings(context)
    qtbot.addWidget(widget)
    widget.resize(900, 600)
    widget.show()
    return widget


def test_back_up_now_lists_the_backup(qtbot, tab, context):
    new_client(context.services)
    store = context.services.backups.store_path
    assert tab.folder.text() == str(store.parent / "backups")
    assert tab.last_backup.text() == "No backup in this folder yet."
    job = wait(qtbot, tab.back_up_now())
    assert isinstance(job.result, BackupInfo)
    assert tab.model.rowCount() == 1
    assert tab.selected_backup() == job.result
    assert str(job.result.path) in tab.status.text()
    assert context.prompter.errors == []


def test_choosing_a_folder_sends_backups_there(qtbot, tab, context, tmp_path):
    usb = tmp_path / "usb"
    usb.mkdir()
    context.prompter.paths.append(usb)
    tab.choose_folder()
    assert context.settings.backup_folder == str(usb)
    assert tab.folder.text() == str(usb) and tab.default_button.isEnabled()
    job = wait(qtbot, tab.back_up_now())
    assert job.result.path.parent == usb
    tab.use_default_folder()
    assert context.settings.backup_folder == "" and tab.model.rowCount() == 0


def test_a_missing_folder_is_said_plainly(qtbot, tab, context, tmp_path):
    context.settings.backup_folder = str(tmp_path / "USB-dicabut")
    tab.refresh()
    assert tab.last_backup.text()
    job = wait(qtbot, tab.back_up_now())
    assert job.result is None
    assert "Pasang drivenya" in context.prompter.errors[0]


def test_turning_automatic_backups_off_is_remembered(tab, context):
    assert tab.automatic.isChecked()
    tab.automatic.setChecked(False)
    assert context.settings.automatic_backups is False
    assert Settings(context.settings.path).automatic_backups is False


def test_verify_tells_what_the_backup_holds(qtbot, tab, context):
    new_client(context.services)
    wait(qtbot, tab.back_up_now())
    tab.verify()
    wait(qtbot, tab.job)
    kind, _title, text = context.prompter.seen[-1]
    assert kind == "inform" and "clients: 1" in text


def test_restore_after_a_danger_confirmation_brings_the_backup_back(qtbot, tab, context):
    services = context.services
    new_client(services, full_name="Siti Aminah")
    made = wait(qtbot, tab.back_up_now()).result
    new_client(services, full_name="Dewi Lestari")
    store = services.backups.store_path

    context.prompter.confirms.append(False)
    tab.restore()
    wait(qtbot, tab.job)
    assert names(services) == ["Dewi Lestari", "Siti Aminah"]  # declined: nothing changed
    question = [text for kind, _t, text in context.prompter.seen if kind == "confirm"][-1]
    assert str(store) in question and "praktik.before-restore-<" in question

    context.prompter.confirms.append(True)
    with qtbot.waitSignal(tab.store_replaced, timeout=20_000):
        tab.restore(made.path)
    assert names(services) == ["Siti Aminah"]
    kept = next(store.parent.glob("praktik.before-restore-*.db"))
    informed = context.prompter.seen[-1]
    assert informed[0] == "inform" and str(kept) in informed[2]


def test_an_encrypted_backup_asks_its_password(qtbot, tmp_path, clock, prompter, qapp):
    store = tmp_path / "praktik.db"
    key = keys.create_key_file(store, PASSWORD)[0]
    services = Services(open_database(store, key=key, clock=clock), actor="sri")
    context = AppContext(services=services, prompter=prompter, settings=Settings(tmp_path / "settings.ini"),
                         bus=DataBus(), language="en")
    tab = BackupSettings(context)
    qtbot.addWidget(tab)
    tab.show()
    new_client(services, full_name="Siti Aminah")
    wait(qtbot, tab.back_up_now())
    new_client(services, full_name="Dewi Lestari")

    tab.restore()
    dialog = tab.password_dialog
    assert dialog is not None and dialog.password.edit.echoMode().name == "Password"
    dialog.password.setText("bukan-ini")
    dialog.accept()
    wait(qtbot, tab.job)
    assert "tidak membuka cadangan" in prompter.errors[-1]
    assert names(services) == ["Dewi Lestari", "Siti Aminah"]

    prompter.confirms.append(True)
    tab.restore()
    tab.password_dialog.password.setText(PASSWORD)
    with qtbot.waitSignal(tab.store_replaced, timeout=20_000):
        tab.password_dialog.accept()
    assert names(services) == ["Siti Aminah"]
    assert "opens with the password it had when the backup was made" in prompter.seen[-1][2]
    services.close()


def test_cancelling_a_backup_leaves_no_file(qtbot, context, tmp_path):
    folder = tmp_path / "usb"
    folder.mkdir()
    backups = context.services.backups
    job = BackupJob(lambda progress: backups.backup_now(folder, "manual", progress))
    job.cancel()  # pressed Cancel before the first page was copied
    job.start()
    wait(qtbot, job)
    assert job.cancelled and job.result is None and job.error is None
    assert list(folder.iterdir()) == []


def test_a_progress_dialog_with_cancel_shows_for_a_long_job(qtbot, tab):
    def slow(progress):
        done = 0
        while progress(done % 100, 100):  # until Cancel is pressed
            done += 1
            time.sleep(0.005)
        raise BackupCancelled()

    job = BackupJob(slow, tab, label="Membuat cadangan…").start()
    qtbot.waitUntil(lambda: job.dialog is not None and job.dialog.isVisible(), timeout=5000)
    from PySide6.QtWidgets import QPushButton

    cancel = job.dialog.findChild(QPushButton)
    assert cancel.text() in ("Cancel", "Batal")
    cancel.click()
    wait(qtbot, job)
    assert job.cancelled and job.dialog is None


def test_the_window_backs_up_when_it_closes(qtbot, context):
    from peksos_desk.ui.main_window import MainWindow

    new_client(context.services)
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    window.close()
    made = context.services.backups.list_backups()
    assert [b.kind for b in made] == [BackupKind.CLOSE]
    # Closing again without a change makes no new copy.
    second = MainWindow(context)
    qtbot.addWidget(second)
    second.show()
    second.close()
    assert len(context.services.backups.list_backups()) == 1


def test_a_failed_backup_on_close_is_shown_and_the_window_still_closes(qtbot, context, tmp_path):
    from peksos_desk.ui.main_window import MainWindow

    context.settings.backup_folder = str(tmp_path / "USB-dicabut")
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    window.close()
    assert not window.isVisible()
    assert "Pasang drivenya" in context.prompter.errors[-1]


def test_no_backup_on_close_when_turned_off_or_for_demo_data(qtbot, context):
    from peksos_desk.ui.main_window import MainWindow

    demo = MainWindow(context, demo=True)
    qtbot.addWidget(demo)
    demo.show()
    demo.close()
    context.settings.automatic_backups = False
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    window.close()
    assert context.services.backups.list_backups() == []


def test_the_daily_backup_runs_when_due(qtbot, context, clock):
    from PySide6.QtWidgets import QWidget

    parent = QWidget()
    qtbot.addWidget(parent)
    automatic = AutomaticBackups(context, parent)
    job = wait(qtbot, automatic.check_daily())
    assert isinstance(job.result, BackupInfo) and job.result.kind is BackupKind.DAILY
    new_client(context.services)
    assert automatic.check_daily() is None  # the last one is not 24 hours old
    clock.now += timedelta(hours=25)
    wait(qtbot, automatic.check_daily())
    assert len(context.services.backups.list_backups()) == 2


def test_the_daily_backup_reports_a_missing_drive_once(qtbot, context, clock, tmp_path):
    from PySide6.QtWidgets import QWidget

    parent = QWidget()
    qtbot.addWidget(parent)
    context.settings.backup_folder = str(tmp_path / "USB-dicabut")
    automatic = AutomaticBackups(context, parent)
    messages: list[str] = []
    automatic.message.connect(messages.append)
    wait(qtbot, automatic.check_daily())
    wait(qtbot, automatic.check_daily())
    assert len(context.prompter.errors) == 1
    assert "Pasang drivenya" in messages[-1]


def test_a_postgresql_store_shows_who_backs_it_up(qtbot, context, monkeypatch):
    monkeypatch.setattr(BackupService, "supported", property(lambda self: False))
    widget = BackupSettings(context)
    qtbot.addWidget(widget)
    widget.show()
    assert widget.unsupported.isVisible() and not widget.controls.isVisible()
    assert "pg_dump" in widget.unsupported.text()


def test_the_settings_page_has_the_backups_tab(qtbot, context):
    from peksos_desk.ui.pages.settings_page import SettingsPage

    page = SettingsPage(context)
    qtbot.addWidget(page)
    titles = [page.tabs.tabText(i) for i in range(page.tabs.count())]
    assert page.tabs.tabText(page.tabs.indexOf(page.backups_tab)) in titles


@pytest.mark.parametrize(("language", "title", "button"), [("id", "Cada&ngan", "&Cadangkan sekarang"),
                                                           ("en", "Bac&kups", "&Back up now")])
def test_the_tab_speaks_both_languages(qtbot, context, language, title, button):
    from PySide6.QtWidgets import QApplication

    from peksos_desk.ui.i18n import install_translators

    app = QApplication.instance()
    translators = list(install_translators(app, language))
    try:
        tab = BackupSettings(context)
        qtbot.addWidget(tab)
        assert (tab.title, tab.backup_button.text()) == (title, button)
    finally:
        for translator in translators:
            app.removeTranslator(translator)


def test_after_a_restore_the_window_shows_the_restored_store(qtbot, context):
    from peksos_desk.ui.main_window import MainWindow

    new_client(context.services, full_name="Siti Aminah")
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    window.show_page("clients")
    window.show_page("settings")
    settings = window.page("settings")
    tab = settings.backups_tab
    made = wait(qtbot, tab.back_up_now()).result
    new_client(context.services, full_name="Dewi Lestari")
    old_clients = window.page("clients")
    context.prompter.confirms.append(True)
    with qtbot.waitSignal(tab.store_replaced, timeout=20_000):
        tab.restore(made.path)
    qtbot.waitUntil(lambda: window.page("settings") is not settings, timeout=5000)
    assert window.current_key() == "settings"
    assert window.page("settings").tabs.currentWidget() is window.page("settings").backups_tab
    assert window.page("clients") is not old_clients  # built anew on the restored store when shown
    assert names(context.services) == ["Siti Aminah"]
