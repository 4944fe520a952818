"""Nothing sensitive leaves the store by the side door: not in logs, crash reports, error messages or temporary
files; and the files the app makes are readable by the user alone."""

from __future__ import annotations

import logging
import stat
import sys
import tempfile
from pathlib import Path

import pytest
from sqlalchemy.exc import IntegrityError

from peksos_desk import diagnostics
from peksos_desk.domain.practice import Attendance, NoteFormat
from peksos_desk.services.app import Services
from peksos_desk.store.models import Client
from peksos_desk.store.schema import open_database
from tests.services.factories import new_case, new_client, new_session

NAME = "Siti Rahmawati"
NIK = "3273014509900002"
SECRET_NOTE = "klien mengungkapkan kekerasan oleh pamannya"


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _raise_with_client_data() -> None:
    client_name = NAME  # a local variable holding data: must not reach the report
    raise ValueError(f"cannot save {client_name} {NIK}: {SECRET_NOTE}")


def test_a_crash_report_keeps_the_stack_but_not_the_message_or_values(tmp_path: Path) -> None:
    try:
        _raise_with_client_data()
    except ValueError:
        kind, _, tb = sys.exc_info()
        assert kind is not None
        report = diagnostics.write_crash_report(kind, tb, folder=tmp_path / "logs")
    text = report.read_text()
    assert "builtins.ValueError" in text and "_raise_with_client_data" in text
    assert NAME not in text and NIK not in text and "kekerasan" not in text
    assert str(Path.home()) not in text or str(Path.home()) == "/"
    assert _mode(report) == 0o600 and _mode(report.parent) == 0o700


def test_the_uncaught_exception_hook_writes_a_redacted_report_and_tells_the_listener(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(diagnostics, "log_dir", lambda: tmp_path / "logs")
    seen: list[Path] = []
    monkeypatch.setattr(diagnostics, "_listeners", [seen.append])
    try:
        _raise_with_client_data()
    except ValueError as exc:
        diagnostics._handle(type(exc), exc, exc.__traceback__)
    assert len(seen) == 1 and seen[0].exists()
    err = capsys.readouterr().err
    assert "ValueError" in err and NAME not in err and NIK not in err


def test_logs_at_debug_hold_sql_but_never_a_name_or_a_note(tmp_path: Path, clock) -> None:
    log_file = diagnostics.setup_logging("DEBUG", folder=tmp_path / "logs")
    engine_logger = logging.getLogger("sqlalchemy.engine")
    handler = logging.getLogger("peksos_desk").handlers[-1]
    engine_logger.addHandler(handler)
    engine_logger.setLevel(logging.INFO)
    try:
        services = Services(open_database(tmp_path / "praktik.db", clock=clock), actor="sri")
        client = new_client(services, full_name=NAME, nik=NIK)
        case = new_case(services, client.id)
        session = new_session(services, case.id)
        services.sessions.record_attendance(session.id, Attendance.ATTENDED)
        services.sessions.save_note(session.id, NoteFormat.FREE, {"narrative": SECRET_NOTE})
        services.clients.list_clients(text="Rahma")
        services.close()
    finally:
        engine_logger.removeHandler(handler)
        engine_logger.setLevel(logging.WARNING)
    handler.flush()
    text = log_file.read_text()
    assert "INSERT INTO client" in text  # the log did record the statements...
    assert NAME not in text and NIK not in text and "kekerasan" not in text and "Rahma" not in text  # ...not data
    assert _mode(log_file) == 0o600


def test_a_database_error_message_carries_no_parameters(services: Services) -> None:
    client = new_client(services, full_name=NAME, nik=NIK)
    with pytest.raises(IntegrityError) as raised, services.db.write() as session:
        session.add(Client(code=client.code, full_name=NAME, nik=NIK))
    message = str(raised.value)
    assert NAME not in message and NIK not in message


def test_a_new_store_and_its_folder_are_the_users_alone(tmp_path: Path, clock) -> None:
    store = tmp_path / "baru" / "praktik.db"
    database = open_database(store, clock=clock)
    database.close()
    assert _mode(store) == 0o600
    assert _mode(store.parent) == 0o700


@pytest.mark.gui
def test_documents_shown_leave_no_file_behind(context, qtbot, tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    from peksos_desk.ui import documents, print_actions

    shared_tmp = tmp_path / "tmp"
    shared_tmp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(shared_tmp))
    monkeypatch.setattr(documents, "_folder", [])
    services = context.services
    client = new_client(services, full_name=NAME, nik=NIK)
    case = new_case(services, client.id)
    session = new_session(services, case.id)
    services.sessions.record_attendance(session.id, Attendance.ATTENDED)
    services.sessions.save_note(session.id, NoteFormat.FREE, {"narrative": SECRET_NOTE})

    viewers = [print_actions.show_case_note(context, None, session.id),
               print_actions.show_social_report(context, None, case.id),
               print_actions.show_intake_form(context, None, client.id)]
    folder = documents.private_folder()
    assert folder.parent == shared_tmp and _mode(folder) == 0o700
    files = list(folder.iterdir())
    assert len(files) == 3 and all(_mode(path) == 0o600 for path in files)
    # No file name says whose document it is.
    assert not any("siti" in path.name.lower() or NIK in path.name for path in files)
    for viewer in viewers:
        assert viewer is not None
        viewer.close()
        viewer.done(0)
    qtbot.waitUntil(lambda: not any(folder.iterdir()))
    # Nothing else was written to the shared temporary folder.
    assert [path for path in shared_tmp.iterdir() if path != folder] == []


@pytest.mark.gui
def test_the_window_tells_the_user_of_a_crash_in_plain_words(qapp, tmp_path: Path) -> None:
    from peksos_desk.ui.app import AppController
    from peksos_desk.ui.prompter import RecordingPrompter
    from peksos_desk.ui.settings import Settings

    prompter = RecordingPrompter()
    controller = AppController(qapp, Settings(tmp_path / "settings.ini"), prompter)
    controller.set_language("id")
    controller.report_crash(tmp_path / "logs" / "crash-1.txt")
    assert len(prompter.errors) == 1
    assert "tersimpan aman" in prompter.errors[0] and "crash-1.txt" in prompter.errors[0]
    controller.set_language("en")
