"""A client's record as read-only text: identity, PPKS categories, guardian and consent, notes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QGridLayout, QGroupBox, QLabel, QVBoxLayout, QWidget

from peksos_desk.domain.dates import ADULT_AGE
from peksos_desk.domain.ppks import ppks_by_code
from peksos_desk.domain.text import Language, current_language
from peksos_desk.services.clients import ClientView
from peksos_desk.ui.format import date_long

EMPTY = "—"
MISSING_STYLE = "color: #8a4b00;"


class ClientRecordView(QWidget):
    """Four groups of selectable labels; PPKS categories in both languages, what is missing marked.

    Attributes:
        values: the value labels by key ("nickname", "birth", "sex", "nik", "kk_number", "bpjs_number",
            "address", "phone", "ppks", "guardian", "consent", "notes").
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.identity_group = QGroupBox(self.tr("Identity"), self)
        form = _form(self.identity_group)
        self.values: dict[str, QLabel] = {}
        for key, label in (("nickname", self.tr("Nickname")), ("birth", self.tr("Age and birth date")),
                           ("sex", self.tr("Sex")), ("nik", self.tr("NIK")), ("kk_number", self.tr("KK number")),
                           ("bpjs_number", self.tr("BPJS number")), ("address", self.tr("Address")),
                           ("phone", self.tr("Phone"))):
            self.values[key] = self._value(label)
            form.addRow(self.tr("{0}:").format(label), self.values[key])

        self.ppks_group = QGroupBox(self.tr("PPKS categories"), self)
        self.values["ppks"] = self._value(self.tr("PPKS categories"))
        QVBoxLayout(self.ppks_group).addWidget(self.values["ppks"])

        self.guardian_group = QGroupBox(self.tr("Parent or guardian and consent"), self)
        form = _form(self.guardian_group)
        for key, label in (("guardian", self.tr("Parent or guardian")), ("consent", self.tr("Informed consent"))):
            self.values[key] = self._value(label)
            form.addRow(self.tr("{0}:").format(label), self.values[key])

        self.notes_group = QGroupBox(self.tr("Notes"), self)
        self.values["notes"] = self._value(self.tr("Notes"))
        QVBoxLayout(self.notes_group).addWidget(self.values["notes"])

        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.identity_group, 0, 0, 4, 1)
        grid.addWidget(self.ppks_group, 0, 1)
        grid.addWidget(self.guardian_group, 1, 1)
        grid.addWidget(self.notes_group, 2, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(4, 1)
        self._grid = grid

    def add_group(self, group: QWidget) -> None:
        """Show ``group`` in the right column under the notes (e.g. the client's fees and balance)."""
        self._grid.addWidget(group, 3, 1)

    def _value(self, accessible: str) -> QLabel:
        label = QLabel(self)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setAccessibleName(accessible)
        label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        return label

    def show_client(self, client: ClientView) -> None:
        """Show ``client``'s record."""
        values = self.values
        values["nickname"].setText(client.nickname or EMPTY)
        if client.birth_date is None:
            birth = self.tr("Birth date unknown")
        else:
            birth = self.tr("{0} years — born {1}").format(client.age, date_long(client.birth_date))
        if client.birth_place:
            birth = self.tr("{0}, in {1}").format(birth, client.birth_place)
        values["birth"].setText(birth)
        values["sex"].setText(str(client.sex.label) if client.sex else self.tr("Not recorded"))
        values["nik"].setText(client.nik or self.tr("None recorded"))
        values["kk_number"].setText(client.kk_number or EMPTY)
        values["bpjs_number"].setText(client.bpjs_number or EMPTY)
        address = ", ".join(part for part in (client.address.replace("\n", ", "), client.city) if part)
        values["address"].setText(address or EMPTY)
        values["phone"].setText(client.phone or EMPTY)

        other: Language = "en" if current_language() == "id" else "id"
        values["ppks"].setText("\n".join(
            f"{code} — {ppks_by_code(code).label} ({ppks_by_code(code).label.render(other)})"
            for code in client.ppks_codes) or self.tr("No category chosen"))

        if client.guardian_name:
            guardian = client.guardian_name
            if client.guardian_relation:
                guardian = self.tr("{0} ({1})").format(guardian, client.guardian_relation)
            if client.guardian_phone:
                guardian = self.tr("{0}, phone {1}").format(guardian, client.guardian_phone)
            values["guardian"].setText(guardian)
            values["guardian"].setStyleSheet("")
        elif client.age is not None and client.age < ADULT_AGE:
            values["guardian"].setText(self.tr("Missing: required for a client under 18"))
            values["guardian"].setStyleSheet(MISSING_STYLE)
        else:
            values["guardian"].setText(EMPTY)
            values["guardian"].setStyleSheet("")
        if client.consent_given and client.consent_date is not None:
            values["consent"].setText(self.tr("Given on {0}").format(date_long(client.consent_date)))
            values["consent"].setStyleSheet("")
        else:
            values["consent"].setText(self.tr("Not recorded yet"))
            values["consent"].setStyleSheet(MISSING_STYLE)
        values["notes"].setText(client.notes or EMPTY)


def _form(group: QGroupBox) -> QFormLayout:
    form = QFormLayout(group)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
    return form
