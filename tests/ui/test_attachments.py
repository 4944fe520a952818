"""The practitioner attaches scans and photos to a client or a case, looks at them, saves a copy, removes one."""

from __future__ import annotations

import stat
from datetime import date

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent

from peksos_desk.domain import attachments as rules
from peksos_desk.domain.attachments import MediaType, format_size
from peksos_desk.ui.dialogs.attachment_dialog import AttachmentDialog
from peksos_desk.ui.dialogs.document_viewer import DocumentViewer
from peksos_desk.ui.dialogs.image_viewer import ImageViewer
from peksos_desk.ui.documents import private_folder
from peksos_desk.ui.pages.case_detail import CaseDetail
from peksos_desk.ui.pages.clients import ClientsPage
from peksos_desk.ui.widgets.attachments_panel import AttachmentsModel, AttachmentsPanel
from tests.services.factories import new_case, new_client
from tests.services.test_attachments import jpeg_bytes, pdf_bytes, png_bytes

pytestmark = pytest.mark.gui


@pytest.fixture
def files(tmp_path):
    folder = tmp_path / "unduhan"
    folder.mkdir()
    consent = folder / "Surat persetujuan.pdf"
    consent.write_bytes(pdf_bytes(pages=2))
    photo = folder / "Foto rumah klien.pdf"  # named .pdf, but a PNG
    photo.write_bytes(png_bytes((320, 200)))
    return consent, photo


@pytest.fixture
def client_page(qtbot, context):
    client = new_client(context.services)
    case = new_case(context.services, client.id)
    page = ClientsPage(context)
    qtbot.addWidget(page)
    page.resize(1200, 760)
    page.show()
    assert page.show_client(client.id)
    detail = page.detail
    detail.bottom_tabs.setCurrentWidget(detail.attachments)
    return detail, client, case


def rows(panel: AttachmentsPanel) -> list[tuple[str, ...]]:
    model = panel.proxy
    return [tuple(model.index(r, c).data() for c in range(model.columnCount())) for r in range(model.rowCount())]


def finish_dialog(qtbot, panel: AttachmentsPanel, **values) -> AttachmentDialog:
    dialog = panel.dialog
    assert isinstance(dialog, AttachmentDialog) and dialog.isVisible()
    if "title" in values:
        dialog.title.setText(values["title"])
    if "case_id" in values:
        dialog.case.setCurrentIndex(dialog.case.findData(values["case_id"]))
    if "document_date" in values:
        dialog.has_date.setChecked(True)
        dialog.document_date.setDate(values["document_date"])
    with qtbot.waitSignal(dialog.finished):
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    return dialog


def test_add_look_at_and_remove_attachments_from_the_client_page(qtbot, context, prompter, client_page, files):
    detail, client, case = client_page
    panel = detail.attachments
    assert panel.stack.currentWidget() is panel.empty
    assert "No documents are attached to this client yet." in panel.empty.text()
    assert detail.bottom_tabs.tabText(detail.bottom_tabs.indexOf(panel)) == "Attachments"

    consent, photo = files
    prompter.paths.append([consent, photo])
    panel.add_button.click()
    first = panel.dialog
    assert first.title.text() == "Surat persetujuan"  # the name without its extension
    assert "Surat persetujuan.pdf" in first.file_label.text()
    finish_dialog(qtbot, panel, case_id=case.id, document_date=date(2026, 2, 1))
    second = panel.dialog
    assert second is not first and second.title.text() == "Foto rumah klien"
    assert "Foto rumah klien.png" in second.file_label.text()  # the name follows the content
    finish_dialog(qtbot, panel, title="Foto rumah")
    assert panel.dialog is None and prompter.errors == []

    assert panel.stack.currentWidget() is panel.view
    # kinds and sizes are domain words, in the services' language (Indonesian here)
    assert sorted(rows(panel)) == [
        ("Foto rumah", "", "Client (no case)", "Gambar PNG", format_size(photo.stat().st_size, "id")),
        ("Surat persetujuan", "01/02/2026", case.number, "PDF", format_size(consent.stat().st_size, "id"))]
    assert detail.bottom_tabs.tabText(detail.bottom_tabs.indexOf(panel)) == "Attachments (2)"
    stored = {a.title: a for a in context.services.attachments.list_for_client(client.id)}
    assert stored["Foto rumah"].media_type is MediaType.PNG
    assert context.services.attachments.content(stored["Surat persetujuan"].id).data == consent.read_bytes()

    # the photo in the image viewer, fitted, then zoomed
    assert panel.select(stored["Foto rumah"].id)
    viewer = panel.open_selected()
    qtbot.addWidget(viewer)
    assert isinstance(viewer, ImageViewer) and not viewer.image.isNull()
    assert (viewer.image.width(), viewer.image.height()) == (320, 200)
    viewer.actual_button.click()
    assert viewer.zoom_percent == 100
    viewer.zoom_in_button.click()
    assert viewer.zoom_percent == 125 and not viewer.fit
    viewer.fit_button.click()
    assert viewer.fit and viewer.zoom_percent <= 100
    viewer.reject()

    # the consent form in the PDF viewer, from the private folder, gone when closed
    index = next(panel.proxy.index(r, 0) for r in range(panel.proxy.rowCount())
                 if panel.proxy.index(r, 0).data() == "Surat persetujuan")
    panel.view.activated.emit(index)  # a double-click or Enter
    pdf_viewer = panel.viewer
    qtbot.addWidget(pdf_viewer)
    assert isinstance(pdf_viewer, DocumentViewer) and pdf_viewer.page_count() == 2
    assert pdf_viewer.path.parent == private_folder()
    assert pdf_viewer.path.name == f"lampiran-{stored['Surat persetujuan'].id}.pdf"  # no client name on disk
    pdf_viewer.reject()
    assert not pdf_viewer.path.exists()

    # removing asks first; "No" keeps it, "Yes" removes it
    assert panel.select(stored["Foto rumah"].id)
    prompter.confirms.append(False)
    assert not panel.remove_selected() and panel.model.rowCount() == 2
    prompter.confirms.append(True)
    panel.remove_button.click()
    assert [title for title, *_ in rows(panel)] == ["Surat persetujuan"]
    confirms = [text for kind, _, text in prompter.seen if kind == "confirm"]
    assert len(confirms) == 2 and '"Foto rumah"' in confirms[0]
    assert [e.action for e in context.services.audit.entries(record_type="attachment")][:1] == ["delete"]


def test_save_a_copy_writes_the_file_whole(qtbot, context, prompter, client_page, tmp_path):
    detail, client, _case = client_page
    panel = detail.attachments
    data = jpeg_bytes()
    added = context.services.attachments.add(client.id, file_name="rapor.jpeg", data=data)
    panel.reload()
    assert panel.select(added.id)
    target = tmp_path / "salinan" / "rapor sekolah"  # no extension given: the right one is added
    target.parent.mkdir()
    prompter.paths.append(target)
    saved = panel.save_selected()
    assert saved == target.with_name("rapor sekolah.jpg")
    assert saved.read_bytes() == data and stat.S_IMODE(saved.stat().st_mode) == 0o600
    assert [p.name for p in target.parent.iterdir()] == ["rapor sekolah.jpg"]  # no temporary left behind

    prompter.paths.append(tmp_path / "tidak ada" / "rapor.jpg")
    assert panel.save_selected() is None
    assert "could not be saved" in prompter.errors[-1]


def test_refused_files_are_named_and_the_rest_still_added(qtbot, prompter, client_page, tmp_path, monkeypatch):
    detail, _client, _case = client_page
    panel = detail.attachments
    word = tmp_path / "catatan.docx"
    word.write_bytes(b"PK\x03\x04 word")
    empty = tmp_path / "kosong.pdf"
    empty.write_bytes(b"")
    big = tmp_path / "besar.pdf"
    big.write_bytes(pdf_bytes(pages=4))
    broken = tmp_path / "rusak.png"
    broken.write_bytes(png_bytes((200, 200))[:-50])
    good = tmp_path / "baik.png"
    good.write_bytes(png_bytes())
    monkeypatch.setattr(rules, "MAX_FILE_BYTES", big.stat().st_size - 1)
    panel.add_files([word, empty, big, broken, good, tmp_path / "hilang.pdf"])
    assert len(prompter.errors) == 1
    message = prompter.errors[0]
    assert "catatan.docx: Jenis berkas tidak didukung" in message
    assert "kosong.pdf: Berkas kosong" in message
    assert "besar.pdf: Berkas terlalu besar" in message
    assert "hilang.pdf: the file cannot be read" in message
    # the damaged image passes the first bytes and is refused when saved, in the dialog: nothing is lost
    dialog = panel.dialog
    assert dialog.title.text() == "rusak"
    dialog.notes.setPlainText("Catatan yang tidak boleh hilang")
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert dialog.isVisible() and "rusak atau tidak lengkap" in dialog.message.text()
    assert dialog.notes.toPlainText() == "Catatan yang tidak boleh hilang"
    with qtbot.waitSignal(dialog.finished):
        dialog.reject()
    finish_dialog(qtbot, panel)
    assert [title for title, *_ in rows(panel)] == ["baik"]


def test_the_same_file_twice_asks_before_adding_it_again(qtbot, prompter, client_page, files):
    detail, _client, _case = client_page
    panel = detail.attachments
    consent, _photo = files
    panel.add_files([consent])
    finish_dialog(qtbot, panel)
    panel.add_files([consent])
    prompter.confirms.append(False)
    finish_dialog(qtbot, panel)
    assert panel.model.rowCount() == 1
    assert prompter.seen[-1][2].startswith('This file is already attached to the client as "Surat persetujuan"')
    panel.add_files([consent])
    prompter.confirms.append(True)
    finish_dialog(qtbot, panel)
    assert panel.model.rowCount() == 2


def test_files_dropped_on_the_panel_are_added(qtbot, context, client_page, files):
    detail, _client, _case = client_page
    panel = detail.attachments
    consent, _photo = files
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(consent))])
    position, buttons, keys = QPointF(10, 10), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(position.toPoint(), Qt.DropAction.CopyAction, mime, buttons, keys)
    enter.ignore()
    panel.dragEnterEvent(enter)
    assert enter.isAccepted()  # the cursor shows that files may be dropped here
    text_only = QMimeData()
    text_only.setText("bukan berkas")
    refused = QDragEnterEvent(position.toPoint(), Qt.DropAction.CopyAction, text_only, buttons, keys)
    panel.dragEnterEvent(refused)
    assert not refused.isAccepted()
    drop = QDropEvent(position, Qt.DropAction.CopyAction, mime, buttons, keys)
    drop.ignore()
    panel.dropEvent(drop)
    assert drop.isAccepted()
    finish_dialog(qtbot, panel)
    assert [title for title, *_ in rows(panel)] == ["Surat persetujuan"]


def test_edit_details_moves_an_attachment_to_a_case(qtbot, context, client_page):
    detail, client, case = client_page
    panel = detail.attachments
    added = context.services.attachments.add(client.id, file_name="rapor.pdf", data=pdf_bytes())
    panel.reload()
    panel.select(added.id)
    dialog = panel.edit_selected()
    qtbot.addWidget(dialog)
    assert dialog.title.text() == "rapor" and dialog.chosen_case() is None
    dialog.title.setText("")
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert dialog.isVisible() and "Judul wajib diisi" in dialog.message.text()
    dialog.title.setText("Rapor semester 1")
    dialog.case.setCurrentIndex(dialog.case.findData(case.id))
    with qtbot.waitSignal(dialog.finished):
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert rows(panel)[0][:3] == ("Rapor semester 1", "", case.number)


def test_the_case_page_shows_the_case_attachments_and_adds_to_the_case(qtbot, context, prompter, files):
    client = new_client(context.services)
    case = new_case(context.services, client.id)
    context.services.attachments.add(client.id, file_name="ktp.png", data=png_bytes(), title="Salinan KTP")
    page = CaseDetail(context)
    qtbot.addWidget(page)
    page.show_case(case.id)
    panel = page.attachments
    assert panel.model.rowCount() == 0 and panel.view.isColumnHidden(AttachmentsModel.CASE)
    assert "this case" in panel.empty.text()
    panel.add_files([files[0]])
    assert panel.dialog.chosen_case() == case.id
    finish_dialog(qtbot, panel)
    assert [a.case_id for a in context.services.attachments.list_for_case(case.id)] == [case.id]
    assert page.tabs.tabText(page.tabs.indexOf(panel)) == "Attachments (1)"


def test_a_closed_case_takes_no_new_attachments(qtbot, context):
    from peksos_desk.domain.stages import CaseStage

    client = new_client(context.services)
    case = new_case(context.services, client.id)
    context.services.cases.move_stage(case.id, CaseStage.TERMINASI, occurred_on=date(2026, 2, 27), summary="Usai.")
    context.services.cases.close_case(case.id, closed_on=date(2026, 3, 1))
    page = CaseDetail(context)
    qtbot.addWidget(page)
    page.show_case(case.id)
    assert not page.attachments.add_button.isEnabled()
    assert "closed case" in page.attachments.add_button.toolTip()


def test_the_social_report_lists_the_enclosures(qtbot, context, monkeypatch):
    client = new_client(context.services)
    case = new_case(context.services, client.id)
    attachments = context.services.attachments
    attachments.add(client.id, file_name="a.pdf", data=pdf_bytes("a"), title="Surat persetujuan orang tua",
                    document_date=date(2026, 2, 1))
    attachments.add(client.id, file_name="b.png", data=png_bytes(), title="Rapor semester 1", case_id=case.id,
                    document_date=date(2025, 12, 20))
    attachments.add(client.id, file_name="c.jpg", data=jpeg_bytes(), title="Foto rumah", case_id=case.id)
    shown: list[DocumentViewer] = []
    monkeypatch.setattr(DocumentViewer, "open", lambda self: shown.append(self))  # noqa: PLW0108 - gets self
    page = CaseDetail(context)
    qtbot.addWidget(page)
    page.show_case(case.id)
    page.print_social_report()
    assert len(shown) == 1
    text = " ".join("".join(p.extract_text() for p in PdfReader(shown[0].path).pages).split())
    shown[0].reject()
    lines = ["X. Lampiran", "1. Rapor semester 1, tertanggal 20 Desember 2025",
             "2. Surat persetujuan orang tua, tertanggal 1 Februari 2026", "3. Foto rumah"]
    places = [text.find(line) for line in lines]
    assert -1 not in places and places == sorted(places), text


def test_attachment_models_pass_the_model_tester(qtmodeltester, context):
    client = new_client(context.services)
    context.services.attachments.add(client.id, file_name="a.pdf", data=pdf_bytes())
    model = AttachmentsModel()
    model.set_rows(context.services.attachments.list_for_client(client.id))
    qtmodeltester.check(model)


def test_an_image_that_cannot_be_read_says_so(qtbot, context):
    viewer = ImageViewer(context, b"\x89PNG\r\n\x1a\nnot really", "Rusak")
    qtbot.addWidget(viewer)
    assert viewer.image.isNull() and "cannot be shown" in viewer.picture.text()
    assert not viewer.zoom_in_button.isEnabled()
    viewer.zoom(2.0)  # nothing happens, nothing breaks
    assert viewer.zoom_label.text() == ""


def test_every_input_of_the_panel_and_its_dialogs_has_a_name(qtbot, context, client_page, files):
    from tests.ui.test_accessibility import unnamed_inputs

    detail, client, _case = client_page
    panel = detail.attachments
    assert unnamed_inputs(panel) == []
    panel.add_files([files[0]])
    assert unnamed_inputs(panel.dialog) == []
    finish_dialog(qtbot, panel)
    panel.select(context.services.attachments.list_for_client(client.id)[0].id)
    edit = panel.edit_selected()
    qtbot.addWidget(edit)
    assert unnamed_inputs(edit) == []
    viewer = ImageViewer(context, png_bytes(), "Foto")
    qtbot.addWidget(viewer)
    assert unnamed_inputs(viewer) == []


def test_a_huge_photo_is_shown_scaled_down_rather_than_not_at_all(qapp, monkeypatch):
    from peksos_desk.ui.dialogs import image_viewer

    monkeypatch.setattr(image_viewer, "MAX_PIXELS", 12_000)  # as if the photo had 100 megapixels
    image = image_viewer.read_image(jpeg_bytes((400, 300)))
    assert not image.isNull() and image.width() * image.height() <= 12_000
    assert abs(image.width() / image.height() - 4 / 3) < 0.05
