"""A note being typed survives the app being killed: the autosaved draft is in the store afterwards."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from peksos_desk.domain.practice import Attendance
from peksos_desk.services.app import Services
from tests.services.factories import new_case, new_session

ROOT = Path(__file__).resolve().parents[2]
CHILD = Path(__file__).with_name("gui_draft_child.py")
WORDS = "Klien datang bersama ibunya dan bercerita tentang sekolah"


@pytest.mark.slow
def test_an_autosaved_draft_survives_sigkill_of_the_gui(tmp_path: Path) -> None:
    store = tmp_path / "praktik.db"
    services = Services.open(store)
    case = new_case(services)
    session = new_session(services, case.id, starts_at=datetime(2026, 2, 20, 3, tzinfo=UTC))
    services.sessions.record_attendance(session.id, Attendance.ATTENDED)
    services.close()

    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen", "PEKSOS_DESK_HOME": str(tmp_path)}
    child = subprocess.Popen([sys.executable, str(CHILD), str(store), str(tmp_path / "settings.ini"),
                              str(session.id), WORDS], stdout=subprocess.PIPE, text=True, cwd=ROOT, env=env)
    assert child.stdout is not None
    try:
        assert child.stdout.readline().strip() == "saved"
    finally:
        os.kill(child.pid, signal.SIGKILL)
        child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL

    services = Services.open(store)
    try:
        note = services.sessions.get(session.id).note
    finally:
        services.close()
    assert WORDS in "".join(note.values())
