"""*Kuitansi*: the receipt the payer takes home, with its bea meterai place above Rp5.000.000."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from pypdf import PdfReader

from peksos_desk.domain.billing import PaymentMethod
from peksos_desk.domain.text import Language
from peksos_desk.reports.receipt import build_receipt
from peksos_desk.services.finance import ReceiptDocument
from tests.reports.factories import PRINTED_ON, pdf_text
from tests.reports.money_factories import LONG_PAYER, bank_profile, receipt
from tests.reports.test_invoice import text_of
from tests.reports.test_template import fonts, qpdf_check


def receipt_pdf(document: ReceiptDocument | None = None, *, language: Language = "id", **options: Any) -> bytes:
    out = io.BytesIO()
    build_receipt(document or receipt(), options.pop("profile", bank_profile()), out, language=language,
                  printed_on=PRINTED_ON, **options)
    return out.getvalue()


def test_kuitansi_has_every_field_on_one_page(tmp_path: Path) -> None:
    data = receipt_pdf()
    [page] = pdf_text(data)
    text = text_of(data)
    for expected in ("KUITANSI", "No. KW/2026/0007", "Sudah terima dari", "Siti Aminah", "Uang sejumlah",
                     "# Satu juta lima ratus ribu rupiah #", "Untuk pembayaran",
                     "Pembayaran jasa pekerjaan sosial, tagihan INV/2026/0012", "Nomor tagihan : INV/2026/0012",
                     "Cara pembayaran : Transfer bank, ref. BRI 2603021187", "Rp1.500.000,-",
                     "Bandung, 2 Maret 2026", "Yang menerima,", "Rahmawati Kusumaningrum, S.Tr.Sos., M.Kesos.",
                     "Pekerja Sosial"):
        assert expected in text, expected
    assert "Halaman 1 dari 1" in page
    assert "RAHASIA" not in text  # the payer's own proof of payment
    qpdf_check(data, tmp_path)


def test_receipt_above_five_million_marks_meterai() -> None:
    text = text_of(receipt_pdf(receipt(5_000_001)))
    assert "Rp5.000.001,-" in text and "# Lima juta satu rupiah #" in text
    assert "Tempel meterai Rp10.000" in text
    assert "UU No. 10 Tahun 2020 tentang Bea Meterai, Pasal 3 ayat (2) huruf g dan Pasal 5" in text


def test_receipt_of_exactly_five_million_has_no_meterai_box() -> None:
    text = text_of(receipt_pdf(receipt(5_000_000)))
    assert "Rp5.000.000,-" in text and "# Lima juta rupiah #" in text
    assert "meterai" not in text.lower()


def test_english_receipt_uses_english_labels_and_keeps_the_words_indonesian() -> None:
    data = receipt_pdf(receipt(7_500_000, method=PaymentMethod.CASH, reference=""), language="en")
    [page] = pdf_text(data)
    text = text_of(data)
    for expected in ("RECEIPT", "No. KW/2026/0007", "Received from", "The sum of", "# Tujuh juta lima ratus ribu "
                     "rupiah #", "For payment of", "Invoice number", "Paid by : Cash", "Rp7.500.000,-",
                     "Bandung, 2 March 2026", "Received by,", "Social Worker", "Affix Rp10.000 duty stamp",
                     "Law No. 10 of 2020 on Stamp Duty", "written in Indonesian"):
        assert expected in text, expected
    assert "Page 1 of 1" in page
    for indonesian in ("Sudah terima dari", "Uang sejumlah", "Yang menerima", "Halaman", "Tempel meterai"):
        assert indonesian not in text, indonesian


def test_long_payer_and_billions_stay_whole_on_one_page(tmp_path: Path) -> None:
    data = receipt_pdf(receipt(1_234_567_890, received_from=LONG_PAYER))
    pages = pdf_text(data)
    assert len(pages) == 1
    assert "Rp1.234.567.890,-" in pages[0]  # on one line
    text = text_of(data)
    assert LONG_PAYER in text
    assert "# Satu miliar dua ratus tiga puluh empat juta lima ratus enam puluh tujuh ribu delapan ratus sembilan " \
           "puluh rupiah #" in text
    assert "Tempel meterai Rp10.000" in text
    qpdf_check(data, tmp_path)


def test_place_falls_back_to_the_practice_city() -> None:
    text = text_of(receipt_pdf(receipt(place=""), profile=bank_profile(city="Denpasar")))
    assert "Denpasar, 2 Maret 2026" in text


def test_receipt_can_be_marked_confidential() -> None:
    assert "RAHASIA" in text_of(receipt_pdf(confidential=True))


def test_same_receipt_gives_the_same_bytes_with_embedded_fonts(tmp_path: Path) -> None:
    first, second = receipt_pdf(receipt(6_000_000)), receipt_pdf(receipt(6_000_000))
    assert first == second
    for font in fonts(first):
        assert "/FontFile2" in font["/FontDescriptor"], font["/BaseFont"]
        assert "Helvetica" not in str(font["/BaseFont"])
    assert b"/Helvetica" not in first
    meta = PdfReader(io.BytesIO(first)).metadata
    assert meta is not None and meta.title == "Kuitansi KW/2026/0007"
    qpdf_check(first, tmp_path)
