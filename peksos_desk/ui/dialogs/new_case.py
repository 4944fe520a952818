"""Opening a new case for a client: field of practice, setting, date, presenting problem, referral source."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from peksos_desk.domain.dates import ADULT_AGE
from peksos_desk.domain.errors import PeksosError, ValidationError
from peksos_desk.domain.practice import FieldOfPractice, PracticeSetting
from peksos_desk.services.cases import CaseInput, CaseView
from peksos_desk.services.clients import ClientView
from peksos_desk.ui.context import AppContext
from peksos_desk.ui.widgets.field_errors import FieldErrors

ELDERLY_AGE = 60  # UU 13/1998: lanjut usia


def suggested_field(client: ClientView) -> FieldOfPractice:
    """A first guess from the client's age; the practitioner changes it when it is wrong."""
    if client.age is None:
        return FieldOfPractice.FAMILY
    if client.age < ADULT_AGE:
        return FieldOfPractice.CHILDREN
    if client.age >= ELDERLY_AGE:
        return FieldOfPractice.ELDERLY
    return FieldOfPractice.FAMILY


class NewCaseDialog(QDialog):
    """Opens a case at its first stage through ``services.cases.open_case``.

    Tests and callers that must not block call :meth:`save` instead of ``exec()``.

    Signals:
        opened: the case was opened (its ``CaseView``); the dialog then accepts.

    Attributes:
        case: the case opened, after a successful save.
    """

    opened = Signal(object)

    def __init__(self, context: AppContext, client: ClientView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.client = client
        self.case: CaseView | None = None
        today = context.services.cases.today()
        self.setWindowTitle(self.tr("New case — {0}").format(client.full_name))
        self.setSizeGripEnabled(True)

        intro = QLabel(self.tr("The case opens at its first stage, engagement (pendekatan awal), for {0} ({1}).")
                       .format(client.full_name, client.code), self)
        intro.setWordWrap(True)

        self.field_of_practice = QComboBox(self)
        self.field_of_practice.setAccessibleName(self.tr("Field of practice"))
        for field in FieldOfPractice:
            self.field_of_practice.addItem(str(field.label), field.value)
        self.field_of_practice.setCurrentIndex(self.field_of_practice.findData(suggested_field(client).value))
        self.setting = QComboBox(self)
        self.setting.setAccessibleName(self.tr("Setting"))
        for setting in PracticeSetting:
            self.setting.addItem(str(setting.label), setting.value)
        self.setting.setCurrentIndex(self.setting.findData(PracticeSetting.COMMUNITY.value))
        self.opened_on = QDateEdit(self)
        self.opened_on.setAccessibleName(self.tr("Opened on"))
        self.opened_on.setDisplayFormat("dd/MM/yyyy")
        self.opened_on.setCalendarPopup(True)
        self.opened_on.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.opened_on.setMaximumDate(QDate(today.year, today.month, today.day))
        earliest = client.birth_date or date(1900, 1, 1)
        self.opened_on.setMinimumDate(QDate(earliest.year, earliest.month, earliest.day))
        self.opened_on.setDate(QDate(today.year, today.month, today.day))
        self.presenting_problem = QPlainTextEdit(self)
        self.presenting_problem.setAccessibleName(self.tr("Presenting problem"))
        self.presenting_problem.setTabChangesFocus(True)
        self.presenting_problem.setPlaceholderText(
            self.tr("What brings the client, in their words and yours: the situation, since when, who is involved."))
        self.presenting_problem.setMinimumHeight(self.fontMetrics().lineSpacing() * 6)
        self.referral_source = QLineEdit(self)
        self.referral_source.setAccessibleName(self.tr("Referral source"))
        self.referral_source.setMaxLength(1000)
        self.referral_source.setPlaceholderText(self.tr("e.g. P2TP2A, Puskesmas, school, came on their own"))

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for text, widget in ((self.tr("&Field of practice:"), self.field_of_practice),
                             (self.tr("&Setting:"), self.setting),
                             (self.tr("&Opened on:"), self.opened_on),
                             (self.tr("&Presenting problem:"), self.presenting_problem),
                             (self.tr("&Referral source:"), self.referral_source)):
            label = QLabel(text, self)
            label.setBuddy(widget)
            form.addRow(label, widget)

        self.error_label = QLabel(self)
        self.errors = FieldErrors(self.error_label)
        for name in ("field_of_practice", "setting", "opened_on", "presenting_problem", "referral_source"):
            self.errors.register(name, getattr(self, name))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.open_button = self.buttons.addButton(self.tr("Open the case"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.open_button.setDefault(True)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        QWidget.setTabOrder(self.field_of_practice, self.setting)
        QWidget.setTabOrder(self.setting, self.opened_on)
        QWidget.setTabOrder(self.opened_on, self.presenting_problem)
        QWidget.setTabOrder(self.presenting_problem, self.referral_source)
        QWidget.setTabOrder(self.referral_source, self.buttons)
        self.presenting_problem.setFocus()
        self.resize(640, 440)

    def value(self) -> CaseInput:
        """What the form holds, as the service takes it."""
        opened = self.opened_on.date()
        return CaseInput(
            client_id=self.client.id, field_of_practice=FieldOfPractice(self.field_of_practice.currentData()),
            setting=PracticeSetting(self.setting.currentData()),
            opened_on=date(opened.year(), opened.month(), opened.day()),
            presenting_problem=self.presenting_problem.toPlainText(), referral_source=self.referral_source.text())

    def save(self) -> CaseView | None:
        """Open the case; on success announce it and accept, else show why at the field."""
        try:
            case = self.context.services.cases.open_case(self.value())
        except ValidationError as error:
            self.errors.show(error)
            return None
        except PeksosError as error:  # e.g. the client was archived meanwhile
            self.errors.show_text(str(error))
            return None
        self.errors.clear()
        self.case = case
        self.context.bus.cases_changed.emit(case.id)
        self.opened.emit(case)
        self.accept()
        return case
