"""Blank forms for a home visit, printed from the list pages: the intake form (Clients) and the assessment form
(Cases), each with the practice's letterhead and no client in it."""

from __future__ import annotations

import re

import pytest
from pypdf import PdfReader

from tests.services.factories import new_case, new_client

pytestmark = pytest.mark.gui


def text_of(path) -> str:
    return re.sub(r"\s+", " ", " ".join(page.extract_text() for page in PdfReader(path).pages))


def test_the_clients_page_prints_a_blank_intake_form(qtbot, context):
    from peksos_desk.ui.pages.clients import ClientsPage

    client = new_client(context.services)

    page = ClientsPage(context)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    assert page.blank_form_button.isVisible()
    viewer = page.print_blank_intake_form()
    assert viewer is not None
    qtbot.addWidget(viewer)
    text = text_of(viewer.path)
    assert "FORMULIR PENDATAAN KLIEN" in text
    assert client.full_name not in text and client.code not in text
    viewer.reject()


def test_the_cases_page_prints_a_blank_assessment_form(qtbot, context):
    from peksos_desk.ui.pages.cases import CasesPage

    case = new_case(context.services)

    page = CasesPage(context)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    assert page.blank_form_button.isVisible()
    viewer = page.print_blank_assessment_form()
    assert viewer is not None
    qtbot.addWidget(viewer)
    text = text_of(viewer.path)
    assert "FORMULIR ASESMEN" in text
    assert case.number not in text and case.client_name not in text
    assert viewer.windowTitle().endswith(("blank", "kosong"))
    viewer.reject()
