"""What erasing a client needs below SQL's portable surface: dialect-guarded raw statements.

On SQLite, ``secure_delete`` makes the erasing transaction overwrite every byte it frees (old cells, index
entries, overflow pages) with zeros instead of leaving it in the file's free space; the full-text index is
merged so that the erased words leave its segments too (FTS5 keeps a deleted row's terms in older segments
until they are merged); a checkpoint then moves the result from the write-ahead log into the file and empties
the log. PostgreSQL keeps old row versions until VACUUM reclaims them, which the server's autovacuum does.
"""

from __future__ import annotations

from sqlalchemy import Connection, inspect
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from peksos_desk.store.database import SECURE_DELETE_BEFORE, Database


def overwrite_freed_space(session: Session) -> None:
    """Within a write transaction on SQLite: zero every byte the transaction frees. Nothing on PostgreSQL."""
    connection = session.connection()
    if connection.dialect.name == "sqlite":
        connection.info.setdefault(SECURE_DELETE_BEFORE, connection.exec_driver_sql("PRAGMA secure_delete").scalar())
        connection.exec_driver_sql("PRAGMA secure_delete=ON")


def purge_search_segments(session: Session) -> None:
    """Within the erasing transaction on SQLite: merge each full-text index into one segment, so the terms of
    deleted entries are gone from it. Nothing on PostgreSQL (a GIN index holds no deleted row's terms once
    vacuumed)."""
    connection = session.connection()
    if connection.dialect.name != "sqlite":
        return
    tables = set(inspect(connection).get_table_names())
    for name in sorted(tables):
        if name.startswith("search_fts_") and f"{name}_data" in tables:
            connection.exec_driver_sql(f"INSERT INTO {name}({name}) VALUES ('optimize')")


def checkpoint(database: Database) -> bool:
    """After the erasure is committed, on SQLite: copy the log into the file and truncate the log, so the old
    pages are no longer in it. Returns False when another connection kept the log from being emptied (it is
    emptied at a later checkpoint); True on PostgreSQL."""
    if not database.is_sqlite:
        return True
    try:
        with database.engine.connect() as connection:
            return _truncate_log(connection)
    except OperationalError:
        return False


def _truncate_log(connection: Connection) -> bool:
    row = connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)").first()
    return row is not None and row[0] == 0
