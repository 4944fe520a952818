"""Backups of a SQLite store: the online copy, the check of a copy, the names, the rotation, the restore swap.

A backup is made with SQLite's online backup API while the app keeps working: the source connection holds one
read transaction for the whole copy, so the copy is one consistent moment of the store and writers (WAL mode)
are never blocked. The copy is written under a hidden temporary name in the target folder, checked
(``integrity_check``, our application id, a schema revision this version knows), flushed to the disk and only
then renamed to its final name, so a backup that is listed is always whole; a failure or a cancel leaves no
partial file behind. An encrypted store's copy is encrypted with the same data key, and the store's key file is
copied beside it (without it nobody can read the copy, the owner included).

Names carry what the listing needs: ``<store>.backup-<UTC time>-<kind>[-n].db``.
"""

from __future__ import annotations

import contextlib
import enum
import errno
import os
import re
import secrets
import shutil
import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, tzinfo
from pathlib import Path
from typing import Any

import sqlcipher3

from peksos_desk.domain.errors import NewerSchema, StoreError
from peksos_desk.domain.text import Text
from peksos_desk.store import keys
from peksos_desk.store.database import APPLICATION_ID, raw_connect
from peksos_desk.store.schema import SQLITE_HEADER, known_revisions

BACKUP_SUFFIX = ".db"
STAMP_FORMAT = "%Y%m%dT%H%M%SZ"
_NAME = re.compile(
    r"^(?P<store>.+)\.backup-(?P<stamp>\d{8}T\d{6}Z)-(?P<kind>manual|daily|close)(?:-(?P<n>\d{1,3}))?\.db$")
PAGES_PER_STEP = 512
# Room kept free beyond the copy itself (the temporary journal, the file system's own needs).
SPARE_BYTES = 4 * 1024 * 1024
COUNTED = (("client", "clients"), ("case", "cases"), ("case_session", "sessions"))
_DB_ERRORS: tuple[type[Exception], ...] = (sqlite3.Error, sqlcipher3.Error)
_WRITE_ERRORS: tuple[type[Exception], ...] = (OSError, sqlite3.Error, sqlcipher3.Error)

# SQLite's primary result codes that mean "the target cannot take the file".
_SQLITE_PERM, _SQLITE_READONLY, _SQLITE_IOERR, _SQLITE_FULL, _SQLITE_CANTOPEN = 3, 8, 10, 13, 14

Progress = Callable[[int, int], bool | None]
"""Called with (pages copied, pages in all); returning False stops the work (nothing is left behind)."""


class BackupKind(enum.Enum):
    """Why a backup was made: the automatic ones rotate together, manual ones are kept apart."""

    MANUAL = "manual"
    DAILY = "daily"
    CLOSE = "close"

    @property
    def automatic(self) -> bool:
        return self is not BackupKind.MANUAL

    @property
    def label(self) -> Text:
        return {
            BackupKind.MANUAL: Text("manual", "manual"),
            BackupKind.DAILY: Text("harian", "daily"),
            BackupKind.CLOSE: Text("saat menutup", "on close"),
        }[self]


class BackupError(StoreError):
    """A backup could not be made, checked or restored; the message says why and what to do."""


class BackupCancelled(BackupError):
    """The user stopped the work; nothing was left behind and nothing was changed."""

    def __init__(self) -> None:
        super().__init__(Text("Dibatalkan. Tidak ada berkas yang tertinggal dan tidak ada yang diubah.",
                              "Cancelled. No file was left behind and nothing was changed."))


@dataclass(frozen=True)
class BackupFile:
    """A backup found in a folder (by its name)."""

    path: Path
    store: str
    kind: BackupKind
    created: datetime
    size: int
    encrypted: bool


@dataclass(frozen=True)
class CopyReport:
    """What the check of a copy found: its schema revision and how much it holds."""

    revision: str
    clients: int
    cases: int
    sessions: int


# -- names -------------------------------------------------------------------------------------------------


def backup_name(store: Path, kind: BackupKind, created: datetime, n: int = 0) -> str:
    """The file name of a backup of ``store`` made at ``created``; ``n`` tells apart two made in one second."""
    stamp = created.astimezone(UTC).strftime(STAMP_FORMAT)
    extra = f"-{n}" if n else ""
    return f"{store.stem}.backup-{stamp}-{kind.value}{extra}{BACKUP_SUFFIX}"


def parse_backup_name(name: str) -> tuple[str, BackupKind, datetime] | None:
    """(store name, kind, time) from a backup's file name, or None when the name is not one of ours."""
    found = _NAME.match(name)
    if found is None:
        return None
    try:
        created = datetime.strptime(found["stamp"], STAMP_FORMAT).replace(tzinfo=UTC)
    except ValueError:
        return None
    created = created.replace(microsecond=int(found["n"] or 0))  # keeps same-second backups in order
    return found["store"], BackupKind(found["kind"]), created


def list_backups(folder: Path, store: Path | None = None) -> list[BackupFile]:
    """The backups in ``folder`` (of ``store`` only, when given), newest first. A missing folder has none."""
    try:
        entries = list(os.scandir(folder))
    except (FileNotFoundError, NotADirectoryError):
        return []
    except OSError as exc:
        raise BackupError(Text("Folder cadangan {f} tidak dapat dibaca: {e}.",
                               "The backup folder {f} cannot be read: {e}.").format(f=folder, e=exc.strerror)) from exc
    found: list[BackupFile] = []
    for entry in entries:
        parsed = parse_backup_name(entry.name)
        if parsed is None or (store is not None and parsed[0] != store.stem):
            continue
        try:
            if not entry.is_file():
                continue
            size = entry.stat().st_size
        except OSError:
            continue
        path = Path(entry.path)
        found.append(BackupFile(path, parsed[0], parsed[1], parsed[2], size, keys.key_file_for(path).exists()))
    found.sort(key=lambda backup: backup.created, reverse=True)
    return found


# -- rotation ----------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class RotationPolicy:
    """How many backups rotation keeps: the newest automatic one of each of the last N days, weeks and months
    that have one (grandfather-father-son), and the last N manual ones."""

    days: int = 7
    weeks: int = 4
    months: int = 12
    manual: int = 10


def backups_to_keep(backups: Iterable[BackupFile], zone: tzinfo = UTC,
                    policy: RotationPolicy = RotationPolicy()) -> set[Path]:
    """The backups rotation keeps (a pure function; days, weeks and months as the practitioner counts them)."""
    automatic = sorted((b for b in backups if b.kind.automatic), key=lambda b: b.created, reverse=True)
    manual = sorted((b for b in backups if not b.kind.automatic), key=lambda b: b.created, reverse=True)
    keep = {b.path for b in manual[:policy.manual]}

    def newest_per_period(period: Callable[[datetime], object], count: int) -> None:
        seen: list[object] = []
        for backup in automatic:  # newest first: the first one met in a period is its newest
            key = period(backup.created.astimezone(zone))
            if key in seen:
                continue
            if len(seen) == count:
                return
            seen.append(key)
            keep.add(backup.path)

    newest_per_period(lambda t: t.date(), policy.days)
    newest_per_period(lambda t: t.isocalendar()[:2], policy.weeks)
    newest_per_period(lambda t: (t.year, t.month), policy.months)
    return keep


def remove_backup(path: Path) -> None:
    """Delete a backup and its key file."""
    path.unlink(missing_ok=True)
    keys.key_file_for(path).unlink(missing_ok=True)


# -- making a backup ---------------------------------------------------------------------------------------


def _failure(folder: Path, exc: BaseException, needed: int) -> BackupError:
    """A message for a copy that could not be written to ``folder``, from an OS or SQLite error."""
    code = getattr(exc, "errno", None)
    sqlite_code = (getattr(exc, "sqlite_errorcode", 0) or 0) & 0xFF
    text = str(exc).lower()
    if code in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG) or sqlite_code == _SQLITE_FULL or "disk is full" in text:
        return BackupError(Text(
            "Ruang di {f} tidak cukup untuk cadangan (perlu sekitar {m} MB). Kosongkan ruang atau pilih folder "
            "lain; tidak ada berkas setengah jadi yang tertinggal.",
            "There is not enough free space in {f} for the backup (about {m} MB needed). Free some space or "
            "choose another folder; no partial file was left behind.").format(f=folder, m=_megabytes(needed)))
    if code in (errno.EROFS, errno.EACCES, errno.EPERM) or sqlite_code in (_SQLITE_READONLY, _SQLITE_PERM,
                                                                          _SQLITE_CANTOPEN):
        return BackupError(Text(
            "Folder cadangan {f} tidak dapat ditulisi (hanya-baca atau tanpa izin). Pilih folder lain, atau "
            "periksa apakah diska lepas (USB) dikunci.",
            "The backup folder {f} cannot be written to (read-only or no permission). Choose another folder, or "
            "check whether the removable drive (USB) is write-protected.").format(f=folder))
    if sqlite_code == _SQLITE_IOERR or code in (errno.EIO, errno.ENODEV, errno.ENXIO):
        return BackupError(Text(
            "Cadangan gagal ditulis ke {f}: drivenya mungkin dicabut, penuh, atau tidak menerima berkas sebesar "
            "ini (sekitar {m} MB). Periksa drivenya atau pilih folder lain; tidak ada berkas setengah jadi yang "
            "tertinggal.",
            "Writing the backup to {f} failed: the drive may have been removed, be full, or not take a file this "
            "large (about {m} MB). Check the drive or choose another folder; no partial file was left behind.")
            .format(f=folder, m=_megabytes(needed)))
    reason = os.strerror(code) if isinstance(code, int) else type(exc).__name__
    return BackupError(Text(
        "Cadangan tidak dapat ditulis ke {f} ({e}). Periksa drivenya atau pilih folder lain; tidak ada berkas "
        "setengah jadi yang tertinggal.",
        "The backup could not be written to {f} ({e}). Check the drive or choose another folder; no partial "
        "file was left behind.").format(f=folder, e=reason))


def _megabytes(size: int) -> str:
    return f"{max(size / 1_000_000, 0.1):.1f}"


def _fsync(path: Path, *, directory: bool = False) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    except OSError as exc:
        # Some file systems (and some USB drivers) cannot sync a folder; the files themselves were synced.
        if not directory or exc.errno not in (errno.EINVAL, errno.ENOTSUP, errno.EBADF):
            raise
    finally:
        os.close(fd)


def _connect(path: Path, key: bytes | None, *, read_only: bool = False) -> Any:
    connection = raw_connect(path, key, read_only=read_only)
    connection.isolation_level = None  # BEGIN/COMMIT are ours
    return connection


def online_copy(source: Path, key: bytes | None, target: Path, progress: Progress | None = None) -> None:
    """Copy the store at ``source`` into the new file ``target`` with SQLite's online backup.

    One read transaction spans the whole copy: the copy is one consistent moment even while the app writes.
    The copy is left in rollback-journal mode, one self-contained file.

    Raises:
        BackupCancelled: ``progress`` returned False.
        sqlite3.Error / OSError: reading or writing failed (the caller cleans up ``target``).
    """
    src = _connect(source, key)
    try:
        src.execute("BEGIN")
        src.execute("SELECT count(*) FROM sqlite_master").fetchone()  # takes the read snapshot now
        dst = _connect(target, key)
        try:
            def report(_status: int, remaining: int, total: int) -> None:
                if progress is not None and progress(total - remaining, total) is False:
                    raise BackupCancelled()

            src.backup(dst, pages=PAGES_PER_STEP, progress=report, sleep=0)
            dst.execute("PRAGMA journal_mode=DELETE")
        finally:
            dst.close()
        src.execute("COMMIT")
    finally:
        src.close()


def check_copy(path: Path, key: bytes | None) -> CopyReport:
    """Check a backup (or any store copy) without changing it: integrity, application id, known schema.

    Raises:
        BackupError: the file is damaged, incomplete, or not a Peksos Desk store.
        NewerSchema: a newer version of the app wrote it.
    """
    damaged = BackupError(Text(
        "Cadangan {p} rusak atau tidak lengkap (mungkin terpotong saat disalin). Cadangan itu tidak dapat "
        "dipakai; tidak ada yang diubah. Pakai cadangan lain.",
        "The backup {p} is damaged or incomplete (perhaps cut short while it was copied). It cannot be used; "
        "nothing was changed. Use another backup.").format(p=path))
    try:
        if path.stat().st_size == 0:
            raise damaged
        if key is None:
            with path.open("rb") as handle:
                if handle.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
                    raise damaged
    except OSError as exc:
        raise BackupError(Text("Cadangan {p} tidak dapat dibaca: {e}.", "The backup {p} cannot be read: {e}.")
                          .format(p=path, e=exc.strerror)) from exc
    try:
        connection = _connect(path, key, read_only=True)
    except _DB_ERRORS as exc:
        raise damaged from exc
    try:
        result = [row[0] for row in connection.execute("PRAGMA integrity_check(5)")]
        if result != ["ok"]:
            raise damaged
        application_id = connection.execute("PRAGMA application_id").fetchone()[0]
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if application_id != APPLICATION_ID or "alembic_version" not in tables:
            raise BackupError(Text(
                "{p} bukan cadangan Peksos Desk. Berkas itu tidak diubah.",
                "{p} is not a Peksos Desk backup. The file was not changed.").format(p=path))
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        revision = str(row[0]) if row else ""
        if revision not in known_revisions():
            raise NewerSchema(Text(
                "Cadangan {p} dibuat oleh versi Peksos Desk yang lebih baru (skema {r}). Perbarui aplikasi untuk "
                "memulihkannya; tidak ada yang diubah.",
                "The backup {p} was made by a newer version of Peksos Desk (schema {r}). Update the app to "
                "restore it; nothing was changed.").format(p=path, r=revision or "?"))
        counts = [connection.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0] if table in tables else 0
                  for table, _ in COUNTED]
    except _DB_ERRORS as exc:
        raise damaged from exc
    finally:
        connection.close()
    return CopyReport(revision, *counts)


def _temporary(folder: Path, purpose: str) -> Path:
    """A new, empty, private (0600) file with a hidden name in ``folder``, created here and now."""
    path = folder / f".peksos-{purpose}-{secrets.token_hex(6)}.partial"
    fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    os.close(fd)
    return path


def _discard(*paths: Path) -> None:
    for path in paths:
        for leftover in (path, path.with_name(path.name + "-journal"), path.with_name(path.name + "-wal"),
                         path.with_name(path.name + "-shm"), keys.key_file_for(path)):
            with contextlib.suppress(OSError):
                leftover.unlink(missing_ok=True)


def prepare_folder(folder: Path, *, create: bool) -> None:
    """Make sure ``folder`` is there, creating it (private) only when ``create``.

    A folder the user chose is never created: when it is missing, its drive is probably unplugged, and making it
    would put the backup on the wrong disk (an empty mount point on the laptop's own).
    """
    if folder.is_dir():
        return
    if folder.exists():
        raise BackupError(Text("{f} bukan folder. Pilih folder untuk cadangan.",
                               "{f} is not a folder. Choose a folder for the backups.").format(f=folder))
    if not create:
        raise BackupError(Text(
            "Folder cadangan {f} tidak ada. Pasang drivenya (misalnya diska USB) atau pilih folder lain.",
            "The backup folder {f} is not there. Plug in its drive (a USB drive, say) or choose another "
            "folder.").format(f=folder))
    try:
        folder.mkdir(parents=True, mode=0o700)
    except OSError as exc:
        raise _failure(folder, exc, 0) from exc


def make_backup(source: Path, key: bytes | None, folder: Path, kind: BackupKind, created: datetime, *,
                progress: Progress | None = None) -> BackupFile:
    """Back up the store file ``source`` into ``folder``: whole and checked, or not at all.

    Raises:
        BackupError: the folder is missing, read-only or full, or the copy failed its check; nothing was left.
        BackupCancelled: ``progress`` returned False; nothing was left.
    """
    needed = _store_size(source)
    try:
        free = shutil.disk_usage(folder).free
    except OSError as exc:
        raise _failure(folder, exc, needed) from exc
    if free < needed + SPARE_BYTES:
        raise _failure(folder, OSError(errno.ENOSPC, "no space"), needed)
    n = 0
    while (final := folder / backup_name(source, kind, created, n)).exists() or keys.key_file_for(final).exists():
        n += 1
    temporary: Path | None = None
    placed: list[Path] = []
    try:
        temporary = _temporary(folder, "backup")
        online_copy(source, key, temporary, progress)
        check_copy(temporary, key)
        _fsync(temporary)
        if key is not None:
            keys.copy_key_file(source, temporary)
            _fsync(keys.key_file_for(temporary))
            os.replace(keys.key_file_for(temporary), keys.key_file_for(final))
            placed.append(keys.key_file_for(final))
        os.replace(temporary, final)
        placed.append(final)
        _fsync(folder, directory=True)
    except BackupError:
        _discard(*(p for p in (temporary,) if p is not None))
        for path in placed:
            path.unlink(missing_ok=True)
        raise
    except _WRITE_ERRORS as exc:
        _discard(*(p for p in (temporary,) if p is not None))
        for path in placed:
            path.unlink(missing_ok=True)
        raise _failure(folder, exc, needed) from exc
    parsed = parse_backup_name(final.name)
    assert parsed is not None
    return BackupFile(final, source.stem, kind, parsed[2], final.stat().st_size, key is not None)


def _store_size(path: Path) -> int:
    size = 0
    for part in (path, path.with_name(path.name + "-wal")):
        with contextlib.suppress(FileNotFoundError):
            size += part.stat().st_size
    return size


# -- restoring ---------------------------------------------------------------------------------------------


def copy_for_restore(backup: Path, key: bytes | None, store: Path, progress: Progress | None = None) -> Path:
    """Copy a checked backup into a hidden temporary file beside ``store`` (its key file too), ready to swap in.

    Raises:
        BackupError / BackupCancelled: nothing was left behind and the store was not touched.
    """
    needed = _store_size(backup)
    temporary: Path | None = None
    try:
        if shutil.disk_usage(store.parent).free < needed + SPARE_BYTES:
            raise OSError(errno.ENOSPC, "no space")
        temporary = _temporary(store.parent, "restore")
        online_copy(backup, key, temporary, progress)
        check_copy(temporary, key)
        _fsync(temporary)
        if key is not None:
            keys.copy_key_file(backup, temporary)
            _fsync(keys.key_file_for(temporary))
    except BackupError:
        _discard(*(p for p in (temporary,) if p is not None))
        raise
    except _WRITE_ERRORS as exc:
        _discard(*(p for p in (temporary,) if p is not None))
        raise _restore_failure(store, exc) from exc
    return temporary


def _restore_failure(store: Path, exc: BaseException) -> BackupError:
    code = getattr(exc, "errno", None)
    reason = os.strerror(code) if isinstance(code, int) else str(exc)
    return BackupError(Text(
        "Cadangan tidak dapat disalin ke folder data {f} ({e}). Data Anda tidak diubah.",
        "The backup could not be copied into the data folder {f} ({e}). Your store was not changed.")
        .format(f=store.parent, e=reason))


def settle_store(store: Path, key: bytes | None) -> None:
    """Fold the store's write-ahead log into the file, and make sure no other connection holds it open.

    Call after closing every connection of the app's own. Raises ``BackupError`` when another program (or
    another window of the app) still has the store open: swapping the file under it could damage both.
    """
    log = store.with_name(store.name + "-wal")
    if not store.exists() or not log.exists():
        return  # closed cleanly: nothing to fold in, and no connection holds it (an open one keeps the log)
    if key is None and keys.is_encrypted(store):
        return  # its password is not known here: the log moves aside with the store (see swap_in)
    connection = _connect(store, key)
    try:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    except _DB_ERRORS as exc:
        raise _in_use(store) from exc
    finally:
        connection.close()
    # The last connection to close removes the log; if it is still there, someone else has the store open.
    if log.exists():
        raise _in_use(store)


def _in_use(store: Path) -> BackupError:
    return BackupError(Text(
        "Data {p} sedang dipakai program lain (atau jendela Peksos Desk lain). Tutup program itu, lalu pulihkan "
        "lagi; tidak ada yang diubah.",
        "The store {p} is in use by another program (or another Peksos Desk window). Close it, then restore "
        "again; nothing was changed.").format(p=store))


def aside_name(store: Path, created: datetime) -> Path:
    """Where the current store is kept when a backup replaces it."""
    stamp = created.astimezone(UTC).strftime("%Y%m%d-%H%M%S")
    n, candidate = 0, store.with_name(f"{store.stem}.before-restore-{stamp}{store.suffix}")
    while candidate.exists() or keys.key_file_for(candidate).exists():
        n += 1
        candidate = store.with_name(f"{store.stem}.before-restore-{stamp}-{n}{store.suffix}")
    return candidate


def swap_in(store: Path, prepared: Path, aside: Path) -> None:
    """Move the current store (and its key file) to ``aside`` and the prepared copy (and its key file) into place.

    Either everything moves or, on a failure, everything is put back where it was.
    """
    moves: list[tuple[Path, Path]] = []

    def move(source: Path, target: Path) -> None:
        os.replace(source, target)
        moves.append((source, target))

    store_key, prepared_key = keys.key_file_for(store), keys.key_file_for(prepared)
    try:
        store.with_name(store.name + "-shm").unlink(missing_ok=True)
        if store.exists():
            move(store, aside)
        log = store.with_name(store.name + "-wal")
        if log.exists():  # only when it could not be folded in (see settle_store): it belongs to the kept store
            move(log, aside.with_name(aside.name + "-wal"))
        if store_key.exists():
            move(store_key, keys.key_file_for(aside))
        if prepared_key.exists():
            move(prepared_key, store_key)
        move(prepared, store)
        _fsync(store.parent, directory=True)
    except OSError as exc:
        for source, target in reversed(moves):
            with contextlib.suppress(OSError):
                os.replace(target, source)
        raise _restore_failure(store, exc) from exc


def put_back(store: Path, aside: Path) -> None:
    """Undo :func:`swap_in`: remove what was swapped in and move the kept store (and key file) back."""
    _discard(store)
    if aside.exists():
        os.replace(aside, store)
    if keys.key_file_for(aside).exists():
        os.replace(keys.key_file_for(aside), keys.key_file_for(store))


def discard_prepared(prepared: Path) -> None:
    """Remove a prepared copy that will not be used."""
    _discard(prepared)

