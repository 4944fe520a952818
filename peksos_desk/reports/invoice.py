"""*Tagihan* (invoice): what the practice asks a client, a family or an institution to pay.

The practice's letterhead; "TAGIHAN" and the number; who it is made out to, with the invoice and due dates;
the lines (date, description, client, quantity, unit price, amount); subtotal, discount with its reason,
total, the total in words (*terbilang*), what has been paid and what is left; payments received so far;
how to pay (the bank account of the profile); notes; the practitioner's signature.

A draft has no number yet: it says so in a red box and carries a pale DRAF across every page, and ends
with the box instead of a signature. A void invoice keeps its number and shows BATAL with the reason.

Marking: an invoice is *RAHASIA* when it names a client: made out to the client or a family member (the
payer's name is then a client's), or listing clients by name. An invoice to an institution that asked for
client codes only names no one and is not marked. Client names never go into the PDF's metadata.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table

from peksos_desk.domain.billing import InvoiceStatus, PayerKind
from peksos_desk.domain.dates import format_date, format_date_short
from peksos_desk.domain.text import Language
from peksos_desk.reports.labels import label
from peksos_desk.reports.money_parts import CELL_PAD, amount_width, bold_cell, money_table, right, rupiah, text_width
from peksos_desk.reports.template import (
    CONTENT_WIDTH,
    Logo,
    build_document,
    heading,
    key_values,
    mark_box,
    markup,
    para,
    signature_block,
    styles,
    table,
    text_block,
)

if TYPE_CHECKING:
    from peksos_desk.services.finance import InvoiceDocument
    from peksos_desk.services.profile import Profile

Out = Path | str | BinaryIO
_WORDS_FILL = colors.HexColor("#eef1f3")


def build_invoice(document: InvoiceDocument, profile: Profile, out: Out, *, language: Language = "id",
                  printed_on: date, logo: Logo | None = None, signature: Logo | None = None) -> int:
    """Write the *tagihan* ``document`` as a PDF to ``out``; returns the number of pages.

    ``printed_on`` is the footer's print date (and the PDF's creation date); ``logo`` (a path or the
    image's bytes) goes in the letterhead, ``signature`` (likewise) over the name of an issued invoice.
    """
    s = styles()
    draft = document.is_draft or document.number is None
    void = document.status is InvoiceStatus.VOID
    subtitle = label("invoice_draft_subtitle", language) if draft else \
        label("number_line", language, number=document.number)
    story: list[Flowable] = [para(label("invoice_title", language).upper(), s.title), para(subtitle, s.subtitle)]
    if draft:
        story.append(mark_box(label("invoice_draft_mark", language), note=label("invoice_draft_explained", language)))
    elif void:
        story.append(mark_box(label("invoice_void_mark", language),
                              note=label("void_reason", language, reason=document.void_reason.strip() or "—")))
    story += [_parties(document, language), Spacer(1, 7), _lines(document, language)]
    if document.privacy_codes_only:
        story.append(para(label("privacy_codes_note", language), ParagraphStyle("privacy", s.small, spaceBefore=3)))
    # The sums (total, payments, balance) and the words stay together, and with the closing when no notes
    # come between: the lines table may run over pages, the sums never part from the signature.
    block: list[Flowable] = [Spacer(1, 6), _totals(document, language, draft=draft, void=void), Spacer(1, 5),
                             _in_words(document, language)]
    closing: list[Flowable]
    if draft:
        closing = [*_how_to_pay(document, profile, language, draft=True),
                   mark_box(label("invoice_draft_mark", language))]
    elif void:
        closing = [mark_box(label("invoice_void_mark", language))]
    else:
        closing = [_closing(document, profile, language, printed_on, signature)]
    notes = text_block(document.notes) if document.notes.strip() else []
    if notes:  # the last lines of the notes go with the closing, so it never stands alone on a page
        story += [KeepTogether(block), heading(label("notes", language)), *notes[:-1],
                  KeepTogether([notes[-1], *closing])]
    else:
        story.append(KeepTogether([*block, *closing]))
    title = label("invoice_title", language)
    full_title = title if draft else f"{title} {document.number}"
    return build_document(out, profile=profile, title=full_title, language=language, printed_on=printed_on,
                          confidential=names_clients(document), story=story, watermark=draft, subject=title,
                          logo=logo)


def names_clients(document: InvoiceDocument) -> bool:
    """Whether the invoice names a client, and so is marked *RAHASIA*: it is made out to the client or a
    family member, or lists clients by name (not by code only)."""
    if document.payer_kind in (PayerKind.CLIENT, PayerKind.FAMILY):
        return True
    return not document.privacy_codes_only and any(line.client_display.strip() for line in document.lines)


# -- pieces ----------------------------------------------------------------------------------------------

def _parties(document: InvoiceDocument, language: Language) -> Table:
    """Who the invoice is made out to (left) and its number and dates (right)."""
    s = styles()
    name_style = ParagraphStyle("payer_name", s.body_left, fontName=s.lead.fontName, spaceAfter=1)
    to: list[Flowable] = [para(label("bill_to", language), s.label),
                          para(document.payer_name.strip() or "—", name_style)]
    to += [para(line, s.table_cell) for line in document.payer_address.splitlines() if line.strip()]
    empty = label("not_issued", language)
    rows: list[tuple[str, str | Flowable]] = [
        (label("invoice_number", language), document.number or empty),
        (label("issue_date", language), format_date(document.issue_date, language) if document.issue_date else empty),
        (label("due_date", language), format_date(document.due_date, language) if document.due_date else empty),
    ]
    period = _period(document.period_start, document.period_end, language)
    if period:
        rows.append((label("service_period", language), period))
    rows.append((label("status", language), document.status.label.render(language)))
    right_width = 74 * mm
    left_width = CONTENT_WIDTH - right_width - 6 * mm
    left = table([[item] for item in to], [left_width], [("BOTTOMPADDING", (0, 0), (-1, -1), 1)])
    return table([[left, "", key_values(rows, label_width=29 * mm, width=right_width)]],
                 [left_width, 6 * mm, right_width], [("VALIGN", (0, 0), (-1, -1), "TOP")], hAlign="LEFT")


def _period(start: date | None, end: date | None, language: Language) -> str:
    """"1–31 Maret 2026", "3 Februari – 31 Maret 2026", or one date when only one is known."""
    if start is None or end is None:
        only = start or end
        return format_date(only, language) if only else ""
    if start == end:
        return format_date(start, language)
    if (start.year, start.month) == (end.year, end.month):
        return f"{start.day}–{format_date(end, language)}"
    first = format_date(start, language)
    if start.year == end.year:
        first = first.removesuffix(f" {start.year}")
    return f"{first} – {format_date(end, language)}"


def _lines(document: InvoiceDocument, language: Language) -> Flowable:
    if not document.lines:
        return para(label("no_lines", language), styles().small)
    lines = sorted(document.lines, key=lambda line: line.position)
    clients = {line.client_display.strip() for line in lines}
    # No client column when every line is for the payer themselves: it would repeat the name above.
    with_client = clients != {""} and clients != {document.payer_name.strip()}
    client_header = label("col_client_code" if document.privacy_codes_only else "col_client", language)
    empty = label("empty", language)
    dates = [format_date_short(line.service_date, language) if line.service_date else empty for line in lines]
    header = [label("col_date", language), label("col_description", language),
              *([client_header] if with_client else []), label("col_qty", language),
              label("col_unit_price", language), label("col_amount", language)]
    date_width = text_width([*dates, header[0]], minimum=18 * mm)
    qty_width = text_width([str(line.quantity) for line in lines] + [header[-3]], minimum=10 * mm)
    unit_width = amount_width((line.unit_price for line in lines), header=header[-2])
    amount_col = amount_width([*(line.amount for line in lines), document.subtotal, document.total],
                              header=header[-1])
    rest = CONTENT_WIDTH - date_width - qty_width - unit_width - amount_col
    text_columns = [rest]
    if with_client:
        # Codes ("KL-000017") need little room, names more; the description keeps at least 55 %.
        client_width = min(text_width([line.client_display.strip() for line in lines] + [header[2]],
                                      minimum=18 * mm), rest * 0.45)
        text_columns = [rest - client_width, client_width]
    rows = []
    for line, day in zip(lines, dates, strict=True):
        client = [line.client_display.strip() or empty] if with_client else []
        rows.append([day, line.description, *client, right(str(line.quantity)), rupiah(line.unit_price),
                     rupiah(line.amount)])
    first_numeric = len(header) - 3
    return money_table(header, rows, [date_width, *text_columns, qty_width, unit_width, amount_col],
                       numeric=range(first_numeric, len(header)))


def _totals(document: InvoiceDocument, language: Language, *, draft: bool, void: bool) -> Table:
    """Subtotal, discount, total and, once issued, paid so far and the balance, right-aligned under the
    amount column."""
    s = styles()
    caption = ParagraphStyle("total_caption", s.table_cell, alignment=TA_RIGHT)
    amounts = [document.subtotal, document.total, -document.paid, document.balance, -document.discount]
    amount_col = amount_width(amounts, minimum=28 * mm)
    rows: list[list[Flowable]] = [[para(label("subtotal", language), caption), rupiah(document.subtotal)]]
    if document.discount:
        reason = document.discount_reason.strip()
        text = label("discount_with_reason", language, reason=reason) if reason else label("discount", language)
        rows.append([para(text, caption), rupiah(-document.discount)])
    total_row = len(rows)
    rows.append([bold_cell(label("invoice_total", language), right=True), rupiah(document.total, bold=True)])
    commands: list[tuple[object, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PAD), ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PAD),
        ("LINEABOVE", (0, total_row), (-1, total_row), 0.8, s.body.textColor),
    ]
    if not draft and not void:
        payments = sorted(document.payments, key=lambda item: (item.paid_on, item.receipt_number))
        if payments and sum(item.amount for item in payments) == document.paid:
            # Each payment by its kuitansi, so the sum reads down: total, less what came in, what is left.
            rows += [[para(label("paid_row", language, date=format_date(item.paid_on, language),
                                 receipt=item.receipt_number, method=item.method.label.render(language).lower()),
                           caption), rupiah(-item.amount)] for item in payments]
        else:
            rows.append([para(label("paid_so_far", language), caption), rupiah(document.paid)])
        balance_row = len(rows)
        rows.append([bold_cell(label("balance_due", language), right=True), rupiah(document.balance, bold=True)])
        commands += [("LINEABOVE", (0, balance_row), (-1, balance_row), 0.8, s.body.textColor),
                     ("BACKGROUND", (0, balance_row), (-1, balance_row), _WORDS_FILL)]
        if document.status is InvoiceStatus.PAID:
            rows.append([para("", caption), Paragraph(f"<b>{markup(label('paid_in_full', language))}</b>",
                                                      ParagraphStyle("paid", s.table_number,
                                                                     textColor=colors.HexColor("#1b6e3a")))])
    caption_width = min(115 * mm, CONTENT_WIDTH - amount_col)
    return table(rows, [caption_width, amount_col], commands, hAlign="RIGHT")


def _in_words(document: InvoiceDocument, language: Language) -> Table:
    """The total in words, in a shaded box: "Terbilang: # Satu juta lima ratus ribu rupiah #"."""
    s = styles()
    words = document.total_in_words.strip()
    words = words[:1].upper() + words[1:]
    text = f"{markup(label('in_words', language))}: <i># {markup(words)} #</i>"
    return table([[Paragraph(text, s.body_left)]], [CONTENT_WIDTH], [
        ("BACKGROUND", (0, 0), (-1, -1), _WORDS_FILL),
        ("LEFTPADDING", (0, 0), (-1, -1), 6), ("RIGHTPADDING", (0, 0), (-1, -1), 6),
        ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ])


def _closing(document: InvoiceDocument, profile: Profile, language: Language, printed_on: date,
             signature_image: Logo | None = None) -> Flowable:
    """The signature block at the right and, while money is owed, how to pay at its left (side by side,
    so the two never part and the invoice keeps to one page as long as it can)."""
    signature = signature_block(profile, language, on=document.issue_date or printed_on, signature=signature_image)
    if not document.status.is_outstanding:
        return signature
    signature_width, _ = signature.wrap(CONTENT_WIDTH, 0xFFFFFF)
    gap = 6 * mm
    left = CONTENT_WIDTH - signature_width - gap
    instructions = _how_to_pay(document, profile, language, draft=False)
    return table([[instructions, "", signature]], [left, gap, signature_width],
                 [("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (0, 0), 6)], hAlign="LEFT")


def _how_to_pay(document: InvoiceDocument, profile: Profile, language: Language, *, draft: bool) -> list[Flowable]:
    """"Cara pembayaran": the due date, the profile's bank account, and what to quote with a transfer."""
    s = styles()
    bank = [(label("bank", language), profile.bank_name.strip()),
            (label("account_number", language), profile.bank_account_number.strip()),
            (label("account_holder", language), profile.bank_account_holder.strip())]
    due = format_date(document.due_date, language) if document.due_date and not draft else ""
    text = ParagraphStyle("pay_text", s.body_left, fontSize=9, leading=12, spaceAfter=2)
    out: list[Flowable] = [heading(label("how_to_pay", language), level=2)]
    if profile.bank_account_number.strip():
        key = "pay_by_transfer_due" if due else "pay_by_transfer"
        out.append(para(label(key, language, date=due) if due else label(key, language), text))
        # The number in bold after its name; a line ends only at the space between them, never inside it.
        out += [Paragraph(f"{markup(name)}: <b>{markup(value)}</b>", ParagraphStyle("pay_account", s.table_cell))
                for name, value in bank if value]
        quote = label("pay_quote_number", language, number=document.number) if document.number and not draft \
            else label("pay_receipt", language)
        out.append(para(quote, ParagraphStyle("pay_quote", text, spaceBefore=3)))
    else:
        if due:
            out.append(para(label("pay_due_no_bank", language, date=due), text))
        out.append(para(label("pay_receipt", language), text))
    return out
