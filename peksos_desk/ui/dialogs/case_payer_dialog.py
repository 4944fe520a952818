"""Who pays for a case's sessions: the client, or a family member or institution from the payer list."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from peksos_desk.domain.errors import PeksosError
from peksos_desk.services.billing import CasePayerView
from peksos_desk.ui.context import AppContext

CLIENT_PAYS = 0
"""The combo's data for "the client pays" (payer ids start at 1)."""


class CasePayerDialog(QDialog):
    """Chooses the payer of a case from now on; sessions already invoiced stay billed to whom they were.

    Open it with ``open()``; tests choose with :meth:`choose_payer` and call :meth:`save`.

    Signals:
        saved: the case's payer was set (its ``CasePayerView``).
    """

    saved = Signal(object)

    def __init__(self, context: AppContext, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.case_id = case_id
        billing = context.services.billing
        current = billing.case_payer(case_id)
        self.setWindowTitle(self.tr("Payer of case {0}").format(current.case_number))
        self.setMinimumWidth(600)

        explanation = QLabel(self.tr(
            "Sessions not yet invoiced are billed to the payer chosen here. Add family members and institutions "
            "under Finance → Payers."), self)
        explanation.setWordWrap(True)
        self.payer = QComboBox(self)
        self.payer.setAccessibleName(self.tr("Payer"))
        # Long institution names must not widen the dialog past the screen: the combo elides, its list does not.
        self.payer.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.payer.setMinimumContentsLength(30)
        self.payer.addItem(self.tr("The client pays"), CLIENT_PAYS)
        for payer in billing.list_payers(include_clients=False):
            self.payer.addItem(self.tr("{0} ({1})").format(payer.name, payer.kind.label), payer.id)
        if current.explicit:
            index = self.payer.findData(current.payer.id)
            if index < 0:  # an inactive payer still named by the case
                self.payer.addItem(self.tr("{0} ({1})").format(current.payer.name, current.payer.kind.label),
                                   current.payer.id)
                index = self.payer.count() - 1
            self.payer.setCurrentIndex(index)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        label = QLabel(self.tr("&Payer:"), self)
        label.setBuddy(self.payer)
        form.addRow(label, self.payer)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.payer.setFocus()

    def choose_payer(self, payer_id: int | None) -> bool:
        """Select ``payer_id`` (None: the client); False when it is not in the list."""
        index = self.payer.findData(CLIENT_PAYS if payer_id is None else payer_id)
        if index < 0:
            return False
        self.payer.setCurrentIndex(index)
        return True

    def save(self) -> CasePayerView | None:
        """Set the chosen payer; a refusal is said through the prompter."""
        payer_id = self.payer.currentData()
        try:
            view = self.context.services.billing.set_case_payer(
                self.case_id, payer_id if isinstance(payer_id, int) and payer_id != CLIENT_PAYS else None)
        except PeksosError as exc:
            self.context.prompter.error(self, self.tr("The payer was not changed"), str(exc))
            return None
        self.context.bus.cases_changed.emit(self.case_id)
        self.context.bus.finance_changed.emit(0)
        self.saved.emit(view)
        self.accept()
        return view
