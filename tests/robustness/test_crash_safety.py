"""A crash loses nothing committed and leaves nothing half-written.

Writers registering clients and rewriting a note are killed with SIGKILL at random moments, many times over; then
the store is reopened, checked, and every commit the journal proves is there, whole.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select

from peksos_desk.domain.practice import NoteFormat
from peksos_desk.services.app import Services, check_store
from peksos_desk.store.models import AuditEntry, Client, client_ppks
from tests.services.factories import new_case, new_session

KILLS = 50
PASSWORD = "kata-sandi-uji-tabrakan"
WRITER = Path(__file__).with_name("crash_writer.py")
ROOT = Path(__file__).resolve().parents[2]


def _prepare(store: Path, password: str | None) -> int:
    services, _ = Services.create(store, password=password)
    try:
        case = new_case(services)
        session = new_session(services, case.id, starts_at=datetime(2026, 2, 20, 3, tzinfo=UTC))
        services.sessions.save_note(session.id, NoteFormat.FREE, {"narrative": "awal"})
        return session.id
    finally:
        services.close()


@pytest.mark.slow
@pytest.mark.parametrize("password", [None, PASSWORD], ids=["plain", "encrypted"])
def test_sigkill_at_random_moments_loses_no_commit_and_leaves_no_partial_record(
        tmp_path: Path, password: str | None) -> None:
    store, journal = tmp_path / "praktik.db", tmp_path / "journal.txt"
    session_id = _prepare(store, password)
    seed = random.randrange(1 << 30)
    rng = random.Random(seed)
    zygote = subprocess.Popen(
        [sys.executable, str(WRITER), str(store), str(journal), str(session_id)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT), "CRASH_TEST_PASSWORD": password or ""})
    assert zygote.stdin is not None and zygote.stdout is not None
    try:
        for _ in range(KILLS):
            zygote.stdin.write("fork\n")
            zygote.stdin.flush()
            size = journal.stat().st_size if journal.exists() else 0
            pid = int(zygote.stdout.readline())
            # Kill while it writes: once it has committed once, at a random moment within the next few commits.
            deadline = time.monotonic() + 30
            while (journal.stat().st_size if journal.exists() else 0) == size and time.monotonic() < deadline:
                time.sleep(0.002)
            time.sleep(rng.uniform(0, 0.1))
            os.kill(pid, signal.SIGKILL)
            zygote.stdin.write("reap\n")
            zygote.stdin.flush()
            assert zygote.stdout.readline().strip() == "ok"
    finally:
        zygote.stdin.write("quit\n")
        zygote.stdin.flush()
        zygote.wait(timeout=30)

    lines = journal.read_text().splitlines()
    committed_clients = [line.split()[1] for line in lines if line.startswith("client ")]
    committed_notes = [line.removeprefix("note ") for line in lines if line.startswith("note ")]
    # The kills fell while writing: enough commits happened to make the test mean something.
    assert len(committed_clients) >= KILLS, f"seed {seed}: only {len(committed_clients)} commits"

    report = check_store(store, password=password)
    assert report.ok, (seed, report.problems)
    services = Services.open(store, password=password)
    try:
        with services.db.read() as session:
            codes = set(session.scalars(select(Client.code).where(Client.full_name.like("Crash %"))))
            ppks_per_client = dict(session.execute(
                select(Client.code, func.count(client_ppks.c.ppks_code))
                .join(client_ppks, client_ppks.c.client_id == Client.id, isouter=True)
                .where(Client.full_name.like("Crash %")).group_by(Client.code)).all())
            audited = set(session.scalars(
                select(Client.code).join(AuditEntry, (AuditEntry.record_id == Client.id)
                                         & (AuditEntry.record_type == "client") & (AuditEntry.action == "create"))
                .where(Client.full_name.like("Crash %"))))
        note = services.sessions.get(session_id).note
    finally:
        services.close()
    assert set(committed_clients) <= codes, f"seed {seed}: committed clients lost"
    # No partial record: each client came with both PPKS rows and its audit entry, or not at all.
    assert set(ppks_per_client.values()) == {2}, f"seed {seed}"
    assert audited == codes, f"seed {seed}"
    # The note holds a whole version, at least as new as the last one the journal proves.
    text = note["narrative"]
    assert text.endswith("x" * 500)
    if committed_notes:
        assert text.startswith(("W", "awal"))
        latest = committed_notes[-1]
        writer, counter = text.split()[:2]
        proven_writer, proven_counter = latest.split()
        assert (int(writer[1:]), int(counter[1:])) >= (int(proven_writer[1:]), int(proven_counter[1:]))
