"""``--smoke`` is for machines: it never waits on a dialog and leaves nothing behind."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from peksos_desk.services.app import Services
from tests.services.factories import new_client

pytestmark = pytest.mark.slow


def _smoke(store: Path, home: Path, **variables: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PEKSOS_DESK_HOME": str(home), **variables}
    return subprocess.run([sys.executable, "-m", "peksos_desk", "--db", str(store), "--smoke"],
                          capture_output=True, text=True, timeout=120, env=env, check=False)


def test_smoke_on_a_file_that_is_not_a_store_says_why_and_exits_instead_of_waiting(tmp_path: Path) -> None:
    store = tmp_path / "catatan.db"
    store.write_text("bukan data")
    done = _smoke(store, tmp_path / "home")
    assert done.returncode == 3
    assert "bukan berkas data Peksos Desk" in done.stderr
    assert store.read_text() == "bukan data"


def test_smoke_measures_and_makes_no_backup(tmp_path: Path) -> None:
    store = tmp_path / "praktik.db"
    services, _ = Services.create(store, password=None)
    new_client(services)
    services.close()
    done = _smoke(store, tmp_path / "home")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().endswith("ms")
    assert not (tmp_path / "backups").exists()
    assert sorted(path.name for path in tmp_path.iterdir()) == ["home", "praktik.db"]


def test_smoke_opens_an_encrypted_store_with_the_password_from_the_environment(tmp_path: Path) -> None:
    store = tmp_path / "praktik.db"
    services, _ = Services.create(store, password="kuda-lari-di-sawah-hijau")
    new_client(services)
    services.close()
    done = _smoke(store, tmp_path / "home", PEKSOS_DESK_PASSWORD="kuda-lari-di-sawah-hijau")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().endswith("ms")
    without = _smoke(store, tmp_path / "home", PEKSOS_DESK_PASSWORD="")
    assert without.returncode == 3
    assert "PEKSOS_DESK_PASSWORD" in without.stderr
    wrong = _smoke(store, tmp_path / "home", PEKSOS_DESK_PASSWORD="bukan-kata-sandinya-sama-sekali")
    assert wrong.returncode == 3
    assert "salah" in wrong.stderr.lower()
