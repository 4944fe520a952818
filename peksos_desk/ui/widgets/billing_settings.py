"""How invoices and kuitansi are numbered and when invoices fall due: a small group in Settings."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSpinBox, QWidget

from peksos_desk.domain.errors import PeksosError, ValidationError
from peksos_desk.services.billing import BillingSettingsView
from peksos_desk.ui.context import AppContext
from peksos_desk.ui.widgets.field_errors import FieldErrors


class BillingSettingsGroup(QGroupBox):
    """Numbering patterns ({year}, {seq:04d}) and the days until an invoice is due.

    Signals:
        saved: the settings were stored.
    """

    saved = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setTitle(self.tr("Invoices and receipts"))
        self.invoice_pattern = QLineEdit(self)
        self.invoice_pattern.setAccessibleName(self.tr("Invoice number pattern"))
        self.receipt_pattern = QLineEdit(self)
        self.receipt_pattern.setAccessibleName(self.tr("Receipt number pattern"))
        self.due_days = QSpinBox(self)
        self.due_days.setRange(0, 365)
        self.due_days.setSuffix(self.tr(" days"))
        self.due_days.setAccessibleName(self.tr("Days until an invoice is due"))
        self.save_button = QPushButton(self.tr("Save &numbering"), self)
        self.save_button.clicked.connect(self.save)
        self.message = QLabel(self)
        self.errors = FieldErrors(self.message)
        self.errors.register("invoice_pattern", self.invoice_pattern)
        self.errors.register("receipt_pattern", self.receipt_pattern)
        self.errors.register("due_days", self.due_days)
        hint = QLabel(self.tr("{year} is the year of issue, {seq:04d} the number within it (0001, 0002 …). "
                              "Numbers already given never change."), self)
        hint.setWordWrap(True)
        hint.setStyleSheet("color: palette(placeholder-text);")
        form = QFormLayout()
        for text, widget in ((self.tr("&Invoice numbers:"), self.invoice_pattern),
                             (self.tr("Re&ceipt numbers:"), self.receipt_pattern),
                             (self.tr("Invoices d&ue after:"), self.due_days)):
            label = QLabel(text, self)
            label.setBuddy(widget)
            form.addRow(label, widget)
        row = QHBoxLayout()
        row.addWidget(self.message, 1)
        row.addWidget(self.save_button)
        layout = QFormLayout(self)
        layout.addRow(form)
        layout.addRow(hint)
        layout.addRow(row)
        self.reload()

    def reload(self) -> None:
        """Show the stored settings."""
        current = self.context.services.billing.settings()
        self.invoice_pattern.setText(current.invoice_pattern)
        self.receipt_pattern.setText(current.receipt_pattern)
        self.due_days.setValue(current.due_days)
        self.errors.clear()

    def save(self) -> bool:
        """Store the patterns and due days; a wrong pattern is marked at its field."""
        self.errors.clear()
        try:
            self.context.services.billing.update_settings(BillingSettingsView(
                self.invoice_pattern.text().strip(), self.receipt_pattern.text().strip(), self.due_days.value()))
        except ValidationError as exc:
            self.errors.show(exc)
            return False
        except PeksosError as exc:
            self.errors.show_text(str(exc))
            return False
        self.message.setText(self.tr("Saved."))
        self.message.show()
        self.context.bus.finance_changed.emit(0)
        self.saved.emit()
        return True
