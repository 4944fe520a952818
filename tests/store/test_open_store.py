"""Opening a store follows the start-up rules: create, upgrade with a copy aside, or refuse untouched."""

from __future__ import annotations

import hashlib
import sqlite3
import stat
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, text

from peksos_desk.domain.errors import NewerSchema, NotAStore, StoreLocked
from peksos_desk.store import schema
from peksos_desk.store.database import APPLICATION_ID
from peksos_desk.store.integrity import inspect_store
from peksos_desk.store.models import Base
from peksos_desk.store.schema import current_revision, head_revision, open_database, upgrade_schema


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_store_is_created_at_head(database):
    assert current_revision(database) == head_revision()


def test_a_new_sqlite_file_is_private_marked_and_in_wal_mode(tmp_path):
    path = tmp_path / "sub" / "praktik.db"
    open_database(path).close()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    conn.close()


def test_every_connection_enforces_foreign_keys(tmp_path):
    db = open_database(tmp_path / "praktik.db")
    with db.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000
    db.close()


def test_an_empty_file_becomes_a_new_store(tmp_path):
    path = tmp_path / "praktik.db"
    path.touch()
    open_database(path).close()
    assert inspect_store(path).revision == head_revision()


@pytest.mark.parametrize("content", [
    b"Nama,NIK\nSiti,3273014503900001\n",
    b"\x00\x01\x02" * 5000,
    b"SQLite format 3\x00" + b"\xff" * 4000,
])
def test_a_file_that_is_not_a_store_is_refused_and_left_untouched(tmp_path, content):
    path = tmp_path / "klien.db"
    path.write_bytes(content)
    with pytest.raises(NotAStore) as caught:
        open_database(path)
    assert "bukan berkas data Peksos Desk" in str(caught.value)
    assert path.read_bytes() == content
    assert sorted(p.name for p in tmp_path.iterdir()) == ["klien.db"]


def test_another_programs_sqlite_database_is_refused_and_left_untouched(tmp_path):
    path = tmp_path / "other.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE contacts (name TEXT)")
    conn.execute("INSERT INTO contacts VALUES ('Siti')")
    conn.commit()
    conn.close()
    before = digest(path)
    with pytest.raises(NotAStore):
        open_database(path)
    assert digest(path) == before


def make_newer(path: Path) -> None:
    open_database(path).close()
    conn = sqlite3.connect(path)
    conn.execute("UPDATE alembic_version SET version_num = '9001_from_the_future'")
    conn.commit()
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()


def test_a_store_from_a_newer_version_is_refused_byte_for_byte_unchanged(tmp_path):
    path = tmp_path / "praktik.db"
    make_newer(path)
    before = digest(path)
    with pytest.raises(NewerSchema) as caught:
        open_database(path)
    assert "9001_from_the_future" in str(caught.value)
    assert "lebih baru" in str(caught.value)
    with pytest.raises(NewerSchema):
        inspect_store(path)
    assert digest(path) == before


def test_an_older_store_is_copied_aside_before_its_upgrade(tmp_path, monkeypatch, clock):
    path = tmp_path / "praktik.db"
    db = open_database(path)
    with db.write() as session:
        session.execute(text("INSERT INTO service_type (code, name, default_fee, default_duration_minutes, active,"
                             " created_at, updated_at) VALUES ('K', 'Konsultasi', 1, 60, 1, '2026-01-01',"
                             " '2026-01-01')"))
    db.close()
    # Pretend this app knows a later revision, so the store on disk counts as older.
    on_disk = head_revision()
    monkeypatch.setattr(schema, "head_revision", lambda: "9000_next")
    open_database(path, clock=clock).close()
    copies = list(tmp_path.glob(f"praktik.before-upgrade-{on_disk}-*.db"))
    assert len(copies) == 1
    assert stat.S_IMODE(copies[0].stat().st_mode) == 0o600
    conn = sqlite3.connect(copies[0])
    assert conn.execute("SELECT name FROM service_type").fetchall() == [("Konsultasi",)]
    conn.close()


def test_migrations_build_exactly_the_models_schema_on_sqlite(tmp_path):
    engine = create_engine(f"sqlite:///{tmp_path / 'migrated.db'}")
    with engine.begin() as connection:
        upgrade_schema(connection)
        diff = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    engine.dispose()
    assert diff == []


@pytest.mark.postgres
def test_migrations_build_exactly_the_models_schema_on_postgresql(empty_pg_url):
    engine = create_engine(empty_pg_url)
    with engine.begin() as connection:
        upgrade_schema(connection)
        diff = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    engine.dispose()
    assert diff == []


@pytest.mark.postgres
def test_a_postgresql_database_of_something_else_is_refused(empty_pg_url):
    engine = create_engine(empty_pg_url)
    with engine.begin() as connection:
        connection.execute(text("CREATE TABLE payroll (id int)"))
    engine.dispose()
    with pytest.raises(NotAStore):
        open_database(empty_pg_url)


@pytest.mark.postgres
def test_a_newer_postgresql_store_is_refused(empty_pg_url):
    open_database(empty_pg_url).close()
    engine = create_engine(empty_pg_url)
    with engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9001_from_the_future'"))
    engine.dispose()
    with pytest.raises(NewerSchema):
        open_database(empty_pg_url)


def test_check_reports_counts_and_integrity(services, store_url):
    from tests.services.factories import new_case

    new_case(services)
    report = inspect_store(store_url)
    assert report.ok and not report.needs_upgrade
    assert report.counts["client"] == 1 and report.counts["case"] == 1


def test_a_store_path_under_a_file_gets_a_clear_message(tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    with pytest.raises(StoreLocked) as caught:
        open_database(blocker / "praktik.db")
    assert "tidak dapat dibuat" in str(caught.value)


def test_a_folder_is_not_a_store(tmp_path):
    with pytest.raises(NotAStore):
        open_database(tmp_path)


def test_an_unreachable_server_gets_a_clear_message():
    with pytest.raises(StoreLocked) as caught:
        open_database("postgresql+psycopg://nobody@127.0.0.1:1/praktik?connect_timeout=3")
    assert "tidak dapat dihubungi" in str(caught.value)
