"""The paper forms: the *formulir pendataan klien* and the *formulir asesmen*, blank and filled."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from peksos_desk.domain.ppks import PPKS_CATEGORIES
from peksos_desk.domain.practice import AssessmentSection
from peksos_desk.domain.text import LANGUAGES, Language
from peksos_desk.reports.forms import build_assessment_form, build_intake_form
from peksos_desk.services.cases import CaseView
from peksos_desk.services.clients import ClientView
from tests.reports.factories import LONG_NAME, PRINTED_ON, case, client, pdf_text, profile
from tests.reports.test_template import fonts, qpdf_check


def filled_client() -> ClientView:
    return client(nik="3273015708940003", kk_number="3273010101230004", birth_place="Denpasar",
                  address="Jl. Sukaluyu Gg. Mawar No. 12 RT 03/RW 07", phone="0813-2200-1144",
                  ppks_codes=(19, 23, 25), guardian_name="I Made Suarta", guardian_relation="Ayah",
                  consent_given=True, consent_date=date(2025, 1, 6), nickname="Komang")


def assessed_case() -> CaseView:
    return case(assessment={
        AssessmentSection.FAMILY: "Klien tinggal bersama suami dan dua anak.\n- Anak sulung 9 tahun, SD.",
        AssessmentSection.STRENGTHS: "Klien bekerja sebagai penjahit; ibu klien siap menampung.",
    })


def intake_pdf(item: ClientView | None, language: Language = "id") -> bytes:
    out = io.BytesIO()
    build_intake_form(item, profile(), out, language=language, printed_on=PRINTED_ON)
    return out.getvalue()


def assessment_pdf(item: CaseView | None, owner: ClientView | None, language: Language = "id") -> bytes:
    out = io.BytesIO()
    build_assessment_form(item, owner, profile(), out, language=language, printed_on=PRINTED_ON)
    return out.getvalue()


def flat(data: bytes) -> str:
    """The text of every page, lines joined by spaces (long labels wrap in the checklist's columns)."""
    return " ".join(" ".join(pdf_text(data)).split())


@pytest.mark.parametrize("language", LANGUAGES)
def test_blank_intake_form_has_every_section_and_the_26_ppks_categories(language: Language, tmp_path: Path) -> None:
    data = intake_pdf(None, language)
    text = flat(data)
    expected = {
        "id": ["FORMULIR PENDATAAN KLIEN", "A. Identitas Klien", "B. Orang Tua / Wali", "C. Kategori PPKS",
               "D. Persetujuan", "E. Catatan", "Nama lengkap", "NIK", "No. Kartu Keluarga (KK)", "Tempat lahir",
               "Tanggal lahir", "Jenis kelamin", "Laki-laki", "Perempuan", "Alamat", "No. telepon / HP",
               "Nama orang tua / wali", "Setuju", "Tidak setuju", "Klien,", "Orang tua / wali,",
               "Pekerja sosial,", "UU No. 27 Tahun 2022", "Halaman 1 dari"],
        "en": ["CLIENT INTAKE FORM", "A. Client's Identity", "B. Parent / Guardian", "C. PPKS Category",
               "D. Consent", "E. Notes", "Full name", "Family card (KK) no.", "Place of birth", "Date of birth",
               "Sex", "Male", "Female", "Address", "Parent's / guardian's name", "I agree", "Client,",
               "Parent / guardian,", "Social worker,", "Page 1 of"],
    }[language]
    for words in expected:
        assert words in text, words
    for category in PPKS_CATEGORIES:
        assert f"{category.code}. {category.label.render(language)}" in text, category.code
    qpdf_check(data, tmp_path)


def test_blank_forms_are_not_marked_confidential_but_say_they_will_be() -> None:
    for data in (intake_pdf(None), assessment_pdf(None, None)):
        pages = pdf_text(data)
        assert not any(line.strip() == "RAHASIA" for page in pages for line in page.splitlines())
        assert "bersifat RAHASIA" in flat(data)


def test_filled_intake_form_shows_the_record_ticks_and_confidential_mark(tmp_path: Path) -> None:
    data = intake_pdf(filled_client())
    pages = pdf_text(data)
    text = flat(data)
    for expected in (LONG_NAME, "KL-000017", "Komang", "Denpasar", "17 Agustus 1994", "I Made Suarta", "Ayah",
                     "Jl. Sukaluyu Gg. Mawar No. 12 RT 03/RW 07", "0813-2200-1144", "6 Januari 2025",
                     "Rahmawati Kusumaningrum, S.Tr.Sos., M.Kesos."):
        assert expected in text, expected
    assert all(any(line.strip() == "RAHASIA" for line in page.splitlines()) for page in pages)
    # the NIK's digits, one a box
    assert "3 2 7 3 0 1 5 7 0 8 9 4 0 0 0 3" in text
    # ticks: Perempuan, Setuju, and the client's three PPKS categories
    tight = text.replace("✓ ", "✓")
    assert "✓Perempuan" in tight and "✓Setuju" in tight
    assert [code for code in range(1, 27) if f"✓{code}." in tight] == [19, 23, 25]
    assert text.count("✓") == 6  # those five, and the checklist's "Beri tanda ✓"
    meta = PdfReader(io.BytesIO(data)).metadata
    assert meta is not None and meta.title == "Formulir Pendataan Klien KL-000017"
    assert "Komang" not in f"{meta.title} {meta.subject}"
    qpdf_check(data, tmp_path)


def test_filled_intake_form_in_english() -> None:
    text = flat(intake_pdf(filled_client(), "en"))
    for expected in ("CLIENT INTAKE FORM", "CONFIDENTIAL", "17 August 1994", "6 January 2025", "Page 1 of"):
        assert expected in text, expected
    for indonesian in ("Halaman", "RAHASIA", "Persetujuan"):
        assert indonesian not in text


@pytest.mark.parametrize("language", LANGUAGES)
def test_blank_assessment_form_has_every_section_with_writing_space(language: Language, tmp_path: Path) -> None:
    data = assessment_pdf(None, None, language)
    text = flat(data)
    for number, section in enumerate(AssessmentSection, start=1):
        assert f"{number}. {section.label.render(language)}" in text, section
    assert ("FORMULIR ASESMEN" if language == "id" else "ASSESSMENT FORM") in text
    strengths = "Kekuatan, kapasitas dan sumber daya" if language == "id" else "Strengths, capacities and resources"
    assert strengths in text
    assert len(pdf_text(data)) >= 3  # room to write, not a list of headings
    qpdf_check(data, tmp_path)


@pytest.mark.parametrize("language", LANGUAGES)
def test_filled_assessment_form_prints_the_record(language: Language, tmp_path: Path) -> None:
    data = assessment_pdf(assessed_case(), filled_client(), language)
    pages = pdf_text(data)
    text = flat(data)
    for expected in ("KS/2025/0005", LONG_NAME, "KL-000017", "Klien tinggal bersama suami dan dua anak.",
                     "Anak sulung 9 tahun, SD.", "Klien bekerja sebagai penjahit; ibu klien siap menampung.",
                     "UPTD PPA Kota Bandung", "Kekerasan dalam rumah tangga; klien takut pulang.",
                     "3 2 7 3 0 1 5 7 0 8 9 4 0 0 0 3"):
        assert expected in text, expected
    for number, section in enumerate(AssessmentSection, start=1):
        assert f"{number}. {section.label.render(language)}" in text, section
    mark, not_written, assessed = {
        "id": ("RAHASIA", "(belum diisi)", "20 Januari 2025"),
        "en": ("CONFIDENTIAL", "(not yet written)", "20 January 2025"),
    }[language]
    assert all(any(line.strip() == mark for line in page.splitlines()) for page in pages)
    assert not_written in text  # education, work, ... are not written yet
    assert assessed in text  # the day the case moved to assessment
    assert ("Bandung, 2 Maret 2026" if language == "id" else "Bandung, 2 March 2026") in text
    meta = PdfReader(io.BytesIO(data)).metadata
    assert meta is not None and "KS/2025/0005" in str(meta.title) and "Komang" not in str(meta.title)
    qpdf_check(data, tmp_path)


def test_assessment_form_for_a_client_without_a_case_has_the_name_and_blank_sections() -> None:
    text = flat(assessment_pdf(None, filled_client()))
    assert LONG_NAME in text and "KL-000017" in text and "RAHASIA" in text
    assert "(belum diisi)" not in text


@pytest.mark.parametrize("build", [
    lambda: intake_pdf(None), lambda: intake_pdf(filled_client(), "en"),
    lambda: assessment_pdf(None, None), lambda: assessment_pdf(assessed_case(), filled_client()),
])
def test_same_input_gives_the_same_bytes(build: Any) -> None:
    assert build() == build()


def test_forms_embed_their_fonts_and_never_use_helvetica() -> None:
    for data in (intake_pdf(None), intake_pdf(filled_client()), assessment_pdf(None, None),
                 assessment_pdf(assessed_case(), filled_client(), "en")):
        assert b"/Helvetica" not in data
        for font in fonts(data):
            assert "/FontFile2" in font["/FontDescriptor"], font["/BaseFont"]
            assert "Helvetica" not in str(font["/BaseFont"])


def test_the_checklist_stays_on_one_page() -> None:
    for language in LANGUAGES:
        pages = [" ".join(page.split()) for page in pdf_text(intake_pdf(filled_client(), language))]
        holding = [i for i, page in enumerate(pages) if "1. " in page and "26. " in page]
        assert holding, language
