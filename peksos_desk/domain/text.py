"""Bilingual messages for the layers below the UI.

The UI translates its own strings with Qt's ``tr()``; errors raised by the domain and the services travel
through the CLI and the tests too, so they carry both languages with them and render in the language the
process has chosen (Indonesian by default).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Language = Literal["id", "en"]
LANGUAGES: tuple[Language, ...] = ("id", "en")

_current: list[Language] = ["id"]


def set_language(language: str) -> None:
    """Choose the language that messages render in: ``"id"`` (default) or ``"en"``."""
    if language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r}; expected one of {LANGUAGES}")
    _current[0] = language


def current_language() -> Language:
    """The language messages render in now."""
    return _current[0]


@dataclass(frozen=True)
class Text:
    """A message in Indonesian and English; ``str()`` gives the current language."""

    id: str
    en: str

    def __str__(self) -> str:
        return self.render(current_language())

    def render(self, language: Language) -> str:
        """This message in ``language``."""
        return self.id if language == "id" else self.en

    def format(self, **values: object) -> Text:
        """Fill ``{name}`` placeholders in both languages."""
        return Text(self.id.format(**values), self.en.format(**values))
