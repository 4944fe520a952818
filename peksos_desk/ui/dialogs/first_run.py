"""The first-run welcome: set up the practice profile, or look around with demo data first."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCommandLinkButton,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from peksos_desk.domain.dates import PractitionerZone
from peksos_desk.domain.errors import PeksosError, ValidationError
from peksos_desk.services.profile import Profile
from peksos_desk.ui.context import AppContext
from peksos_desk.ui.widgets.field_errors import FieldErrors
from peksos_desk.ui.widgets.profile_form import ESSENTIAL_FIELDS, ProfileForm

_ZONE_BY_OFFSET_HOURS = {7: PractitionerZone.WIB, 8: PractitionerZone.WITA, 9: PractitionerZone.WIT}


def guess_zone() -> PractitionerZone:
    """The Indonesian zone of this computer's clock (WIB when it is set to something else)."""
    offset = datetime.now().astimezone().utcoffset()
    hours = round(offset.total_seconds() / 3600) if offset is not None else 7
    return _ZONE_BY_OFFSET_HOURS.get(hours, PractitionerZone.WIB)


class FirstRunDialog(QDialog):
    """Shown while the store's profile is not set up (``Profile.is_set_up`` is false).

    Accepted after the profile was saved (and the default fee schedule installed), or after
    ``demo_requested``; rejected when the user quits.

    Signals:
        demo_requested: the user wants to try the app with demo data; the app controller opens the demo store.
    """

    demo_requested = Signal()
    WELCOME, SET_UP = range(2)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Welcome to Peksos Desk"))
        self.setMinimumWidth(640)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self._build_welcome())
        self.pages.addWidget(self._build_set_up())
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        self.show_welcome()

    # -- the two pages -----------------------------------------------------------------------------------

    def _build_welcome(self) -> QWidget:
        page = QWidget(self)
        title = QLabel(self.tr("Welcome to Peksos Desk"), page)
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        title.setFont(font)
        text = QLabel(self.tr(
            "<p>Peksos Desk keeps the records of an independent social-work practice: clients, cases through "
            "their stages, sessions and signed notes, fees, invoices and receipts, and the letters and reports "
            "you print.</p>"
            "<p><b>Your data stays on this laptop.</b> Nothing is sent over the internet; back it up to a disk "
            "of your own.</p>"), page)
        text.setWordWrap(True)
        text.setTextFormat(Qt.TextFormat.RichText)
        self.set_up_button = QCommandLinkButton(
            self.tr("&Set up my practice"),
            self.tr("Enter your name, registration and licence numbers and your address for the letterhead. "
                    "A default fee schedule is added; you can change everything later in Settings."), page)
        self.set_up_button.clicked.connect(self.start_set_up)
        self.demo_button = QCommandLinkButton(
            self.tr("&Try with demo data"),
            self.tr("Look around with invented clients and cases, kept apart from your own records. "
                    "You can set up your practice afterwards."), page)
        self.demo_button.clicked.connect(self.choose_demo)
        quit_button = QPushButton(self.tr("&Quit"), page)
        quit_button.clicked.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(quit_button)
        layout = QVBoxLayout(page)
        layout.addWidget(title)
        layout.addWidget(text)
        layout.addSpacing(8)
        layout.addWidget(self.set_up_button)
        layout.addWidget(self.demo_button)
        layout.addStretch(1)
        layout.addLayout(bottom)
        return page

    def _build_set_up(self) -> QWidget:
        page = QWidget(self)
        title = QLabel(self.tr("Your practice"), page)
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        title.setFont(font)
        intro = QLabel(self.tr("Only your name is required now. The rest appears on your letters and invoices; "
                               "Settings holds more fields, such as your e-mail and bank account."), page)
        intro.setWordWrap(True)
        self.form = ProfileForm(ESSENTIAL_FIELDS, columns=1, parent=page)
        self.message = QLabel(page)
        self.errors = FieldErrors(self.message)
        self.form.attach_errors(self.errors)
        back = QPushButton(self.tr("&Back"), page)
        back.clicked.connect(self.show_welcome)
        self.save_button = QPushButton(self.tr("Save and &start"), page)
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save_profile)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), page, self.save_profile)
        bottom = QHBoxLayout()
        bottom.addWidget(back)
        bottom.addStretch(1)
        bottom.addWidget(self.save_button)
        layout = QVBoxLayout(page)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addWidget(self.form)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addLayout(bottom)
        return page

    # -- actions -----------------------------------------------------------------------------------------

    @property
    def needed(self) -> bool:
        """Whether the store still lacks a practice profile."""
        return not self.context.services.profile.get().is_set_up

    def show_welcome(self) -> None:
        """The first page: what Peksos Desk is, and the two choices."""
        self.pages.setCurrentIndex(self.WELCOME)
        self.set_up_button.setFocus()

    def start_set_up(self) -> None:
        """The profile form, with the time zone of this computer's clock pre-selected."""
        if not self.form.is_dirty:
            self.form.set_profile(Profile(time_zone=guess_zone().name))
        self.pages.setCurrentIndex(self.SET_UP)
        self.form.widgets["full_name"].setFocus()

    def save_profile(self) -> bool:
        """Save the profile through the service and install the default fee schedule; close on success."""
        self.errors.clear()
        try:
            self.context.services.profile.update(self.form.profile())
            self.context.services.fees.install_defaults()
        except ValidationError as exc:
            self.pages.setCurrentIndex(self.SET_UP)
            self.errors.show(exc)
            return False
        except PeksosError as exc:
            self.errors.show_text(str(exc))
            return False
        self.context.bus.profile_changed.emit()
        self.accept()
        return True

    def choose_demo(self) -> None:
        """Ask for the demo store and close."""
        self.demo_requested.emit()
        self.accept()
