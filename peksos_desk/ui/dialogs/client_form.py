"""The client form: registering a client or correcting a client's record.

The NIK is checked as it is typed (``domain.nik.parse_nik``); a NIK that parses is compared with the birth date
and sex entered, and can fill them. Everything else is checked by the service on saving: its
``ValidationError`` is shown at the field it names, the dialog stays open and nothing typed is lost.
"""

from __future__ import annotations

from datetime import date
from itertools import pairwise

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from peksos_desk.domain.dates import age_on, format_date, is_minor
from peksos_desk.domain.errors import PeksosError, ValidationError
from peksos_desk.domain.nik import NikInfo, nik_mismatches, parse_nik
from peksos_desk.domain.practice import Sex
from peksos_desk.services.clients import ClientInput, ClientView
from peksos_desk.ui.context import AppContext
from peksos_desk.ui.widgets.client_ppks import PpksPicker
from peksos_desk.ui.widgets.field_errors import FieldErrors

DATE_FORMAT = "dd/MM/yyyy"
OK_STYLE = "color: #1b5e20;"
WARNING_STYLE = "color: #8a4b00;"
ERROR_STYLE = "color: #b71c1c;"
NO_DATE = "—"


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def _top_aligned_form(group: QGroupBox) -> QFormLayout:
    # A form row holding a layout would share out the group's spare height; the stretch below takes it.
    outer = QVBoxLayout(group)
    form = QFormLayout()
    outer.addLayout(form)
    outer.addStretch(1)
    return form


class ClientFormDialog(QDialog):
    """Every field of a client (``ClientInput``), for a new client or an existing one.

    Tests and callers that must not block call :meth:`save` instead of ``exec()``.

    Signals:
        saved: the client was saved (its new state); the dialog then accepts.

    Attributes:
        client: the saved client after a successful save (the one edited, before).
    """

    saved = Signal(object)

    def __init__(self, context: AppContext, client: ClientView | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.client = client
        self._today = context.services.clients.today()
        self._nik: NikInfo | None = None
        self._nik_error: ValidationError | None = None
        self._kept_dates: dict[QDateEdit, QDate] = {}
        self.setWindowTitle(self.tr("New client") if client is None
                            else self.tr("Edit client — {0}").format(client.full_name))
        self.setSizeGripEnabled(True)

        self._build_identity()
        self._build_ppks()
        self._build_guardian()
        self._build_consent()

        left = QVBoxLayout()
        left.addWidget(self.identity_group)
        left.addWidget(self.notes_group, 1)
        right = QVBoxLayout()
        right.addWidget(self.guardian_group)
        right.addWidget(self.consent_group)
        right.addWidget(self.ppks_group, 1)
        # No scroll area: one would give the word-wrapped NIK messages their preferred height and scroll the
        # form at 1366x768; the columns' minimum fits that screen, and the notes and PPKS list give way first.
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)

        self.error_label = QLabel(self)
        self.errors = FieldErrors(self.error_label)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setAccessibleName(self.tr("Save the client"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

        self._register_fields()
        self._set_tab_order()
        if client is not None:
            self._load(client)
        self._on_birth_date_changed()
        self._on_consent_toggled(self.consent_given.isChecked())
        self._check_nik()
        self.full_name.setFocus()
        self.resize(1080, 690)

    # -- building ----------------------------------------------------------------------------------------

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(buddy)
        return label

    def _line(self, accessible: str, *, max_length: int = 200) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setAccessibleName(accessible)
        edit.setMaxLength(max_length)
        return edit

    def _date_edit(self, accessible: str) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setAccessibleName(accessible)
        edit.setDisplayFormat(DATE_FORMAT)
        edit.setCalendarPopup(True)
        edit.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        edit.setMinimumDate(QDate(1900, 1, 1))
        edit.setMaximumDate(_qdate(self._today))
        edit.setDate(_qdate(self._today))
        return edit

    def _build_identity(self) -> None:
        self.identity_group = QGroupBox(self.tr("Identity"), self)
        form = _top_aligned_form(self.identity_group)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

        self.full_name = self._line(self.tr("Full name"))
        self.full_name.setPlaceholderText(self.tr("As on the identity card, if there is one"))
        self.nickname = self._line(self.tr("Nickname"), max_length=100)
        self.nik = self._line(self.tr("NIK"), max_length=40)
        self.nik.setPlaceholderText(self.tr("16 digits; leave empty when the client has none"))
        self.nik_status = QLabel(self)
        self.nik_status.setWordWrap(True)
        self.nik_status.setAccessibleName(self.tr("NIK check"))
        self.nik_warning = QLabel(self)
        self.nik_warning.setWordWrap(True)
        self.nik_warning.setStyleSheet(WARNING_STYLE)
        self.nik_warning.setAccessibleName(self.tr("NIK differs from the data entered"))
        self.fill_from_nik = QPushButton(self.tr("Fill &birth date and sex from NIK"), self)
        self.fill_from_nik.setAccessibleName(self.tr("Fill birth date and sex from NIK"))
        nik_box = QVBoxLayout()
        nik_box.setContentsMargins(0, 0, 0, 0)
        nik_box.setSpacing(2)
        nik_box.addWidget(self.nik)
        nik_box.addWidget(self.nik_status)
        nik_box.addWidget(self.nik_warning)
        nik_box.addWidget(self.fill_from_nik, 0, Qt.AlignmentFlag.AlignLeft)

        self.kk_number = self._line(self.tr("Family card (KK) number"), max_length=40)
        self.kk_number.setPlaceholderText(self.tr("16 digits"))
        self.bpjs_number = self._line(self.tr("BPJS number"), max_length=40)

        self.birth_date = self._date_edit(self.tr("Birth date"))
        self.birth_date_unknown = QCheckBox(self.tr("&Unknown"), self)
        self.birth_date_unknown.setAccessibleName(self.tr("Birth date unknown"))
        self.birth_date_unknown.setToolTip(self.tr("Many clients do not know their birth date: leave it unknown "
                                                   "rather than guess."))
        self.birth_date_unknown.setChecked(True)
        self.age_label = QLabel(self)
        self.age_label.setAccessibleName(self.tr("Age"))
        birth_row = QHBoxLayout()
        birth_row.setContentsMargins(0, 0, 0, 0)
        birth_row.addWidget(self.birth_date)
        birth_row.addWidget(self.birth_date_unknown)
        birth_row.addWidget(self.age_label, 1)

        self.birth_place = self._line(self.tr("Place of birth"), max_length=100)
        self.sex = QComboBox(self)
        self.sex.setAccessibleName(self.tr("Sex"))
        self.sex.addItem(self.tr("Not recorded"), "")
        for sex in Sex:
            self.sex.addItem(str(sex.label), sex.value)  # a StrEnum member would come back as a plain str
        self.address = QPlainTextEdit(self)
        self.address.setAccessibleName(self.tr("Address"))
        self.address.setTabChangesFocus(True)
        self.address.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 14)
        self.city = self._line(self.tr("City or regency"), max_length=100)
        self.phone = self._line(self.tr("Phone"), max_length=40)
        self.phone.setPlaceholderText(self.tr("e.g. 0812-3456-7890"))

        form.addRow(self._label(self.tr("&Full name:"), self.full_name), self.full_name)
        form.addRow(self._label(self.tr("N&ickname:"), self.nickname), self.nickname)
        form.addRow(self._label(self.tr("&NIK:"), self.nik), nik_box)
        form.addRow(self._label(self.tr("&KK number:"), self.kk_number), self.kk_number)
        form.addRow(self._label(self.tr("BP&JS number:"), self.bpjs_number), self.bpjs_number)
        form.addRow(self._label(self.tr("Birth &date:"), self.birth_date), birth_row)
        form.addRow(self._label(self.tr("Birth p&lace:"), self.birth_place), self.birth_place)
        form.addRow(self._label(self.tr("Se&x:"), self.sex), self.sex)
        form.addRow(self._label(self.tr("&Address:"), self.address), self.address)
        form.addRow(self._label(self.tr("&City/regency:"), self.city), self.city)
        form.addRow(self._label(self.tr("&Phone:"), self.phone), self.phone)

        self.nik.textChanged.connect(self._check_nik)
        self.birth_date.dateChanged.connect(self._on_birth_date_changed)
        self.birth_date_unknown.toggled.connect(self._on_birth_date_changed)
        self.sex.currentIndexChanged.connect(self._compare_with_nik)
        self.fill_from_nik.clicked.connect(self.fill_birth_date_and_sex_from_nik)

    def _build_ppks(self) -> None:
        self.ppks_group = QGroupBox(self.tr("PPKS categories"), self)
        self.ppks = PpksPicker(self)
        self.ppks.list.setMinimumHeight(130)
        layout = QVBoxLayout(self.ppks_group)
        layout.addWidget(self.ppks, 1)

    def _build_guardian(self) -> None:
        self.guardian_group = QGroupBox(self)
        form = _top_aligned_form(self.guardian_group)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.guardian_name = self._line(self.tr("Parent's or guardian's name"))
        self.guardian_relation = self._line(self.tr("Relation to the client"), max_length=100)
        self.guardian_relation.setPlaceholderText(self.tr("e.g. mother, uncle, foster parent"))
        self.guardian_phone = self._line(self.tr("Parent's or guardian's phone"), max_length=40)
        self.guardian_note = QLabel(self)
        self.guardian_note.setWordWrap(True)
        self.guardian_name_label = self._label("", self.guardian_name)
        form.addRow(self.guardian_note)
        form.addRow(self.guardian_name_label, self.guardian_name)
        form.addRow(self._label(self.tr("Rela&tion:"), self.guardian_relation), self.guardian_relation)
        form.addRow(self._label(self.tr("Guardian's p&hone:"), self.guardian_phone), self.guardian_phone)

    def _build_consent(self) -> None:
        self.consent_group = QGroupBox(self.tr("Informed consent"), self)
        form = _top_aligned_form(self.consent_group)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.consent_given = QCheckBox(self.tr("C&onsent given"), self)
        self.consent_given.setAccessibleName(self.tr("Informed consent given"))
        self.consent_date = self._date_edit(self.tr("Consent date"))
        form.addRow(self.consent_given)
        form.addRow(self._label(self.tr("Consent dat&e:"), self.consent_date), self.consent_date)
        self.consent_given.toggled.connect(self._on_consent_toggled)

        self.notes_group = QGroupBox(self.tr("Note&s"), self)  # the title's mnemonic focuses the notes
        self.notes = QPlainTextEdit(self)
        self.notes.setAccessibleName(self.tr("Notes"))
        self.notes.setTabChangesFocus(True)
        self.notes.setMinimumHeight(self.fontMetrics().lineSpacing() * 3 + 14)
        self.notes.setPlaceholderText(self.tr("Anything worth knowing before meeting the client: how to reach them "
                                              "safely, language, who came with them."))
        QVBoxLayout(self.notes_group).addWidget(self.notes, 1)

    def _register_fields(self) -> None:
        for name in ("full_name", "nickname", "nik", "kk_number", "bpjs_number", "birth_place", "sex", "address",
                     "city", "phone", "guardian_name", "guardian_relation", "guardian_phone", "consent_date",
                     "notes"):
            self.errors.register(name, getattr(self, name))
        self.errors.register("birth_date", self.birth_date)
        self.errors.register("ppks", self.ppks.list)
        self.errors.register("consent_given", self.consent_given)

    def _set_tab_order(self) -> None:
        chain: list[QWidget] = [
            self.full_name, self.nickname, self.nik, self.fill_from_nik, self.kk_number, self.bpjs_number,
            self.birth_date_unknown, self.birth_date, self.birth_place, self.sex, self.address, self.city,
            self.phone, self.notes, self.guardian_name, self.guardian_relation, self.guardian_phone,
            self.consent_given, self.consent_date, self.ppks.filter, self.ppks.list, self.buttons,
        ]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _load(self, client: ClientView) -> None:
        self.full_name.setText(client.full_name)
        self.nickname.setText(client.nickname)
        self.nik.setText(client.nik)
        self.kk_number.setText(client.kk_number)
        self.bpjs_number.setText(client.bpjs_number)
        self.birth_date_unknown.setChecked(client.birth_date is None)
        if client.birth_date is not None:
            self.birth_date.setDate(_qdate(client.birth_date))
        self.birth_place.setText(client.birth_place)
        self.sex.setCurrentIndex(max(0, self.sex.findData(client.sex.value if client.sex else "")))
        self.address.setPlainText(client.address)
        self.city.setText(client.city)
        self.phone.setText(client.phone)
        self.ppks.set_codes(client.ppks_codes)
        self.guardian_name.setText(client.guardian_name)
        self.guardian_relation.setText(client.guardian_relation)
        self.guardian_phone.setText(client.guardian_phone)
        self.consent_given.setChecked(client.consent_given)
        if client.consent_date is not None:
            self.consent_date.setDate(_qdate(client.consent_date))
        self.notes.setPlainText(client.notes)

    # -- what the form holds -----------------------------------------------------------------------------

    def entered_birth_date(self) -> date | None:
        return None if self.birth_date_unknown.isChecked() else _date(self.birth_date.date())

    def entered_sex(self) -> Sex | None:
        value = self.sex.currentData()
        return Sex(value) if value else None

    def value(self) -> ClientInput:
        """What the form holds now, as the service takes it."""
        return ClientInput(
            full_name=self.full_name.text(), nickname=self.nickname.text(), nik=self.nik.text(),
            kk_number=self.kk_number.text(), bpjs_number=self.bpjs_number.text(),
            birth_date=self.entered_birth_date(), birth_place=self.birth_place.text(), sex=self.entered_sex(),
            address=self.address.toPlainText(), city=self.city.text(), phone=self.phone.text(),
            ppks_codes=self.ppks.codes(), guardian_name=self.guardian_name.text(),
            guardian_relation=self.guardian_relation.text(), guardian_phone=self.guardian_phone.text(),
            consent_given=self.consent_given.isChecked(),
            consent_date=_date(self.consent_date.date()) if self.consent_given.isChecked() else None,
            notes=self.notes.toPlainText(),
        )

    @property
    def nik_error(self) -> str:
        """Why the NIK typed cannot be right ("" when it is empty or valid)."""
        return str(self._nik_error) if self._nik_error else ""

    @property
    def is_minor(self) -> bool:
        born = self.entered_birth_date()
        return born is not None and is_minor(born, self._today)

    # -- reacting as the user types ----------------------------------------------------------------------

    def _check_nik(self) -> None:
        text = self.nik.text()
        self._nik, self._nik_error = None, None
        if not text.strip():
            self.nik_status.clear()
            self.nik_status.hide()
        else:
            try:
                self._nik = parse_nik(text, today=self._today)
            except ValidationError as error:
                self._nik_error = error
                self.nik_status.setText(str(error))
                self.nik_status.setStyleSheet(ERROR_STYLE)
            else:
                self.nik_status.setText(self.tr("Valid NIK: born {0}, {1}; issued in {2}.").format(
                    format_date(self._nik.birth_date), str(self._nik.sex.label).lower(), self._nik.province_name))
                self.nik_status.setStyleSheet(OK_STYLE)
            self.nik_status.show()
        self.save_button.setEnabled(self._nik_error is None)
        self.save_button.setToolTip(self.tr("Correct the NIK first (or leave it empty).") if self._nik_error else "")
        self._compare_with_nik()

    def _compare_with_nik(self) -> None:
        info = self._nik
        warnings = nik_mismatches(info, self.entered_birth_date(), self.entered_sex()) if info else []
        self.nik_warning.setText("\n".join(str(w) for w in warnings))
        self.nik_warning.setVisible(bool(warnings))
        differs = info is not None and (
            self.entered_sex() != info.sex or self.entered_birth_date() != info.birth_date)
        self.fill_from_nik.setVisible(differs)

    def fill_birth_date_and_sex_from_nik(self) -> None:
        """Take the birth date and sex the NIK holds (the button next to the NIK)."""
        if self._nik is None:
            return
        self.birth_date_unknown.setChecked(False)
        self.birth_date.setDate(_qdate(self._nik.birth_date))
        self.sex.setCurrentIndex(self.sex.findData(self._nik.sex.value))
        self._compare_with_nik()
        self.birth_place.setFocus()

    def _set_blank(self, edit: QDateEdit, blank: bool) -> None:
        # A disabled date edit would still show a date that means nothing: show a dash, keep the date aside.
        if blank and not edit.specialValueText():
            self._kept_dates[edit] = edit.date()
            edit.setSpecialValueText(NO_DATE)
            edit.setDate(edit.minimumDate())
        elif not blank and edit.specialValueText():
            edit.setSpecialValueText("")
            edit.setDate(self._kept_dates.get(edit, _qdate(self._today)))
        edit.setEnabled(not blank)

    def _on_birth_date_changed(self) -> None:
        unknown = self.birth_date_unknown.isChecked()
        self._set_blank(self.birth_date, unknown)
        born = self.entered_birth_date()
        self.age_label.setText("" if born is None else self.tr("{0} years old").format(age_on(born, self._today)))
        minor = self.is_minor
        if minor:
            self.guardian_group.setTitle(self.tr("Parent or guardian — required"))
            self.guardian_note.setText(self.tr("The client is under 18: a parent's or guardian's name is required, "
                                               "and they give consent for the child's data."))
            self.guardian_note.setStyleSheet(WARNING_STYLE + " font-weight: bold;")
            self.guardian_name_label.setText(self.tr("&Guardian's name (required):"))
        else:
            self.guardian_group.setTitle(self.tr("Parent or guardian"))
            self.guardian_note.setText(self.tr("Needed for clients under 18."))
            self.guardian_note.setStyleSheet("")
            self.guardian_name_label.setText(self.tr("&Guardian's name:"))
        self.guardian_name.setAccessibleDescription(self.tr("Required") if minor else "")
        self._compare_with_nik()

    def _on_consent_toggled(self, checked: bool) -> None:
        self._set_blank(self.consent_date, not checked)

    # -- saving ------------------------------------------------------------------------------------------

    def save(self) -> ClientView | None:
        """Save through the service; on success announce the change and accept, else show why at the field."""
        if self._nik_error is not None:
            self.errors.show(self._nik_error)
            return None
        data = self.value()
        services = self.context.services.clients
        try:
            view = services.create(data) if self.client is None else services.update(self.client.id, data)
        except ValidationError as error:
            self.errors.show(error)
            return None
        except PeksosError as error:
            self.errors.show_text(str(error))
            return None
        self.errors.clear()
        self.client = view
        self.context.bus.clients_changed.emit(view.id)
        self.saved.emit(view)
        self.accept()
        return view
