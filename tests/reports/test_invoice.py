"""*Tagihan* (invoice) as the client, the family or the institution receives it."""

from __future__ import annotations

import io
import re
from dataclasses import replace
from pathlib import Path
from typing import Any

from peksos_desk.domain.billing import InvoiceStatus, PayerKind
from peksos_desk.domain.text import Language
from peksos_desk.reports.invoice import build_invoice, names_clients
from peksos_desk.services.finance import InvoiceDocument
from tests.reports.factories import PRINTED_ON, pdf_text
from tests.reports.money_factories import (
    CLIENT_CODES,
    CLIENT_NAMES,
    LONG_PAYER,
    bank_profile,
    institution_invoice,
    invoice,
    invoice_line,
    with_payments,
)
from tests.reports.test_template import fonts, qpdf_check


def invoice_pdf(document: InvoiceDocument | None = None, *, language: Language = "id", **options: Any) -> bytes:
    out = io.BytesIO()
    build_invoice(document or invoice(), options.pop("profile", bank_profile()), out, language=language,
                  printed_on=PRINTED_ON, **options)
    return out.getvalue()


def text_of(data: bytes) -> str:
    """The document's text with line breaks and no-break spaces read as plain spaces."""
    return re.sub(r"\s+", " ", "\n".join(pdf_text(data)).replace("\xa0", " "))


def test_issued_invoice_shows_payer_dates_lines_totals_words_and_how_to_pay(tmp_path: Path) -> None:
    data = invoice_pdf()
    [page] = pdf_text(data)
    text = text_of(data)
    for expected in ("TAGIHAN", "No. INV/2026/0012", "Kepada Yth.", "Siti Aminah", "Gg. Sukaluyu III No. 7",
                     "Tanggal tagihan", "2 Maret 2026", "Jatuh tempo", "16 Maret 2026", "Periode layanan",
                     "1–31 Maret 2026", "Tanggal", "Uraian", "Jml", "Harga satuan", "Jumlah",
                     "03/03/2026", "10/03/2026", "17/03/2026", "Konseling individu", "Rp250.000",
                     "Subtotal", "Total tagihan", "Rp750.000", "Terbilang: # Tujuh ratus lima puluh ribu rupiah #",
                     "Sudah dibayar", "Rp0", "Sisa tagihan", "Cara pembayaran",
                     "Mohon tagihan ini dibayar paling lambat 16 Maret 2026",
                     "Bank Rakyat Indonesia (BRI) KCP Antapani", "0521-01-004417-50-9", "Rahmawati Kusumaningrum",
                     "Cantumkan nomor tagihan INV/2026/0012", "Bandung, 2 Maret 2026", "Pekerja Sosial,",
                     "Rahmawati Kusumaningrum, S.Tr.Sos., M.Kesos."):
        assert expected in text, expected
    assert "Halaman 1 dari 1" in page
    assert text.count("Siti Aminah") == 1  # lines for the payer's own sessions do not repeat the name
    assert "Klien" not in text
    assert "DRAF" not in text and "BATAL" not in text
    qpdf_check(data, tmp_path)


def test_lines_for_someone_other_than_the_payer_name_the_client() -> None:
    lines = tuple(invoice_line(n, client="Budi Santoso") for n in (1, 2))
    text = text_of(invoice_pdf(invoice(lines=lines, payer_kind=PayerKind.FAMILY)))
    assert "Klien" in text and text.count("Budi Santoso") == 2


def test_invoice_to_the_client_is_confidential() -> None:
    assert "RAHASIA" in text_of(invoice_pdf())
    family = invoice(payer_kind=PayerKind.FAMILY, lines=(invoice_line(1, client=""),))
    assert names_clients(family)


def test_discount_shows_its_reason_and_the_total_after_it() -> None:
    text = text_of(invoice_pdf(invoice(discount=75_000, discount_reason="keringanan 10% (tarif berjenjang)")))
    for expected in ("Subtotal Rp750.000", "Potongan (keringanan 10% (tarif berjenjang)) -Rp75.000",
                     "Total tagihan Rp675.000", "Enam ratus tujuh puluh lima ribu rupiah"):
        assert expected in text, expected


def test_partly_paid_invoice_lists_payments_and_the_balance() -> None:
    text = text_of(invoice_pdf(with_payments(invoice(), 300_000)))
    for expected in ("Dibayar sebagian", "Total tagihan Rp750.000",
                     "Dibayar 5 Maret 2026, kuitansi KW/2026/0007 (transfer bank) -Rp300.000",
                     "Sisa tagihan Rp450.000", "Cara pembayaran"):
        assert expected in text, expected


def test_paid_invoice_says_lunas_and_asks_for_nothing_more() -> None:
    text = text_of(invoice_pdf(with_payments(invoice(), 500_000, 250_000)))
    for expected in ("Lunas", "LUNAS", "Sisa tagihan Rp0", "kuitansi KW/2026/0007 (transfer bank) -Rp500.000",
                     "Dibayar 8 Maret 2026, kuitansi KW/2026/0008 (tunai) -Rp250.000"):
        assert expected in text, expected
    assert "Cara pembayaran" not in text and "0521-01-004417-50-9" not in text


def test_institution_asking_for_codes_only_sees_codes_and_no_client_name() -> None:
    document = institution_invoice(codes_only=True)
    text = text_of(invoice_pdf(document))
    for code in CLIENT_CODES:
        assert code in text
    for name in CLIENT_NAMES:
        assert name not in text
    assert "Kode klien" in text
    assert "klien disebut dengan kode kliennya saja" in text
    assert "RAHASIA" not in text  # it names no one
    assert not names_clients(document)


def test_institution_invoice_that_names_clients_is_confidential() -> None:
    text = text_of(invoice_pdf(institution_invoice(codes_only=False)))
    assert "Ni Komang Ayu Sri Wahyuningsih Pratiwi Dewi" in text
    assert "RAHASIA" in text


def test_draft_invoice_is_marked_watermarked_and_unsigned() -> None:
    text = text_of(invoice_pdf(invoice(status=InvoiceStatus.DRAFT)))
    assert text.count("DRAF — belum diterbitkan, bukan tagihan resmi") == 2  # under the title and at the end
    assert "Draf — belum bernomor" in text
    assert "(belum diterbitkan)" in text
    assert re.search(r"\bDRAF\b(?! —)", text)  # the pale diagonal word under the page
    assert "INV/" not in text
    assert "Pekerja Sosial," not in text  # no signature block on a draft
    assert "Rp750.000" in text and "Tujuh ratus lima puluh ribu rupiah" in text


def test_void_invoice_says_batal_with_the_reason() -> None:
    document = invoice(status=InvoiceStatus.VOID, void_reason="Salah pembayar: seharusnya ditagihkan ke LKS")
    text = text_of(invoice_pdf(document))
    assert text.count("BATAL — tagihan ini tidak berlaku") == 2
    assert "Alasan pembatalan: Salah pembayar: seharusnya ditagihkan ke LKS" in text
    assert "No. INV/2026/0012" in text
    assert "Cara pembayaran" not in text and "Sisa tagihan" not in text


def test_english_invoice_uses_english_labels() -> None:
    data = invoice_pdf(with_payments(invoice(discount=50_000, discount_reason="sliding scale"), 100_000), language="en")
    pages = pdf_text(data)
    text = text_of(data)
    for expected in ("INVOICE", "Bill to", "Invoice date", "2 March 2026", "Due date", "16 March 2026",
                     "Service period", "1–31 March 2026", "Description", "Qty", "Unit price", "Amount",
                     "Discount (sliding scale)", "Total Rp700.000", "In words: # Tujuh ratus ribu rupiah #",
                     "Paid 5 March 2026, receipt KW/2026/0007 (bank transfer) -Rp100.000",
                     "Balance due Rp600.000", "How to pay",
                     "Please pay this invoice by 16 March 2026", "Account number", "CONFIDENTIAL", "Social Worker,"):
        assert expected in text, expected
    assert "Page 1 of 1" in pages[0]
    for indonesian in ("Halaman", "Tagihan", "Jatuh tempo", "Sisa tagihan", "RAHASIA"):
        assert indonesian not in text, indonesian


def test_long_payer_and_amounts_in_billions_fit(tmp_path: Path) -> None:
    lines = (invoice_line(1, amount=1_234_567_890, client=LONG_PAYER,
                          description="Pendampingan psikososial dan asesmen lanjutan selama satu tahun anggaran"),
             invoice_line(2, amount=617_283_945, quantity=2))
    data = invoice_pdf(invoice(lines=lines, payer_name=LONG_PAYER, payer_kind=PayerKind.LKS))
    raw = "\n".join(pdf_text(data))
    for amount in ("Rp1.234.567.890", "Rp617.283.945", "Rp2.469.135.780"):
        assert amount in raw  # whole on one line: never wrapped inside its column
    assert LONG_PAYER in text_of(data)
    assert "Dua miliar empat ratus enam puluh sembilan juta seratus tiga puluh lima ribu tujuh ratus delapan puluh "\
           "rupiah" in text_of(data)
    qpdf_check(data, tmp_path)


def test_many_lines_run_on_with_the_header_repeated() -> None:
    lines = tuple(invoice_line(n, description=f"Sesi konseling keluarga ke-{n}") for n in range(1, 61))
    data = invoice_pdf(invoice(lines=lines))
    pages = pdf_text(data)
    assert len(pages) >= 2
    for text in pages[:-1]:
        assert "Harga satuan" in text
    text = text_of(data)
    for n in range(1, 61):
        assert f"Sesi konseling keluarga ke-{n} " in text
    assert "Rp15.000.000" in text and f"Halaman {len(pages)} dari {len(pages)}" in pages[-1]
    assert "Rahmawati Kusumaningrum, S.Tr.Sos., M.Kesos." in pages[-1].replace("\xa0", " ")


def test_without_a_bank_account_the_invoice_still_says_when_to_pay() -> None:
    text = text_of(invoice_pdf(profile=bank_profile(bank_name="", bank_account_number="", bank_account_holder="")))
    assert "Mohon tagihan ini dibayar paling lambat 16 Maret 2026." in text
    assert "Nomor rekening" not in text


def test_notes_are_printed() -> None:
    text = text_of(invoice_pdf(invoice(notes="Terima kasih atas kerja samanya.\n- Konfirmasi setelah transfer.")))
    assert "Catatan" in text and "Terima kasih atas kerja samanya." in text and "Konfirmasi setelah transfer." in text


def test_same_invoice_gives_the_same_bytes_with_embedded_fonts(tmp_path: Path) -> None:
    document = with_payments(institution_invoice(), 350_000)
    first, second = invoice_pdf(document), invoice_pdf(replace(document))
    assert first == second
    used = fonts(first)
    assert used
    for font in used:
        assert "/FontFile2" in font["/FontDescriptor"], font["/BaseFont"]
        assert "Helvetica" not in str(font["/BaseFont"])
    assert b"/Helvetica" not in first
    qpdf_check(first, tmp_path)


def test_metadata_names_the_invoice_not_the_client() -> None:
    from pypdf import PdfReader

    meta = PdfReader(io.BytesIO(invoice_pdf())).metadata
    assert meta is not None
    assert meta.title == "Tagihan INV/2026/0012"
    assert "Siti" not in str(dict(meta))


def test_money_documents_print_from_the_stores_read_models(services: Any) -> None:
    """Through the services on SQLite and PostgreSQL: an institution that asked for codes only, a payment
    above Rp5.000.000, and the month's statement."""
    from peksos_desk.domain.practice import Attendance
    from peksos_desk.reports.income import build_income_statement
    from peksos_desk.reports.receipt import build_receipt
    from peksos_desk.services.billing import InvoiceLineInput, PayerInput
    from peksos_desk.services.payments import PaymentInput
    from tests.services.factories import consultation, new_case, new_client, new_session

    services.profile.update(bank_profile())
    lks = services.billing.create_payer(PayerInput(PayerKind.LKS, LONG_PAYER, address="Jl. Raya Padalarang No. 118",
                                                   city="Kabupaten Bandung Barat", privacy_codes_only=True))
    client = new_client(services)
    case = new_case(services, client.id)
    services.billing.set_case_payer(case.id, lks.id)
    session = new_session(services, case.id, service_type_id=consultation(services).id)
    services.sessions.record_attendance(session.id, Attendance.ATTENDED)
    draft = services.billing.create_draft(lks.id, lines=[InvoiceLineInput("Asesmen dan laporan sosial", 1,
                                                                          6_000_000)])
    issued = services.billing.issue(draft.id)
    payment = services.payments.record_payment(issued.id, PaymentInput(5_500_000))
    profile = services.profile.get()

    invoice_text = text_of(invoice_pdf(services.finance.invoice_document(issued.id), profile=profile))
    assert client.code in invoice_text and "Siti Aminah" not in invoice_text and "RAHASIA" not in invoice_text
    for expected in ("INV/2026/0001", "Rp6.250.000", "Enam juta dua ratus lima puluh ribu rupiah",
                     "Dibayar 2 Maret 2026, kuitansi KW/2026/0001 (transfer bank) -Rp5.500.000",
                     "Sisa tagihan Rp750.000", "Asesmen dan laporan"):
        assert expected in invoice_text, expected
    assert re.search(".*?".join(LONG_PAYER.split()), invoice_text)

    out = io.BytesIO()
    assert build_receipt(services.finance.receipt_document(payment.id), profile, out, printed_on=PRINTED_ON) == 1
    receipt_text = text_of(out.getvalue())
    for expected in ("KW/2026/0001", "Rp5.500.000,-", "# Lima juta lima ratus ribu rupiah #", "Tempel meterai",
                     "tagihan INV/2026/0001", "Bandung, 2 Maret 2026"):
        assert expected in receipt_text, expected

    out = io.BytesIO()
    build_income_statement(services.finance.income_statement(2026, 3), profile, out, printed_on=PRINTED_ON)
    income_text = text_of(out.getvalue())
    for expected in ("Maret 2026", "Rp5.500.000 (1 pembayaran)", "Konsultasi", "Transfer bank", "INV/2026/0001"):
        assert expected in income_text, expected
