"""From attended sessions to a printed kuitansi, through the main window's Finance page."""

from __future__ import annotations

import pytest
from pypdf import PdfReader

from peksos_desk.domain.practice import Attendance
from peksos_desk.services.payments import PaymentInput
from peksos_desk.ui.main_window import MainWindow
from tests.services.factories import consultation, new_case, new_session

pytestmark = pytest.mark.gui


def test_invoice_receipt_and_income_statement_open_in_the_viewer(qtbot, context):
    services = context.services
    case = new_case(services)
    kind = consultation(services, fee=6_000_000)
    session = new_session(services, case.id, service_type_id=kind.id)
    services.sessions.record_attendance(session.id, Attendance.ATTENDED)
    payer = services.billing.payer_for_client(case.client_id)
    invoice = services.billing.issue(services.billing.create_draft(payer.id, session_ids=[session.id]).id)
    payment = services.payments.record_payment(invoice.id, PaymentInput(6_000_000))

    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    window.show_invoice(invoice.id)
    page = window.page("finance")
    opened = []
    from peksos_desk.ui import print_actions

    original = print_actions.show_finance_document

    def spy(*args, **kwargs):
        viewer = original(*args, **kwargs)
        opened.append(viewer)
        return viewer

    page.document_requested.disconnect()
    page.document_requested.connect(lambda kind, args: spy(context, page, kind, *args))
    page.request_document("invoice", invoice.id)
    page.request_document("receipt", payment.id)
    page.request_document("income", 2026, 3)
    assert len(opened) == 3 and all(opened)
    texts = ["\n".join(p.extract_text() for p in PdfReader(v.path).pages) for v in opened]
    assert "INV/2026/0001" in texts[0] and "Rp6.000.000" in texts[0]
    assert "KW/2026/0001" in texts[1] and "enam juta rupiah" in texts[1].lower()
    assert "meterai" in texts[1].lower()  # above Rp5.000.000: a place for the Rp10.000 stamp
    assert "Maret 2026" in texts[2]
    for viewer in opened:
        path = viewer.path
        viewer.reject()
        assert not path.exists()
    assert not context.prompter.errors
