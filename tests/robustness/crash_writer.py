"""A zygote for the crash test: imports the app once, then forks writers that the test kills with SIGKILL.

Protocol on stdin/stdout, one line each: ``fork`` -> the pid of a new writer; ``reap`` -> reaps finished
writers and answers ``ok``; ``quit`` ends. A writer opens the store itself (after the fork, so no connection is
shared) and loops: register a client (client + PPKS rows + audit entry, one transaction) and rewrite one session
note; only after each commit has returned does it append a line to the journal, fsync'd. So a journal line proves a
commit; a commit may lack its line when the kill fell between the two.
"""

from __future__ import annotations

import os
import sys
from datetime import date
from pathlib import Path

from peksos_desk.domain.practice import NoteFormat, Sex
from peksos_desk.services.app import Services
from peksos_desk.services.clients import ClientInput
from peksos_desk.store import keys
from peksos_desk.store.schema import open_database


def write_forever(store: Path, journal: Path, session_id: int, writer: int, key: bytes | None) -> None:
    services = Services(open_database(store, key=key), actor="crash")
    handle = os.open(journal, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
    counter = 0
    while True:
        counter += 1
        client = services.clients.create(ClientInput(
            full_name=f"Crash W{writer} N{counter}", birth_date=date(1990, 1, 1), sex=Sex.FEMALE,
            ppks_codes=(19, 23), consent_given=True, consent_date=date(2026, 2, 1)))
        os.write(handle, f"client {client.code}\n".encode())
        os.fsync(handle)
        services.sessions.save_note(session_id, NoteFormat.FREE, {"narrative": f"W{writer} N{counter} " + "x" * 500})
        os.write(handle, f"note W{writer} N{counter}\n".encode())
        os.fsync(handle)


def main() -> int:
    store, journal, session_id = Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3])
    password = os.environ.get("CRASH_TEST_PASSWORD") or None
    # An encrypted store: the (slow, by design) key derivation runs once here, not in every writer.
    key = keys.unlock(store, password) if password else None
    children: list[int] = []
    writer = 0
    for line in sys.stdin:
        command = line.strip()
        if command == "fork":
            writer += 1
            pid = os.fork()
            if pid == 0:  # the writer: never returns
                try:
                    write_forever(store, journal, session_id, writer, key)
                finally:
                    os._exit(3)
            children.append(pid)
            print(pid, flush=True)
        elif command == "reap":
            for pid in children:
                os.waitpid(pid, 0)
            children.clear()
            print("ok", flush=True)
        elif command == "quit":
            break
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
