"""The monthly income statement (*laporan pendapatan bulanan*) as the practitioner reviews it."""

from __future__ import annotations

import io
import re
from pathlib import Path
from typing import Any

from peksos_desk.domain.text import Language
from peksos_desk.reports.income import build_income_statement, month_in_words
from peksos_desk.services.finance import IncomeStatement
from tests.reports.factories import PRINTED_ON, pdf_text
from tests.reports.money_factories import LONG_PAYER, bank_profile, income
from tests.reports.test_invoice import text_of
from tests.reports.test_template import fonts, qpdf_check


def income_pdf(statement: IncomeStatement | None = None, *, language: Language = "id", **options: Any) -> bytes:
    out = io.BytesIO()
    build_income_statement(statement or income(), bank_profile(), out, language=language, printed_on=PRINTED_ON,
                           **options)
    return out.getvalue()


def test_statement_shows_the_month_income_by_type_and_method_and_ageing(tmp_path: Path) -> None:
    data = income_pdf(income(unpaid=3))
    pages = pdf_text(data)
    text = text_of(data)
    for expected in ("LAPORAN PENDAPATAN BULANAN", "Maret 2026", "1 Maret 2026 – 31 Maret 2026",
                     "Pendapatan diterima", "Rp4.350.000 (9 pembayaran)", "Tagihan diterbitkan",
                     "Rp5.100.000 (11 tagihan; yang dibatalkan tidak dihitung)", "Piutang per 31 Maret 2026",
                     "Pendapatan menurut jenis layanan", "Konseling individu 51,7% Rp2.250.000",
                     "Kunjungan rumah 32,2% Rp1.400.000", "Lain-lain 16,1% Rp700.000", "Jumlah 100,0% Rp4.350.000",
                     "Pendapatan menurut cara pembayaran", "Tunai 3 Rp750.000", "Transfer bank 5 Rp3.250.000",
                     "QRIS 1 Rp350.000", "Jumlah 9 Rp4.350.000",
                     "Piutang menurut umur per 31 Maret 2026", "0–30 hari", "31–60 hari", "Lebih dari 60 hari",
                     "Rincian tagihan yang belum lunas", "INV/2026/0001", "belum jatuh tempo",
                     "dibagi sebanding dengan nilai baris tagihannya", "RAHASIA"):
        assert expected in text, expected
    assert f"Halaman 1 dari {len(pages)}" in pages[0]
    qpdf_check(data, tmp_path)


def test_ageing_buckets_add_up_to_the_outstanding_total() -> None:
    statement = income()
    report = statement.outstanding
    text = text_of(income_pdf(statement))
    for bucket in report.buckets:
        label = bucket.bucket.label.render("id")
        assert re.search(rf"{label} {bucket.invoices} Rp[0-9.]+", text), label
    total = f"Rp{report.total:,}".replace(",", ".")
    assert f"Jumlah {len(report.lines)} {total}" in text
    assert f"{total} ({len(report.lines)} tagihan)" in text


def test_long_statement_runs_over_pages_with_headers_repeated(tmp_path: Path) -> None:
    data = income_pdf(income(unpaid=70, big=True))
    pages = pdf_text(data)
    assert len(pages) >= 3
    for number, page in enumerate(pages, start=1):
        assert f"Halaman {number} dari {len(pages)}" in page
        assert "RAHASIA" in page
    for page in pages[1:]:  # every later page continues the unpaid invoices under their header
        assert re.search(r"No\. tagihan\s+Pembayar\s+Jatuh tempo", page)
    text = text_of(data)
    for number in range(1, 71):
        assert f"INV/2026/{number:04d}" in text
    raw = "\n".join(pages)
    assert "Rp1.234.567.890" in raw  # the amount in the billions is never broken
    # The long payer wraps inside its column (its lines come out between the row's other cells).
    assert re.search(".*?".join(LONG_PAYER.split()), text)
    qpdf_check(data, tmp_path)


def test_a_month_without_money_says_so() -> None:
    text = text_of(income_pdf(income(unpaid=0, payments=0, received=0, by_service_type=(), by_method=())))
    assert text.count("Tidak ada pembayaran yang diterima pada bulan ini.") == 2
    assert "Tidak ada tagihan yang belum lunas." in text
    assert "Rp0 (0 pembayaran)" in text


def test_english_statement_uses_english_labels() -> None:
    data = income_pdf(income(unpaid=3), language="en")
    pages = pdf_text(data)
    text = text_of(data)
    for expected in ("MONTHLY INCOME STATEMENT", "March 2026", "Income received", "Rp4.350.000 (9 payments)",
                     "Income by service type", "Other 16.1% Rp700.000", "Income by payment method",
                     "Cash 3 Rp750.000", "Outstanding by age on 31 March 2026", "0–30 days", "Over 60 days",
                     "Unpaid invoices", "not yet due", "CONFIDENTIAL", "void ones left out"):
        assert expected in text, expected
    assert f"Page 1 of {len(pages)}" in pages[0]
    for indonesian in ("Halaman", "Maret", "Lain-lain", "Tunai", "RAHASIA"):
        assert indonesian not in text, indonesian


def test_month_in_words() -> None:
    assert month_in_words(2026, 3, "id") == "Maret 2026"
    assert month_in_words(2025, 12, "en") == "December 2025"


def test_same_statement_gives_the_same_bytes_with_embedded_fonts() -> None:
    first, second = income_pdf(), income_pdf()
    assert first == second
    for font in fonts(first):
        assert "/FontFile2" in font["/FontDescriptor"], font["/BaseFont"]
    assert b"/Helvetica" not in first
