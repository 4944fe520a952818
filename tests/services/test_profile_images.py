"""The practitioner gives the practice a letterhead logo and a scanned signature for her documents."""

from __future__ import annotations

import io

import pytest
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st
from PIL import Image

from peksos_desk.domain.errors import ValidationError
from peksos_desk.domain.text import set_language
from peksos_desk.services.profile import MAX_IMAGE_BYTES, MAX_IMAGE_SIDE, DocumentImages


def picture(fmt: str = "PNG", size: tuple[int, int] = (120, 60), mode: str = "RGB", **save: object) -> bytes:
    image = Image.new(mode, size, "white" if mode in ("RGB", "L") else (0, 0, 0, 0))
    for x in range(min(size[0], 40)):  # a stroke, so the picture is not uniform
        image.putpixel((x, min(size[1] - 1, x // 2)), (20, 20, 120) if mode == "RGB" else 0 if mode == "L"
                       else (20, 20, 120, 255))
    out = io.BytesIO()
    image.save(out, format=fmt, **save)
    return out.getvalue()


def test_a_logo_is_kept_and_given_back(services):
    assert services.profile.image("logo") is None
    stored = services.profile.set_image("logo", file_name="logo-lks.png", data=picture(size=(300, 150)))
    again = services.profile.image("logo")
    assert again == stored
    assert (again.kind, again.media_type, again.width, again.height) == ("logo", "image/png", 300, 150)
    assert Image.open(io.BytesIO(again.data)).size == (300, 150)
    assert services.profile.image("signature") is None


def test_a_jpeg_signature_replaces_the_one_before(services):
    services.profile.set_image("signature", file_name="ttd.png", data=picture())
    services.profile.set_image("signature", file_name="ttd.jpg", data=picture("JPEG", (200, 80)))
    stored = services.profile.image("signature")
    assert (stored.media_type, stored.width, stored.height) == ("image/jpeg", 200, 80)
    assert stored.data.startswith(b"\xff\xd8\xff")


def test_removing_an_image_stops_it_being_printed(services):
    services.profile.set_image("logo", file_name="logo.png", data=picture())
    services.profile.set_image("signature", file_name="ttd.png", data=picture())
    assert services.profile.document_images().logo is not None
    assert services.profile.remove_image("logo") is True
    assert services.profile.remove_image("logo") is False
    images = services.profile.document_images()
    assert images.logo is None and images.signature == services.profile.image("signature").data


def test_documents_get_no_images_before_any_is_given(services):
    assert services.profile.document_images() == DocumentImages()


def test_a_transparent_signature_keeps_its_transparency(services):
    stored = services.profile.set_image("signature", file_name="ttd.png", data=picture(mode="RGBA"))
    assert Image.open(io.BytesIO(stored.data)).mode == "RGBA"


def test_a_palette_png_with_transparency_is_kept_transparent(services):
    image = Image.new("P", (50, 20), 0)
    image.putpalette([255, 255, 255, 0, 0, 0] + [0] * 762)
    image.info["transparency"] = 0
    out = io.BytesIO()
    image.save(out, format="PNG", transparency=0)
    stored = services.profile.set_image("signature", file_name="ttd.png", data=out.getvalue())
    assert Image.open(io.BytesIO(stored.data)).mode == "RGBA"


def test_a_phone_photo_is_stored_upright_and_without_its_location(services):
    photo = Image.new("RGB", (200, 100), "white")
    exif = Image.Exif()
    exif[0x0112] = 6  # orientation: rotate 90° to show upright
    exif[0x010F] = "PhoneMaker"
    out = io.BytesIO()
    photo.save(out, format="JPEG", exif=exif.tobytes())
    stored = services.profile.set_image("signature", file_name="IMG_2041.jpg", data=out.getvalue())
    assert (stored.width, stored.height) == (100, 200)
    reread = Image.open(io.BytesIO(stored.data))
    assert reread.size == (100, 200)
    assert not reread.getexif()
    assert b"PhoneMaker" not in stored.data


@pytest.mark.parametrize("data", [b"GIF89a" + b"\0" * 40, b"%PDF-1.7\n", b"hello, not an image"])
def test_only_png_or_jpeg_is_accepted(services, data):
    with pytest.raises(ValidationError) as caught:
        services.profile.set_image("logo", file_name="logo.gif", data=data)
    assert caught.value.field == "logo"
    assert "Gambar harus PNG atau JPEG" in str(caught.value)
    assert services.profile.image("logo") is None


def test_a_file_named_png_that_is_a_gif_is_refused(services):
    gif = io.BytesIO()
    Image.new("RGB", (10, 10)).save(gif, format="GIF")
    with pytest.raises(ValidationError, match="PNG atau JPEG"):
        services.profile.set_image("logo", file_name="logo.png", data=gif.getvalue())


def test_an_empty_file_is_refused(services):
    with pytest.raises(ValidationError) as caught:
        services.profile.set_image("signature", file_name="ttd.png", data=b"")
    assert caught.value.field == "signature"
    assert "kosong" in str(caught.value)


def test_a_damaged_png_is_refused_and_the_old_one_kept(services):
    services.profile.set_image("logo", file_name="logo.png", data=picture())
    before = services.profile.image("logo")
    damaged = picture()[:40]
    with pytest.raises(ValidationError, match="rusak"):
        services.profile.set_image("logo", file_name="logo-baru.png", data=damaged)
    assert services.profile.image("logo") == before


def test_a_file_over_two_megabytes_is_refused_with_its_size_and_the_limit(services):
    data = picture() + b"\0" * (MAX_IMAGE_BYTES + 1)
    with pytest.raises(ValidationError) as caught:
        services.profile.set_image("logo", file_name="logo.png", data=data)
    assert "2,0 MB" in str(caught.value) and "paling besar 2 MB" in str(caught.value)
    set_language("en")
    assert "2.0 MB, at most 2 MB" in str(caught.value)


def test_an_image_wider_than_the_limit_is_refused_with_its_size(services):
    data = picture("PNG", (MAX_IMAGE_SIDE + 1, 10), mode="L")
    with pytest.raises(ValidationError) as caught:
        services.profile.set_image("signature", file_name="ttd.png", data=data)
    assert f"{MAX_IMAGE_SIDE + 1} × 10 piksel" in str(caught.value)
    assert f"paling banyak {MAX_IMAGE_SIDE} piksel" in str(caught.value)
    assert services.profile.image("signature") is None


def test_an_image_of_exactly_the_limit_is_accepted(services):
    stored = services.profile.set_image("logo", file_name="logo.png", data=picture("PNG", (10, MAX_IMAGE_SIDE),
                                                                                   mode="L"))
    assert stored.height == MAX_IMAGE_SIDE


def test_an_unknown_kind_is_refused(services):
    with pytest.raises(ValidationError) as caught:
        services.profile.set_image("stamp", file_name="cap.png", data=picture())
    assert caught.value.field == "kind"


def test_images_are_audited_by_kind_never_by_content(services):
    services.profile.set_image("signature", file_name="ttd-sri.png", data=picture())
    services.profile.remove_image("signature")
    entries = services.audit.entries(record_type="profile")  # newest first
    assert [(e.action, e.record_id, e.detail) for e in entries[:2]] == [("remove_image", 1, "signature"),
                                                                        ("set_image", 1, "signature")]
    assert all("ttd-sri" not in e.detail for e in entries)


def test_reading_the_profile_does_not_need_the_images(services):
    services.profile.set_image("logo", file_name="logo.png", data=picture())
    assert not services.profile.get().is_set_up  # the images live apart from the profile's text


@hypothesis_settings(max_examples=40, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.binary(max_size=300))
def test_random_bytes_never_get_in_and_always_get_a_message(services, data):
    try:
        stored = services.profile.set_image("logo", file_name="x.png", data=data)
    except ValidationError as exc:
        assert exc.field == "logo" and str(exc)
    else:  # pragma: no cover - random bytes that happen to be a valid image
        assert Image.open(io.BytesIO(stored.data)).size == (stored.width, stored.height)
