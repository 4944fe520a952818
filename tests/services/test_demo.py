"""Demo data is realistic, deterministic and keeps every rule the services keep."""

from __future__ import annotations

from datetime import timedelta
from itertools import pairwise

import pytest
from sqlalchemy import func, select

from peksos_desk.domain.dates import PractitionerZone, age_on, is_minor
from peksos_desk.domain.errors import ValidationError
from peksos_desk.domain.nik import nik_mismatches, parse_nik
from peksos_desk.domain.practice import Attendance, SessionPlace, Sex
from peksos_desk.domain.stages import CaseStage, check_move
from peksos_desk.services import demo_text as words
from peksos_desk.services.demo import generate_demo
from peksos_desk.store.models import Case, CaseSession, CaseStageEvent, Client, ServiceType, client_ppks
from peksos_desk.store.schema import open_database

CLIENTS, SESSIONS = 150, 1500


@pytest.fixture
def demo(database):
    summary = generate_demo(database, clients=CLIENTS, sessions=SESSIONS, seed=5, billing=False)
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
        generate_demo(db, clients=40, sessions=300, seed=9, billing=False)
        with db.read() as session:
            rows = session.execute(select(Client.full_name, Client.nik, Client.birth_date)
                                   .order_by(Client.id)).all()
            notes = session.scalars(select(CaseSession.note).order_by(CaseSession.id)).all()
        db.close()
        return rows, notes

    assert snapshot("a.db") == snapshot("b.db")
    other = open_database(tmp_path / "c.db", clock=clock)
    generate_demo(other, clients=40, sessions=300, seed=10, billing=False)
    with other.read() as session:
        names = session.scalars(select(Client.full_name).order_by(Client.id)).all()
    other.close()
    assert names != [row.full_name for row in snapshot("d.db")[0]]


def test_demo_sessions_cover_the_coming_two_weeks(demo, clock):
    database, _ = demo
    with database.read() as session:
        latest = session.scalar(select(CaseSession.starts_at).order_by(CaseSession.starts_at.desc()).limit(1))
    assert clock.now < latest <= clock.now + timedelta(days=15)


def test_the_app_keeps_adding_records_after_the_demo(demo, clock):
    """Ids given by the demo are followed by the app's own (PostgreSQL's sequences are moved past them)."""
    database, summary = demo
    from peksos_desk.services.app import Services
    from tests.services.factories import adult, new_case, new_session

    services = Services(database, actor="t")
    client = services.clients.create(adult(nik=""))
    case = new_case(services, client.id)
    session = new_session(services, case.id, starts_at=clock.now + timedelta(days=1))
    assert client.id == CLIENTS + 1 and client.code == f"KL-{CLIENTS + 1:06d}"
    assert case.id == summary.cases + 1 and session.id == SESSIONS + 1


def test_the_same_seed_gives_the_same_rows_on_every_database(demo, tmp_path, clock):
    database, _ = demo
    reference = open_database(tmp_path / "reference.db", clock=clock)
    generate_demo(reference, clients=CLIENTS, sessions=SESSIONS, seed=5, billing=False)

    def rows(db):
        with db.read() as session:
            return (session.execute(select(Client.full_name, Client.nik, Client.birth_date, Client.guardian_name)
                                    .order_by(Client.id)).all(),
                    session.execute(select(Case.number, Case.stage, Case.opened_on, Case.closed_on)
                                    .order_by(Case.id)).all(),
                    session.execute(select(CaseSession.starts_at, CaseSession.attendance, CaseSession.note,
                                           CaseSession.signed_at).order_by(CaseSession.id)).all())

    try:
        assert rows(database) == rows(reference)
    finally:
        reference.close()


def test_consent_is_dated_only_when_given(demo):
    database, _ = demo
    with database.read() as session:
        rows = session.execute(select(Client.consent_given, Client.consent_date)).all()
    assert any(row.consent_given for row in rows) and not all(row.consent_given for row in rows)
    assert all((row.consent_date is not None) == row.consent_given for row in rows)


def test_no_session_after_its_case_ended(demo, clock):
    """Closed cases have none after closing; terminated or referred ones none after that move, none ahead."""
    database, _ = demo
    zone = PractitionerZone.WIB.tzinfo
    with database.read() as session:
        ended_on = dict(session.execute(select(CaseStageEvent.case_id, func.max(CaseStageEvent.occurred_on))
                                        .group_by(CaseStageEvent.case_id)).all())
        rows = session.execute(select(Case.id, Case.stage, Case.closed_on, CaseSession.starts_at)
                               .join(CaseSession, CaseSession.case_id == Case.id)).all()
    assert any(row.closed_on for row in rows)
    for row in rows:
        day = row.starts_at.astimezone(zone).date()
        if row.closed_on is not None:
            assert day <= row.closed_on
        elif row.stage in (CaseStage.TERMINASI.value, CaseStage.RUJUKAN.value):
            assert day <= ended_on[row.id] and row.starts_at <= clock.now


def test_a_clients_cases_follow_one_another(demo):
    database, _ = demo
    with database.read() as session:
        rows = session.execute(select(Case.client_id, Case.opened_on, Case.closed_on)
                               .order_by(Case.client_id, Case.opened_on)).all()
    by_client: dict[int, list] = {}
    for row in rows:
        by_client.setdefault(row.client_id, []).append(row)
    assert any(len(cases) > 1 for cases in by_client.values())
    for cases in by_client.values():
        for earlier, later in pairwise(cases):
            assert earlier.closed_on is not None and earlier.closed_on < later.opened_on


def _vocabulary(group: words.NameGroup) -> set[str]:
    parts = (*group.male, *group.female, *group.male_second, *group.female_second, *group.family,
             *group.male_prefix, *group.female_prefix)
    return {word for part in parts for word in part.split()} | {"br."}


def test_names_follow_one_region_and_a_guardians_sex_fits_the_relation(demo):
    database, _ = demo
    with database.read() as session:
        rows = session.execute(select(Client.full_name, Client.guardian_name, Client.guardian_relation)).all()
    groups = [(group, _vocabulary(group)) for group in words.NAME_GROUPS]

    def origins(name: str) -> list[words.NameGroup]:
        return [group for group, vocabulary in groups if set(name.split()) <= vocabulary]

    for row in rows:
        assert origins(row.full_name), row.full_name
        if row.guardian_relation in ("Ayah kandung", "Kakek", "Paman"):
            assert any(set(row.guardian_name.split()) & {w for n in group.male for w in n.split()}
                       for group in origins(row.guardian_name)), row.guardian_name
    assert len({group.key for row in rows for group in origins(row.full_name)}) >= 6


def test_problems_and_ppks_categories_fit_the_clients_age(demo, clock):
    database, _ = demo
    today = clock.now.astimezone(PractitionerZone.WIB.tzinfo).date()
    with database.read() as session:
        problems = session.execute(select(Client.birth_date, Case.presenting_problem).join(Case)).all()
        under_fives = session.execute(select(Client.birth_date).join(client_ppks)
                                      .where(client_ppks.c.ppks_code == 1)).scalars().all()
    for row in problems:
        if row.birth_date is None:
            continue
        age = age_on(row.birth_date, today)
        group = "child" if age <= 12 else "youth" if age < 18 else "adult" if age < 60 else "elderly"
        assert row.presenting_problem in words.PROBLEMS[group]
    assert all(age_on(born, today) < 5 for born in under_fives)


def test_home_visits_take_place_at_home(demo):
    database, _ = demo
    with database.read() as session:
        places = session.scalars(select(CaseSession.place).join(ServiceType)
                                 .where(ServiceType.code == "KUNJ")).all()
    assert places and set(places) == {SessionPlace.HOME_VISIT.value}


def test_demo_data_goes_only_into_an_empty_store(demo):
    database, _ = demo
    with pytest.raises(ValidationError) as caught:
        generate_demo(database, clients=5, sessions=5)
    assert "kosong" in caught.value.render("id") and f"{CLIENTS} klien" in caught.value.render("id")
    assert "empty store" in caught.value.render("en") and f"{CLIENTS} clients" in caught.value.render("en")
    with database.read() as session:
        assert session.scalar(select(func.count()).select_from(Client)) == CLIENTS
        assert session.scalar(select(func.count()).select_from(CaseSession)) == SESSIONS


def test_the_demo_bills_in_every_state(database):
    from peksos_desk.domain.billing import InvoiceStatus
    from peksos_desk.services.app import Services

    summary = generate_demo(database, clients=120, sessions=1500, seed=4)
    services = Services(database, actor="t")
    invoices = services.billing.list_invoices(limit=1000)
    assert summary.invoices == len(invoices) > 0
    states = {invoice.status for invoice in invoices}
    assert {InvoiceStatus.PAID, InvoiceStatus.ISSUED} <= states
    assert len({invoice.number for invoice in invoices}) == len(invoices)  # numbers never repeat
    assert services.billing.list_payers(include_clients=False)
    assert summary.payments > 0
