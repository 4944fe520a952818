"""BackupService: backing up now, listing, rotating, daily, verifying and restoring — and PostgreSQL's answer."""

from __future__ import annotations

import shutil
import sqlite3
import stat
from datetime import timedelta
from pathlib import Path

import pytest

from peksos_desk.domain.errors import NewerSchema, PasswordRequired, WrongPassword
from peksos_desk.services.app import Services
from peksos_desk.services.backups import BackupCheck, BackupError, BackupKind
from peksos_desk.store import keys
from peksos_desk.store.schema import open_database
from tests.services.factories import new_client

PASSWORD = "kata-sandi-yang-panjang-9"


@pytest.fixture(autouse=True)
def _fast_keys(monkeypatch):
    monkeypatch.setattr(keys, "kdf_parameters", keys.TEST_KDF)


def sqlite_only(services: Services) -> Path:
    if not services.backups.supported:
        pytest.skip("the app backs up SQLite stores; the PostgreSQL answer has its own test")
    assert services.backups.store_path is not None
    return services.backups.store_path


@pytest.fixture
def encrypted_services(tmp_path, clock):
    store = tmp_path / "rahasia" / "praktik.db"
    store.parent.mkdir()
    key = keys.create_key_file(store, PASSWORD)[0]
    services = Services(open_database(store, key=key, clock=clock), actor="sri")
    yield services
    services.close()


def beside(store: Path) -> list[str]:
    """What is in the store's folder, but for the write-ahead log and its index that an open store keeps."""
    return sorted(p.name for p in store.parent.iterdir() if p.name not in (f"{store.name}-wal", f"{store.name}-shm"))


def names(services: Services) -> list[str]:
    return sorted(client.full_name for client in services.clients.list_clients("", include_archived=True).rows)


def test_a_postgresql_store_is_left_to_its_server_administrator(services, tmp_path):
    if services.backups.supported:
        pytest.skip("a SQLite store is backed up by the app")
    with pytest.raises(BackupError) as refused:
        services.backups.backup_now(tmp_path)
    assert "pg_dump" in str(refused.value) and "administrator" in refused.value.render("en")
    assert services.backups.list_backups(tmp_path) == []
    assert services.backups.daily_due(tmp_path) is False
    assert services.backups.default_folder() is None
    assert list(tmp_path.iterdir()) == []


def test_backup_now_goes_to_the_private_folder_beside_the_store(services):
    store = sqlite_only(services)
    new_client(services)
    made = services.backups.backup_now()
    assert made.path.parent == store.parent / "backups"
    assert made.kind is BackupKind.MANUAL and not made.encrypted
    assert stat.S_IMODE(made.path.parent.stat().st_mode) == 0o700
    assert stat.S_IMODE(made.path.stat().st_mode) == 0o600
    assert services.backups.list_backups() == [made]
    latest = services.audit.entries(limit=1)[0]
    assert (latest.action, latest.record_type, latest.detail) == ("backup", "store", "manual")


def test_a_chosen_folder_that_is_not_there_is_not_created_on_the_wrong_disk(services, tmp_path):
    sqlite_only(services)
    unplugged = tmp_path / "media" / "USB" / "cadangan"
    with pytest.raises(BackupError) as refused:
        services.backups.backup_now(unplugged)
    assert "Pasang drivenya" in str(refused.value)
    assert not (tmp_path / "media").exists()


def test_restore_keeps_the_current_store_aside_and_brings_back_what_was_backed_up(services, tmp_path):
    store = sqlite_only(services)
    new_client(services, full_name="Siti Aminah")
    (tmp_path / "usb").mkdir()
    made = services.backups.backup_now(tmp_path / "usb")
    new_client(services, full_name="Dewi Lestari")  # after the backup
    assert names(services) == ["Dewi Lestari", "Siti Aminah"]

    result = services.backups.restore(made.path)

    assert names(services) == ["Siti Aminah"]  # the same services object now reads the restored store
    assert result.store == store and result.kept_aside is not None and result.kept_key_file is None
    assert result.kept_aside.name.startswith("praktik.before-restore-20260302-")
    kept = sqlite3.connect(f"{result.kept_aside.as_uri()}?mode=ro", uri=True)
    assert sorted(row[0] for row in kept.execute("SELECT full_name FROM client")) == ["Dewi Lestari", "Siti Aminah"]
    kept.close()
    # The app keeps working on the restored store: a write lands, and the restore is in the audit log.
    new_client(services, full_name="Rina Wati")
    assert names(services) == ["Rina Wati", "Siti Aminah"]
    assert [(e.action, e.detail) for e in services.audit.entries(limit=2)][1] == ("restore", made.path.name)
    assert made.path.exists()  # restoring never consumes the backup


def test_restore_of_an_encrypted_backup_needs_its_password(encrypted_services, tmp_path):
    services = encrypted_services
    store = services.backups.store_path
    assert store is not None
    new_client(services, full_name="Siti Aminah")
    made = services.backups.backup_now()
    assert made.encrypted and made.key_file is not None and made.key_file.exists()
    new_client(services, full_name="Dewi Lestari")
    before = store.read_bytes()

    assert services.backups.needs_password(made.path)
    with pytest.raises(PasswordRequired):
        services.backups.restore(made.path)
    with pytest.raises(WrongPassword):
        services.backups.restore(made.path, "bukan-kata-sandinya")
    assert names(services) == ["Dewi Lestari", "Siti Aminah"]  # nothing changed
    assert store.read_bytes() == before
    assert not list(store.parent.glob("*before-restore*")) and not list(store.parent.glob(".peksos-*"))

    result = services.backups.restore(made.path, PASSWORD)
    assert names(services) == ["Siti Aminah"]
    assert result.password_from_backup and result.kept_key_file is not None and result.kept_key_file.exists()
    assert keys.unlock(store, PASSWORD) == services.db.key
    assert services.db.is_encrypted


def test_an_encrypted_backup_without_its_key_file_is_explained(encrypted_services):
    made = encrypted_services.backups.backup_now()
    keys.key_file_for(made.path).unlink()
    with pytest.raises(BackupError) as refused:
        encrypted_services.backups.verify(made.path, PASSWORD)
    assert made.path.name + ".keys" in str(refused.value)
    assert "key file" in refused.value.render("en")


def test_a_backup_cut_short_is_refused_and_nothing_changes(services, tmp_path):
    store = sqlite_only(services)
    for number in range(30):
        new_client(services, full_name=f"Klien {number:02d}")
    made = services.backups.backup_now()
    with made.path.open("r+b") as handle:
        handle.truncate(made.size // 3)
    for call in (services.backups.verify, services.backups.restore):
        with pytest.raises(BackupError, match="rusak atau tidak lengkap"):
            call(made.path)
    assert len(names(services)) == 30
    assert beside(store) == sorted(["backups", store.name])


def test_a_backup_from_a_newer_version_is_refused(services):
    sqlite_only(services)
    made = services.backups.backup_now()
    connection = sqlite3.connect(made.path)
    connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.commit()
    connection.close()
    with pytest.raises(NewerSchema, match="lebih baru"):
        services.backups.restore(made.path)


def test_verify_tells_what_a_backup_holds(services, clock):
    sqlite_only(services)
    new_client(services)
    made = services.backups.backup_now(kind="daily")
    check = services.backups.verify(made.path)
    assert isinstance(check, BackupCheck)
    assert (check.kind, check.created, check.clients, check.encrypted, check.needs_upgrade) == (
        BackupKind.DAILY, clock.now, 1, False, False)


def test_restore_is_refused_while_another_program_has_the_store_open(services):
    store = sqlite_only(services)
    made = services.backups.backup_now()
    other = sqlite3.connect(store)
    other.execute("SELECT count(*) FROM client").fetchone()
    try:
        with pytest.raises(BackupError, match="sedang dipakai"):
            services.backups.restore(made.path)
    finally:
        other.close()
    assert not list(store.parent.glob("*before-restore*")) and not list(store.parent.glob(".peksos-*"))
    new_client(services)  # the store still works
    services.backups.restore(made.path)


def test_a_failed_swap_puts_everything_back(services, monkeypatch):
    store = sqlite_only(services)
    new_client(services, full_name="Siti Aminah")
    made = services.backups.backup_now()
    new_client(services, full_name="Dewi Lestari")
    from peksos_desk.store import backup as store_backup

    real_replace = store_backup.os.replace

    def fail_on_the_last_move(source, target):
        if Path(target) == store and Path(source).name.startswith(".peksos-restore"):
            raise OSError(28, "No space left on device")
        return real_replace(source, target)

    monkeypatch.setattr(store_backup.os, "replace", fail_on_the_last_move)
    with pytest.raises(BackupError, match="tidak diubah"):
        services.backups.restore(made.path)
    monkeypatch.undo()
    assert names(services) == ["Dewi Lestari", "Siti Aminah"]
    assert beside(store) == sorted(["backups", store.name])


def test_daily_backups_are_due_after_24_hours(services, clock, tmp_path):
    sqlite_only(services)
    folder = tmp_path / "usb"
    folder.mkdir()
    assert services.backups.daily_due(folder)
    services.backups.backup_now(folder, kind=BackupKind.MANUAL)
    assert services.backups.daily_due(folder)  # manual backups are kept apart
    services.backups.backup_now(folder, kind=BackupKind.CLOSE)
    assert not services.backups.daily_due(folder)
    clock.now += timedelta(hours=23, minutes=59)
    assert not services.backups.daily_due(folder)
    clock.now += timedelta(minutes=1)
    assert services.backups.daily_due(folder)


def test_backing_up_rotates_the_folder(services, clock, tmp_path):
    sqlite_only(services)
    folder = tmp_path / "usb"
    folder.mkdir()
    for _ in range(60):
        services.backups.backup_now(folder, kind=BackupKind.DAILY)
        clock.now += timedelta(days=1)
    for _ in range(12):
        services.backups.backup_now(folder, kind=BackupKind.MANUAL)
        clock.now += timedelta(minutes=5)
    listed = services.backups.list_backups(folder)
    manual = [b for b in listed if b.kind is BackupKind.MANUAL]
    daily = [b for b in listed if b.kind is BackupKind.DAILY]
    assert len(manual) == 10
    # 60 days from Monday 2 March: the last 7 days, 3 more week ends, and the newest of 2 earlier months.
    assert 7 <= len(daily) <= 7 + 4 + 12 and len(daily) < 20
    newest = max(daily, key=lambda b: b.created)
    assert newest.created.date() == (clock.now - timedelta(days=1, minutes=60)).date()
    # Only our files are in the folder: no temporary or orphaned key files.
    assert sorted(p.name for p in folder.iterdir()) == sorted(b.path.name for b in listed)
    # Another store's backups in the same folder are never rotated away.
    stranger = folder / "lain.backup-20200101T000000Z-daily.db"
    shutil.copy(daily[0].path, stranger)
    services.backups.rotate(folder)
    assert stranger.exists()


def test_the_recovery_code_of_that_time_opens_a_backup_too(tmp_path, clock):
    store = tmp_path / "praktik.db"
    services, code = Services.create(store, password=PASSWORD, clock=clock)
    try:
        new_client(services, full_name="Siti Aminah")
        made = services.backups.backup_now()
        assert code is not None
        check = services.backups.verify(made.path, code.lower().replace("-", " "))
        assert check.encrypted and check.clients == 1
        with pytest.raises(WrongPassword, match="saat cadangan dibuat"):
            services.backups.verify(made.path, "ABCDE-FGHJK-MNPQR-STVWX-YZ012-34567")
    finally:
        services.close()
