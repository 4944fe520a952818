"""Locking the main window: Ctrl+L (also from an open dialog), File → Lock, the rail's Lock button, or no input
for the idle minutes set in Settings.

What locking does (and why):
- The window's content is swapped for the lock screen in a stack: every page, form and unsaved text stays alive
  but hidden, so after unlocking everything is exactly as it was, cursor and typing included.
- The title becomes neutral, the menu bar, toolbars (search) and status bar are hidden, and no shortcut outside
  the lock screen works (an application event filter drops them) — nothing of a record can be seen or reached.
- Other windows of the app: record dialogs (opened next to the window, e.g. a client form) are hidden and come
  back on unlocking with what was typed in them. A question that waits in its own event loop (a message box, a
  file chooser) is cancelled — answered with its safe default, "No" / "Cancel" — because it cannot be hidden
  without ending it and may name a client; the action it asked about is simply not done.
- An encrypted store asks its password (with the same growing wait after wrong tries as at start, and "Forgot
  password?"). A plain store (demo data, or one not yet encrypted) has no password: its lock screen hides the
  records and has an Unlock button, and says how to protect them with a password.
"""

from __future__ import annotations

import time
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QEvent, QKeyCombination, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDockWidget,
    QFrame,
    QHBoxLayout,
    QMainWindow,
    QMenuBar,
    QPushButton,
    QStackedWidget,
    QStatusBar,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from peksos_desk.domain.errors import PeksosError, WrongPassword
from peksos_desk.services.security import UnlockThrottle
from peksos_desk.ui.context import AppContext
from peksos_desk.ui.dialogs.password_setup import RecoveryCodePage, heading, paragraph
from peksos_desk.ui.dialogs.unlock_dialog import BusyCursor, PasswordPrompt, RecoveryResetPage

LOCK_KEYS = QKeyCombination(Qt.KeyboardModifier.ControlModifier, Qt.Key.Key_L)
_INPUT_EVENTS = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease,
    QEvent.Type.MouseButtonDblClick, QEvent.Type.MouseMove, QEvent.Type.Wheel, QEvent.Type.TouchBegin,
    QEvent.Type.TouchUpdate, QEvent.Type.TabletPress, QEvent.Type.TabletMove, QEvent.Type.InputMethod,
})
_SHORTCUT_EVENTS = frozenset({QEvent.Type.Shortcut})
_BARS = (QMenuBar, QStatusBar, QToolBar, QDockWidget)  # around the content; hidden while locked


class IdleWatcher(QObject):
    """Emits ``idle`` after ``interval`` seconds without keyboard or mouse input anywhere in the app.

    An application event filter notes the time of each input (a float assignment: cheap on every mouse move);
    one single-shot timer checks when the interval could have run out.

    Signals:
        idle: no input for the whole interval.
    """

    idle = Signal()

    def __init__(self, parent: QObject | None = None, clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__(parent)
        self.clock = clock
        self.interval = 0.0
        self._last_input = clock()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._check)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def set_interval(self, seconds: float) -> None:
        """Watch for ``seconds`` of idleness (0 switches the watch off)."""
        self.interval = max(0.0, seconds)
        self.restart()

    def restart(self) -> None:
        """Count from now."""
        self._last_input = self.clock()
        if self.interval > 0:
            self._timer.start(int(self.interval * 1000))
        else:
            self._timer.stop()

    def stop(self) -> None:
        self._timer.stop()

    @property
    def active(self) -> bool:
        return self._timer.isActive()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT_EVENTS:
            self._last_input = self.clock()
        return False

    def _check(self) -> None:
        if self.interval <= 0:
            return
        left = self.interval - (self.clock() - self._last_input)
        if left > 0:
            self._timer.start(max(1, int(left * 1000)))
        else:
            self.idle.emit()


class LockScreen(QWidget):
    """What the window shows while locked: no record, only the password (or, for a plain store, Unlock).

    Signals:
        unlocked: the right password was given (or Unlock pressed for a plain store).
    """

    unlocked = Signal()
    PROMPT, FORGOT, NEW_CODE = range(3)

    def __init__(self, context: AppContext, throttle: UnlockThrottle, parent: QWidget | None = None, *,
                 clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("lock_screen")
        self.encrypted = bool(context.services.db.is_encrypted)
        card = QFrame(self)
        card.setObjectName("lock_card")
        card.setFrameShape(QFrame.Shape.StyledPanel)
        card.setFixedWidth(600)
        # Pages shown one at a time in a plain layout (not a stack): the card then takes the height of the page
        # shown, word-wrapped text included.
        self.pages: list[QWidget] = []

        prompt_page = QWidget(card)
        self.title = heading(self.tr("Peksos Desk is locked"), prompt_page, 1.5)
        if self.encrypted:
            text = self.tr("Your records are hidden until you type your password. Everything you were doing is "
                           "kept as you left it, unsaved typing included.")
        else:
            text = self.tr("Your records are hidden. This store is not encrypted, so no password is asked: "
                           "anyone at this computer can unlock it. To protect it with a password, choose "
                           "Settings → Security → Encrypt this store.")
        self.explanation = paragraph(text, prompt_page)
        self.prompt = PasswordPrompt(throttle, prompt_page, clock=clock, needs_password=self.encrypted)
        self.prompt.submitted.connect(self.try_unlock)
        self.prompt.forgot.connect(self.show_forgot)
        prompt_layout = QVBoxLayout(prompt_page)
        prompt_layout.setContentsMargins(0, 0, 0, 0)
        prompt_layout.addWidget(self.title)
        prompt_layout.addWidget(self.explanation)
        prompt_layout.addSpacing(8)
        prompt_layout.addWidget(self.prompt)
        self.pages.append(prompt_page)

        names = [context.services.profile.get().full_name] if self.encrypted else []
        self.reset_page = RecoveryResetPage(throttle, card, clock=clock, names=lambda: names)
        self.reset_page.back.connect(self.show_prompt)
        self.reset_page.reset_requested.connect(self.reset_with_recovery)
        self.pages.append(self.reset_page)
        self.code_page = RecoveryCodePage(card, continue_text=self.tr("&Unlock"))
        self.code_page.confirmed.connect(self._finish)
        self.pages.append(self.code_page)

        card_layout = QVBoxLayout(card)
        card_layout.setContentsMargins(24, 24, 24, 24)
        for page in self.pages:
            card_layout.addWidget(page)
        self._current = self.PROMPT
        self._show(self.PROMPT)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        row = QHBoxLayout()  # not an alignment flag: that would size the card by its hint, not by its text's height
        row.addStretch(1)
        row.addWidget(card)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)

    def _show(self, index: int) -> None:
        for number, page in enumerate(self.pages):
            page.setVisible(number == index)
        self._current = index

    def current_page(self) -> int:
        """PROMPT, FORGOT or NEW_CODE."""
        return self._current

    def reset(self) -> None:
        """Show the password field, empty, with any wait the throttle still imposes."""
        self.reset_page.clear()
        self.show_prompt()

    def show_prompt(self) -> None:
        self._show(self.PROMPT)
        self.prompt.resume_wait()
        self.prompt.focus()

    def show_forgot(self) -> None:
        self._show(self.FORGOT)
        self.reset_page.resume_wait()
        self.reset_page.focus()

    def try_unlock(self, password: str) -> bool:
        """Unlock with ``password`` (a plain store needs none); a wrong one is said at the field."""
        if self.encrypted:
            try:
                with BusyCursor():
                    right = self.context.services.security.verify(password)
            except PeksosError as exc:
                self.prompt.show_problem(exc)
                return False
            if not right:
                self.prompt.failed(WrongPassword())
                return False
        self.prompt.succeeded()
        self._finish()
        return True

    def reset_with_recovery(self, code: str, password: str) -> bool:
        """Set a new password with the recovery code, then show the new code before unlocking."""
        try:
            with BusyCursor():
                new_code = self.context.services.security.reset_password_with_recovery(code, password)
        except WrongPassword as exc:
            self.reset_page.failed(exc)
            return False
        except PeksosError as exc:
            if getattr(exc, "field", None) == "password":
                self.reset_page.setup.show_error(exc)  # type: ignore[arg-type]
            else:
                self.reset_page.setup.show_text(str(exc))
            return False
        self.prompt.succeeded()
        self.reset_page.clear()
        self.code_page.set_code(new_code)
        self._show(self.NEW_CODE)
        self.code_page.written_down.setFocus()
        return True

    def _finish(self) -> None:
        self.code_page.set_code("")
        self._show(self.PROMPT)
        self.unlocked.emit()


class LockGuard(QObject):
    """Locks and unlocks one main window (see the module's description).

    ``content`` is the stack holding the window's normal content at index 0; the lock screen is added to it.

    Signals:
        locked_changed: the window was locked (True) or unlocked (False).
    """

    locked_changed = Signal(bool)

    def __init__(self, window: QMainWindow, content: QStackedWidget, context: AppContext, *,
                 clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__(window)
        self.window = window
        self.content = content
        self.context = context
        self.clock = clock
        self.throttle = UnlockThrottle(clock)
        self.screen: LockScreen | None = None
        self._locked = False
        self._title = ""
        self._bars: list[tuple[QWidget, bool]] = []
        self._hidden_windows: list[QWidget] = []
        self._focus: QWidget | None = None

        self.action = QAction(self.tr("&Lock"), window)
        self.action.setShortcut(QKeySequence(LOCK_KEYS))
        self.action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.action.setToolTip(self.tr("Hide your records until the password is typed ({0})").format(
            QKeySequence(LOCK_KEYS).toString(QKeySequence.SequenceFormat.NativeText)))
        self.action.triggered.connect(self.lock)
        window.addAction(self.action)
        self.button = QPushButton(self.tr("Lock"), window)
        self.button.setObjectName("lock_button")
        self.button.setToolTip(self.action.toolTip())
        self.button.setAccessibleName(self.tr("Lock"))
        self.button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.button.clicked.connect(self.lock)

        self.idle = IdleWatcher(self, clock)
        self.idle.idle.connect(self.lock)
        self.set_idle_minutes(context.settings.idle_lock_minutes)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    # -- settings ----------------------------------------------------------------------------------------

    def use_clock(self, clock: Callable[[], float]) -> None:
        """Count the throttle's waits and the idle time with ``clock`` (seconds; tests give a fake one)."""
        self.clock = clock
        self.throttle = UnlockThrottle(clock)
        self.idle.clock = clock
        if self.screen is not None and not self._locked:
            self.content.removeWidget(self.screen)
            self.screen.deleteLater()
            self.screen = None

    def set_idle_minutes(self, minutes: int) -> None:
        """Lock after ``minutes`` without input (0: never)."""
        self.set_idle_seconds(minutes * 60)

    def set_idle_seconds(self, seconds: float) -> None:
        self.idle.set_interval(seconds)
        if self._locked:
            self.idle.stop()

    # -- locking -----------------------------------------------------------------------------------------

    @property
    def locked(self) -> bool:
        return self._locked

    def lock(self) -> bool:
        """Hide every record behind the lock screen; False when already locked (or the window is not shown)."""
        if self._locked or not self.window.isVisible():
            return False
        self._locked = True
        self.idle.stop()
        focus = QApplication.focusWidget()
        self._focus = focus if focus is not None and self.window.isAncestorOf(focus) else None
        for _ in range(16):  # open menus and combo-box lists, innermost first
            popup = QApplication.activePopupWidget()
            if popup is None:
                break
            popup.close()
        self._hide_other_windows()
        self._title = self.window.windowTitle()
        self._bars = [(bar, bar.isVisible()) for bar in self.window.findChildren(
            QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly) if isinstance(bar, _BARS)]
        for bar, _ in self._bars:
            bar.hide()
        self.window.setWindowTitle(self._neutral_title())
        if self.screen is None or self.screen.encrypted != bool(self.context.services.db.is_encrypted):
            self._build_screen()
        assert self.screen is not None
        self.screen.reset()
        self.content.setCurrentWidget(self.screen)
        self.screen.show_prompt()
        self.window.activateWindow()
        self.locked_changed.emit(True)
        return True

    def _neutral_title(self) -> str:
        return self.tr("Peksos Desk — locked")

    def _build_screen(self) -> None:
        if self.screen is not None:
            self.content.removeWidget(self.screen)
            self.screen.deleteLater()
        self.screen = LockScreen(self.context, self.throttle, self.content, clock=self.clock)
        self.screen.unlocked.connect(self._unlock)
        self.content.addWidget(self.screen)

    def _hide_other_windows(self) -> None:
        self._hidden_windows = []
        for widget in QApplication.topLevelWidgets():
            if widget is not self.window and widget.isVisible():
                self._hide_window(widget)

    def _hide_window(self, widget: QWidget) -> None:
        if widget.windowType() in (Qt.WindowType.ToolTip, Qt.WindowType.Popup):
            widget.hide()  # a tooltip or a menu: gone for good, as after any click elsewhere
        elif isinstance(widget, QDialog) and widget.windowModality() == Qt.WindowModality.ApplicationModal:
            widget.reject()  # a question in its own event loop: cancelled (see the module's description)
        else:
            widget.hide()
            if widget not in self._hidden_windows:
                self._hidden_windows.append(widget)

    def unlock_with(self, password: str) -> bool:
        """Unlock as if ``password`` was typed on the lock screen (for a plain store any text will do)."""
        if not self._locked or self.screen is None:
            return False
        self.screen.prompt.password.setText(password)
        return self.screen.try_unlock(password)

    def _unlock(self) -> None:
        if not self._locked:
            return
        self.content.setCurrentIndex(0)
        self.window.setWindowTitle(self._title)
        for bar, visible in self._bars:
            bar.setVisible(visible)
        self._locked = False
        for widget in self._hidden_windows:
            if shiboken6.isValid(widget):
                widget.show()
        self._hidden_windows = []
        if self._focus is not None and shiboken6.isValid(self._focus):
            self._focus.setFocus()
        self._focus = None
        self.idle.restart()
        self.locked_changed.emit(False)

    # -- while locked ------------------------------------------------------------------------------------

    def _hide_if_locked(self, widget: QWidget) -> None:
        if self._locked and shiboken6.isValid(widget) and widget.isVisible():
            self._hide_window(widget)

    def _keep_title_neutral(self) -> None:
        if self._locked:
            self.window.setWindowTitle(self._neutral_title())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not shiboken6.isValid(self.window):
            return False  # the window is being destroyed; this guard goes with it
        kind = event.type()
        if not self._locked:
            # Ctrl+L from a dialog: the window's own shortcut does not reach past a modal dialog.
            return (kind == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                    and event.keyCombination() == LOCK_KEYS and self.lock())
        if not self.window.isVisible():
            return False  # a window closed while locked (or being replaced) guards nothing
        if (kind == QEvent.Type.Show and isinstance(watched, QWidget) and watched.isWindow()
                and watched is not self.window and watched.windowModality() != Qt.WindowModality.ApplicationModal
                and watched.windowType() not in (Qt.WindowType.ToolTip, Qt.WindowType.Popup)):
            # A window opened while locked (e.g. by work that finished in the background) waits for the unlock.
            QTimer.singleShot(0, lambda widget=watched: self._hide_if_locked(widget))
            return False
        if kind in _SHORTCUT_EVENTS:
            # Only the lock screen's own buttons answer to keys: no menu, page or dialog shortcut gets through.
            return not (isinstance(watched, QWidget) and self.screen is not None
                        and (watched is self.screen or self.screen.isAncestorOf(watched)))
        if kind == QEvent.Type.WindowTitleChange and watched is self.window:
            title = self.window.windowTitle()
            if title != self._neutral_title():
                self._title = title  # restored on unlocking; meanwhile stays neutral
                QTimer.singleShot(0, self._keep_title_neutral)
        return False
