"""The *surat rujukan* from the case page: to which institution, why, the letter's number and its enclosures.

The institution comes from the referral directory (a new one can be added here); the reason starts as the one
recorded when the case moved to *rujukan*; the enclosures are ticked from the case's and the client's
attachments. "Make the letter" opens it in the document viewer, to print or save.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from peksos_desk.domain.errors import PeksosError, ValidationError
from peksos_desk.domain.stages import CaseStage
from peksos_desk.domain.text import Text
from peksos_desk.services.attachments import AttachmentSummary
from peksos_desk.services.cases import CaseView
from peksos_desk.services.institutions import InstitutionView
from peksos_desk.services.validation import clean_text
from peksos_desk.ui.context import AppContext
from peksos_desk.ui.dialogs.document_viewer import DocumentViewer
from peksos_desk.ui.dialogs.institution_dialog import InstitutionDialog
from peksos_desk.ui.format import date_short
from peksos_desk.ui.widgets.field_errors import FieldErrors

ATTACHMENT_ROLE = Qt.ItemDataRole.UserRole + 1
NO_INSTITUTION = Text("Pilih lembaga tujuan rujukan dari direktori, atau tambahkan lembaga baru.",
                      "Choose the institution to refer to from the directory, or add a new one.")


def referral_reason_of(case: CaseView) -> str:
    """The reason recorded when the case was referred (its latest move into *rujukan*), if any."""
    if case.referral_reason.strip():
        return case.referral_reason
    notes = [event.note for event in case.history if event.to_stage is CaseStage.RUJUKAN and event.note.strip()]
    return notes[-1] if notes else ""


class ReferralDialog(QDialog):
    """Choose what the referral letter says, then make it.

    Attributes:
        viewer: the document viewer the letter opened in, after :meth:`make_letter`.
    """

    def __init__(self, context: AppContext, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.case = context.services.cases.get(case_id)
        self.viewer: DocumentViewer | None = None
        self.institution_dialog: InstitutionDialog | None = None
        self.setWindowTitle(self.tr("Referral letter — {0}").format(self.case.number))
        self.setMinimumWidth(640)

        intro = QLabel(self.tr("Refer {0} (case {1}) to another service. The letter gives the receiving service "
                               "only what it needs: the client's name, age and sex, the case number, the reason "
                               "and a short summary.").format(self.case.client_name, self.case.number), self)
        intro.setWordWrap(True)

        self.institution = QComboBox(self)
        self.institution.setAccessibleName(self.tr("Institution"))
        self.institution.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.institution.setMinimumContentsLength(30)
        self.institution.currentIndexChanged.connect(lambda _index: self._show_institution())
        self.new_institution_button = QPushButton(self.tr("&New institution…"), self)
        self.new_institution_button.clicked.connect(self.new_institution)
        self.institution_details = QLabel(self)
        self.institution_details.setWordWrap(True)
        self.institution_details.setStyleSheet("color: palette(placeholder-text);")
        chooser = QHBoxLayout()
        chooser.addWidget(self.institution, 1)
        chooser.addWidget(self.new_institution_button)
        institution_box = QVBoxLayout()
        institution_box.setSpacing(2)
        institution_box.addLayout(chooser)
        institution_box.addWidget(self.institution_details)

        self.reason = QPlainTextEdit(self)
        self.reason.setAccessibleName(self.tr("Reason for the referral"))
        self.reason.setTabChangesFocus(True)
        self.reason.setPlaceholderText(self.tr("Why the client needs this service, and what you ask of it"))
        self.reason.setFixedHeight(self.reason.fontMetrics().lineSpacing() * 5 + 14)
        self.reason.setPlainText(referral_reason_of(self.case))
        self.letter_number = QLineEdit(self)
        self.letter_number.setAccessibleName(self.tr("Letter number"))
        self.letter_number.setMaxLength(100)
        self.letter_number.setPlaceholderText(self.tr("e.g. 012/PS/III/2026 — left empty, a line to write it in"))

        self.enclosures = QListWidget(self)
        self.enclosures.setAccessibleName(self.tr("Enclosures"))
        self.enclosures.setMaximumHeight(self.enclosures.fontMetrics().lineSpacing() * 7 + 12)
        self.no_enclosures = QLabel(self.tr("No attachments are kept for this client yet; attach documents on the "
                                            "client's or the case's page to send them along."), self)
        self.no_enclosures.setWordWrap(True)
        self.no_enclosures.setStyleSheet("color: palette(placeholder-text);")
        enclosure_box = QVBoxLayout()
        enclosure_box.setSpacing(2)
        enclosure_box.addWidget(self.enclosures)
        enclosure_box.addWidget(self.no_enclosures)

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for text, widget, box in ((self.tr("&To"), self.institution, institution_box),
                                  (self.tr("&Reason"), self.reason, None),
                                  (self.tr("Letter n&umber"), self.letter_number, None),
                                  (self.tr("&Enclosures"), self.enclosures, enclosure_box)):
            label = QLabel(text, self)
            label.setBuddy(widget)
            if box is None:
                form.addRow(label, widget)
            else:
                form.addRow(label, box)

        self.message = QLabel(self)
        self.errors = FieldErrors(self.message)
        for field, widget in (("institution", self.institution), ("reason", self.reason),
                              ("letter_number", self.letter_number), ("attachment_ids", self.enclosures)):
            self.errors.register(field, widget)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.make_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.make_button.setText(self.tr("&Make the letter"))
        self.buttons.accepted.connect(self.make_letter)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        self.reload_institutions()
        self._load_enclosures()

    # -- institutions ------------------------------------------------------------------------------------

    def reload_institutions(self, select_id: int | None = None) -> None:
        """Offer the directory's active institutions; select ``select_id``, else keep the choice, else the one
        the case was referred to."""
        if select_id is None:
            chosen = self.chosen_institution()
            select_id = chosen.id if chosen else None
        institutions = self.context.services.institutions.list()
        self.institution.blockSignals(True)
        self.institution.clear()
        for item in institutions:
            text = f"{item.name} — {item.city}" if item.city.strip() else item.name
            self.institution.addItem(text, item)
        self.institution.setPlaceholderText(self.tr("Choose an institution…") if institutions
                                            else self.tr("The directory is empty: add an institution"))
        index = -1
        if select_id is not None:
            index = next((i for i, item in enumerate(institutions) if item.id == select_id), -1)
        elif self.case.referred_to.strip():
            wanted = self.case.referred_to.strip().casefold()
            index = next((i for i, item in enumerate(institutions) if item.name.strip().casefold() == wanted), -1)
        self.institution.setCurrentIndex(index)
        self.institution.blockSignals(False)
        self._show_institution()

    def chosen_institution(self) -> InstitutionView | None:
        """The institution chosen, if any."""
        value = self.institution.currentData()
        return value if isinstance(value, InstitutionView) else None

    def select_institution(self, institution_id: int) -> bool:
        """Choose ``institution_id`` (when it is an active institution of the directory)."""
        for index in range(self.institution.count()):
            item = self.institution.itemData(index)
            if isinstance(item, InstitutionView) and item.id == institution_id:
                self.institution.setCurrentIndex(index)
                return True
        return False

    def _show_institution(self) -> None:
        chosen = self.chosen_institution()
        if chosen is None:
            self.institution_details.setText(self.tr("Not in the list? Add it with “New institution…”."))
            return
        address = ", ".join(part for part in (" ".join(chosen.address.split()), chosen.city.strip()) if part)
        lines = [line for line in (address, self.tr("Attn. {0}").format(chosen.contact_person.strip())
                                   if chosen.contact_person.strip() else "") if line]
        self.institution_details.setText("\n".join(lines) or self.tr("No address in the directory yet."))

    def new_institution(self) -> InstitutionDialog:
        """Open the directory's form; the institution saved there is chosen for the letter."""
        dialog = InstitutionDialog(self.context, None, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._on_institution_saved)
        self.institution_dialog = dialog
        dialog.open()
        return dialog

    def _on_institution_saved(self, institution_id: int) -> None:
        self.reload_institutions(institution_id)
        self.errors.clear()

    # -- enclosures --------------------------------------------------------------------------------------

    def _load_enclosures(self) -> None:
        attachments = self.context.services.attachments
        seen: set[int] = set()
        items: list[AttachmentSummary] = []
        for item in [*attachments.list_for_case(self.case.id), *attachments.list_for_client(self.case.client_id)]:
            if item.id not in seen:  # the client's list holds the case's attachments too
                seen.add(item.id)
                items.append(item)
        self.enclosures.clear()
        for item in items:
            entry = QListWidgetItem(self._describe(item), self.enclosures)
            entry.setData(ATTACHMENT_ROLE, item.id)
            entry.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable)
            entry.setCheckState(Qt.CheckState.Unchecked)
            entry.setToolTip(item.file_name)
        self.enclosures.setVisible(bool(items))
        self.no_enclosures.setVisible(not items)

    def _describe(self, item: AttachmentSummary) -> str:
        when = date_short(item.document_date) if item.document_date else self.tr("undated")
        if item.case_id is None:
            where = self.tr("client record")
        elif item.case_id == self.case.id:
            where = self.tr("this case")
        else:
            where = self.tr("case {0}").format(item.case_number)
        return self.tr("{0} — {1} ({2})").format(item.title, when, where)

    def set_enclosed(self, attachment_ids: Sequence[int]) -> None:
        """Tick exactly ``attachment_ids``."""
        wanted = set(attachment_ids)
        for row in range(self.enclosures.count()):
            entry = self.enclosures.item(row)
            entry.setCheckState(Qt.CheckState.Checked if entry.data(ATTACHMENT_ROLE) in wanted
                                else Qt.CheckState.Unchecked)

    def enclosed_ids(self) -> list[int]:
        """The attachments ticked, in the list's order."""
        return [int(self.enclosures.item(row).data(ATTACHMENT_ROLE)) for row in range(self.enclosures.count())
                if self.enclosures.item(row).checkState() == Qt.CheckState.Checked]

    # -- the letter --------------------------------------------------------------------------------------

    def make_letter(self) -> DocumentViewer | None:
        """Check the choices (a refusal is shown at its field, nothing typed is lost), then open the letter in
        the viewer and close this dialog."""
        self.errors.clear()
        chosen = self.chosen_institution()
        try:
            if chosen is None:
                raise ValidationError("institution", NO_INSTITUTION)
            reason = clean_text("reason", Text("Alasan rujukan", "Reason for referral"), self.reason.toPlainText(),
                                max_length=5000, required=True)
            number = clean_text("letter_number", Text("Nomor surat", "Letter number"), self.letter_number.text(),
                                max_length=100)
        except ValidationError as exc:
            self.errors.show(exc)
            return None
        from peksos_desk.ui.print_actions import show_referral_letter

        try:
            viewer = show_referral_letter(self.context, self.parentWidget(), self.case.id, chosen.id, reason=reason,
                                          letter_number=number, attachment_ids=self.enclosed_ids())
        except PeksosError as exc:
            self.errors.show_text(str(exc))
            return None
        if viewer is None:
            return None
        self.viewer = viewer
        self.accept()
        return viewer
