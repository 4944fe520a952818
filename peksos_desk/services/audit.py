"""Reading the audit log: who did what to which record, and when — never the content."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from functools import lru_cache
from pathlib import Path
from typing import Any

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from peksos_desk.domain.dates import PractitionerZone
from peksos_desk.domain.errors import ValidationError
from peksos_desk.domain.text import Text
from peksos_desk.services.base import Service
from peksos_desk.services.files import write_atomically
from peksos_desk.store.models import (
    Attachment,
    AuditEntry,
    Case,
    CaseSession,
    Client,
    Institution,
    InterventionGoal,
    Invoice,
    Payer,
    Payment,
    ServiceType,
)


@dataclass(frozen=True)
class AuditRecord:
    id: int
    at: datetime
    actor: str
    action: str
    record_type: str
    record_id: int | None
    detail: str
    record_exists: bool = True
    """Whether the record named is still in the store (filled by :meth:`AuditService.page`)."""

    @property
    def action_label(self) -> Text:
        return action_label(self.action)

    @property
    def record_label(self) -> Text:
        return record_type_label(self.record_type)

    @property
    def detail_label(self) -> Text:
        """The detail in words ("nomor INV/2026/0001, total Rp300.000"), never more than the entry holds."""
        return detail_label(self.detail)


RECORD_TYPE_LABELS: dict[str, Text] = {
    "client": Text("Klien", "Client"),
    "case": Text("Kasus", "Case"),
    "session": Text("Sesi", "Session"),
    "goal": Text("Tujuan intervensi", "Intervention goal"),
    "attachment": Text("Lampiran", "Attachment"),
    "invoice": Text("Tagihan", "Invoice"),
    "payment": Text("Pembayaran", "Payment"),
    "payer": Text("Pembayar", "Payer"),
    "fee_arrangement": Text("Pengaturan tarif", "Fee arrangement"),
    "service_type": Text("Jenis layanan", "Service type"),
    "institution": Text("Lembaga", "Institution"),
    "billing_settings": Text("Pengaturan penagihan", "Billing settings"),
    "profile": Text("Profil praktik", "Practice profile"),
    "search_index": Text("Indeks pencarian", "Search index"),
    "audit_log": Text("Catatan audit", "Audit log"),
    "store": Text("Penyimpanan data", "Data store"),
    "backup": Text("Cadangan", "Backup"),
}
"""What each record type is called; a type not listed shows as its code."""

ACTION_LABELS: dict[str, Text] = {
    "create": Text("Dibuat", "Created"),
    "update": Text("Diubah", "Changed"),
    "delete": Text("Dihapus", "Deleted"),
    "archive": Text("Diarsipkan", "Archived"),
    "unarchive": Text("Dipulihkan dari arsip", "Restored from the archive"),
    "move_stage": Text("Pindah tahap", "Stage moved"),
    "close": Text("Ditutup", "Closed"),
    "update_assessment": Text("Asesmen diubah", "Assessment changed"),
    "set_payer": Text("Pembayar ditetapkan", "Payer set"),
    "attendance": Text("Kehadiran dicatat", "Attendance recorded"),
    "save_note": Text("Catatan disimpan", "Note saved"),
    "sign": Text("Catatan ditandatangani", "Note signed"),
    "addendum": Text("Adendum ditambahkan", "Addendum added"),
    "add_sessions": Text("Sesi ditambahkan ke tagihan", "Sessions added to the invoice"),
    "add_line": Text("Baris ditambahkan", "Line added"),
    "remove_line": Text("Baris dihapus", "Line removed"),
    "discount": Text("Potongan diubah", "Discount changed"),
    "issue": Text("Diterbitkan", "Issued"),
    "void": Text("Dibatalkan", "Voided"),
    "payment": Text("Pembayaran dicatat", "Payment recorded"),
    "set_image": Text("Gambar dipasang", "Image set"),
    "remove_image": Text("Gambar dihapus", "Image removed"),
    "rebuild": Text("Dibangun ulang", "Rebuilt"),
    "export": Text("Diekspor", "Exported"),
    "erase": Text("Data dihapus atas permintaan", "Data erased on request"),
    "view": Text("Dibuka", "Viewed"),
    "print": Text("Dicetak", "Printed"),
    "backup": Text("Dicadangkan", "Backed up"),
    "restore": Text("Dipulihkan", "Restored"),
}
"""What each action is called; an action not listed shows as its code."""


_DETAIL_KEYS: dict[str, Text] = {
    "client": Text("klien", "client"), "case": Text("kasus", "case"), "payer": Text("pembayar", "payer"),
    "lines": Text("baris", "lines"), "number": Text("nomor", "number"), "total": Text("total", "total"),
    "amount": Text("jumlah", "amount"), "method": Text("cara bayar", "method"), "receipt": Text("kuitansi", "receipt"),
    "sessions": Text("sesi", "sessions"), "discount": Text("diskon", "discount"),
    "reissue_of": Text("pengganti tagihan", "replaces invoice"), "reason": Text("alasan", "reason"),
    "entries": Text("entri", "entries"), "files": Text("berkas", "files"), "kind": Text("jenis", "kind"),
}
_MONEY_KEYS = frozenset({"total", "amount", "discount"})
_RECORD_KEYS = frozenset({"client", "case", "payer", "reissue_of"})
_DETAIL_WORDS: dict[str, Text] = {
    "logo": Text("logo", "logo"), "signature": Text("tanda tangan", "signature"),
    "manual": Text("manual", "manual"), "daily": Text("harian", "daily"), "close": Text("saat menutup", "on closing"),
    "schedule": Text("jadwal", "schedule"), "notes": Text("catatan", "notes"),
    "default schedule": Text("daftar tarif bawaan", "default fee schedule"),
}


def _value_label(value: str) -> Text:
    """A stored code in words: an enum's label when it is one of ours, else the code made readable."""
    from peksos_desk.domain.billing import PayerKind, PaymentMethod
    from peksos_desk.domain.institutions import InstitutionKind
    from peksos_desk.domain.stages import CaseStage, MoveKind

    if value in _DETAIL_WORDS:
        return _DETAIL_WORDS[value]
    for enum in (InstitutionKind, PayerKind, PaymentMethod, CaseStage, MoveKind):
        try:
            return enum(value).label
        except ValueError:
            continue
    from peksos_desk.services.erasure import ErasureReason

    try:
        return ErasureReason(value).label
    except ValueError:
        readable = value.replace("_", " ")
        return Text(readable, readable)


def _part_label(part: str) -> Text:
    key, sep, value = part.partition("=")
    if not sep:
        if ":" in part:  # a stage move, "maju:intervensi"
            move, _, stage = part.partition(":")
            first, second = _value_label(move), _value_label(stage)
            return Text(f"{first.id} → {second.id}", f"{first.en} → {second.en}")
        return _value_label(part)
    label = _DETAIL_KEYS.get(key, Text(key.replace("_", " "), key.replace("_", " ")))
    if key in _MONEY_KEYS and value.lstrip("-").isdigit():
        from peksos_desk.domain.money import format_rupiah

        shown = Text(format_rupiah(int(value)), format_rupiah(int(value)))
    elif key in _RECORD_KEYS and value.isdigit():
        shown = Text(f"#{value}", f"#{value}")
    else:
        shown = _value_label(value)
    return Text(f"{label.id} {shown.id}", f"{label.en} {shown.en}")


@lru_cache(maxsize=4096)
def detail_label(detail: str) -> Text:
    """An audit entry's detail ("number=INV/2026/0001 total=300000", "full_name,phone") in words, both languages."""
    if not detail.strip():
        return Text("", "")
    separator = " " if "=" in detail else ","
    parts = [_part_label(part) for part in detail.replace(",", " " if "=" in detail else ",").split(separator)
             if part.strip()]
    return Text(", ".join(part.id for part in parts), ", ".join(part.en for part in parts))


def record_type_label(record_type: str) -> Text:
    """The record type in words ("Klien"/"Client"); its code when it has no label."""
    return RECORD_TYPE_LABELS.get(record_type, Text(record_type, record_type))


def action_label(action: str) -> Text:
    """The action in words ("Ditandatangani"/"Note signed"); its code when it has no label."""
    return ACTION_LABELS.get(action, Text(action, action))


# Record types whose rows can be opened from the log, and the table that holds them.
_RECORD_TABLES: dict[str, Any] = {
    "client": Client, "case": Case, "session": CaseSession, "goal": InterventionGoal, "attachment": Attachment,
    "invoice": Invoice, "payment": Payment, "payer": Payer, "service_type": ServiceType,
    "institution": Institution,
}


@dataclass(frozen=True)
class AuditFilter:
    """Which entries to list: days in the practitioner's zone (both ends included), record type, action and
    actor (exact values; None for any)."""

    start: date | None = None
    end: date | None = None
    record_type: str | None = None
    action: str | None = None
    actor: str | None = None


@dataclass(frozen=True)
class AuditPage:
    rows: list[AuditRecord]
    total: int
    offset: int = 0


@dataclass(frozen=True)
class AuditChoices:
    """The values the filters can offer: those present in the log."""

    record_types: tuple[str, ...]
    actions: tuple[str, ...]
    actors: tuple[str, ...]


CSV_COLUMNS = ("id", "waktu_lokal", "zona", "pelaku", "tindakan", "tindakan_keterangan", "jenis_data",
               "jenis_data_keterangan", "id_data", "rincian")
"""The export's header: Indonesian names, stable for spreadsheets and scripts."""


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

    def page(self, where: AuditFilter = AuditFilter(), *, offset: int = 0, limit: int = 200) -> AuditPage:
        """A page of the log matching ``where``, newest first, and how many entries match in all; each entry
        says whether its record still exists. Raises ValidationError for a range that ends before it starts."""
        with self.db.read() as session:
            conditions = self._conditions(session, where)
            total = session.scalar(select(func.count()).select_from(AuditEntry).where(*conditions)) or 0
            rows = session.execute(select(AuditEntry.id, AuditEntry.at, AuditEntry.actor, AuditEntry.action,
                                          AuditEntry.record_type, AuditEntry.record_id, AuditEntry.detail)
                                   .where(*conditions).order_by(AuditEntry.id.desc()).offset(offset).limit(limit)).all()
            existing = _existing(session, [(row.record_type, row.record_id) for row in rows])
            return AuditPage([AuditRecord(*row, record_exists=(row.record_type, row.record_id) in existing)
                              for row in rows], total, offset)

    def choices(self) -> AuditChoices:
        """The record types, actions and actors found in the log, for the filters."""
        with self.db.read() as session:
            def values(column: Any) -> tuple[str, ...]:
                return tuple(session.scalars(select(column).distinct().order_by(column)))

            return AuditChoices(values(AuditEntry.record_type), values(AuditEntry.action), values(AuditEntry.actor))

    def zone(self) -> PractitionerZone:
        """The time zone the log's dates and times are shown in."""
        with self.db.read() as session:
            return self._zone(session)

    def export_csv(self, target: Path, where: AuditFilter = AuditFilter()) -> int:
        """Write the entries matching ``where`` (oldest first) as CSV for a spreadsheet: UTF-8 with a byte-order
        mark (so Excel reads it as UTF-8), local times in the practitioner's zone, actions and record types in
        words in the current language next to their codes. Written to a temporary file in the same folder and
        moved into place, so an interrupted export never leaves half a file. The export itself is logged.

        Returns the number of entries written. Raises ValidationError (a bad range, a folder, no such folder).
        """
        target = check_target(target, ".csv")
        with self.db.read() as session:
            conditions = self._conditions(session, where)
            zone = self._zone(session)
            query = (select(AuditEntry.id, AuditEntry.at, AuditEntry.actor, AuditEntry.action, AuditEntry.record_type,
                            AuditEntry.record_id, AuditEntry.detail)
                     .where(*conditions).order_by(AuditEntry.id))
            buffer = io.StringIO(newline="")
            writer = csv.writer(buffer, lineterminator="\r\n")
            writer.writerow(CSV_COLUMNS)
            count = 0
            for row in session.execute(query.execution_options(yield_per=5000)):
                local = row.at.astimezone(zone.tzinfo)
                writer.writerow([
                    row.id, local.strftime("%Y-%m-%d %H:%M:%S"), zone.abbreviation, row.actor, row.action,
                    str(action_label(row.action)), row.record_type, str(record_type_label(row.record_type)),
                    "" if row.record_id is None else row.record_id, row.detail])
                count += 1
        write_atomically(target, ("\ufeff" + buffer.getvalue()).encode("utf-8"))
        with self.db.write() as session:
            self._audit(session, "export", "audit_log", None, f"entries={count}")
        return count

    def _conditions(self, session: Session, where: AuditFilter) -> list[ColumnElement[bool]]:
        conditions: list[ColumnElement[bool]] = []
        if where.start and where.end and where.end < where.start:
            raise ValidationError("end", Text("Tanggal akhir tidak boleh sebelum tanggal awal.",
                                              "The end date cannot be before the start date."))
        tz = self._zone(session).tzinfo
        if where.start is not None:
            conditions.append(AuditEntry.at >= datetime.combine(where.start, time(), tz))
        if where.end is not None:
            conditions.append(AuditEntry.at < datetime.combine(where.end + timedelta(days=1), time(), tz))
        for column, value in ((AuditEntry.record_type, where.record_type), (AuditEntry.action, where.action),
                              (AuditEntry.actor, where.actor)):
            if value:
                conditions.append(column == value)
        return conditions


def _existing(session: Session, records: Sequence[tuple[str, int | None]]) -> set[tuple[str, int | None]]:
    """Which of the (type, id) pairs still name a row in the store: one query per record type on the page."""
    wanted: dict[str, set[int]] = {}
    for record_type, record_id in records:
        if record_id is not None and record_type in _RECORD_TABLES:
            wanted.setdefault(record_type, set()).add(record_id)
    found: set[tuple[str, int | None]] = set()
    for record_type, ids in wanted.items():
        model = _RECORD_TABLES[record_type]
        found.update((record_type, i) for i in session.scalars(select(model.id).where(model.id.in_(ids))))
    return found


def check_target(target: Path, suffix: str) -> Path:
    """``target`` made absolute, or ValidationError when it is a folder or its folder does not exist."""
    target = Path(target).expanduser().resolve()
    if target.is_dir():
        raise ValidationError("target", Text(f"{target} adalah folder; beri nama berkas {suffix}.",
                                             f"{target} is a folder; give a {suffix} file name."))
    if not target.parent.is_dir():
        raise ValidationError("target", Text(f"Folder {target.parent} tidak ada.",
                                             f"The folder {target.parent} does not exist."))
    return target


