"""Writing a file the user asked for (an export, a copy, a document) so that it is whole or not there at all."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO


def write_atomically(target: Path, content: bytes | Callable[[BinaryIO], object]) -> Path:
    """Write ``content`` (bytes, or a function writing to a binary file) through a private temporary file beside
    ``target``, flushed to the disk, then move it into place with mode 0600: a failure, a full disk or a crash
    never leaves half a file under the chosen name, nor a stray temporary one.

    Raises:
        OSError: the folder cannot be written (nothing is left behind).
    """
    handle, temporary = tempfile.mkstemp(prefix=".peksos-", suffix=".part", dir=target.parent)
    try:
        with os.fdopen(handle, "wb") as out:
            if isinstance(content, bytes):
                out.write(content)
            else:
                content(out)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(temporary, 0o600)
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
    return target
