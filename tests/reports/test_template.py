"""The page template every document shares: letterhead, marking, footer, metadata, fonts, same bytes."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

from pypdf import PdfReader
from reportlab.platypus import Flowable, PageBreak

from peksos_desk.domain.text import Language
from peksos_desk.reports.template import (
    amount_lines,
    build_document,
    data_table,
    heading,
    key_values,
    para,
    sign_off,
    signature_block,
    text_block,
)
from tests.reports.factories import PRINTED_ON, pdf_text, profile

FILLER = ("Klien menceritakan kejadian di rumah, perasaan takut dan harapannya untuk anak-anak, "
          "serta rencana mencari pekerjaan di pasar dekat rumah kontrakan. ") * 2


def build(story: list[Flowable], *, language: Language = "id", confidential: bool = True, **options: Any) -> bytes:
    out = io.BytesIO()
    build_document(out, profile=options.pop("profile", profile()), title=options.pop("title", "Surat Keterangan"),
                   language=language, printed_on=PRINTED_ON, confidential=confidential, story=story, **options)
    return out.getvalue()


def qpdf_check(data: bytes, tmp_path: Path) -> str:
    assert shutil.which("qpdf"), "qpdf is part of the test set-up (scripts/system-packages.sh)"
    path = tmp_path / "document.pdf"
    path.write_bytes(data)
    result = subprocess.run(["qpdf", "--check", str(path)], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout


def fonts(data: bytes) -> list[Any]:
    found = []
    for page in PdfReader(io.BytesIO(data)).pages:
        for ref in page["/Resources"].get("/Font", {}).values():
            found.append(ref.get_object())
    return found


def test_bare_page_has_letterhead_footer_and_marking() -> None:
    [page] = pdf_text(build([para("Isi surat.")]))
    for expected in ("Rahmawati Kusumaningrum, S.Tr.Sos., M.Kesos.", "STR 32.73.2.1.0045.2022",
                     "SIPPS 503/0172/SIPPS/DPMPTSP/2024", "LKS Harapan Bunda Mandiri", "Akreditasi BALKS: A (Unggul)",
                     "Sertifikat kompetensi LSPS/PS/2021/00871", "Jl. Terusan Jakarta No. 45, Antapani, Bandung",
                     "Telp. 0812-2045-7781", "rahmawati.peksos@gmail.com", "RAHASIA", "Dicetak 2 Maret 2026",
                     "Halaman 1 dari 1", "Isi surat."):
        assert expected in page.replace("\xa0", " ")


def test_document_that_is_not_about_a_client_has_no_marking() -> None:
    [page] = pdf_text(build([para("Daftar tarif layanan.")], confidential=False))
    assert "RAHASIA" not in page


def test_english_document_says_confidential_page_of_and_printed() -> None:
    [page] = pdf_text(build([para("Body.")], language="en"))
    for expected in ("CONFIDENTIAL", "Page 1 of 1", "Printed 2 March 2026", "Social Worker", "BALKS accreditation"):
        assert expected in page


def test_footer_counts_every_page() -> None:
    pages = pdf_text(build([para("Halaman pertama."), PageBreak(), para("Kedua."), PageBreak(), para("Ketiga.")]))
    assert len(pages) == 3
    for number, text in enumerate(pages, start=1):
        assert f"Halaman {number} dari 3" in text
        assert "RAHASIA" in text and "Dicetak 2 Maret 2026" in text


def test_later_pages_carry_the_title_not_the_letterhead() -> None:
    first, second = pdf_text(build([para("Satu."), PageBreak(), para("Dua.")], title="Laporan Sosial KS/2025/0005"))
    assert "LKS Harapan Bunda Mandiri" in first
    assert "LKS Harapan Bunda Mandiri" not in second
    assert "Laporan Sosial KS/2025/0005" in second


def test_metadata_names_title_author_subject_language_and_print_date() -> None:
    reader = PdfReader(io.BytesIO(build([para("Isi.")], title="Kuitansi No. 12", subject="Kuitansi")))
    meta = reader.metadata
    assert meta is not None
    assert meta.title == "Kuitansi No. 12"
    assert meta.author == "Rahmawati Kusumaningrum, S.Tr.Sos., M.Kesos."
    assert meta.subject == "Kuitansi"
    assert meta.creator == "Peksos Desk"
    assert meta["/CreationDate"] == "D:20260302000000+07'00'"
    assert reader.trailer["/Root"]["/Lang"] == "id-ID"
    english = PdfReader(io.BytesIO(build([para("Body.")], language="en")))
    assert english.trailer["/Root"]["/Lang"] == "en-GB"


def test_creation_date_follows_the_practitioners_zone() -> None:
    reader = PdfReader(io.BytesIO(build([para("Isi.")], profile=profile(time_zone="WIT"))))
    assert reader.metadata is not None
    assert reader.metadata["/CreationDate"] == "D:20260302000000+09'00'"


def test_same_input_gives_the_same_bytes() -> None:
    def story() -> list[Flowable]:
        return [heading("Identitas"), key_values([("Nama", "Siti Aminah")]), *text_block(FILLER * 20)]

    assert build(story()) == build(story())


def test_fonts_are_embedded_and_no_base14_font_is_used(tmp_path: Path) -> None:
    data = build([heading("Judul"), para("Teks biasa dengan <b>tebal</b> &amp; miring: é ü ñ —"),
                  *text_block("Apa yang diamati:\n- butir satu"), *amount_lines(1_500_000, "id")])
    used = fonts(data)
    assert used
    for font in used:
        assert "/FontFile2" in font["/FontDescriptor"], font["/BaseFont"]
        assert "Helvetica" not in str(font["/BaseFont"]) and "Times" not in str(font["/BaseFont"])
    assert {str(font["/BaseFont"]).split("+")[-1] for font in used} >= {"DejaVuSans", "DejaVuSans-Bold"}
    assert b"/Helvetica" not in data
    qpdf_check(data, tmp_path)


def test_typed_text_is_not_read_as_markup() -> None:
    [page] = pdf_text(build(text_block("Skor <5 & naik > 3 menurut <b>guru</b>")))
    assert "Skor <5 & naik > 3 menurut <b>guru</b>" in page


def test_a_very_long_word_wraps_inside_the_page(tmp_path: Path) -> None:
    word = "ketidakbertanggungjawaban" * 12
    data = build([para(f"Catatan: {word} selesai."), key_values([("Surel", word)])])
    text = "".join(pdf_text(data)).replace("\n", "")
    assert word in text
    qpdf_check(data, tmp_path)


def test_table_header_repeats_on_every_page() -> None:
    rows = [[str(n), f"Sesi konseling individu nomor {n}", "Rp250.000"] for n in range(1, 121)]
    table = data_table(["No.", "Uraian", "Jumlah"], rows, [15 * 2.83, 110 * 2.83, 35 * 2.83], numeric=(2,))
    pages = pdf_text(build([table]))
    assert len(pages) >= 3
    for text in pages:
        assert len(re.findall(r"No\.\s+Uraian\s+Jumlah", text)) == 1
    assert "Sesi konseling individu nomor 120" in pages[-1]


def test_heading_never_ends_a_page() -> None:
    for filler_lines in range(30, 48):  # move the heading through the foot of page 1
        story: list[Flowable] = [para(f"Baris isi {n}.") for n in range(filler_lines)]
        story += [heading("Rencana Intervensi"), *text_block(FILLER * 6)]
        for text in pdf_text(build(story)):
            body = [line for line in text.splitlines() if line.strip()]
            footer_at = next(i for i, line in enumerate(body) if line.startswith("RAHASIA"))
            assert body[footer_at - 1] != "Rencana Intervensi", f"orphaned heading with {filler_lines} lines"


def test_a_long_section_starts_under_its_heading_instead_of_on_a_new_page() -> None:
    story: list[Flowable] = [para(f"Baris isi {n}.") for n in range(10)]
    story += [heading("Asesmen"), para(FILLER * 40)]
    first, *_ = pdf_text(build(story))
    assert "Asesmen" in first
    assert first.split("Asesmen", 1)[1].strip().startswith("Klien menceritakan")


def test_signature_block_is_never_alone_on_a_page() -> None:
    for filler_lines in range(28, 46):
        story: list[Flowable] = [para(f"Baris isi {n}.") for n in range(filler_lines)]
        story += text_block(FILLER)
        sign_off(story, signature_block(profile(), "id", on=PRINTED_ON))
        pages = pdf_text(build(story))
        last = pages[-1]
        assert "Bandung, 2 Maret 2026" in last
        before_signature = last.split("Bandung, 2 Maret 2026")[0]
        assert "Klien menceritakan" in before_signature or "rumah kontrakan" in before_signature \
            or len(pages) == 1, f"signature alone with {filler_lines} lines"


def test_signature_block_shows_name_numbers_and_signing_time() -> None:
    from datetime import UTC, datetime

    block = signature_block(profile(), "id", on=PRINTED_ON, signed_at=datetime(2026, 3, 2, 7, 5, tzinfo=UTC))
    [page] = pdf_text(build([para("Isi."), block]))
    for expected in ("Bandung, 2 Maret 2026", "Pekerja Sosial,", "Rahmawati Kusumaningrum, S.Tr.Sos., M.Kesos.",
                     "STR: 32.73.2.1.0045.2022", "SIPPS: 503/0172/SIPPS/DPMPTSP/2024",
                     "Ditandatangani secara elektronik: Senin, 2 Maret 2026 14.05 WIB"):
        assert expected in page


def test_amount_lines_write_figures_and_terbilang() -> None:
    [page] = pdf_text(build(amount_lines(1_501_000, "id", caption="Uang sejumlah")))
    assert "Uang sejumlah Rp1.501.000" in page
    assert "Terbilang: # Satu juta lima ratus satu ribu rupiah #" in page


def test_logo_from_bytes_or_path(tmp_path: Path) -> None:
    from PIL import Image

    picture = io.BytesIO()
    Image.new("RGB", (60, 30), "green").save(picture, format="PNG")
    path = tmp_path / "logo.png"
    path.write_bytes(picture.getvalue())
    from_bytes = build([para("Isi.")], logo=picture.getvalue())
    from_path = build([para("Isi.")], logo=path)
    assert from_bytes == from_path
    page = PdfReader(io.BytesIO(from_bytes)).pages[0]
    assert any(obj.get_object()["/Subtype"] == "/Image" for obj in page["/Resources"]["/XObject"].values())


def test_profile_without_institution_leaves_no_empty_lines() -> None:
    bare = profile(institution_name="", institution_accreditation="", phone="", email="", competence_certificate="")
    [page] = pdf_text(build([para("Isi.")], profile=bare))
    assert "BALKS" not in page and "Telp." not in page and " ·  · " not in page


def test_writes_to_a_path(tmp_path: Path) -> None:
    path = tmp_path / "surat.pdf"
    pages = build_document(path, profile=profile(), title="Surat", language="id", printed_on=PRINTED_ON,
                           confidential=False, story=[para("Isi.")])
    assert pages == 1
    assert path.read_bytes().startswith(b"%PDF-")


def test_fonts_register_once_per_process() -> None:
    import time

    from peksos_desk.reports import fonts

    fonts.ensure_fonts()
    began = time.perf_counter()
    for _ in range(1000):
        fonts.ensure_fonts()
    assert time.perf_counter() - began < 0.01
    assert Path(fonts.font_folder(), "LICENSE-DejaVu.txt").is_file()
