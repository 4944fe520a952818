"""The stages of a case (*tahapan praktik*, PP 39/2012 Pasal 7(2)) and the moves allowed between them.

A case moves forward one stage at a time, may step back for re-assessment, can be terminated or referred
from any active stage (termination is also the step after resosialisasi), and may get follow-up (*bimbingan
lanjut*) after termination. A referred case has left the practice: nothing moves it again (a new case is
opened if the client comes back).
"""

from __future__ import annotations

from enum import StrEnum

from peksos_desk.domain.errors import InvalidTransition
from peksos_desk.domain.text import Text


class CaseStage(StrEnum):
    """A stage of a case; the values are stored in the database, in the order a case runs through them."""

    PENDEKATAN_AWAL = "pendekatan_awal"
    ASESMEN = "asesmen"
    RENCANA_INTERVENSI = "rencana_intervensi"
    INTERVENSI = "intervensi"
    RESOSIALISASI = "resosialisasi"
    TERMINASI = "terminasi"
    RUJUKAN = "rujukan"
    BIMBINGAN_LANJUT = "bimbingan_lanjut"

    @property
    def label(self) -> Text:
        """The stage's name as a bilingual message."""
        return _STAGE_LABELS[self]

    @property
    def number(self) -> int:
        """The stage's number in the practice guides, 1 to 7; rujukan shares 6 with terminasi."""
        return _STAGE_NUMBERS[self]

    @property
    def is_active(self) -> bool:
        """Whether work on the case is under way (stages 1 to 5)."""
        return self.number <= 5

    @property
    def is_ended(self) -> bool:
        """Whether the case has been terminated or referred."""
        return self in (CaseStage.TERMINASI, CaseStage.RUJUKAN)


FIRST_STAGE = CaseStage.PENDEKATAN_AWAL
"""The stage every new case starts in."""

_STAGE_LABELS: dict[CaseStage, Text] = {
    CaseStage.PENDEKATAN_AWAL: Text("Pendekatan awal", "Engagement"),
    CaseStage.ASESMEN: Text("Asesmen", "Assessment"),
    CaseStage.RENCANA_INTERVENSI: Text("Rencana intervensi", "Intervention plan"),
    CaseStage.INTERVENSI: Text("Intervensi", "Intervention"),
    CaseStage.RESOSIALISASI: Text("Resosialisasi / monitoring dan evaluasi",
                                  "Resocialisation / monitoring and evaluation"),
    CaseStage.TERMINASI: Text("Terminasi", "Termination"),
    CaseStage.RUJUKAN: Text("Rujukan", "Referral"),
    CaseStage.BIMBINGAN_LANJUT: Text("Bimbingan lanjut", "Follow-up"),
}

_STAGE_NUMBERS: dict[CaseStage, int] = {
    CaseStage.PENDEKATAN_AWAL: 1,
    CaseStage.ASESMEN: 2,
    CaseStage.RENCANA_INTERVENSI: 3,
    CaseStage.INTERVENSI: 4,
    CaseStage.RESOSIALISASI: 5,
    CaseStage.TERMINASI: 6,
    CaseStage.RUJUKAN: 6,
    CaseStage.BIMBINGAN_LANJUT: 7,
}

_ACTIVE: tuple[CaseStage, ...] = tuple(stage for stage in CaseStage if stage.is_active)


class MoveKind(StrEnum):
    """What a move between stages means; stored with every entry of a case's stage history."""

    FORWARD = "maju"
    BACK = "mundur"
    TERMINATE = "terminasi"
    REFER = "rujukan"
    FOLLOW_UP = "bimbingan_lanjut"

    @property
    def label(self) -> Text:
        """The kind of move as a bilingual message (fit for a button or a history line)."""
        return _MOVE_LABELS[self]


_MOVE_LABELS: dict[MoveKind, Text] = {
    MoveKind.FORWARD: Text("Maju ke tahap berikutnya", "Move forward"),
    MoveKind.BACK: Text("Kembali (asesmen ulang)", "Step back (re-assessment)"),
    MoveKind.TERMINATE: Text("Terminasi", "Terminate"),
    MoveKind.REFER: Text("Rujuk", "Refer"),
    MoveKind.FOLLOW_UP: Text("Bimbingan lanjut", "Follow-up"),
}


def _build_moves() -> dict[CaseStage, tuple[tuple[MoveKind, CaseStage], ...]]:
    moves: dict[CaseStage, tuple[tuple[MoveKind, CaseStage], ...]] = {}
    terminate = (MoveKind.TERMINATE, CaseStage.TERMINASI)
    for index, stage in enumerate(_ACTIVE):
        # The step ahead comes first. After resosialisasi it is termination, kept as TERMINATE so that every
        # entry into terminasi reads (and is handled, e.g. its summary) the same; the stage it came from tells
        # a completed case from an early ending.
        ahead = (MoveKind.FORWARD, _ACTIVE[index + 1]) if index + 1 < len(_ACTIVE) else terminate
        if stage is CaseStage.ASESMEN:
            back: tuple[CaseStage, ...] = (CaseStage.PENDEKATAN_AWAL,)
        else:
            # Re-assessment goes back to asesmen or later, never to first contact; nearest stage first.
            back = tuple(reversed(_ACTIVE[1:index]))
        entries = [ahead, *((MoveKind.BACK, earlier) for earlier in back)]
        if ahead is not terminate:
            entries.append(terminate)
        entries.append((MoveKind.REFER, CaseStage.RUJUKAN))
        moves[stage] = tuple(entries)
    moves[CaseStage.TERMINASI] = ((MoveKind.FOLLOW_UP, CaseStage.BIMBINGAN_LANJUT),)
    moves[CaseStage.BIMBINGAN_LANJUT] = ((MoveKind.TERMINATE, CaseStage.TERMINASI),)
    moves[CaseStage.RUJUKAN] = ()
    return moves


_MOVES = _build_moves()


def allowed_moves(stage: CaseStage) -> tuple[tuple[MoveKind, CaseStage], ...]:
    """The moves a case in ``stage`` may make, in the order a menu shows them.

    Order: the step ahead, back (nearest earlier stage first), terminate, refer. From resosialisasi the step
    ahead *is* termination, so there it comes first, before the steps back.
    """
    return _MOVES[CaseStage(stage)]


def classify_move(from_stage: CaseStage, to_stage: CaseStage) -> MoveKind:
    """The kind of move from ``from_stage`` to ``to_stage`` by its direction alone, allowed or not.

    Into terminasi is ``TERMINATE`` (also the planned end after resosialisasi); into rujukan ``REFER``; into
    bimbingan lanjut ``FOLLOW_UP``; into a later active stage ``FORWARD``, an earlier one ``BACK``.
    Use :func:`check_move` to learn whether the rules allow it. Raises ``InvalidTransition`` when both stages
    are the same: that is no move at all.
    """
    from_stage, to_stage = CaseStage(from_stage), CaseStage(to_stage)
    if from_stage is to_stage:
        raise InvalidTransition(_SAME_STAGE.format(id=from_stage.label.id, en=from_stage.label.en))
    if to_stage is CaseStage.TERMINASI:
        return MoveKind.TERMINATE
    if to_stage is CaseStage.RUJUKAN:
        return MoveKind.REFER
    if to_stage is CaseStage.BIMBINGAN_LANJUT:
        return MoveKind.FOLLOW_UP
    return MoveKind.FORWARD if to_stage.number > from_stage.number else MoveKind.BACK


def check_move(from_stage: CaseStage, to_stage: CaseStage) -> MoveKind:
    """The kind of the move from ``from_stage`` to ``to_stage`` if the rules allow it.

    Raises ``InvalidTransition`` with a message naming both stages when they do not, or when both are the
    same stage.
    """
    from_stage, to_stage = CaseStage(from_stage), CaseStage(to_stage)
    kind = classify_move(from_stage, to_stage)
    if (kind, to_stage) in _MOVES[from_stage]:
        return kind
    source, target = from_stage.label, to_stage.label
    message = _REFERRED if from_stage is CaseStage.RUJUKAN else _NOT_ALLOWED
    raise InvalidTransition(
        message.format(from_id=source.id, from_en=source.en, to_id=target.id, to_en=target.en)
    )


_SAME_STAGE = Text("Kasus sudah berada pada tahap {id}.", "The case is already at the {en} stage.")
_NOT_ALLOWED = Text(
    "Kasus pada tahap {from_id} tidak dapat langsung pindah ke {to_id}.",
    "A case at the {from_en} stage cannot move directly to {to_en}.",
)
_REFERRED = Text(
    "Kasus pada tahap {from_id} sudah dirujuk ke layanan lain dan tidak dapat pindah ke {to_id}.",
    "A case at the {from_en} stage has been referred to another service and cannot move to {to_en}.",
)
