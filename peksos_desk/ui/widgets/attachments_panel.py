"""The *Lampiran* tab of a client or a case: the documents kept with the record, to add, open, save and remove.

Files are read, checked (size, kind) and described one at a time; each goes into the store, never a loose
file. Opening a PDF writes it to the app's private temporary folder for the viewer (removed when the viewer
closes); an image is shown from memory.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from peksos_desk.domain import attachments as rules
from peksos_desk.domain.attachments import FileCheck, format_size
from peksos_desk.domain.errors import PeksosError
from peksos_desk.services.attachments import AttachmentSummary
from peksos_desk.services.cases import CaseSummary
from peksos_desk.services.files import write_atomically
from peksos_desk.ui.context import AppContext
from peksos_desk.ui.dialogs.attachment_dialog import AttachmentDialog
from peksos_desk.ui.format import date_short
from peksos_desk.ui.models.table import ROW_ROLE, SORT_ROLE, Column, DataclassTableModel, selected_row

FILE_FILTER = "*.pdf *.png *.jpg *.jpeg *.PDF *.PNG *.JPG *.JPEG"


class AttachmentsModel(DataclassTableModel[AttachmentSummary]):
    """The attachments of a client or a case: title, document date, case, kind, size."""

    TITLE, DATE, CASE, KIND, SIZE = range(5)

    def __init__(self, parent: QObject | None = None) -> None:
        columns: list[Column[AttachmentSummary]] = [
            Column(self.tr("Title"), lambda a: a.title, sort_value=lambda a: a.title.casefold(),
                   tooltip=lambda a: self.tr("{0}\nFile: {1}").format(a.title, a.file_name)),
            Column(self.tr("Document date"), lambda a: date_short(a.document_date),
                   sort_value=lambda a: a.document_date.toordinal() if a.document_date else 0),
            Column(self.tr("Case"), lambda a: a.case_number or self.tr("Client (no case)"),
                   sort_value=lambda a: a.case_number or ""),
            Column(self.tr("Type"), lambda a: str(a.media_type.label)),
            Column(self.tr("Size"), lambda a: format_size(a.size_bytes), sort_value=lambda a: a.size_bytes,
                   align_right=True),
        ]
        super().__init__(columns, parent)




class AttachmentsPanel(QWidget):
    """A table of attachments with Add…, Open, Save a copy…, Edit details… and Remove…; files dropped on it
    are added too.

    Show a client's with :meth:`show_client` (their own and their cases', case column shown), or one case's with
    :meth:`show_case` (new files go to that case).

    Signals:
        changed: the list was (re)loaded; the number of attachments shown.

    Attributes:
        dialog: the details dialog open now, if any (files wait their turn in ``pending``).
        viewer: the last image or PDF viewer opened.
    """

    changed = Signal(int)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.client_id: int | None = None
        self.case_id: int | None = None
        self.cases: list[CaseSummary] = []
        self.locked_reason = ""
        self.pending: list[tuple[str, bytes, FileCheck]] = []
        self.dialog: AttachmentDialog | None = None
        self.viewer: QDialog | None = None
        self.setAcceptDrops(True)

        self.model = AttachmentsModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setSourceModel(self.model)
        self.view = QTableView(self)
        self.view.setAccessibleName(self.tr("Attachments"))
        self.view.setModel(self.proxy)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(AttachmentsModel.DATE, Qt.SortOrder.DescendingOrder)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(AttachmentsModel.TITLE, QHeaderView.ResizeMode.Stretch)
        header.setMaximumSectionSize(420)
        self.view.activated.connect(self._open_at)  # double-click or Enter
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)

        self.empty = QLabel(self)
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setStyleSheet("color: palette(placeholder-text); padding: 24px;")
        self.empty.setAccessibleName(self.tr("No attachments"))
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.view)

        self.add_button = QPushButton(self.tr("A&dd…"), self)
        self.add_button.setToolTip(self.tr("Attach scanned documents or photos (PDF, PNG, JPEG; up to {0} each)")
                                   .format(format_size(rules.MAX_FILE_BYTES)))
        self.add_button.clicked.connect(self.add_from_disk)
        self.open_button = QPushButton(self.tr("&Open"), self)
        self.open_button.setToolTip(self.tr("Show the attachment (or double-click it)"))
        self.open_button.clicked.connect(self.open_selected)
        self.save_button = QPushButton(self.tr("Sa&ve a copy…"), self)
        self.save_button.setToolTip(self.tr("Write a copy of the file to a folder you choose"))
        self.save_button.clicked.connect(self.save_selected)
        self.edit_button = QPushButton(self.tr("Ed&it details…"), self)
        self.edit_button.clicked.connect(self.edit_selected)
        self.remove_button = QPushButton(self.tr("Re&move…"), self)
        self.remove_button.clicked.connect(self.remove_selected)
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.view)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.remove_selected)

        self.total_label = QLabel(self)
        self.total_label.setStyleSheet("color: palette(placeholder-text);")
        buttons = QHBoxLayout()
        for button in (self.add_button, self.open_button, self.save_button, self.edit_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.total_label)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.stack, 1)
        self._update_buttons()

    # -- showing -----------------------------------------------------------------------------------------

    def show_client(self, client_id: int, cases: Sequence[CaseSummary] | None = None, *,
                    archived: bool = False) -> None:
        """Show every attachment of a client (their own and their cases')."""
        self.client_id, self.case_id = client_id, None
        self.cases = list(cases) if cases is not None else self.context.services.cases.list_for_client(client_id)
        self.locked_reason = self.tr("Restore the client from the archive first") if archived else ""
        self.view.setColumnHidden(AttachmentsModel.CASE, False)
        self.reload()

    def show_case(self, case_id: int, client_id: int, *, closed: bool = False, archived: bool = False) -> None:
        """Show the attachments of one case; files added here go to this case."""
        self.client_id, self.case_id = client_id, case_id
        self.cases = self.context.services.cases.list_for_client(client_id)
        if archived:
            self.locked_reason = self.tr("Restore the client from the archive first")
        elif closed:
            self.locked_reason = self.tr("A closed case can no longer change; attach new documents to the client.")
        else:
            self.locked_reason = ""
        self.view.setColumnHidden(AttachmentsModel.CASE, True)
        self.reload()

    def reload(self) -> None:
        """Read the list again from the store (descriptions only, never the files' content)."""
        if self.client_id is None:
            return
        service = self.context.services.attachments
        try:
            rows = (service.list_for_case(self.case_id) if self.case_id is not None
                    else service.list_for_client(self.client_id))
            total = service.total_for_client(self.client_id)
        except PeksosError as error:
            self._error(self.tr("Attachments"), str(error))
            return
        selected = self.selected()
        self.model.set_rows(rows)
        self.view.resizeColumnsToContents()
        self.stack.setCurrentWidget(self.view if rows else self.empty)
        if self.case_id is not None:
            empty = self.tr("No documents are attached to this case yet.")
        else:
            empty = self.tr("No documents are attached to this client yet.")
        hint = self.tr("Scanned consent forms, school reports, court letters and photos (PDF, PNG or JPEG) are "
                       "kept inside the practice's store. Use Add… or drag files here.")
        self.empty.setText(f"{empty}\n\n{hint}")
        self.total_label.setText(self.tr("{0} of {1} used by this client").format(
            format_size(total), format_size(rules.MAX_CLIENT_BYTES)))
        if selected is not None:
            self.select(selected.id)
        self._update_buttons()
        self.changed.emit(len(rows))

    def select(self, attachment_id: int) -> bool:
        """Select the row of an attachment; False when it is not shown."""
        for row in range(self.proxy.rowCount()):
            item = self.proxy.index(row, 0).data(ROW_ROLE)
            if item is not None and item.id == attachment_id:
                self.view.selectRow(row)
                return True
        return False

    def selected(self) -> AttachmentSummary | None:
        return selected_row(self.view, AttachmentSummary)

    def _closed_case(self, case_id: int | None) -> bool:
        return any(case.id == case_id and case.closed_on is not None for case in self.cases)

    def _update_buttons(self) -> None:
        item = self.selected()
        ready = self.client_id is not None
        self.add_button.setEnabled(ready and not self.locked_reason)
        self.add_button.setToolTip(self.locked_reason or self.tr(
            "Attach scanned documents or photos (PDF, PNG, JPEG; up to {0} each)").format(
            format_size(rules.MAX_FILE_BYTES)))
        for button in (self.open_button, self.save_button, self.remove_button):
            button.setEnabled(item is not None)
        locked = self.locked_reason or (self.tr("A closed case can no longer change.")
                                        if item is not None and self._closed_case(item.case_id) else "")
        self.edit_button.setEnabled(item is not None and not locked)
        self.edit_button.setToolTip(locked or self.tr("Change the title, date, case or notes"))

    # -- adding ------------------------------------------------------------------------------------------

    def add_from_disk(self) -> None:
        """Ask for files (several at once) and add them one after the other."""
        if self.client_id is None or self.locked_reason:
            return
        paths = self.context.prompter.open_files(self, self.tr("Attach files"),
                                                 self.tr("PDF and images ({0})").format(FILE_FILTER))
        self.add_files(paths)

    def add_files(self, paths: Sequence[Path]) -> None:
        """Read and check each file, then ask for its details in turn; refused files are named, none is lost."""
        if self.client_id is None:
            return
        if self.locked_reason:
            self._error(self.tr("Attach files"), self.locked_reason)
            return
        problems: list[str] = []
        for path in paths:
            try:
                size = path.stat().st_size
                rules.check_file_size(size)  # before reading: a 2 GB video is never loaded
                data = path.read_bytes()
                checked = rules.check_file(path.name, data)
            except PeksosError as error:
                problems.append(self.tr("{0}: {1}").format(path.name, str(error)))
                continue
            except OSError as error:
                problems.append(self.tr("{0}: the file cannot be read ({1}).").format(
                    path.name, error.strerror or type(error).__name__))
                continue
            self.pending.append((path.name, data, checked))
        if problems:
            self._error(self.tr("Attach files"), "\n\n".join(problems))
        self._next_dialog()

    def _next_dialog(self) -> None:
        if self.dialog is not None or not self.pending or self.client_id is None:
            return
        name, data, checked = self.pending.pop(0)
        dialog = AttachmentDialog(self.context, self.client_id, self.cases, file_name=name, data=data,
                                  checked=checked, case_id=self.case_id, parent=self)
        self.dialog = dialog
        dialog.saved.connect(self._on_saved)
        dialog.finished.connect(lambda _result, dialog=dialog: self._dialog_done(dialog))
        dialog.open()

    def _dialog_done(self, dialog: AttachmentDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()
        self._next_dialog()

    def _on_saved(self, summary: AttachmentSummary) -> None:
        self.reload()
        self.select(summary.id)

    def _accept_drag(self, event: QDragEnterEvent | QDragMoveEvent) -> None:
        if self._dropped_files(event) and not self.locked_reason and self.client_id is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        self._accept_drag(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        self._accept_drag(event)

    def dropEvent(self, event: QDropEvent) -> None:
        paths = self._dropped_files(event)
        if not paths:
            event.ignore()
            return
        event.acceptProposedAction()
        self.add_files(paths)

    @staticmethod
    def _dropped_files(event: QDragEnterEvent | QDragMoveEvent | QDropEvent) -> list[Path]:
        data = event.mimeData()
        if data is None or not data.hasUrls():
            return []
        paths = [Path(url.toLocalFile()) for url in data.urls() if url.isLocalFile()]
        return [path for path in paths if path.is_file()]

    # -- the other actions -------------------------------------------------------------------------------

    def _open_at(self, index: QModelIndex) -> None:
        item = index.data(ROW_ROLE)
        if isinstance(item, AttachmentSummary):
            self.open_attachment(item.id)

    def open_selected(self) -> QDialog | None:
        item = self.selected()
        return self.open_attachment(item.id) if item is not None else None

    def open_attachment(self, attachment_id: int) -> QDialog | None:
        """Show an image in the image viewer, a PDF in the document viewer."""
        try:
            found = self.context.services.attachments.content(attachment_id)
        except PeksosError as error:
            self._error(self.tr("Open attachment"), str(error))
            self.reload()
            return None
        summary = found.summary
        viewer: QDialog
        if summary.is_image:
            from peksos_desk.ui.dialogs.image_viewer import ImageViewer

            viewer = ImageViewer(self.context, found.data, summary.title, self)
        else:
            from peksos_desk.ui.dialogs.document_viewer import DocumentViewer
            from peksos_desk.ui.documents import build_to_file

            data = found.data
            try:  # named by id: a file name may hold the client's name
                path = build_to_file(f"lampiran-{summary.id}", lambda out: out.write(data))
            except OSError as error:
                self._error(self.tr("Open attachment"), self.tr("The file could not be prepared for viewing: {0}")
                            .format(error.strerror or type(error).__name__))
                return None
            viewer = DocumentViewer(self.context, path, summary.title, self)
        viewer.finished.connect(viewer.deleteLater)
        self.viewer = viewer
        viewer.open()
        return viewer

    def save_selected(self) -> Path | None:
        """Save a copy of the selected attachment where the user chooses."""
        item = self.selected()
        if item is None:
            return None
        kind = item.media_type
        patterns = " ".join(f"*{ext}" for ext in kind.extensions)
        chosen = self.context.prompter.save_file(self, self.tr("Save a copy"), Path(item.file_name),
                                                 self.tr("{0} ({1})").format(str(kind.label), patterns))
        if chosen is None:
            return None
        target = chosen if chosen.suffix.lower() in kind.extensions else chosen.with_name(chosen.name + kind.extension)
        try:
            data = self.context.services.attachments.content(item.id).data
            write_atomically(target, data)
        except PeksosError as error:
            self._error(self.tr("Save a copy"), str(error))
            return None
        except OSError as error:
            self._error(self.tr("Save a copy"), self.tr("The copy could not be saved in {0}: {1}. Choose another "
                                                        "folder.").format(target.parent, error.strerror or error))
            return None
        self.context.prompter.inform(self, self.tr("Save a copy"), self.tr("Saved as {0}.").format(target))
        return target

    def edit_selected(self) -> AttachmentDialog | None:
        """Change the selected attachment's title, date, case or notes."""
        item = self.selected()
        if item is None or self.client_id is None or not self.edit_button.isEnabled():
            return None
        dialog = AttachmentDialog(self.context, self.client_id, self.cases, attachment=item, parent=self)
        dialog.saved.connect(self._on_saved)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def remove_selected(self) -> bool:
        """Remove the selected attachment after the user confirms."""
        item = self.selected()
        if item is None:
            return False
        question = self.tr("Remove the attachment \"{0}\" ({1})? The file is deleted from the store and cannot be "
                           "brought back.").format(item.title, format_size(item.size_bytes))
        if not self.context.prompter.confirm(self, self.tr("Remove attachment"), question, danger=True):
            return False
        try:
            self.context.services.attachments.remove(item.id)
        except PeksosError as error:
            self._error(self.tr("Remove attachment"), str(error))
            return False
        finally:
            self.reload()
        return True

    def _error(self, title: str, text: str) -> None:
        self.context.prompter.error(self, title, text)


def tab_title(count: int) -> str:
    """ "Attachments (3)" for the tab that holds the panel."""
    if count == 0:
        return QCoreApplication.translate("AttachmentsPanel", "Attachments")
    return QCoreApplication.translate("AttachmentsPanel", "Attachments ({0})").format(count)
