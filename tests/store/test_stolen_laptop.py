"""A stolen laptop: whoever copies the store's folder finds no client name and no word of a note in it."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from peksos_desk.domain.practice import Attendance, NoteFormat
from peksos_desk.services.app import Services
from peksos_desk.store import keys
from peksos_desk.store.database import raw_connect
from tests.services.factories import new_case, new_client, new_session

PASSWORD = "kopi jendela hujan 47"
SECRETS = ("Siti Rahmawati", "Rahmawati", "Cimahi", "suaminya", "mengancam", "3273014503900001")
NOTE = {"data": "Klien bercerita bahwa suaminya mengancam di rumah mereka di Cimahi.",
        "assessment": "Risiko kekerasan berulang; klien ketakutan.",
        "plan": "Rujuk ke UPTD PPA; kunjungan rumah minggu depan."}


@pytest.fixture(autouse=True)
def fast_kdf(monkeypatch):
    monkeypatch.setattr(keys, "kdf_parameters", keys.TEST_KDF)


def fill(services: Services) -> None:
    client = new_client(services, full_name="Siti Rahmawati", nik="3273014503900001", city="Cimahi")
    case = new_case(services, client.id)
    session = new_session(services, case.id)
    services.sessions.record_attendance(session.id, Attendance.ATTENDED)
    services.sessions.save_note(session.id, NoteFormat.DAP, NOTE)
    services.sessions.sign_note(session.id)


def found_in(files: list[Path]) -> list[tuple[str, str]]:
    hits = []
    for path in files:
        raw = path.read_bytes()
        for secret in SECRETS:
            for encoded in (secret.encode("utf-8"), secret.lower().encode("utf-8"), secret.encode("utf-16-le")):
                if encoded in raw:
                    hits.append((path.name, secret))
    return hits


def test_nothing_of_a_client_can_be_read_from_an_encrypted_store(tmp_path, clock):
    path = tmp_path / "praktik.db"
    services, code = Services.create(path, password=PASSWORD, clock=clock)
    assert code is not None
    # A connection that stays open keeps the write-ahead log from being folded back and removed: the WAL is
    # read while it still holds the newest pages.
    holder = raw_connect(path, services.db.key)
    holder.execute("BEGIN")
    holder.execute("SELECT count(*) FROM sqlite_master").fetchone()
    try:
        fill(services)
        wal = path.with_name(path.name + "-wal")
        assert wal.exists() and wal.stat().st_size > 0
        assert found_in([path, wal, keys.key_file_for(path)]) == []
    finally:
        holder.execute("COMMIT")
        holder.close()
        services.close()

    left = sorted(tmp_path.iterdir())
    assert found_in(left) == []
    assert {p.name for p in left} <= {"praktik.db", "praktik.db.keys", "praktik.db-wal", "praktik.db-shm"}
    with pytest.raises(sqlite3.DatabaseError, match="not a database"):
        sqlite3.connect(path).execute("SELECT name FROM sqlite_master").fetchall()

    # The owner, with the password, sees everything again.
    reopened = Services.open(path, password=PASSWORD)
    try:
        assert [row.full_name for row in reopened.clients.list_clients().rows] == ["Siti Rahmawati"]
    finally:
        reopened.close()


def test_the_same_search_finds_the_client_in_a_plain_store(tmp_path, clock):
    # The control: the bytes searched above would show the name if it were there.
    path = tmp_path / "demo.db"
    services, _ = Services.create(path, password=None, clock=clock)
    try:
        fill(services)
    finally:
        services.close()
    assert ("demo.db", "Siti Rahmawati") in found_in([path])
