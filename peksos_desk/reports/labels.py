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
}


def label(key: str, language: Language, **values: object) -> str:
    """The document word ``key`` in ``language``, its ``{placeholders}`` filled from ``values``."""
    text = LABELS[key]
    return (text.format(**values) if values else text).render(language)
