"""Whole-rupiah amounts: written as figures (Rp1.500.000), read back from a form, spelled out (terbilang)."""

from __future__ import annotations

import itertools
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from peksos_desk.domain.errors import ValidationError
from peksos_desk.domain.money import MAX_AMOUNT, format_rupiah, parse_rupiah, terbilang, terbilang_rupiah

amounts = st.integers(min_value=0, max_value=MAX_AMOUNT)
# Real fees cluster in the thousands to millions; make sure hypothesis looks there as well as at the extremes.
likely_amounts = st.one_of(amounts, st.integers(min_value=0, max_value=20_000_000))


@pytest.mark.parametrize(
    ("amount", "written"),
    [
        (0, "Rp0"),
        (1, "Rp1"),
        (999, "Rp999"),
        (1000, "Rp1.000"),
        (25_000, "Rp25.000"),
        (150_000, "Rp150.000"),
        (1_500_000, "Rp1.500.000"),
        (5_000_001, "Rp5.000.001"),
        (-1_500_000, "-Rp1.500.000"),
        (MAX_AMOUNT, "Rp999.999.999.999.999"),
    ],
)
def test_amount_is_written_the_puebi_way(amount: int, written: str) -> None:
    assert format_rupiah(amount) == written


@pytest.mark.parametrize(
    ("amount", "written"),
    [(0, "Rp0,00"), (1_500_000, "Rp1.500.000,00"), (-250_000, "-Rp250.000,00")],
)
def test_amount_with_decimals_ends_in_comma_zero_zero(amount: int, written: str) -> None:
    assert format_rupiah(amount, decimals=True) == written


@pytest.mark.parametrize("amount", [1.5, 1500000.0, True, False, Decimal(1500), "1500", None])
def test_only_whole_rupiah_ints_are_formatted(amount: object) -> None:
    with pytest.raises(TypeError):
        format_rupiah(amount)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("typed", "amount"),
    [
        ("Rp1.500.000", 1_500_000),
        ("Rp 1.500.000,00", 1_500_000),
        ("1500000", 1_500_000),
        ("1.500.000", 1_500_000),
        (" 1 500 000 ", 1_500_000),
        ("rp1.500.000", 1_500_000),
        ("RP 150.000", 150_000),
        ("Rp. 150.000", 150_000),
        ("Rp150.000,-", 150_000),
        ("Rp150.000,0", 150_000),
        ("0", 0),
        ("Rp0", 0),
        ("000500", 500),
        ("1.000", 1000),
        ("999.999.999.999.999", MAX_AMOUNT),
    ],
)
def test_amount_typed_on_the_form_is_read(typed: str, amount: int) -> None:
    assert parse_rupiah(typed) == amount


@pytest.mark.parametrize("typed", ["", "   ", "\t"])
def test_empty_amount_is_refused(typed: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_rupiah(typed, "fee")
    assert caught.value.field == "fee"
    assert str(caught.value) == "Jumlah uang belum diisi."


@pytest.mark.parametrize(
    "typed",
    ["abc", "Rp", "satu juta", "1.50.000", "1.5000", "1,500", "1,500,000", "Rp1.500.000,000",
     "1.500.000.", "1e6", "1500000-", "Rp 1.500.000 rupiah", "١٥٠٠"],
)
def test_text_that_is_no_amount_is_refused(typed: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_rupiah(typed)
    assert caught.value.field == "amount"
    assert str(caught.value).endswith(
        "tidak dapat dibaca; tulis misalnya Rp1.500.000 (titik pemisah ribuan)."
    )
    assert "dots between thousands" in caught.value.render("en")


@pytest.mark.parametrize("typed", ["1.500,50", "Rp1.500.000,05", "10,5"])
def test_rupiah_has_no_cents(typed: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_rupiah(typed)
    assert str(caught.value) == "Rupiah tidak memakai sen: isi jumlah bulat, misalnya Rp1.500.000."
    assert caught.value.render("en") == "Rupiah has no cents: enter a whole amount, e.g. Rp1.500.000."


@pytest.mark.parametrize("typed", ["-1.500", "-Rp1.500.000", "Rp-1.500.000", "Rp.-5", "\u22121500", "- 1500"])
def test_negative_amount_is_refused(typed: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_rupiah(typed)
    assert str(caught.value) == "Jumlah uang tidak boleh negatif."


@pytest.mark.parametrize("typed", ["1000000000000000", "Rp1.000.000.000.000.000", "9" * 5000])
def test_absurdly_large_amount_is_refused(typed: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_rupiah(typed)
    assert str(caught.value) == "Jumlah uang terlalu besar; paling banyak Rp999.999.999.999.999."


@given(likely_amounts, st.booleans())
def test_written_amount_reads_back(amount: int, decimals: bool) -> None:
    assert parse_rupiah(format_rupiah(amount, decimals=decimals)) == amount


# Derived by hand from the grammar (se- before belas/puluh/ratus/ribu, "satu" before juta/miliar/triliun).
TERBILANG_TABLE = [
    (0, "nol"),
    (1, "satu"),
    (2, "dua"),
    (9, "sembilan"),
    (10, "sepuluh"),
    (11, "sebelas"),
    (12, "dua belas"),
    (15, "lima belas"),
    (19, "sembilan belas"),
    (20, "dua puluh"),
    (21, "dua puluh satu"),
    (55, "lima puluh lima"),
    (99, "sembilan puluh sembilan"),
    (100, "seratus"),
    (101, "seratus satu"),
    (110, "seratus sepuluh"),
    (111, "seratus sebelas"),
    (119, "seratus sembilan belas"),
    (200, "dua ratus"),
    (999, "sembilan ratus sembilan puluh sembilan"),
    (1000, "seribu"),
    (1001, "seribu satu"),
    (1010, "seribu sepuluh"),
    (1100, "seribu seratus"),
    (1111, "seribu seratus sebelas"),
    (2000, "dua ribu"),
    (10_000, "sepuluh ribu"),
    (11_000, "sebelas ribu"),
    (12_500, "dua belas ribu lima ratus"),
    (21_000, "dua puluh satu ribu"),
    (100_000, "seratus ribu"),
    (101_000, "seratus satu ribu"),
    (111_111, "seratus sebelas ribu seratus sebelas"),
    (250_000, "dua ratus lima puluh ribu"),
    (1_000_000, "satu juta"),
    (1_000_001, "satu juta satu"),
    (1_001_000, "satu juta seribu"),
    (1_100_000, "satu juta seratus ribu"),
    (1_500_000, "satu juta lima ratus ribu"),
    (2_011_000, "dua juta sebelas ribu"),
    (5_000_000, "lima juta"),
    (10_000_000, "sepuluh juta"),
    (11_000_000, "sebelas juta"),
    (21_001_001, "dua puluh satu juta seribu satu"),
    (100_000_000, "seratus juta"),
    (101_000_000, "seratus satu juta"),
    (1_000_000_000, "satu miliar"),
    (1_001_001_000, "satu miliar satu juta seribu"),
    (1_000_000_000_000, "satu triliun"),
    (1_000_000_001_000, "satu triliun seribu"),
    (2_000_000_000_000, "dua triliun"),
    (15_000_000_000_000, "lima belas triliun"),
    (
        MAX_AMOUNT,
        "sembilan ratus sembilan puluh sembilan triliun sembilan ratus sembilan puluh sembilan miliar "
        "sembilan ratus sembilan puluh sembilan juta sembilan ratus sembilan puluh sembilan ribu "
        "sembilan ratus sembilan puluh sembilan",
    ),
]


@pytest.mark.parametrize(("amount", "words"), TERBILANG_TABLE)
def test_terbilang_follows_indonesian_grammar(amount: int, words: str) -> None:
    assert terbilang(amount) == words


def test_receipt_amount_in_words_ends_in_rupiah() -> None:
    assert terbilang_rupiah(1_500_000) == "satu juta lima ratus ribu rupiah"
    assert terbilang_rupiah(0) == "nol rupiah"


@pytest.mark.parametrize("amount", [-1, -1_500_000])
def test_terbilang_refuses_negative_amounts(amount: int) -> None:
    with pytest.raises(ValidationError) as caught:
        terbilang(amount)
    assert caught.value.field == "amount"
    assert str(caught.value) == f"Terbilang hanya untuk jumlah nol atau lebih, bukan {amount}."


@pytest.mark.parametrize("amount", [10**15, 10**30])
def test_terbilang_refuses_amounts_of_a_thousand_triliun(amount: int) -> None:
    with pytest.raises(ValidationError) as caught:
        terbilang_rupiah(amount)
    assert caught.value.field == "amount"
    assert caught.value.render("en") == "The amount is too large; at most Rp999.999.999.999.999."


@pytest.mark.parametrize("amount", [1.0, True, Decimal(5), "5", None])
def test_terbilang_takes_only_ints(amount: object) -> None:
    with pytest.raises(TypeError):
        terbilang(amount)  # type: ignore[arg-type]


# An independent reader of Indonesian number words, for the round trip.
_UNIT_WORDS = {"nol": 0, "satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5,
               "enam": 6, "tujuh": 7, "delapan": 8, "sembilan": 9}
_SE_WORDS = {"sepuluh": 10, "sebelas": 11, "seratus": 100}
_MULTIPLIERS = {"belas": None, "puluh": 10, "ratus": 100}
_SCALE_WORDS = {"ribu": 10**3, "juta": 10**6, "miliar": 10**9, "triliun": 10**12}


def words_to_int(words: str) -> int:
    total = group = 0
    pending: int | None = None  # a unit word waiting for belas/puluh/ratus or a scale
    for word in words.split(" "):
        if word in _UNIT_WORDS:
            assert pending is None, words
            pending = _UNIT_WORDS[word]
        elif word in _MULTIPLIERS:
            assert pending is not None, words
            group += 10 + pending if word == "belas" else pending * _MULTIPLIERS[word]  # type: ignore[operator]
            pending = None
        elif word in _SE_WORDS:
            group += _SE_WORDS[word]
        elif word == "seribu":
            assert group == 0 and pending is None, words
            total += 1000
        elif word in _SCALE_WORDS:
            group += pending or 0
            pending = None
            assert group, words
            total += group * _SCALE_WORDS[word]
            group = 0
        else:
            raise AssertionError(f"unknown word {word!r} in {words!r}")
    return total + group + (pending or 0)


def test_the_test_reader_reads_the_table() -> None:
    assert [words_to_int(words) for _, words in TERBILANG_TABLE] == [amount for amount, _ in TERBILANG_TABLE]


@given(likely_amounts)
def test_terbilang_reads_back_to_the_same_amount(amount: int) -> None:
    assert words_to_int(terbilang(amount)) == amount


@given(likely_amounts)
def test_terbilang_is_lowercase_words_with_single_spaces(amount: int) -> None:
    words = terbilang(amount)
    assert words == words.strip().lower()
    assert "  " not in words
    assert all(word.isalpha() for word in words.split(" "))


@given(likely_amounts)
def test_terbilang_never_says_satu_where_se_belongs(amount: int) -> None:
    words = terbilang(amount).split(" ")
    for index, pair in enumerate(itertools.pairwise(words)):
        assert pair not in {("satu", "ratus"), ("satu", "puluh"), ("satu", "belas")}
        if pair == ("satu", "ribu"):  # only as the last digit of a group: 21 ribu, 101 ribu ...
            assert index > 0 and words[index - 1] in {"puluh", "ratus", "seratus"}
    assert not {"sejuta", "semiliar", "setriliun"} & set(words)
    if amount:
        assert "nol" not in words


@given(st.integers(min_value=1, max_value=999))
def test_thousand_group_inside_millions_reads_like_alone(thousands: int) -> None:
    assert terbilang(7_000_000 + thousands * 1000) == f"tujuh juta {terbilang(thousands * 1000)}"
