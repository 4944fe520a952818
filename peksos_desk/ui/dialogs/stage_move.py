"""Moving a case to another stage: the date of the move and what that kind of move needs written down."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from peksos_desk.domain.errors import PeksosError, ValidationError
from peksos_desk.domain.stages import CaseStage, MoveKind
from peksos_desk.services.cases import CaseView
from peksos_desk.ui.context import AppContext
from peksos_desk.ui.widgets.field_errors import FieldErrors

DATE_FORMAT = "d MMMM yyyy"


def qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class StageMoveDialog(QDialog):
    """Asks for the date and the note (or summary, or referral) of one move, then makes it.

    The dialog stays open and keeps what was typed while the service refuses the move; on success it emits
    ``cases_changed`` on the bus and closes with ``accepted``.

    Attributes:
        moved_case: the case after the move, once accepted.
    """

    def __init__(self, context: AppContext, case: CaseView, kind: MoveKind, targets: Sequence[CaseStage],
                 *, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        if not targets:
            raise ValueError("a move needs at least one stage to move to")
        self.context = context
        self.case = case
        self.kind = kind
        self.moved_case: CaseView | None = None
        self.setWindowTitle(self.tr("{0} — case {1}").format(kind.label, case.number))
        self.setMinimumWidth(620)

        layout = QVBoxLayout(self)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        layout.addLayout(form)

        self.target = QComboBox(self)
        self.target.setAccessibleName(self.tr("Stage to move to"))
        for stage in targets:
            self.target.addItem(str(stage.label), stage.value)
        self.target.currentIndexChanged.connect(self._update_intro)
        if len(targets) > 1:
            form.addRow(self._label(self.tr("Back &to stage:"), self.target), self.target)
        else:
            self.target.hide()

        last_move = case.history[-1].occurred_on if case.history else case.opened_on
        self.when = QDateEdit(self)
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat(DATE_FORMAT)
        self.when.setDateRange(qdate(min(last_move, today)), qdate(today))
        self.when.setDate(qdate(today))
        self.when.setAccessibleName(self.tr("Date of the move"))
        self.when.setToolTip(self.tr("Between the previous move ({0}) and today.").format(
            last_move.strftime("%d/%m/%Y")))
        form.addRow(self._label(self.tr("&Date:"), self.when), self.when)

        self.note = QPlainTextEdit(self)
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(90)
        if kind is MoveKind.BACK:
            note_label = self.tr("&Reason for re-assessment (required):")
            self.note.setAccessibleName(self.tr("Reason for re-assessment"))
            self.note.setPlaceholderText(self.tr("What came up that needs the case assessed again?"))
        else:
            note_label = self.tr("&Note (optional):")
            self.note.setAccessibleName(self.tr("Note"))

        self.summary = QPlainTextEdit(self)
        self.summary.setTabChangesFocus(True)
        self.summary.setAccessibleName(self.tr("Termination summary"))
        self.summary.setPlaceholderText(self.tr("Goals reached, the client's situation now, any follow-up agreed."))
        self.summary.setPlainText(case.termination_summary)
        self.referred_to = QLineEdit(self)
        self.referred_to.setAccessibleName(self.tr("Referred to"))
        self.referred_to.setPlaceholderText(self.tr("e.g. UPTD PPA Kota Bandung"))
        self.referred_to.setMaxLength(200)
        self.referral_reason = QPlainTextEdit(self)
        self.referral_reason.setTabChangesFocus(True)
        self.referral_reason.setFixedHeight(90)
        self.referral_reason.setAccessibleName(self.tr("Reason for referral"))

        if kind is MoveKind.TERMINATE:
            form.addRow(self._label(self.tr("Termination &summary (required):"), self.summary), self.summary)
        else:
            self.summary.hide()
        if kind is MoveKind.REFER:
            form.addRow(self._label(self.tr("Referred &to (required):"), self.referred_to), self.referred_to)
            form.addRow(self._label(self.tr("&Reason for referral (required):"), self.referral_reason),
                        self.referral_reason)
        else:
            self.referred_to.hide()
            self.referral_reason.hide()
        form.addRow(self._label(note_label, self.note), self.note)

        self.message = QLabel(self)
        layout.addWidget(self.message)
        self.errors = FieldErrors(self.message)
        for name, widget in (("stage", self.target), ("occurred_on", self.when), ("note", self.note),
                             ("summary", self.summary), ("referred_to", self.referred_to),
                             ("referral_reason", self.referral_reason)):
            self.errors.register(name, widget)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(str(kind.label))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._update_intro()
        first = {MoveKind.TERMINATE: self.summary, MoveKind.REFER: self.referred_to}.get(kind, self.note)
        first.setFocus()

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(buddy)
        label.setWordWrap(True)
        return label

    @property
    def to_stage(self) -> CaseStage:
        return CaseStage(self.target.currentData())

    def _update_intro(self) -> None:
        self.intro.setText(self.tr("Case {0}, {1}: from {2} to {3}.").format(
            self.case.number, self.case.client_name, self.case.stage.label, self.to_stage.label))

    def accept(self) -> None:
        """Make the move; on a refusal show why at the field and stay open."""
        self.errors.clear()
        try:
            self.moved_case = self.context.services.cases.move_stage(
                self.case.id, self.to_stage, occurred_on=pydate(self.when.date()), note=self.note.toPlainText(),
                summary=self.summary.toPlainText() if self.kind is MoveKind.TERMINATE else "",
                referred_to=self.referred_to.text(), referral_reason=self.referral_reason.toPlainText())
        except ValidationError as error:
            self.errors.show(error)
            return
        except PeksosError as error:  # not allowed, closed meanwhile, gone
            self.errors.show_text(str(error))
            return
        self.context.bus.cases_changed.emit(self.case.id)
        super().accept()
