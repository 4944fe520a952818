"""Opening a store: create, upgrade or refuse, by the start-up rules of DESIGN.md.

- a new (missing or empty) file or database is created at head: ``create_all`` + stamp;
- an older one is copied aside first, then upgraded by Alembic;
- one from a newer version, or a file that is not a Peksos Desk store, is refused with a clear message
  and left byte-for-byte untouched: it is only ever inspected through a read-only connection.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from datetime import UTC
from importlib import resources
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, inspect
from sqlalchemy.engine import URL
from sqlalchemy.exc import DBAPIError, OperationalError

from peksos_desk.domain.errors import KeyFileError, NewerSchema, NotAStore, PasswordRequired, StoreError, StoreLocked
from peksos_desk.domain.text import Text
from peksos_desk.store import keys
from peksos_desk.store.database import (
    APPLICATION_ID,
    Clock,
    Database,
    make_engine,
    raw_connect,
    system_clock,
    to_url,
)
from peksos_desk.store.ddl import install_billing_guards, install_erasure_guards, install_guards
from peksos_desk.store.models import Base
from peksos_desk.store.search import install_search_index

SQLITE_HEADER = b"SQLite format 3\x00"


def alembic_config() -> Config:
    """Alembic configured on the migrations shipped inside the package."""
    config = Config()
    location = resources.files("peksos_desk.store") / "migrations"
    config.set_main_option("script_location", str(location))
    return config


def head_revision() -> str:
    """The schema revision this version of the app writes."""
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def known_revisions() -> set[str]:
    """Every schema revision this version of the app knows how to read or upgrade."""
    return {rev.revision for rev in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


@dataclass(frozen=True)
class SqliteProbe:
    """What a read-only look at a SQLite file found."""

    empty: bool
    application_id: int
    revision: str | None


def probe_sqlite(path: Path, key: bytes | None = None) -> SqliteProbe | None:
    """Look at a SQLite file without changing a byte; ``None`` when there is nothing there yet.

    With ``key``, the file is an encrypted (SQLCipher) store: its header is random, so only opening it with
    the key tells whether it is ours.
    """
    if not path.exists() or path.stat().st_size == 0:
        return None
    if key is not None:
        return _probe_encrypted(path, key)
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except IsADirectoryError as exc:
        raise _not_a_store(path) from exc
    except PermissionError as exc:
        raise StoreLocked(
            Text("Berkas {p} tidak dapat dibaca: izin ditolak.", "The file {p} cannot be read: permission denied.")
            .format(p=path)
        ) from exc
    if header != SQLITE_HEADER:
        if keys.looks_encrypted(path):
            raise keys.missing_key_file(path)
        raise _not_a_store(path)
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            application_id = conn.execute("PRAGMA application_id").fetchone()[0]
            tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            revision = None
            if "alembic_version" in tables:
                row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
                revision = row[0] if row else None
        finally:
            conn.close()
    except sqlite3.OperationalError as exc:
        if "unable to open" not in str(exc):
            raise _not_a_store(path) from exc
        # A SQLite file we could read but SQLite could not open: its folder refuses the WAL's shared-memory file.
        raise _cannot_write(path, exc) from exc
    except sqlite3.DatabaseError as exc:
        raise _not_a_store(path) from exc
    return SqliteProbe(empty=not tables, application_id=application_id, revision=revision)


def _probe_encrypted(path: Path, key: bytes) -> SqliteProbe:
    keys.quiet_sqlcipher()
    conn = raw_connect(path, key, read_only=True)
    try:
        application_id = conn.execute("PRAGMA application_id").fetchone()[0]
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        revision = None
        if "alembic_version" in tables:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = row[0] if row else None
    except Exception as exc:  # sqlcipher3's DatabaseError is not sqlite3's
        if "not a database" in str(exc):
            raise key_does_not_fit(path) from exc
        raise StoreLocked(Text(f"Berkas {path} tidak dapat dibaca: {exc}.",
                               f"The file {path} cannot be read: {exc}.")) from exc
    finally:
        conn.close()
    return SqliteProbe(empty=not tables, application_id=application_id, revision=revision)


def key_does_not_fit(path: Path) -> KeyFileError:
    """The key file opened, but its data key does not decrypt the store: they do not belong together."""
    return KeyFileError(Text(
        f"Berkas kunci di samping {path} tidak cocok dengan data ini (atau datanya rusak). Pastikan berkas data dan "
        f"berkas kuncinya berasal dari salinan yang sama, atau pulihkan keduanya dari cadangan. Tidak ada yang "
        f"diubah.",
        f"The key file beside {path} does not fit this store (or the store is damaged). Make sure the store and its "
        f"key file come from the same copy, or restore both from a backup. Nothing was changed."))


def _not_a_store(where: object) -> NotAStore:
    return NotAStore(
        Text(
            "{p} bukan berkas data Peksos Desk (atau berkasnya rusak). Berkas itu tidak diubah.",
            "{p} is not a Peksos Desk store (or the file is damaged). The file was not changed.",
        ).format(p=where)
    )


def _newer(where: object, revision: str) -> NewerSchema:
    return NewerSchema(
        Text(
            "{p} dibuat oleh versi Peksos Desk yang lebih baru (skema {r}). Perbarui aplikasi untuk membukanya; "
            "berkas itu tidak diubah.",
            "{p} was written by a newer version of Peksos Desk (schema {r}). Update the app to open it; "
            "the file was not changed.",
        ).format(p=where, r=revision)
    )


def _check_revision(where: object, revision: str | None) -> None:
    if revision is not None and revision not in known_revisions():
        raise _newer(where, revision)


def backup_before_upgrade(path: Path, revision: str, clock: Clock = system_clock, key: bytes | None = None) -> Path:
    """Copy the store aside with SQLite's online backup, before a migration touches it.

    An encrypted store's copy stays encrypted under the same data key, with a copy of its key file beside it.
    """
    stamp = clock().astimezone(UTC).strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.before-upgrade-{revision}-{stamp}{path.suffix}")
    if key is not None:
        keys.copy_key_file(path, target)
    source = raw_connect(path, key, read_only=True)
    try:
        dest = raw_connect(target, key)
        try:
            source.backup(dest)
        finally:
            dest.close()
    finally:
        source.close()
    os.chmod(target, 0o600)
    return target


def create_schema(connection: Connection) -> None:
    """A new store at head: every table, the guards, the stamp and (on SQLite) our application id."""
    Base.metadata.create_all(connection)
    install_guards(connection)
    install_billing_guards(connection)
    install_erasure_guards(connection)
    install_search_index(connection)
    if connection.dialect.name == "sqlite":
        connection.exec_driver_sql(f"PRAGMA application_id={APPLICATION_ID}")
    config = alembic_config()
    config.attributes["connection"] = connection
    command.stamp(config, "head")


def upgrade_schema(connection: Connection) -> None:
    """Run every migration from the store's revision to head."""
    config = alembic_config()
    config.attributes["connection"] = connection
    command.upgrade(config, "head")
    if connection.dialect.name == "sqlite":
        connection.exec_driver_sql(f"PRAGMA application_id={APPLICATION_ID}")


def open_database(target: str | Path, *, key: bytes | None = None, clock: Clock = system_clock) -> Database:
    """Open (creating or upgrading as needed) the store at a path or URL.

    ``key`` is the data key of an encrypted store file (see ``store.keys``); a missing or empty file is then
    created encrypted. An encrypted file is recognised by the key file beside it.

    Raises:
        PasswordRequired: the file is encrypted and no key was given.
        KeyFileError: the key does not fit the file (another store's key file, or damage).
        NotAStore: the file or database holds something else; it was not changed.
        NewerSchema: a newer app wrote it; it was not changed.
        StoreLocked: the store cannot be read or written here (permissions, another program).
        StoreError: a key was given for a plain file or a database server.
    """
    url = to_url(target)
    if url.get_backend_name() == "sqlite":
        return _open_sqlite(url, clock, key)
    if key is not None:
        raise server_not_encrypted()
    return _open_server(url, clock)


def server_not_encrypted() -> StoreError:
    """A password was given for a PostgreSQL store: encrypting its data is the server's job, not the app's."""
    return StoreError(Text(
        "Data di server PostgreSQL tidak dienkripsi oleh Peksos Desk; enkripsi dan akses diatur oleh server "
        "(minta pengelola server). Buka tanpa kata sandi data.",
        "A PostgreSQL store is not encrypted by Peksos Desk; the server takes care of encryption and access "
        "(ask its administrator). Open it without a store password."))


def _open_sqlite(url: URL, clock: Clock, key: bytes | None = None) -> Database:
    assert url.database
    path = Path(url.database)
    if key is None and keys.is_encrypted(path):
        raise PasswordRequired()
    if key is not None and keys.has_plain_header(path):
        raise StoreError(Text(
            f"Data {path} tidak terenkripsi; bukalah tanpa kata sandi.",
            f"The store {path} is not encrypted; open it without a password."))
    found = probe_sqlite(path, key)
    if found is not None and not found.empty:
        if found.revision is None or found.application_id not in (0, APPLICATION_ID):
            raise _not_a_store(path)
        _check_revision(path, found.revision)
    if found is None:
        try:
            path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        except OSError as exc:
            raise StoreLocked(Text(
                f"Folder untuk {path} tidak dapat dibuat: {exc.strerror}.",
                f"The folder for {path} cannot be created: {exc.strerror}.")) from exc
    engine = make_engine(url, key)
    database = Database(engine, clock=clock, key=key)
    careful = engine.execution_options(sqlite_synchronous="FULL", sqlite_begin="IMMEDIATE")
    try:
        if found is None or found.empty:
            with careful.begin() as connection:
                create_schema(connection)
            os.chmod(path, 0o600)
        elif found.revision != head_revision():
            assert found.revision is not None
            backup_before_upgrade(path, found.revision, clock, key)
            with careful.begin() as connection:
                upgrade_schema(connection)
        else:  # at head already: prove it can be written here (a read-only folder or medium) before any typing
            with careful.begin():
                pass
    except OperationalError as exc:
        database.close()
        if found is None:  # leave nothing half-made behind
            for leftover in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
                leftover.unlink(missing_ok=True)
        raise _cannot_write(path, exc) from exc
    return database


def _cannot_write(where: object, exc: DBAPIError | sqlite3.Error) -> StoreLocked:
    return StoreLocked(
        Text(
            "Data di {p} tidak dapat dibuka untuk ditulis ({e}). Periksa izin folder, ruang disk, atau "
            "apakah program lain sedang memakainya.",
            "The store at {p} cannot be opened for writing ({e}). Check the folder's permissions, the free "
            "disk space, or whether another program is using it.",
        ).format(p=where, e=str(exc.orig if isinstance(exc, DBAPIError) else exc))
    )


def _open_server(url: URL, clock: Clock) -> Database:
    engine = make_engine(url)
    where = url.render_as_string(hide_password=True)
    try:
        with engine.connect() as connection:
            tables = set(inspect(connection).get_table_names())
            revision = MigrationContext.configure(connection).get_current_revision()
    except OperationalError as exc:
        engine.dispose()
        raise StoreLocked(
            Text("Server data {p} tidak dapat dihubungi: {e}", "The database server {p} cannot be reached: {e}")
            .format(p=where, e=str(exc.orig).strip())
        ) from exc
    if tables and revision is None:
        engine.dispose()
        raise _not_a_store(where)
    try:
        _check_revision(where, revision)
    except NewerSchema:
        engine.dispose()
        raise
    with engine.begin() as connection:
        if not tables:
            create_schema(connection)
        elif revision != head_revision():
            upgrade_schema(connection)
    return Database(engine, clock=clock)


def current_revision(database: Database) -> str | None:
    """The schema revision stamped in an open store."""
    with database.engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()
