"""Reading a client's NIK and checking it against the birth date and sex on the form."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from peksos_desk.domain.errors import ValidationError
from peksos_desk.domain.nik import PROVINCES, NikInfo, nik_mismatches, normalize_nik, parse_nik
from peksos_desk.domain.practice import Sex

TODAY = date(2026, 3, 2)


def refusal(text: str, today: date = TODAY) -> ValidationError:
    with pytest.raises(ValidationError) as caught:
        parse_nik(text, today=today)
    assert caught.value.field == "nik"
    return caught.value


def test_woman_from_bandung_reads_fully() -> None:
    assert parse_nik("3273 01 450390 0001", today=TODAY) == NikInfo(
        nik="3273014503900001",
        province_code="32",
        province_name="Jawa Barat",
        regency_code="3273",
        district_code="327301",
        birth_date=date(1990, 3, 5),
        sex=Sex.FEMALE,
        serial="0001",
    )


def test_woman_nik_day_has_forty_added() -> None:
    info = parse_nik("3171015708450001", today=TODAY)
    assert (info.birth_date, info.sex) == (date(1945, 8, 17), Sex.FEMALE)


def test_man_nik_day_is_the_plain_day() -> None:
    info = parse_nik("3171011708450001", today=TODAY)
    assert (info.birth_date, info.sex) == (date(1945, 8, 17), Sex.MALE)
    assert info.province_name == "DKI Jakarta"


@pytest.mark.parametrize(
    ("nik", "province", "born", "sex"),
    [
        ("3578106512050003", "Jawa Timur", date(2005, 12, 25), Sex.FEMALE),  # Surabaya
        ("5171030101010002", "Bali", date(2001, 1, 1), Sex.MALE),  # Denpasar
        ("1371117107880004", "Sumatera Barat", date(1988, 7, 31), Sex.FEMALE),  # Padang, day 71 = 31st
        ("6472044102000005", "Kalimantan Timur", date(2000, 2, 1), Sex.FEMALE),  # Samarinda, day 41 = 1st
        ("6501013112990006", "Kalimantan Utara", date(1999, 12, 31), Sex.MALE),
        ("7371022902000007", "Sulawesi Selatan", date(2000, 2, 29), Sex.MALE),  # Makassar, leap day
        ("9171011506750008", "Papua", date(1975, 6, 15), Sex.MALE),  # Kota Jayapura
        ("9271015506750009", "Papua Barat", date(1975, 6, 15), Sex.FEMALE),
        ("9601011010100010", "Papua Barat Daya", date(2010, 10, 10), Sex.MALE),
        ("3404071208200011", "DI Yogyakarta", date(2020, 8, 12), Sex.MALE),
    ],
)
def test_real_looking_niks_read_correctly(nik: str, province: str, born: date, sex: Sex) -> None:
    info = parse_nik(nik, today=TODAY)
    assert (info.province_name, info.birth_date, info.sex) == (province, born, sex)
    assert (info.regency_code, info.district_code, info.serial) == (nik[:4], nik[:6], nik[12:])


def test_full_width_digits_from_an_asian_keyboard_are_read() -> None:
    assert normalize_nik("３２７３０１４５０３９００００１") == "3273014503900001"


@pytest.mark.parametrize(
    "typed",
    [
        "3273014503900001",
        "3273 0145 0390 0001",
        "3273.01.450390.0001",
        "3273-01-450390-0001",
        "  3273014503900001  ",
        "3273\t01\u00a0450390\n0001",
        "3273\u201301\u2013450390\u20130001",  # en dashes from a word processor
    ],
)
def test_separators_typed_or_pasted_are_ignored(typed: str) -> None:
    assert normalize_nik(typed) == "3273014503900001"


@pytest.mark.parametrize("typed", ["", "   ", " - . "])
def test_empty_nik_is_refused(typed: str) -> None:
    error = refusal(typed)
    assert str(error) == "NIK belum diisi."
    assert error.render("en") == "The NIK is empty."


@pytest.mark.parametrize(
    ("typed", "count"), [("327301450390000", 15), ("32730145039000011", 17), ("3273", 4)]
)
def test_wrong_length_says_how_many_digits_were_given(typed: str, count: int) -> None:
    error = refusal(typed)
    assert str(error) == f"NIK harus 16 digit; yang diisi {count} digit."
    assert error.render("en") == f"A NIK has 16 digits; {count} were entered."


@pytest.mark.parametrize(("typed", "shown"), [
    ("3273O14503900001", "O"), ("3273/01/450390/0001", "/"), ("NIK 3273014503900001", "NIK"),
    ("٣٢٧٣014503900001", "٣٢٧"),  # Arabic-Indic digits are not read as a NIK
])
def test_letters_and_symbols_are_refused_and_shown(typed: str, shown: str) -> None:
    error = refusal(typed)
    assert str(error).startswith("NIK hanya boleh berisi angka")
    assert f'"{shown}' in str(error)


@pytest.mark.parametrize(
    ("typed", "ddmmyy"),
    [
        ("3273010003900001", "000390"),  # day 00
        ("3273013203900001", "320390"),  # day 32
        ("3273014003900001", "400390"),  # day 40: a woman's day 00
        ("3273017203900001", "720390"),  # day 72: a woman's day 32
        ("3273018503900001", "850390"),  # day 85: stdnum would read the 5th
        ("3273010500900001", "050090"),  # month 00
        ("3273010513900001", "051390"),  # month 13
        ("3273013002900001", "300290"),  # 30 February
        ("3273017002900001", "700290"),  # a woman's 30 February
        ("3273013104900001", "310490"),  # 31 April
        ("3273012902010001", "290201"),  # 29 February in neither 2001 nor 1901
    ],
)
def test_impossible_birth_date_is_refused(typed: str, ddmmyy: str) -> None:
    error = refusal(typed)
    assert str(error).startswith(f"Bagian tanggal lahir NIK ({ddmmyy}) bukan tanggal yang mungkin")
    assert error.render("en").startswith(f"The birth-date part of the NIK ({ddmmyy}) is not a possible date")


def test_leap_day_2000_is_a_birth_date() -> None:
    assert parse_nik("3273012902000001", today=TODAY).birth_date == date(2000, 2, 29)


def test_leap_day_that_has_not_come_yet_is_refused() -> None:
    # On 15 January 2000 the 29 February 2000 is still to come and 1900 had none.
    error = refusal("3273012902000001", today=date(2000, 1, 15))
    assert str(error) == "Tanggal lahir pada NIK (290200) belum lewat."


@pytest.mark.parametrize("code", ["00", "10", "20", "37", "50", "66", "83", "90", "97", "99"])
def test_unknown_province_code_is_refused(code: str) -> None:
    error = refusal(f"{code}73014503900001")
    assert str(error) == f"Kode provinsi {code} pada NIK tidak dikenal; periksa dua digit pertama."
    assert error.render("en") == (
        f"The province code {code} in the NIK is unknown; check the first two digits."
    )


def test_there_are_thirty_eight_provinces() -> None:
    assert len(PROVINCES) == 38
    assert all(len(code) == 2 and code.isdigit() for code in PROVINCES)
    assert len(set(PROVINCES.values())) == 38


@pytest.mark.parametrize(
    ("code", "name"),
    [("91", "Papua"), ("92", "Papua Barat"), ("93", "Papua Selatan"), ("94", "Papua Tengah"),
     ("95", "Papua Pegunungan"), ("96", "Papua Barat Daya"), ("65", "Kalimantan Utara"),
     ("76", "Sulawesi Barat")],
)
def test_province_codes_follow_kemendagri_after_2022(code: str, name: str) -> None:
    assert PROVINCES[code] == name


@pytest.mark.parametrize(
    ("ddmmyy", "today", "born"),
    [
        ("050325", date(2025, 6, 1), date(2025, 3, 5)),  # a baby born this year
        ("011225", date(2025, 6, 1), date(1925, 12, 1)),  # not yet December: a century ago
        ("050324", date(2025, 6, 1), date(2024, 3, 5)),
        ("010699", date(2025, 6, 1), date(1999, 6, 1)),
        ("010625", date(2025, 6, 1), date(2025, 6, 1)),  # born today
        ("020625", date(2025, 6, 1), date(1925, 6, 2)),  # tomorrow would be the future
        ("010100", date(2101, 1, 1), date(2100, 1, 1)),
    ],
)
def test_century_is_the_latest_not_in_the_future(ddmmyy: str, today: date, born: date) -> None:
    assert parse_nik(f"327301{ddmmyy}0001", today=today).birth_date == born


def test_today_defaults_to_the_system_date() -> None:
    assert parse_nik("3273014503900001").birth_date == date(1990, 3, 5)


def test_normalize_nik_refuses_what_parse_refuses() -> None:
    with pytest.raises(ValidationError) as caught:
        normalize_nik("3273")
    assert caught.value.field == "nik"


BANDUNG_WOMAN = parse_nik("3273014503900001", today=TODAY)


def test_matching_form_gives_no_warning() -> None:
    assert nik_mismatches(BANDUNG_WOMAN, date(1990, 3, 5), Sex.FEMALE) == []


def test_empty_form_fields_are_not_compared() -> None:
    assert nik_mismatches(BANDUNG_WOMAN, None, None) == []


def test_birth_date_differing_from_nik_warns_in_both_languages() -> None:
    [warning] = nik_mismatches(BANDUNG_WOMAN, date(1990, 5, 3), None)
    assert warning.render("id") == (
        "Tanggal lahir pada NIK (5 Maret 1990) berbeda dengan tanggal lahir yang diisi (3 Mei 1990)."
    )
    assert warning.render("en") == (
        "The birth date in the NIK (5 March 1990) differs from the birth date entered (3 May 1990)."
    )


def test_sex_differing_from_nik_warns() -> None:
    [warning] = nik_mismatches(BANDUNG_WOMAN, None, Sex.MALE)
    assert warning.render("id") == (
        "Jenis kelamin pada NIK (Perempuan) berbeda dengan jenis kelamin yang diisi (Laki-laki)."
    )
    assert warning.render("en") == "The sex in the NIK (Female) differs from the sex entered (Male)."


def test_both_differences_give_two_warnings() -> None:
    assert len(nik_mismatches(BANDUNG_WOMAN, date(1991, 3, 5), Sex.MALE)) == 2


def test_client_over_a_hundred_is_no_mismatch() -> None:
    info = parse_nik("3273011508200001", today=TODAY)  # read as 2020: the NIK cannot tell
    assert info.birth_date == date(2020, 8, 15)
    assert nik_mismatches(info, date(1920, 8, 15), Sex.MALE) == []


# A valid NIK built from its parts; birth dates stay within a century of TODAY so the century is recoverable.
nik_parts = st.tuples(
    st.sampled_from(sorted(PROVINCES)),
    st.integers(min_value=0, max_value=99),
    st.integers(min_value=0, max_value=99),
    st.dates(min_value=TODAY - timedelta(days=36_500), max_value=TODAY),
    st.sampled_from(Sex),
    st.integers(min_value=0, max_value=9999),
)


@given(nik_parts)
def test_any_valid_nik_reads_back_its_parts(parts: tuple[str, int, int, date, Sex, int]) -> None:
    province, regency, district, born, sex, serial = parts
    day = born.day + (40 if sex is Sex.FEMALE else 0)
    nik = f"{province}{regency:02d}{district:02d}{day:02d}{born.month:02d}{born.year % 100:02d}{serial:04d}"
    info = parse_nik(nik, today=TODAY)
    assert info == NikInfo(
        nik=nik, province_code=province, province_name=PROVINCES[province], regency_code=nik[:4],
        district_code=nik[:6], birth_date=born, sex=sex, serial=f"{serial:04d}",
    )
    assert nik_mismatches(info, born, sex) == []
    assert normalize_nik(f"{nik[:4]} {nik[4:6]}.{nik[6:12]}-{nik[12:]}") == nik


@given(st.text(max_size=40))
def test_any_text_gives_a_nik_or_a_clear_refusal(text: str) -> None:
    try:
        info = parse_nik(text, today=TODAY)
    except ValidationError as error:
        assert error.field == "nik"
        assert error.render("id") and error.render("en")
    else:
        assert len(info.nik) == 16


@given(st.from_regex(r"[0-9]{16}", fullmatch=True))
def test_any_sixteen_digits_give_a_nik_or_a_clear_refusal(digits: str) -> None:
    try:
        info = parse_nik(digits, today=TODAY)
    except ValidationError as error:
        assert error.field == "nik"
        assert "16 digit" not in str(error)
    else:
        assert info.nik == digits
        assert info.birth_date <= TODAY
