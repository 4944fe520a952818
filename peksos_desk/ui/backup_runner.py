"""Backup work off the GUI thread, and the automatic backups (on close, daily).

``BackupJob`` runs one piece of work (a backup, a check, the copy of a restore) on a ``QThread``: the services
it calls open their own connections, so the window stays responsive. A progress dialog with Cancel appears when
the work takes more than a moment; cancelling stops the copy and leaves no partial file (the store layer
guarantees it). The work function never touches widgets; the job reports back on the GUI thread.

``AutomaticBackups`` belongs to the main window: a daily backup shortly after start and then whenever the last
automatic one is older than 24 hours (checked hourly, in the background, said in the status bar), and a quick
backup when the window closes (a short note; an error is shown but the app still closes). Neither runs when the
user turned automatic backups off, for the demo store, or for a PostgreSQL store; neither makes a copy when the
store has not changed since the last automatic backup.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt, QThread, QTimer, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from peksos_desk.domain.errors import PeksosError
from peksos_desk.services.backups import BackupCancelled, BackupInfo, BackupKind
from peksos_desk.ui.context import AppContext

log = logging.getLogger(__name__)

Work = Callable[[Callable[[int, int], bool]], Any]
"""A piece of work: called with a progress function (done, total) -> keep going?; returns its result."""

START_DELAY_MS = 90_000  # after start-up settles, not during it
CHECK_INTERVAL_MS = 60 * 60 * 1000


def backup_folder(context: AppContext) -> Path | None:
    """The folder the user chose for backups, or None for the default one (beside the store)."""
    chosen = context.settings.backup_folder
    return Path(chosen) if chosen else None


class _Thread(QThread):
    """Runs the work; reports through the job's signals (queued to the GUI thread)."""

    def __init__(self, job: BackupJob, work: Work) -> None:
        super().__init__()
        self._job = job
        self._work = work

    def run(self) -> None:
        job = self._job

        def progress(done: int, total: int) -> bool:
            job.progressed.emit(done, total)
            return not job.cancel_requested.is_set()

        try:
            result = self._work(progress)
        except BackupCancelled:
            job.stopped.emit("", True)
        except PeksosError as exc:
            job.stopped.emit(str(exc), False)
        except Exception:  # a bug: say so plainly, keep the details (never client data) for the log
            log.exception("backup work failed")
            job.stopped.emit(QCoreApplication.translate(
                "BackupJob", "The work stopped because of an unexpected error; nothing was changed. The details "
                "are in the log."), False)
        else:
            job.result = result
            job.stopped.emit("", False)


class BackupJob(QObject):
    """One piece of backup work on a worker thread, with an optional progress dialog and Cancel.

    After ``done``: ``result`` holds what the work returned (None on failure or cancel), ``error`` the message
    of a failure, ``cancelled`` whether the user stopped it.

    Signals:
        progressed: pages copied and pages in all (from the worker thread).
        stopped: internal: the worker ended (error message, cancelled).
        done: the work ended, successfully or not (on the GUI thread).
    """

    progressed = Signal(int, int)
    stopped = Signal(str, bool)
    done = Signal()

    def __init__(self, work: Work, parent: QWidget | None = None, *, label: str = "",
                 cancellable: bool = True) -> None:
        super().__init__(parent)
        self.result: Any = None
        self.error: str | None = None
        self.cancelled = False
        self.finished = False
        self.cancel_requested = threading.Event()
        self.dialog: QProgressDialog | None = None
        if parent is not None and label:
            self.dialog = QProgressDialog(label, self.tr("Cancel") if cancellable else "", 0, 0, parent)
            self.dialog.setWindowTitle(self.tr("Peksos Desk"))
            self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
            self.dialog.setMinimumDuration(400)  # a quick job never flashes a dialog
            self.dialog.setAutoClose(False)
            self.dialog.setAutoReset(False)
            if not cancellable:
                self.dialog.setCancelButton(None)
            self.dialog.canceled.connect(self.cancel)
            self.dialog.setValue(0)
        self._thread = _Thread(self, work)
        self.progressed.connect(self._on_progress)
        self.stopped.connect(self._on_stopped)

    def start(self) -> BackupJob:
        self._thread.start()
        return self

    @Slot()
    def cancel(self) -> None:
        """Ask the work to stop at its next step (it leaves nothing behind)."""
        self.cancel_requested.set()
        if self.dialog is not None:
            self.dialog.setLabelText(self.tr("Stopping…"))

    def wait(self) -> None:
        """Block until the worker thread ends (used on close)."""
        self._thread.wait()
        QCoreApplication.sendPostedEvents(self)

    @Slot(int, int)
    def _on_progress(self, done: int, total: int) -> None:
        if self.dialog is not None and total > 0:
            self.dialog.setMaximum(total)
            self.dialog.setValue(min(done, total))

    @Slot(str, bool)
    def _on_stopped(self, error: str, cancelled: bool) -> None:
        self._thread.wait()
        self.error = error or None
        self.cancelled = cancelled
        self.finished = True
        if self.dialog is not None:
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None
        self.done.emit()


class AutomaticBackups(QObject):
    """The daily backup (in the background) and the backup on close, for one main window.

    Signals:
        message: something for the status bar.
        made: an automatic backup was made (its info).
    """

    message = Signal(str)
    made = Signal(object)

    def __init__(self, context: AppContext, window: QWidget, *, enabled: bool = True) -> None:
        super().__init__(window)
        self.context = context
        self.window = window
        self.enabled = enabled
        self.job: BackupJob | None = None
        self._error_shown = False
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_INTERVAL_MS)
        self.timer.timeout.connect(self.check_daily)

    def start(self) -> None:
        """Check once start-up has settled, then every hour."""
        if self._active():
            QTimer.singleShot(START_DELAY_MS, self, self.check_daily)
            self.timer.start()

    def _active(self) -> bool:
        return (self.enabled and self.context.settings.automatic_backups
                and self.context.services.backups.supported)

    def _worth_it(self) -> bool:
        backups = self.context.services.backups
        folder = backup_folder(self.context)
        return backups.changed_since_last_backup(folder)

    @Slot()
    def check_daily(self) -> BackupJob | None:
        """Start the daily backup when it is due (and the store changed); returns the job, if one started."""
        if not self._active() or (self.job is not None and not self.job.finished):
            return None
        backups = self.context.services.backups
        folder = backup_folder(self.context)
        try:
            if not backups.daily_due(folder) or not self._worth_it():
                return None
        except PeksosError as exc:
            self._report(str(exc))
            return None
        self.message.emit(self.tr("Making the daily backup…"))
        self.job = BackupJob(lambda progress: backups.backup_now(folder, BackupKind.DAILY, progress), self.window)
        self.job.done.connect(self._on_daily_done)
        return self.job.start()

    @Slot()
    def _on_daily_done(self) -> None:
        job = self.job
        if job is None:
            return
        if isinstance(job.result, BackupInfo):
            self._error_shown = False
            self.message.emit(self.tr("Daily backup made: {0}").format(job.result.path.name))
            self.made.emit(job.result)
        elif job.error:
            self._report(job.error)

    def _report(self, error: str) -> None:
        # The status bar always; a message box once per session, not every hour while a USB drive is out.
        self.message.emit(self.tr("The daily backup was not made: {0}").format(error))
        if not self._error_shown:
            self._error_shown = True
            self.context.prompter.error(
                self.window, self.tr("Backup not made"),
                self.tr("The daily backup was not made.\n\n{0}\n\nYour data is safe in the store; the app tries "
                        "again later. You can change the backup folder in Settings → Backups.").format(error))

    def on_close(self) -> None:
        """Make the backup on close (quick, a short note); an error is shown, but the window still closes."""
        if self.job is not None and not self.job.finished:
            self.job.wait()  # a daily backup is finishing: let it
        if not self._active():
            return
        backups = self.context.services.backups
        folder = backup_folder(self.context)
        try:
            if not self._worth_it():
                return
        except PeksosError:
            pass  # the folder cannot be read: the backup below says why
        note = QProgressDialog(self.tr("Making a backup before closing…"), "", 0, 0, self.window)
        note.setWindowTitle(self.tr("Peksos Desk"))
        note.setCancelButton(None)
        note.setMinimumDuration(0)
        note.setWindowModality(Qt.WindowModality.WindowModal)
        note.show()
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)

        def progress(done: int, total: int) -> bool:
            note.setMaximum(total)
            note.setValue(min(done, total))
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
            return True

        try:
            made = backups.backup_now(folder, BackupKind.CLOSE, progress)
        except PeksosError as exc:
            note.close()
            self.context.prompter.error(
                self.window, self.tr("Backup not made"),
                self.tr("The backup on closing was not made.\n\n{0}\n\nPeksos Desk closes anyway; your data is "
                        "safe in the store.").format(str(exc)))
        else:
            self.made.emit(made)
        finally:
            note.close()
            note.deleteLater()
