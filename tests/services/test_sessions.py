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
from tests.statements import counting

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


# -- the diary's lists, note status, drafts ----------------------------------------------------------------

def _fill_week(services, how_many, case_ids, kind_id):
    start = datetime(2026, 3, 2, 1, tzinfo=UTC)
    for i in range(how_many):
        session = new_session(services, case_ids[i % len(case_ids)], start + timedelta(hours=3 * i),
                              service_type_id=kind_id if i % 3 else None)
        if i % 2 == 0 and session.starts_at <= datetime(2026, 3, 2, 2, tzinfo=UTC):
            services.sessions.record_attendance(session.id, Attendance.ATTENDED)
        if i % 4 == 0:
            services.sessions.save_note(session.id, NoteFormat.DAP, DAP)


def test_listing_sessions_costs_the_same_number_of_queries_for_5_or_50(services, database):
    from tests.services.factories import new_client

    kind = consultation(services)
    cases = [new_case(services, new_client(services, full_name=f"Klien {i}").id) for i in range(3)]
    ids = [case.id for case in cases]
    window = (datetime(2026, 3, 1, tzinfo=UTC), datetime(2026, 4, 1, tzinfo=UTC))
    listings = {
        "summaries_between": lambda: services.sessions.summaries_between(*window),
        "list_between": lambda: services.sessions.list_between(*window),
        "list_for_case": lambda: services.sessions.list_for_case(ids[0]),
        "summaries_for_case": lambda: services.sessions.summaries_for_case(ids[0]),
        "unsigned_summaries": services.sessions.unsigned_summaries,
    }

    def costs() -> dict[str, int]:
        result = {}
        for name, listing in listings.items():
            with counting(database.engine) as statements:
                listing()
            result[name] = len(statements)
        return result

    _fill_week(services, 5, ids, kind.id)
    few = costs()
    assert len(services.sessions.summaries_between(*window)) == 5
    _fill_week(services, 45, ids, kind.id)
    many = costs()
    assert len(services.sessions.summaries_between(*window)) == 50
    assert many == few
    # One query for the summaries (plus the transaction's own statements), two for the full views.
    assert few["summaries_between"] <= 3
    assert few["list_between"] == few["summaries_between"] + 1


def test_summaries_say_whether_a_note_is_empty_a_draft_or_signed(services):
    from peksos_desk.domain.note_templates import template_for
    from peksos_desk.services.sessions import NoteStatus

    case = new_case(services)
    kind = consultation(services)
    empty = new_session(services, case.id, service_type_id=kind.id)
    template_only = new_session(services, case.id, datetime(2026, 2, 21, 3, tzinfo=UTC))
    services.sessions.save_note(template_only.id, NoteFormat.DAP,
                                {"data": template_for(NoteFormat.DAP, "data").template.id})
    draft = new_session(services, case.id, datetime(2026, 2, 22, 3, tzinfo=UTC))
    services.sessions.save_note(draft.id, NoteFormat.DAP, {"data": "Klien bercerita tentang sekolahnya."})
    signed = signed_session(services)
    summaries = {s.id: s for s in services.sessions.summaries_for_case(case.id)}
    assert summaries[empty.id].note_status is NoteStatus.EMPTY
    assert summaries[empty.id].service_type_name == "Konsultasi"
    assert summaries[empty.id].client_name == "Siti Aminah"
    assert summaries[template_only.id].note_status is NoteStatus.EMPTY
    assert summaries[draft.id].note_status is NoteStatus.DRAFT
    other = services.sessions.summaries_for_case(signed.case_id)[0]
    assert other.note_status is NoteStatus.SIGNED and other.signed_at is not None
    assert services.sessions.get(draft.id).note_status is NoteStatus.DRAFT


def test_a_note_holding_only_its_template_cannot_be_signed(services):
    from peksos_desk.domain.note_templates import template_for

    case = new_case(services)
    session = new_session(services, case.id)
    services.sessions.record_attendance(session.id, Attendance.ATTENDED)
    services.sessions.save_note(session.id, NoteFormat.SOAP, {
        key: template_for(NoteFormat.SOAP, key).template.id for key in NoteFormat.SOAP.sections})
    with pytest.raises(ValidationError) as caught:
        services.sessions.sign_note(session.id)
    assert caught.value.field == "note"


def test_the_unsigned_list_holds_attended_sessions_and_drafts_from_any_week(services):
    case = new_case(services)
    attended = new_session(services, case.id, datetime(2026, 2, 10, 3, tzinfo=UTC))
    services.sessions.record_attendance(attended.id, Attendance.ATTENDED)
    no_show_with_draft = new_session(services, case.id, datetime(2026, 2, 5, 3, tzinfo=UTC))
    services.sessions.record_attendance(no_show_with_draft.id, Attendance.NO_SHOW)
    services.sessions.save_note(no_show_with_draft.id, NoteFormat.FREE, {"narrative": "Klien tidak datang; ditelepon."})
    new_session(services, case.id, datetime(2026, 2, 12, 3, tzinfo=UTC))  # scheduled, nothing written
    cancelled = new_session(services, case.id, datetime(2026, 2, 13, 3, tzinfo=UTC))
    services.sessions.record_attendance(cancelled.id, Attendance.CANCELLED)
    signed = signed_session(services)
    assert [s.id for s in services.sessions.unsigned_summaries()] == [no_show_with_draft.id, attended.id]
    assert signed.id not in [s.id for s in services.sessions.unsigned_summaries()]


def test_draft_saves_are_audited_once_per_sitting_not_every_few_seconds(services, clock):
    case = new_case(services)
    session = new_session(services, case.id)
    for second in range(0, 30, 5):
        clock.now = datetime(2026, 3, 2, 2, 0, second, tzinfo=UTC)
        services.sessions.save_note(session.id, NoteFormat.DAP, {"data": "x" * second})
    clock.now += timedelta(minutes=11)
    services.sessions.save_note(session.id, NoteFormat.DAP, {"data": "lagi"})
    actions = [e.action for e in services.audit.entries(record_type="session", record_id=session.id)]
    assert actions.count("save_note") == 2
    assert services.sessions.get(session.id).note_saved_at == clock.now


def test_an_attended_session_cannot_be_moved_into_the_future(services, clock):
    case = new_case(services)
    session = new_session(services, case.id)
    services.sessions.record_attendance(session.id, Attendance.ATTENDED)
    with pytest.raises(ValidationError) as caught:
        services.sessions.reschedule(session.id, SessionInput(case.id, clock.now + timedelta(days=1)))
    assert caught.value.field == "starts_at"
    moved = services.sessions.reschedule(session.id, SessionInput(case.id, clock.now - timedelta(hours=2), 90))
    assert moved.duration_minutes == 90


def test_a_retired_service_type_takes_no_new_session_but_stays_on_its_own(services):
    case = new_case(services)
    kind = consultation(services)
    session = new_session(services, case.id, service_type_id=kind.id)
    services.fees.set_active(kind.id, False)
    with pytest.raises(ValidationError) as caught:
        new_session(services, case.id, service_type_id=kind.id)
    assert caught.value.field == "service_type_id"
    moved = services.sessions.reschedule(session.id, SessionInput(case.id, session.starts_at, 45,
                                                                  service_type_id=kind.id))
    assert moved.service_type_name == "Konsultasi"


def test_the_diary_summaries_keep_to_their_window(services):
    case = new_case(services)
    inside = new_session(services, case.id, datetime(2026, 3, 1, 17, tzinfo=UTC))  # Mon 2 Mar 00.00 WIB
    new_session(services, case.id, datetime(2026, 3, 1, 16, 59, tzinfo=UTC))  # Sun 1 Mar 23.59 WIB
    start = datetime(2026, 3, 1, 17, tzinfo=UTC)
    assert [s.id for s in services.sessions.summaries_between(start, start + timedelta(days=7))] == [inside.id]
    assert services.sessions.now() == datetime(2026, 3, 2, 2, tzinfo=UTC)


def test_an_attended_session_is_charged_at_the_clients_sliding_scale(services):
    from datetime import date

    from peksos_desk.domain.billing import FeeKind
    from peksos_desk.services.billing import FeeArrangementInput

    case = new_case(services)
    kind = consultation(services, fee=250_000)
    services.billing.set_fee_arrangement(FeeArrangementInput(
        case.client_id, FeeKind.REDUCED, date(2026, 2, 1), reduction_percent=30, reason="Penghasilan tidak tetap"))
    session = new_session(services, case.id, service_type_id=kind.id)
    assert services.sessions.record_attendance(session.id, Attendance.ATTENDED).fee == 175_000


def test_a_pro_bono_client_is_charged_nothing(services):
    from datetime import date

    from peksos_desk.domain.billing import FeeKind
    from peksos_desk.services.billing import FeeArrangementInput

    case = new_case(services)
    kind = consultation(services)
    services.billing.set_fee_arrangement(FeeArrangementInput(
        case.client_id, FeeKind.FREE, date(2026, 2, 1), reason="Korban kekerasan tanpa penghasilan"))
    session = new_session(services, case.id, service_type_id=kind.id)
    assert services.sessions.record_attendance(session.id, Attendance.ATTENDED).fee == 0


def test_a_billed_session_cannot_change_its_attendance(services):
    case = new_case(services)
    kind = consultation(services)
    session = new_session(services, case.id, service_type_id=kind.id)
    services.sessions.record_attendance(session.id, Attendance.ATTENDED)
    payer = services.billing.payer_for_client(case.client_id)
    draft = services.billing.create_draft(payer.id, session_ids=[session.id])
    invoice = services.billing.issue(draft.id)
    with pytest.raises(LockedRecord) as caught:
        services.sessions.record_attendance(session.id, Attendance.NO_SHOW)
    assert invoice.number in str(caught.value)
    assert services.sessions.get(session.id).attendance is Attendance.ATTENDED


def test_the_unsigned_count_is_the_length_of_the_unsigned_list(services):
    from datetime import UTC, datetime, timedelta

    from peksos_desk.domain.practice import Attendance, NoteFormat
    from tests.services.factories import new_case, new_session

    case = new_case(services)
    start = datetime(2026, 2, 10, 3, tzinfo=UTC)
    made = [new_session(services, case.id, starts_at=start + timedelta(days=n)) for n in range(6)]
    services.sessions.record_attendance(made[0].id, Attendance.ATTENDED)  # attended, nothing written: waits
    services.sessions.record_attendance(made[1].id, Attendance.ATTENDED)
    services.sessions.save_note(made[1].id, NoteFormat.FREE, {"narrative": "ditulis"})
    services.sessions.sign_note(made[1].id)  # signed: does not wait
    services.sessions.save_note(made[2].id, NoteFormat.FREE, {"narrative": "draf sebelum sesi"})  # a draft: waits
    services.sessions.save_note(made[3].id, NoteFormat.FREE, {"narrative": "   "})  # blank draft: does not
    services.sessions.record_attendance(made[4].id, Attendance.CANCELLED)
    assert services.sessions.count_unsigned() == len(services.sessions.unsigned_summaries()) == 2
