"""The words printed documents use, in Indonesian and English.

Documents are written in the language chosen for the document, not the UI's: a practitioner with an English
UI still prints Indonesian letters for the Dinas Sosial. So every label is a :class:`Text` and is rendered
with an explicit language; the domain's own labels (stages, places, attendance, note sections) are used as
they are and not repeated here.
"""

from __future__ import annotations

from peksos_desk.domain.text import Language, Text

LABELS: dict[str, Text] = {
    # page template
    "confidential": Text("RAHASIA", "CONFIDENTIAL"),
    "page_of": Text("Halaman {page} dari {pages}", "Page {page} of {pages}"),
    "printed_on": Text("Dicetak {date}", "Printed {date}"),
    "draft_watermark": Text("DRAF", "DRAFT"),
    "phone": Text("Telp.", "Phone"),
    "email": Text("Surel", "E-mail"),
    "str": Text("STR", "STR"),
    "sipps": Text("SIPPS", "SIPPS"),
    "competence": Text("Sertifikat kompetensi", "Competence certificate"),
    "accreditation": Text("Akreditasi BALKS: {value}", "BALKS accreditation: {value}"),
    "practitioner_role": Text("Pekerja Sosial", "Social Worker"),
    "signed_at": Text("Ditandatangani secara elektronik: {when}", "Signed electronically: {when}"),
    "in_words": Text("Terbilang", "In words"),
    "empty": Text("—", "—"),
    # case notes
    "case_note_title": Text("Catatan Kasus", "Case Note"),
    "case_notes_title": Text("Catatan Kasus", "Case Notes"),
    "session_n": Text("Sesi {n}", "Session {n}"),
    "session_n_on": Text("Sesi {n} — {date}", "Session {n} — {date}"),
    "client_name": Text("Nama klien", "Client"),
    "client_code": Text("Kode klien", "Client code"),
    "age": Text("Usia", "Age"),
    "age_years": Text("{n} tahun", "{n} years"),
    "case_number": Text("Nomor kasus", "Case number"),
    "stage": Text("Tahap kasus", "Case stage"),
    "stage_now": Text("Tahap sekarang", "Current stage"),
    "field_of_practice": Text("Bidang praktik", "Field of practice"),
    "setting": Text("Setting", "Setting"),
    "opened_on": Text("Tanggal mulai kasus", "Case opened"),
    "closed_on": Text("Tanggal penutupan", "Case closed"),
    "presenting_problem": Text("Masalah yang dihadapi", "Presenting problem"),
    "sessions_count": Text("Jumlah sesi", "Sessions"),
    "sessions_count_value": Text("{n} sesi ({signed} ditandatangani)", "{n} sessions ({signed} signed)"),
    "when": Text("Tanggal dan waktu", "Date and time"),
    "when_value": Text("{day}, pukul {start}–{end} {zone} ({minutes} menit)",
                       "{day}, {start}–{end} {zone} ({minutes} minutes)"),
    "place": Text("Tempat", "Place"),
    "service": Text("Layanan", "Service"),
    "attendance": Text("Kehadiran", "Attendance"),
    "note_format": Text("Format catatan", "Note format"),
    "section_blank": Text("(tidak diisi)", "(not written)"),
    "no_note": Text("Tidak ada catatan untuk sesi ini.", "No note was written for this session."),
    "draft_mark": Text("DRAF — belum ditandatangani", "DRAFT — not signed"),
    "draft_explained": Text(
        "Catatan ini masih draf: isinya dapat berubah dan belum menjadi catatan resmi.",
        "This note is still a draft: it may change and is not yet an official record."),
    "signed_line": Text("Ditandatangani {when}", "Signed {when}"),
    "addenda": Text("Adendum", "Addenda"),
    "addendum_n": Text("Adendum {n} — {when}", "Addendum {n} — {when}"),
    "reason": Text("Alasan", "Reason"),
    "certified": Text("Dicetak dari catatan yang tersimpan dalam Peksos Desk.",
                      "Printed from the records kept in Peksos Desk."),
    "no_sessions": Text("Belum ada sesi dalam kasus ini.", "This case has no sessions yet."),
    # money: shared
    "col_date": Text("Tanggal", "Date"),
    "col_amount": Text("Jumlah", "Amount"),
    "col_method": Text("Cara bayar", "Method"),
    "col_invoice": Text("No. tagihan", "Invoice no."),
    "col_payer": Text("Pembayar", "Payer"),
    "total_row": Text("Jumlah", "Total"),
    "number_line": Text("No. {number}", "No. {number}"),
    "reference": Text("ref. {reference}", "ref. {reference}"),
    # invoice
    "invoice_title": Text("Tagihan", "Invoice"),
    "invoice_draft_subtitle": Text("Draf — belum bernomor", "Draft — not yet numbered"),
    "invoice_draft_mark": Text("DRAF — belum diterbitkan, bukan tagihan resmi",
                               "DRAFT — not issued, not a valid invoice"),
    "invoice_draft_explained": Text(
        "Nomor, tanggal tagihan, dan jatuh tempo diberikan saat tagihan diterbitkan.",
        "The number, invoice date and due date are given when the invoice is issued."),
    "invoice_void_mark": Text("BATAL — tagihan ini tidak berlaku", "VOID — this invoice is cancelled"),
    "void_reason": Text("Alasan pembatalan: {reason}", "Reason: {reason}"),
    "bill_to": Text("Kepada Yth.", "Bill to"),
    "invoice_number": Text("Nomor tagihan", "Invoice number"),
    "issue_date": Text("Tanggal tagihan", "Invoice date"),
    "due_date": Text("Jatuh tempo", "Due date"),
    "service_period": Text("Periode layanan", "Service period"),
    "status": Text("Status", "Status"),
    "not_issued": Text("(belum diterbitkan)", "(not issued)"),
    "col_description": Text("Uraian", "Description"),
    "col_client": Text("Klien", "Client"),
    "col_client_code": Text("Kode klien", "Client code"),
    "col_qty": Text("Jml", "Qty"),
    "col_unit_price": Text("Harga satuan", "Unit price"),
    "no_lines": Text("Belum ada baris tagihan.", "No lines yet."),
    "subtotal": Text("Subtotal", "Subtotal"),
    "discount": Text("Potongan", "Discount"),
    "discount_with_reason": Text("Potongan ({reason})", "Discount ({reason})"),
    "invoice_total": Text("Total tagihan", "Total"),
    "paid_so_far": Text("Sudah dibayar", "Paid"),
    "paid_row": Text("Dibayar {date}, kuitansi {receipt} ({method})", "Paid {date}, receipt {receipt} ({method})"),
    "balance_due": Text("Sisa tagihan", "Balance due"),
    "paid_in_full": Text("LUNAS", "PAID IN FULL"),
    "privacy_codes_note": Text("Atas permintaan pembayar, klien disebut dengan kode kliennya saja.",
                               "As the payer asked, clients are named by their client code only."),
    "how_to_pay": Text("Cara pembayaran", "How to pay"),
    "pay_by_transfer_due": Text("Mohon tagihan ini dibayar paling lambat {date} melalui transfer ke rekening berikut:",
                                "Please pay this invoice by {date} by bank transfer to:"),
    "pay_by_transfer": Text("Pembayaran dapat ditransfer ke rekening berikut:", "Please pay by bank transfer to:"),
    "pay_due_no_bank": Text("Mohon tagihan ini dibayar paling lambat {date}.", "Please pay this invoice by {date}."),
    "pay_quote_number": Text("Cantumkan nomor tagihan {number} pada berita transfer. Setiap pembayaran diberi "
                             "kuitansi.",
                             "Please quote invoice number {number} with the transfer. Every payment is given a "
                             "receipt (kuitansi)."),
    "pay_receipt": Text("Setiap pembayaran diberi kuitansi.", "Every payment is given a receipt (kuitansi)."),
    "bank": Text("Bank", "Bank"),
    "account_number": Text("Nomor rekening", "Account number"),
    "account_holder": Text("Atas nama", "Account holder"),
    "notes": Text("Catatan", "Notes"),
    # kuitansi
    "receipt_title": Text("Kuitansi", "Receipt"),
    "received_from": Text("Sudah terima dari", "Received from"),
    "sum_of": Text("Uang sejumlah", "The sum of"),
    "for_payment": Text("Untuk pembayaran", "For payment of"),
    "paid_with": Text("Cara pembayaran", "Paid by"),
    "receiver": Text("Yang menerima,", "Received by,"),
    "meterai_box": Text("Tempel meterai Rp10.000", "Affix Rp10.000 duty stamp (meterai)"),
    "meterai_note": Text(
        "Kuitansi di atas Rp5.000.000 dikenai bea meterai Rp10.000 (meterai tempel atau e-meterai): "
        "UU No. 10 Tahun 2020 tentang Bea Meterai, Pasal 3 ayat (2) huruf g dan Pasal 5.",
        "A receipt above Rp5.000.000 bears Rp10.000 stamp duty (a paper stamp or e-meterai): "
        "Law No. 10 of 2020 on Stamp Duty (UU No. 10 Tahun 2020), Article 3(2)(g) and Article 5."),
    "words_are_indonesian": Text("", "The amount in words is written in Indonesian, as a kuitansi requires."),
    # monthly income statement
    "income_title": Text("Laporan Pendapatan Bulanan", "Monthly Income Statement"),
    "period": Text("Periode", "Period"),
    "received": Text("Pendapatan diterima", "Income received"),
    "received_value": Text("{amount} ({n} pembayaran)", "{amount} ({n} payments)"),
    "invoiced": Text("Tagihan diterbitkan", "Invoiced"),
    "invoiced_value": Text("{amount} ({n} tagihan; yang dibatalkan tidak dihitung)",
                           "{amount} ({n} invoices; void ones left out)"),
    "outstanding_on": Text("Piutang per {date}", "Outstanding on {date}"),
    "outstanding_value": Text("{amount} ({n} tagihan)", "{amount} ({n} invoices)"),
    "by_service_type": Text("Pendapatan menurut jenis layanan", "Income by service type"),
    "by_method": Text("Pendapatan menurut cara pembayaran", "Income by payment method"),
    "by_age_on": Text("Piutang menurut umur per {date}", "Outstanding by age on {date}"),
    "unpaid_invoices": Text("Rincian tagihan yang belum lunas", "Unpaid invoices"),
    "col_service_type": Text("Jenis layanan", "Service type"),
    "col_share": Text("Porsi", "Share"),
    "col_payments": Text("Pembayaran", "Payments"),
    "col_invoices": Text("Tagihan", "Invoices"),
    "col_age": Text("Umur piutang", "Age"),
    "col_days_late": Text("Hari lewat", "Days late"),
    "col_balance": Text("Sisa", "Balance"),
    "not_yet_due": Text("belum jatuh tempo", "not yet due"),
    "other_services": Text("Lain-lain", "Other"),
    "none_received": Text("Tidak ada pembayaran yang diterima pada bulan ini.",
                          "No payments were received this month."),
    "none_outstanding": Text("Tidak ada tagihan yang belum lunas.", "No invoices are outstanding."),
    "split_note": Text(
        "Pembayaran atas tagihan yang memuat beberapa jenis layanan dibagi sebanding dengan nilai baris "
        "tagihannya (potongan dibagi dengan cara yang sama).",
        "A payment on an invoice of several service types is shared among them in proportion to the invoice's "
        "lines (the discount alike)."),
}


def label(key: str, language: Language, **values: object) -> str:
    """The document word ``key`` in ``language``, its ``{placeholders}`` filled from ``values``."""
    text = LABELS[key]
    return (text.format(**values) if values else text).render(language)
