"""``peksos-desk print`` writes documents as PDF files, and explains every bad argument."""

from __future__ import annotations

import subprocess

import pytest
from pypdf import PdfReader

from peksos_desk.cli import EXIT_OK, EXIT_STORE, main
from peksos_desk.domain.practice import Attendance, NoteFormat
from peksos_desk.services.app import Services
from tests.services.factories import new_case, new_session


@pytest.fixture
def store(tmp_path):
    path = tmp_path / "praktik.db"
    services = Services.open(path, actor="t")
    case = new_case(services)
    session = new_session(services, case.id)
    services.sessions.record_attendance(session.id, Attendance.ATTENDED)
    services.sessions.save_note(session.id, NoteFormat.DAP, {"data": "Klien datang bersama ibunya.",
                                                             "assessment": "Risiko sedang.", "plan": "Kunjungan."})
    services.sessions.sign_note(session.id)
    services.close()
    return path, case, session


def text_of(path):
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def test_a_session_note_is_written_where_asked(store, tmp_path, capsys):
    path, case, session = store
    out = tmp_path / "catatan.pdf"
    assert main(["print", "case-note", str(session.id), "--db", str(path), "--out", str(out)]) == EXIT_OK
    assert capsys.readouterr().out.strip() == str(out)
    text = text_of(out)
    assert "CATATAN KASUS" in text and case.number in text and "Klien datang bersama ibunya." in text
    assert "Halaman 1 dari 1" in text
    assert subprocess.run(["qpdf", "--check", str(out)], capture_output=True, check=False).returncode == 0
    assert not list(tmp_path.glob(".peksos-*"))  # no temporary file left behind


def test_a_whole_case_by_its_number_in_english(store, tmp_path):
    path, case, _ = store
    out = tmp_path / "case.pdf"
    assert main(["--lang", "en", "print", "case-notes", case.number, "--db", str(path), "--out", str(out)]) == 0
    assert "Page 1 of" in text_of(out)


@pytest.mark.parametrize(("argv", "message"), [
    (["print", "case-notes", "KS/1999/9999"], "tidak ditemukan"),
    (["print", "case-note", "999"], "tidak ditemukan"),
    (["print", "invoice", "INV/2026/0404"], "tidak ditemukan"),
    (["print", "receipt", "KW/2026/0404"], "tidak ditemukan"),
])
def test_a_document_that_does_not_exist_is_named(store, argv, message, capsys):
    path, _, _ = store
    assert main([*argv, "--db", str(path)]) == EXIT_STORE
    assert message in capsys.readouterr().err


def test_a_missing_folder_is_refused_before_anything_is_written(store, tmp_path, capsys):
    path, _, session = store
    out = tmp_path / "nowhere" / "x.pdf"
    assert main(["print", "case-note", str(session.id), "--db", str(path), "--out", str(out)]) == EXIT_STORE
    assert "tidak ada" in capsys.readouterr().err


@pytest.mark.parametrize("month", ["2026-13", "Maret", "2026/03"])
def test_a_bad_month_is_explained(month, capsys):
    with pytest.raises(SystemExit) as exited:
        main(["print", "income", "--month", month])
    assert exited.value.code == 2
    assert "TTTT-BB" in capsys.readouterr().err


# -- forms and passwords ---------------------------------------------------------------------------------

def test_a_blank_intake_form_needs_no_client(store, tmp_path, monkeypatch, capsys):
    path, _, _ = store
    monkeypatch.chdir(tmp_path)
    assert main(["print", "intake-form", "--db", str(path)]) == EXIT_OK
    written = tmp_path / "formulir-pendataan-kosong.pdf"
    assert capsys.readouterr().out.strip() == str(written)
    text = text_of(written)
    assert "FORMULIR PENDATAAN KLIEN" in text and "26. Komunitas Adat Terpencil" in text
    assert "RAHASIA" not in text.replace("bersifat RAHASIA", "")


@pytest.mark.parametrize("key", ["code", "lower-code", "id"])
def test_an_intake_form_for_a_client_by_code_or_id(store, tmp_path, key):
    path, case, _ = store
    services = Services.open(path, actor="t")
    try:
        client = services.clients.get(case.client_id)
    finally:
        services.close()
    argument = {"code": client.code, "lower-code": client.code.lower(), "id": str(client.id)}[key]
    out = tmp_path / "pendataan.pdf"
    assert main(["print", "intake-form", argument, "--db", str(path), "--out", str(out)]) == EXIT_OK
    text = text_of(out)
    assert client.full_name in text and client.code in text and "RAHASIA" in text


def test_an_assessment_form_blank_and_for_a_case(store, tmp_path):
    path, case, _ = store
    blank, filled = tmp_path / "blank.pdf", tmp_path / "filled.pdf"
    assert main(["--lang", "en", "print", "assessment-form", "--db", str(path), "--out", str(blank)]) == EXIT_OK
    assert "11. Strengths, capacities and resources" in text_of(blank)
    assert main(["print", "assessment-form", case.number, "--db", str(path), "--out", str(filled)]) == EXIT_OK
    text = text_of(filled)
    assert case.number in text and "11. Kekuatan, kapasitas dan sumber daya" in text and "RAHASIA" in text


def test_an_unknown_client_is_named(store, capsys):
    path, _, _ = store
    assert main(["print", "intake-form", "KL-999999", "--db", str(path)]) == EXIT_STORE
    assert "Klien KL-999999 tidak ditemukan." in capsys.readouterr().err


def test_a_password_from_the_environment_encrypts_the_document(store, tmp_path, monkeypatch):
    path, _, session = store
    monkeypatch.setenv("PEKSOS_DESK_PDF_PASSWORD", "rahasia-klien-2026")
    out = tmp_path / "catatan.pdf"
    assert main(["print", "case-note", str(session.id), "--password", "-", "--db", str(path),
                 "--out", str(out)]) == EXIT_OK
    reader = PdfReader(out)
    assert reader.is_encrypted and reader.decrypt("rahasia-klien-2026")
    assert "CATATAN KASUS" in reader.pages[0].extract_text()
    assert subprocess.run(["pdfinfo", str(out)], capture_output=True, check=False).returncode != 0
    assert subprocess.run(["pdfinfo", "-upw", "rahasia-klien-2026", str(out)], capture_output=True,
                          check=False).returncode == 0
    assert subprocess.run(["qpdf", "--check", "--password=rahasia-klien-2026", str(out)], capture_output=True,
                          check=False).returncode == 0
    assert oct(out.stat().st_mode & 0o777) == "0o600"
    assert not list(tmp_path.glob(".peksos-*"))


def test_a_password_given_as_a_value_encrypts_a_form(store, tmp_path):
    path, _, _ = store
    out = tmp_path / "form.pdf"
    assert main(["print", "intake-form", "--password", "kunjungan-rumah", "--db", str(path),
                 "--out", str(out)]) == EXIT_OK
    assert PdfReader(out).decrypt("kunjungan-rumah")


@pytest.mark.parametrize("refusal", [
    (["--password", "pendek"], None, "terlalu pendek: paling sedikit 8 karakter"),
    (["--password", ""], None, "kosong"),
    (["--password", "-"], "", "PEKSOS_DESK_PDF_PASSWORD"),
    (["--password", "-"], "1234", "terlalu pendek"),
])
def test_a_short_or_missing_password_is_refused_and_nothing_is_written(store, tmp_path, monkeypatch, capsys,
                                                                       refusal):
    argv, env, message = refusal
    path, _, session = store
    monkeypatch.delenv("PEKSOS_DESK_PDF_PASSWORD", raising=False)
    if env is not None:
        monkeypatch.setenv("PEKSOS_DESK_PDF_PASSWORD", env)
    out = tmp_path / "catatan.pdf"
    assert main(["print", "case-note", str(session.id), *argv, "--db", str(path), "--out", str(out)]) == EXIT_STORE
    assert message in capsys.readouterr().err
    assert not out.exists()
    assert not list(tmp_path.glob("*.pdf")) and not list(tmp_path.glob(".peksos-*"))


def test_a_short_password_is_explained_in_english(store, tmp_path, capsys):
    path, _, _ = store
    out = tmp_path / "form.pdf"
    assert main(["--lang", "en", "print", "intake-form", "--password", "abc", "--db", str(path),
                 "--out", str(out)]) == EXIT_STORE
    assert "The PDF password is too short: it needs at least 8 characters." in capsys.readouterr().err
    assert not out.exists()


def test_a_social_report_and_a_referral_letter_from_the_directory(store, tmp_path, capsys):
    from peksos_desk.domain.institutions import InstitutionKind
    from peksos_desk.services.institutions import InstitutionInput

    path, case, _ = store
    services = Services.open(path, actor="t")
    services.institutions.create(InstitutionInput("UPTD PPA Kota Bandung", InstitutionKind.UPTD_PPA,
                                                  address="Jl. Tamansari No. 55", city="Bandung"))
    services.close()
    report = tmp_path / "laporan.pdf"
    assert main(["print", "social-report", case.number, "--db", str(path), "--out", str(report)]) == EXIT_OK
    assert "LAPORAN SOSIAL" in text_of(report)
    letter = tmp_path / "rujukan.pdf"
    assert main(["print", "referral", case.number, "--to", "uptd ppa kota bandung", "--reason",
                 "Butuh pendampingan hukum", "--db", str(path), "--out", str(letter)]) == EXIT_OK
    text = text_of(letter)
    assert "UPTD PPA Kota Bandung" in text and "Butuh pendampingan hukum" in text
    assert main(["print", "referral", case.number, "--to", "Puskesmas", "--reason", "x", "--db", str(path)]) == 3
    assert "direktori" in capsys.readouterr().err
    assert main(["print", "referral", case.number, "--to", "1", "--db", str(path), "--out",
                 str(tmp_path / "x.pdf")]) == EXIT_STORE  # the case records no reason and none was given
    assert not (tmp_path / "x.pdf").exists()
