"""Reading the audit log: who did what to which record, and when — never the content."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select

from peksos_desk.services.base import Service
from peksos_desk.store.models import AuditEntry


@dataclass(frozen=True)
class AuditRecord:
    id: int
    at: datetime
    actor: str
    action: str
    record_type: str
    record_id: int | None
    detail: str


class AuditService(Service):
    """The append-only audit log, newest first."""

    def entries(
        self, *, record_type: str | None = None, record_id: int | None = None, offset: int = 0, limit: int = 500
    ) -> list[AuditRecord]:
        """A page of the log, optionally for one record."""
        with self.db.read() as session:
            query = select(AuditEntry)
            if record_type is not None:
                query = query.where(AuditEntry.record_type == record_type)
            if record_id is not None:
                query = query.where(AuditEntry.record_id == record_id)
            query = query.order_by(AuditEntry.id.desc()).offset(offset).limit(limit)
            return [AuditRecord(r.id, r.at, r.actor, r.action, r.record_type, r.record_id, r.detail)
                    for r in session.scalars(query)]

    def count(self) -> int:
        """How many entries the log holds."""
        with self.db.read() as session:
            return session.scalar(select(func.count()).select_from(AuditEntry)) or 0
