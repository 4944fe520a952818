"""The practice's fixed vocabularies keep their stored values and speak both languages."""

from __future__ import annotations

from enum import StrEnum

import pytest

from peksos_desk.domain.practice import (
    NOTE_SECTION_LABELS,
    AssessmentSection,
    Attendance,
    FieldOfPractice,
    GoalStatus,
    NoteFormat,
    PracticeSetting,
    SessionPlace,
    Sex,
)

VOCABULARIES: list[type[StrEnum]] = [
    Sex, FieldOfPractice, PracticeSetting, SessionPlace, Attendance, NoteFormat, GoalStatus,
    AssessmentSection,
]

# The values are in the database: changing one needs a migration, so this list changes only with one.
STORED_VALUES: dict[type[StrEnum], list[str]] = {
    Sex: ["L", "P"],
    FieldOfPractice: ["anak", "remaja", "lansia", "disabilitas", "keluarga", "lainnya"],
    PracticeSetting: ["rumah_sakit", "sekolah", "koreksional", "komunitas", "panti", "lembaga_konsultasi",
                      "lainnya"],
    SessionPlace: ["kantor", "kunjungan_rumah", "daring", "lembaga"],
    Attendance: ["terjadwal", "hadir", "tidak_hadir", "dibatalkan"],
    NoteFormat: ["dap", "soap", "bebas"],
    GoalStatus: ["direncanakan", "berjalan", "tercapai", "sebagian", "tidak_tercapai", "dibatalkan"],
    AssessmentSection: ["identitas", "sumber_rujukan", "masalah", "sumber_data", "keluarga", "pendidikan",
                        "pekerjaan", "kesehatan", "spiritualitas", "status_hukum", "kekuatan", "analisis"],
}

MEMBERS = [member for vocabulary in VOCABULARIES for member in vocabulary]


@pytest.mark.parametrize("vocabulary", VOCABULARIES, ids=lambda vocabulary: vocabulary.__name__)
def test_stored_values_do_not_change(vocabulary: type[StrEnum]) -> None:
    assert [member.value for member in vocabulary] == STORED_VALUES[vocabulary]


@pytest.mark.parametrize("member", MEMBERS, ids=lambda member: f"{type(member).__name__}.{member.name}")
def test_every_choice_has_a_label_in_both_languages(member: StrEnum) -> None:
    label = member.label  # type: ignore[attr-defined]
    assert label.render("id").strip()
    assert label.render("en").strip()


@pytest.mark.parametrize("vocabulary", VOCABULARIES, ids=lambda vocabulary: vocabulary.__name__)
def test_choices_in_one_list_read_differently(vocabulary: type[StrEnum]) -> None:
    for language in ("id", "en"):
        labels = [member.label.render(language) for member in vocabulary]  # type: ignore[attr-defined]
        assert len(labels) == len(set(labels))


@pytest.mark.parametrize(
    ("sex", "label_id", "label_en"), [(Sex.MALE, "Laki-laki", "Male"), (Sex.FEMALE, "Perempuan", "Female")]
)
def test_sex_is_stored_as_on_the_ktp(sex: Sex, label_id: str, label_en: str) -> None:
    assert (sex.label.render("id"), sex.label.render("en")) == (label_id, label_en)


@pytest.mark.parametrize(
    ("note_format", "sections"),
    [
        (NoteFormat.DAP, ("data", "assessment", "plan")),
        (NoteFormat.SOAP, ("subjective", "objective", "assessment", "plan")),
        (NoteFormat.FREE, ("narrative",)),
    ],
)
def test_note_format_lists_its_sections_in_writing_order(
    note_format: NoteFormat, sections: tuple[str, ...]
) -> None:
    assert note_format.sections == sections


@pytest.mark.parametrize("note_format", list(NoteFormat))
def test_every_note_section_has_a_heading(note_format: NoteFormat) -> None:
    for section in note_format.sections:
        heading = NOTE_SECTION_LABELS[section]
        assert heading.render("id") and heading.render("en")


def test_strengths_are_part_of_every_assessment() -> None:
    assert AssessmentSection.STRENGTHS.label.render("id") == "Kekuatan, kapasitas dan sumber daya"


def test_indonesian_label_shows_by_default() -> None:
    assert str(PracticeSetting.CORRECTIONAL.label) == "Koreksional (LPKA/Lapas/Bapas)"


def test_members_of_different_vocabularies_sharing_a_value_keep_their_own_label() -> None:
    # "dibatalkan" is stored for a cancelled session and for a dropped goal; string enums with equal values
    # are equal dict keys, so a plain member-keyed table gave the session the goal's English label.
    assert Attendance.CANCELLED.value == GoalStatus.DROPPED.value
    assert Attendance.CANCELLED.label.render("en") == "Cancelled"
    assert GoalStatus.DROPPED.label.render("en") == "Dropped"
