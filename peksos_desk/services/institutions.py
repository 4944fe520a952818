"""The referral directory (*direktori rujukan*): local services a client can be referred to.

Dinas Sosial, UPTD PPA, Puskesmas, LKS, P2TP2A, LK3 and the like, with whom to contact there. An institution
is never deleted (a referral letter may name it): one that is no longer used is made inactive.
"""

from __future__ import annotations

import builtins
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from peksos_desk.domain.institutions import InstitutionKind
from peksos_desk.domain.text import Text
from peksos_desk.services.base import Service, get_or_404
from peksos_desk.services.clients import like_pattern
from peksos_desk.services.validation import choice, clean_email, clean_phone, clean_text, filter_needle
from peksos_desk.store.models import Institution

WHAT = Text("Lembaga", "Institution")
LIST_LIMIT = 500
"""The most institutions one listing returns (a directory is a few dozen, a city's a few hundred)."""


@dataclass(frozen=True)
class InstitutionInput:
    """What the directory's form holds; the service validates every field."""

    name: str
    kind: InstitutionKind = InstitutionKind.OTHER
    address: str = ""
    city: str = ""
    contact_person: str = ""
    phone: str = ""
    email: str = ""
    notes: str = ""


@dataclass(frozen=True)
class InstitutionView(InstitutionInput):
    """An institution as stored."""

    id: int = 0
    active: bool = True
    created_at: datetime | None = None
    updated_at: datetime | None = None


class InstitutionService(Service):
    """Keep the referral directory: add, change, retire and find institutions."""

    def create(self, data: InstitutionInput) -> InstitutionView:
        """Add an institution to the directory.

        Raises:
            ValidationError: a missing name, an unknown kind, a wrong phone or e-mail, text too long.
        """
        values = _values(data)
        with self.db.write() as session:
            row = Institution(**values, active=True)
            session.add(row)
            session.flush()
            self._audit(session, "create", "institution", row.id, str(values["kind"]))
            return _view(row)

    def update(self, institution_id: int, data: InstitutionInput) -> InstitutionView:
        """Change an institution's details. Raises NotFound, ValidationError."""
        values = _values(data)
        with self.db.write() as session:
            row = get_or_404(session, Institution, institution_id, WHAT)
            changed = [name for name, value in values.items() if getattr(row, name) != value]
            for name, value in values.items():
                setattr(row, name, value)
            session.flush()
            self._audit(session, "update", "institution", row.id, ",".join(changed))
            return _view(row)

    def set_active(self, institution_id: int, active: bool) -> InstitutionView:
        """Retire an institution from the directory's lists (or bring it back). Raises NotFound."""
        with self.db.write() as session:
            row = get_or_404(session, Institution, institution_id, WHAT)
            row.active = bool(active)
            session.flush()
            self._audit(session, "activate" if active else "deactivate", "institution", row.id)
            return _view(row)

    def get(self, institution_id: int) -> InstitutionView:
        """One institution. Raises NotFound."""
        with self.db.read() as session:
            return _view(get_or_404(session, Institution, institution_id, WHAT))

    def list(self, text: str = "", *, kind: InstitutionKind | None = None, include_inactive: bool = False,
             limit: int = LIST_LIMIT) -> builtins.list[InstitutionView]:
        """Institutions by name; ``text`` finds a part of the name, city, contact person or address
        (case-insensitive, ``%`` and ``_`` taken literally); ``kind`` keeps one kind only."""
        with self.db.read() as session:
            return _list(session, text, kind, include_inactive, limit)


def _list(session: Session, text: str, kind: InstitutionKind | None, include_inactive: bool,
          limit: int) -> list[InstitutionView]:
    query = select(Institution)
    needle = filter_needle(text)
    if needle:
        pattern = like_pattern(needle.lower())
        query = query.where(or_(*(func.lower(column).like(pattern, escape="\\") for column in (
            Institution.name, Institution.city, Institution.contact_person, Institution.address))))
    if kind is not None:
        query = query.where(Institution.kind == InstitutionKind(kind).value)
    if not include_inactive:
        query = query.where(Institution.active.is_(True))
    query = query.order_by(func.lower(Institution.name), Institution.id).limit(max(1, limit))
    return [_view(row) for row in session.scalars(query)]


def _values(data: InstitutionInput) -> dict[str, object]:
    return {
        "name": clean_text("name", Text("Nama lembaga", "Institution's name"), data.name, max_length=200,
                           required=True),
        "kind": choice("kind", Text("Jenis lembaga", "Kind of institution"), InstitutionKind, data.kind).value,
        "address": clean_text("address", Text("Alamat", "Address"), data.address, max_length=1000),
        "city": clean_text("city", Text("Kota/kabupaten", "City/regency"), data.city, max_length=100),
        "contact_person": clean_text("contact_person", Text("Narahubung", "Contact person"), data.contact_person,
                                     max_length=200),
        "phone": clean_phone("phone", Text("Telepon", "Phone"), data.phone),
        "email": clean_email("email", Text("Email", "E-mail"), data.email),
        "notes": clean_text("notes", Text("Catatan", "Notes"), data.notes, max_length=5000),
    }


def _view(row: Institution) -> InstitutionView:
    return InstitutionView(name=row.name, kind=InstitutionKind(row.kind), address=row.address, city=row.city,
                           contact_person=row.contact_person, phone=row.phone, email=row.email, notes=row.notes,
                           id=row.id, active=row.active, created_at=row.created_at, updated_at=row.updated_at)
