"""Payers, fee arrangements and invoices: built from unbilled sessions, numbered without gaps, then locked."""

from __future__ import annotations

import multiprocessing
from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from peksos_desk.domain.billing import FeeKind, InvoiceStatus, PayerKind
from peksos_desk.domain.errors import LockedRecord, NotFound, ValidationError
from peksos_desk.domain.practice import Attendance
from peksos_desk.services.app import Services
from peksos_desk.services.billing import (
    BillingSettingsView,
    FeeArrangementInput,
    InvoiceLineInput,
    PayerInput,
    fee_for,
)
from peksos_desk.services.fees import ServiceTypeInput
from peksos_desk.store.models import ServiceType
from tests.services.factories import adult, child, consultation, new_case, new_client, new_session

# Input checks that run before the store is touched: SQLite is enough (a PostgreSQL clone costs ~0.3 s).
SQLITE_ONLY = pytest.mark.parametrize("store_url", ["sqlite"], indirect=True)

FEB_20 = datetime(2026, 2, 20, 3, tzinfo=UTC)  # 10.00 WIB


def attended(services, case_id, kind_id, starts_at=FEB_20):
    session = new_session(services, case_id, starts_at, service_type_id=kind_id)
    return services.sessions.record_attendance(session.id, Attendance.ATTENDED)


def hospital(services, **changes):
    values = {"kind": PayerKind.HOSPITAL, "name": "RSUD Kota Bandung", "contact_person": "Unit Pelayanan Sosial",
              "address": "Jl. Rumah Sakit No. 22", "city": "Bandung", "privacy_codes_only": True}
    values.update(changes)
    return services.billing.create_payer(PayerInput(**values))


def client_invoice(services, fee=250_000, sessions=1):
    """A client's own draft invoice for ``sessions`` attended consultations."""
    case = new_case(services)
    kind = consultation(services, fee)
    for day in range(sessions):
        attended(services, case.id, kind.id, FEB_20 + timedelta(days=day))
    payer = services.billing.payer_for_client(case.client_id)
    return services.billing.create_draft(payer.id), case, payer


# -- invoices from sessions ---------------------------------------------------------------------------------


def test_an_invoice_bills_the_payers_unbilled_attended_sessions(services):
    case = new_case(services)
    kind = consultation(services, 250_000)
    first = attended(services, case.id, kind.id, FEB_20)
    second = attended(services, case.id, kind.id, FEB_20 + timedelta(days=7))
    missed = new_session(services, case.id, FEB_20 + timedelta(days=3), service_type_id=kind.id)
    services.sessions.record_attendance(missed.id, Attendance.NO_SHOW)
    new_session(services, case.id, FEB_20 + timedelta(days=4))  # attended but without a service type: no fee
    payer = services.billing.payer_for_client(case.client_id)
    assert payer.kind is PayerKind.CLIENT and payer.name == "Siti Aminah"
    assert [s.session_id for s in services.billing.unbilled_sessions(payer.id)] == [first.id, second.id]

    draft = services.billing.create_draft(payer.id)
    assert draft.status is InvoiceStatus.DRAFT and draft.number is None
    assert draft.session_ids == (first.id, second.id)
    assert [(line.description, line.service_date, line.client_label, line.amount) for line in draft.lines] == [
        ("Konsultasi", date(2026, 2, 20), "Siti Aminah", 250_000),
        ("Konsultasi", date(2026, 2, 27), "Siti Aminah", 250_000)]
    assert (draft.subtotal, draft.discount, draft.total) == (500_000, 0, 500_000)
    # Sessions on a draft are no longer unbilled: a second invoice cannot take them.
    assert services.billing.unbilled_sessions(payer.id) == []
    with pytest.raises(ValidationError) as caught:
        services.billing.create_draft(payer.id, session_ids=[first.id])
    assert caught.value.field == "session_ids"


def test_a_period_picks_the_sessions_of_the_practitioners_days(services):
    case = new_case(services)
    kind = consultation(services)
    # 28 Feb 23.30 WIB (16.30 UTC): still February where the practitioner works.
    late_feb = attended(services, case.id, kind.id, datetime(2026, 2, 28, 16, 30, tzinfo=UTC))
    # 1 March 06.00 WIB is 28 Feb 23.00 UTC: a March session.
    early_march = attended(services, case.id, kind.id, datetime(2026, 2, 28, 23, tzinfo=UTC))
    payer = services.billing.payer_for_client(case.client_id)
    february = services.billing.create_draft(payer.id, period_start=date(2026, 2, 1), period_end=date(2026, 2, 28))
    assert february.session_ids == (late_feb.id,)
    assert (february.period_start, february.period_end) == (date(2026, 2, 1), date(2026, 2, 28))
    assert [s.session_id for s in services.billing.unbilled_sessions(payer.id)] == [early_march.id]
    with pytest.raises(ValidationError) as caught:
        services.billing.create_draft(payer.id, period_start=date(2026, 3, 2), period_end=date(2026, 3, 1))
    assert caught.value.field == "period_end"


def test_manual_lines_and_a_discount(services):
    draft, _, payer = client_invoice(services)
    draft = services.billing.add_line(draft.id, InvoiceLineInput("Penyusunan laporan sosial", 1, 750_000))
    draft = services.billing.add_line(draft.id, InvoiceLineInput("Transport kunjungan rumah", 3, 50_000,
                                                                 service_date=date(2026, 2, 21)))
    assert [line.amount for line in draft.lines] == [250_000, 750_000, 150_000]
    draft = services.billing.set_discount(draft.id, 150_000, "Keringanan keluarga")
    assert (draft.subtotal, draft.discount, draft.total, draft.discount_reason) == (
        1_150_000, 150_000, 1_000_000, "Keringanan keluarga")
    with pytest.raises(ValidationError) as caught:
        services.billing.set_discount(draft.id, 1_150_001)
    assert caught.value.field == "discount" and "Rp1.150.000" in str(caught.value)
    # Taking a line off recomputes the totals and keeps the positions in order.
    draft = services.billing.remove_line(draft.id, draft.lines[1].id)
    assert [(line.position, line.amount) for line in draft.lines] == [(1, 250_000), (2, 150_000)]
    assert draft.total == 250_000
    # Taking off a line that would leave less than the discount is refused, and nothing changes.
    draft = services.billing.set_discount(draft.id, 300_000)
    with pytest.raises(ValidationError) as caught:
        services.billing.remove_line(draft.id, draft.lines[0].id)
    assert caught.value.field == "discount"
    assert services.billing.get_invoice(draft.id) == draft
    direct = services.billing.create_draft(payer.id, lines=[InvoiceLineInput("Asesmen keluarga", 2, 400_000)],
                                           discount=100_000, notes="Transfer ke BCA 123")
    assert (direct.subtotal, direct.total, direct.notes) == (800_000, 700_000, "Transfer ke BCA 123")


@SQLITE_ONLY
@pytest.mark.parametrize(("line", "field"), [
    (InvoiceLineInput("", 1, 100_000), "description"),
    (InvoiceLineInput("Asesmen", 0, 100_000), "quantity"),
    (InvoiceLineInput("Asesmen", 1, -1), "unit_price"),
    (InvoiceLineInput("Asesmen", 1, 1.5), "unit_price"),  # type: ignore[arg-type]
    (InvoiceLineInput("Asesmen", 1, True), "unit_price"),  # type: ignore[arg-type]
])
def test_a_wrong_manual_line_is_refused(services, line, field):
    draft, _, _ = client_invoice(services)
    with pytest.raises(ValidationError) as caught:
        services.billing.add_line(draft.id, line)
    assert caught.value.field == field
    assert len(services.billing.get_invoice(draft.id).lines) == 1


def test_removing_a_session_line_frees_the_session(services):
    draft, _, payer = client_invoice(services, sessions=2)
    freed = draft.lines[0].session_id
    draft = services.billing.remove_line(draft.id, draft.lines[0].id)
    assert [s.session_id for s in services.billing.unbilled_sessions(payer.id)] == [freed]
    draft = services.billing.add_sessions(draft.id, [freed])
    assert set(draft.session_ids) == {freed, draft.lines[0].session_id}
    services.billing.delete_draft(draft.id)
    assert len(services.billing.unbilled_sessions(payer.id)) == 2
    with pytest.raises(NotFound):
        services.billing.get_invoice(draft.id)


# -- payers -------------------------------------------------------------------------------------------------


def test_an_institution_invoice_covers_several_clients_by_code_only(services):
    rs = hospital(services)
    kind = consultation(services)
    siti, budi = new_client(services), services.clients.create(child())
    cases = [new_case(services, siti.id), new_case(services, budi.id)]
    for case in cases:
        assert services.billing.case_payer(case.id).explicit is False
        assert services.billing.set_case_payer(case.id, rs.id).payer.name == "RSUD Kota Bandung"
        attended(services, case.id, kind.id)
    own = new_case(services, siti.id)  # Siti pays this one herself
    attended(services, own.id, kind.id)
    draft = services.billing.create_draft(rs.id, period_start=date(2026, 2, 1), period_end=date(2026, 2, 28))
    assert [line.client_label for line in draft.lines] == [siti.code, budi.code]
    assert draft.total == 500_000
    issued = services.billing.issue(draft.id)
    assert issued.payer_name == "RSUD Kota Bandung" and issued.privacy_codes_only
    siti_payer = services.billing.payer_for_client(siti.id)
    assert len(services.billing.unbilled_sessions(siti_payer.id)) == 1


def test_names_are_shown_when_the_payer_allows_it(services):
    school = services.billing.create_payer(PayerInput(PayerKind.SCHOOL, "SDN 3 Cibeunying"))
    case = new_case(services)
    services.billing.set_case_payer(case.id, school.id)
    attended(services, case.id, consultation(services).id)
    draft = services.billing.create_draft(school.id)
    assert draft.lines[0].client_label == "Siti Aminah"
    # The privacy choice in force when the invoice is issued is the one it keeps.
    services.billing.update_payer(school.id, PayerInput(PayerKind.SCHOOL, "SDN 3 Cibeunying", privacy_codes_only=True))
    issued = services.billing.issue(draft.id)
    assert issued.lines[0].client_label.startswith("KL-")


@SQLITE_ONLY
def test_payer_input_is_validated(services):
    with pytest.raises(ValidationError) as caught:
        services.billing.create_payer(PayerInput(PayerKind.COMPANY, " "))
    assert caught.value.field == "name"
    with pytest.raises(ValidationError) as caught:
        services.billing.create_payer(PayerInput(PayerKind.CLIENT, "Siti"))
    assert caught.value.field == "kind"
    with pytest.raises(ValidationError) as caught:
        services.billing.create_payer(PayerInput(PayerKind.LKS, "LKS Harapan", email="bukan-email"))
    assert caught.value.field == "email"
    family = services.billing.create_payer(PayerInput(PayerKind.FAMILY, "Sulastri (ibu)", phone="0812 1111 2222"))
    assert family.kind.label.id == "Anggota keluarga"


def test_an_inactive_payer_takes_no_new_case_or_invoice(services):
    lks = services.billing.create_payer(PayerInput(PayerKind.LKS, "LKS Harapan Bangsa"))
    services.billing.set_payer_active(lks.id, False)
    case = new_case(services)
    with pytest.raises(ValidationError):
        services.billing.set_case_payer(case.id, lks.id)
    with pytest.raises(ValidationError):
        services.billing.create_draft(lks.id)
    assert lks.id not in [p.id for p in services.billing.list_payers()]
    assert lks.id in [p.id for p in services.billing.list_payers(include_inactive=True)]


def test_the_overview_lists_what_each_payer_could_be_billed(services):
    rs = hospital(services)
    kind = consultation(services)
    a, b = new_case(services), new_case(services, services.clients.create(adult(full_name="Rina Wati")).id)
    services.billing.set_case_payer(a.id, rs.id)
    attended(services, a.id, kind.id)
    attended(services, a.id, kind.id, FEB_20 + timedelta(days=1))
    attended(services, b.id, kind.id)
    overview = services.billing.unbilled_overview()
    assert [(t.payer_id, t.payer_name, t.sessions, t.amount) for t in overview] == [
        (rs.id, "RSUD Kota Bandung", 2, 500_000), (None, "Rina Wati", 1, 250_000)]


# -- fee arrangements ---------------------------------------------------------------------------------------


def test_a_reduced_fee_is_the_schedule_fee_less_the_percentage(services, database):
    client = new_client(services)
    kind = consultation(services, 250_000)
    services.billing.set_fee_arrangement(FeeArrangementInput(
        client.id, FeeKind.REDUCED, date(2026, 2, 1), reduction_percent=30, reason="Penghasilan keluarga rendah"))
    with database.read() as session:
        service_type = session.get(ServiceType, kind.id)
        assert fee_for(session, client.id, service_type, date(2026, 2, 20)) == 175_000
        assert fee_for(session, client.id, service_type, date(2026, 1, 31)) == 250_000  # before it applied
    assert services.billing.fee_preview(client.id, kind.id, date(2026, 2, 20)) == 175_000


def test_reduced_fees_round_to_the_whole_rupiah_half_up(services, database):
    client = new_client(services)
    kind = services.fees.create(ServiceTypeInput("X", "Layanan uji", 333, 60))
    services.billing.set_fee_arrangement(FeeArrangementInput(client.id, FeeKind.REDUCED, date(2026, 1, 1), 50,
                                                             "Uji pembulatan"))
    assert services.billing.fee_preview(client.id, kind.id, date(2026, 2, 1)) == 167  # 166,5 rounds up
    services.billing.set_fee_arrangement(FeeArrangementInput(client.id, FeeKind.REDUCED, date(2026, 1, 2), 33,
                                                             "Uji pembulatan"))
    assert services.billing.fee_preview(client.id, kind.id, date(2026, 2, 1)) == 223  # 223,11 rounds down


def test_free_service_costs_nothing_and_the_latest_arrangement_applies(services):
    client = new_client(services)
    kind = consultation(services, 250_000)
    services.billing.set_fee_arrangement(FeeArrangementInput(client.id, FeeKind.FREE, date(2026, 2, 1),
                                                             reason="Pro bono: korban KDRT"))
    services.billing.set_fee_arrangement(FeeArrangementInput(client.id, FeeKind.STANDARD, date(2026, 4, 1)))
    assert services.billing.fee_preview(client.id, kind.id, date(2026, 3, 31)) == 0
    assert services.billing.fee_preview(client.id, kind.id, date(2026, 4, 1)) == 250_000
    history = services.billing.fee_arrangements(client.id)
    assert [(a.kind, a.valid_from) for a in history] == [(FeeKind.STANDARD, date(2026, 4, 1)),
                                                          (FeeKind.FREE, date(2026, 2, 1))]
    assert services.billing.fee_arrangement_on(client.id, date(2026, 1, 1)) is None
    assert services.billing.fee_arrangement_on(client.id).kind is FeeKind.FREE  # today is 2 March 2026
    # The same start date replaces the arrangement instead of adding a second one.
    services.billing.set_fee_arrangement(FeeArrangementInput(client.id, FeeKind.REDUCED, date(2026, 2, 1), 50,
                                                             "Sebagian ditanggung keluarga"))
    assert len(services.billing.fee_arrangements(client.id)) == 2
    assert services.billing.fee_preview(client.id, kind.id, date(2026, 3, 1)) == 125_000


@SQLITE_ONLY
@pytest.mark.parametrize(("kind", "percent", "reason", "field"), [
    (FeeKind.REDUCED, None, "alasan", "reduction_percent"),
    (FeeKind.REDUCED, 0, "alasan", "reduction_percent"),
    (FeeKind.REDUCED, 100, "alasan", "reduction_percent"),
    (FeeKind.STANDARD, 10, "", "reduction_percent"),
    (FeeKind.REDUCED, 30, "  ", "reason"),
    (FeeKind.FREE, None, "", "reason"),
    ("diskon", None, "alasan", "kind"),
])
def test_a_fee_arrangement_needs_a_valid_percentage_and_a_reason(services, kind, percent, reason, field):
    client = new_client(services)
    with pytest.raises(ValidationError) as caught:
        services.billing.set_fee_arrangement(FeeArrangementInput(client.id, kind, date(2026, 2, 1), percent, reason))
    assert caught.value.field == field
    assert services.billing.fee_arrangements(client.id) == []


# -- issuing and numbering ----------------------------------------------------------------------------------


def manual_draft(services, payer_id, price=100_000):
    return services.billing.create_draft(payer_id, lines=[InvoiceLineInput("Konsultasi keluarga", 1, price)])


def test_invoices_are_numbered_at_issue_per_year(services, clock):
    payer = services.billing.payer_for_client(new_client(services).id)
    drafts = [manual_draft(services, payer.id) for _ in range(3)]
    issued = [services.billing.issue(d.id) for d in reversed(drafts)]  # numbered in the order issued
    assert [i.number for i in issued] == ["INV/2026/0001", "INV/2026/0002", "INV/2026/0003"]
    assert issued[0].issue_date == date(2026, 3, 2) and issued[0].due_date == date(2026, 3, 16)
    clock.now = datetime(2027, 1, 4, 2, tzinfo=UTC)
    assert services.billing.issue(manual_draft(services, payer.id).id).number == "INV/2027/0001"
    # A late invoice of last year continues last year's numbers.
    late = services.billing.issue(manual_draft(services, payer.id).id, issue_date=date(2026, 12, 31))
    assert late.number == "INV/2026/0004"


def test_a_custom_pattern_and_due_days(services):
    assert services.billing.settings() == BillingSettingsView("INV/{year}/{seq:04d}", "KW/{year}/{seq:04d}", 14)
    services.billing.update_settings(BillingSettingsView("TAG-{seq:03d}/PSM/{year}", "KWT-{year}-{seq}", 30))
    payer = services.billing.payer_for_client(new_client(services).id)
    first = services.billing.issue(manual_draft(services, payer.id).id)
    assert (first.number, first.due_date) == ("TAG-001/PSM/2026", date(2026, 4, 1))
    second = services.billing.issue(manual_draft(services, payer.id).id, due_date=date(2026, 3, 9))
    assert (second.number, second.due_date) == ("TAG-002/PSM/2026", date(2026, 3, 9))


def test_a_pattern_without_the_year_runs_on_across_years(services, clock):
    services.billing.update_settings(BillingSettingsView("F{seq:05d}", "K{seq}", 14))
    payer = services.billing.payer_for_client(new_client(services).id)
    assert services.billing.issue(manual_draft(services, payer.id).id).number == "F00001"
    clock.now = datetime(2027, 1, 4, 2, tzinfo=UTC)
    assert services.billing.issue(manual_draft(services, payer.id).id).number == "F00002"


@SQLITE_ONLY
@pytest.mark.parametrize("pattern", ["INV/{year}", "INV/{tahun}/{seq}", ""])  # more in tests/domain
def test_an_unusable_number_pattern_is_refused(services, pattern):
    with pytest.raises(ValidationError) as caught:
        services.billing.update_settings(BillingSettingsView(pattern, "KW/{year}/{seq:04d}", 14))
    assert caught.value.field == "invoice_pattern"
    assert services.billing.settings().invoice_pattern == "INV/{year}/{seq:04d}"


@SQLITE_ONLY
def test_due_days_are_bounded(services):
    with pytest.raises(ValidationError) as caught:
        services.billing.update_settings(BillingSettingsView(due_days=400))
    assert caught.value.field == "due_days"


def test_issuing_checks_its_dates(services):
    payer = services.billing.payer_for_client(new_client(services).id)
    draft = manual_draft(services, payer.id)
    with pytest.raises(ValidationError) as caught:
        services.billing.issue(draft.id, issue_date=date(2026, 3, 3))
    assert caught.value.field == "issue_date"
    with pytest.raises(ValidationError) as caught:
        services.billing.issue(draft.id, issue_date=date(2026, 3, 2), due_date=date(2026, 3, 1))
    assert caught.value.field == "due_date"
    services.billing.issue(draft.id, issue_date=date(2026, 2, 27))
    # Numbers follow the order of dates: no later number with an earlier date.
    with pytest.raises(ValidationError) as caught:
        services.billing.issue(manual_draft(services, payer.id).id, issue_date=date(2026, 2, 26))
    assert caught.value.field == "issue_date" and "INV/2026/0001" in str(caught.value)
    # The refused attempts used no number.
    assert services.billing.issue(manual_draft(services, payer.id).id).number == "INV/2026/0002"


def test_an_empty_or_zero_invoice_is_not_issued(services):
    payer = services.billing.payer_for_client(new_client(services).id)
    empty = services.billing.create_draft(payer.id)
    with pytest.raises(ValidationError):
        services.billing.issue(empty.id)
    zero = services.billing.create_draft(payer.id, lines=[InvoiceLineInput("Konsultasi", 1, 100_000)],
                                         discount=100_000)
    with pytest.raises(ValidationError):
        services.billing.issue(zero.id)
    assert services.billing.issue(manual_draft(services, payer.id).id).number == "INV/2026/0001"


def test_a_session_changed_after_it_went_on_the_draft_stops_the_issue(services):
    draft, _, _ = client_invoice(services)
    services.sessions.record_attendance(draft.session_ids[0], Attendance.NO_SHOW)
    with pytest.raises(ValidationError) as caught:
        services.billing.issue(draft.id)
    assert caught.value.field == "lines"


# -- locked once issued; void keeps the number ---------------------------------------------------------------


def test_an_issued_invoice_cannot_be_edited(services):
    draft, _, _ = client_invoice(services)
    issued = services.billing.issue(draft.id)
    assert issued.is_locked
    for change in (
        lambda: services.billing.add_line(issued.id, InvoiceLineInput("Tambahan", 1, 10_000)),
        lambda: services.billing.remove_line(issued.id, issued.lines[0].id),
        lambda: services.billing.set_discount(issued.id, 10_000),
        lambda: services.billing.set_notes(issued.id, "ubah"),
        lambda: services.billing.add_sessions(issued.id, []),
        lambda: services.billing.delete_draft(issued.id),
        lambda: services.billing.issue(issued.id),
    ):
        with pytest.raises(LockedRecord) as caught:
            change()
        assert "INV/2026/0001" in str(caught.value)
    assert services.billing.get_invoice(issued.id) == issued


def test_voiding_keeps_the_number_and_frees_the_sessions(services):
    draft, _, payer = client_invoice(services, sessions=2)
    issued = services.billing.issue(draft.id)
    with pytest.raises(ValidationError) as caught:
        services.billing.void(issued.id, " ")
    assert caught.value.field == "reason"
    void = services.billing.void(issued.id, "Salah tanggal sesi")
    assert (void.status, void.number, void.void_reason, void.balance) == (
        InvoiceStatus.VOID, "INV/2026/0001", "Salah tanggal sesi", 0)
    assert void.lines == issued.lines
    assert [s.session_id for s in services.billing.unbilled_sessions(payer.id)] == list(issued.session_ids)
    with pytest.raises(LockedRecord):
        services.billing.void(issued.id, "lagi")
    again = services.billing.reissue_as_draft(void.id)
    assert again.session_ids == issued.session_ids and again.total == issued.total
    assert services.billing.issue(again.id).number == "INV/2026/0002"


def test_a_draft_is_deleted_not_voided(services):
    draft, _, _ = client_invoice(services)
    with pytest.raises(ValidationError):
        services.billing.void(draft.id, "tidak jadi")
    with pytest.raises(ValidationError):
        services.billing.reissue_as_draft(draft.id)


def test_billing_writes_the_audit_log_without_names(services):
    draft, _, _ = client_invoice(services)
    issued = services.billing.issue(draft.id)
    services.billing.void(issued.id, "Klien Siti Aminah pindah")
    entries = services.audit.entries(record_type="invoice", record_id=issued.id)
    assert [e.action for e in entries] == ["void", "issue", "create"]
    assert "number=INV/2026/0001" in entries[1].detail and "total=250000" in entries[1].detail
    assert all("Siti" not in e.detail for e in services.audit.entries())


# -- property: totals always add up -------------------------------------------------------------------------

lines_strategy = st.lists(st.tuples(st.integers(1, 20), st.integers(0, 50_000_000)), min_size=1, max_size=6)


def test_lines_less_the_discount_make_the_total(services, database):
    payer = services.billing.payer_for_client(new_client(services).id)

    @settings(max_examples=30 if database.is_sqlite else 8, deadline=None,
              suppress_health_check=[HealthCheck.too_slow])
    @given(lines=lines_strategy, data=st.data())
    def check(lines, data):
        subtotal = sum(q * p for q, p in lines)
        discount = data.draw(st.integers(0, subtotal), label="discount")
        draft = services.billing.create_draft(
            payer.id, lines=[InvoiceLineInput(f"Layanan {i}", q, p) for i, (q, p) in enumerate(lines)],
            discount=discount)
        assert [line.amount for line in draft.lines] == [q * p for q, p in lines]
        assert (draft.subtotal, draft.discount, draft.total) == (subtotal, discount, subtotal - discount)
        too_much = data.draw(st.integers(subtotal + 1, subtotal + 10**9), label="too_much")
        with pytest.raises(ValidationError):
            services.billing.set_discount(draft.id, too_much)
        assert services.billing.get_invoice(draft.id).total == subtotal - discount
        services.billing.delete_draft(draft.id)

    check()


# -- concurrency: two processes issuing at once ---------------------------------------------------------------


def _issue_all(url: str, invoice_ids: list[int], start, results) -> None:
    """In a child process: open the store like a second app window would, wait for the start, issue."""
    fixed = datetime(2026, 3, 2, 2, tzinfo=UTC)
    services = Services.open(url, actor="proses", clock=lambda: fixed)
    try:
        start.wait(timeout=60)  # both processes have their store open: now issue at the same time
        results.put([services.billing.issue(invoice_id).number for invoice_id in invoice_ids])
    finally:
        services.close()


@pytest.mark.slow
def test_two_processes_issuing_at_once_get_distinct_numbers_without_a_gap(services, store_url):
    payer = services.billing.payer_for_client(new_client(services).id)
    drafts = [manual_draft(services, payer.id).id for _ in range(30)]
    context = multiprocessing.get_context("spawn")
    start, results = context.Barrier(2), context.Queue()
    workers = [context.Process(target=_issue_all, args=(store_url, drafts[i::2], start, results)) for i in (0, 1)]
    for worker in workers:
        worker.start()
    batches = [results.get(timeout=120) for _ in workers]
    numbers = [number for batch in batches for number in batch]
    for worker in workers:
        worker.join(timeout=60)
        assert worker.exitcode == 0
    assert sorted(numbers) == [f"INV/2026/{n:04d}" for n in range(1, 31)]
    issued = services.billing.list_invoices(status=InvoiceStatus.ISSUED)
    assert sorted(i.number for i in issued) == sorted(numbers)


def test_a_reissued_draft_keeps_the_discount(services):
    draft, _, _ = client_invoice(services, sessions=2)
    draft = services.billing.set_discount(draft.id, 50_000, "Potongan kunjungan berulang")
    void = services.billing.void(services.billing.issue(draft.id).id, "Salah tanggal")
    again = services.billing.reissue_as_draft(void.id)
    assert (again.discount, again.total) == (50_000, draft.total)


def test_looking_at_who_pays_writes_nothing(services):
    from tests.services.factories import new_case

    case = new_case(services)
    before = services.audit.count()
    view = services.billing.case_payer(case.id)
    assert (view.payer.kind, view.payer.name, view.explicit) == (PayerKind.CLIENT, "Siti Aminah", False)
    assert services.audit.count() == before
    assert services.billing.list_payers(include_clients=True) == []
