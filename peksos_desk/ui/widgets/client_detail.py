"""One client's page: identity, PPKS categories, guardian and consent, notes, cases and the session timeline."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QResizeEvent, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from peksos_desk.domain.errors import NotFound
from peksos_desk.services.cases import CaseSummary
from peksos_desk.services.clients import ClientView
from peksos_desk.ui.context import AppContext
from peksos_desk.ui.dialogs.erase_client_dialog import ClientPrivacyActions
from peksos_desk.ui.dialogs.new_case import NewCaseDialog
from peksos_desk.ui.models.clients import ClientCasesModel, ClientTimelineModel
from peksos_desk.ui.models.table import ROW_ROLE, SORT_ROLE
from peksos_desk.ui.widgets.attachments_panel import AttachmentsPanel, tab_title
from peksos_desk.ui.widgets.client_fees import ClientFeesGroup
from peksos_desk.ui.widgets.client_record import ClientRecordView

ARCHIVED_STYLE = "color: white; background: #6d4c41; padding: 2px 8px; border-radius: 3px; font-weight: bold;"


def _table(parent: QWidget, accessible: str) -> QTableView:
    view = QTableView(parent)
    view.setAccessibleName(accessible)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.setSortingEnabled(True)
    view.verticalHeader().hide()
    view.horizontalHeader().setHighlightSections(False)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.horizontalHeader().setStretchLastSection(True)
    return view


class ClientDetail(QWidget):
    """Everything about one client, with the actions that start from a client.

    Signals:
        back_requested: the user wants the client list again (Back button, Alt+Left, Esc).
        edit_requested: the user wants to edit the client shown (its id).
        archive_requested: the user wants to archive or restore the client shown (its id).
        loaded: the client's record, cases and timeline are shown.

    Attributes:
        client: the client shown, or None before the first :meth:`show_client`.
    """

    back_requested = Signal()
    edit_requested = Signal(int)
    archive_requested = Signal(int)
    loaded = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.client: ClientView | None = None
        self._open_cases: list[CaseSummary] = []

        self._build_header()
        self._build_details()
        self._build_tables()

        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.details_scroll)
        # Below the record: the cases and sessions, and the documents kept with the client (lampiran).
        self.bottom_tabs = QTabWidget(self)
        self.bottom_tabs.setDocumentMode(True)
        self.bottom_tabs.addTab(self.tables, self.tr("Cases and sessions"))
        self.attachments = AttachmentsPanel(context, self.bottom_tabs)
        self.attachments.changed.connect(
            lambda count: self.bottom_tabs.setTabText(self.bottom_tabs.indexOf(self.attachments), tab_title(count)))
        self.bottom_tabs.addTab(self.attachments, tab_title(0))
        self.splitter.addWidget(self.bottom_tabs)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self._user_sized = False  # until the user drags the splitter, the details take the height they need
        self.splitter.splitterMoved.connect(self._on_splitter_moved)

        layout = QVBoxLayout(self)
        layout.addLayout(self.header)
        layout.addWidget(self.splitter, 1)

        for key in (QKeySequence(QKeySequence.StandardKey.Back), QKeySequence(Qt.Key.Key_Escape)):
            shortcut = QShortcut(key, self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.back_requested)
        self._restore_state()

    # -- building ----------------------------------------------------------------------------------------

    def _build_header(self) -> None:
        self.back_button = QPushButton(self.tr("← &Back to the list"), self)
        self.back_button.setAccessibleName(self.tr("Back to the client list"))
        self.back_button.setToolTip(self.tr("Back to the client list (Alt+Left or Esc)"))
        self.back_button.clicked.connect(self.back_requested)
        self.name_label = QLabel(self)
        self.name_label.setObjectName("pageTitle")
        font = self.name_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.name_label.setFont(font)
        self.name_label.setWordWrap(True)
        self.name_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.archived_badge = QLabel(self.tr("ARCHIVED"), self)
        self.archived_badge.setStyleSheet(ARCHIVED_STYLE)
        self.archived_badge.setAccessibleName(self.tr("This client is archived"))
        self.subtitle = QLabel(self)
        self.subtitle.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.edit_button = QPushButton(self.tr("&Edit"), self)
        self.edit_button.setAccessibleName(self.tr("Edit the client"))
        self.edit_button.clicked.connect(self._request_edit)
        self.new_case_button = QPushButton(self.tr("New &case…"), self)
        self.new_case_button.setAccessibleName(self.tr("Open a new case for the client"))
        self.new_case_button.clicked.connect(self.new_case)
        self.schedule_button = QPushButton(self.tr("&Schedule session"), self)
        self.schedule_button.setAccessibleName(self.tr("Schedule a session"))
        self.schedule_button.clicked.connect(lambda: self.schedule_session())  # noqa: PLW0108 - clicked(bool) would pass False as the id
        self.schedule_menu = QMenu(self)
        self.archive_button = QPushButton(self)
        self.archive_button.clicked.connect(self._request_archive)
        self.intake_form_button = QPushButton(self.tr("Intake f&orm…"), self)
        self.intake_form_button.setToolTip(self.tr("Preview and print the formulir pendataan klien, filled (PDF)"))
        self.intake_form_button.clicked.connect(self.print_intake_form)
        self.privacy = ClientPrivacyActions(self.context, self)  # export a copy, erase on request (UU PDP)
        self.privacy.erased.connect(self.back_requested)

        title_row = QHBoxLayout()
        title_row.addWidget(self.name_label, 1)
        title_row.addWidget(self.archived_badge, 0, Qt.AlignmentFlag.AlignVCenter)
        titles = QVBoxLayout()
        titles.setSpacing(2)
        titles.addLayout(title_row)
        titles.addWidget(self.subtitle)
        buttons = QHBoxLayout()
        for button in (self.edit_button, self.new_case_button, self.schedule_button, self.intake_form_button,
                       self.archive_button, self.privacy.button):
            buttons.addWidget(button)
        self.header = QVBoxLayout()
        top = QHBoxLayout()
        top.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignTop)
        top.addSpacing(8)
        top.addLayout(titles, 1)
        top.addLayout(buttons)
        self.header.addLayout(top)

    def _build_details(self) -> None:
        self.record = ClientRecordView(self)
        self.fees = ClientFeesGroup(self.context, self.record)
        self.record.add_group(self.fees)
        self.details_scroll = QScrollArea(self)
        self.details_scroll.setWidgetResizable(True)
        self.details_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.details_scroll.setWidget(self.record)

    @property
    def values(self) -> dict[str, QLabel]:
        """The record's value labels by key (see ``ClientRecordView``)."""
        return self.record.values

    def _build_tables(self) -> None:
        self.cases_model = ClientCasesModel(self)
        self.cases_proxy = QSortFilterProxyModel(self)
        self.cases_proxy.setSortRole(SORT_ROLE)
        self.cases_proxy.setSourceModel(self.cases_model)
        self.cases_view = _table(self, self.tr("Cases of the client"))
        self.cases_view.setModel(self.cases_proxy)
        self.cases_view.sortByColumn(3, Qt.SortOrder.DescendingOrder)
        self.cases_view.activated.connect(self._open_case_at)
        self.cases_view.selectionModel().selectionChanged.connect(self._update_schedule_button)
        self.cases_group = QGroupBox(self.tr("Cases"), self)
        hint = QLabel(self.tr("Double-click or press Enter to open a case."), self)
        hint.setStyleSheet("color: palette(placeholder-text);")
        layout = self.cases_layout = QVBoxLayout(self.cases_group)
        layout.addWidget(self.cases_view, 1)
        layout.addWidget(hint)

        self.timeline_model = ClientTimelineModel(self)
        self.timeline_proxy = QSortFilterProxyModel(self)
        self.timeline_proxy.setSortRole(SORT_ROLE)
        self.timeline_proxy.setSourceModel(self.timeline_model)
        self.timeline_view = _table(self, self.tr("Sessions of the client"))
        self.timeline_view.setModel(self.timeline_proxy)
        self.timeline_view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.timeline_view.activated.connect(self._open_session_at)
        self.timeline_group = QGroupBox(self.tr("Session timeline"), self)
        hint = QLabel(self.tr("Double-click or press Enter to open a session and its note."), self)
        hint.setStyleSheet("color: palette(placeholder-text);")
        layout = QVBoxLayout(self.timeline_group)
        layout.addWidget(self.timeline_view, 1)
        layout.addWidget(hint)

        self.tables = QSplitter(Qt.Orientation.Horizontal, self)
        self.tables.setChildrenCollapsible(False)
        self.tables.addWidget(self.cases_group)
        self.tables.addWidget(self.timeline_group)
        self.tables.setStretchFactor(0, 5)
        self.tables.setStretchFactor(1, 6)
        self.tables.setSizes([470, 670])
        self._tables_user_sized = False
        self.tables.splitterMoved.connect(self._on_tables_moved)
        # Columns fit their content (Indonesian runs longer than English) until the user sizes one.
        self._fit_columns = {self.cases_view: True, self.timeline_view: True}
        self._auto_sizing = False
        for view in self._fit_columns:
            header = view.horizontalHeader()
            header.setMaximumSectionSize(280)
            header.sectionResized.connect(lambda index, _old, _new, view=view: self._on_section_resized(view, index))

    # -- showing -----------------------------------------------------------------------------------------

    def show_client(self, client_id: int) -> ClientView:
        """Read the client, their cases and timeline and show them. Raises NotFound."""
        services = self.context.services
        client = services.clients.get(client_id)
        cases = services.cases.list_for_client(client_id)
        timeline = services.clients.timeline(client_id)
        zone = self.context.zone
        self.client = client
        self._show_record(client)
        self.cases_model.set_rows(cases)
        self.cases_group.setTitle(self.tr("Cases ({0})").format(len(cases)))
        self.timeline_model.zone = zone
        self.timeline_model.set_rows(timeline)
        self.timeline_group.setTitle(self.tr("Session timeline ({0})").format(len(timeline)))
        self._fit_column_widths()
        self._open_cases = [case for case in cases if case.closed_on is None]
        self.attachments.show_client(client.id, cases, archived=client.archived)
        self._update_actions()
        self._fit_details()
        self.loaded.emit()
        return client

    def reload(self) -> None:
        """Show the same client again, as the store has it now (the list again if they are gone)."""
        if self.client is None:
            return
        try:
            self.show_client(self.client.id)
        except NotFound:
            self.client = None
            self.back_requested.emit()

    def _show_record(self, client: ClientView) -> None:
        self.name_label.setText(client.full_name)
        self.archived_badge.setVisible(client.archived)
        facts = [client.code]
        if client.age is not None:
            facts.append(self.tr("{0} years old").format(client.age))
        if client.sex is not None:
            facts.append(str(client.sex.label))
        facts.append(self.tr("{0} open cases").format(client.open_cases) if client.open_cases != 1
                     else self.tr("1 open case"))
        self.subtitle.setText(" · ".join(facts))

        self.record.show_client(client)
        self.fees.show_client(client.id, archived=client.archived)

    def _update_actions(self) -> None:
        client = self.client
        archived = client is not None and client.archived
        self.edit_button.setEnabled(client is not None)
        self.new_case_button.setEnabled(client is not None and not archived)
        self.new_case_button.setToolTip(self.tr("Restore the client from the archive first") if archived else "")
        self.archive_button.setText(self.tr("&Restore from archive") if archived else self.tr("&Archive"))
        self.archive_button.setAccessibleName(self.tr("Restore the client from the archive") if archived
                                              else self.tr("Archive the client"))
        self._update_schedule_button()
        if client is not None:
            self.privacy.show_client(client, disable=(self.edit_button, self.archive_button, self.new_case_button),
                                     subtitle=self.subtitle)

    def _update_schedule_button(self) -> None:
        cases = self._open_cases
        self.schedule_button.setEnabled(bool(cases))
        self.schedule_button.setToolTip("" if cases else self.tr("Open a case first: sessions belong to a case"))
        self.schedule_menu.clear()
        if len(cases) > 1 and self.selected_case() is None:
            for case in cases:
                action = QAction(self.tr("{0} — {1}, {2}").format(case.number, case.field_of_practice.label,
                                                                  case.stage.label), self.schedule_menu)
                action.triggered.connect(lambda _=False, case_id=case.id: self.schedule_session(case_id))
                self.schedule_menu.addAction(action)
            self.schedule_button.setMenu(self.schedule_menu)
        else:
            self.schedule_button.setMenu(None)  # type: ignore[arg-type]  # Qt takes None to remove the menu

    # -- actions -----------------------------------------------------------------------------------------

    def _request_edit(self) -> None:
        if self.client is not None:
            self.edit_requested.emit(self.client.id)

    def _request_archive(self) -> None:
        if self.client is not None:
            self.archive_requested.emit(self.client.id)

    def selected_case(self) -> CaseSummary | None:
        """The open case selected in the cases table, if any."""
        rows = self.cases_view.selectionModel().selectedRows()
        if not rows:
            return None
        case = rows[0].data(ROW_ROLE)
        return case if isinstance(case, CaseSummary) and case.closed_on is None else None

    def schedule_session(self, case_id: int | None = None) -> int | None:
        """Go to the diary to schedule a session of ``case_id``, of the selected open case, or of the only one.

        Returns the case the session is for, or None when the user still has to choose one (the menu).
        """
        if case_id is None:
            selected = self.selected_case()
            if selected is not None:
                case_id = selected.id
            elif len(self._open_cases) == 1:
                case_id = self._open_cases[0].id
        if case_id is None:
            return None
        self.context.navigator.schedule_session(case_id)
        return case_id

    def new_case(self) -> NewCaseDialog | None:
        """Open the new-case dialog (not blocking); when a case is opened, go to it."""
        if self.client is None:
            return None
        dialog = NewCaseDialog(self.context, self.client, self)
        dialog.opened.connect(lambda case: self.context.navigator.show_case(case.id))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _open_case_at(self, index: QModelIndex) -> None:
        case = index.data(ROW_ROLE)
        if isinstance(case, CaseSummary):
            self.context.navigator.show_case(case.id)

    def _open_session_at(self, index: QModelIndex) -> None:
        entry = index.data(ROW_ROLE)
        if entry is not None:
            self.context.navigator.show_session(entry.session_id)

    # -- layout and state --------------------------------------------------------------------------------

    def _on_splitter_moved(self, _pos: int, _index: int) -> None:
        self._user_sized = True

    def _on_tables_moved(self, _pos: int, _index: int) -> None:
        self._tables_user_sized = True

    def _balance_tables(self) -> None:
        """Give the cases table the width its columns need and the timeline the rest."""
        available = self.tables.width() - self.tables.handleWidth()
        if self._tables_user_sized or available <= 0:
            return
        view = self.cases_view
        header = view.horizontalHeader()
        last = header.count() - 1
        columns = sum(header.sectionSize(c) for c in range(last)) + max(view.sizeHintForColumn(last),
                                                                           header.sectionSizeHint(last))
        margins = self.cases_group.contentsMargins()
        inner = self.cases_layout.contentsMargins()
        needed = (columns + 2 * view.frameWidth() + view.verticalScrollBar().sizeHint().width()
                  + margins.left() + margins.right() + inner.left() + inner.right() + 12)  # 12: style slack
        cases = min(needed, available * 9 // 20)
        self.tables.setSizes([cases, available - cases])

    def _on_section_resized(self, view: QTableView, index: int) -> None:
        last = view.model().columnCount() - 1  # the last column stretches with the view: not the user's doing
        if not self._auto_sizing and index != last:
            self._fit_columns[view] = False

    def _fit_column_widths(self) -> None:
        self._auto_sizing = True
        try:
            for view, fit in self._fit_columns.items():
                if fit:
                    view.resizeColumnsToContents()
        finally:
            self._auto_sizing = False
        self._balance_tables()

    def _fit_details(self) -> None:
        available = self.splitter.height()
        if self._user_sized or available <= 0:
            return
        body = self.record
        width = self.details_scroll.viewport().width()
        # Wrapped labels need fewer lines when wide: ask for the height at the width there is.
        wanted = (body.heightForWidth(width) if body.hasHeightForWidth() else body.sizeHint().height()) + 2
        details = min(wanted, available * 3 // 5)
        self.splitter.setSizes([details, available - details])

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit_details()
        self._balance_tables()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_details()
        self._balance_tables()

    def _restore_state(self) -> None:
        settings = self.context.settings
        for name, target in (("clients/detail_splitter", self.splitter), ("clients/detail_tables", self.tables)):
            state = settings.state(name)
            if state is not None and target.restoreState(state):
                if target is self.splitter:
                    self._user_sized = True
                else:
                    self._tables_user_sized = True
        for name, view in (("clients/cases_header", self.cases_view), ("clients/timeline_header", self.timeline_view)):
            state = settings.state(name)
            if state is not None and view.horizontalHeader().restoreState(state):
                self._fit_columns[view] = False

    def print_intake_form(self) -> QDialog | None:
        """Preview this client's intake form, filled from the record."""
        if self.client is None:
            return None
        from peksos_desk.ui.print_actions import show_intake_form

        return show_intake_form(self.context, self, self.client.id)

    def save_state(self) -> None:
        """Remember splitter positions and column widths."""
        settings = self.context.settings
        if self._user_sized:  # otherwise the details keep fitting their content
            settings.set_state("clients/detail_splitter", self.splitter.saveState())
        if self._tables_user_sized:
            settings.set_state("clients/detail_tables", self.tables.saveState())
        for name, view in (("clients/cases_header", self.cases_view), ("clients/timeline_header", self.timeline_view)):
            if not self._fit_columns[view]:  # widths the user chose
                settings.set_state(name, view.horizontalHeader().saveState())
