"""Erasing a client on request (UU PDP): identity and notes leave every table (and the SQLite file), the money
records stay whole and numbered under an anonymised name, all in one transaction, on both databases."""

from __future__ import annotations

import contextlib
import sqlite3
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import String, Text, create_engine, event, inspect, select, text
from sqlalchemy.exc import DBAPIError

from peksos_desk.domain.billing import FeeKind, PayerKind, PaymentMethod
from peksos_desk.domain.errors import LockedRecord, ValidationError
from peksos_desk.domain.practice import AssessmentSection, Attendance, NoteFormat
from peksos_desk.domain.stages import CaseStage
from peksos_desk.services.app import Services
from peksos_desk.services.billing import FeeArrangementInput, PayerInput
from peksos_desk.services.cases import GoalInput
from peksos_desk.services.erasure import ErasureReason, erased_label
from peksos_desk.services.payments import PaymentInput
from peksos_desk.store import keys
from peksos_desk.store.database import POOL_SIZE
from peksos_desk.store.schema import open_database
from tests.services.factories import consultation, new_case, new_client, new_session

FEB = datetime(2026, 2, 10, 3, tzinfo=UTC)
NAME = "Wulandari Prameswari"
NIK = "3273014503900001"
SECRET_WORDS = ("Wulandari", "Prameswari", NIK, "Kusumawardhani", "Cibeunying", "sakitjiwakronis",
                "pengakuanrahasia", "adendumrahasia", "tujuanrahasia", "asesmenrahasia", "masalahrahasia",
                "keringananrahasia", "lampiranrahasia", "081299887766", "tahaprahasia")


def _story(services):
    """A client with everything a client can have, and a second client who must stay untouched."""
    kind = consultation(services, 300_000)
    client = new_client(services, full_name=NAME, nickname="Wulan", nik=NIK, kk_number="3273010101900001",
                        bpjs_number="0001234567890", guardian_name="Kusumawardhani", guardian_relation="Ibu",
                        address="Jl. Cibeunying Kolot No. 5", phone="081299887766",
                        notes="Riwayat sakitjiwakronis dalam keluarga.")
    other = new_client(services, full_name="Rina Wati", nik="", phone="0811111111")
    services.billing.set_fee_arrangement(FeeArrangementInput(
        client_id=client.id, kind=FeeKind.REDUCED, valid_from=date(2026, 2, 1), reduction_percent=50,
        reason="keringananrahasia: kehilangan pekerjaan"))
    case = new_case(services, client.id)
    other_case = new_case(services, other.id)
    services.cases.save_assessment_sections(case.id, {AssessmentSection.FAMILY: "asesmenrahasia keluarga",
                                                      AssessmentSection.HEALTH: "Wulandari mengeluh pusing"})
    services.cases.add_goal(case.id, GoalInput(description="tujuanrahasia aman", activities="rujuk psikolog",
                                               responsible="Kusumawardhani"))
    services.cases.move_stage(case.id, CaseStage.ASESMEN, occurred_on=date(2026, 2, 5), note="tahaprahasia")
    sessions = []
    for day in range(3):
        row = new_session(services, case.id, FEB + timedelta(days=day), service_type_id=kind.id)
        services.sessions.record_attendance(row.id, Attendance.ATTENDED)
        services.sessions.save_note(row.id, NoteFormat.DAP, {
            "data": f"pengakuanrahasia hari {day} oleh Wulandari", "assessment": "cemas", "plan": "lanjut"})
        sessions.append(row)
    services.sessions.sign_note(sessions[0].id)
    services.sessions.sign_note(sessions[1].id)
    services.sessions.add_addendum(sessions[0].id, "koreksi nama", "adendumrahasia Prameswari")
    future = new_session(services, case.id, services.sessions.now() + timedelta(days=3))
    other_session = new_session(services, other_case.id, FEB, service_type_id=kind.id)
    services.sessions.record_attendance(other_session.id, Attendance.ATTENDED)
    services.sessions.save_note(other_session.id, NoteFormat.DAP, {"data": "catatan Rina tetap ada"})
    services.attachments.add(client.id, file_name="surat.pdf", title="lampiranrahasia pengadilan",
                             data=b"%PDF-1.4\n% lampiranrahasia Wulandari\n%%EOF\n")
    # The client's own invoice: paid in part.
    own = services.billing.payer_for_client(client.id)
    first = services.billing.issue(services.billing.create_draft(
        own.id, session_ids=[sessions[0].id], notes="Untuk Wulandari Prameswari").id)
    services.payments.record_payment(first.id, PaymentInput(amount=100_000, method=PaymentMethod.CASH))
    # A hospital pays for the second session and for the other client's: one shared invoice.
    hospital = services.billing.create_payer(PayerInput(kind=PayerKind.HOSPITAL, name="RSUD Kota Bandung",
                                                        address="Jl. Rumah Sakit 22"))
    services.billing.set_case_payer(case.id, hospital.id)
    services.billing.set_case_payer(other_case.id, hospital.id)
    shared = services.billing.issue(services.billing.create_draft(
        hospital.id, session_ids=[sessions[1].id, other_session.id]).id)
    services.payments.record_payment(shared.id, PaymentInput(amount=shared.total))
    return {"client": client, "other": other, "case": case, "sessions": sessions, "future": future,
            "first": first, "shared": shared, "other_session": other_session, "hospital": hospital}


def _text_values(engine) -> list[tuple[str, str, str]]:
    """Every text-like value of every column of every table: (table, column, value)."""
    found = []
    with engine.connect() as connection:
        inspector = inspect(connection)
        for table in inspector.get_table_names():
            if table.startswith("search_fts") or table == "alembic_version":
                continue
            for column in inspector.get_columns(table):
                quoted = f'"{column["name"]}"'
                if isinstance(column["type"], String | Text) or "JSON" in str(column["type"]).upper():
                    query = f'SELECT CAST({quoted} AS TEXT) FROM "{table}"'
                    found += [(table, column["name"], row[0]) for row in connection.exec_driver_sql(query)
                              if row[0] is not None]
    return found


def _traces(engine, words=SECRET_WORDS) -> list[tuple[str, str, str]]:
    lowered = [w.lower() for w in words]
    return [(t, c, v) for t, c, v in _text_values(engine) if any(w in v.lower() for w in lowered)]


def _income(services):
    """The month's money, without names: received, by service type and method, invoiced, still owed."""
    statement = services.finance.income_statement(2026, 3)
    owed = statement.outstanding
    return (statement.received, statement.payments, statement.by_service_type, statement.by_method,
            statement.invoiced, statement.invoices_issued, owed.buckets,
            [(line.number, line.total, line.paid, line.balance) for line in owed.lines])


def test_erasure_leaves_no_trace_of_the_client_in_any_table(services, store_url):
    story = _story(services)
    client = story["client"]
    engine = services.db.engine
    assert _traces(engine), "the story must have put the words in the store"
    income_before = _income(services)
    invoices_before = {i.id: (i.number, i.total, i.paid, i.status) for i in services.billing.list_invoices()}

    result = services.erasure.erase(client.id, ErasureReason.CLIENT_REQUEST, confirm_code=client.code.lower())

    assert _traces(engine) == []
    assert result.cases_closed == 1 and result.notes_cleared == 3 and result.addenda_cleared == 1
    assert result.attachments_deleted == 1 and result.invoices_anonymised == 2 and result.payments_anonymised == 2
    erased = services.clients.get(client.id)
    assert erased.full_name == erased_label(client.code) == f"Klien terhapus {client.code}"
    assert (erased.nik, erased.birth_date, erased.sex, erased.ppks_codes) == ("", None, None, ())
    assert erased.archived and erased.consent_given and erased.consent_date == client.consent_date
    # Money: every invoice keeps its number, amounts and state; income is what it was.
    assert {i.id: (i.number, i.total, i.paid, i.status) for i in services.billing.list_invoices()} == invoices_before
    assert _income(services) == income_before
    first = services.billing.get_invoice(story["first"].id)
    assert first.payer_name == erased.full_name and first.number == story["first"].number
    assert [line.client_label for line in first.lines] == [erased.full_name]
    shared = services.billing.get_invoice(story["shared"].id)
    assert shared.payer_name == "RSUD Kota Bandung"
    assert sorted(line.client_label for line in shared.lines) == sorted([erased.full_name, "Rina Wati"])
    receipt = services.payments.payments_for_invoice(first.id)[0]
    assert receipt.received_from == erased.full_name and receipt.amount == 100_000
    # Sessions stay as dated shells with their fees; the case is closed; the future session is cancelled.
    sessions = services.sessions.list_for_case(story["case"].id)
    assert [s.note for s in sessions] == [{}] * 4
    assert [s.fee for s in sessions[:3]] == [150_000] * 3
    assert sessions[0].signed_at is not None and sessions[0].addenda[0].content == ""
    assert services.sessions.get(story["future"].id).attendance is Attendance.CANCELLED
    case = services.cases.get(story["case"].id)
    assert case.closed_on == date(2026, 3, 2) and case.presenting_problem == ""
    assert [e.to_stage for e in case.history] == [CaseStage.PENDEKATAN_AWAL, CaseStage.ASESMEN]
    # The other client is untouched.
    assert services.clients.get(story["other"].id).full_name == "Rina Wati"
    assert services.sessions.get(story["other_session"].id).note["data"] == "catatan Rina tetap ada"
    # The log says what happened, naming ids only.
    entry = services.audit.entries(record_type="client", record_id=client.id)[0]
    assert (entry.action, entry.detail, entry.actor) == ("erase", "reason=permintaan_klien", "sri")
    record = services.erasure.erasure_of(client.id)
    assert record is not None and record.reason is ErasureReason.CLIENT_REQUEST and record.erased_by == "sri"
    assert services.erasure.erasure_of(story["other"].id) is None


def test_search_no_longer_finds_the_erased_client(services):
    story = _story(services)
    client = story["client"]
    assert [hit.client_id for hit in services.search.search("Wulandari").clients] == [client.id]
    assert services.search.search("pengakuanrahasia").notes
    services.erasure.erase(client.id, ErasureReason.CLIENT_REQUEST, confirm_code=client.code)
    assert services.search.search("Wulandari").empty
    assert services.search.search("pengakuanrahasia").empty
    assert services.search.search("masalahrahasia").empty
    # Still found by its code, as the anonymised record.
    assert [hit.client_id for hit in services.search.search(client.code).clients] == [client.id]


@pytest.mark.parametrize("store_url", ["sqlite"], indirect=True)
def test_the_sqlite_file_holds_no_trace_after_erasure(services, store_url):
    story = _story(services)
    client = story["client"]
    path = Path(store_url)
    raw_words = [w.encode() for w in ("Wulandari", "Prameswari", NIK, "pengakuanrahasia", "adendumrahasia",
                                      "lampiranrahasia", "Kusumawardhani", "sakitjiwakronis")]

    def traces() -> list[bytes]:
        blob = path.read_bytes() + (path.with_name(path.name + "-wal").read_bytes()
                                    if path.with_name(path.name + "-wal").exists() else b"")
        return [w for w in raw_words if w.lower() in blob.lower()]

    connection = sqlite3.connect(path)
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    assert traces(), "the words must be in the file before"
    result = services.erasure.erase(client.id, ErasureReason.GUARDIAN_REQUEST, confirm_code=client.code)
    assert result.log_emptied
    # No VACUUM needed: the erasure zeroed what it freed and emptied the log into the file.
    assert traces() == []
    connection = sqlite3.connect(path)
    connection.execute("VACUUM")
    connection.close()
    assert traces() == []


@pytest.mark.parametrize("store_url", ["sqlite"], indirect=True)
@pytest.mark.parametrize("encrypted", [False, True], ids=["plain", "encrypted"])
def test_overwriting_freed_space_ends_with_the_erasing_transaction(store_url, clock, encrypted):
    """Connections are pooled: the erasure's ``secure_delete`` must not stay on for the work after it."""
    key = keys.create_key_file(Path(store_url), "kata-sandi-yang-panjang")[0] if encrypted else None
    database = open_database(store_url, key=key, clock=clock)
    # Both SQLite builds here have it on by default; on a build where it is off, it must come back off.
    database.engine.dispose()
    event.listen(database.engine, "connect", lambda connection, _: connection.execute("PRAGMA secure_delete=OFF"))
    services = Services(database, actor="sri")
    story = _story(services)

    def settings() -> list[int]:
        with contextlib.ExitStack() as stack:  # every pooled connection at once (the erasing one among them)
            sessions = [stack.enter_context(database.read()) for _ in range(POOL_SIZE + 1)]
            return [session.execute(text("PRAGMA secure_delete")).scalar() for session in sessions]

    assert settings() == [0] * (POOL_SIZE + 1)
    services.erasure.erase(story["client"].id, ErasureReason.GUARDIAN_REQUEST, confirm_code=story["client"].code)
    assert settings() == [0] * (POOL_SIZE + 1)
    services.close()


def test_erasure_is_all_or_nothing(services, monkeypatch):
    story = _story(services)
    client = story["client"]
    before = _text_values(services.db.engine)

    def broken(*_args, **_kwargs):
        raise RuntimeError("disk full")

    from peksos_desk.services import erasure

    monkeypatch.setattr(erasure.ErasureService, "_anonymise_money", broken)
    with pytest.raises(RuntimeError):
        services.erasure.erase(client.id, ErasureReason.CLIENT_REQUEST, confirm_code=client.code)
    assert sorted(_text_values(services.db.engine)) == sorted(before)
    assert services.erasure.erasure_of(client.id) is None


@pytest.mark.parametrize("store_url", ["sqlite"], indirect=True)
def test_the_code_must_be_typed_to_confirm(services):
    client = new_client(services)
    with pytest.raises(ValidationError) as caught:
        services.erasure.erase(client.id, ErasureReason.CLIENT_REQUEST, confirm_code="KL-999999")
    assert caught.value.field == "confirm_code" and client.code in str(caught.value)
    assert services.clients.get(client.id).full_name == "Siti Aminah"
    assert services.audit.entries(record_type="client", record_id=client.id)[0].action == "create"


def test_a_client_is_erased_only_once_and_stays_erased(services, database):
    client = new_client(services)
    services.erasure.erase(client.id, ErasureReason.CONSENT_WITHDRAWN, confirm_code=client.code)
    with pytest.raises(LockedRecord):
        services.erasure.erase(client.id, ErasureReason.CONSENT_WITHDRAWN, confirm_code=client.code)
    with pytest.raises(LockedRecord):
        services.erasure.preview(client.id)
    engine = database.engine
    # The store itself refuses to give an erased client an identity again, or to forget the erasure.
    for statement in ("UPDATE client SET full_name = 'Siti Aminah' WHERE id = :id",
                      "UPDATE client SET phone = '0812' WHERE id = :id",
                      "UPDATE client SET archived = false WHERE id = :id",
                      "INSERT INTO client_ppks (client_id, ppks_code) VALUES (:id, 19)",
                      "DELETE FROM client_erasure WHERE client_id = :id",
                      "UPDATE client_erasure SET reason = 'lainnya' WHERE client_id = :id"):
        with pytest.raises(DBAPIError), engine.begin() as connection:
            connection.execute(text(statement), {"id": client.id})


def test_the_guards_still_hold_for_clients_not_erased(services, database):
    story = _story(services)
    engine = database.engine
    signed = story["sessions"][0].id
    for statement in (f"UPDATE case_session SET note = '{{}}' WHERE id = {signed}",
                      f"UPDATE note_addendum SET reason = '', content = '' WHERE session_id = {signed}",
                      "UPDATE case_stage_event SET note = ''",
                      f"UPDATE invoice SET payer_name = 'X' WHERE id = {story['first'].id}",
                      f"UPDATE invoice_line SET client_label = 'X' WHERE invoice_id = {story['first'].id}",
                      "UPDATE payment SET received_from = 'X'"):
        with pytest.raises(DBAPIError), engine.begin() as connection:
            connection.exec_driver_sql(statement)
    services.erasure.erase(story["client"].id, ErasureReason.OTHER, confirm_code=story["client"].code)
    # Even for the erased client, the exception only clears: amounts, numbers and dates never change.
    first = story["first"].id
    for statement in (f"UPDATE invoice SET total = total + 1, subtotal = subtotal + 1 WHERE id = {first}",
                      f"UPDATE invoice SET number = 'INV/X' WHERE id = {first}",
                      f"UPDATE invoice_line SET unit_price = 1, amount = 1 WHERE invoice_id = {first}",
                      f"UPDATE payment SET amount = 1 WHERE invoice_id = {first}",
                      f"UPDATE case_session SET note = '{{\"data\": \"baru\"}}' WHERE id = {signed}",
                      f"UPDATE note_addendum SET content = 'baru' WHERE session_id = {signed}",
                      f"DELETE FROM note_addendum WHERE session_id = {signed}",
                      f"UPDATE case_session SET signed_at = NULL WHERE id = {signed}"):
        with pytest.raises(DBAPIError), engine.begin() as connection:
            connection.exec_driver_sql(statement)


def test_the_preview_says_what_goes_and_warns_of_unpaid_invoices(services):
    story = _story(services)
    preview = services.erasure.preview(story["client"].id)
    assert (preview.cases, preview.open_cases, preview.sessions, preview.notes, preview.addenda) == (1, 1, 4, 3, 1)
    assert (preview.attachments, preview.invoices, preview.payments) == (1, 2, 2)
    assert preview.unpaid == (type(preview.unpaid[0])(story["first"].number, 50_000),)
    assert preview.unpaid_total == 50_000
    # Erasing is still allowed; the invoice stands and can still be paid, under the anonymised name.
    services.erasure.erase(story["client"].id, ErasureReason.CLIENT_REQUEST, confirm_code=story["client"].code)
    paid = services.payments.record_payment(story["first"].id, PaymentInput(amount=50_000))
    assert paid.received_from == erased_label(story["client"].code)


@pytest.mark.parametrize("store_url", ["sqlite"], indirect=True)
def test_an_unknown_reason_is_refused(services):
    client = new_client(services)
    with pytest.raises(ValidationError) as caught:
        services.erasure.erase(client.id, "bosan", confirm_code=client.code)  # type: ignore[arg-type]
    assert caught.value.field == "reason"


def test_erasures_are_listed_newest_first(services, clock):
    first, second = new_client(services), new_client(services, full_name="Rina Wati")
    services.erasure.erase(first.id, ErasureReason.CLIENT_REQUEST, confirm_code=first.code)
    clock.now += timedelta(hours=1)
    services.erasure.erase(second.id, ErasureReason.OTHER, confirm_code=second.code)
    assert [(r.code, r.reason) for r in services.erasure.erasures()] == [
        (second.code, ErasureReason.OTHER), (first.code, ErasureReason.CLIENT_REQUEST)]


def test_a_migrated_store_accepts_erasure(tmp_path, clock):
    """A store made at 0005 and upgraded gets the table and the exception triggers (SQLite)."""
    from alembic import command

    from peksos_desk.services.app import Services
    from peksos_desk.store.schema import alembic_config

    path = tmp_path / "old.db"
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        config = alembic_config()
        config.attributes["connection"] = connection
        command.upgrade(config, "0005")
    engine.dispose()
    services = Services.open(path, actor="sri", clock=clock)
    try:
        story = _story(services)
        services.erasure.erase(story["client"].id, ErasureReason.CLIENT_REQUEST, confirm_code=story["client"].code)
        assert _traces(services.db.engine) == []
        with services.db.engine.connect() as connection:
            assert connection.execute(select(text("count(*)")).select_from(text("client_erasure"))).scalar() == 1
    finally:
        services.close()
