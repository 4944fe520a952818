"""Settings → Security: whether the store is encrypted, the idle lock, the password and the recovery code.

Also the status-bar marker that says a store is not encrypted (or holds demo data).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from peksos_desk.services.app import demo_store_location
from peksos_desk.ui.context import AppContext
from peksos_desk.ui.dialogs.change_password import ChangePasswordDialog, NewRecoveryCodeDialog
from peksos_desk.ui.dialogs.encrypt_store import EncryptStoreDialog
from peksos_desk.ui.dialogs.password_setup import heading
from peksos_desk.ui.settings import MAX_IDLE_LOCK_MINUTES

PLAIN, ENCRYPTED, DEMO, SERVER = "plain", "encrypted", "demo", "server"


def store_kind(context: AppContext) -> str:
    """ENCRYPTED, PLAIN, DEMO (the separate demo store, always plain) or SERVER (PostgreSQL)."""
    db = context.services.db
    if not db.is_sqlite:
        return SERVER
    if db.is_encrypted:
        return ENCRYPTED
    try:
        if Path(context.services.location).resolve() == demo_store_location().resolve():
            return DEMO
    except OSError:
        pass
    return PLAIN


class EncryptionMarker(QLabel):
    """The status bar's warning for a plain store: "Not encrypted", or "DEMO DATA — not encrypted, ..."."""

    def __init__(self, context: AppContext, parent: QWidget | None = None, *, demo: bool = False) -> None:
        super().__init__(parent)
        self.context = context
        self.demo = demo
        self.setObjectName("encryption_marker")
        self.refresh()

    def refresh(self) -> None:
        kind = store_kind(self.context)
        if self.demo or kind == DEMO:
            self.setText(self.tr("DEMO DATA — not encrypted, not for real clients"))
            self.setToolTip(self.tr("Invented records for looking around. Your own practice is kept in another "
                                    "store."))
            self.setStyleSheet("color: #b71c1c; font-weight: bold;")
        elif kind == PLAIN:
            self.setText(self.tr("Not encrypted"))
            self.setToolTip(self.tr("Anyone who copies this store's file can read it. Encrypt it in Settings → "
                                    "Security."))
            self.setStyleSheet("color: #e65100; font-weight: bold;")
        else:
            self.clear()
            self.setToolTip("")
        self.setAccessibleName(self.text())
        self.setVisible(bool(self.text()))


class SecuritySettings(QWidget):
    """The Security tab of Settings.

    ``before_encrypting`` saves the window's pending work before the store is closed for its conversion (by
    default the window's ``flush``). ``title`` is the tab's title.

    Signals:
        idle_minutes_changed: the idle-lock minutes were changed and stored (0: never).
        store_changed: the store was encrypted and ``context.services`` replaced by the reopened one.
        password_changed: the password was changed.
    """

    idle_minutes_changed = Signal(int)
    store_changed = Signal()
    password_changed = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None, *,
                 before_encrypting: Callable[[], bool] | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.before_encrypting = before_encrypting or self._save_window_work
        self.title = self.tr("&Security")

        self.state_title = heading("", self, 1.1)
        self.state_text = QLabel(self)
        self.state_text.setWordWrap(True)
        self.change_button = QPushButton(self.tr("&Change password…"), self)
        self.change_button.clicked.connect(self.change_password)
        self.code_button = QPushButton(self.tr("New &recovery code…"), self)
        self.code_button.clicked.connect(self.new_recovery_code)
        self.encrypt_button = QPushButton(self.tr("&Encrypt this store…"), self)
        self.encrypt_button.clicked.connect(self.encrypt_store)
        self.status = QLabel(self)
        self.status.setWordWrap(True)

        self.idle_minutes = QSpinBox(self)
        self.idle_minutes.setRange(0, MAX_IDLE_LOCK_MINUTES)
        self.idle_minutes.setSuffix(self.tr(" min"))
        self.idle_minutes.setSpecialValueText(self.tr("Never"))
        self.idle_minutes.setAccessibleName(self.tr("Lock after minutes without use"))
        self.idle_minutes.setValue(context.settings.idle_lock_minutes)
        self.idle_minutes.valueChanged.connect(self.set_idle_minutes)
        idle_label = QLabel(self.tr("Lock &after"), self)
        idle_label.setBuddy(self.idle_minutes)
        idle_hint = QLabel(self.tr("Minutes without keyboard or mouse use before Peksos Desk hides your records "
                                   "behind the lock screen (0: never). Lock at any time with Ctrl+L."), self)
        idle_hint.setWordWrap(True)
        idle_hint.setStyleSheet("color: palette(placeholder-text);")
        idle_column = QVBoxLayout()
        idle_column.setSpacing(2)
        idle_column.addWidget(self.idle_minutes, 0, Qt.AlignmentFlag.AlignLeft)
        idle_column.addWidget(idle_hint)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(idle_label, idle_column)

        buttons = QHBoxLayout()
        for button in (self.change_button, self.code_button, self.encrypt_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        box = QWidget(self)
        box.setMaximumWidth(720)
        inner = QVBoxLayout(box)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addWidget(self.state_title)
        inner.addWidget(self.state_text)
        inner.addLayout(buttons)
        inner.addWidget(self.status)
        inner.addSpacing(16)
        inner.addWidget(heading(self.tr("Lock screen"), self, 1.1))
        inner.addLayout(form)
        layout = QVBoxLayout(self)
        layout.addWidget(box)
        layout.addStretch(1)
        self.refresh()

    def _save_window_work(self) -> bool:
        """Save what the window's pages still hold (note drafts...) before the store is closed."""
        flush = getattr(self.window(), "flush", None)
        return bool(flush()) if callable(flush) else True

    def refresh(self) -> None:
        """Show the store's state and the buttons that fit it."""
        kind = store_kind(self.context)
        texts = {
            ENCRYPTED: (self.tr("This store is encrypted"), self.tr(
                "Your records can only be read with your password or your recovery code. Keep the recovery code "
                "on paper, away from this laptop.")),
            PLAIN: (self.tr("This store is not encrypted"), self.tr(
                "Anyone who copies the file can read your records. Encrypt it to protect them with a password.")),
            DEMO: (self.tr("Demo data: not encrypted"), self.tr(
                "This store holds invented records and needs no password. Your own practice is kept in "
                "another store, encrypted when you set it up.")),
            SERVER: (self.tr("Store on a database server"), self.tr(
                "This store is kept on a PostgreSQL server: its protection (accounts, passwords, disk "
                "encryption) is managed there, not in Peksos Desk.")),
        }
        title, text = texts[kind]
        self.state_title.setText(title)
        self.state_text.setText(text)
        self.change_button.setVisible(kind == ENCRYPTED)
        self.code_button.setVisible(kind == ENCRYPTED)
        self.encrypt_button.setVisible(kind == PLAIN)

    # -- preferences -------------------------------------------------------------------------------------

    def set_idle_minutes(self, minutes: int) -> None:
        """Store the idle-lock minutes and tell the window."""
        self.context.settings.idle_lock_minutes = minutes
        self.context.settings.sync()
        self.idle_minutes.setValue(minutes)
        self.idle_minutes_changed.emit(minutes)

    # -- dialogs -----------------------------------------------------------------------------------------

    def _open(self, dialog: QWidget) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()  # type: ignore[attr-defined]

    def change_password(self) -> ChangePasswordDialog:
        """Open the Change password dialog (returned, for tests to fill)."""
        self.status.clear()
        dialog = ChangePasswordDialog(self.context, self)
        dialog.changed.connect(lambda: self.status.setText(self.tr(
            "Password changed. Use the new one from now on; your recovery code still works.")))
        dialog.changed.connect(self.password_changed)
        self._open(dialog)
        return dialog

    def new_recovery_code(self) -> NewRecoveryCodeDialog:
        """Open the New recovery code dialog."""
        self.status.clear()
        dialog = NewRecoveryCodeDialog(self.context, self)
        dialog.replaced.connect(lambda: self.status.setText(self.tr(
            "A new recovery code was made; the old one no longer works.")))
        self._open(dialog)
        return dialog

    def encrypt_store(self) -> EncryptStoreDialog:
        """Open the Encrypt this store dialog."""
        self.status.clear()
        dialog = EncryptStoreDialog(self.context, self, before=self.before_encrypting)
        dialog.encrypted.connect(self._on_encrypted)
        self._open(dialog)
        return dialog

    def _on_encrypted(self) -> None:
        self.refresh()
        self.status.setText(self.tr("The store is encrypted. From now on Peksos Desk asks your password when it "
                                    "starts and when it is unlocked."))
        self.store_changed.emit()
