"""Demo data is realistic, deterministic and keeps every rule the services keep."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from peksos_desk.domain.dates import PractitionerZone, is_minor
from peksos_desk.domain.errors import ValidationError
from peksos_desk.domain.nik import nik_mismatches, parse_nik
from peksos_desk.domain.practice import Attendance, Sex
from peksos_desk.domain.stages import CaseStage, check_move
from peksos_desk.services.demo import generate_demo
from peksos_desk.store.models import Case, CaseSession, CaseStageEvent, Client, ServiceType
from peksos_desk.store.schema import open_database

CLIENTS, SESSIONS = 150, 1500


@pytest.fixture
def demo(database):
    summary = generate_demo(database, clients=CLIENTS, sessions=SESSIONS, seed=5)
    return database, summary


def test_the_summary_counts_what_was_written(demo):
    database, summary = demo
    assert summary.clients == CLIENTS and summary.sessions == SESSIONS
    assert summary.cases >= CLIENTS * 0.9
    assert summary.signed_notes > summary.draft_notes > 0
    with database.read() as session:
        assert len(session.scalars(select(Client.id)).all()) == CLIENTS
        assert len(session.scalars(select(CaseSession.id)).all()) == SESSIONS


def test_cases_stand_in_every_stage(demo):
    database, _ = demo
    with database.read() as session:
        stages = set(session.scalars(select(Case.stage)))
        closed = session.scalars(select(Case.id).where(Case.closed_on.is_not(None))).all()
    assert stages == {stage.value for stage in CaseStage}
    assert closed


def test_every_nik_parses_and_agrees_with_birth_date_and_sex(demo, clock):
    database, _ = demo
    with database.read() as session:
        rows = session.execute(select(Client.nik, Client.birth_date, Client.sex)).all()
    with_nik = [row for row in rows if row.nik]
    assert 0.5 * len(rows) < len(with_nik) < len(rows)  # many PPKS have none
    for row in with_nik:
        info = parse_nik(row.nik, today=clock.now.date())
        assert nik_mismatches(info, row.birth_date, Sex(row.sex)) == []


def test_every_minor_has_a_guardian(demo, clock):
    database, _ = demo
    with database.read() as session:
        rows = session.execute(select(Client.birth_date, Client.guardian_name)).all()
    minors = [row for row in rows if row.birth_date and is_minor(row.birth_date, clock.now.date())]
    assert minors and all(row.guardian_name for row in minors)


def test_sessions_never_predate_their_case_and_future_ones_are_only_scheduled(demo, clock):
    database, _ = demo
    zone = PractitionerZone.WIB.tzinfo
    with database.read() as session:
        rows = session.execute(select(CaseSession.starts_at, CaseSession.attendance, CaseSession.signed_at,
                                      CaseSession.fee, ServiceType.default_fee, Case.opened_on)
                               .join(Case).join(ServiceType)).all()
    assert any(row.starts_at > clock.now for row in rows)
    for row in rows:
        assert row.starts_at.astimezone(zone).date() >= row.opened_on
        if row.starts_at > clock.now:
            assert row.attendance == Attendance.SCHEDULED.value and row.signed_at is None
        if row.signed_at is not None:
            assert row.signed_at <= clock.now
        if row.attendance == Attendance.ATTENDED.value:
            assert row.fee == row.default_fee  # the fee snapshot of the schedule
        else:
            assert row.fee is None


def test_stage_histories_make_only_allowed_moves(demo):
    database, _ = demo
    with database.read() as session:
        events = session.execute(select(CaseStageEvent.case_id, CaseStageEvent.from_stage,
                                        CaseStageEvent.to_stage, CaseStageEvent.occurred_on)
                                 .order_by(CaseStageEvent.case_id, CaseStageEvent.id)).all()
        current = {row.id: row.stage for row in session.execute(select(Case.id, Case.stage))}
    last: dict[int, tuple[str, object]] = {}
    for event in events:
        if event.from_stage is None:
            assert event.case_id not in last
        else:
            previous_stage, previous_day = last[event.case_id]
            assert event.from_stage == previous_stage
            check_move(CaseStage(event.from_stage), CaseStage(event.to_stage))
            assert event.occurred_on >= previous_day
        last[event.case_id] = (event.to_stage, event.occurred_on)
    assert {case_id: stage for case_id, (stage, _) in last.items()} == current


def test_the_services_read_demo_data(demo):
    database, _ = demo
    from peksos_desk.services.app import Services

    services = Services(database, actor="t")
    page = services.clients.list_clients()
    assert page.total == CLIENTS
    client = services.clients.get(page.rows[0].id)
    assert services.clients.timeline(client.id) is not None
    assert services.profile.get().is_set_up


def test_the_same_seed_gives_the_same_store(tmp_path, clock):
    def snapshot(name):
        db = open_database(tmp_path / name, clock=clock)
        generate_demo(db, clients=40, sessions=300, seed=9)
        with db.read() as session:
            rows = session.execute(select(Client.full_name, Client.nik, Client.birth_date)
                                   .order_by(Client.id)).all()
            notes = session.scalars(select(CaseSession.note).order_by(CaseSession.id)).all()
        db.close()
        return rows, notes

    assert snapshot("a.db") == snapshot("b.db")
    other = open_database(tmp_path / "c.db", clock=clock)
    generate_demo(other, clients=40, sessions=300, seed=10)
    with other.read() as session:
        names = session.scalars(select(Client.full_name).order_by(Client.id)).all()
    other.close()
    assert names != [row.full_name for row in snapshot("d.db")[0]]


def test_demo_data_goes_only_into_an_empty_store(demo):
    database, _ = demo
    with pytest.raises(ValidationError) as caught:
        generate_demo(database, clients=5, sessions=5)
    assert "kosong" in str(caught.value)


def test_demo_sessions_cover_the_coming_two_weeks(demo, clock):
    database, _ = demo
    with database.read() as session:
        latest = session.scalar(select(CaseSession.starts_at).order_by(CaseSession.starts_at.desc()).limit(1))
    assert clock.now < latest <= clock.now + timedelta(days=15)
