"""Belum ditagih: attended sessions on no invoice yet, by payer; an invoice is drafted from the ticked ones."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QItemSelectionModel, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from peksos_desk.domain.errors import PeksosError, ValidationError
from peksos_desk.domain.text import Text
from peksos_desk.services.billing import InvoiceView, UnbilledTotal
from peksos_desk.ui.context import AppContext
from peksos_desk.ui.format import money
from peksos_desk.ui.models.finance import UnbilledPayersModel, UnbilledSessionsModel
from peksos_desk.ui.models.table import SORT_ROLE, selected_row
from peksos_desk.ui.widgets.field_errors import FieldErrors
from peksos_desk.ui.widgets.finance_widgets import finance_table, hint, month_bounds, month_name, pydate, qdate

ALL, LAST_MONTH, THIS_MONTH, CUSTOM = "all", "last_month", "this_month", "custom"
SPLITTER_STATE = "finance/unbilled_splitter"


class UnbilledTab(QWidget):
    """Who could be billed now, and the sessions of the payer selected, each with a tick.

    Signals:
        invoice_created: a draft invoice was made from the ticked sessions (its id).
    """

    invoice_created = Signal(int)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._payer_ids: dict[int, int] = {}  # client id -> the client's payer record, once made
        intro = hint(self.tr("Attended sessions with a fee that are on no invoice yet, by who pays for them. Choose "
                             "a payer, tick the sessions to bill, and create the invoice: it starts as a draft you "
                             "can still change."), self)

        self.payers_model = UnbilledPayersModel(self)
        self.payers_proxy = QSortFilterProxyModel(self)
        self.payers_proxy.setSourceModel(self.payers_model)
        self.payers_proxy.setSortRole(SORT_ROLE)
        self.payers_table = finance_table(self, self.tr("Payers with unbilled sessions"))
        self.payers_table.setModel(self.payers_proxy)
        self.payers_table.setSortingEnabled(True)
        self.payers_table.sortByColumn(UnbilledPayersModel.AMOUNT, Qt.SortOrder.DescendingOrder)
        header = self.payers_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(UnbilledPayersModel.PAYER, QHeaderView.ResizeMode.Stretch)
        self.payers_table.selectionModel().selectionChanged.connect(lambda *_: self._load_sessions())
        self.total_label = QLabel(self)
        self.empty_label = hint(self.tr("Nothing to bill: sessions appear here once they are marked attended and "
                                        "their service has a fee."), self)
        payers_label = QLabel(self.tr("&Payers"), self)
        payers_label.setBuddy(self.payers_table)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(payers_label)
        left_layout.addWidget(self.payers_table, 1)
        left_layout.addWidget(self.empty_label)
        left_layout.addWidget(self.total_label)

        right = QWidget(self)
        self.period = QComboBox(right)
        self.period.setAccessibleName(self.tr("Period"))
        self.start = QDateEdit(right)
        self.start.setCalendarPopup(True)
        self.start.setDisplayFormat("dd/MM/yyyy")
        self.start.setAccessibleName(self.tr("Period from"))
        self.end = QDateEdit(right)
        self.end.setCalendarPopup(True)
        self.end.setDisplayFormat("dd/MM/yyyy")
        self.end.setAccessibleName(self.tr("Period until"))
        self.period.currentIndexChanged.connect(self._on_period)
        self.start.dateChanged.connect(self._on_custom_dates)
        self.end.dateChanged.connect(self._on_custom_dates)
        period_label = QLabel(self.tr("Sessions &of:"), right)
        period_label.setBuddy(self.period)
        self.until_label = QLabel(self.tr("to"), right)
        period_row = QHBoxLayout()
        period_row.addWidget(period_label)
        period_row.addWidget(self.period, 1)
        period_row.addWidget(self.start)
        period_row.addWidget(self.until_label)
        period_row.addWidget(self.end)

        self.sessions_model = UnbilledSessionsModel(self)
        self.sessions_proxy = QSortFilterProxyModel(self)
        self.sessions_proxy.setSourceModel(self.sessions_model)
        self.sessions_proxy.setSortRole(SORT_ROLE)
        self.sessions_table = finance_table(right, self.tr("Unbilled sessions of the payer"))
        self.sessions_table.setModel(self.sessions_proxy)
        self.sessions_table.setSortingEnabled(True)
        self.sessions_table.sortByColumn(UnbilledSessionsModel.DATE, Qt.SortOrder.AscendingOrder)
        header = self.sessions_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(UnbilledSessionsModel.CLIENT, QHeaderView.ResizeMode.Stretch)
        self.sessions_model.checked_changed.connect(self._show_ticked)
        self.sessions_title = QLabel(right)
        self.sessions_title.setWordWrap(True)
        font = self.sessions_title.font()
        font.setBold(True)
        self.sessions_title.setFont(font)
        self.sessions_title.setBuddy(self.sessions_table)

        all_button = QPushButton(self.tr("Tick a&ll"), right)
        all_button.clicked.connect(lambda: self.sessions_model.set_all_checked(True))
        none_button = QPushButton(self.tr("Tick &none"), right)
        none_button.clicked.connect(lambda: self.sessions_model.set_all_checked(False))
        self.ticked_label = QLabel(right)
        self.create_button = QPushButton(self.tr("&Create invoice…"), right)
        self.create_button.setToolTip(self.tr("Make a draft invoice of the ticked sessions for this payer"))
        self.create_button.clicked.connect(self.create_invoice)
        self.message = QLabel(right)
        self.errors = FieldErrors(self.message)
        self.errors.register("period_end", self.end)
        self.errors.register("period_start", self.start)
        self.errors.register("session_ids", self.sessions_table)
        self.errors.register("payer_id", self.payers_table)
        bar = QHBoxLayout()
        bar.addWidget(all_button)
        bar.addWidget(none_button)
        bar.addWidget(self.ticked_label, 1)
        bar.addWidget(self.create_button)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.sessions_title)
        right_layout.addLayout(period_row)
        right_layout.addWidget(self.sessions_table, 1)
        right_layout.addWidget(self.message)
        right_layout.addLayout(bar)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setChildrenCollapsible(False)
        state = context.settings.state(SPLITTER_STATE)
        if state is None or not self.splitter.restoreState(state):
            self.splitter.setSizes([460, 700])
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.splitter, 1)
        self._fill_periods()

    # -- loading -----------------------------------------------------------------------------------------

    def reload(self) -> None:
        """Read who could be billed again, keeping the payer selected."""
        current = self.selected_total()
        self._fill_periods()
        overview = self.context.services.billing.unbilled_overview()
        self.payers_model.set_rows(overview)
        empty = not overview
        self.empty_label.setVisible(empty)
        sessions = sum(t.sessions for t in overview)
        amount = money(sum(t.amount for t in overview))
        self.total_label.setText("" if not overview else self.tr("1 session · {0}").format(amount) if sessions == 1
                                 else self.tr("{0} sessions · {1} in all").format(sessions, amount))
        if current is None or not self.select_payer(current.payer_id, current.client_id):
            if overview:
                self.payers_table.selectRow(0)
            else:
                self._load_sessions()

    def _fill_periods(self) -> None:
        today = self.context.services.billing.today()
        last = month_bounds(today.replace(day=1) - timedelta(days=1))[0]
        chosen = self.period.currentData()
        self.period.blockSignals(True)
        self.period.clear()
        self.period.addItem(self.tr("Any date"), ALL)
        self.period.addItem(self.tr("Last month ({0})").format(month_name(last)), LAST_MONTH)
        self.period.addItem(self.tr("This month ({0})").format(month_name(today)), THIS_MONTH)
        self.period.addItem(self.tr("Dates of my choice"), CUSTOM)
        self.period.setCurrentIndex(max(0, self.period.findData(chosen)))
        self.period.blockSignals(False)
        self._show_period_dates()

    def _show_period_dates(self) -> None:
        today = self.context.services.billing.today()
        choice = self.period.currentData()
        custom = choice == CUSTOM
        for widget in (self.start, self.until_label, self.end):
            widget.setVisible(custom)
        if custom:
            return
        if choice == LAST_MONTH:
            start, end = month_bounds(today.replace(day=1) - timedelta(days=1))
        else:  # this month; also where "dates of my choice" starts from
            start, end = month_bounds(today)
        for edit, value in ((self.start, start), (self.end, end)):
            edit.blockSignals(True)
            edit.setDate(qdate(value))
            edit.blockSignals(False)

    def period_bounds(self) -> tuple[date | None, date | None]:
        """The period chosen (None, None for any date)."""
        if self.period.currentData() == ALL:
            return None, None
        return pydate(self.start.date()), pydate(self.end.date())

    def _load_sessions(self) -> None:
        self.errors.clear()
        total = self.selected_total()
        if total is None:
            self.sessions_title.setText(self.tr("Choose a payer to see their sessions."))
            self.sessions_model.set_rows([])
            self.create_button.setEnabled(False)
            return
        self.sessions_title.setText(self.tr("Unbilled sessions of {0}").format(total.payer_name))
        payer_id = self._payer_id(total)
        start, end = self.period_bounds()
        if payer_id is None or (start and end and end < start):
            self.sessions_model.set_rows([])
        else:
            self.sessions_model.set_rows(self.context.services.billing.unbilled_sessions(
                payer_id, period_start=start, period_end=end))

    def _payer_id(self, total: UnbilledTotal) -> int | None:
        # A client who pays gets a payer record on first billing; make it now, so their sessions can be listed.
        if total.payer_id is not None:
            return total.payer_id
        if total.client_id is None:
            return None
        if total.client_id not in self._payer_ids:
            try:
                self._payer_ids[total.client_id] = self.context.services.billing.payer_for_client(total.client_id).id
            except PeksosError as exc:
                self.errors.show_text(str(exc))
                return None
        return self._payer_ids[total.client_id]

    # -- selection ---------------------------------------------------------------------------------------

    def selected_total(self) -> UnbilledTotal | None:
        return selected_row(self.payers_table, UnbilledTotal)

    def select_payer(self, payer_id: int | None, client_id: int | None = None) -> bool:
        """Select a payer's row (or a paying client's, by ``client_id``); True when it is listed."""
        if payer_id is not None and client_id is None:
            client_id = next((c for c, p in self._payer_ids.items() if p == payer_id), None)
        row = self.payers_model.row_of(payer_id, client_id)
        if row < 0:
            return False
        index = self.payers_proxy.mapFromSource(self.payers_model.index(row, 0))
        self.payers_table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        return True

    def set_period(self, choice: str, start: date | None = None, end: date | None = None) -> None:
        """Choose the period: ``ALL``, ``LAST_MONTH``, ``THIS_MONTH`` or ``CUSTOM`` with its dates."""
        self.period.setCurrentIndex(self.period.findData(choice))
        if choice == CUSTOM and start is not None and end is not None:
            self.start.setDate(qdate(start))
            self.end.setDate(qdate(end))

    # -- actions -----------------------------------------------------------------------------------------

    def create_invoice(self) -> InvoiceView | None:
        """Draft an invoice of the ticked sessions of the payer selected, for the period chosen."""
        self.errors.clear()
        total = self.selected_total()
        ids = self.sessions_model.checked_ids()
        if total is None or not ids:
            text = self.tr("Tick at least one session to bill.")
            self.errors.show(ValidationError("session_ids", Text(text, text)))
            return None
        payer_id = self._payer_id(total)
        if payer_id is None:
            return None
        start, end = self.period_bounds()
        try:
            draft = self.context.services.billing.create_draft(payer_id, period_start=start, period_end=end,
                                                               session_ids=ids)
        except ValidationError as exc:
            self.errors.show(exc)
            return None
        except PeksosError as exc:
            self.context.prompter.error(self, self.tr("The invoice cannot be created"), str(exc))
            return None
        self.context.bus.finance_changed.emit(draft.id)
        self.invoice_created.emit(draft.id)
        return draft

    # -- internals ---------------------------------------------------------------------------------------

    def _on_period(self) -> None:
        self._show_period_dates()
        self._load_sessions()

    def _on_custom_dates(self) -> None:
        if self.period.currentData() == CUSTOM:
            self._load_sessions()

    def _show_ticked(self) -> None:
        ids = self.sessions_model.checked_ids()
        self.ticked_label.setText(self.tr("{0} of {1} ticked: {2}").format(
            len(ids), self.sessions_model.rowCount(), money(self.sessions_model.checked_total())))
        self.create_button.setEnabled(bool(ids))

    def save_state(self) -> None:
        self.context.settings.set_state(SPLITTER_STATE, self.splitter.saveState())

