"""Item models of the Finance page: unbilled work, invoices and their lines and payments, payers, income.

Each list comes whole from one service call (the services bound them) and is swapped with ``set_rows``;
amounts sort as whole rupiah and dates as dates through ``SORT_ROLE``.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QPalette
from PySide6.QtWidgets import QApplication

from peksos_desk.domain.billing import AgeingBucket, InvoiceStatus
from peksos_desk.services.billing import InvoiceLineView, InvoiceSummary, PayerView, UnbilledSession, UnbilledTotal
from peksos_desk.services.finance import AgeingLine, BucketTotal, MethodIncome, ServiceTypeIncome
from peksos_desk.services.payments import PaymentView
from peksos_desk.ui.format import date_short, money
from peksos_desk.ui.models.table import Column, DataclassTableModel, Index

OVERDUE_COLOUR = QColor("#b71c1c")
NO_DAYS = -1  # the sort value of "not overdue" (a real number of days is 1 or more)


def _disabled_text() -> QBrush:
    return QApplication.palette().brush(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)


def days_overdue(invoice: InvoiceSummary, today: date) -> int | None:
    """Days since an outstanding invoice fell due, or None when it is not overdue (or not outstanding)."""
    if not invoice.status.is_outstanding or invoice.due_date is None or today <= invoice.due_date:
        return None
    return (today - invoice.due_date).days


class UnbilledPayersModel(DataclassTableModel[UnbilledTotal]):
    """Who could be billed now: payer, kind, number of sessions, amount."""

    PAYER, KIND, SESSIONS, AMOUNT = range(4)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([], parent)
        self._columns = [
            Column(self.tr("Payer"), lambda t: t.payer_name, tooltip=lambda t: t.payer_name),
            Column(self.tr("Kind"), lambda t: str(t.payer_kind.label)),
            Column(self.tr("Sessions"), lambda t: str(t.sessions), lambda t: t.sessions, align_right=True),
            Column(self.tr("Amount"), lambda t: money(t.amount), lambda t: t.amount, align_right=True),
        ]

    def row_of(self, payer_id: int | None, client_id: int | None) -> int:
        """The row of a payer (or of a paying client without a payer record yet), or -1."""
        for row, item in enumerate(self.rows):
            if (payer_id is not None and item.payer_id == payer_id) or (
                    item.payer_id is None and client_id is not None and item.client_id == client_id):
                return row
        return -1


class UnbilledSessionsModel(DataclassTableModel[UnbilledSession]):
    """A payer's unbilled sessions, each with a tick: the ticked ones go on the next invoice.

    Signals:
        checked_changed: a tick was set or cleared.
    """

    DATE, CLIENT, CASE, SERVICE, FEE = range(5)
    checked_changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([], parent)
        self._checked: set[int] = set()
        self._columns = [
            Column(self.tr("Date"), lambda s: date_short(s.service_date), lambda s: s.starts_at),
            Column(self.tr("Client"), lambda s: self.tr("{0} ({1})").format(s.client_name, s.client_code),
                   lambda s: s.client_name, tooltip=lambda s: s.client_name),
            Column(self.tr("Case"), lambda s: s.case_number),
            Column(self.tr("Service"), lambda s: s.service_type_name),
            Column(self.tr("Fee"), lambda s: money(s.fee), lambda s: s.fee, align_right=True),
        ]

    def set_rows(self, rows: Sequence[UnbilledSession]) -> None:
        """Every row arrives ticked."""
        self._checked = {item.session_id for item in rows}
        super().set_rows(rows)
        self.checked_changed.emit()

    def checked_ids(self) -> list[int]:
        """The ticked sessions, in the order shown by the service (oldest first)."""
        return [item.session_id for item in self.rows if item.session_id in self._checked]

    def checked_total(self) -> int:
        return sum(item.fee for item in self.rows if item.session_id in self._checked)

    def set_checked(self, session_id: int, checked: bool) -> None:
        """Tick or clear one session."""
        row = next((r for r, item in enumerate(self.rows) if item.session_id == session_id), -1)
        if row >= 0:
            self.setData(self.index(row, self.DATE), Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked,
                         Qt.ItemDataRole.CheckStateRole)

    def set_all_checked(self, checked: bool) -> None:
        """Tick or clear every session."""
        self._checked = {item.session_id for item in self.rows} if checked else set()
        if self.rowCount():
            self.dataChanged.emit(self.index(0, self.DATE), self.index(self.rowCount() - 1, self.DATE),
                                  [Qt.ItemDataRole.CheckStateRole])
        self.checked_changed.emit()

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == self.DATE:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.CheckStateRole:
            if not index.isValid() or index.column() != self.DATE or not 0 <= index.row() < self.rowCount():
                return None
            ticked = self.row_at(index.row()).session_id in self._checked
            return Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked
        return super().data(index, role)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid() or index.column() != self.DATE:
            return False
        session_id = self.row_at(index.row()).session_id
        if Qt.CheckState(value) == Qt.CheckState.Checked:
            self._checked.add(session_id)
        else:
            self._checked.discard(session_id)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self.checked_changed.emit()
        return True


class InvoiceListModel(DataclassTableModel[InvoiceSummary]):
    """Invoices: number (or "Draft"), payer, dates, total, paid, balance, status, days overdue.

    Attributes:
        today: the practitioner's day, for the days overdue (set before ``set_rows``).
    """

    NUMBER, PAYER, ISSUED, DUE, TOTAL, PAID, BALANCE, STATUS, OVERDUE = range(9)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([], parent)
        self.today = date.today()
        self._columns = [
            Column(self.tr("Number"), lambda i: i.number or self.tr("Draft"), lambda i: i.number or ""),
            Column(self.tr("Payer"), lambda i: i.payer_name, tooltip=lambda i: i.payer_name),
            # A draft is the newest invoice: it sorts after every issue date.
            Column(self.tr("Issued"), lambda i: date_short(i.issue_date), lambda i: i.issue_date or date.max),
            Column(self.tr("Due"), lambda i: date_short(i.due_date), lambda i: i.due_date or date.max),
            Column(self.tr("Total"), lambda i: money(i.total), lambda i: i.total, align_right=True),
            Column(self.tr("Paid"), lambda i: money(i.paid), lambda i: i.paid, align_right=True),
            Column(self.tr("Balance"), lambda i: money(i.balance), lambda i: i.balance, align_right=True),
            Column(self.tr("Status"), lambda i: str(i.status.label), lambda i: list(InvoiceStatus).index(i.status)),
            Column(self.tr("Days overdue"), self._overdue_text, self._overdue_sort, align_right=True),
        ]

    def _overdue_text(self, invoice: InvoiceSummary) -> str:
        days = days_overdue(invoice, self.today)
        return "" if days is None else str(days)

    def _overdue_sort(self, invoice: InvoiceSummary) -> int:
        days = days_overdue(invoice, self.today)
        return NO_DAYS if days is None else days

    def row_of(self, invoice_id: int) -> int:
        """The row showing ``invoice_id``, or -1."""
        return next((row for row, item in enumerate(self.rows) if item.id == invoice_id), -1)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid() and 0 <= index.row() < self.rowCount():
            item = self.row_at(index.row())
            if item.status is InvoiceStatus.VOID:
                return _disabled_text()
            if index.column() in (self.OVERDUE, self.DUE) and days_overdue(item, self.today) is not None:
                return QBrush(OVERDUE_COLOUR)
            return None
        return super().data(index, role)


class InvoiceLinesModel(DataclassTableModel[InvoiceLineView]):
    """An invoice's lines: position, date, client, description, quantity, unit price, amount."""

    POSITION, DATE, CLIENT, DESCRIPTION, QUANTITY, UNIT_PRICE, AMOUNT = range(7)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([], parent)
        self._columns = [
            Column(self.tr("No."), lambda line: str(line.position), lambda line: line.position, align_right=True),
            Column(self.tr("Date"), lambda line: date_short(line.service_date),
                   lambda line: line.service_date or date.min),
            Column(self.tr("Client"), lambda line: line.client_label, tooltip=lambda line: line.client_label),
            Column(self.tr("Description"), lambda line: line.description, tooltip=self._description_tip),
            Column(self.tr("Qty"), lambda line: str(line.quantity), lambda line: line.quantity, align_right=True),
            Column(self.tr("Unit price"), lambda line: money(line.unit_price), lambda line: line.unit_price,
                   align_right=True),
            Column(self.tr("Amount"), lambda line: money(line.amount), lambda line: line.amount, align_right=True),
        ]

    def _description_tip(self, line: InvoiceLineView) -> str:
        if line.session_id is not None:
            return self.tr("{0} — a session attended on {1}").format(line.description, date_short(line.service_date))
        return line.description


class PaymentsModel(DataclassTableModel[PaymentView]):
    """An invoice's payments: date, kuitansi number, method, reference, received from, amount."""

    DATE, RECEIPT, METHOD, REFERENCE, RECEIVED_FROM, AMOUNT = range(6)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([], parent)
        self._columns = [
            Column(self.tr("Date"), lambda p: date_short(p.paid_on), lambda p: p.paid_on),
            Column(self.tr("Receipt no."), lambda p: p.receipt_number),
            Column(self.tr("Method"), lambda p: str(p.method.label)),
            Column(self.tr("Reference"), lambda p: p.reference),
            Column(self.tr("Received from"), lambda p: p.received_from, tooltip=lambda p: p.received_from),
            Column(self.tr("Amount"), lambda p: money(p.amount), lambda p: p.amount, align_right=True),
        ]


class PayerModel(DataclassTableModel[PayerView]):
    """Payers: name, kind, contact person, city, privacy, active; inactive ones greyed out."""

    NAME, KIND, CONTACT, CITY, PRIVACY, STATUS = range(6)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([], parent)
        self._columns = [
            Column(self.tr("Name"), lambda p: p.name, tooltip=lambda p: p.name),
            Column(self.tr("Kind"), lambda p: str(p.kind.label)),
            Column(self.tr("Contact person"), lambda p: p.contact_person, tooltip=lambda p: p.contact_person),
            Column(self.tr("City"), lambda p: p.city),
            Column(self.tr("Clients shown as"), lambda p: self.tr("Codes only") if p.privacy_codes_only
                   else self.tr("Names"), lambda p: int(p.privacy_codes_only)),
            Column(self.tr("Status"), lambda p: self.tr("Active") if p.active else self.tr("Inactive"),
                   lambda p: int(not p.active)),
        ]

    def row_of(self, payer_id: int) -> int:
        """The row showing ``payer_id``, or -1."""
        return next((row for row, item in enumerate(self.rows) if item.id == payer_id), -1)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid() and 0 <= index.row() < self.rowCount():
            return None if self.row_at(index.row()).active else _disabled_text()
        return super().data(index, role)


class ServiceIncomeModel(DataclassTableModel[ServiceTypeIncome]):
    """The month's income by service type (lines typed by hand without one count as "Other")."""

    SERVICE, AMOUNT = range(2)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([], parent)
        self._columns = [
            Column(self.tr("Service"), lambda s: s.name if s.service_type_id is not None else self.tr("Other")),
            Column(self.tr("Received"), lambda s: money(s.amount), lambda s: s.amount, align_right=True),
        ]


class MethodIncomeModel(DataclassTableModel[MethodIncome]):
    """The month's income by payment method."""

    METHOD, PAYMENTS, AMOUNT = range(3)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([], parent)
        self._columns = [
            Column(self.tr("Method"), lambda m: str(m.method.label)),
            Column(self.tr("Payments"), lambda m: str(m.payments), lambda m: m.payments, align_right=True),
            Column(self.tr("Received"), lambda m: money(m.amount), lambda m: m.amount, align_right=True),
        ]


class AgeingBucketModel(DataclassTableModel[BucketTotal]):
    """Outstanding money by days past due: 0–30, 31–60, over 60."""

    BUCKET, INVOICES, AMOUNT = range(3)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([], parent)
        self._columns = [
            Column(self.tr("Days past due"), lambda b: str(b.bucket.label),
                   lambda b: list(AgeingBucket).index(b.bucket)),
            Column(self.tr("Invoices"), lambda b: str(b.invoices), lambda b: b.invoices, align_right=True),
            Column(self.tr("Outstanding"), lambda b: money(b.amount), lambda b: b.amount, align_right=True),
        ]


class AgeingLinesModel(DataclassTableModel[AgeingLine]):
    """The invoices still owed: number, payer, due date, days past due, balance."""

    NUMBER, PAYER, DUE, DAYS, BALANCE = range(5)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([], parent)
        self._columns = [
            Column(self.tr("Number"), lambda a: a.number),
            Column(self.tr("Payer"), lambda a: a.payer_name, tooltip=lambda a: a.payer_name),
            Column(self.tr("Due"), lambda a: date_short(a.due_date), lambda a: a.due_date),
            Column(self.tr("Days past due"), self._days_text, lambda a: a.days_past_due, align_right=True),
            Column(self.tr("Balance"), lambda a: money(a.balance), lambda a: a.balance, align_right=True),
        ]

    def _days_text(self, line: AgeingLine) -> str:
        return self.tr("not yet due") if line.days_past_due <= 0 else str(line.days_past_due)
