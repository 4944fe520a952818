"""*Kuitansi*: the receipt for one payment, laid out like the Indonesian receipt pad people know.

Under the letterhead, in one ruled frame: "KUITANSI" and its number; *Sudah terima dari*; *Uang sejumlah*
in words (*terbilang*) in a shaded box; *Untuk pembayaran*; the invoice it pays and how it was paid; then
the amount in figures, large and boxed ("Rp1.500.000,-": the closing ",-" leaves no room to add digits),
and at the right the place and date, *Yang menerima*, room to sign and the receiver's name.

Above Rp5.000.000 (not at it) a kuitansi owes a Rp10.000 *bea meterai* (UU No. 10 Tahun 2020, Pasal 3
ayat (2) huruf g and Pasal 5): a dashed box in the signing space says where the stamp goes, since the
signature is written across it, and a line of small print gives the legal basis. The words stay Indonesian
in an English receipt: the *terbilang* is what the kuitansi's legal form asks for.

A kuitansi is the payer's own proof of payment and is not marked *RAHASIA* unless ``confidential`` asks for
it; the payer's name stays out of the PDF's metadata.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Spacer, Table

from peksos_desk.domain.dates import format_date, place_and_date
from peksos_desk.domain.money import format_rupiah
from peksos_desk.domain.text import Language
from peksos_desk.reports.fonts import BOLD, BOLD_ITALIC
from peksos_desk.reports.labels import label
from peksos_desk.reports.template import (
    CONTENT_WIDTH,
    Logo,
    build_document,
    full_name,
    markup,
    para,
    signature_space,
    styles,
    table,
)

if TYPE_CHECKING:
    from peksos_desk.services.finance import ReceiptDocument
    from peksos_desk.services.profile import Profile

Out = Path | str | BinaryIO
_FRAME_PAD = 9.0
_INNER = CONTENT_WIDTH - 2 * _FRAME_PAD
_LABEL_WIDTH = 40 * mm
_FILL = colors.HexColor("#e9edf0")
_INK = colors.HexColor("#1a1a1a")
_DOTS = colors.HexColor("#8a8a8a")
_STAMP = colors.HexColor("#b00020")
METERAI_BOX = (38 * mm, 24 * mm)
"""Room for the stamp: a Rp10.000 *meterai tempel* (about 3.7 × 2.5 cm) with a little to spare."""


def build_receipt(document: ReceiptDocument, profile: Profile, out: Out, *, language: Language = "id",
                  printed_on: date, logo: Logo | None = None, confidential: bool = False,
                  signature: Logo | None = None) -> int:
    """Write the *kuitansi* ``document`` as a one-page PDF to ``out``; returns the number of pages.

    ``printed_on`` is the footer's print date (and the PDF's creation date); ``logo`` (a path or the
    image's bytes) goes in the letterhead; ``confidential`` marks the page *RAHASIA*; ``signature`` (likewise)
    is printed over the receiver's name, except on a kuitansi that needs a meterai: that one is signed by hand
    across the stamp.
    """
    s = styles()
    title = ParagraphStyle("receipt_title", s.title, fontSize=20, leading=24, spaceBefore=0, spaceAfter=1)
    number = ParagraphStyle("receipt_number", s.subtitle, fontSize=10.5, leading=13, spaceAfter=0,
                            textColor=_INK)
    rows: list[list[Any]] = [
        [para(label("receipt_title", language).upper(), title)],
        [para(label("number_line", language, number=document.number), number)],
        [_fields(document, language)],
        [_bottom(document, profile, language, signature)],
    ]
    if document.needs_meterai:
        rows.append([para(label("meterai_note", language), s.small)])
    if language != "id":
        rows.append([para(label("words_are_indonesian", language), s.small)])
    frame = table(rows, [_INNER + 2 * _FRAME_PAD], [
        ("BOX", (0, 0), (-1, -1), 1.4, _INK),
        ("LEFTPADDING", (0, 0), (-1, -1), _FRAME_PAD), ("RIGHTPADDING", (0, 0), (-1, -1), _FRAME_PAD),
        ("TOPPADDING", (0, 0), (-1, 0), 10), ("BOTTOMPADDING", (0, -1), (-1, -1), 9),
        ("TOPPADDING", (0, 2), (-1, 2), 12), ("TOPPADDING", (0, 3), (-1, 3), 10),
        ("TOPPADDING", (0, 4), (-1, -1), 6),
    ])
    story: list[Flowable] = [Spacer(1, 4), frame]
    receipt = label("receipt_title", language)
    return build_document(out, profile=profile, title=f"{receipt} {document.number}", language=language,
                          printed_on=printed_on, confidential=confidential, story=story, subject=receipt,
                          logo=logo)


# -- pieces ----------------------------------------------------------------------------------------------

def _fields(document: ReceiptDocument, language: Language) -> Table:
    """The receipt's lines: received from, the sum in words (shaded), what for, invoice and method."""
    s = styles()
    caption = ParagraphStyle("receipt_label", s.body_left, fontSize=10.5, leading=14, spaceAfter=0)
    value = ParagraphStyle("receipt_value", caption, fontName=BOLD)
    words_style = ParagraphStyle("receipt_words", caption, fontName=BOLD_ITALIC, fontSize=11, leading=15)
    small_caption = ParagraphStyle("receipt_small_label", s.table_cell, textColor=s.label.textColor)
    words = document.amount_in_words.strip()
    words = words[:1].upper() + words[1:]
    value_width = _INNER - _LABEL_WIDTH - 4 * mm
    shaded = table([[Paragraph(f"# {markup(words)} #", words_style)]], [value_width], [
        ("BACKGROUND", (0, 0), (-1, -1), _FILL), ("BOX", (0, 0), (-1, -1), 0.6, _DOTS),
        ("LEFTPADDING", (0, 0), (-1, -1), 6), ("RIGHTPADDING", (0, 0), (-1, -1), 6),
        ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
    ])
    method = document.method.label.render(language)
    if document.reference.strip():
        method = f"{method}, {label('reference', language, reference=document.reference.strip())}"
    rows: list[list[Flowable]] = [
        [para(label("received_from", language), caption), para(":", caption),
         para(document.received_from.strip() or "—", value)],
        [para(label("sum_of", language), caption), para(":", caption), shaded],
        [para(label("for_payment", language), caption), para(":", caption),
         para(document.purpose.strip() or "—", caption)],
    ]
    if document.invoice_number.strip():
        rows.append([para(label("invoice_number", language), small_caption), para(":", small_caption),
                     para(document.invoice_number, s.table_cell)])
    rows.append([para(label("paid_with", language), small_caption), para(":", small_caption),
                 para(method, s.table_cell)])
    dotted = (0.5, _DOTS, None, (1, 2))
    return table(rows, [_LABEL_WIDTH, 4 * mm, value_width], [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("LINEBELOW", (2, 0), (2, 0), *dotted), ("LINEBELOW", (2, 2), (2, 2), *dotted),
        ("TOPPADDING", (0, 1), (-1, 1), 6), ("BOTTOMPADDING", (0, 1), (-1, 1), 6),
        ("TOPPADDING", (0, 1), (1, 1), 11),  # the caption on the line of the words inside their box
        ("TOPPADDING", (0, 3), (-1, -1), 2), ("BOTTOMPADDING", (0, 3), (-1, -1), 1),
        ("TOPPADDING", (0, 3), (-1, 3), 6),
    ], hAlign="LEFT")


_FIGURES_SIZE, _FIGURES_SMALLEST = 17.0, 12.0
_FIGURES_PAD = 8.0


def _figures_text(amount: int) -> str:
    return f"{format_rupiah(amount)},-"


def _figures_size(amount: int, room: float) -> float:
    """The largest font size (17 pt down to 12 pt) at which the amount's box fits ``room``."""
    natural = float(stringWidth(_figures_text(amount), BOLD, 1))
    return max(_FIGURES_SMALLEST, min(_FIGURES_SIZE, (room - 2 * _FIGURES_PAD - 2) / natural))


def _figures(amount: int, size: float) -> Table:
    """The amount in figures, large, in a heavy shaded box: "Rp1.500.000,-"."""
    s = styles()
    big = ParagraphStyle("receipt_figures", s.body_left, fontName=BOLD, fontSize=size, leading=size * 1.25,
                         alignment=TA_CENTER, spaceAfter=0)
    width = max(50 * mm, stringWidth(_figures_text(amount), BOLD, size) + 2 * _FIGURES_PAD + 2)
    return table([[Paragraph(markup(_figures_text(amount)), big)]], [width], [
        ("BACKGROUND", (0, 0), (-1, -1), _FILL), ("BOX", (0, 0), (-1, -1), 1.6, _INK),
        ("LEFTPADDING", (0, 0), (-1, -1), _FIGURES_PAD), ("RIGHTPADDING", (0, 0), (-1, -1), _FIGURES_PAD),
        ("TOPPADDING", (0, 0), (-1, -1), 7), ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
    ], hAlign="LEFT")


def _bottom(document: ReceiptDocument, profile: Profile, language: Language, signature: Logo | None) -> Table:
    """The amount in figures (left) and the receiver's place, date, signature and name (right)."""
    name_width = stringWidth(full_name(profile), BOLD, styles().body_left.fontSize) + 2 * mm
    sign_width = min(max(74 * mm, name_width), _INNER * 0.66)
    room = _INNER - sign_width - 3 * mm
    size = _figures_size(document.amount, room)
    figures = _figures(document.amount, size)
    if stringWidth(_figures_text(document.amount), BOLD, size) + 2 * _FIGURES_PAD + 2 > room:
        # a sum in the hundreds of trillions: the figures take the whole line, the signature goes under it
        return table([[_figures(document.amount, _FIGURES_SIZE)],
                      [_signature(document, profile, language, _INNER, signature)]],
                     [_INNER], [("TOPPADDING", (0, 1), (-1, 1), 8)])
    return table([[figures, _signature(document, profile, language, sign_width, signature)]],
                 [_INNER - sign_width, sign_width],
                 [("VALIGN", (0, 0), (0, 0), "BOTTOM"), ("VALIGN", (1, 0), (1, 0), "TOP"),
                  ("BOTTOMPADDING", (0, 0), (0, 0), 30)])


def _signature(document: ReceiptDocument, profile: Profile, language: Language, width: float,
               signature: Logo | None) -> Table:
    """Place and date, *Yang menerima*, the signing space (with the meterai box when one is owed), name."""
    s = styles()
    line = ParagraphStyle("receipt_sign", s.body_left, spaceAfter=0)
    where = document.place.strip() or profile.city.strip()
    when = place_and_date(where, document.date, language) if where else format_date(document.date, language)
    space: Flowable
    if document.needs_meterai:
        stamp_w, stamp_h = METERAI_BOX
        text = ParagraphStyle("meterai", s.small, alignment=TA_CENTER, textColor=_STAMP, fontSize=8, leading=10)
        box = table([[para(label("meterai_box", language), text)]], [stamp_w], [
            ("BOX", (0, 0), (-1, -1), 0.9, _STAMP, None, (3, 2)),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ], rowHeights=[stamp_h], hAlign="LEFT")
        space = table([[box]], [width], [("TOPPADDING", (0, 0), (-1, -1), 3),
                                         ("BOTTOMPADDING", (0, 0), (-1, -1), 3)])
    else:
        space = signature_space(signature, min(width, 70 * mm), height=20 * mm)
    name = full_name(profile) or " "
    rows: list[list[Flowable]] = [
        [para(when, line)],
        [para(label("receiver", language), line)],
        [space],
        [Paragraph(f"<b><u>{markup(name)}</u></b>", line)],
        [para(label("practitioner_role", language), s.table_cell)],
    ]
    return table(rows, [width], [("BOTTOMPADDING", (0, 0), (-1, -1), 1)], hAlign="LEFT")
