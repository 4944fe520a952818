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
