"""Logs and crash reports that help support without ever holding a client's data.

The rules: the app logs events (a store opened, a backup made, a migration run) and never content; the engines
hide SQL parameters; a crash report keeps the exception's *type* and the stack's file, line and function names —
never the exception's message, which may quote a name or a note, and never local variables. Both live in the
user's log folder, readable by the user alone.
"""

from __future__ import annotations

import logging
import os
import platform
import sys
import threading
import traceback
from collections.abc import Callable
from datetime import UTC, datetime
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

from peksos_desk import __version__
from peksos_desk.store.paths import log_dir

LOG_FILE = "peksos-desk.log"
LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
PACKAGE_ROOT = Path(__file__).resolve().parent.parent

CrashListener = Callable[[Path], None]
_listeners: list[CrashListener] = []


def _private_folder(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    os.chmod(folder, 0o700)
    return folder


def setup_logging(level: str | None = None, folder: Path | None = None) -> Path:
    """Log to a rotating file in the log folder (0600), at ``level`` or ``PEKSOS_DESK_LOG_LEVEL`` (INFO)."""
    target = _private_folder(folder or log_dir()) / LOG_FILE
    chosen = (level or os.environ.get("PEKSOS_DESK_LOG_LEVEL") or "INFO").upper()
    root = logging.getLogger("peksos_desk")
    root.setLevel(getattr(logging, chosen, logging.INFO))
    for handler in list(root.handlers):
        if getattr(handler, "peksos_log", False):
            root.removeHandler(handler)
            handler.close()
    target.touch(mode=0o600, exist_ok=True)
    os.chmod(target, 0o600)
    handler = RotatingFileHandler(target, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    handler.setFormatter(logging.Formatter(LOG_FORMAT))
    handler.peksos_log = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    return target


def _where(filename: str) -> str:
    """A frame's file relative to the app (no home folder, no user name), or just its name."""
    path = Path(filename)
    try:
        return str(path.resolve().relative_to(PACKAGE_ROOT))
    except ValueError:
        return path.name


def crash_report_text(kind: type[BaseException], tb: TracebackType | None, when: datetime) -> str:
    """What a crash report holds: versions, the exception's type and the stack — no message, no values."""
    lines = [
        f"Peksos Desk {__version__} crash report",
        f"time: {when.astimezone(UTC).isoformat(timespec='seconds')}",
        f"python: {platform.python_version()} on {platform.system()} {platform.machine()}",
        f"exception: {kind.__module__}.{kind.__qualname__}",
        "(the exception's message and all values are left out on purpose: they may hold client data)",
        "stack:",
    ]
    lines += [f"  {_where(frame.filename)}:{frame.lineno} in {frame.name}" for frame in traceback.extract_tb(tb)]
    return "\n".join(lines) + "\n"


def write_crash_report(kind: type[BaseException], tb: TracebackType | None, folder: Path | None = None) -> Path:
    """Write a crash report (0600) to the log folder; returns its path."""
    when = datetime.now(UTC)
    target = _private_folder(folder or log_dir()) / f"crash-{when:%Y%m%d-%H%M%S-%f}.txt"
    descriptor = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
        handle.write(crash_report_text(kind, tb, when))
    return target


def _handle(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, value, tb)
        return
    try:
        report = write_crash_report(kind, tb)
    except OSError:
        report = None
    logging.getLogger("peksos_desk").error("unexpected %s.%s; crash report: %s", kind.__module__,
                                           kind.__qualname__, report)
    # The terminal gets the same redacted account: a full traceback could print a client's name.
    print(f"peksos-desk: unexpected error ({kind.__qualname__}); report: {report}", file=sys.stderr)
    if report is not None:
        for listener in list(_listeners):
            listener(report)


def install_crash_handler() -> None:
    """Route uncaught exceptions (main thread, other threads, Qt slots) to a redacted crash report."""
    sys.excepthook = _handle

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        _handle(args.exc_type, args.exc_value or args.exc_type(), args.exc_traceback)

    threading.excepthook = thread_hook


def on_crash(listener: CrashListener) -> None:
    """Call ``listener`` with the report's path after each crash (the GUI tells the user)."""
    _listeners.append(listener)
