"""The home page: today's figures and the lists of what needs the practitioner's attention.

Every list is bounded: it returns at most ``limit`` items together with the total number that matched, both
from ONE query (``count(*) OVER ()`` is evaluated before ``LIMIT``), so the home page costs the same whatever
the size of the store and never loads a row per item.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum
from typing import Any, Generic, TypeVar

from sqlalchemy import ColumnElement, Integer, String, cast, exists, func, literal_column, select, union_all
from sqlalchemy.orm import Session

from peksos_desk.domain.practice import Attendance, GoalStatus, SessionPlace
from peksos_desk.domain.stages import CaseStage
from peksos_desk.services.base import Service
from peksos_desk.store.models import (
    AssessmentEntry,
    Case,
    CaseSession,
    CaseStageEvent,
    Client,
    InterventionGoal,
    PractitionerProfile,
    ServiceType,
)

T = TypeVar("T")

ASSESSMENT_DAYS = 14
"""A case still in engagement or assessment this many days after it opened, with no assessment written,
is waiting on its assessment."""
DEFAULT_LIMIT = 50
_OPEN_GOALS = (GoalStatus.PLANNED.value, GoalStatus.IN_PROGRESS.value)
_EARLY_STAGES = (CaseStage.PENDEKATAN_AWAL.value, CaseStage.ASESMEN.value)
_ENDED_STAGES = (CaseStage.TERMINASI.value, CaseStage.RUJUKAN.value)


@dataclass(frozen=True)
class Overview:
    practice_name: str
    active_clients: int
    open_cases: int
    sessions_today: int
    sessions_next_7_days: int
    unsigned_notes: int
    day_start: datetime
    """Midnight today in the practitioner's zone (aware)."""
    now: datetime
    """The store's clock when the figures were read (aware UTC)."""

    @property
    def today(self) -> date:
        """Today's date where the practitioner works."""
        return self.day_start.date()


@dataclass(frozen=True)
class Bounded(Generic[T]):
    """The first items of a list and how many there are in all."""

    items: tuple[T, ...]
    total: int

    @property
    def hidden(self) -> int:
        """How many matched but were left out by the limit."""
        return max(self.total - len(self.items), 0)


@dataclass(frozen=True)
class AgendaItem:
    """A session in the diary, as the home page lists it."""

    session_id: int
    case_id: int
    case_number: str
    client_id: int
    client_name: str
    starts_at: datetime
    duration_minutes: int
    place: SessionPlace
    attendance: Attendance
    service_type_name: str


class WaitingReason(StrEnum):
    """Why a case is waiting on its next step."""

    ASSESSMENT_OVERDUE = "asesmen_terlambat"
    """Still in pendekatan awal or asesmen 14 days after opening, and no assessment written."""
    GOALS_OVERDUE = "tujuan_lewat_target"
    """Intervention goals past their target date and still planned or in progress."""
    NOT_CLOSED = "belum_ditutup"
    """Terminated or referred, but not closed (archived) yet."""


@dataclass(frozen=True)
class WaitingCase:
    """A case waiting on its next step.

    ``since`` is the date the wait is counted from: the opening date, the earliest missed target date, or the
    day the case ended. ``count`` is the number of overdue goals (1 for the other reasons).
    """

    reason: WaitingReason
    case_id: int
    case_number: str
    client_id: int
    client_name: str
    stage: CaseStage
    since: date
    count: int


@dataclass(frozen=True)
class UnsignedNote:
    """An attended session whose note is not signed yet."""

    session_id: int
    case_id: int
    case_number: str
    client_id: int
    client_name: str
    starts_at: datetime
    service_type_name: str
    has_draft: bool


@dataclass(frozen=True)
class Dashboard:
    """Everything on the home page: the figures and the four lists."""

    overview: Overview
    today: Bounded[AgendaItem]
    coming: Bounded[AgendaItem]
    waiting: Bounded[WaitingCase]
    unsigned: Bounded[UnsignedNote]


def _held(start: datetime, end: datetime) -> tuple[ColumnElement[bool], ...]:
    """Sessions from ``start`` to ``end`` that are not cancelled (one index holds both columns)."""
    return (CaseSession.starts_at >= start, CaseSession.starts_at < end,
            CaseSession.attendance != Attendance.CANCELLED.value)


def _unsigned() -> tuple[ColumnElement[bool], ...]:
    """Attended sessions whose note is not signed yet (one index holds both columns)."""
    return CaseSession.signed_at.is_(None), CaseSession.attendance == Attendance.ATTENDED.value


def _count_held(session: Session, start: datetime, end: datetime) -> int:
    return session.scalar(select(func.count()).select_from(CaseSession).where(*_held(start, end))) or 0


def _count_unsigned(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(CaseSession).where(*_unsigned())) or 0


class HomeService(Service):
    """Figures and bounded lists for the home page, straight from the database."""

    def overview(self) -> Overview:
        """Today's figures in the practitioner's time zone."""
        with self.db.read() as session:
            return self._overview(session)

    def dashboard(self, *, limit: int = DEFAULT_LIMIT) -> Dashboard:
        """Everything the home page shows, read in one unit of work: the lists' totals are the overview's
        figures, counted once."""
        with self.db.read() as session:
            overview = self._overview(session)
            tomorrow = overview.day_start + timedelta(days=1)
            return Dashboard(
                overview=overview,
                today=self._agenda(session, overview.day_start, tomorrow, limit, total=overview.sessions_today),
                coming=self._agenda(session, tomorrow, tomorrow + timedelta(days=7), limit,
                                    total=overview.sessions_next_7_days),
                waiting=self._waiting(session, overview.today, limit),
                unsigned=self._unsigned(session, limit, total=overview.unsigned_notes),
            )

    def sessions_today(self, *, limit: int = DEFAULT_LIMIT) -> Bounded[AgendaItem]:
        """Today's sessions (not cancelled) in time order."""
        with self.db.read() as session:
            start = self._day_start(session, self.db.clock())
            return self._agenda(session, start, start + timedelta(days=1), limit)

    def sessions_coming(self, *, days: int = 7, limit: int = DEFAULT_LIMIT) -> Bounded[AgendaItem]:
        """The sessions (not cancelled) of the ``days`` days after today, in time order."""
        with self.db.read() as session:
            tomorrow = self._day_start(session, self.db.clock()) + timedelta(days=1)
            return self._agenda(session, tomorrow, tomorrow + timedelta(days=days), limit)

    def waiting_cases(self, *, limit: int = DEFAULT_LIMIT) -> Bounded[WaitingCase]:
        """Open cases waiting on their next step (see :class:`WaitingReason`), longest wait first."""
        with self.db.read() as session:
            return self._waiting(session, self._today(session), limit)

    def unsigned_notes(self, *, limit: int = DEFAULT_LIMIT) -> Bounded[UnsignedNote]:
        """Attended sessions whose note waits for a signature, oldest first."""
        with self.db.read() as session:
            return self._unsigned(session, limit)

    # -- internals ---------------------------------------------------------------------------------------

    def _overview(self, session: Session) -> Overview:
        now = self.db.clock()
        day_start = self._day_start(session, now)
        tomorrow = day_start + timedelta(days=1)
        return Overview(
            practice_name=session.scalar(select(PractitionerProfile.full_name)) or "",
            active_clients=session.scalar(select(func.count()).select_from(Client)
                                          .where(Client.archived.is_(False))) or 0,
            open_cases=session.scalar(select(func.count()).select_from(Case).where(Case.closed_on.is_(None))) or 0,
            sessions_today=_count_held(session, day_start, tomorrow),
            sessions_next_7_days=_count_held(session, tomorrow, day_start + timedelta(days=8)),
            unsigned_notes=_count_unsigned(session),
            day_start=day_start,
            now=now,
        )

    def _waiting(self, session: Session, today: date, limit: int) -> Bounded[WaitingCase]:
        assessment_due = today - timedelta(days=ASSESSMENT_DAYS)
        one = cast(literal_column("1"), Integer)

        def reason(value: WaitingReason) -> Any:
            return cast(literal_column(f"'{value.value}'"), String(30)).label("reason")

        assessment_late = (
            select(reason(WaitingReason.ASSESSMENT_OVERDUE), Case.id.label("case_id"),
                   Case.opened_on.label("since"), one.label("n"))
            .where(Case.closed_on.is_(None), Case.stage.in_(_EARLY_STAGES), Case.opened_on <= assessment_due,
                   ~exists().where(AssessmentEntry.case_id == Case.id, AssessmentEntry.content != "")))
        goals_late = (
            select(reason(WaitingReason.GOALS_OVERDUE), InterventionGoal.case_id.label("case_id"),
                   func.min(InterventionGoal.target_date).label("since"), func.count().label("n"))
            .join(Case, Case.id == InterventionGoal.case_id)
            .where(Case.closed_on.is_(None), InterventionGoal.target_date < today,
                   InterventionGoal.status.in_(_OPEN_GOALS))
            .group_by(InterventionGoal.case_id))
        ended_on = (select(func.max(CaseStageEvent.occurred_on))
                    .where(CaseStageEvent.case_id == Case.id, CaseStageEvent.to_stage == Case.stage)
                    .correlate(Case).scalar_subquery())
        not_closed = (
            select(reason(WaitingReason.NOT_CLOSED), Case.id.label("case_id"),
                   func.coalesce(ended_on, Case.opened_on).label("since"), one.label("n"))
            .where(Case.closed_on.is_(None), Case.stage.in_(_ENDED_STAGES)))
        waiting = union_all(assessment_late, goals_late, not_closed).subquery("waiting")
        # The longest waits first, then their case and client for those rows only; the count on its own.
        order = (waiting.c.since, waiting.c.case_id, waiting.c.reason)
        first = select(waiting).order_by(*order).limit(limit).subquery("first")
        query = (
            select(first.c.reason, first.c.case_id, Case.number, Client.id.label("client_id"), Client.full_name,
                   Case.stage, first.c.since, first.c.n)
            .join(Case, Case.id == first.c.case_id).join(Client, Client.id == Case.client_id)
            .order_by(first.c.since, first.c.case_id, first.c.reason))
        rows = session.execute(query).all()
        items = tuple(WaitingCase(
            reason=WaitingReason(r.reason), case_id=r.case_id, case_number=r.number, client_id=r.client_id,
            client_name=r.full_name, stage=CaseStage(r.stage), since=r.since, count=r.n)
            for r in rows)
        return Bounded(items, session.scalar(select(func.count()).select_from(waiting)) or 0)

    def _unsigned(self, session: Session, limit: int, total: int | None = None) -> Bounded[UnsignedNote]:
        # The first rows in index order, and the count from the index alone: a window count over the joined
        # rows read every unsigned session (33,000 in the 50,000-client demo) to show fifty.
        query = (
            select(CaseSession.id, CaseSession.case_id, Case.number, Client.id.label("client_id"),
                   Client.full_name, CaseSession.starts_at, ServiceType.name.label("service_type_name"),
                   CaseSession.note_saved_at)
            .join(Case, Case.id == CaseSession.case_id).join(Client, Client.id == Case.client_id)
            .outerjoin(ServiceType, ServiceType.id == CaseSession.service_type_id)
            .where(*_unsigned()).order_by(CaseSession.starts_at, CaseSession.id).limit(limit))
        rows = session.execute(query).all()
        items = tuple(UnsignedNote(
            session_id=r.id, case_id=r.case_id, case_number=r.number, client_id=r.client_id,
            client_name=r.full_name, starts_at=r.starts_at, service_type_name=r.service_type_name or "",
            has_draft=r.note_saved_at is not None) for r in rows)
        return Bounded(items, _count_unsigned(session) if total is None else total)

    def _day_start(self, session: Session, now: datetime) -> datetime:
        local = self._local(session, now)
        return local.replace(hour=0, minute=0, second=0, microsecond=0)

    def _agenda(self, session: Session, start: datetime, end: datetime, limit: int,
                total: int | None = None) -> Bounded[AgendaItem]:
        query = (
            select(CaseSession.id, CaseSession.case_id, Case.number, Client.id.label("client_id"), Client.full_name,
                   CaseSession.starts_at, CaseSession.duration_minutes, CaseSession.place, CaseSession.attendance,
                   ServiceType.name.label("service_type_name"))
            .join(Case, Case.id == CaseSession.case_id).join(Client, Client.id == Case.client_id)
            .outerjoin(ServiceType, ServiceType.id == CaseSession.service_type_id)
            .where(*_held(start, end)).order_by(CaseSession.starts_at, CaseSession.id).limit(limit))
        rows = session.execute(query).all()
        if total is None:
            total = _count_held(session, start, end)
        items = tuple(AgendaItem(
            session_id=r.id, case_id=r.case_id, case_number=r.number, client_id=r.client_id,
            client_name=r.full_name, starts_at=r.starts_at, duration_minutes=r.duration_minutes,
            place=SessionPlace(r.place), attendance=Attendance(r.attendance),
            service_type_name=r.service_type_name or "") for r in rows)
        return Bounded(items, total)

