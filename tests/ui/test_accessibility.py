"""Every input can be reached and named: screen readers and keyboard users get the whole app."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from peksos_desk.domain.stages import MoveKind, allowed_moves
from peksos_desk.ui.main_window import MainWindow

pytestmark = pytest.mark.gui
INPUTS = (QLineEdit, QPlainTextEdit, QTextEdit, QComboBox, QAbstractSpinBox, QAbstractItemView)


def unnamed_inputs(root: QWidget) -> list[str]:
    buddies = {id(label.buddy()) for label in root.findChildren(QLabel) if label.buddy() is not None}
    missing = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, INPUTS) or isinstance(widget, QHeaderView) or widget.window() is not root.window():
            continue  # headers belong to their table; popups (a combo box's list) to their owner
        if isinstance(widget.parentWidget(), (QComboBox, QAbstractSpinBox)):
            continue  # the line edit inside a combo box or a spin box belongs to it
        if widget.accessibleName() or id(widget) in buddies:
            continue
        missing.append(f"{type(widget).__name__} {widget.objectName() or ''} in {type(widget.window()).__name__}")
    return missing


@pytest.fixture
def window(qtbot, context):
    from tests.services.factories import consultation, new_case, new_session

    case = new_case(context.services)
    new_session(context.services, case.id, service_type_id=consultation(context.services).id)
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    return window


def test_every_input_on_every_page_has_an_accessible_name(window):
    services = window.context.services
    case = next(c for c in services.cases.list_cases(open_only=True).rows)
    session = services.sessions.summaries_for_case(case.id)
    window.show_client(case.client_id)
    window.show_case(case.id)
    if session:
        window.show_session(session[0].id)
    for key in ("home", "clients", "cases", "schedule", "finance", "settings"):
        window.show_page(key)
    assert unnamed_inputs(window) == []


def test_every_input_in_the_dialogs_has_an_accessible_name(window, qtbot):
    services = window.context.services
    context = window.context
    case = services.cases.get(next(c for c in services.cases.list_cases(open_only=True).rows).id)
    client = services.clients.get(case.client_id)
    from peksos_desk.ui.dialogs.client_form import ClientFormDialog
    from peksos_desk.ui.dialogs.first_run import FirstRunDialog
    from peksos_desk.ui.dialogs.goal_dialog import GoalDialog
    from peksos_desk.ui.dialogs.new_case import NewCaseDialog
    from peksos_desk.ui.dialogs.service_type_dialog import ServiceTypeDialog
    from peksos_desk.ui.dialogs.session_dialog import SessionDialog
    from peksos_desk.ui.dialogs.stage_move import StageMoveDialog

    today = services.cases.today()
    dialogs = [ClientFormDialog(context, client, window), NewCaseDialog(context, client, window),
               GoalDialog(context, case.id, opened_on=case.opened_on, today=today, parent=window),
               SessionDialog(context, window), ServiceTypeDialog(context, None, window),
               FirstRunDialog(context, window)]
    for kind in (MoveKind.FORWARD, MoveKind.TERMINATE, MoveKind.REFER):
        targets = [stage for move, stage in allowed_moves(case.stage) if move is kind]
        if targets:
            dialogs.append(StageMoveDialog(context, case, kind, targets, today=today, parent=window))
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        assert unnamed_inputs(dialog) == [], type(dialog).__name__


def test_every_input_of_the_password_screens_has_an_accessible_name(window, qtbot, tmp_path):
    from peksos_desk.ui.dialogs.change_password import ChangePasswordDialog, NewRecoveryCodeDialog
    from peksos_desk.ui.dialogs.encrypt_store import EncryptStoreDialog
    from peksos_desk.ui.dialogs.first_run import FirstRunDialog
    from peksos_desk.ui.dialogs.unlock_dialog import UnlockDialog

    context = window.context
    dialogs = [UnlockDialog(str(tmp_path / "rahasia.db"), window), ChangePasswordDialog(context, window),
               NewRecoveryCodeDialog(context, window), EncryptStoreDialog(context, window),
               FirstRunDialog(None, window, create=lambda password: (context.services, None))]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        assert unnamed_inputs(dialog) == [], type(dialog).__name__
    assert window.lock_guard.lock()
    assert unnamed_inputs(window) == []
    window.lock_guard.unlock_with("")
