"""Money: whole rupiah in an ``int``, written the PUEBI way (Rp1.500.000) and in words (*terbilang*).

Rupiah has no minor unit in practice, so an amount is never a float and never has cents. ``bool`` is refused
too, though Python counts it as an ``int``: ``True`` rupiah is always a bug.
"""

from __future__ import annotations

import re

from babel.numbers import format_decimal

from peksos_desk.domain.errors import ValidationError
from peksos_desk.domain.text import Text

MAX_AMOUNT = 10**15 - 1
"""The largest amount handled: 999 triliun rupiah and change, far beyond any real fee."""

# An optional "Rp" or "Rp." prefix; digits plain or grouped by dots in threes; an optional comma and one or
# two decimals (three would be an English-style thousands comma); an optional ",-" ending as on receipts.
_AMOUNT = re.compile(r"(?:rp\.?)?(?P<whole>[0-9]+|[0-9]{1,3}(?:\.[0-9]{3})+)(?:,(?P<cents>[0-9]{1,2}|-))?")
_MINUS_SIGNS = ("-", "\N{MINUS SIGN}", "\N{EN DASH}")


def _check_int(amount: object) -> int:
    if isinstance(amount, bool) or not isinstance(amount, int):
        raise TypeError(f"an amount is whole rupiah as int, not {type(amount).__name__}")
    return amount


def format_rupiah(amount: int, *, decimals: bool = False) -> str:
    """``amount`` as PUEBI writes it: "Rp1.500.000", with ``decimals`` "Rp1.500.000,00"; "-Rp1.500.000"."""
    amount = _check_int(amount)
    digits = format_decimal(abs(amount), format="#,##0.00" if decimals else "#,##0", locale="id")
    return f"{'-' if amount < 0 else ''}Rp{digits}"


def parse_rupiah(text: str, field: str = "amount") -> int:
    """The whole-rupiah amount in ``text``: "Rp1.500.000", "Rp 1.500.000,00", "1500000" or "1.500.000".

    Spaces are ignored; "Rp." and a closing ",-" are accepted. Raises ``ValidationError(field, ...)`` for an
    empty entry, something that is no amount, cents other than zero, a negative amount, or one of
    Rp1.000.000.000.000.000 or more.
    """
    compact = "".join(text.split())
    if not compact:
        raise ValidationError(field, Text("Jumlah uang belum diisi.", "The amount is empty."))
    lowered = compact.lower()
    if lowered.startswith(_MINUS_SIGNS) or lowered.removeprefix("rp").lstrip(".").startswith(_MINUS_SIGNS):
        raise ValidationError(field, Text("Jumlah uang tidak boleh negatif.",
                                          "The amount cannot be negative."))
    match = _AMOUNT.fullmatch(lowered)
    if match is None:
        raise ValidationError(field, Text(
            "Jumlah uang \"{text}\" tidak dapat dibaca; tulis misalnya Rp1.500.000 (titik pemisah ribuan).",
            "The amount \"{text}\" cannot be read; write it like Rp1.500.000 (dots between thousands).",
        ).format(text=text.strip()))
    cents = match.group("cents")
    if cents not in (None, "-") and int(cents) != 0:
        raise ValidationError(field, Text(
            "Rupiah tidak memakai sen: isi jumlah bulat, misalnya Rp1.500.000.",
            "Rupiah has no cents: enter a whole amount, e.g. Rp1.500.000.",
        ))
    # Compare lengths before int(): Python refuses to convert strings of thousands of digits.
    digits = match.group("whole").replace(".", "").lstrip("0") or "0"
    if len(digits) > len(str(MAX_AMOUNT)):
        raise ValidationError(field, _too_large())
    return int(digits)


def _too_large() -> Text:
    return Text(
        "Jumlah uang terlalu besar; paling banyak {max}.", "The amount is too large; at most {max}."
    ).format(max=format_rupiah(MAX_AMOUNT))


_UNITS = ("nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan")
_SCALES = ((10**12, "triliun"), (10**9, "miliar"), (10**6, "juta"), (10**3, "ribu"))


def _below_thousand(number: int) -> list[str]:
    """Words for 1..999 ("se-" for one hundred, ten and eleven); no words for 0."""
    words: list[str] = []
    hundreds, rest = divmod(number, 100)
    if hundreds == 1:
        words.append("seratus")
    elif hundreds > 1:
        words += [_UNITS[hundreds], "ratus"]
    tens, units = divmod(rest, 10)
    if rest == 10:
        words.append("sepuluh")
    elif rest == 11:
        words.append("sebelas")
    elif tens == 1:
        words += [_UNITS[units], "belas"]
    else:
        if tens > 1:
            words += [_UNITS[tens], "puluh"]
        if units:
            words.append(_UNITS[units])
    return words


def terbilang(amount: int) -> str:
    """``amount`` in Indonesian words, lower case: 1500000 gives "satu juta lima ratus ribu".

    "Se-" replaces "satu" before belas, puluh, ratus and ribu (sebelas, sepuluh, seratus, seribu) but not
    before juta, miliar and triliun ("satu juta"); a thousand inside a larger number is "seribu" too ("satu
    juta seribu"). Raises ``ValidationError("amount", ...)`` below 0 or above :data:`MAX_AMOUNT`,
    ``TypeError`` for anything but an ``int``.
    """
    amount = _check_int(amount)
    if amount < 0:
        raise ValidationError("amount", Text(
            "Terbilang hanya untuk jumlah nol atau lebih, bukan {amount}.",
            "Amounts in words are for zero or more, not {amount}.",
        ).format(amount=amount))
    if amount > MAX_AMOUNT:
        raise ValidationError("amount", _too_large())
    if amount == 0:
        return "nol"
    words: list[str] = []
    rest = amount
    for size, name in _SCALES:
        group, rest = divmod(rest, size)
        if group == 1 and name == "ribu":
            words.append("seribu")
        elif group:
            words += [*_below_thousand(group), name]
    words += _below_thousand(rest)
    return " ".join(words)


def terbilang_rupiah(amount: int) -> str:
    """``amount`` in words followed by "rupiah", for the *Uang sejumlah* line of a kuitansi."""
    return f"{terbilang(amount)} rupiah"
