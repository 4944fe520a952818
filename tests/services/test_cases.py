"""A case moves through the stages of practice, with its assessment and intervention plan."""

from __future__ import annotations

from datetime import date

import pytest

from peksos_desk.domain.errors import InvalidTransition, LockedRecord, ValidationError
from peksos_desk.domain.practice import AssessmentSection, FieldOfPractice, GoalStatus, PracticeSetting
from peksos_desk.domain.stages import CaseStage, MoveKind
from peksos_desk.services.cases import CaseInput, CaseSort, GoalInput
from tests.services.factories import new_case, new_client


def advance_to_intervention(services, case_id):
    for stage, day in ((CaseStage.ASESMEN, 5), (CaseStage.RENCANA_INTERVENSI, 10), (CaseStage.INTERVENSI, 15)):
        services.cases.move_stage(case_id, stage, occurred_on=date(2026, 2, day))


def test_a_new_case_starts_at_engagement_with_a_dated_history(services):
    case = new_case(services)
    assert case.number == f"KS/2026/{case.id:04d}"
    assert case.stage is CaseStage.PENDEKATAN_AWAL
    assert [(e.from_stage, e.to_stage, e.occurred_on) for e in case.history] == [
        (None, CaseStage.PENDEKATAN_AWAL, date(2026, 2, 2))]


def test_stages_advance_one_at_a_time_and_every_move_is_kept(services):
    case = new_case(services)
    advance_to_intervention(services, case.id)
    case = services.cases.get(case.id)
    assert case.stage is CaseStage.INTERVENSI
    assert [e.to_stage for e in case.history] == [CaseStage.PENDEKATAN_AWAL, CaseStage.ASESMEN,
                                                  CaseStage.RENCANA_INTERVENSI, CaseStage.INTERVENSI]
    assert case.history[-1].move is MoveKind.FORWARD


def test_skipping_a_stage_is_refused_in_plain_words(services):
    case = new_case(services)
    with pytest.raises(InvalidTransition) as caught:
        services.cases.move_stage(case.id, CaseStage.INTERVENSI)
    assert "Intervensi" in str(caught.value)
    assert services.cases.get(case.id).stage is CaseStage.PENDEKATAN_AWAL


def test_going_back_to_reassessment_needs_a_note(services):
    case = new_case(services)
    advance_to_intervention(services, case.id)
    with pytest.raises(ValidationError) as caught:
        services.cases.move_stage(case.id, CaseStage.ASESMEN, occurred_on=date(2026, 2, 20))
    assert caught.value.field == "note"
    case = services.cases.move_stage(case.id, CaseStage.ASESMEN, occurred_on=date(2026, 2, 20),
                                     note="Muncul informasi baru tentang pelaku.")
    assert case.history[-1].move is MoveKind.BACK


def test_a_move_cannot_be_dated_before_the_previous_one_or_in_the_future(services):
    case = new_case(services)
    services.cases.move_stage(case.id, CaseStage.ASESMEN, occurred_on=date(2026, 2, 10))
    with pytest.raises(ValidationError):
        services.cases.move_stage(case.id, CaseStage.RENCANA_INTERVENSI, occurred_on=date(2026, 2, 9))
    with pytest.raises(ValidationError):
        services.cases.move_stage(case.id, CaseStage.RENCANA_INTERVENSI, occurred_on=date(2026, 12, 1))


def test_termination_needs_a_summary_and_then_the_case_can_close(services):
    case = new_case(services)
    advance_to_intervention(services, case.id)
    with pytest.raises(ValidationError) as caught:
        services.cases.move_stage(case.id, CaseStage.TERMINASI)
    assert caught.value.field == "summary"
    case = services.cases.move_stage(case.id, CaseStage.TERMINASI, summary="Tujuan tercapai; klien aman.")
    assert case.termination_summary == "Tujuan tercapai; klien aman."
    closed = services.cases.close_case(case.id)
    assert closed.is_closed


def test_a_closed_case_cannot_advance_or_change(services):
    case = new_case(services)
    services.cases.move_stage(case.id, CaseStage.RUJUKAN, referred_to="UPTD PPA Kota Bandung",
                              referral_reason="Butuh pendampingan hukum.")
    services.cases.close_case(case.id)
    with pytest.raises(LockedRecord):
        services.cases.move_stage(case.id, CaseStage.BIMBINGAN_LANJUT)
    with pytest.raises(LockedRecord):
        services.cases.save_assessment(case.id, AssessmentSection.STRENGTHS, "...")


def test_referral_needs_whom_and_why(services):
    case = new_case(services)
    with pytest.raises(ValidationError) as caught:
        services.cases.move_stage(case.id, CaseStage.RUJUKAN, referred_to="Puskesmas")
    assert caught.value.field == "referral_reason"


def test_an_open_case_cannot_be_closed(services):
    case = new_case(services)
    with pytest.raises(LockedRecord):
        services.cases.close_case(case.id)


def test_assessment_sections_including_strengths_are_kept(services):
    case = new_case(services)
    services.cases.save_assessment(case.id, AssessmentSection.STRENGTHS, "Klien punya dukungan kakak.")
    case = services.cases.save_assessment(case.id, AssessmentSection.FAMILY, "Tinggal bersama suami.")
    case = services.cases.save_assessment(case.id, AssessmentSection.STRENGTHS, "Dukungan kakak dan gereja.")
    assert case.assessment == {AssessmentSection.STRENGTHS: "Dukungan kakak dan gereja.",
                               AssessmentSection.FAMILY: "Tinggal bersama suami."}


def test_intervention_goals_carry_status_target_and_progress(services):
    case = new_case(services)
    goal = services.cases.add_goal(case.id, GoalInput("Klien memiliki rencana keselamatan.",
                                                      target_date=date(2026, 3, 31)))
    goal = services.cases.update_goal(goal.id, GoalInput("Klien memiliki rencana keselamatan.",
                                                         target_date=date(2026, 3, 31),
                                                         status=GoalStatus.IN_PROGRESS, progress=40))
    assert services.cases.get(case.id).goals == (goal,)
    with pytest.raises(ValidationError) as caught:
        services.cases.add_goal(case.id, GoalInput("x", progress=140))
    assert caught.value.field == "progress"
    with pytest.raises(ValidationError) as caught:
        services.cases.add_goal(case.id, GoalInput("x", target_date=date(2026, 1, 1)))
    assert caught.value.field == "target_date"


def test_an_archived_client_gets_no_new_case(services):
    client = new_client(services)
    services.clients.archive(client.id)
    with pytest.raises(LockedRecord):
        new_case(services, client.id)


def test_a_case_cannot_open_in_the_future(services):
    client = new_client(services)
    with pytest.raises(ValidationError) as caught:
        services.cases.open_case(CaseInput(client.id, FieldOfPractice.CHILDREN, PracticeSetting.SCHOOL,
                                           date(2026, 4, 1), "Masalah"))
    assert caught.value.field == "opened_on"


def test_open_case_counts_on_the_client_list(services):
    case = new_case(services)
    assert services.clients.list_clients().rows[0].open_cases == 1
    assert [c.id for c in services.cases.list_for_client(case.client_id)] == [case.id]
    assert [c.id for c in services.cases.list_cases().rows] == [case.id]


def _practice(services, clock):
    """Three clients' cases at different stages; one closed."""
    from tests.services.factories import child, new_client

    anak = services.clients.create(child())
    siti = new_client(services, full_name="Siti Aminah")
    dewi = new_client(services, full_name="Dewi Lestari")
    budi_case = services.cases.open_case(CaseInput(anak.id, FieldOfPractice.CHILDREN, PracticeSetting.SCHOOL,
                                                   date(2026, 1, 10), "Sering bolos sekolah."))
    siti_case = new_case(services, siti.id, opened_on=date(2026, 2, 2))
    dewi_case = new_case(services, dewi.id, opened_on=date(2026, 2, 20))
    advance_to_intervention(services, siti_case.id)
    services.cases.move_stage(budi_case.id, CaseStage.ASESMEN, occurred_on=date(2026, 2, 25))
    services.cases.move_stage(dewi_case.id, CaseStage.TERMINASI, occurred_on=date(2026, 2, 21), summary="Pindah.")
    services.cases.close_case(dewi_case.id)
    return budi_case, siti_case, dewi_case


def test_the_case_list_filters_by_text_and_stage_in_the_store(services, clock):
    budi, siti, dewi = _practice(services, clock)
    page = services.cases.list_cases()
    assert page.total == 2 and {c.id for c in page.rows} == {budi.id, siti.id}
    assert [c.id for c in services.cases.list_cases("aminah").rows] == [siti.id]
    assert [c.id for c in services.cases.list_cases(budi.number).rows] == [budi.id]
    assert [c.id for c in services.cases.list_cases(budi.client_code).rows] == [budi.id]
    assert services.cases.list_cases("lestari").total == 0
    assert [c.id for c in services.cases.list_cases("lestari", open_only=False).rows] == [dewi.id]
    assert [c.id for c in services.cases.list_cases(stage=CaseStage.INTERVENSI).rows] == [siti.id]
    assert services.cases.list_cases("%").total == 0  # LIKE wildcards are taken literally


def test_the_case_list_counts_days_in_the_current_stage(services, clock):
    budi, siti, _ = _practice(services, clock)
    rows = {c.id: c for c in services.cases.list_cases().rows}
    assert rows[budi.id].stage_since == date(2026, 2, 25)
    assert rows[budi.id].days_in_stage == 5  # 25 Feb to 2 Mar 2026
    assert rows[siti.id].days_in_stage == 15


@pytest.mark.parametrize(("sort", "descending", "expected"), [
    (CaseSort.OPENED, True, ["siti", "budi"]),
    (CaseSort.OPENED, False, ["budi", "siti"]),
    (CaseSort.CLIENT, False, ["budi", "siti"]),
    (CaseSort.STAGE, False, ["budi", "siti"]),  # asesmen (2) before intervensi (4)
    (CaseSort.STAGE, True, ["siti", "budi"]),
    (CaseSort.DAYS_IN_STAGE, False, ["budi", "siti"]),  # 5 days before 15
    (CaseSort.DAYS_IN_STAGE, True, ["siti", "budi"]),
    (CaseSort.FIELD, False, ["budi", "siti"]),  # Anak before Keluarga
    (CaseSort.SETTING, False, ["siti", "budi"]),  # Komunitas before Sekolah
    (CaseSort.NUMBER, False, ["budi", "siti"]),
])
def test_the_case_list_sorts_in_the_store_on_real_values(services, clock, sort, descending, expected):
    budi, siti, _ = _practice(services, clock)
    names = {budi.id: "budi", siti.id: "siti"}
    rows = services.cases.list_cases(sort=sort, descending=descending).rows
    assert [names[c.id] for c in rows] == expected


def test_the_case_list_pages_without_overlap(services, clock):
    client = new_client(services)
    ids = {new_case(services, client.id).id for _ in range(5)}
    first = services.cases.list_cases(limit=2)
    rest = services.cases.list_cases(offset=2, limit=10)
    assert first.total == 5 and len(first.rows) == 2
    assert {c.id for c in first.rows} | {c.id for c in rest.rows} == ids
    assert not {c.id for c in first.rows} & {c.id for c in rest.rows}


def test_several_assessment_sections_save_together_or_not_at_all(services):
    case = new_case(services)
    case = services.cases.save_assessment_sections(case.id, {
        AssessmentSection.FAMILY: "Tinggal bersama nenek.", AssessmentSection.STRENGTHS: "Rajin beribadah."})
    assert case.assessment[AssessmentSection.STRENGTHS] == "Rajin beribadah."
    with pytest.raises(ValidationError) as caught:
        services.cases.save_assessment_sections(case.id, {
            AssessmentSection.FAMILY: "Berubah.", AssessmentSection.HEALTH: "x" * 50_001})
    assert caught.value.field == "assessment.kesehatan"
    assert services.cases.get(case.id).assessment[AssessmentSection.FAMILY] == "Tinggal bersama nenek."


def test_a_goal_is_overdue_only_while_open_after_its_target(services):
    case = new_case(services)
    goal = services.cases.add_goal(case.id, GoalInput("Kembali sekolah", target_date=date(2026, 3, 1)))
    assert goal.is_overdue(date(2026, 3, 2))
    assert not goal.is_overdue(date(2026, 3, 1))
    done = services.cases.update_goal(goal.id, GoalInput("Kembali sekolah", target_date=date(2026, 3, 1),
                                                         status=GoalStatus.ACHIEVED, progress=100))
    assert not done.is_overdue(date(2026, 3, 2))
    assert not services.cases.add_goal(case.id, GoalInput("Tanpa target")).is_overdue(date(2030, 1, 1))
