"""What an attachment may be: recognised by its first bytes, within the limits, under a safe name."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from peksos_desk.domain import attachments as rules
from peksos_desk.domain.attachments import (
    MB,
    MediaType,
    check_client_total,
    check_file,
    check_file_size,
    detect_media_type,
    format_size,
    require_media_type,
    safe_file_name,
    title_from_file_name,
)
from peksos_desk.domain.errors import ValidationError
from peksos_desk.domain.text import set_language

PNG_HEAD = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"
JPEG_HEAD = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00"
PDF_HEAD = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n"


@pytest.mark.parametrize(("data", "expected"), [
    (PDF_HEAD, MediaType.PDF),
    (b"\r\n" * 20 + PDF_HEAD, MediaType.PDF),  # some scanners write a few bytes before the header
    (PNG_HEAD, MediaType.PNG),
    (JPEG_HEAD, MediaType.JPEG),
    (b"\xff\xd8\xff\xe1\x00\x10Exif\x00\x00", MediaType.JPEG),  # a phone photo
])
def test_kind_is_read_from_the_first_bytes(data, expected):
    assert detect_media_type(data) is expected


@pytest.mark.parametrize("data", [
    b"PK\x03\x04word/document.xml",  # a .docx
    b"GIF89a\x01\x00",
    b"II*\x00",  # TIFF
    b"MZ\x90\x00",  # a Windows program renamed to .pdf
    b"<html><body>%PDF-</body></html>", b"just text",
    b" " * rules.PDF_SEARCH_WINDOW + b"%PDF-1.4",  # a header past the first kilobyte is no PDF header
    b"\x89PNG\r\n",  # a PNG signature cut short
])
def test_anything_else_is_not_supported(data):
    assert detect_media_type(data) is None
    with pytest.raises(ValidationError) as error:
        require_media_type(data)
    assert error.value.field == "file"
    assert str(error.value) == "Jenis berkas tidak didukung: hanya PDF, PNG, atau JPEG."


def test_an_empty_file_is_refused_as_empty():
    with pytest.raises(ValidationError, match="kosong"):
        require_media_type(b"")
    with pytest.raises(ValidationError, match="kosong"):
        check_file_size(0)


def test_a_file_over_the_limit_is_refused_with_its_size_and_the_limit():
    check_file_size(25 * MB)
    with pytest.raises(ValidationError) as error:
        check_file_size(int(31.24 * MB))
    assert error.value.text.id.startswith("Berkas terlalu besar: 31,2 MB; batasnya 25 MB per berkas.")
    assert error.value.text.en.startswith("The file is too big: 31.2 MB; the limit is 25 MB per file.")


def test_the_limits_are_read_when_checked(monkeypatch):
    monkeypatch.setattr(rules, "MAX_FILE_BYTES", 1000)
    monkeypatch.setattr(rules, "MAX_CLIENT_BYTES", 3000)
    with pytest.raises(ValidationError, match="batasnya 1000 byte"):
        check_file(b"x.png", PNG_HEAD + b"\x00" * 1000)
    check_client_total(2000, 1000)
    with pytest.raises(ValidationError) as error:
        check_client_total(2500, 600)
    assert "sudah 2,4 KB" in error.value.text.id and "batas 2,9 KB per klien" in error.value.text.id


@pytest.mark.parametrize(("size", "indonesian", "english"), [
    (0, "0 byte", "0 bytes"), (1, "1 byte", "1 byte"), (812, "812 byte", "812 bytes"),
    (1536, "1,5 KB", "1.5 KB"), (150 * 1024, "150 KB", "150 KB"), (1000 * 1024, "1 MB", "1 MB"),
    (int(2.44 * MB), "2,4 MB", "2.4 MB"), (25 * MB, "25 MB", "25 MB"), (500 * MB, "500 MB", "500 MB"),
    (3 * 1024 * MB, "3 GB", "3 GB"),
])
def test_sizes_read_the_way_each_language_writes_them(size, indonesian, english):
    assert format_size(size, "id") == indonesian
    assert format_size(size, "en") == english
    set_language("en")
    assert format_size(size) == english


@pytest.mark.parametrize(("name", "kind", "expected"), [
    ("Surat persetujuan.pdf", MediaType.PDF, "Surat persetujuan.pdf"),
    ("scan.PDF", MediaType.PDF, "scan.PDF"),
    ("scan.pdf", MediaType.PNG, "scan.png"),  # a .pdf that is really a PNG
    ("foto.jpeg", MediaType.JPEG, "foto.jpeg"),
    ("foto.JPG", MediaType.JPEG, "foto.JPG"),
    ("foto.png", MediaType.JPEG, "foto.jpg"),
    ("rapor", MediaType.PDF, "rapor.pdf"),
    ("Surat dr. Ani", MediaType.PDF, "Surat dr. Ani.pdf"),
    ("../../etc/passwd", MediaType.PDF, "passwd.pdf"),
    ("C:\\Users\\sri\\Documents\\rapor.pdf", MediaType.PDF, "rapor.pdf"),
    ("..", MediaType.PDF, "lampiran.pdf"),
    (".hidden.png", MediaType.PNG, "hidden.png"),
    ("a\x00b\x1f\x7f.png", MediaType.PNG, "ab.png"),
    ("laporan\u202efdp.exe", MediaType.PDF, "laporanfdp.exe.pdf"),  # shows as "laporanexe.pdf" unless cleaned
    ("surat: \"resmi\"?.pdf", MediaType.PDF, "surat_ _resmi__.pdf"),
    ("CON.pdf", MediaType.PDF, "_CON.pdf"),
    ("  banyak   spasi\t.pdf  ", MediaType.PDF, "banyak spasi.pdf"),
])
def test_names_are_made_safe_and_match_the_content(name, kind, expected):
    assert safe_file_name(name, kind) == expected


def test_a_long_name_is_cut_to_255_bytes_keeping_its_extension():
    name = safe_file_name("Ä" * 1000 + ".pdf", MediaType.PDF)
    assert name.endswith(".pdf") and len(name.encode()) <= 255
    assert name[:-4] == "Ä" * 125  # two bytes each: never half a character


PIECES = ["/", "\\", ".", "..", "\x00", "\n", "\u202e", "\u200f", "\u2066", "\ufeff", "😀", "👩\u200d👧", "ع", "a",
          "Z", " ", "é", "e\u0301", ":", "*", "~", "\x85", "\ud800", ".pdf", ".PNG", ".jpeg", "CON", "lampiran"]
hostile = st.lists(st.sampled_from(PIECES), max_size=400).map("".join) | st.text(max_size=1000)


@given(name=hostile, kind=st.sampled_from([None, *MediaType]))
def test_any_name_becomes_a_single_safe_name(name, kind):
    clean = safe_file_name(name, kind)
    assert clean and clean == clean.strip()
    assert "/" not in clean and "\\" not in clean and clean not in (".", "..")
    assert not clean.startswith(".")
    assert len(clean.encode("utf-8")) <= rules.MAX_NAME_BYTES
    assert all(unicodedata.category(c) not in ("Cc", "Cs") for c in clean)
    assert not set(clean) & set("\u202e\u200f\u2066\u061c\ufeff<>:\"|?*")
    if kind is not None:
        assert clean.lower().endswith(kind.extensions)
    assert safe_file_name(clean, kind) == clean  # cleaning twice changes nothing


@given(name=hostile)
def test_a_title_always_comes_from_a_name(name):
    title = title_from_file_name(name)
    assert 0 < len(title) <= rules.MAX_TITLE and title == title.strip()


def test_the_title_is_the_name_without_its_extension():
    assert title_from_file_name("Surat_persetujuan orang tua.pdf") == "Surat persetujuan orang tua"
    assert title_from_file_name("/home/sri/Rapor semester 1.JPEG") == "Rapor semester 1"
    assert title_from_file_name("catatan.2024") == "catatan.2024"
