"""Typed errors that carry a message a social worker understands, in both languages."""

from __future__ import annotations

from peksos_desk.domain.text import Language, Text


class PeksosError(Exception):
    """Base of every error the app expects and explains to the user."""

    def __init__(self, message: Text) -> None:
        super().__init__(str(message))
        self.text = message

    def __str__(self) -> str:
        return str(self.text)

    def render(self, language: Language) -> str:
        """The message in ``language``."""
        return self.text.render(language)


class ValidationError(PeksosError):
    """Input broke a rule. ``field`` names the form field (or CLI argument) at fault."""

    def __init__(self, field: str, message: Text) -> None:
        super().__init__(message)
        self.field = field


class NotFound(PeksosError):
    """The record asked for does not exist (or no longer does)."""


class LockedRecord(PeksosError):
    """The record is signed, issued or closed and may not change."""


class InvalidTransition(PeksosError):
    """A case cannot move from its current stage to the one asked for."""


class StoreError(PeksosError):
    """The store file cannot be used; nothing was changed in it."""


class NotAStore(StoreError):
    """The file is not a Peksos Desk store (or not a database at all)."""


class NewerSchema(StoreError):
    """The store was written by a newer version of Peksos Desk."""


class StoreLocked(StoreError):
    """Another program holds the store, or the folder cannot be written."""


class PasswordRequired(PeksosError):
    """The store is encrypted and neither its password nor its recovery code was given."""

    def __init__(self, message: Text | None = None) -> None:
        super().__init__(message or Text(
            "Data ini terenkripsi: masukkan kata sandinya (atau kode pemulihan) untuk membukanya.",
            "This store is encrypted: enter its password (or the recovery code) to open it."))


class WrongPassword(PeksosError):
    """The password (or recovery code) given does not open the store."""

    def __init__(self, message: Text | None = None) -> None:
        super().__init__(message or Text(
            "Kata sandi salah. Periksa Caps Lock dan tata letak papan ketik, lalu coba lagi. Jika Anda lupa kata "
            "sandi, kode pemulihan dapat mengatur ulang kata sandi.",
            "The password is wrong. Check Caps Lock and the keyboard layout, then try again. If you have forgotten "
            "the password, the recovery code can reset it."))


class WeakPassword(ValidationError):
    """A new password is too easy to guess; the message says why."""

    def __init__(self, message: Text) -> None:
        super().__init__("password", message)


class KeyFileError(StoreError):
    """The key file beside an encrypted store is missing, damaged, or from a newer version; nothing was changed."""
