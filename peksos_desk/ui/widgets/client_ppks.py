"""Choosing a client's PPKS categories: the 26 of Permensos 8/2012, checkable and filterable as you type."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from peksos_desk.domain.ppks import PPKS_CATEGORIES
from peksos_desk.domain.text import Language, current_language

CODE_ROLE = Qt.ItemDataRole.UserRole


class PpksPicker(QWidget):
    """A filter field over a checkable list of the PPKS categories, with the number chosen.

    Signals:
        changed: the set of chosen categories changed.

    Attributes:
        filter: the line edit that narrows the list (by code, Indonesian or English name).
        list: the checkable list; each item holds its category code in ``Qt.UserRole``.
        count: the "2 chosen" label.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(self.tr("Type to filter, e.g. anak, 19, violence"))
        self.filter.setAccessibleName(self.tr("Filter PPKS categories"))
        self.filter.setClearButtonEnabled(True)
        self.filter_label = QLabel(self.tr("Filte&r:"), self)
        self.filter_label.setBuddy(self.filter)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("PPKS categories"))
        self.list.setUniformItemSizes(True)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        other: Language = "en" if current_language() == "id" else "id"
        for category in PPKS_CATEGORIES:
            item = QListWidgetItem(f"{category.code:>2}  {category.label}", self.list)
            item.setData(CODE_ROLE, category.code)
            item.setToolTip(f"{category.code} — {category.label.render(current_language())}\n"
                            f"{category.label.render(other)}")
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable)
            item.setCheckState(Qt.CheckState.Unchecked)
        self.count = QLabel(self)
        self.count.setAccessibleName(self.tr("PPKS categories chosen"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(self.filter_label)
        row.addWidget(self.filter, 1)
        layout.addLayout(row)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.count)
        self.filter.textChanged.connect(self._apply_filter)
        self.list.itemChanged.connect(self._on_item_changed)
        self.filter.returnPressed.connect(self._focus_first_visible)
        self._update_count()

    def _items(self) -> list[QListWidgetItem]:
        return [self.list.item(row) for row in range(self.list.count())]

    def codes(self) -> tuple[int, ...]:
        """The chosen categories' codes, in order."""
        return tuple(int(item.data(CODE_ROLE)) for item in self._items()
                     if item.checkState() == Qt.CheckState.Checked)

    def set_codes(self, codes: tuple[int, ...]) -> None:
        """Check exactly the categories in ``codes``."""
        chosen = set(codes)
        self.list.blockSignals(True)
        for item in self._items():
            item.setCheckState(Qt.CheckState.Checked if item.data(CODE_ROLE) in chosen else Qt.CheckState.Unchecked)
        self.list.blockSignals(False)
        first = next((item for item in self._items() if item.checkState() == Qt.CheckState.Checked), None)
        if first is not None:
            self.list.scrollToItem(first, QListWidget.ScrollHint.PositionAtTop)
        self._update_count()
        self.changed.emit()

    def set_checked(self, code: int, checked: bool = True) -> None:
        """Check or uncheck one category."""
        for item in self._items():
            if item.data(CODE_ROLE) == code:
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def visible_codes(self) -> list[int]:
        """The codes the filter lets through."""
        return [int(item.data(CODE_ROLE)) for item in self._items() if not item.isHidden()]

    def _apply_filter(self, text: str) -> None:
        needle = text.strip().casefold()
        for category, item in zip(PPKS_CATEGORIES, self._items(), strict=True):
            if needle.isdigit():
                hidden = needle != str(category.code)  # "1" finds category 1, not 10 to 19
            else:
                hidden = needle not in f"{category.name_id} {category.name_en}".casefold()
            item.setHidden(hidden)

    def _focus_first_visible(self) -> None:
        for item in self._items():
            if not item.isHidden():
                self.list.setCurrentItem(item)
                self.list.setFocus()
                return

    def _on_item_changed(self, _item: QListWidgetItem) -> None:
        self._update_count()
        self.changed.emit()

    def _update_count(self) -> None:
        chosen = len(self.codes())
        self.count.setText(self.tr("No category chosen") if chosen == 0
                           else self.tr("1 category chosen") if chosen == 1
                           else self.tr("{0} categories chosen").format(chosen))
