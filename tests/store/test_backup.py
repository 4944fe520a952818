"""Backups at the store level: the online copy, its check, names, rotation, and what a failure leaves behind."""

from __future__ import annotations

import errno
import json
import shlex
import shutil
import sqlite3
import stat
import subprocess
import sys
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path
from types import SimpleNamespace

import pytest
import sqlcipher3
from hypothesis import given
from hypothesis import strategies as st

from peksos_desk.domain.errors import NewerSchema
from peksos_desk.services.app import Services
from peksos_desk.store import backup as store_backup
from peksos_desk.store import keys
from peksos_desk.store.backup import BackupCancelled, BackupError, BackupFile, BackupKind
from peksos_desk.store.database import raw_connect
from peksos_desk.store.schema import open_database
from tests.services.factories import new_client

PASSWORD = "kata-sandi-yang-panjang-9"
NOW = datetime(2026, 3, 2, 2, 0, tzinfo=UTC)
WIB = timezone(timedelta(hours=7))


@pytest.fixture(autouse=True)
def _fast_keys(monkeypatch):
    monkeypatch.setattr(keys, "kdf_parameters", keys.TEST_KDF)


def make_store(tmp_path: Path, encrypted: bool, clients: int = 3) -> tuple[Services, Path, bytes | None]:
    store = tmp_path / "data" / "praktik.db"
    store.parent.mkdir(parents=True, exist_ok=True)
    key = keys.create_key_file(store, PASSWORD)[0] if encrypted else None
    services = Services(open_database(store, key=key), actor="sri")
    for number in range(clients):
        new_client(services, full_name=f"Klien Nomor {number}")
    return services, store, key


def snapshot(path: Path, key: bytes | None) -> dict[str, list[str]]:
    """Every row of every table, for comparing a copy with its store."""
    connection = raw_connect(path, key, read_only=True)
    try:
        tables = [row[0] for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'")]
        return {table: sorted(repr(row) for row in connection.execute(f'SELECT * FROM "{table}"'))
                for table in tables}
    finally:
        connection.close()


@pytest.fixture(params=[False, True], ids=["plain", "encrypted"])
def encrypted(request) -> bool:
    return bool(request.param)


def test_the_copy_opens_and_equals_the_store(tmp_path, encrypted):
    services, store, key = make_store(tmp_path, encrypted)
    folder = tmp_path / "usb"
    folder.mkdir()
    made = store_backup.make_backup(store, key, folder, BackupKind.MANUAL, NOW)
    services.close()
    assert made.path.name == "praktik.backup-20260302T020000Z-manual.db"
    assert made.encrypted is encrypted
    assert snapshot(made.path, key) == snapshot(store, key)
    report = store_backup.check_copy(made.path, key)
    assert report.clients == 3
    # One self-contained file (no journal or log beside it), private to the user, and nothing temporary left.
    names = sorted(p.name for p in folder.iterdir())
    expected = [made.path.name] + ([made.path.name + ".keys"] if encrypted else [])
    assert names == expected
    for name in names:
        assert stat.S_IMODE((folder / name).stat().st_mode) == 0o600


def test_a_backup_while_another_connection_writes_is_one_consistent_moment(tmp_path, monkeypatch, encrypted):
    services, store, key = make_store(tmp_path, encrypted, clients=40)
    monkeypatch.setattr(store_backup, "PAGES_PER_STEP", 1)
    before = snapshot(store, key)
    steps: list[tuple[int, int]] = []

    def write_meanwhile(done: int, total: int) -> None:
        steps.append((done, total))
        if len(steps) % 5 == 1:  # the app keeps working: a client is added while the copy runs
            new_client(services, full_name=f"Ditambahkan Saat Mencadangkan {len(steps)}")

    folder = tmp_path / "backups"
    folder.mkdir()
    made = store_backup.make_backup(store, key, folder, BackupKind.DAILY, NOW, progress=write_meanwhile)
    assert len(steps) > 10 and steps[-1][0] == steps[-1][1]
    services.close()
    assert snapshot(made.path, key) == before  # the copy is the store as it was when the backup began
    after = snapshot(store, key)
    assert len(after["client"]) == len(before["client"]) + (len(steps) + 4) // 5


def test_an_encrypted_backup_cannot_be_read_without_its_key_file(tmp_path):
    services, store, key = make_store(tmp_path, encrypted=True)
    folder = tmp_path / "backups"
    folder.mkdir()
    made = store_backup.make_backup(store, key, folder, BackupKind.MANUAL, NOW)
    services.close()
    content = made.path.read_bytes()
    assert not content.startswith(b"SQLite format 3")
    assert b"Klien Nomor" not in content
    plain = sqlite3.connect(made.path)
    with pytest.raises(sqlite3.DatabaseError):
        plain.execute("SELECT count(*) FROM client").fetchone()
    plain.close()
    keys.key_file_for(made.path).unlink()
    assert store_backup.list_backups(folder)[0].encrypted is False
    with pytest.raises(BackupError, match="rusak atau tidak lengkap"):
        store_backup.check_copy(made.path, None)
    with pytest.raises(BackupError, match="rusak atau tidak lengkap"):
        store_backup.check_copy(made.path, bytes(32))  # another key decrypts nothing


def test_a_backup_cut_short_is_refused_clearly(tmp_path, encrypted):
    services, store, key = make_store(tmp_path, encrypted, clients=30)
    folder = tmp_path / "backups"
    folder.mkdir()
    made = store_backup.make_backup(store, key, folder, BackupKind.MANUAL, NOW)
    services.close()
    size = made.path.stat().st_size
    with made.path.open("r+b") as handle:
        handle.truncate(size // 2)
    with pytest.raises(BackupError) as refused:
        store_backup.check_copy(made.path, key)
    assert "rusak atau tidak lengkap" in str(refused.value)
    assert "damaged or incomplete" in refused.value.render("en")
    assert made.path.stat().st_size == size // 2  # checking never writes


def test_a_backup_from_a_newer_schema_is_refused(tmp_path):
    services, store, _ = make_store(tmp_path, encrypted=False)
    folder = tmp_path / "backups"
    folder.mkdir()
    made = store_backup.make_backup(store, None, folder, BackupKind.MANUAL, NOW)
    services.close()
    connection = sqlite3.connect(made.path)
    connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.commit()
    connection.close()
    with pytest.raises(NewerSchema, match="lebih baru"):
        store_backup.check_copy(made.path, None)


def test_a_file_that_is_not_a_backup_is_refused(tmp_path):
    other = tmp_path / "lain.db"
    connection = sqlite3.connect(other)
    connection.execute("CREATE TABLE catatan (isi TEXT)")
    connection.commit()
    connection.close()
    with pytest.raises(BackupError, match="bukan cadangan Peksos Desk"):
        store_backup.check_copy(other, None)
    empty = tmp_path / "kosong.db"
    empty.write_bytes(b"")
    with pytest.raises(BackupError, match="rusak"):
        store_backup.check_copy(empty, None)


def test_cancelling_leaves_no_partial_file(tmp_path, monkeypatch, encrypted):
    services, store, key = make_store(tmp_path, encrypted, clients=20)
    monkeypatch.setattr(store_backup, "PAGES_PER_STEP", 2)
    folder = tmp_path / "backups"
    folder.mkdir()
    with pytest.raises(BackupCancelled):
        store_backup.make_backup(store, key, folder, BackupKind.MANUAL, NOW,
                                 progress=lambda done, total: done < 6)
    services.close()
    assert list(folder.iterdir()) == []


def test_a_read_only_folder_gives_a_clear_message_and_leaves_nothing(tmp_path, monkeypatch):
    services, store, _ = make_store(tmp_path, encrypted=False)
    folder = tmp_path / "usb"
    folder.mkdir()
    real_connect = store_backup.raw_connect

    def write_protected(path, key=None, *, read_only=False):
        # The target opens, but every write to it is refused, as on a write-protected drive.
        return real_connect(path, key, read_only=read_only or path.parent == folder)

    monkeypatch.setattr(store_backup, "raw_connect", write_protected)
    with pytest.raises(BackupError) as refused:
        store_backup.make_backup(store, None, folder, BackupKind.MANUAL, NOW)
    services.close()
    assert "tidak dapat ditulisi" in str(refused.value)
    assert "cannot be written to" in refused.value.render("en")
    assert list(folder.iterdir()) == []


def test_a_folder_that_cannot_be_created_in_is_reported(tmp_path, monkeypatch):
    services, store, _ = make_store(tmp_path, encrypted=False)
    folder = tmp_path / "usb"
    folder.mkdir()

    def refuse(_folder, _purpose):
        raise PermissionError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(store_backup, "_temporary", refuse)
    with pytest.raises(BackupError, match="tidak dapat ditulisi"):
        store_backup.make_backup(store, None, folder, BackupKind.MANUAL, NOW)
    services.close()
    assert list(folder.iterdir()) == []


def test_too_little_free_space_is_said_before_anything_is_written(tmp_path, monkeypatch):
    services, store, _ = make_store(tmp_path, encrypted=False)
    folder = tmp_path / "usb"
    folder.mkdir()
    monkeypatch.setattr(store_backup.shutil, "disk_usage",
                        lambda _p: SimpleNamespace(total=10_000, used=9000, free=1000))
    with pytest.raises(BackupError) as refused:
        store_backup.make_backup(store, None, folder, BackupKind.MANUAL, NOW)
    services.close()
    assert "tidak cukup" in str(refused.value) and "not enough free space" in refused.value.render("en")
    assert list(folder.iterdir()) == []


CHILD = """
import json, resource, signal, sys
from datetime import datetime, UTC
from pathlib import Path
from types import SimpleNamespace
from peksos_desk.store import backup
store, folder, limit = Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3])
# The disk fills up after the free-space check (another program writing): the copy itself must fail cleanly.
backup.shutil.disk_usage = lambda _p: SimpleNamespace(total=10**12, used=0, free=10**12)
if limit:
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, resource.RLIM_INFINITY))
try:
    backup.make_backup(store, None, folder, backup.BackupKind.CLOSE, datetime(2026, 3, 2, tzinfo=UTC))
except backup.BackupError as exc:
    left = sorted(p.name for p in folder.iterdir())
    print(json.dumps({"id": exc.render("id"), "en": exc.render("en"), "left": left}))
"""


def run_child(command: list[str]) -> dict[str, object]:
    result = subprocess.run(command, capture_output=True, text=True, timeout=120, check=False,
                            cwd=Path(__file__).parents[2])
    assert result.returncode == 0, result.stderr
    return dict(json.loads(result.stdout))


def _user_namespaces() -> bool:
    if shutil.which("unshare") is None:
        return False
    probe = subprocess.run(["unshare", "-rm", "true"], capture_output=True, check=False, timeout=30)
    return probe.returncode == 0


@pytest.mark.skipif(not _user_namespaces(), reason="needs unshare -rm (user namespaces) for a tiny tmpfs")
def test_a_drive_that_fills_up_during_the_copy_leaves_no_partial_file(tmp_path):
    # A real "no space left on device" from a 64 KiB tmpfs, mounted in a user namespace (no root needed).
    services, store, _ = make_store(tmp_path, encrypted=False, clients=60)
    services.close()
    assert store.stat().st_size > 128 * 1024
    folder = tmp_path / "full"
    folder.mkdir()
    inner = f"mount -t tmpfs -o size=64k tmpfs {shlex.quote(str(folder))} && exec {shlex.quote(sys.executable)} " \
            f"-c {shlex.quote(CHILD)} {shlex.quote(str(store))} {shlex.quote(str(folder))} 0"
    message = run_child(["unshare", "-rm", "sh", "-c", inner])
    assert "tidak cukup" in str(message["id"])
    assert "not enough free space" in str(message["en"]) and "no partial file" in str(message["en"])
    assert message["left"] == []  # looked at inside the namespace, on the full drive itself


def test_a_file_too_large_for_the_drive_leaves_no_partial_file(tmp_path):
    # Files may not grow past 64 KiB in the child (RLIMIT_FSIZE), like a 4 GB store on a FAT32 USB drive.
    services, store, _ = make_store(tmp_path, encrypted=False, clients=60)
    services.close()
    folder = tmp_path / "fat32"
    folder.mkdir()
    message = run_child([sys.executable, "-c", CHILD, str(store), str(folder), str(64 * 1024)])
    assert "gagal ditulis" in str(message["id"])
    assert "not take a file this large" in str(message["en"]) and "no partial file" in str(message["en"])
    assert message["left"] == [] and list(folder.iterdir()) == []


def test_a_second_backup_in_the_same_second_gets_its_own_name(tmp_path):
    services, store, _ = make_store(tmp_path, encrypted=False, clients=1)
    folder = tmp_path / "backups"
    folder.mkdir()
    first = store_backup.make_backup(store, None, folder, BackupKind.MANUAL, NOW)
    second = store_backup.make_backup(store, None, folder, BackupKind.MANUAL, NOW)
    services.close()
    assert first.path != second.path and second.path.name.endswith("-manual-1.db")
    listed = store_backup.list_backups(folder, store)
    assert [b.path for b in listed] == [second.path, first.path]


def test_listing_reads_time_and_kind_from_the_names(tmp_path):
    folder = tmp_path / "backups"
    folder.mkdir()
    for name in ("praktik.backup-20260301T230000Z-close.db", "praktik.backup-20260302T010000Z-daily.db",
                 "demo.backup-20260302T010000Z-daily.db", "praktik.db", "catatan.txt",
                 ".peksos-backup-1234.partial", "praktik.backup-20261399T000000Z-daily.db"):
        (folder / name).write_bytes(b"x")
    listed = store_backup.list_backups(folder, Path("/elsewhere/praktik.db"))
    assert [(b.kind, b.created) for b in listed] == [
        (BackupKind.DAILY, datetime(2026, 3, 2, 1, 0, tzinfo=UTC)),
        (BackupKind.CLOSE, datetime(2026, 3, 1, 23, 0, tzinfo=UTC)),
    ]
    assert len(store_backup.list_backups(folder)) == 3
    assert store_backup.list_backups(tmp_path / "not-there") == []


@given(st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2099, 12, 31)),
       st.sampled_from(list(BackupKind)), st.integers(0, 999), st.from_regex(r"[a-z][a-z0-9._-]{0,20}", fullmatch=True))
def test_a_backup_name_reads_back(moment, kind, n, stem):
    created = moment.replace(microsecond=0, tzinfo=UTC)
    name = store_backup.backup_name(Path(f"/x/{stem}.db"), kind, created, n)
    assert store_backup.parse_backup_name(name) == (stem, kind, created.replace(microsecond=n))


# -- rotation ----------------------------------------------------------------------------------------------


def fake(created: datetime, kind: BackupKind = BackupKind.DAILY) -> BackupFile:
    return BackupFile(Path(f"/b/{created.isoformat()}-{kind.value}.db"), "praktik", kind, created, 1, False)


def expected_keep(backups: list[BackupFile], zone) -> set[Path]:
    """The grandfather-father-son set, worked out another way: the newest per period, the latest N periods."""
    automatic = [b for b in backups if b.kind.automatic]
    manual = sorted((b for b in backups if not b.kind.automatic), key=lambda b: b.created)[-10:]
    keep = {b.path for b in manual}
    for period, count in ((lambda t: t.date(), 7), (lambda t: tuple(t.isocalendar())[:2], 4),
                          (lambda t: (t.year, t.month), 12)):
        newest: dict[object, BackupFile] = {}
        for b in automatic:
            key = period(b.created.astimezone(zone))
            if key not in newest or b.created > newest[key].created:
                newest[key] = b
        for key in sorted(newest)[-count:]:
            keep.add(newest[key].path)
    return keep


def test_a_year_of_daily_backups_keeps_exactly_the_gfs_set():
    start = date(2025, 1, 1)
    backups = [fake(datetime(d.year, d.month, d.day, 3, 0, tzinfo=UTC))
               for d in (start + timedelta(days=i) for i in range((date(2026, 3, 2) - start).days + 1))]
    kept = store_backup.backups_to_keep(backups, UTC)
    days = {date(2026, 2, 24) + timedelta(days=i) for i in range(7)}  # 24 Feb .. 2 Mar
    weeks = {date(2026, 2, 22), date(2026, 2, 15)}  # Sundays ending the two weeks before (2 Mar is a Monday)
    months = {date(2026, 1, 31)} | {date(2025, m, [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1])
                                    for m in range(4, 13)}
    assert {datetime.fromisoformat(p.name[:25]).date() for p in kept} == days | weeks | months
    assert len(kept) == 7 + 2 + 10


def test_days_are_counted_in_the_practitioners_zone():
    # 23:30 UTC on 1 March is 06:30 on 2 March in Bandung: that is 2 March's backup there.
    late = fake(datetime(2026, 3, 1, 23, 30, tzinfo=UTC))
    early = fake(datetime(2026, 3, 1, 17, 0, tzinfo=UTC))  # 00:00 on 2 March in WIB
    earlier = fake(datetime(2026, 3, 1, 16, 0, tzinfo=UTC))  # 23:00 on 1 March in WIB
    policy = store_backup.RotationPolicy(days=1, weeks=0, months=0)
    assert store_backup.backups_to_keep([late, early, earlier], WIB, policy) == {late.path}
    assert store_backup.backups_to_keep([late, early, earlier], UTC, policy) == {late.path}
    policy = store_backup.RotationPolicy(days=2, weeks=0, months=0)
    assert store_backup.backups_to_keep([late, early, earlier], WIB, policy) == {late.path, earlier.path}


def test_manual_backups_are_kept_apart_the_last_ten():
    manual = [fake(NOW - timedelta(hours=i), BackupKind.MANUAL) for i in range(15)]
    automatic = [fake(NOW - timedelta(days=i), BackupKind.CLOSE) for i in range(3)]
    kept = store_backup.backups_to_keep(manual + automatic, UTC)
    assert kept == {b.path for b in manual[:10]} | {b.path for b in automatic}


backup_lists = st.lists(
    st.tuples(st.integers(0, 3 * 365 * 24), st.sampled_from(list(BackupKind))),
    max_size=120, unique_by=lambda item: item[0],
).map(lambda items: [fake(NOW - timedelta(hours=hours), kind) for hours, kind in items])


@given(backup_lists, st.sampled_from([UTC, WIB, timezone(timedelta(hours=9))]))
def test_rotation_keeps_exactly_the_gfs_set(backups, zone):
    kept = store_backup.backups_to_keep(backups, zone)
    assert kept == expected_keep(backups, zone)
    automatic = [b for b in backups if b.kind.automatic]
    assert len(kept & {b.path for b in automatic}) <= 7 + 4 + 12
    if automatic:
        assert max(automatic, key=lambda b: b.created).path in kept  # the newest is never removed
    # Rotating again removes nothing more.
    survivors = [b for b in backups if b.path in kept]
    assert store_backup.backups_to_keep(survivors, zone) == kept


def test_removing_a_backup_takes_its_key_file_too(tmp_path):
    services, store, key = make_store(tmp_path, encrypted=True, clients=1)
    folder = tmp_path / "backups"
    folder.mkdir()
    made = store_backup.make_backup(store, key, folder, BackupKind.DAILY, NOW)
    services.close()
    store_backup.remove_backup(made.path)
    assert list(folder.iterdir()) == []


def test_sqlcipher_is_what_reads_an_encrypted_backup(tmp_path):
    services, store, key = make_store(tmp_path, encrypted=True, clients=2)
    folder = tmp_path / "backups"
    folder.mkdir()
    made = store_backup.make_backup(store, key, folder, BackupKind.MANUAL, NOW)
    services.close()
    unlocked = keys.unlock(made.path, PASSWORD)
    assert unlocked == key
    connection = raw_connect(made.path, unlocked, read_only=True)
    try:
        assert connection.execute("SELECT count(*) FROM client").fetchone()[0] == 2
    finally:
        connection.close()
    wrong = sqlcipher3.connect(str(made.path))
    wrong.execute(f"PRAGMA key=\"x'{bytes(32).hex()}'\"")
    with pytest.raises(sqlcipher3.DatabaseError):
        wrong.execute("SELECT count(*) FROM client").fetchone()
    wrong.close()
