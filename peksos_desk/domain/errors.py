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
