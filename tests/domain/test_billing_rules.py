"""Billing arithmetic and rules: sliding-scale fees, number patterns, ageing, bea meterai, allocation."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from peksos_desk.domain.billing import (
    AgeingBucket,
    FeeKind,
    ageing_bucket,
    allocate,
    apply_fee_arrangement,
    check_number_pattern,
    format_document_number,
    needs_meterai,
    pattern_uses_year,
)
from peksos_desk.domain.errors import ValidationError
from peksos_desk.domain.text import Text

LABEL = Text("Pola nomor", "Number pattern")


@pytest.mark.parametrize(("fee", "kind", "percent", "expected"), [
    (250_000, FeeKind.STANDARD, None, 250_000),
    (250_000, FeeKind.REDUCED, 30, 175_000),
    (250_000, FeeKind.FREE, None, 0),
    (333, FeeKind.REDUCED, 50, 167),  # 166,5 rounds half up
    (333, FeeKind.REDUCED, 33, 223),  # 223,11 rounds down
    (1, FeeKind.REDUCED, 50, 1),  # 0,5 rounds up
    (1, FeeKind.REDUCED, 51, 0),  # 0,49 rounds down
    (0, FeeKind.REDUCED, 99, 0),
])
def test_a_fee_arrangement_applied_to_the_schedule_fee(fee, kind, percent, expected):
    assert apply_fee_arrangement(fee, kind, percent) == expected


@given(st.integers(0, 10**12), st.integers(1, 99))
def test_a_reduced_fee_is_the_exact_amount_rounded_half_up(fee, percent):
    exact_hundredths = fee * (100 - percent)  # the reduced fee × 100, exactly
    reduced = apply_fee_arrangement(fee, FeeKind.REDUCED, percent)
    assert abs(reduced * 100 - exact_hundredths) <= 50
    assert reduced * 100 - exact_hundredths != -50  # a half goes up, never down
    assert 0 <= reduced <= fee


@pytest.mark.parametrize("percent", [None, 0, 100])
def test_a_reduction_needs_a_percentage_between_1_and_99(percent):
    with pytest.raises(ValueError):
        apply_fee_arrangement(250_000, FeeKind.REDUCED, percent)


@pytest.mark.parametrize(("pattern", "year", "seq", "number"), [
    ("INV/{year}/{seq:04d}", 2026, 1, "INV/2026/0001"),
    ("KW/{year}/{seq:04d}", 2027, 12, "KW/2027/0012"),
    ("{seq:03}-PSM-{year}", 2026, 7, "007-PSM-2026"),
    ("F{seq}", 2026, 12345, "F12345"),
    ("INV/{year}/{seq:04d}", 2026, 12345, "INV/2026/12345"),  # a width is a minimum
])
def test_numbers_follow_their_pattern(pattern, year, seq, number):
    assert check_number_pattern("p", LABEL, pattern) == pattern
    assert format_document_number(pattern, year, seq) == number


def test_a_pattern_without_the_year_runs_on():
    assert pattern_uses_year("INV/{year}/{seq:04d}")
    assert not pattern_uses_year("INV-{seq:05d}")


@pytest.mark.parametrize("pattern", [
    "", "   ", "INV/{year}", "INV/{seq}/{seq}", "INV/{tahun}/{seq}", "INV/{year/{seq}", "INV/{seq:x>}{", "{seq!r}",
    "{seq:.2f}", "{seq:>10}", "{seq[0]}", "{seq.real}", "{}", "{0}", "INV-" + "X" * 60 + "-{seq}", "INV\t{seq}",
    "{year:x}/{seq}",
])
def test_an_unusable_pattern_is_refused(pattern):
    with pytest.raises(ValidationError) as caught:
        check_number_pattern("invoice_pattern", LABEL, pattern)
    assert caught.value.field == "invoice_pattern"
    assert "Pola nomor" in str(caught.value)


def test_a_pattern_is_trimmed():
    assert check_number_pattern("p", LABEL, "  INV/{year}/{seq:04d} ") == "INV/{year}/{seq:04d}"


@pytest.mark.parametrize(("days", "bucket"), [
    (-10, AgeingBucket.DAYS_0_30), (0, AgeingBucket.DAYS_0_30), (30, AgeingBucket.DAYS_0_30),
    (31, AgeingBucket.DAYS_31_60), (60, AgeingBucket.DAYS_31_60), (61, AgeingBucket.OVER_60),
    (400, AgeingBucket.OVER_60),
])
def test_ageing_buckets(days, bucket):
    assert ageing_bucket(days) is bucket


def test_meterai_above_five_million_only():
    assert not needs_meterai(5_000_000)
    assert needs_meterai(5_000_001)


@given(st.integers(0, 10**12), st.lists(st.integers(0, 10**9), min_size=1, max_size=8))
def test_allocation_adds_up_exactly_and_stays_proportional(amount, weights):
    parts = allocate(amount, weights)
    assert sum(parts) == amount and len(parts) == len(weights)
    total = sum(weights) or len(weights)
    for part, weight in zip(parts, weights or [], strict=True):
        share = amount * (weight if sum(weights) else 1) / total
        assert share - 1 < part < share + 1


def test_allocation_gives_the_leftover_rupiah_to_the_largest_remainder():
    assert allocate(315_001, [250_000, 350_000, 100_000]) == [112_500, 157_501, 45_000]
    assert allocate(10, [1, 1, 1]) == [4, 3, 3]
    assert allocate(5, [0, 0]) == [3, 2]
