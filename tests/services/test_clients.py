"""A social worker registers, finds, corrects and archives clients."""

from __future__ import annotations

from datetime import date

import pytest

from peksos_desk.domain.errors import LockedRecord, NotFound, ValidationError
from peksos_desk.domain.text import set_language
from tests.services.factories import adult, child, new_case, new_client


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
