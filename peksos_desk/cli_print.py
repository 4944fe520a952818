"""``peksos-desk print``: any document as a PDF file, for scripting and support.

The file is written next to its destination first and moved into place, so an interrupted run never leaves
half a PDF under the asked-for name. ``--password`` encrypts any document with AES-256 (``--password -``
takes it from the environment variable ``PEKSOS_DESK_PDF_PASSWORD``, so it stays out of the shell's history).
"""

from __future__ import annotations

import argparse
import io
import os
import re
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import BinaryIO

from peksos_desk.domain.errors import ValidationError
from peksos_desk.domain.text import Language, Text, current_language
from peksos_desk.services import files
from peksos_desk.services.app import Services
from peksos_desk.services.cases import CaseView
from peksos_desk.services.clients import ClientView
from peksos_desk.services.institutions import InstitutionView

Builder = Callable[[BinaryIO], object]
PASSWORD_VARIABLE = "PEKSOS_DESK_PDF_PASSWORD"


def add_print_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser],
                     store: argparse.ArgumentParser) -> None:
    """The ``print`` sub-command and its documents."""
    printing = commands.add_parser("print", help="write a document as PDF (case notes, invoice, kuitansi, income, "
                                                 "intake and assessment forms)")
    documents = printing.add_subparsers(dest="document", metavar="DOCUMENT", required=True)
    output = argparse.ArgumentParser(add_help=False)
    output.add_argument("--out", metavar="FILE", help="where to write the PDF (default: a name in this folder)")
    output.add_argument("--password", metavar="PASSWORD",
                        help=f"encrypt the PDF (AES-256) with this password, at least 8 characters; '-' reads it "
                             f"from the environment variable {PASSWORD_VARIABLE}")

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
    document("intake-form", "the formulir pendataan klien, blank or filled for a client").add_argument(
        "client", nargs="?", metavar="CLIENT", help="the client's code (KL-000012) or id; blank form without")
    document("assessment-form", "the formulir asesmen, blank or filled for a case").add_argument(
        "case", nargs="?", metavar="CASE", help="the case number (KS/2026/0001) or id; blank form without")
    document("social-report", "the laporan sosial of a case").add_argument(
        "case", metavar="CASE", help="the case number (KS/2026/0001) or id")
    referral = document("referral", "a surat rujukan (referral letter) to an institution of the directory")
    referral.add_argument("case", metavar="CASE", help="the case number (KS/2026/0001) or id")
    referral.add_argument("--to", required=True, metavar="INSTITUTION",
                          help="the institution's id or its exact name in the directory")
    referral.add_argument("--reason", default="", help="why the client is referred (default: the case's own reason)")
    referral.add_argument("--number", default="", metavar="LETTER_NUMBER", help="the letter's number, if any")
    referral.add_argument("--enclose", action="append", type=int, default=[], metavar="ATTACHMENT",
                          help="an attachment of the client (its id) to list as enclosed; repeat for more")


def _month(text: str) -> tuple[int, int]:
    match = re.fullmatch(r"(\d{4})-(\d{2})", text.strip())
    if not match or not 1 <= int(match.group(2)) <= 12:
        raise argparse.ArgumentTypeError(str(Text(f"bulan harus berbentuk TTTT-BB, misalnya 2026-03, bukan '{text}'",
                                                  f"the month must look like YYYY-MM, e.g. 2026-03, not '{text}'")))
    return int(match.group(1)), int(match.group(2))


def run_print(args: argparse.Namespace, services: Services) -> Path:
    """Build the document asked for and write it; returns the file written."""
    language: Language = current_language()
    password = _password(getattr(args, "password", None))
    today = services.cases.today()
    name, build = _document(args, services, language, today)
    target = Path(args.out) if args.out else Path.cwd() / f"{re.sub(r'[^A-Za-z0-9_-]+', '-', name)}.pdf"
    if password is not None:
        build = _protected(build, password)
    return write_atomically(target, build)


def _password(given: str | None) -> str | None:
    """The password to encrypt with (checked before anything is built), or None for an open PDF."""
    if given is None:
        return None
    from peksos_desk.reports.protect import check_password

    if given == "-":
        given = os.environ.get(PASSWORD_VARIABLE, "")
        if not given:
            raise ValidationError("password", Text(
                f"--password - membaca kata sandi dari variabel lingkungan {PASSWORD_VARIABLE}, tetapi "
                "variabel itu kosong atau tidak ada.",
                f"--password - reads the password from the environment variable {PASSWORD_VARIABLE}, but it "
                "is empty or not set."))
    return check_password(given)


def _protected(build: Builder, password: str) -> Builder:
    """``build``, its PDF encrypted with ``password`` before it is written."""
    from peksos_desk.reports.protect import protect_pdf

    def encrypted(out: BinaryIO) -> None:
        plain = io.BytesIO()
        build(plain)
        out.write(protect_pdf(plain.getvalue(), password))

    return encrypted


def _document(args: argparse.Namespace, services: Services, language: Language, today: date) -> tuple[str, Builder]:
    profile = services.profile.get()
    images = services.profile.document_images()
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
                session, case, client, profile, out, language=language, printed_on=today, zone=zone,
                logo=images.logo, signature=images.signature)
        case = _case(services, args.case)
        client = services.clients.get(case.client_id)
        sessions = services.sessions.list_for_case(case.id)
        return f"catatan-kasus-{case.number}", lambda out: build_case_notes(
            sessions, case, client, profile, out, language=language, printed_on=today, zone=zone,
            logo=images.logo, signature=images.signature)
    if args.document == "invoice":
        invoice = services.billing.find_invoice(args.number)
        document = services.finance.invoice_document(invoice.id)
        from peksos_desk.reports.invoice import build_invoice

        return f"tagihan-{args.number}", lambda out: build_invoice(document, profile, out, language=language,
                                                                   printed_on=today,
                                                                   logo=images.logo, signature=images.signature)
    if args.document == "receipt":
        payment = services.payments.find_receipt(args.number)
        receipt = services.finance.receipt_document(payment.id)
        from peksos_desk.reports.receipt import build_receipt

        return f"kuitansi-{args.number}", lambda out: build_receipt(receipt, profile, out, language=language,
                                                                    printed_on=today,
                                                                    logo=images.logo, signature=images.signature)
    if args.document == "income":
        from peksos_desk.reports.income import build_income_statement

        year, month = args.month
        statement = services.finance.income_statement(year, month)
        return f"pendapatan-{year}-{month:02d}", lambda out: build_income_statement(
            statement, profile, out, language=language, printed_on=today, logo=images.logo)
    if args.document == "intake-form":
        from peksos_desk.reports.forms import build_intake_form

        person = _client(services, args.client) if args.client else None
        name = f"formulir-pendataan-{person.code}" if person else "formulir-pendataan-kosong"
        return name, lambda out: build_intake_form(person, profile, out, language=language, printed_on=today,
                                                   logo=images.logo)
    if args.document == "assessment-form":
        from peksos_desk.reports.forms import build_assessment_form

        found = None
        if args.case:
            found = _case(services, args.case)
        owner = services.clients.get(found.client_id) if found else None
        name = f"formulir-asesmen-{found.number}" if found else "formulir-asesmen-kosong"
        return name, lambda out: build_assessment_form(found, owner, profile, out, language=language,
                                                       printed_on=today, logo=images.logo, signature=images.signature)
    if args.document == "social-report":
        from peksos_desk.reports.social_report import build_social_report

        case = _case(services, args.case)
        client = services.clients.get(case.client_id)
        now = services.db.clock()
        held = [s for s in services.sessions.summaries_for_case(case.id) if s.starts_at <= now]
        enclosures = services.attachments.enclosures_for_case(case.id)
        return f"laporan-sosial-{case.number}", lambda out: build_social_report(
            case, client, held, profile, out, language=language, printed_on=today, zone=zone,
            logo=images.logo, signature=images.signature, enclosures=enclosures)
    if args.document == "referral":
        from peksos_desk.reports.referral_letter import build_referral_letter

        case = _case(services, args.case)
        client = services.clients.get(case.client_id)
        institution = _institution(services, args.to)
        reason = args.reason.strip() or case.referral_reason
        if not reason:
            raise ValidationError("reason", Text(
                "Tulis alasan rujukan dengan --reason (kasus ini belum mencatat alasan rujukan).",
                "Give the reason for the referral with --reason (this case has none recorded)."))
        enclosed = services.attachments.enclosures(client.id, args.enclose)
        return f"surat-rujukan-{case.number}", lambda out: build_referral_letter(
            case, client, institution, profile, out, language=language, printed_on=today, reason=reason,
            letter_number=args.number, logo=images.logo, signature=images.signature, enclosures=enclosed)
    raise ValidationError("document", Text(f"Dokumen '{args.document}' tidak dikenal.",
                                           f"Unknown document '{args.document}'."))


def _case(services: Services, key: str) -> CaseView:
    """The case with this number (KS/2026/0001) or id."""
    key = key.strip()
    return services.cases.get(int(key)) if key.isdigit() else services.cases.find(key)


def _institution(services: Services, key: str) -> InstitutionView:
    """The directory's institution with this id or exact name (letter case ignored)."""
    key = key.strip()
    if key.isdigit():
        return services.institutions.get(int(key))
    matches = [i for i in services.institutions.list(key, include_inactive=True) if i.name.casefold() == key.casefold()]
    if len(matches) != 1:
        raise ValidationError("to", Text(
            f"Lembaga '{key}' tidak ada (tepat dengan nama itu) di direktori; gunakan nomor id-nya.",
            f"No institution named exactly '{key}' is in the directory; use its id."))
    return matches[0]


def _client(services: Services, key: str) -> ClientView:
    """The client with this code (KL-000012) or id."""
    key = key.strip()
    return services.clients.get(int(key)) if key.isdigit() else services.clients.find(key)


def write_atomically(target: Path, build: Builder) -> Path:
    """Write through a temporary file in the same folder, then move it into place (mode 0600)."""
    target = target.expanduser().resolve()
    if target.is_dir():
        raise ValidationError("out", Text(f"{target} adalah folder; beri nama berkas PDF.",
                                          f"{target} is a folder; give a PDF file name."))
    if not target.parent.is_dir():
        raise ValidationError("out", Text(f"Folder {target.parent} tidak ada.",
                                          f"The folder {target.parent} does not exist."))
    return files.write_atomically(target, build)
