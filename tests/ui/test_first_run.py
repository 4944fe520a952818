"""A new practitioner is welcomed, sets up the practice (or tries demo data first)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog

from peksos_desk.domain.dates import PractitionerZone
from peksos_desk.services.fees import DEFAULT_SCHEDULE
from peksos_desk.ui.dialogs.first_run import FirstRunDialog
from peksos_desk.ui.widgets.field_errors import ERROR_STYLE

pytestmark = pytest.mark.gui


@pytest.fixture
def dialog(qtbot, context):
    dialog = FirstRunDialog(context)
    qtbot.addWidget(dialog)
    return dialog


def type_into(qtbot, dialog, field, text):
    widget = dialog.form.widgets[field]
    qtbot.keyClicks(widget, text)


def test_a_new_store_needs_the_first_run(dialog, context):
    assert not context.services.profile.get().is_set_up
    assert dialog.needed
    assert dialog.pages.currentIndex() == FirstRunDialog.WELCOME


def test_an_empty_name_is_refused_at_the_name_field(qtbot, dialog, context):
    dialog.set_up_button.click()
    assert dialog.pages.currentIndex() == FirstRunDialog.SET_UP
    type_into(qtbot, dialog, "city", "Bandung")
    assert not dialog.save_profile()
    assert dialog.errors.text == "Nama pekerja sosial wajib diisi."
    assert dialog.form.widgets["full_name"].styleSheet() == ERROR_STYLE
    assert dialog.form.widgets["city"].text() == "Bandung"  # nothing typed is lost
    assert not context.services.profile.get().is_set_up
    assert context.services.fees.list_types() == []
    assert dialog.result() != QDialog.DialogCode.Accepted


def test_a_wrong_phone_is_named_and_the_rest_kept(qtbot, dialog, context):
    dialog.start_set_up()
    type_into(qtbot, dialog, "full_name", "Sri Wahyuni")
    type_into(qtbot, dialog, "phone", "telp kantor")
    assert not dialog.save_profile()
    assert "Telepon tidak valid" in dialog.errors.text
    assert dialog.form.widgets["phone"].styleSheet() == ERROR_STYLE
    assert dialog.form.widgets["full_name"].text() == "Sri Wahyuni"


def test_a_full_profile_saves_and_installs_the_default_fees(qtbot, dialog, context):
    dialog.start_set_up()
    for field, text in (("full_name", "Sri Wahyuningsih Kusumawardhani"), ("degree", "S.Tr.Sos., M.Kesos."),
                        ("str_number", "STR-PS 3273/2024/0012"), ("sipps_number", "503/SIPPS/0045/DPMPTSP"),
                        ("institution_name", "Lembaga Kesejahteraan Sosial Anak Harapan Bunda Nusantara"),
                        ("address", "Jl. Terusan Pasirkoja No. 127, RT 04/RW 09"), ("city", "Makassar"),
                        ("phone", "0812-3456-7890")):
        type_into(qtbot, dialog, field, text)
    dialog.form.set_time_zone(PractitionerZone.WITA)
    with qtbot.waitSignal(context.bus.profile_changed):
        assert dialog.save_profile()
    assert dialog.result() == QDialog.DialogCode.Accepted
    profile = context.services.profile.get()
    assert profile.is_set_up
    assert (profile.full_name, profile.city, profile.time_zone) == ("Sri Wahyuningsih Kusumawardhani", "Makassar",
                                                                     "WITA")
    assert profile.address == "Jl. Terusan Pasirkoja No. 127, RT 04/RW 09"
    assert {t.code for t in context.services.fees.list_types()} == {t.code for t in DEFAULT_SCHEDULE}
    assert not dialog.needed


def test_going_back_keeps_what_was_typed(qtbot, dialog):
    dialog.start_set_up()
    type_into(qtbot, dialog, "full_name", "Sri Wahyuni")
    dialog.show_welcome()
    dialog.start_set_up()
    assert dialog.form.widgets["full_name"].text() == "Sri Wahyuni"


def test_the_demo_choice_asks_for_demo_data_and_closes(qtbot, dialog, context):
    with qtbot.waitSignal(dialog.demo_requested):
        dialog.demo_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert not context.services.profile.get().is_set_up  # the real store is left alone


def test_quitting_rejects(dialog):
    dialog.reject()
    assert dialog.result() == QDialog.DialogCode.Rejected
