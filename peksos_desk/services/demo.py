"""Realistic, deterministic Indonesian demo data, fast enough for benchmark-sized stores.

Rows are written with Core bulk inserts and ids assigned here (no round-trip per row): 10,000 clients with
200,000 sessions take well under a minute on SQLite. The same seed and the same clock give the same rows.
Every rule the services enforce holds in the data: NIKs agree with birth date and sex, minors have a guardian,
stage histories only make allowed moves, no session predates its case, future sessions are unsigned.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from peksos_desk.domain.dates import PractitionerZone, is_minor
from peksos_desk.domain.errors import ValidationError
from peksos_desk.domain.practice import (
    AssessmentSection,
    Attendance,
    FieldOfPractice,
    GoalStatus,
    NoteFormat,
    PracticeSetting,
    SessionPlace,
    Sex,
)
from peksos_desk.domain.stages import CaseStage, MoveKind, check_move
from peksos_desk.domain.text import Text
from peksos_desk.services import demo_text as words
from peksos_desk.services.fees import DEFAULT_SCHEDULE
from peksos_desk.store.database import Database, advance_id_sequences
from peksos_desk.store.models import (
    AssessmentEntry,
    AuditEntry,
    Case,
    CaseSession,
    CaseStageEvent,
    Client,
    InterventionGoal,
    NoteAddendum,
    PractitionerProfile,
    ServiceType,
    client_ppks,
)
from peksos_desk.store.search import rebuild_search_index

Progress = Callable[[int, int], None]
ZONE = PractitionerZone.WIB
CHUNK = 5000
ACTIVE = (CaseStage.PENDEKATAN_AWAL, CaseStage.ASESMEN, CaseStage.RENCANA_INTERVENSI, CaseStage.INTERVENSI,
          CaseStage.RESOSIALISASI)
# Where the demo's cases stand today (weights), so every stage shows up.
FINAL_STAGES = ((CaseStage.PENDEKATAN_AWAL, 8), (CaseStage.ASESMEN, 12), (CaseStage.RENCANA_INTERVENSI, 10),
                (CaseStage.INTERVENSI, 25), (CaseStage.RESOSIALISASI, 10), (CaseStage.TERMINASI, 17),
                (CaseStage.RUJUKAN, 10), (CaseStage.BIMBINGAN_LANJUT, 8))
# How a case that another case follows has ended (it is closed, too).
ENDED_STAGES = ((CaseStage.TERMINASI, 60), (CaseStage.RUJUKAN, 25), (CaseStage.BIMBINGAN_LANJUT, 15))
PPKS_BY_AGE = {"child": (2, 6, 7, 1, 4, 5, 3, 25), "youth": (3, 6, 17, 7, 2, 19), "adult": (19, 23, 24, 25, 16, 17,
               18, 9, 20, 11, 15), "elderly": (8, 24, 9, 19)}


@dataclass(frozen=True)
class DemoSummary:
    clients: int
    cases: int
    sessions: int
    signed_notes: int
    draft_notes: int
    addenda: int
    invoices: int = 0
    payments: int = 0


class _Rows:
    """The rows of one table, flushed in chunks."""

    def __init__(self, table: Any) -> None:
        self.table = table
        self.rows: list[dict[str, Any]] = []
        self.count = 0

    def add(self, row: dict[str, Any]) -> bool:
        """Queue a row; True when the queue is full."""
        self.rows.append(row)
        self.count += 1
        return len(self.rows) >= CHUNK

    def flush(self, session: Session) -> None:
        if self.rows:
            session.execute(insert(self.table), self.rows)
            self.rows = []


def generate_demo(db: Database, *, clients: int = 200, sessions: int = 2000, seed: int = 1,
                  progress: Progress | None = None, billing: bool = True) -> DemoSummary:
    """Fill an empty store with demo data (with ``billing``, also payers, invoices and payments).

    Raises:
        ValidationError: the store already holds clients (demo data goes only into an empty store).
    """
    with db.write() as session:
        existing = session.scalar(select(func.count()).select_from(Client)) or 0
        if existing:
            raise ValidationError("db", Text(
                "Data demo hanya dapat dibuat di penyimpanan data yang masih kosong; {where} sudah berisi {n} klien. "
                "Tidak ada yang diubah; buat berkas data baru untuk demo.",
                "Demo data can only go into an empty store; {where} already holds {n} clients. Nothing was "
                "changed; create a new store for the demo.").format(where=db.location, n=existing))
        summary = _Generator(session, db.clock(), random.Random(seed), clients=clients, sessions=sessions,
                             progress=progress).run()
    if billing:
        from peksos_desk.services.demo_billing import generate_demo_billing

        money = generate_demo_billing(db, seed=seed)
        summary = replace(summary, invoices=money.invoices, payments=money.payments)
    db.refresh_statistics()
    return summary


class _Generator:
    def __init__(self, session: Session, now: datetime, rng: random.Random, *, clients: int, sessions: int,
                 progress: Progress | None) -> None:
        self.s, self.now, self.rng = session, now, rng
        self.today = now.astimezone(ZONE.tzinfo).date()
        self.n_clients, self.n_sessions = clients, sessions
        self.progress = progress or (lambda done, total: None)
        self.tables = {name: _Rows(table) for name, table in (
            ("client", Client.__table__), ("ppks", client_ppks), ("case", Case.__table__),
            ("event", CaseStageEvent.__table__), ("assessment", AssessmentEntry.__table__),
            ("goal", InterventionGoal.__table__), ("session", CaseSession.__table__),
            ("addendum", NoteAddendum.__table__))}
        self.niks: set[str] = set()
        self.signed = self.drafts = 0

    def add(self, name: str, row: dict[str, Any]) -> None:
        if self.tables[name].add(row):
            self.flush()

    def flush(self) -> None:
        """Write every queued row, parents before children (the foreign keys are checked at once)."""
        for rows in self.tables.values():
            rows.flush(self.s)

    # -- the whole run ----------------------------------------------------------------------------------

    def run(self) -> DemoSummary:
        self._profile()
        fees = self._service_types()
        cases = [case for client_id in range(1, self.n_clients + 1) for case in self._client(client_id)]
        self.progress(self.n_clients, self.n_clients + self.n_sessions)
        weights = [max(1, (c["end"] - c["opened_on"]).days) for c in cases]
        per_case = [0] * len(cases)
        for index in self.rng.choices(range(len(cases)), weights=weights, k=self.n_sessions) if cases else []:
            per_case[index] += 1
        session_id = 0
        for case, count in zip(cases, per_case, strict=True):
            for moment in sorted(self._moments(case, count)):
                session_id += 1
                self._session(session_id, case, moment, fees)
                if session_id % 20_000 == 0:
                    self.progress(self.n_clients + session_id, self.n_clients + self.n_sessions)
        self.flush()
        self._advance_id_sequences()
        rebuild_search_index(self.s.connection(), now=self.now)
        self.s.execute(insert(AuditEntry), [{
            "at": self.now, "actor": "demo", "action": "demo", "record_type": "store", "record_id": None,
            "detail": f"clients={self.n_clients},sessions={self.n_sessions}"}])
        self.progress(self.n_clients + self.n_sessions, self.n_clients + self.n_sessions)
        return DemoSummary(self.n_clients, self.tables["case"].count, self.tables["session"].count, self.signed,
                           self.drafts, self.tables["addendum"].count)

    def _advance_id_sequences(self) -> None:
        """Ids were given here, not by the database: make its next ids follow them."""
        advance_id_sequences(self.s, (Client.__table__, Case.__table__, CaseSession.__table__))

    def _profile(self) -> None:
        values = dict(
            full_name="Dra. Sri Wahyuni Kartikasari", degree="M.Kesos", specialisations="Perlindungan anak; KDRT",
            competence_certificate="LSPS-PS/2023/0451", competence_certificate_expiry=self.today + timedelta(days=850),
            str_number="STR-PS.32.73.2024.0012", str_expiry=self.today + timedelta(days=1150),
            sipps_number="503/0045/SIPPS/DPMPTSP/2024", sipps_expiry=self.today + timedelta(days=300),
            institution_name="LKS Harapan Bunda Nusantara", institution_accreditation="A (BALKS 2024)",
            address="Jl. Riau No. 57, Citarum, Bandung Wetan", city="Bandung", phone="022-4201234",
            email="praktik@harapanbunda.or.id", bank_name="Bank BJB", bank_account_number="0012345678901",
            bank_account_holder="Sri Wahyuni Kartikasari", time_zone="WIB", created_at=self.now,
            updated_at=self.now)
        row = self.s.get(PractitionerProfile, 1)
        if row is None:
            self.s.execute(insert(PractitionerProfile), [{"id": 1, **values}])
        elif not row.full_name:
            for key, value in values.items():
                setattr(row, key, value)
            self.s.flush()

    def _service_types(self) -> list[tuple[int, int, int, str]]:
        if not self.s.scalar(select(func.count()).select_from(ServiceType)):
            self.s.execute(insert(ServiceType), [{
                "code": item.code, "name": item.name, "default_fee": item.default_fee,
                "default_duration_minutes": item.default_duration_minutes, "active": True,
                "created_at": self.now, "updated_at": self.now} for item in DEFAULT_SCHEDULE])
        rows = self.s.execute(select(ServiceType.id, ServiceType.default_fee, ServiceType.default_duration_minutes,
                                     ServiceType.code, ServiceType.active).order_by(ServiceType.id)).all()
        offered = [row for row in rows if row.active] or rows  # sessions are given only offered services
        return [(row.id, row.default_fee, row.default_duration_minutes, row.code) for row in offered]

    # -- clients ----------------------------------------------------------------------------------------

    def _client(self, client_id: int) -> list[dict[str, Any]]:
        rng = self.rng
        sex = rng.choice((Sex.FEMALE, Sex.FEMALE, Sex.FEMALE, Sex.MALE, Sex.MALE))
        group = rng.choices(("child", "youth", "adult", "elderly"), weights=(30, 15, 35, 20))[0]
        age = {"child": rng.randint(2, 12), "youth": rng.randint(13, 17), "adult": rng.randint(19, 59),
               "elderly": rng.randint(60, 88)}[group]
        birth = self.today - timedelta(days=age * 365 + rng.randint(30, 330))
        people = rng.choices(words.NAME_GROUPS, weights=[g.weight for g in words.NAME_GROUPS])[0]
        name, surname = self._name(people, sex)
        home = rng.choices(words.RESIDENCES, weights=[r.weight for r in words.RESIDENCES])[0]
        origin, origin_code = rng.choice(people.origins)
        if rng.random() < 0.4:  # born where they live now
            birth_place, region = home.short, home.code
        else:  # the NIK was issued where the family was registered: mostly the home region, sometimes here
            birth_place, region = origin, origin_code if rng.random() < 0.7 else home.code
        minor = is_minor(birth, self.today)
        known_birth = group != "elderly" or rng.random() < 0.8
        nik = self._nik(region[:2], region[2:], birth, sex) if known_birth and rng.random() < 0.7 else None
        guardian = ("", "", "")
        kin = words.ADULT_KIN[sex.value] if group == "adult" else ("anaknya", "cucunya", "tetangganya")
        contacts = words.CHILD_GUARDIANS if minor else words.ELDERLY_CONTACTS if group == "elderly" else ()
        if contacts and (minor or rng.random() < 0.5):
            relation, their_sex, same_family, _, called = rng.choices(contacts, weights=[c[3] for c in contacts])[0]
            relative, _ = self._name(people, Sex(their_sex), surname if same_family else None)
            guardian = (relative, relation, self._phone())
            kin = (called, called, "ibunya", "kakaknya") if minor else (called, called, "cucunya", "tetangganya")
        district, villages = rng.choice(home.districts)
        opened = self.today - timedelta(days=rng.randint(20, 730))
        consent = rng.random() < 0.92
        self.add("client", {
            "id": client_id, "code": f"KL-{client_id:06d}", "full_name": name,
            "nickname": self._nickname(people, name, sex, minor) if rng.random() < 0.7 else "", "nik": nik,
            "kk_number": f"{region}{rng.randint(10**11, 10**12 - 1)}" if rng.random() < 0.4 else "",
            "bpjs_number": f"000{rng.randint(10**9, 10**10 - 1)}" if rng.random() < 0.5 else "",
            "birth_date": birth if known_birth else None, "birth_place": birth_place, "sex": sex.value,
            "address": f"{rng.choice(words.STREETS)} No. {rng.randint(1, 250)}, RT {rng.randint(1, 12):02d}/RW "
                       f"{rng.randint(1, 15):02d}, {home.village_word} {rng.choice(villages)}, Kec. {district}",
            "city": home.city, "phone": self._phone() if rng.random() < (0.3 if minor else 0.85) else "",
            "guardian_name": guardian[0], "guardian_relation": guardian[1], "guardian_phone": guardian[2],
            "consent_given": consent, "consent_date": opened if consent else None, "notes": "",
            "archived": False, "archived_at": None, "created_at": self._at(opened, 3),
            "updated_at": self._at(opened, 3),
        })
        pool = [code for code in PPKS_BY_AGE[group] if code != 1 or age < 5]  # 1: anak balita terlantar
        for code in sorted(set(rng.sample(pool, k=rng.randint(1, 3)))):
            self.add("ppks", {"client_id": client_id, "ppks_code": code})
        # A client's cases follow one another: a new case opens only after the previous one was closed.
        cases: list[dict[str, Any]] = []
        count = rng.choices((1, 2, 3), weights=(65, 27, 8))[0]
        start = opened
        for number in range(count):
            last = number == count - 1
            cases.append(self._case(client_id, group, start, kin, must_close=not last))
            start = cases[-1]["end"] + timedelta(days=rng.randint(14, 120))
            if last or start >= self.today - timedelta(days=7):
                break
        return cases

    def _name(self, people: words.NameGroup, sex: Sex, surname: str | None = None) -> tuple[str, str]:
        """A full name as the group commonly gives it, and its family name ("" if none).

        ``surname`` given: use it (a relative sharing the family name), "" for none.
        """
        rng = self.rng
        male = sex is Sex.MALE
        parts = []
        prefixes = people.male_prefix if male else people.female_prefix
        if prefixes and rng.random() < people.prefix_rate:
            parts.append(rng.choice(prefixes))
        given = rng.choice(people.male if male else people.female)
        parts.append(given)
        seconds = people.male_second if male else people.female_second
        if seconds and rng.random() < people.second_rate:
            second = rng.choice(seconds)
            if second != given:
                parts.append(second)
        if surname is None:
            surname = rng.choice(people.family) if people.family and rng.random() < people.family_rate else ""
        if surname:
            parts.append(f"br. {surname}" if people.key == "batak" and not male and rng.random() < 0.3 else surname)
        return " ".join(parts), surname

    def _nickname(self, people: words.NameGroup, name: str, sex: Sex, minor: bool) -> str:
        pet = people.boy_nicknames if sex is Sex.MALE else people.girl_nicknames
        if minor and pet and self.rng.random() < 0.25:
            return self.rng.choice(pet)
        called = [part for part in name.split() if part not in words.NOT_A_NICKNAME and not part.endswith(".")]
        return called[0] if called else name.rsplit(maxsplit=1)[-1]

    def _phone(self) -> str:
        rng = self.rng
        return f"{rng.choice(words.PHONE_PREFIXES)}-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}"

    def _at(self, day: date, hour: int) -> datetime:
        """``day`` at ``hour`` UTC, but never after now."""
        return min(datetime.combine(day, time(hour), tzinfo=UTC), self.now)

    def _nik(self, province: str, regency: str, birth: date, sex: Sex) -> str:
        day = birth.day + (40 if sex is Sex.FEMALE else 0)
        while True:
            nik = (f"{province}{regency}{self.rng.randint(1, 30):02d}{day:02d}{birth.month:02d}{birth.year % 100:02d}"
                   f"{self.rng.randint(1, 9999):04d}")
            if nik not in self.niks:
                self.niks.add(nik)
                return nik

    # -- cases ------------------------------------------------------------------------------------------

    def _case(self, client_id: int, group: str, opened: date, kin: tuple[str, ...], *,
              must_close: bool) -> dict[str, Any]:
        """A case opened on ``opened``; ``must_close``: it has ended and been closed (another case follows)."""
        rng = self.rng
        case_id = self.tables["case"].count + 1
        finals = ENDED_STAGES if must_close else FINAL_STAGES
        final = rng.choices([s for s, _ in finals], weights=[w for _, w in finals])[0]
        path = self._path(final)
        horizon = min(self.today, opened + timedelta(days=rng.randint(30, 240))) if must_close else self.today
        span = max(1, (horizon - opened).days)
        days = sorted(rng.sample(range(span), k=min(len(path) - 1, span))) if len(path) > 1 else []
        moves = [(opened + timedelta(days=d), stage) for d, stage in zip(days, path[1:], strict=False)]
        path = path[: len(moves) + 1]
        stage = path[-1]
        field = {"child": FieldOfPractice.CHILDREN, "youth": FieldOfPractice.YOUTH,
                 "elderly": FieldOfPractice.ELDERLY}.get(group) or rng.choice(
                     (FieldOfPractice.FAMILY, FieldOfPractice.DISABILITY, FieldOfPractice.OTHER))
        ended = stage in (CaseStage.TERMINASI, CaseStage.RUJUKAN, CaseStage.BIMBINGAN_LANJUT)
        last_move = moves[-1][0] if moves else opened
        closed = last_move + timedelta(days=rng.randint(0, 20)) if ended and (must_close or rng.random() < 0.6) \
            else None
        closed = min(closed, self.today) if closed else None
        referred = stage is CaseStage.RUJUKAN
        self.add("case", {
            "id": case_id, "number": f"KS/{opened.year}/{case_id:04d}", "client_id": client_id,
            "field_of_practice": field.value, "setting": rng.choice(list(PracticeSetting)).value,
            "opened_on": opened, "closed_on": closed, "referral_source": rng.choice(words.REFERRAL_SOURCES),
            "presenting_problem": rng.choice(words.PROBLEMS[group]), "stage": stage.value,
            "stage_changed_at": self._at(last_move, 4),
            "termination_summary": "Tujuan utama tercapai; klien dan keluarga mampu melanjutkan secara mandiri."
            if CaseStage.TERMINASI in path else "",
            "referred_to": rng.choice(words.REFERRAL_TARGETS) if referred else "",
            "referral_reason": "Klien membutuhkan layanan khusus di luar kewenangan praktik." if referred else "",
            "payer_id": None,
            "created_at": self._at(opened, 3), "updated_at": self._at(last_move, 4),
        })
        self.add("event", {"case_id": case_id, "from_stage": None, "to_stage": path[0].value, "move_kind": "buka",
                           "occurred_on": opened, "note": "", "created_at": self._at(opened, 3)})
        previous = path[0]
        for when, target in moves:
            kind = check_move(previous, target)
            self.add("event", {"case_id": case_id, "from_stage": previous.value, "to_stage": target.value,
                               "move_kind": kind.value, "occurred_on": when,
                               "note": "Informasi baru memerlukan asesmen ulang." if kind is MoveKind.BACK else "",
                               "created_at": self._at(when, 4)})
            previous = target
        self._assessment_and_goals(case_id, path, opened, kin)
        # Sessions run until the case closes; a terminated or referred case has none after its last move.
        gone = stage in (CaseStage.TERMINASI, CaseStage.RUJUKAN)
        return {"id": case_id, "opened_on": opened, "end": closed or (last_move if gone else self.today),
                "future": closed is None and not gone, "stage": stage, "kin": kin}

    def _path(self, final: CaseStage) -> list[CaseStage]:
        rng = self.rng
        if final in ACTIVE:
            path = list(ACTIVE[: ACTIVE.index(final) + 1])
            if ACTIVE.index(final) >= 3 and rng.random() < 0.15:  # a re-assessment along the way
                path = [*path, CaseStage.ASESMEN, CaseStage.RENCANA_INTERVENSI, CaseStage.INTERVENSI]
                path += list(ACTIVE[4: ACTIVE.index(final) + 1])
            return path
        if final is CaseStage.RUJUKAN:
            return [*ACTIVE[: rng.randint(1, 5)], CaseStage.RUJUKAN]
        path = [*ACTIVE, CaseStage.TERMINASI] if rng.random() < 0.8 else [*ACTIVE[: rng.randint(1, 4)],
                                                                         CaseStage.TERMINASI]
        return [*path, CaseStage.BIMBINGAN_LANJUT] if final is CaseStage.BIMBINGAN_LANJUT else path

    def _assessment_and_goals(self, case_id: int, path: list[CaseStage], opened: date, kin: tuple[str, ...]
                              ) -> None:
        rng = self.rng
        created = datetime.combine(opened, time(5), tzinfo=UTC)
        if len(path) > 1:
            sections = [AssessmentSection.STRENGTHS, *rng.sample(
                [s for s in AssessmentSection if s is not AssessmentSection.STRENGTHS], k=rng.randint(3, 7))]
            for section in sections:
                text = rng.choice(words.STRENGTHS) if section is AssessmentSection.STRENGTHS else \
                    words.SECTION_TEXT[section.value].format(kin=rng.choice(kin))
                self.add("assessment", {"case_id": case_id, "section": section.value, "content": text,
                                        "created_at": created, "updated_at": created})
        if CaseStage.RENCANA_INTERVENSI in path:
            done = path[-1] not in ACTIVE
            for goal in rng.sample(words.GOALS, k=rng.randint(1, 4)):
                target = opened + timedelta(days=rng.randint(45, 240))
                status = (rng.choice((GoalStatus.ACHIEVED, GoalStatus.PARTLY_ACHIEVED, GoalStatus.NOT_ACHIEVED))
                          if done else rng.choice((GoalStatus.PLANNED, GoalStatus.IN_PROGRESS,
                                                   GoalStatus.IN_PROGRESS, GoalStatus.ACHIEVED)))
                progress = {GoalStatus.ACHIEVED: 100, GoalStatus.PLANNED: 0}.get(status, rng.randint(10, 90))
                self.add("goal", {"case_id": case_id, "description": goal, "activities": rng.choice(words.PLAN),
                                  "responsible": rng.choice(("Pekerja sosial", "Klien dan keluarga", "Wali kelas")),
                                  "target_date": target, "status": status.value, "progress": progress,
                                  "created_at": created, "updated_at": created})

    # -- sessions ---------------------------------------------------------------------------------------

    def _moments(self, case: dict[str, Any], count: int) -> list[datetime]:
        rng = self.rng
        span = max(1, (case["end"] - case["opened_on"]).days)
        result = []
        for _ in range(count):
            future = case["future"] and rng.random() < 0.04
            day = self.today + timedelta(days=rng.randint(0, 14)) if future else \
                case["opened_on"] + timedelta(days=rng.randint(0, span))
            if day.weekday() == 6:  # a practice rests on Sunday
                friday, monday = day - timedelta(days=2), day + timedelta(days=1)
                if future or (friday < case["opened_on"] and monday <= case["end"]):
                    day = monday
                elif friday >= case["opened_on"]:
                    day = friday
            local = datetime.combine(day, time(rng.choice((8, 9, 10, 11, 13, 14, 15, 16)), rng.choice((0, 30))),
                                     tzinfo=ZONE.tzinfo)
            moment = local.astimezone(UTC)
            if not future and moment > self.now:  # today, but later than now: still ahead
                moment -= timedelta(days=1) if day > case["opened_on"] else timedelta(0)
            result.append(moment)
        return result

    def _session(self, session_id: int, case: dict[str, Any], starts_at: datetime,
                 fees: list[tuple[int, int, int, str]]) -> None:
        rng = self.rng
        service_id, fee, duration, code = rng.choice(fees)
        past = starts_at <= self.now
        attendance = Attendance.SCHEDULED if not past else rng.choices(
            (Attendance.ATTENDED, Attendance.NO_SHOW, Attendance.CANCELLED), weights=(85, 8, 7))[0]
        note_format = rng.choices((NoteFormat.DAP, NoteFormat.SOAP, NoteFormat.FREE), weights=(55, 25, 20))[0]
        note: dict[str, str] = {}
        signed_at = saved_at = None
        if attendance is Attendance.ATTENDED:
            note = self._note(note_format, case["kin"])
            saved_at = starts_at + timedelta(minutes=duration + rng.randint(5, 120))
            recent = (self.now - starts_at) < timedelta(days=10)
            if rng.random() < (0.55 if recent else 0.97):
                signed_at = min(saved_at + timedelta(minutes=rng.randint(1, 600)), self.now)
                saved_at = min(saved_at, signed_at)
                self.signed += 1
            else:
                saved_at = min(saved_at, self.now)
                self.drafts += 1
        self.add("session", {
            "id": session_id, "case_id": case["id"], "starts_at": starts_at, "duration_minutes": duration,
            "place": SessionPlace.HOME_VISIT.value if code == "KUNJ" else rng.choices(
                (SessionPlace.OFFICE, SessionPlace.ONLINE, SessionPlace.INSTITUTION, SessionPlace.HOME_VISIT),
                weights=(50, 15, 20, 15))[0].value,
            "attendance": attendance.value, "service_type_id": service_id,
            "fee": fee if attendance is Attendance.ATTENDED else None, "note_format": note_format.value,
            "note": note, "note_saved_at": saved_at, "signed_at": signed_at,
            "created_at": min(starts_at - timedelta(days=rng.randint(1, 10)), self.now),
            "updated_at": signed_at or saved_at or min(starts_at, self.now),
        })
        if signed_at is not None and rng.random() < 0.02:
            self.add("addendum", {"session_id": session_id, "written_at": min(signed_at + timedelta(days=1),
                                                                              self.now),
                                  "reason": rng.choice(words.ADDENDUM_REASONS),
                                  "content": "Koreksi: " + rng.choice(words.DATA).format(kin="ibu", Kin="Ibu"),
                                  "created_at": min(signed_at + timedelta(days=1), self.now)})

    def _note(self, note_format: NoteFormat, kins: tuple[str, ...]) -> dict[str, str]:
        rng = self.rng
        kin = rng.choice(kins)

        def sentences(pool: tuple[str, ...], k: int) -> str:
            return " ".join(s.format(kin=kin, Kin=kin.capitalize()) for s in rng.sample(pool, k=k))

        data = f"{rng.choice(words.OPENERS).format(kin=kin)} {sentences(words.DATA, rng.randint(2, 4))}"
        assessment = sentences(words.ASSESSMENT, rng.randint(1, 2))
        plan = sentences(words.PLAN, rng.randint(1, 2))
        if note_format is NoteFormat.DAP:
            return {"data": data, "assessment": assessment, "plan": plan}
        if note_format is NoteFormat.SOAP:
            return {"subjective": data, "objective": sentences(words.DATA, 1), "assessment": assessment,
                    "plan": plan}
        return {"narrative": f"{data}\n\n{assessment}\n\n{plan}"}


