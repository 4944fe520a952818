"""The main window: the practice at a glance, with the store it works on in the status bar."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFormLayout, QLabel, QMainWindow, QVBoxLayout, QWidget

from peksos_desk.services.app import Services
from peksos_desk.services.home import Overview


class HomePage(QWidget):
    """Beranda: today's figures for the practice.

    Signals:
        loaded: emitted after the page has shown the store's data.
    """

    loaded = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._title = QLabel(self)
        self._title.setObjectName("pageTitle")
        font = self._title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self._title.setFont(font)
        self._values = {key: QLabel(self) for key in
                        ("active_clients", "open_cases", "sessions_today", "sessions_next_7_days", "unsigned_notes")}
        form = QFormLayout()
        labels = {
            "active_clients": self.tr("Active clients"),
            "open_cases": self.tr("Open cases"),
            "sessions_today": self.tr("Sessions today"),
            "sessions_next_7_days": self.tr("Sessions in the next 7 days"),
            "unsigned_notes": self.tr("Notes waiting for signature"),
        }
        for key, label in self._values.items():
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setAccessibleName(labels[key])
            form.addRow(labels[key] + ":", label)
        layout = QVBoxLayout(self)
        layout.addWidget(self._title)
        layout.addLayout(form)
        layout.addStretch(1)

    def refresh(self) -> Overview:
        """Read the figures again from the store and show them."""
        overview = self._services.home.overview()
        self._title.setText(overview.practice_name or self.tr("Your practice"))
        for key, label in self._values.items():
            label.setText(str(getattr(overview, key)))
        self.loaded.emit()
        return overview


class MainWindow(QMainWindow):
    """The application's main window."""

    def __init__(self, services: Services) -> None:
        super().__init__()
        self.services = services
        self.setWindowTitle(self.tr("Peksos Desk"))
        self.home = HomePage(services, self)
        self.setCentralWidget(self.home)
        self.resize(1100, 700)
        self.statusBar().showMessage(self.tr("Store: {0}").format(services.location))
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Quit))
        quit_action.triggered.connect(self.close)
        self.addAction(quit_action)
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addAction(quit_action)
