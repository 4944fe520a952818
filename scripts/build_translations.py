"""Compile the Qt translation sources (.ts) into .qm files next to them, when they changed."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "peksos_desk" / "resources" / "translations"


def main() -> int:
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    for source in sorted(TRANSLATIONS.glob("*.ts")):
        target = source.with_suffix(".qm")
        if target.exists() and target.stat().st_mtime >= source.stat().st_mtime:
            continue
        subprocess.run([str(lrelease), "-silent", str(source), "-qm", str(target)], check=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
