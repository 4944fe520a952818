"""Klien: the client list (search as you type, sort, archive) and each client's page.

The list filters and sorts in the store and reads a page at a time (``ClientListModel``); a keystroke in the
search field waits ~150 ms for the next one before asking the store, so typing a name costs one query.
"""

from __future__ import annotations

from babel.numbers import format_decimal
from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from peksos_desk.domain.errors import NotFound, PeksosError
from peksos_desk.domain.text import current_language
from peksos_desk.services.clients import ClientSummary, ClientView
from peksos_desk.ui.context import AppContext
from peksos_desk.ui.dialogs.client_form import ClientFormDialog
from peksos_desk.ui.models.clients import PAGE_SIZE, ClientListModel
from peksos_desk.ui.widgets.client_detail import ClientDetail

SEARCH_DELAY_MS = 150
HEADER_STATE = "clients/list_header"


class ClientsPage(QWidget):
    """The Clients page: the list and, in front of it when a client is opened, the client's page.

    Signals:
        loaded: the list (or the client shown) has been read from the store and is on screen.

    Attributes:
        model: the lazily fetched client list.
        table: the list's view.
        search: the search field (filters as you type).
        show_archived: the "show archived clients" check box.
        detail: the client's page.
    """

    loaded = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None, *, page_size: int = PAGE_SIZE) -> None:
        super().__init__(parent)
        self.context = context
        self.model = ClientListModel(context.services.clients, page_size=page_size, parent=self)
        self._build_list()
        self.detail = ClientDetail(context, self)
        self.detail.back_requested.connect(self.show_list)
        self.detail.edit_requested.connect(self.edit_client)
        self.detail.archive_requested.connect(self.toggle_archive)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.list_page)
        self.stack.addWidget(self.detail)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(self._search_timer.start)
        self.show_archived.toggled.connect(self.apply_filter)

        context.bus.clients_changed.connect(self._on_store_changed)
        context.bus.cases_changed.connect(self._on_store_changed)
        context.bus.sessions_changed.connect(self._on_store_changed)
        self._update_buttons()

    # -- building ----------------------------------------------------------------------------------------

    def _build_list(self) -> None:
        page = self.list_page = QWidget(self)
        title = QLabel(self.tr("Clients"), page)
        title.setObjectName("pageTitle")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        title.setFont(font)
        self.count_label = QLabel(page)
        self.count_label.setAccessibleName(self.tr("Number of clients"))

        self.search = QLineEdit(page)
        self.search.setAccessibleName(self.tr("Search clients"))
        self.search.setPlaceholderText(self.tr("Name, nickname, client code, NIK or phone"))
        self.search.setClearButtonEnabled(True)
        self.search.installEventFilter(self)
        search_label = QLabel(self.tr("&Search:"), page)
        search_label.setBuddy(self.search)
        self.show_archived = QCheckBox(self.tr("Show archi&ved clients"), page)
        self.show_archived.setAccessibleName(self.tr("Show archived clients"))

        self.new_button = QPushButton(self.tr("&New client…"), page)
        self.new_button.setAccessibleName(self.tr("Register a new client"))
        self.new_button.setToolTip(self.tr("Register a new client ({0})").format(
            QKeySequence(QKeySequence.StandardKey.New).toString(QKeySequence.SequenceFormat.NativeText)))
        self.open_button = QPushButton(self.tr("&Open"), page)
        self.open_button.setAccessibleName(self.tr("Open the selected client"))
        self.open_button.setToolTip(self.tr("Open the selected client (Enter or double-click)"))
        self.edit_button = QPushButton(self.tr("&Edit…"), page)
        self.edit_button.setAccessibleName(self.tr("Edit the selected client"))
        self.archive_button = QPushButton(self.tr("&Archive"), page)
        self.new_button.clicked.connect(self.new_client)
        self.open_button.clicked.connect(self.open_selected)
        self.edit_button.clicked.connect(lambda: self.edit_client())  # noqa: PLW0108 - clicked(bool) would pass False as the id
        self.archive_button.clicked.connect(lambda: self.toggle_archive())  # noqa: PLW0108 - clicked(bool) would pass False as the id

        self.new_action = QAction(self.tr("New client"), self)
        self.new_action.setShortcut(QKeySequence(QKeySequence.StandardKey.New))
        self.new_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.new_action.triggered.connect(self.new_client)
        self.addAction(self.new_action)
        self.find_action = QAction(self.tr("Search clients"), self)
        self.find_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Find))
        self.find_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.find_action.triggered.connect(self.focus_search)
        self.addAction(self.find_action)

        self.table = QTableView(page)
        self.table.setAccessibleName(self.tr("Client list"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.verticalHeader().hide()
        self.table.activated.connect(lambda _index: self.open_selected())
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(ClientListModel.PPKS, QHeaderView.ResizeMode.Stretch)
        for column, width in ((ClientListModel.NAME, 330), (ClientListModel.CODE, 105), (ClientListModel.AGE, 70),
                              (ClientListModel.OPEN_CASES, 110), (ClientListModel.LAST_SESSION, 125)):
            header.resizeSection(column, width)
        header.setSortIndicator(ClientListModel.NAME, Qt.SortOrder.AscendingOrder)
        state = self.context.settings.state(HEADER_STATE)
        if state is not None:
            header.restoreState(state)
        if not ClientListModel.is_sortable(header.sortIndicatorSection()):
            header.setSortIndicator(ClientListModel.NAME, Qt.SortOrder.AscendingOrder)
        self._sort = (header.sortIndicatorSection(), header.sortIndicatorOrder())
        self.model.sort_key = ClientListModel.SORT_KEYS[self._sort[0]]
        self.model.descending = self._sort[1] == Qt.SortOrder.DescendingOrder
        header.sortIndicatorChanged.connect(self._on_sort_indicator)

        self.blank_form_button = QPushButton(self.tr("Blank &intake form…"), page)
        self.blank_form_button.setToolTip(self.tr("Preview and print an empty formulir pendataan klien to fill in "
                                                  "by hand, e.g. on a home visit (PDF)"))
        self.blank_form_button.clicked.connect(self.print_blank_intake_form)

        self.empty_label = QLabel(page)
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setStyleSheet("color: palette(placeholder-text); padding: 24px;")
        self.empty_label.hide()

        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch(1)
        top.addWidget(self.count_label, 0, Qt.AlignmentFlag.AlignBottom)
        top.addSpacing(12)
        top.addWidget(self.blank_form_button, 0, Qt.AlignmentFlag.AlignBottom)
        tools = QHBoxLayout()
        tools.addWidget(search_label)
        tools.addWidget(self.search, 1)
        tools.addWidget(self.show_archived)
        tools.addSpacing(12)
        for button in (self.new_button, self.open_button, self.edit_button, self.archive_button):
            tools.addWidget(button)
        layout = QVBoxLayout(page)
        layout.addLayout(top)
        layout.addLayout(tools)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)

    def print_blank_intake_form(self) -> QWidget | None:
        """Preview the empty intake form (for a home visit, filled in by hand)."""
        from peksos_desk.ui.print_actions import show_intake_form

        return show_intake_form(self.context, self, None)

    # -- loading -----------------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the list again (and the client shown, if any) from the store."""
        self.model.zone = self.context.zone
        self._reload_list()
        if self.stack.currentWidget() is self.detail:
            self.detail.reload()

    def apply_filter(self) -> None:
        """Filter the list by the search text now (the search field calls this ~150 ms after the last key)."""
        self._search_timer.stop()
        self.model.set_filter(self.search.text(), include_archived=self.show_archived.isChecked())
        self._after_load(None)

    def _reload_list(self) -> None:
        selected = self.selected_client()
        self.model.filter_text = self.search.text().strip()
        self.model.include_archived = self.show_archived.isChecked()
        self.model.reload()
        self._after_load(selected.id if selected else None)

    def _after_load(self, select_id: int | None) -> None:
        if select_id is not None:
            self.select_client(select_id)
        self._show_count()
        self._update_buttons()
        self.loaded.emit()

    def _show_count(self) -> None:
        total = self.model.total
        number = format_decimal(total, locale=current_language())
        if self.model.filter_text:
            text = self.tr("1 client found") if total == 1 else self.tr("{0} clients found").format(number)
        else:
            text = self.tr("1 client") if total == 1 else self.tr("{0} clients").format(number)
        self.count_label.setText(text)
        if total:
            self.empty_label.hide()
            return
        if self.model.filter_text:
            empty = self.tr("No client matches “{0}”. The search looks in names, nicknames, client codes, NIK "
                            "and phone numbers.").format(self.model.filter_text)
            if not self.model.include_archived:
                empty += " " + self.tr("Archived clients are left out unless “Show archived clients” is ticked.")
        else:
            empty = self.tr("No clients yet. Register the first one with “New client” ({0}).").format(
                QKeySequence(QKeySequence.StandardKey.New).toString(QKeySequence.SequenceFormat.NativeText))
        self.empty_label.setText(empty)
        self.empty_label.show()

    def _on_sort_indicator(self, section: int, order: Qt.SortOrder) -> None:
        header = self.table.horizontalHeader()
        if not ClientListModel.is_sortable(section):
            header.blockSignals(True)  # the PPKS column has no order: keep the indicator where it was
            header.setSortIndicator(*self._sort)
            header.blockSignals(False)
            return
        self._sort = (section, order)
        selected = self.selected_client()
        self.model.sort(section, order)
        self._after_load(selected.id if selected else None)

    def sort_by(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort as a click on the column's header does."""
        self.table.horizontalHeader().setSortIndicator(column, order)

    def _on_store_changed(self, _record_id: int) -> None:
        self.refresh()

    # -- selection ---------------------------------------------------------------------------------------

    def selected_client(self) -> ClientSummary | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def select_client(self, client_id: int) -> bool:
        """Select the client's row if it has been read; True when it was found."""
        row = self.model.row_of(client_id)
        if row is None:
            return False
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(index)
        return True

    def _update_buttons(self) -> None:
        client = self.selected_client()
        for button in (self.open_button, self.edit_button, self.archive_button):
            button.setEnabled(client is not None)
        archived = client is not None and client.archived
        self.archive_button.setText(self.tr("&Restore from archive") if archived else self.tr("&Archive"))
        self.archive_button.setAccessibleName(self.tr("Restore the selected client from the archive") if archived
                                              else self.tr("Archive the selected client"))

    def focus_search(self) -> None:
        self.show_list()
        self.search.setFocus()
        self.search.selectAll()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # From the search field, Down moves into the list and Enter opens the only match.
        if watched is self.search and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() == Qt.Key.Key_Down and self.model.rowCount():
                self.table.setFocus()
                if self.selected_client() is None:
                    self.select_client(self.model.row_at(0).id)
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.apply_filter()
                if self.model.rowCount() == 1:
                    self.show_client(self.model.row_at(0).id)
                return True
        return super().eventFilter(watched, event)

    # -- navigation --------------------------------------------------------------------------------------

    def show_client(self, client_id: int) -> bool:
        """Show the client's page (what the main window's navigator calls)."""
        try:
            self.detail.show_client(client_id)
        except NotFound as error:
            self.context.prompter.error(self, self.tr("Client not found"), str(error))
            return False
        self.stack.setCurrentWidget(self.detail)
        self.detail.edit_button.setFocus()
        self.loaded.emit()
        return True

    def show_list(self) -> None:
        """Back to the list, with the client that was shown selected."""
        shown = self.detail.client
        self.stack.setCurrentWidget(self.list_page)
        if shown is not None:
            self.select_client(shown.id)
        self.table.setFocus()

    def open_selected(self) -> bool:
        client = self.selected_client()
        return client is not None and self.show_client(client.id)

    # -- actions -----------------------------------------------------------------------------------------

    def new_client(self) -> ClientFormDialog:
        """Open the form for a new client (not blocking); once saved, the client's page is shown."""
        dialog = ClientFormDialog(self.context, None, self)
        dialog.saved.connect(lambda view: self.show_client(view.id))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def edit_client(self, client_id: int | None = None) -> ClientFormDialog | None:
        """Open the form on a client (the selected one by default); the pages refresh when it is saved."""
        if client_id is None:
            selected = self.selected_client()
            if selected is None:
                return None
            client_id = selected.id
        try:
            client = self.context.services.clients.get(client_id)
        except NotFound as error:
            self.context.prompter.error(self, self.tr("Client not found"), str(error))
            return None
        dialog = ClientFormDialog(self.context, client, self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def toggle_archive(self, client_id: int | None = None) -> ClientView | None:
        """Archive the client (or restore an archived one) after asking; returns the changed client."""
        if client_id is None:
            selected = self.selected_client()
            if selected is None:
                return None
            client_id = selected.id
        services = self.context.services.clients
        prompter = self.context.prompter
        try:
            client = services.get(client_id)
        except NotFound as error:
            prompter.error(self, self.tr("Client not found"), str(error))
            return None
        if client.archived:
            title = self.tr("Restore client")
            question = self.tr("Bring {0} ({1}) back to the daily client list?")
        else:
            title = self.tr("Archive client")
            question = self.tr("Archive {0} ({1})? Archived clients leave the daily list; their records are kept "
                               "and they can be restored at any time.")
        if not prompter.confirm(self, title, question.format(client.full_name, client.code)):
            return None
        try:
            changed = services.unarchive(client_id) if client.archived else services.archive(client_id)
        except PeksosError as error:  # e.g. LockedRecord: a case is still open
            prompter.error(self, self.tr("Cannot restore the client") if client.archived
                           else self.tr("Cannot archive the client"), str(error))
            return None
        self.context.bus.clients_changed.emit(changed.id)
        return changed

    # -- state -------------------------------------------------------------------------------------------

    def save_state(self) -> None:
        """Remember column widths and order (the main window calls this on closing)."""
        self.context.settings.set_state(HEADER_STATE, self.table.horizontalHeader().saveState())
        self.detail.save_state()
