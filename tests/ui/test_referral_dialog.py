"""From the case page, the social worker writes a *surat rujukan*: to whom, why, with which enclosures."""

from __future__ import annotations

import io
import re
from datetime import date

import pytest
from PIL import Image
from pypdf import PdfReader
from PySide6.QtCore import Qt

from peksos_desk.domain.institutions import InstitutionKind
from peksos_desk.domain.stages import CaseStage
from peksos_desk.services.institutions import InstitutionInput
from peksos_desk.ui.dialogs.referral_dialog import ReferralDialog
from peksos_desk.ui.widgets.field_errors import ERROR_STYLE
from tests.services.factories import new_case, new_client
from tests.ui.test_accessibility import unnamed_inputs

pytestmark = pytest.mark.gui
REASON = "Klien memerlukan pendampingan hukum dan konseling psikologis lanjutan."


def png(color: str = "white") -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (60, 40), color).save(out, format="PNG")
    return out.getvalue()


def pdf_text(path) -> str:
    return re.sub(r"\s+", " ", " ".join(page.extract_text() for page in PdfReader(path).pages))


@pytest.fixture
def uptd(context):
    return context.services.institutions.create(InstitutionInput(
        name="UPTD PPA Kota Bandung", kind=InstitutionKind.UPTD_PPA, address="Jl. Wastukencana No. 2",
        city="Bandung", contact_person="Ibu Dewi Lestari"))


@pytest.fixture
def case(context):
    return new_case(context.services)


def make_dialog(qtbot, context, case_id):
    dialog = ReferralDialog(context, case_id)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_a_referred_case_starts_with_its_reason_and_institution(qtbot, context, case, uptd):
    context.services.institutions.create(InstitutionInput(name="Puskesmas Sukaluyu", kind=InstitutionKind.PUSKESMAS))
    context.services.cases.move_stage(case.id, CaseStage.RUJUKAN, occurred_on=date(2026, 2, 27),
                                      referred_to="UPTD PPA Kota Bandung", referral_reason=REASON)
    dialog = make_dialog(qtbot, context, case.id)
    assert dialog.reason.toPlainText() == REASON
    assert dialog.chosen_institution().id == uptd.id
    assert "Jl. Wastukencana No. 2, Bandung" in dialog.institution_details.text()
    assert "Ibu Dewi Lestari" in dialog.institution_details.text()


def test_a_case_not_yet_referred_starts_empty(qtbot, context, case, uptd):
    dialog = make_dialog(qtbot, context, case.id)
    assert dialog.reason.toPlainText() == ""
    assert dialog.chosen_institution() is None
    assert dialog.institution.count() == 1


def test_without_an_institution_the_choice_is_marked_and_nothing_typed_is_lost(qtbot, context, case, uptd):
    dialog = make_dialog(qtbot, context, case.id)
    dialog.reason.setPlainText(REASON)
    dialog.letter_number.setText("012/PS/III/2026")
    assert dialog.make_letter() is None
    assert dialog.institution.styleSheet() == ERROR_STYLE
    assert "Pilih lembaga" in dialog.message.text()
    assert dialog.reason.toPlainText() == REASON and dialog.letter_number.text() == "012/PS/III/2026"
    assert dialog.isVisible()


def test_an_empty_reason_is_refused_at_its_field(qtbot, context, case, uptd):
    dialog = make_dialog(qtbot, context, case.id)
    dialog.select_institution(uptd.id)
    dialog.reason.setPlainText("   ")
    assert dialog.make_letter() is None
    assert dialog.reason.styleSheet() == ERROR_STYLE
    assert "Alasan rujukan wajib diisi" in dialog.message.text()


def test_inactive_institutions_are_not_offered(qtbot, context, case, uptd):
    old = context.services.institutions.create(InstitutionInput(name="LK3 lama"))
    context.services.institutions.set_active(old.id, False)
    dialog = make_dialog(qtbot, context, case.id)
    assert not dialog.select_institution(old.id)
    assert [dialog.institution.itemData(i).name for i in range(dialog.institution.count())] == [uptd.name]


def test_a_new_institution_can_be_added_and_is_chosen(qtbot, context, case, uptd):
    dialog = make_dialog(qtbot, context, case.id)
    form = dialog.new_institution()
    form.name.setText("Puskesmas Sukaluyu")
    form.kind.setCurrentIndex(form.kind.findData(InstitutionKind.PUSKESMAS.value))
    form.city.setText("Bandung")
    form.phone.setText("nomor kantor")
    assert not form.save()  # a refusal stays in the form, at its field
    assert form.phone.styleSheet() == ERROR_STYLE
    form.phone.setText("022-2500-123")
    assert form.save()
    chosen = dialog.chosen_institution()
    assert chosen.name == "Puskesmas Sukaluyu" and chosen.kind is InstitutionKind.PUSKESMAS
    assert dialog.institution.count() == 2


def test_the_letter_opens_in_the_viewer_with_the_enclosures_ticked(qtbot, context, case, uptd):
    services = context.services
    consent = services.attachments.add(case.client_id, file_name="persetujuan.png", data=png(),
                                       title="Surat persetujuan klien", document_date=date(2026, 2, 3))
    school = services.attachments.add(case.client_id, file_name="rapor.png", data=png("yellow"),
                                      title="Rapor sekolah anak", case_id=case.id)
    services.attachments.add(case.client_id, file_name="foto.png", data=png("blue"), title="Foto rumah",
                             case_id=case.id)
    dialog = make_dialog(qtbot, context, case.id)
    assert dialog.enclosures.count() == 3  # the case's and the client's, each once
    assert dialog.enclosures.isVisibleTo(dialog) and not dialog.no_enclosures.isVisibleTo(dialog)
    dialog.select_institution(uptd.id)
    dialog.reason.setPlainText(REASON)
    dialog.letter_number.setText("012/PS/III/2026")
    dialog.set_enclosed([school.id, consent.id])
    assert set(dialog.enclosed_ids()) == {school.id, consent.id}
    viewer = dialog.make_letter()
    assert viewer is not None
    qtbot.addWidget(viewer)
    assert not dialog.isVisible()
    text = pdf_text(viewer.path)
    assert "SURAT RUJUKAN" in text and "Nomor: 012/PS/III/2026" in text
    assert "UPTD PPA Kota Bandung" in text and REASON in text
    assert "Lampiran : 2 berkas" in text
    assert "Rapor sekolah anak" in text and "Foto rumah" not in text
    assert "Surat persetujuan klien, tertanggal 3 Februari 2026" in text
    viewer.reject()


def test_the_letter_prints_the_signature_image(qtbot, context, case, uptd):
    signature = io.BytesIO()
    Image.new("RGBA", (300, 100), (0, 0, 0, 0)).save(signature, format="PNG")
    context.services.profile.set_image("signature", file_name="ttd.png", data=signature.getvalue())
    dialog = make_dialog(qtbot, context, case.id)
    dialog.select_institution(uptd.id)
    dialog.reason.setPlainText(REASON)
    viewer = dialog.make_letter()
    qtbot.addWidget(viewer)
    assert len(PdfReader(viewer.path).pages[0].images) == 1
    viewer.reject()


def test_a_client_without_attachments_is_told_where_to_add_them(qtbot, context, case, uptd):
    dialog = make_dialog(qtbot, context, case.id)
    assert not dialog.enclosures.isVisibleTo(dialog)
    assert dialog.no_enclosures.isVisibleTo(dialog)


def test_another_clients_attachments_are_not_listed(qtbot, context, case, uptd):
    other = new_client(context.services, full_name="Budi Santoso")
    context.services.attachments.add(other.id, file_name="lain.png", data=png(), title="Milik klien lain")
    dialog = make_dialog(qtbot, context, case.id)
    assert dialog.enclosures.count() == 0


def test_the_case_page_opens_the_referral_dialog(qtbot, context, case, uptd):
    from peksos_desk.ui.pages.case_detail import CaseDetail

    page = CaseDetail(context)
    qtbot.addWidget(page)
    page.show_case(case.id)
    assert page.referral_button.isEnabled()
    dialog = page.write_referral_letter()
    assert isinstance(dialog, ReferralDialog) and dialog.isVisible()
    assert dialog.windowModality() != Qt.WindowModality.NonModal or dialog.isModal()
    assert unnamed_inputs(dialog) == []
    dialog.reject()
