"""The *surat rujukan*: referring a client to a service in the referral directory."""

from __future__ import annotations

import io
import re
from pathlib import Path
from typing import Any

from pypdf import PdfReader

from peksos_desk.domain.institutions import InstitutionKind
from peksos_desk.domain.practice import AssessmentSection
from peksos_desk.domain.text import Language
from peksos_desk.reports.referral_letter import build_referral_letter
from peksos_desk.services.institutions import InstitutionInput, InstitutionView
from tests.reports.factories import LONG_NAME, PRINTED_ON, case, client, pdf_text, profile
from tests.reports.test_template import fonts, qpdf_check

REASON = ("Klien memerlukan pendampingan hukum untuk melaporkan kekerasan dalam rumah tangga dan konseling "
          "psikologis lanjutan yang berada di luar lingkup layanan saya.")
ASSESSMENT = {
    AssessmentSection.FAMILY: "Klien tinggal bersama suami dan dua anak; keluarga besar di Garut.",
    AssessmentSection.STRENGTHS: "Klien punya keterampilan menjahit dan didukung kakaknya.",
    AssessmentSection.ANALYSIS: "Risiko kekerasan berulang dinilai sedang sampai tinggi.",
}


def uptd(**changes: Any) -> InstitutionView:
    values: dict[str, Any] = {"name": "UPTD PPA Kota Bandung", "kind": InstitutionKind.UPTD_PPA,
                              "address": "Jl. Wastukencana No. 2", "city": "Bandung",
                              "contact_person": "Ibu Dewi Lestari, S.Psi.", "id": 1}
    values.update(changes)
    return InstitutionView(**values)


def letter_pdf(*, language: Language = "id", institution: InstitutionView | None = None, reason: str = REASON,
               enclosures: tuple[str, ...] = ("Laporan sosial", "Salinan Kartu Keluarga"),
               letter_number: str = "012/PS-RK/III/2026", **changes: Any) -> bytes:
    out = io.BytesIO()
    pages = build_referral_letter(case(**{"assessment": ASSESSMENT, **changes}), client(), institution or uptd(),
                                  profile(), out, language=language, printed_on=PRINTED_ON, reason=reason,
                                  enclosures=enclosures, letter_number=letter_number)
    data = out.getvalue()
    assert pages == len(PdfReader(io.BytesIO(data)).pages)
    return data


def flat(pages: list[str]) -> str:
    return re.sub(r"\s+", " ", "\n".join(pages))


def test_letter_holds_what_the_receiving_service_needs(tmp_path: Path) -> None:
    data = letter_pdf()
    pages = pdf_text(data)
    assert len(pages) == 1  # a referral letter keeps to one page
    text = flat(pages)
    for expected in ("SURAT RUJUKAN", "Nomor: 012/PS-RK/III/2026", "Sifat : Rahasia", "Lampiran : 2 berkas",
                     "Perihal : Rujukan klien", "Kepada Yth.", "UPTD PPA Kota Bandung", "u.p. Ibu Dewi Lestari, S.Psi.",
                     "Jl. Wastukencana No. 2", "di Bandung", "Dengan hormat,",
                     "merujuk klien kepada UPTD PPA Kota Bandung", f"Nama klien : {LONG_NAME}", "Usia : 31 tahun",
                     "Jenis kelamin : Perempuan", "Nomor kasus : KS/2025/0005", "Alasan rujukan", REASON,
                     "Ringkasan kasus", "Masalah yang dihadapi : Kekerasan dalam rumah tangga; klien takut pulang.",
                     "Tahap kasus saat ini : Intervensi (kasus dibuka 6 Januari 2025)",
                     "Analisis dan kesimpulan : Risiko kekerasan berulang", "Kekuatan, kapasitas dan sumber daya",
                     "mohon kiranya Bapak/Ibu berkenan menerima klien",
                     "Bersama surat ini dilampirkan: (1) Laporan sosial; (2) Salinan Kartu Keluarga.",
                     "Atas perhatian dan kerja sama Bapak/Ibu, saya ucapkan terima kasih.", "Bandung, 2 Maret 2026",
                     "Pekerja Sosial,", "Rahmawati Kusumaningrum, S.Tr.Sos., M.Kesos.", "STR: 32.73.2.1.0045.2022",
                     "SIPPS: 503/0172/SIPPS/DPMPTSP/2024", "RAHASIA", "Halaman 1 dari 1"):
        assert expected in text, expected
    # Minimal identity: what the service needs, not the whole record.
    for private in ("KL-000017", "NIK", "Keluarga besar di Garut"):
        assert private not in text, private
    qpdf_check(data, tmp_path)


def test_english_letter_uses_english_labels() -> None:
    pages = pdf_text(letter_pdf(language="en"))
    text = flat(pages)
    for expected in ("REFERRAL LETTER", "No.: 012/PS-RK/III/2026", "Classification : Confidential",
                     "Enclosures : 2 document(s)", "Subject : Client referral", "To:", "Attn. Ibu Dewi Lestari",
                     "Dear Sir or Madam,", "Client : ", "Age : 31 years", "Sex : Female", "Case number : KS/2025/0005",
                     "Reason for referral", "Summary of the case", "Current stage of the case : Intervention (case "
                     "opened 6 January 2025)", "Enclosed with this letter:", "Thank you for your attention",
                     "Bandung, 2 March 2026", "Social Worker,", "CONFIDENTIAL", "Printed 2 March 2026"):
        assert expected in text, expected
    assert f"Page 1 of {len(pages)}" in pages[0] and f"Page {len(pages)} of {len(pages)}" in pages[-1]
    for indonesian in ("Halaman", "RAHASIA", "Kepada Yth.", "Perihal", "Lampiran", "di Bandung", "tahun"):
        assert indonesian not in text, indonesian


def test_without_number_contact_or_enclosures() -> None:
    bare = uptd(contact_person="", address="", city="")
    text = flat(pdf_text(letter_pdf(institution=bare, enclosures=(), letter_number="")))
    assert "Nomor: ……" in text and "Lampiran : —" in text and "di Tempat" in text
    assert "u.p." not in text and "dilampirkan" not in text


def test_a_long_letter_runs_on_with_page_numbers_and_the_signature_whole() -> None:
    long_reason = "\n\n".join(f"[R{n}] " + REASON * 3 for n in range(12))
    pages = pdf_text(letter_pdf(reason=long_reason))
    count = len(pages)
    assert count >= 2
    assert f"Halaman 1 dari {count}" in pages[0] and f"Halaman {count} dari {count}" in pages[-1]
    last = flat(pages[-1:])
    assert "Bandung, 2 Maret 2026" in last and "SIPPS: 503/0172/SIPPS/DPMPTSP/2024" in last
    text = flat(pages)
    for n in range(12):
        assert f"[R{n}]" in text


def test_a_long_assessment_is_cut_to_whole_sentences() -> None:
    sentence = "Klien menceritakan kejadian di rumah dengan suara pelan. "
    text = flat(pdf_text(letter_pdf(assessment={AssessmentSection.ANALYSIS: sentence * 40})))
    assert "(selengkapnya dalam laporan sosial)" in text
    assert text.count("Klien menceritakan kejadian") <= 13


def test_same_letter_gives_the_same_bytes() -> None:
    assert letter_pdf() == letter_pdf()


def test_fonts_are_embedded_and_metadata_names_no_client() -> None:
    data = letter_pdf()
    used = fonts(data)
    assert used
    for font in used:
        assert "/FontFile2" in font["/FontDescriptor"], font["/BaseFont"]
        assert "Helvetica" not in str(font["/BaseFont"])
    assert b"/Helvetica" not in data
    meta = PdfReader(io.BytesIO(data)).metadata
    assert meta is not None and meta.title == "Surat Rujukan KS/2025/0005 — UPTD PPA Kota Bandung"
    assert "Komang" not in f"{meta.title} {meta.subject}"


def test_letter_from_the_directory_and_the_store(services: Any) -> None:
    from tests.services.factories import new_case, new_client

    person = new_client(services)
    opened = new_case(services, person.id)
    puskesmas = services.institutions.create(InstitutionInput(
        name="Puskesmas Sukaluyu", kind=InstitutionKind.PUSKESMAS, address="Jl. Sukaluyu No. 1", city="Bandung",
        contact_person="dr. Ratna Sari"))
    out = io.BytesIO()
    build_referral_letter(services.cases.get(opened.id), services.clients.get(person.id),
                          services.institutions.get(puskesmas.id), profile(), out, printed_on=PRINTED_ON,
                          reason="Pemeriksaan kesehatan dan konseling gangguan tidur.")
    text = flat(pdf_text(out.getvalue()))
    for expected in ("Puskesmas Sukaluyu", "u.p. dr. Ratna Sari", "Siti Aminah", "35 tahun", "Pendekatan awal",
                     "Pemeriksaan kesehatan dan konseling gangguan tidur."):
        assert expected in text, expected
