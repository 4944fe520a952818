"""A document protected with a password opens only with it: in pypdf, in poppler and in qpdf."""

from __future__ import annotations

import io
import shutil
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader
from pypdf.errors import FileNotDecryptedError

from peksos_desk.domain.errors import ValidationError
from peksos_desk.reports.forms import build_intake_form
from peksos_desk.reports.protect import protect_pdf
from tests.reports.factories import LONG_NAME, PRINTED_ON, client, profile

PASSWORD = "Bunga-Melati 7"


def plain() -> bytes:
    out = io.BytesIO()
    build_intake_form(client(), profile(), out, printed_on=PRINTED_ON)
    return out.getvalue()


@pytest.fixture(scope="module")
def protected() -> bytes:
    return protect_pdf(plain(), PASSWORD)


def run(*argv: str) -> subprocess.CompletedProcess[str]:
    assert shutil.which(argv[0]), f"{argv[0]} is part of the test set-up (scripts/system-packages.sh)"
    return subprocess.run(list(argv), capture_output=True, text=True, check=False)


def test_pypdf_needs_the_password(protected: bytes) -> None:
    reader = PdfReader(io.BytesIO(protected))
    assert reader.is_encrypted
    with pytest.raises(FileNotDecryptedError):
        reader.pages[0].extract_text()
    assert not PdfReader(io.BytesIO(protected)).decrypt("wrong password")
    reader = PdfReader(io.BytesIO(protected))
    assert reader.decrypt(PASSWORD)
    assert LONG_NAME in reader.pages[0].extract_text()
    assert len(reader.pages) == len(PdfReader(io.BytesIO(plain())).pages)
    assert reader.metadata is not None and reader.metadata.title == "Formulir Pendataan Klien KL-000017"


def test_it_is_aes_256_and_the_text_is_not_readable_in_the_file(protected: bytes) -> None:
    encrypt = PdfReader(io.BytesIO(protected)).trailer["/Encrypt"].get_object()
    assert encrypt["/V"] == 5 and encrypt["/R"] == 6  # AES-256, PDF 2.0's security handler
    assert protected.startswith(b"%PDF-2.0")
    assert b"Formulir Pendataan" not in protected and b"KL-000017" not in protected


def test_poppler_opens_it_only_with_the_password(protected: bytes, tmp_path: Path) -> None:
    path = tmp_path / "protected.pdf"
    path.write_bytes(protected)
    assert run("pdfinfo", str(path)).returncode != 0
    assert run("pdfinfo", "-upw", "wrong password", str(path)).returncode != 0
    opened = run("pdfinfo", "-upw", PASSWORD, str(path))
    assert opened.returncode == 0, opened.stderr
    assert "AES-256" in opened.stdout
    assert "Formulir Pendataan Klien KL-000017" in opened.stdout
    text = run("pdftotext", "-upw", PASSWORD, str(path), "-")
    assert text.returncode == 0 and LONG_NAME in text.stdout


def test_qpdf_checks_it_with_the_password(protected: bytes, tmp_path: Path) -> None:
    path = tmp_path / "protected.pdf"
    path.write_bytes(protected)
    checked = run("qpdf", "--check", f"--password={PASSWORD}", str(path))
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert "No syntax or stream encoding errors" in checked.stdout
    assert run("qpdf", "--check", "--password=wrong password", str(path)).returncode != 0


def test_a_file_can_be_given_as_a_path(tmp_path: Path) -> None:
    path = tmp_path / "plain.pdf"
    path.write_bytes(plain())
    reader = PdfReader(io.BytesIO(protect_pdf(path, PASSWORD)))
    assert reader.decrypt(PASSWORD)


@pytest.mark.parametrize("password", ["", "1234567", "kucing"])
def test_an_empty_or_short_password_is_refused(password: str) -> None:
    with pytest.raises(ValidationError) as refused:
        protect_pdf(plain(), password)
    assert refused.value.field == "password"


def test_messages_name_the_rule_in_both_languages() -> None:
    with pytest.raises(ValidationError) as short:
        protect_pdf(plain(), "abc")
    assert short.value.render("id") == "Kata sandi PDF terlalu pendek: paling sedikit 8 karakter."
    assert short.value.render("en") == "The PDF password is too short: it needs at least 8 characters."
    with pytest.raises(ValidationError) as empty:
        protect_pdf(plain(), "")
    assert empty.value.render("en") == "The PDF password is empty."


def test_eight_characters_are_enough() -> None:
    assert PdfReader(io.BytesIO(protect_pdf(plain(), "12345678"))).decrypt("12345678")
