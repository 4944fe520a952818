"""Encryption at rest, as the practitioner meets it: a password, a recovery code, changing both, converting."""

from __future__ import annotations

import hashlib
import os
import sqlite3
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import select

from peksos_desk.domain.errors import (
    KeyFileError,
    NotAStore,
    PasswordRequired,
    StoreError,
    StoreLocked,
    WeakPassword,
    WrongPassword,
)
from peksos_desk.services import security
from peksos_desk.services.app import Services, check_store, store_is_encrypted
from peksos_desk.services.profile import Profile
from peksos_desk.services.security import UnlockThrottle, encrypt_existing_store, password_problem
from peksos_desk.store import keys
from peksos_desk.store.models import AuditEntry
from tests.services.factories import new_case, new_client

PASSWORD = "kopi jendela hujan 47"
NEW_PASSWORD = "teh sore gerimis 12"
PG_URL = "postgresql+psycopg://sri@127.0.0.1:1/praktik"


@pytest.fixture(autouse=True)
def fast_kdf(monkeypatch):
    monkeypatch.setattr(keys, "kdf_parameters", keys.TEST_KDF)


@pytest.fixture
def path(tmp_path):
    return tmp_path / "praktik.db"


@pytest.fixture
def encrypted(path, clock):
    services, code = Services.create(path, password=PASSWORD, actor="sri", clock=clock)
    services.profile.update(Profile(full_name="Sri Wahyuni, S.Tr.Sos."))
    yield services, code
    services.close()


def names(services: Services) -> list[str]:
    return [row.full_name for row in services.clients.list_clients().rows]


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# -- creating and opening ------------------------------------------------------------------------------------------


def test_a_new_store_with_a_password_is_encrypted_and_has_a_recovery_code(path, clock):
    services, code = Services.create(path, password=PASSWORD, clock=clock)
    try:
        assert services.is_encrypted and code is not None
        client = new_client(services)
    finally:
        services.close()
    assert store_is_encrypted(path) and keys.key_file_for(path).exists()
    for opened in (Services.open(path, password=PASSWORD), Services.open(path, recovery_code=code.lower())):
        try:
            assert opened.clients.get(client.id).full_name == "Siti Aminah"
        finally:
            opened.close()


def test_a_new_store_without_a_password_is_plain(path):
    services, code = Services.create(path, password=None)
    services.close()
    assert code is None and not store_is_encrypted(path)
    Services.open(path, password="ignored for a plain store").close()


def test_an_encrypted_store_asks_for_its_password(encrypted, path):
    with pytest.raises(PasswordRequired) as caught:
        Services.open(path)
    assert "terenkripsi" in str(caught.value)
    with pytest.raises(WrongPassword) as caught:
        Services.open(path, password="kopi jendela hujan 48")
    assert "kode pemulihan" in str(caught.value)
    with pytest.raises(PasswordRequired):
        check_store(path)
    assert check_store(path, password=PASSWORD).ok


def test_creating_over_an_existing_store_is_refused(encrypted, path):
    before = digest(path)
    with pytest.raises(StoreError, match="Sudah ada data"):
        Services.create(path, password=PASSWORD)
    with pytest.raises(StoreError, match="Sudah ada data"):
        Services.create(path, password=None)
    assert digest(path) == before


def test_a_weak_password_writes_nothing(tmp_path):
    with pytest.raises(WeakPassword) as caught:
        Services.create(tmp_path / "praktik.db", password="rahasia")
    assert caught.value.field == "password"
    assert list(tmp_path.iterdir()) == []


def test_a_store_that_cannot_be_created_leaves_no_key_file(tmp_path, monkeypatch):
    from peksos_desk.services import app

    def fail(*_args, **_kwargs):
        raise StoreLocked(app.Text("gagal", "failed"))

    monkeypatch.setattr(app, "open_database", fail)
    with pytest.raises(StoreLocked):
        Services.create(tmp_path / "praktik.db", password=PASSWORD)
    assert list(tmp_path.iterdir()) == []


def test_postgresql_stores_are_not_file_encrypted():
    for attempt in (lambda: Services.create(PG_URL, password=PASSWORD),
                    lambda: Services.open(PG_URL, password=PASSWORD),
                    lambda: Services.open(PG_URL, recovery_code="0" * 30)):
        with pytest.raises(StoreError) as caught:
            attempt()
        assert "PostgreSQL" in str(caught.value) and "server" in str(caught.value)
    assert not store_is_encrypted(PG_URL)


# -- password strength -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("password", "why"), [
    ("pendek", "paling sedikit 10"),
    ("aaaaaaaaaaaa", "satu karakter"),
    ("abcabcabcabc", "pola pendek"),
    ("1234567890", "urutan"),
    ("Password2026!", "terlalu umum"),
    ("rahasia123456", "terlalu umum"),
    ("p@ssw0rd1234", "terlalu umum"),
    ("bismillah99", "terlalu umum"),
    ("SriWahyuni2026", "nama Anda"),
    ("wahyuni.sri!!", "nama Anda"),
])
def test_weak_passwords_are_refused_with_the_reason(encrypted, password, why):
    services, _ = encrypted
    with pytest.raises(WeakPassword) as caught:
        services.security.check_password_strength(password)
    assert why in str(caught.value)


@pytest.mark.parametrize("password", [PASSWORD, "Mbak Sri suka 3 kucing", "tiga-burung-di-atap-rumah", "8305619274xq"])
def test_good_passwords_pass(encrypted, password):
    services, _ = encrypted
    services.security.check_password_strength(password)


@given(st.text(max_size=30))
def test_every_password_is_accepted_or_refused_with_a_message(password):
    problem = password_problem(password, ["Sri Wahyuni"])
    assert problem is None or (problem.id and problem.en)


# -- the lock screen, changing and resetting ---------------------------------------------------------------------


def test_verify_tells_the_right_password_from_a_wrong_one(encrypted):
    services, _ = encrypted
    assert services.security.verify(PASSWORD)
    assert not services.security.verify("kopi jendela hujan 48")
    assert not services.security.verify("")


def test_a_plain_store_has_no_password_to_verify(services):
    with pytest.raises(StoreError, match="tidak terenkripsi"):
        services.security.verify(PASSWORD)


def test_changing_the_password_keeps_every_record(encrypted, path):
    services, code = encrypted
    client = new_client(services, full_name="Siti Rahmawati")
    case = new_case(services, client.id)
    with pytest.raises(WrongPassword):
        services.security.change_password("kopi jendela hujan 48", NEW_PASSWORD)
    with pytest.raises(WeakPassword):
        services.security.change_password(PASSWORD, "pendek")
    with pytest.raises(WeakPassword, match="sama dengan"):
        services.security.change_password(PASSWORD, PASSWORD)
    services.security.change_password(PASSWORD, NEW_PASSWORD)
    services.close()
    with pytest.raises(WrongPassword):
        Services.open(path, password=PASSWORD)
    for reopened in (Services.open(path, password=NEW_PASSWORD), Services.open(path, recovery_code=code)):
        try:
            assert reopened.clients.get(client.id).full_name == "Siti Rahmawati"
            assert reopened.cases.get(case.id).client_id == client.id
        finally:
            reopened.close()


def test_password_changes_are_audited_without_the_password(encrypted):
    services, _ = encrypted
    services.security.change_password(PASSWORD, NEW_PASSWORD)
    services.security.new_recovery_code(NEW_PASSWORD)
    with services.db.read() as session:
        entries = session.execute(select(AuditEntry.action, AuditEntry.record_type, AuditEntry.detail)
                                  .where(AuditEntry.record_type == "store")).all()
    assert [entry.action for entry in entries] == ["password_changed", "recovery_code_replaced"]
    assert all(NEW_PASSWORD not in entry.detail and PASSWORD not in entry.detail for entry in entries)


def test_resetting_with_the_recovery_code_gives_a_new_code_and_retires_the_old(encrypted, path):
    services, old_code = encrypted
    new_client(services, full_name="Siti Rahmawati")
    with pytest.raises(WrongPassword, match="salah ketik"):
        services.security.reset_password_with_recovery("Z" + old_code[1:] if old_code[0] != "Z" else "Y" + old_code[1:],
                                                       NEW_PASSWORD)
    with pytest.raises(WeakPassword):
        services.security.reset_password_with_recovery(old_code, "Sri Wahyuni 2026")
    new_code = services.security.reset_password_with_recovery(old_code.replace("-", " "), NEW_PASSWORD)
    assert new_code != old_code
    services.close()
    with pytest.raises(WrongPassword):
        Services.open(path, recovery_code=old_code)
    with pytest.raises(WrongPassword):
        Services.open(path, password=PASSWORD)
    for reopened in (Services.open(path, password=NEW_PASSWORD), Services.open(path, recovery_code=new_code)):
        try:
            assert names(reopened) == ["Siti Rahmawati"]
        finally:
            reopened.close()


def test_a_new_recovery_code_needs_the_password(encrypted, path):
    services, old_code = encrypted
    with pytest.raises(WrongPassword):
        services.security.new_recovery_code("kopi jendela hujan 48")
    new_code = services.security.new_recovery_code(PASSWORD)
    with pytest.raises(WrongPassword):
        keys.unlock_with_recovery(path, old_code)
    assert keys.unlock_with_recovery(path, new_code) == services.db.key


def test_a_damaged_key_file_is_reported_on_open(encrypted, path):
    services, _ = encrypted
    services.close()
    key_file = keys.key_file_for(path)
    data = bytearray(key_file.read_bytes())
    data[len(data) // 2] ^= 0x01
    key_file.write_bytes(bytes(data))
    with pytest.raises(KeyFileError, match="rusak"):
        Services.open(path, password=PASSWORD)


# -- the throttle --------------------------------------------------------------------------------------------------


def test_the_wait_after_wrong_passwords_grows_to_half_a_minute():
    now = [100.0]
    throttle = UnlockThrottle(clock=lambda: now[0])
    assert throttle.may_try() and throttle.remaining() == 0
    delays = [throttle.record_failure() for _ in range(9)]
    assert delays == [0, 1, 2, 4, 8, 16, 30, 30, 30]
    assert [UnlockThrottle.delay_after(n) for n in range(4)] == [0, 0, 1, 2]
    assert not throttle.may_try() and throttle.remaining() == 30
    now[0] += 29.5
    assert throttle.remaining() == pytest.approx(0.5)
    now[0] += 0.5
    assert throttle.may_try()
    throttle.record_success()
    assert throttle.failures == 0 and throttle.record_failure() == 0


# -- converting a plain store ------------------------------------------------------------------------------------


@pytest.fixture
def plain(path, clock):
    services, _ = Services.create(path, password=None, actor="sri", clock=clock)
    try:
        client = new_client(services, full_name="Siti Rahmawati")
        new_case(services, client.id)
    finally:
        services.close()
    return path


def table_counts(path: Path, key: bytes | None = None) -> dict[str, int]:
    from peksos_desk.store.database import raw_connect

    connection = raw_connect(path, key)
    try:
        names = [row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        return {name: connection.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0] for name in names}
    finally:
        connection.close()


def test_a_plain_store_is_encrypted_in_place_with_every_row(plain, clock):
    before = table_counts(plain)
    code = encrypt_existing_store(plain, PASSWORD, clock=clock)
    assert keys.is_encrypted(plain)
    data_key = keys.unlock(plain, PASSWORD)
    assert table_counts(plain, data_key) == before
    assert b"Rahmawati" not in plain.read_bytes()
    assert sorted(p.name for p in plain.parent.iterdir()) == ["praktik.db", "praktik.db.keys"]
    assert oct(plain.stat().st_mode & 0o777) == "0o600"
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(plain).execute("SELECT count(*) FROM sqlite_master").fetchone()
    services = Services.open(plain, recovery_code=code)
    try:
        assert names(services) == ["Siti Rahmawati"]
        assert services.is_encrypted
        assert check_store(plain, password=PASSWORD).ok
    finally:
        services.close()


def test_encrypting_refuses_what_it_cannot_encrypt(plain, tmp_path):
    with pytest.raises(WeakPassword):
        encrypt_existing_store(plain, "pendek")
    with pytest.raises(WeakPassword, match="terlalu umum"):
        encrypt_existing_store(plain, "rahasia2026!")
    other = tmp_path / "catatan.txt"
    other.write_text("bukan data")
    with pytest.raises(NotAStore):
        encrypt_existing_store(other, PASSWORD)
    encrypt_existing_store(plain, PASSWORD)
    with pytest.raises(StoreError, match="sudah terenkripsi"):
        encrypt_existing_store(plain, PASSWORD)


def test_encrypting_refuses_the_practitioners_own_name(path, clock):
    services, _ = Services.create(path, password=None, clock=clock)
    services.profile.update(Profile(full_name="Sri Wahyuni"))
    services.close()
    with pytest.raises(WeakPassword, match="nama Anda"):
        encrypt_existing_store(path, "sriwahyuni2026")
    assert not keys.is_encrypted(path)


def _corrupt_after_export(real):
    def export(plain_connection, target, data_key):
        counts = real(plain_connection, target, data_key)
        data = bytearray(target.read_bytes())
        data[-100] ^= 0xFF  # a flipped byte in the last page: its HMAC no longer matches
        target.write_bytes(bytes(data))
        return counts
    return export


def _drop_rows_after_export(real):
    def export(plain_connection, target, data_key):
        counts = real(plain_connection, target, data_key)
        from peksos_desk.store.database import raw_connect

        connection = raw_connect(target, data_key)
        connection.execute("DELETE FROM alembic_version")
        connection.commit()
        connection.close()
        return counts
    return export


def _fail(*_args, **_kwargs):
    raise OSError(28, "No space left on device")


def _fail_second_rename(real):
    def replace(source, target):
        if Path(target).name == "praktik.db":
            raise OSError(18, "Invalid cross-device link")
        return real(source, target)
    return replace


@pytest.mark.parametrize("step", ["key file", "export", "integrity", "row counts", "fsync", "rename"])
def test_a_conversion_that_fails_at_any_step_leaves_the_plain_store_as_it_was(plain, monkeypatch, step):
    before, listing = digest(plain), sorted(p.name for p in plain.parent.iterdir())
    counts = table_counts(plain)
    if step == "key file":
        monkeypatch.setattr(keys, "_write_atomically", _fail)
    elif step == "export":
        monkeypatch.setattr(security, "_export", _fail)
    elif step == "integrity":
        monkeypatch.setattr(security, "_export", _corrupt_after_export(security._export))
    elif step == "row counts":
        monkeypatch.setattr(security, "_export", _drop_rows_after_export(security._export))
    elif step == "fsync":
        monkeypatch.setattr(security, "_fsync", _fail)
    else:
        monkeypatch.setattr(security.os, "replace", _fail_second_rename(os.replace))
    with pytest.raises(StoreError) as caught:
        encrypt_existing_store(plain, PASSWORD)
    assert "tidak diubah" in str(caught.value)
    monkeypatch.undo()
    assert digest(plain) == before
    assert sorted(p.name for p in plain.parent.iterdir()) == listing
    assert not keys.is_encrypted(plain)
    assert table_counts(plain) == counts
    services = Services.open(plain)
    try:
        assert names(services) == ["Siti Rahmawati"]
    finally:
        services.close()


READER = """
import sqlite3, sys
connection = sqlite3.connect(sys.argv[1], isolation_level=None)
connection.execute("BEGIN")
connection.execute("SELECT count(*) FROM client").fetchone()
print("reading", flush=True)
sys.stdin.read()
"""


def test_a_conversion_is_refused_while_another_program_holds_the_store(plain, monkeypatch):
    import subprocess
    import sys

    monkeypatch.setattr(security, "BUSY_SECONDS", 0.2)
    reader = subprocess.Popen([sys.executable, "-c", READER, str(plain)], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True)
    try:
        assert reader.stdout is not None and reader.stdout.readline().strip() == "reading"
        subprocess.run([sys.executable, "-c", "import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); "
                        "c.execute(\"UPDATE client SET nickname = 'Ti'\"); c.commit()", str(plain)],
                       check=True, timeout=60)
        with pytest.raises(StoreLocked, match="program lain"):
            encrypt_existing_store(plain, PASSWORD)
    finally:
        reader.communicate("", timeout=60)
    assert not keys.is_encrypted(plain)
    assert [p.name for p in plain.parent.iterdir() if p.name.endswith((".keys", ".encrypting"))] == []
    services = Services.open(plain)
    try:
        assert [row.nickname for row in services.clients.list_clients().rows] == ["Ti"]
    finally:
        services.close()


def test_a_failure_to_scrub_the_old_bytes_still_finishes_the_conversion(plain, monkeypatch):
    monkeypatch.setattr(security, "_overwrite", _fail)
    code = encrypt_existing_store(plain, PASSWORD)
    assert keys.is_encrypted(plain)
    Services.open(plain, recovery_code=code).close()


def test_a_conversion_interrupted_between_its_renames_leaves_a_plain_store_that_converts_again(plain):
    keys.create_key_file(plain, "een oude sleutel 99")  # what a power cut after the key file's rename leaves
    assert not keys.is_encrypted(plain)
    code = encrypt_existing_store(plain, PASSWORD)
    assert keys.unlock_with_recovery(plain, code) == keys.unlock(plain, PASSWORD)
