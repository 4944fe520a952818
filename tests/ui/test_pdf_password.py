"""A document that leaves the practice is saved with a password: AES-256, opened only with that password."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from pypdf.errors import FileNotDecryptedError
from PySide6.QtPdf import QPdfDocument

from peksos_desk.reports.template import build_document, para
from peksos_desk.services.profile import Profile
from peksos_desk.ui.dialogs.document_viewer import DocumentViewer
from peksos_desk.ui.dialogs.pdf_password_dialog import Destination, PdfPasswordDialog, destination_of
from peksos_desk.ui.documents import build_to_file
from peksos_desk.ui.widgets.field_errors import ERROR_STYLE
from tests.ui.test_accessibility import unnamed_inputs

pytestmark = pytest.mark.gui
PASSWORD = "kopi pagi di Cibiru"


def note(out):
    return build_document(out, profile=Profile(full_name="Sri Wahyuni"), title="Catatan kasus", language="id",
                          printed_on=date(2026, 3, 2), confidential=True,
                          story=[para("Klien datang bersama anak bungsunya.")])


@pytest.fixture
def viewer(qtbot, context):
    viewer = DocumentViewer(context, build_to_file("catatan-kasus-uji", note), "Catatan kasus")
    qtbot.addWidget(viewer)
    viewer.show()
    return viewer


@pytest.fixture
def dialog(qtbot):
    dialog = PdfPasswordDialog(file_name="/media/usb/catatan.pdf")
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def type_passwords(dialog: PdfPasswordDialog, first: str, second: str) -> None:
    dialog.password.setText(first)
    dialog.confirmation.setText(second)


def test_a_short_password_is_refused_at_its_field(dialog):
    type_passwords(dialog, "pendek", "pendek")
    assert not dialog.accept_if_valid()
    assert dialog.password.edit.styleSheet() == ERROR_STYLE
    assert "terlalu pendek" in dialog.message.text() and "8 karakter" in dialog.message.text()
    assert dialog.isVisible()


def test_an_empty_password_is_refused(dialog):
    assert not dialog.accept_if_valid()
    assert "kosong" in dialog.message.text()


def test_two_different_passwords_are_refused_at_the_second_field(dialog):
    type_passwords(dialog, PASSWORD, PASSWORD + "!")
    assert not dialog.accept_if_valid()
    assert dialog.confirmation.edit.styleSheet() == ERROR_STYLE
    assert dialog.password.edit.styleSheet() == ""
    assert "berbeda" in dialog.message.text()
    assert dialog.password.text() == PASSWORD  # nothing typed is lost


def test_the_message_goes_once_the_user_types_again(dialog):
    type_passwords(dialog, "pendek", "pendek")
    dialog.accept_if_valid()
    dialog.password.setText("pendekkk")
    assert dialog.message.isHidden()


def test_show_reveals_both_fields(dialog):
    from PySide6.QtWidgets import QLineEdit

    assert dialog.password.edit.echoMode() == QLineEdit.EchoMode.Password
    dialog.password.toggle.click()
    assert dialog.password.edit.echoMode() == QLineEdit.EchoMode.Normal
    assert dialog.confirmation.edit.echoMode() == QLineEdit.EchoMode.Normal
    dialog.password.toggle.click()
    assert dialog.confirmation.edit.echoMode() == QLineEdit.EchoMode.Password


def test_a_valid_password_is_accepted(dialog):
    type_passwords(dialog, PASSWORD, PASSWORD)
    assert dialog.accept_if_valid()
    assert dialog.result() == PdfPasswordDialog.DialogCode.Accepted


def test_a_cancelled_dialog_forgets_the_password(dialog):
    type_passwords(dialog, PASSWORD, PASSWORD)
    dialog.reject()
    assert dialog.password.text() == "" and dialog.confirmation.text() == ""


def test_every_input_has_a_name(dialog):
    assert unnamed_inputs(dialog) == []


def save_protected_copy(viewer: DocumentViewer, target: Path) -> Path:
    viewer.protect_check.setChecked(True)
    assert viewer.save_copy(str(target)) is None  # the password is asked first
    dialog = viewer.password_dialog
    assert dialog is not None and dialog.isVisible()
    type_passwords(dialog, PASSWORD, PASSWORD)
    saved: list[str] = []
    viewer.saved.connect(saved.append)
    assert dialog.accept_if_valid()
    assert saved == [str(target.with_suffix(".pdf"))]
    return Path(saved[0])


def test_the_protected_copy_opens_with_pypdf_only_with_the_password(viewer, tmp_path):
    copy = save_protected_copy(viewer, tmp_path / "untuk-uptd")
    reader = PdfReader(copy)
    assert reader.is_encrypted
    with pytest.raises(FileNotDecryptedError):
        reader.pages[0].extract_text()
    assert not PdfReader(copy).decrypt("salah sekali")
    reader = PdfReader(copy)
    assert reader.decrypt(PASSWORD)
    assert "Klien datang bersama anak bungsunya." in reader.pages[0].extract_text()
    assert reader.trailer["/Encrypt"]["/V"] == 5  # AES-256
    assert copy.read_bytes().startswith(b"%PDF-2.0")
    assert viewer.path.read_bytes() != copy.read_bytes()  # the preview itself is untouched


def test_the_protected_copy_opens_in_qtpdf_only_with_the_password(viewer, tmp_path, qtbot):
    copy = save_protected_copy(viewer, tmp_path / "untuk-uptd.pdf")
    document = QPdfDocument()
    assert document.load(str(copy)) == QPdfDocument.Error.IncorrectPassword
    document.setPassword("salah sekali")
    assert document.load(str(copy)) == QPdfDocument.Error.IncorrectPassword
    document.setPassword(PASSWORD)
    assert document.load(str(copy)) == QPdfDocument.Error.None_
    assert document.pageCount() == 1
    document.close()


def test_the_password_is_not_kept_after_saving(viewer, tmp_path):
    save_protected_copy(viewer, tmp_path / "copy.pdf")
    dialog = viewer.password_dialog
    assert dialog is None or (dialog.password.text() == "" and dialog.confirmation.text() == "")


def test_a_cancelled_password_saves_nothing(viewer, tmp_path):
    viewer.protect_check.setChecked(True)
    viewer.save_copy(str(tmp_path / "copy.pdf"))
    viewer.password_dialog.reject()
    assert not (tmp_path / "copy.pdf").exists()


def test_without_protection_the_copy_is_plain(viewer, tmp_path, prompter):
    copy = viewer.save_copy(str(tmp_path / "copy.pdf"))
    assert copy is not None and not PdfReader(copy).is_encrypted
    assert not [kind for kind, *_ in prompter.seen if kind == "confirm"]  # a local folder: nothing to ask


def test_save_as_asks_for_the_place_through_the_prompter(viewer, tmp_path, prompter):
    prompter.paths.append(tmp_path / "gekozen.pdf")
    assert viewer.save_copy() == tmp_path / "gekozen.pdf"
    assert prompter.seen[0][0] == "save_file"
    assert viewer.save_copy() is None  # cancelled: nothing is written


@pytest.mark.parametrize("answer", [True, False])
def test_saving_into_a_cloud_synced_folder_offers_protection(viewer, tmp_path, prompter, answer):
    synced = tmp_path / "Dropbox" / "Klien"
    synced.mkdir(parents=True)
    prompter.confirms.append(answer)
    result = viewer.save_copy(str(synced / "catatan.pdf"))
    assert [kind for kind, *_ in prompter.seen] == ["confirm"]
    assert "internet" in prompter.seen[0][2]
    if answer:
        assert result is None and viewer.password_dialog is not None
        type_passwords(viewer.password_dialog, PASSWORD, PASSWORD)
        viewer.password_dialog.accept_if_valid()
        assert PdfReader(synced / "catatan.pdf").is_encrypted
    else:
        assert result == synced / "catatan.pdf" and not PdfReader(result).is_encrypted


def test_a_failed_write_says_why_and_leaves_no_partial_file(viewer, tmp_path, prompter):
    missing = tmp_path / "tidak-ada" / "copy.pdf"
    assert viewer.save_protected(missing, PASSWORD) is None
    assert prompter.errors and PASSWORD not in prompter.errors[0]
    assert not list(tmp_path.glob("**/.peksos-*"))


@pytest.mark.parametrize(("path", "expected"), [
    ("~/Dropbox/klien/catatan.pdf", Destination.SYNCED),
    ("~/OneDrive - LKS Harapan/catatan.pdf", Destination.SYNCED),
    ("~/Google Drive/My Drive/catatan.pdf", Destination.SYNCED),
    ("/media/sri/FLASHDISK/catatan.pdf", Destination.REMOVABLE),
    ("/run/media/sri/USB/catatan.pdf", Destination.REMOVABLE),
    ("//nas-lks/klien/catatan.pdf", Destination.NETWORK),
])
def test_where_a_copy_goes_is_recognised(path, expected):
    assert destination_of(Path(path)) is expected


def test_a_folder_on_this_computer_is_local(tmp_path):
    assert destination_of(tmp_path / "Dokumen" / "catatan.pdf") is Destination.LOCAL
    assert destination_of(tmp_path / "Dropboxes-lama" / "catatan.pdf") is Destination.LOCAL
