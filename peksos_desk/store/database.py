"""The engine factory and units of work.

SQLite gets its pragmas on every connection and the "autocommit trick" of the SQLAlchemy docs: the
pysqlite driver's own transaction handling is switched off so that ``PRAGMA foreign_keys`` takes effect
and SQLAlchemy emits ``BEGIN`` itself — ``BEGIN IMMEDIATE`` for writes, so two processes writing at
once queue on the busy timeout instead of failing half-way with "database is locked".
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import sqlcipher3
from sqlalchemy import Connection, Engine, create_engine, event, func, select
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import QueuePool

from peksos_desk.domain.errors import StoreError
from peksos_desk.domain.text import Text

BUSY_TIMEOUT_MS = 10_000
KEY_BYTES = 32
# "PKSD" as a big-endian 32-bit integer: marks a SQLite file as a Peksos Desk store.
APPLICATION_ID = 0x504B5344

Clock = Callable[[], datetime]

POOL_SIZE = 2
"""SQLite connections kept open between units of work (the window's thread, and a backup or export worker)."""
POOL_OVERFLOW = 8
"""More that may open at once when they are busy; closed again when returned."""
CACHE_KIB = 32 * 1024
"""Each connection's page cache (SQLite's default is 2 MiB). An encrypted page is decrypted each time it is read
into the cache: a pooled connection with room for a large store's hot indexes filters 50,000 clients ~1.5x as
fast. Filled only as pages are read."""
SECURE_DELETE_BEFORE = "secure_delete_before"
"""Kept in a connection's ``info`` when an erasure switches ``secure_delete`` on: the setting its next
transaction goes back to (the build's default differs between SQLite builds)."""


def system_clock() -> datetime:
    """Now, timezone-aware UTC."""
    return datetime.now(UTC)


def to_url(target: str | Path) -> URL:
    """A SQLAlchemy URL for a file path or a URL string (``postgresql+psycopg://...``)."""
    text = str(target)
    if "://" in text:
        return make_url(text)
    return make_url("sqlite://").set(database=str(Path(text).expanduser().resolve()))


def describe(url: URL) -> str:
    """The store's location for messages and logs, never with a password."""
    if url.get_backend_name() == "sqlite":
        return url.database or ":memory:"
    return url.render_as_string(hide_password=True)


def _sqlite_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    dbapi_connection.isolation_level = None  # SQLAlchemy emits BEGIN itself (see module docstring)
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute(f"PRAGMA cache_size=-{CACHE_KIB}")
    cursor.close()


def _sqlite_begin(conn: Any) -> None:
    options = conn.get_execution_options()
    # The safety level can only change outside a transaction: FULL while a migration or backup runs.
    conn.exec_driver_sql(f"PRAGMA synchronous={options.get('sqlite_synchronous', 'NORMAL')}")
    # A pooled connection keeps its settings: an erasure's overwriting of freed space ends with its transaction.
    before = conn.info.pop(SECURE_DELETE_BEFORE, None)
    if before is not None:
        conn.exec_driver_sql(f"PRAGMA secure_delete={int(before)}")
    conn.exec_driver_sql(f"BEGIN {options.get('sqlite_begin', 'DEFERRED')}")


def key_literal(key: bytes) -> str:
    """SQLCipher's raw-key syntax: the 256-bit data key used as it is, with no passphrase derivation."""
    if len(key) != KEY_BYTES:
        raise ValueError("a store key is 32 bytes")
    return f"x'{key.hex()}'"


def raw_connect(path: Path, key: bytes | None = None, *, read_only: bool = False) -> sqlite3.Connection:
    """A plain DB-API connection to a store file: SQLCipher when ``key`` is given, else SQLite.

    For the few places that work below SQLAlchemy: probing a file read-only, the online backup, conversion.
    ``read_only`` opens with ``mode=ro`` so that not a byte of the file can change.
    """
    target = f"{path.resolve().as_uri()}?mode=ro" if read_only else str(path)
    if key is None:
        return sqlite3.connect(target, uri=read_only)
    connection = sqlcipher3.connect(target, uri=read_only)
    connection.execute(f'PRAGMA key="{key_literal(key)}"')
    return connection  # type: ignore[no-any-return]


def make_engine(url: URL, key: bytes | None = None) -> Engine:
    """An engine with the project's settings for SQLite (SQLCipher when ``key`` is given) or PostgreSQL."""
    if url.get_backend_name() == "sqlite":
        if key is not None:
            # The pysqlcipher dialect issues ``PRAGMA key`` as the first statement of every connection; the
            # password part of the URL is never rendered (``describe`` shows only the path).
            url = url.set(drivername="sqlite+pysqlcipher", password=key_literal(key))
        # A few connections are kept open between units of work: each keeps its page cache and parsed schema,
        # where a fresh one per read re-reads both (~1 ms a keystroke, more on a large or encrypted store). An
        # idle connection holds no lock; ``Database.close`` (and anything that moves the file) disposes of them.
        # hide_parameters: an error message must never carry a client's data into a log or a crash report.
        engine = create_engine(url, poolclass=QueuePool, pool_size=POOL_SIZE, max_overflow=POOL_OVERFLOW,
                               hide_parameters=True)
        event.listen(engine, "connect", _sqlite_connect)
        event.listen(engine, "begin", _sqlite_begin)
        return engine
    return create_engine(url, pool_pre_ping=True, hide_parameters=True)


EXACT_STATISTICS_ROWS = 200_000
"""Tables up to this many rows are read whole by ANALYZE (~30 ms for 50,000 clients); larger ones (sessions,
search entries, the audit log) by a bounded sample. A sample misjudges a column of few values: it took
``client.archived = 0`` for one client in a hundred, and the planner then sorted every client for a page."""


def analyze(connection: Connection, only: Iterable[str] = ()) -> None:
    """Refresh the planner's statistics, inside the caller's transaction: of every table, or ``only`` those."""
    quote, only = connection.dialect.identifier_preparer.quote, frozenset(only)
    if connection.dialect.name != "sqlite":
        connection.exec_driver_sql(f"ANALYZE {', '.join(quote(table) for table in sorted(only))}".rstrip())
        return
    tables = [row for row in connection.exec_driver_sql(
        "SELECT name, sql LIKE '%WITHOUT ROWID%' FROM sqlite_master WHERE type = 'table' "
        "AND name NOT LIKE 'sqlite%' AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' ORDER BY name")
        if not only or row[0] in only]
    for table, without_rowid in tables:
        quoted = quote(table)
        # The largest rowid stands in for the row count: one step down the b-tree, where count(*) reads it all.
        rows = EXACT_STATISTICS_ROWS + 1 if without_rowid else \
            connection.exec_driver_sql(f"SELECT max(rowid) FROM {quoted}").scalar() or 0
        connection.exec_driver_sql(f"PRAGMA analysis_limit={0 if rows <= EXACT_STATISTICS_ROWS else 400}")
        connection.exec_driver_sql(f"ANALYZE {quoted}")


def advance_id_sequences(session: Session, tables: Iterable[Any]) -> None:
    """After rows were inserted with explicit ids, move PostgreSQL's id sequences past them.

    SQLite needs nothing: its next rowid follows the largest one. Without this, PostgreSQL's next insert would
    collide with an id that is already taken.
    """
    bind = session.get_bind()
    if bind.dialect.name != "postgresql":
        return
    for table in tables:
        sequence = func.pg_get_serial_sequence(bind.dialect.identifier_preparer.quote(table.name), "id")
        session.execute(select(func.setval(sequence, select(func.max(table.c.id)).scalar_subquery())))


# What the database said, and what the user is told. Matched on the driver's message (SQLite) or SQLSTATE
# (PostgreSQL); the store's own state is never at risk in any of them: the transaction rolls back whole.
_FAILURES: tuple[tuple[tuple[str, ...], Text], ...] = (
    (("database or disk is full", "53100"), Text(
        "Disk penuh: perubahan terakhir tidak tersimpan. Kosongkan ruang disk lalu coba lagi; data yang sudah "
        "tersimpan sebelumnya aman.",
        "The disk is full: the last change was not saved. Free some disk space and try again; everything saved "
        "before is safe.")),
    (("readonly database", "read-only", "25006"), Text(
        "Data di {p} hanya dapat dibaca (folder atau media terkunci tulis): perubahan terakhir tidak tersimpan.",
        "The store at {p} can only be read (a write-protected folder or medium): the last change was not saved.")),
    (("database is locked", "55P03", "40P01"), Text(
        "Data di {p} sedang dipakai program lain terlalu lama: perubahan terakhir tidak tersimpan. Tutup program "
        "itu lalu coba lagi.",
        "The store at {p} was held by another program for too long: the last change was not saved. Close that "
        "program and try again.")),
    (("disk i/o error", "unable to open database file", "58030"), Text(
        "Media penyimpanan {p} gagal dibaca atau ditulis (apakah flashdisk dicabut?). Perubahan terakhir tidak "
        "tersimpan; jalankan 'peksos-desk check' untuk memeriksa data.",
        "The medium holding {p} could not be read or written (was a USB drive removed?). The last change was not "
        "saved; run 'peksos-desk check' to examine the store.")),
)


def _store_failure(exc: OperationalError, where: str) -> StoreError | None:
    """The typed, plain-worded error for a database failure; None when it is not one we know."""
    said = f"{exc.orig} {getattr(exc.orig, 'sqlstate', '') or ''}".lower()
    for needles, text in _FAILURES:
        if any(needle.lower() in said for needle in needles):
            return StoreError(text.format(p=where))
    return None


@dataclass
class Database:
    """An open case store: the engine plus the units of work the services run in."""

    engine: Engine
    clock: Clock = system_clock
    # The store's 256-bit data key when it is an encrypted (SQLCipher) file; kept in memory only, for backups.
    key: bytes | None = field(default=None, repr=False)
    _read: sessionmaker[Session] = field(init=False, repr=False)
    _write: sessionmaker[Session] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._read = sessionmaker(self.engine, expire_on_commit=False)
        write_engine = self.engine.execution_options(sqlite_begin="IMMEDIATE")
        self._write = sessionmaker(write_engine, expire_on_commit=False)

    @property
    def url(self) -> URL:
        return self.engine.url

    @property
    def is_encrypted(self) -> bool:
        """Whether the store file is encrypted (SQLCipher)."""
        return self.engine.dialect.driver == "pysqlcipher"

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @property
    def location(self) -> str:
        """Where the store is, for the status bar and messages (no password)."""
        return describe(self.engine.url)

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One write transaction: committed when the block ends, rolled back whole on any error.

        Raises:
            StoreError: the disk is full, the store became read-only, another program held it too long, or the
                medium failed; the transaction was rolled back and what was saved before is intact.
        """
        try:
            with self._write() as session, session.begin():
                yield session
        except OperationalError as exc:
            failure = _store_failure(exc, self.location)
            if failure is None:
                raise
            raise failure from exc

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A read-only unit of work; anything written in it is rolled back."""
        try:
            with self._read() as session:
                try:
                    yield session
                finally:
                    session.rollback()
        except OperationalError as exc:
            failure = _store_failure(exc, self.location)
            if failure is None:
                raise
            raise failure from exc

    def refresh_statistics(self) -> None:
        """Give the query planner fresh statistics (SQLite keeps none until asked; ~0.7 s on an encrypted
        50,000-client store, run as the app closes). Best effort: a read-only or busy store is left as it is."""
        try:
            with self.engine.connect() as connection:
                analyze(connection)
                connection.commit()
        except DBAPIError:
            pass

    def close(self) -> None:
        """Release every connection."""
        self.engine.dispose()
