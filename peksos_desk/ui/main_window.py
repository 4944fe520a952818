"""The main window: a navigation rail, the pages, the store in the status bar, saved geometry.

Pages other than Home are built the first time they are shown, so start-up costs one page, whatever the size of
the store.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QByteArray, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from peksos_desk import __version__
from peksos_desk.ui.context import AppContext
from peksos_desk.ui.widgets.lock_screen import LockGuard
from peksos_desk.ui.widgets.search_box import install_search_box
from peksos_desk.ui.widgets.security_settings import EncryptionMarker


@dataclass
class PageEntry:
    key: str
    title: str
    factory: Callable[[], QWidget]
    widget: QWidget | None = None


class MainWindow(QMainWindow):
    """The application's main window.

    Signals:
        language_requested: the user chose another UI language in Settings (its code).
        store_changed: the store was encrypted in Settings; ``context.services`` is the reopened store.
    """

    language_requested = Signal(str)
    store_changed = Signal()

    def __init__(self, context: AppContext, *, demo: bool = False) -> None:
        super().__init__()
        self.context = context
        context.navigator = self
        self.setWindowTitle(self.tr("Peksos Desk — demo data") if demo else self.tr("Peksos Desk"))
        self.setMinimumSize(QSize(1024, 600))

        self.navigation = QListWidget(self)
        self.navigation.setObjectName("navigation")
        self.navigation.setAccessibleName(self.tr("Navigation"))
        self.navigation.setFixedWidth(190)
        self.navigation.setSpacing(2)
        self.stack = QStackedWidget(self)
        central = QWidget(self)
        # The window's content sits in a stack so that locking can put the lock screen in front of it and
        # bring it back untouched (widgets/lock_screen.py).
        self.screens = QStackedWidget(self)
        self.screens.addWidget(central)
        self.setCentralWidget(self.screens)
        self.lock_guard = LockGuard(self, self.screens, context)
        rail = QVBoxLayout()
        rail.setSpacing(4)
        rail.addWidget(self.navigation, 1)
        rail.addWidget(self.lock_guard.button)
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(rail)
        layout.addWidget(self.stack, 1)

        self._pages: list[PageEntry] = []
        self._add_pages()
        self.navigation.currentRowChanged.connect(self._on_navigation)
        self._build_menus()
        self.search_box = install_search_box(self, context)

        profile = context.services.profile.get()
        self._practitioner = QLabel(profile.full_name, self)
        self.statusBar().addPermanentWidget(self._practitioner)
        self.encryption_marker = EncryptionMarker(context, self, demo=demo)
        self.statusBar().addPermanentWidget(self.encryption_marker)
        self.statusBar().showMessage(self.tr("Store: {0}").format(context.services.location))
        context.bus.profile_changed.connect(self._on_profile_changed)
        from peksos_desk.ui.backup_runner import AutomaticBackups

        self.automatic_backups = AutomaticBackups(context, self, enabled=not demo)
        self.automatic_backups.message.connect(lambda text: self.statusBar().showMessage(text, 15_000))
        self.automatic_backups.start()
        self._restore_geometry()
        self.navigation.setCurrentRow(0)

    # -- pages -------------------------------------------------------------------------------------------

    def _add_pages(self) -> None:
        context = self.context

        def home() -> QWidget:
            from peksos_desk.ui.pages.home import HomePage

            return HomePage(context, self)

        def clients() -> QWidget:
            from peksos_desk.ui.pages.clients import ClientsPage

            return ClientsPage(context, self)

        def cases() -> QWidget:
            from peksos_desk.ui.pages.cases import CasesPage

            return CasesPage(context, self)

        def schedule() -> QWidget:
            from peksos_desk.ui.pages.schedule import SchedulePage

            return SchedulePage(context, self)

        def finance() -> QWidget:
            from peksos_desk.ui.pages.finance import FinancePage
            from peksos_desk.ui.print_actions import show_finance_document

            page = FinancePage(context, self)
            page.document_requested.connect(
                lambda kind, args: show_finance_document(context, page, kind, *args))
            return page

        def settings() -> QWidget:
            from peksos_desk.ui.pages.settings_page import SettingsPage

            page = SettingsPage(context, self)
            page.language_changed.connect(self.language_requested)
            page.security_tab.idle_minutes_changed.connect(self.lock_guard.set_idle_minutes)
            page.security_tab.store_changed.connect(self._on_store_changed)
            page.backups_tab.store_replaced.connect(self.reload_pages)
            return page

        for key, title, factory in (
            ("home", self.tr("Home"), home),
            ("clients", self.tr("Clients"), clients),
            ("cases", self.tr("Cases"), cases),
            ("schedule", self.tr("Schedule"), schedule),
            ("finance", self.tr("Finance"), finance),
            ("settings", self.tr("Settings"), settings),
        ):
            entry = PageEntry(key, title, factory)
            self._pages.append(entry)
            item = QListWidgetItem(title, self.navigation)
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setSizeHint(QSize(180, 36))
            self.stack.addWidget(QWidget(self.stack))  # stands in until the page is first shown

    def page(self, key: str) -> QWidget:
        """The page for ``key``, built on first use."""
        index, entry = next((i, e) for i, e in enumerate(self._pages) if e.key == key)
        if entry.widget is None:
            entry.widget = entry.factory()
            old = self.stack.widget(index)
            self.stack.insertWidget(index, entry.widget)
            if old is not None:
                self.stack.removeWidget(old)
                old.deleteLater()
            refresh = getattr(entry.widget, "refresh", None)
            if callable(refresh):
                refresh()
        return entry.widget

    @property
    def home(self) -> QWidget:
        return self.page("home")

    def current_key(self) -> str:
        return self._pages[self.stack.currentIndex()].key

    def _on_navigation(self, row: int) -> None:
        if 0 <= row < len(self._pages):
            widget = self.page(self._pages[row].key)
            self.stack.setCurrentWidget(widget)

    # -- Navigator ---------------------------------------------------------------------------------------

    def show_page(self, key: str) -> None:
        row = next(i for i, e in enumerate(self._pages) if e.key == key)
        self.navigation.setCurrentRow(row)
        self.stack.setCurrentWidget(self.page(key))

    def show_client(self, client_id: int) -> None:
        self.show_page("clients")
        self.page("clients").show_client(client_id)  # type: ignore[attr-defined]

    def show_case(self, case_id: int) -> None:
        self.show_page("cases")
        self.page("cases").show_case(case_id)  # type: ignore[attr-defined]

    def show_session(self, session_id: int) -> None:
        self.show_page("schedule")
        self.page("schedule").show_session(session_id)  # type: ignore[attr-defined]

    def show_invoice(self, invoice_id: int) -> None:
        self.show_page("finance")
        self.page("finance").show_invoice(invoice_id)  # type: ignore[attr-defined]

    def schedule_session(self, case_id: int | None = None) -> None:
        self.show_page("schedule")
        self.page("schedule").schedule_session(case_id)  # type: ignore[attr-defined]

    # -- menus -------------------------------------------------------------------------------------------

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addAction(self.lock_guard.action)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Quit))
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        go_menu = self.menuBar().addMenu(self.tr("&Go"))
        for number, entry in enumerate(self._pages, start=1):
            action = QAction(entry.title, self)
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(lambda _=False, key=entry.key: self.show_page(key))
            go_menu.addAction(action)
            self.addAction(action)
        refresh = QAction(self.tr("&Refresh"), self)
        refresh.setShortcut(QKeySequence(QKeySequence.StandardKey.Refresh))
        refresh.triggered.connect(self.refresh_current)
        go_menu.addSeparator()
        go_menu.addAction(refresh)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About Peksos Desk"), self)
        about.triggered.connect(self._about)
        help_menu.addAction(about)

    def refresh_current(self) -> None:
        refresh = getattr(self.stack.currentWidget(), "refresh", None)
        if callable(refresh):
            refresh()

    def _about(self) -> None:
        self.context.prompter.inform(
            self, self.tr("About Peksos Desk"),
            self.tr("Peksos Desk {0}\nCase management for an independent social worker.\nStore: {1}")
            .format(__version__, self.context.services.location))

    def _on_store_changed(self) -> None:
        self.encryption_marker.refresh()
        self.statusBar().showMessage(self.tr("Store: {0}").format(self.context.services.location))
        self.store_changed.emit()

    def reload_pages(self) -> None:
        """Build every page anew on the store (a backup was restored into it), staying where the user was."""
        QTimer.singleShot(0, self, self._rebuild_pages)  # the asking page is still in its slot: replace it after

    def _rebuild_pages(self) -> None:
        current = self.current_key()
        for index, entry in enumerate(self._pages):
            if entry.widget is not None:
                old, entry.widget = entry.widget, None
                self.stack.insertWidget(index, QWidget(self.stack))
                self.stack.removeWidget(old)
                old.deleteLater()
        self.show_page(current)
        if current == "settings":
            settings = self.page("settings")
            settings.tabs.setCurrentWidget(settings.backups_tab)  # type: ignore[attr-defined]
        self._on_store_changed()
        self._on_profile_changed()

    def _on_profile_changed(self) -> None:
        self._practitioner.setText(self.context.services.profile.get().full_name)

    # -- window state ------------------------------------------------------------------------------------

    def _restore_geometry(self) -> None:
        saved = self.context.settings.state("main/geometry")
        if saved is not None and self.restoreGeometry(saved) and self._on_a_screen():
            return
        screen = QGuiApplication.primaryScreen()
        available = screen.availableGeometry() if screen else None
        if available is not None:
            width = min(1280, available.width())
            height = min(760, available.height())
            self.resize(width, height)
            self.move(available.center() - self.rect().center())

    def _on_a_screen(self) -> bool:
        # A window saved on a second monitor that is gone must come back where it can be seen.
        frame = self.frameGeometry()
        return any(screen.availableGeometry().intersects(frame) for screen in QGuiApplication.screens())

    def save_state(self) -> None:
        """Remember the geometry (and let pages save theirs)."""
        self.context.settings.set_state("main/geometry", QByteArray(self.saveGeometry()))
        for entry in self._pages:
            save = getattr(entry.widget, "save_state", None)
            if callable(save):
                save()
        self.context.settings.sync()

    def flush(self) -> bool:
        """Save the work every page still holds (note drafts, assessment edits); False if something failed."""
        saved = True
        for entry in self._pages:
            flush = getattr(entry.widget, "flush", None)
            if callable(flush) and flush() is False:
                saved = False
        return saved

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.flush() and not self.context.prompter.confirm(
            self, self.tr("Unsaved work"),
            self.tr("Some of your last changes could not be saved (see the message on the page). "
                    "Quit anyway and lose them?"), danger=True):
            event.ignore()
            return
        self.automatic_backups.on_close()  # quick; an error is shown, and the window closes all the same
        self.save_state()
        super().closeEvent(event)
