"""The session note editor: one editor per section of the chosen format, drafts saved as the practitioner types.

A draft is saved after a short pause in typing, at least every few seconds during steady typing, and whenever
the editor loses focus or the page is left, so a crash or a power cut loses a few seconds of writing at most.
A failed save says why and keeps every character typed; the next pause tries again.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QFocusEvent, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from peksos_desk.domain.dates import PractitionerZone
from peksos_desk.domain.errors import PeksosError
from peksos_desk.domain.note_templates import convert_note, moves_text, template_for, templates
from peksos_desk.domain.practice import NoteFormat
from peksos_desk.services.sessions import SessionView
from peksos_desk.ui.context import AppContext
from peksos_desk.ui.format import local_time

FAILED_STYLE = "color: #b71c1c;"
READ_ONLY_STYLE = "QPlainTextEdit[readOnly=\"true\"] { background: #f4f3ef; color: #2b2b2b; }"


@dataclass(frozen=True)
class AutosaveTiming:
    """When drafts are saved: after ``idle_ms`` without typing, and at least every ``max_wait_ms`` while typing."""

    idle_ms: int = 1000
    max_wait_ms: int = 5000


class SectionEdit(QPlainTextEdit):
    """A section's editor that grows with its text, so the page scrolls rather than each small box.

    Its height follows its width (``heightForWidth``), up to ``MAX_LINES``; beyond that it scrolls.

    Signals:
        focus_lost: the cursor left this editor.
    """

    focus_lost = Signal()
    MIN_LINES = 4
    MAX_LINES = 28

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self._lines = 0
        self.textChanged.connect(self._on_text_changed)

    def _lines_for(self, width: int) -> int:
        # Measured with the font rather than read from the document layout, which QPlainTextEdit fills lazily.
        metrics = self.fontMetrics()
        margin = int(self.document().documentMargin())
        inner = max(50, width - 2 * self.frameWidth() - 2 * margin - self.verticalScrollBar().sizeHint().width())
        text = self.toPlainText() or self.placeholderText() or " "
        bound = metrics.boundingRect(QRect(0, 0, inner, 10_000_000), int(Qt.TextFlag.TextWordWrap), text + "\n ")
        return max(self.MIN_LINES, min(self.MAX_LINES, bound.height() // max(1, metrics.lineSpacing())))

    def _height_for_lines(self, lines: int) -> int:
        return (lines * self.fontMetrics().lineSpacing() + 2 * int(self.document().documentMargin())
                + 2 * self.frameWidth() + 2)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._height_for_lines(self._lines_for(width))

    def sizeHint(self) -> QSize:
        width = self.width() if self.width() > 100 else 600
        return QSize(super().sizeHint().width(), self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        return QSize(super().minimumSizeHint().width(), self._height_for_lines(self.MIN_LINES))

    def _on_text_changed(self) -> None:
        lines = self._lines_for(self.width())
        if lines != self._lines:
            self._lines = lines
            self.updateGeometry()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.focus_lost.emit()


class NoteEditor(QWidget):
    """Format choice, one labelled editor per section, template guidance, autosaved drafts, read-only once signed.

    Signals:
        saved: a draft was saved (the ``SessionView`` the service returned).
        save_failed: a draft could not be saved (the message shown).
    """

    saved = Signal(object)
    save_failed = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None, *,
                 timing: AutosaveTiming | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._timing = timing or AutosaveTiming()
        self._view: SessionView | None = None
        self._zone = PractitionerZone.WIB
        self._format = NoteFormat.DAP
        self._editors: dict[str, SectionEdit] = {}
        self._template_buttons: list[QToolButton] = []
        self._dirty = False
        self._loading = False
        self._locked = False
        self.setStyleSheet(READ_ONLY_STYLE)

        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.setInterval(self._timing.idle_ms)
        self._idle.timeout.connect(self.save_draft)
        self._max_wait = QTimer(self)
        self._max_wait.setSingleShot(True)
        self._max_wait.setInterval(self._timing.max_wait_ms)
        self._max_wait.timeout.connect(self.save_draft)

        self.format_combo = QComboBox(self)
        for fmt in NoteFormat:
            self.format_combo.addItem(str(fmt.label), fmt)
        self.format_combo.setAccessibleName(self.tr("Note format"))
        self.format_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.format_combo.currentIndexChanged.connect(self._on_format_chosen)
        format_label = QLabel(self.tr("Note f&ormat:"), self)
        format_label.setBuddy(self.format_combo)
        self.status = QLabel(self)
        self.status.setObjectName("draftStatus")
        self.status.setAccessibleName(self.tr("Draft status"))
        self.status.setWordWrap(True)
        self.status.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

        top = QHBoxLayout()
        top.addWidget(format_label)
        top.addWidget(self.format_combo)
        top.addStretch(1)
        top.addWidget(self.status, 1)

        self._sections = QVBoxLayout()
        self._sections.setSpacing(4)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(self._sections)

        self.template_action = QAction(self.tr("Insert template"), self)
        self.template_action.setShortcut(QKeySequence("Ctrl+Shift+T"))
        self.template_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.template_action.triggered.connect(self._insert_template_here)
        self.addAction(self.template_action)
        self._build_sections(NoteFormat.DAP, {})

    # -- public ------------------------------------------------------------------------------------------

    def load(self, view: SessionView, zone: PractitionerZone) -> None:
        """Show ``view``'s note (dropping any unsaved text of another session: call ``flush`` first)."""
        self._idle.stop()
        self._max_wait.stop()
        self._view, self._zone, self._dirty = view, zone, False
        self._loading = True
        try:
            self.format_combo.setCurrentIndex(self.format_combo.findData(view.note_format))
        finally:
            self._loading = False
        self._build_sections(view.note_format, view.note)
        self.set_locked(view.is_signed)
        self._show_saved_time()

    def set_zone(self, zone: PractitionerZone) -> None:
        """Show times (the "Draft saved" one) in ``zone`` from now on."""
        self._zone = zone
        if self.status.styleSheet() != FAILED_STYLE:
            self._show_saved_time()

    @property
    def view(self) -> SessionView | None:
        """The session as last loaded or saved."""
        return self._view

    @property
    def note_format(self) -> NoteFormat:
        return self._format

    @property
    def is_dirty(self) -> bool:
        """Whether text was typed that is not in the store yet."""
        return self._dirty

    @property
    def is_locked(self) -> bool:
        return self._locked

    def sections(self) -> dict[str, str]:
        """The text of every section, exactly as typed."""
        return {key: editor.toPlainText() for key, editor in self._editors.items()}

    def editor(self, key: str) -> SectionEdit:
        """The editor of section ``key`` ("data", "assessment", ...)."""
        return self._editors[key]

    def editors(self) -> list[SectionEdit]:
        return list(self._editors.values())

    def flush(self) -> bool:
        """Save now what is not saved yet; False when that failed (the text stays in the editor)."""
        return self.save_draft()

    def save_draft(self) -> bool:
        """Save the draft if anything changed since the last save. True when nothing is left unsaved."""
        self._idle.stop()
        self._max_wait.stop()
        if not self._dirty or self._view is None or self._locked:
            return True
        try:
            view = self._context.services.sessions.save_note(self._view.id, self._format, self.sections())
        except PeksosError as exc:
            message = self.tr("The draft was not saved: {0} Your text is still here.").format(exc)
            self.status.setText(message)
            self.status.setStyleSheet(FAILED_STYLE)
            self.save_failed.emit(message)
            return False
        self._dirty = False
        self._view = view
        self._show_saved_time()
        self.saved.emit(view)
        return True

    def set_locked(self, locked: bool) -> None:
        """Read-only once the note is signed: no section can be typed into, the format cannot change."""
        self._locked = locked
        for key, editor in self._editors.items():
            editor.setReadOnly(locked)
            editor.setPlaceholderText("" if locked else str(template_for(self._format, key).prompt))
        for button in self._template_buttons:
            button.setVisible(not locked)
        self.format_combo.setEnabled(not locked)
        self.template_action.setEnabled(not locked)
        self.status.setVisible(not locked)

    def set_format(self, note_format: NoteFormat) -> bool:
        """Change the note's format, keeping its text (asking first when text would move). True if changed."""
        index = self.format_combo.findData(NoteFormat(note_format))
        self.format_combo.setCurrentIndex(index)
        return self._format is NoteFormat(note_format)

    def insert_template(self, key: str) -> None:
        """Put section ``key``'s template at the cursor (or fill the empty section with it)."""
        if self._locked:
            return
        editor = self._editors[key]
        text = str(template_for(self._format, key).template)
        cursor = editor.textCursor()
        if editor.toPlainText().strip():
            if cursor.positionInBlock() > 0:
                text = "\n" + text
            cursor.insertText(text)
        else:
            editor.setPlainText(text)
            cursor = editor.textCursor()
            cursor.movePosition(cursor.MoveOperation.Start)
            cursor.movePosition(cursor.MoveOperation.Down)
            cursor.movePosition(cursor.MoveOperation.EndOfBlock)
        editor.setTextCursor(cursor)
        editor.setFocus()

    # -- internals ---------------------------------------------------------------------------------------

    def _build_sections(self, note_format: NoteFormat, note: dict[str, str]) -> None:
        self._loading = True
        try:
            while self._sections.count():
                item = self._sections.takeAt(0)
                widget = item.widget() if item is not None else None
                if widget is not None:  # gone from sight now, deleted once the event loop runs
                    widget.hide()
                    widget.setParent(None)
                    widget.deleteLater()
            self._editors.clear()
            self._template_buttons.clear()
            self._format = NoteFormat(note_format)
            for guide in templates(self._format):
                box = QWidget(self)
                box_layout = QVBoxLayout(box)
                box_layout.setContentsMargins(0, 8, 0, 0)
                box_layout.setSpacing(2)
                head = QHBoxLayout()
                label = QLabel(f"<b>{guide.label}</b>", box)
                editor = SectionEdit(box)
                editor.setObjectName(f"section_{guide.key}")
                editor.setAccessibleName(str(guide.label))
                editor.setAccessibleDescription(str(guide.prompt))
                editor.setPlaceholderText(str(guide.prompt))
                editor.setPlainText(note.get(guide.key, ""))
                editor.textChanged.connect(self._on_text_changed)
                editor.focus_lost.connect(self.save_draft)
                label.setBuddy(editor)
                button = QToolButton(box)
                button.setText(self.tr("Insert template"))
                button.setToolTip(self.tr("Insert headed prompts for {0} at the cursor (Ctrl+Shift+T)")
                                  .format(guide.label))
                button.setAutoRaise(True)
                button.setStyleSheet("QToolButton { color: #1a5fb4; }")
                button.clicked.connect(lambda _=False, key=guide.key: self.insert_template(key))
                head.addWidget(label)
                head.addStretch(1)
                head.addWidget(button)
                box_layout.addLayout(head)
                box_layout.addWidget(editor)
                self._sections.addWidget(box)
                self._editors[guide.key] = editor
                self._template_buttons.append(button)
        finally:
            self._loading = False
        self.set_locked(self._locked)

    def _on_text_changed(self) -> None:
        if self._loading or self._locked:
            return
        self._dirty = True
        self._idle.start()  # restarts: saves after a pause in typing
        if not self._max_wait.isActive():
            self._max_wait.start()  # does not restart: saves during steady typing too

    def _on_format_chosen(self, index: int) -> None:
        if self._loading:
            return
        target = NoteFormat(self.format_combo.itemData(index))
        if target is self._format:
            return
        current = self.sections()
        if moves_text(current, self._format, target) and not self._context.prompter.confirm(
                self, self.tr("Change note format"),
                self.tr("In {0} the note has other sections: text from sections it does not have moves into its "
                        "first section, under a heading saying where it came from. Nothing is deleted.\n\n"
                        "Change the format?").format(target.label)):
            self._loading = True
            try:
                self.format_combo.setCurrentIndex(self.format_combo.findData(self._format))
            finally:
                self._loading = False
            return
        converted = convert_note(current, self._format, target)
        self._build_sections(target, converted)
        self._dirty = True
        self.save_draft()
        first = next(iter(self._editors.values()))
        first.setFocus()

    def _insert_template_here(self) -> None:
        for key, editor in self._editors.items():
            if editor.hasFocus():
                self.insert_template(key)
                return
        self.insert_template(next(iter(self._editors)))

    def _show_saved_time(self) -> None:
        self.status.setStyleSheet("color: #5f5f5f;")
        view = self._view
        if view is None or view.note_saved_at is None:
            self.status.setText(self.tr("Drafts are saved as you type."))
        else:
            self.status.setText(self.tr("Draft saved {0}").format(local_time(view.note_saved_at, self._zone)))
