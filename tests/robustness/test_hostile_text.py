"""Every service meets hostile text — emoji, right-to-left script, 100 kB strings, SQL and HTML fragments, NUL
bytes — and either stores it so that it reads back equal, or refuses it with a message naming the field. Nothing
crashes, and a refusal saves nothing. On SQLite and PostgreSQL (which refuses NUL in text outright)."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from peksos_desk.domain.errors import ValidationError
from peksos_desk.domain.institutions import InstitutionKind
from peksos_desk.domain.practice import Attendance, FieldOfPractice, NoteFormat, PracticeSetting
from peksos_desk.services.app import Services
from peksos_desk.services.cases import CaseInput, GoalInput
from peksos_desk.services.clients import ClientInput
from peksos_desk.services.institutions import InstitutionInput
from tests.services.factories import new_case, new_client, new_session

FRAGMENTS = (
    "Robert'); DROP TABLE client;--", "' OR '1'='1", "<script>alert('x')</script>", "<b>tebal</b> &amp; &lt;",
    "%s %d {0} {name} $(whoami) `ls`", "\\N \\x00 \\\\", "NULL", "\ufeffBOM", "a\u200bb\u200d", "\u202eRTL override",
    "مرحبا بالعالم", "שלום", "👩‍👩‍👧‍👦🇮🇩", "e\u0301", "ﷺ" * 50, "\x00", "nama\x00rahasia", "tab\tdan\nbaris",
)

hostile = st.one_of(
    st.text(max_size=300),
    st.sampled_from(FRAGMENTS),
    st.lists(st.sampled_from(FRAGMENTS), min_size=1, max_size=6).map(" ".join),
    st.text(alphabet="ابتثجחטי👍🏽\u202e\u200f\x00\x07 ", min_size=1, max_size=60),
    st.sampled_from(("x", "é", "😀", "ي")).map(lambda unit: unit * 100_000),
)

# Hypothesis warns when it prints a 100 kB example; the size is the point here.
pytestmark = pytest.mark.filterwarnings("ignore::hypothesis.errors.HypothesisWarning")

FAST = settings(max_examples=25, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])


def _stored_or_refused(call, read_back, value: str, count_before, count_after) -> None:
    try:
        call()
    except ValidationError as error:
        assert error.field, "a refusal names the field"
        assert error.text.id and error.text.en
        assert count_after() == count_before, "a refusal saves nothing"
        return
    assert read_back() == value.strip()


@FAST
@given(text=hostile)
def test_client_fields_store_or_refuse_hostile_text(services: Services, text: str) -> None:
    for field in ("full_name", "nickname", "address", "city", "birth_place", "notes"):
        values = {"full_name": "Siti Aminah", field: text}
        created: list[int] = []
        before = services.clients.list_clients().total

        def call(values=values, created=created):
            created.append(services.clients.create(ClientInput(**values)).id)

        def read_back(field=field, created=created):
            return getattr(services.clients.get(created[0]), field)

        _stored_or_refused(call, read_back, text, before, lambda: services.clients.list_clients().total)


@FAST
@given(text=hostile)
def test_case_texts_store_or_refuse_hostile_text(services: Services, text: str) -> None:
    client = new_client(services)
    before = len(services.cases.list_for_client(client.id))
    opened: list[int] = []

    def call():
        opened.append(services.cases.open_case(CaseInput(
            client_id=client.id, field_of_practice=FieldOfPractice.FAMILY, setting=PracticeSetting.COMMUNITY,
            opened_on=date(2026, 2, 2), presenting_problem=text, referral_source=text[:200])).id)

    _stored_or_refused(call, lambda: services.cases.get(opened[0]).presenting_problem, text, before,
                       lambda: len(services.cases.list_for_client(client.id)))


@FAST
@given(text=hostile)
def test_goals_store_or_refuse_hostile_text(services: Services, text: str) -> None:
    case = new_case(services)
    goals: list[int] = []

    def call():
        goals.append(services.cases.add_goal(case.id, GoalInput(description=text, activities=text)).id)

    def goal_count():
        return len(services.cases.get(case.id).goals)

    before = goal_count()
    _stored_or_refused(call, lambda: next(g.description for g in services.cases.get(case.id).goals
                                          if g.id == goals[0]), text, before, goal_count)


@FAST
@given(text=hostile)
def test_note_sections_store_exactly_or_refuse(services: Services, text: str) -> None:
    case = new_case(services)
    session = new_session(services, case.id)
    try:
        services.sessions.save_note(session.id, NoteFormat.DAP, {"data": text, "assessment": "", "plan": text})
    except ValidationError as error:
        assert error.field.startswith("note")
        assert services.sessions.get(session.id).note in ({}, None) or not any(
            services.sessions.get(session.id).note.values())
        return
    note = services.sessions.get(session.id).note
    # Note text is kept exactly as typed, untrimmed: the editor saves drafts while the user types.
    assert note["data"] == text and note["plan"] == text


@FAST
@given(text=hostile)
def test_addenda_and_institutions_store_or_refuse(services: Services, text: str) -> None:
    case = new_case(services)
    session = new_session(services, case.id)
    services.sessions.record_attendance(session.id, Attendance.ATTENDED)
    services.sessions.save_note(session.id, NoteFormat.DAP, {"data": "d", "assessment": "a", "plan": "p"})
    services.sessions.sign_note(session.id)
    before = len(services.sessions.get(session.id).addenda)
    _stored_or_refused(lambda: services.sessions.add_addendum(session.id, "koreksi", text),
                       lambda: services.sessions.get(session.id).addenda[-1].content, text, before,
                       lambda: len(services.sessions.get(session.id).addenda))
    made: list[int] = []
    count = lambda: len(services.institutions.list(include_inactive=True))  # noqa: E731
    before = count()
    _stored_or_refused(
        lambda: made.append(services.institutions.create(
            InstitutionInput(name=text, kind=InstitutionKind.OTHER, notes=text)).id),
        lambda: services.institutions.get(made[0]).name, text, before, count)


@FAST
@given(text=hostile)
def test_search_like_filters_never_crash(services: Services, text: str) -> None:
    new_client(services, full_name="Rahmawati")
    page = services.clients.list_clients(text=text)
    assert page.total >= 0
    services.cases.list_cases(text=text)
