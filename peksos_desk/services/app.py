"""The services of one open store, built together: what the GUI, the CLI and the tests hold."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from peksos_desk.domain.errors import PasswordRequired, StoreError, StoreLocked, WeakPassword
from peksos_desk.domain.text import Text
from peksos_desk.services.attachments import AttachmentService
from peksos_desk.services.audit import AuditService
from peksos_desk.services.backups import BackupService
from peksos_desk.services.base import default_actor
from peksos_desk.services.billing import BillingService
from peksos_desk.services.cases import CaseService
from peksos_desk.services.clients import ClientService
from peksos_desk.services.erasure import ErasureService
from peksos_desk.services.export import ExportService
from peksos_desk.services.fees import FeeScheduleService
from peksos_desk.services.finance import FinanceService
from peksos_desk.services.home import HomeService
from peksos_desk.services.institutions import InstitutionService
from peksos_desk.services.payments import PaymentService
from peksos_desk.services.profile import ProfileService
from peksos_desk.services.search import SearchService
from peksos_desk.services.security import SecurityService, password_problem
from peksos_desk.services.sessions import SessionService
from peksos_desk.store import keys
from peksos_desk.store.database import Clock, Database, system_clock, to_url
from peksos_desk.store.integrity import StoreReport, inspect_store
from peksos_desk.store.paths import config_dir, default_store
from peksos_desk.store.schema import current_revision, open_database, server_not_encrypted


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
        self.erasure = ErasureService(self.db, self.actor)
        self.export = ExportService(self.db, self.actor)
        self.attachments = AttachmentService(self.db, self.actor)
        self.backups = BackupService(self.db, self.actor)
        self.search = SearchService(self.db, self.actor)
        self.security = SecurityService(self.db, self.actor)

    @classmethod
    def open(cls, target: str | Path, *, password: str | None = None, recovery_code: str | None = None,
             actor: str | None = None, clock: Clock = system_clock) -> Services:
        """Open (create or upgrade) the store at a path or URL.

        An encrypted store file opens with its ``password`` or its ``recovery_code``; a plain file needs neither
        (a password given for it is not used). A missing file is created plain: new encrypted stores come from
        :meth:`create`.

        Raises:
            PasswordRequired: the file is encrypted and neither was given.
            WrongPassword: the password or recovery code does not open it.
            KeyFileError: its key file is missing, damaged, from a newer version, or does not fit it.
            NotAStore, NewerSchema, StoreLocked: the store cannot be used; it was not changed.
            StoreError: a password was given for a PostgreSQL store (the server encrypts, not the app).
        """
        key = _data_key(target, password, recovery_code)
        return cls(open_database(target, key=key, clock=clock), actor or default_actor())

    @classmethod
    def create(cls, target: str | Path, *, password: str | None, actor: str | None = None,
               clock: Clock = system_clock) -> tuple[Services, str | None]:
        """A new store at ``target``: encrypted under ``password``, or plain when it is ``None`` (demo, tests).

        Returns the open services and the recovery code to show once (``None`` for a plain store).

        Raises:
            WeakPassword: the password is too easy to guess (nothing was written).
            StoreError: there is already a store (or a key file) there, or a password was given for PostgreSQL.
            StoreLocked: the folder cannot be written.
        """
        url = to_url(target)
        if url.get_backend_name() != "sqlite":
            if password is not None:
                raise server_not_encrypted()
            return cls(open_database(target, clock=clock), actor or default_actor()), None
        assert url.database
        path = Path(url.database)
        if path.exists() and (not path.is_file() or path.stat().st_size > 0):
            raise StoreError(Text(
                f"Sudah ada data di {path}; bukalah data itu, atau pilih tempat lain. Tidak ada yang diubah.",
                f"There is already a store at {path}; open it, or choose another place. Nothing was changed."))
        if password is None:
            return cls(open_database(path, clock=clock), actor or default_actor()), None
        problem = password_problem(password)
        if problem is not None:
            raise WeakPassword(problem)
        try:
            path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        except OSError as exc:
            raise StoreLocked(Text(f"Folder untuk {path} tidak dapat dibuat: {exc.strerror}.",
                                   f"The folder for {path} cannot be created: {exc.strerror}.")) from exc
        data_key, code = keys.create_key_file(path, password, clock=clock)
        try:
            database = open_database(path, key=data_key, clock=clock)
        except BaseException:
            keys.key_file_for(path).unlink(missing_ok=True)
            raise
        return cls(database, actor or default_actor()), code

    @property
    def is_encrypted(self) -> bool:
        """Whether the open store is an encrypted file (it then has a password and a recovery code)."""
        return self.db.is_encrypted

    @property
    def location(self) -> str:
        """Where the store is, without any password."""
        return self.db.location

    @property
    def schema_revision(self) -> str | None:
        return current_revision(self.db)

    def refresh_statistics(self) -> None:
        """Fresh planner statistics (cheap; when the app closes), so lists stay fast as the store grows."""
        self.db.refresh_statistics()

    def close(self) -> None:
        """Release the store."""
        self.db.close()


def check_store(target: str | Path, *, password: str | None = None,
                recovery_code: str | None = None) -> StoreReport:
    """A read-only health report of the store at ``target`` (see ``store.integrity``).

    An encrypted file needs its password or recovery code (``PasswordRequired`` / ``WrongPassword`` otherwise).
    """
    return inspect_store(target, key=_data_key(target, password, recovery_code))


def store_is_encrypted(target: str | Path) -> bool:
    """Whether the store at ``target`` is an encrypted file (recognised by the key file beside it)."""
    url = to_url(target)
    return url.get_backend_name() == "sqlite" and bool(url.database) and keys.is_encrypted(Path(str(url.database)))


def _data_key(target: str | Path, password: str | None, recovery_code: str | None) -> bytes | None:
    """The data key of an encrypted store file, or ``None`` for a plain file or a database server."""
    url = to_url(target)
    if url.get_backend_name() != "sqlite":
        if password is not None or recovery_code is not None:
            raise server_not_encrypted()
        return None
    path = Path(str(url.database))
    if not keys.is_encrypted(path):
        return None
    if password:
        return keys.unlock(path, password)
    if recovery_code:
        return keys.unlock_with_recovery(path, recovery_code)
    raise PasswordRequired()


def default_store_location() -> Path:
    """The store opened when none is named: in the user's data folder (or under ``PEKSOS_DESK_HOME``)."""
    return default_store()


def settings_folder() -> Path:
    """Where the app keeps its settings file (under ``PEKSOS_DESK_HOME`` when set)."""
    return config_dir()


def demo_store_location() -> Path:
    """Where "try with demo data" keeps its store, apart from the real one."""
    return default_store().with_name("demo.db")
