"""The services of one open store, built together: what the GUI, the CLI and the tests hold."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from peksos_desk.services.audit import AuditService
from peksos_desk.services.base import default_actor
from peksos_desk.services.billing import BillingService
from peksos_desk.services.cases import CaseService
from peksos_desk.services.clients import ClientService
from peksos_desk.services.fees import FeeScheduleService
from peksos_desk.services.finance import FinanceService
from peksos_desk.services.home import HomeService
from peksos_desk.services.institutions import InstitutionService
from peksos_desk.services.payments import PaymentService
from peksos_desk.services.profile import ProfileService
from peksos_desk.services.sessions import SessionService
from peksos_desk.store.database import Clock, Database, system_clock
from peksos_desk.store.integrity import StoreReport, inspect_store
from peksos_desk.store.paths import config_dir, default_store
from peksos_desk.store.schema import current_revision, open_database


@dataclass
class Services:
    """Every service over one store. Build with :meth:`open` (or from a ``Database`` in tests)."""

    db: Database
    actor: str

    def __post_init__(self) -> None:
        self.profile = ProfileService(self.db, self.actor)
        self.fees = FeeScheduleService(self.db, self.actor)
        self.clients = ClientService(self.db, self.actor)
        self.cases = CaseService(self.db, self.actor)
        self.sessions = SessionService(self.db, self.actor)
        self.audit = AuditService(self.db, self.actor)
        self.home = HomeService(self.db, self.actor)
        self.billing = BillingService(self.db, self.actor)
        self.payments = PaymentService(self.db, self.actor)
        self.finance = FinanceService(self.db, self.actor)
        self.institutions = InstitutionService(self.db, self.actor)

    @classmethod
    def open(cls, target: str | Path, *, actor: str | None = None, clock: Clock = system_clock) -> Services:
        """Open (create or upgrade) the store at a path or URL.

        Raises:
            NotAStore, NewerSchema, StoreLocked: the store cannot be used; it was not changed.
        """
        return cls(open_database(target, clock=clock), actor or default_actor())

    @property
    def location(self) -> str:
        """Where the store is, without any password."""
        return self.db.location

    @property
    def schema_revision(self) -> str | None:
        return current_revision(self.db)

    def close(self) -> None:
        """Release the store."""
        self.db.close()


def check_store(target: str | Path) -> StoreReport:
    """A read-only health report of the store at ``target`` (see ``store.integrity``)."""
    return inspect_store(target)


def default_store_location() -> Path:
    """The store opened when none is named: in the user's data folder (or under ``PEKSOS_DESK_HOME``)."""
    return default_store()


def settings_folder() -> Path:
    """Where the app keeps its settings file (under ``PEKSOS_DESK_HOME`` when set)."""
    return config_dir()


def demo_store_location() -> Path:
    """Where "try with demo data" keeps its store, apart from the real one."""
    return default_store().with_name("demo.db")
