"""Changing the password of the open store, and replacing its recovery code (Settings → Security)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from peksos_desk.domain.errors import PeksosError, ValidationError, WrongPassword
from peksos_desk.ui.context import AppContext
from peksos_desk.ui.dialogs.password_setup import PasswordSetupPage, RecoveryCodePage, heading, paragraph, ui_text
from peksos_desk.ui.dialogs.unlock_dialog import BusyCursor
from peksos_desk.ui.widgets.field_errors import FieldErrors
from peksos_desk.ui.widgets.password_field import PasswordInput


def _current_password_row(parent: QWidget, form: QFormLayout, text: str, name: str
                          ) -> tuple[PasswordInput, FieldErrors, QLabel]:
    field = PasswordInput(parent)
    field.setAccessibleName(name)
    label = QLabel(text, parent)
    label.setBuddy(field.edit)
    form.addRow(label, field)
    message = QLabel(parent)
    errors = FieldErrors(message)
    errors.register("current", field.edit)
    return field, errors, message


class ChangePasswordDialog(QDialog):
    """The current password, then a new one typed twice; the recovery code keeps working.

    Signals:
        changed: the password was changed.
    """

    changed = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Change password"))
        self.setMinimumWidth(560)
        names = [context.services.profile.get().full_name]
        self.setup = PasswordSetupPage(self, title=self.tr("Change password"), intro=self.tr(
            "Type the password you use now, then the new one twice. Your recovery code stays the same."),
            names=lambda: names)
        self.current = PasswordInput(self)
        self.current.setAccessibleName(self.tr("Current password"))
        current_label = QLabel(self.tr("&Current password"), self)
        current_label.setBuddy(self.current.edit)
        current_message = QLabel(self)
        self.current_errors = FieldErrors(current_message)
        self.current_errors.register("current", self.current.edit)
        column = QVBoxLayout()
        column.setSpacing(3)
        column.addWidget(self.current)
        column.addWidget(current_message)
        self.setup.form.insertRow(0, current_label, column)
        self.current.submitted.connect(self.setup.focus)
        self.setup.submitted.connect(self.save)
        cancel = QPushButton(self.tr("Cancel"), self)
        cancel.clicked.connect(self.reject)
        self.save_button = QPushButton(self.tr("&Change password"), self)
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.setup, 1)
        layout.addLayout(buttons)
        self.current.setFocus()

    def save(self) -> bool:
        """Change the password; a wrong current one or a weak new one is said at its field."""
        self.current_errors.clear()
        if not self.current.text():
            self.current_errors.show(ValidationError("current", ui_text(self.tr("Type the password you use now."))))
            return False
        new = self.setup.chosen_password()
        if new is None:
            return False
        try:
            with BusyCursor():
                self.context.services.security.change_password(self.current.text(), new)
        except WrongPassword as exc:
            self.current_errors.show(ValidationError("current", exc.text))
            self.current.edit.selectAll()
            return False
        except ValidationError as exc:
            self.setup.show_error(exc)
            return False
        except PeksosError as exc:
            self.setup.show_text(str(exc))
            return False
        self.current.clear()
        self.setup.clear()
        self.changed.emit()
        self.accept()
        return True


class NewRecoveryCodeDialog(QDialog):
    """Replace the recovery code (the written one was lost): asks the password, then shows the new code once.

    Signals:
        replaced: a new code was made (the old one no longer works).
    """

    replaced = Signal()
    ASK, CODE = range(2)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("New recovery code"))
        self.setMinimumWidth(560)
        self.pages = QStackedWidget(self)
        ask = QWidget(self)
        form = QFormLayout()
        self.password, self.errors, message = _current_password_row(ask, form, self.tr("&Password"),
                                                                    self.tr("Password"))
        self.password.submitted.connect(self.make_code)
        cancel = QPushButton(self.tr("Cancel"), ask)
        cancel.clicked.connect(self.reject)
        self.make_button = QPushButton(self.tr("&Make a new code"), ask)
        self.make_button.setDefault(True)
        self.make_button.clicked.connect(self.make_code)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.make_button)
        ask_layout = QVBoxLayout(ask)
        ask_layout.setContentsMargins(0, 0, 0, 0)
        ask_layout.addWidget(heading(self.tr("New recovery code"), ask))
        ask_layout.addWidget(paragraph(self.tr(
            "Make a new recovery code when the one you wrote down is lost, or someone else may have seen it. "
            "<b>The old code stops working at once.</b> Type your password to go on."), ask))
        ask_layout.addLayout(form)
        ask_layout.addWidget(message)
        ask_layout.addStretch(1)
        ask_layout.addLayout(buttons)
        self.pages.addWidget(ask)
        self.code_page = RecoveryCodePage(self, continue_text=self.tr("&Done"))
        self.code_page.confirmed.connect(self.accept)
        self.pages.addWidget(self.code_page)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        self.password.setFocus()

    def make_code(self) -> bool:
        """Check the password and make the new code; show it."""
        self.errors.clear()
        if not self.password.text():
            self.errors.show(ValidationError("current", ui_text(self.tr("Type your password."))))
            return False
        try:
            with BusyCursor():
                code = self.context.services.security.new_recovery_code(self.password.text())
        except WrongPassword as exc:
            self.errors.show(ValidationError("current", exc.text))
            self.password.edit.selectAll()
            return False
        except PeksosError as exc:
            self.errors.show_text(str(exc))
            return False
        self.password.clear()
        self.code_page.set_code(code)
        self.pages.setCurrentIndex(self.CODE)
        self.code_page.written_down.setFocus()
        self.replaced.emit()
        return True

    def reject(self) -> None:
        # The new code replaced the old one: it must be seen and confirmed before the dialog goes away.
        if self.pages.currentIndex() == self.CODE:
            self.code_page.written_down.setFocus()
            return
        super().reject()
