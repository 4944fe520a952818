"""The first-run welcome: set up the practice profile (and the password of the new, encrypted store), or look
around with demo data first."""

from __future__ import annotations

from collections.abc import Callable
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
from peksos_desk.services.app import Services
from peksos_desk.services.profile import Profile
from peksos_desk.ui.context import AppContext
from peksos_desk.ui.dialogs.password_setup import PasswordSetupPage, RecoveryCodePage
from peksos_desk.ui.widgets.field_errors import FieldErrors
from peksos_desk.ui.widgets.profile_form import ESSENTIAL_FIELDS, ProfileForm

_ZONE_BY_OFFSET_HOURS = {7: PractitionerZone.WIB, 8: PractitionerZone.WITA, 9: PractitionerZone.WIT}
StoreCreator = Callable[[str], tuple[Services, str | None]]


def guess_zone() -> PractitionerZone:
    """The Indonesian zone of this computer's clock (WIB when it is set to something else)."""
    offset = datetime.now().astimezone().utcoffset()
    hours = round(offset.total_seconds() / 3600) if offset is not None else 7
    return _ZONE_BY_OFFSET_HOURS.get(hours, PractitionerZone.WIB)


class FirstRunDialog(QDialog):
    """Shown while the store's profile is not set up (``Profile.is_set_up`` is false).

    Accepted after the profile was saved (and the default fee schedule installed), or after
    ``demo_requested``; rejected when the user quits.

    With ``create`` there is no store yet (``context`` may then be None): after the profile the user chooses a
    password, ``create(password)`` makes the encrypted store (``Services.create``), the profile is saved into it,
    and the recovery code is shown; the dialog is accepted once "I have written it down" is ticked. ``created``
    holds the new store's services from the moment it exists (the caller owns them, accepted or not).

    Signals:
        demo_requested: the user wants to try the app with demo data; the app controller opens the demo store.
    """

    demo_requested = Signal()
    WELCOME, SET_UP, PASSWORD, CODE = range(4)

    def __init__(self, context: AppContext | None, parent: QWidget | None = None, *,
                 create: StoreCreator | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.store_creator = create
        self.created: Services | None = None
        self._code: str | None = None
        self._code_seen = False
        self._profile_saved = False
        self.setWindowTitle(self.tr("Welcome to Peksos Desk"))
        self.setMinimumWidth(640)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self._build_welcome())
        self.pages.addWidget(self._build_set_up())
        self.pages.addWidget(self._build_password())
        code = QWidget(self)  # with the page margins the other pages have
        self.code_page = RecoveryCodePage(code, continue_text=self.tr("&Start"))
        self.code_page.confirmed.connect(self._on_code_confirmed)
        QVBoxLayout(code).addWidget(self.code_page)
        self.pages.addWidget(code)
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
        self.back_button = QPushButton(self.tr("&Back"), page)
        self.back_button.clicked.connect(self.show_welcome)
        self.save_button = QPushButton(
            self.tr("Save and &start") if self.store_creator is None else self.tr("&Next"), page)
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.profile_done)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), page, self.profile_done)
        bottom = QHBoxLayout()
        bottom.addWidget(self.back_button)
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

    def _build_password(self) -> QWidget:
        page = QWidget(self)
        self.setup = PasswordSetupPage(page, names=lambda: [self.form.profile().full_name])
        self.setup.submitted.connect(self.create_store)
        back = QPushButton(self.tr("&Back"), page)
        back.clicked.connect(self.start_set_up)
        self.create_button = QPushButton(self.tr("&Create my encrypted store"), page)
        self.create_button.setDefault(True)
        self.create_button.clicked.connect(self.create_store)
        bottom = QHBoxLayout()
        bottom.addWidget(back)
        bottom.addStretch(1)
        bottom.addWidget(self.create_button)
        layout = QVBoxLayout(page)
        layout.addWidget(self.setup, 1)
        layout.addLayout(bottom)
        return page

    # -- actions -----------------------------------------------------------------------------------------

    @property
    def services(self) -> Services | None:
        """The store the profile goes into: the one just created, or the context's."""
        if self.created is not None:
            return self.created
        return self.context.services if self.context is not None else None

    @property
    def needed(self) -> bool:
        """Whether the store still lacks a practice profile (or there is no store yet)."""
        services = self.services
        return services is None or not services.profile.get().is_set_up

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

    def profile_done(self) -> None:
        """"Save and start" (or "Next" when the store is still to be created: the password comes first)."""
        if self.services is None:
            self.show_password()
        else:
            self.save_profile()

    def show_password(self) -> None:
        """The password of the new store, after the profile."""
        self.pages.setCurrentIndex(self.PASSWORD)
        self.setup.focus()

    def create_store(self) -> bool:
        """Create the encrypted store with the chosen password, save the profile into it, show the code."""
        if self.store_creator is None or self.created is not None:
            return False
        password = self.setup.chosen_password()
        if password is None:
            return False
        try:
            self.created, self._code = self.store_creator(password)
        except ValidationError as exc:
            self.setup.show_error(exc)
            return False
        except PeksosError as exc:
            self.setup.show_text(str(exc))
            return False
        self.setup.clear()
        # The store exists now: the profile page saves straight into it and there is no way back to demo data.
        self.save_button.setText(self.tr("Save and &continue"))
        self.back_button.hide()
        return self.save_profile()

    def save_profile(self) -> bool:
        """Save the profile through the service and install the default fee schedule; close on success
        (or show the new store's recovery code first)."""
        self.errors.clear()
        services = self.services
        if services is None:
            self.show_password()
            return False
        try:
            services.profile.update(self.form.profile())
            services.fees.install_defaults()
        except ValidationError as exc:
            self.pages.setCurrentIndex(self.SET_UP)
            self.errors.show(exc)
            return False
        except PeksosError as exc:
            self.pages.setCurrentIndex(self.SET_UP)
            self.errors.show_text(str(exc))
            return False
        self._profile_saved = True
        if self.context is not None:
            self.context.bus.profile_changed.emit()
        if self._code is not None and not self._code_seen:
            self._show_code()
            return True
        self.accept()
        return True

    def _show_code(self) -> None:
        assert self._code is not None
        if self.code_page.code != self._code:
            self.code_page.set_code(self._code)
        self.pages.setCurrentIndex(self.CODE)
        self.code_page.written_down.setFocus()

    def _on_code_confirmed(self) -> None:
        self._code_seen = True
        if self._profile_saved:
            self.accept()
        else:
            super().reject()

    def reject(self) -> None:
        # A store was created: its recovery code is shown (and must be confirmed) before the dialog can close.
        if self._code is not None and not self._code_seen:
            self._show_code()
            return
        super().reject()

    def choose_demo(self) -> None:
        """Ask for the demo store and close."""
        self.demo_requested.emit()
        self.accept()
