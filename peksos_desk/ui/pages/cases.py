"""The Cases (*Kasus*) page: the case list, filtered and sorted in the store, and the page of one case."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
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

from peksos_desk.domain.errors import PeksosError
from peksos_desk.domain.stages import CaseStage
from peksos_desk.services.cases import CasePage, CaseSort
from peksos_desk.ui.context import AppContext
from peksos_desk.ui.models.cases import CaseListModel
from peksos_desk.ui.models.table import ROW_ROLE
from peksos_desk.ui.pages.case_detail import CaseDetail

FILTER_DELAY_MS = 200
HEADER_STATE = "cases/list_header"


class CasesPage(QWidget):
    """The case list and, on top of it, the page of one case.

    Signals:
        loaded: ``refresh()`` has put fresh data on screen.

    Attributes:
        detail: the page of one case (``CaseDetail``).
        model: the case list's model.
    """

    loaded = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.stack = QStackedWidget(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

        self.list_page = self._build_list()
        self.stack.addWidget(self.list_page)
        self.detail = CaseDetail(context, self.stack)
        self.detail.back_requested.connect(self.show_list)
        self.stack.addWidget(self.detail)

        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(FILTER_DELAY_MS)
        self._filter_timer.timeout.connect(self.apply_filters)

        context.bus.cases_changed.connect(self._on_case_changed)
        context.bus.sessions_changed.connect(self._on_session_changed)
        context.bus.clients_changed.connect(self._on_client_changed)

    # -- the list ----------------------------------------------------------------------------------------

    def _build_list(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        title = QLabel(self.tr("Cases"), page)
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)
        self.blank_form_button = QPushButton(self.tr("&Blank assessment form…"), page)
        self.blank_form_button.setToolTip(self.tr("Preview and print an empty formulir asesmen to fill in by hand "
                                                  "(PDF)"))
        self.blank_form_button.clicked.connect(self.print_blank_assessment_form)
        heading = QHBoxLayout()
        heading.addWidget(title)
        heading.addStretch(1)
        heading.addWidget(self.blank_form_button, 0, Qt.AlignmentFlag.AlignBottom)
        layout.addLayout(heading)

        filters = QHBoxLayout()
        self.search = QLineEdit(page)
        self.search.setPlaceholderText(self.tr("Case number or client name"))
        self.search.setAccessibleName(self.tr("Search cases"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _text: self._filter_timer.start())
        self.search.returnPressed.connect(self._open_first_match)
        search_label = QLabel(self.tr("&Search:"), page)
        search_label.setBuddy(self.search)
        filters.addWidget(search_label)
        filters.addWidget(self.search, 3)
        self.stage_filter = QComboBox(page)
        self.stage_filter.setAccessibleName(self.tr("Stage"))
        self.stage_filter.addItem(self.tr("All stages"), "")
        for stage in CaseStage:
            self.stage_filter.addItem(self.tr("{0}. {1}").format(stage.number, stage.label), stage.value)
        self.stage_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.stage_filter.currentIndexChanged.connect(self.apply_filters)
        stage_label = QLabel(self.tr("S&tage:"), page)
        stage_label.setBuddy(self.stage_filter)
        filters.addWidget(stage_label)
        filters.addWidget(self.stage_filter)
        self.show_closed = QCheckBox(self.tr("Show c&losed cases"), page)
        self.show_closed.toggled.connect(self.apply_filters)
        filters.addWidget(self.show_closed)
        filters.addStretch(1)
        layout.addLayout(filters)

        self.model = CaseListModel(self._load_page, page)
        self.table = QTableView(page)
        self.table.setAccessibleName(self.tr("Cases"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(CaseListModel.CLIENT, QHeaderView.ResizeMode.Stretch)
        for column, width in ((CaseListModel.NUMBER, 120), (CaseListModel.STAGE, 230), (CaseListModel.FIELD, 110),
                              (CaseListModel.SETTING, 170), (CaseListModel.OPENED, 100), (CaseListModel.DAYS, 110)):
            self.table.setColumnWidth(column, width)
        saved = self.context.settings.state(HEADER_STATE)
        if saved is not None and header.restoreState(saved) and 0 <= header.sortIndicatorSection() < len(
                CaseListModel.SORTS):
            # The list opens sorted as it was left; the first refresh() loads it so.
            self.model.sort_key = CaseListModel.SORTS[header.sortIndicatorSection()]
            self.model.descending = header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
        else:
            header.setSortIndicator(CaseListModel.OPENED, Qt.SortOrder.DescendingOrder)
        header.setSortIndicatorShown(True)
        header.setSectionsClickable(True)
        header.sortIndicatorChanged.connect(self.model.sort)
        self.table.activated.connect(self._on_activated)
        layout.addWidget(self.table, 1)

        bottom = QHBoxLayout()
        self.count = QLabel(page)
        self.count.setAccessibleName(self.tr("Number of cases"))
        bottom.addWidget(self.count, 1)
        hint = QLabel(self.tr("Press Enter or double-click to open a case."), page)
        hint.setStyleSheet("color: palette(placeholder-text);")
        bottom.addWidget(hint)
        layout.addLayout(bottom)

        find = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), page)
        find.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find.activated.connect(self.search.setFocus)
        return page

    def print_blank_assessment_form(self) -> QWidget | None:
        """Preview the empty assessment form (filled in by hand, then typed into the case)."""
        from peksos_desk.ui.print_actions import show_assessment_form

        return show_assessment_form(self.context, self, None)

    def _load_page(self, sort: CaseSort, descending: bool, offset: int, limit: int) -> CasePage:
        stage = self.stage_filter.currentData()
        return self.context.services.cases.list_cases(
            self.search.text(), stage=CaseStage(stage) if stage else None, open_only=not self.show_closed.isChecked(),
            sort=sort, descending=descending, offset=offset, limit=limit)

    def apply_filters(self) -> None:
        """Query the store with the filters as they are now."""
        self._filter_timer.stop()
        self.model.reload()
        self._show_count()

    def _show_count(self) -> None:
        total = self.model.total
        filtered = bool(self.search.text().strip() or self.stage_filter.currentData())
        if total:
            text = self.tr("1 case") if total == 1 else self.tr("{0} cases").format(total)
        elif filtered:
            text = self.tr("No case matches the search and the stage chosen.")
        elif self.show_closed.isChecked():
            text = self.tr("No cases yet.")
        else:
            text = self.tr("No open cases.")
        self.count.setText(text)

    def _on_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.show_case(index.data(ROW_ROLE).id)

    def _open_first_match(self) -> None:
        self.apply_filters()
        if self.model.rowCount() == 1:
            self.show_case(self.model.row_at(0).id)
        elif self.model.rowCount():
            self.table.setFocus()
            self.table.selectRow(0)

    # -- public --------------------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the list (and the case shown) again from the store, then emit ``loaded``."""
        self.apply_filters()
        if self.stack.currentWidget() is self.detail:
            self._reload_detail()
        self.loaded.emit()

    def show_case(self, case_id: int) -> bool:
        """Show the page of case ``case_id``. False when the user stayed on unsaved work or it is not found."""
        if self.stack.currentWidget() is self.detail and self.detail.case_id != case_id \
                and not self.detail.can_leave():
            return False
        try:
            self.detail.show_case(case_id)
        except PeksosError as error:
            self.context.prompter.error(self, self.tr("The case cannot be shown"), str(error))
            return False
        self.stack.setCurrentWidget(self.detail)
        self.detail.back_button.setFocus()
        return True

    def show_list(self) -> bool:
        """Back to the case list. False when the user stayed on unsaved work."""
        if self.stack.currentWidget() is self.detail and not self.detail.can_leave():
            return False
        self.stack.setCurrentWidget(self.list_page)
        self.table.setFocus()
        return True

    def flush(self) -> None:
        """Save unsaved work (the window is closing)."""
        self.detail.flush()

    def save_state(self) -> None:
        """Remember the list's column widths."""
        self.context.settings.set_state(HEADER_STATE, QByteArray(self.table.horizontalHeader().saveState()))

    # -- changes elsewhere -------------------------------------------------------------------------------

    def _reload_detail(self) -> None:
        try:
            self.detail.reload()
        except PeksosError as error:
            self.context.prompter.error(self, self.tr("The case cannot be shown"), str(error))
            self.stack.setCurrentWidget(self.list_page)

    def _on_case_changed(self, case_id: int) -> None:
        self.apply_filters()
        if self.detail.case_id == case_id:
            self._reload_detail()

    def _on_session_changed(self, _session_id: int) -> None:
        if self.detail.case_id is not None:
            self.detail.reload_sessions()

    def _on_client_changed(self, client_id: int) -> None:
        self.apply_filters()
        if self.detail.case is not None and self.detail.case.client_id == client_id:
            self._reload_detail()
