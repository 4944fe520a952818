"""Adding or changing one goal of a case's intervention plan (*rencana intervensi*)."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSlider,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from peksos_desk.domain.errors import PeksosError, ValidationError
from peksos_desk.domain.practice import GoalStatus
from peksos_desk.services.cases import GoalInput, GoalView
from peksos_desk.ui.context import AppContext
from peksos_desk.ui.dialogs.stage_move import DATE_FORMAT, pydate, qdate
from peksos_desk.ui.widgets.field_errors import FieldErrors


class GoalDialog(QDialog):
    """The goal form: what, how, who, by when, how far.

    On success it emits ``cases_changed`` on the bus and closes with ``accepted``; on a refusal the message shows
    at the field and nothing typed is lost.

    Attributes:
        saved_goal: the goal as saved, once accepted.
    """

    def __init__(self, context: AppContext, case_id: int, *, opened_on: date, today: date,
                 goal: GoalView | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.case_id = case_id
        self.goal = goal
        self.saved_goal: GoalView | None = None
        self.setWindowTitle(self.tr("Edit goal") if goal else self.tr("Add goal"))
        self.setMinimumWidth(600)

        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        layout.addLayout(form)

        self.description = QPlainTextEdit(self)
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(80)
        self.description.setAccessibleName(self.tr("Goal"))
        self.description.setPlaceholderText(self.tr("What should be different, e.g. the child attends school again."))
        form.addRow(self._label(self.tr("&Goal:"), self.description), self.description)

        self.activities = QPlainTextEdit(self)
        self.activities.setTabChangesFocus(True)
        self.activities.setFixedHeight(80)
        self.activities.setAccessibleName(self.tr("Activities"))
        self.activities.setPlaceholderText(self.tr("How: home visits, meeting with the school, referral..."))
        form.addRow(self._label(self.tr("&Activities:"), self.activities), self.activities)

        self.responsible = QLineEdit(self)
        self.responsible.setMaxLength(200)
        self.responsible.setAccessibleName(self.tr("Responsible"))
        self.responsible.setPlaceholderText(self.tr("e.g. the social worker, the client's mother, the school"))
        form.addRow(self._label(self.tr("&Responsible:"), self.responsible), self.responsible)

        self.has_target = QCheckBox(self.tr("&Target date:"), self)
        self.has_target.setAccessibleName(self.tr("Has a target date"))
        self.target_date = QDateEdit(self)
        self.target_date.setCalendarPopup(True)
        self.target_date.setDisplayFormat(DATE_FORMAT)
        self.target_date.setMinimumDate(qdate(opened_on))
        self.target_date.setAccessibleName(self.tr("Target date"))
        self.has_target.toggled.connect(self.target_date.setEnabled)
        form.addRow(self.has_target, self.target_date)

        self.status = QComboBox(self)
        self.status.setAccessibleName(self.tr("Status"))
        for status in GoalStatus:
            self.status.addItem(str(status.label), status.value)
        form.addRow(self._label(self.tr("&Status:"), self.status), self.status)

        self.progress = QSpinBox(self)
        self.progress.setRange(0, 100)
        self.progress.setSuffix("%")
        self.progress.setAccessibleName(self.tr("Progress in percent"))
        self.slider = QSlider(Qt.Orientation.Horizontal, self)
        self.slider.setRange(0, 100)
        self.slider.setSingleStep(5)
        self.slider.setPageStep(10)
        self.slider.setAccessibleName(self.tr("Progress"))
        self.slider.valueChanged.connect(self.progress.setValue)
        self.progress.valueChanged.connect(self.slider.setValue)
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.progress)
        progress_row.addWidget(self.slider, 1)
        form.addRow(self._label(self.tr("&Progress:"), self.progress), progress_row)

        if goal is None:
            self.has_target.setChecked(False)
            self.target_date.setDate(qdate(max(today, opened_on) + timedelta(days=30)))
            self.target_date.setEnabled(False)
        else:
            self.description.setPlainText(goal.description)
            self.activities.setPlainText(goal.activities)
            self.responsible.setText(goal.responsible)
            self.has_target.setChecked(goal.target_date is not None)
            self.target_date.setDate(qdate(goal.target_date or max(today, opened_on)))
            self.target_date.setEnabled(goal.target_date is not None)
            self.status.setCurrentIndex(self.status.findData(goal.status.value))
            self.progress.setValue(goal.progress)

        self.message = QLabel(self)
        layout.addWidget(self.message)
        self.errors = FieldErrors(self.message)
        for name, widget in (("description", self.description), ("activities", self.activities),
                             ("responsible", self.responsible), ("target_date", self.target_date),
                             ("status", self.status), ("progress", self.progress)):
            self.errors.register(name, widget)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.description.setFocus()

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(buddy)
        return label

    def values(self) -> GoalInput:
        """What the form holds."""
        return GoalInput(
            description=self.description.toPlainText(), activities=self.activities.toPlainText(),
            responsible=self.responsible.text(),
            target_date=pydate(self.target_date.date()) if self.has_target.isChecked() else None,
            status=GoalStatus(self.status.currentData()), progress=self.progress.value())

    def accept(self) -> None:
        """Save the goal; on a refusal show why at the field and stay open."""
        self.errors.clear()
        cases = self.context.services.cases
        try:
            if self.goal is None:
                self.saved_goal = cases.add_goal(self.case_id, self.values())
            else:
                self.saved_goal = cases.update_goal(self.goal.id, self.values())
        except ValidationError as error:
            self.errors.show(error)
            return
        except PeksosError as error:
            self.errors.show_text(str(error))
            return
        self.context.bus.cases_changed.emit(self.case_id)
        super().accept()
