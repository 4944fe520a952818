"""Showing values the Indonesian (or English) way in widgets: dates, times, money, ages."""

from __future__ import annotations

from datetime import date, datetime

from peksos_desk.domain.dates import PractitionerZone, format_date, format_date_short, format_time, to_local
from peksos_desk.domain.money import format_rupiah
from peksos_desk.domain.text import current_language


def date_long(value: date | None, *, weekday: bool = False) -> str:
    """ "Rabu, 5 Maret 2025" or "" for no date."""
    return format_date(value, current_language(), weekday=weekday) if value else ""


def date_short(value: date | None) -> str:
    """ "05/03/2025" for tables, or ""."""
    return format_date_short(value, current_language()) if value else ""


def local_datetime(value: datetime | None, zone: PractitionerZone) -> str:
    """A stored UTC moment as the practitioner's local date and time: "05/03/2025 14.30"."""
    if value is None:
        return ""
    local = to_local(value, zone)
    return f"{format_date_short(local.date(), current_language())} {format_time(local.time(), current_language())}"


def local_time(value: datetime, zone: PractitionerZone) -> str:
    """Only the local time of a stored UTC moment: "14.30"."""
    return format_time(to_local(value, zone).time(), current_language())


def money(amount: int | None) -> str:
    """ "Rp1.500.000", or "" for no amount."""
    return format_rupiah(amount) if amount is not None else ""
