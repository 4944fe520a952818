"""A read-only health check of a store: integrity, foreign keys, schema version, what it holds.

It never creates, upgrades or otherwise writes: ``peksos-desk check`` must be safe on any file.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

import sqlcipher3
from sqlalchemy import create_engine, func, inspect, select
from sqlalchemy.exc import OperationalError

from peksos_desk.domain.errors import NewerSchema, NotAStore, PasswordRequired, StoreError
from peksos_desk.domain.text import Text
from peksos_desk.store import keys
from peksos_desk.store.database import describe, raw_connect, to_url
from peksos_desk.store.models import Base
from peksos_desk.store.schema import head_revision, known_revisions, probe_sqlite

COUNTED = ("client", "case", "case_session", "note_addendum", "service_type", "invoice", "payment", "audit_log")


@dataclass(frozen=True)
class StoreReport:
    location: str
    dialect: str
    revision: str | None
    head: str
    counts: dict[str, int] = field(default_factory=dict)
    problems: tuple[str, ...] = ()
    signed_notes: int = 0

    @property
    def needs_upgrade(self) -> bool:
        return self.revision != self.head

    @property
    def ok(self) -> bool:
        return not self.problems


def inspect_store(target: str | Path, *, key: bytes | None = None) -> StoreReport:
    """Check a store without changing it; ``key`` is the data key of an encrypted store file.

    Raises:
        PasswordRequired: the file is encrypted and no key was given.
        NotAStore / NewerSchema / StoreError: the store cannot be checked at all.
    """
    url = to_url(target)
    if url.get_backend_name() == "sqlite":
        assert url.database
        return _inspect_sqlite(Path(url.database), key)
    return _inspect_server(str(target))


def _inspect_sqlite(path: Path, key: bytes | None = None) -> StoreReport:
    if not path.exists():
        raise StoreError(Text(f"Berkas {path} tidak ada.", f"The file {path} does not exist."))
    if key is None and keys.is_encrypted(path):
        raise PasswordRequired()
    if key is not None and keys.has_plain_header(path):
        key = None  # a plain file needs no key
    found = probe_sqlite(path, key)
    if found is None or found.empty or found.revision is None:
        raise NotAStore(Text(f"{path} bukan berkas data Peksos Desk.", f"{path} is not a Peksos Desk store."))
    if found.revision not in known_revisions():
        raise NewerSchema(Text(f"{path} dibuat oleh versi Peksos Desk yang lebih baru (skema {found.revision}).",
                               f"{path} was written by a newer version of Peksos Desk (schema {found.revision})."))
    problems: list[str] = []
    conn = raw_connect(path, key, read_only=True)
    try:
        result = [row[0] for row in conn.execute("PRAGMA integrity_check")]
        if result != ["ok"]:
            problems.extend(f"integrity: {line}" for line in result[:20])
        for table, rowid, parent, _ in conn.execute("PRAGMA foreign_key_check"):
            problems.append(f"foreign key: {table} row {rowid} points to a missing {parent}")
            if len(problems) > 40:
                break
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        missing = sorted(set(Base.metadata.tables) - tables) if found.revision == head_revision() else []
        problems.extend(f"missing table: {name}" for name in missing)
        counts = {name: conn.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0]
                  for name in COUNTED if name in tables}
        signed = conn.execute("SELECT count(*) FROM case_session WHERE signed_at IS NOT NULL").fetchone()[0] \
            if "case_session" in tables else 0
    except (sqlite3.DatabaseError, sqlcipher3.DatabaseError) as exc:
        problems.append(f"unreadable: {exc}")
        counts, signed = {}, 0
    finally:
        conn.close()
    return StoreReport(str(path), "sqlite", found.revision, head_revision(), counts, tuple(problems), signed)


def _inspect_server(target: str) -> StoreReport:
    url = to_url(target)
    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            from alembic.runtime.migration import MigrationContext

            revision = MigrationContext.configure(connection).get_current_revision()
            if revision is None:
                raise NotAStore(Text(f"{describe(url)} bukan basis data Peksos Desk.",
                                     f"{describe(url)} is not a Peksos Desk database."))
            if revision not in known_revisions():
                raise NewerSchema(Text(f"{describe(url)} dibuat oleh versi yang lebih baru (skema {revision}).",
                                       f"{describe(url)} was written by a newer version (schema {revision})."))
            tables = set(inspect(connection).get_table_names())
            missing = sorted(set(Base.metadata.tables) - tables) if revision == head_revision() else []
            counts = {name: connection.scalar(select(func.count()).select_from(Base.metadata.tables[name])) or 0
                      for name in COUNTED if name in tables}
            sessions = Base.metadata.tables["case_session"]
            signed = connection.scalar(select(func.count()).select_from(sessions)
                                       .where(sessions.c.signed_at.is_not(None))) or 0
    except OperationalError as exc:
        raise StoreError(Text(f"Server data tidak dapat dihubungi: {exc.orig}",
                              f"The database server cannot be reached: {exc.orig}")) from exc
    finally:
        engine.dispose()
    return StoreReport(describe(url), "postgresql", revision, head_revision(), counts,
                       tuple(f"missing table: {name}" for name in missing), signed)
