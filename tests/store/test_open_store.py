"""Opening a store follows the start-up rules: create, upgrade with a copy aside, or refuse untouched."""

from __future__ import annotations

import hashlib
import sqlite3
import stat
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, inspect, text
from sqlalchemy.exc import DBAPIError

from peksos_desk.domain.errors import NewerSchema, NotAStore, StoreLocked
from peksos_desk.store import schema
from peksos_desk.store.database import APPLICATION_ID
from peksos_desk.store.integrity import inspect_store
from peksos_desk.store.models import Base
from peksos_desk.store.schema import current_revision, head_revision, open_database, upgrade_schema
from peksos_desk.store.search import include_name


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


# SQLite's reflection cannot read an index on an expression (the client list's name indexes); PostgreSQL's can,
# and its test below compares them too.
@pytest.mark.filterwarnings("ignore:Skipped unsupported reflection of expression-based index")
@pytest.mark.filterwarnings("ignore:autogenerate skipping metadata-specified expression-based index")
def test_migrations_build_exactly_the_models_schema_on_sqlite(tmp_path):
    engine = create_engine(f"sqlite:///{tmp_path / 'migrated.db'}")
    with engine.begin() as connection:
        upgrade_schema(connection)
        context = MigrationContext.configure(connection, opts={"include_name": include_name})
        diff = compare_metadata(context, Base.metadata)
    engine.dispose()
    assert diff == []


def test_a_migrated_sqlite_store_has_the_same_expression_indexes_as_a_new_one(tmp_path):
    """What autogenerate cannot compare on SQLite, compared here: the client list's name indexes."""
    def indexes(path: Path) -> dict[str, str]:
        connection = sqlite3.connect(path)
        found = dict(connection.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index' "
                                        "AND tbl_name = 'client' AND sql LIKE '%lower(%'"))
        connection.close()
        return {name: " ".join(sql.replace('"', "").split()) for name, sql in found.items()}

    engine = create_engine(f"sqlite:///{tmp_path / 'migrated.db'}")
    with engine.begin() as connection:
        upgrade_schema(connection)
    engine.dispose()
    open_database(tmp_path / "new.db").close()
    assert indexes(tmp_path / "migrated.db") == indexes(tmp_path / "new.db") == {
        "ix_client_by_name": "CREATE INDEX ix_client_by_name ON client (lower(full_name), id, archived)",
        "ix_client_name_of_id": "CREATE INDEX ix_client_name_of_id ON client (id, archived, lower(full_name))",
    }


@pytest.mark.filterwarnings("ignore:Skipped unsupported reflection of expression-based index")
def test_every_foreign_key_leads_an_index(tmp_path):
    """A foreign key without an index makes every lookup of a record's children, and every delete of a parent,
    read the whole child table."""
    open_database(tmp_path / "praktik.db").close()
    engine = create_engine(f"sqlite:///{tmp_path / 'praktik.db'}")
    inspector = inspect(engine)
    unindexed = []
    for table in inspector.get_table_names():
        leading = [index["column_names"] for index in inspector.get_indexes(table)]
        leading += [constraint["column_names"] for constraint in inspector.get_unique_constraints(table)]
        leading.append(inspector.get_pk_constraint(table)["constrained_columns"])
        for key in inspector.get_foreign_keys(table):
            columns = key["constrained_columns"]
            if not any(names[:len(columns)] == columns for names in leading):
                unindexed.append(f"{table}.{','.join(columns)}")
    engine.dispose()
    assert unindexed == []


@pytest.mark.postgres
def test_migrations_build_exactly_the_models_schema_on_postgresql(empty_pg_url):
    engine = create_engine(empty_pg_url)
    with engine.begin() as connection:
        upgrade_schema(connection)
        context = MigrationContext.configure(connection, opts={"include_name": include_name})
        diff = compare_metadata(context, Base.metadata)
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


def build_0001_store(url: str) -> None:
    """A store as version 0001 of the app left it: `alembic upgrade 0001` on an empty database, then a client,
    a case and an attended session with its fee and a signed note, written the way that version wrote them."""
    engine = create_engine(url)
    with engine.begin() as connection:
        config = schema.alembic_config()
        config.attributes["connection"] = connection
        command.upgrade(config, "0001")
        stamp = "'2026-02-01 03:00:00'"
        connection.execute(text(
            "INSERT INTO client (id, code, full_name, nickname, kk_number, bpjs_number, birth_place, address, city,"
            " phone, guardian_name, guardian_relation, guardian_phone, consent_given, notes, archived, created_at,"
            f" updated_at) VALUES (1, 'KL-000001', 'Siti Aminah', '', '', '', '', 'Jl. Dago 12', 'Bandung', '', '',"
            f" '', '', true, '', false, {stamp}, {stamp})"))
        connection.execute(text(
            "INSERT INTO service_type (id, code, name, default_fee, default_duration_minutes, active, created_at,"
            f" updated_at) VALUES (1, 'KONS', 'Konsultasi', 250000, 60, true, {stamp}, {stamp})"))
        connection.execute(text(
            'INSERT INTO "case" (id, number, client_id, field_of_practice, setting, opened_on, referral_source,'
            " presenting_problem, stage, stage_changed_at, termination_summary, referred_to, referral_reason,"
            " created_at, updated_at) VALUES (1, 'KS/2026/0001', 1, 'keluarga', 'komunitas', '2026-02-01', '',"
            f" 'KDRT', 'intervensi', {stamp}, '', '', '', {stamp}, {stamp})"))
        connection.execute(text(
            "INSERT INTO case_stage_event (case_id, from_stage, to_stage, move_kind, occurred_on, note, created_at)"
            f" VALUES (1, NULL, 'pendekatan_awal', 'buka', '2026-02-01', '', {stamp})"))
        connection.execute(text(
            "INSERT INTO case_session (id, case_id, starts_at, duration_minutes, place, attendance, service_type_id,"
            " fee, note_format, note, signed_at, created_at, updated_at) VALUES (1, 1, '2026-02-20 03:00:00', 60,"
            f" 'kantor', 'hadir', 1, 250000, 'dap', '{{\"data\": \"Klien hadir.\"}}', {stamp}, {stamp}, {stamp})"))
    engine.dispose()


def test_a_store_at_0001_is_upgraded_with_a_copy_aside_and_keeps_its_data(tmp_path, clock):
    from peksos_desk.services.app import Services

    path = tmp_path / "praktik.db"
    build_0001_store(f"sqlite:///{path}")
    database = open_database(path, clock=clock)
    assert current_revision(database) == head_revision() != "0001"
    copies = list(tmp_path.glob("praktik.before-upgrade-0001-*.db"))
    assert len(copies) == 1
    copy = sqlite3.connect(copies[0])  # the store as it was: still at 0001, with its data
    assert copy.execute("SELECT version_num FROM alembic_version").fetchall() == [("0001",)]
    assert copy.execute("SELECT full_name FROM client").fetchall() == [("Siti Aminah",)]
    assert "payer_id" not in [row[1] for row in copy.execute('PRAGMA table_info("case")')]
    copy.close()
    services = Services(database, actor="sri")
    session = services.sessions.get(1)
    assert (session.client_name, session.fee, session.note, session.is_signed) == (
        "Siti Aminah", 250_000, {"data": "Klien hadir."}, True)
    assert services.billing.case_payer(1).explicit is False
    # The old store takes part in billing at once, and the old guards still hold.
    payer = services.billing.payer_for_client(1)
    invoice = services.billing.issue(services.billing.create_draft(payer.id).id)
    assert (invoice.number, invoice.total, invoice.session_ids) == ("INV/2026/0001", 250_000, (1,))
    with pytest.raises(DBAPIError), database.engine.begin() as connection:
        connection.execute(text("UPDATE case_session SET note_format = 'bebas' WHERE id = 1"))
    with pytest.raises(DBAPIError), database.engine.begin() as connection:
        connection.execute(text("DELETE FROM case_stage_event"))
    database.close()
    assert inspect_store(path).ok


@pytest.mark.postgres
def test_a_postgresql_store_at_0001_is_upgraded_and_keeps_its_data(empty_pg_url, clock):
    from peksos_desk.services.app import Services

    build_0001_store(empty_pg_url)
    database = open_database(empty_pg_url, clock=clock)
    assert current_revision(database) == head_revision()
    services = Services(database, actor="sri")
    assert services.sessions.get(1).fee == 250_000
    payer = services.billing.payer_for_client(1)
    assert services.billing.issue(services.billing.create_draft(payer.id).id).number == "INV/2026/0001"
    engine = create_engine(empty_pg_url)
    with engine.begin() as connection:
        context = MigrationContext.configure(connection, opts={"include_name": include_name})
        diff = compare_metadata(context, Base.metadata)
    engine.dispose()
    database.close()
    assert diff == []


def test_migration_0009_indexes_a_clients_cases_with_what_the_list_counts_and_back(tmp_path, clock):
    """0009 puts (client, closed_on, stage) in place of the index on case.client_id: the list counts a client's
    open cases from the index alone. Its downgrade puts the old index back, and the next opening upgrades again
    with the same count."""
    from peksos_desk.domain.stages import CaseStage
    from peksos_desk.services.app import Services
    from tests.services.factories import new_case, new_client

    path = tmp_path / "praktik.db"
    database = open_database(path, clock=clock)
    services = Services(database, actor="sri")
    client = new_client(services, full_name="Dewi Lestari")
    new_case(services, client.id)
    referred = new_case(services, client.id)
    services.cases.move_stage(referred.id, CaseStage.RUJUKAN, referred_to="UPTD PPA Kota Bandung",
                              referral_reason="Butuh pendampingan hukum.")
    services.cases.close_case(referred.id)
    database.close()

    def case_indexes() -> set[str]:
        connection = sqlite3.connect(path)
        names = {row[0] for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'case' AND sql IS NOT NULL")}
        connection.close()
        return names

    def open_cases() -> int:
        database = open_database(path, clock=clock)
        try:
            return Services(database, actor="sri").clients.list_clients("dewi").rows[0].open_cases
        finally:
            database.close()

    assert {"ix_case_client_open"} <= case_indexes() and "ix_case_client_id" not in case_indexes()
    assert open_cases() == 1
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        config = schema.alembic_config()
        config.attributes["connection"] = connection
        command.downgrade(config, "0008")
        assert connection.execute(text("SELECT version_num FROM alembic_version")).scalar_one() == "0008"
    engine.dispose()
    assert "ix_case_client_id" in case_indexes() and "ix_case_client_open" not in case_indexes()
    assert open_cases() == 1  # opening upgrades it again
    assert {"ix_case_client_open"} <= case_indexes() and "ix_case_client_id" not in case_indexes()
