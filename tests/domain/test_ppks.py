"""The PPKS categories of Permensos 8/2012 and the ATENSI clusters of Permensos 7/2021."""

from __future__ import annotations

import dataclasses

import pytest

from peksos_desk.domain.errors import ValidationError
from peksos_desk.domain.ppks import (
    PPKS_CATEGORIES,
    AtensiCluster,
    PpksCategory,
    atensi_cluster,
    ppks_by_code,
)

# A second copy of the table in DOMAIN.md, typed by hand: the module must match it word for word.
DOMAIN_TABLE = [
    (1, "Anak Balita Terlantar", "Neglected child under five"),
    (2, "Anak Terlantar", "Neglected child"),
    (3, "Anak yang Berhadapan dengan Hukum", "Child in conflict with the law"),
    (4, "Anak Jalanan", "Street child"),
    (5, "Anak dengan Kedisabilitasan", "Child with disability"),
    (6, "Anak yang Menjadi Korban Tindak Kekerasan atau Diperlakukan Salah",
     "Child victim of violence or mistreatment"),
    (7, "Anak yang Memerlukan Perlindungan Khusus", "Child in need of special protection"),
    (8, "Lanjut Usia Terlantar", "Neglected elderly person"),
    (9, "Penyandang Disabilitas", "Person with disability"),
    (10, "Tuna Susila", "Sex worker"),
    (11, "Gelandangan", "Homeless person"),
    (12, "Pengemis", "Beggar"),
    (13, "Pemulung", "Scavenger"),
    (14, "Kelompok Minoritas", "Minority group"),
    (15, "Bekas Warga Binaan Lembaga Pemasyarakatan", "Former prison inmate"),
    (16, "Orang dengan HIV/AIDS", "Person living with HIV/AIDS"),
    (17, "Korban Penyalahgunaan NAPZA", "Victim of drug abuse"),
    (18, "Korban Trafficking", "Trafficking victim"),
    (19, "Korban Tindak Kekerasan", "Victim of violence"),
    (20, "Pekerja Migran Bermasalah Sosial", "Migrant worker with social problems"),
    (21, "Korban Bencana Alam", "Natural disaster victim"),
    (22, "Korban Bencana Sosial", "Social disaster victim"),
    (23, "Perempuan Rawan Sosial Ekonomi", "Socio-economically vulnerable woman"),
    (24, "Fakir Miskin", "Person in poverty"),
    (25, "Keluarga Bermasalah Sosial Psikologis", "Family with psychosocial problems"),
    (26, "Komunitas Adat Terpencil", "Remote indigenous community"),
]

A = AtensiCluster
EXPECTED_CLUSTERS: dict[int, AtensiCluster | None] = {
    1: A.ANAK, 2: A.ANAK, 3: A.ANAK, 4: A.ANAK, 5: A.PENYANDANG_DISABILITAS, 6: A.ANAK, 7: A.ANAK,
    8: A.LANJUT_USIA, 9: A.PENYANDANG_DISABILITAS,
    10: A.TUNA_SOSIAL_DAN_KORBAN_PERDAGANGAN_ORANG, 11: A.TUNA_SOSIAL_DAN_KORBAN_PERDAGANGAN_ORANG,
    12: A.TUNA_SOSIAL_DAN_KORBAN_PERDAGANGAN_ORANG, 13: A.TUNA_SOSIAL_DAN_KORBAN_PERDAGANGAN_ORANG,
    14: None, 15: None, 16: None, 17: A.KORBAN_NAPZA, 18: A.TUNA_SOSIAL_DAN_KORBAN_PERDAGANGAN_ORANG,
    19: None, 20: None, 21: None, 22: None, 23: None, 24: None, 25: None, 26: None,
}


def test_the_list_has_the_twenty_six_categories_in_code_order() -> None:
    assert [category.code for category in PPKS_CATEGORIES] == list(range(1, 27))


@pytest.mark.parametrize(("code", "name_id", "name_en"), DOMAIN_TABLE)
def test_category_names_match_permensos_8_2012(code: int, name_id: str, name_en: str) -> None:
    assert ppks_by_code(code) == PpksCategory(code, name_id, name_en)


@pytest.mark.parametrize(("code", "name_id", "name_en"), DOMAIN_TABLE)
def test_category_label_speaks_both_languages(code: int, name_id: str, name_en: str) -> None:
    label = ppks_by_code(code).label
    assert (label.render("id"), label.render("en")) == (name_id, name_en)


def test_street_child_label_shows_in_indonesian_by_default() -> None:
    assert str(ppks_by_code(4).label) == "Anak Jalanan"


def test_a_category_cannot_be_changed_by_accident() -> None:
    with pytest.raises(dataclasses.FrozenInstanceError):
        ppks_by_code(1).code = 2  # type: ignore[misc]


@pytest.mark.parametrize("code", [0, 27, -1, 99, 100])
def test_unknown_ppks_code_is_refused(code: int) -> None:
    with pytest.raises(ValidationError) as caught:
        ppks_by_code(code)
    assert caught.value.field == "ppks"
    assert str(caught.value) == f"Kode PPKS {code} tidak dikenal; kode yang berlaku 1 sampai 26."
    assert caught.value.render("en") == f"Unknown PPKS code {code}; the valid codes are 1 to 26."


def test_true_is_no_ppks_code() -> None:
    with pytest.raises(ValidationError):
        ppks_by_code(True)


@pytest.mark.parametrize(("code", "cluster"), sorted(EXPECTED_CLUSTERS.items()))
def test_category_falls_in_its_atensi_cluster(code: int, cluster: AtensiCluster | None) -> None:
    assert atensi_cluster(code) is cluster


def test_child_with_disability_is_counted_with_disability_not_children() -> None:
    assert atensi_cluster(5) is AtensiCluster.PENYANDANG_DISABILITAS


def test_trafficking_victim_shares_the_tuna_sosial_cluster() -> None:
    assert atensi_cluster(18) is atensi_cluster(11) is AtensiCluster.TUNA_SOSIAL_DAN_KORBAN_PERDAGANGAN_ORANG


def test_every_atensi_cluster_holds_some_category() -> None:
    assert {atensi_cluster(category.code) for category in PPKS_CATEGORIES} - {None} == set(AtensiCluster)


def test_atensi_cluster_of_unknown_code_is_refused() -> None:
    with pytest.raises(ValidationError) as caught:
        atensi_cluster(27)
    assert caught.value.field == "ppks"


@pytest.mark.parametrize(
    ("cluster", "stored", "label_id", "label_en"),
    [
        (A.ANAK, "anak", "Anak", "Children"),
        (A.PENYANDANG_DISABILITAS, "penyandang_disabilitas", "Penyandang disabilitas",
         "Persons with disabilities"),
        (A.TUNA_SOSIAL_DAN_KORBAN_PERDAGANGAN_ORANG, "tuna_sosial_perdagangan_orang",
         "Tuna sosial dan korban perdagangan orang", "Socially marginalised people and trafficking victims"),
        (A.KORBAN_NAPZA, "korban_napza", "Korban penyalahgunaan NAPZA", "Victims of drug abuse"),
        (A.LANJUT_USIA, "lanjut_usia", "Lanjut usia", "Older people"),
    ],
)
def test_atensi_cluster_has_a_stored_value_and_label(
    cluster: AtensiCluster, stored: str, label_id: str, label_en: str
) -> None:
    assert cluster.value == stored
    assert AtensiCluster(stored) is cluster
    assert (cluster.label.render("id"), cluster.label.render("en")) == (label_id, label_en)
