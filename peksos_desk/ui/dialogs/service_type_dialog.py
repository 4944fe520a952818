"""Adding or changing one line of the fee schedule; the fee is typed as Rupiah text ("Rp250.000" or "250000")."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from peksos_desk.domain.errors import PeksosError, ValidationError
from peksos_desk.domain.money import parse_rupiah
from peksos_desk.services.fees import ServiceTypeInput, ServiceTypeView
from peksos_desk.ui.context import AppContext
from peksos_desk.ui.format import money
from peksos_desk.ui.widgets.dialog_buttons import save_cancel
from peksos_desk.ui.widgets.field_errors import FieldErrors


class ServiceTypeDialog(QDialog):
    """The service type form; it saves through the fee schedule service and stays open on a refusal.

    Signals:
        saved: the service type was saved (its id).

    Attributes:
        result_view: the saved service type, after a successful :meth:`save`.
    """

    saved = Signal(int)

    def __init__(self, context: AppContext, service_type: ServiceTypeView | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.service_type = service_type
        self.result_view: ServiceTypeView | None = None
        self.setWindowTitle(self.tr("New service type") if service_type is None else self.tr("Edit service type"))
        self.setMinimumWidth(460)

        intro = QLabel(self.tr("The default fee and duration are filled in when a session of this service is "
                               "scheduled. A session that has taken place keeps the fee it was given."), self)
        intro.setWordWrap(True)

        self.code = QLineEdit(self)
        self.code.setMaxLength(30)
        self.code.setPlaceholderText(self.tr("e.g. KONS"))
        self.code.setAccessibleName(self.tr("Code"))
        self.name = QLineEdit(self)
        self.name.setMaxLength(200)
        self.name.setPlaceholderText(self.tr("e.g. Family counselling"))
        self.name.setAccessibleName(self.tr("Service name"))
        self.fee = QLineEdit(self)
        self.fee.setPlaceholderText(self.tr("e.g. Rp250.000"))
        self.fee.setAccessibleName(self.tr("Default fee"))
        self.fee.editingFinished.connect(self._tidy_fee)
        self.duration = QSpinBox(self)
        self.duration.setRange(5, 24 * 60)
        self.duration.setSingleStep(15)
        self.duration.setValue(60)
        self.duration.setSuffix(self.tr(" min"))
        self.duration.setAccessibleName(self.tr("Duration in minutes"))

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for text, widget in ((self.tr("&Code"), self.code), (self.tr("&Name"), self.name),
                             (self.tr("Default &fee"), self.fee), (self.tr("&Duration"), self.duration)):
            label = QLabel(text, self)
            label.setBuddy(widget)
            form.addRow(label, widget)
        hint = QLabel(self.tr("Letters, digits, - and _; shown on invoices next to the service."), self)
        hint.setWordWrap(True)
        hint.setStyleSheet("color: palette(placeholder-text);")
        form.insertRow(1, "", hint)

        self.message = QLabel(self)
        self.errors = FieldErrors(self.message)
        for field, widget in (("code", self.code), ("name", self.name), ("default_fee", self.fee),
                              ("default_duration_minutes", self.duration)):
            self.errors.register(field, widget)

        self.buttons = save_cancel(self, self.save)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        if service_type is not None:
            self.code.setText(service_type.code)
            self.name.setText(service_type.name)
            self.fee.setText(money(service_type.default_fee))
            self.duration.setValue(service_type.default_duration_minutes)

    def _tidy_fee(self) -> None:
        # Show the amount the way it will be read back ("250000" becomes "Rp250.000"); say so at once when it
        # cannot be read, without pulling the cursor back.
        text = self.fee.text()
        if not text.strip():
            return
        try:
            self.fee.setText(money(parse_rupiah(text, "default_fee")))
        except ValidationError as exc:
            self.errors.show_text(str(exc))
        else:
            self.errors.clear()

    def save(self) -> bool:
        """Validate and save; on a refusal show why at the field and keep everything typed."""
        self.errors.clear()
        try:
            data = ServiceTypeInput(code=self.code.text(), name=self.name.text(),
                                    default_fee=parse_rupiah(self.fee.text(), "default_fee"),
                                    default_duration_minutes=self.duration.value())
            fees = self.context.services.fees
            view = fees.create(data) if self.service_type is None else fees.update(self.service_type.id, data)
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
