"""The referral directory's vocabulary: the kinds of local services a social worker refers clients to.

Values are stable identifiers stored in the database (``institution.kind``); labels are what the user reads.
"""

from __future__ import annotations

from enum import StrEnum

from peksos_desk.domain.text import Text


class InstitutionKind(StrEnum):
    """What kind of service an institution in the referral directory is (DOMAIN.md, referral directory)."""

    SOCIAL_AFFAIRS = "dinas_sosial"
    UPTD_PPA = "uptd_ppa"
    PUSKESMAS = "puskesmas"
    HOSPITAL = "rumah_sakit"
    LKS = "lks"
    P2TP2A = "p2tp2a"
    LK3 = "lk3"
    SCHOOL = "sekolah"
    POLICE = "kepolisian"
    COURT = "pengadilan"
    OTHER = "lainnya"

    @property
    def label(self) -> Text:
        """The kind's name as a bilingual message."""
        return _LABELS[self]


_LABELS: dict[InstitutionKind, Text] = {
    InstitutionKind.SOCIAL_AFFAIRS: Text("Dinas Sosial", "Social affairs office (Dinas Sosial)"),
    InstitutionKind.UPTD_PPA: Text("UPTD PPA (Perlindungan Perempuan dan Anak)",
                                   "UPTD PPA (women and child protection unit)"),
    InstitutionKind.PUSKESMAS: Text("Puskesmas", "Community health centre (Puskesmas)"),
    InstitutionKind.HOSPITAL: Text("Rumah sakit", "Hospital"),
    InstitutionKind.LKS: Text("LKS (Lembaga Kesejahteraan Sosial)", "LKS (social welfare institution)"),
    InstitutionKind.P2TP2A: Text("P2TP2A", "P2TP2A (integrated service centre for women and children)"),
    InstitutionKind.LK3: Text("LK3 (Lembaga Konsultasi Kesejahteraan Keluarga)",
                              "LK3 (family welfare consultation bureau)"),
    InstitutionKind.SCHOOL: Text("Sekolah", "School"),
    InstitutionKind.POLICE: Text("Kepolisian", "Police"),
    InstitutionKind.COURT: Text("Pengadilan", "Court"),
    InstitutionKind.OTHER: Text("Lainnya", "Other"),
}

INSTITUTION_KIND_VALUES: tuple[str, ...] = tuple(kind.value for kind in InstitutionKind)
"""The stored values, in the order the directory offers them."""
