"""Settings › Practice profile: the letterhead logo and the signature image, chosen, shown and removed."""

from __future__ import annotations

import io

import pytest
from PIL import Image

from peksos_desk.ui.widgets.field_errors import ERROR_STYLE
from peksos_desk.ui.widgets.profile_images import ProfileImagesGroup

pytestmark = pytest.mark.gui


def write_png(path, size=(300, 100), mode="RGB"):
    Image.new(mode, size, "white" if mode == "RGB" else (0, 0, 0, 0)).save(path, format="PNG")
    return path


@pytest.fixture
def settings(qtbot, context):
    from peksos_desk.ui.pages.settings_page import SettingsPage

    page = SettingsPage(context)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    page.refresh()
    return page


@pytest.fixture
def group(settings):
    assert isinstance(settings.profile_images, ProfileImagesGroup)
    return settings.profile_images


def test_the_profile_tab_shows_both_pickers_empty_at_first(group):
    assert group.isVisibleTo(group.window())
    assert group.logo.thumbnail.pixmap().isNull()
    assert group.logo.thumbnail.text() in ("No logo", "Belum ada logo")
    assert not group.logo.remove_button.isEnabled()
    assert not group.signature.remove_button.isEnabled()


def test_a_chosen_logo_is_stored_and_shown(qtbot, group, context, prompter, tmp_path):
    prompter.paths.append(write_png(tmp_path / "logo-lks.png", (400, 200)))
    with qtbot.waitSignal(group.changed) as signal:
        stored = group.logo.choose()
    assert signal.args == ["logo"]
    assert stored is not None and (stored.width, stored.height) == (400, 200)
    assert context.services.profile.image("logo") == stored
    pixmap = group.logo.thumbnail.pixmap()
    assert not pixmap.isNull()
    assert pixmap.width() / pixmap.height() == pytest.approx(2.0, rel=0.03)  # not distorted
    assert "400 × 200" in group.logo.details.text()
    assert group.logo.remove_button.isEnabled()
    assert group.logo.status.text()


def test_a_signature_with_a_transparent_background_is_kept(group, context, prompter, tmp_path):
    prompter.paths.append(write_png(tmp_path / "ttd.png", mode="RGBA"))
    assert group.signature.choose() is not None
    assert context.services.profile.image("signature").media_type == "image/png"
    assert context.services.profile.image("logo") is None


def test_cancelling_the_file_picker_changes_nothing(group, context, prompter):
    assert group.logo.choose() is None
    assert prompter.seen[-1][0] == "open_file"
    assert context.services.profile.image("logo") is None


def test_a_file_that_is_not_an_image_is_refused_under_the_picker(group, context, prompter, tmp_path):
    document = tmp_path / "logo.png"
    document.write_bytes(b"%PDF-1.7\nnot an image")
    prompter.paths.append(document)
    assert group.logo.choose() is None
    assert "Gambar harus PNG atau JPEG" in group.logo.message.text()
    assert group.logo.thumbnail.styleSheet() == ERROR_STYLE
    assert context.services.profile.image("logo") is None


def test_a_file_too_large_is_refused_before_it_is_read(group, context, prompter, tmp_path, monkeypatch):
    big = tmp_path / "scan.jpg"
    with big.open("wb") as handle:
        handle.truncate(5 * 1024 * 1024)
    read = []
    monkeypatch.setattr(type(big), "read_bytes", lambda self: read.append(self) or b"")
    prompter.paths.append(big)
    assert group.signature.choose() is None
    assert read == []
    assert "5,0 MB" in group.signature.message.text() and "2 MB" in group.signature.message.text()


def test_a_file_that_cannot_be_read_says_so(group, prompter, tmp_path):
    prompter.paths.append(tmp_path / "hilang.png")
    assert group.logo.choose() is None
    assert "hilang.png" in group.logo.message.text()


def test_removing_asks_first_and_then_stops_printing_it(group, context, prompter, tmp_path):
    prompter.paths.append(write_png(tmp_path / "ttd.png"))
    group.signature.choose()
    prompter.confirms.append(False)
    assert not group.signature.remove()
    assert context.services.profile.image("signature") is not None
    prompter.confirms.append(True)
    assert group.signature.remove()
    assert context.services.profile.image("signature") is None
    assert group.signature.thumbnail.pixmap().isNull()
    assert not group.signature.remove_button.isEnabled()


def test_a_new_image_is_used_by_the_next_document(qtbot, group, context, prompter, tmp_path):
    from pypdf import PdfReader

    from peksos_desk.ui.print_actions import show_intake_form

    prompter.paths.append(write_png(tmp_path / "logo.png", (200, 200)))
    group.logo.choose()
    viewer = show_intake_form(context, None, None)
    qtbot.addWidget(viewer)
    assert len(PdfReader(viewer.path).pages[0].images) == 1
    viewer.reject()


def test_the_first_run_form_has_no_pickers(qtbot, context):
    from peksos_desk.ui.widgets.profile_form import ESSENTIAL_FIELDS, ProfileForm

    form = ProfileForm(ESSENTIAL_FIELDS, columns=1)
    qtbot.addWidget(form)
    assert form.images is None


def test_a_jpeg_from_a_phone_is_shown_upright(group, context, prompter, tmp_path):
    photo = Image.new("RGB", (300, 100), "white")
    exif = Image.Exif()
    exif[0x0112] = 6
    out = io.BytesIO()
    photo.save(out, format="JPEG", exif=exif.tobytes())
    path = tmp_path / "IMG_2041.JPG"
    path.write_bytes(out.getvalue())
    prompter.paths.append(path)
    stored = group.signature.choose()
    assert (stored.width, stored.height) == (100, 300)
    pixmap = group.signature.thumbnail.pixmap()
    assert pixmap.height() > pixmap.width()
