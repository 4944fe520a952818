"""The NIK (Nomor Induk Kependudukan): reading its 16 digits and checking them against the client's data.

A NIK is province (2) + regency/city (2) + district (2) + birth date DDMMYY (40 added to the day for women) +
serial (4). It says where the number was issued, not where the person lives now. Many clients have no NIK: the
field is optional and a NIK is never invented.

python-stdnum's ``stdnum.id.nik`` is used to strip separators only. Its ``validate`` is not used: its place
table follows BPS codes (91 = Papua Barat, 94 = Papua) where the NIK uses Kemendagri codes, lacks Kalimantan
Utara and the 2022 Papua provinces, and it reports every fault with one exception, where the form needs to say
which part is wrong. Nor is its ``get_birth_date``: it takes the day modulo 40 (so day 85 passes as the 5th)
and prefers the 1900s, where we choose the century from today's date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from stdnum.id import nik as stdnum_nik

from peksos_desk.domain.dates import format_date
from peksos_desk.domain.errors import ValidationError
from peksos_desk.domain.practice import Sex
from peksos_desk.domain.text import Text

NIK_LENGTH = 16
FEMALE_DAY_OFFSET = 40

# Kemendagri province codes as used in the NIK, current after the 2022 Papua split (UU 14, 15, 16 and 29 of
# 2022). Kemendagri numbers Papua 91 and Papua Barat 92; BPS statistics use other numbers (and before 2022
# many lists gave 91 to Papua Barat), so do not copy codes from BPS tables. A NIK issued before 2022 keeps its
# old code: 91 then covered today's Papua Selatan, Papua Tengah and Papua Pegunungan too.
PROVINCES: dict[str, str] = {
    "11": "Aceh",
    "12": "Sumatera Utara",
    "13": "Sumatera Barat",
    "14": "Riau",
    "15": "Jambi",
    "16": "Sumatera Selatan",
    "17": "Bengkulu",
    "18": "Lampung",
    "19": "Kepulauan Bangka Belitung",
    "21": "Kepulauan Riau",
    "31": "DKI Jakarta",
    "32": "Jawa Barat",
    "33": "Jawa Tengah",
    "34": "DI Yogyakarta",
    "35": "Jawa Timur",
    "36": "Banten",
    "51": "Bali",
    "52": "Nusa Tenggara Barat",
    "53": "Nusa Tenggara Timur",
    "61": "Kalimantan Barat",
    "62": "Kalimantan Tengah",
    "63": "Kalimantan Selatan",
    "64": "Kalimantan Timur",
    "65": "Kalimantan Utara",
    "71": "Sulawesi Utara",
    "72": "Sulawesi Tengah",
    "73": "Sulawesi Selatan",
    "74": "Sulawesi Tenggara",
    "75": "Gorontalo",
    "76": "Sulawesi Barat",
    "81": "Maluku",
    "82": "Maluku Utara",
    "91": "Papua",
    "92": "Papua Barat",
    "93": "Papua Selatan",
    "94": "Papua Tengah",
    "95": "Papua Pegunungan",
    "96": "Papua Barat Daya",
}

_ASCII_DIGITS = re.compile(r"[0-9]+")


@dataclass(frozen=True)
class NikInfo:
    """What a valid NIK says about its holder."""

    nik: str
    """The 16 digits, without separators."""
    province_code: str
    province_name: str
    regency_code: str
    """Province and regency/city: 4 digits."""
    district_code: str
    """Province, regency/city and district (kecamatan): 6 digits."""
    birth_date: date
    """The NIK gives only two digits of the year: the century is the latest one that is not in the future."""
    sex: Sex
    serial: str


def _refuse(message: Text) -> ValidationError:
    return ValidationError("nik", message)


def _compact(text: str) -> str:
    # stdnum strips spaces, dots and hyphens (and maps Unicode dashes); we also drop tabs, line breaks and
    # non-breaking spaces, which arrive when a NIK is pasted from a document.
    return str(stdnum_nik.compact("".join(text.split())))


def _birth_date(digits: str, today: date) -> tuple[date, Sex]:
    day, month, year = int(digits[6:8]), int(digits[8:10]), int(digits[10:12])
    sex = Sex.FEMALE if day > FEMALE_DAY_OFFSET else Sex.MALE
    if sex is Sex.FEMALE:
        day -= FEMALE_DAY_OFFSET
    century = today.year // 100 * 100
    exists = False
    for full_year in (century + year, century - 100 + year):
        try:
            born = date(full_year, month, day)
        except ValueError:
            continue
        exists = True
        if born <= today:
            return born, sex
    if exists:
        raise _refuse(Text(
            "Tanggal lahir pada NIK ({ddmmyy}) belum lewat.",
            "The birth date in the NIK ({ddmmyy}) is in the future.",
        ).format(ddmmyy=digits[6:12]))
    raise _refuse(Text(
        "Bagian tanggal lahir NIK ({ddmmyy}) bukan tanggal yang mungkin (hari 01-31, atau 41-71 untuk "
        "perempuan; bulan 01-12).",
        "The birth-date part of the NIK ({ddmmyy}) is not a possible date (day 01-31, or 41-71 for a woman; "
        "month 01-12).",
    ).format(ddmmyy=digits[6:12]))


def parse_nik(text: str, *, today: date | None = None) -> NikInfo:
    """Read a NIK typed or pasted by the user; spaces, dots and hyphens between the digits are allowed.

    Raises ``ValidationError("nik", ...)`` with a message that says what is wrong: nothing entered, a
    character that is no digit, the wrong number of digits, an unknown province code, or an impossible birth
    date.
    ``today`` (default: the system date) decides the century of the two-digit birth year.
    """
    digits = _compact(text)
    if not digits:
        raise _refuse(Text("NIK belum diisi.", "The NIK is empty."))
    if not _ASCII_DIGITS.fullmatch(digits):
        strange = "".join(dict.fromkeys(char for char in digits if not "0" <= char <= "9"))
        raise _refuse(Text(
            "NIK hanya boleh berisi angka (boleh dipisah spasi, titik atau tanda hubung); "
            "ditemukan \"{chars}\".",
            "A NIK has digits only (spaces, dots or hyphens may separate them); found \"{chars}\".",
        ).format(chars=strange))
    if len(digits) != NIK_LENGTH:
        raise _refuse(Text(
            "NIK harus 16 digit; yang diisi {count} digit.",
            "A NIK has 16 digits; {count} were entered.",
        ).format(count=len(digits)))
    province = digits[:2]
    if province not in PROVINCES:
        raise _refuse(Text(
            "Kode provinsi {code} pada NIK tidak dikenal; periksa dua digit pertama.",
            "The province code {code} in the NIK is unknown; check the first two digits.",
        ).format(code=province))
    born, sex = _birth_date(digits, today or date.today())
    return NikInfo(
        nik=digits,
        province_code=province,
        province_name=PROVINCES[province],
        regency_code=digits[:4],
        district_code=digits[:6],
        birth_date=born,
        sex=sex,
        serial=digits[12:],
    )


def normalize_nik(text: str) -> str:
    """The 16 digits of a valid NIK, separators removed; ``ValidationError("nik", ...)`` if invalid."""
    return parse_nik(text).nik


def nik_mismatches(info: NikInfo, birth_date: date | None, sex: Sex | None) -> list[Text]:
    """Warnings for the client form when the NIK disagrees with the birth date or sex entered.

    These are warnings, not errors: the NIK or the other field may be the one mistyped. The NIK holds only two
    digits of the year, so a birth date a century apart from the NIK's (a client over 100) is no mismatch.
    Fields left empty (``None``) are not compared.
    """
    warnings: list[Text] = []
    nik_born = info.birth_date
    if birth_date is not None and (birth_date.day, birth_date.month, birth_date.year % 100) != (
        nik_born.day, nik_born.month, nik_born.year % 100
    ):
        warnings.append(Text(
            "Tanggal lahir pada NIK ({nik_id}) berbeda dengan tanggal lahir yang diisi ({entered_id}).",
            "The birth date in the NIK ({nik_en}) differs from the birth date entered ({entered_en}).",
        ).format(
            nik_id=format_date(nik_born, "id"), entered_id=format_date(birth_date, "id"),
            nik_en=format_date(nik_born, "en"), entered_en=format_date(birth_date, "en"),
        ))
    if sex is not None and sex != info.sex:
        warnings.append(Text(
            "Jenis kelamin pada NIK ({nik_id}) berbeda dengan jenis kelamin yang diisi ({entered_id}).",
            "The sex in the NIK ({nik_en}) differs from the sex entered ({entered_en}).",
        ).format(
            nik_id=info.sex.label.id, entered_id=sex.label.id,
            nik_en=info.sex.label.en, entered_en=sex.label.en,
        ))
    return warnings
