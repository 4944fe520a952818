"""Password protection for a PDF that leaves the practice (sent by e-mail, carried on a USB stick).

ReportLab's own 256-bit encryption writes files that poppler and pypdf cannot open, and its default is
RC4-40; so a document is built as usual and then encrypted here with pypdf: AES-256 (PDF 2.0, revision 6).
The password opens the document; the owner password is random and never kept, so nobody can lift the
protection without the password either.
"""

from __future__ import annotations

import io
import secrets
from pathlib import Path

from peksos_desk.domain.errors import ValidationError
from peksos_desk.domain.text import Text

MIN_PASSWORD_LENGTH = 8


def check_password(password: str) -> str:
    """``password`` when it may protect a document; ``ValidationError("password", ...)`` when it is empty
    or shorter than :data:`MIN_PASSWORD_LENGTH` characters."""
    if not password:
        raise ValidationError("password", Text("Kata sandi PDF kosong.", "The PDF password is empty."))
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ValidationError("password", Text(
            f"Kata sandi PDF terlalu pendek: paling sedikit {MIN_PASSWORD_LENGTH} karakter.",
            f"The PDF password is too short: it needs at least {MIN_PASSWORD_LENGTH} characters."))
    return password


def protect_pdf(source: bytes | Path, password: str) -> bytes:
    """The PDF ``source`` (its bytes or a file) encrypted with AES-256 so that it opens only with
    ``password``. Raises ``ValidationError("password", ...)`` for an empty or too short password."""
    check_password(password)
    from pypdf import PdfReader, PdfWriter

    data = source.read_bytes() if isinstance(source, Path) else source
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    writer.pdf_header = "%PDF-2.0"  # AES-256 (revision 6) is PDF 2.0's security handler
    writer.encrypt(user_password=password, owner_password=secrets.token_urlsafe(32), algorithm="AES-256")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
