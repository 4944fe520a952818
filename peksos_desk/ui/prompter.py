"""One small injectable object for every question and message the app puts to the user.

Widgets never open a ``QMessageBox`` themselves: they ask the prompter, so tests replace it with
``RecordingPrompter`` and assert on what the user would have been told, without a blocking modal dialog.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox, QWidget


class Prompter:
    """Asks with real dialogs."""

    def confirm(self, parent: QWidget | None, title: str, text: str, *, danger: bool = False) -> bool:
        """Yes or no; the safe answer (No) is the default for dangerous questions."""
        box = QMessageBox(QMessageBox.Icon.Warning if danger else QMessageBox.Icon.Question, title, text,
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, parent)
        box.setDefaultButton(QMessageBox.StandardButton.No if danger else QMessageBox.StandardButton.Yes)
        return box.exec() == QMessageBox.StandardButton.Yes

    def inform(self, parent: QWidget | None, title: str, text: str) -> None:
        """A plain message."""
        QMessageBox.information(parent, title, text)

    def error(self, parent: QWidget | None, title: str, text: str) -> None:
        """Something failed; ``text`` says what and what to do."""
        QMessageBox.warning(parent, title, text)

    def ask_text(self, parent: QWidget | None, title: str, label: str, text: str = "") -> str | None:
        """One line of text, or None when cancelled."""
        value, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Normal, text)
        return value if ok else None


@dataclass
class RecordingPrompter(Prompter):
    """For tests: records every prompt and answers from preset queues."""

    confirms: list[bool] = field(default_factory=list)
    texts: list[str | None] = field(default_factory=list)
    seen: list[tuple[str, str, str]] = field(default_factory=list)

    def confirm(self, parent: QWidget | None, title: str, text: str, *, danger: bool = False) -> bool:
        self.seen.append(("confirm", title, text))
        return self.confirms.pop(0) if self.confirms else False

    def inform(self, parent: QWidget | None, title: str, text: str) -> None:
        self.seen.append(("inform", title, text))

    def error(self, parent: QWidget | None, title: str, text: str) -> None:
        self.seen.append(("error", title, text))

    def ask_text(self, parent: QWidget | None, title: str, label: str, text: str = "") -> str | None:
        self.seen.append(("ask_text", title, label))
        return self.texts.pop(0) if self.texts else None

    @property
    def errors(self) -> list[str]:
        return [text for kind, _, text in self.seen if kind == "error"]
