"""The practice's logo in the letterhead and the signature image over the practitioner's name."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest
from PIL import Image, ImageDraw
from pypdf import PdfReader
from reportlab.lib.units import mm

from peksos_desk.domain.text import Language
from peksos_desk.reports.case_notes import build_case_note, build_case_notes
from peksos_desk.reports.forms import build_assessment_form, build_intake_form
from peksos_desk.reports.invoice import build_invoice
from peksos_desk.reports.receipt import build_receipt
from peksos_desk.reports.referral_letter import build_referral_letter
from peksos_desk.reports.social_report import build_social_report
from peksos_desk.reports.template import PAGE_HEIGHT, SIGNATURE_SPACE
from tests.reports.factories import PRINTED_ON, case, client, pdf_text, profile, session
from tests.reports.money_factories import invoice, receipt
from tests.reports.test_referral_letter import REASON, uptd
from tests.reports.test_template import qpdf_check

NAME = "Rahmawati Kusumaningrum, S.Tr.Sos., M.Kesos."


def logo_png(size: tuple[int, int] = (400, 400)) -> bytes:
    image = Image.new("RGB", size, "white")
    ImageDraw.Draw(image).ellipse((10, 10, size[0] - 10, size[1] - 10), outline=(0, 90, 160), width=12)
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


def signature_png(size: tuple[int, int] = (600, 200)) -> bytes:
    """A wide, transparent scan of a signature (3:1)."""
    image = Image.new("RGBA", size, (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    draw.line([(20, 150), (150, 40), (260, 160), (400, 50), (580, 120)], fill=(10, 30, 110, 255), width=9)
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


def placements(data: bytes, page: int = 0) -> list[tuple[float, float, float, float]]:
    """Every image drawn on ``page``: (x, y, width, height) in points."""
    found: list[tuple[float, float, float, float]] = []

    def visit(operator: bytes, _args: Any, cm: list[float], _tm: Any) -> None:
        if operator == b"Do":
            found.append((cm[4], cm[5], cm[0], cm[3]))

    PdfReader(io.BytesIO(data)).pages[page].extract_text(visitor_operand_before=visit)
    return found


def baseline_of(data: bytes, needle: str, page: int = 0) -> float:
    """The height on the page where ``needle`` is written (the last time)."""
    heights: list[float] = []

    def visit(text: str, cm: list[float], tm: list[float], _font: Any, _size: Any) -> None:
        if needle in text:
            heights.append(cm[5] + tm[5] * cm[3])

    PdfReader(io.BytesIO(data)).pages[page].extract_text(visitor_text=visit)
    assert heights, needle
    return heights[-1]


def built(builder: Any, *args: Any, **options: Any) -> bytes:
    out = io.BytesIO()
    builder(*args, out, printed_on=PRINTED_ON, **options)
    return out.getvalue()


def signature_over_name(data: bytes, page: int = 0) -> tuple[float, float, float, float]:
    """The signature image (the one image below the letterhead): it stands just above the name."""
    images = [p for p in placements(data, page) if p[1] < PAGE_HEIGHT - 60 * mm]
    assert len(images) == 1, images
    x, y, width, height = images[0]
    name_at = baseline_of(data, "Rahmawati Kusumaningrum", page)
    assert name_at < y < name_at + 10 * mm  # right above the name, not somewhere else on the page
    assert height <= SIGNATURE_SPACE + 0.01
    return x, y, width, height


@pytest.mark.parametrize("language", ["id", "en"])
def test_a_case_note_prints_the_logo_and_the_signature_over_the_name(language: Language, tmp_path: Path) -> None:
    data = built(build_case_note, session(), case(), client(), profile(), language=language, logo=logo_png(),
                 signature=signature_png())
    images = placements(data)
    logo = [p for p in images if p[1] > PAGE_HEIGHT - 60 * mm]
    assert len(logo) == 1
    x, _, width, height = logo[0]
    assert abs(width - height) < 0.01 and width == pytest.approx(22 * mm)  # square logo, kept square
    assert x == pytest.approx(25 * mm)  # at the left margin
    _, _, width, height = signature_over_name(data)
    assert width / height == pytest.approx(3.0, rel=0.01)  # not distorted
    assert "No syntax or stream encoding errors" in qpdf_check(data, tmp_path)


def test_a_referral_letter_keeps_to_one_page_with_logo_and_signature(tmp_path: Path) -> None:
    data = built(build_referral_letter, case(), client(), uptd(), profile(), reason=REASON, logo=logo_png(),
                 signature=signature_png())
    assert len(PdfReader(io.BytesIO(data)).pages) == 1
    signature_over_name(data)
    assert "SURAT RUJUKAN" in pdf_text(data)[0]


def test_a_tall_signature_is_scaled_into_the_room_without_distortion() -> None:
    data = built(build_social_report, case(), client(), [], profile(), signature=signature_png((300, 900)))
    pages = len(PdfReader(io.BytesIO(data)).pages)
    _, _, width, height = signature_over_name(data, pages - 1)
    assert height == pytest.approx(SIGNATURE_SPACE)
    assert height / width == pytest.approx(3.0, rel=0.01)


def test_a_wide_logo_fits_its_box_without_distortion() -> None:
    data = built(build_intake_form, None, profile(), logo=logo_png((800, 200)))
    (_, _, width, height), = placements(data)
    assert width == pytest.approx(22 * mm) and width / height == pytest.approx(4.0, rel=0.01)


@pytest.mark.parametrize("kind", ["case_notes", "assessment", "invoice", "receipt"])
def test_every_signed_document_prints_the_signature(kind: str) -> None:
    signature = signature_png()
    if kind == "case_notes":
        data = built(build_case_notes, [session(1), session(2)], case(), client(), profile(), signature=signature)
    elif kind == "assessment":
        data = built(build_assessment_form, case(), client(), profile(), signature=signature)
    elif kind == "invoice":
        data = built(build_invoice, invoice(), profile(), signature=signature)
    else:
        data = built(build_receipt, receipt(amount=250_000), profile(), signature=signature)
    last = len(PdfReader(io.BytesIO(data)).pages) - 1
    assert len(placements(data, last)) == 1
    if kind != "receipt":  # the kuitansi's name has no degree line of its own: checked below
        signature_over_name(data, last)


def test_a_kuitansi_that_needs_a_meterai_is_signed_by_hand_across_the_stamp() -> None:
    data = built(build_receipt, receipt(amount=6_000_000), profile(), signature=signature_png())
    assert placements(data) == []
    assert "meterai" in pdf_text(data)[0].lower()


def test_a_draft_case_note_prints_no_signature() -> None:
    data = built(build_case_note, session(signed=False), case(), client(), profile(), signature=signature_png())
    assert placements(data) == []


def test_a_blank_assessment_form_is_signed_by_hand() -> None:
    data = built(build_assessment_form, None, None, profile(), signature=signature_png())
    assert placements(data) == []


def test_the_same_images_give_the_same_bytes() -> None:
    def make() -> bytes:
        return built(build_referral_letter, case(), client(), uptd(), profile(), reason=REASON, logo=logo_png(),
                     signature=signature_png())

    assert make() == make()


def test_a_jpeg_signature_is_printed_too() -> None:
    out = io.BytesIO()
    Image.open(io.BytesIO(signature_png())).convert("RGB").save(out, format="JPEG")
    data = built(build_case_note, session(), case(), client(), profile(), signature=out.getvalue())
    signature_over_name(data)
