"""The client page's "Personal data" menu: export a copy, erase on request (explained, confirmed by the code)."""

from __future__ import annotations

import zipfile

from PySide6.QtCore import Qt

from peksos_desk.ui.pages.clients import ClientsPage
from tests.services.factories import new_client
from tests.services.test_erasure import _story


def _page(qtbot, context, client_id):
    page = ClientsPage(context)
    qtbot.addWidget(page)
    page.resize(1300, 760)
    page.show()
    assert page.show_client(client_id)
    return page


def test_export_data_writes_the_zip_and_warns_it_is_sensitive(qtbot, context, prompter, tmp_path):
    client = new_client(context.services)
    page = _page(qtbot, context, client.id)
    actions = page.detail.privacy
    assert actions.button in page.detail.findChildren(type(actions.button))
    prompter.paths.append(tmp_path / "salinan")
    written = actions.export_data()
    assert written == tmp_path / "salinan.zip"
    with zipfile.ZipFile(written) as archive:
        assert "record.pdf" in archive.namelist()
    kind, _, text = prompter.seen[-1]
    assert kind == "inform" and "not encrypted" in text and client.code in text


def test_cancelled_export_writes_nothing(qtbot, context, tmp_path):
    client = new_client(context.services)
    page = _page(qtbot, context, client.id)
    assert page.detail.privacy.export_data() is None
    assert list(tmp_path.glob("*.zip")) == []


def test_the_erase_dialog_explains_and_waits_for_the_code(qtbot, context, prompter):
    story = _story(context.services)
    client = story["client"]
    page = _page(qtbot, context, client.id)
    dialog = page.detail.privacy.erase_client()
    qtbot.addWidget(dialog)
    assert dialog.isVisible() and not dialog.erase_button.isEnabled()
    assert dialog.cancel_button.isDefault()
    assert dialog.unpaid_warning is not None and "Rp50.000" in dialog.unpaid_warning.text()
    assert "Backups" in dialog.backup_note.text()
    qtbot.keyClicks(dialog.confirm_code, "KL-00000")
    assert not dialog.erase_button.isEnabled()
    assert dialog.erase() is None and "exactly" in dialog.message.text()
    assert context.services.erasure.erasure_of(client.id) is None
    dialog.reject()


def test_erasing_from_the_client_page_returns_to_the_list(qtbot, context, prompter):
    story = _story(context.services)
    client = story["client"]
    page = _page(qtbot, context, client.id)
    dialog = page.detail.privacy.erase_client()
    dialog.reason.setCurrentIndex(dialog.reason.findData("permintaan_wali"))
    qtbot.keyClicks(dialog.confirm_code, client.code.lower())
    assert dialog.erase_button.isEnabled()
    with qtbot.waitSignal(page.detail.back_requested):
        qtbot.mouseClick(dialog.erase_button, Qt.MouseButton.LeftButton)
    assert page.stack.currentWidget() is page.list_page
    record = context.services.erasure.erasure_of(client.id)
    assert record is not None and record.reason.value == "permintaan_wali"
    kind, _, text = prompter.seen[-1]
    assert kind == "inform" and "Backups made before" in text
    # The erased client's page says so and offers no editing.
    page.show_client(client.id)
    detail = page.detail
    assert detail.name_label.text() == f"Klien terhapus {client.code}"
    assert "erased on request" in detail.subtitle.text()
    assert not detail.edit_button.isEnabled() and not detail.archive_button.isEnabled()
    assert not detail.privacy.erase_action.isEnabled() and detail.privacy.export_action.isEnabled()


def test_an_erased_client_page_does_not_taint_the_next_one(qtbot, context):
    erased = new_client(context.services)
    other = new_client(context.services, full_name="Rina Wati")
    context.services.erasure.erase(erased.id, "permintaan_klien", confirm_code=erased.code)
    page = _page(qtbot, context, erased.id)
    assert not page.detail.edit_button.isEnabled()
    page.show_client(other.id)
    assert page.detail.edit_button.isEnabled() and page.detail.edit_button.toolTip() == ""
    assert page.detail.privacy.erase_action.isEnabled()
