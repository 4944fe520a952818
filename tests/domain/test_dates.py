"""Dates on letters and screens, the practitioner's time zone, and clients' ages."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from peksos_desk.domain.dates import (
    ADULT_AGE,
    PractitionerZone,
    age_on,
    format_date,
    format_date_short,
    format_datetime,
    format_time,
    is_minor,
    place_and_date,
    to_local,
    to_utc,
)
from peksos_desk.domain.errors import ValidationError
from peksos_desk.domain.text import set_language

ASH_WEDNESDAY = date(2025, 3, 5)


@pytest.mark.parametrize(
    ("language", "weekday", "written"),
    [
        ("id", False, "5 Maret 2025"),
        ("id", True, "Rabu, 5 Maret 2025"),
        ("en", False, "5 March 2025"),
        ("en", True, "Wednesday, 5 March 2025"),
    ],
)
def test_long_date_has_no_zero_padding(language: str, weekday: bool, written: str) -> None:
    assert format_date(ASH_WEDNESDAY, language, weekday=weekday) == written  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("month", "name"),
    list(enumerate(["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
                    "September", "Oktober", "November", "Desember"], start=1)),
)
def test_indonesian_month_names(month: int, name: str) -> None:
    assert format_date(date(2025, month, 17), "id") == f"17 {name} 2025"


@pytest.mark.parametrize(
    ("day", "name"),
    list(enumerate(["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"], start=3)),
)
def test_indonesian_weekday_names(day: int, name: str) -> None:
    assert format_date(date(2025, 3, day), "id", weekday=True) == f"{name}, {day} Maret 2025"


def test_date_follows_the_chosen_language() -> None:
    assert format_date(ASH_WEDNESDAY) == "5 Maret 2025"
    set_language("en")
    assert format_date(ASH_WEDNESDAY) == "5 March 2025"
    assert format_time(time(14, 30)) == "14:30"


@pytest.mark.parametrize("language", ["id", "en"])
def test_short_date_for_tables_is_day_month_year(language: str) -> None:
    assert format_date_short(ASH_WEDNESDAY, language) == "05/03/2025"  # type: ignore[arg-type]
    assert format_date_short(date(2025, 12, 31), language) == "31/12/2025"  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("clock", "indonesian", "english"),
    [(time(14, 30), "14.30", "14:30"), (time(9, 5), "09.05", "09:05"), (time(0, 0), "00.00", "00:00"),
     (time(23, 59, 59), "23.59", "23:59")],
)
def test_time_uses_a_dot_in_indonesian(clock: time, indonesian: str, english: str) -> None:
    assert format_time(clock, "id") == indonesian
    assert format_time(clock, "en") == english


@pytest.mark.parametrize(
    ("zone", "written"),
    [
        (PractitionerZone.WIB, "Rabu, 5 Maret 2025 14.30 WIB"),
        (PractitionerZone.WITA, "Rabu, 5 Maret 2025 15.30 WITA"),
        (PractitionerZone.WIT, "Rabu, 5 Maret 2025 16.30 WIT"),
    ],
)
def test_stored_timestamp_shows_in_the_practitioners_zone(zone: PractitionerZone, written: str) -> None:
    assert format_datetime(datetime(2025, 3, 5, 7, 30, tzinfo=UTC), zone, "id") == written


def test_late_evening_utc_is_the_next_morning_in_jakarta() -> None:
    stamp = datetime(2025, 3, 4, 20, 0, tzinfo=UTC)
    assert format_datetime(stamp, PractitionerZone.WIB, "id") == "Rabu, 5 Maret 2025 03.00 WIB"
    assert format_datetime(stamp, PractitionerZone.WIB, "en") == "Wednesday, 5 March 2025 03:00 WIB"


def test_naive_timestamp_is_a_programming_error() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        to_local(datetime(2025, 3, 5, 7, 30), PractitionerZone.WIB)


def test_aware_local_time_is_a_programming_error() -> None:
    with pytest.raises(ValueError, match="naive"):
        to_utc(datetime(2025, 3, 5, 7, 30, tzinfo=UTC), PractitionerZone.WIB)


def test_appointment_typed_in_makassar_is_stored_in_utc() -> None:
    assert to_utc(datetime(2025, 3, 5, 9, 0), PractitionerZone.WITA) == datetime(2025, 3, 5, 1, 0, tzinfo=UTC)


@given(
    st.datetimes(min_value=datetime(1990, 1, 1), max_value=datetime(2100, 1, 1), timezones=st.just(UTC)),
    st.sampled_from(PractitionerZone),
)
def test_local_time_converts_back_to_the_same_instant(stamp: datetime, zone: PractitionerZone) -> None:
    local = to_local(stamp, zone)
    assert local.utcoffset() == timedelta(hours={"WIB": 7, "WITA": 8, "WIT": 9}[zone.abbreviation])
    assert to_utc(local.replace(tzinfo=None), zone) == stamp


@pytest.mark.parametrize(
    ("zone", "stored", "abbreviation", "label_id", "label_en"),
    [
        (PractitionerZone.WIB, "Asia/Jakarta", "WIB", "WIB (UTC+7)", "WIB, Western Indonesia (UTC+7)"),
        (PractitionerZone.WITA, "Asia/Makassar", "WITA", "WITA (UTC+8)", "WITA, Central Indonesia (UTC+8)"),
        (PractitionerZone.WIT, "Asia/Jayapura", "WIT", "WIT (UTC+9)", "WIT, Eastern Indonesia (UTC+9)"),
    ],
)
def test_zone_has_abbreviation_and_label(
    zone: PractitionerZone, stored: str, abbreviation: str, label_id: str, label_en: str
) -> None:
    assert zone.value == stored
    assert zone.tzinfo.key == stored
    assert zone.abbreviation == abbreviation
    assert (zone.label.render("id"), zone.label.render("en")) == (label_id, label_en)


@pytest.mark.parametrize(
    ("setting", "zone"),
    [("WIB", PractitionerZone.WIB), (" wita ", PractitionerZone.WITA),
     ("Asia/Jayapura", PractitionerZone.WIT)],
)
def test_zone_setting_is_read_by_abbreviation_or_name(setting: str, zone: PractitionerZone) -> None:
    assert PractitionerZone.from_setting(setting) is zone


def test_unknown_zone_setting_is_refused() -> None:
    with pytest.raises(ValidationError) as caught:
        PractitionerZone.from_setting("Europe/Amsterdam")
    assert caught.value.field == "time_zone"


def test_letter_is_dated_with_place_and_date() -> None:
    assert place_and_date("Bandung", date(2025, 2, 17), "id") == "Bandung, 17 Februari 2025"
    assert place_and_date(" Bandung ", date(2025, 2, 17), "en") == "Bandung, 17 February 2025"


@pytest.mark.parametrize(
    ("birth", "day", "age"),
    [
        (date(2008, 3, 5), date(2026, 3, 4), 17),
        (date(2008, 3, 5), date(2026, 3, 5), 18),
        (date(2008, 3, 5), date(2008, 3, 5), 0),
        (date(1990, 12, 31), date(2025, 12, 30), 34),
        (date(1990, 12, 31), date(2025, 12, 31), 35),
        (date(2008, 2, 29), date(2026, 2, 28), 17),  # a leap-day child turns 18 on 1 March in a common year
        (date(2008, 2, 29), date(2026, 3, 1), 18),
        (date(2008, 2, 29), date(2028, 2, 28), 19),
        (date(2008, 2, 29), date(2028, 2, 29), 20),
    ],
)
def test_age_counts_whole_years(birth: date, day: date, age: int) -> None:
    assert age_on(birth, day) == age


def test_seventeen_year_old_is_a_child_and_eighteen_year_old_is_not() -> None:
    assert ADULT_AGE == 18
    assert is_minor(date(2008, 3, 5), date(2026, 3, 4))
    assert not is_minor(date(2008, 3, 5), date(2026, 3, 5))


def test_birth_after_the_day_is_refused() -> None:
    with pytest.raises(ValidationError) as caught:
        age_on(date(2026, 3, 5), date(2026, 3, 4))
    assert caught.value.field == "birth_date"
    assert str(caught.value) == "Tanggal lahir (5 Maret 2026) sesudah tanggal 4 Maret 2026."


def _birthday(birth: date, year: int) -> date:
    try:
        return birth.replace(year=year)
    except ValueError:  # 29 February in a common year
        return date(year, 3, 1)


@given(st.dates(max_value=date(2100, 1, 1)), st.integers(min_value=0, max_value=40_000))
def test_age_is_the_number_of_birthdays_passed(birth: date, days: int) -> None:
    day = birth + timedelta(days=days) if birth + timedelta(days=days) <= date.max else birth
    birthdays = sum(1 for year in range(birth.year + 1, day.year + 1) if _birthday(birth, year) <= day)
    assert age_on(birth, day) == birthdays
    assert is_minor(birth, day) == (birthdays < 18)
