"""The main window opens on a store and shows the practice's figures."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtGui import QFontDatabase, QFontInfo
from PySide6.QtWidgets import QApplication, QLabel

from peksos_desk.services.profile import Profile
from peksos_desk.ui.main_window import MainWindow
from tests.services.factories import new_case

pytestmark = pytest.mark.gui


def test_home_shows_the_practice_and_the_store(qtbot, context):
    context.services.profile.update(Profile(full_name="Sri Wahyuni"))
    new_case(context.services)
    window = MainWindow(context)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.home.loaded, timeout=5000):
        window.show()
        window.home.refresh()
    texts = " ".join(label.text() for label in window.home.findChildren(QLabel))
    assert "Sri Wahyuni" in texts
    assert context.services.location in window.statusBar().currentMessage()


def test_a_real_font_renders_text():
    # Without fonts Qt draws empty boxes and says nothing: make sure one is there.
    QApplication.instance() or QApplication([])
    assert QFontDatabase.families(), "no font families: install fonts-dejavu-core"
    assert QFontInfo(QApplication.font()).family()


def test_pyside_does_not_leak_references_to_none(qtbot):
    # PySide6 6.12.0 on Python 3.11 dropped a reference to None on every void call until the interpreter
    # aborted ("none_dealloc"); this guards the pin to 6.11.3 against an upgrade bringing it back.
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for i in range(10_000):
        label.setText(str(i))
        label.setWindowTitle("x")
    assert sys.getrefcount(None) >= before - 100


def test_window_geometry_comes_back_next_time(qtbot, context):
    first = MainWindow(context)
    qtbot.addWidget(first)
    first.show()
    first.resize(1024, 650)  # the default would fill the (800×800 offscreen) screen's height
    first.save_state()
    first.close()
    second = MainWindow(context)
    qtbot.addWidget(second)
    second.show()
    assert second.height() == 650


def test_pages_are_built_when_first_shown_and_reachable_by_shortcut(qtbot, context):
    from PySide6.QtCore import Qt

    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    assert window._pages[1].widget is None  # start-up builds Home only
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.current_key() == "clients"
    qtbot.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    assert window.current_key() == "finance"
    qtbot.keyClick(window, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
    assert window.current_key() == "settings"
