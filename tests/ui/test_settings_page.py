"""Settings: the practice profile, the fee schedule, the language and the time zone; Qt's texts in Indonesian.

The UI speaks its English source texts here (no translator is installed) except in the translation tests;
the services' messages are Indonesian.
"""

from __future__ import annotations

import subprocess
import sys
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLineEdit, QMessageBox

from peksos_desk.domain.dates import PractitionerZone
from peksos_desk.services.fees import DEFAULT_SCHEDULE, ServiceTypeInput
from peksos_desk.services.profile import Profile
from peksos_desk.ui.i18n import install_translators
from peksos_desk.ui.models.fees import ServiceTypeModel
from peksos_desk.ui.models.table import ROW_ROLE
from peksos_desk.ui.pages.settings_page import SettingsPage
from peksos_desk.ui.widgets.field_errors import ERROR_STYLE

pytestmark = pytest.mark.gui
ROOT = Path(__file__).resolve().parents[2]

PROFILE = Profile(full_name="Sri Wahyuningsih Kusumawardhani", degree="S.Tr.Sos., M.Kesos.",
                  str_number="STR-PS 3273/2024/0012", str_expiry=date(2029, 5, 1),
                  institution_name="Lembaga Kesejahteraan Sosial Anak Harapan Bunda Nusantara",
                  address="Jl. Terusan Pasirkoja No. 127", city="Bandung", phone="022-4201234",
                  email="sri@harapanbunda.or.id")


@pytest.fixture
def page(qtbot, context):
    page = SettingsPage(context)
    qtbot.addWidget(page)
    return page


@pytest.fixture
def practice(context):
    context.services.profile.update(PROFILE)
    return context.services


def load(qtbot, page):
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.refresh()


def retype(qtbot, widget, text):
    widget.clear()
    qtbot.keyClicks(widget, text)


def fee_rows(page):
    return [page.fees_proxy.index(row, 0).data(ROW_ROLE) for row in range(page.fees_proxy.rowCount())]


# -- practice profile ------------------------------------------------------------------------------------


def test_the_stored_profile_is_shown(qtbot, page, practice):
    load(qtbot, page)
    form = page.profile_form
    assert form.widgets["full_name"].text() == PROFILE.full_name
    assert form.widgets["institution_name"].text() == PROFILE.institution_name
    assert form.widgets["address"].toPlainText() == PROFILE.address
    assert form.widgets["str_expiry"].isEnabled()
    assert not form.widgets["sipps_expiry"].isEnabled()  # no expiry date stored
    assert "time_zone" not in form.widgets  # set under Preferences


def test_a_changed_phone_is_saved_and_shown_again(qtbot, page, practice, context):
    load(qtbot, page)
    retype(qtbot, page.profile_form.widgets["phone"], "0812-3456-7890")
    assert page.profile_status.text() == "Unsaved changes"
    with qtbot.waitSignal(context.bus.profile_changed):
        assert page.save_profile()
    assert page.profile_status.text() == "Profile saved."
    assert context.services.profile.get() == replace(PROFILE, phone="0812-3456-7890")

    again = SettingsPage(context)
    qtbot.addWidget(again)
    load(qtbot, again)
    assert again.profile_form.widgets["phone"].text() == "0812-3456-7890"


def test_ctrl_s_saves_the_profile(qtbot, page, practice, context):
    with qtbot.waitActive(page):
        page.show()
        page.activateWindow()
    phone = page.profile_form.widgets["phone"]
    load(qtbot, page)
    phone.setFocus()
    retype(qtbot, phone, "0813-1111-2222")
    with qtbot.waitSignal(context.bus.profile_changed, timeout=2000):
        qtbot.keyClick(phone, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert context.services.profile.get().phone == "0813-1111-2222"


def test_a_bad_email_is_shown_at_its_field_and_nothing_is_lost(qtbot, page, practice, context):
    load(qtbot, page)
    email = page.profile_form.widgets["email"]
    retype(qtbot, email, "sri@")
    retype(qtbot, page.profile_form.widgets["city"], "Cimahi")
    assert not page.save_profile()
    assert page.profile_errors.text == "Email bukan alamat email yang valid."
    assert email.styleSheet() == ERROR_STYLE
    assert email.text() == "sri@" and page.profile_form.widgets["city"].text() == "Cimahi"
    assert context.services.profile.get() == PROFILE
    retype(qtbot, email, "sri@harapanbunda.or.id")
    assert page.save_profile()
    assert email.styleSheet() == "" and page.profile_errors.text == ""
    assert context.services.profile.get().city == "Cimahi"


def test_an_email_is_checked_when_leaving_the_field(qtbot, page, practice):
    load(qtbot, page)
    email = page.profile_form.widgets["email"]
    retype(qtbot, email, "bukan-email")
    email.editingFinished.emit()
    assert page.profile_errors.text == "Email bukan alamat email yang valid."
    retype(qtbot, email, "sri@contoh.id")
    email.editingFinished.emit()
    assert page.profile_errors.text == ""


def test_saving_the_profile_keeps_the_time_zone(qtbot, page, context):
    context.services.profile.update(replace(PROFILE, time_zone="WIT"))
    load(qtbot, page)
    retype(qtbot, page.profile_form.widgets["degree"], "S.Sos.")
    assert page.save_profile()
    assert context.services.profile.get().time_zone == "WIT"


def test_unsaved_typing_survives_a_refresh(qtbot, page, practice, context):
    load(qtbot, page)
    retype(qtbot, page.profile_form.widgets["city"], "Cimahi")
    context.bus.profile_changed.emit()
    assert page.profile_form.widgets["city"].text() == "Cimahi"


# -- fee schedule ----------------------------------------------------------------------------------------


def test_an_empty_schedule_offers_the_default_one(qtbot, page, practice, context):
    load(qtbot, page)
    assert page.fees_model.rowCount() == 0
    assert not page.defaults_button.isHidden()
    with qtbot.waitSignal(context.bus.profile_changed):
        page.defaults_button.click()
    assert {t.code for t in fee_rows(page)} == {t.code for t in DEFAULT_SCHEDULE}
    assert page.defaults_button.isHidden()


def test_a_service_type_is_added_with_a_rupiah_fee(qtbot, page, practice, context):
    load(qtbot, page)
    dialog = page.add_service_type()
    qtbot.keyClicks(dialog.code, "supv")
    qtbot.keyClicks(dialog.name, "Supervisi kasus")
    qtbot.keyClicks(dialog.fee, "Rp300.000")
    dialog.duration.setValue(90)
    with qtbot.waitSignal(context.bus.profile_changed):
        assert dialog.save()
    [saved] = context.services.fees.list_types()
    assert (saved.code, saved.name, saved.default_fee, saved.default_duration_minutes) == (
        "SUPV", "Supervisi kasus", 300_000, 90)
    assert page.selected_service_type() == saved
    row = page.fees_proxy.mapFromSource(page.fees_model.index(0, 0)).row()
    assert page.fees_proxy.index(row, ServiceTypeModel.FEE).data() == "Rp300.000"
    assert page.fees_proxy.index(row, ServiceTypeModel.DURATION).data() == "90 min"


@pytest.mark.parametrize(("typed", "amount"), [("250000", 250_000), ("Rp 1.500.000,00", 1_500_000)])
def test_the_fee_is_read_as_rupiah_text(qtbot, page, context, typed, amount):
    load(qtbot, page)
    dialog = page.add_service_type()
    qtbot.keyClicks(dialog.code, "KONS")
    qtbot.keyClicks(dialog.name, "Konsultasi")
    qtbot.keyClicks(dialog.fee, typed)
    dialog.fee.editingFinished.emit()
    assert dialog.fee.text() == f"Rp{amount:,}".replace(",", ".")
    assert dialog.save()
    assert context.services.fees.list_types()[0].default_fee == amount


def test_an_unreadable_fee_is_shown_at_its_field(qtbot, page, practice, context):
    load(qtbot, page)
    dialog = page.add_service_type()
    qtbot.keyClicks(dialog.code, "KONS")
    qtbot.keyClicks(dialog.name, "Konsultasi")
    qtbot.keyClicks(dialog.fee, "dua ratus ribu")
    assert not dialog.save()
    assert dialog.fee.styleSheet() == ERROR_STYLE
    assert "tidak dapat dibaca" in dialog.errors.text
    assert context.services.fees.list_types() == []


def test_a_duplicate_code_is_refused_at_the_code_field(qtbot, page, practice, context):
    context.services.fees.install_defaults()
    load(qtbot, page)
    dialog = page.add_service_type()
    dialog.show()
    qtbot.keyClicks(dialog.code, "KONS")
    qtbot.keyClicks(dialog.name, "Konsultasi keluarga")
    qtbot.keyClicks(dialog.fee, "Rp300.000")
    assert not dialog.save()
    assert dialog.errors.text == "Kode layanan KONS sudah dipakai."
    assert dialog.code.styleSheet() == ERROR_STYLE
    assert dialog.isVisible() and dialog.name.text() == "Konsultasi keluarga"
    assert len(context.services.fees.list_types()) == len(DEFAULT_SCHEDULE)
    dialog.reject()


def test_a_service_type_is_edited(qtbot, page, practice, context):
    kind = context.services.fees.create(ServiceTypeInput("KONS", "Konsultasi", 250_000, 60))
    load(qtbot, page)
    page.select_service_type(kind.id)
    dialog = page.edit_service_type()
    assert dialog is not None and dialog.fee.text() == "Rp250.000"
    retype(qtbot, dialog.fee, "275.000")
    assert dialog.save()
    assert context.services.fees.list_types()[0].default_fee == 275_000


def test_a_service_type_is_retired_and_offered_again(qtbot, page, practice, context):
    context.services.fees.install_defaults()
    load(qtbot, page)
    assert not page.active_button.isEnabled()
    consultation = next(t for t in fee_rows(page) if t.code == "KONS")
    page.select_service_type(consultation.id)
    assert page.active_button.text() == "&Retire"
    with qtbot.waitSignal(context.bus.profile_changed):
        page.active_button.click()
    assert "KONS" not in {t.code for t in context.services.fees.list_types()}
    assert page.selected_service_type().active is False
    assert page.active_button.text() == "&Offer again"
    row = page.fees_proxy.mapFromSource(page.fees_model.index(page.fees_model.row_of(consultation.id), 0)).row()
    assert page.fees_proxy.index(row, ServiceTypeModel.ACTIVE).data() == "Retired"
    assert page.fees_proxy.index(row, 0).data(Qt.ItemDataRole.ForegroundRole) is not None
    page.active_button.click()
    assert "KONS" in {t.code for t in context.services.fees.list_types()}


def test_the_fee_model_passes_the_model_tester(qtbot, qtmodeltester, page, practice, context):
    qtmodeltester.check(page.fees_model)
    context.services.fees.install_defaults()
    kind = context.services.fees.list_types()[0]
    context.services.fees.set_active(kind.id, False)
    load(qtbot, page)
    assert page.fees_model.rowCount() == len(DEFAULT_SCHEDULE)
    qtmodeltester.check(page.fees_model)


# -- preferences -----------------------------------------------------------------------------------------


def test_choosing_english_is_stored_and_announced(qtbot, page, context):
    load(qtbot, page)
    assert page.language.currentData() == "id"
    with qtbot.waitSignal(page.language_changed) as signal:
        page.language.activated.emit(page.language.findData("en"))
    assert signal.args == ["en"]
    assert context.settings.language == "en"


def test_choosing_the_current_language_changes_nothing(qtbot, page, context):
    load(qtbot, page)
    with qtbot.assertNotEmitted(page.language_changed):
        page.choose_language("id")


def test_the_time_zone_is_stored_in_the_profile(qtbot, page, practice, context):
    load(qtbot, page)
    assert page.time_zone.currentData() == "WIB"
    assert page.time_zone.itemText(1) == str(PractitionerZone.WITA.label)
    with qtbot.waitSignal(context.bus.profile_changed):
        page.time_zone.activated.emit(page.time_zone.findData("WITA"))
    assert context.services.profile.get().time_zone == "WITA"
    assert context.zone is PractitionerZone.WITA
    assert page.time_zone.currentData() == "WITA"
    assert context.services.profile.get().full_name == PROFILE.full_name


def test_a_time_zone_needs_a_profile_first(qtbot, page, context):
    load(qtbot, page)
    assert not page.choose_time_zone(PractitionerZone.WIT)
    assert page.preferences_errors.text.startswith("Save the practice profile first")
    assert page.time_zone.currentData() == "WIB"
    assert not context.services.profile.get().is_set_up


# -- Qt's own texts in Indonesian -------------------------------------------------------------------------


@pytest.fixture
def indonesian(qapp):
    """Our and Qt's translators for "id", removed afterwards."""
    subprocess.run([sys.executable, str(ROOT / "scripts" / "build_translations.py")], check=True)
    locale = QLocale()
    translators = install_translators(qapp, "id")
    yield translators
    for translator in translators:
        qapp.removeTranslator(translator)
    QLocale.setDefault(locale)


def test_qts_buttons_speak_indonesian(qtbot, indonesian):
    assert len(indonesian) == 2  # qtbase_id and peksos_desk_id
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert box.button(QDialogButtonBox.StandardButton.Ok).text() == "OK"
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Batal"

    question = QMessageBox(QMessageBox.Icon.Question, "Peksos Desk", "Hapus?",
                           QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    qtbot.addWidget(question)
    assert question.button(QMessageBox.StandardButton.Yes).text() == "&Ya"
    assert question.button(QMessageBox.StandardButton.No).text() == "&Tidak"

    line = QLineEdit("Sri")
    qtbot.addWidget(line)
    menu = line.createStandardContextMenu()
    assert {"&Salin", "Te&mpel", "Pilih Semua"} <= {action.text().split("\t")[0] for action in menu.actions()}
    menu.deleteLater()


def test_our_pages_speak_indonesian(qtbot, context, indonesian):
    page = SettingsPage(context)
    qtbot.addWidget(page)
    assert [page.tabs.tabText(i) for i in range(3)] == ["Profil praktik", "Daftar tarif", "Preferensi"]
    assert QApplication.translate("QPlatformTheme", "Save") == "Simpan"


def test_documents_stay_indonesian_unless_asked(qtbot, context):
    from peksos_desk.ui.pages.settings_page import SettingsPage

    page = SettingsPage(context)
    qtbot.addWidget(page)
    assert context.settings.document_language == "id"
    page.choose_document_language("en")
    assert context.settings.document_language == "en"
    assert page.document_language.currentData() == "en"


def test_invoice_numbering_and_due_days_are_set_in_settings(qtbot, context):
    from peksos_desk.ui.pages.settings_page import SettingsPage

    page = SettingsPage(context)
    qtbot.addWidget(page)
    group = page.billing_settings
    assert group.invoice_pattern.text() == "INV/{year}/{seq:04d}"
    group.invoice_pattern.setText("PS/{year}/{seq:04d}")
    group.due_days.setValue(30)
    assert group.save()
    assert context.services.billing.settings().invoice_pattern == "PS/{year}/{seq:04d}"
    assert context.services.billing.settings().due_days == 30
    group.invoice_pattern.setText("no sequence")
    assert not group.save()
    assert "{seq" in group.errors.text  # the message says what the pattern needs
