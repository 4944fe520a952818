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


@pytest.fixture
def prompter():
    from peksos_desk.ui.prompter import RecordingPrompter

    return RecordingPrompter()


@pytest.fixture
def context(sqlite_services, prompter, tmp_path, qapp):
    """What a page or dialog is given, over a fresh SQLite store, with a recording prompter."""
    from peksos_desk.ui.context import AppContext, DataBus
    from peksos_desk.ui.settings import Settings

    return AppContext(services=sqlite_services, prompter=prompter, settings=Settings(tmp_path / "settings.ini"),
                      bus=DataBus(), language="id")
