"""Looking at an attached photo or scanned image: fit to the window, zoom in and out, actual size.

The image is decoded from the bytes in memory (no file is written) and turned upright as its EXIF
orientation says, so a phone photo shows the way it was taken.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt
from PySide6.QtGui import QImage, QImageReader, QKeySequence, QPixmap, QResizeEvent, QShortcut, QWheelEvent
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from peksos_desk.ui.context import AppContext

ZOOM_STEP = 1.25
MIN_ZOOM, MAX_ZOOM = 0.05, 8.0
MAX_PIXELS = 40_000_000
"""Larger images are decoded scaled down to this many pixels (160 MB in memory)."""


def read_image(data: bytes) -> QImage:
    """The image in ``data``, upright; a null image when Qt cannot read it."""
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setAutoTransform(True)
    size = reader.size()
    if size.isValid() and size.width() * size.height() > MAX_PIXELS:
        # A 100-megapixel photo would pass Qt's 256 MB image limit: decode it smaller instead of not at all.
        scale = (MAX_PIXELS / (size.width() * size.height())) ** 0.5
        reader.setScaledSize(QSize(max(1, int(size.width() * scale)), max(1, int(size.height() * scale))))
    image = reader.read()
    buffer.close()
    return image


class _ZoomArea(QScrollArea):
    """A scroll area where Ctrl + the mouse wheel zooms instead of scrolling."""

    def __init__(self, viewer: ImageViewer) -> None:
        super().__init__(viewer)
        self._viewer = viewer

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self._viewer.zoom(ZOOM_STEP if event.angleDelta().y() > 0 else 1 / ZOOM_STEP)
            event.accept()
            return
        super().wheelEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        # The area, not the dialog: its size is settled by the layout only after the dialog's first resize.
        super().resizeEvent(event)
        if self._viewer.fit:
            self._viewer._render()


class ImageViewer(QDialog):
    """Shows one image, fitted to the window until the user zooms.

    Attributes:
        image: the decoded image (null when it could not be read; the dialog then says so).
        fit: whether the image follows the window's size.
    """

    def __init__(self, context: AppContext, data: bytes, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(title)
        self.resize(900, 720)
        self.image = read_image(data)
        self.fit = True
        self.factor = 1.0

        self.picture = QLabel(self)
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture.setAccessibleName(self.tr("Image"))
        self.picture.setAccessibleDescription(title)
        self.area = _ZoomArea(self)
        self.area.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.area.setWidget(self.picture)
        self.area.setAccessibleName(self.tr("Image"))
        self.area.setStyleSheet("QScrollArea { background: palette(dark); }")

        self.zoom_out_button = QPushButton(self.tr("Zoom &out"), self)
        self.zoom_in_button = QPushButton(self.tr("Zoom &in"), self)
        self.fit_button = QPushButton(self.tr("&Fit to window"), self)
        self.actual_button = QPushButton(self.tr("&Actual size"), self)
        self.close_button = QPushButton(self.tr("&Close"), self)
        self.zoom_label = QLabel(self)
        self.zoom_label.setAccessibleName(self.tr("Zoom"))
        self.zoom_in_button.setShortcut(QKeySequence(QKeySequence.StandardKey.ZoomIn))
        self.zoom_out_button.setShortcut(QKeySequence(QKeySequence.StandardKey.ZoomOut))
        self.zoom_in_button.setToolTip(self.tr("Zoom in (Ctrl++ or Ctrl+mouse wheel)"))
        self.zoom_out_button.setToolTip(self.tr("Zoom out (Ctrl+- or Ctrl+mouse wheel)"))
        self.fit_button.setToolTip(self.tr("Show the whole image (Ctrl+9)"))
        self.actual_button.setToolTip(self.tr("One image pixel to one screen pixel (Ctrl+0)"))
        for key, slot in (("Ctrl+9", self.fit_to_window), ("Ctrl+0", self.actual_size)):
            QShortcut(QKeySequence(key), self).activated.connect(slot)
        self.zoom_in_button.clicked.connect(lambda: self.zoom(ZOOM_STEP))
        self.zoom_out_button.clicked.connect(lambda: self.zoom(1 / ZOOM_STEP))
        self.fit_button.clicked.connect(self.fit_to_window)
        self.actual_button.clicked.connect(self.actual_size)
        self.close_button.clicked.connect(self.reject)

        bar = QHBoxLayout()
        for widget in (self.zoom_out_button, self.zoom_in_button, self.fit_button, self.actual_button):
            bar.addWidget(widget)
        bar.addWidget(self.zoom_label)
        bar.addStretch(1)
        bar.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.area, 1)

        if self.image.isNull():
            self.picture.setText(self.tr("This image cannot be shown. Save a copy and open it with another "
                                         "program, or attach a new scan."))
            self.picture.setWordWrap(True)
            for button in (self.zoom_in_button, self.zoom_out_button, self.fit_button, self.actual_button):
                button.setEnabled(False)
        self.area.setWidgetResizable(self.image.isNull())
        self._render()

    @property
    def zoom_percent(self) -> int:
        return round(self.factor * 100)

    def _fit_factor(self) -> float:
        if self.image.isNull():
            return 1.0
        room = self.area.viewport().size()
        width, height = max(1, room.width() - 4), max(1, room.height() - 4)
        return min(1.0, width / self.image.width(), height / self.image.height())

    def zoom(self, factor: float) -> None:
        """Zoom by ``factor`` (from what is shown now), within 5% and 800%."""
        if self.image.isNull():
            return
        self.fit = False
        self.factor = max(MIN_ZOOM, min(MAX_ZOOM, self.factor * factor))
        self._render()

    def fit_to_window(self) -> None:
        """Show the whole image (never enlarged beyond its own size) and follow the window's size."""
        self.fit = True
        self._render()

    def actual_size(self) -> None:
        """One image pixel to one screen pixel."""
        if self.image.isNull():
            return
        self.fit = False
        self.factor = 1.0
        self._render()

    def _render(self) -> None:
        if self.image.isNull():
            self.zoom_label.setText("")
            return
        if self.fit:
            self.factor = self._fit_factor()
        size = QSize(max(1, round(self.image.width() * self.factor)), max(1, round(self.image.height() * self.factor)))
        scaled = self.image.scaled(size, Qt.AspectRatioMode.KeepAspectRatio,
                                   Qt.TransformationMode.SmoothTransformation)
        self.picture.setPixmap(QPixmap.fromImage(scaled))
        self.picture.resize(scaled.size())
        self.zoom_label.setText(self.tr("{0}% — {1} × {2} pixels").format(
            self.zoom_percent, self.image.width(), self.image.height()))
        self.zoom_in_button.setEnabled(self.factor < MAX_ZOOM)
        self.zoom_out_button.setEnabled(self.factor > MIN_ZOOM)
