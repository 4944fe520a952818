"""The audit log viewer's service: filtered pages in the practitioner's days, existence of records, CSV export."""

from __future__ import annotations

import csv
from datetime import UTC, date, datetime, timedelta

import pytest

from peksos_desk.domain.errors import ValidationError
from peksos_desk.domain.text import set_language
from peksos_desk.services.audit import AuditFilter, action_label, record_type_label
from tests.services.factories import adult, new_case, new_client


def test_pages_are_newest_first_and_counted(services):
    for name in ("Siti Aminah", "Rina Wati", "Budi Santoso"):
        new_client(services, full_name=name)
    first = services.audit.page(offset=0, limit=2)
    second = services.audit.page(offset=2, limit=2)
    assert first.total == second.total == 3
    assert [r.id for r in first.rows + second.rows] == sorted((r.id for r in first.rows + second.rows), reverse=True)
    assert len(second.rows) == 1


def test_days_are_the_practitioners_days(services, clock):
    # 23.30 WIB on 1 March is 16.30 UTC; 00.30 WIB on 2 March is 17.30 UTC on 1 March.
    clock.now = datetime(2026, 3, 1, 16, 30, tzinfo=UTC)
    late = new_client(services)
    clock.now = datetime(2026, 3, 1, 17, 30, tzinfo=UTC)
    early = new_client(services, full_name="Rina Wati")
    march_1 = services.audit.page(AuditFilter(start=date(2026, 3, 1), end=date(2026, 3, 1)))
    march_2 = services.audit.page(AuditFilter(start=date(2026, 3, 2)))
    assert [r.record_id for r in march_1.rows] == [late.id]
    assert [r.record_id for r in march_2.rows] == [early.id]
    assert services.audit.page(AuditFilter(end=date(2026, 2, 28))).total == 0


def test_filters_by_record_type_action_and_actor(services):
    client = new_client(services)
    case = new_case(services, client.id)
    services.clients.update(client.id, adult(phone="0811-2222-3333"))
    from peksos_desk.services.app import Services

    other = Services(services.db, actor="budi")
    other.clients.archive(new_client(other, full_name="Rina Wati").id)
    assert {r.record_id for r in services.audit.page(AuditFilter(record_type="case")).rows} == {case.id}
    assert [r.action for r in services.audit.page(AuditFilter(record_type="client", action="update")).rows] == [
        "update"]
    assert {r.actor for r in services.audit.page(AuditFilter(actor="budi")).rows} == {"budi"}
    choices = services.audit.choices()
    assert choices.actors == ("budi", "sri")
    assert {"client", "case"} <= set(choices.record_types) and "archive" in choices.actions


def test_a_range_that_ends_before_it_starts_is_refused(services):
    with pytest.raises(ValidationError) as caught:
        services.audit.page(AuditFilter(start=date(2026, 3, 2), end=date(2026, 3, 1)))
    assert caught.value.field == "end"


def test_entries_say_whether_their_record_still_exists(services):
    client = new_client(services)
    added = services.attachments.add(client.id, file_name="surat.pdf", data=b"%PDF-1.4\n%%EOF\n")
    services.attachments.remove(added.id)
    rows = services.audit.page().rows
    assert {(r.record_type, r.action, r.record_exists) for r in rows} >= {
        ("client", "create", True), ("attachment", "create", False), ("attachment", "delete", False)}


def test_labels_read_well_in_both_languages():
    assert (action_label("sign").id, action_label("sign").en) == ("Catatan ditandatangani", "Note signed")
    assert (record_type_label("invoice").id, record_type_label("invoice").en) == ("Tagihan", "Invoice")
    assert str(action_label("something_new")) == "something_new"


@pytest.mark.parametrize("language", ["id", "en"])
def test_csv_export_opens_in_excel_and_is_logged(services, tmp_path, clock, language):
    set_language(language)
    client = new_client(services, full_name="Siti, \"Ami\" Aminah")
    clock.now += timedelta(days=1)
    services.clients.archive(client.id)
    target = tmp_path / "audit.csv"
    count = services.audit.export_csv(target, AuditFilter(record_type="client"))
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and count == 2
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
    assert rows[0][:5] == ["id", "waktu_lokal", "zona", "pelaku", "tindakan"]
    assert [row[4] for row in rows[1:]] == ["create", "archive"]  # oldest first
    assert rows[2][1] == "2026-03-03 09:00:00" and rows[2][2] == "WIB"
    assert rows[2][5] == ("Diarsipkan" if language == "id" else "Archived")
    assert "Aminah" not in raw.decode("utf-8-sig")  # the log never holds content
    assert target.stat().st_mode & 0o777 == 0o600
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".peksos-")]
    assert services.audit.entries()[0].action == "export" and services.audit.entries()[0].record_type == "audit_log"


def test_csv_export_to_a_missing_folder_says_so(services, tmp_path):
    with pytest.raises(ValidationError) as caught:
        services.audit.export_csv(tmp_path / "nowhere" / "audit.csv")
    assert "nowhere" in str(caught.value)
