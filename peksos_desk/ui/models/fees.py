"""The fee schedule as a table: code, name, default fee, duration, active; retired lines greyed out."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from peksos_desk.services.fees import ServiceTypeView
from peksos_desk.ui.format import money
from peksos_desk.ui.models.table import Column, DataclassTableModel, Index


class ServiceTypeModel(DataclassTableModel[ServiceTypeView]):
    """The practice's service types, active and retired."""

    CODE, NAME, FEE, DURATION, ACTIVE = range(5)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([], parent)
        self._columns = [
            Column(self.tr("Code"), lambda t: t.code),
            Column(self.tr("Service"), lambda t: t.name),
            Column(self.tr("Default fee"), lambda t: money(t.default_fee), lambda t: t.default_fee, align_right=True),
            Column(self.tr("Duration"), lambda t: self.tr("%n min", "", t.default_duration_minutes),
                   lambda t: t.default_duration_minutes, align_right=True),
            Column(self.tr("Status"), lambda t: self.tr("Active") if t.active else self.tr("Retired"),
                   lambda t: int(not t.active)),
        ]

    def row_of(self, service_type_id: int) -> int:
        """The row showing ``service_type_id``, or -1."""
        return next((row for row, item in enumerate(self.rows) if item.id == service_type_id), -1)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid() and 0 <= index.row() < self.rowCount():
            if not self.row_at(index.row()).active:
                return QApplication.palette().brush(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
            return None
        return super().data(index, role)
