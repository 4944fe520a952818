"""Screens that do not grow with the store: each main screen issues the same number of SQL statements on a
small store and on one with ten times the rows, and no query runs while a view paints (inside ``data()``).

Statements are counted with SQLAlchemy's ``before_cursor_execute`` event on the store's engine. A count that
differs between the two stores means a query per row somewhere (N+1): fix it at its cause, in the service.
The two stores come from the demo generator (same seed, same clock), so they hold the same kinds of records:
payers and invoices, signed and draft notes, addenda, goals, cases in every stage.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QWidget
from sqlalchemy import func, select
from sqlalchemy.engine import Engine

from peksos_desk.services.app import Services
from peksos_desk.services.demo import generate_demo
from peksos_desk.store.models import Case, CaseSession, Client, NoteAddendum
from peksos_desk.store.schema import open_database
from peksos_desk.ui.context import AppContext, DataBus
from peksos_desk.ui.prompter import RecordingPrompter
from peksos_desk.ui.settings import Settings
from tests.conftest import FixedClock
from tests.statements import counting

SMALL_CLIENTS, SESSIONS_PER_CLIENT, GROWTH = 30, 20, 10
PAGE = 10
"""The client list's page size here: the small store fills three pages, so "scroll one page" reads one."""
ROLES = (*range(14), *(Qt.ItemDataRole.UserRole + n for n in range(10)))


@dataclass
class Store:
    """A demo store with its GUI context and the records the screens open."""

    services: Services
    context: AppContext
    rows: int
    busy_client: int
    quiet_client: int
    busy_case: int
    quiet_case: int
    noted_session: int
    plain_session: int

    @property
    def engine(self) -> Engine:
        return self.services.db.engine


def _build(path: Path, clients: int) -> Store:
    clock = FixedClock()
    services = Services(open_database(path / "praktik.db", clock=clock), actor="sri")
    generate_demo(services.db, clients=clients, sessions=clients * SESSIONS_PER_CLIENT, seed=7)
    context = AppContext(services=services, prompter=RecordingPrompter(), settings=Settings(path / "settings.ini"),
                         bus=DataBus(), language="id")
    with services.db.read() as s:
        sessions_per_case = (select(Case.id, Case.client_id, func.count(CaseSession.id).label("n"))
                             .outerjoin(CaseSession, CaseSession.case_id == Case.id).group_by(Case.id).subquery())
        per_client = (select(Client.id, func.count(sessions_per_case.c.id).label("cases"),
                             func.coalesce(func.sum(sessions_per_case.c.n), 0).label("n"))
                      .join(sessions_per_case, sessions_per_case.c.client_id == Client.id).group_by(Client.id)
                      .having(func.sum(sessions_per_case.c.n) > 0))
        ranked = s.execute(per_client.order_by(per_client.selected_columns.cases.desc(),
                                               per_client.selected_columns.n.desc(), Client.id)).all()
        cases = s.execute(select(sessions_per_case.c.id).where(sessions_per_case.c.n > 0)
                          .order_by(sessions_per_case.c.n.desc(), sessions_per_case.c.id)).scalars().all()
        noted = s.scalar(select(NoteAddendum.session_id).order_by(NoteAddendum.session_id))
        plain = s.scalar(select(CaseSession.id).where(CaseSession.note_saved_at.is_(None)).order_by(CaseSession.id))
        rows = s.scalar(select(func.count()).select_from(CaseSession)) or 0
    assert noted is not None and plain is not None, "the demo store should hold a session with an addendum"
    return Store(services, context, rows, busy_client=ranked[0].id, quiet_client=ranked[-1].id,
                 busy_case=cases[0], quiet_case=cases[-1], noted_session=noted, plain_session=plain)


@pytest.fixture(scope="module")
def stores(tmp_path_factory: pytest.TempPathFactory, qapp: QApplication) -> Iterator[dict[str, Store]]:
    built = {"small": _build(tmp_path_factory.mktemp("small"), SMALL_CLIENTS),
             "large": _build(tmp_path_factory.mktemp("large"), SMALL_CLIENTS * GROWTH)}
    assert built["large"].rows >= (GROWTH - 1) * built["small"].rows
    yield built
    for store in built.values():
        store.services.close()


_alive: list[QWidget] = []
"""The pages built here: a record's page is a child of its screen, which must outlive the checks."""


def _keep(page: QWidget) -> QWidget:
    _alive.append(page)
    return page


def _settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def _walk(model: QAbstractItemModel, parent: QModelIndex) -> int:
    """Ask every cell under ``parent`` for every role, as a view painting it (and its tooltips) would."""
    asked = 0
    for row in range(model.rowCount(parent)):
        for column in range(model.columnCount(parent)):
            index = model.index(row, column, parent)
            for role in ROLES:
                model.data(index, role)
                asked += 1
        child = model.index(row, 0, parent)
        if model.rowCount(child):
            asked += _walk(model, child)
    for section in range(model.columnCount(parent)):
        for role in ROLES:
            model.headerData(section, Qt.Orientation.Horizontal, role)
    return asked


def assert_no_query_in_data(store: Store, page: QWidget) -> None:
    """Every cell of every item view on ``page`` is answered without touching the store."""
    models = {id(view.model()): view.model() for view in page.findChildren(QAbstractItemView)
              if view.model() is not None}
    with counting(store.engine) as statements:
        asked = sum(_walk(model, QModelIndex()) for model in models.values())
    assert not statements, f"data() ran {len(statements)} queries; the first: {statements[0][:200]}"
    assert asked or not models


# -- the screens: each returns the page, after loading it as the main window does ------------------------------


def home(store: Store) -> QWidget:
    from peksos_desk.ui.pages.home import HomePage

    page = _keep(HomePage(store.context))
    page.refresh()
    return page


def clients_list(store: Store) -> QWidget:
    from peksos_desk.ui.pages.clients import ClientsPage

    page = _keep(ClientsPage(store.context, page_size=PAGE))
    page.refresh()
    return page


def clients_scrolled(page: Any) -> Callable[[Store], QWidget]:
    def scroll(_store: Store) -> QWidget:
        assert page.model.canFetchMore()
        page.model.fetchMore()
        return page  # type: ignore[no-any-return]

    return scroll


def client_page(client_id: int) -> Callable[[Store], QWidget]:
    def open_client(store: Store) -> QWidget:
        from peksos_desk.ui.pages.clients import ClientsPage

        page = _keep(ClientsPage(store.context))
        assert page.show_client(client_id)
        return page.detail

    return open_client


def cases_list(store: Store) -> QWidget:
    from peksos_desk.ui.pages.cases import CasesPage

    page = _keep(CasesPage(store.context))
    page.refresh()
    return page


def case_page(case_id: int) -> Callable[[Store], QWidget]:
    def open_case(store: Store) -> QWidget:
        from peksos_desk.ui.pages.cases import CasesPage

        page = _keep(CasesPage(store.context))
        assert page.show_case(case_id)
        return page.detail

    return open_case


def schedule_week(store: Store) -> QWidget:
    from peksos_desk.ui.pages.schedule import SchedulePage

    page = _keep(SchedulePage(store.context))
    page.refresh()
    assert page.model.rowCount() == 7
    return page


def session_page(session_id: int) -> Callable[[Store], QWidget]:
    def open_session(store: Store) -> QWidget:
        from peksos_desk.ui.pages.schedule import SchedulePage

        page = _keep(SchedulePage(store.context))
        assert page.show_session(session_id)
        return page.session_page

    return open_session


def finance_tab(key: str) -> Callable[[Store], QWidget]:
    def show(store: Store) -> QWidget:
        from peksos_desk.ui.pages.finance import FinancePage

        page = _keep(FinancePage(store.context))
        page.show_tab(key)
        return page.tabs.currentWidget()

    return show


def measure(store: Store, screen: Callable[[Store], QWidget]) -> tuple[int, QWidget]:
    """How many statements loading the screen sends, and the screen (with its data) for a data() check."""
    with counting(store.engine) as statements:
        page = screen(store)
        _settle()
    assert statements, "the screen read nothing from the store"
    return len(statements), page


def _compare(stores: dict[str, Store], screen: Callable[[Store], Callable[[Store], QWidget]] | Callable[
        [Store], QWidget], *, per_store: bool = False) -> tuple[int, int]:
    counts = []
    for size in ("small", "large"):
        store = stores[size]
        target: Any = screen(store) if per_store else screen  # type: ignore[call-arg]
        count, page = measure(store, target)
        assert_no_query_in_data(store, page)
        counts.append(count)
    return counts[0], counts[1]


SCREENS: dict[str, Callable[[Store], QWidget]] = {
    "home": home,
    "clients list": clients_list,
    "cases list": cases_list,
    "schedule week": schedule_week,
}


@pytest.mark.parametrize("name", list(SCREENS))
def test_list_screens_issue_the_same_queries_on_a_store_ten_times_larger(stores: dict[str, Store],
                                                                        name: str) -> None:
    small, large = _compare(stores, SCREENS[name])
    assert small == large, f"{name}: {small} statements on the small store, {large} on the large one"


def test_scrolling_the_client_list_one_page_reads_one_page(stores: dict[str, Store]) -> None:
    counts = []
    for size in ("small", "large"):
        store = stores[size]
        page: Any = clients_list(store)
        before = page.model.loaded
        count, _ = measure(store, clients_scrolled(page))
        assert page.model.loaded == before + PAGE
        assert_no_query_in_data(store, page)
        counts.append(count)
    assert counts[0] == counts[1]


@pytest.mark.parametrize("kind", ["client", "case", "session"])
def test_record_pages_cost_the_same_whatever_the_store_or_the_record(stores: dict[str, Store], kind: str) -> None:
    """A record's page costs the same on both stores, and for a busy record as for a quiet one (a client with
    three cases and many sessions against one with a single case; a session with a signed note and an
    addendum against one without a note)."""
    opener: dict[str, Callable[[Store, bool], Callable[[Store], QWidget]]] = {
        "client": lambda s, busy: client_page(s.busy_client if busy else s.quiet_client),
        "case": lambda s, busy: case_page(s.busy_case if busy else s.quiet_case),
        "session": lambda s, busy: session_page(s.noted_session if busy else s.plain_session),
    }
    counts: dict[tuple[str, bool], int] = {}
    for size in ("small", "large"):
        store = stores[size]
        for busy in (True, False):
            count, page = measure(store, opener[kind](store, busy))
            assert_no_query_in_data(store, page)
            counts[size, busy] = count
    assert len(set(counts.values())) == 1, f"{kind} page statements (store, busy record): {counts}"


@pytest.mark.parametrize("tab", ["unbilled", "invoices", "payers", "income"])
def test_each_finance_tab_issues_the_same_queries_on_a_store_ten_times_larger(stores: dict[str, Store],
                                                                             tab: str) -> None:
    from peksos_desk.ui.pages import finance

    key = {"unbilled": finance.UNBILLED, "invoices": finance.INVOICES, "payers": finance.PAYERS,
           "income": finance.INCOME}[tab]
    small, large = _compare(stores, finance_tab(key))
    assert small == large, f"finance {tab}: {small} statements on the small store, {large} on the large one"


def test_the_counter_sees_a_query_per_row() -> None:
    """The yardstick itself: a loop of one query per row is counted as such."""
    from sqlalchemy import create_engine, text

    engine = create_engine("sqlite://")
    with counting(engine) as statements, engine.connect() as connection:
        for number in range(5):
            connection.execute(text("SELECT :n"), {"n": number})
    assert len(statements) == 5
