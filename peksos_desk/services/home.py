"""The home page's overview: what needs the practitioner's attention today."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, select

from peksos_desk.domain.practice import Attendance
from peksos_desk.services.base import Service
from peksos_desk.store.models import Case, CaseSession, Client, PractitionerProfile


@dataclass(frozen=True)
class Overview:
    practice_name: str
    active_clients: int
    open_cases: int
    sessions_today: int
    sessions_next_7_days: int
    unsigned_notes: int
    day_start: datetime


class HomeService(Service):
    """Counts for the home page, straight from the database (no list is loaded to count it)."""

    def overview(self) -> Overview:
        """Today's figures in the practitioner's time zone."""
        with self.db.read() as session:
            zone = self._zone(session).tzinfo
            now_local = self.db.clock().astimezone(zone)
            day_start = now_local.replace(hour=0, minute=0, second=0, microsecond=0)
            tomorrow = day_start + timedelta(days=1)
            week_end = day_start + timedelta(days=8)

            def count_sessions(start: datetime, end: datetime) -> int:
                return session.scalar(select(func.count()).select_from(CaseSession).where(
                    CaseSession.starts_at >= start, CaseSession.starts_at < end,
                    CaseSession.attendance != Attendance.CANCELLED.value)) or 0

            return Overview(
                practice_name=session.scalar(select(PractitionerProfile.full_name)) or "",
                active_clients=session.scalar(select(func.count()).select_from(Client)
                                              .where(Client.archived.is_(False))) or 0,
                open_cases=session.scalar(select(func.count()).select_from(Case)
                                          .where(Case.closed_on.is_(None))) or 0,
                sessions_today=count_sessions(day_start, tomorrow),
                sessions_next_7_days=count_sessions(tomorrow, week_end),
                unsigned_notes=session.scalar(select(func.count()).select_from(CaseSession).where(
                    CaseSession.signed_at.is_(None), CaseSession.attendance == Attendance.ATTENDED.value)) or 0,
                day_start=day_start,
            )
