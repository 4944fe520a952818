"""The seven stages of a case drawn as a numbered stepper: done, current, not yet (DOMAIN.md, "How a case runs").

Terminasi and rujukan share step 6; the step shows whichever applies. A case that stepped back for re-assessment
shows its state by its current stage: the stages it had reached beyond that are drawn as "reached before" (a
dashed ring), not as done.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import Enum

from PySide6.QtCore import QCoreApplication, QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QHelpEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from peksos_desk.domain.stages import CaseStage

STEP_COUNT = 7
_CIRCLE = 30
_GAP = 8  # between a circle and its label
_MARGIN = 4
_LABEL_LINES = 3

DONE_COLOUR = QColor("#2e7d32")
CURRENT_COLOUR = QColor("#1565c0")
UPCOMING_COLOUR = QColor("#9e9e9e")
MUTED_TEXT = QColor("#616161")  # 4.5:1 or better on the light window background


class StepState(Enum):
    """How far a case has come relative to one step."""

    DONE = "done"
    CURRENT = "current"
    UPCOMING = "upcoming"
    REACHED_BEFORE = "reached_before"
    """Ahead of the current stage, but the case was there before it stepped back (re-assessment)."""
    SKIPPED = "skipped"
    """Before the current stage, but the case never went through it (terminated or referred early)."""
    NOT_APPLICABLE = "not_applicable"
    """Follow-up after a referral: the case has left the practice."""


_DASHED = (StepState.REACHED_BEFORE, StepState.SKIPPED, StepState.NOT_APPLICABLE)


@dataclass(frozen=True)
class Step:
    number: int
    stage: CaseStage
    """The stage this step stands for (for step 6: terminasi unless the case was referred)."""
    label: str
    state: StepState


def stepper_steps(current: CaseStage | None, reached: Iterable[CaseStage] = ()) -> list[Step]:
    """The seven steps for a case at ``current`` that has been at every stage in ``reached`` (its history).

    With no ``current`` (no case shown) every step is upcoming. Without a history every step before the current
    one counts as done.
    """
    seen = {CaseStage(stage) for stage in reached}
    linear = not seen - ({current} if current else set())
    if current is not None:
        seen.add(current)
    referred = CaseStage.RUJUKAN in seen
    terminated = CaseStage.TERMINASI in seen or CaseStage.BIMBINGAN_LANJUT in seen
    steps: list[Step] = []
    for number in range(1, STEP_COUNT + 1):
        if number == 6:
            stage = CaseStage.RUJUKAN if referred else CaseStage.TERMINASI
            if referred or terminated:
                label = str(stage.label)
            else:
                label = QCoreApplication.translate("StageStepper", "{0} / {1}").format(
                    CaseStage.TERMINASI.label, CaseStage.RUJUKAN.label)
        else:
            stage = next(s for s in CaseStage if s.number == number)
            label = str(stage.label)
        steps.append(Step(number, stage, label, _state(number, stage, current, seen, referred=referred, linear=linear)))
    return steps


def _state(number: int, stage: CaseStage, current: CaseStage | None, seen: set[CaseStage],
           *, referred: bool, linear: bool) -> StepState:
    if current is None:
        return StepState.UPCOMING
    if number == current.number:
        return StepState.CURRENT
    if number < current.number:
        return StepState.DONE if linear or stage in seen else StepState.SKIPPED
    if referred and stage is CaseStage.BIMBINGAN_LANJUT:
        return StepState.NOT_APPLICABLE
    return StepState.REACHED_BEFORE if stage in seen else StepState.UPCOMING


def _state_text(state: StepState) -> str:
    return {
        StepState.DONE: QCoreApplication.translate("StageStepper", "done"),
        StepState.CURRENT: QCoreApplication.translate("StageStepper", "current stage"),
        StepState.UPCOMING: QCoreApplication.translate("StageStepper", "not yet"),
        StepState.REACHED_BEFORE: QCoreApplication.translate("StageStepper", "reached before the case stepped back"),
        StepState.SKIPPED: QCoreApplication.translate("StageStepper", "skipped: the case ended before it"),
        StepState.NOT_APPLICABLE: QCoreApplication.translate("StageStepper", "does not apply: the case was referred"),
    }[state]


class StageStepper(QWidget):
    """A case's place in the seven stages of practice.

    Attributes:
        steps: the seven steps as last set (see :func:`stepper_steps`).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stageStepper")
        self.setAccessibleName(self.tr("Case stage"))
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # so a screen reader user can reach its description
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self._current: CaseStage | None = None
        self._closed = False
        self.steps: list[Step] = stepper_steps(None)
        self._update_description()

    # -- state -------------------------------------------------------------------------------------------

    def set_stage(self, current: CaseStage | None, reached: Iterable[CaseStage] = (), *, closed: bool = False) -> None:
        """Show a case at ``current`` that has been at the stages in ``reached``; ``closed`` adds that to the text."""
        self._current = current
        self._closed = closed
        self.steps = stepper_steps(current, reached)
        self._update_description()
        self.updateGeometry()
        self.update()

    @property
    def current(self) -> CaseStage | None:
        return self._current

    def state_of(self, number: int) -> StepState:
        """The state of step ``number`` (1 to 7)."""
        return self.steps[number - 1].state

    def description(self) -> str:
        """The case's place in words, for screen readers and the tooltip."""
        if self._current is None:
            return self.tr("No case shown.")
        current = next(step for step in self.steps if step.state is StepState.CURRENT)
        parts = [self.tr("Stage {0} of {1}: {2}.").format(current.number, STEP_COUNT, current.label)]
        before = [step.label for step in self.steps if step.state is StepState.REACHED_BEFORE]
        if before:
            parts.append(self.tr("Stepped back for re-assessment; reached before: {0}.").format(", ".join(before)))
        skipped = [step.label for step in self.steps if step.state is StepState.SKIPPED]
        if skipped:
            parts.append(self.tr("Stages not gone through: {0}.").format(", ".join(skipped)))
        if self._closed:
            parts.append(self.tr("The case is closed."))
        return " ".join(parts)

    def _update_description(self) -> None:
        text = self.description()
        self.setAccessibleDescription(text)
        self.setToolTip(text)

    # -- geometry ----------------------------------------------------------------------------------------

    def _label_font(self, bold: bool = False) -> QFont:
        font = QFont(self.font())
        font.setBold(bold)
        return font

    def _label_height(self, column_width: float) -> int:
        width = max(20, int(column_width) - 2 * _MARGIN)
        metrics = QFontMetrics(self._label_font(bold=True))
        tallest = max(
            metrics.boundingRect(0, 0, width, 10_000, int(Qt.AlignmentFlag.AlignHCenter | Qt.TextFlag.TextWordWrap),
                                 step.label).height()
            for step in self.steps)
        return max(tallest, metrics.lineSpacing() * 2)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return _MARGIN * 2 + _CIRCLE + _GAP + self._label_height(width / STEP_COUNT)

    def sizeHint(self) -> QSize:
        width = 7 * 160
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        width = 7 * 80
        return QSize(width, self.heightForWidth(width))

    def _column(self, index: int) -> QRectF:
        column_width = self.width() / STEP_COUNT
        return QRectF(index * column_width, 0, column_width, self.height())

    # -- painting ----------------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        centres = [QPointF(self._column(i).center().x(), _MARGIN + _CIRCLE / 2) for i in range(STEP_COUNT)]
        radius = _CIRCLE / 2
        walked = (StepState.DONE, StepState.CURRENT)
        for i in range(STEP_COUNT - 1):
            reached = self.steps[i].state in walked and self.steps[i + 1].state in walked
            pen = QPen(DONE_COLOUR if reached else UPCOMING_COLOUR, 3 if reached else 2)
            if not reached and {self.steps[i].state, self.steps[i + 1].state} & set(_DASHED):
                pen.setStyle(Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.drawLine(QPointF(centres[i].x() + radius + 3, centres[i].y()),
                             QPointF(centres[i + 1].x() - radius - 3, centres[i + 1].y()))
        for i, step in enumerate(self.steps):
            self._paint_step(painter, palette, step, centres[i], self._column(i))
        if self.hasFocus():  # reached with Tab so a screen reader reads the description: show where focus is
            pen = QPen(palette.color(QPalette.ColorRole.Highlight), 1, Qt.PenStyle.DotLine)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5))
        painter.end()

    def _paint_step(self, painter: QPainter, palette: QPalette, step: Step, centre: QPointF, column: QRectF) -> None:
        radius = _CIRCLE / 2
        circle = QRectF(centre.x() - radius, centre.y() - radius, _CIRCLE, _CIRCLE)
        text_colour = palette.color(QPalette.ColorRole.WindowText)
        muted = MUTED_TEXT if palette.color(QPalette.ColorRole.Window).lightness() > 128 else UPCOMING_COLOUR
        number_font = self._label_font(bold=True)
        if step.state is StepState.CURRENT:
            painter.setPen(QPen(CURRENT_COLOUR, 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(circle.adjusted(-3, -3, 3, 3))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(CURRENT_COLOUR)
            painter.drawEllipse(circle.adjusted(1, 1, -1, -1))
            number_colour = QColor("white")
        elif step.state is StepState.DONE:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(DONE_COLOUR)
            painter.drawEllipse(circle)
            number_colour = QColor("white")
        else:
            pen = QPen(CURRENT_COLOUR if step.state is StepState.REACHED_BEFORE else UPCOMING_COLOUR, 2)
            if step.state in _DASHED:
                pen.setStyle(Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.setBrush(palette.color(QPalette.ColorRole.Base))
            painter.drawEllipse(circle.adjusted(1, 1, -1, -1))
            number_colour = muted if step.state is not StepState.REACHED_BEFORE else CURRENT_COLOUR
        painter.setFont(number_font)
        painter.setPen(number_colour)
        painter.drawText(circle, int(Qt.AlignmentFlag.AlignCenter), str(step.number))

        label_rect = QRectF(column.left() + _MARGIN, _MARGIN + _CIRCLE + _GAP, column.width() - 2 * _MARGIN,
                            column.height() - _CIRCLE - _GAP - 2 * _MARGIN)
        painter.setFont(self._label_font(bold=step.state is StepState.CURRENT))
        if step.state is StepState.CURRENT:
            painter.setPen(CURRENT_COLOUR.darker(120))
        elif step.state is StepState.DONE:
            painter.setPen(text_colour)
        else:
            painter.setPen(muted)
        painter.drawText(label_rect, int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
                                         | Qt.TextFlag.TextWordWrap), step.label)

    # -- tooltips per step --------------------------------------------------------------------------------

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            index = min(STEP_COUNT - 1, max(0, int(event.pos().x() // (self.width() / STEP_COUNT))))
            step = self.steps[index]
            QToolTip.showText(event.globalPos(), self.tr("{0}. {1}: {2}").format(
                step.number, step.label, _state_text(step.state)) + "\n" + self.description(), self)
            return True
        return super().event(event)
