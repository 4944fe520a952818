"""The home page tells the practitioner what today holds and what is waiting on them."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from peksos_desk.domain.practice import AssessmentSection, Attendance, GoalStatus, NoteFormat
from peksos_desk.domain.stages import CaseStage
from peksos_desk.services.cases import GoalInput
from peksos_desk.services.home import WaitingReason
from peksos_desk.services.profile import Profile
from tests.services.factories import consultation, new_case, new_client, new_session
from tests.statements import counting

# The fixed clock: Monday 2 March 2026, 09:00 WIB (02:00 UTC).
TODAY_10 = datetime(2026, 3, 2, 3, tzinfo=UTC)
TOMORROW_09 = datetime(2026, 3, 3, 2, tzinfo=UTC)
NOTE = {"data": "Klien datang bersama ibunya.", "assessment": "Cemas.", "plan": "Kunjungan rumah."}


@pytest.fixture
def practice(services):
    services.profile.update(Profile(full_name="Sri Wahyuni, S.Tr.Sos."))
    return services


def attended(services, case_id, starts_at, *, service_type_id=None, note=False):
    session = new_session(services, case_id, starts_at, service_type_id=service_type_id)
    services.sessions.record_attendance(session.id, Attendance.ATTENDED)
    if note:
        services.sessions.save_note(session.id, NoteFormat.DAP, NOTE)
    return session


def test_overview_counts_today_the_week_and_unsigned_notes(practice, clock):
    case = new_case(practice)
    new_session(practice, case.id, clock.now)
    new_session(practice, case.id, datetime(2026, 3, 5, 3, tzinfo=UTC))
    attended(practice, case.id, datetime(2026, 2, 20, 3, tzinfo=UTC))
    overview = practice.home.overview()
    assert (overview.practice_name, overview.active_clients, overview.open_cases) == ("Sri Wahyuni, S.Tr.Sos.", 1, 1)
    assert (overview.sessions_today, overview.sessions_next_7_days, overview.unsigned_notes) == (1, 1, 1)
    assert overview.today == date(2026, 3, 2)
    assert overview.now == clock.now


def test_todays_and_the_coming_weeks_sessions_are_listed_in_time_order(practice, clock):
    case = new_case(practice)
    kind = consultation(practice)
    later = new_session(practice, case.id, TODAY_10)
    now = new_session(practice, case.id, clock.now, service_type_id=kind.id)
    cancelled = new_session(practice, case.id, TODAY_10 + timedelta(hours=2))
    practice.sessions.record_attendance(cancelled.id, Attendance.CANCELLED)
    tomorrow = new_session(practice, case.id, TOMORROW_09)
    in_a_week = new_session(practice, case.id, datetime(2026, 3, 9, 10, tzinfo=UTC))  # Monday 17.00 WIB
    new_session(practice, case.id, datetime(2026, 3, 9, 17, tzinfo=UTC))  # Tuesday 10 March 00.00 WIB

    today = practice.home.sessions_today()
    assert [item.session_id for item in today.items] == [now.id, later.id]
    assert today.total == 2 and today.hidden == 0
    first = today.items[0]
    assert (first.client_name, first.case_number, first.service_type_name) == (
        "Siti Aminah", case.number, "Konsultasi")
    assert first.attendance is Attendance.SCHEDULED

    coming = practice.home.sessions_coming()
    assert [item.session_id for item in coming.items] == [tomorrow.id, in_a_week.id]


def test_the_practitioners_zone_decides_what_today_is(practice, clock):
    case = new_case(practice)
    # 2 March 15:30 UTC is 22.30 WIB the same day, but 00.30 WIT on 3 March.
    late = new_session(practice, case.id, datetime(2026, 3, 2, 15, 30, tzinfo=UTC))
    assert [i.session_id for i in practice.home.sessions_today().items] == [late.id]
    practice.profile.update(Profile(full_name="Sri Wahyuni", time_zone="WIT"))
    assert practice.home.sessions_today().items == ()
    assert [i.session_id for i in practice.home.sessions_coming().items] == [late.id]


def test_a_case_without_assessment_14_days_after_intake_is_waiting(practice):
    stale = new_case(practice, opened_on=date(2026, 2, 16))  # exactly 14 days ago
    new_case(practice, opened_on=date(2026, 2, 17))  # 13 days: not yet
    assessed = new_case(practice, opened_on=date(2026, 2, 2))
    practice.cases.save_assessment(assessed.id, AssessmentSection.FAMILY, "Tinggal bersama nenek.")
    blank = new_case(practice, opened_on=date(2026, 2, 2))
    practice.cases.save_assessment(blank.id, AssessmentSection.FAMILY, "   ")  # nothing written
    moved_on = new_case(practice, opened_on=date(2026, 2, 2))
    practice.cases.move_stage(moved_on.id, CaseStage.ASESMEN, occurred_on=date(2026, 2, 5))
    practice.cases.move_stage(moved_on.id, CaseStage.RENCANA_INTERVENSI, occurred_on=date(2026, 2, 9))

    waiting = practice.home.waiting_cases()
    assert [(w.case_id, w.reason) for w in waiting.items] == [
        (blank.id, WaitingReason.ASSESSMENT_OVERDUE), (stale.id, WaitingReason.ASSESSMENT_OVERDUE)]
    assert waiting.items[1].since == date(2026, 2, 16)
    assert waiting.items[1].stage is CaseStage.PENDEKATAN_AWAL


def test_open_goals_past_their_target_are_waiting_once_per_case(practice):
    case = new_case(practice, opened_on=date(2026, 2, 25))  # too new to wait on its assessment
    for target, status in ((date(2026, 2, 27), GoalStatus.IN_PROGRESS), (date(2026, 2, 28), GoalStatus.PLANNED),
                           (date(2026, 2, 26), GoalStatus.ACHIEVED), (date(2026, 3, 2), GoalStatus.PLANNED)):
        practice.cases.add_goal(case.id, GoalInput("Klien kembali bersekolah", target_date=target, status=status))
    waiting = practice.home.waiting_cases()
    assert len(waiting.items) == 1
    item = waiting.items[0]
    assert (item.reason, item.case_id, item.since, item.count) == (
        WaitingReason.GOALS_OVERDUE, case.id, date(2026, 2, 27), 2)


def test_ended_cases_wait_to_be_closed(practice):
    terminated = new_case(practice, opened_on=date(2026, 2, 25))
    practice.cases.move_stage(terminated.id, CaseStage.TERMINASI, occurred_on=date(2026, 2, 27),
                              summary="Klien pindah ke luar kota bersama keluarga.")
    referred = new_case(practice, opened_on=date(2026, 2, 25))
    practice.cases.move_stage(referred.id, CaseStage.RUJUKAN, occurred_on=date(2026, 2, 26),
                              referred_to="UPTD PPA Kota Bandung", referral_reason="Perlu pendampingan hukum.")
    closed = new_case(practice, opened_on=date(2026, 2, 25))
    practice.cases.move_stage(closed.id, CaseStage.TERMINASI, summary="Tujuan tercapai.")
    practice.cases.close_case(closed.id)

    waiting = practice.home.waiting_cases()
    assert [(w.case_id, w.reason, w.since, w.stage) for w in waiting.items] == [
        (referred.id, WaitingReason.NOT_CLOSED, date(2026, 2, 26), CaseStage.RUJUKAN),
        (terminated.id, WaitingReason.NOT_CLOSED, date(2026, 2, 27), CaseStage.TERMINASI)]


def test_notes_waiting_for_a_signature_oldest_first(practice):
    case = new_case(practice)
    kind = consultation(practice)
    newer = attended(practice, case.id, datetime(2026, 2, 24, 3, tzinfo=UTC), note=True)
    older = attended(practice, case.id, datetime(2026, 2, 20, 3, tzinfo=UTC), service_type_id=kind.id)
    signed = attended(practice, case.id, datetime(2026, 2, 18, 3, tzinfo=UTC), note=True)
    practice.sessions.sign_note(signed.id)
    missed = new_session(practice, case.id, datetime(2026, 2, 19, 3, tzinfo=UTC))
    practice.sessions.record_attendance(missed.id, Attendance.NO_SHOW)
    new_session(practice, case.id, TODAY_10)  # scheduled, not held yet

    notes = practice.home.unsigned_notes()
    assert [n.session_id for n in notes.items] == [older.id, newer.id]
    assert [(n.has_draft, n.service_type_name) for n in notes.items] == [(False, "Konsultasi"), (True, "")]
    assert notes.items[0].client_name == "Siti Aminah"


def test_each_list_is_bounded_and_counts_everything(practice):
    for day in range(3, 8):
        case = new_case(practice, new_client(practice, full_name=f"Klien {day}").id, opened_on=date(2026, 2, day))
        attended(practice, case.id, datetime(2026, 2, day + 10, 3, tzinfo=UTC))
    notes = practice.home.unsigned_notes(limit=2)
    assert (len(notes.items), notes.total, notes.hidden) == (2, 5, 3)
    waiting = practice.home.waiting_cases(limit=3)
    assert (len(waiting.items), waiting.total) == (3, 5)
    assert [w.client_name for w in waiting.items] == ["Klien 3", "Klien 4", "Klien 5"]


def test_empty_lists_have_no_items_and_a_zero_total(practice):
    for bounded in (practice.home.sessions_today(), practice.home.sessions_coming(),
                    practice.home.waiting_cases(), practice.home.unsigned_notes()):
        assert (bounded.items, bounded.total) == ((), 0)


def _six_cases_with_a_session_tomorrow(practice) -> None:
    """Six clients, each with an attended session a week ago, a goal and a session tomorrow: every list has rows."""
    for day in range(3, 9):
        case = new_case(practice, new_client(practice, full_name=f"Klien {day}").id, opened_on=date(2026, 2, day))
        attended(practice, case.id, datetime(2026, 2, day + 10, 3, tzinfo=UTC))
        practice.cases.add_goal(case.id, GoalInput("Tujuan", target_date=date(2026, 2, 20)))
        new_session(practice, case.id, TOMORROW_09 + timedelta(hours=day))


def test_each_list_is_one_query_whatever_its_length(practice):
    _six_cases_with_a_session_tomorrow(practice)
    for call in (practice.home.sessions_today, practice.home.sessions_coming, practice.home.waiting_cases,
                 practice.home.unsigned_notes):
        with counting(practice.db.engine, selects_only=True) as statements:
            result = call()
        # One for the practitioner's zone, one for the list's first rows, one for how many there are (counted
        # apart: a count over the joined rows would read every row to show the first few).
        assert len(statements) <= 3, (call.__name__, statements)
        assert result.total == len(result.items), call.__name__


def test_the_dashboard_is_the_overview_and_the_four_lists_read_once(practice):
    """The home page reads everything in one unit of work, counting each figure once: the lists' totals are
    the overview's figures."""
    _six_cases_with_a_session_tomorrow(practice)
    with counting(practice.db.engine, selects_only=True) as together:
        dashboard = practice.home.dashboard(limit=4)
    with counting(practice.db.engine, selects_only=True) as statements:
        apart = (practice.home.overview(), practice.home.sessions_today(limit=4),
                 practice.home.sessions_coming(limit=4), practice.home.waiting_cases(limit=4),
                 practice.home.unsigned_notes(limit=4))
    assert (dashboard.overview, dashboard.today, dashboard.coming, dashboard.waiting, dashboard.unsigned) == apart
    assert dashboard.coming.total == dashboard.overview.sessions_next_7_days == 6
    assert dashboard.unsigned.total == dashboard.overview.unsigned_notes == 6
    assert len(together) < len(statements)
