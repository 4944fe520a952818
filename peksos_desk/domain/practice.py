"""The practice's fixed vocabularies: fields, settings, places, attendance, note formats.

Values are stable identifiers stored in the database; labels are what the user reads.
"""

from __future__ import annotations

from enum import StrEnum

from peksos_desk.domain.text import Text


class _Labelled(StrEnum):
    """A string enum whose members carry a bilingual label."""

    @property
    def label(self) -> Text:
        return _LABELS[(type(self), self.value)]


class Sex(_Labelled):
    MALE = "L"  # laki-laki
    FEMALE = "P"  # perempuan


class FieldOfPractice(_Labelled):
    CHILDREN = "anak"
    YOUTH = "remaja"
    ELDERLY = "lansia"
    DISABILITY = "disabilitas"
    FAMILY = "keluarga"
    OTHER = "lainnya"


class PracticeSetting(_Labelled):
    HOSPITAL = "rumah_sakit"
    SCHOOL = "sekolah"
    CORRECTIONAL = "koreksional"
    COMMUNITY = "komunitas"
    INSTITUTION = "panti"
    CONSULTATION = "lembaga_konsultasi"
    OTHER = "lainnya"


class SessionPlace(_Labelled):
    OFFICE = "kantor"
    HOME_VISIT = "kunjungan_rumah"
    ONLINE = "daring"
    INSTITUTION = "lembaga"


class Attendance(_Labelled):
    SCHEDULED = "terjadwal"
    ATTENDED = "hadir"
    NO_SHOW = "tidak_hadir"
    CANCELLED = "dibatalkan"


class NoteFormat(_Labelled):
    DAP = "dap"
    SOAP = "soap"
    FREE = "bebas"

    @property
    def sections(self) -> tuple[str, ...]:
        """The keys of the note's sections, in the order they are written."""
        return _NOTE_SECTIONS[self]


class GoalStatus(_Labelled):
    PLANNED = "direncanakan"
    IN_PROGRESS = "berjalan"
    ACHIEVED = "tercapai"
    PARTLY_ACHIEVED = "sebagian"
    NOT_ACHIEVED = "tidak_tercapai"
    DROPPED = "dibatalkan"


class AssessmentSection(_Labelled):
    """The sections of a *formulir asesmen* (DOMAIN.md), strengths included."""

    IDENTITY = "identitas"
    REFERRAL_SOURCE = "sumber_rujukan"
    PRESENTING_PROBLEM = "masalah"
    DATA_SOURCES = "sumber_data"
    FAMILY = "keluarga"
    EDUCATION = "pendidikan"
    WORK = "pekerjaan"
    HEALTH = "kesehatan"
    SPIRITUALITY = "spiritualitas"
    LEGAL_STATUS = "status_hukum"
    STRENGTHS = "kekuatan"
    ANALYSIS = "analisis"


_NOTE_SECTIONS: dict[NoteFormat, tuple[str, ...]] = {
    NoteFormat.DAP: ("data", "assessment", "plan"),
    NoteFormat.SOAP: ("subjective", "objective", "assessment", "plan"),
    NoteFormat.FREE: ("narrative",),
}

NOTE_SECTION_LABELS: dict[str, Text] = {
    "data": Text("Data", "Data"),
    "assessment": Text("Asesmen", "Assessment"),
    "plan": Text("Rencana", "Plan"),
    "subjective": Text("Subjektif", "Subjective"),
    "objective": Text("Objektif", "Objective"),
    "narrative": Text("Catatan", "Narrative"),
}

# Keyed by (enum class, value): members of different enums may share a stored value ("dibatalkan" is
# both a cancelled session and a dropped goal), and string enums with equal values are equal dict keys.
_LABELS: dict[tuple[type[StrEnum], str], Text] = {(type(member), member.value): text for member, text in (
    (Sex.MALE, Text("Laki-laki", "Male")),
    (Sex.FEMALE, Text("Perempuan", "Female")),
    (FieldOfPractice.CHILDREN, Text("Anak", "Children")),
    (FieldOfPractice.YOUTH, Text("Remaja", "Youth")),
    (FieldOfPractice.ELDERLY, Text("Lanjut usia", "Elderly")),
    (FieldOfPractice.DISABILITY, Text("Disabilitas", "Disability")),
    (FieldOfPractice.FAMILY, Text("Keluarga", "Family")),
    (FieldOfPractice.OTHER, Text("Lainnya", "Other")),
    (PracticeSetting.HOSPITAL, Text("Rumah sakit", "Hospital")),
    (PracticeSetting.SCHOOL, Text("Sekolah", "School")),
    (PracticeSetting.CORRECTIONAL, Text("Koreksional (LPKA/Lapas/Bapas)", "Correctional (LPKA/prison/Bapas)")),
    (PracticeSetting.COMMUNITY, Text("Komunitas", "Community")),
    (PracticeSetting.INSTITUTION, Text("Panti / balai rehabilitasi", "Residential institution")),
    (PracticeSetting.CONSULTATION, Text("Lembaga konsultasi (LK3)", "Consultation bureau (LK3)")),
    (PracticeSetting.OTHER, Text("Lainnya", "Other")),
    (SessionPlace.OFFICE, Text("Kantor", "Office")),
    (SessionPlace.HOME_VISIT, Text("Kunjungan rumah", "Home visit")),
    (SessionPlace.ONLINE, Text("Daring", "Online")),
    (SessionPlace.INSTITUTION, Text("Lembaga", "Institution")),
    (Attendance.SCHEDULED, Text("Terjadwal", "Scheduled")),
    (Attendance.ATTENDED, Text("Hadir", "Attended")),
    (Attendance.NO_SHOW, Text("Tidak hadir", "Did not attend")),
    (Attendance.CANCELLED, Text("Dibatalkan", "Cancelled")),
    (NoteFormat.DAP, Text("DAP (Data, Asesmen, Rencana)", "DAP (Data, Assessment, Plan)")),
    (NoteFormat.SOAP, Text("SOAP (Subjektif, Objektif, Asesmen, Rencana)",
                          "SOAP (Subjective, Objective, Assessment, Plan)")),
    (NoteFormat.FREE, Text("Narasi bebas", "Free narrative")),
    (GoalStatus.PLANNED, Text("Direncanakan", "Planned")),
    (GoalStatus.IN_PROGRESS, Text("Berjalan", "In progress")),
    (GoalStatus.ACHIEVED, Text("Tercapai", "Achieved")),
    (GoalStatus.PARTLY_ACHIEVED, Text("Tercapai sebagian", "Partly achieved")),
    (GoalStatus.NOT_ACHIEVED, Text("Tidak tercapai", "Not achieved")),
    (GoalStatus.DROPPED, Text("Dibatalkan", "Dropped")),
    (AssessmentSection.IDENTITY, Text("Identitas", "Identity")),
    (AssessmentSection.REFERRAL_SOURCE, Text("Sumber rujukan", "Referral source")),
    (AssessmentSection.PRESENTING_PROBLEM, Text("Masalah yang dihadapi", "Presenting problem")),
    (AssessmentSection.DATA_SOURCES, Text("Sumber data", "Data sources")),
    (AssessmentSection.FAMILY, Text("Keluarga", "Family")),
    (AssessmentSection.EDUCATION, Text("Pendidikan", "Education")),
    (AssessmentSection.WORK, Text("Pekerjaan", "Work")),
    (AssessmentSection.HEALTH, Text("Kesehatan", "Health")),
    (AssessmentSection.SPIRITUALITY, Text("Spiritualitas", "Spirituality")),
    (AssessmentSection.LEGAL_STATUS, Text("Status hukum", "Legal status")),
    (AssessmentSection.STRENGTHS, Text("Kekuatan, kapasitas dan sumber daya",
                                       "Strengths, capacities and resources")),
    (AssessmentSection.ANALYSIS, Text("Analisis dan kesimpulan", "Analysis and conclusion")),
)}
