"""Asking the password of an encrypted store before the main window opens; "Forgot password?" resets it.

Nothing is opened or changed until the right password (or recovery code) is given; Cancel quits. After wrong
tries the throttle's growing wait is shown as a countdown with the button disabled.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication, QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from peksos_desk.domain.errors import PeksosError, ValidationError, WrongPassword
from peksos_desk.services.app import Services
from peksos_desk.services.security import UnlockThrottle
from peksos_desk.ui.dialogs.password_setup import PasswordSetupPage, RecoveryCodePage, heading, paragraph, ui_text
from peksos_desk.ui.widgets.field_errors import FieldErrors
from peksos_desk.ui.widgets.password_field import Countdown, PasswordInput


class Opener(Protocol):
    def __call__(self, target: str, *, password: str | None = None,
                 recovery_code: str | None = None) -> Services: ...


class BusyCursor:
    """The wait cursor while a password is checked (a deliberate fraction of a second)."""

    def __enter__(self) -> None:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)

    def __exit__(self, *_exc: object) -> None:
        QGuiApplication.restoreOverrideCursor()


class PasswordPrompt(QWidget):
    """A password field, a message under it, the countdown after wrong tries, and the button row.

    The owner connects ``submitted`` and calls :meth:`failed` / :meth:`succeeded` with the result.

    Signals:
        submitted: the user asked to unlock (button or Enter) and no wait is running (the typed password).
        forgot: "Forgot password?" was pressed.
    """

    submitted = Signal(str)
    forgot = Signal()

    def __init__(self, throttle: UnlockThrottle, parent: QWidget | None = None, *,
                 clock: Callable[[], float] = time.monotonic, unlock_text: str = "", needs_password: bool = True
                 ) -> None:
        super().__init__(parent)
        self.throttle = throttle
        self.needs_password = needs_password
        self.password = PasswordInput(self)
        self.password.setAccessibleName(self.tr("Password"))
        self.message = QLabel(self)
        self.errors = FieldErrors(self.message)
        self.errors.register("password", self.password.edit)
        self.wait_label = QLabel(self)
        self.wait_label.setWordWrap(True)
        self.wait_label.setStyleSheet("color: #b71c1c;")
        self.wait_label.hide()
        self.countdown = Countdown(self, clock)
        self.countdown.ticked.connect(self._show_wait)
        self.unlock_button = QPushButton(unlock_text or self.tr("&Unlock"), self)
        self.unlock_button.setDefault(True)
        self.unlock_button.setAutoDefault(True)
        self.unlock_button.clicked.connect(self.submit)
        self.forgot_button = QPushButton(self.tr("&Forgot password?"), self)
        self.forgot_button.setFlat(True)
        self.forgot_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.forgot_button.clicked.connect(self.forgot)
        self.password.submitted.connect(self.submit)

        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        label = QLabel(self.tr("&Password"), self)
        label.setBuddy(self.password.edit)
        self.form.addRow(label, self.password)
        self.buttons = QHBoxLayout()
        self.buttons.addWidget(self.forgot_button)
        self.buttons.addStretch(1)
        self.buttons.addWidget(self.unlock_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addWidget(self.wait_label)
        layout.addLayout(self.buttons)
        for widget in (label, self.password, self.forgot_button):
            widget.setVisible(needs_password)
        self._show_wait(0)

    def submit(self) -> None:
        """Ask to unlock with what was typed, unless the throttle's wait is still running."""
        if self.countdown.running:
            return
        typed = self.password.text() if self.needs_password else ""
        if self.needs_password and not typed:
            self.errors.show(ValidationError("password", ui_text(self.tr("Type your password."))))
            return
        self.submitted.emit(typed)

    def failed(self, error: PeksosError) -> None:
        """The password was wrong: say so at the field, select it for retyping, start the wait."""
        delay = self.throttle.record_failure()
        if isinstance(error, ValidationError):
            self.errors.show(error)
        else:
            self.errors.show(ValidationError("password", error.text))
        self.password.edit.selectAll()
        self.countdown.start(delay)

    def show_problem(self, error: PeksosError) -> None:
        """Something other than a wrong password (a damaged key file): no wait, the message as it is."""
        self.errors.show_text(str(error))

    def succeeded(self) -> None:
        """The right password: forget it and any wait."""
        self.throttle.record_success()
        self.countdown.stop()
        self.password.clear()
        self.errors.clear()

    def resume_wait(self) -> None:
        """Continue a wait the throttle still imposes (after switching pages or locking again)."""
        remaining = self.throttle.remaining()
        if remaining > 0:
            self.countdown.start(remaining)

    def _show_wait(self, seconds: int) -> None:
        waiting = seconds > 0
        self.unlock_button.setEnabled(not waiting)
        self.wait_label.setVisible(waiting)
        if waiting:
            self.wait_label.setText(self.tr("Too many wrong tries. Next try in {0} s.").format(seconds))

    def focus(self) -> None:
        (self.password if self.needs_password else self.unlock_button).setFocus()


class RecoveryResetPage(QWidget):
    """"Forgot password?": the recovery code and a new password typed twice.

    Signals:
        reset_requested: the code and a good new password were typed (code, new password).
        back: the user wants the password field again.
    """

    reset_requested = Signal(str, str)
    back = Signal()

    def __init__(self, throttle: UnlockThrottle, parent: QWidget | None = None, *,
                 clock: Callable[[], float] = time.monotonic,
                 names: Callable[[], list[str]] = lambda: []) -> None:
        super().__init__(parent)
        self.throttle = throttle
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading(self.tr("Reset the password with the recovery code"), self))
        layout.addWidget(paragraph(self.tr(
            "Type the recovery code you wrote down when the password was chosen (capital or small letters, with or "
            "without the dashes), then a new password. Afterwards you get a new recovery code: the old one stops "
            "working."), self))
        self.code = QLineEdit(self)
        self.code.setAccessibleName(self.tr("Recovery code"))
        self.code.setPlaceholderText("XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX")
        code_label = QLabel(self.tr("Recovery &code"), self)
        code_label.setBuddy(self.code)
        self.code_message = QLabel(self)
        self.code_errors = FieldErrors(self.code_message)
        self.code_errors.register("recovery_code", self.code)
        code_column = QVBoxLayout()
        code_column.setSpacing(3)
        code_column.addWidget(self.code)
        code_column.addWidget(self.code_message)
        self.setup = PasswordSetupPage(self, title=" ", intro=" ", names=names)
        self.setup.title.hide()
        self.setup.intro.hide()
        self.setup.form.insertRow(0, code_label, code_column)
        layout.addWidget(self.setup, 1)
        self.wait_label = QLabel(self)
        self.wait_label.setStyleSheet("color: #b71c1c;")
        self.wait_label.hide()
        layout.addWidget(self.wait_label)
        self.countdown = Countdown(self, clock)
        self.countdown.ticked.connect(self._show_wait)
        self.back_button = QPushButton(self.tr("&Back"), self)
        self.back_button.clicked.connect(self.back)
        self.reset_button = QPushButton(self.tr("&Reset password"), self)
        self.reset_button.setDefault(True)
        self.reset_button.clicked.connect(self.submit)
        self.setup.submitted.connect(self.submit)
        self.code.returnPressed.connect(self.setup.focus)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.reset_button)
        layout.addLayout(buttons)

    def submit(self) -> None:
        if self.countdown.running:
            return
        self.code_errors.clear()
        code = self.code.text().strip()
        if not code:
            self.code_errors.show(ValidationError("recovery_code", ui_text(self.tr(
                "Type the recovery code you wrote down."))))
            return
        password = self.setup.chosen_password()
        if password is not None:
            self.reset_requested.emit(code, password)

    def failed(self, error: PeksosError) -> None:
        """The code does not open the store: say so at the code field and start the throttle's wait."""
        delay = self.throttle.record_failure()
        self.code_errors.show(ValidationError("recovery_code", error.text))
        self.countdown.start(delay)

    def resume_wait(self) -> None:
        remaining = self.throttle.remaining()
        if remaining > 0:
            self.countdown.start(remaining)

    def _show_wait(self, seconds: int) -> None:
        self.reset_button.setEnabled(seconds <= 0)
        self.wait_label.setVisible(seconds > 0)
        if seconds > 0:
            self.wait_label.setText(self.tr("Too many wrong tries. Next try in {0} s.").format(seconds))

    def clear(self) -> None:
        self.code.clear()
        self.code_errors.clear()
        self.setup.clear()

    def focus(self) -> None:
        self.code.setFocus()


class UnlockDialog(QDialog):
    """The password of an encrypted store, asked before anything else; ``services`` is set when accepted.

    ``opener`` is ``Services.open`` (replaced in tests); ``clock`` counts the throttle's seconds.

    Attributes:
        services: the opened store, after the dialog was accepted.
        new_code: the new recovery code, after a reset with the old one.
    """

    UNLOCK, FORGOT, NEW_CODE = range(3)

    def __init__(self, target: str, parent: QWidget | None = None, *, opener: Opener | None = None,
                 throttle: UnlockThrottle | None = None, clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__(parent)
        self.target = target
        self.opener: Opener = opener or Services.open
        self.throttle = throttle or UnlockThrottle(clock)
        self.services: Services | None = None
        self.new_code: str | None = None
        self.setWindowTitle(self.tr("Peksos Desk — password"))
        self.setMinimumWidth(560)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self._build_unlock(clock))
        self.reset_page = RecoveryResetPage(self.throttle, self, clock=clock)
        self.reset_page.back.connect(self.show_unlock)
        self.reset_page.reset_requested.connect(self.reset_with_recovery)
        self.pages.addWidget(self.reset_page)
        self.code_page = RecoveryCodePage(self, continue_text=self.tr("&Open Peksos Desk"))
        self.code_page.confirmed.connect(self.accept)
        self.pages.addWidget(self.code_page)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        self.show_unlock()

    def _build_unlock(self, clock: Callable[[], float]) -> QWidget:
        page = QWidget(self)
        title = heading(self.tr("Your records are encrypted"), page, 1.4)
        text = paragraph(self.tr("Type your password to open them."), page)
        where = QLabel(self.target, page)
        where.setWordWrap(True)
        where.setStyleSheet("color: palette(placeholder-text);")
        self.prompt = PasswordPrompt(self.throttle, page, clock=clock, unlock_text=self.tr("&Open"))
        self.prompt.submitted.connect(self.unlock)
        self.prompt.forgot.connect(self.show_forgot)
        self.quit_button = QPushButton(self.tr("&Quit"), page)
        self.quit_button.clicked.connect(self.reject)
        self.prompt.buttons.insertWidget(2, self.quit_button)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(title)
        layout.addWidget(text)
        layout.addWidget(where)
        layout.addSpacing(8)
        layout.addWidget(self.prompt)
        layout.addStretch(1)
        return page

    # -- pages -------------------------------------------------------------------------------------------

    def _show_page(self, index: int) -> None:
        """Show page ``index``, the dialog sized to it (not to the tallest page, which left a blank under the
        password field)."""
        self.pages.setCurrentIndex(index)
        for number in range(self.pages.count()):  # the pages not shown take no room
            policy = QSizePolicy.Policy.Preferred if number == index else QSizePolicy.Policy.Ignored
            widget = self.pages.widget(number)
            assert widget is not None
            widget.setSizePolicy(policy, policy)
        layout = self.layout()
        page = self.pages.currentWidget()
        assert layout is not None and page is not None
        layout.invalidate()
        layout.activate()
        margins = layout.contentsMargins()
        width = self.width() if self.isVisible() else self.minimumWidth()
        height = page.heightForWidth(width - margins.left() - margins.right())
        if height < 0:
            height = page.sizeHint().height()
        self.resize(width, max(height + margins.top() + margins.bottom(), self.minimumSizeHint().height()))

    def show_unlock(self) -> None:
        self._show_page(self.UNLOCK)
        self.prompt.resume_wait()
        self.prompt.focus()

    def show_forgot(self) -> None:
        self._show_page(self.FORGOT)
        self.reset_page.resume_wait()
        self.reset_page.focus()

    # -- actions -----------------------------------------------------------------------------------------

    def unlock(self, password: str) -> bool:
        """Open the store with ``password``; on a wrong one say so and make the next try wait."""
        try:
            with BusyCursor():
                services = self.opener(self.target, password=password)
        except WrongPassword as exc:
            self.prompt.failed(exc)
            return False
        except PeksosError as exc:
            self.prompt.show_problem(exc)
            return False
        self.prompt.succeeded()
        self.services = services
        self.accept()
        return True

    def reset_with_recovery(self, code: str, password: str) -> bool:
        """Open the store with the recovery code, set the new password, and show the new code."""
        try:
            with BusyCursor():
                services = self.opener(self.target, recovery_code=code)
        except WrongPassword as exc:
            self.reset_page.failed(exc)
            return False
        except PeksosError as exc:
            self.reset_page.code_errors.show_text(str(exc))
            return False
        try:
            with BusyCursor():
                new_code = services.security.reset_password_with_recovery(code, password)
        except ValidationError as exc:
            services.close()
            self.reset_page.setup.show_error(exc)
            return False
        except PeksosError as exc:
            services.close()
            self.reset_page.setup.show_text(str(exc))
            return False
        self.throttle.record_success()
        self.reset_page.clear()
        self.services, self.new_code = services, new_code
        self.code_page.set_code(new_code)
        self._show_page(self.NEW_CODE)
        self.code_page.written_down.setFocus()
        return True

    def reject(self) -> None:
        # Once the password was reset, the new recovery code must be seen: the dialog only closes by going on.
        if self.pages.currentIndex() == self.NEW_CODE:
            self.code_page.written_down.setFocus()
            return
        super().reject()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self.pages.currentIndex() == self.FORGOT:
            self.show_unlock()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.pages.currentIndex() == self.NEW_CODE:
            event.ignore()
            return
        super().closeEvent(event)
