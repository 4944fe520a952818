"""A client's personal-data rights from the client page (UU PDP): a copy of everything ("Export data…") and
erasure on request ("Erase client…").

The erase dialog says plainly what goes and what the law keeps, warns of money still owed and of backups that
still hold the data, asks for the reason and for the client code typed in full, and only then erases.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QFontMetrics, QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from peksos_desk.domain.dates import to_local
from peksos_desk.domain.errors import PeksosError, ValidationError
from peksos_desk.services.clients import ClientView
from peksos_desk.services.erasure import ErasurePreview, ErasureReason, ErasureRecord, ErasureResult
from peksos_desk.ui.context import AppContext
from peksos_desk.ui.format import date_long, local_datetime, money
from peksos_desk.ui.widgets.field_errors import FieldErrors

DANGER_STYLE = "QPushButton:enabled { color: white; background: #b00020; font-weight: bold; }"
WARNING_STYLE = "color: #8a1c00; background: #fff4e5; border: 1px solid #e0a060; padding: 6px;"


class EraseClientDialog(QDialog):
    """Erase one client's personal data, after saying what that means and having the code typed.

    Open it with ``open()``; tests fill the reason and code and call :meth:`erase`.

    Signals:
        erased: the client was erased (the ``ErasureResult``).
    """

    erased = Signal(object)

    def __init__(self, context: AppContext, preview: ErasurePreview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.preview = preview
        self.setWindowTitle(self.tr("Erase the data of client {0}").format(preview.code))
        self.setMinimumWidth(600)

        body = QWidget(self)
        text = QVBoxLayout(body)
        text.setContentsMargins(0, 0, 0, 0)
        title = QLabel(self.tr("<b>Erase the personal data of {0} ({1})</b>").format(
            _html(preview.full_name), preview.code), body)
        title.setTextFormat(Qt.TextFormat.RichText)
        title.setWordWrap(True)
        text.addWidget(title)
        text.addWidget(self._paragraph(self.tr(
            "Do this when the client (or their parent or guardian) asks for their data to be deleted, as UU No. "
            "27/2022 on Personal Data Protection allows. It cannot be undone. Export the client's data first if "
            "they want a copy."), body))
        removed = [
            self.tr("The identity: name, nickname, NIK, KK and BPJS numbers, birth date and place, sex, address, "
                    "phone, guardian and notes; the PPKS categories."),
            self.tr("The text of {0} case(s): presenting problem, referral, summaries, stage notes, assessment and "
                    "intervention goals.").format(preview.cases),
            self.tr("The notes of {0} session(s) and {1} addendum(s), signed ones included.").format(
                preview.notes, preview.addenda),
            self.tr("{0} attachment(s), and the client's entries in the search.").format(preview.attachments),
        ]
        kept = [
            self.tr("The client code, as \"Klien terhapus {0}\", archived; the cases and sessions as dated entries "
                    "without text (stages, attendance, fees).").format(preview.code),
            self.tr("{0} issued invoice(s) and {1} payment(s) with their numbers and amounts: money records are "
                    "kept for 10 years (UU KUP). Where they named the client, they now say \"Klien terhapus {2}\"."
                    ).format(preview.invoices, preview.payments, preview.code),
            self.tr("That consent was given and when, and the audit log (it names records by number only)."),
        ]
        text.addWidget(self._paragraph(self.tr("<b>Removed:</b>") + _bullets(removed), body))
        text.addWidget(self._paragraph(self.tr("<b>Kept:</b>") + _bullets(kept), body))
        if preview.open_cases:
            text.addWidget(self._paragraph(self.tr(
                "{0} open case(s) will be closed today; scheduled sessions are cancelled.").format(preview.open_cases),
                body))
        if preview.unpaid:
            numbers = ", ".join(f"{item.number} ({money(item.balance)})" for item in preview.unpaid)
            self.unpaid_warning: QLabel | None = self._paragraph(self.tr(
                "This client still owes {0} on {1}. You can still erase: the invoices stay and payments can still "
                "be recorded on them, but the name and address to collect the money will be gone. Collect or void "
                "them first if you can.").format(money(preview.unpaid_total), numbers), body)
            self.unpaid_warning.setStyleSheet(WARNING_STYLE)
            text.addWidget(self.unpaid_warning)
        else:
            self.unpaid_warning = None
        self.backup_note = self._paragraph(self.tr(
            "Backups made before now still hold this client's data until they are rotated out or deleted; "
            "copies printed or sent earlier are not affected. Mentions of the client in other clients' records "
            "are not searched for: check them yourself."), body)
        self.backup_note.setStyleSheet(WARNING_STYLE)
        text.addWidget(self.backup_note)
        text.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(body)

        self.reason = QComboBox(self)
        self.reason.setAccessibleName(self.tr("Reason for the erasure"))
        for reason in ErasureReason:
            self.reason.addItem(str(reason.label), reason.value)
        self.confirm_code = QLineEdit(self)
        self.confirm_code.setAccessibleName(self.tr("Type the client code to confirm"))
        self.confirm_code.setPlaceholderText(preview.code)
        self.confirm_code.textChanged.connect(self._update_button)
        form = QFormLayout()
        form.addRow(self.tr("&Reason:"), self.reason)
        form.addRow(self.tr("&Type the client code {0} to confirm:").format(preview.code), self.confirm_code)
        self._fix_buddies(form)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.errors = FieldErrors(self.message)
        self.errors.register("confirm_code", self.confirm_code)
        self.errors.register("reason", self.reason)

        self.buttons = QDialogButtonBox(self)
        self.erase_button = self.buttons.addButton(self.tr("&Erase permanently"),
                                                   QDialogButtonBox.ButtonRole.AcceptRole)
        self.erase_button.setStyleSheet(DANGER_STYLE)
        bold = self.erase_button.font()
        bold.setBold(True)
        self.erase_button.setMinimumWidth(QFontMetrics(bold).horizontalAdvance(self.erase_button.text()) + 32)
        self.erase_button.setAutoDefault(False)
        self.cancel_button = self.buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.cancel_button.setDefault(True)
        self.buttons.accepted.connect(self.erase)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(640, 620)
        self._update_button()
        self.confirm_code.setFocus()

    def _paragraph(self, html: str, parent: QWidget) -> QLabel:
        label = QLabel(html, parent)
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setWordWrap(True)
        return label

    def _fix_buddies(self, form: QFormLayout) -> None:
        for row, field in ((0, self.reason), (1, self.confirm_code)):
            item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            label = item.widget() if item is not None else None
            if isinstance(label, QLabel):
                label.setBuddy(field)

    def code_matches(self) -> bool:
        return "".join(self.confirm_code.text().split()).upper() == self.preview.code.upper()

    def _update_button(self) -> None:
        self.erase_button.setEnabled(self.code_matches())

    def erase(self) -> ErasureResult | None:
        """Erase with the reason chosen and the code typed; on a refusal say why and keep what was typed."""
        self.errors.clear()
        if not self.code_matches():
            self.confirm_code.setFocus()
            self.message.setText(self.tr("Type the client code {0} exactly to confirm.").format(self.preview.code))
            return None
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            result = self.context.services.erasure.erase(
                self.preview.client_id, ErasureReason(self.reason.currentData()),
                confirm_code=self.confirm_code.text())
        except ValidationError as exc:
            QGuiApplication.restoreOverrideCursor()
            self.errors.show(exc)
            return None
        except PeksosError as exc:
            QGuiApplication.restoreOverrideCursor()
            self.errors.show_text(str(exc))
            return None
        QGuiApplication.restoreOverrideCursor()
        self.erased.emit(result)
        self.accept()
        return result


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _bullets(items: list[str]) -> str:
    return "<ul style='margin-top:2px; margin-bottom:2px;'>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>"


class ClientPrivacyActions(QObject):
    """The client page's "Personal data" button: export a copy, erase on request; and the erased state.

    Signals:
        erased: the client shown was erased (their id); the page goes back to the list.

    Attributes:
        button: the menu button to put in the page's header.
    """

    erased = Signal(int)

    def __init__(self, context: AppContext, parent: QWidget) -> None:
        super().__init__(parent)
        self.context = context
        self.page = parent
        self.client: ClientView | None = None
        self.erasure: ErasureRecord | None = None
        self.button = QPushButton(self.tr("&Personal data"), parent)
        self.button.setAccessibleName(self.tr("The client's personal data: export a copy or erase"))
        self.button.setToolTip(self.tr("A copy of everything about the client, or erasure on request "
                                       "(UU Pelindungan Data Pribadi)"))
        self.menu = QMenu(parent)
        self.export_action = self.menu.addAction(self.tr("E&xport data…"))
        self.export_action.triggered.connect(self.export_data)
        self.erase_action = self.menu.addAction(self.tr("E&rase client…"))
        self.erase_action.triggered.connect(self.erase_client)
        self.button.setMenu(self.menu)
        self.dialog: EraseClientDialog | None = None
        self._last_text = ""

    def show_client(self, client: ClientView, *, disable: tuple[QPushButton, ...] = (),
                    subtitle: QLabel | None = None) -> None:
        """Follow the client shown. For an erased client, disable ``disable`` (editing, archiving, new cases: the
        store refuses them anyway) with the reason as their tooltip, and add it to ``subtitle``."""
        self.client = client
        self.erasure = self.context.services.erasure.erasure_of(client.id)
        erased = self.erasure is not None
        self.erase_action.setEnabled(not erased)
        for button in disable:
            if erased:
                button.setEnabled(False)
                button.setToolTip(self.erased_text())
            elif button.toolTip() and button.toolTip() == self._last_text:
                button.setToolTip("")
        self._last_text = self.erased_text()
        if erased and subtitle is not None:
            subtitle.setText(f"{subtitle.text()} · {self.erased_text()}")

    def erased_text(self) -> str:
        """"Data erased on request on …" for an erased client, else ""."""
        if self.erasure is None:
            return ""
        return self.tr("This client's data was erased on request on {0} ({1}).").format(
            local_datetime(self.erasure.erased_at, self.context.zone), str(self.erasure.reason.label))

    def export_data(self) -> Path | None:
        """Ask where, then write everything about the client as one ZIP; warn that it is sensitive."""
        client = self.client
        if client is None:
            return None
        title = self.tr("Export the client's data")
        code = re.sub(r"[^A-Za-z0-9_-]+", "-", client.code)
        target = self.context.prompter.save_file(self.page, title, Path.home() / f"data-klien-{code}.zip",
                                                 self.tr("ZIP files (*.zip)"))
        if target is None:
            return None
        if target.suffix.lower() != ".zip":
            target = target.with_name(target.name + ".zip")
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            from peksos_desk.reports.client_record import build_client_record  # ReportLab: only when used

            result = self.context.services.export.export_client(
                client.id, target, render_record=build_client_record,
                language=self.context.settings.document_language)
        except PeksosError as exc:
            QGuiApplication.restoreOverrideCursor()
            self.context.prompter.error(self.page, title, str(exc))
            return None
        except OSError as exc:
            QGuiApplication.restoreOverrideCursor()
            self.context.prompter.error(self.page, title, self.tr(
                "The file could not be written: {0}. Choose another folder.").format(exc.strerror or str(exc)))
            return None
        QGuiApplication.restoreOverrideCursor()
        self.context.prompter.inform(self.page, title, self.tr(
            "Everything about {0} was saved in {1}: the client record (PDF), the data (JSON) and {2} attachment(s)."
            "\n\nThe file holds sensitive personal data and is not encrypted: hand it only to the client or their "
            "guardian, by a safe means, and delete copies you no longer need.").format(
                client.code, result.path, result.attachments))
        return result.path

    def erase_client(self) -> EraseClientDialog | None:
        """Open the erase dialog (not blocking); when the client is erased, announce it and go back to the list."""
        client = self.client
        if client is None:
            return None
        try:
            preview = self.context.services.erasure.preview(client.id)
        except PeksosError as exc:
            self.context.prompter.error(self.page, self.tr("Erase client"), str(exc))
            return None
        dialog = self.dialog = EraseClientDialog(self.context, preview, self.page)
        dialog.erased.connect(self._after_erasure)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _after_erasure(self, result: ErasureResult) -> None:
        record = result.record
        self.context.bus.clients_changed.emit(record.client_id)
        self.context.bus.finance_changed.emit(0)
        self.context.prompter.inform(self.page, self.tr("Erase client"), self.tr(
            "The personal data of client {0} was erased ({1}). The money records stay, anonymised.\n\n"
            "Backups made before {2} still hold the data until they are rotated out or deleted.").format(
                record.code, str(record.reason.label), date_long(to_local(record.erased_at, self.context.zone).date())))
        self.erased.emit(record.client_id)
