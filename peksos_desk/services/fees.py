"""The fee schedule: the practice's service types with their default fee and duration."""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from peksos_desk.domain.errors import ValidationError
from peksos_desk.domain.text import Text
from peksos_desk.services.base import Service, get_or_404
from peksos_desk.services.validation import clean_text, whole_number
from peksos_desk.store.models import ServiceType

MAX_FEE = 10**12 - 1  # a billion rupiah a session is already absurd; this catches a slipped finger
WHAT = Text("Jenis layanan", "Service type")


@dataclass(frozen=True)
class ServiceTypeInput:
    code: str
    name: str
    default_fee: int
    default_duration_minutes: int = 60


@dataclass(frozen=True)
class ServiceTypeView:
    id: int
    code: str
    name: str
    default_fee: int
    default_duration_minutes: int
    active: bool


# What a new practice starts with; the practitioner edits the fees in Settings.
DEFAULT_SCHEDULE = (
    ServiceTypeInput("KONS", "Konsultasi", 250_000, 60),
    ServiceTypeInput("ASES", "Asesmen", 400_000, 90),
    ServiceTypeInput("KUNJ", "Kunjungan rumah", 350_000, 90),
    ServiceTypeInput("PEND", "Pendampingan", 300_000, 120),
    ServiceTypeInput("LAPS", "Penyusunan laporan sosial", 750_000, 180),
)


class FeeScheduleService(Service):
    """Create, change and retire service types. Past sessions keep the fee they were given."""

    def list_types(self, *, include_inactive: bool = False) -> list[ServiceTypeView]:
        """The schedule, by name."""
        with self.db.read() as session:
            query = select(ServiceType).order_by(ServiceType.name)
            if not include_inactive:
                query = query.where(ServiceType.active.is_(True))
            return [_view(row) for row in session.scalars(query)]

    def create(self, data: ServiceTypeInput) -> ServiceTypeView:
        """Add a service type. Raises ValidationError (e.g. a code already used)."""
        values = _validate(data)
        with self.db.write() as session:
            self._unique_code(session, values["code"], None)
            row = ServiceType(**values, active=True)
            session.add(row)
            session.flush()
            self._audit(session, "create", "service_type", row.id)
            return _view(row)

    def update(self, service_type_id: int, data: ServiceTypeInput) -> ServiceTypeView:
        """Change a service type; sessions already held keep their own fee snapshot."""
        values = _validate(data)
        with self.db.write() as session:
            row = get_or_404(session, ServiceType, service_type_id, WHAT)
            self._unique_code(session, values["code"], row.id)
            changed = [k for k, v in values.items() if getattr(row, k) != v]
            for key, value in values.items():
                setattr(row, key, value)
            self._audit(session, "update", "service_type", row.id, ",".join(changed))
            return _view(row)

    def set_active(self, service_type_id: int, active: bool) -> ServiceTypeView:
        """Retire a service type from new sessions (or bring it back)."""
        with self.db.write() as session:
            row = get_or_404(session, ServiceType, service_type_id, WHAT)
            row.active = active
            self._audit(session, "activate" if active else "deactivate", "service_type", row.id)
            return _view(row)

    def install_defaults(self) -> list[ServiceTypeView]:
        """Give a new practice the default schedule, once (only when it has none)."""
        with self.db.write() as session:
            if session.scalar(select(func.count()).select_from(ServiceType)):
                return []
            rows = [ServiceType(**_validate(item), active=True) for item in DEFAULT_SCHEDULE]
            session.add_all(rows)
            session.flush()
            self._audit(session, "create", "service_type", None, "default schedule")
            return [_view(row) for row in rows]

    def _unique_code(self, session: Session, code: object, own_id: int | None) -> None:
        other = session.scalar(select(ServiceType.id).where(ServiceType.code == code))
        if other is not None and other != own_id:
            raise ValidationError("code", Text(f"Kode layanan {code} sudah dipakai.",
                                               f"The service code {code} is already used."))


def _validate(data: ServiceTypeInput) -> dict[str, object]:
    code = clean_text("code", Text("Kode layanan", "Service code"), data.code, max_length=30, required=True).upper()
    if not re.fullmatch(r"[A-Z0-9_-]+", code):
        raise ValidationError("code", Text("Kode layanan hanya boleh huruf, angka, - dan _.",
                                           "The service code may hold only letters, digits, - and _."))
    return {
        "code": code,
        "name": clean_text("name", Text("Nama layanan", "Service name"), data.name, max_length=200, required=True),
        "default_fee": whole_number("default_fee", Text("Tarif", "Fee"), data.default_fee, minimum=0,
                                    maximum=MAX_FEE),
        "default_duration_minutes": whole_number(
            "default_duration_minutes", Text("Durasi (menit)", "Duration (minutes)"),
            data.default_duration_minutes, minimum=5, maximum=24 * 60),
    }


def _view(row: ServiceType) -> ServiceTypeView:
    return ServiceTypeView(row.id, row.code, row.name, row.default_fee, row.default_duration_minutes, row.active)
