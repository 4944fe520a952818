from __future__ import annotations

import pytest


@pytest.fixture
def sqlite_services(tmp_path, clock):
    """Services over a SQLite store (the GUI tests need no second database)."""
    from peksos_desk.services.app import Services
    from peksos_desk.store.schema import open_database

    services = Services(open_database(tmp_path / "praktik.db", clock=clock), actor="sri")
    yield services
    services.close()
