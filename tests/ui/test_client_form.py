"""A social worker fills in the client form: the NIK is checked as typed, a minor needs a guardian."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
)

from peksos_desk.domain.practice import Sex
from peksos_desk.ui.dialogs.client_form import ClientFormDialog
from peksos_desk.ui.widgets.client_ppks import PpksPicker
from tests.services.factories import adult

pytestmark = pytest.mark.gui

# 3273 01 (Bandung) · 12 05 14 = born 12 May 2014, male · 0001
CHILD_NIK = "3273011205140001"


@pytest.fixture
def form(qtbot, context):
    dialog = ClientFormDialog(context)
    qtbot.addWidget(dialog)
    return dialog


def _set_birth_date(form, day: date) -> None:
    form.birth_date_unknown.setChecked(False)
    form.birth_date.setDate(QDate(day.year, day.month, day.day))


def test_a_wrong_nik_is_explained_as_typed_and_blocks_saving_until_it_is_fixed(qtbot, form, context):
    qtbot.keyClicks(form.full_name, "Andi Saputra")
    qtbot.keyClicks(form.nik, "3273 0112 05")
    assert form.nik_status.isVisibleTo(form)
    assert "16 digit" in form.nik_status.text()
    assert not form.save_button.isEnabled()
    assert form.save() is None
    assert context.services.clients.list_clients().total == 0
    assert form.full_name.text() == "Andi Saputra"  # nothing typed is lost

    form.nik.clear()
    qtbot.keyClicks(form.nik, "3273 0112 05X4 0001")
    assert "angka" in form.nik_status.text()

    form.nik.setText(CHILD_NIK)
    assert form.save_button.isEnabled()
    assert form.nik_error == ""
    assert "12 Mei 2014" in form.nik_status.text() and "Jawa Barat" in form.nik_status.text()


def test_a_nik_that_disagrees_with_the_birth_date_warns_and_can_fill_it(qtbot, form):
    form.nik.setText(CHILD_NIK)
    _set_birth_date(form, date(2014, 5, 13))
    form.sex.setCurrentIndex(form.sex.findData(Sex.FEMALE.value))
    assert form.nik_warning.isVisibleTo(form)
    assert "13 Mei 2014" in form.nik_warning.text()
    assert "Perempuan" in form.nik_warning.text()
    assert form.fill_from_nik.isVisibleTo(form)

    qtbot.mouseClick(form.fill_from_nik, Qt.MouseButton.LeftButton)
    assert form.entered_birth_date() == date(2014, 5, 12)
    assert form.entered_sex() is Sex.MALE
    assert not form.nik_warning.isVisibleTo(form)
    assert not form.fill_from_nik.isVisibleTo(form)


def test_filling_from_the_nik_also_sets_an_unknown_birth_date(form):
    form.nik.setText(CHILD_NIK)
    assert form.birth_date_unknown.isChecked()
    assert form.fill_from_nik.isVisibleTo(form)
    form.fill_birth_date_and_sex_from_nik()
    assert not form.birth_date_unknown.isChecked()
    assert form.entered_birth_date() == date(2014, 5, 12)


def test_a_minor_without_guardian_is_refused_at_the_guardian_field_then_saved(qtbot, form, context):
    qtbot.keyClicks(form.full_name, "Andi Saputra")
    form.nik.setText(CHILD_NIK)
    form.fill_birth_date_and_sex_from_nik()
    assert form.is_minor
    assert "required" in form.guardian_group.title()
    assert form.guardian_note.isVisibleTo(form)
    qtbot.keyClicks(form.address, "Jl. Cibaduyut Gg. Mawar No. 3")
    qtbot.keyClick(form.address, Qt.Key.Key_Return)
    qtbot.keyClicks(form.address, "RT 01/RW 02")

    assert form.save() is None
    assert "wali" in form.error_label.text()
    assert form.error_label.isVisibleTo(form)
    assert form.guardian_name.styleSheet()  # marked
    assert form.address.toPlainText() == "Jl. Cibaduyut Gg. Mawar No. 3\nRT 01/RW 02"

    qtbot.keyClicks(form.guardian_name, "Sulastri")
    qtbot.keyClicks(form.guardian_relation, "Ibu")
    form.ppks.set_checked(4)
    with qtbot.waitSignal(context.bus.clients_changed) as changed:
        saved = form.save()
    assert saved is not None
    assert changed.args == [saved.id]
    assert form.result() == ClientFormDialog.DialogCode.Accepted
    stored = context.services.clients.get(saved.id)
    assert (stored.full_name, stored.nik, stored.birth_date, stored.sex) == (
        "Andi Saputra", CHILD_NIK, date(2014, 5, 12), Sex.MALE)
    assert stored.guardian_name == "Sulastri" and stored.ppks_codes == (4,)
    assert stored.address == "Jl. Cibaduyut Gg. Mawar No. 3\nRT 01/RW 02"


def test_an_adult_needs_no_guardian_and_the_note_says_when_one_is_needed(form):
    _set_birth_date(form, date(1990, 3, 5))
    assert not form.is_minor
    assert "required" not in form.guardian_group.title()
    assert form.age_label.text() == "35 years old"


def test_birth_date_may_stay_unknown(qtbot, form, context):
    qtbot.keyClicks(form.full_name, "Yohanes Wenda")
    assert form.birth_date_unknown.isChecked() and not form.birth_date.isEnabled()
    assert form.birth_date.text() == "—"  # no meaningless date on show
    _set_birth_date(form, date(1980, 7, 17))
    form.birth_date_unknown.setChecked(True)
    form.birth_date_unknown.setChecked(False)
    assert form.entered_birth_date() == date(1980, 7, 17)  # what was typed comes back
    form.birth_date_unknown.setChecked(True)
    saved = form.save()
    assert saved is not None and saved.birth_date is None and saved.age is None


def test_a_service_refusal_is_shown_at_its_field_and_keeps_what_was_typed(qtbot, form):
    qtbot.keyClicks(form.full_name, "Siti Aminah")
    qtbot.keyClicks(form.phone, "telepon saya")
    qtbot.keyClicks(form.notes, "Datang bersama kakaknya.")
    assert form.save() is None
    assert form.phone.styleSheet()
    assert "Telepon" in form.error_label.text()
    assert form.phone.text() == "telepon saya"
    assert form.notes.toPlainText() == "Datang bersama kakaknya."
    assert form.result() != ClientFormDialog.DialogCode.Accepted


def test_consent_date_is_asked_only_when_consent_is_given(qtbot, form, context):
    assert not form.consent_date.isEnabled()
    qtbot.keyClicks(form.full_name, "Siti Aminah")
    form.consent_given.setChecked(True)
    assert form.consent_date.isEnabled()
    assert form.consent_date.date() == QDate(2026, 3, 2)  # today, by the store's clock
    assert form.consent_date.maximumDate() == QDate(2026, 3, 2)
    saved = form.save()
    assert saved is not None and saved.consent_given and saved.consent_date == date(2026, 3, 2)


def test_editing_shows_every_stored_field_and_saves_the_change(qtbot, context):
    client = context.services.clients.create(adult(nik="3273014503900001", kk_number="3273010101900001",
                                                   bpjs_number="0001234567", birth_place="Bandung",
                                                   notes="Datang bersama kakaknya."))
    dialog = ClientFormDialog(context, client)
    qtbot.addWidget(dialog)
    assert "Siti Aminah" in dialog.windowTitle()
    assert dialog.value() == adult(nik="3273014503900001", kk_number="3273010101900001", bpjs_number="0001234567",
                                   birth_place="Bandung", notes="Datang bersama kakaknya.")
    assert not dialog.nik_warning.isVisibleTo(dialog)  # NIK, birth date and sex agree
    dialog.phone.setText("0813-1111-2222")
    saved = dialog.save()
    assert saved is not None and saved.id == client.id
    assert context.services.clients.get(client.id).phone == "0813-1111-2222"


def test_ppks_list_filters_as_typed_and_counts_the_chosen(qtbot):
    picker = PpksPicker()
    qtbot.addWidget(picker)
    assert len(picker.visible_codes()) == 26
    qtbot.keyClicks(picker.filter, "anak")
    assert picker.visible_codes() == [1, 2, 3, 4, 5, 6, 7]
    picker.filter.setText("violence")  # English names are searched too
    assert picker.visible_codes() == [6, 19]
    picker.filter.setText("1")
    assert picker.visible_codes() == [1]
    picker.set_checked(19)
    picker.set_checked(23)
    assert picker.codes() == (19, 23)
    assert picker.count.text() == "2 categories chosen"


def test_every_input_has_an_accessible_name_and_every_label_a_buddy(form):
    inputs = [w for kind in (QLineEdit, QPlainTextEdit, QComboBox, QDateEdit, QCheckBox, QListWidget)
              for w in form.findChildren(kind)
              if not (isinstance(w, QLineEdit) and isinstance(w.parent(), (QComboBox, QDateEdit)))]
    assert len(inputs) >= 20
    assert all(w.accessibleName() for w in inputs), [w for w in inputs if not w.accessibleName()]
    with_mnemonic = [label for label in form.findChildren(QLabel) if "&" in label.text()]
    assert len(with_mnemonic) >= 15
    assert all(label.buddy() is not None for label in with_mnemonic)
    texts = [w.text() for kind in (QLabel, QCheckBox, QPushButton) for w in form.findChildren(kind)
             if "&" in w.text() and w.isVisibleTo(form)]
    texts += [group.title() for group in form.findChildren(QGroupBox) if "&" in group.title()]
    letters = [text[text.index("&") + 1].lower() for text in texts]
    assert len(letters) == len(set(letters)), texts  # each mnemonic reaches one field


@pytest.fixture
def indonesian_ui(qapp):
    """The app's Indonesian translations installed (built first when stale), removed afterwards."""
    import subprocess
    import sys
    from pathlib import Path

    from PySide6.QtCore import QLocale

    from peksos_desk.ui.i18n import install_translators

    root = Path(__file__).resolve().parents[2]
    subprocess.run([sys.executable, str(root / "scripts" / "build_translations.py")], check=True)
    locale = QLocale()
    translators = install_translators(qapp, "id")
    assert translators, "the Indonesian translations did not load"
    yield
    for translator in translators:
        qapp.removeTranslator(translator)
    QLocale.setDefault(locale)


def test_the_form_reads_in_indonesian_with_one_mnemonic_per_field(qtbot, context, indonesian_ui):
    form = ClientFormDialog(context)
    qtbot.addWidget(form)
    assert form.windowTitle() == "Klien baru"
    labels = {label.text() for label in form.findChildren(QLabel)}
    assert {"Nama &lengkap:", "&NIK:", "&Tanggal lahir:", "Jenis kelam&in:", "Nama &wali:"} <= labels
    _set_birth_date(form, date(2015, 1, 1))
    assert form.guardian_group.title() == "Orang tua/wali — wajib diisi"
    texts = [w.text() for kind in (QLabel, QCheckBox, QPushButton) for w in form.findChildren(kind)
             if "&" in w.text() and w.isVisibleTo(form)]
    texts += [group.title() for group in form.findChildren(QGroupBox) if "&" in group.title()]
    letters = [text[text.index("&") + 1].lower() for text in texts]
    assert len(letters) == len(set(letters)), sorted(texts)
