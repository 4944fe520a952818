"""Choosing the password that protects a saved PDF (AES-256), and knowing when a copy leaves the computer.

A document saved on a USB stick, a network share or a folder that a cloud service copies to the internet
leaves the practice: the viewer then offers to protect it. The password is never kept: it lives in this
dialog until the copy is written, and the user tells the receiver by another way (a phone call, not the
e-mail that carries the file).
"""

from __future__ import annotations

import sys
from enum import Enum
from pathlib import Path

from PySide6.QtCore import QStorageInfo
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from peksos_desk.domain.errors import ValidationError
from peksos_desk.domain.text import Text
from peksos_desk.reports.protect import MIN_PASSWORD_LENGTH, check_password
from peksos_desk.ui.widgets.field_errors import FieldErrors
from peksos_desk.ui.widgets.password_field import PasswordInput


class Destination(Enum):
    """Where a saved copy goes, as far as protection is concerned."""

    LOCAL = "local"
    REMOVABLE = "removable"
    NETWORK = "network"
    SYNCED = "synced"


_SYNCED_FOLDERS = ("dropbox", "onedrive", "google drive", "googledrive", "my drive", "icloud drive",
                   "iclouddrive", "mobile documents", "nextcloud", "owncloud", "pcloud drive", "mega", "megasync",
                   "syncthing", "box sync")
_REMOVABLE_ROOTS = ("/media/", "/run/media/", "/mnt/", "/Volumes/")
_REMOVABLE_FILE_SYSTEMS = ("vfat", "msdos", "fat", "fat16", "fat32", "exfat", "udf", "iso9660")
_NETWORK_FILE_SYSTEMS = ("nfs", "nfs4", "cifs", "smb", "smbfs", "smb2", "smb3", "fuse.sshfs", "sshfs", "davfs",
                         "fuse.davfs", "9p", "fuse.rclone", "afpfs", "webdav", "fuse.gvfsd-fuse")

MISMATCH = Text("Kedua kata sandi berbeda: ketik kata sandi yang sama di kedua kolom.",
                "The two passwords differ: type the same password in both fields.")


def destination_of(path: Path) -> Destination:
    """Whether ``path`` is on a removable drive, a network share or a cloud-synced folder (by the folder's
    name, the mount point and the file system; a guess on the safe side, never a guarantee)."""
    absolute = path.expanduser().absolute()
    folders = [part.casefold() for part in absolute.parent.parts]
    if any(name == part or part.startswith(f"{name} ") or part.startswith(f"{name}-") or part.startswith(f"{name} (")
           for part in folders for name in _SYNCED_FOLDERS):
        return Destination.SYNCED
    if str(absolute).startswith(("\\\\", "//")):  # a Windows share (\\server\folder)
        return Destination.NETWORK
    existing = absolute.parent
    while not existing.exists() and existing != existing.parent:
        existing = existing.parent
    storage = QStorageInfo(str(existing))
    file_system = bytes(storage.fileSystemType().data()).decode(errors="replace").casefold()
    if file_system in _NETWORK_FILE_SYSTEMS or file_system.startswith("fuse.sshfs"):
        return Destination.NETWORK
    if file_system in _REMOVABLE_FILE_SYSTEMS:
        return Destination.REMOVABLE
    text = absolute.as_posix()
    if sys.platform != "win32" and any(text.startswith(root) for root in _REMOVABLE_ROOTS):
        return Destination.REMOVABLE
    return Destination.LOCAL


class PdfPasswordDialog(QDialog):
    """The password (typed twice) for a protected copy; it accepts only a password the protection takes.

    Open it with ``open()`` and read :meth:`password` when ``accepted`` fires.
    """

    def __init__(self, parent: QWidget | None = None, *, file_name: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Protect with a password"))
        self.setMinimumWidth(460)
        intro = QLabel(self.tr("The saved copy opens only with this password (AES-256 encryption). Tell the "
                               "receiver the password another way, for example by phone, never in the e-mail "
                               "that carries the file. The password is not kept: write it down if you need it."),
                       self)
        intro.setWordWrap(True)
        self.file_label = QLabel(self.tr("File: {0}").format(file_name), self)
        self.file_label.setWordWrap(True)
        self.file_label.setVisible(bool(file_name))

        self.password = PasswordInput(self)
        self.password.setAccessibleName(self.tr("Password"))
        self.confirmation = PasswordInput(self)
        self.confirmation.setAccessibleName(self.tr("Password again"))
        # One Show/Hide for both: the user sees (or hides) the two at once.
        policy = self.confirmation.toggle.sizePolicy()
        policy.setRetainSizeWhenHidden(True)  # the two fields stay the same width, one above the other
        self.confirmation.toggle.setSizePolicy(policy)
        self.confirmation.toggle.hide()
        self.password.toggle.toggled.connect(self.confirmation.set_shown)
        hint = QLabel(self.tr("At least %n characters; a short sentence is easier to remember than a jumble.", "",
                              MIN_PASSWORD_LENGTH), self)
        hint.setWordWrap(True)
        hint.setStyleSheet("color: palette(placeholder-text);")

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for text, widget in ((self.tr("&Password"), self.password), (self.tr("&Again"), self.confirmation)):
            label = QLabel(text, self)
            label.setBuddy(widget.edit)
            form.addRow(label, widget)
        form.addRow("", hint)

        self.message = QLabel(self)
        self.errors = FieldErrors(self.message)
        self.errors.register("password", self.password.edit)
        self.errors.register("confirmation", self.confirmation.edit)
        self.password.text_changed.connect(self._on_typed)
        self.confirmation.text_changed.connect(self._on_typed)
        self.password.submitted.connect(self.confirmation.setFocus)
        self.confirmation.submitted.connect(self.accept_if_valid)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Protect and &save"))
        self.buttons.accepted.connect(self.accept_if_valid)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.file_label)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.password.setFocus()

    def password_text(self) -> str:
        """The password typed (valid once the dialog is accepted)."""
        return self.password.text()

    def check(self) -> bool:
        """Whether the two fields hold the same acceptable password; if not, say why at the field."""
        self.errors.clear()
        try:
            check_password(self.password.text())
        except ValidationError as exc:
            self.errors.show(exc)
            return False
        if self.confirmation.text() != self.password.text():
            self.errors.show(ValidationError("confirmation", MISMATCH))
            return False
        return True

    def accept_if_valid(self) -> bool:
        """Accept the dialog when :meth:`check` passes."""
        if not self.check():
            return False
        self.accept()
        return True

    def _on_typed(self) -> None:
        # A refusal goes as soon as the user starts to put it right.
        if self.message.isVisible():
            self.errors.clear()

    def done(self, result: int) -> None:
        super().done(result)
        if result != QDialog.DialogCode.Accepted:
            self.forget()

    def forget(self) -> None:
        """Clear both fields (after the copy is written, or when cancelled)."""
        self.password.clear()
        self.confirmation.clear()

