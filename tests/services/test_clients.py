"""A social worker registers, finds, corrects and archives clients."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from peksos_desk.domain.errors import LockedRecord, NotFound, ValidationError
from peksos_desk.domain.practice import Attendance, NoteFormat, SessionPlace
from peksos_desk.domain.text import set_language
from peksos_desk.services.clients import ClientSort
from tests.services.factories import adult, child, consultation, new_case, new_client, new_session
from tests.statements import counting


def test_registering_a_client_gives_a_code_and_keeps_every_field(services):
    client = new_client(services, nik="3273 0145 0390 0001", kk_number="3273010101900001",
                        notes="Datang bersama kakaknya.")
    assert client.code == f"KL-{client.id:06d}"
    again = services.clients.get(client.id)
    assert again.full_name == "Siti Aminah"
    assert again.nik == "3273014503900001"
    assert again.ppks_codes == (19, 23)
    assert again.consent_given and again.consent_date == date(2026, 2, 1)
    assert again.age == 35
    assert again.notes == "Datang bersama kakaknya."


def test_client_without_nik_is_normal(services):
    client = new_client(services, nik="")
    assert client.nik == ""


@pytest.mark.parametrize(("nik", "words"), [
    ("327301450390000", "16 digit"),
    ("32730145039000AB", "angka"),
    ("3273013203900001", "tanggal"),
])
def test_bad_nik_is_refused_with_a_message_naming_the_field(services, nik, words):
    with pytest.raises(ValidationError) as caught:
        new_client(services, nik=nik)
    assert caught.value.field == "nik"
    assert words in str(caught.value)
    assert services.clients.list_clients().total == 0  # nothing half-written


def test_the_same_nik_cannot_belong_to_two_clients(services):
    first = new_client(services, nik="3273014503900001")
    with pytest.raises(ValidationError) as caught:
        new_client(services, full_name="Siti Lain", nik="3273014503900001")
    assert first.code in str(caught.value)


def test_a_minor_needs_a_guardian(services):
    with pytest.raises(ValidationError) as caught:
        services.clients.create(child(guardian_name=""))
    assert caught.value.field == "guardian_name"
    assert "wali" in str(caught.value)
    assert services.clients.create(child()).guardian_name == "Sulastri"


def test_consent_needs_its_date_and_no_future_date(services):
    with pytest.raises(ValidationError) as caught:
        new_client(services, consent_given=True, consent_date=None)
    assert caught.value.field == "consent_date"
    with pytest.raises(ValidationError) as caught:
        new_client(services, consent_date=date(2027, 1, 1))
    assert caught.value.field == "consent_date"


@pytest.mark.parametrize(("field", "changes"), [
    ("full_name", {"full_name": "   "}),
    ("full_name", {"full_name": "x" * 201}),
    ("birth_date", {"birth_date": date(2030, 1, 1)}),
    ("phone", {"phone": "call me"}),
    ("ppks", {"ppks_codes": (27,)}),
    ("kk_number", {"kk_number": "12345"}),
    ("notes", {"notes": "bad\x00byte"}),
])
def test_each_rule_names_its_field(services, field, changes):
    with pytest.raises(ValidationError) as caught:
        new_client(services, **changes)
    assert caught.value.field == field


def test_messages_come_in_english_on_request(services):
    set_language("en")
    with pytest.raises(ValidationError) as caught:
        new_client(services, full_name="")
    assert str(caught.value) == "Full name is required."
    assert caught.value.render("id") == "Nama lengkap wajib diisi."


def test_updating_a_client_audits_the_changed_fields_not_their_content(services):
    client = new_client(services)
    services.clients.update(client.id, adult(phone="0813-1111-2222", ppks_codes=(19,)))
    entry = services.audit.entries(record_type="client", record_id=client.id)[0]
    assert entry.action == "update"
    assert entry.actor == "sri"
    assert "phone" in entry.detail and "ppks" in entry.detail
    assert "0813" not in entry.detail


def test_list_filters_by_name_code_nik_and_phone_and_counts_in_the_database(services):
    siti = new_client(services, nik="3273014503900001")
    new_client(services, full_name="Ahmad Fauzi", nickname="Fauzi", phone="0857-0000-1111", sex=None)
    assert [r.full_name for r in services.clients.list_clients().rows] == ["Ahmad Fauzi", "Siti Aminah"]
    assert [r.id for r in services.clients.list_clients("amin").rows] == [siti.id]
    assert [r.id for r in services.clients.list_clients(siti.code).rows] == [siti.id]
    assert services.clients.list_clients("3273014503").total == 1
    assert services.clients.list_clients("0857").rows[0].full_name == "Ahmad Fauzi"
    assert services.clients.list_clients("100%").total == 0  # LIKE wildcards are taken literally


def test_archiving_hides_a_client_but_not_while_a_case_is_open(services):
    case = new_case(services)
    with pytest.raises(LockedRecord):
        services.clients.archive(case.client_id)
    other = new_client(services, full_name="Yohanes Wenda")
    services.clients.archive(other.id)
    assert services.clients.list_clients().total == 1
    assert services.clients.list_clients(include_archived=True).total == 2
    assert services.clients.unarchive(other.id).archived is False


def test_unknown_client_is_not_found(services):
    with pytest.raises(NotFound):
        services.clients.get(999)


def test_today_is_the_practitioners_date(services):
    assert services.clients.today() == date(2026, 3, 2)


def _names(page):
    return [row.full_name for row in page.rows]


def test_sorting_by_age_orders_real_ages_and_puts_unknown_birth_dates_last(services):
    new_client(services, full_name="Sepuluh", birth_date=date(2015, 6, 1), guardian_name="Ibu")  # 10
    new_client(services, full_name="Tak Diketahui", birth_date=None)
    new_client(services, full_name="Sembilan", birth_date=date(2016, 6, 1), guardian_name="Ibu")  # 9
    new_client(services, full_name="Dewasa", birth_date=date(1990, 1, 1))  # 36
    ages = [row.age for row in services.clients.list_clients(sort=ClientSort.AGE).rows]
    assert ages == [9, 10, 36, None]
    ages = [row.age for row in services.clients.list_clients(sort=ClientSort.AGE, descending=True).rows]
    assert ages == [36, 10, 9, None]


def test_sorting_by_name_ignores_case_and_by_code_follows_registration(services):
    for name in ("budi", "Agus", "Citra"):
        new_client(services, full_name=name)
    assert _names(services.clients.list_clients()) == ["Agus", "budi", "Citra"]
    assert _names(services.clients.list_clients(sort=ClientSort.NAME, descending=True)) == ["Citra", "budi", "Agus"]
    assert _names(services.clients.list_clients(sort=ClientSort.CODE)) == ["budi", "Agus", "Citra"]


def test_sorting_by_open_cases_and_last_session(services):
    quiet = new_client(services, full_name="Tanpa Kasus")
    busy = new_client(services, full_name="Dua Kasus")
    recent = new_client(services, full_name="Baru Saja")
    for _ in range(2):
        new_case(services, busy.id)
    case = new_case(services, recent.id)
    new_session(services, case.id, datetime(2026, 2, 27, 3, tzinfo=UTC))
    new_session(services, case.id, datetime(2026, 3, 20, 3, tzinfo=UTC))  # still to come: not "last"
    old_case = new_case(services, busy.id)
    new_session(services, old_case.id, datetime(2026, 2, 10, 3, tzinfo=UTC))

    by_cases = services.clients.list_clients(sort=ClientSort.OPEN_CASES, descending=True)
    assert [(r.id, r.open_cases) for r in by_cases.rows] == [(busy.id, 3), (recent.id, 1), (quiet.id, 0)]
    by_last = services.clients.list_clients(sort=ClientSort.LAST_SESSION, descending=True).rows
    assert [r.id for r in by_last] == [recent.id, busy.id, quiet.id]
    assert by_last[0].last_session_at == datetime(2026, 2, 27, 3, tzinfo=UTC)
    by_last = services.clients.list_clients(sort=ClientSort.LAST_SESSION).rows
    assert [r.id for r in by_last] == [busy.id, recent.id, quiet.id]  # no session yet: last either way


def test_pages_of_equal_keys_never_repeat_or_skip_a_client(services):
    made = [new_client(services, full_name="Sama", birth_date=None).id for _ in range(7)]
    for sort in ClientSort:
        for descending in (False, True):
            seen = [row.id for offset in range(0, 7, 3) for row in services.clients.list_clients(
                sort=sort, descending=descending, offset=offset, limit=3).rows]
            expected = made[::-1] if sort is ClientSort.CODE and descending else made  # codes differ
            assert seen == expected, (sort, descending)


def test_paging_any_filter_and_order_gives_every_match_once_and_the_same_total(services):
    """However the list is filtered, ordered and cut into pages (the first page full or not, a count of its own
    or from the scan), the pages join up to the whole list, and every page says the same total."""
    words = ["Siti", "Sri", "Rahmawati", "Rahayu", "Budi", "Santoso", "Dewi", "Lestari"]
    made = []
    for i in range(23):
        made.append(new_client(services, full_name=f"{words[i % 8]} {words[(i * 3 + 1) % 8]}",
                               phone=f"0812-{i:04d}", birth_date=date(1990 + i % 5, 1, 1) if i % 4 else None))
    for client in made[::5]:
        services.clients.archive(client.id)

    @settings(max_examples=60, deadline=None)
    @given(typed=st.sampled_from(["", "S", "si", "Rah", "rahma", "sri les", "0812", "0812-001", "KL-", "zz"]),
           limit=st.integers(1, 9), sort=st.sampled_from(list(ClientSort)), descending=st.booleans(),
           include_archived=st.booleans())
    def check(typed, limit, sort, descending, include_archived):
        options = {"sort": sort, "descending": descending, "include_archived": include_archived}
        whole = services.clients.list_clients(typed, limit=1000, **options)
        assert whole.total == len(whole.rows)
        seen, offset = [], 0
        while True:
            page = services.clients.list_clients(typed, offset=offset, limit=limit, **options)
            assert page.total == whole.total
            if not page.rows:
                break
            seen += [row.id for row in page.rows]
            offset += limit
        assert seen == [row.id for row in whole.rows]
        if sort is ClientSort.NAME:
            keys = [(row.full_name.casefold(), row.id) for row in whole.rows]
            assert keys == sorted(keys, key=lambda key: (key[0], key[1] if not descending else -key[1]),
                                  reverse=descending)

    check()


def test_timeline_lists_every_session_of_every_case_newest_first_in_one_query(services):
    client = new_client(services)
    first = new_case(services, client.id)
    second = new_case(services, client.id)
    kind = consultation(services)
    early = new_session(services, first.id, datetime(2026, 2, 10, 3, tzinfo=UTC), service_type_id=kind.id)
    services.sessions.record_attendance(early.id, Attendance.ATTENDED)
    services.sessions.save_note(early.id, NoteFormat.DAP, {"data": "Klien datang tepat waktu."})
    services.sessions.sign_note(early.id)
    draft = new_session(services, second.id, datetime(2026, 2, 20, 3, tzinfo=UTC))
    services.sessions.save_note(draft.id, NoteFormat.DAP, {"data": "Kunjungan rumah."})
    coming = new_session(services, first.id, datetime(2026, 3, 9, 3, tzinfo=UTC))
    new_session(services, new_case(services).id)  # another client's session stays out

    with counting(services.db.engine, selects_only=True) as selects:
        timeline = services.clients.timeline(client.id)
    assert len(selects) == 1
    assert [entry.session_id for entry in timeline] == [coming.id, draft.id, early.id]
    assert [entry.case_number for entry in timeline] == [first.number, second.number, first.number]
    signed = timeline[2]
    assert signed.is_signed and not signed.has_draft
    assert signed.service_type_name == "Konsultasi" and signed.attendance is Attendance.ATTENDED
    assert timeline[1].has_draft and not timeline[1].is_signed
    assert not timeline[0].has_draft and timeline[0].attendance is Attendance.SCHEDULED
    assert timeline[0].place is SessionPlace.OFFICE


def test_timeline_of_a_client_without_sessions_is_empty_and_of_no_client_not_found(services):
    assert services.clients.timeline(new_client(services).id) == []
    with pytest.raises(NotFound):
        services.clients.timeline(999)


def test_the_list_filter_finds_words_by_their_start_and_numbers_anywhere(services):
    siti = new_client(services, full_name="Siti Rahmawati", nickname="Ati", phone="0812-3456-7890")
    new_client(services, full_name="Ahmad Fauzi", nickname="", phone="0857-0000-1111")
    for typed in ("Si", "siti", "rahma", "Siti Rah", "RAHMAWATI", "ati", "Rahmawáti"):
        assert [r.id for r in services.clients.list_clients(typed).rows] == [siti.id], typed
    assert services.clients.list_clients("mawati").total == 0  # the middle of a word is not a start
    assert [r.id for r in services.clients.list_clients("3456-7890").rows] == [siti.id]  # digits: anywhere
    assert [r.id for r in services.clients.list_clients(siti.code).rows] == [siti.id]
    services.clients.update(siti.id, adult(full_name="Siti Nurhaliza", phone="0812-3456-7890"))
    assert services.clients.list_clients("rahma").total == 0  # the index follows the change
    assert [r.id for r in services.clients.list_clients("nurh").rows] == [siti.id]
