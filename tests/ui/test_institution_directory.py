"""Settings › Referral institutions: the social worker keeps the directory of services she refers clients to."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from peksos_desk.domain.institutions import InstitutionKind
from peksos_desk.services.institutions import InstitutionInput
from peksos_desk.ui.widgets.field_errors import ERROR_STYLE
from peksos_desk.ui.widgets.institution_directory import InstitutionDirectory, InstitutionModel
from tests.ui.test_accessibility import unnamed_inputs

pytestmark = pytest.mark.gui


@pytest.fixture
def directory(qtbot, context):
    widget = InstitutionDirectory(context)
    qtbot.addWidget(widget)
    widget.resize(1000, 600)
    widget.show()
    widget.reload()
    return widget


def add(context, name, **changes):
    return context.services.institutions.create(InstitutionInput(name=name, **changes))


def names(directory):
    return [directory.proxy.index(row, InstitutionModel.NAME).data() for row in range(directory.proxy.rowCount())]


def test_an_empty_directory_says_what_to_do(directory):
    assert directory.model.rowCount() == 0
    assert "kosong" in directory.empty.text() or "empty" in directory.empty.text()
    assert not directory.edit_button.isEnabled() and not directory.active_button.isEnabled()


def test_an_institution_is_added_through_the_form(qtbot, directory, context):
    form = directory.add_institution()
    qtbot.addWidget(form)
    form.name.setText("UPTD PPA Kota Bandung")
    form.kind.setCurrentIndex(form.kind.findData(InstitutionKind.UPTD_PPA.value))
    form.address.setPlainText("Jl. Wastukencana No. 2")
    form.city.setText("Bandung")
    form.contact_person.setText("Ibu Dewi Lestari")
    form.phone.setText("022-4231-000")
    form.email.setText("uptdppa@bandung.go.id")
    with qtbot.waitSignal(directory.changed):
        assert form.save()
    stored = context.services.institutions.list()[0]
    assert (stored.name, stored.kind, stored.city, stored.email) == (
        "UPTD PPA Kota Bandung", InstitutionKind.UPTD_PPA, "Bandung", "uptdppa@bandung.go.id")
    assert directory.selected_institution().id == stored.id
    assert directory.empty.isHidden()
    assert directory.model.index(0, InstitutionModel.KIND).data().startswith("UPTD PPA")


@pytest.mark.parametrize(("field", "value", "words"), [
    ("name", "   ", "Nama lembaga wajib diisi"),
    ("phone", "telp kantor", "Telepon tidak valid"),
    ("email", "uptd@", "Email"),
])
def test_a_refused_field_is_marked_and_the_rest_is_kept(qtbot, directory, field, value, words):
    form = directory.add_institution()
    qtbot.addWidget(form)
    form.name.setText("Puskesmas Sukaluyu")
    form.notes.setPlainText("Buka Senin–Sabtu pukul 08.00–14.00.")
    getattr(form, field).setText(value)
    assert not form.save()
    assert getattr(form, field).styleSheet() == ERROR_STYLE
    assert words in form.message.text()
    assert form.notes.toPlainText() == "Buka Senin–Sabtu pukul 08.00–14.00."
    assert form.isVisible()


def test_an_institution_is_changed_through_the_form(qtbot, directory, context):
    puskesmas = add(context, "Puskesmas Sukaluyu", kind=InstitutionKind.PUSKESMAS, city="Bandung")
    directory.reload()
    directory.select_institution(puskesmas.id)
    form = directory.edit_institution()
    qtbot.addWidget(form)
    assert form.name.text() == "Puskesmas Sukaluyu"
    assert form.kind.currentData() == InstitutionKind.PUSKESMAS.value
    form.contact_person.setText("dr. Ratna")
    assert form.save()
    assert context.services.institutions.get(puskesmas.id).contact_person == "dr. Ratna"
    assert directory.model.index(0, InstitutionModel.CONTACT).data() == "dr. Ratna"


def test_making_an_institution_inactive_keeps_it_and_can_be_undone(directory, context):
    old = add(context, "LK3 Sejahtera")
    add(context, "Dinas Sosial Kota Bandung", kind=InstitutionKind.SOCIAL_AFFAIRS)
    directory.reload()
    directory.select_institution(old.id)
    assert directory.active_button.text().replace("&", "") in ("Make inactive", "Nonaktifkan")
    view = directory.toggle_active()
    assert view is not None and not view.active
    assert directory.show_inactive.isChecked()  # shown greyed, so the user sees it and can undo
    assert directory.selected_institution().id == old.id
    assert directory.model.data(directory.model.index(directory.model.row_of(old.id), 0),
                                Qt.ItemDataRole.ForegroundRole) is not None
    assert "LK3 Sejahtera" in directory.status.text()
    assert [i.name for i in context.services.institutions.list()] == ["Dinas Sosial Kota Bandung"]
    assert directory.toggle_active().active
    directory.show_inactive.setChecked(False)
    assert sorted(names(directory)) == ["Dinas Sosial Kota Bandung", "LK3 Sejahtera"]


def test_search_filters_in_the_store_as_you_type(qtbot, directory, context):
    add(context, "UPTD PPA Kota Bandung", city="Bandung")
    add(context, "Puskesmas Cibiru", city="Bandung", contact_person="Bidan Sari")
    add(context, "Dinas Sosial Kabupaten Garut", city="Garut")
    directory.reload()
    assert directory.model.rowCount() == 3
    qtbot.keyClicks(directory.search, "sari")
    qtbot.waitUntil(lambda: directory.model.rowCount() == 1)
    assert names(directory) == ["Puskesmas Cibiru"]
    directory.search.setText("tidak ada")
    qtbot.waitUntil(lambda: directory.model.rowCount() == 0)
    assert "tidak ada" in directory.empty.text()


def test_the_list_sorts_by_name_and_status(directory, context):
    add(context, "b lembaga")
    add(context, "A lembaga")
    directory.reload()
    assert names(directory) == ["A lembaga", "b lembaga"]


def test_the_model_passes_qt_model_checks(qtmodeltester, context):
    model = InstitutionModel()
    model.set_rows([add(context, "UPTD PPA"), add(context, "Puskesmas")])
    qtmodeltester.check(model)


def test_settings_has_the_directory_tab(qtbot, context):
    from peksos_desk.ui.pages.settings_page import SettingsPage

    add(context, "UPTD PPA Kota Bandung")
    page = SettingsPage(context)
    qtbot.addWidget(page)
    page.refresh()
    index = page.tabs.indexOf(page.institutions_tab)
    assert index >= 0 and page.tabs.tabText(index).replace("&", "") == "Referral institutions"
    assert page.institutions_tab.model.rowCount() == 1


def test_every_input_has_a_name(qtbot, directory):
    assert unnamed_inputs(directory) == []
    form = directory.add_institution()
    qtbot.addWidget(form)
    assert unnamed_inputs(form) == []
