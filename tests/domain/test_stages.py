"""The stages of a case and the moves between them."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from peksos_desk.domain.errors import InvalidTransition
from peksos_desk.domain.stages import (
    FIRST_STAGE,
    CaseStage,
    MoveKind,
    allowed_moves,
    check_move,
    classify_move,
)

S = CaseStage
M = MoveKind

# Every allowed move, written out by hand from the rules.
ALLOWED: dict[tuple[CaseStage, CaseStage], MoveKind] = {
    (S.PENDEKATAN_AWAL, S.ASESMEN): M.FORWARD,
    (S.PENDEKATAN_AWAL, S.TERMINASI): M.TERMINATE,
    (S.PENDEKATAN_AWAL, S.RUJUKAN): M.REFER,
    (S.ASESMEN, S.RENCANA_INTERVENSI): M.FORWARD,
    (S.ASESMEN, S.PENDEKATAN_AWAL): M.BACK,
    (S.ASESMEN, S.TERMINASI): M.TERMINATE,
    (S.ASESMEN, S.RUJUKAN): M.REFER,
    (S.RENCANA_INTERVENSI, S.INTERVENSI): M.FORWARD,
    (S.RENCANA_INTERVENSI, S.ASESMEN): M.BACK,
    (S.RENCANA_INTERVENSI, S.TERMINASI): M.TERMINATE,
    (S.RENCANA_INTERVENSI, S.RUJUKAN): M.REFER,
    (S.INTERVENSI, S.RESOSIALISASI): M.FORWARD,
    (S.INTERVENSI, S.RENCANA_INTERVENSI): M.BACK,
    (S.INTERVENSI, S.ASESMEN): M.BACK,
    (S.INTERVENSI, S.TERMINASI): M.TERMINATE,
    (S.INTERVENSI, S.RUJUKAN): M.REFER,
    (S.RESOSIALISASI, S.TERMINASI): M.TERMINATE,
    (S.RESOSIALISASI, S.INTERVENSI): M.BACK,
    (S.RESOSIALISASI, S.RENCANA_INTERVENSI): M.BACK,
    (S.RESOSIALISASI, S.ASESMEN): M.BACK,
    (S.RESOSIALISASI, S.RUJUKAN): M.REFER,
    (S.TERMINASI, S.BIMBINGAN_LANJUT): M.FOLLOW_UP,
    (S.BIMBINGAN_LANJUT, S.TERMINASI): M.TERMINATE,
}

ALL_PAIRS = list(itertools.product(CaseStage, repeat=2))
FORBIDDEN = [pair for pair in ALL_PAIRS if pair not in ALLOWED and pair[0] != pair[1]]


def test_stages_keep_their_stored_values_in_case_order() -> None:
    assert [stage.value for stage in CaseStage] == [
        "pendekatan_awal", "asesmen", "rencana_intervensi", "intervensi", "resosialisasi",
        "terminasi", "rujukan", "bimbingan_lanjut",
    ]


def test_a_new_case_starts_with_pendekatan_awal() -> None:
    assert FIRST_STAGE is CaseStage.PENDEKATAN_AWAL


@pytest.mark.parametrize(
    ("stage", "number", "label_id", "label_en"),
    [
        (S.PENDEKATAN_AWAL, 1, "Pendekatan awal", "Engagement"),
        (S.ASESMEN, 2, "Asesmen", "Assessment"),
        (S.RENCANA_INTERVENSI, 3, "Rencana intervensi", "Intervention plan"),
        (S.INTERVENSI, 4, "Intervensi", "Intervention"),
        (S.RESOSIALISASI, 5, "Resosialisasi / monitoring dan evaluasi",
         "Resocialisation / monitoring and evaluation"),
        (S.TERMINASI, 6, "Terminasi", "Termination"),
        (S.RUJUKAN, 6, "Rujukan", "Referral"),
        (S.BIMBINGAN_LANJUT, 7, "Bimbingan lanjut", "Follow-up"),
    ],
)
def test_stage_has_its_number_and_names(stage: CaseStage, number: int, label_id: str, label_en: str) -> None:
    assert stage.number == number
    assert (stage.label.render("id"), stage.label.render("en")) == (label_id, label_en)


@pytest.mark.parametrize(
    ("stage", "active", "ended"),
    [
        (S.PENDEKATAN_AWAL, True, False),
        (S.ASESMEN, True, False),
        (S.RENCANA_INTERVENSI, True, False),
        (S.INTERVENSI, True, False),
        (S.RESOSIALISASI, True, False),
        (S.TERMINASI, False, True),
        (S.RUJUKAN, False, True),
        (S.BIMBINGAN_LANJUT, False, False),
    ],
)
def test_stage_is_active_or_ended(stage: CaseStage, active: bool, ended: bool) -> None:
    assert (stage.is_active, stage.is_ended) == (active, ended)


@pytest.mark.parametrize(
    ("kind", "stored", "label_id", "label_en"),
    [
        (M.FORWARD, "maju", "Maju ke tahap berikutnya", "Move forward"),
        (M.BACK, "mundur", "Kembali (asesmen ulang)", "Step back (re-assessment)"),
        (M.TERMINATE, "terminasi", "Terminasi", "Terminate"),
        (M.REFER, "rujukan", "Rujuk", "Refer"),
        (M.FOLLOW_UP, "bimbingan_lanjut", "Bimbingan lanjut", "Follow-up"),
    ],
)
def test_move_kind_has_stored_value_and_label(
    kind: MoveKind, stored: str, label_id: str, label_en: str
) -> None:
    assert kind.value == stored
    assert (kind.label.render("id"), kind.label.render("en")) == (label_id, label_en)


@pytest.mark.parametrize(("move", "kind"), sorted(ALLOWED.items()))
def test_allowed_move_is_accepted_with_its_kind(move: tuple[CaseStage, CaseStage], kind: MoveKind) -> None:
    assert check_move(*move) is kind
    assert classify_move(*move) is kind


@pytest.mark.parametrize("move", FORBIDDEN)
def test_forbidden_move_is_refused(move: tuple[CaseStage, CaseStage]) -> None:
    with pytest.raises(InvalidTransition):
        check_move(*move)


def test_assessment_cannot_skip_the_plan() -> None:
    with pytest.raises(InvalidTransition) as caught:
        check_move(S.ASESMEN, S.INTERVENSI)
    assert str(caught.value) == "Kasus pada tahap Asesmen tidak dapat langsung pindah ke Intervensi."
    assert caught.value.render("en") == "A case at the Assessment stage cannot move directly to Intervention."


def test_reassessment_never_goes_back_to_first_contact() -> None:
    with pytest.raises(InvalidTransition) as caught:
        check_move(S.INTERVENSI, S.PENDEKATAN_AWAL)
    assert str(caught.value) == "Kasus pada tahap Intervensi tidak dapat langsung pindah ke Pendekatan awal."


def test_moving_to_the_same_stage_is_refused() -> None:
    with pytest.raises(InvalidTransition) as caught:
        check_move(S.ASESMEN, S.ASESMEN)
    assert str(caught.value) == "Kasus sudah berada pada tahap Asesmen."
    assert caught.value.render("en") == "The case is already at the Assessment stage."


@pytest.mark.parametrize("target", [stage for stage in CaseStage if stage is not S.RUJUKAN])
def test_nothing_leaves_a_referred_case(target: CaseStage) -> None:
    assert allowed_moves(S.RUJUKAN) == ()
    with pytest.raises(InvalidTransition) as caught:
        check_move(S.RUJUKAN, target)
    assert "sudah dirujuk" in str(caught.value)
    assert target.label.en in caught.value.render("en")


def test_terminated_case_can_only_get_follow_up() -> None:
    assert allowed_moves(S.TERMINASI) == ((M.FOLLOW_UP, S.BIMBINGAN_LANJUT),)


def test_follow_up_ends_with_termination() -> None:
    assert allowed_moves(S.BIMBINGAN_LANJUT) == ((M.TERMINATE, S.TERMINASI),)


@pytest.mark.parametrize("stage", [S.PENDEKATAN_AWAL, S.INTERVENSI, S.RESOSIALISASI, S.BIMBINGAN_LANJUT])
def test_every_way_into_terminasi_is_a_termination(stage: CaseStage) -> None:
    assert check_move(stage, S.TERMINASI) is M.TERMINATE


def test_after_resosialisasi_termination_is_the_step_ahead() -> None:
    assert allowed_moves(S.RESOSIALISASI)[0] == (M.TERMINATE, S.TERMINASI)


@pytest.mark.parametrize(
    ("stage", "menu"),
    [
        (S.PENDEKATAN_AWAL, [(M.FORWARD, S.ASESMEN), (M.TERMINATE, S.TERMINASI), (M.REFER, S.RUJUKAN)]),
        (S.ASESMEN, [(M.FORWARD, S.RENCANA_INTERVENSI), (M.BACK, S.PENDEKATAN_AWAL),
                     (M.TERMINATE, S.TERMINASI), (M.REFER, S.RUJUKAN)]),
        (S.RENCANA_INTERVENSI, [(M.FORWARD, S.INTERVENSI), (M.BACK, S.ASESMEN),
                                (M.TERMINATE, S.TERMINASI), (M.REFER, S.RUJUKAN)]),
        (S.INTERVENSI, [(M.FORWARD, S.RESOSIALISASI), (M.BACK, S.RENCANA_INTERVENSI), (M.BACK, S.ASESMEN),
                        (M.TERMINATE, S.TERMINASI), (M.REFER, S.RUJUKAN)]),
        (S.RESOSIALISASI, [(M.TERMINATE, S.TERMINASI), (M.BACK, S.INTERVENSI), (M.BACK, S.RENCANA_INTERVENSI),
                           (M.BACK, S.ASESMEN), (M.REFER, S.RUJUKAN)]),
    ],
)
def test_menu_lists_the_step_ahead_then_back_then_terminate_and_refer(
    stage: CaseStage, menu: list[tuple[MoveKind, CaseStage]]
) -> None:
    assert list(allowed_moves(stage)) == menu


@pytest.mark.parametrize("stage", list(CaseStage))
def test_menu_offers_each_target_once(stage: CaseStage) -> None:
    targets = [target for _, target in allowed_moves(stage)]
    assert len(targets) == len(set(targets))


def test_stage_read_back_from_the_store_as_text_works() -> None:
    assert check_move("asesmen", "rencana_intervensi") is M.FORWARD  # type: ignore[arg-type]
    assert allowed_moves("terminasi") == ((M.FOLLOW_UP, S.BIMBINGAN_LANJUT),)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("move", "kind"),
    [
        ((S.PENDEKATAN_AWAL, S.INTERVENSI), M.FORWARD),
        ((S.INTERVENSI, S.PENDEKATAN_AWAL), M.BACK),
        ((S.RUJUKAN, S.ASESMEN), M.BACK),
        ((S.RUJUKAN, S.TERMINASI), M.TERMINATE),
        ((S.ASESMEN, S.BIMBINGAN_LANJUT), M.FOLLOW_UP),
    ],
)
def test_classify_names_a_forbidden_move_by_its_direction(
    move: tuple[CaseStage, CaseStage], kind: MoveKind
) -> None:
    assert classify_move(*move) is kind


@given(st.sampled_from(ALL_PAIRS))
def test_check_move_accepts_exactly_the_menu(move: tuple[CaseStage, CaseStage]) -> None:
    source, target = move
    offered = dict((to, kind) for kind, to in allowed_moves(source))
    if target in offered:
        assert check_move(source, target) is offered[target]
    else:
        with pytest.raises(InvalidTransition):
            check_move(source, target)


@given(st.lists(st.integers(min_value=0, max_value=10), max_size=40))
def test_a_case_walking_the_menu_always_makes_valid_moves(choices: list[int]) -> None:
    stage = FIRST_STAGE
    for choice in choices:
        menu = allowed_moves(stage)
        if not menu:
            assert stage is S.RUJUKAN
            break
        kind, target = menu[choice % len(menu)]
        assert check_move(stage, target) is kind
        stage = target
