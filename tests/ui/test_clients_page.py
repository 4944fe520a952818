"""The practitioner finds, sorts, registers, opens and archives clients, and starts cases from a client's page."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import QDate, QModelIndex, QPoint, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QCheckBox, QLabel, QPushButton

from peksos_desk.domain.practice import Attendance, FieldOfPractice, NoteFormat
from peksos_desk.domain.stages import CaseStage
from peksos_desk.services.clients import ClientInput
from peksos_desk.ui.dialogs.client_form import ClientFormDialog
from peksos_desk.ui.dialogs.new_case import NewCaseDialog
from peksos_desk.ui.models.clients import PAGE_SIZE, ClientCasesModel, ClientListModel, ClientTimelineModel
from peksos_desk.ui.models.table import ROW_ROLE, SORT_ROLE
from peksos_desk.ui.pages.clients import ClientsPage
from tests.services.factories import adult, child, consultation, new_case, new_client, new_session
from tests.ui.test_client_form import indonesian_ui  # noqa: F401 - a fixture shared with the form's tests

pytestmark = pytest.mark.gui


@dataclass
class RecordingNavigator:
    calls: list[tuple[str, int | None]] = field(default_factory=list)

    def show_client(self, client_id: int) -> None:
        self.calls.append(("client", client_id))

    def show_case(self, case_id: int) -> None:
        self.calls.append(("case", case_id))

    def show_session(self, session_id: int) -> None:
        self.calls.append(("session", session_id))

    def show_page(self, key: str) -> None:
        self.calls.append((key, None))

    def schedule_session(self, case_id: int | None = None) -> None:
        self.calls.append(("schedule", case_id))


@pytest.fixture
def navigator(context):
    context.navigator = RecordingNavigator()
    return context.navigator


@pytest.fixture
def services(context):
    return context.services


def make_page(qtbot, context, **options) -> ClientsPage:
    page = ClientsPage(context, **options)
    qtbot.addWidget(page)
    page.resize(1176, 700)
    with qtbot.waitSignal(page.loaded):
        page.refresh()
    return page


def names(page: ClientsPage) -> list[str]:
    return [page.model.row_at(row).full_name for row in range(page.model.rowCount())]


def header_click(qtbot, page: ClientsPage, column: int) -> None:
    header = page.table.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    with qtbot.waitSignal(page.loaded):
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))


# -- the list ---------------------------------------------------------------------------------------------


def test_a_client_registered_from_the_list_appears_in_it_and_opens(qtbot, context):
    page = make_page(qtbot, context)
    assert page.model.rowCount() == 0
    assert page.empty_label.isVisibleTo(page)
    dialog = page.new_client()
    qtbot.keyClicks(dialog.full_name, "Ni Komang Ayu Sri Wahyuningsih Pratiwi Dewi")
    dialog.nik.setText("5171046008910002")
    dialog.fill_birth_date_and_sex_from_nik()
    with qtbot.waitSignal(page.loaded):
        saved = dialog.save()
    assert saved is not None
    assert names(page) == ["Ni Komang Ayu Sri Wahyuningsih Pratiwi Dewi"]
    assert page.count_label.text() == "1 client"
    assert page.stack.currentWidget() is page.detail  # straight to the new client's page
    assert page.detail.client is not None and page.detail.client.id == saved.id


def test_ctrl_n_opens_the_new_client_form(qtbot, context):
    page = make_page(qtbot, context)
    page.show()
    page.activateWindow()
    page.table.setFocus()
    qtbot.waitUntil(page.table.hasFocus)
    assert page.new_action.shortcut() == QKeySequence(QKeySequence.StandardKey.New)
    qtbot.keyClick(page.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialogs = page.findChildren(ClientFormDialog)
    assert len(dialogs) == 1 and dialogs[0].isVisible()
    dialogs[0].reject()


@pytest.mark.parametrize("typed", ["amin", "KL-000002", "3273014503", "0812-3456"])
def test_the_search_filters_as_you_type_by_name_code_nik_or_phone(qtbot, context, services, typed):
    new_client(services, full_name="Ahmad Fauzi", phone="0857-0000-1111")
    siti = new_client(services, full_name="Siti Aminah", nik="3273014503900001", phone="0812-3456-7890")
    page = make_page(qtbot, context)
    assert page.count_label.text() == "2 clients"
    with qtbot.waitSignal(page.loaded, timeout=2000):
        qtbot.keyClicks(page.search, typed)
    assert [page.model.row_at(r).id for r in range(page.model.rowCount())] == [siti.id]
    assert page.count_label.text() == "1 client found"


def test_from_the_search_field_enter_opens_the_only_match_and_down_enters_the_list(qtbot, context, services):
    new_client(services, full_name="Agus Salim", nickname="Agus")
    siti = new_client(services)
    page = make_page(qtbot, context)
    qtbot.keyClick(page.search, Qt.Key.Key_Down)
    assert page.selected_client() is not None and page.selected_client().full_name == "Agus Salim"
    qtbot.keyClicks(page.search, "Aminah")
    qtbot.keyClick(page.search, Qt.Key.Key_Return)  # no need to wait for the pause after typing
    assert page.stack.currentWidget() is page.detail
    assert page.detail.client is not None and page.detail.client.id == siti.id


def test_typing_fast_asks_the_store_once(qtbot, context, services, monkeypatch):
    new_client(services)
    page = make_page(qtbot, context)
    asked: list[str] = []
    original = services.clients.list_clients

    def counting(text="", **options):
        asked.append(text)
        return original(text, **options)

    monkeypatch.setattr(services.clients, "list_clients", counting)
    with qtbot.waitSignal(page.loaded, timeout=2000):
        qtbot.keyClicks(page.search, "siti")
    assert asked == ["siti"]


def test_no_match_says_so_in_plain_words(qtbot, context, services):
    new_client(services)
    page = make_page(qtbot, context)
    page.search.setText("Wenda")
    page.apply_filter()
    assert page.model.rowCount() == 0
    assert "Wenda" in page.empty_label.text() and page.empty_label.isVisibleTo(page)


def test_sorting_by_age_puts_real_ages_in_order(qtbot, context, services):
    new_client(services, full_name="Sepuluh Tahun", birth_date=date(2015, 6, 1), guardian_name="Ibu")
    new_client(services, full_name="Tanpa Tanggal", birth_date=None)
    new_client(services, full_name="Sembilan Tahun", birth_date=date(2016, 6, 1), guardian_name="Ibu")
    new_client(services, full_name="Dewasa", birth_date=date(1990, 1, 1))
    page = make_page(qtbot, context)
    header_click(qtbot, page, ClientListModel.AGE)
    ages = [page.model.row_at(r).age for r in range(page.model.rowCount())]
    assert ages == [9, 10, 36, None]  # numbers, not strings: 9 before 10; unknown last
    assert page.model.index(0, ClientListModel.AGE).data() == "9"
    header_click(qtbot, page, ClientListModel.AGE)
    assert [page.model.row_at(r).age for r in range(page.model.rowCount())] == [36, 10, 9, None]


def test_the_ppks_column_does_not_sort_and_keeps_the_order(qtbot, context, services):
    for name in ("Citra", "Agus", "Budi"):
        new_client(services, full_name=name)
    page = make_page(qtbot, context)
    page.sort_by(ClientListModel.NAME, Qt.SortOrder.DescendingOrder)
    assert names(page) == ["Citra", "Budi", "Agus"]
    header = page.table.horizontalHeader()
    x = header.sectionViewportPosition(ClientListModel.PPKS) + 10
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))
    assert header.sortIndicatorSection() == ClientListModel.NAME
    assert names(page) == ["Citra", "Budi", "Agus"]


def test_the_list_shows_ppks_short_with_full_names_in_the_tooltip_and_the_last_session(qtbot, context, services):
    client = new_client(services)  # PPKS 19 and 23
    case = new_case(services, client.id)
    new_session(services, case.id, datetime(2026, 2, 20, 20, 0, tzinfo=UTC))  # 21 Feb, 03.00 WIB
    page = make_page(qtbot, context)
    ppks = page.model.index(0, ClientListModel.PPKS)
    assert ppks.data() == "Korban Tindak Kekerasan (+1)"
    assert ppks.data(Qt.ItemDataRole.ToolTipRole) == (
        "19 — Korban Tindak Kekerasan\n23 — Perempuan Rawan Sosial Ekonomi")
    assert page.model.index(0, ClientListModel.LAST_SESSION).data() == "21/02/2026"  # the local date
    assert page.model.index(0, ClientListModel.OPEN_CASES).data() == "1"


def test_archived_clients_are_hidden_unless_asked(qtbot, context, services, prompter):
    siti = new_client(services)
    slamet = new_client(services, full_name="Slamet Riyadi")
    page = make_page(qtbot, context)
    assert page.select_client(slamet.id)
    assert page.archive_button.text() == "&Archive"
    prompter.confirms = [True]
    with qtbot.waitSignal(page.loaded):
        page.archive_button.click()
    assert prompter.seen[0][0] == "confirm" and "Slamet Riyadi" in prompter.seen[0][2]
    assert names(page) == ["Siti Aminah"]

    page.show_archived.setChecked(True)
    assert names(page) == ["Siti Aminah", "Slamet Riyadi"]
    assert page.model.index(1, ClientListModel.NAME).data() == "Slamet Riyadi (archived)"
    assert page.count_label.text() == "2 clients"
    page.select_client(slamet.id)
    assert page.archive_button.text() == "&Restore from archive"
    prompter.confirms = [True]
    page.toggle_archive()
    assert not services.clients.get(slamet.id).archived
    assert siti.id in [page.model.row_at(r).id for r in range(page.model.rowCount())]


def test_archiving_asks_first_and_a_refusal_is_explained(qtbot, context, services, prompter):
    case = new_case(services)
    page = make_page(qtbot, context)
    prompter.confirms = [False]
    assert page.toggle_archive(case.client_id) is None
    assert not services.clients.get(case.client_id).archived
    prompter.confirms = [True]
    assert page.toggle_archive(case.client_id) is None
    assert "kasus" in prompter.errors[0]  # LockedRecord: a case is still open
    assert not services.clients.get(case.client_id).archived


def test_the_list_follows_changes_announced_on_the_bus(qtbot, context, services):
    page = make_page(qtbot, context)
    client = new_client(services, full_name="Maria Goreti")
    with qtbot.waitSignal(page.loaded):
        context.bus.clients_changed.emit(client.id)
    assert names(page) == ["Maria Goreti"]


def test_a_large_list_loads_page_by_page(qtbot, context, services):
    assert 2 * PAGE_SIZE < 120  # three pages or more
    for number in range(120):
        services.clients.create(ClientInput(full_name=f"Klien {number:03d}"))
    page = make_page(qtbot, context)
    model = page.model
    assert (model.rowCount(), model.total) == (PAGE_SIZE, 120)
    assert page.count_label.text() == "120 clients"
    loaded = [model.rowCount()]
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
        loaded.append(model.rowCount())
    assert loaded == [min(n * PAGE_SIZE, 120) for n in range(1, math.ceil(120 / PAGE_SIZE) + 1)]
    assert names(page) == [f"Klien {n:03d}" for n in range(120)]  # no page repeats or skips a client


def test_scrolling_to_the_end_fetches_the_next_page(qtbot, context, services):
    for number in range(60):
        services.clients.create(ClientInput(full_name=f"Klien {number:02d}"))
    page = make_page(qtbot, context, page_size=25)
    page.show()
    qtbot.waitExposed(page)
    assert page.model.rowCount() < 60
    for _ in range(5):
        page.table.scrollToBottom()
        qtbot.wait(20)
    qtbot.waitUntil(lambda: page.model.rowCount() == 60)


def test_a_window_taller_than_a_page_is_filled_without_scrolling(qtbot, context, services):
    """A page is a laptop's screenful; on a taller window the view asks for more until its rows reach the bottom
    edge, so no one sees a half-empty list with more clients behind it."""
    for number in range(60):
        services.clients.create(ClientInput(full_name=f"Klien {number:02d}"))
    page = make_page(qtbot, context, page_size=5)
    page.resize(900, 900)
    page.show()
    qtbot.waitExposed(page)
    table = page.table
    fits = table.viewport().height() // table.verticalHeader().defaultSectionSize()
    assert fits > 10  # the window holds more than two pages
    qtbot.waitUntil(lambda: page.model.rowCount() >= fits)
    assert page.model.rowCount() < 60  # only what the window shows (and a page), not the whole list
    assert names(page)[:fits] == [f"Klien {n:02d}" for n in range(fits)]


def test_the_column_layout_is_remembered(qtbot, context, services):
    new_client(services)
    page = make_page(qtbot, context)
    page.table.horizontalHeader().resizeSection(ClientListModel.CODE, 177)
    page.sort_by(ClientListModel.AGE, Qt.SortOrder.DescendingOrder)
    page.save_state()
    again = make_page(qtbot, context)
    header = again.table.horizontalHeader()
    assert header.sectionSize(ClientListModel.CODE) == 177
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (
        ClientListModel.AGE, Qt.SortOrder.DescendingOrder)
    assert again.model.descending


# -- a client's page -------------------------------------------------------------------------------------


def test_the_client_page_shows_identity_cases_and_timeline(qtbot, context, services, navigator):
    client = services.clients.create(child(full_name="Rizky Aditya Pratama", birth_place="Bandung"))
    case = new_case(services, client.id)
    kind = consultation(services)
    done = new_session(services, case.id, datetime(2026, 2, 20, 3, 0, tzinfo=UTC), service_type_id=kind.id)
    services.sessions.record_attendance(done.id, Attendance.ATTENDED)
    services.sessions.save_note(done.id, NoteFormat.DAP, {"data": "Kiki datang bersama neneknya."})
    services.sessions.sign_note(done.id)
    coming = new_session(services, case.id, datetime(2026, 3, 9, 3, 0, tzinfo=UTC))
    page = make_page(qtbot, context)
    page.select_client(client.id)
    with qtbot.waitSignal(page.loaded):
        qtbot.keyClick(page.table, Qt.Key.Key_Return)
    detail = page.detail
    assert page.stack.currentWidget() is detail
    assert detail.name_label.text() == "Rizky Aditya Pratama"
    assert "11 years old" in detail.subtitle.text() and client.code in detail.subtitle.text()
    assert detail.values["birth"].text() == "11 years — born 1 Juli 2014, in Bandung"
    assert detail.values["guardian"].text() == "Sulastri (Ibu)"
    assert detail.values["consent"].text() == "Given on 1 Februari 2026"
    assert detail.values["ppks"].text() == (
        "6 — Anak yang Menjadi Korban Tindak Kekerasan atau Diperlakukan Salah (Child victim of violence or "
        "mistreatment)")
    assert not detail.archived_badge.isVisibleTo(detail)

    assert detail.cases_model.rowCount() == 1
    assert detail.cases_proxy.index(0, 0).data() == case.number
    assert detail.cases_proxy.index(0, 1).data() == "Pendekatan awal"
    rows = [detail.timeline_proxy.index(r, 0).data(ROW_ROLE) for r in range(detail.timeline_proxy.rowCount())]
    assert [row.session_id for row in rows] == [coming.id, done.id]
    assert detail.timeline_proxy.index(1, 0).data() == "20/02/2026 10.00"  # local time, WIB
    assert detail.timeline_proxy.index(1, 5).data() == "Signed"
    assert detail.timeline_proxy.index(1, 2).data() == "Konsultasi"

    detail.cases_view.doubleClicked.emit(detail.cases_proxy.index(0, 0))  # what a double click also does:
    detail.cases_view.activated.emit(detail.cases_proxy.index(0, 0))
    detail.timeline_view.activated.emit(detail.timeline_proxy.index(1, 0))
    assert navigator.calls == [("case", case.id), ("session", done.id)]


def test_double_clicking_a_case_opens_it(qtbot, context, services, navigator):
    case = new_case(services)
    page = make_page(qtbot, context)
    page.show()
    qtbot.waitExposed(page)
    page.show_client(case.client_id)
    view = page.detail.cases_view
    rect = view.visualRect(page.detail.cases_proxy.index(0, 0))
    # A real double click is a press and release, then a second press that Qt reports as the double click.
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert ("case", case.id) in navigator.calls


def test_a_new_case_from_the_client_page_is_opened_and_shown(qtbot, context, services, navigator):
    client = services.clients.create(child())
    page = make_page(qtbot, context)
    page.show_client(client.id)
    dialog = page.detail.new_case()
    assert isinstance(dialog, NewCaseDialog)
    assert dialog.field_of_practice.currentData() == FieldOfPractice.CHILDREN.value  # a guess from the age
    assert dialog.opened_on.date() == QDate(2026, 3, 2)
    assert dialog.opened_on.maximumDate() == QDate(2026, 3, 2)  # not in the future
    assert dialog.save() is None  # the presenting problem is required
    assert dialog.presenting_problem.styleSheet()
    qtbot.keyClicks(dialog.presenting_problem, "Anak sering membolos dan bekerja di jalan.")
    qtbot.keyClicks(dialog.referral_source, "SDN Sukamaju 2")
    with qtbot.waitSignal(context.bus.cases_changed):
        case = dialog.save()
    assert case is not None
    assert navigator.calls == [("case", case.id)]
    stored = services.cases.get(case.id)
    assert (stored.client_id, stored.referral_source, stored.stage) == (client.id, "SDN Sukamaju 2",
                                                                        CaseStage.PENDEKATAN_AWAL)
    assert page.detail.cases_model.rowCount() == 1  # the page followed the change


def test_scheduling_needs_an_open_case_and_asks_which_when_there_are_several(qtbot, context, services, navigator):
    client = new_client(services)
    page = make_page(qtbot, context)
    page.show_client(client.id)
    detail = page.detail
    assert not detail.schedule_button.isEnabled()

    first = new_case(services, client.id)
    context.bus.cases_changed.emit(first.id)
    assert detail.schedule_button.isEnabled() and detail.schedule_button.menu() is None
    detail.schedule_button.click()
    assert navigator.calls == [("schedule", first.id)]

    second = new_case(services, client.id)
    context.bus.cases_changed.emit(second.id)
    menu = detail.schedule_button.menu()
    assert menu is not None and len(menu.actions()) == 2
    assert detail.schedule_session() is None  # nothing chosen yet
    menu.actions()[1].trigger()
    assert navigator.calls[-1][0] == "schedule"
    assert {navigator.calls[-1][1]} <= {first.id, second.id}
    detail.cases_view.selectRow(0)
    assert detail.schedule_button.menu() is None
    assert detail.schedule_session() == detail.cases_proxy.index(0, 0).data(ROW_ROLE).id


def test_editing_from_the_client_page_refreshes_it(qtbot, context, services):
    client = new_client(services)
    page = make_page(qtbot, context)
    page.show_client(client.id)
    dialog = page.edit_client(client.id)
    assert dialog is not None
    dialog.nickname.setText("Mbak Siti")
    dialog.save()
    assert page.detail.values["nickname"].text() == "Mbak Siti"


def test_an_archived_client_page_says_so_and_offers_restore_not_new_cases(qtbot, context, services, prompter):
    client = new_client(services)
    page = make_page(qtbot, context)
    page.show_client(client.id)
    prompter.confirms = [True]
    page.detail.archive_button.click()
    assert page.detail.archived_badge.isVisibleTo(page.detail)
    assert not page.detail.new_case_button.isEnabled()
    assert page.detail.archive_button.text() == "&Restore from archive"


def test_escape_goes_back_to_the_list_with_the_client_selected(qtbot, context, services):
    new_client(services, full_name="Agus Salim")
    client = new_client(services)
    page = make_page(qtbot, context)
    page.show()
    page.activateWindow()
    qtbot.waitActive(page)
    for key, modifier in ((Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier),
                          (Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)):
        page.show_client(client.id)
        qtbot.waitUntil(page.detail.edit_button.hasFocus)
        qtbot.keyClick(page.detail.edit_button, key, modifier)
        assert page.stack.currentWidget() is page.list_page
        selected = page.selected_client()
        assert selected is not None and selected.id == client.id


def test_an_unknown_client_is_reported_not_shown(qtbot, context, prompter):
    page = make_page(qtbot, context)
    assert not page.show_client(999)
    assert page.stack.currentWidget() is page.list_page
    assert prompter.errors


# -- the models ------------------------------------------------------------------------------------------


def test_every_model_passes_the_model_tester(qtbot, qtmodeltester, context, services):
    client = services.clients.create(adult(ppks_codes=(19, 23)))
    services.clients.create(child())
    archived = new_client(services, full_name="Slamet Riyadi")
    services.clients.archive(archived.id)
    case = new_case(services, client.id)
    new_session(services, case.id)

    clients = ClientListModel(services.clients, page_size=2)
    clients.set_filter("", include_archived=True)
    qtmodeltester.check(clients)
    clients.fetchMore(QModelIndex())
    clients.sort(ClientListModel.AGE, Qt.SortOrder.DescendingOrder)
    assert clients.index(0, ClientListModel.AGE).data(SORT_ROLE) is not None

    cases = ClientCasesModel()
    cases.set_rows(services.cases.list_for_client(client.id))
    qtmodeltester.check(cases)
    timeline = ClientTimelineModel()
    timeline.set_rows(services.clients.timeline(client.id))
    qtmodeltester.check(timeline)


@pytest.mark.usefixtures("indonesian_ui")
def test_the_list_and_client_page_read_in_indonesian(qtbot, context, services):
    for number in range(2):
        new_client(services, full_name=f"Klien {number}")
    page = make_page(qtbot, context)
    assert page.count_label.text() == "2 klien"
    assert page.model.headerData(ClientListModel.OPEN_CASES, Qt.Orientation.Horizontal) == "Kasus aktif"
    assert page.model.headerData(ClientListModel.LAST_SESSION, Qt.Orientation.Horizontal) == "Sesi terakhir"
    page.search.setText("tidak ada")
    page.apply_filter()
    assert page.count_label.text() == "0 klien ditemukan"
    for widget in (page.list_page, page.detail):
        texts = [w.text() for w in widget.findChildren(QPushButton) + widget.findChildren(QLabel)
                 + widget.findChildren(QCheckBox) if "&" in w.text()]
        letters = [text[text.index("&") + 1].lower() for text in texts]
        assert len(letters) == len(set(letters)), texts
