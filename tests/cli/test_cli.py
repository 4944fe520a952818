"""The command line: version, check, demo and every bad argument answered clearly."""

from __future__ import annotations

import hashlib
import sqlite3
import subprocess
import sys

import pytest

from peksos_desk import __version__
from peksos_desk.cli import EXIT_OK, EXIT_PROBLEMS, EXIT_STORE, main
from peksos_desk.store.schema import head_revision, open_database


def test_version(capsys):
    with pytest.raises(SystemExit) as exited:
        main(["--version"])
    assert exited.value.code == 0
    assert capsys.readouterr().out.strip() == f"Peksos Desk {__version__}"


def test_the_installed_script_runs_without_a_display(tmp_path):
    # A sub-command must never need Qt: run it as a user would, with no display at all.
    result = subprocess.run([sys.executable, "-m", "peksos_desk", "check", "--db", str(tmp_path / "none.db")],
                            check=False, capture_output=True, text=True, env={"PATH": "/usr/bin:/bin"},
                            timeout=60)
    assert result.returncode == EXIT_STORE
    assert "tidak ada" in result.stderr
    assert "Traceback" not in result.stderr


def test_check_reports_a_healthy_store(tmp_path, capsys):
    path = tmp_path / "praktik.db"
    open_database(path).close()
    assert main(["check", "--db", str(path)]) == EXIT_OK
    out = capsys.readouterr().out
    assert "Integritas: baik" in out and f"Skema: {head_revision()} (terbaru)" in out


def test_check_speaks_english_on_request(tmp_path, capsys):
    path = tmp_path / "praktik.db"
    open_database(path).close()
    assert main(["--lang", "en", "check", "--db", str(path)]) == EXIT_OK
    assert "Integrity: OK" in capsys.readouterr().out


def test_check_refuses_a_file_that_is_not_a_store_and_leaves_it(tmp_path, capsys):
    path = tmp_path / "catatan.txt"
    path.write_text("bukan database")
    assert main(["check", "--db", str(path)]) == EXIT_STORE
    assert "bukan berkas data Peksos Desk" in capsys.readouterr().err
    assert path.read_text() == "bukan database"


def test_check_finds_a_damaged_store(tmp_path, capsys):
    path = tmp_path / "praktik.db"
    open_database(path).close()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    data = bytearray(path.read_bytes())
    page = 4096
    for offset in range(page * 3, min(len(data), page * 8)):  # scribble over a few table pages
        data[offset] = 0x5A
    path.write_bytes(bytes(data))
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    code = main(["check", "--db", str(path)])
    captured = capsys.readouterr()
    assert code in (EXIT_PROBLEMS, EXIT_STORE)
    assert "MASALAH" in captured.out or "rusak" in captured.err
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before


@pytest.mark.parametrize(("argv", "message"), [
    (["demo", "--clients", "-5"], "--clients harus antara 1 dan 1000000"),
    (["demo", "--clients", "banyak"], "--clients harus bilangan bulat"),
    (["demo", "--seed", "1.5"], "--seed harus bilangan bulat"),
    (["--lang", "fr", "check"], "invalid choice"),
    (["export-everything"], "invalid choice"),
])
def test_bad_arguments_get_a_clear_message_and_exit_2(argv, message, capsys):
    with pytest.raises(SystemExit) as exited:
        main(argv)
    assert exited.value.code == 2
    assert message in capsys.readouterr().err


def test_db_given_before_the_command_is_kept(tmp_path, capsys):
    path = tmp_path / "praktik.db"
    open_database(path).close()
    assert main(["--db", str(path), "check"]) == EXIT_OK
    assert str(path) in capsys.readouterr().out


def test_demo_fills_a_new_store_and_refuses_a_second_time(tmp_path, capsys):
    path = tmp_path / "demo.db"
    assert main(["demo", "--db", str(path), "--clients", "30", "--sessions", "200", "--seed", "3"]) == EXIT_OK
    assert "30 klien" in capsys.readouterr().out
    assert main(["check", "--db", str(path)]) == EXIT_OK
    assert "klien: 30" in capsys.readouterr().out
    assert main(["demo", "--db", str(path)]) == EXIT_STORE
    assert "kosong" in capsys.readouterr().err
