"""Opening the app's documents in the viewer: gather the read models, build the PDF, show it.

ReportLab is imported only here, when a document is asked for, never at start-up.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import BinaryIO

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from peksos_desk.domain.errors import PeksosError
from peksos_desk.ui.context import AppContext
from peksos_desk.ui.dialogs.document_viewer import DocumentViewer
from peksos_desk.ui.documents import build_to_file


def _show(context: AppContext, parent: QWidget | None, name: str, title: str,
          build: Callable[[BinaryIO], object]) -> DocumentViewer | None:
    try:
        path = build_to_file(name, build)
    except (PeksosError, OSError) as exc:
        context.prompter.error(parent, QCoreApplication.translate("PrintActions", "Document"),
                               QCoreApplication.translate("PrintActions", "The document could not be made: {0}")
                               .format(exc))
        return None
    viewer = DocumentViewer(context, path, title, parent)
    viewer.finished.connect(viewer.deleteLater)
    viewer.open()
    return viewer


def show_case_note(context: AppContext, parent: QWidget | None, session_id: int) -> DocumentViewer | None:
    """The *catatan kasus* of one session."""
    from peksos_desk.reports.case_notes import build_case_note

    services = context.services
    session = services.sessions.get(session_id)
    case = services.cases.get(session.case_id)
    client = services.clients.get(case.client_id)
    profile, images = services.profile.get(), services.profile.document_images()
    today = services.cases.today()

    def build(out: BinaryIO) -> object:
        return build_case_note(session, case, client, profile, out, language=context.settings.document_language,
                               printed_on=today, zone=context.zone, logo=images.logo, signature=images.signature)

    return _show(context, parent, f"catatan-kasus-{case.number}-{session.id}",
                 QCoreApplication.translate("PrintActions", "Case note — {0}").format(case.number), build)


def show_case_notes(context: AppContext, parent: QWidget | None, case_id: int) -> DocumentViewer | None:
    """Every session note of a case, in order."""
    from peksos_desk.reports.case_notes import build_case_notes

    services = context.services
    case = services.cases.get(case_id)
    client = services.clients.get(case.client_id)
    sessions = services.sessions.list_for_case(case_id)
    profile, images = services.profile.get(), services.profile.document_images()
    today = services.cases.today()

    def build(out: BinaryIO) -> object:
        return build_case_notes(sessions, case, client, profile, out, language=context.settings.document_language,
                                printed_on=today, zone=context.zone, logo=images.logo, signature=images.signature)

    title = QCoreApplication.translate("PrintActions", "Case notes — {0}").format(case.number)
    return _show(context, parent, f"catatan-kasus-{case.number}", title, build)


def show_finance_document(context: AppContext, parent: QWidget | None, kind: str,
                          *args: int) -> DocumentViewer | None:
    """An invoice (``"invoice", id``), a kuitansi (``"receipt", payment_id``) or the income statement of a month
    (``"income", year, month``)."""
    services = context.services
    profile, images = services.profile.get(), services.profile.document_images()
    today = services.cases.today()
    language = context.settings.document_language
    if kind == "invoice":
        from peksos_desk.reports.invoice import build_invoice

        invoice = services.finance.invoice_document(args[0])
        label = invoice.number or QCoreApplication.translate("PrintActions", "draft")
        return _show(context, parent, f"tagihan-{label}", QCoreApplication.translate("PrintActions", "Invoice {0}")
                     .format(label), lambda out: build_invoice(invoice, profile, out, language=language,
                                                               printed_on=today, logo=images.logo,
                                                               signature=images.signature))
    if kind == "receipt":
        from peksos_desk.reports.receipt import build_receipt

        receipt = services.finance.receipt_document(args[0])
        return _show(context, parent, f"kuitansi-{receipt.number}",
                     QCoreApplication.translate("PrintActions", "Receipt {0}").format(receipt.number),
                     lambda out: build_receipt(receipt, profile, out, language=language, printed_on=today,
                                               logo=images.logo, signature=images.signature))
    if kind == "income":
        from peksos_desk.reports.income import build_income_statement, month_in_words

        year, month = args[0], args[1]
        statement = services.finance.income_statement(year, month)
        return _show(context, parent, f"pendapatan-{year}-{month:02d}",
                     QCoreApplication.translate("PrintActions", "Income — {0}").format(
                         month_in_words(year, month, language)),
                     lambda out: build_income_statement(statement, profile, out, language=language,
                                                        printed_on=today, logo=images.logo))
    raise ValueError(kind)


def show_social_report(context: AppContext, parent: QWidget | None, case_id: int) -> DocumentViewer | None:
    """The *laporan sosial* of a case, with the sessions held so far."""
    from peksos_desk.reports.social_report import build_social_report

    services = context.services
    case = services.cases.get(case_id)
    client = services.clients.get(case.client_id)
    now = services.db.clock()
    held = [s for s in services.sessions.summaries_for_case(case_id) if s.starts_at <= now]
    profile, today, language = services.profile.get(), services.cases.today(), context.settings.document_language
    images = services.profile.document_images()
    enclosures = services.attachments.enclosures_for_case(case_id)
    return _show(context, parent, f"laporan-sosial-{case.number}",
                 QCoreApplication.translate("PrintActions", "Social report — {0}").format(case.number),
                 lambda out: build_social_report(case, client, held, profile, out, language=language,
                                                 printed_on=today, zone=context.zone, logo=images.logo,
                                                 signature=images.signature, enclosures=enclosures))


def show_intake_form(context: AppContext, parent: QWidget | None, client_id: int | None) -> DocumentViewer | None:
    """The *formulir pendataan klien*: filled from a client's record, or blank for a home visit."""
    from peksos_desk.reports.forms import build_intake_form

    services = context.services
    client = services.clients.get(client_id) if client_id is not None else None
    profile, today, language = services.profile.get(), services.cases.today(), context.settings.document_language
    logo = services.profile.document_images().logo
    label = client.code if client else QCoreApplication.translate("PrintActions", "blank")
    return _show(context, parent, f"formulir-pendataan-{label}",
                 QCoreApplication.translate("PrintActions", "Intake form — {0}").format(label),
                 lambda out: build_intake_form(client, profile, out, language=language, printed_on=today, logo=logo))


def show_assessment_form(context: AppContext, parent: QWidget | None,
                         case_id: int | None) -> DocumentViewer | None:
    """The *formulir asesmen* of a case, filled from what the assessment holds, or blank (``case_id`` None)
    for an assessment on paper."""
    from peksos_desk.reports.forms import build_assessment_form

    services = context.services
    case = services.cases.get(case_id) if case_id is not None else None
    client = services.clients.get(case.client_id) if case is not None else None
    profile, today, language = services.profile.get(), services.cases.today(), context.settings.document_language
    images = services.profile.document_images()
    label = case.number if case else QCoreApplication.translate("PrintActions", "blank")
    return _show(context, parent, f"formulir-asesmen-{label}",
                 QCoreApplication.translate("PrintActions", "Assessment form — {0}").format(label),
                 lambda out: build_assessment_form(case, client, profile, out, language=language, printed_on=today,
                                                   logo=images.logo, signature=images.signature))


def show_referral_letter(context: AppContext, parent: QWidget | None, case_id: int, institution_id: int, *,
                         reason: str, letter_number: str = "",
                         attachment_ids: Sequence[int] = ()) -> DocumentViewer | None:
    """The *surat rujukan* referring the client of a case to an institution of the directory, with the chosen
    attachments named as its enclosures (*lampiran*)."""
    from peksos_desk.reports.referral_letter import build_referral_letter

    services = context.services
    try:
        case = services.cases.get(case_id)
        client = services.clients.get(case.client_id)
        institution = services.institutions.get(institution_id)
        enclosed = services.attachments.enclosures(client.id, attachment_ids)
    except PeksosError as exc:
        context.prompter.error(parent, QCoreApplication.translate("PrintActions", "Document"),
                               QCoreApplication.translate("PrintActions", "The document could not be made: {0}")
                               .format(exc))
        return None
    profile, today, language = services.profile.get(), services.cases.today(), context.settings.document_language
    images = services.profile.document_images()
    return _show(context, parent, f"surat-rujukan-{case.number}",
                 QCoreApplication.translate("PrintActions", "Referral letter — {0}").format(case.number),
                 lambda out: build_referral_letter(case, client, institution, profile, out, language=language,
                                                   printed_on=today, reason=reason, enclosures=enclosed,
                                                   letter_number=letter_number, logo=images.logo,
                                                   signature=images.signature))
