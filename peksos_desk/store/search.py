"""The search index: one ``search_entry`` row per client, case and session note, holding the folded and
stemmed *terms* of its text (see :mod:`peksos_desk.domain.search_text`), plus the full-text index over it.

- SQLite (and SQLCipher): one external-content FTS5 table per kind (``search_fts_client``, ``_case``,
  ``_note``) over a view of ``search_entry``, kept in step by triggers on ``search_entry``; a prefix index
  makes the word being typed cheap.
- PostgreSQL: a generated ``tsvector`` column (``simple`` configuration: the text is already stemmed here)
  with a partial GIN index per kind.

Stemming runs in Python, so the services write ``search_entry`` themselves, in the same transaction as the
record (``index_client``, ``index_case``, ``index_note``); deleting a client, case or session deletes its
entries by foreign-key cascade. Raw SQL lives only here, guarded by dialect.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, cast

from sqlalchemy import Connection, Integer, Table, TextualSelect, column, delete, func, insert, select, text, update
from sqlalchemy.orm import Session

from peksos_desk.domain.search_text import Query, number_terms, terms
from peksos_desk.store.models import Case, CaseSession, Client, NoteAddendum, SearchEntry

KINDS = ("client", "case", "note")
# bm25 weights of the two indexed columns: a word in a name or number counts more than one in a text.
TITLE_WEIGHT, BODY_WEIGHT = 8.0, 1.0
# FTS5 prefix indexes: the word being typed ("ker*") is answered from one doclist, not by merging
# every term that starts with it.
PREFIX_LENGTHS = "3 4"
# What the FTS5 index keeps of each match: no phrase or NEAR queries are made, so no positions. Clients and
# cases keep the column (a word in the name weighs more); notes have one column, and the smallest index.
_DETAIL = {"client": "column", "case": "column", "note": "none"}

_entries = cast(Table, SearchEntry.__table__)


def is_search_internal(name: str | None, type_: str, parent_names: Mapping[Any, Any]) -> bool:
    """Whether a database object belongs to the full-text index machinery, which the models do not declare
    (FTS5 tables and their shadow tables, the PostgreSQL ``tsvector`` column and its indexes). For Alembic's
    ``include_name``: ``include_name=lambda *a: not is_search_internal(*a)``."""
    if name is None:
        return False
    if type_ in ("table", "index") and name.startswith("search_fts"):
        return True
    return type_ == "column" and name == "fts" and parent_names.get("table_name") == "search_entry"


def include_name(name: str | None, type_: str, parent_names: Mapping[Any, Any]) -> bool:
    """Alembic ``include_name`` hook that leaves the index machinery out of schema comparisons."""
    return not is_search_internal(name, type_, parent_names)


# -- DDL ------------------------------------------------------------------------------------------------


FTS_ROWID = "record_id"
"""What the FTS5 tables' rowid is: the record's own id (unique within a kind, as each kind has its own table),
so a filter reads record ids straight from the index without a lookup in ``search_entry`` for every match.
Stores before migration 0008 used ``search_entry.id`` ("id")."""


def _sqlite_ddl(kind: str, rowid: str = FTS_ROWID) -> list[str]:
    fts, view = f"search_fts_{kind}", f"search_fts_{kind}_source"
    return [
        f"CREATE VIEW IF NOT EXISTS {view} AS SELECT {rowid}, title, body FROM search_entry WHERE kind = '{kind}'",
        f"CREATE VIRTUAL TABLE IF NOT EXISTS {fts} USING fts5(title, body, content='{view}', "
        f"content_rowid='{rowid}', tokenize='unicode61 remove_diacritics 2', prefix='{PREFIX_LENGTHS}', "
        f"detail={_DETAIL[kind]})",
        f"CREATE TRIGGER IF NOT EXISTS {fts}_ai AFTER INSERT ON search_entry WHEN new.kind = '{kind}' BEGIN "
        f"INSERT INTO {fts}(rowid, title, body) VALUES (new.{rowid}, new.title, new.body); END",
        f"CREATE TRIGGER IF NOT EXISTS {fts}_ad AFTER DELETE ON search_entry WHEN old.kind = '{kind}' BEGIN "
        f"INSERT INTO {fts}({fts}, rowid, title, body) VALUES ('delete', old.{rowid}, old.title, old.body); END",
        f"CREATE TRIGGER IF NOT EXISTS {fts}_au AFTER UPDATE OF title, body, kind, {rowid} ON search_entry "
        f"WHEN old.kind = '{kind}' OR new.kind = '{kind}' BEGIN "
        f"INSERT INTO {fts}({fts}, rowid, title, body) SELECT 'delete', old.{rowid}, old.title, old.body "
        f"WHERE old.kind = '{kind}'; "
        f"INSERT INTO {fts}(rowid, title, body) SELECT new.{rowid}, new.title, new.body "
        f"WHERE new.kind = '{kind}'; END",
    ]


def _sqlite_triggers(kind: str) -> list[str]:
    return [f"search_fts_{kind}_{op}" for op in ("ai", "ad", "au")]


_PG_COLUMN = (
    "ALTER TABLE search_entry ADD COLUMN IF NOT EXISTS fts tsvector GENERATED ALWAYS AS "
    "(setweight(to_tsvector('simple', title), 'A') || setweight(to_tsvector('simple', body), 'B')) STORED"
)


def install_search_index(connection: Connection, *, rowid: str = FTS_ROWID) -> None:
    """Create the full-text index over ``search_entry`` (idempotent). ``search_entry`` itself is a model.
    ``rowid``: which column of ``search_entry`` the FTS5 rowid is (only a migration's downgrade asks for "id")."""
    dialect = connection.dialect.name
    if dialect == "sqlite":
        for kind in KINDS:
            for statement in _sqlite_ddl(kind, rowid):
                connection.exec_driver_sql(statement)
    elif dialect == "postgresql":
        connection.exec_driver_sql(_PG_COLUMN)
        for kind in KINDS:
            connection.exec_driver_sql(
                f"CREATE INDEX IF NOT EXISTS search_fts_{kind} ON search_entry USING gin (fts) WHERE kind = '{kind}'")
    else:  # pragma: no cover - only the two supported dialects
        raise ValueError(f"unsupported database {dialect}")


def _drop_sqlite_tables(connection: Connection) -> None:
    for kind in KINDS:
        for trigger in _sqlite_triggers(kind):
            connection.exec_driver_sql(f"DROP TRIGGER IF EXISTS {trigger}")
        connection.exec_driver_sql(f"DROP TABLE IF EXISTS search_fts_{kind}")
        connection.exec_driver_sql(f"DROP VIEW IF EXISTS search_fts_{kind}_source")


def _fill_sqlite_tables(connection: Connection) -> None:
    for kind in KINDS:
        connection.exec_driver_sql(f"INSERT INTO search_fts_{kind}(search_fts_{kind}) VALUES ('rebuild')")


def rekey_full_text_tables(connection: Connection, *, rowid: str = FTS_ROWID) -> None:
    """On SQLite, make the FTS5 tables again with ``rowid`` as their row ids and index every entry anew
    (migration 0008; about 8 s for 170,000 notes). The entries themselves are kept. Nothing on PostgreSQL,
    whose index lives in ``search_entry`` itself."""
    if connection.dialect.name != "sqlite":
        return
    _drop_sqlite_tables(connection)
    install_search_index(connection, rowid=rowid)
    _fill_sqlite_tables(connection)


def drop_search_index(connection: Connection) -> None:
    """Remove the full-text index (the migration's downgrade)."""
    if connection.dialect.name == "sqlite":
        _drop_sqlite_tables(connection)
    else:
        for kind in KINDS:
            connection.exec_driver_sql(f"DROP INDEX IF EXISTS search_fts_{kind}")
        connection.exec_driver_sql("ALTER TABLE search_entry DROP COLUMN IF EXISTS fts")


# -- what each record contributes -------------------------------------------------------------------------


def note_text(note: Mapping[str, Any] | None, addenda: Iterable[str] = ()) -> str:
    """The searchable text of a note: its sections in order, then its addenda."""
    parts = [value for value in (note or {}).values() if isinstance(value, str) and value.strip()]
    parts.extend(a for a in addenda if a.strip())
    return "\n".join(parts)


def client_values(*, full_name: str, nickname: str, code: str, nik: str | None, phone: str) -> dict[str, str]:
    return {"title": terms(full_name, nickname),
            "body": number_terms(code, nik or "", phone) + " " + terms(code)}


def case_values(*, number: str, presenting_problem: str) -> dict[str, str]:
    return {"title": number_terms(number) + " " + terms(number), "body": terms(presenting_problem)}


def note_values(*, note: Mapping[str, Any] | None, addenda: Iterable[str]) -> dict[str, str]:
    return {"title": "", "body": terms(note_text(note, addenda))}


def _write(session: Session, kind: str, record_id: int, *, client_id: int, case_id: int | None,
           session_id: int | None, values: dict[str, str], now: datetime) -> None:
    where = (_entries.c.kind == kind) & (_entries.c.record_id == record_id)
    changed = session.execute(update(_entries).where(where).values(
        client_id=client_id, case_id=case_id, session_id=session_id, updated_at=now, **values))
    if getattr(changed, "rowcount", 0) == 0:
        session.execute(insert(_entries).values(
            kind=kind, record_id=record_id, client_id=client_id, case_id=case_id, session_id=session_id,
            updated_at=now, **values))


def index_client(session: Session, client: Client) -> None:
    """Write a client's search entry (call after the client is flushed, in the same transaction)."""
    _write(session, "client", client.id, client_id=client.id, case_id=None, session_id=None, values=client_values(
        full_name=client.full_name, nickname=client.nickname, code=client.code, nik=client.nik,
        phone=client.phone), now=datetime.now(UTC))


def index_case(session: Session, case: Case) -> None:
    """Write a case's search entry (call after the case is flushed, in the same transaction)."""
    _write(session, "case", case.id, client_id=case.client_id, case_id=case.id, session_id=None,
           values=case_values(number=case.number, presenting_problem=case.presenting_problem), now=datetime.now(UTC))


def index_note(session: Session, row: CaseSession) -> None:
    """Write a session note's search entry, addenda included; a session without any note text has none."""
    addenda = session.scalars(select(NoteAddendum.content).where(NoteAddendum.session_id == row.id)
                              .order_by(NoteAddendum.id)).all()
    text_ = note_text(row.note, addenda)
    if not text_:
        unindex(session, "note", row.id)
        return
    client_id = session.scalar(select(Case.client_id).where(Case.id == row.case_id))
    assert client_id is not None
    _write(session, "note", row.id, client_id=client_id, case_id=row.case_id, session_id=row.id,
           values={"title": "", "body": terms(text_)}, now=datetime.now(UTC))


def unindex(session: Session, kind: str, record_id: int) -> None:
    """Remove a record's entry (deleting the record itself does this by cascade)."""
    session.execute(delete(_entries).where(_entries.c.kind == kind, _entries.c.record_id == record_id))


# -- building the whole index -------------------------------------------------------------------------------


def _all_entries(connection: Connection, now: datetime) -> Iterator[dict[str, Any]]:
    clients = Client.__table__
    for row in connection.execute(select(clients.c.id, clients.c.full_name, clients.c.nickname, clients.c.code,
                                         clients.c.nik, clients.c.phone).order_by(clients.c.id)):
        yield {"kind": "client", "record_id": row.id, "client_id": row.id, "case_id": None, "session_id": None,
               "updated_at": now, **client_values(full_name=row.full_name, nickname=row.nickname, code=row.code,
                                                  nik=row.nik, phone=row.phone)}
    cases = Case.__table__
    for case in connection.execute(select(cases.c.id, cases.c.client_id, cases.c.number,
                                          cases.c.presenting_problem).order_by(cases.c.id)):
        yield {"kind": "case", "record_id": case.id, "client_id": case.client_id, "case_id": case.id,
               "session_id": None, "updated_at": now,
               **case_values(number=case.number, presenting_problem=case.presenting_problem)}
    addenda: dict[int, list[str]] = {}
    add = NoteAddendum.__table__
    for session_id, content in connection.execute(select(add.c.session_id, add.c.content).order_by(add.c.id)):
        addenda.setdefault(session_id, []).append(content)
    sessions = CaseSession.__table__
    query = (select(sessions.c.id, sessions.c.case_id, cases.c.client_id, sessions.c.note)
             .join(cases, cases.c.id == sessions.c.case_id).order_by(sessions.c.starts_at, sessions.c.id))
    for note in connection.execute(query.execution_options(yield_per=2000)):
        text_ = note_text(note.note, addenda.get(note.id, ()))
        if text_:
            yield {"kind": "note", "record_id": note.id, "client_id": note.client_id, "case_id": note.case_id,
                   "session_id": note.id, "updated_at": now, "title": "", "body": terms(text_)}


def rebuild_search_index(connection: Connection, *, now: datetime | None = None) -> int:
    """Rebuild every search entry and the full-text index from the records (migration, demo data, repair).

    Returns how many entries were written.
    """
    stamp = now or datetime.now(UTC)
    sqlite = connection.dialect.name == "sqlite"
    if sqlite:  # triggers off while the entries are rewritten; the FTS tables are filled in one go afterwards
        drop_search_index(connection)
    connection.execute(delete(_entries))
    written = 0
    batch: list[dict[str, Any]] = []
    for entry in _all_entries(connection, stamp):
        batch.append(entry)
        if len(batch) >= 5000:
            connection.execute(insert(_entries), batch)
            written += len(batch)
            batch = []
    if batch:
        connection.execute(insert(_entries), batch)
        written += len(batch)
    install_search_index(connection)
    if sqlite:
        _fill_sqlite_tables(connection)
    return written


def check_search_index(connection: Connection) -> list[str]:
    """Problems with the full-text index (empty when it is sound): FTS5's own integrity check on SQLite,
    and on both dialects records missing from the index."""
    problems: list[str] = []
    if connection.dialect.name == "sqlite":
        for kind in KINDS:
            try:
                connection.exec_driver_sql(
                    f"INSERT INTO search_fts_{kind}(search_fts_{kind}, rank) VALUES ('integrity-check', 1)")
            except Exception as exc:  # the FTS5 check raises a DatabaseError naming the table
                problems.append(f"search_fts_{kind}: {type(exc).__name__}")
    clients = Client.__table__
    missing = connection.scalar(select(func.count()).select_from(clients).where(~select(_entries.c.id).where(
        _entries.c.kind == "client", _entries.c.record_id == clients.c.id).exists()))
    if missing:
        problems.append(f"search_entry: {missing} clients not indexed")
    cases = Case.__table__
    missing = connection.scalar(select(func.count()).select_from(cases).where(~select(_entries.c.id).where(
        _entries.c.kind == "case", _entries.c.record_id == cases.c.id).exists()))
    if missing:
        problems.append(f"search_entry: {missing} cases not indexed")
    return problems


# -- querying --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class EntryHit:
    """One matching record, best first within its kind."""

    kind: str
    record_id: int
    client_id: int
    case_id: int | None
    rank: float


@dataclass(frozen=True)
class KindHits:
    """The best hits of one kind, and how many records matched in all (counted up to ``COUNT_CAP``)."""

    hits: tuple[EntryHit, ...]
    total: int


COUNT_CAP = 500
# Clients and cases: the most recent matches that are ranked by relevance (bm25 / ts_rank), sixteen times the six
# a kind shows. bm25 costs ~1.5 µs a row: at 50,000 clients a common name's window of 300 took 0.52 ms per kind
# and one of 100 takes 0.22 ms (at 1,000 clients a name matches fewer than 100 records: both take 0.02 ms).
RANK_WINDOW = 100


def fts5_expression(query: Query, *, whole_words: bool = False) -> str:
    """The FTS5 MATCH expression of a parsed query: every word must match one of its forms (or its prefix;
    with ``whole_words``, the forms only). Every term is a quoted string, so nothing typed becomes FTS5 syntax."""
    groups = []
    for word in query.words:
        options = [_quote(form) for form in word.forms]
        if word.prefix and not whole_words:
            options.append(_quote(word.text) + " *")
        groups.append("(" + " OR ".join(options) + ")")
    return " AND ".join(groups)


def tsquery_expression(query: Query, *, whole_words: bool = False) -> str:
    """The PostgreSQL ``to_tsquery('simple', ...)`` text of a parsed query (same meaning as the FTS5 one)."""
    groups = []
    for word in query.words:
        options = [_pg_quote(form) for form in word.forms]
        if word.prefix and not whole_words:
            options.append(_pg_quote(word.text) + ":*")
        groups.append("(" + " | ".join(options) + ")")
    return " & ".join(groups)


def _quote(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def _pg_quote(term: str) -> str:
    return "'" + term.replace("\\", "\\\\").replace("'", "''") + "'"


def search_entries(connection: Connection | Session, query: Query, *, limit: int,
                   kinds: Sequence[str] = KINDS) -> dict[str, KindHits]:
    """The best ``limit`` entries of each kind for a parsed query, and how many matched.

    Clients and cases are ranked by relevance (bm25 on SQLite, ts_rank on PostgreSQL; a word in a name or
    number weighs more), among their ``RANK_WINDOW`` most recent matches. Notes are too many for that
    (bm25 reads the whole list of a common word: ~20 ms for "klien" over 200k notes): notes that hold every
    word whole (or by its root) come first, then those matched only by the prefix being typed, each newest
    first.
    """
    if not query:
        return {kind: KindHits((), 0) for kind in kinds}
    dialect = connection.get_bind().dialect.name if isinstance(connection, Session) else connection.dialect.name
    sqlite = dialect == "sqlite"
    found: dict[str, KindHits] = {}
    for kind in kinds:
        expression = fts5_expression(query) if sqlite else tsquery_expression(query)
        if kind != "note":
            rows = _ranked_sqlite(connection, kind, expression, limit) if sqlite else \
                _ranked_pg(connection, kind, expression, limit)
        else:
            rows = []
            tiers = [expression]
            if any(word.prefix for word in query.words):
                tiers.insert(0, fts5_expression(query, whole_words=True) if sqlite
                             else tsquery_expression(query, whole_words=True))
            for tier in tiers:
                seen = {row[1] for row in rows}
                more = _recent_sqlite(connection, kind, tier, limit + len(rows)) if sqlite else \
                    _recent_pg(connection, kind, tier, limit + len(rows))
                rows.extend(row for row in more if row[1] not in seen)
                if len(rows) >= limit:
                    break
            rows = rows[:limit]
        hits = tuple(EntryHit(kind, int(r[1]), int(r[2]), r[3], float(r[4])) for r in rows)
        if len(hits) < limit:
            found[kind] = KindHits(hits, len(hits))
        else:
            found[kind] = KindHits(hits, _count_sqlite(connection, kind, expression) if sqlite else
                                   _count_pg(connection, kind, expression))
    return found


_ENTRY = "e.kind, e.record_id, e.client_id, e.case_id"


def records_matching(connection: Connection | Session, kind: str, query: Query) -> TextualSelect:
    """Every record of ``kind`` whose entry matches ``query`` (each word by one of its forms, the last one also
    by prefix), as a subquery for ``column.in_(...)``: a list filter that reads the index, not every row."""
    if kind not in KINDS:
        raise ValueError(f"unknown search kind {kind!r}")
    dialect = connection.get_bind().dialect.name if isinstance(connection, Session) else connection.dialect.name
    if dialect == "sqlite":
        fts = f"search_fts_{kind}"
        statement = text(f"SELECT rowid AS record_id FROM {fts} WHERE {fts} MATCH :match_{kind}").bindparams(
            **{f"match_{kind}": fts5_expression(query)})
    else:
        statement = text(f"SELECT record_id FROM search_entry WHERE kind = '{kind}' "
                         f"AND fts @@ to_tsquery('simple', :match_{kind})").bindparams(
                             **{f"match_{kind}": tsquery_expression(query)})
    return statement.columns(column("record_id", Integer))


def _ranked_sqlite(connection: Connection | Session, kind: str, expression: str, limit: int) -> list[Any]:
    fts = f"search_fts_{kind}"
    # Ranked first, then only the best ``limit`` looked up in ``search_entry`` (not the whole window).
    return list(connection.execute(text(
        f"SELECT {_ENTRY}, w.rank FROM (SELECT rowid, rank FROM ("
        f"  SELECT rowid, bm25({fts}, {TITLE_WEIGHT}, {BODY_WEIGHT}) AS rank FROM {fts}"
        f"  WHERE {fts} MATCH :q ORDER BY rowid DESC LIMIT :window) ORDER BY rank, rowid DESC LIMIT :limit) AS w "
        f"JOIN search_entry AS e ON e.kind = '{kind}' AND e.record_id = w.rowid "
        f"ORDER BY w.rank, w.rowid DESC"),
        {"q": expression, "window": RANK_WINDOW, "limit": limit}).all())


def _recent_sqlite(connection: Connection | Session, kind: str, expression: str, limit: int) -> list[Any]:
    fts = f"search_fts_{kind}"
    return list(connection.execute(text(
        f"SELECT {_ENTRY}, 0.0 FROM (SELECT rowid FROM {fts} WHERE {fts} MATCH :q ORDER BY rowid DESC"
        f"  LIMIT :limit) AS w JOIN search_entry AS e ON e.kind = '{kind}' AND e.record_id = w.rowid "
        f"ORDER BY w.rowid DESC"),
        {"q": expression, "limit": limit}).all())


def _count_sqlite(connection: Connection | Session, kind: str, expression: str) -> int:
    fts = f"search_fts_{kind}"
    return int(connection.execute(text(
        f"SELECT count(*) FROM (SELECT 1 FROM {fts} WHERE {fts} MATCH :q LIMIT :cap)"),
        {"q": expression, "cap": COUNT_CAP}).scalar_one())


def _ranked_pg(connection: Connection | Session, kind: str, expression: str, limit: int) -> list[Any]:
    return list(connection.execute(text(
        "SELECT kind, record_id, client_id, case_id, -rank FROM ("
        "  SELECT kind, record_id, client_id, case_id, ts_rank(fts, q) AS rank"
        "  FROM search_entry, to_tsquery('simple', :q) AS q"
        "  WHERE kind = :kind AND fts @@ q ORDER BY record_id DESC LIMIT :window) AS w "
        "ORDER BY rank DESC, record_id DESC LIMIT :limit"),
        {"q": expression, "kind": kind, "window": RANK_WINDOW, "limit": limit}).all())


def _recent_pg(connection: Connection | Session, kind: str, expression: str, limit: int) -> list[Any]:
    return list(connection.execute(text(
        "SELECT kind, record_id, client_id, case_id, 0.0 FROM search_entry"
        " WHERE kind = :kind AND fts @@ to_tsquery('simple', :q) ORDER BY record_id DESC LIMIT :limit"),
        {"q": expression, "kind": kind, "limit": limit}).all())


def _count_pg(connection: Connection | Session, kind: str, expression: str) -> int:
    return int(connection.execute(text(
        "SELECT count(*) FROM (SELECT 1 FROM search_entry WHERE kind = :kind "
        "AND fts @@ to_tsquery('simple', :q) LIMIT :cap) AS c"),
        {"q": expression, "kind": kind, "cap": COUNT_CAP}).scalar_one())
