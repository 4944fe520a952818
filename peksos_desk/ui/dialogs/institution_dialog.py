"""Adding or changing one institution of the referral directory (*direktori rujukan*)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from peksos_desk.domain.errors import PeksosError, ValidationError
from peksos_desk.domain.institutions import InstitutionKind
from peksos_desk.services.institutions import InstitutionInput, InstitutionView
from peksos_desk.ui.context import AppContext
from peksos_desk.ui.widgets.dialog_buttons import save_cancel
from peksos_desk.ui.widgets.field_errors import FieldErrors


class InstitutionDialog(QDialog):
    """The institution form; it saves through the directory service and stays open on a refusal, with the
    field at fault marked and everything typed kept.

    Signals:
        saved: the institution was saved (its id).

    Attributes:
        result_view: the saved institution, after a successful :meth:`save`.
    """

    saved = Signal(int)

    def __init__(self, context: AppContext, institution: InstitutionView | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.institution = institution
        self.result_view: InstitutionView | None = None
        self.setWindowTitle(self.tr("New referral institution") if institution is None
                            else self.tr("Edit referral institution"))
        self.setMinimumWidth(520)

        intro = QLabel(self.tr("A service you refer clients to. Its name, address and contact person are printed "
                               "on the referral letter's address block."), self)
        intro.setWordWrap(True)

        self.name = QLineEdit(self)
        self.name.setMaxLength(200)
        self.name.setPlaceholderText(self.tr("e.g. UPTD PPA Kota Bandung"))
        self.kind = QComboBox(self)
        for kind in InstitutionKind:
            self.kind.addItem(str(kind.label), kind.value)
        self.address = QPlainTextEdit(self)
        self.address.setTabChangesFocus(True)
        self.address.setPlaceholderText(self.tr("street and number, district"))
        self.address.setFixedHeight(self.address.fontMetrics().lineSpacing() * 3 + 14)
        self.city = QLineEdit(self)
        self.city.setMaxLength(100)
        self.city.setPlaceholderText(self.tr("e.g. Bandung"))
        self.contact_person = QLineEdit(self)
        self.contact_person.setMaxLength(200)
        self.contact_person.setPlaceholderText(self.tr("e.g. Ibu Dewi Lestari, S.Psi."))
        self.phone = QLineEdit(self)
        self.phone.setMaxLength(40)
        self.phone.setPlaceholderText(self.tr("e.g. 022-4231-000"))
        self.email = QLineEdit(self)
        self.email.setMaxLength(200)
        self.notes = QPlainTextEdit(self)
        self.notes.setTabChangesFocus(True)
        self.notes.setPlaceholderText(self.tr("opening hours, what they need with a referral, …"))
        self.notes.setFixedHeight(self.notes.fontMetrics().lineSpacing() * 4 + 14)

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.message = QLabel(self)
        self.errors = FieldErrors(self.message)
        for field, text, widget in (
            ("name", self.tr("&Name"), self.name), ("kind", self.tr("&Kind"), self.kind),
            ("address", self.tr("&Address"), self.address), ("city", self.tr("Cit&y or regency"), self.city),
            ("contact_person", self.tr("&Contact person"), self.contact_person),
            ("phone", self.tr("&Phone"), self.phone), ("email", self.tr("&E-mail"), self.email),
            ("notes", self.tr("N&otes"), self.notes),
        ):
            widget.setAccessibleName(text.replace("&", ""))
            label = QLabel(text, self)
            label.setBuddy(widget)
            form.addRow(label, widget)
            self.errors.register(field, widget)

        self.buttons = save_cancel(self, self.save)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        if institution is not None:
            self.name.setText(institution.name)
            self.name.setCursorPosition(0)
            self.kind.setCurrentIndex(max(self.kind.findData(InstitutionKind(institution.kind).value), 0))
            self.address.setPlainText(institution.address)
            self.city.setText(institution.city)
            self.contact_person.setText(institution.contact_person)
            self.phone.setText(institution.phone)
            self.email.setText(institution.email)
            self.notes.setPlainText(institution.notes)
        else:
            self.kind.setCurrentIndex(max(self.kind.findData(InstitutionKind.OTHER.value), 0))
        self.name.setFocus()

    def typed(self) -> InstitutionInput:
        """What the form holds (the service validates it)."""
        return InstitutionInput(name=self.name.text(), kind=InstitutionKind(str(self.kind.currentData())),
                                address=self.address.toPlainText(), city=self.city.text(),
                                contact_person=self.contact_person.text(), phone=self.phone.text(),
                                email=self.email.text(), notes=self.notes.toPlainText())

    def save(self) -> bool:
        """Validate and save; on a refusal show why at the field and keep everything typed."""
        self.errors.clear()
        directory = self.context.services.institutions
        try:
            view = (directory.create(self.typed()) if self.institution is None
                    else directory.update(self.institution.id, self.typed()))
        except ValidationError as exc:
            self.errors.show(exc)
            return False
        except PeksosError as exc:
            self.errors.show_text(str(exc))
            return False
        self.result_view = view
        self.saved.emit(view.id)
        self.accept()
        return True
