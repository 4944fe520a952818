"""Small input checks shared by the services; each failure names the field in plain words."""

from __future__ import annotations

import re
from datetime import date
from enum import Enum
from typing import TypeVar

from peksos_desk.domain.errors import ValidationError
from peksos_desk.domain.text import Text

E = TypeVar("E", bound=Enum)

_PHONE = re.compile(r"^\+?[0-9][0-9 ().-]{5,22}$")
# Characters no form should ever store: NUL and the other C0 controls except tab and newlines.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def clean_text(field: str, label: Text, value: str, *, max_length: int, required: bool = False) -> str:
    """Trimmed text, refused when required and empty, too long, or holding control characters."""
    if not isinstance(value, str):
        raise ValidationError(field, Text(f"{label.id} harus berupa teks.", f"{label.en} must be text."))
    text = value.strip()
    if required and not text:
        raise ValidationError(field, Text(f"{label.id} wajib diisi.", f"{label.en} is required."))
    if len(text) > max_length:
        raise ValidationError(
            field,
            Text(f"{label.id} terlalu panjang: paling banyak {max_length} karakter, yang diisi {len(text)}.",
                 f"{label.en} is too long: at most {max_length} characters, {len(text)} given."),
        )
    if _CONTROL.search(text):
        raise ValidationError(
            field,
            Text(f"{label.id} memuat karakter kendali yang tidak dapat disimpan.",
                 f"{label.en} contains control characters that cannot be stored."),
        )
    return text


MAX_FILTER = 200


def filter_needle(text: str) -> str:
    """What a list's filter box holds, made safe to search with: trimmed, control characters (NUL among them,
    which PostgreSQL refuses in text) dropped, runs of white space made one space, and cut to ``MAX_FILTER``
    characters (SQLite refuses a LIKE pattern of more than 50,000 bytes; nobody types a 200-character filter)."""
    return " ".join(_CONTROL.sub("", text).split())[:MAX_FILTER]


def clean_phone(field: str, label: Text, value: str) -> str:
    """An optional phone number: digits with an optional leading +, spaces, dots, dashes, brackets."""
    text = clean_text(field, label, value, max_length=40)
    if text and (not _PHONE.match(text) or not 6 <= sum(c.isdigit() for c in text) <= 15):
        raise ValidationError(
            field,
            Text(f"{label.id} tidak valid: gunakan angka, misalnya 0812-3456-7890 atau +62 812 3456 7890.",
                 f"{label.en} is not valid: use digits, e.g. 0812-3456-7890 or +62 812 3456 7890."),
        )
    return text


def clean_email(field: str, label: Text, value: str) -> str:
    """An optional e-mail address with one @ and a dot in its domain."""
    text = clean_text(field, label, value, max_length=200)
    if text and not re.match(r"^[^@\s]+@[^@\s]+\.[^@\s]+$", text):
        raise ValidationError(
            field, Text(f"{label.id} bukan alamat email yang valid.", f"{label.en} is not a valid e-mail address.")
        )
    return text


def not_after(field: str, label: Text, value: date | None, limit: date) -> date | None:
    """A date that may not lie after ``limit`` (usually today)."""
    if value is not None and value > limit:
        raise ValidationError(
            field,
            Text(f"{label.id} tidak boleh sesudah hari ini.", f"{label.en} cannot be later than today."),
        )
    return value


def choice(field: str, label: Text, enum: type[E], value: object) -> E:
    """One member of an enum, given as the member or its stored value."""
    try:
        return enum(value)
    except ValueError:
        raise ValidationError(
            field, Text(f"{label.id}: pilihan '{value}' tidak dikenal.", f"{label.en}: unknown choice '{value}'.")
        ) from None


def whole_number(field: str, label: Text, value: object, *, minimum: int, maximum: int) -> int:
    """An ``int`` (not a bool, not a float) within bounds."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError(field, Text(f"{label.id} harus bilangan bulat.", f"{label.en} must be a whole number."))
    if not minimum <= value <= maximum:
        raise ValidationError(
            field,
            Text(f"{label.id} harus antara {minimum} dan {maximum}.",
                 f"{label.en} must be between {minimum} and {maximum}."),
        )
    return value
