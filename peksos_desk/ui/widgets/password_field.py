"""A password input with a Show/Hide button, and the countdown that follows a wrong password.

Both are shared by the first run, the unlock dialog, the lock screen and the password dialogs.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QToolButton, QWidget

TICK_MS = 250


class PasswordInput(QWidget):
    """A masked line edit with a checkable "Show" button beside it (the text itself never leaves the widget).

    ``edit`` is the QLineEdit (give labels it as their buddy); ``setAccessibleName`` names it.

    Signals:
        text_changed: the typed text changed.
        submitted: Enter was pressed in the field.
    """

    text_changed = Signal()
    submitted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit(self)
        self.edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.edit.setMaxLength(1024)
        self.toggle = QToolButton(self)
        self.toggle.setCheckable(True)
        self.toggle.toggled.connect(self._on_toggled)
        self.edit.textChanged.connect(lambda _text: self.text_changed.emit())
        self.edit.returnPressed.connect(self.submitted)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.toggle)
        self.setFocusProxy(self.edit)
        self._on_toggled(False)

    def _on_toggled(self, shown: bool) -> None:
        self.edit.setEchoMode(QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password)
        self.toggle.setText(self.tr("Hide") if shown else self.tr("Show"))
        self.toggle.setToolTip(self.tr("Hide the password") if shown else self.tr("Show the password as you type"))
        self.toggle.setAccessibleName(self.toggle.toolTip())

    def setAccessibleName(self, name: str) -> None:
        """Name the line edit (what a screen reader announces) and this group."""
        super().setAccessibleName(name)
        self.edit.setAccessibleName(name)

    def text(self) -> str:
        return self.edit.text()

    def setText(self, text: str) -> None:
        self.edit.setText(text)

    def clear(self) -> None:
        """Forget the typed password (and hide it again)."""
        self.edit.clear()
        self.toggle.setChecked(False)

    def set_shown(self, shown: bool) -> None:
        self.toggle.setChecked(shown)

    @property
    def shown(self) -> bool:
        return self.toggle.isChecked()


class Countdown(QObject):
    """Counts down the wait a throttle imposes after a wrong password.

    ``clock`` returns seconds (``time.monotonic`` by default); tests give a fake one and call :meth:`tick`.

    Signals:
        ticked: the remaining whole seconds changed (the number, 0 when the wait is over).
        finished: the wait is over.
    """

    ticked = Signal(int)
    finished = Signal()

    def __init__(self, parent: QObject | None = None, clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__(parent)
        self.clock = clock
        self._until = 0.0
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self.tick)

    def start(self, seconds: float) -> None:
        """Wait ``seconds`` from now (nothing when it is zero or less)."""
        if seconds <= 0:
            self.stop()
            return
        self._until = self.clock() + seconds
        self._timer.start()
        self.ticked.emit(self.remaining)

    def stop(self) -> None:
        was_running = self._timer.isActive()
        self._timer.stop()
        self._until = 0.0
        if was_running:
            self.ticked.emit(0)
            self.finished.emit()

    @property
    def remaining(self) -> int:
        """Whole seconds still to wait (rounded up)."""
        return max(0, math.ceil(self._until - self.clock()))

    @property
    def running(self) -> bool:
        return self._timer.isActive()

    def tick(self) -> None:
        """Update the remaining time; ends the wait when it has passed."""
        if not self._timer.isActive():
            return
        left = self.remaining
        if left <= 0:
            self.stop()
        else:
            self.ticked.emit(left)
