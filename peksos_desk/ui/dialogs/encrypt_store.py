"""Encrypting a plain store from Settings: a password, the conversion off the GUI thread, the recovery code.

The store must be closed while it is converted (``services.security.encrypt_existing_store``), so the window's
pending work is saved first, the store is closed, converted by a worker thread behind a busy page, and opened
again with the new password. If anything fails the original file is untouched and simply used again.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QThread, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from peksos_desk.domain.errors import PeksosError, ValidationError
from peksos_desk.services.app import Services
from peksos_desk.services.security import encrypt_existing_store
from peksos_desk.ui.context import AppContext
from peksos_desk.ui.dialogs.password_setup import PasswordSetupPage, RecoveryCodePage, heading, paragraph

Encrypter = Callable[[Path, str], str]


class _Worker(QThread):
    """Runs the conversion; touches no widget."""

    def __init__(self, encrypt: Encrypter, path: Path, password: str, parent: QWidget) -> None:
        super().__init__(parent)
        self._encrypt, self._path, self._password = encrypt, path, password
        self.code: str | None = None
        self.error: PeksosError | None = None

    def run(self) -> None:
        try:
            self.code = self._encrypt(self._path, self._password)
        except PeksosError as exc:
            self.error = exc
        finally:
            self._password = ""


class EncryptStoreDialog(QDialog):
    """Password → conversion (busy) → recovery code. ``context.services`` is replaced by the encrypted store.

    ``before`` is called before the store is closed (the window saves its pending work); it returns False to
    stop. ``encrypt`` and ``opener`` are the services' functions, replaced in tests.

    Signals:
        encrypted: the store is now encrypted and ``context.services`` is the newly opened one.
    """

    encrypted = Signal()
    PASSWORD, BUSY, CODE = range(3)

    def __init__(self, context: AppContext, parent: QWidget | None = None, *,
                 before: Callable[[], bool] = lambda: True, encrypt: Encrypter = encrypt_existing_store,
                 opener: Callable[..., Services] = Services.open) -> None:
        super().__init__(parent)
        self.context = context
        self.before = before
        self.encrypt = encrypt
        self.opener = opener
        self.worker: _Worker | None = None
        self._password = ""
        self.setWindowTitle(self.tr("Encrypt this store"))
        self.setMinimumWidth(600)
        self.pages = QStackedWidget(self)

        first = QWidget(self)
        names = [context.services.profile.get().full_name]  # read once: the store is closed while converting
        self.setup = PasswordSetupPage(first, title=self.tr("Encrypt this store"), intro=self.tr(
            "<p>The records in this store are kept <b>unencrypted</b>: anyone who copies the file can read "
            "them. Encrypting rewrites the file so that only your password (or the recovery code you get next) "
            "opens it.</p><p>Your work is saved first, and the store is closed for a moment while it is "
            "converted. If anything goes wrong, the store stays exactly as it is now.</p>"),
            names=lambda: names)
        self.setup.submitted.connect(self.start)
        cancel = QPushButton(self.tr("Cancel"), first)
        cancel.clicked.connect(self.reject)
        self.start_button = QPushButton(self.tr("&Encrypt"), first)
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(self.start)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.start_button)
        first_layout = QVBoxLayout(first)
        first_layout.setContentsMargins(0, 0, 0, 0)
        first_layout.addWidget(self.setup, 1)
        first_layout.addLayout(buttons)
        self.pages.addWidget(first)

        busy = QWidget(self)
        self.busy_bar = QProgressBar(busy)
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setAccessibleName(self.tr("Encrypting"))
        busy_layout = QVBoxLayout(busy)
        busy_layout.setContentsMargins(0, 0, 0, 0)
        busy_layout.addWidget(heading(self.tr("Encrypting your records…"), busy))
        busy_layout.addWidget(paragraph(self.tr(
            "This takes a moment for a large store. Please do not switch the computer off."), busy))
        busy_layout.addWidget(self.busy_bar)
        busy_layout.addStretch(1)
        self.pages.addWidget(busy)

        self.code_page = RecoveryCodePage(self, continue_text=self.tr("&Done"))
        self.code_page.confirmed.connect(self.accept)
        self.pages.addWidget(self.code_page)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        self.setup.focus()

    @property
    def busy(self) -> bool:
        return self.worker is not None

    def start(self) -> bool:
        """Check the password, save the window's work, close the store and convert it in a worker thread."""
        if self.busy:
            return False
        password = self.setup.chosen_password()
        if password is None:
            return False
        if not self.before():
            self.setup.show_text(self.tr("Your latest changes could not be saved, so nothing was encrypted. "
                                         "Look at the message on the page, then try again."))
            return False
        self._password = password
        path = Path(self.context.services.location)
        self.context.services.close()
        self.pages.setCurrentIndex(self.BUSY)
        self.worker = _Worker(self.encrypt, path, password, self)
        self.worker.finished.connect(self._finished)
        self.worker.start()
        return True

    def _finished(self) -> None:
        worker, self.worker = self.worker, None
        assert worker is not None
        worker.wait()  # "finished" comes just before the thread's own end
        worker.deleteLater()
        password, self._password = self._password, ""
        if worker.error is not None or worker.code is None:
            # Nothing changed: the same store is used again (its engine reconnects on the next query).
            self.pages.setCurrentIndex(self.PASSWORD)
            error = worker.error
            if isinstance(error, ValidationError):
                self.setup.show_error(error)
            else:
                self.setup.show_text(str(error))
            return
        old = self.context.services
        self.setup.clear()
        self.code_page.set_code(worker.code)
        self.pages.setCurrentIndex(self.CODE)
        self.code_page.written_down.setFocus()
        try:
            self.context.services = self.opener(old.location, password=password)
        except PeksosError as exc:
            # Encrypted, but not opened again: the code must still be written down; then a restart opens it.
            self.code_page.status.setText(self.tr(
                "The store was encrypted, but could not be opened again: {0} After writing the code down, close "
                "Peksos Desk and start it again with your new password.").format(str(exc)))
            return
        old.close()
        self.encrypted.emit()

    def reject(self) -> None:
        # Not while converting, and not before the new recovery code was confirmed.
        if self.busy:
            return
        if self.pages.currentIndex() == self.CODE:
            self.code_page.written_down.setFocus()
            return
        super().reject()
