"""The search index in the store: built for old stores by migration 0005, kept by triggers, sound by FTS5's own
integrity check, present in an encrypted store too, and left out of schema comparisons."""

from __future__ import annotations

import os
import sqlite3
from typing import Any

import pytest
from alembic import command
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import create_engine, text
from sqlalchemy.pool import NullPool

from peksos_desk.domain.search_text import parse_query
from peksos_desk.services.app import Services
from peksos_desk.store import schema
from peksos_desk.store.schema import current_revision, head_revision, open_database
from peksos_desk.store.search import (
    check_search_index,
    fts5_expression,
    include_name,
    rebuild_search_index,
    search_entries,
    tsquery_expression,
)
from tests.services.factories import new_case, new_client
from tests.store.test_open_store import build_0001_store


def build_0004_store(url: str) -> None:
    """The 0001 store (a client, a case, a signed note) upgraded to 0004, plus an addendum to the note."""
    build_0001_store(url)
    engine = create_engine(url)
    with engine.begin() as connection:
        config = schema.alembic_config()
        config.attributes["connection"] = connection
        command.upgrade(config, "0004")
        connection.execute(text(
            "INSERT INTO note_addendum (session_id, written_at, reason, content, created_at) VALUES "
            "(1, '2026-02-21 03:00:00', 'Tambahan', 'Klien dirujuk ke Puskesmas Dago.', '2026-02-21 03:00:00')"))
    engine.dispose()


def assert_old_records_are_found(services: Services) -> None:
    assert [h.client_id for h in services.search.search("aminah").clients] == [1]
    assert [h.case_id for h in services.search.search("KDRT").cases] == [1]
    assert [h.session_id for h in services.search.search("hadir").notes] == [1]
    assert [h.session_id for h in services.search.search("rujukan").notes] == [1]  # the addendum, by its root
    assert [h.case_id for h in services.search.search("KS/2026/0001").cases] == [1]


def test_migration_0005_indexes_the_records_of_an_older_store(tmp_path, clock):
    path = tmp_path / "praktik.db"
    build_0004_store(f"sqlite:///{path}")
    database = open_database(path, clock=clock)
    assert current_revision(database) == head_revision()
    services = Services(database, actor="sri")
    assert_old_records_are_found(services)
    with database.engine.begin() as connection:
        assert check_search_index(connection) == []
    # New records join the index kept up by the triggers the migration installed.
    new_client(services, full_name="Dewi Lestari")
    assert services.search.search("lestari").clients
    database.close()


def test_migration_0008_keys_the_full_text_tables_by_record_and_back(tmp_path, clock):
    """0008 makes the FTS5 rowid the record's own id (a filter then needs no lookup per match); its downgrade
    puts back the entry's id. Both ways the index stays sound and finds the same records."""
    path = tmp_path / "praktik.db"
    build_0004_store(f"sqlite:///{path}")
    database = open_database(path, clock=clock)
    services = Services(database, actor="sri")
    for name in ("Dewi Lestari", "Budi Santoso", "Dewi Sartika"):  # record ids and entry ids now differ
        new_client(services, full_name=name)
    database.close()

    def rowids(kind: str) -> tuple[list[int], list[int], list[int]]:
        connection = sqlite3.connect(path)
        found = [row[0] for row in connection.execute(f"SELECT rowid FROM search_fts_{kind} ORDER BY rowid")]
        ids = [row[0] for row in connection.execute(
            "SELECT id FROM search_entry WHERE kind = ? ORDER BY id", (kind,))]
        records = [row[0] for row in connection.execute(
            "SELECT record_id FROM search_entry WHERE kind = ? ORDER BY record_id", (kind,))]
        connection.close()
        return found, ids, records

    for kind in ("client", "case", "note"):
        found, _, records = rowids(kind)
        assert found == records, kind
    assert rowids("client")[1] != rowids("client")[2]  # the test means something: the two ids differ

    engine = create_engine(f"sqlite:///{path}", poolclass=NullPool)
    with engine.begin() as connection:
        config = schema.alembic_config()
        config.attributes["connection"] = connection
        command.downgrade(config, "0007")
        assert check_search_index(connection) == []
    engine.dispose()
    for kind in ("client", "case", "note"):
        found, ids, _ = rowids(kind)
        assert found == ids, kind

    database = open_database(path, clock=clock)  # upgraded to head again
    services = Services(database, actor="sri")
    assert_old_records_are_found(services)
    assert [row.full_name for row in services.clients.list_clients("dewi").rows] == ["Dewi Lestari", "Dewi Sartika"]
    with database.engine.begin() as connection:
        assert check_search_index(connection) == []
    database.close()


@pytest.mark.postgres
def test_migration_0005_indexes_the_records_of_an_older_postgresql_store(empty_pg_url, clock):
    build_0004_store(empty_pg_url)
    database = open_database(empty_pg_url, clock=clock)
    services = Services(database, actor="sri")
    assert_old_records_are_found(services)
    with database.engine.begin() as connection:
        assert check_search_index(connection) == []
    database.close()


def test_migration_0005_downgrades_cleanly(tmp_path):
    engine = create_engine(f"sqlite:///{tmp_path / 'praktik.db'}")
    with engine.begin() as connection:
        config = schema.alembic_config()
        config.attributes["connection"] = connection
        command.upgrade(config, "0005")
        command.downgrade(config, "0004")
        names = {row[0] for row in connection.exec_driver_sql("SELECT name FROM sqlite_master")}
    engine.dispose()
    assert not {name for name in names if name.startswith("search")}


def test_the_index_is_sound_after_changes_and_a_rebuild(services, store_url):
    case = new_case(services)
    new_client(services, full_name="Sri Mulyáni")
    with services.db.engine.begin() as connection:
        assert check_search_index(connection) == []
        assert rebuild_search_index(connection) == 3
        assert check_search_index(connection) == []
        hits = search_entries(connection, parse_query("mulyani"), limit=5)
    assert [h.record_id for h in hits["client"].hits] == [2]
    assert hits["case"].hits == () and hits["note"].total == 0
    assert services.search.search(case.number).cases


def test_an_encrypted_store_has_full_text_search(tmp_path, clock):
    path = tmp_path / "rahasia.db"
    key = os.urandom(32)
    services = Services(open_database(path, key=key, clock=clock), actor="sri")
    client = new_client(services, full_name="Kartika Sari")
    assert [h.client_id for h in services.search.search("kartika").clients] == [client.id]
    services.close()
    with pytest.raises(sqlite3.DatabaseError):  # the words are not readable without the key
        sqlite3.connect(path).execute("SELECT count(*) FROM search_fts_client").fetchone()


def test_schema_comparison_leaves_out_only_the_index_machinery():
    assert not include_name("search_fts_note", "table", {})
    assert not include_name("search_fts_note_data", "table", {})
    assert not include_name("search_fts_client", "index", {"table_name": "search_entry"})
    assert not include_name("fts", "column", {"table_name": "search_entry"})
    assert include_name("search_entry", "table", {})
    assert include_name("fts", "column", {"table_name": "client"})
    assert include_name("body", "column", {"table_name": "search_entry"})


def test_query_expressions_quote_every_term():
    query = parse_query('rujuk "NEAR(x) kasus')
    assert fts5_expression(query) == '("rujuk") AND ("near") AND ("kasus" OR "kasus" *)'
    assert tsquery_expression(query) == "('rujuk') & ('near') & ('kasus' | 'kasus':*)"


ODD_TEXT = st.text(alphabet=st.one_of(
    st.characters(codec="utf-8"), st.sampled_from(list('"*-+^:()NEARANDORNOT{}[]\'\\/.,\x00 🙂'))), max_size=60)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(typed=ODD_TEXT)
def test_any_text_typed_is_a_valid_fts5_query(typed, tmp_path):
    connection = sqlite3.connect(":memory:")
    connection.execute("CREATE VIRTUAL TABLE t USING fts5(title, body, tokenize='unicode61 remove_diacritics 2')")
    connection.execute("INSERT INTO t VALUES ('siti aminah', 'klien dirujuk rujuk')")
    query = parse_query(typed)
    if query:
        connection.execute("SELECT rowid FROM t WHERE t MATCH ?", (fts5_expression(query),)).fetchall()
    connection.close()


@pytest.mark.postgres
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(typed=ODD_TEXT)
def test_any_text_typed_is_a_valid_tsquery(typed, pg_store_url):
    query = parse_query(typed)
    if not query:
        return
    engine = _pg_engine(pg_store_url)
    with engine.connect() as connection:
        connection.execute(text("SELECT to_tsquery('simple', :q)"), {"q": tsquery_expression(query)}).all()


_ENGINES: dict[str, Any] = {}


def _pg_engine(url: str) -> Any:
    if url not in _ENGINES:
        _ENGINES[url] = create_engine(url, poolclass=NullPool)
    return _ENGINES[url]
