"""The details of one attachment: its title, the document's date, the case it belongs to, notes.

Used when a file is added (the file has been read and checked already; saving stores it) and to change the
details of an attachment kept. A refusal shows at the field, the dialog stays open and nothing typed is lost.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from peksos_desk.domain.attachments import MAX_TITLE, FileCheck, format_size, title_from_file_name
from peksos_desk.domain.errors import PeksosError, ValidationError
from peksos_desk.services.attachments import AttachmentSummary, DuplicateAttachment
from peksos_desk.services.cases import CaseSummary
from peksos_desk.ui.context import AppContext
from peksos_desk.ui.dialogs.stage_move import DATE_FORMAT, pydate, qdate
from peksos_desk.ui.format import local_datetime
from peksos_desk.ui.widgets.field_errors import FieldErrors

NO_CASE = -1


class AttachmentDialog(QDialog):
    """Asks for an attachment's details, then adds the file (``data`` given) or saves the changes.

    Signals:
        saved: the attachment as stored (an ``AttachmentSummary``).

    Attributes:
        result_summary: the attachment as stored, once saved.
    """

    saved = Signal(object)

    def __init__(self, context: AppContext, client_id: int, cases: Sequence[CaseSummary], *,
                 attachment: AttachmentSummary | None = None, file_name: str = "", data: bytes = b"",
                 checked: FileCheck | None = None, case_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.client_id = client_id
        self.attachment = attachment
        self.file_name = file_name
        self._data = data
        self.result_summary: AttachmentSummary | None = None
        adding = attachment is None
        self.setWindowTitle(self.tr("Add attachment") if adding else self.tr("Attachment details"))
        self.setMinimumWidth(560)
        today = context.services.cases.today()

        layout = QVBoxLayout(self)
        shown_name = checked.file_name if checked else attachment.file_name if attachment else file_name
        kind = checked.media_type if checked else attachment.media_type if attachment else None
        size = len(data) if adding else attachment.size_bytes if attachment else 0
        self.file_label = QLabel(self)
        self.file_label.setWordWrap(True)
        self.file_label.setTextFormat(Qt.TextFormat.PlainText)
        facts = self.tr("{0} — {1}, {2}").format(shown_name, str(kind.label) if kind else "", format_size(size))
        self.file_label.setText(self.tr("File: {0}").format(facts))
        self.file_label.setAccessibleName(self.tr("File"))
        layout.addWidget(self.file_label)

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        layout.addLayout(form)

        self.title = QLineEdit(self)
        self.title.setMaxLength(MAX_TITLE)
        self.title.setAccessibleName(self.tr("Title"))
        self.title.setPlaceholderText(self.tr("e.g. Consent form signed by the mother, School report semester 1"))
        form.addRow(self._label(self.tr("&Title:"), self.title), self.title)

        self.has_date = QCheckBox(self.tr("&Dated:"), self)
        self.has_date.setAccessibleName(self.tr("The document has a date"))
        self.document_date = QDateEdit(self)
        self.document_date.setCalendarPopup(True)
        self.document_date.setDisplayFormat(DATE_FORMAT)
        self.document_date.setMaximumDate(qdate(today))
        self.document_date.setAccessibleName(self.tr("Document date"))
        self.document_date.setToolTip(self.tr("The date written on the document (a letter's date, a report's date)"))
        self.has_date.toggled.connect(self.document_date.setEnabled)
        date_row = QHBoxLayout()
        date_row.addWidget(self.document_date)
        date_row.addStretch(1)
        form.addRow(self.has_date, date_row)

        self.case = QComboBox(self)
        self.case.setAccessibleName(self.tr("Case"))
        self.case.addItem(self.tr("None — the client's own document"), NO_CASE)
        for case in cases:
            text = self.tr("{0} — {1}, {2}").format(case.number, case.field_of_practice.label, case.stage.label)
            if case.closed_on is not None:
                text = self.tr("{0} (closed)").format(text)
            self.case.addItem(text, case.id)
            if case.closed_on is not None:  # a closed case takes no new attachments
                item = self.case.model().item(self.case.count() - 1)  # type: ignore[attr-defined]
                item.setEnabled(False)
        form.addRow(self._label(self.tr("&Case:"), self.case), self.case)

        self.notes = QPlainTextEdit(self)
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(80)
        self.notes.setAccessibleName(self.tr("Notes"))
        self.notes.setPlaceholderText(self.tr("Optional: where the document came from, what matters in it"))
        form.addRow(self._label(self.tr("&Notes:"), self.notes), self.notes)

        if attachment is None:
            self.title.setText(title_from_file_name(checked.file_name if checked else file_name))
            self.has_date.setChecked(False)
            self.document_date.setDate(qdate(today))
            self.document_date.setEnabled(False)
            self._select_case(case_id)
        else:
            self.title.setText(attachment.title)
            self.has_date.setChecked(attachment.document_date is not None)
            self.document_date.setDate(qdate(attachment.document_date or today))
            self.document_date.setEnabled(attachment.document_date is not None)
            self._select_case(attachment.case_id)
            self.notes.setPlainText(attachment.notes)

        self.message = QLabel(self)
        layout.addWidget(self.message)
        self.errors = FieldErrors(self.message)
        for name, widget in (("title", self.title), ("document_date", self.document_date), ("case_id", self.case),
                             ("notes", self.notes), ("file", self.title)):
            self.errors.register(name, widget)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.title.selectAll()
        self.title.setFocus()

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(buddy)
        return label

    def _select_case(self, case_id: int | None) -> None:
        index = self.case.findData(NO_CASE if case_id is None else case_id)
        self.case.setCurrentIndex(max(0, index))

    def chosen_case(self) -> int | None:
        value = self.case.currentData()
        return None if value is None or value == NO_CASE else int(value)

    def chosen_date(self) -> date | None:
        return pydate(self.document_date.date()) if self.has_date.isChecked() else None

    def accept(self) -> None:
        """Add the file or save the changes; on a refusal say why at the field and stay open."""
        self.errors.clear()
        service = self.context.services.attachments
        try:
            if self.attachment is None:
                try:
                    summary = self._add(allow_duplicate=False)
                except DuplicateAttachment as twin:
                    question = self._duplicate_question(twin.existing)
                    if not self.context.prompter.confirm(self, self.tr("Same file"), question):
                        super().reject()
                        return
                    summary = self._add(allow_duplicate=True)
            else:
                summary = service.update(self.attachment.id, title=self.title.text(),
                                         document_date=self.chosen_date(), notes=self.notes.toPlainText(),
                                         case_id=self.chosen_case())
        except ValidationError as error:
            self.errors.show(error)
            return
        except PeksosError as error:
            self.errors.show_text(str(error))
            return
        self.result_summary = summary
        self._data = b""
        self.saved.emit(summary)
        super().accept()

    def _duplicate_question(self, existing: AttachmentSummary) -> str:
        where = (self.tr("to case {0}").format(existing.case_number) if existing.case_number
                 else self.tr("to the client"))
        added = local_datetime(existing.created_at, self.context.zone)
        return self.tr("This file is already attached {0} as \"{1}\" (added {2}).\n\nAdd it again anyway?").format(
            where, existing.title, added)

    def _add(self, *, allow_duplicate: bool) -> AttachmentSummary:
        return self.context.services.attachments.add(
            self.client_id, file_name=self.file_name, data=self._data, title=self.title.text(),
            case_id=self.chosen_case(), document_date=self.chosen_date(), notes=self.notes.toPlainText(),
            allow_duplicate=allow_duplicate)

    def reject(self) -> None:
        self._data = b""
        super().reject()
