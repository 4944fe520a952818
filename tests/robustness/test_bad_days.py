"""Bad days: a full disk, a write-protected folder or medium, a store held by another program. Each gets a clear
message, the transaction rolls back whole, and everything saved before is intact."""

from __future__ import annotations

import os
import sqlite3
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import event

from peksos_desk.domain.errors import StoreError, StoreLocked
from peksos_desk.domain.practice import NoteFormat
from peksos_desk.services.app import Services, check_store
from peksos_desk.store.schema import open_database
from tests.services.factories import new_case, new_client, new_session


def _pages(path: Path) -> int:
    with sqlite3.connect(path) as connection:
        return int(connection.execute("PRAGMA page_count").fetchone()[0])


def test_a_full_disk_refuses_the_change_with_a_message_and_loses_nothing(tmp_path: Path, clock) -> None:
    store = tmp_path / "praktik.db"
    services = Services(open_database(store, clock=clock), actor="sri")
    kept = [new_client(services, full_name=f"Klien {n}").id for n in range(5)]
    case = new_case(services, kept[0])
    session = new_session(services, case.id)
    services.sessions.save_note(session.id, NoteFormat.FREE, {"narrative": "catatan awal"})
    services.db.engine.dispose()
    # SQLite's own "disk full": the file may not grow past a few more pages on every new connection.
    limit = _pages(store) + 3
    event.listen(services.db.engine, "connect",
                 lambda connection, _record: connection.execute(f"PRAGMA max_page_count={limit}"))
    with pytest.raises(StoreError) as raised:
        for n in range(200):
            services.sessions.save_note(session.id, NoteFormat.FREE, {"narrative": f"versi {n} " + "x" * 9000})
            new_client(services, full_name=f"Tambahan {n}", notes="y" * 15_000)
    assert "Disk penuh" in raised.value.text.id and "disk is full" in raised.value.text.en
    services.close()

    reopened = Services(open_database(store, clock=clock), actor="sri")
    try:
        assert [reopened.clients.get(client_id).full_name for client_id in kept] == [f"Klien {n}" for n in range(5)]
        assert reopened.sessions.get(session.id).note["narrative"].startswith(("catatan awal", "versi "))
        assert check_store(store).ok
    finally:
        reopened.close()


@pytest.fixture
def read_only_folder(tmp_path: Path) -> Iterator[Path]:
    """A folder nobody may write in — root included (chattr +i), since tests often run as root."""
    folder = tmp_path / "usb"
    folder.mkdir()
    yield folder


def _protect(folder: Path) -> None:
    if os.geteuid() != 0:
        folder.chmod(0o500)
    else:
        done = subprocess.run(["chattr", "+i", str(folder)], capture_output=True, check=False)
        if done.returncode != 0:
            pytest.skip("this file system cannot make a folder immutable")
    try:
        (folder / "probe").touch()
    except OSError:
        return
    (folder / "probe").unlink()
    _unprotect(folder)
    pytest.skip("cannot make a write-protected folder here")


def _unprotect(folder: Path) -> None:
    if os.geteuid() == 0:
        subprocess.run(["chattr", "-i", str(folder)], capture_output=True, check=False)
    folder.chmod(0o700)


def test_a_store_in_a_write_protected_folder_is_refused_at_opening_and_left_untouched(
        read_only_folder: Path, clock) -> None:
    store = read_only_folder / "praktik.db"
    services = Services(open_database(store, clock=clock), actor="sri")
    new_client(services, full_name="Klien Lama")
    services.close()
    for leftover in (store.with_name("praktik.db-wal"), store.with_name("praktik.db-shm")):
        assert not leftover.exists()
    before = store.read_bytes()
    _protect(read_only_folder)
    try:
        with pytest.raises(StoreLocked) as raised:
            open_database(store, clock=clock)
        assert "tidak dapat dibuka untuk ditulis" in raised.value.text.id
        assert "cannot be opened for writing" in raised.value.text.en
        assert store.read_bytes() == before
    finally:
        _unprotect(read_only_folder)


def test_a_new_store_cannot_be_made_in_a_write_protected_folder(read_only_folder: Path, clock) -> None:
    _protect(read_only_folder)
    try:
        with pytest.raises(StoreLocked):
            open_database(read_only_folder / "praktik.db", clock=clock)
        assert list(read_only_folder.iterdir()) == []
    finally:
        _unprotect(read_only_folder)


def test_a_store_held_by_another_program_gets_a_message_not_a_hang(tmp_path: Path, clock,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    from peksos_desk.store import database as database_module

    monkeypatch.setattr(database_module, "BUSY_TIMEOUT_MS", 200)
    store = tmp_path / "praktik.db"
    services = Services(open_database(store, clock=clock), actor="sri")
    client = new_client(services, full_name="Klien Tetap")
    other = sqlite3.connect(store, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another program writing and not letting go
    try:
        with pytest.raises(StoreError) as raised:
            new_client(services, full_name="Klien Baru")
        assert "program lain" in raised.value.text.id and "another program" in raised.value.text.en
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert services.clients.get(client.id).full_name == "Klien Tetap"
    assert new_client(services, full_name="Klien Baru").full_name == "Klien Baru"
    services.close()


def test_the_planner_gets_statistics_and_a_read_only_store_is_left_alone(tmp_path: Path, clock) -> None:
    store = tmp_path / "praktik.db"
    services = Services(open_database(store, clock=clock), actor="sri")
    for n in range(3):
        new_client(services, full_name=f"Klien {n}")
    services.refresh_statistics()
    services.close()
    with sqlite3.connect(store) as connection:
        tables = {row[0] for row in connection.execute("SELECT tbl FROM sqlite_stat1")}
    assert "client" in tables
    store.chmod(0o400)
    try:
        reopened = Services(open_database(store, clock=clock), actor="sri") if os.geteuid() == 0 else None
        if reopened is not None:  # root may still open it: the refresh must not fail either way
            reopened.refresh_statistics()
            reopened.close()
    finally:
        store.chmod(0o600)
