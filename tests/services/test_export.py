"""Exporting everything about one client (UU PDP: access and a copy): one ZIP that opens, JSON that parses and
matches the store, a PDF that passes qpdf, the attachments as they were, nothing of another client."""

from __future__ import annotations

import io
import json
import subprocess
import zipfile

import pytest
from pypdf import PdfReader

from peksos_desk.domain.errors import NotFound, ValidationError
from peksos_desk.services.erasure import ErasureReason
from peksos_desk.services.export import SCHEMA, SCHEMA_VERSION
from tests.services.test_erasure import NAME, NIK, _story


def export(services, client_id, target, **options):
    from peksos_desk.reports.client_record import build_client_record

    return services.export.export_client(client_id, target, render_record=build_client_record, **options)


ATTACHMENT = b"%PDF-1.4\n% lampiranrahasia Wulandari\n%%EOF\n"


def _zip(path):
    archive = zipfile.ZipFile(path)
    assert archive.testzip() is None
    return archive


def test_the_export_holds_the_record_the_data_and_the_attachments(services, tmp_path):
    story = _story(services)
    client = story["client"]
    out = tmp_path / "out"
    out.mkdir()
    target = out / "wulan.zip"
    result = export(services, client.id, target, language="id")
    assert result.path == target and result.attachments == 1
    archive = _zip(target)
    assert sorted(archive.namelist()) == sorted(result.files) == [
        "README.txt", "attachments/00001-surat.pdf", "data.json", "record.pdf"]
    assert archive.read("attachments/00001-surat.pdf") == ATTACHMENT
    assert client.code in archive.read("README.txt").decode("utf-8")
    assert target.stat().st_mode & 0o777 == 0o600
    assert [p.name for p in out.iterdir()] == ["wulan.zip"]  # no temporary file left behind

    data = json.loads(archive.read("data.json"))
    assert (data["schema"], data["schema_version"]) == (SCHEMA, SCHEMA_VERSION)
    assert data["client"]["full_name"] == NAME and data["client"]["nik"] == NIK
    assert data["client"]["birth_date"] == "1990-03-05" and data["client"]["created_at"].endswith("+00:00")
    assert [p["code"] for p in data["ppks"]] == [19, 23]
    assert data["fee_arrangements"][0]["reason"].startswith("keringananrahasia")
    (case,) = data["cases"]
    assert case["number"] == story["case"].number and len(case["stage_events"]) == 2
    assert {e["section"] for e in case["assessment_entries"]} == {"keluarga", "kesehatan"}
    assert case["intervention_goals"][0]["description"] == "tujuanrahasia aman"
    notes = [s["note"].get("data", "") for s in case["sessions"]]
    assert notes[:3] == [f"pengakuanrahasia hari {day} oleh Wulandari" for day in range(3)]
    assert case["sessions"][0]["addenda"][0]["content"] == "adendumrahasia Prameswari"
    assert data["attachments"][0]["file_in_zip"] == "attachments/00001-surat.pdf"
    assert {(e["record_type"], e["action"]) for e in data["audit_log"]} >= {("client", "create"), ("session", "sign")}
    # Matches the store, field by field, for the client row.
    view = services.clients.get(client.id)
    for key in ("code", "nickname", "kk_number", "bpjs_number", "address", "phone", "guardian_name", "notes"):
        assert data["client"][key] == getattr(view, key)


def test_nothing_of_another_client_goes_in(services, tmp_path):
    story = _story(services)
    target = tmp_path / "wulan.zip"
    export(services, story["client"].id, target)
    archive = _zip(target)
    data = json.loads(archive.read("data.json"))
    shared = next(i for i in data["invoices"] if i["number"] == story["shared"].number)
    assert [line["client_id"] for line in shared["lines"]] == [story["client"].id]
    assert shared["other_clients_lines_left_out"] == 1 and shared["payments"] == [] and "total" not in shared
    own = next(i for i in data["invoices"] if i["number"] == story["first"].number)
    assert own["total"] == 150_000 and own["payments"][0]["amount"] == 100_000
    everything = archive.read("data.json") + _pdf_text(archive.read("record.pdf")).encode()
    assert b"Rina" not in everything and b"catatan Rina" not in everything


def _pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


@pytest.mark.parametrize("store_url", ["sqlite"], indirect=True)
@pytest.mark.parametrize("language", ["id", "en"])
def test_the_record_pdf_passes_qpdf_and_reads_in_the_language_chosen(services, tmp_path, language):
    story = _story(services)
    target = tmp_path / "wulan.zip"
    export(services, story["client"].id, target, language=language)
    pdf = _zip(target).read("record.pdf")
    (tmp_path / "record.pdf").write_bytes(pdf)
    subprocess.run(["qpdf", "--check", str(tmp_path / "record.pdf")], check=True, capture_output=True)
    text = _pdf_text(pdf)
    assert NAME in text and "pengakuanrahasia hari 2" in text and "adendumrahasia" in text
    assert ("REKAM DATA KLIEN" if language == "id" else "CLIENT RECORD") in text
    assert ("RAHASIA" if language == "id" else "CONFIDENTIAL") in text
    assert NAME not in (PdfReader(io.BytesIO(pdf)).metadata.title or "")


def test_the_export_is_logged_by_id_only(services, tmp_path):
    story = _story(services)
    export(services, story["client"].id, tmp_path / "x.zip")
    entry = services.audit.entries(record_type="client", record_id=story["client"].id)[0]
    assert entry.action == "export" and NAME not in entry.detail


@pytest.mark.parametrize("store_url", ["sqlite"], indirect=True)
def test_bad_targets_and_unknown_clients_are_refused_cleanly(services, tmp_path):
    story = _story(services)
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    with pytest.raises(ValidationError):
        export(services, story["client"].id, tmp_path)
    with pytest.raises(ValidationError):
        export(services, story["client"].id, tmp_path / "missing" / "x.zip")
    with pytest.raises(NotFound):
        export(services, 9999, tmp_path / "x.zip")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("store_url", ["sqlite"], indirect=True)
def test_an_erased_client_exports_what_is_left(services, tmp_path):
    story = _story(services)
    client = story["client"]
    services.erasure.erase(client.id, ErasureReason.CLIENT_REQUEST, confirm_code=client.code)
    export(services, client.id, tmp_path / "x.zip")
    archive = _zip(tmp_path / "x.zip")
    data = json.loads(archive.read("data.json"))
    assert data["erasure"]["reason"] == "permintaan_klien" and data["attachments"] == []
    assert "Wulandari" not in archive.read("data.json").decode()
    assert "DATA KLIEN INI TELAH DIHAPUS" in _pdf_text(archive.read("record.pdf"))
