"""The main window's search box: typing finds, the keyboard chooses, Enter opens the record."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QMainWindow, QWidget

from peksos_desk.domain.practice import NoteFormat
from peksos_desk.services.search import Marked
from peksos_desk.ui.main_window import MainWindow
from peksos_desk.ui.widgets.search_box import (
    HTML_ROLE,
    TARGET_ROLE,
    Kind,
    SearchBox,
    Target,
    install_search_box,
    marked_html,
)
from tests.services.factories import new_case, new_client, new_session

pytestmark = pytest.mark.gui


class RecordingNavigator:
    def __init__(self) -> None:
        self.shown: list[tuple[str, int]] = []

    def show_client(self, client_id: int) -> None:
        self.shown.append(("client", client_id))

    def show_case(self, case_id: int) -> None:
        self.shown.append(("case", case_id))

    def show_session(self, session_id: int) -> None:
        self.shown.append(("session", session_id))

    def show_page(self, key: str) -> None:
        self.shown.append(("page", 0))

    def schedule_session(self, case_id: int | None = None) -> None:
        pass


@pytest.fixture
def filled(context):
    services = context.services
    case = new_case(services)
    session = new_session(services, case.id, starts_at=datetime(2026, 2, 20, 3, tzinfo=UTC))
    services.sessions.save_note(session.id, NoteFormat.FREE, {"narrative": "Klien dirujuk ke puskesmas Dago."})
    archived = new_client(services, full_name="Siti Rahayu", nickname="Ayu")
    services.clients.archive(archived.id)
    return {"case": case, "session": session, "archived": archived}


@pytest.fixture
def box(qtbot, context, filled):
    window = QMainWindow()
    window.resize(900, 600)
    window.setCentralWidget(QLineEdit(window))
    qtbot.addWidget(window)
    context.navigator = RecordingNavigator()
    search = install_search_box(window, context)
    window.show()
    qtbot.waitExposed(window)
    return search


def rows(search: SearchBox) -> list[str]:
    model = search.popup.model
    return [model.item(r).text() for r in range(model.rowCount())]


def test_typing_shows_grouped_results_with_the_matched_words_marked(qtbot, box, filled):
    qtbot.keyClicks(box, "siti")
    qtbot.waitUntil(box.popup.isVisible, timeout=2000)
    texts = rows(box)
    assert texts[0] == "Clients"  # no translator in tests: the English source texts
    assert texts[1].startswith("Siti Aminah (Siti)")
    assert texts[2].startswith("Siti Rahayu (Ayu)")
    assert len(texts) == 3  # cases are found by number and problem, notes by their text
    html = box.popup.model.item(1).data(HTML_ROLE)
    assert '">Siti</span> Aminah' in html
    assert "(archived)" in box.popup.model.item(2).data(HTML_ROLE)
    # The first result is chosen; Down moves on, Enter opens it through the navigator.
    assert box.popup.current_target() == Target(Kind.CLIENT, 1)
    qtbot.keyClick(box, Qt.Key.Key_Down)
    assert box.popup.current_target() == Target(Kind.CLIENT, filled["archived"].id)
    with qtbot.waitSignal(box.opened):
        qtbot.keyClick(box, Qt.Key.Key_Return)
    assert box.context.navigator.shown == [("client", filled["archived"].id)]
    assert not box.popup.isVisible()


def test_a_note_is_found_by_the_root_of_its_words_and_opened(qtbot, box, filled):
    box.setFocus()
    qtbot.keyClicks(box, "rujukan ")
    qtbot.waitUntil(box.popup.isVisible, timeout=2000)
    assert rows(box)[0] == "Notes"
    assert '">dirujuk</span>' in box.popup.model.item(1).data(HTML_ROLE)
    with qtbot.waitSignal(box.opened):
        qtbot.keyClick(box, Qt.Key.Key_Enter)
    assert box.context.navigator.shown == [("session", filled["session"].id)]


def test_a_click_opens_a_case(qtbot, box, filled):
    qtbot.keyClicks(box, "KS/2026/0001")
    qtbot.waitUntil(box.popup.isVisible, timeout=2000)
    row = next(r for r in range(box.popup.model.rowCount())
               if box.popup.model.item(r).data(TARGET_ROLE) == Target(Kind.CASE, filled["case"].id))
    index = box.popup.model.index(row, 0)
    with qtbot.waitSignal(box.opened):
        qtbot.mouseClick(box.popup.view.viewport(), Qt.MouseButton.LeftButton,
                         pos=box.popup.view.visualRect(index).center())
    assert box.context.navigator.shown == [("case", filled["case"].id)]


def test_nothing_found_short_text_and_escape(qtbot, box):
    qtbot.keyClicks(box, "zzzyx")
    qtbot.waitUntil(box.popup.isVisible, timeout=2000)
    assert box.popup.message.isVisibleTo(box.popup)
    assert "zzzyx" in box.popup.message.text() and "Nothing found" in box.popup.message.text()
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    assert not box.popup.isVisible() and box.text() == "zzzyx"
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    assert box.text() == ""
    qtbot.keyClicks(box, "s")
    qtbot.waitUntil(box.popup.isVisible, timeout=2000)
    assert "two letters" in box.popup.message.text()
    box.clear()
    assert not box.popup.isVisible()


def test_ctrl_k_and_find_focus_the_box(qtbot, box):
    window = box.window()
    editor = window.centralWidget()
    editor.setFocus()
    qtbot.waitUntil(editor.hasFocus, timeout=1000)
    qtbot.keyClick(editor, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(box.hasFocus, timeout=1000)
    editor.setFocus()
    qtbot.waitUntil(editor.hasFocus, timeout=1000)
    qtbot.keyClick(editor, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(box.hasFocus, timeout=1000)


def test_odd_text_never_breaks_the_box(qtbot, box):
    for text in ('"', "NEAR(", "*", "-x", "🙂🙂", "a\x00b", "((siti"):
        box.setText(text)
        box.run_search()
    assert box.results is not None


def test_marked_html_escapes_the_text():
    assert marked_html(Marked("<b>Siti</b> & co", ((3, 7),))) == (
        '&lt;b&gt;<span style="background-color: #ffe58a; color: #1a1a1a; font-weight: 600;">Siti</span>'
        "&lt;/b&gt; &amp; co")


def test_in_the_main_window_a_result_opens_its_page(qtbot, context, filled):
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    box = window.search_box
    assert isinstance(box, SearchBox) and box.isVisible()
    qtbot.keyClicks(box, "puskesmas")
    qtbot.waitUntil(box.popup.isVisible, timeout=2000)
    with qtbot.waitSignal(box.opened):
        qtbot.keyClick(box, Qt.Key.Key_Return)
    assert window.current_key() == "schedule"
    focus = QApplication.focusWidget()
    assert focus is None or isinstance(focus, QWidget)


def test_the_panel_speaks_indonesian(qtbot, qapp, box):
    from peksos_desk.ui.i18n import install_translators

    translators = install_translators(qapp, "id")
    try:
        qtbot.keyClicks(box, "siti")
        qtbot.waitUntil(box.popup.isVisible, timeout=2000)
        assert rows(box)[0] == "Klien"
        assert "(diarsipkan)" in box.popup.model.item(2).data(HTML_ROLE)
        box.setText("zzzyx")
        box.run_search()
        assert box.popup.message.text() == "Tidak ada hasil untuk “zzzyx”."
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)


def test_locking_the_window_hides_the_box_and_forgets_the_search(qtbot, context, filled):
    from PySide6.QtCore import QObject, Signal

    class Guard(QObject):
        locked_changed = Signal(bool)

    window = QMainWindow()
    window.resize(900, 600)
    qtbot.addWidget(window)
    window.lock_guard = Guard(window)
    context.navigator = RecordingNavigator()
    search = install_search_box(window, context)
    window.show()
    qtbot.keyClicks(search, "siti")
    qtbot.waitUntil(search.popup.isVisible, timeout=2000)
    window.lock_guard.locked_changed.emit(True)
    assert not search.popup.isVisible() and search.text() == "" and not search.isVisible()
    window.lock_guard.locked_changed.emit(False)
    assert search.isVisible()
