"""Every user setting and every piece of saved window state, declared once (MusicBrainz Picard's rule).

Preferences (``Settings``) live apart from window state (``persist/...`` keys); nothing else in the app calls
``QSettings`` with a string key of its own. The file sits in the config folder, which ``PEKSOS_DESK_HOME`` moves.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, qVersion

from peksos_desk.domain.text import Language
from peksos_desk.services.app import settings_folder

LANGUAGES = ("id", "en")
DEFAULT_LANGUAGE = "id"
DEFAULT_IDLE_LOCK_MINUTES, MAX_IDLE_LOCK_MINUTES = 10, 240


class Settings:
    """Typed access to the settings file."""

    def __init__(self, path: Path | None = None) -> None:
        if path is None:
            folder = settings_folder()
            folder.mkdir(parents=True, exist_ok=True, mode=0o700)
            path = folder / "settings.ini"
        self.path = path
        self._qsettings = QSettings(str(path), QSettings.Format.IniFormat)

    # -- preferences -------------------------------------------------------------------------------------

    @property
    def language(self) -> str:
        """The UI language: "id" (default) or "en"."""
        value = str(self._qsettings.value("ui/language", DEFAULT_LANGUAGE))
        return value if value in LANGUAGES else DEFAULT_LANGUAGE

    @language.setter
    def language(self, value: str) -> None:
        if value not in LANGUAGES:
            raise ValueError(value)
        self._qsettings.setValue("ui/language", value)

    @property
    def document_language(self) -> Language:
        """The language documents are printed in: Indonesian unless the user asked for English."""
        value = str(self._qsettings.value("documents/language", DEFAULT_LANGUAGE))
        return "en" if value == "en" else "id"

    @document_language.setter
    def document_language(self, value: str) -> None:
        if value not in LANGUAGES:
            raise ValueError(value)
        self._qsettings.setValue("documents/language", value)

    @property
    def last_store(self) -> str:
        """The store opened last time ("" for the default store)."""
        return str(self._qsettings.value("store/last", ""))

    @last_store.setter
    def last_store(self, value: str) -> None:
        self._qsettings.setValue("store/last", value)

    @property
    def idle_lock_minutes(self) -> int:
        """Minutes without keyboard or mouse input before the window locks itself (0: never; default 10)."""
        try:
            value = int(str(self._qsettings.value("security/idle_lock_minutes", DEFAULT_IDLE_LOCK_MINUTES)))
        except ValueError:
            return DEFAULT_IDLE_LOCK_MINUTES
        return min(max(value, 0), MAX_IDLE_LOCK_MINUTES)

    @idle_lock_minutes.setter
    def idle_lock_minutes(self, value: int) -> None:
        if not 0 <= value <= MAX_IDLE_LOCK_MINUTES:
            raise ValueError(value)
        self._qsettings.setValue("security/idle_lock_minutes", value)

    @property
    def backup_folder(self) -> str:
        """The folder the user chose for backups ("" for the default: ``backups`` beside the store)."""
        return str(self._qsettings.value("backups/folder", ""))

    @backup_folder.setter
    def backup_folder(self, value: str) -> None:
        self._qsettings.setValue("backups/folder", value)

    @property
    def automatic_backups(self) -> bool:
        """Whether the app backs up on close and daily (default: on)."""
        return str(self._qsettings.value("backups/automatic", "true")).lower() not in ("false", "0", "no")

    @automatic_backups.setter
    def automatic_backups(self, value: bool) -> None:
        self._qsettings.setValue("backups/automatic", "true" if value else "false")

    # -- window state ------------------------------------------------------------------------------------

    def _state_key(self, name: str) -> str:
        # Keyed by Qt version: a state saved by another Qt may not restore cleanly.
        return f"persist/{qVersion()}/{name}"

    def state(self, name: str) -> QByteArray | None:
        """Saved geometry or header/splitter state, or None."""
        value = self._qsettings.value(self._state_key(name))
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def set_state(self, name: str, value: QByteArray) -> None:
        self._qsettings.setValue(self._state_key(name), value)

    def sync(self) -> None:
        """Write pending changes to disk."""
        self._qsettings.sync()
