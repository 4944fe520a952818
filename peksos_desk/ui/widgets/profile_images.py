"""The letterhead logo and the signature image in Settings: a thumbnail each, "Choose…" and "Remove".

An image is stored as soon as it is chosen (it is not part of the profile's Save button): documents made from
then on print it. The service checks it (PNG or JPEG, at most 2 MB and 4000 pixels a side) and a refusal is
shown under the picker.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from peksos_desk.domain.errors import PeksosError, ValidationError
from peksos_desk.services.profile import ProfileImageData, check_image_size
from peksos_desk.ui.context import AppContext
from peksos_desk.ui.widgets.field_errors import FieldErrors

THUMBNAIL = QSize(200, 90)


class ProfileImagePicker(QWidget):
    """One image of the profile (``kind`` "logo" or "signature") with its thumbnail and buttons.

    Signals:
        changed: the image was stored or removed (the kind).
    """

    changed = Signal(str)

    def __init__(self, context: AppContext, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.kind = kind
        self.image: ProfileImageData | None = None
        logo = kind == "logo"
        self.caption = QLabel(self.tr("Letterhead logo") if logo else self.tr("Signature image"), self)
        font = self.caption.font()
        font.setBold(True)
        self.caption.setFont(font)
        self.thumbnail = QLabel(self)
        self.thumbnail.setFixedSize(THUMBNAIL)
        self.thumbnail.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.thumbnail.setFrameShape(QFrame.Shape.StyledPanel)
        self.thumbnail.setWordWrap(True)
        self.thumbnail.setAutoFillBackground(True)
        self.thumbnail.setStyleSheet("background: white; color: #777777;")
        self.thumbnail.setAccessibleName(self.caption.text())
        self.details = QLabel(self)
        self.details.setStyleSheet("color: palette(placeholder-text);")
        self.hint = QLabel(self.tr("Printed at the left of every document's letterhead. PNG or JPEG, up to 2 MB.")
                           if logo else
                           self.tr("Your signature scanned on white paper, or a PNG with a transparent background; "
                                   "printed above your name in every signature block. PNG or JPEG, up to 2 MB."),
                           self)
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: palette(placeholder-text);")
        self.hint.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.choose_button = QPushButton(self.tr("Choose…"), self)
        self.choose_button.setAccessibleName(self.tr("Choose the letterhead logo") if logo
                                             else self.tr("Choose the signature image"))
        self.choose_button.clicked.connect(self.choose)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.setAccessibleName(self.tr("Remove the letterhead logo") if logo
                                             else self.tr("Remove the signature image"))
        self.remove_button.clicked.connect(self.remove)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.message = QLabel(self)
        self.message.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.errors = FieldErrors(self.message)
        self.errors.register(kind, self.thumbnail)

        buttons = QHBoxLayout()
        buttons.addWidget(self.choose_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.caption)
        layout.addWidget(self.thumbnail)
        layout.addWidget(self.details)
        layout.addLayout(buttons)
        layout.addWidget(self.hint)
        layout.addWidget(self.message)
        layout.addWidget(self.status)

    def reload(self) -> None:
        """Show the stored image (or that there is none)."""
        try:
            self.image = self.context.services.profile.image(self.kind)
        except PeksosError as exc:
            self.errors.show_text(str(exc))
            return
        self._show()

    def _show(self) -> None:
        image = self.image
        picture = QImage.fromData(image.data) if image is not None else QImage()
        if image is None or picture.isNull():
            self.thumbnail.setPixmap(QPixmap())
            self.thumbnail.setText(self.tr("No logo") if self.kind == "logo" else self.tr("No signature image"))
            self.details.setText(self.tr("Documents leave its room empty.") if self.kind == "logo"
                                 else self.tr("Documents leave room to sign by hand."))
        else:
            room = THUMBNAIL - QSize(8, 8)
            self.thumbnail.setText("")
            self.thumbnail.setPixmap(QPixmap.fromImage(picture.scaled(
                room, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation)))
            kind = "PNG" if image.media_type == "image/png" else "JPEG"
            self.details.setText(self.tr("{0}, {1} × {2} pixels").format(kind, image.width, image.height))
        self.remove_button.setEnabled(image is not None)

    def choose(self) -> ProfileImageData | None:
        """Ask for a PNG or JPEG file and store it (a refusal is shown under the picker)."""
        title = self.tr("Choose the letterhead logo") if self.kind == "logo" else self.tr("Choose the signature image")
        path = self.context.prompter.open_file(self, title, self.tr("Images (*.png *.jpg *.jpeg);;All files (*)"))
        if path is None:
            return None
        return self.store_file(path)

    def store_file(self, path: Path) -> ProfileImageData | None:
        """Store the image in ``path`` (what :meth:`choose` does with the file picked)."""
        self.errors.clear()
        self.status.clear()
        try:
            check_image_size(self.kind, path.stat().st_size)  # before reading a large file into memory
            data = path.read_bytes()
            stored = self.context.services.profile.set_image(self.kind, file_name=path.name, data=data)
        except ValidationError as exc:
            self.errors.show(exc)
            return None
        except OSError as exc:
            self.errors.show_text(self.tr("{0} could not be read: {1}").format(path.name, exc.strerror or exc))
            return None
        except PeksosError as exc:
            self.errors.show_text(str(exc))
            return None
        self.image = stored
        self._show()
        self.status.setText(self.tr("Logo saved: new documents print it.") if self.kind == "logo"
                            else self.tr("Signature image saved: new documents print it above your name."))
        self.changed.emit(self.kind)
        return stored

    def remove(self) -> bool:
        """Stop printing the image (after the user confirms)."""
        if self.image is None:
            return False
        question = (self.tr("Remove the letterhead logo? New documents are printed without it.")
                    if self.kind == "logo" else
                    self.tr("Remove the signature image? New documents leave room to sign by hand."))
        if not self.context.prompter.confirm(self, self.tr("Remove"), question):
            return False
        self.errors.clear()
        try:
            self.context.services.profile.remove_image(self.kind)
        except PeksosError as exc:
            self.errors.show_text(str(exc))
            return False
        self.image = None
        self._show()
        self.status.setText(self.tr("Logo removed.") if self.kind == "logo" else self.tr("Signature image removed."))
        self.changed.emit(self.kind)
        return True


class ProfileImagesGroup(QGroupBox):
    """The logo and the signature image, side by side.

    Signals:
        changed: one of them was stored or removed (the kind).
    """

    changed = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Logo and signature"))
        self.logo = ProfileImagePicker(context, "logo", self)
        self.signature = ProfileImagePicker(context, "signature", self)
        layout = QHBoxLayout(self)
        for picker in (self.logo, self.signature):
            picker.changed.connect(self.changed)
            layout.addWidget(picker, 1, Qt.AlignmentFlag.AlignTop)
        self.reload()

    def reload(self) -> None:
        """Show the stored images."""
        self.logo.reload()
        self.signature.reload()
