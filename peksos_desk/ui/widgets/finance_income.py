"""Pendapatan: a month's income statement — received by service and by method, invoiced, and what is owed."""

from __future__ import annotations

from datetime import date
from typing import Any

from babel.dates import get_month_names
from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from peksos_desk.domain.billing import AgeingBucket, PaymentMethod
from peksos_desk.domain.errors import PeksosError
from peksos_desk.domain.text import current_language
from peksos_desk.services.finance import AgeingLine, IncomeStatement
from peksos_desk.ui.context import AppContext
from peksos_desk.ui.format import date_long, money
from peksos_desk.ui.models.finance import (
    AgeingBucketModel,
    AgeingLinesModel,
    MethodIncomeModel,
    ServiceIncomeModel,
)
from peksos_desk.ui.models.table import SORT_ROLE, DataclassTableModel, selected_row
from peksos_desk.ui.widgets.finance_widgets import Figure, finance_table, hint, month_name


class IncomeTab(QWidget):
    """The month picker and the month's income statement.

    Signals:
        open_requested: open an outstanding invoice (its id).
        document_requested: ("income", (year, month)).

    Attributes:
        statement: the statement shown, once loaded.
    """

    open_requested = Signal(int)
    document_requested = Signal(str, object)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.statement: IncomeStatement | None = None
        today = context.services.finance.today()

        self.month = QComboBox(self)
        self.month.setAccessibleName(self.tr("Month"))
        for number, name in get_month_names("wide", context="stand-alone", locale=current_language()).items():
            self.month.addItem(str(name).capitalize(), number)
        self.year = QSpinBox(self)
        self.year.setAccessibleName(self.tr("Year"))
        self.year.setRange(2000, 2999)
        self.year.setGroupSeparatorShown(False)
        self.month.setCurrentIndex(today.month - 1)
        self.year.setValue(today.year)
        self.month.currentIndexChanged.connect(lambda _index: self.reload())
        self.year.valueChanged.connect(lambda _value: self.reload())
        month_label = QLabel(self.tr("&Month:"), self)
        month_label.setBuddy(self.month)
        self.previous_button = QPushButton(self.tr("◀ &Previous"), self)
        self.previous_button.setAccessibleName(self.tr("Previous month"))
        self.previous_button.clicked.connect(lambda: self.step(-1))
        self.next_button = QPushButton(self.tr("N&ext ▶"), self)
        self.next_button.setAccessibleName(self.tr("Next month"))
        self.next_button.clicked.connect(lambda: self.step(1))
        self.this_month_button = QPushButton(self.tr("&This month"), self)
        self.this_month_button.clicked.connect(self.show_this_month)
        self.print_button = QPushButton(self.tr("Print income &statement…"), self)
        self.print_button.setToolTip(self.tr("Preview and print this month's income statement (PDF)"))
        self.print_button.clicked.connect(self.print_statement)
        picker = QHBoxLayout()
        picker.addWidget(month_label)
        picker.addWidget(self.previous_button)
        picker.addWidget(self.month)
        picker.addWidget(self.year)
        picker.addWidget(self.next_button)
        picker.addWidget(self.this_month_button)
        picker.addStretch(1)
        picker.addWidget(self.print_button)

        self.heading = QLabel(self)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.heading.setFont(font)
        self.received = Figure(self.tr("Received"), self)
        self.invoiced = Figure(self.tr("Invoiced"), self)
        self.outstanding = Figure(self.tr("Outstanding"), self)
        figures = QHBoxLayout()
        for figure in (self.received, self.invoiced, self.outstanding):
            figures.addWidget(figure, 1)

        self.service_model = ServiceIncomeModel(self)
        self.method_model = MethodIncomeModel(self)
        self.bucket_model = AgeingBucketModel(self)
        self.ageing_model = AgeingLinesModel(self)
        self.service_table = self._table(self.service_model, self.tr("Income by service"),
                                         ServiceIncomeModel.SERVICE, ServiceIncomeModel.AMOUNT)
        self.method_table = self._table(self.method_model, self.tr("Income by payment method"),
                                        MethodIncomeModel.METHOD, MethodIncomeModel.AMOUNT)
        self.bucket_table = self._table(self.bucket_model, self.tr("Outstanding by age"),
                                        AgeingBucketModel.BUCKET, None)
        self.ageing_table = self._table(self.ageing_model, self.tr("Outstanding invoices"),
                                        AgeingLinesModel.PAYER, AgeingLinesModel.DAYS)
        self.ageing_table.activated.connect(lambda _index: self.open_selected())
        self.ageing_table.setToolTip(self.tr("Double-click (or Enter) opens the invoice"))
        columns = QHBoxLayout()
        for pairs in (((self.tr("By &service"), self.service_table),
                       (self.tr("By payment &method"), self.method_table)),
                      ((self.tr("Owed by &age (umur piutang)"), self.bucket_table),
                       (self.tr("Outstanding &invoices"), self.ageing_table))):
            column = QVBoxLayout()
            for text, table in pairs:
                label = QLabel(text, self)
                label.setBuddy(table)
                column.addWidget(label)
                column.addWidget(table, 1 if table in (self.service_table, self.ageing_table) else 0)
            columns.addLayout(column, 1)
        # The methods and the age buckets are short lists: as tall as their rows, the rest goes to the others.
        self.bucket_table.setFixedHeight(self._rows_height(self.bucket_table, len(AgeingBucket)))
        self.method_table.setFixedHeight(self._rows_height(self.method_table, len(PaymentMethod)))
        self.note = hint("", self)

        layout = QVBoxLayout(self)
        layout.addLayout(picker)
        layout.addWidget(self.heading)
        layout.addLayout(figures)
        layout.addLayout(columns, 1)
        layout.addWidget(self.note)

    def _table(self, model: DataclassTableModel[Any], name: str, stretch: int, sort: int | None) -> QTableView:
        proxy = QSortFilterProxyModel(self)
        proxy.setSourceModel(model)
        proxy.setSortRole(SORT_ROLE)
        table = finance_table(self, name)
        table.setModel(proxy)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        if sort is not None:
            table.setSortingEnabled(True)
            table.sortByColumn(sort, Qt.SortOrder.DescendingOrder)
        return table

    @staticmethod
    def _rows_height(table: QTableView, rows: int) -> int:
        return table.horizontalHeader().sizeHint().height() + table.verticalHeader().defaultSectionSize() * rows + 4

    # -- loading -----------------------------------------------------------------------------------------

    def chosen_month(self) -> tuple[int, int]:
        """(year, month) chosen."""
        return self.year.value(), int(self.month.currentData())

    def reload(self) -> None:
        """Read the statement of the month chosen."""
        year, month = self.chosen_month()
        try:
            statement = self.context.services.finance.income_statement(year, month)
        except PeksosError as exc:
            self.note.setText(str(exc))
            return
        self.statement = statement
        today = self.context.services.finance.today()
        first = date(year, month, 1)
        if (year, month) == (today.year, today.month):
            self.heading.setText(self.tr("Income this month — {0}").format(month_name(first)))
        else:
            self.heading.setText(self.tr("Income of {0}").format(month_name(first)))
        payments, issued = statement.payments, statement.invoices_issued
        self.received.show_value(money(statement.received), self.tr("1 payment") if payments == 1
                                 else self.tr("{0} payments").format(payments))
        self.invoiced.show_value(money(statement.invoiced), self.tr("1 invoice issued") if issued == 1
                                 else self.tr("{0} invoices issued").format(issued))
        ageing = statement.outstanding
        owed = len(ageing.lines)
        as_of = date_long(ageing.as_of)
        self.outstanding.show_value(money(ageing.total), self.tr("on {0}, 1 invoice").format(as_of) if owed == 1
                                    else self.tr("on {0}, {1} invoices").format(as_of, owed))
        self.service_model.set_rows(statement.by_service_type)
        self.method_model.set_rows(statement.by_method)
        self.bucket_model.set_rows(ageing.buckets)
        self.ageing_model.set_rows(ageing.lines)
        self.note.setText(self.tr("Received is counted by the date money came in; a payment on an invoice of "
                                  "several services is shared among them in proportion to its lines. "
                                  "Invoiced leaves void invoices out."))
        self.next_button.setEnabled(first < date(today.year, today.month, 1))

    def show_month(self, year: int, month: int) -> None:
        """Show the statement of ``month`` of ``year``."""
        self.month.blockSignals(True)
        self.year.blockSignals(True)
        self.month.setCurrentIndex(month - 1)
        self.year.setValue(year)
        self.month.blockSignals(False)
        self.year.blockSignals(False)
        self.reload()

    def step(self, months: int) -> None:
        """Move the month chosen by ``months`` (-1 for the previous one)."""
        year, month = self.chosen_month()
        index = year * 12 + (month - 1) + months
        self.show_month(index // 12, index % 12 + 1)

    def show_this_month(self) -> None:
        today = self.context.services.finance.today()
        self.show_month(today.year, today.month)

    def selected_line(self) -> AgeingLine | None:
        return selected_row(self.ageing_table, AgeingLine)

    def open_selected(self) -> None:
        line = self.selected_line()
        if line is not None:
            self.open_requested.emit(line.invoice_id)

    def print_statement(self) -> None:
        """Ask for the PDF of the month chosen."""
        year, month = self.chosen_month()
        self.document_requested.emit("income", (year, month))
