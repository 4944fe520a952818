"""Alt+letter shortcuts do what they say: on every page, in both languages, no two visible controls share one.

The menu bar is left out of the page check: the pages together use nearly every letter, and the menus are opened
with Alt (or F10) pressed and released, then the letter, which goes to the menu bar alone. The menus' own letters
must differ from each other."""

from __future__ import annotations

import re
from collections import defaultdict

import pytest
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QTabBar, QWidget

from peksos_desk.ui.i18n import install_translators
from peksos_desk.ui.main_window import MainWindow

pytestmark = pytest.mark.gui
MNEMONIC = re.compile(r"&([^&\s])")


def _letter(text: str) -> str | None:
    found = MNEMONIC.search(text.replace("&&", ""))
    return found.group(1).lower() if found else None


def visible_mnemonics(window: QWidget) -> dict[str, list[str]]:
    """Each Alt+letter on screen now and the controls that claim it."""
    claims: dict[str, list[str]] = defaultdict(list)

    def claim(text: str) -> None:
        letter = _letter(text)
        if letter:
            claims[letter].append(text)

    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window) or widget.window() is not window:
            continue
        button = isinstance(widget, QAbstractButton) and widget.isEnabled()
        buddy = widget.buddy() if isinstance(widget, QLabel) else None
        if button or (buddy is not None and buddy.isVisibleTo(window)):
            claim(widget.text())  # type: ignore[attr-defined]
        elif isinstance(widget, QGroupBox) and widget.isCheckable():
            claim(widget.title())
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                if widget.isTabEnabled(index) and widget.isTabVisible(index):
                    claim(widget.tabText(index))
    return {letter: texts for letter, texts in claims.items() if len(texts) > 1}


@pytest.mark.parametrize("language", ["id", "en"])
def test_no_two_visible_controls_share_an_alt_letter_on_any_page(qtbot, qapp, context, language):
    from tests.services.factories import consultation, new_case, new_session

    translators = list(install_translators(qapp, language))
    try:
        services = context.services
        case = new_case(services)
        session = new_session(services, case.id, service_type_id=consultation(services).id)
        window = MainWindow(context)
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        clashes = {}
        for key in ("home", "clients", "cases", "schedule", "finance", "settings"):
            window.show_page(key)
            clashes[key] = visible_mnemonics(window)
        window.show_client(case.client_id)
        clashes["client page"] = visible_mnemonics(window)
        window.show_case(case.id)
        clashes["case page"] = visible_mnemonics(window)
        window.show_session(session.id)
        clashes["session page"] = visible_mnemonics(window)
        menus = [_letter(action.text()) for action in window.menuBar().actions()]
        assert len(set(menus)) == len(menus), menus
        found = {page: found for page, found in clashes.items() if found}
        assert found == {}, "\n".join(f"{page}: {clash}" for page, clash in found.items())
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
