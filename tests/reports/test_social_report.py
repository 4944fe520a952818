"""The *laporan sosial*: what a court or the Dinas Sosial reads about a client and the work done."""

from __future__ import annotations

import io
import re
import time
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from peksos_desk.domain.practice import AssessmentSection, Attendance, GoalStatus, Sex
from peksos_desk.domain.stages import CaseStage, MoveKind
from peksos_desk.domain.text import Language
from peksos_desk.reports.social_report import build_social_report
from peksos_desk.services.cases import CaseView, GoalView, StageEvent
from peksos_desk.services.clients import ClientView
from peksos_desk.services.sessions import SessionView
from tests.reports.factories import LONG_NAME, PRINTED_ON, case, client, hundred_sessions, pdf_text, profile, session
from tests.reports.test_template import fonts, qpdf_check

ASSESSMENT = {
    AssessmentSection.FAMILY: "Klien tinggal bersama suami dan dua anak.\n- Keluarga besar di Garut.",
    AssessmentSection.HEALTH: "Klien mengeluh sulit tidur.",
    AssessmentSection.STRENGTHS: "Klien punya keterampilan menjahit dan didukung kakaknya.",
    AssessmentSection.ANALYSIS: "Risiko kekerasan berulang dinilai sedang.",
}
GOALS = (
    GoalView("Klien dan anak-anak aman dari kekerasan fisik", "Menyusun rencana keselamatan", "Klien dan peksos",
             date(2025, 4, 30), GoalStatus.IN_PROGRESS, 60, 1, 5),
    GoalView("Klien memperoleh pendampingan hukum", "", "UPTD PPA", None, GoalStatus.ACHIEVED, 100, 2, 5),
)
HEADINGS_ID = ("I. Identitas Klien", "II. Data Kasus", "III. Masalah yang Dihadapi", "IV. Kategori PPKS",
               "V. Hasil Asesmen", "VI. Rencana Intervensi dan Kemajuan", "VII. Layanan yang Diberikan",
               "VIII. Riwayat Tahapan Kasus", "IX. Status Kasus", "X. Lampiran")


def the_client(**changes: Any) -> ClientView:
    values: dict[str, Any] = {"nik": "3273015708940003", "birth_place": "Garut", "address": "Jl. Sukaluyu No. 12",
                              "guardian_name": "", "ppks_codes": (23, 19)}
    values.update(changes)
    return client(**values)


def the_case(**changes: Any) -> CaseView:
    values: dict[str, Any] = {"assessment": ASSESSMENT, "goals": GOALS}
    values.update(changes)
    return case(**values)


def report_pdf(sessions: list[SessionView] | None = None, *, language: Language = "id", item: CaseView | None = None,
               person: ClientView | None = None, enclosures: tuple[str, ...] = ("Salinan Kartu Keluarga",)) -> bytes:
    out = io.BytesIO()
    pages = build_social_report(item or the_case(), person or the_client(),
                                [session(1), session(2, attendance=Attendance.NO_SHOW)] if sessions is None
                                else sessions, profile(), out, language=language, printed_on=PRINTED_ON,
                                enclosures=enclosures)
    data = out.getvalue()
    assert pages == len(PdfReader(io.BytesIO(data)).pages)
    return data


def flat(pages: list[str]) -> str:
    return re.sub(r"\s+", " ", "\n".join(pages))


def test_report_holds_what_a_court_reads(tmp_path: Path) -> None:
    data = report_pdf()
    pages = pdf_text(data)
    text = flat(pages)
    for expected in ("LAPORAN SOSIAL", "Nomor kasus KS/2025/0005", "RAHASIA", *HEADINGS_ID,
                     LONG_NAME, "KL-000017", "NIK : 3273015708940003", "Garut, 17 Agustus 1994", "31 tahun",
                     "Perempuan", "Jl. Sukaluyu No. 12, Bandung", "Sumber rujukan : UPTD PPA Kota Bandung",
                     "Kekerasan dalam rumah tangga; klien takut pulang.",
                     "Korban Tindak Kekerasan", "Perempuan Rawan Sosial Ekonomi",
                     "Keluarga", "Keluarga besar di Garut.", "Kesehatan",
                     "Kekuatan, kapasitas dan sumber daya", "Klien punya keterampilan menjahit",
                     "Analisis dan kesimpulan", "Klien dan anak-anak aman dari kekerasan fisik",
                     "Kegiatan: Menyusun rencana keselamatan", "Berjalan", "60%", "30/04/2025", "Tercapai", "100%",
                     "2 sesi tercatat: 1 hadir, 1 tidak hadir.", "No. Tanggal Waktu Layanan Tempat Kehadiran",
                     "04/03/2025 10.00–11.00 WIB Konseling individu Kunjungan rumah Hadir", "Tidak hadir",
                     "6 Januari 2025 Pendekatan awal Kasus dibuka", "3 Maret 2025 Intervensi Maju ke tahap berikutnya",
                     "Kasus masih berjalan; tahap sekarang: Intervensi (sejak 3 Maret 2025).",
                     "1. Salinan Kartu Keluarga", "Bandung, 2 Maret 2026", "Pekerja Sosial,",
                     "Rahmawati Kusumaningrum, S.Tr.Sos., M.Kesos.", "STR: 32.73.2.1.0045.2022",
                     "SIPPS: 503/0172/SIPPS/DPMPTSP/2024", f"Halaman {len(pages)} dari {len(pages)}"):
        assert expected in text, expected
    assert "Halaman 1 dari " in pages[0] and "RAHASIA" in pages[0]
    # Assessment sections keep the form's order; an empty one (other than strengths) is left out.
    assert text.index("Keluarga besar") < text.index("Kesehatan") < text.index("Kekuatan, kapasitas") \
        < text.index("Analisis dan kesimpulan")
    assert "Spiritualitas" not in text and "Pendidikan" not in text
    assert "Sesi 1" not in text and "Tidak tampak luka fisik baru." not in text  # no note text in a social report
    qpdf_check(data, tmp_path)


def test_guardian_and_missing_identity_data() -> None:
    child = the_client(full_name="Budi Santoso", birth_date=date(2014, 7, 1), sex=Sex.MALE, nik="", birth_place="",
                       guardian_name="Sulastri", guardian_relation="Ibu", guardian_phone="0812-1111-2222")
    text = flat(pdf_text(report_pdf(person=child)))
    assert "Orang tua/wali : Sulastri (Ibu), Telp. 0812-1111-2222" in text
    assert "NIK : —" in text and "Tempat, tanggal lahir : 1 Juli 2014" in text and "11 tahun" in text
    assert "Laki-laki" in text


def test_strengths_are_asked_for_even_when_not_written() -> None:
    text = flat(pdf_text(report_pdf(item=the_case(assessment={AssessmentSection.HEALTH: "Sehat."}))))
    assert "Kekuatan, kapasitas dan sumber daya (tidak diisi)" in text


def test_an_empty_case_still_prints_and_says_what_is_missing() -> None:
    text = flat(pdf_text(report_pdf([], item=the_case(assessment={}, goals=()), person=the_client(ppks_codes=()),
                                    enclosures=())))
    for expected in ("Belum ada kategori PPKS yang dicatat.", "Asesmen belum dicatat.",
                     "Belum ada tujuan intervensi yang dicatat.", "Belum ada sesi layanan dalam kasus ini.",
                     "Bandung, 2 Maret 2026"):
        assert expected in text, expected
    assert "Lampiran" not in text


def _ended(stage: CaseStage, move: MoveKind, day: date, **changes: Any) -> CaseView:
    base = case()
    recorded = datetime(day.year, day.month, day.day, 9, tzinfo=UTC)
    event = StageEvent(CaseStage.INTERVENSI, stage, move, day, "", recorded)
    return the_case(stage=stage, closed_on=day, history=(*base.history, event), **changes)


def test_a_terminated_case_prints_its_summary() -> None:
    item = _ended(CaseStage.TERMINASI, MoveKind.TERMINATE, date(2025, 9, 1),
                  termination_summary="Tujuan tercapai; klien tinggal bersama kakaknya dan bekerja menjahit.")
    text = flat(pdf_text(report_pdf(item=item)))
    for expected in ("IX. Terminasi", "Kasus diakhiri (terminasi) pada 1 September 2025.", "Ringkasan terminasi",
                     "Tujuan tercapai; klien tinggal bersama kakaknya", "Tanggal penutupan : 1 September 2025"):
        assert expected in text, expected
    assert "Status Kasus" not in text and "Dirujuk kepada" not in text


def test_a_referred_case_says_to_whom_and_why() -> None:
    item = _ended(CaseStage.RUJUKAN, MoveKind.REFER, date(2025, 8, 4), referred_to="UPTD PPA Kota Bandung",
                  referral_reason="Pendampingan hukum di luar lingkup layanan.")
    text = flat(pdf_text(report_pdf(item=item)))
    for expected in ("IX. Rujukan", "Klien dirujuk pada 4 Agustus 2025.", "Dirujuk kepada : UPTD PPA Kota Bandung",
                     "Alasan rujukan : Pendampingan hukum di luar lingkup layanan.", "4 Agustus 2025 Rujukan Rujuk"):
        assert expected in text, expected


def test_english_report_uses_english_labels() -> None:
    pages = pdf_text(report_pdf(language="en"))
    text = flat(pages)
    for expected in ("SOCIAL REPORT", "CONFIDENTIAL", "I. Client's Identity", "II. The Case", "Referred by",
                     "Place and date of birth", "Garut, 17 August 1994", "31 years", "Female", "IV. PPKS Categories",
                     "Victim of violence", "V. Assessment", "Strengths, capacities and resources",
                     "VI. Intervention Plan and Progress", "In progress", "VII. Services Given",
                     "2 sessions recorded: 1 attended, 1 did not attend.", "No. Date Time Service Place Attendance",
                     "10:00–11:00 WIB", "Home visit", "VIII. Course of the Case", "Case opened",
                     "IX. Status of the Case", "X. Enclosures", "Bandung, 2 March 2026", "Social Worker,",
                     "Printed 2 March 2026"):
        assert expected in text, expected
    assert f"Page 1 of {len(pages)}" in pages[0] and f"Page {len(pages)} of {len(pages)}" in pages[-1]
    for indonesian in ("Halaman", "RAHASIA", "Nomor kasus", "Kehadiran", "Identitas", "Lampiran", "tahun"):
        assert indonesian not in text, indonesian


def test_same_report_gives_the_same_bytes() -> None:
    sessions = hundred_sessions()[:20]
    assert report_pdf(sessions) == report_pdf(sessions)


def test_fonts_are_embedded_and_metadata_names_the_case_only() -> None:
    data = report_pdf()
    used = fonts(data)
    assert used
    for font in used:
        assert "/FontFile2" in font["/FontDescriptor"], font["/BaseFont"]
        assert "Helvetica" not in str(font["/BaseFont"])
    assert b"/Helvetica" not in data
    reader = PdfReader(io.BytesIO(data))
    assert reader.metadata is not None and reader.metadata.title == "Laporan Sosial KS/2025/0005"
    assert reader.trailer["/Root"]["/Lang"] == "id-ID"
    assert "Komang" not in f"{reader.metadata.title} {reader.metadata.subject}"


def test_hundred_sessions_paginate_with_each_heading_once(tmp_path: Path) -> None:
    began = time.perf_counter()
    data = report_pdf(hundred_sessions(), enclosures=("Salinan Kartu Keluarga", "Hasil visum et repertum"))
    assert time.perf_counter() - began < 2
    pages = pdf_text(data)
    count = len(pages)
    assert 3 <= count <= 12, count
    assert f"Halaman 1 dari {count}" in pages[0] and f"Halaman {count} dari {count}" in pages[-1]
    text = "\n".join(pages)
    for title in HEADINGS_ID:
        assert len(re.findall(rf"^{re.escape(title)}$", text, flags=re.MULTILINE)) == 1, title
    for number in range(1, 101):  # every session is a row, once
        assert len(re.findall(rf"^{number}\.\s+\d\d/\d\d/\d{{4}}$", text, flags=re.MULTILINE)) == 1, number
    assert "100 sesi tercatat: 90 hadir, 10 tidak hadir." in text
    with_rows = [page for page in pages if re.search(r"^\d+\.\s+\d\d/\d\d/\d{4}$", page, flags=re.MULTILINE)]
    assert len(with_rows) >= 2
    for page in with_rows:  # the table's header repeats on every page the table spans
        assert "No. Tanggal Waktu Layanan Tempat Kehadiran" in flat([page])
    for page in pages:  # a heading never ends a page
        body = [line for line in page.splitlines() if line.strip()]
        footer_at = next(i for i, line in enumerate(body) if line.startswith("RAHASIA"))
        assert body[footer_at - 1] not in HEADINGS_ID, body[footer_at - 1]
    assert "Bandung, 2 Maret 2026" in pages[-1] and "2. Hasil visum et repertum" in flat(pages)
    qpdf_check(data, tmp_path)


@pytest.mark.parametrize("language", ["id", "en"])
def test_session_summaries_are_enough(services: Any, language: Language) -> None:
    from tests.services.factories import new_case, new_client, new_session

    person = new_client(services)
    opened = new_case(services, person.id)
    new_session(services, opened.id)
    summaries = services.sessions.summaries_for_case(opened.id)
    out = io.BytesIO()
    build_social_report(services.cases.get(opened.id), services.clients.get(person.id), summaries, profile(), out,
                        language=language, printed_on=PRINTED_ON)
    text = flat(pdf_text(out.getvalue()))
    assert "Siti Aminah" in text and "P2TP2A Kota Bandung" in text
    assert ("20/02/2026 10.00–11.00 WIB" if language == "id" else "20/02/2026 10:00–11:00 WIB") in text
