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
from sqlalchemy import Engine, create_engine, event, func, select
from sqlalchemy.engine import URL, make_url
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import NullPool

BUSY_TIMEOUT_MS = 10_000
KEY_BYTES = 32
# "PKSD" as a big-endian 32-bit integer: marks a SQLite file as a Peksos Desk store.
APPLICATION_ID = 0x504B5344

Clock = Callable[[], datetime]


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
    cursor.close()


def _sqlite_begin(conn: Any) -> None:
    options = conn.get_execution_options()
    # The safety level can only change outside a transaction: FULL while a migration or backup runs.
    conn.exec_driver_sql(f"PRAGMA synchronous={options.get('sqlite_synchronous', 'NORMAL')}")
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
        # NullPool: a file connection is cheap to open, and none lingers to hold a lock or a WAL open.
        # hide_parameters: an error message must never carry a client's data into a log or a crash report.
        engine = create_engine(url, poolclass=NullPool, hide_parameters=True)
        event.listen(engine, "connect", _sqlite_connect)
        event.listen(engine, "begin", _sqlite_begin)
        return engine
    return create_engine(url, pool_pre_ping=True, hide_parameters=True)


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
        """One write transaction: committed when the block ends, rolled back whole on any error."""
        with self._write() as session, session.begin():
            yield session

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A read-only unit of work; anything written in it is rolled back."""
        with self._read() as session:
            try:
                yield session
            finally:
                session.rollback()

    def close(self) -> None:
        """Release every connection."""
        self.engine.dispose()
