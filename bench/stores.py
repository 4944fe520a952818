"""Benchmark stores: demo stores of a given size, built once and cached under ``bench/.stores``.

They are encrypted (SQLCipher, with their key file beside them) under ``PASSWORD``, as a practitioner's store is:
the app creates no other kind; every page read from disk is decrypted, and the figures include that.

A store's file name carries a key made from the demo generator's and the store layer's sources and the build
recipe below, so a change to any of them builds the stores again, and an unchanged checkout reuses them.
Each store also gets one long case with at least ``LONG_CASE_SESSIONS`` held sessions (the demo's longest case
has ~60), added through the services so every rule the app enforces still holds; the social report is timed
on it.
"""

from __future__ import annotations

import hashlib
import os
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from datetime import time as clock_time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CACHE = Path(__file__).resolve().parent / ".stores"
SESSIONS_PER_CLIENT = 20
LONG_CASE_SESSIONS = 100
SEED = 1
PASSWORD = "bench-kuda-lari-di-sawah-hijau"
"""The benchmark stores' password (synthetic data; the key file uses the production key derivation)."""
RECIPE = 3
"""Bump when the build below (``_build``, ``lengthen_a_case``) changes: this file is not part of the key."""


def store_key() -> str:
    """What the cached stores depend on: the generator, the store layer (schema, migrations) and the recipe."""
    digest = hashlib.sha256(f"recipe={RECIPE} sessions={SESSIONS_PER_CLIENT} seed={SEED}".encode())
    package = ROOT / "peksos_desk"
    sources = sorted([*package.glob("services/demo*.py"), *package.glob("store/**/*.py")])
    for path in sources:
        digest.update(path.relative_to(ROOT).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


@dataclass(frozen=True)
class BuiltStore:
    clients: int
    path: Path
    built_now: bool
    build_seconds: float


def store_path(clients: int, key: str) -> Path:
    return CACHE / f"demo-{key}-{clients}.db"


def ensure_store(clients: int, key: str, log: Callable[[str], None] = print) -> BuiltStore:
    """The cached store of ``clients`` clients, built first if missing (older versions are removed).

    ``key`` is ``store_key()``, taken once per run: the stores of one run all come from the same sources.
    """
    path = store_path(clients, key)
    if path.exists():
        return BuiltStore(clients, path, False, 0.0)
    CACHE.mkdir(parents=True, exist_ok=True)
    for old in CACHE.glob(f"demo-*-{clients}.*"):
        old.unlink()
    partial = path.with_suffix(".building")
    for leftover in CACHE.glob(partial.name + "*"):
        leftover.unlink()
    log(f"  building the {clients:,}-client store (demo generator, encrypted) ...")
    started = time.perf_counter()
    _build(partial, clients)
    for suffix in ("-wal", "-shm"):
        Path(f"{partial}{suffix}").unlink(missing_ok=True)
    os.replace(key_file_for(partial), key_file_for(path))
    os.replace(partial, path)
    seconds = time.perf_counter() - started
    log(f"  built in {seconds:.1f} s: {path.name}")
    return BuiltStore(clients, path, True, seconds)


def empty_store(folder: Path) -> Path:
    """A new encrypted store with the schema and nothing else (the start-up baseline)."""
    from peksos_desk.services.app import Services

    path = folder / "empty.db"
    Services.create(path, password=PASSWORD)[0].close()
    return path


def key_file_for(store: Path) -> Path:
    from peksos_desk.store import keys

    return keys.key_file_for(store)


def _build(path: Path, clients: int) -> None:
    from peksos_desk.services.app import Services
    from peksos_desk.services.demo import generate_demo

    services, _ = Services.create(path, password=PASSWORD, actor="bench")
    try:
        generate_demo(services.db, clients=clients, sessions=clients * SESSIONS_PER_CLIENT, seed=SEED)
        lengthen_a_case(services)
        with services.db.engine.begin() as connection:  # leave the file compact and its statistics fresh
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        services.close()


def lengthen_a_case(services: object) -> int:
    """Give the open case with the most sessions ``LONG_CASE_SESSIONS`` held sessions; returns its id.

    The new sessions are scheduled on free mornings between the case's opening and yesterday, attended,
    given the text of the case's own notes (so their length is the demo's) and signed.
    """
    from sqlalchemy import func, select

    from peksos_desk.domain.practice import Attendance, NoteFormat
    from peksos_desk.services.app import Services
    from peksos_desk.services.sessions import SessionInput
    from peksos_desk.store.models import Case, CaseSession

    assert isinstance(services, Services)
    now = services.db.clock()
    with services.db.read() as s:
        held = func.count(CaseSession.id)
        case_id, opened_on, count = s.execute(
            select(Case.id, Case.opened_on, held).join(CaseSession, CaseSession.case_id == Case.id)
            .where(Case.closed_on.is_(None), CaseSession.starts_at <= now)
            .group_by(Case.id, Case.opened_on).order_by(held.desc(), Case.id).limit(1)).one()
        taken = {row.starts_at.date() for row in s.execute(
            select(CaseSession.starts_at).where(CaseSession.case_id == case_id))}
        notes = [(row.note_format, row.note) for row in s.execute(
            select(CaseSession.note_format, CaseSession.note)
            .where(CaseSession.case_id == case_id, CaseSession.signed_at.is_not(None)))]
    missing = LONG_CASE_SESSIONS - count
    today = now.date()
    free = [day for day in (opened_on + timedelta(days=n) for n in range(1, (today - opened_on).days))
            if day.weekday() < 6 and day not in taken and day < today]
    if missing > len(free):
        raise RuntimeError("the longest case is too young to hold the sessions of a long case")
    step = len(free) / max(missing, 1)
    for index in range(missing):
        day: date = free[int(index * step)]
        view = services.sessions.schedule(SessionInput(
            case_id=case_id, starts_at=datetime.combine(day, clock_time(0, 30), tzinfo=UTC)))  # 07:30 WIB
        services.sessions.record_attendance(view.id, Attendance.ATTENDED)
        note_format, sections = notes[index % len(notes)]
        services.sessions.save_note(view.id, NoteFormat(note_format), dict(sections))
        services.sessions.sign_note(view.id)
    return int(case_id)
