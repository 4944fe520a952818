"""Settings (*Pengaturan*): the practice profile, the fee schedule, and preferences (language, time zone)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from peksos_desk.domain.dates import PractitionerZone
from peksos_desk.domain.errors import PeksosError, ValidationError
from peksos_desk.services.fees import ServiceTypeView
from peksos_desk.services.profile import Profile
from peksos_desk.ui.context import AppContext
from peksos_desk.ui.dialogs.service_type_dialog import ServiceTypeDialog
from peksos_desk.ui.models.fees import ServiceTypeModel
from peksos_desk.ui.models.table import ROW_ROLE, SORT_ROLE
from peksos_desk.ui.widgets.audit_log_view import AuditLogView
from peksos_desk.ui.widgets.backup_settings import BackupSettings
from peksos_desk.ui.widgets.billing_settings import BillingSettingsGroup
from peksos_desk.ui.widgets.field_errors import FieldErrors
from peksos_desk.ui.widgets.institution_directory import InstitutionDirectory
from peksos_desk.ui.widgets.profile_form import ALL_FIELDS, ProfileForm
from peksos_desk.ui.widgets.security_settings import SecuritySettings

LANGUAGES = (("id", "Bahasa Indonesia"), ("en", "English"))
"""Each language by its own name, so a user who cannot read the current one still finds theirs."""


def _hint(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setStyleSheet("color: palette(placeholder-text);")
    return label



def tab_text(text: str) -> str:
    """A tab title without its Alt+letter: Settings has more tabs and fields than letters, and the tabs are
    reached with Ctrl+Tab / Ctrl+PgDn instead."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&&")

class SettingsPage(QWidget):
    """The settings page, in four tabs.

    Signals:
        loaded: ``refresh()`` has shown the store's data.
        language_changed: the user chose another UI language (its code, "id" or "en"); it is already stored
            in the settings, and the app controller rebuilds the window in it.
    """

    loaded = Signal()
    language_changed = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.profile_loaded = Profile()
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.profile_tab = self._build_profile_tab()
        self.fees_tab = self._build_fees_tab()
        self.preferences_tab = self._build_preferences_tab()
        self.institutions_tab = InstitutionDirectory(self.context, self)
        self.tabs.addTab(self.profile_tab, tab_text(self.tr("Practice &profile")))
        self.tabs.addTab(self.fees_tab, tab_text(self.tr("&Fee schedule")))
        self.tabs.addTab(self.preferences_tab, tab_text(self.tr("P&references")))
        self.tabs.addTab(self.institutions_tab, tab_text(self.tr("Referral &institutions")))
        self.security_tab = SecuritySettings(self.context, self)
        self.tabs.addTab(self.security_tab, tab_text(self.security_tab.title))
        self.backups_tab = BackupSettings(self.context, self)
        self.tabs.addTab(self.backups_tab, tab_text(self.backups_tab.title))
        self.audit_tab = AuditLogView(self.context, self)  # reads the log when first shown
        self.tabs.addTab(self.audit_tab, tab_text(self.audit_tab.title))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.tabs)
        context.bus.profile_changed.connect(self._on_profile_changed)

    # -- practice profile --------------------------------------------------------------------------------

    def _build_profile_tab(self) -> QWidget:
        tab = QWidget(self)
        intro = _hint(self.tr("What your letters, reports, invoices and receipts show in their letterhead and "
                              "signature block."), tab)
        self.profile_form = ProfileForm([f for f in ALL_FIELDS if f != "time_zone"], columns=2, parent=tab)
        self.profile_images = self.profile_form.add_image_pickers(self.context)
        self.profile_message = QLabel(tab)
        self.profile_errors = FieldErrors(self.profile_message)
        self.profile_form.attach_errors(self.profile_errors)
        self.profile_status = QLabel(tab)
        self.profile_form.edited.connect(lambda: self.profile_status.setText(self.tr("Unsaved changes")))
        self.save_button = QPushButton(self.tr("Save profile"), tab)
        self.save_button.setDefault(True)
        self.save_button.setToolTip(QKeySequence(QKeySequence.StandardKey.Save).toString(
            QKeySequence.SequenceFormat.NativeText))
        self.save_button.clicked.connect(self.save_profile)
        save_action = QAction(self.tr("Save profile"), tab)
        save_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Save))
        save_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save_action.triggered.connect(self.save_profile)
        tab.addAction(save_action)

        scroll = QScrollArea(tab)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        inner = QWidget(scroll)
        inner_layout = QVBoxLayout(inner)
        inner_layout.setContentsMargins(0, 0, 4, 0)
        inner_layout.addWidget(intro)
        inner_layout.addWidget(self.profile_form)
        scroll.setWidget(inner)

        # The refusal is said next to the Save button, where the eyes are after clicking it; the field itself
        # is marked and has the cursor.
        buttons = QHBoxLayout()
        buttons.addWidget(self.profile_message, 1)
        buttons.addStretch()  # keeps the button its own size while no message is shown
        buttons.addWidget(self.profile_status)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(tab)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)
        return tab

    def save_profile(self) -> bool:
        """Validate and save the profile; a refusal is shown at its field and nothing typed is lost."""
        self.profile_errors.clear()
        current = self.context.services.profile.get()
        # The time zone belongs to Preferences: keep the stored one, whatever this form was loaded with.
        typed = replace(self.profile_form.profile(), time_zone=current.time_zone)
        try:
            saved = self.context.services.profile.update(typed)
        except ValidationError as exc:
            self.profile_errors.show(exc)
            self.profile_status.setText(self.tr("Not saved"))
            return False
        except PeksosError as exc:
            self.profile_errors.show_text(str(exc))
            self.profile_status.setText(self.tr("Not saved"))
            return False
        self.profile_loaded = saved
        self.profile_form.mark_saved(saved)
        self.profile_status.setText(self.tr("Profile saved."))
        self.context.bus.profile_changed.emit()
        return True

    # -- fee schedule ------------------------------------------------------------------------------------

    def _build_fees_tab(self) -> QWidget:
        tab = QWidget(self)
        intro = _hint(self.tr("The services you offer with their default fee and duration. A retired service "
                              "is no longer offered for new sessions; sessions already held keep their fee."), tab)
        self.fees_model = ServiceTypeModel(self)
        self.fees_proxy = QSortFilterProxyModel(self)
        self.fees_proxy.setSourceModel(self.fees_model)
        self.fees_proxy.setSortRole(SORT_ROLE)
        self.fees_table = QTableView(tab)
        self.fees_table.setModel(self.fees_proxy)
        self.fees_table.setAccessibleName(self.tr("Fee schedule"))
        self.fees_table.setSortingEnabled(True)
        self.fees_table.sortByColumn(ServiceTypeModel.NAME, Qt.SortOrder.AscendingOrder)
        self.fees_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.fees_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.fees_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.fees_table.setAlternatingRowColors(True)
        self.fees_table.setTabKeyNavigation(False)
        self.fees_table.verticalHeader().hide()
        header = self.fees_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ServiceTypeModel.NAME, QHeaderView.ResizeMode.Stretch)
        self.fees_table.doubleClicked.connect(lambda _index: self.edit_service_type())
        self.fees_table.selectionModel().selectionChanged.connect(lambda *_: self._update_fee_buttons())

        self.fees_empty = _hint(self.tr("The fee schedule is empty. Install the default schedule (consultation, "
                                        "assessment, home visit, accompaniment, social report) and adjust its "
                                        "fees, or add your own services."), tab)
        self.add_button = QPushButton(self.tr("&Add service…"), tab)
        self.add_button.clicked.connect(self.add_service_type)
        self.edit_button = QPushButton(self.tr("&Edit…"), tab)
        self.edit_button.clicked.connect(self.edit_service_type)
        self.active_button = QPushButton(self.tr("&Retire"), tab)
        self.active_button.clicked.connect(self.toggle_active)
        self.defaults_button = QPushButton(self.tr("Install the &default schedule"), tab)
        self.defaults_button.clicked.connect(self.install_defaults)
        self.fees_message = QLabel(tab)
        self.fees_errors = FieldErrors(self.fees_message)

        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.active_button, self.defaults_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(tab)
        layout.addWidget(intro)
        layout.addWidget(self.fees_empty)
        layout.addWidget(self.fees_table, 1)
        layout.addWidget(self.fees_message)
        layout.addLayout(buttons)
        self.billing_settings = BillingSettingsGroup(self.context, tab)
        layout.addWidget(self.billing_settings)
        return tab

    def reload_fees(self, select_id: int | None = None) -> None:
        """Read the schedule again (retired services too) and keep or move the selection."""
        if select_id is None and (current := self.selected_service_type()) is not None:
            select_id = current.id
        self.fees_model.set_rows(self.context.services.fees.list_types(include_inactive=True))
        empty = self.fees_model.rowCount() == 0
        self.fees_empty.setVisible(empty)
        self.defaults_button.setVisible(empty)
        if select_id is not None and (row := self.fees_model.row_of(select_id)) >= 0:
            index = self.fees_proxy.mapFromSource(self.fees_model.index(row, 0))
            self.fees_table.selectRow(index.row())
        self._update_fee_buttons()

    def selected_service_type(self) -> ServiceTypeView | None:
        """The service type selected in the table, if any."""
        rows = self.fees_table.selectionModel().selectedRows() if self.fees_table.selectionModel() else []
        if not rows:
            return None
        value = rows[0].data(ROW_ROLE)
        return value if isinstance(value, ServiceTypeView) else None

    def select_service_type(self, service_type_id: int) -> None:
        """Select the row of ``service_type_id``."""
        row = self.fees_model.row_of(service_type_id)
        if row >= 0:
            self.fees_table.selectRow(self.fees_proxy.mapFromSource(self.fees_model.index(row, 0)).row())

    def _update_fee_buttons(self) -> None:
        selected = self.selected_service_type()
        self.edit_button.setEnabled(selected is not None)
        self.active_button.setEnabled(selected is not None)
        self.active_button.setText(self.tr("&Retire") if selected is None or selected.active
                                   else self.tr("&Offer again"))

    def add_service_type(self) -> ServiceTypeDialog:
        """Open the form for a new service type (returned, for tests to fill and save)."""
        return self._open_dialog(None)

    def edit_service_type(self) -> ServiceTypeDialog | None:
        """Open the form for the selected service type."""
        selected = self.selected_service_type()
        return self._open_dialog(selected) if selected is not None else None

    def _open_dialog(self, service_type: ServiceTypeView | None) -> ServiceTypeDialog:
        dialog = ServiceTypeDialog(self.context, service_type, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._on_service_type_saved)
        dialog.open()
        return dialog

    def _on_service_type_saved(self, service_type_id: int) -> None:
        self.fees_errors.clear()
        self.reload_fees(service_type_id)
        self.context.bus.profile_changed.emit()

    def toggle_active(self) -> None:
        """Retire the selected service type, or offer a retired one again."""
        selected = self.selected_service_type()
        if selected is None:
            return
        try:
            view = self.context.services.fees.set_active(selected.id, not selected.active)
        except PeksosError as exc:
            self.fees_errors.show_text(str(exc))
            return
        self.fees_errors.clear()
        self.reload_fees(view.id)
        self.context.bus.profile_changed.emit()

    def install_defaults(self) -> None:
        """Give an empty schedule the default services."""
        try:
            installed = self.context.services.fees.install_defaults()
        except PeksosError as exc:
            self.fees_errors.show_text(str(exc))
            return
        self.reload_fees(installed[0].id if installed else None)
        self.context.bus.profile_changed.emit()

    # -- preferences -------------------------------------------------------------------------------------

    def _build_preferences_tab(self) -> QWidget:
        tab = QWidget(self)
        self.language = QComboBox(tab)
        for code, name in LANGUAGES:
            self.language.addItem(name, code)
        self.language.setAccessibleName(self.tr("Language"))
        self.language.activated.connect(lambda index: self.choose_language(str(self.language.itemData(index))))
        self.document_language = QComboBox(tab)
        for code, name in LANGUAGES:
            self.document_language.addItem(name, code)
        self.document_language.setAccessibleName(self.tr("Language of documents"))
        self.document_language.setCurrentIndex(max(self.document_language.findData(
            self.context.settings.document_language), 0))
        self.document_language.activated.connect(
            lambda index: self.choose_document_language(str(self.document_language.itemData(index))))
        self.time_zone = QComboBox(tab)
        for zone in PractitionerZone:
            self.time_zone.addItem(str(zone.label), zone.name)
        self.time_zone.setAccessibleName(self.tr("Time zone"))
        self.time_zone.activated.connect(
            lambda index: self.choose_time_zone(PractitionerZone[str(self.time_zone.itemData(index))]))
        self.store_location = QLabel(self.context.services.location, tab)
        self.store_location.setWordWrap(True)
        self.store_location.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.preferences_message = QLabel(tab)
        self.preferences_errors = FieldErrors(self.preferences_message)
        self.preferences_errors.register("time_zone", self.time_zone)
        self.preferences_status = QLabel(tab)

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for text, widget, hint in (
            (self.tr("&Language"), self.language,
             self.tr("The window is rebuilt in the chosen language at once; save your work in other pages first.")),
            (self.tr("&Documents in"), self.document_language,
             self.tr("Case notes, reports, letters, invoices and receipts are printed in this language.")),
            (self.tr("&Time zone"), self.time_zone,
             self.tr("Session times and \"today\" follow this zone. Stored in the practice profile.")),
            (self.tr("Your data"), self.store_location,
             self.tr("Peksos Desk keeps your records in this store on this computer; nothing is sent anywhere.")),
        ):
            label = QLabel(text, tab)
            label.setBuddy(widget)
            column = QVBoxLayout()
            column.setSpacing(2)
            column.addWidget(widget)
            column.addWidget(_hint(hint, tab))
            form.addRow(label, column)
        box = QWidget(tab)
        box.setMaximumWidth(680)
        box.setLayout(form)
        layout = QVBoxLayout(tab)
        layout.addWidget(box)
        layout.addWidget(self.preferences_message)
        layout.addWidget(self.preferences_status)
        layout.addStretch(1)
        return tab

    def choose_language(self, language: str) -> None:
        """Store ``language`` and ask for the window in it (nothing happens when it is already in use)."""
        index = self.language.findData(language)
        if index < 0:
            return
        self.language.setCurrentIndex(index)
        if language == self.context.language:
            return
        self.context.settings.language = language
        self.context.settings.sync()
        self.language_changed.emit(language)

    def choose_document_language(self, language: str) -> None:
        """Store the language documents are printed in."""
        index = self.document_language.findData(language)
        if index >= 0:
            self.document_language.setCurrentIndex(index)
            self.context.settings.document_language = language
            self.context.settings.sync()

    def choose_time_zone(self, zone: PractitionerZone) -> bool:
        """Store ``zone`` in the practice profile."""
        self.preferences_errors.clear()
        self.preferences_status.clear()
        profile = self.context.services.profile.get()
        if profile.time_zone == zone.name:
            return True
        try:
            saved = self.context.services.profile.update(replace(profile, time_zone=zone.name))
        except ValidationError as exc:
            self._show_time_zone(PractitionerZone.from_setting(profile.time_zone))
            if exc.field == "time_zone":
                self.preferences_errors.show(exc)
            else:
                self.preferences_errors.show_text(
                    self.tr("Save the practice profile first: {0}").format(str(exc)))
            return False
        except PeksosError as exc:
            self._show_time_zone(PractitionerZone.from_setting(profile.time_zone))
            self.preferences_errors.show_text(str(exc))
            return False
        self.profile_loaded = saved
        self.preferences_status.setText(self.tr("Time zone saved: {0}.").format(str(zone.label)))
        self.context.bus.profile_changed.emit()
        return True

    def _show_time_zone(self, zone: PractitionerZone) -> None:
        self.time_zone.setCurrentIndex(max(self.time_zone.findData(zone.name), 0))

    # -- loading -----------------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Show the stored profile, schedule and preferences; emits ``loaded``. Unsaved typing is kept."""
        try:
            profile = self.context.services.profile.get()
            self.reload_fees()
            self.institutions_tab.reload()
            self.profile_images.reload()
        except PeksosError as exc:
            self.context.prompter.error(self, self.tr("Settings"), str(exc))
            return
        self.profile_loaded = profile
        if not self.profile_form.is_dirty:
            self.profile_form.set_profile(profile)
        self._show_time_zone(PractitionerZone.from_setting(profile.time_zone))
        self.language.setCurrentIndex(max(self.language.findData(self.context.language), 0))
        self.loaded.emit()

    def _on_profile_changed(self) -> None:
        self.refresh()
