"""Attachments kept inside the store: consent forms, school reports, court letters and photos of a client."""

from __future__ import annotations

import hashlib
import io
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from peksos_desk.domain import attachments as rules
from peksos_desk.domain.attachments import MediaType
from peksos_desk.domain.errors import LockedRecord, NotFound, ValidationError
from peksos_desk.services.attachments import DuplicateAttachment
from tests.services.factories import new_case, new_client
from tests.statements import counting


def png_bytes(size: tuple[int, int] = (40, 30), colour: str = "#1565c0") -> bytes:
    """A real PNG image."""
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", size, colour).save(out, format="PNG")
    return out.getvalue()


def jpeg_bytes(size: tuple[int, int] = (64, 48), colour: str = "#c62828") -> bytes:
    """A real JPEG photo."""
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", size, colour).save(out, format="JPEG", quality=85)
    return out.getvalue()


def pdf_bytes(text: str = "Surat persetujuan orang tua", pages: int = 1) -> bytes:
    """A real one- or more-page PDF."""
    from reportlab.pdfgen.canvas import Canvas

    out = io.BytesIO()
    canvas = Canvas(out, invariant=1)
    for page in range(pages):
        canvas.drawString(72, 720, f"{text} — {page + 1}")
        canvas.showPage()
    canvas.save()
    return out.getvalue()


@pytest.fixture
def client(services):
    return new_client(services)


def test_a_file_comes_back_byte_for_byte_with_its_checksum(services, client):
    data = pdf_bytes()
    added = services.attachments.add(client.id, file_name="Surat persetujuan.pdf", data=data,
                                     document_date=date(2026, 2, 1), notes="Ditandatangani ibu klien.")
    assert added.title == "Surat persetujuan"
    assert added.file_name == "Surat persetujuan.pdf"
    assert added.media_type is MediaType.PDF and not added.is_image
    assert added.size_bytes == len(data)
    assert added.sha256 == hashlib.sha256(data).hexdigest()
    assert added.case_id is None and added.case_number == ""
    assert added.document_date == date(2026, 2, 1) and added.notes == "Ditandatangani ibu klien."

    got = services.attachments.content(added.id)
    assert got.data == data and got.summary == added
    assert services.attachments.get(added.id) == added
    assert services.attachments.total_for_client(client.id) == len(data)


def test_images_are_kept_with_their_kind(services, client):
    photo = services.attachments.add(client.id, file_name="rumah.jpeg", data=jpeg_bytes(), title="Foto rumah")
    scan = services.attachments.add(client.id, file_name="rapor.png", data=png_bytes())
    assert (photo.media_type, photo.file_name, photo.title) == (MediaType.JPEG, "rumah.jpeg", "Foto rumah")
    assert (scan.media_type, scan.file_name, scan.is_image) == (MediaType.PNG, "rapor.png", True)


def test_the_kind_comes_from_the_content_not_the_name(services, client):
    added = services.attachments.add(client.id, file_name="Rapor semester 1.pdf", data=png_bytes())
    assert added.media_type is MediaType.PNG
    assert added.file_name == "Rapor semester 1.png"
    assert added.title == "Rapor semester 1"


@pytest.mark.parametrize("data", [b"PK\x03\x04 a word document", b"GIF89a\x01\x00\x01\x00", b"MZ\x90\x00program"])
def test_other_kinds_of_file_are_refused(services, client, data):
    with pytest.raises(ValidationError) as error:
        services.attachments.add(client.id, file_name="surat.pdf", data=data)
    assert error.value.field == "file"
    assert str(error.value) == "Jenis berkas tidak didukung: hanya PDF, PNG, atau JPEG."
    assert services.attachments.list_for_client(client.id) == []


@pytest.mark.parametrize("damage", ["truncated", "checksum", "jpeg_truncated"])
def test_a_damaged_image_is_refused(services, client, damage):
    if damage == "truncated":
        data = png_bytes((200, 200))[:-40]
    elif damage == "checksum":
        whole = bytearray(png_bytes())
        at = whole.index(b"IDAT") + 6
        whole[at] ^= 0xFF  # one flipped byte inside the image data: its CRC no longer matches
        data = bytes(whole)
    else:
        data = jpeg_bytes((400, 300))[:300]
    with pytest.raises(ValidationError, match="rusak atau tidak lengkap") as error:
        services.attachments.add(client.id, file_name="foto.png", data=data)
    assert error.value.field == "file"
    assert services.attachments.total_for_client(client.id) == 0


def test_an_empty_file_is_refused(services, client):
    with pytest.raises(ValidationError, match="Berkas kosong"):
        services.attachments.add(client.id, file_name="kosong.pdf", data=b"")


def test_a_file_over_the_limit_is_refused(services, client, monkeypatch):
    data = pdf_bytes(pages=3)
    monkeypatch.setattr(rules, "MAX_FILE_BYTES", len(data) - 1)
    with pytest.raises(ValidationError) as error:
        services.attachments.add(client.id, file_name="besar.pdf", data=data)
    assert "Berkas terlalu besar" in str(error.value) and "per berkas" in str(error.value)
    monkeypatch.setattr(rules, "MAX_FILE_BYTES", len(data))
    services.attachments.add(client.id, file_name="besar.pdf", data=data)


def test_a_client_total_over_the_limit_is_refused(services, client, monkeypatch):
    first, second = pdf_bytes("satu"), pdf_bytes("dua")
    monkeypatch.setattr(rules, "MAX_CLIENT_BYTES", len(first) + len(second) - 1)
    services.attachments.add(client.id, file_name="satu.pdf", data=first)
    with pytest.raises(ValidationError, match="per klien") as error:
        services.attachments.add(client.id, file_name="dua.pdf", data=second)
    assert error.value.text.en.startswith("This client's attachments already take")
    other = new_client(services, full_name="Rina Wati", nik="")
    services.attachments.add(other.id, file_name="dua.pdf", data=second)  # the limit is per client


def test_a_case_of_another_client_is_refused(services, client):
    own = new_case(services, client.id)
    other_case = new_case(services)
    with pytest.raises(ValidationError) as error:
        services.attachments.add(client.id, file_name="x.pdf", data=pdf_bytes(), case_id=other_case.id)
    assert error.value.field == "case_id" and other_case.number in str(error.value)
    added = services.attachments.add(client.id, file_name="x.pdf", data=pdf_bytes(), case_id=own.id)
    assert (added.case_id, added.case_number) == (own.id, own.number)
    with pytest.raises(ValidationError):
        services.attachments.update(added.id, title="x", document_date=None, notes="", case_id=other_case.id)


def test_unknown_client_case_or_attachment(services, client):
    with pytest.raises(NotFound):
        services.attachments.add(999, file_name="x.pdf", data=pdf_bytes())
    with pytest.raises(NotFound):
        services.attachments.add(client.id, file_name="x.pdf", data=pdf_bytes(), case_id=999)
    for call in (services.attachments.get, services.attachments.content, services.attachments.remove,
                 services.attachments.list_for_case):
        with pytest.raises(NotFound):
            call(999)
    with pytest.raises(NotFound):
        services.attachments.list_for_client(999)


def test_the_same_file_twice_is_caught_and_can_be_added_anyway(services, client):
    data = jpeg_bytes()
    case = new_case(services, client.id)
    first = services.attachments.add(client.id, file_name="foto.jpg", data=data, case_id=case.id, title="Foto")
    with pytest.raises(DuplicateAttachment) as error:
        services.attachments.add(client.id, file_name="foto lagi.jpg", data=data)
    assert error.value.existing == first
    assert str(error.value) == f"Berkas yang sama sudah dilampirkan pada kasus {case.number} (lampiran #{first.id})."
    assert "Foto" not in str(error.value)  # a title may name the client: it stays out of messages
    again = services.attachments.add(client.id, file_name="foto lagi.jpg", data=data, allow_duplicate=True)
    assert again.sha256 == first.sha256 and again.id != first.id
    other = new_client(services, full_name="Rina Wati", nik="")
    services.attachments.add(other.id, file_name="foto.jpg", data=data)  # another client's record


def test_listing_never_reads_the_content(services, client, database):
    case = new_case(services, client.id)
    services.attachments.add(client.id, file_name="a.pdf", data=pdf_bytes("a"))
    services.attachments.add(client.id, file_name="b.png", data=png_bytes(), case_id=case.id)
    with counting(database.engine) as statements:
        for_client = services.attachments.list_for_client(client.id)
        for_case = services.attachments.list_for_case(case.id)
        enclosures = services.attachments.enclosures_for_case(case.id)
    assert statements and not [s for s in statements if "attachment_content" in s.lower()]
    assert [(a.file_name, a.case_number) for a in for_client] == [("b.png", case.number), ("a.pdf", "")]
    assert [a.file_name for a in for_case] == ["b.png"]
    assert {a.file_name for a in enclosures} == {"a.pdf", "b.png"}


def test_details_change_and_the_attachment_moves_between_cases(services, client, clock):
    case = new_case(services, client.id)
    added = services.attachments.add(client.id, file_name="rapor.pdf", data=pdf_bytes())
    changed = services.attachments.update(added.id, title="  Rapor semester 1  ", document_date=date(2025, 12, 20),
                                          notes="Dari wali kelas.", case_id=case.id)
    assert (changed.title, changed.document_date, changed.notes) == ("Rapor semester 1", date(2025, 12, 20),
                                                                     "Dari wali kelas.")
    assert (changed.case_id, changed.case_number) == (case.id, case.number)
    assert changed.file_name == "rapor.pdf" and changed.sha256 == added.sha256
    assert [a.id for a in services.attachments.list_for_case(case.id)] == [added.id]
    back = services.attachments.update(added.id, title="Rapor", document_date=None, notes="", case_id=None)
    assert back.case_id is None and services.attachments.list_for_case(case.id) == []

    with pytest.raises(ValidationError) as error:
        services.attachments.update(added.id, title="  ", document_date=None, notes="", case_id=None)
    assert error.value.field == "title"
    with pytest.raises(ValidationError) as error:
        services.attachments.update(added.id, title="Rapor", document_date=date(2026, 3, 3), notes="", case_id=None)
    assert error.value.field == "document_date"
    with pytest.raises(ValidationError) as error:
        services.attachments.update(added.id, title="x" * 201, document_date=None, notes="", case_id=None)
    assert error.value.field == "title"
    assert services.attachments.get(added.id).title == "Rapor"


def test_remove_takes_the_content_and_is_audited_without_the_name(services, client):
    secret = "Siti Aminah - putusan pengadilan.pdf"
    added = services.attachments.add(client.id, file_name=secret, data=pdf_bytes(), title="Putusan Siti Aminah",
                                     notes="Nomor perkara 12/Pid.Sus-Anak/2026")
    services.attachments.update(added.id, title="Putusan", document_date=None, notes="", case_id=None)
    services.attachments.remove(added.id)
    with pytest.raises(NotFound):
        services.attachments.content(added.id)
    assert services.attachments.list_for_client(client.id) == []
    assert services.attachments.total_for_client(client.id) == 0
    entries = services.audit.entries(record_type="attachment", record_id=added.id)
    assert [e.action for e in entries] == ["delete", "update", "create"]
    assert all(e.actor == "sri" for e in entries)
    for entry in entries:
        assert "Siti" not in entry.detail and "putusan" not in entry.detail.lower() and ".pdf" not in entry.detail
    assert entries[2].detail == f"client={client.id}"
    assert entries[1].detail == "title,notes"
    from sqlalchemy import text

    with services.db.read() as session:
        assert session.scalar(text("SELECT count(*) FROM attachment_content")) == 0


def test_closed_cases_and_archived_clients_are_locked_but_a_mistake_can_be_removed(services, client):
    from peksos_desk.domain.stages import CaseStage

    case = new_case(services, client.id, opened_on=date(2026, 1, 5))
    added = services.attachments.add(client.id, file_name="a.pdf", data=pdf_bytes(), case_id=case.id)
    services.cases.move_stage(case.id, CaseStage.TERMINASI, occurred_on=date(2026, 2, 27), summary="Selesai.")
    services.cases.close_case(case.id, closed_on=date(2026, 3, 1))
    with pytest.raises(LockedRecord, match="sudah ditutup"):
        services.attachments.add(client.id, file_name="b.pdf", data=pdf_bytes("b"), case_id=case.id)
    with pytest.raises(LockedRecord):
        services.attachments.update(added.id, title="x", document_date=None, notes="", case_id=None)
    services.attachments.add(client.id, file_name="b.pdf", data=pdf_bytes("b"))  # the client still takes it
    services.clients.archive(client.id)
    with pytest.raises(LockedRecord, match="diarsipkan"):
        services.attachments.add(client.id, file_name="c.pdf", data=pdf_bytes("c"))
    services.attachments.remove(added.id)
    assert [a.file_name for a in services.attachments.list_for_client(client.id)] == ["b.pdf"]


def test_enclosures_of_a_social_report_and_of_a_letter(services, client):
    case = new_case(services, client.id)
    other_case = new_case(services, client.id)
    a = services.attachments.add(client.id, file_name="consent.pdf", data=pdf_bytes("1"), title="Persetujuan",
                                 document_date=date(2026, 2, 1))
    b = services.attachments.add(client.id, file_name="rapor.pdf", data=pdf_bytes("2"), title="Rapor",
                                 case_id=case.id, document_date=date(2025, 12, 20))
    c = services.attachments.add(client.id, file_name="foto.png", data=png_bytes(), title="Foto rumah",
                                 case_id=case.id)
    services.attachments.add(client.id, file_name="lain.pdf", data=pdf_bytes("3"), case_id=other_case.id)
    assert [x.id for x in services.attachments.enclosures_for_case(case.id)] == [b.id, a.id, c.id]

    assert services.attachments.enclosures(client.id) == []
    assert [x.id for x in services.attachments.enclosures(client.id, [c.id, a.id, c.id])] == [c.id, a.id]
    stranger = new_client(services, full_name="Rina Wati", nik="")
    theirs = services.attachments.add(stranger.id, file_name="x.pdf", data=pdf_bytes("4"))
    with pytest.raises(ValidationError) as error:
        services.attachments.enclosures(client.id, [a.id, theirs.id])
    assert error.value.field == "attachment_ids"
    with pytest.raises(NotFound):
        services.attachments.enclosures(client.id, [12345])


@settings(max_examples=15, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(name=st.lists(st.sampled_from(["/", "\\", "..", "\x00", "\u202e", "😀", "ع", "Surat", " ", ".pdf", "\n", "C:"]),
                     max_size=300).map("".join) | st.text(max_size=1000))
def test_any_file_name_is_stored_safely(services, client, name):
    added = services.attachments.add(client.id, file_name=name, data=png_bytes(), allow_duplicate=True)
    stored = services.attachments.get(added.id)
    assert stored.file_name.endswith(".png") and "/" not in stored.file_name and "\\" not in stored.file_name
    assert len(stored.file_name.encode()) <= 255 and "\x00" not in stored.file_name
    assert 0 < len(stored.title) <= 200 and "\x00" not in stored.title


def test_the_print_command_lists_the_enclosures(tmp_path, capsys):
    """``print social-report`` lists the case's and client's attachments; ``print referral`` only those chosen."""
    from pypdf import PdfReader

    from peksos_desk.cli import EXIT_OK, main
    from peksos_desk.domain.institutions import InstitutionKind
    from peksos_desk.services.app import Services
    from peksos_desk.services.institutions import InstitutionInput

    path = tmp_path / "praktik.db"
    services = Services.open(path, actor="t")
    client = new_client(services)
    case = new_case(services, client.id)
    consent = services.attachments.add(client.id, file_name="a.pdf", data=pdf_bytes(), title="Surat persetujuan",
                                       document_date=date(2026, 2, 1))
    services.attachments.add(client.id, file_name="b.png", data=png_bytes(), title="Foto rumah", case_id=case.id)
    services.institutions.create(InstitutionInput("UPTD PPA Kota Bandung", InstitutionKind.UPTD_PPA))
    services.close()

    def text_of(pdf):
        return " ".join("".join(page.extract_text() for page in PdfReader(pdf).pages).split())

    report, letter, bare = tmp_path / "laporan.pdf", tmp_path / "rujukan.pdf", tmp_path / "tanpa.pdf"
    assert main(["print", "social-report", case.number, "--db", str(path), "--out", str(report)]) == EXIT_OK
    assert "1. Surat persetujuan, tertanggal 1 Februari 2026 2. Foto rumah" in text_of(report)
    assert main(["print", "referral", case.number, "--to", "1", "--reason", "Pendampingan hukum", "--enclose",
                 str(consent.id), "--db", str(path), "--out", str(letter)]) == EXIT_OK
    text = text_of(letter)
    assert "1 berkas" in text and "(1) Surat persetujuan, tertanggal 1 Februari 2026." in text
    assert "Foto rumah" not in text
    assert main(["print", "referral", case.number, "--to", "1", "--reason", "x", "--db", str(path), "--out",
                 str(bare)]) == EXIT_OK
    assert "Bersama surat ini dilampirkan" not in text_of(bare)  # none unless chosen
    capsys.readouterr()
