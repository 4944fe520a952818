"""The one page template every document uses, and the pieces documents are made of.

Page 1 opens with the letterhead (*kop surat*) from the practitioner's profile; later pages carry a slim
running header. Every page has the print date and "Halaman X dari Y" in its footer, and client documents a
*RAHASIA* marking. The PDF embeds its fonts, names its language, title, author and subject, and is built with
ReportLab's ``invariant`` mode and a creation date taken from the print date: the same input gives the same
bytes, so a document can be checked against an earlier copy.

Builders (case notes, invoices, kuitansi, social reports, referral letters) make a story of flowables with the
helpers here (:func:`heading`, :func:`text_block`, :func:`key_values`, :func:`data_table`,
:func:`signature_block`, :func:`amount_lines`, :func:`mark_box`) and hand it to :func:`build_document`.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    Image,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.doctemplate import FrameBreak
from reportlab.platypus.flowables import HRFlowable

from peksos_desk.domain.dates import PractitionerZone, format_date, format_datetime, place_and_date
from peksos_desk.domain.money import format_rupiah, terbilang_rupiah
from peksos_desk.domain.text import Language
from peksos_desk.reports.fonts import BOLD, ITALIC, REGULAR, ensure_fonts
from peksos_desk.reports.labels import label

if TYPE_CHECKING:
    from peksos_desk.services.profile import Profile

PAGE_WIDTH, PAGE_HEIGHT = A4
LEFT_MARGIN, RIGHT_MARGIN = 25 * mm, 20 * mm
CONTENT_WIDTH = PAGE_WIDTH - LEFT_MARGIN - RIGHT_MARGIN
SIGNATURE_WIDTH = 80 * mm
SIGNATURE_SPACE = 16 * mm
"""The height of the room to sign in (and of the signature image printed there)."""
_FIRST_TOP, _LATER_TOP, _BOTTOM = 18 * mm, 24 * mm, 22 * mm
_INK = colors.HexColor("#1a1a1a")
_MUTED = colors.HexColor("#555555")
_RULE = colors.HexColor("#9a9a9a")
_MARK = colors.HexColor("#b00020")
_HEADER_FILL = colors.HexColor("#e8ecef")
_PDF_LANG: dict[Language, str] = {"id": "id-ID", "en": "en-GB"}
_KEEP_LINES = 3
"""How many lines of a section must fit under its heading; otherwise the heading moves to the next page."""

Logo = Path | str | bytes


@dataclass(frozen=True)
class Styles:
    """The paragraph styles of every document (DejaVu Sans; long words wrap instead of running off)."""

    title: ParagraphStyle
    subtitle: ParagraphStyle
    heading: ParagraphStyle
    subheading: ParagraphStyle
    body: ParagraphStyle
    body_left: ParagraphStyle
    body_run: ParagraphStyle
    lead: ParagraphStyle
    bullet: ParagraphStyle
    small: ParagraphStyle
    label: ParagraphStyle
    table_header: ParagraphStyle
    table_cell: ParagraphStyle
    table_number: ParagraphStyle
    letterhead_name: ParagraphStyle
    letterhead: ParagraphStyle
    mark: ParagraphStyle


@cache
def styles() -> Styles:
    """The document styles (fonts are registered on first use)."""
    ensure_fonts()
    base = ParagraphStyle("base", fontName=REGULAR, fontSize=10, leading=14, textColor=_INK, splitLongWords=1,
                          bulletFontName=REGULAR, allowOrphans=0, allowWidows=0)
    # Ragged right: without hyphenation, justified Indonesian opens wide gaps around long words
    # ("ketidakbertanggungjawaban").
    body = ParagraphStyle("body", base, alignment=TA_LEFT, spaceAfter=3)
    heading = ParagraphStyle("heading", base, fontName=BOLD, fontSize=11.5, leading=15, spaceBefore=10,
                             spaceAfter=4, keepWithNext=1)
    cell = ParagraphStyle("cell", base, fontSize=9, leading=12)
    return Styles(
        title=ParagraphStyle("title", base, fontName=BOLD, fontSize=15, leading=19, alignment=TA_CENTER,
                             spaceBefore=4, spaceAfter=2, keepWithNext=1),
        subtitle=ParagraphStyle("subtitle", base, fontSize=10, leading=13, alignment=TA_CENTER,
                                textColor=_MUTED, spaceAfter=10, keepWithNext=1),
        heading=heading,
        subheading=ParagraphStyle("subheading", heading, fontSize=10, leading=14, spaceBefore=6, spaceAfter=2),
        body=body,
        body_left=ParagraphStyle("body_left", body, alignment=TA_LEFT),
        body_run=ParagraphStyle("body", body, spaceAfter=0),
        lead=ParagraphStyle("lead", body, fontName=BOLD, keepWithNext=1, spaceAfter=1),
        bullet=ParagraphStyle("bullet", body, alignment=TA_LEFT, leftIndent=12, bulletIndent=2, spaceAfter=1),
        small=ParagraphStyle("small", base, fontSize=8, leading=10.5, textColor=_MUTED),
        label=ParagraphStyle("label", cell, textColor=_MUTED),
        table_header=ParagraphStyle("table_header", cell, fontName=BOLD),
        table_cell=cell,
        table_number=ParagraphStyle("table_number", cell, alignment=TA_RIGHT),
        letterhead_name=ParagraphStyle("letterhead_name", base, fontName=BOLD, fontSize=13, leading=16,
                                       alignment=TA_CENTER),
        letterhead=ParagraphStyle("letterhead", base, fontSize=8.5, leading=11, alignment=TA_CENTER,
                                  textColor=_MUTED),
        mark=ParagraphStyle("mark", base, fontName=BOLD, fontSize=10.5, leading=13, alignment=TA_CENTER,
                            textColor=_MARK),
    )


# -- text ------------------------------------------------------------------------------------------------

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_BULLET = re.compile(r"^\s*[-*•]\s+")


def markup(text: str) -> str:
    """``text`` (typed by a user) made safe for a Paragraph: control characters dropped, ``<&>`` escaped."""
    return escape(_CONTROL.sub("", text))


def para(text: str, style: ParagraphStyle | None = None) -> Paragraph:
    """A paragraph of plain ``text`` (never markup) in ``style`` (body by default)."""
    return Paragraph(markup(text), style or styles().body)


def heading(text: str, *, level: int = 1) -> Paragraph:
    """A section heading, kept on the page with the first lines of what follows it."""
    return para(text, styles().heading if level <= 1 else styles().subheading)


def text_block(text: str) -> list[Flowable]:
    """Multi-line text as typed: one paragraph a line, "- " lines as bullets, a short line ending in ":"
    as a small heading kept with the next line, blank lines as paragraph gaps."""
    s = styles()
    out: list[Flowable] = []
    for line in text.strip("\n").splitlines():
        stripped = line.strip()
        if not stripped:
            out.append(Spacer(1, 4))
        elif _BULLET.match(line):
            out.append(Paragraph(markup(_BULLET.sub("", line)), s.bullet, bulletText="•"))
        elif stripped.endswith(":") and len(stripped) <= 80:
            out.append(para(stripped, s.lead))
        else:
            *runs, last = _runs(stripped)
            out += [para(run, s.body_run) for run in runs]
            out.append(para(last))
    return out


_RUN = 2500
_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+")


def _runs(text: str) -> list[str]:
    """A very long paragraph cut into runs of whole sentences (or words) of about 2,500 characters.

    ReportLab lays out again what is left of a paragraph each time it splits it across a page, so one
    paragraph of 200,000 characters costs seconds; as runs, it costs what its pages cost. A run ends at a
    sentence's end, so the cut shows at most as one line ending a little early.
    """
    if len(text) <= _RUN:
        return [text]
    runs: list[str] = []
    current = ""
    for sentence in _SENTENCE_END.split(text):
        rest = sentence
        while len(rest) > _RUN:  # no sentence end for a long way: cut at a space
            cut = rest.rfind(" ", 0, _RUN)
            cut = cut if cut > 0 else _RUN
            if current:
                runs.append(current)
                current = ""
            runs.append(rest[:cut])
            rest = rest[cut:].lstrip()
        if current and len(current) + 1 + len(rest) > _RUN:
            runs.append(current)
            current = rest
        else:
            current = f"{current} {rest}" if current else rest
    if current:
        runs.append(current)
    return runs


# -- blocks ----------------------------------------------------------------------------------------------

def table(rows: Sequence[Sequence[Any]], col_widths: Sequence[float], commands: Sequence[tuple[Any, ...]] = (),
          **options: Any) -> Table:
    """A ReportLab Table in the document font with no cell padding at the sides or top/bottom unless
    ``commands`` (TableStyle commands) say otherwise; ``options`` go to Table (repeatRows, hAlign, ...).

    Use this rather than ``Table`` directly: a bare Table sets Helvetica for its cells, which puts an
    unembedded base-14 font into the PDF.
    """
    result = Table([list(row) for row in rows], colWidths=list(col_widths), **options)
    result.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), REGULAR),
        ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
        *commands,
    ]))
    return result


def key_values(rows: Sequence[tuple[str, str | Flowable]], *, label_width: float = 42 * mm,
               width: float = CONTENT_WIDTH) -> Table:
    """An aligned "Label : value" block (identity data, case data); splits between rows across pages."""
    s = styles()
    data = [[para(key, s.label), para(":", s.label),
             para(value, s.table_cell) if isinstance(value, str) else value] for key, value in rows]
    return table(data, [label_width, 3 * mm, width - label_width - 3 * mm], [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 2),
        ("TOPPADDING", (0, 0), (-1, -1), 1.2), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.2),
    ], hAlign="LEFT")


def data_table(header: Sequence[str], rows: Sequence[Sequence[str | Flowable]], col_widths: Sequence[float],
               *, numeric: Sequence[int] = ()) -> Table:
    """A ruled table whose header row repeats on every page it spans; ``numeric`` columns align right.

    Cells are wrapped paragraphs, and a row taller than a page splits inside the row.
    """
    s = styles()

    def cell(value: str | Flowable, column: int) -> Flowable:
        if not isinstance(value, str):
            return value
        return para(value, s.table_number if column in numeric else s.table_cell)

    data: list[list[Flowable]] = [
        [para(text, ParagraphStyle("th", s.table_header, alignment=TA_RIGHT) if i in numeric else s.table_header)
         for i, text in enumerate(header)]]
    data += [[cell(value, i) for i, value in enumerate(row)] for row in rows]
    return table(data, col_widths, [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, 0), _HEADER_FILL),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, _INK),
        ("LINEBELOW", (0, 1), (-1, -1), 0.3, _RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ], repeatRows=1, splitInRow=1, hAlign="LEFT")


def mark_box(text: str, *, note: str = "") -> Table:
    """A red-ruled box for a marking that must not be missed ("DRAF — belum ditandatangani")."""
    s = styles()
    cells: list[list[Flowable]] = [[para(text, s.mark)]]
    if note:
        cells.append([para(note, ParagraphStyle("mark_note", s.small, alignment=TA_CENTER, textColor=_MARK))])
    return table(cells, [CONTENT_WIDTH * 0.8], [
        ("BOX", (0, 0), (-1, -1), 1.2, _MARK),
        ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ], spaceBefore=4, spaceAfter=6)


class _Rule(HRFlowable):  # type: ignore[misc]
    """A separator line that is left out at the top of a page, where it would only repeat the header's."""

    def wrap(self, width: float, height: float) -> tuple[float, float]:
        frame = getattr(self, "_frame", None)
        self._skip = frame is not None and getattr(frame, "_atTop", False)
        if self._skip:
            return width, 0
        return super().wrap(width, height)  # type: ignore[no-any-return]

    def draw(self) -> None:
        if not self._skip:
            super().draw()


def separator(*, keep_with_next: bool = True) -> Flowable:
    """A thin rule between entries (sessions, items), kept with the entry it opens."""
    rule = _Rule(width="100%", thickness=0.4, color=colors.HexColor("#c8c8c8"), spaceBefore=10, spaceAfter=0)
    rule._skip = False
    rule.keepWithNext = int(keep_with_next)
    return rule


def full_name(profile: Profile) -> str:
    """The practitioner's name with the degree after it: "Siti Rahmawati, S.Tr.Sos., M.Kesos."."""
    name, degree = profile.full_name.strip(), profile.degree.strip()
    return f"{name}, {degree}" if name and degree else name or degree


def signature_space(signature: Logo | None, width: float, *, height: float = SIGNATURE_SPACE) -> Flowable:
    """The room to sign in: the signature image when there is one (scaled to fit ``width`` by ``height``
    without distortion, at the left, over the name), else empty room for a pen."""
    if signature is None:
        return Spacer(1, height)
    image = scaled_image(signature, width, height)
    image.hAlign = "LEFT"
    return table([[image]], [width], [("VALIGN", (0, 0), (-1, -1), "BOTTOM")], rowHeights=[height], hAlign="LEFT")


def signature_block(profile: Profile, language: Language, *, on: date, place: str = "", role: str = "",
                    signed_at: datetime | None = None, zone: PractitionerZone | None = None,
                    note: str = "", signature: Logo | None = None) -> Flowable:
    """The signature block at the right: place and date, role, room to sign (or the practitioner's
    ``signature`` image, a path or the image's bytes), name and degree, STR, SIPPS, and (for a record signed
    in the app) the signing time in the practitioner's zone; ``note`` is a small line under it. Never split;
    end a story with it through :func:`sign_off`."""
    s = styles()
    left = ParagraphStyle("sig", s.body_left, spaceAfter=0)
    zone = zone or PractitionerZone.from_setting(profile.time_zone)
    where = place.strip() or profile.city.strip()
    # As wide as the name in bold needs (up to two thirds of the line), so "Name, S.Tr.Sos., M.Kesos." stays whole.
    width = min(max(SIGNATURE_WIDTH, stringWidth(full_name(profile), BOLD, left.fontSize) + 4 * mm),
                CONTENT_WIDTH * 2 / 3)
    rows: list[Flowable] = [para(place_and_date(where, on, language) if where else format_date(on, language), left),
                            para(f"{role or label('practitioner_role', language)},", left),
                            signature_space(signature, min(width, SIGNATURE_WIDTH)),
                            Paragraph(f"<b><u>{markup(full_name(profile))}</u></b>", left)]
    for key, number in (("str", profile.str_number), ("sipps", profile.sipps_number)):
        if number.strip():
            rows.append(para(f"{label(key, language)}: {number.strip()}", s.table_cell))
    if signed_at is not None:
        rows += [Spacer(1, 3), para(label("signed_at", language, when=format_datetime(signed_at, zone, language)),
                                    s.small)]
    if note:
        rows += [Spacer(1, 3), para(note, s.small)]
    inner = table([[row] for row in rows], [width], [("BOTTOMPADDING", (0, 0), (-1, -1), 1)])
    # One row around the block: a one-row table never splits, so the block stays whole.
    return table([[inner]], [width], [("TOPPADDING", (0, 0), (-1, -1), 8 * mm)], hAlign="RIGHT")


def sign_off(story: list[Flowable], *closing: Flowable) -> None:
    """End ``story`` with ``closing`` (a signature block), never on a page of its own: when the closing
    does not fit under the text, the text's last lines go to the next page with it."""
    while story and isinstance(story[-1], Spacer):
        story.pop()
    # Short status lines ("Ditandatangani ...") and markings at the end travel with the closing; the text
    # before them is what must not be left behind.
    tail: list[Flowable] = []
    while len(story) > 1 and len(tail) < 4 and not _is_text(story[-1]):
        tail.insert(0, story.pop())
    if not story:
        story.extend([*tail, *closing])
        return
    story.append(_WithPrevious(story.pop(), [*tail, *closing]))


def _is_text(item: Flowable) -> bool:
    return isinstance(item, Paragraph) and item.style.name in ("body", "body_left", "bullet")


def amount_in_words(amount: int) -> str:
    """The *terbilang* line's words, capitalised: "Satu juta lima ratus ribu rupiah"."""
    words = terbilang_rupiah(amount)
    return words[:1].upper() + words[1:]


def amount_lines(amount: int, language: Language, *, caption: str = "") -> list[Flowable]:
    """An amount in figures (Rp1.500.000) and in words (*terbilang*, always Indonesian: it is what the
    kuitansi's *Uang sejumlah* requires), with an optional caption before the figures."""
    s = styles()
    figures = ParagraphStyle("amount", s.body_left, fontSize=12, leading=16)
    words = ParagraphStyle("words", s.body_left, fontName=ITALIC)
    lead = f"{markup(caption)} " if caption else ""
    return [Paragraph(f"{lead}<b>{format_rupiah(amount)}</b>", figures),
            Paragraph(f"{label('in_words', language)}: # {markup(amount_in_words(amount))} #", words)]


# -- letterhead and page furniture -----------------------------------------------------------------------

def scaled_image(picture: Logo, max_width: float, max_height: float) -> Image:
    """``picture`` (a path or the image's bytes) as large as fits ``max_width`` by ``max_height``, its
    proportions kept."""
    source: Any = io.BytesIO(picture) if isinstance(picture, bytes) else str(picture)
    width, height = ImageReader(source).getSize()
    if isinstance(source, io.BytesIO):
        source.seek(0)
    scale = min(max_width / width, max_height / height)
    return Image(source, width=width * scale, height=height * scale)


def _logo_flowable(logo: Logo, size: float) -> Image:
    return scaled_image(logo, size, size)


def _pair(name: str, value: str) -> str:
    """"STR 32.73…" with a no-break space, so a line never ends between a label and its number."""
    return f"{name}\u00a0{value.strip()}"


def letterhead(profile: Profile, language: Language, *, logo: Logo | None = None) -> list[Flowable]:
    """The *kop surat*: name and degree, STR and SIPPS, institution and its BALKS accreditation, address,
    phone and e-mail, centred, the logo (if any) at the left, and a double rule beneath."""
    s = styles()
    lines: list[Flowable] = [para(full_name(profile) or " ", s.letterhead_name)]
    role = [label("practitioner_role", language)]
    if profile.competence_certificate.strip():
        role.append(_pair(label("competence", language), profile.competence_certificate))
    lines.append(para(" · ".join(role), s.letterhead))
    numbers = [_pair(label(key, language), value) for key, value in
               (("str", profile.str_number), ("sipps", profile.sipps_number)) if value.strip()]
    if numbers:
        lines.append(para(" · ".join(numbers), s.letterhead))
    institution = [profile.institution_name.strip()]
    if profile.institution_accreditation.strip():
        institution.append(label("accreditation", language, value=profile.institution_accreditation.strip()))
    address = [", ".join(part for part in (profile.address.strip(), profile.city.strip()) if part)]
    contact = []
    if profile.phone.strip():
        contact.append(_pair(label("phone", language), profile.phone))
    if profile.email.strip():
        contact.append(_pair(label("email", language), profile.email))
    for parts in (institution, address, contact):
        if any(parts):
            lines.append(para(" · ".join(part for part in parts if part), s.letterhead))
    logo_size = 22 * mm
    tight = [("TOPPADDING", (0, 0), (-1, -1), 0.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 0.5)]
    if logo is None:
        block = table([[line] for line in lines], [CONTENT_WIDTH], tight)
    else:
        # The text is centred in the room right of the logo (a mirrored empty column would centre it on the
        # page, but squeezes a long name or institution onto two lines).
        text_width = CONTENT_WIDTH - logo_size - 4 * mm
        text = table([[line] for line in lines], [text_width], tight)
        block = table([[_logo_flowable(logo, logo_size), text]], [logo_size + 4 * mm, text_width],
                      [("VALIGN", (0, 0), (-1, -1), "MIDDLE")])
    return [block, Spacer(1, 3),
            HRFlowable(width="100%", thickness=1.6, color=_INK, spaceBefore=0, spaceAfter=1.2),
            HRFlowable(width="100%", thickness=0.5, color=_INK, spaceBefore=0, spaceAfter=8)]


@dataclass(frozen=True)
class _Chrome:
    """What is drawn around the story on every page, once the number of pages is known."""

    running_title: str
    printed: str
    page_of: Callable[[int, int], str]
    confidential: str
    watermark: str

    def draw(self, canvas: Canvas, page: int, pages: int) -> None:
        canvas.saveState()
        right = PAGE_WIDTH - RIGHT_MARGIN
        if self.confidential:
            self._confidential_mark(canvas, right, PAGE_HEIGHT - 13 * mm)
        if page > 1:
            self._running_header(canvas, right)
        canvas.setStrokeColor(_RULE)
        canvas.setLineWidth(0.5)
        canvas.line(LEFT_MARGIN, 16 * mm, right, 16 * mm)
        canvas.setFont(REGULAR, 8)
        canvas.setFillColor(_MUTED)
        canvas.drawString(LEFT_MARGIN, 11.5 * mm, self.printed)
        canvas.drawRightString(right, 11.5 * mm, self.page_of(page, pages))
        canvas.restoreState()

    def _confidential_mark(self, canvas: Canvas, right: float, baseline: float) -> None:
        width = stringWidth(self.confidential, BOLD, 9) + 8 * mm
        canvas.setStrokeColor(_MARK)
        canvas.setFillColor(_MARK)
        canvas.setLineWidth(1)
        canvas.rect(right - width, baseline - 2.2 * mm, width, 6.4 * mm)
        canvas.setFont(BOLD, 9)
        canvas.drawCentredString(right - width / 2, baseline, self.confidential)

    def _running_header(self, canvas: Canvas, right: float) -> None:
        room = right - LEFT_MARGIN - (stringWidth(self.confidential, BOLD, 9) + 12 * mm if self.confidential else 0)
        canvas.setFont(REGULAR, 8)
        canvas.setFillColor(_MUTED)
        canvas.drawString(LEFT_MARGIN, PAGE_HEIGHT - 13 * mm, _fit(self.running_title, REGULAR, 8, room))
        canvas.setStrokeColor(_RULE)
        canvas.setLineWidth(0.5)
        canvas.line(LEFT_MARGIN, PAGE_HEIGHT - 16 * mm, right, PAGE_HEIGHT - 16 * mm)

    def draw_watermark(self, canvas: Canvas, _doc: Any) -> None:
        """Under the page's content: a large, pale diagonal word (DRAF) when the document is a draft."""
        if not self.watermark:
            return
        canvas.saveState()
        canvas.setFillColor(colors.HexColor("#ececec"))
        canvas.setFont(BOLD, 110)
        canvas.translate(PAGE_WIDTH / 2, PAGE_HEIGHT / 2)
        canvas.rotate(45)
        canvas.drawCentredString(0, -35, self.watermark)
        canvas.restoreState()


def _fit(text: str, font: str, size: float, width: float) -> str:
    """``text`` cut with an ellipsis to fit ``width``."""
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def _paged_canvas(chrome: _Chrome, pdf_date: str) -> Callable[..., Canvas]:
    """A canvas maker whose pages are held back until the end, so each footer can say "of Y"."""

    class PagedCanvas(Canvas):  # type: ignore[misc]  # ReportLab ships no type hints
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._held: list[dict[str, Any]] = []
            self.setDateFormatter(lambda *_: pdf_date)

        def showPage(self) -> None:
            self._held.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            pages = len(self._held)
            for number, state in enumerate(self._held, start=1):
                self.__dict__.update(state)
                chrome.draw(self, number, pages)
                Canvas.showPage(self)
            self._held = []
            Canvas.save(self)

    return PagedCanvas


class _KeepHeading(KeepTogether):  # type: ignore[misc]
    """ReportLab's keepWithNext group, less wasteful: the heading(s) move to the next page only when they
    and the first few lines of what follows do not fit; a long section then starts under its heading and
    runs on, instead of leaving the rest of the page blank."""

    def split(self, width: float, height: float) -> list[Flowable]:
        content = list(self._content)
        frame = getattr(self, "_frame", None)
        if not content or (frame is not None and getattr(frame, "_atTop", False)):
            return content
        *lead, last = content
        lead_height = sum(_height(item, width, height, self.canv) for item in lead)
        if lead_height + _first_lines_height(last, width, height, self.canv) <= height:
            return content
        return [FrameBreak(), *content]


class _WithPrevious(Flowable):  # type: ignore[misc]
    """The text's last flowable and the closing that follows it (see :func:`sign_off`).

    Never drawn itself: it always asks to be split, and the split decides where the page ends. Not a
    KeepTogether, so a heading just before it still keeps with it.
    """

    def __init__(self, previous: Flowable, closing: list[Flowable]) -> None:
        super().__init__()
        self.previous, self.closing = previous, closing

    def wrap(self, width: float, height: float) -> tuple[float, float]:
        return width, 0xFFFFFF

    def draw(self) -> None:  # pragma: no cover - always split before drawing
        raise AssertionError("_WithPrevious is laid out through split()")

    def split(self, width: float, height: float) -> list[Flowable]:
        previous, closing = self.previous, self.closing
        previous_height = _height(previous, width, height, self.canv)
        closing_height = sum(_height(item, width, height, self.canv) for item in closing)
        frame = getattr(self, "_frame", None)
        at_top = frame is not None and getattr(frame, "_atTop", False)
        if previous_height + closing_height <= height:
            return [previous, *closing]
        if isinstance(previous, Paragraph):
            if previous_height > height:  # the text runs on anyway: decide again on the next page
                parts = previous.split(width, height)
                if len(parts) == 2:
                    return [parts[0], _WithPrevious(parts[1], closing)]
            else:  # the text fits, the closing does not: its last two lines go along with the closing
                keep = previous_height - previous.getSpaceAfter() - 2 * previous.style.leading
                parts = previous.split(width, keep) if keep > 0 else []
                if len(parts) == 2:
                    return [parts[0], FrameBreak(), parts[1], *closing]
        if at_top:
            return [previous, *closing]
        return [FrameBreak(), previous, *closing]


def _height(item: Flowable, width: float, avail: float, canv: Canvas) -> float:
    _, height = item.wrapOn(canv, width, avail)
    return float(height + item.getSpaceBefore() + item.getSpaceAfter())


def _first_lines_height(item: Flowable, width: float, avail: float, canv: Canvas) -> float:
    """The room ``item`` needs for its first lines (or first row) on this page."""
    if isinstance(item, _WithPrevious):
        return _first_lines_height(item.previous, width, avail, canv)
    total = _height(item, width, avail, canv)
    if isinstance(item, Paragraph):
        leading = item.style.leading
        return float(min(total, item.getSpaceBefore() + _KEEP_LINES * leading))
    if isinstance(item, Table):
        heights = getattr(item, "_rowHeights", None) or [total]
        head = max(1, (item.repeatRows if isinstance(item.repeatRows, int) else len(item.repeatRows)) + 1)
        return float(min(total, sum(heights[:head]) + item.getSpaceBefore()))
    return total


# -- the document ----------------------------------------------------------------------------------------

def build_document(out: Path | str | BinaryIO, *, profile: Profile, title: str, language: Language,
                   printed_on: date, confidential: bool, story: Sequence[Flowable], subject: str = "",
                   running_title: str = "", logo: Logo | None = None, watermark: bool = False,
                   keywords: Sequence[str] = ()) -> int:
    """Write a document: the letterhead, then ``story``, on A4 pages with the page furniture.

    Args:
        out: a file path, or a binary file object the PDF is written to.
        profile: the practitioner, for the letterhead, the author and the time zone of the creation date.
        title: the document's title (PDF metadata and the running header of later pages).
        language: the document's language: labels, dates and the PDF's ``/Lang``.
        printed_on: the print date in the footer, also the PDF's creation date (so rebuilding the same
            input gives the same bytes).
        confidential: mark every page *RAHASIA* / CONFIDENTIAL (every client document).
        story: the flowables after the letterhead (use the helpers of this module). ReportLab changes
            flowables as it lays them out: build a fresh story for every document.
        subject: the PDF's subject (default: the title).
        running_title: the running header of later pages (default: the title).
        logo: the practice's logo for the letterhead, a file path or the image's bytes.
        watermark: print a pale diagonal DRAF / DRAFT under every page (a document that is not final).
        keywords: PDF keywords.

    Returns:
        The number of pages.
    """
    ensure_fonts()
    zone = PractitionerZone.from_setting(profile.time_zone)
    offset = zone.tzinfo.utcoffset(datetime(printed_on.year, printed_on.month, printed_on.day))
    hours = int(offset.total_seconds() // 3600) if offset is not None else 0
    pdf_date = f"D:{printed_on:%Y%m%d}000000{hours:+03d}'00'"
    chrome = _Chrome(
        running_title=running_title or title,
        printed=label("printed_on", language, date=format_date(printed_on, language)),
        page_of=lambda page, pages: label("page_of", language, page=page, pages=pages),
        confidential=label("confidential", language) if confidential else "",
        watermark=label("draft_watermark", language) if watermark else "",
    )
    target = str(out) if isinstance(out, Path | str) else out
    doc = BaseDocTemplate(
        target, pagesize=A4, leftMargin=LEFT_MARGIN, rightMargin=RIGHT_MARGIN, topMargin=_FIRST_TOP,
        bottomMargin=_BOTTOM, title=title, author=full_name(profile), subject=subject or title,
        creator="Peksos Desk", keywords=list(keywords), invariant=1, lang=_PDF_LANG[language],
        initialFontName=REGULAR, displayDocTitle=True, keepTogetherClass=_KeepHeading,
    )
    width = CONTENT_WIDTH
    first = Frame(LEFT_MARGIN, _BOTTOM, width, PAGE_HEIGHT - _FIRST_TOP - _BOTTOM, id="first",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    later = Frame(LEFT_MARGIN, _BOTTOM, width, PAGE_HEIGHT - _LATER_TOP - _BOTTOM, id="later",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([
        PageTemplate(id="first", frames=[first], onPage=chrome.draw_watermark, autoNextPageTemplate="later"),
        PageTemplate(id="later", frames=[later], onPage=chrome.draw_watermark),
    ])
    doc.build([*letterhead(profile, language, logo=logo), *story], canvasmaker=_paged_canvas(chrome, pdf_date))
    return int(doc.page)
