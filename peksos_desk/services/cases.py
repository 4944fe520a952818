"""Cases (*kasus*): opening, moving through the stages, assessment, the intervention plan, closing."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import Enum, StrEnum
from typing import Any

from sqlalchemy import ColumnElement, case, func, or_, select
from sqlalchemy.orm import Session

from peksos_desk.domain.errors import LockedRecord, NotFound, ValidationError
from peksos_desk.domain.practice import AssessmentSection, FieldOfPractice, GoalStatus, PracticeSetting
from peksos_desk.domain.stages import FIRST_STAGE, CaseStage, MoveKind, check_move
from peksos_desk.domain.text import Text
from peksos_desk.services.base import Service, get_or_404
from peksos_desk.services.clients import like_pattern
from peksos_desk.services.validation import choice, clean_text, filter_needle, not_after, whole_number
from peksos_desk.store.models import AssessmentEntry, Case, CaseStageEvent, Client, InterventionGoal
from peksos_desk.store.search import index_case

WHAT = Text("Kasus", "Case")
GOAL = Text("Tujuan intervensi", "Intervention goal")
OPEN_GOAL_STATUSES = (GoalStatus.PLANNED, GoalStatus.IN_PROGRESS)
"""A goal in one of these states is still being worked on; past its target date it is overdue."""


class CaseSort(StrEnum):
    """What the case list can be ordered by; the store sorts, on real values."""

    NUMBER = "number"
    CLIENT = "client"
    STAGE = "stage"
    """By the stage's place in the course of a case (1 to 7), not by its name."""
    FIELD = "field"
    """By the field of practice's name in the current language."""
    SETTING = "setting"
    OPENED = "opened"
    DAYS_IN_STAGE = "days_in_stage"
    """By the days since the case's last dated move, fewest first."""


@dataclass(frozen=True)
class CaseInput:
    client_id: int
    field_of_practice: FieldOfPractice
    setting: PracticeSetting
    opened_on: date
    presenting_problem: str
    referral_source: str = ""


@dataclass(frozen=True)
class StageEvent:
    from_stage: CaseStage | None
    to_stage: CaseStage
    move: MoveKind | None
    occurred_on: date
    note: str
    recorded_at: datetime


@dataclass(frozen=True)
class GoalInput:
    description: str
    activities: str = ""
    responsible: str = ""
    target_date: date | None = None
    status: GoalStatus = GoalStatus.PLANNED
    progress: int = 0


@dataclass(frozen=True)
class GoalView(GoalInput):
    id: int = 0
    case_id: int = 0

    def is_overdue(self, today: date) -> bool:
        """Whether the goal is still open (planned or in progress) after its target date."""
        return self.target_date is not None and self.target_date < today and self.status in OPEN_GOAL_STATUSES


@dataclass(frozen=True)
class CaseSummary:
    id: int
    number: str
    client_id: int
    client_name: str
    client_code: str
    field_of_practice: FieldOfPractice
    setting: PracticeSetting
    opened_on: date
    closed_on: date | None
    stage: CaseStage
    presenting_problem: str


@dataclass(frozen=True)
class CaseListEntry(CaseSummary):
    """One row of the case list: a case and how long it has been at its stage."""

    stage_since: date
    """The date of the case's last move (or its opening): the day its current stage began."""
    days_in_stage: int


@dataclass(frozen=True)
class CasePage:
    """A page of the case list and how many cases match in all."""

    rows: list[CaseListEntry]
    total: int
    offset: int = 0
    filters: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class CaseView(CaseSummary):
    referral_source: str
    stage_changed_at: datetime
    termination_summary: str
    referred_to: str
    referral_reason: str
    history: tuple[StageEvent, ...]
    assessment: dict[AssessmentSection, str]
    goals: tuple[GoalView, ...]

    @property
    def is_closed(self) -> bool:
        return self.closed_on is not None


class CaseService(Service):
    """Open cases and carry them through the stages of practice (DOMAIN.md)."""

    def open_case(self, data: CaseInput) -> CaseView:
        """Open a case for a client at the first stage (*pendekatan awal*)."""
        with self.db.write() as session:
            client = get_or_404(session, Client, data.client_id, Text("Klien", "Client"))
            if client.archived:
                raise LockedRecord(Text("Klien ini diarsipkan; pulihkan dulu dari arsip untuk membuka kasus baru.",
                                        "This client is archived; restore the client before opening a case."))
            today = self._today(session)
            opened = not_after("opened_on", Text("Tanggal mulai kasus", "Case opening date"), data.opened_on, today)
            assert opened is not None
            if client.birth_date and opened < client.birth_date:
                raise ValidationError("opened_on", Text("Tanggal mulai kasus sebelum tanggal lahir klien.",
                                                        "The case opens before the client's birth date."))
            row = Case(
                number=f"tmp-{uuid.uuid4().hex[:12]}", client_id=client.id,
                field_of_practice=choice("field_of_practice", Text("Bidang praktik", "Field of practice"),
                                         FieldOfPractice, data.field_of_practice).value,
                setting=choice("setting", Text("Setting", "Setting"), PracticeSetting, data.setting).value,
                opened_on=opened,
                presenting_problem=clean_text("presenting_problem", Text("Masalah yang dihadapi", "Presenting problem"),
                                              data.presenting_problem, max_length=20_000, required=True),
                referral_source=clean_text("referral_source", Text("Sumber rujukan", "Referral source"),
                                           data.referral_source, max_length=1000),
                stage=FIRST_STAGE.value, stage_changed_at=self.db.clock(),
            )
            session.add(row)
            session.flush()
            row.number = f"KS/{opened.year}/{row.id:04d}"
            index_case(session, row)
            session.add(CaseStageEvent(case_id=row.id, from_stage=None, to_stage=FIRST_STAGE.value,
                                       move_kind="buka", occurred_on=opened, note=""))
            self._audit(session, "create", "case", row.id)
            session.flush()
            return self._view(session, row)

    def get(self, case_id: int) -> CaseView:
        """A case with its history, assessment and plan. Raises NotFound."""
        with self.db.read() as session:
            return self._view(session, get_or_404(session, Case, case_id, WHAT))

    def find(self, number: str) -> CaseView:
        """The case with this number ("KS/2026/0001"). Raises NotFound."""
        with self.db.read() as session:
            row = session.scalar(select(Case).where(Case.number == number.strip()))
            if row is None:
                raise NotFound(Text(f"Kasus {number} tidak ditemukan.", f"Case {number} was not found."))
            return self._view(session, row)

    def list_for_client(self, client_id: int) -> list[CaseSummary]:
        """A client's cases, newest first."""
        with self.db.read() as session:
            query = (select(Case, Client.full_name, Client.code).join(Client)
                     .where(Case.client_id == client_id).order_by(Case.opened_on.desc(), Case.id.desc()))
            return [_summary(case, name, code) for case, name, code in session.execute(query)]

    def list_cases(
        self, text: str = "", *, stage: CaseStage | None = None, open_only: bool = True,
        sort: CaseSort = CaseSort.OPENED, descending: bool = True, offset: int = 0, limit: int = 200,
    ) -> CasePage:
        """A page of cases whose number, client name or client code contains ``text``, at ``stage`` if given.

        Only open cases unless ``open_only`` is false. Filtered, counted and ordered by ``sort`` in the
        database (newest opened first by default); cases with equal keys keep their opening order, so pages
        never overlap.
        """
        sort = CaseSort(sort)
        with self.db.read() as session:
            today = self._today(session)
            conditions: list[ColumnElement[bool]] = []
            if open_only:
                conditions.append(Case.closed_on.is_(None))
            if stage is not None:
                conditions.append(Case.stage == choice("stage", Text("Tahap", "Stage"), CaseStage, stage).value)
            needle = filter_needle(text)
            if needle:
                pattern = like_pattern(needle)
                conditions.append(or_(*(column.ilike(pattern, escape="\\") for column in (
                    Case.number, Client.full_name, Client.code))))
            total = session.scalar(select(func.count()).select_from(Case).join(Client).where(*conditions)) or 0
            since = (select(func.max(CaseStageEvent.occurred_on)).where(CaseStageEvent.case_id == Case.id)
                     .correlate(Case).scalar_subquery().label("stage_since"))
            query = (select(Case, Client.full_name, Client.code, since).join(Client).where(*conditions)
                     .order_by(*_case_order(sort, descending, since)).offset(offset).limit(limit))
            rows = [
                CaseListEntry(**vars(_summary(row, name, code)), stage_since=start or row.opened_on,
                              days_in_stage=(today - (start or row.opened_on)).days)
                for row, name, code, start in session.execute(query)]
            return CasePage(rows=rows, total=total, offset=offset,
                            filters={"text": needle, "stage": stage.value if stage else "",
                                     "open_only": "1" if open_only else "0"})

    def move_stage(
        self, case_id: int, to_stage: CaseStage, *, occurred_on: date | None = None, note: str = "",
        summary: str = "", referred_to: str = "", referral_reason: str = "",
    ) -> CaseView:
        """Move a case to another stage, dated and kept in its history.

        Terminating needs a ``summary``; referring needs ``referred_to`` and ``referral_reason``.

        Raises:
            LockedRecord: the case is closed.
            InvalidTransition: the rules of practice do not allow this move.
            ValidationError: a date or a required text is missing or wrong.
        """
        with self.db.write() as session:
            row = self._open_row(session, case_id)
            today = self._today(session)
            target = choice("stage", Text("Tahap", "Stage"), CaseStage, to_stage)
            move = check_move(CaseStage(row.stage), target)
            when = not_after("occurred_on", Text("Tanggal perpindahan tahap", "Date of the move"),
                             occurred_on or today, today)
            assert when is not None
            last = session.scalar(select(func.max(CaseStageEvent.occurred_on)).where(CaseStageEvent.case_id == row.id))
            if last is not None and when < last:
                raise ValidationError("occurred_on", Text(
                    "Tanggal perpindahan tahap tidak boleh sebelum perpindahan sebelumnya.",
                    "The move cannot be dated before the previous move."))
            note_label = (Text("Alasan asesmen ulang", "The reason for re-assessment") if move is MoveKind.BACK
                          else Text("Catatan perpindahan", "The note"))
            note = clean_text("note", note_label, note, max_length=5000, required=move is MoveKind.BACK)
            if move is MoveKind.TERMINATE:
                row.termination_summary = clean_text("summary", Text("Ringkasan terminasi", "Termination summary"),
                                                     summary, max_length=20_000, required=True)
            if move is MoveKind.REFER:
                row.referred_to = clean_text("referred_to", Text("Dirujuk ke", "Referred to"), referred_to,
                                             max_length=200, required=True)
                row.referral_reason = clean_text("referral_reason", Text("Alasan rujukan", "Reason for referral"),
                                                 referral_reason, max_length=5000, required=True)
            session.add(CaseStageEvent(case_id=row.id, from_stage=row.stage, to_stage=target.value,
                                       move_kind=move.value, occurred_on=when, note=note))
            row.stage, row.stage_changed_at = target.value, self.db.clock()
            self._audit(session, "move_stage", "case", row.id, f"{move.value}:{target.value}")
            session.flush()
            return self._view(session, row)

    def close_case(self, case_id: int, *, closed_on: date | None = None) -> CaseView:
        """Close (archive) a case that has ended in termination, referral or follow-up."""
        with self.db.write() as session:
            row = self._open_row(session, case_id)
            if CaseStage(row.stage) not in (CaseStage.TERMINASI, CaseStage.RUJUKAN, CaseStage.BIMBINGAN_LANJUT):
                raise LockedRecord(Text(
                    "Kasus hanya dapat ditutup setelah terminasi, rujukan atau bimbingan lanjut.",
                    "A case can be closed only after termination, referral or follow-up."))
            today = self._today(session)
            when = not_after("closed_on", Text("Tanggal penutupan", "Closing date"), closed_on or today, today)
            assert when is not None
            if when < row.opened_on:
                raise ValidationError("closed_on", Text("Tanggal penutupan sebelum kasus dibuka.",
                                                        "The closing date is before the case opened."))
            row.closed_on = when
            self._audit(session, "close", "case", row.id)
            session.flush()
            return self._view(session, row)

    def save_assessment(self, case_id: int, section: AssessmentSection, content: str) -> CaseView:
        """Write one section of the assessment (*asesmen*), replacing its earlier text."""
        return self.save_assessment_sections(case_id, {section: content})

    def save_assessment_sections(self, case_id: int, sections: Mapping[AssessmentSection, str]) -> CaseView:
        """Write several sections of the assessment at once: all of them, or (on any error) none.

        Raises:
            ValidationError: a section is too long or holds control characters; its field is ``assessment.<section>``.
            LockedRecord: the case is closed.
        """
        with self.db.write() as session:
            row = self._open_row(session, case_id)
            cleaned: dict[AssessmentSection, str] = {}
            for section, content in sections.items():
                key = choice("section", Text("Bagian asesmen", "Assessment section"), AssessmentSection, section)
                cleaned[key] = clean_text(f"assessment.{key.value}", key.label, content, max_length=50_000)
            entries = {AssessmentSection(e.section): e for e in session.scalars(
                select(AssessmentEntry).where(AssessmentEntry.case_id == row.id))}
            for key, text in cleaned.items():
                entry = entries.get(key)
                if entry is None:
                    session.add(AssessmentEntry(case_id=row.id, section=key.value, content=text))
                elif entry.content != text:
                    entry.content = text
                else:
                    continue
                self._audit(session, "update_assessment", "case", row.id, key.value)
            session.flush()
            return self._view(session, row)

    def add_goal(self, case_id: int, goal: GoalInput) -> GoalView:
        """Add a goal to the intervention plan."""
        with self.db.write() as session:
            row = self._open_row(session, case_id)
            entry = InterventionGoal(case_id=row.id, **_goal_values(goal, row.opened_on))
            session.add(entry)
            session.flush()
            self._audit(session, "create", "goal", entry.id, f"case={row.id}")
            return _goal_view(entry)

    def update_goal(self, goal_id: int, goal: GoalInput) -> GoalView:
        """Change a goal: its status, progress, target date or wording."""
        with self.db.write() as session:
            entry = get_or_404(session, InterventionGoal, goal_id, GOAL)
            row = self._open_row(session, entry.case_id)
            values = _goal_values(goal, row.opened_on)
            changed = [k for k, v in values.items() if getattr(entry, k) != v]
            for key, value in values.items():
                setattr(entry, key, value)
            self._audit(session, "update", "goal", entry.id, ",".join(changed))
            return _goal_view(entry)

    def _open_row(self, session: Session, case_id: int) -> Case:
        row = get_or_404(session, Case, case_id, WHAT)
        if row.closed_on is not None:
            raise LockedRecord(Text(f"Kasus {row.number} sudah ditutup dan tidak dapat diubah lagi.",
                                    f"Case {row.number} is closed and can no longer change."))
        return row

    def _view(self, session: Session, row: Case) -> CaseView:
        client = row.client
        events = session.scalars(select(CaseStageEvent).where(CaseStageEvent.case_id == row.id)
                                 .order_by(CaseStageEvent.id))
        entries = session.scalars(select(AssessmentEntry).where(AssessmentEntry.case_id == row.id))
        goals = session.scalars(select(InterventionGoal).where(InterventionGoal.case_id == row.id)
                                .order_by(InterventionGoal.id))
        return CaseView(
            **vars(_summary(row, client.full_name, client.code)),
            referral_source=row.referral_source, stage_changed_at=row.stage_changed_at,
            termination_summary=row.termination_summary, referred_to=row.referred_to,
            referral_reason=row.referral_reason,
            history=tuple(StageEvent(
                from_stage=CaseStage(e.from_stage) if e.from_stage else None, to_stage=CaseStage(e.to_stage),
                move=MoveKind(e.move_kind) if e.move_kind in MoveKind._value2member_map_ else None,
                occurred_on=e.occurred_on, note=e.note, recorded_at=e.created_at) for e in events),
            assessment={AssessmentSection(e.section): e.content for e in entries},
            goals=tuple(_goal_view(g) for g in goals),
        )


def _summary(row: Case, client_name: str, client_code: str) -> CaseSummary:
    return CaseSummary(
        id=row.id, number=row.number, client_id=row.client_id, client_name=client_name, client_code=client_code,
        field_of_practice=FieldOfPractice(row.field_of_practice), setting=PracticeSetting(row.setting),
        opened_on=row.opened_on, closed_on=row.closed_on, stage=CaseStage(row.stage),
        presenting_problem=row.presenting_problem)


def _ranked(enum: type[Enum], column: Any) -> Any:
    """A SQL expression giving each stored value its place by the label in the current language."""
    ordered = sorted(enum, key=lambda member: str(member.label).casefold())  # type: ignore[attr-defined]
    return case({member.value: rank for rank, member in enumerate(ordered)}, value=column, else_=len(ordered))


def _case_order(sort: CaseSort, descending: bool, since: Any) -> list[Any]:
    """ORDER BY terms for the case list: the key, then the id in the same direction so pages never overlap."""
    key: Any
    if sort is CaseSort.DAYS_IN_STAGE:
        key, descending = func.coalesce(since, Case.opened_on), not descending  # fewest days = latest start
    elif sort is CaseSort.STAGE:
        key = case({stage.value: rank for rank, stage in enumerate(CaseStage)}, value=Case.stage, else_=99)
    elif sort is CaseSort.FIELD:
        key = _ranked(FieldOfPractice, Case.field_of_practice)
    elif sort is CaseSort.SETTING:
        key = _ranked(PracticeSetting, Case.setting)
    else:
        key = {CaseSort.NUMBER: Case.number, CaseSort.CLIENT: func.lower(Client.full_name),
               CaseSort.OPENED: Case.opened_on}[sort]
    if descending:
        return [key.desc(), Case.id.desc()]
    return [key.asc(), Case.id.asc()]


def _goal_values(goal: GoalInput, opened_on: date) -> dict[str, object]:
    if goal.target_date is not None and goal.target_date < opened_on:
        raise ValidationError("target_date", Text("Target tanggal tidak boleh sebelum kasus dibuka.",
                                                  "The target date cannot be before the case opened."))
    return {
        "description": clean_text("description", Text("Tujuan", "Goal"), goal.description, max_length=5000,
                                  required=True),
        "activities": clean_text("activities", Text("Kegiatan", "Activities"), goal.activities, max_length=10_000),
        "responsible": clean_text("responsible", Text("Penanggung jawab", "Responsible"), goal.responsible,
                                  max_length=200),
        "target_date": goal.target_date,
        "status": choice("status", Text("Status", "Status"), GoalStatus, goal.status).value,
        "progress": whole_number("progress", Text("Kemajuan (%)", "Progress (%)"), goal.progress, minimum=0,
                                 maximum=100),
    }


def _goal_view(entry: InterventionGoal) -> GoalView:
    return GoalView(description=entry.description, activities=entry.activities, responsible=entry.responsible,
                    target_date=entry.target_date, status=GoalStatus(entry.status), progress=entry.progress,
                    id=entry.id, case_id=entry.case_id)
