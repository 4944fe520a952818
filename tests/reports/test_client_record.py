"""The client record PDF: every part of the record, in Indonesian and English, valid, and the same bytes again."""

from __future__ import annotations

import io
import subprocess
from datetime import date

import pytest
from pypdf import PdfReader

from peksos_desk.domain.practice import NoteFormat
from peksos_desk.reports.client_record import build_client_record
from tests.services.factories import new_client

pytestmark = pytest.mark.parametrize("store_url", ["sqlite"], indirect=True)
PRINTED = date(2026, 3, 2)


def _build(services, client_id, language="id"):
    document = services.export.record_document(client_id)
    out = io.BytesIO()
    pages = build_client_record(document, services.profile.get(), out, language=language, printed_on=PRINTED)
    return out.getvalue(), pages


def _text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


@pytest.mark.parametrize("language", ["id", "en"])
def test_the_record_holds_every_part(services, tmp_path, language):
    from tests.services.test_erasure import NAME, _story

    story = _story(services)
    pdf, pages = _build(services, story["client"].id, language)
    (tmp_path / "r.pdf").write_bytes(pdf)
    subprocess.run(["qpdf", "--check", str(tmp_path / "r.pdf")], check=True, capture_output=True)
    assert len(PdfReader(io.BytesIO(pdf)).pages) == pages >= 2
    text = _text(pdf)
    for expected in (NAME, "3273014503900001", "Kusumawardhani", "asesmenrahasia", "tujuanrahasia",
                     "tahaprahasia", "pengakuanrahasia hari 0", "adendumrahasia", "keringananrahasia",
                     story["first"].number, story["shared"].number, "lampiranrahasia",
                     "attachments/00001-surat.pdf", story["case"].number):
        assert expected in text, expected
    words = {"id": ("Identitas", "Kategori PPKS", "Riwayat tahap", "Rencana intervensi", "Tagihan dan pembayaran",
                    "Korban Tindak Kekerasan", "Halaman 1 dari"),
             "en": ("Identity", "PPKS categories", "Stage history", "Intervention plan", "Invoices and payments",
                    "Victim of violence", "Page 1 of")}[language]
    for word in words:
        assert word in text, word
    reader = PdfReader(io.BytesIO(pdf))
    assert story["client"].code in reader.metadata.title and NAME not in reader.metadata.title


def test_the_same_record_gives_the_same_bytes(services):
    client = new_client(services)
    assert _build(services, client.id)[0] == _build(services, client.id)[0]


def test_a_client_without_cases_or_money_still_gets_a_clear_record(services):
    client = new_client(services, ppks_codes=())
    text = _text(_build(services, client.id)[0])
    for expected in ("Belum ada kasus.", "Tidak ada tagihan.", "Tidak ada lampiran.",
                     "Tidak ada kategori yang dicatat.", "Tarif standar"):
        assert expected in text, expected


def test_a_long_note_flows_over_pages(services):
    from tests.services.factories import new_case, new_session

    case = new_case(services)
    session = new_session(services, case.id)
    long_text = " ".join(f"Kalimat nomor {i} tentang kunjungan rumah dan keadaan keluarga." for i in range(900))
    services.sessions.save_note(session.id, NoteFormat.FREE, {"narrative": long_text})
    pdf, pages = _build(services, case.client_id)
    assert pages >= 5
    assert "Kalimat nomor 899" in _text(pdf)
