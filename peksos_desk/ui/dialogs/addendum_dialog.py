"""Adding an addendum to a signed note: a dated correction with its reason; the note itself never changes."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from peksos_desk.domain.errors import PeksosError, ValidationError
from peksos_desk.services.sessions import SessionView
from peksos_desk.ui.context import AppContext
from peksos_desk.ui.format import date_long, local_time
from peksos_desk.ui.widgets.field_errors import FieldErrors


class AddendumDialog(QDialog):
    """Reason and content of an addendum, both required.

    Open it with ``open()``; tests call ``save()``, which keeps the dialog open and marks the field at fault
    when the service refuses.

    Signals:
        saved: the addendum was added (the session's new ``SessionView``).
    """

    saved = Signal(object)

    def __init__(self, context: AppContext, session: SessionView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._session = session
        zone = context.zone
        self.setWindowTitle(self.tr("Add addendum"))
        self.setMinimumSize(600, 420)

        local = session.starts_at.astimezone(zone.tzinfo)
        intro = QLabel(self.tr(
            "Addendum to the signed note of the session of {0} at {1} with {2}. The note stays as it was signed; "
            "the addendum is kept below it with today's date and its reason.")
            .format(date_long(local.date(), weekday=True), local_time(session.starts_at, zone),
                    session.client_name), self)
        intro.setWordWrap(True)

        self.reason_edit = QLineEdit(self)
        self.reason_edit.setAccessibleName(self.tr("Reason for the addendum"))
        self.reason_edit.setPlaceholderText(self.tr("e.g. wrong school name written; information received later"))
        self.reason_edit.setMaxLength(2000)
        self.content_edit = QPlainTextEdit(self)
        self.content_edit.setAccessibleName(self.tr("Addendum"))
        self.content_edit.setTabChangesFocus(True)
        self.content_edit.setPlaceholderText(self.tr("The correction or the added information, in full."))
        reason_label = QLabel(self.tr("&Reason:"), self)
        reason_label.setBuddy(self.reason_edit)
        content_label = QLabel(self.tr("&Addendum:"), self)
        content_label.setBuddy(self.content_edit)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(reason_label, self.reason_edit)
        form.addRow(content_label, self.content_edit)

        self.message = QLabel(self)
        self.errors = FieldErrors(self.message)
        self.errors.register("reason", self.reason_edit)
        self.errors.register("content", self.content_edit)

        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton(self.tr("Add addendum"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setDefault(True)
        self.buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    def save(self) -> SessionView | None:
        """Add the addendum; on success emit ``saved`` and close, else say what is missing and stay open."""
        self.errors.clear()
        try:
            view = self._context.services.sessions.add_addendum(
                self._session.id, self.reason_edit.text(), self.content_edit.toPlainText())
        except ValidationError as exc:
            self.errors.show(exc)
            return None
        except PeksosError as exc:
            self.errors.show_text(str(exc))
            return None
        self._context.bus.sessions_changed.emit(view.id)
        self.saved.emit(view)
        self.accept()
        return view
