"""Attachments (*lampiran*): which files may be kept in the store, how big, and under what name.

A social worker attaches scanned consent forms, school reports, court letters and photos to a client or to
one of the client's cases. Only PDF, PNG and JPEG are accepted, recognised by their first bytes (never by the
name's extension, which anyone can change); the name is cleaned so that it can never point outside a folder,
hide its real extension behind right-to-left marks, or exceed what a file system takes.

The limits are module attributes that the checks read when they run, so a test can lower them.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from enum import Enum

from babel.numbers import format_decimal

from peksos_desk.domain.errors import ValidationError
from peksos_desk.domain.text import Language, Text, current_language

MB = 1024 * 1024
MAX_FILE_BYTES = 25 * MB
"""The largest single file: a multi-page scan at 300 dpi fits; a video does not."""
MAX_CLIENT_BYTES = 500 * MB
"""The most all of one client's attachments may take together, so one record cannot swell the store."""
MAX_NAME_BYTES = 255
"""A file name's longest length in UTF-8 bytes (what ext4, NTFS and APFS allow in one name)."""
MAX_TITLE = 200
"""The longest title (the store's column)."""
DEFAULT_STEM = "lampiran"
"""The name of a file whose own name had nothing usable left."""
PDF_SEARCH_WINDOW = 1024
"""PDF readers accept the ``%PDF-`` header anywhere in the first kilobyte; so do we."""


class MediaType(Enum):
    """A kind of file we keep: its MIME type, the extension a saved copy gets, and the extensions it may
    already carry."""

    PDF = ("application/pdf", ".pdf", (".pdf",))
    PNG = ("image/png", ".png", (".png",))
    JPEG = ("image/jpeg", ".jpg", (".jpg", ".jpeg", ".jpe", ".jfif"))

    def __init__(self, mime: str, extension: str, extensions: tuple[str, ...]) -> None:
        self.mime = mime
        self.extension = extension
        self.extensions = extensions

    @property
    def is_image(self) -> bool:
        return self is not MediaType.PDF

    @property
    def label(self) -> Text:
        """A short name for tables: "PDF", "Gambar PNG"."""
        return {MediaType.PDF: Text("PDF", "PDF"), MediaType.PNG: Text("Gambar PNG", "PNG image"),
                MediaType.JPEG: Text("Foto JPEG", "JPEG photo")}[self]

    @classmethod
    def from_mime(cls, mime: str) -> MediaType:
        """The member for a stored MIME type. Raises ValueError for one we never store."""
        for member in cls:
            if member.mime == mime:
                return member
        raise ValueError(f"unknown media type {mime!r}")


KNOWN_EXTENSIONS = frozenset(ext for member in MediaType for ext in member.extensions)

_PDF_HEADER = re.compile(rb"%PDF-[12]\.[0-9]")

UNSUPPORTED = Text("Jenis berkas tidak didukung: hanya PDF, PNG, atau JPEG.",
                   "Unsupported kind of file: only PDF, PNG or JPEG.")


def detect_media_type(data: bytes) -> MediaType | None:
    """What ``data`` is, from its first bytes: PDF, PNG or JPEG; None for anything else."""
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return MediaType.PNG
    if data.startswith(b"\xff\xd8\xff"):
        return MediaType.JPEG
    if _PDF_HEADER.search(data[:PDF_SEARCH_WINDOW]):
        return MediaType.PDF
    return None


def require_media_type(data: bytes) -> MediaType:
    """The media type of ``data``. Raises ValidationError("file") for an empty or unsupported file."""
    if not data:
        raise ValidationError("file", Text("Berkas kosong (0 byte); pilih berkas yang berisi dokumen.",
                                           "The file is empty (0 bytes); choose a file that holds the document."))
    found = detect_media_type(data)
    if found is None:
        raise ValidationError("file", UNSUPPORTED)
    return found


# -- sizes -------------------------------------------------------------------------------------------------

def format_size(size: int, language: Language | None = None) -> str:
    """A size as people read it: "812 byte", "14 KB", "2,4 MB" (Indonesian) or "2.4 MB" (English)."""
    language = language or current_language()
    locale = "id" if language == "id" else "en"
    if size < 1024:
        return f"{size} byte" if language == "id" else f"{size} bytes" if size != 1 else "1 byte"
    for unit, scale in (("KB", 1024), ("MB", MB), ("GB", 1024 * MB)):
        value = size / scale
        if value < 1000 or unit == "GB":  # 1000 KB and more reads better as "1 MB"
            pattern = "#,##0" if value >= 100 else "#,##0.#"
            return f"{format_decimal(value, format=pattern, locale=locale)} {unit}"
    raise AssertionError("unreachable")  # pragma: no cover


def _limit(size: int) -> Text:
    return Text(format_size(size, "id"), format_size(size, "en"))


def check_file_size(size: int) -> None:
    """Refuse an empty file or one above :data:`MAX_FILE_BYTES`, saying its size and the limit.

    Raises:
        ValidationError("file"): the file is empty or too big.
    """
    if size <= 0:
        raise ValidationError("file", Text("Berkas kosong (0 byte); pilih berkas yang berisi dokumen.",
                                           "The file is empty (0 bytes); choose a file that holds the document."))
    if size > MAX_FILE_BYTES:
        have, limit = _limit(size), _limit(MAX_FILE_BYTES)
        raise ValidationError("file", Text(
            f"Berkas terlalu besar: {have.id}; batasnya {limit.id} per berkas. Perkecil hasil pindaian "
            "(misalnya 150–200 dpi, hitam-putih) atau bagi menjadi beberapa berkas.",
            f"The file is too big: {have.en}; the limit is {limit.en} per file. Scan at a lower resolution "
            "(e.g. 150–200 dpi, black and white) or split it into several files."))


def check_client_total(already: int, adding: int) -> None:
    """Refuse a file that would take a client's attachments above :data:`MAX_CLIENT_BYTES`.

    Raises:
        ValidationError("file"): the client's attachments would be too big together.
    """
    if already + adding > MAX_CLIENT_BYTES:
        have, new, limit = _limit(already), _limit(adding), _limit(MAX_CLIENT_BYTES)
        raise ValidationError("file", Text(
            f"Lampiran klien ini sudah {have.id}; berkas ini ({new.id}) akan melewati batas {limit.id} per klien. "
            "Hapus lampiran yang tidak diperlukan lagi atau perkecil berkasnya.",
            f"This client's attachments already take {have.en}; this file ({new.en}) would pass the limit of "
            f"{limit.en} per client. Remove attachments no longer needed or make the file smaller."))


# -- names -------------------------------------------------------------------------------------------------

# Marks that reorder text on screen: "laporan\u202efdp.exe" shows as "laporanexe.pdf".
_BIDI_CONTROLS = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
_WINDOWS_FORBIDDEN = re.compile(r'[<>:"|?*]')
_WINDOWS_RESERVED = frozenset({"CON", "PRN", "AUX", "NUL", *(f"COM{n}" for n in range(1, 10)),
                               *(f"LPT{n}" for n in range(1, 10))})


def _visible(char: str) -> bool:
    category = unicodedata.category(char)
    return category not in ("Cc", "Cs", "Co", "Cn") and char not in _BIDI_CONTROLS and char != "\ufeff"


def _cut_utf8(text: str, limit: int) -> str:
    """``text`` cut to at most ``limit`` UTF-8 bytes, never inside a character."""
    encoded = text.encode("utf-8")
    if len(encoded) <= limit:
        return text
    return encoded[:limit].decode("utf-8", errors="ignore")


def safe_file_name(name: str, media_type: MediaType | None = None) -> str:
    """A file name that is safe to store and to offer when a copy is saved.

    Any folder part is dropped (``/`` and ``\\`` alike), as are control characters, right-to-left and other
    reordering marks, leading dots and spaces, and characters Windows refuses. With ``media_type`` the
    extension is made to match the content ("scan.pdf" holding a PNG becomes "scan.png"; "foto.jpeg" stays).
    The result is at most :data:`MAX_NAME_BYTES` UTF-8 bytes, keeping the extension, and never empty.
    """
    text = unicodedata.normalize("NFC", str(name))
    text = re.split(r"[/\\]", text)[-1]
    text = re.sub(r"[\t\n\r\v\f\x85\u2028\u2029]", " ", text)
    text = "".join(char for char in text if _visible(char))
    text = _WINDOWS_FORBIDDEN.sub("_", text)
    text = " ".join(text.split())  # tabs, newlines and runs of spaces become one space
    text = text.lstrip(". ").rstrip(". ")
    stem, dot, suffix = text.rpartition(".")
    if not dot:
        stem, suffix = text, ""
    extension = f".{suffix}" if dot else ""
    if media_type is not None:
        if extension.lower() in media_type.extensions:
            pass
        elif extension.lower() in KNOWN_EXTENSIONS:
            extension = media_type.extension
        else:
            stem, extension = text, media_type.extension
    elif extension and (len(extension) > 10 or " " in extension):
        stem, extension = text, ""  # "Surat dr. Ani" has no extension
    stem = stem.rstrip(". ")
    if not stem:
        stem = DEFAULT_STEM
    if stem.split(".")[0].upper() in _WINDOWS_RESERVED:
        stem = f"_{stem}"
    extension = _cut_utf8(extension, 16)
    stem = _cut_utf8(stem, MAX_NAME_BYTES - len(extension.encode("utf-8"))).rstrip(". ") or DEFAULT_STEM
    return stem + extension


def title_from_file_name(name: str) -> str:
    """What a new attachment is called when the user gives no title: its (clean) name without extension."""
    clean = safe_file_name(name)
    stem, dot, suffix = clean.rpartition(".")
    title = stem if dot and f".{suffix.lower()}" in KNOWN_EXTENSIONS else clean
    title = " ".join(title.replace("_", " ").split()) or DEFAULT_STEM
    return title[:MAX_TITLE].rstrip()


@dataclass(frozen=True)
class FileCheck:
    """What a file turned out to be: its media type and the name it will be stored under."""

    media_type: MediaType
    file_name: str


def check_file(name: str, data: bytes) -> FileCheck:
    """Everything about a file that can be judged without the store: size, kind, name.

    Raises:
        ValidationError("file"): empty, too big, or not a PDF, PNG or JPEG.
    """
    check_file_size(len(data))
    media_type = require_media_type(data)
    return FileCheck(media_type, safe_file_name(name, media_type))
