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


# -- Billing: an issued invoice, its lines and its claims on sessions never change; payments are append-only --

# What an issued invoice may still change: its payment state (status, paid), and once only, its voiding.
INVOICE_LOCKED_COLUMNS = (
    "id", "payer_id", "number", "number_year", "number_seq", "period_start", "period_end", "issue_date",
    "due_date", "issued_at", "payer_name", "payer_address", "privacy_codes_only", "subtotal", "discount",
    "discount_reason", "total", "notes", "created_at",
)


def _invoice_changed(distinct: str) -> str:
    """SQL true when an update of an issued invoice touches what may not change (``distinct``: the operator)."""
    locked = " OR ".join(f"NEW.{c} {distinct} OLD.{c}" for c in INVOICE_LOCKED_COLUMNS)
    voiding = f"(NEW.void_reason {distinct} OLD.void_reason OR NEW.voided_at {distinct} OLD.voided_at)"
    return (f"OLD.status = 'batal' OR NEW.status = 'draf' OR {locked} "
            f"OR ({voiding} AND NEW.status <> 'batal')")


_SQLITE_BILLING = (
    f"""CREATE TRIGGER IF NOT EXISTS trg_invoice_issued_locked BEFORE UPDATE ON invoice
    WHEN OLD.status <> 'draf' AND ({_invoice_changed("IS NOT")})
    BEGIN SELECT RAISE(ABORT, 'issued invoice is locked'); END""",
    """CREATE TRIGGER IF NOT EXISTS trg_invoice_issued_no_delete BEFORE DELETE ON invoice
    WHEN OLD.status <> 'draf'
    BEGIN SELECT RAISE(ABORT, 'issued invoice is locked'); END""",
    """CREATE TRIGGER IF NOT EXISTS trg_invoice_line_insert_locked BEFORE INSERT ON invoice_line
    WHEN (SELECT status FROM invoice WHERE id = NEW.invoice_id) <> 'draf'
    BEGIN SELECT RAISE(ABORT, 'issued invoice is locked'); END""",
    """CREATE TRIGGER IF NOT EXISTS trg_invoice_line_update_locked BEFORE UPDATE ON invoice_line
    WHEN (SELECT status FROM invoice WHERE id = OLD.invoice_id) <> 'draf'
      OR (SELECT status FROM invoice WHERE id = NEW.invoice_id) <> 'draf'
    BEGIN SELECT RAISE(ABORT, 'issued invoice is locked'); END""",
    """CREATE TRIGGER IF NOT EXISTS trg_invoice_line_delete_locked BEFORE DELETE ON invoice_line
    WHEN (SELECT status FROM invoice WHERE id = OLD.invoice_id) <> 'draf'
    BEGIN SELECT RAISE(ABORT, 'issued invoice is locked'); END""",
    """CREATE TRIGGER IF NOT EXISTS trg_billed_session_insert_locked BEFORE INSERT ON billed_session
    WHEN (SELECT status FROM invoice WHERE id = NEW.invoice_id) <> 'draf'
    BEGIN SELECT RAISE(ABORT, 'issued invoice is locked'); END""",
    """CREATE TRIGGER IF NOT EXISTS trg_billed_session_no_update BEFORE UPDATE ON billed_session
    BEGIN SELECT RAISE(ABORT, 'issued invoice is locked'); END""",
    """CREATE TRIGGER IF NOT EXISTS trg_billed_session_delete_locked BEFORE DELETE ON billed_session
    WHEN (SELECT status FROM invoice WHERE id = OLD.invoice_id) NOT IN ('draf', 'batal')
    BEGIN SELECT RAISE(ABORT, 'issued invoice is locked'); END""",
    """CREATE TRIGGER IF NOT EXISTS trg_payment_no_update BEFORE UPDATE ON payment
    BEGIN SELECT RAISE(ABORT, 'payment is append-only'); END""",
    """CREATE TRIGGER IF NOT EXISTS trg_payment_no_delete BEFORE DELETE ON payment
    BEGIN SELECT RAISE(ABORT, 'payment is append-only'); END""",
    """CREATE TRIGGER IF NOT EXISTS trg_payment_insert_issued BEFORE INSERT ON payment
    WHEN (SELECT status FROM invoice WHERE id = NEW.invoice_id) IN ('draf', 'batal')
    BEGIN SELECT RAISE(ABORT, 'payment needs an issued invoice'); END""",
    """CREATE TRIGGER IF NOT EXISTS trg_case_session_billed_locked BEFORE UPDATE ON case_session
    WHEN (NEW.fee IS NOT OLD.fee OR NEW.attendance IS NOT OLD.attendance OR NEW.case_id IS NOT OLD.case_id)
      AND EXISTS (SELECT 1 FROM billed_session b JOIN invoice i ON i.id = b.invoice_id
                  WHERE b.session_id = OLD.id AND i.status <> 'draf')
    BEGIN SELECT RAISE(ABORT, 'session is on an issued invoice'); END""",
)

_PG_BILLING_FUNCTIONS = f"""
CREATE OR REPLACE FUNCTION peksos_invoice_locked() RETURNS trigger AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        IF OLD.status <> 'draf' THEN
            RAISE EXCEPTION 'issued invoice is locked';
        END IF;
        RETURN OLD;
    END IF;
    IF OLD.status <> 'draf' AND ({_invoice_changed("IS DISTINCT FROM")}) THEN
        RAISE EXCEPTION 'issued invoice is locked';
    END IF;
    RETURN NEW;
END $$ LANGUAGE plpgsql;

CREATE OR REPLACE FUNCTION peksos_invoice_child_locked() RETURNS trigger AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE')
       AND (SELECT status FROM invoice WHERE id = OLD.invoice_id) NOT IN ('draf', TG_ARGV[0]) THEN
        RAISE EXCEPTION 'issued invoice is locked';
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') AND (SELECT status FROM invoice WHERE id = NEW.invoice_id) <> 'draf' THEN
        RAISE EXCEPTION 'issued invoice is locked';
    END IF;
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    RETURN NEW;
END $$ LANGUAGE plpgsql;

CREATE OR REPLACE FUNCTION peksos_payment_insert() RETURNS trigger AS $$
BEGIN
    IF (SELECT status FROM invoice WHERE id = NEW.invoice_id) IN ('draf', 'batal') THEN
        RAISE EXCEPTION 'payment needs an issued invoice';
    END IF;
    RETURN NEW;
END $$ LANGUAGE plpgsql;

CREATE OR REPLACE FUNCTION peksos_session_billed_locked() RETURNS trigger AS $$
BEGIN
    IF (NEW.fee IS DISTINCT FROM OLD.fee OR NEW.attendance IS DISTINCT FROM OLD.attendance
        OR NEW.case_id IS DISTINCT FROM OLD.case_id)
       AND EXISTS (SELECT 1 FROM billed_session b JOIN invoice i ON i.id = b.invoice_id
                   WHERE b.session_id = OLD.id AND i.status <> 'draf') THEN
        RAISE EXCEPTION 'session is on an issued invoice';
    END IF;
    RETURN NEW;
END $$ LANGUAGE plpgsql;
"""

_PG_BILLING_TRIGGERS = (
    "CREATE OR REPLACE TRIGGER trg_invoice_issued_locked BEFORE UPDATE OR DELETE ON invoice "
    "FOR EACH ROW EXECUTE FUNCTION peksos_invoice_locked()",
    # An issued invoice's lines never change; its claims on sessions go only when it is voided.
    "CREATE OR REPLACE TRIGGER trg_invoice_line_locked BEFORE INSERT OR UPDATE OR DELETE ON invoice_line "
    "FOR EACH ROW EXECUTE FUNCTION peksos_invoice_child_locked('draf')",
    "CREATE OR REPLACE TRIGGER trg_billed_session_locked BEFORE INSERT OR DELETE ON billed_session "
    "FOR EACH ROW EXECUTE FUNCTION peksos_invoice_child_locked('batal')",
    "CREATE OR REPLACE TRIGGER trg_billed_session_no_update BEFORE UPDATE ON billed_session "
    "FOR EACH ROW EXECUTE FUNCTION peksos_append_only()",
    "CREATE OR REPLACE TRIGGER trg_payment_append_only BEFORE UPDATE OR DELETE ON payment "
    "FOR EACH ROW EXECUTE FUNCTION peksos_append_only()",
    "CREATE OR REPLACE TRIGGER trg_payment_insert_issued BEFORE INSERT ON payment "
    "FOR EACH ROW EXECUTE FUNCTION peksos_payment_insert()",
    "CREATE OR REPLACE TRIGGER trg_case_session_billed_locked BEFORE UPDATE ON case_session "
    "FOR EACH ROW EXECUTE FUNCTION peksos_session_billed_locked()",
)


def install_billing_guards(connection: Connection) -> None:
    """Create the triggers that lock issued invoices, their lines and claims, and keep payments append-only.

    Needs the tables of migration 0002 and, on PostgreSQL, ``peksos_append_only()`` from
    :func:`install_guards`.
    """
    if connection.dialect.name == "sqlite":
        for statement in _SQLITE_BILLING:
            connection.exec_driver_sql(statement)
    elif connection.dialect.name == "postgresql":
        connection.exec_driver_sql(_PG_BILLING_FUNCTIONS)
        for statement in _PG_BILLING_TRIGGERS:
            connection.exec_driver_sql(statement)
    else:  # pragma: no cover - only the two supported dialects
        raise ValueError(f"unsupported database {connection.dialect.name}")


# -- Erasure on request (UU PDP, hak penghapusan): the one lawful exception to the guards above ---------------
#
# A ``client_erasure`` row, written in the same transaction, lets the content of that client's locked rows be
# cleared — never rewritten: a stage event's note and an addendum's text may only become empty, a signed note
# only ``{}``; an issued invoice, its lines and its payments may change only their name and free-text columns
# (payer name and address, notes, reasons, client label, line description, "received from", reference), while
# every number, date, amount and state stays exactly as it was, so the money records keep their 10 years. An
# erased client's own row can never hold identity again. These triggers replace the matching ones of
# ``install_guards`` and ``install_billing_guards`` (run them after those).

ERASED_LABEL_PREFIX = "Klien terhapus "
"""An erased client's name becomes this prefix and the client code: "Klien terhapus KL-000012"."""

_STAGE_EVENT_KEEP = ("id", "case_id", "from_stage", "to_stage", "move_kind", "occurred_on", "created_at")
_ADDENDUM_KEEP = ("id", "session_id", "written_at", "created_at")
_INVOICE_KEEP = ("id", "payer_id", "status", "number", "number_year", "number_seq", "period_start", "period_end",
                 "issue_date", "due_date", "issued_at", "privacy_codes_only", "subtotal", "discount", "total",
                 "paid", "voided_at", "created_at")
_LINE_KEEP = ("id", "invoice_id", "position", "session_id", "client_id", "service_type_id", "service_date",
              "quantity", "unit_price", "amount", "created_at")
_PAYMENT_KEEP = ("id", "invoice_id", "paid_on", "amount", "method", "receipt_number", "receipt_year",
                 "receipt_seq", "place", "created_at")
_CLIENT_EMPTY = ("nickname", "kk_number", "bpjs_number", "birth_place", "address", "city", "phone",
                 "guardian_name", "guardian_relation", "guardian_phone", "notes")
_CLIENT_NULL = ("nik", "birth_date", "sex")

_ERASED_CASE = ('EXISTS (SELECT 1 FROM "case" c JOIN client_erasure e ON e.client_id = c.client_id '
                "WHERE c.id = OLD.case_id)")
_ERASED_SESSION = ('EXISTS (SELECT 1 FROM case_session s JOIN "case" c ON c.id = s.case_id '
                   "JOIN client_erasure e ON e.client_id = c.client_id WHERE s.id = OLD.session_id)")


def _erased_invoice(invoice_id: str) -> str:
    """SQL true when the invoice ``invoice_id`` names an erased client: as its payer, or on one of its lines."""
    return (f"(EXISTS (SELECT 1 FROM invoice i JOIN payer p ON p.id = i.payer_id "
            f"JOIN client_erasure e ON e.client_id = p.client_id WHERE i.id = {invoice_id}) "
            f"OR EXISTS (SELECT 1 FROM invoice_line l JOIN client_erasure e ON e.client_id = l.client_id "
            f"WHERE l.invoice_id = {invoice_id}))")


def _same(columns: tuple[str, ...], same: str) -> str:
    return " AND ".join(f"NEW.{c} {same} OLD.{c}" for c in columns)


def _client_cleared(true: str) -> str:
    """SQL true when the NEW client row holds no identity: the anonymised name and nothing else."""
    parts = [f"NEW.full_name = '{ERASED_LABEL_PREFIX}' || OLD.code", "NEW.code = OLD.code",
             f"NEW.archived = {true}", "NEW.consent_given = OLD.consent_given"]
    parts += [f"NEW.{c} = ''" for c in _CLIENT_EMPTY]
    parts += [f"NEW.{c} IS NULL" for c in _CLIENT_NULL]
    return " AND ".join(parts)


_ERASED_CLIENT_ROW = "EXISTS (SELECT 1 FROM client_erasure e WHERE e.client_id = OLD.id)"


def _sqlite_erasure() -> tuple[str, ...]:
    same = "IS"
    signed_changed = ("NEW.note_format IS NOT OLD.note_format OR NEW.signed_at IS NOT OLD.signed_at "
                      "OR NEW.starts_at IS NOT OLD.starts_at OR NEW.case_id IS NOT OLD.case_id "
                      "OR NEW.attendance IS NOT OLD.attendance")
    return (
        "DROP TRIGGER IF EXISTS trg_case_stage_event_no_update",
        f"""CREATE TRIGGER IF NOT EXISTS trg_case_stage_event_update_erasure BEFORE UPDATE ON case_stage_event
        WHEN NOT (NEW.note = '' AND {_same(_STAGE_EVENT_KEEP, same)} AND {_ERASED_CASE})
        BEGIN SELECT RAISE(ABORT, 'case_stage_event is append-only'); END""",
        "DROP TRIGGER IF EXISTS trg_note_addendum_no_update",
        f"""CREATE TRIGGER IF NOT EXISTS trg_note_addendum_update_erasure BEFORE UPDATE ON note_addendum
        WHEN NOT (NEW.reason = '' AND NEW.content = '' AND {_same(_ADDENDUM_KEEP, same)} AND {_ERASED_SESSION})
        BEGIN SELECT RAISE(ABORT, 'note_addendum is append-only'); END""",
        "DROP TRIGGER IF EXISTS trg_case_session_signed_locked",
        f"""CREATE TRIGGER IF NOT EXISTS trg_case_session_signed_locked_erasure BEFORE UPDATE ON case_session
        WHEN OLD.signed_at IS NOT NULL AND (
            (NEW.note IS NOT OLD.note AND NOT (NEW.note = '{{}}' AND {_ERASED_CASE})) OR {signed_changed})
        BEGIN SELECT RAISE(ABORT, 'signed note is locked'); END""",
        "DROP TRIGGER IF EXISTS trg_invoice_issued_locked",
        f"""CREATE TRIGGER IF NOT EXISTS trg_invoice_issued_locked_erasure BEFORE UPDATE ON invoice
        WHEN OLD.status <> 'draf' AND ({_invoice_changed("IS NOT")})
          AND NOT ({_same(_INVOICE_KEEP, same)} AND {_erased_invoice("OLD.id")})
        BEGIN SELECT RAISE(ABORT, 'issued invoice is locked'); END""",
        "DROP TRIGGER IF EXISTS trg_invoice_line_update_locked",
        f"""CREATE TRIGGER IF NOT EXISTS trg_invoice_line_update_locked_erasure BEFORE UPDATE ON invoice_line
        WHEN ((SELECT status FROM invoice WHERE id = OLD.invoice_id) <> 'draf'
              OR (SELECT status FROM invoice WHERE id = NEW.invoice_id) <> 'draf')
          AND NOT ({_same(_LINE_KEEP, same)} AND {_erased_invoice("OLD.invoice_id")})
        BEGIN SELECT RAISE(ABORT, 'issued invoice is locked'); END""",
        "DROP TRIGGER IF EXISTS trg_payment_no_update",
        f"""CREATE TRIGGER IF NOT EXISTS trg_payment_update_erasure BEFORE UPDATE ON payment
        WHEN NOT ({_same(_PAYMENT_KEEP, same)} AND {_erased_invoice("OLD.invoice_id")})
        BEGIN SELECT RAISE(ABORT, 'payment is append-only'); END""",
        f"""CREATE TRIGGER IF NOT EXISTS trg_client_erased_stays_erased BEFORE UPDATE ON client
        WHEN {_ERASED_CLIENT_ROW} AND NOT ({_client_cleared("1")})
        BEGIN SELECT RAISE(ABORT, 'erased client'); END""",
        """CREATE TRIGGER IF NOT EXISTS trg_client_ppks_erased BEFORE INSERT ON client_ppks
        WHEN EXISTS (SELECT 1 FROM client_erasure e WHERE e.client_id = NEW.client_id)
        BEGIN SELECT RAISE(ABORT, 'erased client'); END""",
        """CREATE TRIGGER IF NOT EXISTS trg_client_erasure_no_update BEFORE UPDATE ON client_erasure
        BEGIN SELECT RAISE(ABORT, 'client_erasure is append-only'); END""",
        """CREATE TRIGGER IF NOT EXISTS trg_client_erasure_no_delete BEFORE DELETE ON client_erasure
        BEGIN SELECT RAISE(ABORT, 'client_erasure is append-only'); END""",
    )


def _pg_erasure_functions() -> str:
    same = "IS NOT DISTINCT FROM"
    return f"""
CREATE OR REPLACE FUNCTION peksos_stage_event_erasable() RETURNS trigger AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND NEW.note = '' AND {_same(_STAGE_EVENT_KEEP, same)} AND {_ERASED_CASE} THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION USING MESSAGE = TG_TABLE_NAME || ' is append-only';
END $$ LANGUAGE plpgsql;

CREATE OR REPLACE FUNCTION peksos_addendum_erasable() RETURNS trigger AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND NEW.reason = '' AND NEW.content = '' AND {_same(_ADDENDUM_KEEP, same)}
       AND {_ERASED_SESSION} THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION USING MESSAGE = TG_TABLE_NAME || ' is append-only';
END $$ LANGUAGE plpgsql;

CREATE OR REPLACE FUNCTION peksos_signed_note_erasable() RETURNS trigger AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        RAISE EXCEPTION 'signed note is locked';
    END IF;
    IF (NEW.note::text IS DISTINCT FROM OLD.note::text AND NOT (NEW.note::text = '{{}}' AND {_ERASED_CASE}))
       OR NEW.note_format IS DISTINCT FROM OLD.note_format
       OR NEW.signed_at IS DISTINCT FROM OLD.signed_at OR NEW.starts_at IS DISTINCT FROM OLD.starts_at
       OR NEW.case_id IS DISTINCT FROM OLD.case_id OR NEW.attendance IS DISTINCT FROM OLD.attendance THEN
        RAISE EXCEPTION 'signed note is locked';
    END IF;
    RETURN NEW;
END $$ LANGUAGE plpgsql;

CREATE OR REPLACE FUNCTION peksos_invoice_erasable() RETURNS trigger AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        IF OLD.status <> 'draf' THEN
            RAISE EXCEPTION 'issued invoice is locked';
        END IF;
        RETURN OLD;
    END IF;
    IF OLD.status <> 'draf' AND ({_invoice_changed("IS DISTINCT FROM")})
       AND NOT ({_same(_INVOICE_KEEP, same)} AND {_erased_invoice("OLD.id")}) THEN
        RAISE EXCEPTION 'issued invoice is locked';
    END IF;
    RETURN NEW;
END $$ LANGUAGE plpgsql;

CREATE OR REPLACE FUNCTION peksos_invoice_line_erasable() RETURNS trigger AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND {_same(_LINE_KEEP, same)} AND {_erased_invoice("OLD.invoice_id")} THEN
        RETURN NEW;
    END IF;
    IF TG_OP IN ('UPDATE', 'DELETE') AND (SELECT status FROM invoice WHERE id = OLD.invoice_id) <> 'draf' THEN
        RAISE EXCEPTION 'issued invoice is locked';
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') AND (SELECT status FROM invoice WHERE id = NEW.invoice_id) <> 'draf' THEN
        RAISE EXCEPTION 'issued invoice is locked';
    END IF;
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    RETURN NEW;
END $$ LANGUAGE plpgsql;

CREATE OR REPLACE FUNCTION peksos_payment_erasable() RETURNS trigger AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND {_same(_PAYMENT_KEEP, same)} AND {_erased_invoice("OLD.invoice_id")} THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION USING MESSAGE = TG_TABLE_NAME || ' is append-only';
END $$ LANGUAGE plpgsql;

CREATE OR REPLACE FUNCTION peksos_client_erased() RETURNS trigger AS $$
BEGIN
    IF TG_TABLE_NAME = 'client_ppks' THEN
        IF EXISTS (SELECT 1 FROM client_erasure e WHERE e.client_id = NEW.client_id) THEN
            RAISE EXCEPTION 'erased client';
        END IF;
        RETURN NEW;
    END IF;
    IF {_ERASED_CLIENT_ROW} AND NOT ({_client_cleared("TRUE")}) THEN
        RAISE EXCEPTION 'erased client';
    END IF;
    RETURN NEW;
END $$ LANGUAGE plpgsql;
"""


_PG_ERASURE_TRIGGERS = (
    "CREATE OR REPLACE TRIGGER trg_case_stage_event_append_only BEFORE UPDATE OR DELETE ON case_stage_event "
    "FOR EACH ROW EXECUTE FUNCTION peksos_stage_event_erasable()",
    "CREATE OR REPLACE TRIGGER trg_note_addendum_append_only BEFORE UPDATE OR DELETE ON note_addendum "
    "FOR EACH ROW EXECUTE FUNCTION peksos_addendum_erasable()",
    "CREATE OR REPLACE TRIGGER trg_case_session_signed_locked BEFORE UPDATE OR DELETE ON case_session "
    "FOR EACH ROW WHEN (OLD.signed_at IS NOT NULL) EXECUTE FUNCTION peksos_signed_note_erasable()",
    "CREATE OR REPLACE TRIGGER trg_invoice_issued_locked BEFORE UPDATE OR DELETE ON invoice "
    "FOR EACH ROW EXECUTE FUNCTION peksos_invoice_erasable()",
    "CREATE OR REPLACE TRIGGER trg_invoice_line_locked BEFORE INSERT OR UPDATE OR DELETE ON invoice_line "
    "FOR EACH ROW EXECUTE FUNCTION peksos_invoice_line_erasable()",
    "CREATE OR REPLACE TRIGGER trg_payment_append_only BEFORE UPDATE OR DELETE ON payment "
    "FOR EACH ROW EXECUTE FUNCTION peksos_payment_erasable()",
    "CREATE OR REPLACE TRIGGER trg_client_erased_stays_erased BEFORE UPDATE ON client "
    "FOR EACH ROW EXECUTE FUNCTION peksos_client_erased()",
    "CREATE OR REPLACE TRIGGER trg_client_ppks_erased BEFORE INSERT ON client_ppks "
    "FOR EACH ROW EXECUTE FUNCTION peksos_client_erased()",
    "CREATE OR REPLACE TRIGGER trg_client_erasure_append_only BEFORE UPDATE OR DELETE ON client_erasure "
    "FOR EACH ROW EXECUTE FUNCTION peksos_append_only()",
)


def install_erasure_guards(connection: Connection) -> None:
    """Replace the guards of signed notes, addenda, stage history, issued invoices, their lines and payments by
    ones that also allow clearing an erased client's content (see above), and keep erased clients erased.

    Needs the ``client_erasure`` table (migration 0006) and the guards of :func:`install_guards` and
    :func:`install_billing_guards` installed first.
    """
    if connection.dialect.name == "sqlite":
        for statement in _sqlite_erasure():
            connection.exec_driver_sql(statement)
    elif connection.dialect.name == "postgresql":
        connection.exec_driver_sql(_pg_erasure_functions())
        for statement in _PG_ERASURE_TRIGGERS:
            connection.exec_driver_sql(statement)
    else:  # pragma: no cover - only the two supported dialects
        raise ValueError(f"unsupported database {connection.dialect.name}")
