"""Builders for the records most tests need, with sensible Indonesian defaults."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from peksos_desk.domain.practice import FieldOfPractice, PracticeSetting, Sex
from peksos_desk.services.app import Services
from peksos_desk.services.cases import CaseInput, CaseView
from peksos_desk.services.clients import ClientInput, ClientView
from peksos_desk.services.fees import ServiceTypeInput, ServiceTypeView
from peksos_desk.services.sessions import SessionInput, SessionView


def adult(**changes: Any) -> ClientInput:
    values: dict[str, Any] = {
        "full_name": "Siti Aminah", "nickname": "Siti", "birth_date": date(1990, 3, 5), "sex": Sex.FEMALE,
        "address": "Jl. Dago No. 12, RT 03/RW 05, Bandung", "city": "Bandung", "phone": "0812-3456-7890",
        "ppks_codes": (19, 23), "consent_given": True, "consent_date": date(2026, 2, 1),
    }
    values.update(changes)
    return ClientInput(**values)


def child(**changes: Any) -> ClientInput:
    values: dict[str, Any] = {
        "full_name": "Budi Santoso", "birth_date": date(2014, 7, 1), "sex": Sex.MALE, "ppks_codes": (6,),
        "guardian_name": "Sulastri", "guardian_relation": "Ibu", "consent_given": True,
        "consent_date": date(2026, 2, 1),
    }
    values.update(changes)
    return ClientInput(**values)


def new_client(services: Services, **changes: Any) -> ClientView:
    return services.clients.create(adult(**changes))


def new_case(services: Services, client_id: int | None = None, opened_on: date = date(2026, 2, 2)) -> CaseView:
    if client_id is None:
        client_id = new_client(services).id
    return services.cases.open_case(CaseInput(
        client_id=client_id, field_of_practice=FieldOfPractice.FAMILY, setting=PracticeSetting.COMMUNITY,
        opened_on=opened_on, presenting_problem="Kekerasan dalam rumah tangga; klien takut pulang.",
        referral_source="P2TP2A Kota Bandung"))


def consultation(services: Services, fee: int = 250_000) -> ServiceTypeView:
    return services.fees.create(ServiceTypeInput("KONS", "Konsultasi", fee, 60))


def new_session(services: Services, case_id: int, starts_at: datetime = datetime(2026, 2, 20, 3, tzinfo=UTC),
                service_type_id: int | None = None) -> SessionView:
    return services.sessions.schedule(SessionInput(case_id=case_id, starts_at=starts_at,
                                                   service_type_id=service_type_id))
