"""One small injectable object for every question and message the app puts to the user.

Widgets never open a ``QMessageBox`` themselves: they ask the prompter, so tests replace it with
``RecordingPrompter`` and assert on what the user would have been told, without a blocking modal dialog.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox, QWidget


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

    def open_file(self, parent: QWidget | None, title: str, filters: str, start: Path | None = None) -> Path | None:
        """An existing file the user picks (``filters`` in QFileDialog's syntax), or None when cancelled."""
        name, _ = QFileDialog.getOpenFileName(parent, title, str(start or ""), filters)
        return Path(name) if name else None

    def open_files(self, parent: QWidget | None, title: str, filters: str, start: Path | None = None) -> list[Path]:
        """Existing files the user picks; empty when cancelled."""
        names, _ = QFileDialog.getOpenFileNames(parent, title, str(start or ""), filters)
        return [Path(name) for name in names]

    def save_file(self, parent: QWidget | None, title: str, suggested: Path, filters: str) -> Path | None:
        """Where to write a new file (the dialog itself asks before replacing one), or None when cancelled."""
        name, _ = QFileDialog.getSaveFileName(parent, title, str(suggested), filters)
        return Path(name) if name else None

    def choose_folder(self, parent: QWidget | None, title: str, start: Path | None = None) -> Path | None:
        """A folder the user picks, or None when cancelled."""
        name = QFileDialog.getExistingDirectory(parent, title, str(start or ""))
        return Path(name) if name else None


class ConsolePrompter(Prompter):
    """For runs nobody watches (``--smoke``): messages go to stderr, every question gets its safe answer, so a
    problem ends the run with a message instead of waiting forever behind a modal dialog."""

    def confirm(self, parent: QWidget | None, title: str, text: str, *, danger: bool = False) -> bool:
        print(f"{title}: {text}", file=sys.stderr)
        return False

    def inform(self, parent: QWidget | None, title: str, text: str) -> None:
        print(f"{title}: {text}", file=sys.stderr)

    def error(self, parent: QWidget | None, title: str, text: str) -> None:
        print(f"{title}: {text}", file=sys.stderr)

    def ask_text(self, parent: QWidget | None, title: str, label: str, text: str = "") -> str | None:
        return None

    def open_file(self, parent: QWidget | None, title: str, filters: str, start: Path | None = None) -> Path | None:
        return None

    def open_files(self, parent: QWidget | None, title: str, filters: str, start: Path | None = None) -> list[Path]:
        return []

    def save_file(self, parent: QWidget | None, title: str, suggested: Path, filters: str) -> Path | None:
        return None

    def choose_folder(self, parent: QWidget | None, title: str, start: Path | None = None) -> Path | None:
        return None


@dataclass
class RecordingPrompter(Prompter):
    """For tests: records every prompt and answers from preset queues."""

    confirms: list[bool] = field(default_factory=list)
    texts: list[str | None] = field(default_factory=list)
    seen: list[tuple[str, str, str]] = field(default_factory=list)
    # Answers to the file questions, in order: a Path, a list of Paths (open_files) or None (cancelled).
    paths: list[Path | list[Path] | None] = field(default_factory=list)

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

    def _path_answer(self, kind: str, title: str) -> Path | list[Path] | None:
        self.seen.append((kind, title, ""))
        return self.paths.pop(0) if self.paths else None

    def open_file(self, parent: QWidget | None, title: str, filters: str, start: Path | None = None) -> Path | None:
        answer = self._path_answer("open_file", title)
        return answer if isinstance(answer, Path) or answer is None else answer[0]

    def open_files(self, parent: QWidget | None, title: str, filters: str, start: Path | None = None) -> list[Path]:
        answer = self._path_answer("open_files", title)
        return [] if answer is None else [answer] if isinstance(answer, Path) else answer

    def save_file(self, parent: QWidget | None, title: str, suggested: Path, filters: str) -> Path | None:
        answer = self._path_answer("save_file", title)
        return answer if isinstance(answer, Path) or answer is None else answer[0]

    def choose_folder(self, parent: QWidget | None, title: str, start: Path | None = None) -> Path | None:
        answer = self._path_answer("choose_folder", title)
        return answer if isinstance(answer, Path) or answer is None else answer[0]

    @property
    def errors(self) -> list[str]:
        return [text for kind, _, text in self.seen if kind == "error"]
