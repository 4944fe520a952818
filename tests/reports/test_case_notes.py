"""Case notes (*catatan kasus*) as the practitioner prints them: one session, or a whole case."""

from __future__ import annotations

import io
import re
import time
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from pypdf import PdfReader

from peksos_desk.domain.practice import Attendance, NoteFormat
from peksos_desk.domain.stages import CaseStage
from peksos_desk.domain.text import Language
from peksos_desk.reports.case_notes import build_case_note, build_case_notes, stage_on
from peksos_desk.services.sessions import SessionView
from tests.reports.factories import (
    LONG_NAME,
    PRINTED_ON,
    addendum,
    case,
    client,
    hundred_sessions,
    long_note,
    pdf_text,
    profile,
    session,
)
from tests.reports.test_template import qpdf_check


def note_pdf(item: SessionView | None = None, *, language: Language = "id", **options: Any) -> bytes:
    out = io.BytesIO()
    build_case_note(item or session(), case(), client(), profile(), out, language=language, printed_on=PRINTED_ON,
                    **options)
    return out.getvalue()


def case_pdf(sessions: list[SessionView], *, language: Language = "id") -> bytes:
    out = io.BytesIO()
    build_case_notes(sessions, case(), client(), profile(), out, language=language, printed_on=PRINTED_ON)
    return out.getvalue()


def joined(pages: list[str]) -> str:
    return "\n".join(pages)


def test_signed_note_shows_client_case_sections_and_signing_time(tmp_path: Path) -> None:
    late = addendum(written_at=datetime(2025, 3, 20, 2, 15, tzinfo=UTC))
    data = note_pdf(session(3, addenda=(late,)), number=3)
    text = joined(pdf_text(data))
    for expected in (LONG_NAME, "KL-000017", "30 tahun", "KS/2025/0005", "Intervensi", "CATATAN KASUS",
                     "Sesi 3 — Selasa, 18 Maret 2025", "Selasa, 18 Maret 2025, pukul 10.00–11.00 WIB (60 menit)",
                     "Kunjungan rumah", "Konseling individu", "Hadir", "DAP (Data, Asesmen, Rencana)",
                     "Data", "Asesmen", "Rencana", "Tidak tampak luka fisik baru.", "Bandung, 18 Maret 2025",
                     "Ditandatangani secara elektronik: Selasa, 18 Maret 2025 13.12 WIB", "RAHASIA",
                     "Adendum 1 — Kamis, 20 Maret 2025 09.15 WIB", "Alasan: Koreksi nama sekolah anak",
                     "yang benar SD Negeri 054 Sukaluyu"):
        assert expected in text, expected
    assert "DRAF" not in text
    qpdf_check(data, tmp_path)


def test_footer_counts_pages_of_a_long_note() -> None:
    pages = pdf_text(note_pdf(session(note=long_note())))
    count = len(pages)
    assert count >= 3
    assert "Halaman 1 dari " + str(count) in pages[0]
    assert f"Halaman {count} dari {count}" in pages[-1]
    text = joined(pages)
    for marker in range(40):  # nothing of a note of several pages is lost at the page breaks
        assert f"[P{marker}]" in text


def test_draft_note_is_marked_and_has_no_signature() -> None:
    reader = PdfReader(io.BytesIO(note_pdf(session(signed=False))))
    text = joined([page.extract_text() for page in reader.pages])
    assert text.count("DRAF — belum ditandatangani") == 2  # before the note and where the signature would be
    assert "Ditandatangani" not in text
    assert "Pekerja Sosial," not in text  # no signature block to sign a draft by hand


def test_english_note_uses_english_labels() -> None:
    pages = pdf_text(note_pdf(session(signed=False), language="en"))
    text = joined(pages)
    for expected in ("CASE NOTE", "Client", "Case number", "Case stage", "Intervention", "Home visit", "Attended",
                     "Data", "Assessment", "Plan", "DRAFT — not signed", "CONFIDENTIAL", "Printed 2 March 2026",
                     "Tuesday, 4 March 2025, 10:00–11:00 WIB (60 minutes)"):
        assert expected in text, expected
    assert f"Page 1 of {len(pages)}" in pages[0]
    for indonesian in ("Halaman", "RAHASIA", "Nomor kasus", "Kehadiran"):
        assert indonesian not in text


def test_english_signed_note_says_signed_electronically() -> None:
    text = joined(pdf_text(note_pdf(language="en")))
    assert "Signed electronically: Tuesday, 4 March 2025 13:12 WIB" in text
    assert "Social Worker," in text


def test_soap_and_free_notes_print_their_own_sections() -> None:
    soap = joined(pdf_text(note_pdf(session(note_format=NoteFormat.SOAP, note={
        "subjective": "Klien merasa lebih tenang.", "objective": "", "assessment": "Membaik.", "plan": "Lanjut."}))))
    for expected in ("Subjektif", "Objektif", "(tidak diisi)", "Asesmen", "Rencana", "Klien merasa lebih tenang."):
        assert expected in soap
    free = joined(pdf_text(note_pdf(session(note_format=NoteFormat.FREE, note={"narrative": "Kunjungan rumah."}))))
    assert "Catatan" in free and "Kunjungan rumah." in free and "Asesmen" not in free


def test_time_is_shown_in_the_practitioners_zone() -> None:
    item = session()
    assert "10.00–11.00 WIB" in joined(pdf_text(note_pdf(item)))
    out = io.BytesIO()
    build_case_note(item, case(), client(), profile(time_zone="WITA"), out, printed_on=PRINTED_ON)
    assert "11.00–12.00 WITA" in joined(pdf_text(out.getvalue()))


def test_same_note_gives_the_same_bytes() -> None:
    item = session(addenda=(addendum(),))
    assert note_pdf(item) == note_pdf(item)


def test_metadata_names_the_case_but_not_the_client() -> None:
    reader = PdfReader(io.BytesIO(note_pdf()))
    meta = reader.metadata
    assert meta is not None
    assert meta.title == "Catatan Kasus KS/2025/0005 — 4 Maret 2025"
    assert meta.author == "Rahmawati Kusumaningrum, S.Tr.Sos., M.Kesos."
    assert reader.trailer["/Root"]["/Lang"] == "id-ID"
    assert "Komang" not in f"{meta.title} {meta.subject} {meta.get('/Keywords', '')}"


def test_stage_at_the_time_of_the_session_comes_from_the_history() -> None:
    assert stage_on(case(), date(2025, 1, 10)) is CaseStage.PENDEKATAN_AWAL
    assert stage_on(case(), date(2025, 2, 17)) is CaseStage.RENCANA_INTERVENSI
    assert stage_on(case(), date(2026, 1, 1)) is CaseStage.INTERVENSI
    early = session(starts_at=datetime(2025, 1, 28, 3, tzinfo=UTC))
    assert "Tahap kasus : Asesmen" in joined(pdf_text(note_pdf(early))).replace("\n", " ").replace("  ", " ")


def test_hundred_session_case_paginates_with_every_session_once(tmp_path: Path) -> None:
    sessions = hundred_sessions()
    began = time.perf_counter()
    data = case_pdf(sessions)
    elapsed = time.perf_counter() - began
    pages = pdf_text(data)
    assert 25 <= len(pages) <= 70, len(pages)
    text = joined(pages)
    for number in range(1, 101):
        assert len(re.findall(rf"^Sesi {number} — ", text, flags=re.MULTILINE)) == 1, number
    assert f"Halaman 1 dari {len(pages)}" in pages[0]
    assert f"Halaman {len(pages)} dari {len(pages)}" in pages[-1]
    assert "100 sesi (99 ditandatangani)" in pages[0]
    assert text.count("DRAF — belum ditandatangani") == 2  # session 100: a box before the note, a line after
    assert text.count("Adendum 1 — ") == 2  # sessions 12 and 58
    assert "Bandung, 2 Maret 2026" in pages[-1]
    assert elapsed < 1.5, f"{elapsed:.2f} s"
    qpdf_check(data, tmp_path)


def test_no_page_of_a_case_ends_with_a_session_heading() -> None:
    for text in pdf_text(case_pdf(hundred_sessions()[:40])):
        body = [line for line in text.splitlines() if line.strip()]
        footer_at = next(i for i, line in enumerate(body) if line.startswith("RAHASIA"))
        last = body[footer_at - 1]
        assert not re.match(r"(Sesi \d+ — |\d\d\.\d\d–)", last), last
        assert last not in ("Data", "Asesmen", "Rencana", "Subjektif", "Objektif", "Catatan")


def test_sessions_print_in_the_order_they_took_place() -> None:
    late, early = session(2), session(1)
    text = joined(pdf_text(case_pdf([late, early])))
    assert text.index("Sesi 1 — Selasa, 4 Maret 2025") < text.index("Sesi 2 — Selasa, 11 Maret 2025")


def test_missed_session_without_a_note_says_so() -> None:
    missed = session(1, signed=False, attendance=Attendance.NO_SHOW, note={"data": "", "assessment": "", "plan": ""})
    text = joined(pdf_text(case_pdf([missed])))
    assert "Tidak hadir" in text
    assert "Tidak ada catatan untuk sesi ini." in text
    assert "DRAF" not in text


def test_english_case_notes() -> None:
    pages = pdf_text(case_pdf(hundred_sessions()[:5], language="en"))
    text = joined(pages)
    for expected in ("CASE NOTES", "Session 1 — Tuesday, 4 March 2025", "Signed Tuesday, 4 March 2025 13:12 WIB",
                     "5 sessions (5 signed)", "Field of practice", "Family", "Community", "Presenting problem"):
        assert expected in text, expected
    assert f"Page {len(pages)} of {len(pages)}" in pages[-1]


def test_case_without_sessions_still_prints() -> None:
    text = joined(pdf_text(case_pdf([])))
    assert "Belum ada sesi dalam kasus ini." in text and "Bandung, 2 Maret 2026" in text


def test_case_notes_same_bytes_twice() -> None:
    sessions = hundred_sessions()[:10]
    assert case_pdf(sessions) == case_pdf(sessions)


def test_a_huge_one_paragraph_section_builds_quickly_and_loses_nothing() -> None:
    sentence = "Klien menceritakan kejadian di rumah kontrakan dengan suara pelan dan sesekali menangis. "
    text = "".join(f"[S{n}] {sentence}" for n in range(1800))  # ~170,000 characters, no line break
    began = time.perf_counter()
    pages = pdf_text(note_pdf(session(note={"data": text, "assessment": "", "plan": ""})))
    assert time.perf_counter() - began < 1.5
    flat = joined(pages).replace("\n", " ")
    assert len(pages) > 30
    for n in (0, 1, 999, 1799):
        assert f"[S{n}] Klien menceritakan" in flat, n
