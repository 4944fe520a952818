"""The PPKS categories (Permensos No. 8 Tahun 2012) and the ATENSI clusters (Permensos No. 7 Tahun 2021).

PPKS (*Pemerlu Pelayanan Kesejahteraan Sosial*) are the people a social worker serves. The list is kept as
data, not as an enum: a later regulation may change it, and the store keeps only the code. A client may fit
several categories. The five ATENSI clusters are a second, coarser grouping for reports.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from peksos_desk.domain.errors import ValidationError
from peksos_desk.domain.text import Text


@dataclass(frozen=True)
class PpksCategory:
    """One PPKS category: its code in Permensos 8/2012 and its names in both languages."""

    code: int
    name_id: str
    name_en: str

    @property
    def label(self) -> Text:
        """The category's name as a bilingual message."""
        return Text(self.name_id, self.name_en)


PPKS_CATEGORIES: tuple[PpksCategory, ...] = (
    PpksCategory(1, "Anak Balita Terlantar", "Neglected child under five"),
    PpksCategory(2, "Anak Terlantar", "Neglected child"),
    PpksCategory(3, "Anak yang Berhadapan dengan Hukum", "Child in conflict with the law"),
    PpksCategory(4, "Anak Jalanan", "Street child"),
    PpksCategory(5, "Anak dengan Kedisabilitasan", "Child with disability"),
    PpksCategory(6, "Anak yang Menjadi Korban Tindak Kekerasan atau Diperlakukan Salah",
                 "Child victim of violence or mistreatment"),
    PpksCategory(7, "Anak yang Memerlukan Perlindungan Khusus", "Child in need of special protection"),
    PpksCategory(8, "Lanjut Usia Terlantar", "Neglected elderly person"),
    PpksCategory(9, "Penyandang Disabilitas", "Person with disability"),
    PpksCategory(10, "Tuna Susila", "Sex worker"),
    PpksCategory(11, "Gelandangan", "Homeless person"),
    PpksCategory(12, "Pengemis", "Beggar"),
    PpksCategory(13, "Pemulung", "Scavenger"),
    PpksCategory(14, "Kelompok Minoritas", "Minority group"),
    PpksCategory(15, "Bekas Warga Binaan Lembaga Pemasyarakatan", "Former prison inmate"),
    PpksCategory(16, "Orang dengan HIV/AIDS", "Person living with HIV/AIDS"),
    PpksCategory(17, "Korban Penyalahgunaan NAPZA", "Victim of drug abuse"),
    PpksCategory(18, "Korban Trafficking", "Trafficking victim"),
    PpksCategory(19, "Korban Tindak Kekerasan", "Victim of violence"),
    PpksCategory(20, "Pekerja Migran Bermasalah Sosial", "Migrant worker with social problems"),
    PpksCategory(21, "Korban Bencana Alam", "Natural disaster victim"),
    PpksCategory(22, "Korban Bencana Sosial", "Social disaster victim"),
    PpksCategory(23, "Perempuan Rawan Sosial Ekonomi", "Socio-economically vulnerable woman"),
    PpksCategory(24, "Fakir Miskin", "Person in poverty"),
    PpksCategory(25, "Keluarga Bermasalah Sosial Psikologis", "Family with psychosocial problems"),
    PpksCategory(26, "Komunitas Adat Terpencil", "Remote indigenous community"),
)

_BY_CODE: dict[int, PpksCategory] = {category.code: category for category in PPKS_CATEGORIES}


def ppks_by_code(code: int) -> PpksCategory:
    """The PPKS category with ``code``; ``ValidationError("ppks", ...)`` when no category has that code."""
    category = _BY_CODE.get(code) if isinstance(code, int) and not isinstance(code, bool) else None
    if category is None:
        raise ValidationError("ppks", Text(
            "Kode PPKS {code} tidak dikenal; kode yang berlaku 1 sampai {last}.",
            "Unknown PPKS code {code}; the valid codes are 1 to {last}.",
        ).format(code=code, last=len(PPKS_CATEGORIES)))
    return category


class AtensiCluster(StrEnum):
    """The five client clusters of ATENSI (Asistensi Rehabilitasi Sosial, Permensos 7/2021)."""

    ANAK = "anak"
    PENYANDANG_DISABILITAS = "penyandang_disabilitas"
    TUNA_SOSIAL_DAN_KORBAN_PERDAGANGAN_ORANG = "tuna_sosial_perdagangan_orang"
    KORBAN_NAPZA = "korban_napza"
    LANJUT_USIA = "lanjut_usia"

    @property
    def label(self) -> Text:
        """The cluster's name as a bilingual message."""
        return _CLUSTER_LABELS[self]


_CLUSTER_LABELS: dict[AtensiCluster, Text] = {
    AtensiCluster.ANAK: Text("Anak", "Children"),
    AtensiCluster.PENYANDANG_DISABILITAS: Text("Penyandang disabilitas", "Persons with disabilities"),
    AtensiCluster.TUNA_SOSIAL_DAN_KORBAN_PERDAGANGAN_ORANG: Text(
        "Tuna sosial dan korban perdagangan orang", "Socially marginalised people and trafficking victims"),
    AtensiCluster.KORBAN_NAPZA: Text("Korban penyalahgunaan NAPZA", "Victims of drug abuse"),
    AtensiCluster.LANJUT_USIA: Text("Lanjut usia", "Older people"),
}

# Only the categories that plainly belong to one cluster. Code 5 (Anak dengan Kedisabilitasan) goes to
# penyandang disabilitas, not anak: the disability decides which rehabilitation service the child needs, and
# the client stays in the same cluster on turning 18. A report that wants every child can still count codes
# 1-7.
_ATENSI_BY_CODE: dict[int, AtensiCluster] = {
    1: AtensiCluster.ANAK,
    2: AtensiCluster.ANAK,
    3: AtensiCluster.ANAK,
    4: AtensiCluster.ANAK,
    5: AtensiCluster.PENYANDANG_DISABILITAS,
    6: AtensiCluster.ANAK,
    7: AtensiCluster.ANAK,
    8: AtensiCluster.LANJUT_USIA,
    9: AtensiCluster.PENYANDANG_DISABILITAS,
    10: AtensiCluster.TUNA_SOSIAL_DAN_KORBAN_PERDAGANGAN_ORANG,
    11: AtensiCluster.TUNA_SOSIAL_DAN_KORBAN_PERDAGANGAN_ORANG,
    12: AtensiCluster.TUNA_SOSIAL_DAN_KORBAN_PERDAGANGAN_ORANG,
    13: AtensiCluster.TUNA_SOSIAL_DAN_KORBAN_PERDAGANGAN_ORANG,
    17: AtensiCluster.KORBAN_NAPZA,
    18: AtensiCluster.TUNA_SOSIAL_DAN_KORBAN_PERDAGANGAN_ORANG,
}


def atensi_cluster(code: int) -> AtensiCluster | None:
    """The ATENSI cluster of PPKS category ``code``, or ``None`` when it fits no single cluster.

    Raises ``ValidationError("ppks", ...)`` for a code that is no PPKS category.
    """
    return _ATENSI_BY_CODE.get(ppks_by_code(code).code)
