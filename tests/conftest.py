"""Shared fixtures: a store on SQLite and on a real PostgreSQL server, a fixed clock, services."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import settings
from pytest_postgresql import factories

from peksos_desk.domain.text import set_language
from tests.pg_server import PgCluster, start_cluster

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# No timing limits (the machines are shared and noisy); in CI the same examples every run, so a red build
# is reproducible rather than a roll of the dice.
settings.register_profile("dev", deadline=None)
settings.register_profile("ci", deadline=None, derandomize=True, print_blob=True)
settings.load_profile("ci" if os.environ.get("CI") else "dev")


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[PgCluster]:
    """The run's own PostgreSQL server, stopped when the run ends, pass or fail."""
    try:
        cluster = start_cluster()
    except RuntimeError as exc:
        if os.environ.get("PEKSOS_REQUIRE_POSTGRES") == "1":
            pytest.fail(str(exc))
        pytest.skip(str(exc))
    try:
        yield cluster
    finally:
        cluster.stop()


pg_empty_server = factories.postgresql_noproc(depends_on="pg_cluster", dbname="empty")
pg_empty_connection = factories.postgresql("pg_empty_server")


@pytest.fixture(scope="session")
def pg_store_url(pg_cluster: PgCluster) -> str:
    """One PostgreSQL database with our schema for the whole run; each test empties it first (see store_url).

    Cloning a template database per test costs ~0.3 s with the billing tables; TRUNCATE costs ~20 ms.
    """
    import psycopg

    from peksos_desk.store.schema import open_database

    with psycopg.connect(host=pg_cluster.host, port=pg_cluster.port, user=pg_cluster.user, dbname="postgres",
                         autocommit=True) as connection:
        connection.execute("DROP DATABASE IF EXISTS peksos_run")
        connection.execute("CREATE DATABASE peksos_run")
    url = f"postgresql+psycopg://{pg_cluster.user}@{pg_cluster.host}:{pg_cluster.port}/peksos_run"
    open_database(url).close()
    return url


def empty_pg_store(url: str) -> None:
    """Remove every row (TRUNCATE fires no row triggers, so append-only tables empty too) and reset ids."""
    from sqlalchemy import create_engine

    from peksos_desk.store.models import Base

    engine = create_engine(url)
    try:
        with engine.begin() as connection:
            connection.exec_driver_sql("SET lock_timeout = '10s'")
            names = ", ".join(f'"{table.name}"' for table in Base.metadata.sorted_tables)
            connection.exec_driver_sql(f"TRUNCATE {names} RESTART IDENTITY CASCADE")
    finally:
        engine.dispose()


def _url(connection: Any) -> str:
    info = connection.info
    return f"postgresql+psycopg://{info.user}@{info.host}:{info.port}/{info.dbname}"


class FixedClock:
    """A clock the test moves by hand; starts on a working Monday morning in Bandung (WIB)."""

    def __init__(self, now: datetime = datetime(2026, 3, 2, 2, 0, tzinfo=UTC)) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock()


@pytest.fixture(autouse=True)
def _fast_key_derivation(monkeypatch: pytest.MonkeyPatch) -> None:
    """argon2id at its production cost takes ~0.4 s a call; tests derive keys with the cheapest parameters (the
    format and the code paths are the same). Processes a test starts use the production cost."""
    from peksos_desk.store import keys

    monkeypatch.setattr(keys, "kdf_parameters", keys.TEST_KDF)


@pytest.fixture(autouse=True)
def _indonesian_messages() -> Iterator[None]:
    set_language("id")
    yield
    set_language("id")


@pytest.fixture
def empty_pg_url(pg_empty_connection: Any) -> str:
    """A URL to an empty PostgreSQL database (no schema yet)."""
    return _url(pg_empty_connection)


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A fresh store's location: a SQLite file, or the run's PostgreSQL database, emptied."""
    if request.param == "sqlite":
        return str(tmp_path / "praktik.db")
    url: str = request.getfixturevalue("pg_store_url")
    empty_pg_store(url)
    return url


@pytest.fixture
def database(store_url: str, clock: FixedClock) -> Iterator[Any]:
    from peksos_desk.store.schema import open_database

    db = open_database(store_url, clock=clock)
    yield db
    db.close()


@pytest.fixture
def services(database: Any) -> Any:
    """Every service over a fresh store, acting as the practitioner "sri"."""
    from peksos_desk.services.app import Services

    return Services(database, actor="sri")
