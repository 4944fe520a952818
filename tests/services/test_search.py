"""The search box's service, on SQLite and PostgreSQL: stems, accents, numbers, notes and addenda, archived
clients, and an index that follows every change of the records."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import delete, func, select

from peksos_desk.domain.practice import Attendance, NoteFormat
from peksos_desk.services.search import Marked
from peksos_desk.store.models import CaseSession, Client, SearchEntry
from tests.services.factories import new_case, new_client, new_session

NIK = "3273014503900001"  # Kota Bandung, a woman born 5 March 1990 (the default adult's birth date)


def marked_words(marked: Marked) -> list[str]:
    return [marked.text[a:b] for a, b in marked.spans]


def write_note(services, case_id: int, text_: str, *, day: int = 20, sign: bool = False) -> int:
    session = new_session(services, case_id, starts_at=datetime(2026, 2, day, 3, tzinfo=UTC))
    services.sessions.save_note(session.id, NoteFormat.FREE, {"narrative": text_})
    if sign:
        services.sessions.record_attendance(session.id, Attendance.ATTENDED)
        services.sessions.sign_note(session.id)
    return session.id


@pytest.fixture
def case(services):
    return new_case(services)


def test_a_root_finds_its_affixed_forms_and_marks_the_words_as_written(services, case):
    hard = write_note(services, case.id, "Ayah berbicara keras kepada klien.", day=10)
    harder = write_note(services, case.id, "Klien dikerasi oleh kakaknya di rumah.", day=11)
    write_note(services, case.id, "Klien tenang dan kooperatif.", day=12)

    found = services.search.search("kekerasan ")
    assert {hit.session_id for hit in found.notes} == {hard, harder}
    assert {tuple(marked_words(hit.snippet)) for hit in found.notes} == {("keras",), ("dikerasi",)}
    assert found.cases and marked_words(found.cases[0].snippet) == ["Kekerasan"]  # the presenting problem


def test_rujuk_finds_dirujuk_and_rujukan(services, case):
    referred = write_note(services, case.id, "Klien dirujuk ke puskesmas.", day=10)
    referral = write_note(services, case.id, "Surat rujukan sudah dikirim ke dinas sosial.", day=11)
    found = services.search.search("rujuk")
    assert {hit.session_id for hit in found.notes} == {referred, referral}
    words = {word for hit in found.notes for word in marked_words(hit.snippet)}
    assert words == {"dirujuk", "rujukan"}


def test_accents_and_case_do_not_matter(services):
    plain = new_client(services, full_name="Sri Mulyani", nickname="Yani")
    accented = new_client(services, full_name="Sri Mulyáni", nickname="")
    found = services.search.search("sri mulyáni")
    assert {hit.client_id for hit in found.clients} == {plain.id, accented.id}
    labels = {hit.client_id: marked_words(hit.label) for hit in found.clients}
    assert labels == {plain.id: ["Sri", "Mulyani"], accented.id: ["Sri", "Mulyáni"]}
    assert {hit.client_id for hit in services.search.search("SRI MULYANI").clients} == {plain.id, accented.id}


def test_the_word_being_typed_matches_by_prefix(services):
    client = new_client(services, full_name="Kartini Wulandari")
    assert [h.client_id for h in services.search.search("wulan").clients] == [client.id]
    assert services.search.search("wulan ").clients == ()  # a finished word must match whole (or by its root)
    assert [h.client_id for h in services.search.search("kartini wul").clients] == [client.id]


def test_nik_phone_and_code_match_by_their_digits(services):
    client = new_client(services, nik=NIK, phone="0812-3456-7890")
    other = new_client(services, full_name="Budi Hartono", phone="0857 1111 2222")
    assert [h.client_id for h in services.search.search("327301").clients] == [client.id]
    hit = services.search.search("3273 ").clients[0]
    assert marked_words(hit.detail) == [NIK]
    for typed in ("08123", "0812-34", "+62 8123456", "62812345"):
        assert [h.client_id for h in services.search.search(typed).clients] == [client.id], typed
    assert marked_words(services.search.search("0812-34").clients[0].detail) == ["0812-3456-7890"]
    assert [h.client_id for h in services.search.search(other.code.lower()).clients] == [other.id]
    assert services.search.search("99999").clients == ()


def test_a_case_is_found_by_its_number_and_presenting_problem(services, case):
    assert case.number == "KS/2026/0001"
    for typed in ("KS/2026/0001", "ks/2026", "2026/00"):
        found = services.search.search(typed)
        assert [h.case_id for h in found.cases] == [case.id], typed
    hit = services.search.search("KS/2026/0001").cases[0]
    assert marked_words(hit.label) == ["KS/2026/0001"]
    assert hit.client_name == "Siti Aminah" and not hit.closed
    assert [h.case_id for h in services.search.search("takut pulang").cases] == [case.id]


def test_addenda_are_part_of_their_note(services, case):
    session_id = write_note(services, case.id, "Klien hadir bersama ibunya.", sign=True)
    assert services.search.search("posyandu").notes == ()
    services.sessions.add_addendum(session_id, "Keterangan tambahan", "Klien juga dirujuk ke posyandu.")
    found = services.search.search("posyandu")
    assert [(h.session_id, h.signed) for h in found.notes] == [(session_id, True)]
    assert marked_words(found.notes[0].snippet) == ["posyandu"]
    assert found.notes[0].case_number == case.number and found.notes[0].client_name == "Siti Aminah"


def test_archived_clients_are_found_and_marked(services):
    client = new_client(services, full_name="Ratna Sari")
    services.clients.archive(client.id)
    active = new_client(services, full_name="Ratna Dewi")
    found = services.search.search("ratna")
    assert [(h.client_id, h.archived) for h in found.clients] == [(active.id, False), (client.id, True)]


def test_changes_to_records_keep_the_index_in_step(services, case):
    client = services.clients.get(case.client_id)
    from dataclasses import replace

    from tests.services.factories import adult

    services.clients.update(client.id, replace(adult(), full_name="Siti Rahmawati"))
    assert services.search.search("aminah").clients == ()
    assert [h.client_id for h in services.search.search("rahmawati").clients] == [client.id]

    session_id = write_note(services, case.id, "Klien menangis sepanjang sesi.")
    assert [h.session_id for h in services.search.search("menangis").notes] == [session_id]
    services.sessions.save_note(session_id, NoteFormat.FREE, {"narrative": "Klien tersenyum."})
    assert services.search.search("menangis").notes == ()
    assert [h.session_id for h in services.search.search("senyum").notes] == [session_id]
    services.sessions.save_note(session_id, NoteFormat.FREE, {"narrative": ""})
    assert services.search.search("senyum").notes == ()
    with services.db.read() as s:
        assert s.scalar(select(func.count()).select_from(SearchEntry).where(SearchEntry.kind == "note")) == 0


def test_deleting_a_record_deletes_its_entries(services, case):
    session_id = write_note(services, case.id, "Klien bercerita tentang sekolahnya.")
    assert services.search.search("sekolah").notes
    with services.db.write() as s:
        s.execute(delete(CaseSession).where(CaseSession.id == session_id))
    assert services.search.search("sekolah").notes == ()
    with services.db.read() as s:
        kinds = s.execute(select(SearchEntry.kind).order_by(SearchEntry.kind)).scalars().all()
    assert kinds == ["case", "client"]


def test_deleting_a_client_removes_its_entry(services):
    client = new_client(services, full_name="Yohana Kristiani")
    with services.db.write() as s:
        s.execute(delete(Client).where(Client.id == client.id))
    assert services.search.search("yohana").clients == ()
    with services.db.read() as s:
        assert s.scalar(select(func.count()).select_from(SearchEntry)) == 0


def test_stopwords_short_words_and_syntax(services, case):
    write_note(services, case.id, "Klien yang datang ke kantor dari rumah.")
    assert services.search.search("k").searched is False
    assert services.search.search("yang").notes  # a stopword alone is searched
    assert services.search.search("yang kantor").notes  # with another word, it is ignored
    assert services.search.search("yang xyzzy").notes == ()
    for odd in ('"', "kantor*", "NEAR(kantor rumah)", "-kantor", "(kantor", "kantor OR", "🙂 kantor", "\x00kantor"):
        assert services.search.search(odd) is not None


def test_rebuilding_the_index_gives_the_same_answers(services, case):
    write_note(services, case.id, "Klien dirujuk ke posyandu.", sign=True)
    before = services.search.search("rujuk")
    assert services.search.rebuild_index() == 3  # the client, the case, the note
    assert services.search.search("rujuk") == before


def test_many_matches_are_counted_beyond_those_listed(services, case):
    for day in range(3, 17):
        write_note(services, case.id, f"Kunjungan rumah hari ke-{day}.", day=day)
    found = services.search.search("kunjungan", limit=5)
    assert len(found.notes) == 5 and found.note_total == 14
    days = [h.starts_at.day for h in found.notes]
    assert days == sorted(days, reverse=True)  # equally relevant: the most recent first
