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
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    TypeDecorator,
    UniqueConstraint,
    func,
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
    # No index of its own: two values, nearly all False, and the planner took one for a way to skip the sort
    # (the name indexes below hold the flag instead).
    archived: Mapped[bool] = mapped_column(Boolean, default=False)
    archived_at: Mapped[datetime | None]

    cases: Mapped[list[Case]] = relationship(back_populates="client")


# The client list by name. Walked in order when nothing is typed: a page reads its 50 entries, not every client.
Index("ix_client_by_name", func.lower(Client.full_name), Client.id, Client.archived)
# Probed by id when the search index matched: the sort key and the archived flag of each match, from a small
# index instead of the rows (a name typed at 50,000 clients matches thousands of them).
Index("ix_client_name_of_id", Client.id, Client.archived, func.lower(Client.full_name))


class Case(Timestamped, Base):
    __tablename__ = "case"
    __table_args__ = (
        # A client's cases with what the client list counts of them (the open ones): its columns come from the
        # index alone, one step per client, without a case row. It leads with client_id: the foreign key's index.
        Index("ix_case_client_open", "client_id", "closed_on", "stage"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(30), unique=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("client.id"))
    field_of_practice: Mapped[str] = mapped_column(String(30))
    setting: Mapped[str] = mapped_column(String(30))
    opened_on: Mapped[date] = mapped_column(index=True)
    closed_on: Mapped[date | None] = mapped_column(index=True)  # open cases are counted on every start
    referral_source: Mapped[str] = mapped_column(Text, default="")
    presenting_problem: Mapped[str] = mapped_column(Text, default="")
    stage: Mapped[str] = mapped_column(String(30), index=True)
    stage_changed_at: Mapped[datetime]
    termination_summary: Mapped[str] = mapped_column(Text, default="")
    referred_to: Mapped[str] = mapped_column(String(200), default="")
    referral_reason: Mapped[str] = mapped_column(Text, default="")
    payer_id: Mapped[int | None] = mapped_column(ForeignKey("payer.id"), index=True)  # None: the client pays

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
        # A case's sessions in time order; a client's last session (a column of the client list) is one step
        # down it per case, without reading a session row.
        Index("ix_case_session_case_id_starts_at", "case_id", "starts_at"),
        # The days' sessions and their count without reading a session row (attendance: whether cancelled).
        Index("ix_case_session_starts_at_attendance", "starts_at", "attendance"),
        # The notes waiting for a signature, oldest first, and how many: one range of this index.
        Index("ix_case_session_unsigned", "signed_at", "attendance", "starts_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case.id"))
    starts_at: Mapped[datetime]
    duration_minutes: Mapped[int]
    place: Mapped[str] = mapped_column(String(30))
    attendance: Mapped[str] = mapped_column(String(30), index=True)
    service_type_id: Mapped[int | None] = mapped_column(ForeignKey("service_type.id"), index=True)
    fee: Mapped[int | None] = mapped_column(BigInteger)
    note_format: Mapped[str] = mapped_column(String(10))
    note: Mapped[dict[str, Any]] = mapped_column(default=dict)
    note_saved_at: Mapped[datetime | None]
    signed_at: Mapped[datetime | None]

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


# -- Billing: payers, fee arrangements, invoices, payments and their kuitansi ---------------------------------
# Status and kind values are those of ``domain.billing``; the check constraints repeat them so that the store
# refuses what the services would refuse. Issued invoices, their lines and payments are also guarded by the
# triggers of ``store.ddl.install_billing_guards``.

_PAYER_KINDS = "'klien', 'keluarga', 'rumah_sakit', 'sekolah', 'lks', 'perusahaan', 'dinas_sosial', 'lainnya'"
_INVOICE_STATUSES = "'draf', 'terbit', 'dibayar_sebagian', 'lunas', 'batal'"


class Payer(Timestamped, Base):
    """Who pays for a case's services: the client (``client_id`` set), a family member or an institution."""

    __tablename__ = "payer"
    __table_args__ = (
        CheckConstraint(f"kind IN ({_PAYER_KINDS})", name="kind_known"),
        CheckConstraint("(kind = 'klien' AND client_id IS NOT NULL) OR (kind <> 'klien' AND client_id IS NULL)",
                        name="client_payer_has_client"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))
    name: Mapped[str] = mapped_column(String(200))
    client_id: Mapped[int | None] = mapped_column(ForeignKey("client.id"), unique=True)
    contact_person: Mapped[str] = mapped_column(String(200), default="")
    address: Mapped[str] = mapped_column(Text, default="")
    city: Mapped[str] = mapped_column(String(100), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    privacy_codes_only: Mapped[bool] = mapped_column(Boolean, default=False)  # invoices show client codes only
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class FeeArrangement(Timestamped, Base):
    """A client's fee from ``valid_from`` on: standard, reduced by a percentage, or free, with the reason."""

    __tablename__ = "fee_arrangement"
    __table_args__ = (
        UniqueConstraint("client_id", "valid_from", name="uq_fee_arrangement_client_valid_from"),
        CheckConstraint("kind IN ('standar', 'keringanan', 'gratis')", name="kind_known"),
        CheckConstraint("(kind = 'keringanan' AND reduction_percent BETWEEN 1 AND 99) "
                        "OR (kind <> 'keringanan' AND reduction_percent IS NULL)", name="reduction_percent"),
        CheckConstraint("kind = 'standar' OR reason <> ''", name="reason_given"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("client.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    reduction_percent: Mapped[int | None]
    reason: Mapped[str] = mapped_column(Text, default="")
    valid_from: Mapped[date]


class BillingSettings(Timestamped, Base):
    """How invoices and receipts are numbered and when invoices fall due; a single row with id 1."""

    __tablename__ = "billing_settings"
    __table_args__ = (
        CheckConstraint("id = 1", name="single_row"),
        CheckConstraint("due_days BETWEEN 0 AND 365", name="due_days_range"),
    )

    id: Mapped[int] = mapped_column(primary_key=True, default=1)
    invoice_pattern: Mapped[str] = mapped_column(String(60), default="INV/{year}/{seq:04d}")
    receipt_pattern: Mapped[str] = mapped_column(String(60), default="KW/{year}/{seq:04d}")
    due_days: Mapped[int] = mapped_column(default=14)


class DocumentCounter(Timestamped, Base):
    """The last number given in a series ("invoice", "receipt") and year (0: a pattern without a year).

    Incremented inside the transaction that issues the document, with the row locked: numbers are
    never skipped (a rolled-back issue rolls its increment back) and never given twice.
    """

    __tablename__ = "document_counter"
    __table_args__ = (CheckConstraint("last_seq >= 0", name="last_seq_not_negative"),)

    series: Mapped[str] = mapped_column(String(20), primary_key=True)
    year: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    last_seq: Mapped[int] = mapped_column(default=0)


class Invoice(Timestamped, Base):
    """A bill (*tagihan*) to one payer. A draft has no number; once issued only its payment state changes."""

    __tablename__ = "invoice"
    __table_args__ = (
        UniqueConstraint("number_year", "number_seq", name="uq_invoice_number_year_seq"),
        CheckConstraint(f"status IN ({_INVOICE_STATUSES})", name="status_known"),
        CheckConstraint("(status = 'draf' AND number IS NULL AND number_year IS NULL AND number_seq IS NULL "
                        "AND issue_date IS NULL) "
                        "OR (status <> 'draf' AND number IS NOT NULL AND number_year IS NOT NULL "
                        "AND number_seq IS NOT NULL AND issue_date IS NOT NULL AND due_date IS NOT NULL)",
                        name="numbered_when_issued"),
        CheckConstraint("due_date IS NULL OR issue_date IS NULL OR due_date >= issue_date", name="due_after_issue"),
        CheckConstraint("subtotal >= 0 AND discount >= 0 AND discount <= subtotal", name="discount_range"),
        CheckConstraint("total = subtotal - discount", name="total_is_subtotal_less_discount"),
        CheckConstraint("paid >= 0 AND paid <= total", name="paid_range"),
        CheckConstraint("status NOT IN ('draf', 'terbit', 'batal') OR paid = 0", name="unpaid_states"),
        CheckConstraint("status <> 'dibayar_sebagian' OR (paid > 0 AND paid < total)", name="partly_paid"),
        CheckConstraint("status <> 'lunas' OR paid = total", name="paid_in_full"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    payer_id: Mapped[int] = mapped_column(ForeignKey("payer.id"), index=True)
    status: Mapped[str] = mapped_column(String(20), index=True)
    number: Mapped[str | None] = mapped_column(String(50), unique=True)
    number_year: Mapped[int | None]
    number_seq: Mapped[int | None]
    period_start: Mapped[date | None]
    period_end: Mapped[date | None]
    issue_date: Mapped[date | None] = mapped_column(index=True)
    due_date: Mapped[date | None]
    issued_at: Mapped[datetime | None]
    # The payer as the issued invoice names them, kept even if the payer's record changes later.
    payer_name: Mapped[str] = mapped_column(String(200), default="")
    payer_address: Mapped[str] = mapped_column(Text, default="")
    privacy_codes_only: Mapped[bool] = mapped_column(Boolean, default=False)
    subtotal: Mapped[int] = mapped_column(BigInteger, default=0)
    discount: Mapped[int] = mapped_column(BigInteger, default=0)
    discount_reason: Mapped[str] = mapped_column(String(200), default="")
    total: Mapped[int] = mapped_column(BigInteger, default=0)
    paid: Mapped[int] = mapped_column(BigInteger, default=0)
    notes: Mapped[str] = mapped_column(Text, default="")
    void_reason: Mapped[str] = mapped_column(Text, default="")
    voided_at: Mapped[datetime | None]

    lines: Mapped[list[InvoiceLine]] = relationship(
        back_populates="invoice", order_by="[InvoiceLine.position, InvoiceLine.id]"
    )
    payments: Mapped[list[Payment]] = relationship(back_populates="invoice", order_by="Payment.id")


class InvoiceLine(Base):
    """One line of an invoice: an attended session at its fee snapshot, or a line typed by hand."""

    __tablename__ = "invoice_line"
    __table_args__ = (
        CheckConstraint("quantity > 0", name="quantity_positive"),
        CheckConstraint("unit_price >= 0", name="unit_price_not_negative"),
        CheckConstraint("amount = quantity * unit_price", name="amount_is_quantity_times_price"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    invoice_id: Mapped[int] = mapped_column(ForeignKey("invoice.id"), index=True)
    position: Mapped[int]
    session_id: Mapped[int | None] = mapped_column(ForeignKey("case_session.id"), index=True)
    client_id: Mapped[int | None] = mapped_column(ForeignKey("client.id"), index=True)
    service_type_id: Mapped[int | None] = mapped_column(ForeignKey("service_type.id"), index=True)
    service_date: Mapped[date | None]
    description: Mapped[str] = mapped_column(String(300))
    client_label: Mapped[str] = mapped_column(String(200), default="")  # name, or code when the payer wants
    quantity: Mapped[int]
    unit_price: Mapped[int] = mapped_column(BigInteger)
    amount: Mapped[int] = mapped_column(BigInteger)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    invoice: Mapped[Invoice] = relationship(back_populates="lines")


class BilledSession(Base):
    """A session claimed by a draft or issued invoice: at most one at a time (the primary key).

    Voiding the invoice deletes its claims, so the sessions can be billed again; the void invoice's own
    lines keep pointing at them, unchanged.
    """

    __tablename__ = "billed_session"

    session_id: Mapped[int] = mapped_column(ForeignKey("case_session.id"), primary_key=True)
    invoice_id: Mapped[int] = mapped_column(ForeignKey("invoice.id"), index=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class Payment(Base):
    """Money received against an invoice, with its numbered kuitansi. Append-only (database triggers)."""

    __tablename__ = "payment"
    __table_args__ = (
        UniqueConstraint("receipt_year", "receipt_seq", name="uq_payment_receipt_year_seq"),
        CheckConstraint("amount > 0", name="amount_positive"),
        CheckConstraint("method IN ('tunai', 'transfer_bank', 'qris', 'lainnya')", name="method_known"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    invoice_id: Mapped[int] = mapped_column(ForeignKey("invoice.id"), index=True)
    paid_on: Mapped[date] = mapped_column(index=True)
    amount: Mapped[int] = mapped_column(BigInteger)
    method: Mapped[str] = mapped_column(String(20))
    reference: Mapped[str] = mapped_column(String(100), default="")
    receipt_number: Mapped[str] = mapped_column(String(50), unique=True)
    receipt_year: Mapped[int]
    receipt_seq: Mapped[int]
    received_from: Mapped[str] = mapped_column(String(200))
    purpose: Mapped[str] = mapped_column(String(300))
    place: Mapped[str] = mapped_column(String(100), default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    invoice: Mapped[Invoice] = relationship(back_populates="payments")


_INSTITUTION_KINDS = ("'dinas_sosial', 'uptd_ppa', 'puskesmas', 'rumah_sakit', 'lks', 'p2tp2a', 'lk3', 'sekolah', "
                      "'kepolisian', 'pengadilan', 'lainnya'")


class Institution(Timestamped, Base):
    """A local service in the referral directory (Dinas Sosial, UPTD PPA, Puskesmas, LKS...): whom a client
    is referred to. Never deleted: an institution no longer used is made inactive."""

    __tablename__ = "institution"
    __table_args__ = (
        CheckConstraint(f"kind IN ({_INSTITUTION_KINDS})", name="kind_known"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    address: Mapped[str] = mapped_column(Text, default="")
    city: Mapped[str] = mapped_column(String(100), default="")
    contact_person: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class ProfileImage(Timestamped, Base):
    """The practitioner's letterhead logo or signature image (PNG or JPEG), kept apart from the profile row so
    that reading the profile never loads the image bytes."""

    __tablename__ = "profile_image"
    __table_args__ = (
        CheckConstraint("kind IN ('logo', 'signature')", name="kind_known"),
        CheckConstraint("media_type IN ('image/png', 'image/jpeg')", name="media_type_known"),
    )

    kind: Mapped[str] = mapped_column(String(20), primary_key=True)
    media_type: Mapped[str] = mapped_column(String(40))
    width: Mapped[int]
    height: Mapped[int]
    data: Mapped[bytes] = mapped_column(LargeBinary)


class Attachment(Timestamped, Base):
    """A scanned consent form, school report, court letter or photo attached to a client, or to one of the
    client's cases. Only the description lives here; the bytes are in :class:`AttachmentContent`, so listing
    attachments never reads a file's content."""

    __tablename__ = "attachment"
    __table_args__ = (
        CheckConstraint("size_bytes >= 0", name="size_not_negative"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("client.id"), index=True)
    case_id: Mapped[int | None] = mapped_column(ForeignKey("case.id"), index=True)
    title: Mapped[str] = mapped_column(String(200))
    file_name: Mapped[str] = mapped_column(String(255))
    media_type: Mapped[str] = mapped_column(String(100))
    size_bytes: Mapped[int] = mapped_column(BigInteger)
    sha256: Mapped[str] = mapped_column(String(64))
    document_date: Mapped[date | None]
    notes: Mapped[str] = mapped_column(Text, default="")


class AttachmentContent(Base):
    """The bytes of one attachment (one row per attachment, read only when the file is opened or exported)."""

    __tablename__ = "attachment_content"

    attachment_id: Mapped[int] = mapped_column(ForeignKey("attachment.id", ondelete="CASCADE"), primary_key=True)
    data: Mapped[bytes] = mapped_column(LargeBinary)


_ERASURE_REASONS = "'permintaan_klien', 'permintaan_wali', 'persetujuan_dicabut', 'lainnya'"


class ClientErasure(Base):
    """The record that a client's personal data was erased on request (UU PDP, *hak penghapusan*): when, why
    and by whom. Its presence is the one lawful exception the guard triggers of ``store.ddl`` know: content of
    an erased client's signed notes, addenda, stage history, invoices and payments may then be cleared (never
    rewritten). Append-only; written in the same transaction as the erasure itself."""

    __tablename__ = "client_erasure"
    __table_args__ = (CheckConstraint(f"reason IN ({_ERASURE_REASONS})", name="reason_known"),)

    client_id: Mapped[int] = mapped_column(ForeignKey("client.id"), primary_key=True, autoincrement=False)
    erased_at: Mapped[datetime]
    reason: Mapped[str] = mapped_column(String(30))
    erased_by: Mapped[str] = mapped_column(String(200))


class SearchEntry(Base):
    """One client, case or session note as the search index sees it: the folded, stemmed terms of its text
    (never shown; the results are displayed from the records themselves). Written by the services in the
    record's own transaction; deleting the record deletes its entry (cascade). The full-text index over it is
    raw DDL in ``store/search.py`` (FTS5 on SQLite, a tsvector column with GIN on PostgreSQL)."""

    __tablename__ = "search_entry"
    __table_args__ = (
        CheckConstraint("kind IN ('client', 'case', 'note')", name="kind_known"),
        UniqueConstraint("kind", "record_id", name="uq_search_entry_kind_record"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(10))
    record_id: Mapped[int]
    client_id: Mapped[int] = mapped_column(ForeignKey("client.id", ondelete="CASCADE"), index=True)
    case_id: Mapped[int | None] = mapped_column(ForeignKey("case.id", ondelete="CASCADE"), index=True)
    session_id: Mapped[int | None] = mapped_column(ForeignKey("case_session.id", ondelete="CASCADE"), index=True)
    title: Mapped[str] = mapped_column(Text, default="")
    body: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)
