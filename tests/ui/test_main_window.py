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
