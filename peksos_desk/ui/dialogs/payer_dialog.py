"""Adding or changing a payer: a family member or an institution (hospital, school, LKS, company, Dinas Sosial).

A client who pays for themselves is not made here: the client's own payer record follows the client's record and
is made when their first invoice is (``BillingService.payer_for_client``); here only its contact details and the
privacy choice can change.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from peksos_desk.domain.billing import PayerKind
from peksos_desk.domain.errors import PeksosError, ValidationError
from peksos_desk.services.billing import PayerInput, PayerView
from peksos_desk.ui.context import AppContext
from peksos_desk.ui.widgets.dialog_buttons import save_cancel
from peksos_desk.ui.widgets.field_errors import FieldErrors

INSTITUTION_KINDS = (PayerKind.HOSPITAL, PayerKind.SCHOOL, PayerKind.LKS, PayerKind.COMPANY,
                     PayerKind.SOCIAL_AFFAIRS, PayerKind.OTHER)
FAMILY, INSTITUTION, CLIENT = "family", "institution", "client"


class PayerDialog(QDialog):
    """The payer form; it saves through the billing service and stays open on a refusal.

    Open it with ``open()``; tests fill the fields and call :meth:`save`.

    Signals:
        saved: the payer was saved (its ``PayerView``).

    Attributes:
        result_view: the saved payer, after a successful :meth:`save`.
    """

    saved = Signal(object)

    def __init__(self, context: AppContext, payer: PayerView | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.payer = payer
        self.result_view: PayerView | None = None
        is_client = payer is not None and payer.kind is PayerKind.CLIENT
        self.setWindowTitle(self.tr("New payer") if payer is None else self.tr("Edit payer"))
        self.setMinimumWidth(560)

        intro = QLabel(self.tr("Who receives invoices: a family member who pays for a client, or an institution "
                               "that engages you — a hospital, school, LKS, company or the Dinas Sosial. A client "
                               "who pays for themselves needs no form: they are billed under their own name."), self)
        intro.setWordWrap(True)

        self.who = QComboBox(self)
        self.who.setAccessibleName(self.tr("Who pays"))
        if is_client:
            self.who.addItem(str(PayerKind.CLIENT.label), CLIENT)
            self.who.setEnabled(False)
        else:
            self.who.addItem(self.tr("A family member"), FAMILY)
            self.who.addItem(self.tr("An institution"), INSTITUTION)
        self.institution_kind = QComboBox(self)
        self.institution_kind.setAccessibleName(self.tr("Kind of institution"))
        for kind in INSTITUTION_KINDS:
            self.institution_kind.addItem(str(kind.label), kind)
        self.name = QLineEdit(self)
        self.name.setMaxLength(200)
        self.name.setAccessibleName(self.tr("Payer's name"))
        self.name.setPlaceholderText(self.tr("e.g. RSUD Kota Bandung, Instalasi Rehabilitasi Medik"))
        self.contact_person = QLineEdit(self)
        self.contact_person.setMaxLength(200)
        self.contact_person.setAccessibleName(self.tr("Contact person"))
        self.contact_person.setPlaceholderText(self.tr("e.g. Kepala Unit Pelayanan Sosial"))
        self.address = QPlainTextEdit(self)
        self.address.setAccessibleName(self.tr("Address"))
        self.address.setTabChangesFocus(True)
        self.address.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 14)
        self.city = QLineEdit(self)
        self.city.setMaxLength(100)
        self.city.setAccessibleName(self.tr("City"))
        self.phone = QLineEdit(self)
        self.phone.setAccessibleName(self.tr("Phone"))
        self.phone.setPlaceholderText(self.tr("e.g. 022-4201234"))
        self.email = QLineEdit(self)
        self.email.setAccessibleName(self.tr("E-mail"))
        self.privacy = QCheckBox(self.tr("Name clients by their &code only on this payer's invoices"), self)
        self.privacy.setAccessibleName(self.tr("Clients by code only"))
        self.privacy.setToolTip(self.tr("An institution often needs no client names: the invoice then shows each "
                                        "client's code (e.g. KL-0012) instead."))

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self._kind_label = QLabel(self.tr("&Institution:"), self)
        self._kind_label.setBuddy(self.institution_kind)
        rows: list[tuple[str, QWidget]] = [
            (self.tr("&Who pays:"), self.who), ("", self.institution_kind), (self.tr("&Name:"), self.name),
            (self.tr("C&ontact person:"), self.contact_person), (self.tr("&Address:"), self.address),
            (self.tr("Cit&y:"), self.city), (self.tr("&Phone:"), self.phone), (self.tr("&E-mail:"), self.email)]
        for text, widget in rows:
            if widget is self.institution_kind:
                form.addRow(self._kind_label, widget)
                continue
            label = QLabel(text, self)
            label.setBuddy(widget)
            form.addRow(label, widget)
        form.addRow("", self.privacy)
        if is_client:
            follows = QLabel(self.tr("The name and address follow the client's record; change them there."), self)
            follows.setWordWrap(True)
            follows.setStyleSheet("color: palette(placeholder-text);")
            form.insertRow(3, "", follows)

        self.message = QLabel(self)
        self.errors = FieldErrors(self.message)
        for field, widget in (("kind", self.who), ("name", self.name), ("contact_person", self.contact_person),
                              ("address", self.address), ("city", self.city), ("phone", self.phone),
                              ("email", self.email), ("privacy_codes_only", self.privacy)):
            self.errors.register(field, widget)

        self.buttons = save_cancel(self, self.save)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        self.who.currentIndexChanged.connect(self._on_who)
        if payer is not None:
            self._fill(payer)
        self._on_who()
        if is_client:
            for widget in (self.name, self.address, self.city):
                widget.setReadOnly(True)

    def _fill(self, payer: PayerView) -> None:
        if payer.kind is PayerKind.FAMILY:
            self.who.setCurrentIndex(self.who.findData(FAMILY))
        elif payer.kind.is_institution:
            self.who.setCurrentIndex(self.who.findData(INSTITUTION))
            self.institution_kind.setCurrentIndex(max(0, self.institution_kind.findData(payer.kind)))
        self.name.setText(payer.name)
        self.contact_person.setText(payer.contact_person)
        self.address.setPlainText(payer.address)
        self.city.setText(payer.city)
        self.phone.setText(payer.phone)
        self.email.setText(payer.email)
        self.privacy.setChecked(payer.privacy_codes_only)

    def _on_who(self) -> None:
        institution = self.who.currentData() == INSTITUTION
        self.institution_kind.setVisible(institution)
        self._kind_label.setVisible(institution)

    def set_kind(self, kind: PayerKind) -> None:
        """Choose who pays as a kind (what picking "An institution" and its kind does)."""
        if kind is PayerKind.FAMILY:
            self.who.setCurrentIndex(self.who.findData(FAMILY))
        elif kind.is_institution:
            self.who.setCurrentIndex(self.who.findData(INSTITUTION))
            self.institution_kind.setCurrentIndex(self.institution_kind.findData(kind))

    def kind(self) -> PayerKind:
        """The kind chosen in the form."""
        who = self.who.currentData()
        if who == CLIENT:
            return PayerKind.CLIENT
        if who == FAMILY:
            return PayerKind.FAMILY
        return PayerKind(self.institution_kind.currentData())

    def save(self) -> PayerView | None:
        """Validate and save; on a refusal show why at the field and keep everything typed."""
        self.errors.clear()
        data = PayerInput(kind=self.kind(), name=self.name.text(), contact_person=self.contact_person.text(),
                          address=self.address.toPlainText(), city=self.city.text(), phone=self.phone.text(),
                          email=self.email.text(), privacy_codes_only=self.privacy.isChecked())
        billing = self.context.services.billing
        try:
            view = billing.create_payer(data) if self.payer is None else billing.update_payer(self.payer.id, data)
        except ValidationError as exc:
            self.errors.show(exc)
            return None
        except PeksosError as exc:
            self.errors.show_text(str(exc))
            return None
        self.result_view = view
        self.context.bus.finance_changed.emit(0)
        self.saved.emit(view)
        self.accept()
        return view
