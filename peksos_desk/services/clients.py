"""Clients (*klien*): identity, PPKS categories, guardian and consent, archive."""

from __future__ import annotations

import re
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field, fields, replace
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import ColumnElement, String, cast, delete, func, insert, or_, select
from sqlalchemy.orm import Session

from peksos_desk.domain.dates import age_on, is_minor
from peksos_desk.domain.errors import LockedRecord, NotFound, ValidationError
from peksos_desk.domain.nik import parse_nik
from peksos_desk.domain.ppks import ppks_by_code
from peksos_desk.domain.practice import Attendance, SessionPlace, Sex
from peksos_desk.domain.search_text import Query, parse_query
from peksos_desk.domain.stages import CaseStage
from peksos_desk.domain.text import Text
from peksos_desk.services.base import Service, get_or_404
from peksos_desk.services.validation import choice, clean_phone, clean_text, filter_needle, not_after
from peksos_desk.store import search
from peksos_desk.store.models import Case, CaseSession, Client, ServiceType, client_ppks
from peksos_desk.store.search import index_client

WHAT = Text("Klien", "Client")


# Digits with the separators people type in phone numbers and codes: matched anywhere, not only from the start.
_NUMBER = re.compile(r"[0-9 ()+./-]+")


def _filter_words(needle: str) -> Query | None:
    """The words of a list filter, the last one matched as the start of a word from two letters on (the search
    box waits for three, to keep the notes' index quick; a list of clients may be that eager)."""
    query = parse_query(needle)
    if not query:
        return None
    last = query.words[-1]
    if not last.prefix and len(last.text) >= 2:
        query = replace(query, words=(*query.words[:-1], replace(last, prefix=True)))
    return query


def like_pattern(needle: str) -> str:
    """A LIKE pattern that finds ``needle`` anywhere, its own % and _ taken literally (escape ``\\``)."""
    escaped = needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


OPEN_STAGES = [stage.value for stage in CaseStage if not stage.is_ended]


class ClientSort(StrEnum):
    """What the client list can be ordered by; the store sorts, on real values."""

    NAME = "name"
    CODE = "code"
    AGE = "age"
    """By age, youngest first (so by birth date, latest first); unknown birth dates last."""
    OPEN_CASES = "open_cases"
    LAST_SESSION = "last_session"
    """By the latest session that has taken place; clients without one last."""


@dataclass(frozen=True)
class ClientInput:
    """What the client form holds; the service validates every field."""

    full_name: str
    nickname: str = ""
    nik: str = ""
    kk_number: str = ""
    bpjs_number: str = ""
    birth_date: date | None = None
    birth_place: str = ""
    sex: Sex | None = None
    address: str = ""
    city: str = ""
    phone: str = ""
    ppks_codes: tuple[int, ...] = ()
    guardian_name: str = ""
    guardian_relation: str = ""
    guardian_phone: str = ""
    consent_given: bool = False
    consent_date: date | None = None
    notes: str = ""


@dataclass(frozen=True)
class ClientView(ClientInput):
    """A client as stored."""

    id: int = 0
    code: str = ""
    archived: bool = False
    created_at: datetime | None = None
    updated_at: datetime | None = None
    age: int | None = None
    open_cases: int = 0


@dataclass(frozen=True)
class ClientSummary:
    """One row of the client list."""

    id: int
    code: str
    full_name: str
    nickname: str
    birth_date: date | None
    age: int | None
    sex: Sex | None
    ppks_codes: tuple[int, ...]
    open_cases: int
    last_session_at: datetime | None
    archived: bool


@dataclass(frozen=True)
class TimelineEntry:
    """One session in a client's timeline, from any of the client's cases."""

    session_id: int
    case_id: int
    case_number: str
    starts_at: datetime
    duration_minutes: int
    place: SessionPlace
    attendance: Attendance
    service_type_name: str
    note_saved_at: datetime | None
    signed_at: datetime | None

    @property
    def is_signed(self) -> bool:
        return self.signed_at is not None

    @property
    def has_draft(self) -> bool:
        """A note has been written but not signed yet."""
        return self.signed_at is None and self.note_saved_at is not None


@dataclass(frozen=True)
class ClientPage:
    """A page of the client list and how many clients match in all."""

    rows: list[ClientSummary]
    total: int
    offset: int = 0
    filter_text: str = ""
    extra: dict[str, int] = field(default_factory=dict)


_TEXT_RULES: dict[str, tuple[Text, int]] = {
    "full_name": (Text("Nama lengkap", "Full name"), 200),
    "nickname": (Text("Nama panggilan", "Nickname"), 100),
    "birth_place": (Text("Tempat lahir", "Place of birth"), 100),
    "address": (Text("Alamat", "Address"), 1000),
    "city": (Text("Kota/kabupaten", "City/regency"), 100),
    "guardian_name": (Text("Nama wali", "Guardian's name"), 200),
    "guardian_relation": (Text("Hubungan wali", "Guardian's relation"), 100),
    "notes": (Text("Catatan", "Notes"), 20_000),
}


class ClientService(Service):
    """Register, change, find and archive clients."""

    def create(self, data: ClientInput) -> ClientView:
        """Register a client. Raises ValidationError naming the field; nothing is saved then."""
        with self.db.write() as session:
            values, codes = self._validate(session, data, None)
            row = Client(**values, code=f"tmp-{uuid.uuid4().hex[:12]}")
            session.add(row)
            session.flush()
            row.code = f"KL-{row.id:06d}"
            self._set_ppks(session, row.id, codes)
            index_client(session, row)
            self._audit(session, "create", "client", row.id)
            return self._view(session, row)

    def update(self, client_id: int, data: ClientInput) -> ClientView:
        """Change a client's record. Raises ValidationError, NotFound."""
        with self.db.write() as session:
            row = get_or_404(session, Client, client_id, WHAT)
            values, codes = self._validate(session, data, row.id)
            changed = [k for k, v in values.items() if getattr(row, k) != v]
            for key, value in values.items():
                setattr(row, key, value)
            if set(codes) != set(self._ppks_codes(session, row.id)):
                changed.append("ppks")
                self._set_ppks(session, row.id, codes)
            index_client(session, row)
            self._audit(session, "update", "client", row.id, ",".join(changed))
            return self._view(session, row)

    def get(self, client_id: int) -> ClientView:
        """One client's whole record. Raises NotFound."""
        with self.db.read() as session:
            return self._view(session, get_or_404(session, Client, client_id, WHAT))

    def archive(self, client_id: int) -> ClientView:
        """Hide a client from the daily list; refused while a case is still open."""
        with self.db.write() as session:
            row = get_or_404(session, Client, client_id, WHAT)
            if self._open_cases(session, row.id):
                raise LockedRecord(Text(
                    "Klien ini masih memiliki kasus yang berjalan; tutup kasusnya dulu sebelum mengarsipkan.",
                    "This client still has an open case; close it before archiving the client."))
            row.archived, row.archived_at = True, self.db.clock()
            self._audit(session, "archive", "client", row.id)
            return self._view(session, row)

    def unarchive(self, client_id: int) -> ClientView:
        """Bring an archived client back to the daily list."""
        with self.db.write() as session:
            row = get_or_404(session, Client, client_id, WHAT)
            row.archived, row.archived_at = False, None
            self._audit(session, "unarchive", "client", row.id)
            return self._view(session, row)

    def list_clients(
        self, text: str = "", *, include_archived: bool = False, offset: int = 0, limit: int = 200,
        sort: ClientSort = ClientSort.NAME, descending: bool = False,
    ) -> ClientPage:
        """A page of clients whose name, nickname, code, NIK or phone contains ``text``.

        Ordered by ``sort`` (ascending unless ``descending``) in the database, so a page of 10,000 clients is as
        quick as a page of ten; clients without the value (no birth date, no session yet) come last either
        way, and clients with equal values keep their registration order, so pages never overlap.
        """
        sort = ClientSort(sort)
        with self.db.read() as session:
            today = self._today(session)
            conditions: list[ColumnElement[bool]] = [] if include_archived else [Client.archived.is_(False)]
            needle = filter_needle(text)
            words = _filter_words(needle) if needle and not _NUMBER.fullmatch(needle) else None
            scanned = bool(needle) and not words
            if words:
                # Names by the search index (each word from its start, accents and case ignored): as quick at
                # 50,000 clients as at 1,000, where a "contains" scan reads every client on every keystroke.
                conditions.append(Client.id.in_(search.records_matching(session, "client", words)))
            elif needle:  # a number (NIK, phone, code digits) or a single letter: anywhere in the field
                pattern = like_pattern(needle)
                # SQLite's LIKE ignores ASCII case already and its lower() folds nothing more, so ILIKE's
                # lower(x) LIKE lower(p) means x LIKE p there, at twice the cost of a keystroke.
                sqlite = session.get_bind().dialect.name == "sqlite"
                conditions.append(or_(*(
                    column.like(pattern, escape="\\") if sqlite else column.ilike(pattern, escape="\\")
                    for column in (Client.full_name, Client.nickname, Client.code, Client.nik, Client.phone))))
            open_cases = (select(func.count()).where(Case.client_id == Client.id, Case.stage.in_(OPEN_STAGES),
                                                     Case.closed_on.is_(None)).scalar_subquery().label("open_cases"))
            last_session = (select(func.max(CaseSession.starts_at)).join(Case)
                            .where(Case.client_id == Client.id, CaseSession.starts_at <= self.db.clock())
                            .scalar_subquery().label("last_session_at"))
            ppks = (select(func.aggregate_strings(cast(client_ppks.c.ppks_code, String), ","))
                    .where(client_ppks.c.client_id == Client.id).scalar_subquery().label("ppks"))
            order = _order(sort, descending, open_cases, last_session)
            # The page's ids first, then the open cases, last session and PPKS of those rows only: in one query,
            # SQLite works the subqueries out for every matching client before it sorts. How many match comes
            # in the same statement: over the scan's rows as it reads them, else a count of its own (from a name
            # index, which holds the archived flag) worked out once for the statement.
            ids = select(Client.id).where(*conditions)
            if scanned:
                ids = ids.add_columns(func.count().over().label("total"))
            page = ids.order_by(*order).offset(offset).limit(limit).subquery("page")
            total_column = (page.c.total if scanned else
                            select(func.count()).select_from(Client).where(*conditions).scalar_subquery())
            query = (select(Client.id, Client.code, Client.full_name, Client.nickname, Client.birth_date,
                            Client.sex, Client.archived, open_cases, last_session, ppks, total_column.label("total"))
                     .join(page, page.c.id == Client.id).order_by(*order))
            rows = session.execute(query).all()
            if rows:
                total = rows[0].total
            elif offset == 0:
                total = 0
            else:  # past the last page: counted on its own
                total = session.scalar(select(func.count()).select_from(Client).where(*conditions)) or 0
            return ClientPage(rows=_summaries(rows, today), total=total, offset=offset, filter_text=needle)

    def timeline(self, client_id: int) -> list[TimelineEntry]:
        """Every session of every case of the client, newest first, read in one query. Raises NotFound."""
        with self.db.read() as session:
            query = (select(CaseSession.id, CaseSession.case_id, Case.number, CaseSession.starts_at,
                            CaseSession.duration_minutes, CaseSession.place, CaseSession.attendance,
                            ServiceType.name.label("service_type_name"), CaseSession.note_saved_at,
                            CaseSession.signed_at)
                     .join(Case, CaseSession.case_id == Case.id)
                     .outerjoin(ServiceType, CaseSession.service_type_id == ServiceType.id)
                     .where(Case.client_id == client_id)
                     .order_by(CaseSession.starts_at.desc(), CaseSession.id.desc()))
            rows = session.execute(query).all()
            if not rows:
                get_or_404(session, Client, client_id, WHAT)
            return [TimelineEntry(
                session_id=row.id, case_id=row.case_id, case_number=row.number, starts_at=row.starts_at,
                duration_minutes=row.duration_minutes, place=SessionPlace(row.place),
                attendance=Attendance(row.attendance), service_type_name=row.service_type_name or "",
                note_saved_at=row.note_saved_at, signed_at=row.signed_at) for row in rows]

    # -- internals ---------------------------------------------------------------------------------------

    def _validate(self, session: Session, data: ClientInput, own_id: int | None) -> tuple[dict[str, object], list[int]]:
        today = self._today(session)
        values: dict[str, object] = {}
        for name, (label, limit) in _TEXT_RULES.items():
            values[name] = clean_text(name, label, getattr(data, name), max_length=limit,
                                      required=name == "full_name")
        values["phone"] = clean_phone("phone", Text("Telepon", "Phone"), data.phone)
        values["guardian_phone"] = clean_phone("guardian_phone", Text("Telepon wali", "Guardian's phone"),
                                               data.guardian_phone)
        values["sex"] = choice("sex", Text("Jenis kelamin", "Sex"), Sex, data.sex).value if data.sex else None
        values["birth_date"] = not_after("birth_date", Text("Tanggal lahir", "Date of birth"), data.birth_date, today)
        values["nik"] = self._nik(session, data.nik, own_id, today)
        for name, label in (("kk_number", Text("Nomor KK", "Family card (KK) number")),
                            ("bpjs_number", Text("Nomor BPJS", "BPJS number"))):
            number = "".join(getattr(data, name).split())
            if number and (not number.isdigit() or len(number) > 16 or (name == "kk_number" and len(number) != 16)):
                raise ValidationError(name, Text(f"{label.id} harus berupa angka"
                                                 f"{' 16 digit' if name == 'kk_number' else ''}.",
                                                 f"{label.en} must be digits"
                                                 f"{' (16)' if name == 'kk_number' else ''}."))
            values[name] = number
        if data.birth_date and is_minor(data.birth_date, today) and not values["guardian_name"]:
            raise ValidationError("guardian_name", Text(
                "Klien berusia di bawah 18 tahun: nama orang tua/wali wajib diisi.",
                "The client is under 18: the parent's or guardian's name is required."))
        values["consent_given"] = bool(data.consent_given)
        if data.consent_given and data.consent_date is None:
            raise ValidationError("consent_date", Text("Isi tanggal persetujuan (informed consent) diberikan.",
                                                       "Enter the date consent was given."))
        values["consent_date"] = not_after("consent_date", Text("Tanggal persetujuan", "Consent date"),
                                           data.consent_date if data.consent_given else None, today)
        codes = sorted({ppks_by_code(code).code for code in data.ppks_codes})
        return values, codes

    def _nik(self, session: Session, text: str, own_id: int | None, today: date) -> str | None:
        if not text.strip():
            return None  # many PPKS have no NIK: it is optional and never invented
        nik = parse_nik(text, today=today).nik
        other = session.execute(select(Client.id, Client.code).where(Client.nik == nik)).first()
        if other is not None and other.id != own_id:
            raise ValidationError("nik", Text(f"NIK ini sudah tercatat untuk klien {other.code}.",
                                              f"This NIK is already recorded for client {other.code}."))
        return nik

    def _set_ppks(self, session: Session, client_id: int, codes: list[int]) -> None:
        session.execute(delete(client_ppks).where(client_ppks.c.client_id == client_id))
        if codes:
            session.execute(insert(client_ppks), [{"client_id": client_id, "ppks_code": c} for c in codes])

    def _ppks_codes(self, session: Session, client_id: int) -> tuple[int, ...]:
        return self._ppks_for(session, [client_id]).get(client_id, ())

    def _ppks_for(self, session: Session, client_ids: list[int]) -> dict[int, tuple[int, ...]]:
        found: dict[int, list[int]] = {}
        if client_ids:
            query = (select(client_ppks.c.client_id, client_ppks.c.ppks_code)
                     .where(client_ppks.c.client_id.in_(client_ids)).order_by(client_ppks.c.ppks_code))
            for client_id, code in session.execute(query):
                found.setdefault(client_id, []).append(code)
        return {key: tuple(value) for key, value in found.items()}

    def _open_cases(self, session: Session, client_id: int) -> int:
        return session.scalar(select(func.count()).select_from(Case).where(
            Case.client_id == client_id, Case.stage.in_(OPEN_STAGES), Case.closed_on.is_(None))) or 0

    def _view(self, session: Session, row: Client) -> ClientView:
        base = {f.name: getattr(row, f.name) for f in fields(ClientInput) if f.name not in ("ppks_codes", "sex", "nik")}
        today = self._today(session)
        return ClientView(
            **base, nik=row.nik or "", sex=Sex(row.sex) if row.sex else None,
            ppks_codes=self._ppks_codes(session, row.id), id=row.id, code=row.code, archived=row.archived,
            created_at=row.created_at, updated_at=row.updated_at,
            age=age_on(row.birth_date, today) if row.birth_date else None,
            open_cases=self._open_cases(session, row.id))

    def find(self, code: str) -> ClientView:
        """The client with this code ("KL-000012", any letter case). Raises NotFound."""
        with self.db.read() as session:
            row = session.scalar(select(Client).where(Client.code == code.strip().upper()))
            if row is None:
                raise NotFound(Text(f"Klien {code} tidak ditemukan.", f"Client {code} was not found."))
            return self._view(session, row)


_SEXES = {sex.value: sex for sex in Sex}


def _summaries(rows: Sequence[Any], today: date) -> list[ClientSummary]:
    """The list's rows as summaries. Unpacked by position: 50 rows take 0.1 ms, a third of what reading each
    row's columns by name took (a keystroke at 50,000 clients takes ~2.5 ms in all)."""
    return [ClientSummary(
        id=client_id, code=code, full_name=full_name, nickname=nickname, birth_date=birth_date,
        age=age_on(birth_date, today) if birth_date else None, sex=_SEXES[sex] if sex else None,
        ppks_codes=tuple(sorted(map(int, ppks.split(",")))) if ppks else (),
        open_cases=open_cases or 0, last_session_at=last_session_at, archived=archived)
        for client_id, code, full_name, nickname, birth_date, sex, archived, open_cases, last_session_at, ppks, _
        in rows]


def _order(sort: ClientSort, descending: bool, open_cases: Any, last_session: Any) -> list[Any]:
    """ORDER BY terms for the client list: the key (NULLs last), then the id so equal keys keep one order."""
    key: Any
    if sort is ClientSort.AGE:
        key, descending = Client.birth_date, not descending  # the youngest has the latest birth date
    else:
        key = {ClientSort.NAME: func.lower(Client.full_name), ClientSort.CODE: Client.code,
               ClientSort.OPEN_CASES: open_cases, ClientSort.LAST_SESSION: last_session}[sort]
    term = key.desc() if descending else key.asc()
    # Names and codes are never NULL: NULLS LAST on them would keep SQLite from walking their index in order.
    if sort not in (ClientSort.NAME, ClientSort.CODE):
        term = term.nulls_last()
    return [term, Client.id]
