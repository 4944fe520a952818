"""The practitioner sets up the practice profile and the fee schedule."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

import pytest

from peksos_desk.domain.errors import ValidationError
from peksos_desk.services.fees import DEFAULT_SCHEDULE, ServiceTypeInput
from peksos_desk.services.profile import Profile
from tests.services.factories import new_case, new_session

PROFILE = Profile(full_name="Sri Wahyuni", degree="S.Tr.Sos., M.Kesos", str_number="STR-PS 3273/2024/0012",
                  str_expiry=date(2029, 5, 1), sipps_number="503/SIPPS/0045/DPMPTSP", sipps_expiry=date(2028, 1, 1),
                  institution_name="LKS Harapan Bunda", institution_accreditation="A", address="Jl. Riau No. 5",
                  city="Bandung", phone="022-4201234", email="sri@example.org", bank_name="Bank BJB",
                  bank_account_number="0012345678", bank_account_holder="Sri Wahyuni", time_zone="WIB")


def test_a_new_store_has_an_empty_profile_until_set_up(services):
    assert not services.profile.get().is_set_up
    saved = services.profile.update(PROFILE)
    assert saved == PROFILE and saved.is_set_up
    assert services.profile.get() == PROFILE


@pytest.mark.parametrize(("field", "change"), [
    ("full_name", {"full_name": ""}),
    ("email", {"email": "sri@"}),
    ("phone", {"phone": "telp kantor"}),
    ("time_zone", {"time_zone": "GMT"}),
])
def test_profile_rules_name_their_field(services, field, change):
    with pytest.raises(ValidationError) as caught:
        services.profile.update(replace(PROFILE, **change))
    assert caught.value.field == field
    assert not services.profile.get().is_set_up


def test_the_time_zone_decides_the_practitioners_day(services):
    services.profile.update(replace(PROFILE, time_zone="WIT"))
    case = new_case(services)
    # 1 Feb 2026 15:30 UTC is 2 Feb 00:30 in Jayapura (WIT): the day the case opened.
    assert new_session(services, case.id, datetime(2026, 2, 1, 15, 30, tzinfo=UTC)).id


def test_the_default_fee_schedule_is_installed_once(services):
    installed = services.fees.install_defaults()
    assert [t.code for t in installed] == [t.code for t in DEFAULT_SCHEDULE]
    assert services.fees.install_defaults() == []
    assert {t.name for t in services.fees.list_types()} >= {"Konsultasi", "Kunjungan rumah"}


def test_service_types_are_validated(services):
    services.fees.create(ServiceTypeInput("kons", "Konsultasi", 250_000, 60))
    with pytest.raises(ValidationError) as caught:
        services.fees.create(ServiceTypeInput("KONS", "Konsultasi lagi", 1, 60))
    assert caught.value.field == "code"
    for bad, field in ((ServiceTypeInput("A", "x", -1, 60), "default_fee"),
                       (ServiceTypeInput("B", "x", 1.5, 60), "default_fee"),  # type: ignore[arg-type]
                       (ServiceTypeInput("C", "x", 1, 0), "default_duration_minutes"),
                       (ServiceTypeInput("D E", "x", 1, 60), "code")):
        with pytest.raises(ValidationError) as caught:
            services.fees.create(bad)
        assert caught.value.field == field


def test_a_retired_service_type_leaves_the_schedule_but_not_the_store(services):
    kind = services.fees.create(ServiceTypeInput("ASES", "Asesmen", 400_000, 90))
    services.fees.set_active(kind.id, False)
    assert services.fees.list_types() == []
    assert [t.id for t in services.fees.list_types(include_inactive=True)] == [kind.id]


def test_home_overview_counts_today_and_the_week(services, clock):
    services.profile.update(PROFILE)
    case = new_case(services)
    new_session(services, case.id, clock.now)
    new_session(services, case.id, datetime(2026, 3, 5, 3, tzinfo=UTC))
    overview = services.home.overview()
    assert (overview.practice_name, overview.active_clients, overview.open_cases) == ("Sri Wahyuni", 1, 1)
    assert (overview.sessions_today, overview.sessions_next_7_days) == (1, 1)
