"""Building a document for the user to see: the PDF goes to a private temporary folder, the viewer shows it.

The folder is made for this process alone (mode 0700) and removed when the app ends, so no client document is
left behind in a shared temporary directory.
"""

from __future__ import annotations

import atexit
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

_folder: list[Path] = []


def private_folder() -> Path:
    """This process's own temporary folder for documents (created on first use, removed at exit)."""
    if not _folder:
        folder = Path(tempfile.mkdtemp(prefix="peksos-docs-"))
        folder.chmod(0o700)
        atexit.register(shutil.rmtree, folder, True)
        _folder.append(folder)
    return _folder[0]


def build_to_file(name: str, build: Callable[[BinaryIO], object]) -> Path:
    """Run ``build`` on a new file in the private folder and return its path."""
    safe = "".join(c if c.isalnum() or c in "-_." else "-" for c in name)[:80] or "dokumen"
    target = private_folder() / f"{safe}.pdf"
    with target.open("wb") as handle:
        build(handle)
    target.chmod(0o600)
    return target


def discard(path: Path) -> None:
    """Remove a document made for viewing (once the viewer closes)."""
    if _folder and path.parent == _folder[0]:
        path.unlink(missing_ok=True)
