"""The assessment (*formulir asesmen*) of a case: every section as a labelled editor, saved together."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from peksos_desk.domain.errors import PeksosError, ValidationError
from peksos_desk.domain.practice import AssessmentSection
from peksos_desk.services.cases import CaseView
from peksos_desk.ui.context import AppContext
from peksos_desk.ui.widgets.field_errors import FieldErrors


class AssessmentEditor(QWidget):
    """Every section of the *formulir asesmen* as a labelled editor, saved together with Save (Ctrl+S).

    Signals:
        dirty_changed: whether some section holds text not saved yet.
    """

    dirty_changed = Signal(bool)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.case_id: int | None = None
        self._saved: dict[AssessmentSection, str] = {}
        self._loading = False
        self._dirty = False

        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.state = QLabel(self)
        self.state.setAccessibleName(self.tr("Assessment save state"))
        bar.addWidget(self.state, 1)
        self.save_button = QPushButton(self.tr("&Save assessment"), self)
        self.save_button.setToolTip(self.tr("Save every changed section (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)
        bar.addWidget(self.save_button)
        layout.addLayout(bar)
        self.message = QLabel(self)
        layout.addWidget(self.message)
        self.errors = FieldErrors(self.message)

        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget(scroll)
        grid = QGridLayout(body)
        grid.setHorizontalSpacing(16)
        self.editors: dict[AssessmentSection, QPlainTextEdit] = {}
        self.labels: dict[AssessmentSection, QLabel] = {}
        for index, section in enumerate(AssessmentSection):
            label = QLabel(str(section.label), body)
            label.setWordWrap(True)
            editor = QPlainTextEdit(body)
            editor.setTabChangesFocus(True)
            editor.setAccessibleName(str(section.label))
            editor.setFixedHeight(editor.fontMetrics().lineSpacing() * 5 + 12)
            editor.textChanged.connect(self._on_text_changed)
            label.setBuddy(editor)
            row, column = divmod(index, 2)
            grid.addWidget(label, row * 2, column)
            grid.addWidget(editor, row * 2 + 1, column)
            self.editors[section] = editor
            self.labels[section] = label
            self.errors.register(f"assessment.{section.value}", editor)
        grid.setRowStretch(grid.rowCount(), 1)
        scroll.setWidget(body)
        layout.addWidget(scroll, 1)

        shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.save)
        self._show_state()

    def load(self, case: CaseView) -> None:
        """Show ``case``'s assessment; a section with unsaved edits of the same case keeps them."""
        same_case = case.id == self.case_id
        self.case_id = case.id
        self._loading = True
        try:
            for section, editor in self.editors.items():
                stored = case.assessment.get(section, "")
                if not (same_case and editor.toPlainText() != self._saved.get(section, "")):
                    editor.setPlainText(stored)
                self._saved[section] = stored
                editor.setReadOnly(case.is_closed)
                editor.setStyleSheet("QPlainTextEdit { background: palette(window); }" if case.is_closed else "")
        finally:
            self._loading = False
        if not same_case:
            self.errors.clear()
        self.save_button.setEnabled(not case.is_closed)
        self._on_text_changed()

    def changed_sections(self) -> dict[AssessmentSection, str]:
        """The sections whose text differs from what is stored."""
        return {section: editor.toPlainText() for section, editor in self.editors.items()
                if editor.toPlainText() != self._saved.get(section, "")}

    def is_dirty(self) -> bool:
        return bool(self.changed_sections())

    def discard(self) -> None:
        """Forget the unsaved edits (the user chose to leave without saving)."""
        self._loading = True
        try:
            for section, editor in self.editors.items():
                editor.setPlainText(self._saved.get(section, ""))
        finally:
            self._loading = False
        self._on_text_changed()

    def save(self) -> bool:
        """Save every changed section in one go; on a refusal keep every edit and point at the section."""
        changed = self.changed_sections()
        if self.case_id is None or not changed:
            return True
        self.errors.clear()
        try:
            case = self.context.services.cases.save_assessment_sections(self.case_id, changed)
        except ValidationError as error:
            self.errors.show(error)
            return False
        except PeksosError as error:
            self.errors.show_text(str(error))
            return False
        for section in changed:
            self._saved[section] = case.assessment.get(section, "")
        self._on_text_changed()
        self.context.bus.cases_changed.emit(self.case_id)
        return True

    def _on_text_changed(self) -> None:
        if self._loading:
            return
        changed = self.changed_sections()
        for section, label in self.labels.items():
            marked = section in changed
            label.setText(self.tr("{0} (not saved)").format(section.label) if marked else str(section.label))
            font = label.font()
            font.setItalic(marked)
            label.setFont(font)
        dirty = bool(changed)
        if dirty != self._dirty:
            self._dirty = dirty
            self.dirty_changed.emit(dirty)
        self._show_state()

    def _show_state(self) -> None:
        count = len(self.changed_sections())
        if count:
            self.state.setText(self.tr("1 section changed and not saved yet.") if count == 1 else
                               self.tr("{0} sections changed and not saved yet.").format(count))
            self.state.setStyleSheet("color: #e65100; font-weight: bold;")
        else:
            self.state.setText(self.tr("Every section is saved."))
            self.state.setStyleSheet("")
