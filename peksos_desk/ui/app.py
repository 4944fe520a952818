"""Starting the desktop app: QApplication, translations, the store, the main window, ``--smoke``."""

from __future__ import annotations

import sys
import time

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from peksos_desk import __version__
from peksos_desk.domain.errors import PeksosError
from peksos_desk.services.app import Services
from peksos_desk.ui.i18n import install_translators
from peksos_desk.ui.main_window import MainWindow

EXIT_STORE = 3


def make_application(language: str, argv: list[str] | None = None) -> QApplication:
    """The one QApplication, named and translated."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName("Peksos Desk")
    app.setOrganizationName("Peksos Desk")
    app.setApplicationVersion(__version__)
    app.setProperty("peksos_translators", install_translators(app, language))
    return app


def run(target: str, language: str, smoke: bool = False) -> int:
    """Open the store at ``target`` in the main window; with ``smoke``, time the start and exit."""
    started = time.perf_counter()
    app = make_application(language)
    try:
        services = Services.open(target)
    except PeksosError as exc:
        if smoke:
            print(f"peksos-desk: {exc}", file=sys.stderr)
        else:
            QMessageBox.critical(None, app.tr("Peksos Desk"), str(exc))
        return EXIT_STORE
    window = MainWindow(services)
    if smoke:
        def report() -> None:
            print(f"{(time.perf_counter() - started) * 1000:.0f} ms")
            window.close()
            app.quit()

        window.home.loaded.connect(lambda: QTimer.singleShot(0, report))
    window.show()
    window.home.refresh()
    try:
        return app.exec()
    finally:
        services.close()
