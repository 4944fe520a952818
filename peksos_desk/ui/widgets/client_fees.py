"""The client page's "Fees and balance": the fee arrangement in force today and what is unbilled or owed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from peksos_desk.domain.billing import FeeKind
from peksos_desk.domain.errors import NotFound
from peksos_desk.services.billing import FeeArrangementView
from peksos_desk.ui.context import AppContext
from peksos_desk.ui.dialogs.fee_arrangement_dialog import FeeArrangementDialog
from peksos_desk.ui.format import date_long, money


class ClientFeesGroup(QGroupBox):
    """Shows one client's fee arrangement and balance, and opens the dialog that changes the arrangement.

    Refreshes itself when finances or sessions change.

    Attributes:
        values: the value labels by key ("fee", "unbilled", "owed").
    """

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Fees and balance"), parent)
        self.context = context
        self.client_id: int | None = None
        self.values: dict[str, QLabel] = {}
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for key, label in (("fee", self.tr("Fee")), ("unbilled", self.tr("Not yet billed")),
                           ("owed", self.tr("Owed on invoices"))):
            value = QLabel(self)
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setAccessibleName(label)
            value.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            self.values[key] = value
            form.addRow(self.tr("{0}:").format(label), value)
        self.change_button = QPushButton(self.tr("Change fee arran&gement…"), self)
        self.change_button.setAccessibleName(self.tr("Change the client's fee arrangement"))
        self.change_button.clicked.connect(self.change_arrangement)
        buttons = QHBoxLayout()
        buttons.addWidget(self.change_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(buttons)
        context.bus.finance_changed.connect(self.refresh)
        context.bus.sessions_changed.connect(self.refresh)

    def show_client(self, client_id: int, archived: bool = False) -> None:
        """Show ``client_id``'s fee and balance."""
        self.client_id = client_id
        self.change_button.setEnabled(not archived)
        self.change_button.setToolTip(self.tr("Restore the client from the archive first") if archived else "")
        self.refresh()

    def refresh(self, *_changed: object) -> None:
        """Read the arrangement and the balance again."""
        if self.client_id is None:
            return
        services = self.context.services
        try:
            arrangement = services.billing.fee_arrangement_on(self.client_id)
            balance = services.finance.client_balance(self.client_id)
        except NotFound:
            return
        self.values["fee"].setText(self._fee_text(arrangement))
        if balance.unbilled_sessions == 1:
            unbilled = self.tr("{0} (1 session)").format(money(balance.unbilled_amount))
        elif balance.unbilled_sessions:
            unbilled = self.tr("{0} ({1} sessions)").format(money(balance.unbilled_amount), balance.unbilled_sessions)
        else:
            unbilled = money(0)
        self.values["unbilled"].setText(unbilled)
        self.values["owed"].setText(money(balance.outstanding))

    def _fee_text(self, arrangement: FeeArrangementView | None) -> str:
        if arrangement is None:
            return self.tr("Standard fee")
        if arrangement.kind is FeeKind.STANDARD:
            return self.tr("Standard fee since {0}").format(date_long(arrangement.valid_from))
        if arrangement.kind is FeeKind.REDUCED:
            text = self.tr("Reduced by {0} % since {1}").format(arrangement.reduction_percent,
                                                                date_long(arrangement.valid_from))
        else:
            text = self.tr("Free since {0}").format(date_long(arrangement.valid_from))
        return self.tr("{0}. Reason: {1}").format(text, arrangement.reason)

    def change_arrangement(self) -> FeeArrangementDialog | None:
        """Open the fee arrangement dialog (not blocking)."""
        if self.client_id is None:
            return None
        dialog = FeeArrangementDialog(self.context, self.client_id, self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog
