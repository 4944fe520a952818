"""Voiding an issued invoice: the reason is required, the number stays in the books marked void."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from peksos_desk.domain.errors import PeksosError, ValidationError
from peksos_desk.domain.text import Text
from peksos_desk.services.billing import InvoiceView
from peksos_desk.ui.context import AppContext
from peksos_desk.ui.format import money
from peksos_desk.ui.widgets.field_errors import FieldErrors


class VoidDialog(QDialog):
    """Asks why, then (after the prompter's confirmation) voids the invoice.

    Open it with ``open()``; tests type the reason and call :meth:`void`.

    Signals:
        voided: the invoice was voided (its new ``InvoiceView``).
    """

    voided = Signal(object)

    def __init__(self, context: AppContext, invoice: InvoiceView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.invoice = invoice
        self.setWindowTitle(self.tr("Void invoice {0}").format(invoice.number or ""))
        self.setMinimumWidth(520)
        explanation = QLabel(self.tr(
            "Invoice {0} to {1} for {2} will be marked void. It keeps its number, which stays in the books with "
            "your reason; the sessions on it can be billed again on a new invoice. An invoice on which payments "
            "were received cannot be voided.").format(invoice.number or "", invoice.payer_name, money(invoice.total)),
            self)
        explanation.setWordWrap(True)
        self.reason = QPlainTextEdit(self)
        self.reason.setAccessibleName(self.tr("Reason for voiding"))
        self.reason.setPlaceholderText(self.tr("e.g. Wrong payer: the sessions are paid by the school, not the "
                                               "family."))
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 14)
        reason_label = QLabel(self.tr("&Reason for voiding (required):"), self)
        reason_label.setBuddy(self.reason)
        self.message = QLabel(self)
        self.errors = FieldErrors(self.message)
        self.errors.register("reason", self.reason)
        self.buttons = QDialogButtonBox(self)
        self.void_button = self.buttons.addButton(self.tr("&Void invoice"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.void)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addWidget(reason_label)
        layout.addWidget(self.reason)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.reason.setFocus()

    def void(self) -> InvoiceView | None:
        """Void with the reason typed, once the user confirms; on a refusal say why and keep the reason."""
        self.errors.clear()
        reason = self.reason.toPlainText().strip()
        if not reason:
            message = self.tr("Write why the invoice is voided: the reason stays in the books with its number.")
            self.errors.show(ValidationError("reason", Text(message, message)))
            return None
        if not self.context.prompter.confirm(
                self, self.tr("Void invoice"),
                self.tr("Void invoice {0}? This cannot be undone; the number stays in the books marked void.")
                .format(self.invoice.number or ""), danger=True):
            return None
        try:
            view = self.context.services.billing.void(self.invoice.id, reason)
        except ValidationError as exc:
            self.errors.show(exc)
            return None
        except PeksosError as exc:
            self.context.prompter.error(self, self.tr("The invoice cannot be voided"), str(exc))
            return None
        self.context.bus.finance_changed.emit(view.id)
        self.voided.emit(view)
        self.accept()
        return view
