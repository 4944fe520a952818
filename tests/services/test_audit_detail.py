"""The audit log's details read as words in both languages, never as internal codes."""

from __future__ import annotations

import pytest

from peksos_desk.services.audit import detail_label


@pytest.mark.parametrize(("detail", "indonesian", "english"), [
    ("receipt=KW/2026/0042 amount=550000 method=tunai", "kuitansi KW/2026/0042, jumlah Rp550.000, cara bayar Tunai",
     "receipt KW/2026/0042, amount Rp550.000, method Cash"),
    ("number=INV/2026/0038 total=300000", "nomor INV/2026/0038, total Rp300.000",
     "number INV/2026/0038, total Rp300.000"),
    ("client=36,case=47", "klien #36, kasus #47", "client #36, case #47"),
    ("rumah_sakit", "Rumah sakit", "Hospital"),
    ("signature", "tanda tangan", "signature"),
    ("daily", "harian", "daily"),
    ("full_name,phone", "full name, phone", "full name, phone"),
    ("", "", ""),
])
def test_details_in_words(detail: str, indonesian: str, english: str) -> None:
    label = detail_label(detail)
    assert (label.id, label.en) == (indonesian, english)


def test_a_stage_move_names_the_move_and_the_stage() -> None:
    label = detail_label("maju:intervensi")
    assert "→" in label.id and "Intervensi" in label.id and "Intervention" in label.en


def test_an_unknown_code_is_made_readable_not_dropped() -> None:
    assert detail_label("something_new=abc").en == "something new abc"
