"""Everything the store holds about one client, as one ZIP for the client (UU PDP: the rights of access and to a
copy, *hak akses* and *portabilitas*).

The ZIP holds ``record.pdf`` (the client record, readable by anyone: identity, consent, PPKS, every case with its
stage history, assessment, goals and sessions with notes and addenda, fee arrangement, invoices and payments),
``data.json`` (every field of every row about the client, ISO dates, with a schema version, for another
system), ``attachments/`` (the client's documents as they were attached) and ``README.txt``.

Nothing about another client goes in: an invoice to an institution that bills several clients shows only this
client's lines. The ZIP is written to a private temporary file beside the target and moved into place, so an
interrupted export never leaves half a file. It is not encrypted: whoever receives it must keep it safe, which
the CLI and the GUI say.
"""

from __future__ import annotations

import io
import json
import re
import zipfile
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path
from typing import Any, BinaryIO, Protocol

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from peksos_desk import __version__
from peksos_desk.domain.dates import PractitionerZone
from peksos_desk.domain.ppks import ppks_by_code
from peksos_desk.domain.text import Language, Text, current_language
from peksos_desk.services.attachments import AttachmentService, AttachmentSummary
from peksos_desk.services.audit import check_target
from peksos_desk.services.base import Service, get_or_404
from peksos_desk.services.billing import BillingService, FeeArrangementView, InvoiceView
from peksos_desk.services.cases import CaseService, CaseView
from peksos_desk.services.clients import ClientService, ClientView
from peksos_desk.services.erasure import ErasureRecord, ErasureService
from peksos_desk.services.files import write_atomically
from peksos_desk.services.payments import PaymentService, PaymentView
from peksos_desk.services.profile import Profile, ProfileService
from peksos_desk.services.sessions import SessionService, SessionView
from peksos_desk.store.models import (
    AssessmentEntry,
    Attachment,
    AuditEntry,
    Base,
    Case,
    CaseSession,
    CaseStageEvent,
    Client,
    ClientErasure,
    FeeArrangement,
    InterventionGoal,
    Invoice,
    InvoiceLine,
    NoteAddendum,
    Payer,
    Payment,
    client_ppks,
)

WHAT = Text("Klien", "Client")
SCHEMA = "peksos-desk/client-export"
SCHEMA_VERSION = 1
"""The version of ``data.json``'s layout; raised whenever a key changes meaning or goes."""


@dataclass(frozen=True)
class CaseRecord:
    case: CaseView
    sessions: tuple[SessionView, ...]


@dataclass(frozen=True)
class InvoiceRecord:
    """An invoice naming the client, with only the client's own lines, and its payments."""

    invoice: InvoiceView
    payments: tuple[PaymentView, ...]
    shared: bool
    """The invoice also bills other clients (an institution's): their lines, and the whole invoice's payments,
    are left out."""


@dataclass(frozen=True)
class ClientRecordDocument:
    """The read model of the client record PDF."""

    client: ClientView
    cases: tuple[CaseRecord, ...]
    fee_arrangements: tuple[FeeArrangementView, ...]
    invoices: tuple[InvoiceRecord, ...]
    attachments: tuple[AttachmentSummary, ...]
    attachment_files: dict[int, str]
    """Each attachment's path inside the ZIP."""
    erasure: ErasureRecord | None
    zone: PractitionerZone


class RecordRenderer(Protocol):
    """Writes the client record PDF (``reports.client_record.build_client_record``)."""

    def __call__(self, document: ClientRecordDocument, profile: Profile, out: BinaryIO, *, language: Language,
                 printed_on: date, logo: bytes | None = None) -> int: ...


@dataclass(frozen=True)
class ExportResult:
    path: Path
    files: tuple[str, ...]
    """The names inside the ZIP."""
    attachments: int
    size_bytes: int


class ExportService(Service):
    """Export one client's whole record."""

    def record_document(self, client_id: int) -> ClientRecordDocument:
        """The client record's read model (for the PDF). Raises NotFound."""
        clients = ClientService(self.db, self.actor)
        cases = CaseService(self.db, self.actor)
        sessions = SessionService(self.db, self.actor)
        billing = BillingService(self.db, self.actor)
        payments = PaymentService(self.db, self.actor)
        client = clients.get(client_id)
        case_records = tuple(CaseRecord(cases.get(summary.id), tuple(sessions.list_for_case(summary.id)))
                             for summary in sorted(cases.list_for_client(client_id),
                                                   key=lambda item: (item.opened_on, item.id)))
        with self.db.read() as session:
            invoice_ids = _invoice_ids(session, client_id)
            zone = self._zone(session)
        invoices = []
        for invoice_id in invoice_ids:
            invoice = billing.get_invoice(invoice_id)
            own_lines = tuple(line for line in invoice.lines if line.client_id in (client_id, None))
            shared = any(line.client_id not in (client_id, None) for line in invoice.lines)
            received = () if shared else tuple(payments.payments_for_invoice(invoice_id))
            invoices.append(InvoiceRecord(replace(invoice, lines=own_lines), received, shared))
        attachments = tuple(AttachmentService(self.db, self.actor).list_for_client(client_id))
        return ClientRecordDocument(
            client=client, cases=case_records, fee_arrangements=tuple(billing.fee_arrangements(client_id)),
            invoices=tuple(invoices), attachments=attachments, attachment_files=_attachment_names(attachments),
            erasure=ErasureService(self.db, self.actor).erasure_of(client_id), zone=zone)

    def data(self, client_id: int) -> dict[str, Any]:
        """Every field of every row about the client, as ``data.json`` holds it (JSON-ready). Raises NotFound."""
        with self.db.read() as session:
            client = get_or_404(session, Client, client_id, WHAT)
            case_ids = list(session.scalars(select(Case.id).where(Case.client_id == client.id).order_by(Case.id)))
            session_rows = session.scalars(select(CaseSession).where(CaseSession.case_id.in_(case_ids))
                                           .order_by(CaseSession.starts_at, CaseSession.id)).all()
            session_ids = [row.id for row in session_rows]
            addenda = session.scalars(select(NoteAddendum).where(NoteAddendum.session_id.in_(session_ids))
                                      .order_by(NoteAddendum.id)).all()
            cases = []
            for case in session.scalars(select(Case).where(Case.id.in_(case_ids)).order_by(Case.id)):
                item = _row(case)
                item["stage_events"] = _rows(session, CaseStageEvent, CaseStageEvent.case_id == case.id)
                item["assessment_entries"] = _rows(session, AssessmentEntry, AssessmentEntry.case_id == case.id)
                item["intervention_goals"] = _rows(session, InterventionGoal, InterventionGoal.case_id == case.id)
                item["sessions"] = [{**_row(row), "addenda": [_row(a) for a in addenda if a.session_id == row.id]}
                                    for row in session_rows if row.case_id == case.id]
                cases.append(item)
            goal_ids = [goal["id"] for case in cases for goal in case["intervention_goals"]]
            invoices = []
            for invoice in session.scalars(select(Invoice).where(Invoice.id.in_(_invoice_ids(session, client.id)))
                                           .order_by(Invoice.id)):
                item = _row(invoice)
                lines = session.scalars(select(InvoiceLine).where(InvoiceLine.invoice_id == invoice.id)
                                        .order_by(InvoiceLine.position, InvoiceLine.id)).all()
                item["lines"] = [_row(line) for line in lines if line.client_id in (client.id, None)]
                item["other_clients_lines_left_out"] = sum(1 for line in lines
                                                           if line.client_id not in (client.id, None))
                shared = item["other_clients_lines_left_out"] > 0
                # A shared invoice's totals and payments are the institution's, for several clients: left out.
                item["payments"] = [] if shared else _rows(session, Payment, Payment.invoice_id == invoice.id)
                if shared:
                    for key in ("subtotal", "discount", "discount_reason", "total", "paid", "notes"):
                        item.pop(key)
                invoices.append(item)
            attachments = _rows(session, Attachment, Attachment.client_id == client.id)
            names = _attachment_names_raw([(a["id"], a["file_name"]) for a in attachments])
            for item in attachments:
                item["file_in_zip"] = names[item["id"]]
            audit = session.scalars(select(AuditEntry).where(or_(
                (AuditEntry.record_type == "client") & (AuditEntry.record_id == client.id),
                (AuditEntry.record_type == "case") & AuditEntry.record_id.in_(case_ids),
                (AuditEntry.record_type == "goal") & AuditEntry.record_id.in_(goal_ids),
                (AuditEntry.record_type == "session") & AuditEntry.record_id.in_(session_ids),
                (AuditEntry.record_type == "attachment") & AuditEntry.record_id.in_(
                    [a["id"] for a in attachments]))).order_by(AuditEntry.id)).all()
            ppks = [{"code": code, "name_id": ppks_by_code(code).label.id, "name_en": ppks_by_code(code).label.en}
                    for code in session.scalars(select(client_ppks.c.ppks_code)
                                                .where(client_ppks.c.client_id == client.id)
                                                .order_by(client_ppks.c.ppks_code))]
            erasure = session.get(ClientErasure, client.id)
            return {
                "schema": SCHEMA, "schema_version": SCHEMA_VERSION, "app_version": __version__,
                "exported_at": _value(self.db.clock()), "time_zone": self._zone(session).name,
                "client": _row(client), "ppks": ppks,
                "payer": _row(payer) if (payer := session.scalar(select(Payer).where(Payer.client_id == client.id)))
                else None,
                "fee_arrangements": _rows(session, FeeArrangement, FeeArrangement.client_id == client.id),
                "cases": cases, "invoices": invoices, "attachments": attachments,
                "erasure": _row(erasure) if erasure is not None else None,
                "audit_log": [_row(entry) for entry in audit],
            }

    def export_client(self, client_id: int, target: Path, *, render_record: RecordRenderer,
                      language: Language | None = None) -> ExportResult:
        """Write the client's whole record as one ZIP at ``target`` (see the module's docstring); the export
        is logged. ``render_record`` writes the record PDF (``reports.client_record.build_client_record``: the
        reports sit above the services, so the caller hands it in); ``language``: of the PDF and the README
        (default: the current one).

        Raises:
            NotFound: no such client.
            ValidationError: ``target`` is a folder or its folder does not exist.
        """
        target = check_target(target, ".zip")
        language = language or current_language()
        document = self.record_document(client_id)
        data = self.data(client_id)
        profile_service = ProfileService(self.db, self.actor)
        profile = profile_service.get()
        logo = profile_service.document_images().logo
        today = self.today()
        pdf = io.BytesIO()
        render_record(document, profile, pdf, language=language, printed_on=today, logo=logo)
        buffer = io.BytesIO()
        names = ["README.txt", "record.pdf", "data.json"]
        attachment_service = AttachmentService(self.db, self.actor)
        with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            archive.writestr(_entry("README.txt"), _readme(document, today, language).encode("utf-8"))
            archive.writestr(_entry("record.pdf"), pdf.getvalue())
            archive.writestr(_entry("data.json"), json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True)
                             .encode("utf-8"))
            for attachment in document.attachments:
                name = document.attachment_files[attachment.id]
                archive.writestr(_entry(name), attachment_service.content(attachment.id).data)
                names.append(name)
        payload = buffer.getvalue()
        write_atomically(target, payload)
        with self.db.write() as session:
            self._audit(session, "export", "client", client_id, f"files={len(names)}")
        return ExportResult(target, tuple(names), len(document.attachments), len(payload))


# -- helpers ------------------------------------------------------------------------------------------------


def _invoice_ids(session: Session, client_id: int) -> list[int]:
    own = select(Invoice.id).join(Payer, Payer.id == Invoice.payer_id).where(Payer.client_id == client_id)
    lines = select(InvoiceLine.invoice_id).where(InvoiceLine.client_id == client_id)
    return list(session.scalars(select(Invoice.id).where(or_(Invoice.id.in_(own), Invoice.id.in_(lines)))
                                .order_by(Invoice.issue_date.nulls_last(), Invoice.id)))


def _value(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, bytes):
        return None  # content goes in files of its own
    return value


def _row(row: Base) -> dict[str, Any]:
    """Every column of a row (binary content left out), dates as ISO text."""
    return {column.key: _value(getattr(row, column.key)) for column in row.__mapper__.column_attrs}


def _rows(session: Session, model: type[Base], condition: Any) -> list[dict[str, Any]]:
    order = model.__mapper__.primary_key
    return [_row(row) for row in session.scalars(select(model).where(condition).order_by(*order))]


def _safe(name: str) -> str:
    stem = re.sub(r"[^A-Za-z0-9._-]+", "_", name).strip("._") or "lampiran"
    return stem[:80]


def _attachment_names_raw(items: list[tuple[int, str]]) -> dict[int, str]:
    return {attachment_id: f"attachments/{attachment_id:05d}-{_safe(name)}" for attachment_id, name in items}


def _attachment_names(attachments: tuple[AttachmentSummary, ...]) -> dict[int, str]:
    return _attachment_names_raw([(a.id, a.file_name) for a in attachments])


def _entry(name: str) -> zipfile.ZipInfo:
    """A ZIP entry readable only by its owner once unpacked, with a fixed date (no time of export leaks)."""
    info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
    info.external_attr = 0o600 << 16
    info.compress_type = zipfile.ZIP_DEFLATED
    return info


_README = Text(
    """Salinan data pribadi klien {code}
Dibuat oleh Peksos Desk {version} pada {date}.

Berkas ini memuat data pribadi yang bersifat spesifik (UU No. 27 Tahun 2022 tentang Pelindungan Data
Pribadi): simpan di tempat yang aman, jangan dikirim melalui saluran terbuka, dan hapus bila tidak
diperlukan lagi. Berkas ZIP ini tidak dienkripsi.

Isi:
- record.pdf   : rekam data klien yang dapat dibaca dan dicetak (identitas, persetujuan, kategori PPKS,
                 kasus dengan riwayat tahap, asesmen, rencana intervensi, sesi dengan catatan dan
                 adendum, pengaturan tarif, tagihan dan pembayaran).
- data.json    : semua kolom dari semua data tentang klien ini, dalam format JSON (UTF-8, tanggal ISO 8601,
                 waktu dalam UTC), skema "{schema}" versi {schema_version}; untuk dipindahkan ke sistem lain.
- attachments/ : dokumen yang dilampirkan pada klien ini, apa adanya ({attachments} berkas).

Tagihan yang juga menagihkan layanan klien lain hanya memuat baris milik klien ini.
""",
    """Copy of the personal data of client {code}
Made by Peksos Desk {version} on {date}.

This file holds specific personal data (Indonesian Law No. 27 of 2022 on Personal Data Protection): keep
it somewhere safe, do not send it over open channels, and delete it when it is no longer needed. This ZIP
file is not encrypted.

Contents:
- record.pdf   : the client record to read and print (identity, consent, PPKS categories, cases with
                 their stage history, assessment, intervention plan, sessions with notes and addenda, fee
                 arrangement, invoices and payments).
- data.json    : every field of every record about this client as JSON (UTF-8, ISO 8601 dates, times
                 in UTC), schema "{schema}" version {schema_version}; for moving to another system.
- attachments/ : the documents attached to this client, as they were attached ({attachments} files).

Invoices that also bill other clients' services show only this client's lines.
""")


def _readme(document: ClientRecordDocument, today: date, language: Language) -> str:
    return _README.format(code=document.client.code, version=__version__, date=today.isoformat(), schema=SCHEMA,
                          schema_version=SCHEMA_VERSION, attachments=len(document.attachments)).render(language)
