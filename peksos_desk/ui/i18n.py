"""Loading the UI's translations: our own strings and Qt's button texts, Indonesian by default."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

TRANSLATIONS = Path(str(resources.files("peksos_desk") / "resources" / "translations"))


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install the translators for ``language`` ("id" or "en") and return them (keep them alive)."""
    QLocale.setDefault(QLocale(QLocale.Language.Indonesian if language == "id" else QLocale.Language.English,
                               QLocale.Country.Indonesia))
    installed: list[QTranslator] = []
    if language == "en":
        return installed  # the sources are English
    for name, folder in (("qtbase_id", TRANSLATIONS),
                         ("qtbase_id", Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))),
                         ("peksos_desk_id", TRANSLATIONS)):
        translator = QTranslator(app)
        if translator.load(name, str(folder)):
            app.installTranslator(translator)
            installed.append(translator)
    return installed
