"""The case store's tables as SQLAlchemy 2 typed models.

Money is whole rupiah in ``BigInteger``; timestamps are timezone-aware UTC (stored naive-UTC on SQLite by
the ``UtcDateTime`` type). Signed notes, stage history and the audit log are append-only by rule of the
services and, for the audit log, by database triggers too.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any, ClassVar

from sqlalchemy import (
    BigInteger,
    Boolean,
    CheckConstraint,
    Column,
    DateTime,
    Dialect,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    TypeDecorator,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship
from sqlalchemy.types import JSON

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UtcDateTime(TypeDecorator[datetime]):
    """A timestamp that is always timezone-aware UTC in Python, whatever the database keeps."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)


def utcnow() -> datetime:
    return datetime.now(UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map: ClassVar[dict[Any, Any]] = {datetime: UtcDateTime(), int: Integer(), dict[str, Any]: JSON()}


class Timestamped:
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class PractitionerProfile(Timestamped, Base):
    """The one practitioner (or institution) whose store this is; a single row with id 1."""

    __tablename__ = "practitioner_profile"
    __table_args__ = (CheckConstraint("id = 1", name="single_row"),)

    id: Mapped[int] = mapped_column(primary_key=True, default=1)
    full_name: Mapped[str] = mapped_column(String(200), default="")
    degree: Mapped[str] = mapped_column(String(100), default="")
    specialisations: Mapped[str] = mapped_column(Text, default="")
    competence_certificate: Mapped[str] = mapped_column(String(100), default="")  # LSPS
    competence_certificate_expiry: Mapped[date | None]
    str_number: Mapped[str] = mapped_column(String(100), default="")
    str_expiry: Mapped[date | None]
    sipps_number: Mapped[str] = mapped_column(String(100), default="")
    sipps_expiry: Mapped[date | None]
    institution_name: Mapped[str] = mapped_column(String(200), default="")
    institution_accreditation: Mapped[str] = mapped_column(String(100), default="")  # BALKS
    address: Mapped[str] = mapped_column(Text, default="")
    city: Mapped[str] = mapped_column(String(100), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    bank_name: Mapped[str] = mapped_column(String(100), default="")
    bank_account_number: Mapped[str] = mapped_column(String(50), default="")
    bank_account_holder: Mapped[str] = mapped_column(String(200), default="")
    time_zone: Mapped[str] = mapped_column(String(20), default="WIB")


client_ppks = Table(
    "client_ppks",
    Base.metadata,
    Column("client_id", ForeignKey("client.id", ondelete="CASCADE"), primary_key=True),
    Column("ppks_code", Integer, primary_key=True),
    CheckConstraint("ppks_code BETWEEN 1 AND 99", name="ppks_code_range"),
)


class Client(Timestamped, Base):
    __tablename__ = "client"
    __table_args__ = (
        CheckConstraint("sex IN ('L', 'P')", name="sex_code"),
        Index("ix_client_full_name", "full_name"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(20), unique=True)
    full_name: Mapped[str] = mapped_column(String(200))
    nickname: Mapped[str] = mapped_column(String(100), default="")
    nik: Mapped[str | None] = mapped_column(String(16), unique=True)
    kk_number: Mapped[str] = mapped_column(String(16), default="")
    bpjs_number: Mapped[str] = mapped_column(String(20), default="")
    birth_date: Mapped[date | None]
    birth_place: Mapped[str] = mapped_column(String(100), default="")
    sex: Mapped[str | None] = mapped_column(String(1))
    address: Mapped[str] = mapped_column(Text, default="")
    city: Mapped[str] = mapped_column(String(100), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    guardian_name: Mapped[str] = mapped_column(String(200), default="")
    guardian_relation: Mapped[str] = mapped_column(String(100), default="")
    guardian_phone: Mapped[str] = mapped_column(String(40), default="")
    consent_given: Mapped[bool] = mapped_column(Boolean, default=False)
    consent_date: Mapped[date | None]
    notes: Mapped[str] = mapped_column(Text, default="")
    archived: Mapped[bool] = mapped_column(Boolean, default=False, index=True)
    archived_at: Mapped[datetime | None]

    cases: Mapped[list[Case]] = relationship(back_populates="client")


class Case(Timestamped, Base):
    __tablename__ = "case"

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(30), unique=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("client.id"), index=True)
    field_of_practice: Mapped[str] = mapped_column(String(30))
    setting: Mapped[str] = mapped_column(String(30))
    opened_on: Mapped[date] = mapped_column(index=True)
    closed_on: Mapped[date | None]
    referral_source: Mapped[str] = mapped_column(Text, default="")
    presenting_problem: Mapped[str] = mapped_column(Text, default="")
    stage: Mapped[str] = mapped_column(String(30), index=True)
    stage_changed_at: Mapped[datetime]
    termination_summary: Mapped[str] = mapped_column(Text, default="")
    referred_to: Mapped[str] = mapped_column(String(200), default="")
    referral_reason: Mapped[str] = mapped_column(Text, default="")

    client: Mapped[Client] = relationship(back_populates="cases")
    stage_events: Mapped[list[CaseStageEvent]] = relationship(
        back_populates="case", order_by="CaseStageEvent.id"
    )
    assessment_sections: Mapped[list[AssessmentEntry]] = relationship(back_populates="case")
    goals: Mapped[list[InterventionGoal]] = relationship(
        back_populates="case", order_by="InterventionGoal.id"
    )
    sessions: Mapped[list[CaseSession]] = relationship(
        back_populates="case", order_by="CaseSession.starts_at"
    )


class CaseStageEvent(Base):
    """One dated move of a case between stages; never changed once written."""

    __tablename__ = "case_stage_event"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case.id"), index=True)
    from_stage: Mapped[str | None] = mapped_column(String(30))
    to_stage: Mapped[str] = mapped_column(String(30))
    move_kind: Mapped[str] = mapped_column(String(30))
    occurred_on: Mapped[date]
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    case: Mapped[Case] = relationship(back_populates="stage_events")


class AssessmentEntry(Timestamped, Base):
    __tablename__ = "assessment_entry"
    __table_args__ = (UniqueConstraint("case_id", "section", name="uq_assessment_entry_case_section"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case.id"), index=True)
    section: Mapped[str] = mapped_column(String(30))
    content: Mapped[str] = mapped_column(Text, default="")

    case: Mapped[Case] = relationship(back_populates="assessment_sections")


class InterventionGoal(Timestamped, Base):
    __tablename__ = "intervention_goal"
    __table_args__ = (CheckConstraint("progress BETWEEN 0 AND 100", name="progress_percent"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case.id"), index=True)
    description: Mapped[str] = mapped_column(Text)
    activities: Mapped[str] = mapped_column(Text, default="")
    responsible: Mapped[str] = mapped_column(String(200), default="")
    target_date: Mapped[date | None] = mapped_column(index=True)
    status: Mapped[str] = mapped_column(String(30))
    progress: Mapped[int] = mapped_column(default=0)

    case: Mapped[Case] = relationship(back_populates="goals")


class ServiceType(Timestamped, Base):
    """A line of the fee schedule, e.g. *konsultasi* at Rp250.000 for 60 minutes."""

    __tablename__ = "service_type"
    __table_args__ = (
        CheckConstraint("default_fee >= 0", name="fee_not_negative"),
        CheckConstraint("default_duration_minutes > 0", name="duration_positive"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(30), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    default_fee: Mapped[int] = mapped_column(BigInteger)
    default_duration_minutes: Mapped[int]
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class CaseSession(Timestamped, Base):
    """A session (*sesi*) of a case, with its note; the note is locked once ``signed_at`` is set."""

    __tablename__ = "case_session"
    __table_args__ = (
        CheckConstraint("duration_minutes > 0", name="duration_positive"),
        CheckConstraint("fee IS NULL OR fee >= 0", name="fee_not_negative"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case.id"), index=True)
    starts_at: Mapped[datetime] = mapped_column(index=True)
    duration_minutes: Mapped[int]
    place: Mapped[str] = mapped_column(String(30))
    attendance: Mapped[str] = mapped_column(String(30), index=True)
    service_type_id: Mapped[int | None] = mapped_column(ForeignKey("service_type.id"), index=True)
    fee: Mapped[int | None] = mapped_column(BigInteger)
    note_format: Mapped[str] = mapped_column(String(10))
    note: Mapped[dict[str, Any]] = mapped_column(default=dict)
    note_saved_at: Mapped[datetime | None]
    signed_at: Mapped[datetime | None] = mapped_column(index=True)

    case: Mapped[Case] = relationship(back_populates="sessions")
    service_type: Mapped[ServiceType | None] = relationship()
    addenda: Mapped[list[NoteAddendum]] = relationship(
        back_populates="session", order_by="NoteAddendum.id"
    )


class NoteAddendum(Base):
    """A dated correction to a signed note, with its reason; never changed once written."""

    __tablename__ = "note_addendum"

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("case_session.id"), index=True)
    written_at: Mapped[datetime]
    reason: Mapped[str] = mapped_column(Text)
    content: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    session: Mapped[CaseSession] = relationship(back_populates="addenda")


class AuditEntry(Base):
    """Who did what to which record, and when; never the content. Append-only (database triggers)."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(index=True)
    actor: Mapped[str] = mapped_column(String(200))
    action: Mapped[str] = mapped_column(String(50))
    record_type: Mapped[str] = mapped_column(String(50))
    record_id: Mapped[int | None]
    detail: Mapped[str] = mapped_column(String(500), default="")

    __table_args__ = (Index("ix_audit_log_record", "record_type", "record_id"),)
