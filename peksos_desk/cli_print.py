"""``peksos-desk print``: any document as a PDF file, for scripting and support.

The file is written next to its destination first and moved into place, so an interrupted run never leaves
half a PDF under the asked-for name.
"""

from __future__ import annotations

import argparse
import os
import re
import tempfile
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import BinaryIO

from peksos_desk.domain.errors import ValidationError
from peksos_desk.domain.text import Language, Text, current_language
from peksos_desk.services.app import Services

Builder = Callable[[BinaryIO], object]


def add_print_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser],
                     store: argparse.ArgumentParser) -> None:
    """The ``print`` sub-command and its documents."""
    printing = commands.add_parser("print", help="write a document as PDF (case notes, invoice, kuitansi, income)")
    documents = printing.add_subparsers(dest="document", metavar="DOCUMENT", required=True)
    output = argparse.ArgumentParser(add_help=False)
    output.add_argument("--out", metavar="FILE", help="where to write the PDF (default: a name in this folder)")

    def document(name: str, help_text: str) -> argparse.ArgumentParser:
        return documents.add_parser(name, parents=[store, output], help=help_text)

    document("case-note", "the catatan kasus of one session").add_argument("session", type=int, metavar="SESSION",
                                                                          help="the session's id")
    document("case-notes", "every session note of a case").add_argument(
        "case", metavar="CASE", help="the case number (KS/2026/0001) or id")
    document("invoice", "an issued invoice").add_argument("number", metavar="NUMBER", help="e.g. INV/2026/0001")
    document("receipt", "a kuitansi").add_argument("number", metavar="NUMBER", help="e.g. KW/2026/0001")
    document("income", "the monthly income statement").add_argument(
        "--month", required=True, type=_month, metavar="YYYY-MM", help="e.g. 2026-03")


def _month(text: str) -> tuple[int, int]:
    match = re.fullmatch(r"(\d{4})-(\d{2})", text.strip())
    if not match or not 1 <= int(match.group(2)) <= 12:
        raise argparse.ArgumentTypeError(str(Text(f"bulan harus berbentuk TTTT-BB, misalnya 2026-03, bukan '{text}'",
                                                  f"the month must look like YYYY-MM, e.g. 2026-03, not '{text}'")))
    return int(match.group(1)), int(match.group(2))


def run_print(args: argparse.Namespace, services: Services) -> Path:
    """Build the document asked for and write it; returns the file written."""
    language: Language = current_language()
    today = services.cases.today()
    name, build = _document(args, services, language, today)
    target = Path(args.out) if args.out else Path.cwd() / f"{re.sub(r'[^A-Za-z0-9_-]+', '-', name)}.pdf"
    return write_atomically(target, build)


def _document(args: argparse.Namespace, services: Services, language: Language, today: date) -> tuple[str, Builder]:
    profile = services.profile.get()
    zone_name = profile.time_zone
    from peksos_desk.domain.dates import PractitionerZone

    zone = PractitionerZone.from_setting(zone_name)
    if args.document in ("case-note", "case-notes"):
        from peksos_desk.reports.case_notes import build_case_note, build_case_notes

        if args.document == "case-note":
            session = services.sessions.get(args.session)
            case = services.cases.get(session.case_id)
            client = services.clients.get(case.client_id)
            return f"catatan-kasus-{case.number}-{session.id}", lambda out: build_case_note(
                session, case, client, profile, out, language=language, printed_on=today, zone=zone)
        case = services.cases.get(int(args.case)) if args.case.isdigit() else services.cases.find(args.case)
        client = services.clients.get(case.client_id)
        sessions = services.sessions.list_for_case(case.id)
        return f"catatan-kasus-{case.number}", lambda out: build_case_notes(
            sessions, case, client, profile, out, language=language, printed_on=today, zone=zone)
    if args.document == "invoice":
        invoice = services.billing.find_invoice(args.number)
        document = services.finance.invoice_document(invoice.id)
        from peksos_desk.reports.invoice import build_invoice

        return f"tagihan-{args.number}", lambda out: build_invoice(document, profile, out, language=language,
                                                                   printed_on=today)
    if args.document == "receipt":
        payment = services.payments.find_receipt(args.number)
        receipt = services.finance.receipt_document(payment.id)
        from peksos_desk.reports.receipt import build_receipt

        return f"kuitansi-{args.number}", lambda out: build_receipt(receipt, profile, out, language=language,
                                                                    printed_on=today)
    if args.document == "income":
        from peksos_desk.reports.income import build_income_statement

        year, month = args.month
        statement = services.finance.income_statement(year, month)
        return f"pendapatan-{year}-{month:02d}", lambda out: build_income_statement(
            statement, profile, out, language=language, printed_on=today)
    raise ValidationError("document", Text(f"Dokumen '{args.document}' tidak dikenal.",
                                           f"Unknown document '{args.document}'."))


def write_atomically(target: Path, build: Builder) -> Path:
    """Write through a temporary file in the same folder, then move it into place (mode 0600)."""
    target = target.expanduser().resolve()
    if target.is_dir():
        raise ValidationError("out", Text(f"{target} adalah folder; beri nama berkas PDF.",
                                          f"{target} is a folder; give a PDF file name."))
    if not target.parent.is_dir():
        raise ValidationError("out", Text(f"Folder {target.parent} tidak ada.",
                                          f"The folder {target.parent} does not exist."))
    handle, temporary = tempfile.mkstemp(prefix=".peksos-", suffix=".pdf", dir=target.parent)
    try:
        with os.fdopen(handle, "wb") as out:
            build(out)
        os.chmod(temporary, 0o600)
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return target
