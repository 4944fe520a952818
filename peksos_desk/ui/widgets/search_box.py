"""The main window's search box: finds clients, cases and notes as you type.

Ctrl+K (and the standard Find shortcut, where the focused page has no search of its own) puts the cursor in
the box. Results appear 150 ms after the last keystroke in a panel under the box, grouped Klien / Kasus /
Catatan, with the matched words marked; Up/Down move, Enter opens the record, Esc closes the panel.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from enum import Enum

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QAction,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPalette,
    QShortcut,
    QStandardItem,
    QStandardItemModel,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QLabel,
    QLineEdit,
    QListView,
    QMainWindow,
    QSizePolicy,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from peksos_desk.services.search import Marked, SearchResults
from peksos_desk.ui.context import AppContext
from peksos_desk.ui.format import local_datetime

DEBOUNCE_MS = 150
HTML_ROLE = Qt.ItemDataRole.UserRole + 1
TARGET_ROLE = Qt.ItemDataRole.UserRole + 2
MARK_STYLE = "background-color: #ffe58a; color: #1a1a1a; font-weight: 600;"


class Kind(Enum):
    CLIENT = "client"
    CASE = "case"
    NOTE = "note"


@dataclass(frozen=True)
class Target:
    """What Enter on a result opens."""

    kind: Kind
    record_id: int


def marked_html(marked: Marked) -> str:
    """The text with its matched spans wrapped in a highlight, everything else escaped."""
    parts, last = [], 0
    for start, end in marked.spans:
        parts.append(html.escape(marked.text[last:start]))
        parts.append(f'<span style="{MARK_STYLE}">{html.escape(marked.text[start:end])}</span>')
        last = end
    parts.append(html.escape(marked.text[last:]))
    return "".join(parts)


class _RichTextDelegate(QStyledItemDelegate):
    """Paints an item's HTML (``HTML_ROLE``) over the usual item background; headers stay plain."""

    text_width = 0  # the width rows are laid out at (set by the panel before it measures them)

    def _document(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QTextDocument:
        document = QTextDocument()
        document.setDocumentMargin(5)
        document.setDefaultFont(option.font)
        document.setHtml(index.data(HTML_ROLE) or "")
        width = option.rect.width() or self.text_width
        document.setTextWidth(max(width, 200))
        return document

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        if index.data(HTML_ROLE) is None:
            super().paint(painter, option, index)
            return
        self.initStyleOption(option, index)
        style = option.widget.style() if option.widget else QApplication.style()
        text = option.text
        option.text = ""
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        option.text = text
        document = self._document(option, index)
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, option.palette.color(role))
        painter.save()
        rect: QRect = option.rect
        painter.translate(rect.topLeft())
        painter.setClipRect(rect.translated(-rect.topLeft()))
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        if index.data(HTML_ROLE) is None:
            return super().sizeHint(option, index)
        self.initStyleOption(option, index)
        document = self._document(option, index)
        return QSize(int(document.idealWidth()), int(document.size().height()))


class SearchPopup(QFrame):
    """The results panel: a child of the main window laid over its pages, so the box keeps the keyboard."""

    activated = Signal(object)  # Target

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("searchPopup")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.model = QStandardItemModel(self)
        self.view = QListView(self)
        self.view.setAccessibleName(self.tr("Search results"))
        self.view.setModel(self.model)
        self.delegate = _RichTextDelegate(self.view)
        self.view.setItemDelegate(self.delegate)
        self.view.setUniformItemSizes(False)
        self.view.setWordWrap(True)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.view.clicked.connect(self._on_clicked)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setContentsMargins(8, 8, 8, 8)
        self.message.setStyleSheet("color: palette(placeholder-text);")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(1, 1, 1, 1)
        layout.setSpacing(0)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.message)
        self.hide()

    # -- contents ----------------------------------------------------------------------------------------

    def show_message(self, text: str) -> None:
        self.model.clear()
        self.view.hide()
        self.message.setText(text)
        self.message.show()

    def show_results(self, results: SearchResults, context: AppContext) -> None:
        self.model.clear()
        self.message.hide()
        zone = context.zone
        archived = html.escape(self.tr("archived"))
        if results.clients:
            self._header(self.tr("Clients"), len(results.clients), results.client_total)
            for client in results.clients:
                tag = f' <i style="color: #8a5a00;">({archived})</i>' if client.archived else ""
                self._row(Target(Kind.CLIENT, client.client_id),
                          f"<b>{marked_html(client.label)}</b>{tag}<br/>"
                          f'<span style="color: #5f6368;">{marked_html(client.detail)}</span>',
                          f"{client.label.text}, {client.detail.text}")
        if results.cases:
            self._header(self.tr("Cases"), len(results.cases), results.case_total)
            closed = html.escape(self.tr("closed"))
            for case in results.cases:
                tags = f' <i style="color: #5f6368;">({closed})</i>' if case.closed else ""
                tags += f' <i style="color: #8a5a00;">({archived})</i>' if case.client_archived else ""
                self._row(Target(Kind.CASE, case.case_id),
                          f"<b>{marked_html(case.label)}</b> — {html.escape(case.client_name)}{tags}<br/>"
                          f"{marked_html(case.snippet)}",
                          f"{case.label.text}, {case.client_name}: {case.snippet.text}")
        if results.notes:
            self._header(self.tr("Notes"), len(results.notes), results.note_total)
            for note in results.notes:
                when = local_datetime(note.starts_at, zone)
                tags = f' <i style="color: #8a5a00;">({archived})</i>' if note.client_archived else ""
                self._row(Target(Kind.NOTE, note.session_id),
                          f"<b>{html.escape(when)}</b> · {html.escape(note.case_number)} — "
                          f"{html.escape(note.client_name)}{tags}<br/>{marked_html(note.snippet)}",
                          f"{when}, {note.case_number}, {note.client_name}: {note.snippet.text}")
        self.view.show()
        self.select_next(1)

    def _header(self, title: str, shown: int, total: int) -> None:
        if total > shown:
            more = "500+" if total >= 500 else str(total)
            text = self.tr("{0} — {1} of {2}").format(title, shown, more)
        else:
            text = title
        item = QStandardItem(text)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        font = item.font()
        font.setBold(True)
        item.setFont(font)
        item.setForeground(self.palette().color(QPalette.ColorRole.PlaceholderText))
        self.model.appendRow(item)

    def _row(self, target: Target, rich: str, plain: str) -> None:
        item = QStandardItem(plain)
        item.setData(rich, HTML_ROLE)
        item.setData(target, TARGET_ROLE)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        self.model.appendRow(item)

    # -- keyboard ----------------------------------------------------------------------------------------

    def targets(self) -> list[Target]:
        return [t for row in range(self.model.rowCount())
                if (t := self.model.item(row).data(TARGET_ROLE)) is not None]

    def current_target(self) -> Target | None:
        index = self.view.currentIndex()
        target = index.data(TARGET_ROLE) if index.isValid() else None
        return target if isinstance(target, Target) else None

    def select_next(self, step: int) -> None:
        """Move the selection to the next (step 1) or previous (-1) result, skipping group headers."""
        rows = [r for r in range(self.model.rowCount()) if self.model.item(r).data(TARGET_ROLE) is not None]
        if not rows:
            return
        current = self.view.currentIndex().row()
        if current not in rows:
            chosen = rows[0] if step > 0 else rows[-1]
        else:
            position = rows.index(current) + step
            chosen = rows[max(0, min(position, len(rows) - 1))]
        index = self.model.index(chosen, 0)
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index)
        if chosen == rows[0]:
            self.view.scrollToTop()  # keep the first group's header in sight

    def _on_clicked(self, index: QModelIndex) -> None:
        target = index.data(TARGET_ROLE)
        if isinstance(target, Target):
            self.activated.emit(target)


class SearchBox(QLineEdit):
    """The search field; owns its results panel (see the module docstring)."""

    opened = Signal(object)  # Target, after the record was shown

    def __init__(self, context: AppContext, window: QMainWindow) -> None:
        super().__init__(window)
        self.context = context
        self._window = window
        self.setObjectName("globalSearch")
        self.setPlaceholderText(self.tr("Search clients, cases, notes (Ctrl+K)"))
        self.setAccessibleName(self.tr("Search clients, cases and notes"))
        self.setClearButtonEnabled(True)
        self.setMinimumWidth(280)
        self.setMaximumWidth(460)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.popup = SearchPopup(window)
        self.popup.activated.connect(self.open_target)
        self.results: SearchResults | None = None

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.run_search)
        self.textEdited.connect(lambda _text: self._timer.start())
        self.textChanged.connect(self._on_text_changed)

        self.focus_action = QAction(self.tr("Search everything"), window)
        self.focus_action.setShortcut(QKeySequence("Ctrl+K"))
        self.focus_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.focus_action.triggered.connect(self.focus_search)
        window.addAction(self.focus_action)
        # The standard Find key searches everything, except inside a page that has a search of its own
        # (the client list, the case list, ...): there it keeps its meaning, and Ctrl+K still comes here.
        self._find = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), window)
        self._find.setContext(Qt.ShortcutContext.WindowShortcut)
        self._find.activated.connect(self.focus_search)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._on_focus_changed)
        window.installEventFilter(self)

    # -- searching ---------------------------------------------------------------------------------------

    def focus_search(self) -> None:
        self.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.selectAll()
        if self.text().strip():
            self.run_search()

    def run_search(self) -> None:
        """Search for the text now (the debounce timer calls this)."""
        self._timer.stop()
        text = self.text()
        if not text.strip():
            self.close_popup()
            return
        results = self.context.services.search.search(text)
        self.results = results
        if not results.searched:
            self.popup.show_message(self.tr("Type at least two letters or digits."))
        elif results.empty:
            self.popup.show_message(self.tr("Nothing found for “{0}”.").format(text.strip()))
        else:
            self.popup.show_results(results, self.context)
        self._place_popup()

    def open_target(self, target: Target) -> None:
        """Show the record through the navigator and close the panel."""
        self.close_popup()
        navigator = self.context.navigator
        if target.kind is Kind.CLIENT:
            navigator.show_client(target.record_id)
        elif target.kind is Kind.CASE:
            navigator.show_case(target.record_id)
        else:
            navigator.show_session(target.record_id)
        self.opened.emit(target)

    def close_popup(self) -> None:
        self.popup.hide()

    # -- panel placement and keys ------------------------------------------------------------------------

    def _place_popup(self) -> None:
        window = self._window
        below = self.mapTo(window, QPoint(0, self.height() + 2))
        width = max(self.width(), 560)
        x = min(below.x(), window.width() - width - 8)
        self.popup.delegate.text_width = width - 2 - self.popup.view.verticalScrollBar().sizeHint().width()
        rows_height = sum(self.popup.view.sizeHintForRow(r) for r in range(self.popup.model.rowCount()))
        wanted = rows_height + 8 if self.popup.view.isVisibleTo(self.popup) else \
            self.popup.message.sizeHint().height() + 4
        height = max(48, min(wanted, window.height() - below.y() - 40, 560))
        self.popup.setGeometry(max(8, x), below.y(), width, height)
        self.popup.show()
        self.popup.raise_()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        visible = self.popup.isVisible()
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
            if not visible and self.text().strip():
                self.run_search()
            elif visible:
                self.popup.select_next(1 if key == Qt.Key.Key_Down else -1)
            event.accept()
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self._timer.isActive() or not visible:
                self.run_search()
            target = self.popup.current_target() if self.popup.isVisible() else None
            if target is not None:
                self.open_target(target)
            event.accept()
            return
        if key == Qt.Key.Key_Escape:
            if visible:
                self.close_popup()
            else:
                self.clear()
            event.accept()
            return
        super().keyPressEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.Resize and self.popup.isVisible():
            self._place_popup()
        return super().eventFilter(watched, event)

    def _on_text_changed(self, text: str) -> None:
        if not text.strip():
            self._timer.stop()
            self.close_popup()

    def _on_focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is not None and new is not self and not self.popup.isAncestorOf(new):
            self.close_popup()
        self._find.setEnabled(not _has_own_find(new))


def _has_own_find(widget: QWidget | None) -> bool:
    """Whether the focused widget sits in a page or panel that gives the Find key a meaning of its own."""
    find = QKeySequence(QKeySequence.StandardKey.Find)
    while widget is not None:
        if not isinstance(widget, QMainWindow):
            for action in widget.actions():
                if action.shortcut() == find and action.isEnabled() and action.shortcutContext() in (
                        Qt.ShortcutContext.WidgetWithChildrenShortcut, Qt.ShortcutContext.WidgetShortcut):
                    return True
            for shortcut in widget.findChildren(QShortcut, options=Qt.FindChildOption.FindDirectChildrenOnly):
                if shortcut.key() == find and shortcut.isEnabled() and shortcut.context() in (
                        Qt.ShortcutContext.WidgetWithChildrenShortcut, Qt.ShortcutContext.WidgetShortcut):
                    return True
        widget = widget.parentWidget()
    return False


def install_search_box(window: QMainWindow, context: AppContext) -> SearchBox:
    """Put the search box in a tool bar at the top of the main window."""
    bar = QToolBar(QCoreApplication.translate("SearchBox", "Search"), window)
    bar.setObjectName("searchToolBar")
    bar.setMovable(False)
    bar.setFloatable(False)
    bar.toggleViewAction().setEnabled(False)  # the search box is always there
    spacer = QWidget(bar)
    spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    bar.addWidget(spacer)
    box = SearchBox(context, window)
    bar.addWidget(box)
    window.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
    guard = getattr(window, "lock_guard", None)  # widgets/lock_screen.py: nothing searchable while locked
    if guard is not None and hasattr(guard, "locked_changed"):
        guard.locked_changed.connect(lambda locked: _on_locked(bar, box, locked))
    return box


def _on_locked(bar: QToolBar, box: SearchBox, locked: bool) -> None:
    if locked:
        box.close_popup()
        box.clear()  # what was searched for can be as telling as what was found
    bar.setVisible(not locked)
