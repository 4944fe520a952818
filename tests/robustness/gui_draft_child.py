"""The GUI for the draft-survives-a-kill test: opens a session page, types a note like a user, and says
``saved`` once the editor's autosave has committed it; then keeps running until the test kills it."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtTest import QTest

from peksos_desk.ui.app import AppController, make_application
from peksos_desk.ui.settings import Settings


def main() -> int:
    store, settings, session_id, words = Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
    app = make_application()
    controller = AppController(app, Settings(settings))
    controller.set_language("id")
    if not controller.open_store(str(store)):
        return 3
    window = controller.show_window()
    window.show_session(session_id)
    editor = window.page("schedule").session_page.editor  # type: ignore[attr-defined]

    def type_note() -> None:
        field = editor.editors()[0]
        field.setFocus()
        QTest.keyClicks(field, words)

    editor.saved.connect(lambda *_: print("saved", flush=True))
    QTimer.singleShot(100, type_note)
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
