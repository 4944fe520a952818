"""The practice profile's fields as one widget: the first-run dialog shows the essential ones, Settings all.

The form only holds what was typed; ``ProfileService.update`` validates. Fields the form does not show keep the
values of the profile it was given, so a partial form never wipes the rest of the profile.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import fields, replace
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from peksos_desk.domain.dates import PractitionerZone
from peksos_desk.domain.errors import ValidationError
from peksos_desk.domain.text import Text
from peksos_desk.services.profile import Profile
from peksos_desk.services.validation import clean_email, clean_phone
from peksos_desk.ui.widgets.field_errors import FieldErrors

if TYPE_CHECKING:
    from peksos_desk.ui.context import AppContext
    from peksos_desk.ui.widgets.profile_images import ProfileImagesGroup

ALL_FIELDS: tuple[str, ...] = tuple(f.name for f in fields(Profile))
ESSENTIAL_FIELDS: tuple[str, ...] = (
    "full_name", "degree", "str_number", "sipps_number", "institution_name", "address", "city", "phone", "time_zone",
)
"""What the first-run set-up asks for: enough for a letterhead."""

_EXPIRY_OF = {
    "competence_certificate_expiry": "competence_certificate",
    "str_expiry": "str_number",
    "sipps_expiry": "sipps_number",
}
_MULTILINE = {"specialisations", "address"}
_MAX_LENGTH = {"full_name": 200, "degree": 100, "competence_certificate": 100, "str_number": 100,
               "sipps_number": 100, "institution_name": 200, "institution_accreditation": 100, "city": 100,
               "phone": 40, "email": 200, "bank_name": 100, "bank_account_number": 50, "bank_account_holder": 200}


class _OptionalDate:
    """A date that may be absent: a check box (the row's label) switches the date edit on."""

    def __init__(self, label: str, parent: QWidget) -> None:
        self.check = QCheckBox(label, parent)
        self.edit = QDateEdit(parent)
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("dd/MM/yyyy")
        self.edit.setDate(QDate.currentDate())
        self.edit.setEnabled(False)
        self.edit.setAccessibleName(label.replace("&", ""))
        self.check.toggled.connect(self.edit.setEnabled)

    def value(self) -> date | None:
        if not self.check.isChecked():
            return None
        chosen = self.edit.date()
        return date(chosen.year(), chosen.month(), chosen.day())

    def set_value(self, value: date | None) -> None:
        self.check.setChecked(value is not None)
        self.edit.setEnabled(value is not None)
        self.edit.setDate(QDate(value.year, value.month, value.day) if value is not None else QDate.currentDate())


class ProfileForm(QWidget):
    """Inputs for the practice profile.

    Signals:
        edited: the user changed a field.

    Attributes:
        widgets: the input of each shown field, by the field name a ``ValidationError`` carries.
    """

    edited = Signal()

    def __init__(self, shown: Sequence[str] = ALL_FIELDS, *, columns: int = 2, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._shown = tuple(name for name in ALL_FIELDS if name in shown)
        self._base = Profile()
        self._dirty = False
        self._errors: FieldErrors | None = None
        self._live_error: str | None = None
        self.widgets: dict[str, QWidget] = {}
        self._dates: dict[str, _OptionalDate] = {}
        self._lines: dict[str, QLineEdit] = {}
        self._texts: dict[str, QPlainTextEdit] = {}
        self.time_zone: QComboBox | None = None
        self._row_labels: dict[int, list[QWidget]] = {}
        self._column = 0

        groups = [group for group in self._groups() if any(name in self._shown for name in group[1])]
        outer = QHBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        column_layouts = []
        for _ in range(max(1, columns)):
            layout = QVBoxLayout()
            outer.addLayout(layout, 1)
            column_layouts.append(layout)
        # Groups keep their order and fill the columns by rows, so the columns come out about as tall.
        weights = [sum(2 if name in _MULTILINE else 1 for name in names if name in self._shown) for _, names in groups]
        total, before = sum(weights) or 1, 0
        for (title, names), weight in zip(groups, weights, strict=True):
            target = column_layouts[min(before * len(column_layouts) // total, len(column_layouts) - 1)]
            before += weight
            box = QGroupBox(title, self)
            form = QFormLayout(box)
            self._column = column_layouts.index(target)
            form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            for name in names:
                if name in self._shown:
                    self._add_row(form, name)
            target.addWidget(box)
        for layout in column_layouts:
            layout.addStretch(1)
        self._column_layouts = column_layouts
        self.images: ProfileImagesGroup | None = None
        self._align_labels()

    def add_image_pickers(self, context: AppContext) -> ProfileImagesGroup:
        """Add the letterhead logo and signature image pickers (Settings only: they store an image at once,
        apart from the profile's Save) under the first column's groups."""
        from peksos_desk.ui.widgets.profile_images import ProfileImagesGroup

        if self.images is None:
            self.images = ProfileImagesGroup(context, self)
            column = self._column_layouts[0]
            column.insertWidget(column.count() - 1, self.images)  # above the column's closing stretch
        return self.images

    # -- building ----------------------------------------------------------------------------------------

    def _groups(self) -> list[tuple[str, tuple[str, ...]]]:
        return [
            (self.tr("Social worker"), ("full_name", "degree", "specialisations")),
            (self.tr("Registration and licence"), (
                "str_number", "str_expiry", "sipps_number", "sipps_expiry",
                "competence_certificate", "competence_certificate_expiry")),
            (self.tr("Institution and contact"), (
                "institution_name", "institution_accreditation", "address", "city", "phone", "email", "time_zone")),
            (self.tr("Bank account for invoices"), ("bank_name", "bank_account_number", "bank_account_holder")),
        ]

    def _labels(self) -> dict[str, str]:
        return {
            "full_name": self.tr("F&ull name"),
            "degree": self.tr("&Degree"),
            "specialisations": self.tr("Speciali&sations"),
            "competence_certificate": self.tr("&Competence certificate (LSPS)"),
            "competence_certificate_expiry": self.tr("Certificate valid until"),
            "str_number": self.tr("S&TR number"),
            "str_expiry": self.tr("STR valid until"),
            "sipps_number": self.tr("S&IPPS number"),
            "sipps_expiry": self.tr("SIPPS valid until"),
            "institution_name": self.tr("I&nstitution"),
            "institution_accreditation": self.tr("BALKS &accreditation"),
            "address": self.tr("Add&ress"),
            "city": self.tr("Cit&y"),
            "phone": self.tr("&Phone"),
            "email": self.tr("&E-mail"),
            "bank_name": self.tr("&Bank"),
            "bank_account_number": self.tr("Acc&ount number"),
            "bank_account_holder": self.tr("Account ho&lder"),
            "time_zone": self.tr("Time &zone"),
        }

    def _placeholders(self) -> dict[str, str]:
        return {
            "full_name": self.tr("e.g. Sri Wahyuni"),
            "degree": self.tr("e.g. S.Tr.Sos., M.Kesos."),
            "specialisations": self.tr("e.g. child protection, family counselling"),
            "str_number": self.tr("as written on the certificate"),
            "sipps_number": self.tr("as written on the licence"),
            "institution_name": self.tr("e.g. LKS Harapan Bunda (leave empty if you practise alone)"),
            "institution_accreditation": self.tr("e.g. A"),
            "address": self.tr("street, RT/RW, village, district"),
            "city": self.tr("e.g. Bandung"),
            "phone": self.tr("e.g. 0812-3456-7890"),
            "email": self.tr("e.g. sri@example.org"),
        }

    def _add_row(self, form: QFormLayout, name: str) -> None:
        label_text = self._labels()[name]
        plain = label_text.replace("&", "")
        placeholder = self._placeholders().get(name, "")
        widget: QWidget
        if name in _EXPIRY_OF:
            optional = _OptionalDate(label_text, self)
            optional.check.toggled.connect(self._on_edited)
            optional.edit.dateChanged.connect(self._on_edited)
            self._dates[name] = optional
            form.addRow(optional.check, optional.edit)
            self._row_labels.setdefault(self._column, []).append(optional.check)
            self.widgets[name] = optional.edit
            return
        if name == "time_zone":
            combo = QComboBox(self)
            for zone in PractitionerZone:
                combo.addItem(str(zone.label), zone.name)
            combo.currentIndexChanged.connect(self._on_edited)
            self.time_zone = combo
            widget = combo
        elif name in _MULTILINE:
            text = QPlainTextEdit(self)
            text.setTabChangesFocus(True)
            text.setPlaceholderText(placeholder)
            text.setFixedHeight(text.fontMetrics().lineSpacing() * 3 + 14)
            text.textChanged.connect(self._on_edited)
            self._texts[name] = text
            widget = text
        else:
            line = QLineEdit(self)
            line.setPlaceholderText(placeholder)
            line.setMaxLength(_MAX_LENGTH.get(name, 200))
            line.textEdited.connect(self._on_edited)
            self._lines[name] = line
            widget = line
            if name in ("email", "phone"):
                line.editingFinished.connect(lambda field=name: self._check_as_typed(field))
        widget.setAccessibleName(plain)
        label = QLabel(label_text, self)
        label.setBuddy(widget)
        form.addRow(label, widget)
        self._row_labels.setdefault(self._column, []).append(label)
        self.widgets[name] = widget

    def _align_labels(self) -> None:
        # The group boxes of one column line their fields up, as if they were one form.
        for labels in self._row_labels.values():
            width = max(label.sizeHint().width() for label in labels)
            for label in labels:
                label.setMinimumWidth(width)

    # -- values ------------------------------------------------------------------------------------------

    def set_profile(self, profile: Profile) -> None:
        """Show ``profile``; fields not shown keep its values in :meth:`profile`."""
        self._base = profile
        blockers = [w.blockSignals(True) for w in self.widgets.values()]
        try:
            for name, line in self._lines.items():
                line.setText(str(getattr(profile, name)))
                line.setCursorPosition(0)  # a long institution name shows its beginning
            for name, text in self._texts.items():
                text.setPlainText(str(getattr(profile, name)))
            for name, optional in self._dates.items():
                optional.check.blockSignals(True)
                optional.set_value(getattr(profile, name))
                optional.check.blockSignals(False)
            if self.time_zone is not None:
                self.set_time_zone(PractitionerZone.from_setting(profile.time_zone))
        finally:
            for widget, blocked in zip(self.widgets.values(), blockers, strict=True):
                widget.blockSignals(blocked)
        self._dirty = False

    def set_time_zone(self, zone: PractitionerZone) -> None:
        """Select ``zone`` in the time zone field (when the form shows it)."""
        if self.time_zone is not None:
            self.time_zone.setCurrentIndex(max(self.time_zone.findData(zone.name), 0))

    def profile(self) -> Profile:
        """The profile as typed (not validated)."""
        values: dict[str, object] = {}
        for name, line in self._lines.items():
            values[name] = line.text()
        for name, text in self._texts.items():
            values[name] = text.toPlainText()
        for name, optional in self._dates.items():
            values[name] = optional.value()
        if self.time_zone is not None:
            values["time_zone"] = str(self.time_zone.currentData())
        return replace(self._base, **values)  # type: ignore[arg-type]

    @property
    def is_dirty(self) -> bool:
        """Whether something was typed since the profile was last set."""
        return self._dirty

    def mark_saved(self, profile: Profile) -> None:
        """After a successful save: the saved profile becomes the base, nothing typed is lost."""
        self._base = profile
        self._dirty = False

    # -- errors ------------------------------------------------------------------------------------------

    def attach_errors(self, errors: FieldErrors) -> None:
        """Let ``errors`` mark this form's fields when the service refuses a value."""
        self._errors = errors
        for name, widget in self.widgets.items():
            errors.register(name, widget)

    def _check_as_typed(self, name: str) -> None:
        # E-mail and phone are checked by the service's own rules when the user leaves the field, without
        # pulling the cursor back; saving checks everything again.
        if self._errors is None:
            return
        line = self._lines[name]
        try:
            if name == "email":
                clean_email(name, Text("Email", "E-mail"), line.text())
            else:
                clean_phone(name, Text("Telepon", "Phone"), line.text())
        except ValidationError as exc:
            self._errors.show_text(str(exc))
            self._live_error = name
            return
        if self._live_error == name:
            self._errors.clear()
            self._live_error = None

    def _on_edited(self) -> None:
        self._dirty = True
        self.edited.emit()
