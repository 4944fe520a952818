"""*Laporan pendapatan bulanan*: a month's money as the practitioner reviews it or hands it to an accountant.

The month in words ("Maret 2026"), a summary (received, invoiced, outstanding), the income received by
service type and by payment method, what is still owed by age (0–30, 31–60, over 60 days past due) and the
unpaid invoices one by one. Every table repeats its header on each page it spans and ends with a total.
It is a working record for the practice, not a letter: it carries no signature block, so its last page
always ends with figures.

The unpaid invoices name their payers, and a paying client's name is a client's: the statement is marked
*RAHASIA*.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from babel.dates import format_date as babel_format_date
from babel.numbers import format_decimal
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from peksos_desk.domain.dates import format_date, format_date_short
from peksos_desk.domain.money import format_rupiah
from peksos_desk.domain.text import Language
from peksos_desk.reports.labels import label
from peksos_desk.reports.money_parts import amount_width, bold_cell, money_table, right, rupiah, text_width
from peksos_desk.reports.template import (
    CONTENT_WIDTH,
    Logo,
    build_document,
    heading,
    key_values,
    para,
    styles,
)

if TYPE_CHECKING:
    from peksos_desk.services.finance import AgeingReport, IncomeStatement, MethodIncome, ServiceTypeIncome
    from peksos_desk.services.profile import Profile

Out = Path | str | BinaryIO


def build_income_statement(statement: IncomeStatement, profile: Profile, out: Out, *, language: Language = "id",
                           printed_on: date, logo: Logo | None = None) -> int:
    """Write the monthly income statement as a PDF to ``out``; returns the number of pages.

    ``printed_on`` is the footer's print date (and the PDF's creation date); ``logo`` (a path or the
    image's bytes) goes in the letterhead.
    """
    s = styles()
    month = month_in_words(statement.year, statement.month, language)
    outstanding = statement.outstanding
    as_of = format_date(outstanding.as_of, language)
    story: list[Flowable] = [
        para(label("income_title", language).upper(), s.title),
        para(month, s.subtitle),
        key_values([
            (label("period", language), f"{format_date(statement.start, language)} – "
                                        f"{format_date(statement.end, language)}"),
            (label("received", language), label("received_value", language, amount=format_rupiah(statement.received),
                                                n=statement.payments)),
            (label("invoiced", language), label("invoiced_value", language, amount=format_rupiah(statement.invoiced),
                                                n=statement.invoices_issued)),
            (label("outstanding_on", language, date=as_of),
             label("outstanding_value", language, amount=format_rupiah(outstanding.total), n=len(outstanding.lines))),
        ], label_width=55 * mm),
        heading(label("by_service_type", language)),
    ]
    if statement.payments:
        story += [_by_service_type(statement.by_service_type, statement.received, language),
                  para(label("split_note", language), ParagraphStyle("split_note", s.small, spaceBefore=3)),
                  heading(label("by_method", language)), _by_method(statement.by_method, language)]
    else:
        story += [para(label("none_received", language), s.body_left), heading(label("by_method", language)),
                  para(label("none_received", language), s.body_left)]
    story += [heading(label("by_age_on", language, date=as_of)),
              _by_age(outstanding, language), heading(label("unpaid_invoices", language))]
    if outstanding.lines:
        story.append(_unpaid(outstanding, language))
    else:
        story.append(para(label("none_outstanding", language), s.body_left))
    title = f"{label('income_title', language)} {month}"
    return build_document(out, profile=profile, title=title, language=language, printed_on=printed_on,
                          confidential=True, story=story, subject=label("income_title", language), logo=logo)


def month_in_words(year: int, month: int, language: Language) -> str:
    """"Maret 2026" / "March 2026"."""
    return str(babel_format_date(date(year, month, 1), "LLLL y", locale=language))


def _share(part: int, whole: int, language: Language) -> str:
    if not whole:
        return "—"
    return f"{format_decimal(part * 100 / whole, format='#,##0.0', locale=language)}%"


def _by_service_type(items: tuple[ServiceTypeIncome, ...], received: int, language: Language) -> Flowable:
    header = [label("col_service_type", language), label("col_share", language), label("col_amount", language)]
    amount_col = amount_width([item.amount for item in items] + [received], header=header[2], minimum=32 * mm)
    share_col = 22 * mm
    rows = [[_service_name(item, language), right(_share(item.amount, received, language)), rupiah(item.amount)]
            for item in items]
    total = [bold_cell(label("total_row", language)), right(_share(received, received, language)),
             rupiah(received, bold=True)]
    return money_table(header, rows, [CONTENT_WIDTH - share_col - amount_col, share_col, amount_col],
                       numeric=(1, 2), total=total)


def _service_name(item: ServiceTypeIncome, language: Language) -> str:
    return item.name if item.service_type_id is not None else label("other_services", language)


def _by_method(items: tuple[MethodIncome, ...], language: Language) -> Flowable:
    header = [label("col_method", language), label("col_payments", language), label("col_amount", language)]
    received = sum(item.amount for item in items)
    amount_col = amount_width([item.amount for item in items] + [received], header=header[2], minimum=32 * mm)
    count_col = 26 * mm
    rows = [[item.method.label.render(language), right(str(item.payments)), rupiah(item.amount)] for item in items]
    total = [bold_cell(label("total_row", language)), right(str(sum(item.payments for item in items))),
             rupiah(received, bold=True)]
    return money_table(header, rows, [CONTENT_WIDTH - count_col - amount_col, count_col, amount_col],
                       numeric=(1, 2), total=total)


def _by_age(report: AgeingReport, language: Language) -> Flowable:
    header = [label("col_age", language), label("col_invoices", language), label("col_amount", language)]
    amount_col = amount_width([bucket.amount for bucket in report.buckets] + [report.total], header=header[2],
                              minimum=32 * mm)
    count_col = 26 * mm
    rows = [[bucket.bucket.label.render(language), right(str(bucket.invoices)), rupiah(bucket.amount)]
            for bucket in report.buckets]
    total = [bold_cell(label("total_row", language)), right(str(sum(bucket.invoices for bucket in report.buckets))),
             rupiah(report.total, bold=True)]
    return money_table(header, rows, [CONTENT_WIDTH - count_col - amount_col, count_col, amount_col],
                       numeric=(1, 2), total=total)


def _unpaid(report: AgeingReport, language: Language) -> Flowable:
    """The unpaid invoices, most overdue first: number, payer, due date, days late and what is still owed
    (the balance only: it is what the practice is chasing, and it leaves the payer's name room to read)."""
    header = [label("col_invoice", language), label("col_payer", language), label("due_date", language),
              label("col_days_late", language), label("col_balance", language)]
    lines = report.lines
    not_due = label("not_yet_due", language)
    number_col = min(text_width([line.number for line in lines] + [header[0]], minimum=26 * mm), 36 * mm)
    due_col = text_width([format_date_short(line.due_date, language) for line in lines] + [header[2]],
                         minimum=20 * mm)
    days_col = text_width([header[3], not_due.rsplit(" ", 1)[0]], minimum=16 * mm)  # "belum jatuh / tempo"
    balance_col = amount_width([line.balance for line in lines] + [report.total], header=header[4])
    payer_col = CONTENT_WIDTH - number_col - due_col - days_col - balance_col
    rows = [[line.number, line.payer_name, format_date_short(line.due_date, language),
             right(str(line.days_past_due) if line.days_past_due > 0 else not_due), rupiah(line.balance)]
            for line in lines]
    total = [bold_cell(label("total_row", language)), "", "", "", rupiah(report.total, bold=True)]
    return money_table(header, rows, [number_col, payer_col, due_col, days_col, balance_col], numeric=(3, 4),
                       total=total)
