"""What every page and dialog is given: the services, the prompter, the settings, the change bus, navigation."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import QObject, Signal

from peksos_desk.domain.dates import PractitionerZone
from peksos_desk.services.app import Services
from peksos_desk.ui.prompter import Prompter
from peksos_desk.ui.settings import Settings


class DataBus(QObject):
    """Announces committed changes so every page that shows the record refreshes.

    Signals:
        clients_changed: a client was created, changed, archived or restored (its id).
        cases_changed: a case was opened or changed (its id).
        sessions_changed: a session was scheduled or changed (its id).
        profile_changed: the practice profile or the fee schedule changed.
        finance_changed: an invoice was drafted, changed, issued, paid or voided, or a payer changed (the
            invoice's id, or 0 when no single invoice is concerned).
    """

    clients_changed = Signal(int)
    cases_changed = Signal(int)
    sessions_changed = Signal(int)
    profile_changed = Signal()
    finance_changed = Signal(int)


class Navigator(Protocol):
    """Moves the main window to a record; the main window implements it."""

    def show_client(self, client_id: int) -> None: ...

    def show_case(self, case_id: int) -> None: ...

    def show_session(self, session_id: int) -> None: ...

    def show_page(self, key: str) -> None: ...

    def schedule_session(self, case_id: int | None = None) -> None: ...


class _NoNavigation:
    """Used by pages shown on their own (tests, screenshots)."""

    def show_client(self, client_id: int) -> None:
        pass

    def show_case(self, case_id: int) -> None:
        pass

    def show_session(self, session_id: int) -> None:
        pass

    def show_page(self, key: str) -> None:
        pass

    def schedule_session(self, case_id: int | None = None) -> None:
        pass


@dataclass
class AppContext:
    services: Services
    prompter: Prompter
    settings: Settings
    bus: DataBus
    language: str = "id"
    navigator: Navigator = _NoNavigation()  # noqa: RUF009 - stateless default, replaced by the main window

    @property
    def zone(self) -> PractitionerZone:
        """The practitioner's time zone, from the profile."""
        return PractitionerZone.from_setting(self.services.profile.get().time_zone)
