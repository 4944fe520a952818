"""Recording money received on an issued invoice; once saved it shows the kuitansi's number and prints it.

The amount is typed as Rupiah text ("Rp250.000" or "250000") and defaults to the balance; the service refuses
more than the balance, a date before the invoice was issued or after today, and says why at the field.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from peksos_desk.domain.billing import METERAI_DUTY, METERAI_THRESHOLD, PaymentMethod, needs_meterai
from peksos_desk.domain.errors import PeksosError, ValidationError
from peksos_desk.domain.money import terbilang_rupiah
from peksos_desk.services.billing import InvoiceView
from peksos_desk.services.payments import PaymentInput, PaymentView
from peksos_desk.ui.context import AppContext
from peksos_desk.ui.format import money
from peksos_desk.ui.widgets.field_errors import FieldErrors
from peksos_desk.ui.widgets.finance_widgets import RupiahEdit, pydate, qdate


def _hint(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setStyleSheet("color: palette(placeholder-text);")
    return label


class PaymentDialog(QDialog):
    """The payment form, then its kuitansi.

    Open it with ``open()``; tests fill the fields and call :meth:`save`, then :meth:`print_receipt`.

    Signals:
        recorded: the payment was recorded (its ``PaymentView``).
        document_requested: the user asked to see the kuitansi: ("receipt", (payment_id,)).

    Attributes:
        payment: the payment recorded, after a successful :meth:`save`.
    """

    recorded = Signal(object)
    document_requested = Signal(str, object)

    def __init__(self, context: AppContext, invoice: InvoiceView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.invoice = invoice
        self.payment: PaymentView | None = None
        self.setWindowTitle(self.tr("Record a payment — {0}").format(invoice.number or ""))
        self.setMinimumWidth(580)

        summary = QLabel(self.tr("Invoice <b>{0}</b> to {1}<br>Total {2} · paid so far {3} · <b>balance {4}</b>")
                         .format(invoice.number or "", _escape(invoice.payer_name), money(invoice.total),
                                 money(invoice.paid), money(invoice.balance)), self)
        summary.setWordWrap(True)
        summary.setTextFormat(Qt.TextFormat.RichText)

        today = context.services.payments.today()
        self.date = QDateEdit(self)
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("dd/MM/yyyy")
        self.date.setAccessibleName(self.tr("Date received"))
        if invoice.issue_date is not None:
            self.date.setMinimumDate(qdate(invoice.issue_date))
        self.date.setMaximumDate(qdate(today))
        self.date.setDate(qdate(today))
        self.amount = RupiahEdit("amount", self)
        self.amount.set_amount(invoice.balance)
        self.amount.setAccessibleName(self.tr("Amount received"))
        self.amount.setPlaceholderText(self.tr("e.g. Rp250.000"))
        self.amount.textChanged.connect(self._show_amount)
        self.in_words = _hint("", self)
        self.in_words.setAccessibleName(self.tr("Amount in words"))
        self.method = QComboBox(self)
        self.method.setAccessibleName(self.tr("Payment method"))
        for method in PaymentMethod:
            self.method.addItem(str(method.label), method)
        self.method.setCurrentIndex(self.method.findData(PaymentMethod.BANK_TRANSFER))
        self.reference = QLineEdit(self)
        self.reference.setMaxLength(100)
        self.reference.setAccessibleName(self.tr("Reference"))
        self.reference.setPlaceholderText(self.tr("Transfer or QRIS reference (optional)"))
        self.received_from = QLineEdit(invoice.payer_name, self)
        self.received_from.setMaxLength(200)
        self.received_from.setAccessibleName(self.tr("Received from"))
        self.received_from.setToolTip(self.tr("The kuitansi's “Sudah terima dari”"))

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for text, widget in ((self.tr("&Date received:"), self.date), (self.tr("&Amount:"), self.amount),
                             ("", self.in_words), (self.tr("&Method:"), self.method),
                             (self.tr("&Reference:"), self.reference),
                             (self.tr("Received &from:"), self.received_from)):
            if not text:
                form.addRow("", widget)
                continue
            label = QLabel(text, self)
            label.setBuddy(widget)
            form.addRow(label, widget)

        self.meterai_note = QLabel(self)
        self.meterai_note.setWordWrap(True)
        self.meterai_note.setStyleSheet("color: #8a5a00;")
        self.message = QLabel(self)
        self.errors = FieldErrors(self.message)
        for field, widget in (("amount", self.amount), ("paid_on", self.date), ("method", self.method),
                              ("reference", self.reference), ("received_from", self.received_from)):
            self.errors.register(field, widget)

        # After saving: the kuitansi's number, its meterai note and the button that prints it.
        self.done_panel = QFrame(self)
        self.done_panel.setFrameShape(QFrame.Shape.StyledPanel)
        self.receipt_label = QLabel(self.done_panel)
        self.receipt_label.setWordWrap(True)
        self.receipt_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.receipt_label.setAccessibleName(self.tr("Receipt number"))
        self.print_button = QPushButton(self.tr("&Print kuitansi…"), self.done_panel)
        self.print_button.setToolTip(self.tr("Preview and print the kuitansi (PDF)"))
        self.print_button.clicked.connect(self.print_receipt)
        done_layout = QHBoxLayout(self.done_panel)
        done_layout.addWidget(self.receipt_label, 1)
        done_layout.addWidget(self.print_button)
        self.done_panel.hide()

        self.save_button = QPushButton(self.tr("&Save payment"), self)
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.close_button = QPushButton(self.tr("Cancel"), self)
        self.close_button.clicked.connect(self.reject)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self, self.save)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addLayout(form)
        layout.addWidget(self.meterai_note)
        layout.addWidget(self.message)
        layout.addWidget(self.done_panel)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self._show_amount()
        self.amount.setFocus()
        self.amount.selectAll()

    # -- actions -----------------------------------------------------------------------------------------

    def save(self) -> PaymentView | None:
        """Record the payment; on a refusal show why at the field and change nothing."""
        if self.payment is not None:
            return self.payment
        self.errors.clear()
        try:
            data = PaymentInput(amount=self.amount.amount(), paid_on=pydate(self.date.date()),
                                method=PaymentMethod(self.method.currentData()), reference=self.reference.text(),
                                received_from=self.received_from.text())
            payment = self.context.services.payments.record_payment(self.invoice.id, data)
        except ValidationError as exc:
            self.errors.show(exc)
            return None
        except PeksosError as exc:
            self.context.prompter.error(self, self.tr("The payment cannot be recorded"), str(exc))
            return None
        self.payment = payment
        self._show_done(payment)
        self.context.bus.finance_changed.emit(self.invoice.id)
        self.recorded.emit(payment)
        return payment

    def print_receipt(self) -> None:
        """Ask for the kuitansi of the payment just recorded."""
        if self.payment is not None:
            self.document_requested.emit("receipt", (self.payment.id,))

    # -- internals ---------------------------------------------------------------------------------------

    def _show_done(self, payment: PaymentView) -> None:
        for widget in (self.date, self.amount, self.method, self.reference, self.received_from):
            widget.setEnabled(False)
        balance = self.invoice.balance - payment.amount
        text = self.tr("Payment of {0} recorded. Kuitansi number: <b>{1}</b>").format(
            money(payment.amount), payment.receipt_number)
        text += "<br>" + (self.tr("The invoice is paid in full.") if balance <= 0
                          else self.tr("Still to pay: {0}").format(money(balance)))
        if payment.needs_meterai:
            text += "<br>" + self.tr("Stick a {0} meterai on the printed kuitansi and sign across it (or use an "
                                     "e-meterai).").format(money(METERAI_DUTY))
        self.receipt_label.setText(text)
        self.done_panel.show()
        self.meterai_note.hide()
        self.save_button.hide()
        self.close_button.setText(self.tr("Close"))
        self.close_button.clicked.disconnect()
        self.close_button.clicked.connect(self.accept)
        self.close_button.setDefault(True)
        self.print_button.setFocus()
        self.setWindowTitle(self.tr("Kuitansi {0}").format(payment.receipt_number))

    def _show_amount(self) -> None:
        # As the amount is typed: its words, or why it cannot be read; and whether it needs a meterai.
        try:
            amount = self.amount.amount()
        except ValidationError as exc:
            self.in_words.setText(str(exc) if self.amount.text().strip() else "")
            self.meterai_note.hide()
            return
        self.in_words.setText(terbilang_rupiah(amount).capitalize())
        if needs_meterai(amount):
            self.meterai_note.setText(self.tr("A kuitansi above {0} needs a {1} meterai (bea meterai): stick it on "
                                              "the printed kuitansi, or use an e-meterai.")
                                      .format(money(METERAI_THRESHOLD), money(METERAI_DUTY)))
            self.meterai_note.show()
        else:
            self.meterai_note.hide()


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
