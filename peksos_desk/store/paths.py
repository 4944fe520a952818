"""Where Peksos Desk keeps its files. ``PEKSOS_DESK_HOME`` moves all of them (tests, portable installs)."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "peksos-desk"
STORE_FILE = "praktik.db"


def _home() -> Path | None:
    value = os.environ.get("PEKSOS_DESK_HOME", "").strip()
    return Path(value).expanduser() if value else None


def data_dir() -> Path:
    """The folder of the default store."""
    home = _home()
    return home / "data" if home else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def config_dir() -> Path:
    """The folder of the settings file."""
    home = _home()
    return home / "config" if home else Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def log_dir() -> Path:
    """The folder of the log files (which never hold client data)."""
    home = _home()
    return home / "logs" if home else Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def backup_dir() -> Path:
    """The default folder for backups (the user may choose another, e.g. a USB drive)."""
    return data_dir() / "backups"


def default_store() -> Path:
    """The store the app opens when no ``--db`` is given."""
    return data_dir() / STORE_FILE
