"""Pieces the money documents (tagihan, kuitansi, income statement) share: ruled tables whose amount
columns are as wide as their widest amount, so Rp1.234.567.890 never wraps inside its cell."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from peksos_desk.domain.money import format_rupiah
from peksos_desk.reports.fonts import BOLD
from peksos_desk.reports.template import data_table, markup, styles

CELL_PAD = 3.0
"""Points of room at each side of a cell, so a right-aligned amount never touches the text beside it."""


def amount_width(amounts: Iterable[int], *, header: str = "", minimum: float = 20 * mm) -> float:
    """The width of a column of Rupiah amounts: its widest amount in bold (totals are bold) and its header,
    plus the cell padding; at least ``minimum``."""
    s = styles()
    size = s.table_number.fontSize
    widest = max((stringWidth(format_rupiah(amount), BOLD, size) for amount in amounts), default=0.0)
    heading = stringWidth(header, BOLD, s.table_header.fontSize) if header else 0.0
    return max(minimum, max(widest, heading) + 2 * CELL_PAD + 1)


def text_width(texts: Iterable[str], *, minimum: float = 0.0, bold: bool = True) -> float:
    """The width a column needs to show each of ``texts`` on one line (they are short: dates, numbers)."""
    s = styles()
    font = BOLD if bold else s.table_cell.fontName
    widest = max((stringWidth(text, font, s.table_cell.fontSize) for text in texts), default=0.0)
    return max(minimum, widest + 2 * CELL_PAD + 1)


def rupiah(amount: int, *, bold: bool = False) -> Paragraph:
    """A right-aligned amount cell: "Rp1.500.000"."""
    text = format_rupiah(amount)
    return Paragraph(f"<b>{text}</b>" if bold else text, styles().table_number)


def bold_cell(text: str, *, right: bool = False) -> Paragraph:
    """A bold table cell (a total row's caption)."""
    s = styles()
    style = ParagraphStyle("bold_number", s.table_number) if right else s.table_cell
    return Paragraph(f"<b>{markup(text)}</b>", style)


def money_table(header: Sequence[str], rows: Sequence[Sequence[str | Flowable]], widths: Sequence[float], *,
                numeric: Sequence[int] = (), total: Sequence[str | Flowable] | None = None) -> Table:
    """A ruled table (header repeated on every page it spans) with padded cells; ``total`` is a last row
    set off by a rule above it and a light fill."""
    body = [*rows, *([total] if total is not None else [])]
    result = data_table(header, body, widths, numeric=numeric)
    commands: list[tuple[object, ...]] = [
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PAD), ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PAD),
    ]
    if total is not None:
        last = len(body)  # the header is row 0; absolute indexes stay right when the table splits
        commands += [("LINEABOVE", (0, last), (-1, last), 0.8, styles().body.textColor),
                     ("BACKGROUND", (0, last), (-1, last), colors.HexColor("#f4f6f7"))]
    result.setStyle(TableStyle(commands))
    return result


def right(text: str) -> Paragraph:
    """A right-aligned plain cell (counts, percentages)."""
    return Paragraph(markup(text), ParagraphStyle("right_cell", styles().table_cell, alignment=TA_RIGHT))
