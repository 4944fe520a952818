"""Compile the Indonesian translation sources into the .qm files the app loads.

Each area of the UI keeps its own source in ``resources/translations/id/<area>.ts`` (so pages can be worked on
apart); they compile together into ``peksos_desk_id.qm``. ``qtbase_id.ts`` holds Qt's own button texts, which Qt
does not ship in Indonesian.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "peksos_desk" / "resources" / "translations"


def _stale(target: Path, sources: list[Path]) -> bool:
    return not target.exists() or any(s.stat().st_mtime > target.stat().st_mtime for s in sources)


def main() -> int:
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    jobs = {
        TRANSLATIONS / "peksos_desk_id.qm": sorted((TRANSLATIONS / "id").glob("*.ts")),
        TRANSLATIONS / "qtbase_id.qm": sorted(TRANSLATIONS.glob("qtbase_id.ts")),
    }
    for target, sources in jobs.items():
        if sources and _stale(target, sources):
            subprocess.run([str(lrelease), "-silent", *map(str, sources), "-qm", str(target)], check=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
