"""Build every PDF document with realistic Indonesian content, in both languages, for looking at.

Usage: python scripts/render_samples.py [OUT_DIR]   (default /tmp/peksos-samples)
No store is opened: the read models are built by hand. Render pages to PNG with e.g.
``pdftoppm -png -r 60 -f 1 -l 2 OUT_DIR/catatan-kasus-sesi-id.pdf OUT_DIR/png/sesi-id``.
"""

from __future__ import annotations

import io
import random
import sys
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from peksos_desk.domain.practice import Attendance, FieldOfPractice, NoteFormat, PracticeSetting, SessionPlace, Sex
from peksos_desk.domain.stages import CaseStage, MoveKind
from peksos_desk.domain.text import LANGUAGES
from peksos_desk.reports.case_notes import build_case_note, build_case_notes
from peksos_desk.services.cases import CaseView, StageEvent
from peksos_desk.services.clients import ClientView
from peksos_desk.services.profile import Profile
from peksos_desk.services.sessions import Addendum, SessionView

PRINTED_ON = date(2026, 3, 2)

PROFILE = Profile(
    full_name="Rahmawati Kusumaningrum", degree="S.Tr.Sos., M.Kesos.",
    competence_certificate="LSPS/PS/2021/00871", str_number="32.73.2.1.0045.2022",
    sipps_number="503/0172/SIPPS/DPMPTSP/2024", institution_name="LKS Harapan Bunda Mandiri",
    institution_accreditation="A (Unggul), BALKS No. 114/BALKS/XI/2023",
    address="Jl. Terusan Jakarta No. 45, Kel. Antapani Kidul, Kec. Antapani", city="Bandung",
    phone="0812-2045-7781", email="rahmawati.peksos@gmail.com", time_zone="WIB",
)

CLIENT = ClientView(
    full_name="Ni Komang Ayu Sri Wahyuningsih Pratiwi Dewi", nickname="Komang", birth_date=date(1994, 8, 17),
    birth_place="Singaraja", sex=Sex.FEMALE, address="Gg. Sukaluyu III No. 7, RT 04/RW 11, Cibeunying Kaler",
    city="Bandung", phone="0857-2211-3094", ppks_codes=(19, 23), consent_given=True,
    consent_date=date(2024, 2, 26), id=17, code="KL-000017", age=31, open_cases=1,
)



def _event(before: CaseStage | None, after: CaseStage, move: MoveKind | None, day: date, note: str = "") -> StageEvent:
    return StageEvent(before, after, move, day, note, datetime(day.year, day.month, day.day, 9, tzinfo=UTC))


HISTORY = (
    _event(None, CaseStage.PENDEKATAN_AWAL, None, date(2024, 2, 26)),
    _event(CaseStage.PENDEKATAN_AWAL, CaseStage.ASESMEN, MoveKind.FORWARD, date(2024, 3, 18)),
    _event(CaseStage.ASESMEN, CaseStage.RENCANA_INTERVENSI, MoveKind.FORWARD, date(2024, 5, 6)),
    _event(CaseStage.RENCANA_INTERVENSI, CaseStage.INTERVENSI, MoveKind.FORWARD, date(2024, 5, 20)),
    _event(CaseStage.INTERVENSI, CaseStage.ASESMEN, MoveKind.BACK, date(2025, 6, 2),
           "Suami kembali ke rumah; risiko perlu dinilai ulang."),
    _event(CaseStage.ASESMEN, CaseStage.RENCANA_INTERVENSI, MoveKind.FORWARD, date(2025, 6, 30)),
    _event(CaseStage.RENCANA_INTERVENSI, CaseStage.INTERVENSI, MoveKind.FORWARD, date(2025, 7, 7)),
)

CASE = CaseView(
    id=5, number="KS/2025/0005", client_id=CLIENT.id, client_name=CLIENT.full_name, client_code=CLIENT.code,
    field_of_practice=FieldOfPractice.FAMILY, setting=PracticeSetting.COMMUNITY, opened_on=date(2024, 2, 26),
    closed_on=None, stage=CaseStage.INTERVENSI,
    presenting_problem=("Kekerasan dalam rumah tangga yang berulang sejak 2023; klien tinggal bersama dua anak "
                        "(7 dan 4 tahun) di rumah kontrakan dan bergantung secara ekonomi pada suami. Klien takut "
                        "pulang setelah kejadian terakhir dan dirujuk oleh UPTD PPA Kota Bandung."),
    referral_source="UPTD PPA Kota Bandung", stage_changed_at=datetime(2025, 7, 7, 9, tzinfo=UTC),
    termination_summary="", referred_to="", referral_reason="", history=HISTORY, assessment={}, goals=(),
)

_DATA = [
    "Klien datang tepat waktu bersama anak bungsunya yang kemudian dititipkan di ruang bermain.",
    "Klien menyampaikan bahwa suaminya kembali marah-marah karena uang belanja dianggap habis terlalu cepat.",
    "Klien mengatakan, \"Saya sudah capek, Bu, tapi saya tidak mau anak-anak kehilangan bapaknya.\"",
    "Klien tampak lelah, berbicara pelan, sesekali menangis ketika menceritakan kejadian hari Sabtu.",
    "Kakak ipar klien (via telepon) membenarkan bahwa pertengkaran terdengar sampai ke rumah tetangga.",
    "Klien melaporkan sudah dua minggu berjualan kue basah di depan SD tempat anak sulungnya bersekolah.",
    "Tidak tampak luka fisik baru; klien menyatakan tidak ada kekerasan fisik sejak sesi terakhir.",
    "Klien menyebut ketidakbertanggungjawaban suami sebagai sumber utama kekhawatirannya.",
]
_ASSESSMENT = [
    "Risiko kekerasan fisik dinilai sedang; rencana keselamatan masih dipahami dan dapat diulang oleh klien.",
    "Klien menunjukkan kemajuan terhadap tujuan 2 (kemandirian ekonomi): penghasilan harian sekitar Rp60.000.",
    "Kekuatan klien: jaringan pengajian di RW, hubungan baik dengan wali kelas anak, keterampilan membuat kue.",
    "Klien masih ambivalen tentang pelaporan ke kepolisian; keputusan tetap dihormati sebagai hak klien.",
    "Gejala kecemasan berkurang dibandingkan asesmen awal (skala subjektif 8 menjadi 5 dari 10).",
]
_PLAN = [
    "- Mengulang rencana keselamatan dan memperbarui nomor darurat (UPTD PPA, Polsek, kakak ipar).",
    "- Koordinasi dengan Puskesmas Sukaluyu untuk konseling psikologis klien (rujukan tertulis).",
    "- Klien mencatat pemasukan dan pengeluaran harian sebagai bahan diskusi sesi berikutnya.",
    "- Kunjungan rumah bersama pendamping PKH untuk memastikan bantuan sosial anak tetap diterima.",
    "- Sesi berikutnya: Selasa pukul 10.00 di kantor LKS.",
]


def _paragraphs(rng: random.Random, pool: list[str], count: int) -> str:
    return "\n".join(rng.sample(pool, k=min(count, len(pool))))


def _long_note() -> dict[str, str]:
    """A note of several pages: a home visit written up at length."""
    rng = random.Random(7)
    data = ["Apa yang dikatakan dan diamati:"]
    for block in range(9):
        data.append(f"Bagian {block + 1}. " + " ".join(rng.sample(_DATA, k=len(_DATA))))
        data.append("")
    data += ["- " + line for line in rng.sample(_DATA, k=4)]
    assessment = ["Penilaian pekerja sosial:"] + [" ".join(rng.sample(_ASSESSMENT, k=5)) for _ in range(6)]
    plan = ["Rencana tindak lanjut:", *_PLAN, "", "Catatan koordinasi: " + " ".join(_ASSESSMENT)]
    return {"data": "\n".join(data), "assessment": "\n\n".join(assessment), "plan": "\n".join(plan)}


def _session(number: int, starts_at: datetime, note: dict[str, str], *, signed: bool = True,
             note_format: NoteFormat = NoteFormat.DAP, attendance: Attendance = Attendance.ATTENDED,
             place: SessionPlace = SessionPlace.OFFICE, addenda: tuple[Addendum, ...] = ()) -> SessionView:
    return SessionView(
        id=100 + number, case_id=CASE.id, case_number=CASE.number, client_id=CLIENT.id, client_name=CLIENT.full_name,
        starts_at=starts_at, duration_minutes=60 if place is not SessionPlace.HOME_VISIT else 90, place=place,
        attendance=attendance, service_type_id=1, service_type_name="Konseling individu", fee=250_000,
        note_format=note_format, note=note, note_saved_at=starts_at + timedelta(hours=2),
        signed_at=starts_at + timedelta(hours=3, minutes=12) if signed else None, addenda=addenda,
    )


def hundred_sessions() -> list[SessionView]:
    """A case of 100 weekly sessions: mostly DAP, some SOAP and free notes, a few missed, the last a draft."""
    rng = random.Random(2025)
    sessions = []
    start = datetime(2024, 3, 1, 2, 0, tzinfo=UTC)
    for number in range(1, 101):
        starts_at = start + timedelta(days=7 * (number - 1), hours=rng.choice((0, 2, 4)))
        kind = number % 10
        attendance = Attendance.NO_SHOW if kind == 7 else Attendance.ATTENDED
        note_format = NoteFormat.SOAP if kind == 3 else NoteFormat.FREE if kind == 5 else NoteFormat.DAP
        if attendance is Attendance.NO_SHOW:
            note = {key: "" for key in note_format.sections}
            note[note_format.sections[0]] = "Klien tidak hadir dan tidak memberi kabar; dihubungi via WhatsApp."
        elif note_format is NoteFormat.SOAP:
            note = {"subjective": _paragraphs(rng, _DATA, 2), "objective": _paragraphs(rng, _DATA, 2),
                    "assessment": _paragraphs(rng, _ASSESSMENT, 2), "plan": _paragraphs(rng, _PLAN, 2)}
        elif note_format is NoteFormat.FREE:
            note = {"narrative": " ".join(rng.sample(_DATA + _ASSESSMENT, k=6))}
        else:
            note = {"data": _paragraphs(rng, _DATA, 3), "assessment": _paragraphs(rng, _ASSESSMENT, 2),
                    "plan": _paragraphs(rng, _PLAN, 2)}
        addenda = ()
        if number in (12, 58):
            addenda = (Addendum(number, starts_at + timedelta(days=2), "Koreksi nama sekolah anak",
                                "Tertulis SD Negeri 045 Sukaluyu; yang benar SD Negeri 054 Sukaluyu."),)
        sessions.append(_session(number, starts_at, note, signed=number != 100, note_format=note_format,
                                 attendance=attendance, addenda=addenda,
                                 place=SessionPlace.HOME_VISIT if kind == 4 else SessionPlace.OFFICE))
    return sessions


def logo() -> bytes:
    """A stand-in logo for the LKS: a green disc with its initials."""
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (240, 240), "white")
    draw = ImageDraw.Draw(image)
    draw.ellipse((8, 8, 232, 232), fill="#2e7d5b")
    draw.ellipse((40, 40, 200, 200), outline="white", width=10)
    draw.rectangle((112, 60, 128, 180), fill="white")
    draw.rectangle((60, 112, 180, 128), fill="white")
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


def main(out_dir: Path) -> None:
    out_dir.mkdir(parents=True, exist_ok=True)
    when = datetime(2026, 2, 24, 3, 0, tzinfo=UTC)
    addenda = (Addendum(1, when + timedelta(days=1, hours=1, minutes=30), "Informasi tambahan dari sekolah",
                        "Wali kelas anak sulung (Ibu Sri Hartati) menyampaikan bahwa anak dua kali tidak "
                        "masuk sekolah pada minggu yang sama. Informasi ini melengkapi bagian Data."),
               Addendum(2, when + timedelta(days=3, hours=5), "Koreksi waktu kejadian",
                        "Kejadian yang diceritakan klien terjadi pada Jumat malam, bukan Sabtu malam."))
    long_note = _session(31, when, _long_note(), place=SessionPlace.HOME_VISIT, addenda=addenda)
    short = {"data": "\n".join(_DATA[:4]), "assessment": "\n".join(_ASSESSMENT[:2]), "plan": "\n".join(_PLAN[:3])}
    draft = _session(32, when + timedelta(days=3), short, signed=False)
    many = hundred_sessions()
    emblem = logo()
    for language in LANGUAGES:
        jobs = {
            f"catatan-kasus-sesi-{language}.pdf": lambda out, lang=language: build_case_note(
                long_note, CASE, CLIENT, PROFILE, out, language=lang, printed_on=PRINTED_ON, number=31,
                logo=emblem),
            f"catatan-kasus-draf-{language}.pdf": lambda out, lang=language: build_case_note(
                draft, CASE, CLIENT, PROFILE, out, language=lang, printed_on=PRINTED_ON, number=32),
            f"catatan-kasus-100-sesi-{language}.pdf": lambda out, lang=language: build_case_notes(
                many, CASE, CLIENT, PROFILE, out, language=lang, printed_on=PRINTED_ON),
        }
        for name, build in jobs.items():
            began = time.perf_counter()
            pages = build(out_dir / name)
            print(f"{out_dir / name}: {pages} pages, {(time.perf_counter() - began) * 1000:.0f} ms")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/tmp/peksos-samples"))
