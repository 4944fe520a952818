"""Write a PNG of every page and dialog, in Indonesian and English, at 1366×768 (the common laptop screen).

Usage: QT_QPA_PLATFORM=offscreen python scripts/screenshots.py [OUT_DIR]   (``make screenshots``)
The store is fresh demo data in a temporary folder; nothing of the user's is touched.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["PEKSOS_DESK_HOME"] = tempfile.mkdtemp(prefix="peksos-shots-")

from PySide6.QtWidgets import QApplication, QDialog, QWidget

from peksos_desk.domain.stages import CaseStage, MoveKind
from peksos_desk.services.app import Services
from peksos_desk.services.demo import generate_demo
from peksos_desk.services.sessions import NoteStatus
from peksos_desk.ui.app import AppController, make_application
from peksos_desk.ui.prompter import RecordingPrompter
from peksos_desk.ui.settings import Settings

WIDTH, HEIGHT = 1366, 768


def settle(app: QApplication) -> None:
    for _ in range(5):
        app.processEvents()


def grab(app: QApplication, widget: QWidget, path: Path) -> None:
    settle(app)
    widget.grab().save(str(path))
    print(path)


def grab_dialog(app: QApplication, dialog: QDialog, path: Path) -> None:
    dialog.show()
    grab(app, dialog, path)
    dialog.reject()
    dialog.deleteLater()


def main(out: Path) -> int:
    app = make_application()
    home = Path(os.environ["PEKSOS_DESK_HOME"])
    services = Services.open(home / "demo.db", actor="screenshots")
    generate_demo(services.db, clients=60, sessions=700, seed=7)
    controller = AppController(app, Settings(home / "settings.ini"), RecordingPrompter())
    controller.services = services
    now = services.db.clock()
    cases = services.cases.list_cases(open_only=False, limit=500).rows
    in_intervention = next(c for c in cases if c.stage is CaseStage.INTERVENSI)
    sessions = services.sessions.summaries_between(now - timedelta(days=400), now)
    signed = next(s for s in reversed(sessions) if s.note_status is NoteStatus.SIGNED)
    draft = next((s for s in reversed(sessions) if s.note_status is NoteStatus.DRAFT), signed)
    client = services.clients.get(in_intervention.client_id)
    for language in ("id", "en"):
        folder = out / language
        folder.mkdir(parents=True, exist_ok=True)
        controller.set_language(language)
        window = controller.show_window()
        window.resize(WIDTH, HEIGHT)
        shots: list[tuple[str, Callable[[], None]]] = [
            ("01-home", lambda w=window: w.show_page("home")),
            ("02-clients", lambda w=window: w.show_page("clients")),
            ("03-client", lambda w=window: w.show_client(client.id)),
            ("04-cases", lambda w=window: (w.show_page("cases"), w.page("cases").show_list())),
            ("05-case-history", lambda w=window: w.show_case(in_intervention.id)),
            ("06-case-assessment", lambda w=window: w.page("cases").detail.tabs.setCurrentIndex(1)),
            ("07-case-plan", lambda w=window: w.page("cases").detail.tabs.setCurrentIndex(2)),
            ("08-case-sessions", lambda w=window: w.page("cases").detail.tabs.setCurrentIndex(3)),
            ("09-schedule", lambda w=window: (w.show_page("schedule"), w.page("schedule").show_diary())),
            ("10-session-draft", lambda w=window: w.show_session(draft.id)),
            ("11-session-signed", lambda w=window: w.show_session(signed.id)),
            ("15-finance-unbilled", lambda w=window: (w.show_page("finance"), w.page("finance").show_tab("unbilled"))),
            ("16-finance-invoices", lambda w=window: w.page("finance").show_tab("invoices")),
            ("17-finance-payers", lambda w=window: w.page("finance").show_tab("payers")),
            ("18-finance-income", lambda w=window: w.page("finance").show_tab("income")),
            ("12-settings-profile",
             lambda w=window: (w.show_page("settings"), w.page("settings").tabs.setCurrentIndex(0))),
            ("13-settings-fees", lambda w=window: w.page("settings").tabs.setCurrentIndex(1)),
            ("14-settings-preferences", lambda w=window: w.page("settings").tabs.setCurrentIndex(2)),
        ]
        for name, show in shots:
            show()
            grab(app, window, folder / f"{name}.png")

        context = window.context
        from peksos_desk.ui.dialogs.addendum_dialog import AddendumDialog
        from peksos_desk.ui.dialogs.client_form import ClientFormDialog
        from peksos_desk.ui.dialogs.first_run import FirstRunDialog
        from peksos_desk.ui.dialogs.goal_dialog import GoalDialog
        from peksos_desk.ui.dialogs.new_case import NewCaseDialog
        from peksos_desk.ui.dialogs.service_type_dialog import ServiceTypeDialog
        from peksos_desk.ui.dialogs.session_dialog import SessionDialog
        from peksos_desk.ui.dialogs.stage_move import StageMoveDialog

        case = services.cases.get(in_intervention.id)
        today = services.cases.today()
        grab_dialog(app, ClientFormDialog(context, client, window), folder / "20-dialog-client-form.png")
        grab_dialog(app, ClientFormDialog(context, None, window), folder / "21-dialog-new-client.png")
        grab_dialog(app, NewCaseDialog(context, client, window), folder / "22-dialog-new-case.png")
        for number, kind in enumerate((MoveKind.FORWARD, MoveKind.BACK, MoveKind.TERMINATE, MoveKind.REFER), 23):
            from peksos_desk.domain.stages import allowed_moves

            targets = [stage for move, stage in allowed_moves(case.stage) if move is kind]
            grab_dialog(app, StageMoveDialog(context, case, kind, targets, today=today, parent=window),
                        folder / f"{number}-dialog-stage-{kind.value}.png")
        grab_dialog(app, GoalDialog(context, case.id, opened_on=case.opened_on, today=today, parent=window),
                    folder / "27-dialog-goal.png")
        grab_dialog(app, SessionDialog(context, window), folder / "28-dialog-schedule-session.png")
        grab_dialog(app, AddendumDialog(context, services.sessions.get(signed.id), window),
                    folder / "29-dialog-addendum.png")
        grab_dialog(app, ServiceTypeDialog(context, None, window), folder / "30-dialog-service-type.png")
        first = FirstRunDialog(context, window)
        grab_dialog(app, first, folder / "31-dialog-first-run.png")
        first = FirstRunDialog(context, window)
        first.start_set_up()
        grab_dialog(app, first, folder / "32-dialog-first-run-form.png")
        window.close()
    controller.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")))
