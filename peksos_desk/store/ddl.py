"""Dialect-guarded raw DDL: triggers that keep append-only tables append-only.

They are a second wall behind the services' own checks, so that no code path — a bug, a script, a
future feature — can rewrite history that the law or the profession wants kept.
"""

from __future__ import annotations

from sqlalchemy import Connection

# Tables whose rows are never updated or deleted.
APPEND_ONLY = ("audit_log", "case_stage_event", "note_addendum")

_SQLITE_SIGNED_NOTE = """
CREATE TRIGGER IF NOT EXISTS trg_case_session_signed_locked
BEFORE UPDATE ON case_session
WHEN OLD.signed_at IS NOT NULL AND (
    NEW.note IS NOT OLD.note OR NEW.note_format IS NOT OLD.note_format
    OR NEW.signed_at IS NOT OLD.signed_at OR NEW.starts_at IS NOT OLD.starts_at
    OR NEW.case_id IS NOT OLD.case_id OR NEW.attendance IS NOT OLD.attendance)
BEGIN SELECT RAISE(ABORT, 'signed note is locked'); END
"""

_SQLITE_SIGNED_NOTE_DELETE = """
CREATE TRIGGER IF NOT EXISTS trg_case_session_signed_no_delete
BEFORE DELETE ON case_session WHEN OLD.signed_at IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'signed note is locked'); END
"""

_PG_FUNCTIONS = """
CREATE OR REPLACE FUNCTION peksos_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION USING MESSAGE = TG_TABLE_NAME || ' is append-only';
END $$ LANGUAGE plpgsql;

CREATE OR REPLACE FUNCTION peksos_signed_note_locked() RETURNS trigger AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        RAISE EXCEPTION 'signed note is locked';
    END IF;
    IF NEW.note::text IS DISTINCT FROM OLD.note::text OR NEW.note_format IS DISTINCT FROM OLD.note_format
       OR NEW.signed_at IS DISTINCT FROM OLD.signed_at OR NEW.starts_at IS DISTINCT FROM OLD.starts_at
       OR NEW.case_id IS DISTINCT FROM OLD.case_id OR NEW.attendance IS DISTINCT FROM OLD.attendance THEN
        RAISE EXCEPTION 'signed note is locked';
    END IF;
    RETURN NEW;
END $$ LANGUAGE plpgsql;
"""


def install_guards(connection: Connection) -> None:
    """Create the append-only and signed-note triggers for the connection's dialect."""
    if connection.dialect.name == "sqlite":
        for table in APPEND_ONLY:
            for op in ("UPDATE", "DELETE"):
                connection.exec_driver_sql(
                    f"CREATE TRIGGER IF NOT EXISTS trg_{table}_no_{op.lower()} BEFORE {op} ON {table} "
                    f"BEGIN SELECT RAISE(ABORT, '{table} is append-only'); END"
                )
        connection.exec_driver_sql(_SQLITE_SIGNED_NOTE)
        connection.exec_driver_sql(_SQLITE_SIGNED_NOTE_DELETE)
    elif connection.dialect.name == "postgresql":
        connection.exec_driver_sql(_PG_FUNCTIONS)
        for table in APPEND_ONLY:
            connection.exec_driver_sql(
                f"CREATE OR REPLACE TRIGGER trg_{table}_append_only BEFORE UPDATE OR DELETE ON {table} "
                "FOR EACH ROW EXECUTE FUNCTION peksos_append_only()"
            )
        connection.exec_driver_sql(
            "CREATE OR REPLACE TRIGGER trg_case_session_signed_locked BEFORE UPDATE OR DELETE ON case_session "
            "FOR EACH ROW WHEN (OLD.signed_at IS NOT NULL) EXECUTE FUNCTION peksos_signed_note_locked()"
        )
    else:  # pragma: no cover - only the two supported dialects
        raise ValueError(f"unsupported database {connection.dialect.name}")
