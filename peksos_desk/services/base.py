"""What every service shares: the open store, who is acting, the audit log and the practitioner's day."""

from __future__ import annotations

import getpass
from datetime import date, datetime
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from peksos_desk.domain.dates import PractitionerZone
from peksos_desk.domain.errors import NotFound
from peksos_desk.domain.text import Text
from peksos_desk.store.database import Database
from peksos_desk.store.models import AuditEntry, Base, PractitionerProfile

M = TypeVar("M", bound=Base)



def default_actor() -> str:
    """The operating-system login of whoever runs the app, for the audit log."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no passwd entry, e.g. in some containers
        return "unknown"


class Service:
    """Base of the services: collaborators come through the constructor, nothing global."""

    def __init__(self, db: Database, actor: str) -> None:
        self.db = db
        self.actor = actor

    def _audit(
        self, session: Session, action: str, record_type: str, record_id: int | None, detail: str = ""
    ) -> None:
        """Record who did what to which record; ``detail`` names fields, never their content."""
        session.add(
            AuditEntry(
                at=self.db.clock(), actor=self.actor, action=action, record_type=record_type,
                record_id=record_id, detail=detail[:500],
            )
        )

    def today(self) -> date:
        """Today's date where the practitioner works: the default and the latest date a form may offer."""
        with self.db.read() as session:
            return self._today(session)

    def _zone(self, session: Session) -> PractitionerZone:
        """The practitioner's time zone (WIB until the profile says otherwise)."""
        name = session.scalar(select(PractitionerProfile.time_zone).where(PractitionerProfile.id == 1))
        return PractitionerZone[name] if name and name in PractitionerZone.__members__ else PractitionerZone.WIB

    def _today(self, session: Session) -> date:
        """Today's date where the practitioner works (WIB, WITA or WIT)."""
        return self._local(session, self.db.clock()).date()

    def _local(self, session: Session, moment: datetime) -> datetime:
        return moment.astimezone(self._zone(session).tzinfo)


def get_or_404(session: Session, model: type[M], record_id: int, what: Text) -> M:
    """The row, or ``NotFound`` naming what was looked for."""
    row = session.get(model, record_id)
    if row is None:
        raise NotFound(Text(f"{what.id} #{record_id} tidak ditemukan.", f"{what.en} #{record_id} was not found."))
    return row
