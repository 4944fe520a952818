"""Backups of the open store: made now or automatically, listed, rotated, checked, and restored.

Backups are made of SQLite stores only (encrypted like the store, with its key file beside them). A PostgreSQL
store is backed up by the server's administrator with the server's own tools (``pg_dump``): the app says so and
attempts nothing.

Automatic backups (on close, daily) rotate together: the newest of each of the last 7 days, 4 weeks and 12
months that have one is kept; manual backups are kept apart, the last 10. A restore checks the backup (integrity,
password, schema) before anything changes, keeps the current store and its key file aside as
``<store>.before-restore-<time>.db``, swaps the backup in and reopens it.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from peksos_desk.domain.errors import PasswordRequired, PeksosError, WrongPassword
from peksos_desk.domain.text import Text
from peksos_desk.services.base import Service
from peksos_desk.store import backup as store_backup
from peksos_desk.store import keys
from peksos_desk.store.backup import BackupCancelled, BackupError, BackupKind, Progress
from peksos_desk.store.database import Clock, Database, system_clock
from peksos_desk.store.schema import head_revision, open_database

__all__ = ["BackupCancelled", "BackupCheck", "BackupError", "BackupInfo", "BackupKind", "BackupService",
           "PreparedRestore", "Progress", "RestoreResult", "finish_restore", "needs_password", "prepare_restore",
           "verify_backup"]

DAILY_INTERVAL = timedelta(hours=24)
BACKUP_FOLDER_NAME = "backups"


@dataclass(frozen=True)
class BackupInfo:
    """One backup file: where, when (UTC), why, how big, and whether it is encrypted (key file beside it)."""

    path: Path
    kind: BackupKind
    created: datetime
    size: int
    encrypted: bool

    @property
    def key_file(self) -> Path | None:
        return keys.key_file_for(self.path) if self.encrypted else None


@dataclass(frozen=True)
class BackupCheck:
    """A backup that passed its check: whole, ours, from a schema this version reads, and what it holds."""

    path: Path
    created: datetime | None
    kind: BackupKind | None
    encrypted: bool
    revision: str
    needs_upgrade: bool
    clients: int
    cases: int
    sessions: int


@dataclass(frozen=True)
class PreparedRestore:
    """A checked backup copied beside the store, ready to be swapped in (or discarded)."""

    check: BackupCheck
    temporary: Path
    key: bytes | None


@dataclass(frozen=True)
class RestoreResult:
    """What a restore did: the store now holds the backup; the former store is kept aside."""

    check: BackupCheck
    store: Path
    kept_aside: Path | None
    kept_key_file: Path | None

    @property
    def password_from_backup(self) -> bool:
        """The store now opens with the password it had when the backup was made."""
        return self.check.encrypted


def _from_file(found: store_backup.BackupFile) -> BackupInfo:
    return BackupInfo(found.path, found.kind, found.created, found.size, found.encrypted)


class BackupService(Service):
    """Backups of the open store (see the module docstring)."""

    # -- where -------------------------------------------------------------------------------------------

    @property
    def supported(self) -> bool:
        """Whether the app backs this store up itself (SQLite files; not a PostgreSQL server)."""
        return self.db.is_sqlite

    def unsupported_message(self) -> Text:
        """Why a PostgreSQL store is not backed up by the app, and who does it."""
        return Text(
            "Data ini ada di server PostgreSQL ({p}). Cadangannya dibuat oleh pengelola server dengan alat server "
            "itu sendiri (pg_dump), bukan oleh Peksos Desk. Tidak ada yang dilakukan.",
            "This store is on a PostgreSQL server ({p}). Its backups are made by the server's administrator with "
            "the server's own tools (pg_dump), not by Peksos Desk. Nothing was done.").format(p=self.db.location)

    def _require_file(self) -> Path:
        if not self.supported:
            raise BackupError(self.unsupported_message())
        assert self.db.url.database
        return Path(self.db.url.database)

    @property
    def store_path(self) -> Path | None:
        """The store file (None for a PostgreSQL store)."""
        return Path(self.db.url.database) if self.supported and self.db.url.database else None

    def default_folder(self) -> Path | None:
        """Where backups go unless the user chose a folder: ``backups`` beside the store (None on PostgreSQL).

        For the default store this is the data folder's ``backups`` (which ``PEKSOS_DESK_HOME`` moves).
        """
        store = self.store_path
        return store.parent / BACKUP_FOLDER_NAME if store is not None else None

    def _folder(self, folder: Path | None) -> tuple[Path, bool]:
        default = self.default_folder()
        if folder is None or (default is not None and Path(folder) == default):
            assert default is not None
            return default, True
        return Path(folder).expanduser(), False

    # -- making and listing ------------------------------------------------------------------------------

    def backup_now(self, folder: Path | None = None, kind: BackupKind | str = BackupKind.MANUAL,
                   progress: Progress | None = None) -> BackupInfo:
        """Back the store up into ``folder`` (the default folder when None), then rotate that folder.

        The app keeps working meanwhile; this opens its own connections and may run on a worker thread.

        Raises:
            BackupError: a PostgreSQL store, or the folder is missing, read-only or full; no file was left.
            BackupCancelled: ``progress`` returned False; no file was left.
        """
        store = self._require_file()
        kind = BackupKind(kind)
        target, is_default = self._folder(folder)
        store_backup.prepare_folder(target, create=is_default)
        made = store_backup.make_backup(store, self.db.key, target, kind, self.db.clock(), progress=progress)
        # The backup is made; what rotation cannot remove now, the next rotation removes.
        with contextlib.suppress(OSError, PeksosError):
            self.rotate(target)
        if kind is BackupKind.MANUAL:
            # Automatic backups are not logged: the entry would itself change the store after every backup.
            with self.db.write() as session:
                self._audit(session, "backup", "store", None, kind.value)
        return _from_file(made)

    def list_backups(self, folder: Path | None = None) -> list[BackupInfo]:
        """This store's backups in ``folder`` (the default folder when None), newest first."""
        if not self.supported:
            return []
        store = self._require_file()
        target, _ = self._folder(folder)
        return [_from_file(found) for found in store_backup.list_backups(target, store)]

    def last_backup(self, folder: Path | None = None, *, automatic_only: bool = False) -> BackupInfo | None:
        """The newest backup in ``folder`` (of the automatic ones only, when asked), or None."""
        for found in self.list_backups(folder):
            if not automatic_only or found.kind.automatic:
                return found
        return None

    def daily_due(self, folder: Path | None = None) -> bool:
        """Whether the daily backup is due: no automatic backup in ``folder`` is younger than 24 hours."""
        if not self.supported:
            return False
        try:
            last = self.last_backup(folder, automatic_only=True)
        except PeksosError:
            return True  # the folder cannot be read: trying tells the user why
        return last is None or self.db.clock() - last.created >= DAILY_INTERVAL

    def changed_since_last_backup(self, folder: Path | None = None) -> bool:
        """Whether the store was written after the newest automatic backup in ``folder`` was made.

        File times, not the app's clock: a write reaches the store file or its write-ahead log. An automatic
        backup of an unchanged store would only repeat the last one.
        """
        store = self._require_file()
        last = self.last_backup(folder, automatic_only=True)
        if last is None:
            return True
        try:
            made = last.path.stat().st_mtime_ns
        except OSError:
            return True
        written = 0
        for part in (store, store.with_name(store.name + "-wal")):
            with contextlib.suppress(OSError):
                written = max(written, part.stat().st_mtime_ns)
        return written >= made

    def rotate(self, folder: Path | None = None) -> list[Path]:
        """Remove the backups of this store that rotation does not keep; returns what was removed."""
        backups = store_backup.list_backups(self._folder(folder)[0], self._require_file())
        with self.db.read() as session:
            zone = self._zone(session).tzinfo
        keep = store_backup.backups_to_keep(backups, zone)
        removed = []
        for found in backups:
            if found.path not in keep:
                store_backup.remove_backup(found.path)
                removed.append(found.path)
        return removed

    # -- checking and restoring -------------------------------------------------------------------------

    def needs_password(self, backup: Path) -> bool:
        """Whether ``backup`` is encrypted, so that checking or restoring it needs its password."""
        return needs_password(backup)

    def verify(self, backup_path: Path, password: str | None = None) -> BackupCheck:
        """Check a backup without changing anything (see :func:`verify_backup`)."""
        return verify_backup(backup_path, password)

    def prepare_restore(self, backup_path: Path, password: str | None = None,
                        progress: Progress | None = None) -> PreparedRestore:
        """Check the backup and copy it beside the store, ready to swap in; the store is not touched yet.

        Slow for a large store: may run on a worker thread. Raises what :func:`verify_backup` raises, and
        ``BackupCancelled`` when ``progress`` returns False (nothing is left behind).
        """
        return prepare_restore(self._require_file(), backup_path, password, progress)

    def discard(self, prepared: PreparedRestore) -> None:
        """Drop a prepared restore that will not be finished."""
        store_backup.discard_prepared(prepared.temporary)

    def finish_restore(self, prepared: PreparedRestore) -> RestoreResult:
        """Keep the current store (and key file) aside, swap the prepared backup in and reopen the store here.

        Quick (renames); run it where nothing else uses the store. On a failure nothing is changed.

        Raises:
            BackupError: another program has the store open, or the files cannot be moved; nothing changed.
        """
        store = self._require_file()
        self.db.engine.dispose()
        result, fresh = finish_restore(store, prepared, current_key=self.db.key, clock=self.db.clock)
        self._adopt(fresh)
        with self.db.write() as session:
            self._audit(session, "restore", "store", None, prepared.check.path.name)
        return result

    def _adopt(self, fresh: Database) -> None:
        # Every service of this store shares one Database: point it at the reopened store in place.
        old = self.db
        old.engine.dispose()
        old.engine = fresh.engine
        old.key = fresh.key
        old.__post_init__()

    def restore(self, backup_path: Path, password: str | None = None,
                progress: Progress | None = None) -> RestoreResult:
        """Check ``backup_path``, keep the current store aside, put the backup in its place, and reopen.

        Raises:
            BackupError, PasswordRequired, WrongPassword, NewerSchema: nothing was changed.
        """
        return self.finish_restore(self.prepare_restore(backup_path, password, progress))


# -- the same, on a store file that is not open (the command line; a store too damaged to open) ---------------


def needs_password(backup: Path) -> bool:
    """Whether ``backup`` is encrypted, so that checking or restoring it needs its password."""
    return not keys.has_plain_header(Path(backup)) and keys.key_file_for(Path(backup)).is_file()


def _unlock(backup: Path, password: str | None) -> bytes | None:
    if keys.has_plain_header(backup):
        return None
    if not keys.key_file_for(backup).is_file():
        raise BackupError(Text(
            "Cadangan {p} terenkripsi (atau rusak), tetapi berkas kuncinya ({k}) tidak ada di sampingnya. "
            "Salin berkas kunci itu bersama cadangannya; tanpa berkas itu cadangan tidak dapat dibaca.",
            "The backup {p} is encrypted (or damaged), but its key file ({k}) is not beside it. Copy the key "
            "file together with the backup; without it the backup cannot be read.")
            .format(p=backup, k=keys.key_file_for(backup).name))
    if not password:
        raise PasswordRequired(Text(
            "Cadangan ini terenkripsi: masukkan kata sandi yang dipakai data saat cadangan dibuat (atau kode "
            "pemulihannya).",
            "This backup is encrypted: enter the password the store had when the backup was made (or its "
            "recovery code)."))
    try:
        return keys.unlock(backup, password)
    except WrongPassword as wrong:
        try:  # the same field takes the recovery code, which opens the backup too
            code = keys.normalize_recovery_code(password)
        except WrongPassword:
            raise _wrong_backup_password() from wrong
        try:
            return keys.unlock_with_recovery(backup, code)
        except WrongPassword:
            raise _wrong_backup_password() from wrong


def _wrong_backup_password() -> WrongPassword:
    return WrongPassword(Text(
        "Kata sandi ini tidak membuka cadangan. Cadangan memakai kata sandi yang berlaku saat cadangan dibuat; "
        "kode pemulihan pada waktu itu juga dapat dipakai. Tidak ada yang diubah.",
        "This password does not open the backup. A backup takes the password the store had when the backup was "
        "made; the recovery code of that time works too. Nothing was changed."))


def _check(backup: Path, password: str | None) -> tuple[BackupCheck, bytes | None]:
    backup = Path(backup).expanduser()
    if not backup.is_file():
        raise BackupError(Text("Cadangan {p} tidak ada (atau bukan berkas).",
                               "The backup {p} does not exist (or is not a file).").format(p=backup))
    key = _unlock(backup, password)
    report = store_backup.check_copy(backup, key)
    parsed = store_backup.parse_backup_name(backup.name)
    check = BackupCheck(
        path=backup, created=parsed[2] if parsed else None, kind=parsed[1] if parsed else None,
        encrypted=key is not None, revision=report.revision, needs_upgrade=report.revision != head_revision(),
        clients=report.clients, cases=report.cases, sessions=report.sessions)
    return check, key


def verify_backup(backup_path: Path, password: str | None = None) -> BackupCheck:
    """Check a backup without changing anything: readable, whole, ours, and a schema this version reads.

    ``password`` is the one the store had when the backup was made (or that time's recovery code).

    Raises:
        BackupError: missing, damaged, cut short, not a backup, or its key file is missing.
        PasswordRequired / WrongPassword: the backup is encrypted and the password is missing or wrong.
        NewerSchema: a newer version of the app made it.
    """
    return _check(backup_path, password)[0]


def prepare_restore(store: Path, backup_path: Path, password: str | None = None,
                    progress: Progress | None = None) -> PreparedRestore:
    """Check the backup and copy it beside ``store``, ready to swap in; the store is not touched.

    ``store`` need not exist yet (a backup brought to a new laptop): its folder is made, private.
    """
    check, key = _check(backup_path, password)
    try:
        store.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    except OSError as exc:
        raise BackupError(Text("Folder data {f} tidak dapat dibuat: {e}.", "The data folder {f} cannot be made: {e}.")
                          .format(f=store.parent, e=exc.strerror)) from exc
    temporary = store_backup.copy_for_restore(check.path, key, store, progress)
    return PreparedRestore(check, temporary, key)


def finish_restore(store: Path, prepared: PreparedRestore, *, current_key: bytes | None,
                   clock: Clock = system_clock) -> tuple[RestoreResult, Database]:
    """Keep ``store`` (and its key file) aside, swap the prepared backup in, and open it (upgrading an older one).

    ``current_key`` is the data key of the store being replaced when it is known (it lets its last writes be
    folded in first); every connection of the caller's to it must be closed. Returns the result and the
    restored store, open.

    Raises:
        BackupError: another program has the store open, the files cannot be moved, or the restored store does
            not open; in every case the store is left as it was.
    """
    try:
        store_backup.settle_store(store, current_key)
        aside = store_backup.aside_name(store, clock())
        had_store, had_key = store.exists(), keys.key_file_for(store).exists()
        store_backup.swap_in(store, prepared.temporary, aside)
    except BackupError:
        store_backup.discard_prepared(prepared.temporary)
        raise
    try:
        fresh = open_database(store, key=prepared.key, clock=clock)
    except PeksosError as exc:
        # The backup passed its check, so this is rare (say, its upgrade failed): put the store back.
        store_backup.put_back(store, aside)
        raise BackupError(Text(
            "Cadangan tidak dapat dibuka setelah dipulihkan ({e}). Data Anda dikembalikan seperti semula.",
            "The backup could not be opened once restored ({e}). Your store was put back as it was.")
            .format(e=str(exc))) from exc
    result = RestoreResult(prepared.check, store, aside if had_store else None,
                           keys.key_file_for(aside) if had_key else None)
    return result, fresh
