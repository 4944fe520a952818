"""Attachments (*lampiran*): scanned consent forms, school reports, court letters and photos kept in the store.

A file belongs to a client, and optionally to one of that client's cases. Its bytes live in their own table
and are read only when the file is opened or saved, so listing a client's attachments stays cheap however many
scans they hold. The kind of file is judged from its content (PDF, PNG or JPEG; images are decoded with
Pillow so a damaged one is refused), its name is cleaned (see ``domain.attachments``), and the same file added
twice to one client is caught by its SHA-256. The audit log names the attachment by id only: a file name may
well hold the client's name.
"""

from __future__ import annotations

import builtins
import hashlib
import io
import warnings
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import delete, func, or_, select
from sqlalchemy.orm import Session

from peksos_desk.domain import attachments as rules
from peksos_desk.domain.attachments import MediaType
from peksos_desk.domain.errors import LockedRecord, NotFound, PeksosError, ValidationError
from peksos_desk.domain.text import Text
from peksos_desk.services.base import Service, get_or_404
from peksos_desk.services.validation import clean_text, not_after
from peksos_desk.store.models import Attachment, AttachmentContent, Case, Client

WHAT = Text("Lampiran", "Attachment")
CLIENT = Text("Klien", "Client")
CASE = Text("Kasus", "Case")
MAX_NOTES = 5000


@dataclass(frozen=True)
class AttachmentSummary:
    """An attachment's description (never its bytes)."""

    id: int
    client_id: int
    case_id: int | None
    case_number: str
    """The case's number ("KS/2026/0001"), or "" for an attachment of the client alone."""
    title: str
    file_name: str
    media_type: MediaType
    size_bytes: int
    sha256: str
    document_date: date | None
    notes: str
    created_at: datetime
    updated_at: datetime

    @property
    def is_image(self) -> bool:
        return self.media_type.is_image


@dataclass(frozen=True)
class AttachmentFile:
    """An attachment with its content, for opening or saving a copy."""

    summary: AttachmentSummary
    data: bytes


class DuplicateAttachment(PeksosError):
    """The same file (same SHA-256) is already attached to this client; add again with
    ``allow_duplicate=True`` if that is what the user wants.

    Attributes:
        existing: the attachment already holding these bytes.
    """

    def __init__(self, existing: AttachmentSummary) -> None:
        where = (Text(f" pada kasus {existing.case_number}", f" to case {existing.case_number}")
                 if existing.case_number else Text("", ""))
        # The title stays out of the message (it may name the client); the UI shows it from ``existing``.
        super().__init__(Text(f"Berkas yang sama sudah dilampirkan{where.id} (lampiran #{existing.id}).",
                              f"The same file is already attached{where.en} (attachment #{existing.id})."))
        self.existing = existing


class AttachmentService(Service):
    """Keep a client's documents inside the store: add, list, open, describe, move between cases, remove."""

    def add(self, client_id: int, *, file_name: str, data: bytes, title: str = "", case_id: int | None = None,
            document_date: date | None = None, notes: str = "", allow_duplicate: bool = False) -> AttachmentSummary:
        """Attach the file ``data`` (named ``file_name`` on the user's disk) to a client, or to one of their cases.

        The kind is read from the content; a name whose extension does not match is corrected. An empty
        ``title`` becomes the file's name without its extension.

        Raises:
            NotFound: no such client or case.
            ValidationError: an empty, too big or unsupported file (field "file"), a damaged image, the
                client's attachments would pass their total limit, a case of another client ("case_id"), a
                title, date or notes that break their rules.
            LockedRecord: the client is archived or the case closed.
            DuplicateAttachment: the same bytes are attached to this client already (unless ``allow_duplicate``).
        """
        if not isinstance(data, bytes | bytearray | memoryview):
            raise ValidationError("file", rules.UNSUPPORTED)
        data = bytes(data)
        checked = rules.check_file(file_name, data)
        _check_image(data, checked.media_type)
        digest = hashlib.sha256(data).hexdigest()
        with self.db.write() as session:
            client = _client(session, client_id)
            case = _case_of(session, client, case_id)
            text = self._described(session, title, document_date, notes,
                                   fallback=rules.title_from_file_name(checked.file_name))
            rules.check_client_total(_client_total(session, client.id), len(data))
            if not allow_duplicate:
                twin = session.scalar(select(Attachment.id).where(Attachment.client_id == client.id,
                                                                  Attachment.sha256 == digest).limit(1))
                if twin is not None:
                    raise DuplicateAttachment(_summary_of(session, twin))
            row = Attachment(client_id=client.id, case_id=case.id if case else None, file_name=checked.file_name,
                             media_type=checked.media_type.mime, size_bytes=len(data), sha256=digest, **text)
            session.add(row)
            session.flush()
            session.add(AttachmentContent(attachment_id=row.id, data=data))
            self._audit(session, "create", "attachment", row.id,
                        f"client={client.id}" + (f",case={case.id}" if case else ""))
            session.flush()
            return _summary_of(session, row.id)

    def get(self, attachment_id: int) -> AttachmentSummary:
        """One attachment's description. Raises NotFound."""
        with self.db.read() as session:
            return _summary_of(session, attachment_id)

    def list_for_client(self, client_id: int) -> builtins.list[AttachmentSummary]:
        """Every attachment of a client, their own and their cases' (with the case number), newest first.

        Raises NotFound for an unknown client.
        """
        with self.db.read() as session:
            get_or_404(session, Client, client_id, CLIENT)
            return _summaries(session, Attachment.client_id == client_id)

    def list_for_case(self, case_id: int) -> builtins.list[AttachmentSummary]:
        """The attachments of one case, newest first. Raises NotFound for an unknown case."""
        with self.db.read() as session:
            get_or_404(session, Case, case_id, CASE)
            return _summaries(session, Attachment.case_id == case_id)

    def total_for_client(self, client_id: int) -> int:
        """How many bytes a client's attachments take together (their limit is ``MAX_CLIENT_BYTES``)."""
        with self.db.read() as session:
            return _client_total(session, client_id)

    def content(self, attachment_id: int) -> AttachmentFile:
        """The attachment with its bytes, to show or to save a copy. Raises NotFound."""
        with self.db.read() as session:
            summary = _summary_of(session, attachment_id)
            data = session.scalar(select(AttachmentContent.data)
                                  .where(AttachmentContent.attachment_id == attachment_id))
            if data is None:
                raise NotFound(Text(f"Isi lampiran #{attachment_id} tidak ditemukan di penyimpanan.",
                                    f"The content of attachment #{attachment_id} is missing from the store."))
            return AttachmentFile(summary, bytes(data))

    def update(self, attachment_id: int, *, title: str, document_date: date | None, notes: str,
               case_id: int | None) -> AttachmentSummary:
        """Change what is said about an attachment, and which of the client's cases it belongs to (None: the
        client alone).

        Raises:
            NotFound: no such attachment or case.
            ValidationError: an empty or too long title, a date after today, too long notes, a case of another
                client.
            LockedRecord: the client is archived, or the attachment would leave or join a closed case.
        """
        with self.db.write() as session:
            row = get_or_404(session, Attachment, attachment_id, WHAT)
            client = _client(session, row.client_id)
            text = self._described(session, title, document_date, notes, fallback=None)
            if case_id != row.case_id:
                if row.case_id is not None:
                    _open_case(session.get(Case, row.case_id))
                case = _case_of(session, client, case_id)
                text["case_id"] = case.id if case else None
            elif row.case_id is not None:
                _open_case(session.get(Case, row.case_id))
            changed = [name for name, value in text.items() if getattr(row, name) != value]
            for name, value in text.items():
                setattr(row, name, value)
            session.flush()
            self._audit(session, "update", "attachment", row.id, ",".join(changed))
            return _summary_of(session, row.id)

    def remove(self, attachment_id: int) -> None:
        """Remove an attachment and its content for good (the UI asks first). Raises NotFound.

        Allowed on closed cases and archived clients too: a document attached by mistake (perhaps someone
        else's) must be removable; the audit log keeps that it was.
        """
        with self.db.write() as session:
            row = get_or_404(session, Attachment, attachment_id, WHAT)
            session.execute(delete(AttachmentContent).where(AttachmentContent.attachment_id == row.id))
            session.delete(row)
            self._audit(session, "delete", "attachment", attachment_id)

    def enclosures_for_case(self, case_id: int) -> builtins.list[AttachmentSummary]:
        """What a case's social report lists as *lampiran*: the case's attachments and the client's own
        (not those of the client's other cases), by document date, undated last. Raises NotFound."""
        with self.db.read() as session:
            case = get_or_404(session, Case, case_id, CASE)
            found = _summaries(session, or_(Attachment.case_id == case.id,
                                            (Attachment.client_id == case.client_id) & Attachment.case_id.is_(None)))
            return sorted(found, key=_enclosure_order)

    def enclosures(self, client_id: int, attachment_ids: Sequence[int] = ()) -> builtins.list[AttachmentSummary]:
        """The attachments chosen to go with a letter (a referral letter's *lampiran*), in the order given;
        none by default.

        Raises:
            NotFound: an id that is no attachment.
            ValidationError("attachment_ids"): an attachment of another client.
        """
        ids = list(dict.fromkeys(attachment_ids))
        if not ids:
            return []
        with self.db.read() as session:
            found = {item.id: item for item in _summaries(session, Attachment.id.in_(ids))}
            out = []
            for attachment_id in ids:
                item = found.get(attachment_id)
                if item is None:
                    raise NotFound(Text(f"Lampiran #{attachment_id} tidak ditemukan.",
                                        f"Attachment #{attachment_id} was not found."))
                if item.client_id != client_id:
                    raise ValidationError("attachment_ids", Text(
                        f"Lampiran #{attachment_id} milik klien lain; hanya lampiran klien ini yang dapat disertakan.",
                        f"Attachment #{attachment_id} belongs to another client; only this client's can be enclosed."))
                out.append(item)
            return out

    def _described(self, session: Session, title: str, document_date: date | None, notes: str,
                   fallback: str | None) -> dict[str, Any]:
        """The checked title, document date and notes; an empty title becomes ``fallback`` (required without)."""
        clean_title = clean_text("title", Text("Judul", "Title"), title, max_length=rules.MAX_TITLE,
                                 required=fallback is None)
        if isinstance(document_date, datetime):
            document_date = document_date.date()
        if document_date is not None and not isinstance(document_date, date):
            raise ValidationError("document_date", Text("Tanggal dokumen tidak valid.",
                                                         "The document date is not valid."))
        return {
            "title": clean_title or fallback or rules.DEFAULT_STEM,
            "document_date": not_after("document_date", Text("Tanggal dokumen", "Document date"), document_date,
                                       self._today(session)),
            "notes": clean_text("notes", Text("Catatan", "Notes"), notes, max_length=MAX_NOTES),
        }


# -- checks ------------------------------------------------------------------------------------------------

def _check_image(data: bytes, media_type: MediaType) -> None:
    """Decode enough of an image to know it is whole: a truncated or damaged PNG or JPEG is refused."""
    if not media_type.is_image:
        return
    from PIL import Image

    damaged = ValidationError("file", Text(
        f"Gambar {media_type.label.id} ini rusak atau tidak lengkap dan tidak dapat dibuka; pindai atau salin "
        "ulang berkasnya.",
        f"This {media_type.label.en} is damaged or incomplete and cannot be opened; scan or copy the file again."))
    expected = "PNG" if media_type is MediaType.PNG else "JPEG"
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data), formats=[expected]) as image:
                image.verify()  # a PNG's every chunk checksum, to the end
            if media_type is MediaType.JPEG:
                with Image.open(io.BytesIO(data), formats=[expected]) as image:
                    # Decoding at an eighth of the size reads every byte but costs little memory.
                    image.draft("RGB", (max(1, image.width // 8), max(1, image.height // 8)))
                    image.load()
    except Image.DecompressionBombError:
        raise ValidationError("file", Text(
            "Gambar ini terlalu besar ukuran pikselnya untuk dibuka dengan aman; perkecil resolusinya.",
            "This image has too many pixels to open safely; reduce its resolution.")) from None
    except (OSError, SyntaxError, ValueError, EOFError, IndexError, TypeError):
        raise damaged from None


def _client(session: Session, client_id: int) -> Client:
    client = get_or_404(session, Client, client_id, CLIENT)
    if client.archived:
        raise LockedRecord(Text("Klien ini diarsipkan; pulihkan dulu dari arsip untuk mengubah lampirannya.",
                                "This client is archived; restore the client before changing their attachments."))
    return client


def _open_case(case: Case | None) -> Case | None:
    if case is not None and case.closed_on is not None:
        raise LockedRecord(Text(
            f"Kasus {case.number} sudah ditutup: lampirannya tidak dapat ditambah atau diubah lagi. "
            "Lampirkan dokumen baru pada klien.",
            f"Case {case.number} is closed: its attachments can no longer be added or changed. "
            "Attach new documents to the client."))
    return case


def _case_of(session: Session, client: Client, case_id: int | None) -> Case | None:
    if case_id is None:
        return None
    case = get_or_404(session, Case, case_id, CASE)
    if case.client_id != client.id:
        raise ValidationError("case_id", Text(
            f"Kasus {case.number} bukan kasus klien ini; pilih salah satu kasus klien ini atau tanpa kasus.",
            f"Case {case.number} is not one of this client's cases; choose one of theirs or no case."))
    return _open_case(case)


def _client_total(session: Session, client_id: int) -> int:
    total = session.scalar(select(func.coalesce(func.sum(Attachment.size_bytes), 0))
                           .where(Attachment.client_id == client_id))
    return int(total or 0)


# -- reading -----------------------------------------------------------------------------------------------

_COLUMNS = (Attachment.id, Attachment.client_id, Attachment.case_id, Case.number, Attachment.title,
            Attachment.file_name, Attachment.media_type, Attachment.size_bytes, Attachment.sha256,
            Attachment.document_date, Attachment.notes, Attachment.created_at, Attachment.updated_at)


def _summaries(session: Session, condition: Any) -> list[AttachmentSummary]:
    """Core select of the description columns only: the content table is never touched."""
    query = (select(*_COLUMNS).outerjoin(Case, Case.id == Attachment.case_id).where(condition)
             .order_by(Attachment.created_at.desc(), Attachment.id.desc()))
    return [_row_summary(row) for row in session.execute(query)]


def _row_summary(row: Any) -> AttachmentSummary:
    return AttachmentSummary(
        id=row.id, client_id=row.client_id, case_id=row.case_id, case_number=row.number or "", title=row.title,
        file_name=row.file_name, media_type=MediaType.from_mime(row.media_type), size_bytes=int(row.size_bytes),
        sha256=row.sha256, document_date=row.document_date, notes=row.notes, created_at=row.created_at,
        updated_at=row.updated_at)


def _summary_of(session: Session, attachment_id: int) -> AttachmentSummary:
    found = _summaries(session, Attachment.id == attachment_id)
    if not found:
        get_or_404(session, Attachment, attachment_id, WHAT)  # raises NotFound
    return found[0]


def _enclosure_order(item: AttachmentSummary) -> tuple[bool, date, str, int]:
    return (item.document_date is None, item.document_date or date.min, item.title.casefold(), item.id)

