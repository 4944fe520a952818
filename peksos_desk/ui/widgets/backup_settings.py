"""Settings → Backups (*Cadangan*): the folder, automatic backups, the list, Back up now, Verify…, Restore….

The slow parts (copying, checking) run in a ``BackupJob`` off the GUI thread with a progress dialog; swapping a
restored store in is quick and happens on the GUI thread, after a danger confirmation that names what will be
replaced and where the current store is kept.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from peksos_desk.domain.errors import PeksosError
from peksos_desk.services.backups import BackupCheck, BackupInfo, PreparedRestore, RestoreResult
from peksos_desk.ui.backup_runner import BackupJob, backup_folder
from peksos_desk.ui.context import AppContext
from peksos_desk.ui.format import local_datetime
from peksos_desk.ui.models.table import SORT_ROLE, Column, DataclassTableModel, selected_row
from peksos_desk.ui.widgets.password_field import PasswordInput


def _hint(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setStyleSheet("color: palette(placeholder-text);")
    return label


class BackupPasswordDialog(QDialog):
    """Asks the password an encrypted backup was made with (that time's recovery code works too)."""

    def __init__(self, backup: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Password of the backup"))
        self.password = PasswordInput(self)
        self.password.setAccessibleName(self.tr("Password of the backup"))
        explanation = QLabel(self.tr(
            "The backup {0} is encrypted. Enter the password this store had when the backup was made; the "
            "recovery code of that time works too.").format(backup.name), self)
        explanation.setWordWrap(True)
        label = QLabel(self.tr("&Password:"), self)
        label.setBuddy(self.password.edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                   self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.password.submitted.connect(self.accept)
        form = QFormLayout()
        form.addRow(label, self.password)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)


class BackupSettings(QWidget):
    """The Backups tab of the settings page.

    Signals:
        store_replaced: a backup was restored; every page must show the store anew.
    """

    store_replaced = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.job: BackupJob | None = None
        self.password_dialog: BackupPasswordDialog | None = None
        backups = context.services.backups

        intro = _hint(self.tr(
            "A backup is a complete copy of your records, made while you keep working. Keep backups on a USB "
            "drive or another disk, so they survive if this laptop is lost or broken. An encrypted store's "
            "backups are encrypted too: each has its key file beside it, and opens only with the password the "
            "store had when the backup was made."), self)
        self.unsupported = QLabel(str(backups.unsupported_message()), self)
        self.unsupported.setWordWrap(True)

        self.folder = QLineEdit(self)
        self.folder.setReadOnly(True)
        self.folder.setAccessibleName(self.tr("Backup folder"))
        self.choose_button = QPushButton(self.tr("C&hoose folder…"), self)
        self.choose_button.clicked.connect(self.choose_folder)
        self.default_button = QPushButton(self.tr("Use the defa&ult folder"), self)
        self.default_button.clicked.connect(self.use_default_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.choose_button)
        folder_row.addWidget(self.default_button)
        folder_label = QLabel(self.tr("Backup f&older:"), self)
        folder_label.setBuddy(self.folder)

        self.automatic = QCheckBox(self.tr("Back up &automatically: when Peksos Desk closes, and once a day"), self)
        self.automatic.setAccessibleName(self.tr("Automatic backups"))
        self.automatic.setChecked(context.settings.automatic_backups)
        self.automatic.toggled.connect(self.set_automatic)
        self.last_backup = QLabel(self)
        self.last_backup.setWordWrap(True)

        form = QFormLayout()
        form.addRow(folder_label, folder_row)
        rotation = _hint(self.tr(
            "Automatic backups keep the newest of each of the last 7 days, 4 weeks and 12 months; backups you "
            "make yourself are kept apart, the last 10."), self)

        self.model: DataclassTableModel[BackupInfo] = DataclassTableModel(self._columns(), self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Backups in the folder"))
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)

        self.backup_button = QPushButton(self.tr("&Back up now"), self)
        self.backup_button.clicked.connect(self.back_up_now)
        self.verify_button = QPushButton(self.tr("&Verify…"), self)
        self.verify_button.setToolTip(self.tr("Check that the selected backup (or a file you choose) is whole "
                                              "and can be restored"))
        self.verify_button.clicked.connect(lambda: self.verify())  # noqa: PLW0108 - clicked passes a bool
        self.restore_button = QPushButton(self.tr("Res&tore…"), self)
        self.restore_button.setToolTip(self.tr("Replace your records with the selected backup (or a file you "
                                               "choose); the current store is kept aside"))
        self.restore_button.clicked.connect(lambda: self.restore())  # noqa: PLW0108 - clicked passes a bool
        self.restore_button.setStyleSheet("color: #b71c1c;")
        buttons = QHBoxLayout()
        buttons.addWidget(self.backup_button)
        buttons.addWidget(self.verify_button)
        buttons.addStretch(1)
        buttons.addWidget(self.restore_button)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.controls = QWidget(self)
        controls = QVBoxLayout(self.controls)
        controls.setContentsMargins(0, 0, 0, 0)
        controls.addLayout(form)
        controls.addWidget(self.automatic)
        controls.addWidget(rotation)
        controls.addSpacing(6)
        controls.addWidget(self.last_backup)
        controls.addWidget(self.table, 1)
        controls.addLayout(buttons)
        controls.addWidget(self.status)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.unsupported)
        layout.addWidget(self.controls, 1)
        self.unsupported.setVisible(not backups.supported)
        self.controls.setVisible(backups.supported)

    @property
    def title(self) -> str:
        return self.tr("Bac&kups")

    def _columns(self) -> list[Column[BackupInfo]]:
        zone = self.context.zone
        decimal = "," if self.context.language == "id" else "."
        return [
            Column(self.tr("Made"), lambda b: local_datetime(b.created, zone), lambda b: b.created),
            Column(self.tr("Kind"), lambda b: str(b.kind.label), lambda b: b.kind.value),
            Column(self.tr("Size"), lambda b: f"{b.size / 1_000_000:.1f} MB".replace(".", decimal),
                   lambda b: b.size, align_right=True),
            Column(self.tr("Encrypted"), lambda b: self.tr("Yes") if b.encrypted else self.tr("No")),
            Column(self.tr("File"), lambda b: b.path.name, tooltip=lambda b: str(b.path)),
        ]

    # -- folder and automatic ------------------------------------------------------------------------------

    def current_folder(self) -> Path | None:
        """Where backups go now: the chosen folder, or the default one."""
        return backup_folder(self.context) or self.context.services.backups.default_folder()

    def choose_folder(self) -> None:
        """Ask for a folder (a USB drive, say) and use it from now on."""
        chosen = self.context.prompter.choose_folder(self, self.tr("Choose the backup folder"),
                                                     self.current_folder())
        if chosen is None:
            return
        self.context.settings.backup_folder = str(chosen)
        self.context.settings.sync()
        self.status.setText(self.tr("Backups go to {0} from now on.").format(chosen))
        self.refresh()

    def use_default_folder(self) -> None:
        self.context.settings.backup_folder = ""
        self.context.settings.sync()
        self.status.setText(self.tr("Backups go to the default folder beside the store."))
        self.refresh()

    def set_automatic(self, on: bool) -> None:
        self.context.settings.automatic_backups = on
        self.context.settings.sync()
        self.status.setText(self.tr("Automatic backups are on.") if on else self.tr(
            "Automatic backups are off. Remember to back up yourself, to a drive kept apart from this laptop."))

    # -- the list ----------------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Show the folder, the backups in it and when the last one was made."""
        backups = self.context.services.backups
        if not backups.supported:
            return
        folder = self.current_folder()
        self.folder.setText(str(folder) if folder else "")
        self.default_button.setEnabled(bool(self.context.settings.backup_folder))
        try:
            found = backups.list_backups(backup_folder(self.context))
        except PeksosError as exc:
            self.model.set_rows([])
            self.last_backup.setText(str(exc))
            return
        self.model.set_rows(found)
        if found:
            newest = found[0]
            self.last_backup.setText(self.tr("Last backup: {0} ({1}).").format(
                local_datetime(newest.created, self.context.zone), str(newest.kind.label)))
        elif folder is not None and not folder.is_dir() and self.context.settings.backup_folder:
            self.last_backup.setText(self.tr("The folder is not there now. Plug in its drive, or choose another "
                                             "folder."))
        else:
            self.last_backup.setText(self.tr("No backup in this folder yet."))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()

    def selected_backup(self) -> BackupInfo | None:
        return selected_row(self.table, BackupInfo)

    def select_backup(self, path: Path) -> None:
        for row, info in enumerate(self.model.rows):
            if info.path == path:
                self.table.selectRow(self.proxy.mapFromSource(self.model.index(row, 0)).row())

    # -- back up now ---------------------------------------------------------------------------------------

    def _busy(self) -> bool:
        return self.job is not None and not self.job.finished

    def back_up_now(self) -> BackupJob | None:
        """Make a manual backup into the folder, off the GUI thread (returned, for tests to wait on)."""
        if self._busy():
            return None
        backups = self.context.services.backups
        folder = backup_folder(self.context)
        self.status.setText(self.tr("Making a backup…"))
        self.job = BackupJob(lambda progress: backups.backup_now(folder, "manual", progress), self,
                             label=self.tr("Making a backup of your records…"))
        self.job.done.connect(self._on_backup_done)
        return self.job.start()

    def _on_backup_done(self) -> None:
        job = self.job
        assert job is not None
        self.refresh()
        if isinstance(job.result, BackupInfo):
            self.select_backup(job.result.path)
            self.status.setText(self.tr("Backup made: {0}").format(job.result.path))
        elif job.cancelled:
            self.status.setText(self.tr("The backup was cancelled; no file was left behind."))
        else:
            self.status.setText(self.tr("The backup was not made."))
            self.context.prompter.error(self, self.tr("Backup not made"), job.error or "")

    # -- choosing a backup and its password ------------------------------------------------------------------

    def _pick(self, path: Path | None, title: str) -> Path | None:
        if path is not None:
            return path
        selected = self.selected_backup()
        if selected is not None:
            return selected.path
        return self.context.prompter.open_file(
            self, title, self.tr("Peksos Desk backups (*.db);;All files (*)"), self.current_folder())

    def _with_password(self, path: Path, then: Callable[[str | None], object]) -> None:
        """Call ``then`` with the backup's password (asked in a dialog when it is encrypted) or None."""
        if not self.context.services.backups.needs_password(path):
            then(None)
            return
        dialog = BackupPasswordDialog(path, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.password_dialog = dialog
        dialog.accepted.connect(lambda: then(dialog.password.text()))
        dialog.finished.connect(lambda _result: setattr(self, "password_dialog", None))
        dialog.open()

    def _describe(self, check: BackupCheck) -> str:
        when = local_datetime(check.created, self.context.zone) if check.created else check.path.name
        return self.tr("{0} — clients: {1}, cases: {2}, sessions: {3}").format(
            when, check.clients, check.cases, check.sessions)

    # -- verify ----------------------------------------------------------------------------------------------

    def verify(self, path: Path | None = None) -> None:
        """Check the selected backup (or ``path``, or a file the user picks) without changing anything."""
        if self._busy():
            return
        chosen = self._pick(path, self.tr("Choose a backup to verify"))
        if chosen is not None:
            self._with_password(chosen, lambda password: self._verify(chosen, password))

    def _verify(self, path: Path, password: str | None) -> BackupJob:
        backups = self.context.services.backups
        self.job = BackupJob(lambda _progress: backups.verify(path, password), self,
                             label=self.tr("Checking the backup…"), cancellable=False)
        self.job.done.connect(self._on_verified)
        return self.job.start()

    def _on_verified(self) -> None:
        job = self.job
        assert job is not None
        if isinstance(job.result, BackupCheck):
            text = self.tr("The backup is whole and can be restored.\n\n{0}").format(self._describe(job.result))
            if job.result.needs_upgrade:
                text += "\n\n" + self.tr("It was made by an older version; restoring it upgrades it.")
            self.status.setText(self.tr("Backup verified: {0}").format(job.result.path.name))
            self.context.prompter.inform(self, self.tr("Backup verified"), text)
        elif job.error:
            self.status.setText(self.tr("The backup did not pass its check."))
            self.context.prompter.error(self, self.tr("Backup not usable"), job.error)

    # -- restore ---------------------------------------------------------------------------------------------

    def restore(self, path: Path | None = None) -> None:
        """Restore the selected backup (or ``path``, or a file the user picks): check, confirm, copy, swap."""
        if self._busy():
            return
        chosen = self._pick(path, self.tr("Choose a backup to restore"))
        if chosen is not None:
            self._with_password(chosen, lambda password: self._check_for_restore(chosen, password))

    def _check_for_restore(self, path: Path, password: str | None) -> BackupJob:
        backups = self.context.services.backups
        self.job = BackupJob(lambda _progress: backups.verify(path, password), self,
                             label=self.tr("Checking the backup…"), cancellable=False)
        self.job.done.connect(lambda: self._confirm_restore(password))
        return self.job.start()

    def _confirm_restore(self, password: str | None) -> None:
        job = self.job
        assert job is not None
        check = job.result
        if not isinstance(check, BackupCheck):
            if job.error:
                self.context.prompter.error(self, self.tr("Backup not restored"), job.error)
            return
        store = self.context.services.backups.store_path
        assert store is not None
        text = self.tr(
            "Restore this backup?\n\n{0}\n\nEverything now in your store {1} will be replaced by the backup: "
            "what you recorded after {2} will no longer be shown. The current store is not deleted: it is kept "
            "beside it as {3}.before-restore-<time>{4}.").format(
            self._describe(check), store, local_datetime(check.created, self.context.zone)
            if check.created else self.tr("the backup was made"), store.stem, store.suffix)
        if check.encrypted:
            text += "\n\n" + self.tr("After the restore, the store opens with the password it had when the backup "
                                     "was made.")
        if check.needs_upgrade:
            text += "\n\n" + self.tr("The backup was made by an older version; it is upgraded when restored.")
        if not self.context.prompter.confirm(self, self.tr("Restore a backup"), text, danger=True):
            self.status.setText(self.tr("Nothing was restored."))
            return
        flush = getattr(self.window(), "flush", None)
        if callable(flush):
            flush()  # drafts still open are saved first (into the store that is kept aside)
        backups = self.context.services.backups
        self.job = BackupJob(lambda progress: backups.prepare_restore(check.path, password, progress), self,
                             label=self.tr("Restoring the backup…"))
        self.job.done.connect(self._finish_restore)
        self.job.start()

    def _finish_restore(self) -> None:
        job = self.job
        assert job is not None
        prepared = job.result
        if not isinstance(prepared, PreparedRestore):
            if job.cancelled:
                self.status.setText(self.tr("The restore was cancelled; nothing was changed."))
            elif job.error:
                self.context.prompter.error(self, self.tr("Backup not restored"), job.error)
            return
        try:
            result = self.context.services.backups.finish_restore(prepared)
        except PeksosError as exc:
            self.context.prompter.error(self, self.tr("Backup not restored"), str(exc))
            return
        self._restored(result)

    def _restored(self, result: RestoreResult) -> None:
        lines = [self.tr("The backup was restored: {0}").format(self._describe(result.check))]
        if result.kept_aside is not None:
            lines.append(self.tr("Your previous store is kept as {0}.").format(result.kept_aside))
        if result.password_from_backup:
            lines.append(self.tr("From now on the store opens with the password it had when the backup was made."))
        self.status.setText(lines[0])
        self.refresh()
        self.context.prompter.inform(self, self.tr("Backup restored"), "\n\n".join(lines))
        self.store_replaced.emit()
