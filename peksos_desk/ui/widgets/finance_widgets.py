"""Small widgets the money screens share: a Rupiah field, an invoice's totals with the amount in words, a
read-only table, a hint and a summary figure."""

from __future__ import annotations

import calendar
from datetime import date

from babel.dates import format_date as babel_date
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from peksos_desk.domain.errors import ValidationError
from peksos_desk.domain.money import parse_rupiah, terbilang_rupiah
from peksos_desk.domain.text import current_language
from peksos_desk.ui.format import money


def qdate(day: date) -> QDate:
    """A Python date as Qt's."""
    return QDate(day.year, day.month, day.day)


def pydate(value: QDate) -> date:
    """A Qt date as Python's."""
    return date(value.year(), value.month(), value.day())


def month_bounds(day: date) -> tuple[date, date]:
    """The first and last day of ``day``'s month."""
    return day.replace(day=1), day.replace(day=calendar.monthrange(day.year, day.month)[1])


def month_name(day: date) -> str:
    """ "Februari 2026" / "February 2026"."""
    return babel_date(day, "LLLL y", locale=current_language())


class RupiahEdit(QLineEdit):
    """A Rupiah amount typed as text: "Rp1.500.000", "1.500.000" or "1500000".

    Once the cursor leaves, a readable amount is shown the way it will be read back ("Rp1.500.000"); an
    unreadable one is left as typed for :meth:`amount` to refuse at this field.
    """

    def __init__(self, field: str, parent: QWidget | None = None, *, empty_is_zero: bool = False) -> None:
        super().__init__(parent)
        self.field = field
        self.empty_is_zero = empty_is_zero
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.editingFinished.connect(self._tidy)

    def amount(self) -> int:
        """The amount typed. Raises ``ValidationError(self.field, ...)`` when it cannot be read."""
        if self.empty_is_zero and not self.text().strip():
            return 0
        return parse_rupiah(self.text(), self.field)

    def try_amount(self) -> int | None:
        """The amount typed, or None while it cannot be read."""
        try:
            return self.amount()
        except ValidationError:
            return None

    def set_amount(self, amount: int | None) -> None:
        self.setText("" if amount is None or (self.empty_is_zero and amount == 0) else money(amount))

    def _tidy(self) -> None:
        if self.text().strip() and (amount := self.try_amount()) is not None:
            tidy = money(amount)
            if tidy != self.text():
                self.setText(tidy)


class TotalsPanel(QFrame):
    """Subtotal, discount, total and the total in words; for an issued invoice also paid and balance."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.subtotal = self._value()
        self.discount = self._value()
        self.total = self._value(bold=True)
        self.paid = self._value()
        self.balance = self._value(bold=True)
        self.in_words = QLabel(self)
        self.in_words.setWordWrap(True)
        self.in_words.setStyleSheet("color: palette(placeholder-text); font-style: italic;")
        self.in_words.setAccessibleName(self.tr("Total in words"))
        self.in_words.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        grid = QGridLayout(self)
        grid.setColumnStretch(0, 1)
        self._paid_label = QLabel(self.tr("Paid"), self)
        self._balance_label = QLabel(self.tr("Balance"), self)
        total_label = QLabel(self.tr("Total"), self)
        font = total_label.font()
        font.setBold(True)
        total_label.setFont(font)
        self._balance_label.setFont(font)
        rows = ((QLabel(self.tr("Subtotal"), self), self.subtotal), (QLabel(self.tr("Discount"), self), self.discount),
                (total_label, self.total), (None, self.in_words), (self._paid_label, self.paid),
                (self._balance_label, self.balance))
        for row, (label, value) in enumerate(rows):
            if label is None:  # the total in words, right under the total
                grid.addWidget(value, row, 0, 1, 2)
                continue
            grid.addWidget(label, row, 0)
            grid.addWidget(value, row, 1)
            label.setBuddy(value)
        self.set_paid(None, None)

    def _value(self, *, bold: bool = False) -> QLabel:
        label = QLabel(self)
        label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if bold:
            font = label.font()
            font.setBold(True)
            font.setPointSizeF(font.pointSizeF() * 1.15)
            label.setFont(font)
        return label

    def set_totals(self, subtotal: int, discount: int | None, problem: str = "") -> None:
        """Show the totals for ``discount`` (None while it cannot be read: ``problem`` says why)."""
        self.subtotal.setText(money(subtotal))
        if discount is None:
            self.discount.setText("?")
            self.total.setText("?")
            self.in_words.setText(problem)
            return
        total = subtotal - discount
        self.discount.setText(money(-discount) if discount else money(0))
        self.total.setText(money(total))
        self.in_words.setText(terbilang_rupiah(total).capitalize() if total >= 0 else self.tr(
            "The discount is more than the subtotal."))

    def set_paid(self, paid: int | None, balance: int | None) -> None:
        """Show what was paid and what is left (None hides both, as for a draft)."""
        shown = paid is not None and balance is not None
        for widget in (self._paid_label, self.paid, self._balance_label, self.balance):
            widget.setVisible(shown)
        if shown:
            self.paid.setText(money(paid))
            self.balance.setText(money(balance))


def finance_table(parent: QWidget, name: str) -> QTableView:
    """A read-only table of whole rows, one selected at a time, named for screen readers; Tab leaves it."""
    table = QTableView(parent)
    table.setAccessibleName(name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setTabKeyNavigation(False)
    table.setWordWrap(False)
    table.setTextElideMode(Qt.TextElideMode.ElideRight)
    table.verticalHeader().hide()
    table.horizontalHeader().setHighlightSections(False)
    return table


def hint(text: str, parent: QWidget) -> QLabel:
    """A grey explanatory line that wraps."""
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setStyleSheet("color: palette(placeholder-text);")
    return label


class Figure(QFrame):
    """One summary figure: a caption, a large amount and a line under it ("Received · Rp12.500.000 · 8 payments")."""

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.caption = QLabel(caption, self)
        self.caption.setWordWrap(True)
        self.value = QLabel(self)
        font = self.value.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.value.setFont(font)
        self.value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail = hint("", self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.caption)
        layout.addWidget(self.value)
        layout.addWidget(self.detail)

    def show_value(self, value: str, detail: str = "") -> None:
        self.value.setText(value)
        self.detail.setText(detail)
        self.setAccessibleDescription(f"{self.caption.text()}: {value}. {detail}")
