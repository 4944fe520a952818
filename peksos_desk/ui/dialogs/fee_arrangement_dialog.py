"""A client's fee arrangement from a date on: the standard fee, a reduction by a percentage, or free."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from peksos_desk.domain.billing import FeeKind
from peksos_desk.domain.errors import PeksosError, ValidationError
from peksos_desk.services.billing import FeeArrangementInput, FeeArrangementView
from peksos_desk.ui.context import AppContext
from peksos_desk.ui.widgets.field_errors import FieldErrors
from peksos_desk.ui.widgets.finance_widgets import pydate, qdate


class FeeArrangementDialog(QDialog):
    """Sets the fee a client pays from a date on; sessions already attended keep their fee.

    Open it with ``open()``; tests fill the fields and call :meth:`save`.

    Signals:
        saved: the arrangement was recorded (its ``FeeArrangementView``).
    """

    saved = Signal(object)

    def __init__(self, context: AppContext, client_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.client_id = client_id
        billing = context.services.billing
        today = billing.today()
        current = billing.fee_arrangement_on(client_id, today)
        self.setWindowTitle(self.tr("Fee arrangement"))
        self.setMinimumWidth(520)

        explanation = QLabel(self.tr(
            "The fee applies to sessions attended from the date below on. Sessions already attended keep the "
            "fee they were recorded with."), self)
        explanation.setWordWrap(True)

        self.kind = QComboBox(self)
        self.kind.setAccessibleName(self.tr("Kind of fee"))
        for kind in FeeKind:
            self.kind.addItem(str(kind.label), kind)
        self.percent = QSpinBox(self)
        self.percent.setRange(1, 99)
        self.percent.setSuffix(" %")
        self.percent.setValue(current.reduction_percent if current and current.reduction_percent else 25)
        self.percent.setAccessibleName(self.tr("Reduction in percent"))
        self.percent.setToolTip(self.tr("30 % means the client pays 70 % of the standard fee."))
        self.reason = QPlainTextEdit(self)
        self.reason.setAccessibleName(self.tr("Reason for the reduced or free fee"))
        self.reason.setPlaceholderText(self.tr("e.g. Income below the regional minimum wage; three children."))
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 14)
        self.valid_from = QDateEdit(self)
        self.valid_from.setCalendarPopup(True)
        self.valid_from.setDisplayFormat("dd/MM/yyyy")
        self.valid_from.setDate(qdate(today))
        self.valid_from.setAccessibleName(self.tr("Valid from"))

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for text, widget in ((self.tr("&Fee:"), self.kind), (self.tr("&Reduction:"), self.percent),
                             (self.tr("R&eason (unless standard):"), self.reason),
                             (self.tr("&Valid from:"), self.valid_from)):
            label = QLabel(text, self)
            label.setBuddy(widget)
            form.addRow(label, widget)

        self.message = QLabel(self)
        self.errors = FieldErrors(self.message)
        for field, widget in (("kind", self.kind), ("reduction_percent", self.percent), ("reason", self.reason),
                              ("valid_from", self.valid_from)):
            self.errors.register(field, widget)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        self.kind.currentIndexChanged.connect(self._update_fields)
        if current is not None:
            self.kind.setCurrentIndex(self.kind.findData(current.kind))
            self.reason.setPlainText(current.reason)
        self._update_fields()
        self.kind.setFocus()

    def selected_kind(self) -> FeeKind:
        kind = self.kind.currentData()
        return FeeKind(kind) if kind else FeeKind.STANDARD

    def set_kind(self, kind: FeeKind) -> None:
        self.kind.setCurrentIndex(self.kind.findData(kind))

    def _update_fields(self) -> None:
        kind = self.selected_kind()
        self.percent.setEnabled(kind is FeeKind.REDUCED)
        self.reason.setEnabled(kind is not FeeKind.STANDARD)

    def save(self) -> FeeArrangementView | None:
        """Record the arrangement; on a refusal mark the field and keep what was typed."""
        self.errors.clear()
        kind = self.selected_kind()
        data = FeeArrangementInput(
            client_id=self.client_id, kind=kind, valid_from=pydate(self.valid_from.date()),
            reduction_percent=self.percent.value() if kind is FeeKind.REDUCED else None,
            reason=self.reason.toPlainText() if kind is not FeeKind.STANDARD else "")
        try:
            view = self.context.services.billing.set_fee_arrangement(data)
        except ValidationError as exc:
            self.errors.show(exc)
            return None
        except PeksosError as exc:
            self.context.prompter.error(self, self.tr("The fee arrangement was not saved"), str(exc))
            return None
        self.context.bus.clients_changed.emit(self.client_id)
        self.context.bus.finance_changed.emit(0)
        self.saved.emit(view)
        self.accept()
        return view
