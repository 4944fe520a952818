"""The fonts every document embeds: DejaVu Sans, shipped in ``resources/fonts/`` (Bitstream Vera licence).

ReportLab's built-in Helvetica is not embedded and lacks glyphs some names need, so documents use only
these. Reading the four TrueType files costs some tens of milliseconds: they are registered once per
process, the first time a document is built, never at start-up.
"""

from __future__ import annotations

import threading
from importlib.resources import files

REGULAR = "PeksosSans"
BOLD = "PeksosSans-Bold"
ITALIC = "PeksosSans-Italic"
BOLD_ITALIC = "PeksosSans-BoldItalic"

_FILES = {
    REGULAR: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    ITALIC: "DejaVuSans-Oblique.ttf",
    BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf",
}
_lock = threading.Lock()
_registered = False


def font_folder() -> str:
    """The folder that holds the shipped font files."""
    return str(files("peksos_desk") / "resources" / "fonts")


def ensure_fonts() -> None:
    """Register the document fonts with ReportLab (once per process; later calls cost nothing).

    After this, ``<b>`` and ``<i>`` in paragraphs of :data:`REGULAR` pick the bold and italic faces.
    """
    global _registered  # noqa: PLW0603 - a process-wide, once-only registration
    if _registered:
        return
    with _lock:
        if _registered:
            return
        from reportlab.lib.fonts import addMapping
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont

        folder = files("peksos_desk") / "resources" / "fonts"
        for name, filename in _FILES.items():
            pdfmetrics.registerFont(TTFont(name, str(folder / filename)))
        for bold, italic, name in ((0, 0, REGULAR), (1, 0, BOLD), (0, 1, ITALIC), (1, 1, BOLD_ITALIC)):
            addMapping(REGULAR, bold, italic, name)
        _registered = True
