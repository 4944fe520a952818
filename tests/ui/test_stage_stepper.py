"""The stage stepper shows where a case stands among the seven stages, in colour, shape and words."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor

from peksos_desk.domain.stages import CaseStage
from peksos_desk.domain.text import set_language
from peksos_desk.ui.widgets.stage_stepper import (
    CURRENT_COLOUR,
    DONE_COLOUR,
    StageStepper,
    StepState,
    stepper_steps,
)

pytestmark = pytest.mark.gui

D, C, U = StepState.DONE, StepState.CURRENT, StepState.UPCOMING
LINEAR = [CaseStage.PENDEKATAN_AWAL, CaseStage.ASESMEN, CaseStage.RENCANA_INTERVENSI, CaseStage.INTERVENSI,
          CaseStage.RESOSIALISASI]


@pytest.mark.parametrize(("stage", "states"), [
    (CaseStage.PENDEKATAN_AWAL, [C, U, U, U, U, U, U]),
    (CaseStage.ASESMEN, [D, C, U, U, U, U, U]),
    (CaseStage.RENCANA_INTERVENSI, [D, D, C, U, U, U, U]),
    (CaseStage.INTERVENSI, [D, D, D, C, U, U, U]),
    (CaseStage.RESOSIALISASI, [D, D, D, D, C, U, U]),
    (CaseStage.TERMINASI, [D, D, D, D, D, C, U]),
    (CaseStage.RUJUKAN, [D, D, D, D, D, C, StepState.NOT_APPLICABLE]),
    (CaseStage.BIMBINGAN_LANJUT, [D, D, D, D, D, D, C]),
])
def test_each_stage_shows_done_current_and_not_yet(qapp, stage, states):
    reached = [s for s in LINEAR if s.number < stage.number]
    if stage is CaseStage.BIMBINGAN_LANJUT:
        reached.append(CaseStage.TERMINASI)
    steps = stepper_steps(stage, reached)
    assert [step.number for step in steps] == [1, 2, 3, 4, 5, 6, 7]
    assert [step.state for step in steps] == states


def test_step_six_names_termination_or_referral_whichever_applies(qapp):
    assert stepper_steps(CaseStage.ASESMEN)[5].label == "Terminasi / Rujukan"
    assert stepper_steps(CaseStage.TERMINASI)[5].label == "Terminasi"
    assert stepper_steps(CaseStage.RUJUKAN)[5].label == "Rujukan"
    assert stepper_steps(CaseStage.BIMBINGAN_LANJUT)[5].label == "Terminasi"
    set_language("en")
    assert stepper_steps(CaseStage.RUJUKAN)[5].label == "Referral"


def test_a_back_move_shows_by_the_current_stage_and_marks_what_was_reached_before(qapp):
    # Up to intervensi, then back to asesmen for re-assessment.
    steps = stepper_steps(CaseStage.ASESMEN, LINEAR[:4])
    assert [step.state for step in steps] == [D, C, StepState.REACHED_BEFORE, StepState.REACHED_BEFORE, U, U, U]


def test_stages_a_case_never_went_through_are_not_shown_as_done(qapp):
    steps = stepper_steps(CaseStage.RUJUKAN, [CaseStage.PENDEKATAN_AWAL])
    assert [step.state for step in steps] == [D, *[StepState.SKIPPED] * 4, C, StepState.NOT_APPLICABLE]


def test_the_widget_describes_the_stage_for_screen_readers(qtbot):
    stepper = StageStepper()
    qtbot.addWidget(stepper)
    assert stepper.accessibleName() == "Case stage"  # no translator installed in tests: the source text
    stepper.set_stage(CaseStage.ASESMEN, LINEAR[:4])
    assert stepper.state_of(2) is StepState.CURRENT
    description = stepper.accessibleDescription()
    assert description.startswith("Stage 2 of 7: Asesmen.")
    assert "Rencana intervensi, Intervensi" in description
    stepper.set_stage(CaseStage.TERMINASI, [*LINEAR, CaseStage.TERMINASI], closed=True)
    assert "closed" in stepper.accessibleDescription()
    assert stepper.toolTip() == stepper.accessibleDescription()


def test_the_stepper_paints_done_and_current_steps_in_their_colours(qtbot):
    stepper = StageStepper()
    qtbot.addWidget(stepper)
    stepper.set_stage(CaseStage.RENCANA_INTERVENSI, LINEAR[:3])
    stepper.resize(1100, stepper.heightForWidth(1100))
    image = stepper.grab().toImage()
    assert not image.isNull()
    column = 1100 / 7

    def colour_at(step: int) -> QColor:
        return image.pixelColor(int(column * (step - 0.5)) - 10, 4 + 15)  # in the circle, beside its number

    assert colour_at(1) == DONE_COLOUR
    assert colour_at(3) == CURRENT_COLOUR
    assert colour_at(5).lightness() > 200  # hollow: not yet


def test_the_labels_fit_at_a_narrow_width_in_indonesian(qtbot):
    stepper = StageStepper()
    qtbot.addWidget(stepper)
    stepper.set_stage(CaseStage.INTERVENSI)
    # "Resosialisasi / monitoring dan evaluasi" wraps inside its seventh of 1000 px instead of being cut.
    assert stepper.heightForWidth(1000) > stepper.heightForWidth(3000)
    assert stepper.minimumSizeHint().width() <= 7 * 90
