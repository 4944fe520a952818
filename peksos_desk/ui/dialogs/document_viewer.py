"""A PDF viewer: page navigation, zoom, print through the system dialog, save a copy (password-protected when
asked, or when the copy leaves the computer and the user agrees)."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import QPointF, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QCheckBox, QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from peksos_desk.domain.errors import PeksosError
from peksos_desk.services.files import write_atomically
from peksos_desk.ui.context import AppContext
from peksos_desk.ui.dialogs.pdf_password_dialog import Destination, PdfPasswordDialog, destination_of
from peksos_desk.ui.documents import discard

ZOOM_STEP = 1.25


class DocumentViewer(QDialog):
    """Shows one PDF; the file is discarded when the viewer closes unless it was the user's own.

    Signals:
        printed: the document went to a printer.
        saved: a copy was saved (its path).
    """

    printed = Signal()
    saved = Signal(str)

    def __init__(self, context: AppContext, path: Path, title: str, parent: QWidget | None = None, *,
                 temporary: bool = True) -> None:
        super().__init__(parent)
        self.context = context
        self.path = path
        self.temporary = temporary
        self.setWindowTitle(title)
        self.resize(900, 720)
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setAccessibleName(self.tr("Document"))
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

        self.previous_button = QPushButton(self.tr("◀ &Previous page"), self)
        self.next_button = QPushButton(self.tr("&Next page ▶"), self)
        self.page_label = QLabel(self)
        self.zoom_out_button = QPushButton(self.tr("Zoom &out"), self)
        self.zoom_in_button = QPushButton(self.tr("Zoom &in"), self)
        self.fit_button = QPushButton(self.tr("&Fit width"), self)
        self.print_button = QPushButton(self.tr("&Print…"), self)
        self.save_button = QPushButton(self.tr("&Save as…"), self)
        self.protect_check = QCheckBox(self.tr("Protect &with a password"), self)
        self.protect_check.setToolTip(self.tr("The saved copy opens only with a password you choose (AES-256)"))
        self.password_dialog: PdfPasswordDialog | None = None
        self.close_button = QPushButton(self.tr("&Close"), self)
        self.previous_button.setShortcut(QKeySequence(QKeySequence.StandardKey.MoveToPreviousPage))
        self.next_button.setShortcut(QKeySequence(QKeySequence.StandardKey.MoveToNextPage))
        self.zoom_in_button.setShortcut(QKeySequence(QKeySequence.StandardKey.ZoomIn))
        self.zoom_out_button.setShortcut(QKeySequence(QKeySequence.StandardKey.ZoomOut))
        self.print_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Print))
        self.save_button.setShortcut(QKeySequence(QKeySequence.StandardKey.SaveAs))
        self.previous_button.clicked.connect(lambda: self.go_to(self.current_page() - 1))
        self.next_button.clicked.connect(lambda: self.go_to(self.current_page() + 1))
        self.zoom_in_button.clicked.connect(lambda: self.zoom(ZOOM_STEP))
        self.zoom_out_button.clicked.connect(lambda: self.zoom(1 / ZOOM_STEP))
        self.fit_button.clicked.connect(lambda: self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth))
        self.print_button.clicked.connect(self.print_document)
        self.save_button.clicked.connect(self.save_copy)
        self.close_button.clicked.connect(self.reject)
        self.view.pageNavigator().currentPageChanged.connect(self._update_page_label)

        bar = QHBoxLayout()
        for widget in (self.previous_button, self.page_label, self.next_button):
            bar.addWidget(widget)
        bar.addStretch(1)
        for widget in (self.zoom_out_button, self.zoom_in_button, self.fit_button):
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.print_button)
        bar.addWidget(self.protect_check)
        for button in (self.save_button, self.close_button):
            bar.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        self.document.load(str(path))
        self._update_page_label()

    def page_count(self) -> int:
        return self.document.pageCount()

    def current_page(self) -> int:
        return self.view.pageNavigator().currentPage()

    def go_to(self, page: int) -> None:
        """Jump to a page (0-based), kept within the document."""
        page = max(0, min(page, self.page_count() - 1))
        self.view.pageNavigator().jump(page, QPointF(), self.view.pageNavigator().currentZoom())
        self._update_page_label()

    def zoom(self, factor: float) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(max(0.25, min(4.0, self.view.zoomFactor() * factor)))

    def _update_page_label(self) -> None:
        self.page_label.setText(self.tr("Page {0} of {1}").format(self.current_page() + 1, self.page_count()))
        self.previous_button.setEnabled(self.current_page() > 0)
        self.next_button.setEnabled(self.current_page() < self.page_count() - 1)

    def print_document(self) -> None:
        """Print through the system's print dialog."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.print_to(printer)

    def print_to(self, printer: QPrinter) -> None:
        """Render every page onto ``printer`` (also what tests call, with a PDF printer)."""
        painter = QPainter()
        if not painter.begin(printer):
            self.context.prompter.error(self, self.tr("Print"), self.tr("The printer could not be started."))
            return
        try:
            for page in range(self.page_count()):
                if page:
                    printer.newPage()
                area = printer.pageLayout().paintRectPixels(printer.resolution())
                size = self.document.pagePointSize(page)
                scale = min(area.width() / size.width(), area.height() / size.height())
                image = self.document.render(page, (size * scale).toSize())
                painter.drawImage(0, 0, image)
        finally:
            painter.end()
        self.printed.emit()

    def save_copy(self, target: str | None = None) -> Path | None:
        """Save a copy where the user chooses (or at ``target``).

        With "Protect with a password" ticked, or when the place is on a removable drive, a network share or a
        cloud-synced folder and the user agrees to protect it, the password dialog opens (``password_dialog``)
        and the protected copy is written when it is accepted; this then returns None and ``saved`` tells.
        """
        if target is None:
            chosen = self.context.prompter.save_file(self, self.tr("Save document"), Path(self.path.name),
                                                     self.tr("PDF documents (*.pdf)"))
            if chosen is None:
                return None
            target = str(chosen)
        destination = Path(target)
        if destination.suffix.lower() != ".pdf":
            destination = destination.with_suffix(".pdf")
        if self.protect_check.isChecked() or self._offer_protection(destination):
            self.ask_password(destination)
            return None
        try:
            shutil.copyfile(self.path, destination)
        except OSError as exc:
            self._save_failed(exc)
            return None
        self.saved.emit(str(destination))
        return destination

    def _offer_protection(self, destination: Path) -> bool:
        where = destination_of(destination)
        if where is Destination.LOCAL:
            return False
        text = {
            Destination.REMOVABLE: self.tr("{0} is on a removable drive, so the document leaves this computer. "
                                           "Protect the copy with a password?"),
            Destination.NETWORK: self.tr("{0} is on a network share, so other computers can read the document. "
                                         "Protect the copy with a password?"),
            Destination.SYNCED: self.tr("{0} is in a folder that a cloud service copies to the internet. "
                                        "Protect the copy with a password?"),
        }[where].format(destination.parent)
        return self.context.prompter.confirm(self, self.tr("Protect with a password"), text)

    def ask_password(self, destination: Path) -> PdfPasswordDialog:
        """Open the password dialog; the protected copy goes to ``destination`` when it is accepted."""
        dialog = PdfPasswordDialog(self, file_name=str(destination))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._save_protected_from(dialog, destination))
        self.password_dialog = dialog
        dialog.destroyed.connect(lambda *_: setattr(self, "password_dialog", None))
        dialog.open()
        return dialog

    def _save_protected_from(self, dialog: PdfPasswordDialog, destination: Path) -> None:
        password = dialog.password_text()
        dialog.forget()
        self.save_protected(destination, password)

    def save_protected(self, destination: Path, password: str) -> Path | None:
        """Write a copy of the document at ``destination`` that opens only with ``password`` (AES-256)."""
        from peksos_desk.reports.protect import protect_pdf

        try:
            data = protect_pdf(self.path, password)
        except (PeksosError, OSError) as exc:
            self._save_failed(exc)
            return None
        try:
            write_atomically(destination, data)
        except OSError as exc:
            self._save_failed(exc)
            return None
        self.saved.emit(str(destination))
        return destination

    def _save_failed(self, exc: Exception) -> None:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        self.context.prompter.error(self, self.tr("Save document"),
                                    self.tr("The document could not be saved: {0}").format(reason))

    def _release(self) -> None:
        if self.document.status() != QPdfDocument.Status.Null:
            self.document.close()
        if self.temporary:
            discard(self.path)

    def reject(self) -> None:  # Esc and the window's close button
        self._release()
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        self._release()
        super().closeEvent(event)
