"""Starting the desktop app: QApplication, translations, the store, the first run, the main window, ``--smoke``.

``AppController`` owns what lives longer than one main window: the open store, the settings and the
translators. Switching the language rebuilds the window, which is simpler and surer than retranslating every
widget in place.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QDialog

from peksos_desk import __version__
from peksos_desk.diagnostics import on_crash
from peksos_desk.domain.errors import PeksosError
from peksos_desk.domain.text import set_language
from peksos_desk.services.app import Services, demo_store_location, store_is_encrypted
from peksos_desk.ui.context import AppContext, DataBus
from peksos_desk.ui.i18n import install_translators
from peksos_desk.ui.main_window import MainWindow
from peksos_desk.ui.prompter import ConsolePrompter, Prompter
from peksos_desk.ui.settings import Settings

EXIT_STORE = 3
DEMO_CLIENTS, DEMO_SESSIONS = 120, 1500


def make_application(argv: list[str] | None = None) -> QApplication:
    """The one QApplication, named."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName("Peksos Desk")
    app.setOrganizationName("Peksos Desk")
    app.setApplicationVersion(__version__)
    return app


def is_new_store(target: str) -> bool:
    """Whether ``target`` names a store file that does not exist yet (or is empty): the first run creates it."""
    if "://" in target:
        return False
    path = Path(target).expanduser()
    try:
        return not path.exists() or (path.is_file() and path.stat().st_size == 0)
    except OSError:
        return False


class AppController:
    """Owns the store, the settings, the translators and the current main window."""

    def __init__(self, app: QApplication, settings: Settings, prompter: Prompter | None = None) -> None:
        self.app = app
        self.settings = settings
        self.prompter = prompter or Prompter()
        self.services: Services | None = None
        self.window: MainWindow | None = None
        self.demo = False
        self.cancelled = False  # the user quit at the password: not an error
        self._translators: list[object] = []
        self.language = settings.language

    def set_language(self, language: str) -> None:
        """Translate Qt's and our texts, and the services' messages, into ``language``."""
        for translator in self._translators:
            self.app.removeTranslator(translator)  # type: ignore[arg-type]
        self._translators = list(install_translators(self.app, language))
        set_language(language)
        self.language = language

    def report_crash(self, report: Path) -> None:
        """An unexpected error reached the top: say so plainly; what was saved is safe."""
        title = QCoreApplication.translate("AppController", "Unexpected error")
        text = QCoreApplication.translate(
            "AppController", "Something went wrong inside Peksos Desk. Everything already saved is safe; if you were "
            "typing, check the last field. A report without any client data was written to:\n{0}")
        self.prompter.error(self.window, title, text.format(report))

    def open_store(self, target: str, *, demo: bool = False, password: str | None = None) -> bool:
        """Open the store, asking the password of an encrypted one first (unless ``password`` is given); on
        failure tell the user why and return False (``cancelled`` is True when the user quit at the password)."""
        self.cancelled = False
        try:
            if password is not None:
                services = Services.open(target, password=password)
            elif store_is_encrypted(target):
                unlocked = self.ask_password(target)
                if unlocked is None:
                    self.cancelled = True
                    return False
                services = unlocked
            else:
                services = Services.open(target)
        except PeksosError as exc:
            self.prompter.error(None, self.app.tr("Peksos Desk"), str(exc))
            return False
        if self.services is not None:
            self.services.close()
        self.services, self.demo = services, demo
        return True

    def open_demo(self) -> bool:
        """Open (creating on first use) the separate demo store."""
        from peksos_desk.services.demo import generate_demo

        path = demo_store_location()
        fresh = not path.exists()
        if not self.open_store(str(path), demo=True):
            return False
        assert self.services is not None
        if fresh or not self.services.profile.get().is_set_up:
            generate_demo(self.services.db, clients=DEMO_CLIENTS, sessions=DEMO_SESSIONS, seed=1)
        return True

    def ask_password(self, target: str) -> Services | None:
        """The unlock dialog of an encrypted store (with "Forgot password?"); None when the user quits."""
        from peksos_desk.ui.dialogs.unlock_dialog import UnlockDialog

        dialog = UnlockDialog(target)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        services = dialog.services
        dialog.deleteLater()
        return services if accepted else None

    def first_run(self, target: str | None = None) -> bool:
        """Ask for the practice profile (or demo data) when the store has none; False when the user quits.

        With no open store, the first run creates an encrypted one at ``target`` after asking its password.
        """
        from peksos_desk.ui.dialogs.first_run import FirstRunDialog

        if self.services is None:
            assert target is not None
            dialog = FirstRunDialog(None, create=lambda password: Services.create(target, password=password))
        elif self.services.profile.get().is_set_up:
            return True
        else:
            dialog = FirstRunDialog(self._context())
        wants_demo: list[bool] = []
        dialog.demo_requested.connect(lambda: wants_demo.append(True))
        result = dialog.exec()
        if dialog.created is not None:
            self.services, self.demo = dialog.created, False
        if wants_demo:
            return self.open_demo()
        return result == QDialog.DialogCode.Accepted

    def _context(self) -> AppContext:
        assert self.services is not None
        return AppContext(services=self.services, prompter=self.prompter, settings=self.settings, bus=DataBus(),
                          language=self.language)

    def show_window(self, page: str = "home") -> MainWindow:
        """Build and show the main window on the open store."""
        old = self.window
        if old is not None:
            old.save_state()
        self.window = MainWindow(self._context(), demo=self.demo)
        self.window.language_requested.connect(self.switch_language)
        self.window.store_changed.connect(self._on_store_changed)
        self.window.show()
        if page != "home":
            self.window.show_page(page)
        if old is not None:
            old.hide()
            old.deleteLater()
        return self.window

    def switch_language(self, language: str) -> None:
        """Remember the choice and rebuild the window in that language, on the same page."""
        self.settings.language = language
        self.settings.sync()
        page = self.window.current_key() if self.window else "home"
        self.set_language(language)
        self.show_window(page)

    def _on_store_changed(self) -> None:
        # The store was encrypted in Settings and opened again: the window's context holds the new services.
        if self.window is not None:
            self.services = self.window.context.services

    def close(self) -> None:
        if self.services is not None:
            self.services.refresh_statistics()
            self.services.close()
            self.services = None


def run(target: str, language: str | None, smoke: bool = False, smoke_password: str | None = None) -> int:
    """Open the store at ``target`` in the main window; with ``smoke``, time the start and exit (an encrypted
    store is opened with ``smoke_password``: nobody is there to type it)."""
    started = time.perf_counter()
    app = make_application()
    controller = AppController(app, Settings(), ConsolePrompter() if smoke else None)
    on_crash(controller.report_crash)
    controller.set_language(language or controller.settings.language)
    password = None
    if smoke and store_is_encrypted(target):
        if not smoke_password:
            print(QCoreApplication.translate(
                "AppController", "--smoke on an encrypted store reads its password from PEKSOS_DESK_PASSWORD."),
                file=sys.stderr)
            return EXIT_STORE
        password = smoke_password
    # A store that does not exist yet is created, encrypted, by the first run (demo data stays apart, plain).
    if (smoke or not is_new_store(target)) and not controller.open_store(target, password=password):
        return 0 if controller.cancelled else EXIT_STORE
    if not smoke and not controller.first_run(target):
        controller.close()
        return 0
    window = controller.show_window()
    if smoke:
        def report() -> None:
            print(f"{(time.perf_counter() - started) * 1000:.0f} ms")
            window.automatic_backups.enabled = False  # a measurement, not a working session: no backup on close
            window.close()
            app.quit()

        # Building the window read the home page already: report once the window is up, without reading the
        # store a second time (that doubled the figure on a large store).
        home = window.home
        if getattr(home, "overview", None) is not None:
            QTimer.singleShot(0, report)
        else:
            home.loaded.connect(lambda: QTimer.singleShot(0, report))  # type: ignore[attr-defined]
            home.refresh()  # type: ignore[attr-defined]
    try:
        return app.exec()
    finally:
        controller.close()
