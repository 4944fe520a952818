"""The document viewer shows a PDF, pages through it, prints it and saves a copy; temporary files go away."""

from __future__ import annotations

import stat
from datetime import date

import pytest
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter

from peksos_desk.reports.template import build_document, para
from peksos_desk.services.profile import Profile
from peksos_desk.ui.dialogs.document_viewer import DocumentViewer
from peksos_desk.ui.documents import build_to_file, private_folder

pytestmark = pytest.mark.gui


def three_pages(out):
    story = [para(f"Paragraf {i}. " + "Klien menyampaikan perkembangan. " * 30) for i in range(40)]
    return build_document(out, profile=Profile(full_name="Sri Wahyuni"), title="Uji", language="id",
                          printed_on=date(2026, 3, 2), confidential=True, story=story)


@pytest.fixture
def viewer(qtbot, context):
    path = build_to_file("uji/../catatan kasus", three_pages)
    viewer = DocumentViewer(context, path, "Catatan kasus")
    qtbot.addWidget(viewer)
    viewer.show()
    return viewer


def test_documents_are_built_in_a_private_folder(viewer):
    assert viewer.path.parent == private_folder()
    assert stat.S_IMODE(private_folder().stat().st_mode) == 0o700
    assert stat.S_IMODE(viewer.path.stat().st_mode) == 0o600
    assert "/" not in viewer.path.name  # a name cannot lead the file out of the folder


def test_pages_can_be_walked_and_zoomed(viewer, qtbot):
    assert viewer.page_count() >= 3
    assert viewer.page_label.text() == f"Page 1 of {viewer.page_count()}"  # no translator loaded here
    assert not viewer.previous_button.isEnabled()
    viewer.next_button.click()
    assert viewer.current_page() == 1
    viewer.go_to(99)
    assert viewer.current_page() == viewer.page_count() - 1
    assert not viewer.next_button.isEnabled()
    before = viewer.view.zoomFactor()
    viewer.zoom_in_button.click()
    assert viewer.view.zoomFactor() > before


def test_printing_renders_every_page(viewer, tmp_path):
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    viewer.print_to(printer)
    assert len(PdfReader(tmp_path / "printed.pdf").pages) == viewer.page_count()


def test_a_copy_can_be_saved_and_the_temporary_file_goes_when_closed(viewer, tmp_path):
    copy = viewer.save_copy(str(tmp_path / "untuk-pengadilan"))
    assert copy == tmp_path / "untuk-pengadilan.pdf"
    assert PdfReader(copy).pages
    temporary = viewer.path
    viewer.reject()
    assert not temporary.exists()
    assert copy.exists()


def test_saving_to_an_impossible_place_says_why(viewer, prompter, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    assert viewer.save_copy(str(blocker / "inside.pdf")) is None
    assert prompter.errors


def test_case_and_client_documents_open_from_their_pages(qtbot, context):
    from peksos_desk.ui.pages.case_detail import CaseDetail
    from peksos_desk.ui.widgets.client_detail import ClientDetail
    from tests.services.factories import new_case

    case = new_case(context.services)
    page = CaseDetail(context)
    qtbot.addWidget(page)
    page.show_case(case.id)
    texts = []
    for viewer in (page.print_social_report(), page.print_assessment_form()):
        assert viewer is not None
        texts.append("\n".join(p.extract_text() for p in PdfReader(viewer.path).pages))
        viewer.reject()
    client_page = ClientDetail(context)
    qtbot.addWidget(client_page)
    client_page.show_client(case.client_id)
    viewer = client_page.print_intake_form()
    texts.append("\n".join(p.extract_text() for p in PdfReader(viewer.path).pages))
    viewer.reject()
    assert "LAPORAN SOSIAL" in texts[0] and "FORMULIR ASESMEN" in texts[1] and "FORMULIR PENDATAAN" in texts[2]
    assert all(case.number in text for text in texts[:2]) and "Siti Aminah" in texts[2]
    assert not context.prompter.errors
