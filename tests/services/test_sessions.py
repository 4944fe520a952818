"""Sessions are scheduled, attended, written up, signed — and a signed note never changes."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from peksos_desk.domain.errors import LockedRecord, ValidationError
from peksos_desk.domain.practice import Attendance, NoteFormat, SessionPlace
from peksos_desk.services.fees import ServiceTypeInput
from peksos_desk.services.sessions import SessionInput
from tests.services.factories import consultation, new_case, new_session

DAP = {"data": "Klien datang tepat waktu, tampak cemas.", "assessment": "Risiko sedang.",
       "plan": "Kunjungan rumah minggu depan."}


def signed_session(services):
    case = new_case(services)
    session = new_session(services, case.id)
    services.sessions.record_attendance(session.id, Attendance.ATTENDED)
    services.sessions.save_note(session.id, NoteFormat.DAP, DAP)
    return services.sessions.sign_note(session.id)


def test_a_session_cannot_predate_its_case(services):
    case = new_case(services)  # opened 2 Feb 2026
    # 1 Feb 2026 23:30 WIB is still before the case opened, although it is 16:30 UTC on 1 Feb.
    with pytest.raises(ValidationError) as caught:
        new_session(services, case.id, datetime(2026, 2, 1, 16, 30, tzinfo=UTC))
    assert caught.value.field == "starts_at"
    # 2 Feb 00:30 WIB is 1 Feb 17:30 UTC: allowed, the practitioner's day counts.
    assert new_session(services, case.id, datetime(2026, 2, 1, 17, 30, tzinfo=UTC)).id


def test_scheduling_keeps_place_duration_and_service(services):
    case = new_case(services)
    kind = consultation(services)
    session = services.sessions.schedule(SessionInput(case.id, datetime(2026, 2, 20, 3, tzinfo=UTC), 90,
                                                      SessionPlace.HOME_VISIT, kind.id, NoteFormat.SOAP))
    assert (session.place, session.duration_minutes, session.service_type_name) == (
        SessionPlace.HOME_VISIT, 90, "Konsultasi")
    assert session.attendance is Attendance.SCHEDULED
    assert session.ends_at - session.starts_at == timedelta(minutes=90)


def test_an_attended_session_keeps_the_fee_it_was_provided_at(services):
    case = new_case(services)
    kind = consultation(services, fee=250_000)
    session = new_session(services, case.id, service_type_id=kind.id)
    assert services.sessions.record_attendance(session.id, Attendance.ATTENDED).fee == 250_000
    services.fees.update(kind.id, ServiceTypeInput("KONS", "Konsultasi", 300_000, 60))
    assert services.sessions.get(session.id).fee == 250_000


def test_attendance_cannot_be_recorded_for_a_future_session(services, clock):
    case = new_case(services)
    session = new_session(services, case.id, clock.now + timedelta(days=2))
    with pytest.raises(ValidationError):
        services.sessions.record_attendance(session.id, Attendance.ATTENDED)
    assert services.sessions.record_attendance(session.id, Attendance.CANCELLED).fee is None


def test_drafts_are_saved_exactly_as_typed(services):
    case = new_case(services)
    session = new_session(services, case.id)
    draft = {"data": "Klien bercerita ", "assessment": "", "plan": ""}
    saved = services.sessions.save_note(session.id, NoteFormat.DAP, draft)
    assert saved.note == draft
    assert saved.note_saved_at is not None


def test_a_note_with_sections_of_another_format_is_refused(services):
    case = new_case(services)
    session = new_session(services, case.id)
    with pytest.raises(ValidationError):
        services.sessions.save_note(session.id, NoteFormat.DAP, {"subjective": "x"})


def test_an_empty_or_unattended_note_cannot_be_signed(services):
    case = new_case(services)
    session = new_session(services, case.id)
    with pytest.raises(ValidationError):
        services.sessions.sign_note(session.id)
    services.sessions.save_note(session.id, NoteFormat.DAP, DAP)
    with pytest.raises(ValidationError) as caught:
        services.sessions.sign_note(session.id)
    assert caught.value.field == "attendance"


def test_signed_note_cannot_be_edited(services):
    session = signed_session(services)
    assert session.is_signed
    with pytest.raises(LockedRecord) as caught:
        services.sessions.save_note(session.id, NoteFormat.DAP, {"data": "diubah"})
    assert "adendum" in str(caught.value)
    with pytest.raises(LockedRecord):
        services.sessions.record_attendance(session.id, Attendance.NO_SHOW)
    with pytest.raises(LockedRecord):
        services.sessions.sign_note(session.id)
    assert services.sessions.get(session.id).note == DAP


def test_signed_note_is_locked_in_the_database_too(services, database):
    session = signed_session(services)
    with pytest.raises(DBAPIError), database.engine.begin() as connection:
        connection.execute(text("UPDATE case_session SET note_format = 'bebas' WHERE id = :id"),
                           {"id": session.id})
    with pytest.raises(DBAPIError), database.engine.begin() as connection:
        connection.execute(text("DELETE FROM case_session WHERE id = :id"), {"id": session.id})


def test_corrections_are_dated_addenda_with_a_reason(services, clock):
    session = signed_session(services)
    with pytest.raises(ValidationError) as caught:
        services.sessions.add_addendum(session.id, "", "Nama sekolah yang benar: SDN 3.")
    assert caught.value.field == "reason"
    clock.now += timedelta(days=1)
    amended = services.sessions.add_addendum(session.id, "Salah tulis nama sekolah", "Nama sekolah: SDN 3.")
    assert [(a.reason, a.written_at) for a in amended.addenda] == [("Salah tulis nama sekolah", clock.now)]
    assert amended.note == DAP


def test_an_unsigned_note_takes_no_addendum(services):
    case = new_case(services)
    session = new_session(services, case.id)
    with pytest.raises(LockedRecord):
        services.sessions.add_addendum(session.id, "alasan", "isi")


def test_sessions_of_a_closed_case_cannot_be_scheduled(services):
    from peksos_desk.domain.stages import CaseStage

    case = new_case(services)
    services.cases.move_stage(case.id, CaseStage.TERMINASI, summary="Klien pindah kota.")
    services.cases.close_case(case.id)
    with pytest.raises(LockedRecord):
        new_session(services, case.id)


def test_the_diary_lists_sessions_in_a_window(services):
    case = new_case(services)
    early = new_session(services, case.id, datetime(2026, 2, 20, 3, tzinfo=UTC))
    new_session(services, case.id, datetime(2026, 3, 20, 3, tzinfo=UTC))
    window = services.sessions.list_between(datetime(2026, 2, 1, tzinfo=UTC), datetime(2026, 3, 1, tzinfo=UTC))
    assert [s.id for s in window] == [early.id]
    assert len(services.sessions.list_for_case(case.id)) == 2


def test_every_step_is_audited_without_note_content(services):
    session = signed_session(services)
    actions = [e.action for e in services.audit.entries(record_type="session", record_id=session.id)]
    assert actions == ["sign", "save_note", "attendance", "create"]
    for entry in services.audit.entries():
        assert "Klien datang" not in entry.detail


def test_the_audit_log_is_append_only(services, database):
    signed_session(services)
    with pytest.raises(DBAPIError), database.engine.begin() as connection:
        connection.execute(text("DELETE FROM audit_log"))
    with pytest.raises(DBAPIError), database.engine.begin() as connection:
        connection.execute(text("UPDATE case_stage_event SET note = 'x'"))
