"""Read models for document tests, built by hand (no store): a practitioner, a client, a case, sessions."""

from __future__ import annotations

import io
from datetime import UTC, date, datetime, timedelta
from typing import Any

from pypdf import PdfReader

from peksos_desk.domain.practice import Attendance, FieldOfPractice, NoteFormat, PracticeSetting, SessionPlace, Sex
from peksos_desk.domain.stages import CaseStage, MoveKind
from peksos_desk.services.cases import CaseView, StageEvent
from peksos_desk.services.clients import ClientView
from peksos_desk.services.profile import Profile
from peksos_desk.services.sessions import Addendum, SessionView

PRINTED_ON = date(2026, 3, 2)
LONG_NAME = "Ni Komang Ayu Sri Wahyuningsih Pratiwi Dewi"


def profile(**changes: Any) -> Profile:
    values: dict[str, Any] = {
        "full_name": "Rahmawati Kusumaningrum", "degree": "S.Tr.Sos., M.Kesos.",
        "competence_certificate": "LSPS/PS/2021/00871", "str_number": "32.73.2.1.0045.2022",
        "sipps_number": "503/0172/SIPPS/DPMPTSP/2024", "institution_name": "LKS Harapan Bunda Mandiri",
        "institution_accreditation": "A (Unggul)", "address": "Jl. Terusan Jakarta No. 45, Antapani",
        "city": "Bandung", "phone": "0812-2045-7781", "email": "rahmawati.peksos@gmail.com", "time_zone": "WIB",
    }
    values.update(changes)
    return Profile(**values)


def client(**changes: Any) -> ClientView:
    values: dict[str, Any] = {
        "full_name": LONG_NAME, "birth_date": date(1994, 8, 17), "sex": Sex.FEMALE, "city": "Bandung",
        "id": 17, "code": "KL-000017", "age": 31,
    }
    values.update(changes)
    return ClientView(**values)


def _event(before: CaseStage | None, after: CaseStage, day: date) -> StageEvent:
    return StageEvent(before, after, MoveKind.FORWARD if before else None, day, "",
                      datetime(day.year, day.month, day.day, 9, tzinfo=UTC))


def case(**changes: Any) -> CaseView:
    values: dict[str, Any] = {
        "id": 5, "number": "KS/2025/0005", "client_id": 17, "client_name": LONG_NAME, "client_code": "KL-000017",
        "field_of_practice": FieldOfPractice.FAMILY, "setting": PracticeSetting.COMMUNITY,
        "opened_on": date(2025, 1, 6), "closed_on": None, "stage": CaseStage.INTERVENSI,
        "presenting_problem": "Kekerasan dalam rumah tangga; klien takut pulang.",
        "referral_source": "UPTD PPA Kota Bandung", "stage_changed_at": datetime(2025, 3, 3, 9, tzinfo=UTC),
        "termination_summary": "", "referred_to": "", "referral_reason": "",
        "history": (_event(None, CaseStage.PENDEKATAN_AWAL, date(2025, 1, 6)),
                    _event(CaseStage.PENDEKATAN_AWAL, CaseStage.ASESMEN, date(2025, 1, 20)),
                    _event(CaseStage.ASESMEN, CaseStage.RENCANA_INTERVENSI, date(2025, 2, 17)),
                    _event(CaseStage.RENCANA_INTERVENSI, CaseStage.INTERVENSI, date(2025, 3, 3))),
        "assessment": {}, "goals": (),
    }
    values.update(changes)
    return CaseView(**values)


DAP_NOTE = {
    "data": "Klien datang bersama anak bungsunya.\n- Klien mengatakan suaminya kembali marah-marah.\n"
            "- Tidak tampak luka fisik baru.",
    "assessment": "Risiko kekerasan fisik dinilai sedang; rencana keselamatan masih dipahami klien.",
    "plan": "- Koordinasi dengan Puskesmas Sukaluyu.\n- Sesi berikutnya: Selasa pukul 10.00.",
}


def _week(number: int) -> datetime:
    """Session ``number`` of a weekly series: Tuesdays at 10.00 WIB from 4 March 2025."""
    return datetime(2025, 3, 4, 3, 0, tzinfo=UTC) + timedelta(days=7 * (number - 1))


def session(number: int = 1, *, starts_at: datetime | None = None, signed: bool = True,
            note: dict[str, str] | None = None, note_format: NoteFormat = NoteFormat.DAP,
            addenda: tuple[Addendum, ...] = (), **changes: Any) -> SessionView:
    start = starts_at or _week(number)
    values: dict[str, Any] = {
        "id": 100 + number, "case_id": 5, "case_number": "KS/2025/0005", "client_id": 17, "client_name": LONG_NAME,
        "starts_at": start, "duration_minutes": 60, "place": SessionPlace.HOME_VISIT,
        "attendance": Attendance.ATTENDED, "service_type_id": 1, "service_type_name": "Konseling individu",
        "fee": 250_000, "note_format": note_format, "note": dict(DAP_NOTE if note is None else note),
        "note_saved_at": start + timedelta(hours=2),
        "signed_at": start + timedelta(hours=3, minutes=12) if signed else None, "addenda": addenda,
    }
    values.update(changes)
    return SessionView(**values)


def addendum(number: int = 1, *, written_at: datetime = datetime(2025, 3, 6, 2, 15, tzinfo=UTC)) -> Addendum:
    return Addendum(number, written_at, "Koreksi nama sekolah anak",
                    "Tertulis SD Negeri 045 Sukaluyu; yang benar SD Negeri 054 Sukaluyu.")


def long_note(paragraphs: int = 40) -> dict[str, str]:
    """A DAP note of several pages; every paragraph carries its own marker ("[P17]") to find it again."""
    text = ("Klien menceritakan kembali kejadian di rumah kontrakan, perasaan takut dan harapannya untuk anak-anak; "
            "ketidakbertanggungjawaban suami disebut berulang kali sebagai sumber kecemasan. ") * 3
    data = "\n\n".join(f"[P{i}] {text}" for i in range(paragraphs))
    return {"data": data, "assessment": "Kemajuan terhadap tujuan 2 terlihat.", "plan": "- Sesi berikutnya."}


def hundred_sessions() -> list[SessionView]:
    """100 weekly sessions: DAP, SOAP and free notes, a no-show now and then, the last one a draft."""
    sessions = []
    for number in range(1, 101):
        kind = number % 10
        if kind == 3:
            note_format, note = NoteFormat.SOAP, {
                "subjective": "Klien merasa lebih tenang.", "objective": "Kontak mata baik, bicara jelas.",
                "assessment": "Kecemasan berkurang.", "plan": "- Lanjutkan latihan relaksasi."}
        elif kind == 5:
            note_format, note = NoteFormat.FREE, {"narrative": "Kunjungan rumah; anak-anak sehat dan bersekolah."}
        else:
            note_format, note = NoteFormat.DAP, DAP_NOTE
        sessions.append(session(number, signed=number != 100, note=note, note_format=note_format,
                                attendance=Attendance.NO_SHOW if kind == 7 else Attendance.ATTENDED,
                                addenda=(addendum(number, written_at=_week(number) + timedelta(days=2)),)
                                if number in (12, 58) else ()))
    return sessions


def pdf_text(data: bytes) -> list[str]:
    """The text of every page of a PDF."""
    return [page.extract_text() for page in PdfReader(io.BytesIO(data)).pages]
