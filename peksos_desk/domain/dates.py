"""Dates and times as Indonesian documents write them, the practitioner's time zone, and ages.

Long dates have no zero padding ("5 Maret 2025"); Indonesian times use a dot ("14.30"). Timestamps in the
store are timezone-aware UTC; they are shown in the practitioner's zone (WIB, WITA or WIT), a setting.
Indonesia has kept no daylight saving time since 1964, so a zone is a fixed offset in practice.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from enum import StrEnum
from zoneinfo import ZoneInfo

from babel.dates import format_date as babel_format_date
from babel.dates import format_time as babel_format_time

from peksos_desk.domain.errors import ValidationError
from peksos_desk.domain.text import Language, Text, current_language

ADULT_AGE = 18
"""A person under 18 is a child (*anak*), UU 23/2002 jo. UU 35/2014 tentang Perlindungan Anak, Pasal 1."""

_LONG = "d MMMM y"
_LONG_WITH_WEEKDAY = "EEEE, d MMMM y"
_SHORT = "dd/MM/yyyy"
_TIME: dict[Language, str] = {"id": "HH.mm", "en": "HH:mm"}


class PractitionerZone(StrEnum):
    """The three Indonesian time zones; the value is the IANA zone name."""

    WIB = "Asia/Jakarta"
    WITA = "Asia/Makassar"
    WIT = "Asia/Jayapura"

    @property
    def abbreviation(self) -> str:
        """The abbreviation written after a time: WIB, WITA or WIT."""
        return self.name

    @property
    def tzinfo(self) -> ZoneInfo:
        """The zone for ``datetime`` arithmetic."""
        return ZoneInfo(self.value)

    @property
    def label(self) -> Text:
        """The zone with its UTC offset, for the settings screen: "WIB (UTC+7)"."""
        return _ZONE_LABELS[self]

    @classmethod
    def from_setting(cls, value: str) -> PractitionerZone:
        """The zone named by ``value``: its abbreviation ("WIB") or its IANA name ("Asia/Jakarta").

        Raises ``ValidationError("time_zone", ...)`` for anything else.
        """
        cleaned = value.strip()
        for zone in cls:
            if cleaned.upper() == zone.name or cleaned == zone.value:
                return zone
        raise ValidationError("time_zone", Text(
            "Zona waktu '{value}' tidak dikenal; pilih WIB, WITA atau WIT.",
            "Unknown time zone '{value}'; choose WIB, WITA or WIT.",
        ).format(value=value))


_ZONE_LABELS: dict[PractitionerZone, Text] = {
    PractitionerZone.WIB: Text("WIB (UTC+7)", "WIB, Western Indonesia (UTC+7)"),
    PractitionerZone.WITA: Text("WITA (UTC+8)", "WITA, Central Indonesia (UTC+8)"),
    PractitionerZone.WIT: Text("WIT (UTC+9)", "WIT, Eastern Indonesia (UTC+9)"),
}


def _language(language: Language | None) -> Language:
    return current_language() if language is None else language


def format_date(d: date, language: Language | None = None, *, weekday: bool = False) -> str:
    """The long form of ``d``: "5 Maret 2025", or "Rabu, 5 Maret 2025" with ``weekday``; English alike."""
    return str(babel_format_date(d, _LONG_WITH_WEEKDAY if weekday else _LONG, locale=_language(language)))


def format_date_short(d: date, language: Language | None = None) -> str:
    """The short form of ``d`` for tables: "05/03/2025" (day/month/year in both languages)."""
    return str(babel_format_date(d, _SHORT, locale=_language(language)))


def format_time(t: time, language: Language | None = None) -> str:
    """The 24-hour clock time ``t``: "14.30" in Indonesian, "14:30" in English."""
    chosen = _language(language)
    return str(babel_format_time(t.replace(tzinfo=None), _TIME[chosen], locale=chosen))


def to_local(dt_utc: datetime, zone: PractitionerZone) -> datetime:
    """The aware timestamp ``dt_utc`` as aware local time in ``zone``; a naive one is a ValueError."""
    if dt_utc.tzinfo is None or dt_utc.utcoffset() is None:
        raise ValueError("timestamps must be timezone-aware (UTC in the store)")
    return dt_utc.astimezone(PractitionerZone(zone).tzinfo)


def to_utc(local_naive: datetime, zone: PractitionerZone) -> datetime:
    """The wall-clock time ``local_naive`` in ``zone`` as aware UTC; an aware one is a ValueError."""
    if local_naive.tzinfo is not None:
        raise ValueError("expected a naive local time; it is read in the practitioner's zone")
    return local_naive.replace(tzinfo=PractitionerZone(zone).tzinfo).astimezone(UTC)


def format_datetime(dt_utc: datetime, zone: PractitionerZone, language: Language | None = None) -> str:
    """The stored timestamp ``dt_utc`` as local date, time and zone: "Rabu, 5 Maret 2025 14.30 WIB"."""
    local = to_local(dt_utc, zone)
    chosen = _language(language)
    zone = PractitionerZone(zone)
    day = format_date(local.date(), chosen, weekday=True)
    return f"{day} {format_time(local.time(), chosen)} {zone.abbreviation}"


def place_and_date(place: str, d: date, language: Language | None = None) -> str:
    """The place-and-date line of a letter or receipt: "Bandung, 17 Februari 2025"."""
    return f"{place.strip()}, {format_date(d, language)}"


def age_on(birth: date, day: date) -> int:
    """Age in whole years on ``day`` of a person born on ``birth``.

    Someone born on 29 February turns a year older on 1 March in a common year. A ``birth`` after ``day`` is
    refused with ``ValidationError("birth_date", ...)``.
    """
    if birth > day:
        raise ValidationError("birth_date", Text(
            "Tanggal lahir ({birth_id}) sesudah tanggal {day_id}.",
            "The birth date ({birth_en}) is after {day_en}.",
        ).format(birth_id=format_date(birth, "id"), day_id=format_date(day, "id"),
                 birth_en=format_date(birth, "en"), day_en=format_date(day, "en")))
    had_birthday = (day.month, day.day) >= (birth.month, birth.day)
    return day.year - birth.year - (0 if had_birthday else 1)


def is_minor(birth: date, day: date) -> bool:
    """Whether a person born on ``birth`` is a child (under 18) on ``day``: their data needs consent
    from a parent or guardian."""
    return age_on(birth, day) < ADULT_AGE
