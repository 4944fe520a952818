"""The referral directory: a social worker keeps the local services she refers clients to."""

from __future__ import annotations

import pytest

from peksos_desk.domain.errors import NotFound, ValidationError
from peksos_desk.domain.institutions import InstitutionKind
from peksos_desk.domain.text import set_language
from peksos_desk.services.institutions import InstitutionInput


def uptd(**changes):
    values = {"name": "UPTD PPA Kota Bandung", "kind": InstitutionKind.UPTD_PPA,
              "address": "Jl. Wastukencana No. 2", "city": "Bandung", "contact_person": "Ibu Dewi Lestari, S.Psi.",
              "phone": "022-4231-000", "email": "uptdppa@bandung.go.id", "notes": "Buka Senin–Jumat."}
    values.update(changes)
    return InstitutionInput(**values)


def test_an_institution_keeps_every_field(services):
    created = services.institutions.create(uptd(name="  UPTD PPA Kota Bandung  "))
    again = services.institutions.get(created.id)
    assert again == created
    assert again.name == "UPTD PPA Kota Bandung"
    assert again.kind is InstitutionKind.UPTD_PPA
    assert (again.address, again.city, again.contact_person) == (
        "Jl. Wastukencana No. 2", "Bandung", "Ibu Dewi Lestari, S.Psi.")
    assert (again.phone, again.email, again.notes) == ("022-4231-000", "uptdppa@bandung.go.id", "Buka Senin–Jumat.")
    assert again.active and again.created_at is not None


def test_kind_may_be_given_as_its_stored_value(services):
    assert services.institutions.create(uptd(kind="puskesmas")).kind is InstitutionKind.PUSKESMAS


@pytest.mark.parametrize(("changes", "field", "words_id", "words_en"), [
    ({"name": "  "}, "name", "Nama lembaga wajib diisi", "Institution's name is required"),
    ({"kind": "bank"}, "kind", "Jenis lembaga", "Kind of institution"),
    ({"phone": "telp kantor"}, "phone", "Telepon tidak valid", "Phone is not valid"),
    ({"email": "uptd@"}, "email", "Email bukan alamat email", "E-mail is not a valid"),
    ({"city": "x" * 101}, "city", "Kota/kabupaten terlalu panjang", "City/regency is too long"),
])
def test_bad_input_is_refused_naming_the_field_in_both_languages(services, changes, field, words_id, words_en):
    with pytest.raises(ValidationError) as caught:
        services.institutions.create(uptd(**changes))
    assert caught.value.field == field
    assert words_id in caught.value.render("id")
    assert words_en in caught.value.render("en")
    set_language("en")
    assert words_en in str(caught.value)
    assert services.institutions.list(include_inactive=True) == []


def test_update_changes_the_fields_and_audits_their_names_only(services):
    created = services.institutions.create(uptd())
    changed = services.institutions.update(created.id, uptd(contact_person="Bapak Agus Salim", phone="0812-1111-2222"))
    assert changed.contact_person == "Bapak Agus Salim" and changed.phone == "0812-1111-2222"
    assert services.institutions.get(created.id).contact_person == "Bapak Agus Salim"
    entries = services.audit.entries(record_type="institution", record_id=created.id)
    assert [entry.action for entry in entries] == ["update", "create"]
    assert entries[0].detail == "contact_person,phone"
    assert all("Agus" not in entry.detail and "Dewi" not in entry.detail for entry in entries)
    assert entries[0].actor == "sri"


def test_update_refuses_bad_input_and_keeps_the_record(services):
    created = services.institutions.create(uptd())
    with pytest.raises(ValidationError):
        services.institutions.update(created.id, uptd(name=""))
    assert services.institutions.get(created.id).name == "UPTD PPA Kota Bandung"


def test_unknown_institution_is_not_found(services):
    with pytest.raises(NotFound) as caught:
        services.institutions.get(999)
    assert "Lembaga #999" in caught.value.render("id") and "Institution #999" in caught.value.render("en")
    with pytest.raises(NotFound):
        services.institutions.update(999, uptd())
    with pytest.raises(NotFound):
        services.institutions.set_active(999, False)


def test_an_inactive_institution_leaves_the_list_but_is_kept(services):
    kept = services.institutions.create(uptd())
    retired = services.institutions.create(uptd(name="P2TP2A Kota Bandung", kind=InstitutionKind.P2TP2A))
    assert services.institutions.set_active(retired.id, False).active is False
    assert [item.id for item in services.institutions.list()] == [kept.id]
    assert {item.id for item in services.institutions.list(include_inactive=True)} == {kept.id, retired.id}
    assert services.institutions.get(retired.id).active is False
    assert services.institutions.set_active(retired.id, True).active is True
    actions = [entry.action for entry in services.audit.entries(record_type="institution", record_id=retired.id)]
    assert actions == ["activate", "deactivate", "create"]


def test_list_is_by_name_and_filters_by_text_and_kind(services):
    dinsos = services.institutions.create(uptd(name="Dinas Sosial Kota Bandung", kind=InstitutionKind.SOCIAL_AFFAIRS,
                                               contact_person="Bapak Rudi"))
    puskesmas = services.institutions.create(uptd(name="puskesmas Sukaluyu", kind=InstitutionKind.PUSKESMAS,
                                                  city="Bandung", address="Jl. Sukaluyu No. 1",
                                                  contact_person="dr. Ratna"))
    lk3 = services.institutions.create(uptd(name="LK3 Cimahi", kind=InstitutionKind.LK3, city="Cimahi",
                                            address="Jl. Amir Machmud", contact_person="Ibu Nur"))
    names = [item.name for item in services.institutions.list()]
    assert names == ["Dinas Sosial Kota Bandung", "LK3 Cimahi", "puskesmas Sukaluyu"]  # case does not matter
    assert [item.id for item in services.institutions.list("PUSKES")] == [puskesmas.id]
    assert [item.id for item in services.institutions.list("cimahi")] == [lk3.id]  # the city
    assert [item.id for item in services.institutions.list("rudi")] == [dinsos.id]  # the contact person
    assert [item.id for item in services.institutions.list("sukaluyu no")] == [puskesmas.id]  # the address
    assert [item.id for item in services.institutions.list(kind=InstitutionKind.LK3)] == [lk3.id]
    assert services.institutions.list("bandung", kind=InstitutionKind.LK3) == []
    assert services.institutions.list("100%") == []  # % is a character, not a wildcard
    assert services.institutions.list("_") == []
    assert len(services.institutions.list(limit=2)) == 2
