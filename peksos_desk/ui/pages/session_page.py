"""One session: who and when, attendance, the note (drafts saved as you type), signing, and addenda."""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QHideEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from peksos_desk.domain.dates import PractitionerZone, format_datetime, to_local
from peksos_desk.domain.errors import PeksosError, ValidationError
from peksos_desk.domain.practice import Attendance
from peksos_desk.services.sessions import NoteStatus, SessionView
from peksos_desk.ui.context import AppContext
from peksos_desk.ui.dialogs.addendum_dialog import AddendumDialog
from peksos_desk.ui.dialogs.session_dialog import SessionDialog
from peksos_desk.ui.format import date_long, local_time, money
from peksos_desk.ui.widgets.field_errors import FieldErrors
from peksos_desk.ui.widgets.note_editor import AutosaveTiming, NoteEditor

BANNER_STYLE = ("QLabel { background: #e8f1e4; border: 1px solid #8fb784; border-radius: 4px; padding: 8px; "
                "color: #1f3d17; }")
ADDENDUM_STYLE = "QFrame#addendum { background: #fbf8ee; border: 1px solid #d9cfa8; border-radius: 4px; }"


def _heading(text: str, parent: QWidget, scale: float = 1.25) -> QLabel:
    label = QLabel(text, parent)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    label.setFont(font)
    return label


class SessionPage(QWidget):
    """A session with its note editor.

    Signals:
        back_requested: the user asked to go back to the diary (Back, Alt+Left or Esc).
    """

    back_requested = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None, *,
                 timing: AutosaveTiming | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._view: SessionView | None = None
        self._zone = PractitionerZone.WIB
        self._emitting = False
        self._dialogs: list[QDialog] = []

        # -- top bar (stays put while the rest scrolls)
        self.back_button = QPushButton(self.tr("← Back to the schedule"), self)
        self.back_button.setToolTip(self.tr("Back to the schedule (Alt+Left, Esc)"))
        self.back_button.clicked.connect(self.back_requested)
        self.title = _heading("", self, 1.4)
        self.title.setWordWrap(True)
        self.title.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.reschedule_button = QPushButton(self.tr("&Reschedule…"), self)
        self.reschedule_button.clicked.connect(self.reschedule)
        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addSpacing(12)
        top.addWidget(self.title, 1)
        top.addWidget(self.reschedule_button)
        self.print_button = QPushButton(self.tr("&Print note…"), self)
        self.print_button.setToolTip(self.tr("Preview and print this session's case note (PDF)"))
        self.print_button.clicked.connect(self.print_note)
        top.addWidget(self.print_button)

        content = QWidget(self)
        content.setObjectName("sessionContent")
        body = QVBoxLayout(content)
        body.setContentsMargins(4, 4, 12, 12)

        # -- who, when, where
        self.client_link = self._link_label(content, self._open_client)
        self.client_link.setAccessibleName(self.tr("Client"))
        self.client_link.setToolTip(self.tr("Open the client's record"))
        self.case_link = self._link_label(content, self._open_case)
        self.case_link.setAccessibleName(self.tr("Case"))
        self.case_link.setToolTip(self.tr("Open the case"))
        self.when_label = self._value_label(content)
        self.duration_label = self._value_label(content)
        self.place_label = self._value_label(content)
        self.service_label = self._value_label(content)
        self.fee_label = self._value_label(content)
        left = QFormLayout()
        left.addRow(self.tr("Client:"), self.client_link)
        left.addRow(self.tr("Case:"), self.case_link)
        left.addRow(self.tr("When:"), self.when_label)
        self._right = QFormLayout()
        self._right.addRow(self.tr("Place:"), self.place_label)
        self._right.addRow(self.tr("Service:"), self.service_label)
        self._right.addRow(self.tr("Fee:"), self.fee_label)
        for form in (left, self._right):
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        header = QHBoxLayout()
        header.addLayout(left, 3)
        header.addSpacing(24)
        header.addLayout(self._right, 2)
        body.addLayout(header)

        # -- attendance
        self.attendance_label = QLabel(content)
        self.attendance_label.setAccessibleName(self.tr("Attendance"))
        self.attendance_buttons: dict[Attendance, QPushButton] = {}
        attendance_row = QHBoxLayout()
        attendance_title = QLabel(self.tr("Attendance:"), content)
        attendance_row.addWidget(attendance_title)
        attendance_row.addWidget(self.attendance_label)
        attendance_row.addSpacing(12)
        for attendance, text in ((Attendance.ATTENDED, self.tr("&Attended")),
                                 (Attendance.NO_SHOW, self.tr("Did &not attend")),
                                 (Attendance.CANCELLED, self.tr("Cance&lled"))):
            button = QPushButton(text, content)
            button.setCheckable(True)
            button.clicked.connect(lambda _=False, value=attendance: self.record_attendance(value))
            attendance_row.addWidget(button)
            self.attendance_buttons[attendance] = button
        attendance_row.addStretch(1)
        body.addLayout(attendance_row)

        self.message = QLabel(content)
        self.errors = FieldErrors(self.message)
        self.errors.register("attendance", self.attendance_label)
        body.addWidget(self.message)

        # -- the note
        line = QFrame(content)
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        body.addWidget(line)
        note_head = QHBoxLayout()
        note_head.addWidget(_heading(self.tr("Session note"), content))
        note_head.addStretch(1)
        self.sign_button = QPushButton(self.tr("&Sign note"), content)
        self.sign_button.setToolTip(self.tr("Sign the note (Ctrl+Enter); it cannot be changed afterwards"))
        self.sign_button.clicked.connect(self.sign)
        note_head.addWidget(self.sign_button)
        body.addLayout(note_head)
        self.banner = QLabel(content)
        self.banner.setObjectName("signedBanner")
        self.banner.setStyleSheet(BANNER_STYLE)
        self.banner.setWordWrap(True)
        self.banner.hide()
        body.addWidget(self.banner)
        self.editor = NoteEditor(context, content, timing=timing)
        self.editor.saved.connect(self._on_draft_saved)
        body.addWidget(self.editor)

        # -- addenda
        addenda_head = QHBoxLayout()
        self.addenda_title = _heading(self.tr("Addenda"), content, 1.1)
        addenda_head.addWidget(self.addenda_title)
        addenda_head.addStretch(1)
        self.addendum_button = QPushButton(self.tr("A&dd addendum…"), content)
        self.addendum_button.clicked.connect(self.add_addendum)
        addenda_head.addWidget(self.addendum_button)
        body.addSpacing(8)
        body.addLayout(addenda_head)
        self.addenda_box = QVBoxLayout()
        body.addLayout(self.addenda_box)
        body.addStretch(1)
        content.setStyleSheet(ADDENDUM_STYLE)

        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidget(content)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.scroll_area, 1)

        for keys, slot in (((QKeySequence(QKeySequence.StandardKey.Back), QKeySequence("Esc")),
                            self.back_requested.emit),
                           ((QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter")), self.sign)):
            for key in keys:
                shortcut = QShortcut(key, self)
                shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                shortcut.activated.connect(slot)

        context.bus.sessions_changed.connect(self._on_session_changed)
        context.bus.profile_changed.connect(self._on_profile_changed)

    # -- public ------------------------------------------------------------------------------------------

    @property
    def view(self) -> SessionView | None:
        """The session shown, as last read or saved."""
        return self._view

    def load(self, session_id: int) -> SessionView:
        """Show session ``session_id`` (saving first any draft of the session shown before). Raises NotFound."""
        self.flush()
        view = self._context.services.sessions.get(session_id)
        self._zone = self._context.zone
        self.errors.clear()
        self._show(view, note=True)
        self.scroll_area.verticalScrollBar().setValue(0)
        return view

    def flush(self) -> bool:
        """Save the note's draft now if anything is unsaved. False when that failed (the text is kept)."""
        return self.editor.flush() if self._view is not None else True

    def record_attendance(self, attendance: Attendance) -> SessionView | None:
        """Mark the session attended, missed or cancelled; a refusal is shown above the note."""
        if self._view is None:
            return None
        self.errors.clear()
        if attendance is self._view.attendance:  # recording it again would take a new fee snapshot
            self._show_attendance(self._view)
            return self._view
        try:
            view = self._context.services.sessions.record_attendance(self._view.id, attendance)
        except ValidationError as exc:
            self._show_attendance(self._view)
            self.errors.show(exc)
            return None
        except PeksosError as exc:
            self._show_attendance(self._view)
            self.errors.show_text(str(exc))
            return None
        self._show(view, note=False)
        self._announce(view.id)
        return view

    def sign(self) -> SessionView | None:
        """Ask, save the last draft, and sign: the note becomes read-only for good."""
        view = self._view
        if view is None or view.is_signed:
            return None
        self.errors.clear()
        if not self._context.prompter.confirm(
                self, self.tr("Sign note"),
                self.tr("Sign the note of this session now?\n\nOnce signed, the note can no longer be changed. "
                        "Corrections are added afterwards as addenda, each with its date and reason."),
                danger=True):
            return None
        if not self.editor.flush():
            self.errors.show_text(self.tr("The note was not signed because its last changes could not be saved."))
            return None
        try:
            signed = self._context.services.sessions.sign_note(view.id)
        except ValidationError as exc:
            if exc.field == "note":
                self.errors.register("note", self.editor.editors()[0])
            self.errors.show(exc)
            return None
        except PeksosError as exc:
            self.errors.show_text(str(exc))
            return None
        self._show(signed, note=True)
        self._announce(signed.id)
        return signed

    def print_note(self) -> QDialog | None:
        """Save the draft, then preview the *catatan kasus* of this session."""
        if self._view is None:
            return None
        self.flush()
        from peksos_desk.ui.print_actions import show_case_note

        return show_case_note(self._context, self, self._view.id)

    def reschedule(self) -> SessionDialog | None:
        """Open the dialog that moves this session (returned, already open)."""
        if self._view is None or self._view.is_signed:
            return None
        self.flush()
        dialog = SessionDialog(self._context, self, session=self._view)  # the bus brings the change back
        self._keep(dialog)
        dialog.open()
        return dialog

    def add_addendum(self) -> AddendumDialog | None:
        """Open the dialog that adds an addendum to the signed note (returned, already open)."""
        if self._view is None or not self._view.is_signed:
            return None
        dialog = AddendumDialog(self._context, self._view, self)  # the bus brings the change back
        self._keep(dialog)
        dialog.open()
        return dialog

    # -- showing -----------------------------------------------------------------------------------------

    def _show(self, view: SessionView, *, note: bool) -> None:
        self._view = view
        self._show_header(view)
        self._show_attendance(view)
        signed = view.is_signed
        self.sign_button.setVisible(not signed)
        self.reschedule_button.setEnabled(not signed)
        self.banner.setVisible(signed)
        if signed and view.signed_at is not None:
            self.banner.setText(self.tr(
                "Signed on {0}. This note can no longer be changed; to correct or complete it, add an addendum.")
                .format(format_datetime(view.signed_at, self._zone)))
        if note:
            self.editor.load(view, self._zone)
        self._show_addenda(view)

    def _show_header(self, view: SessionView) -> None:
        zone = self._zone
        self.title.setText(self.tr("Session with {0}").format(view.client_name))
        self.client_link.setText(f'<a href="client">{escape(view.client_name)}</a>')
        self.case_link.setText(f'<a href="case">{escape(view.case_number)}</a>')
        local = to_local(view.starts_at, zone)
        self.when_label.setText(self.tr("{0}, {1}–{2} {3} ({4} min)").format(
            date_long(local.date(), weekday=True), local_time(view.starts_at, zone), local_time(view.ends_at, zone),
            zone.abbreviation, view.duration_minutes))
        self.place_label.setText(str(view.place.label))
        self.service_label.setText(view.service_type_name or self.tr("none (not billed)"))
        attended = view.attendance is Attendance.ATTENDED
        self.fee_label.setText(money(view.fee) if view.fee is not None else self.tr("none"))
        self._right.setRowVisible(2, attended)

    def _show_attendance(self, view: SessionView) -> None:
        self.attendance_label.setText(f"<b>{escape(str(view.attendance.label))}</b>")
        for attendance, button in self.attendance_buttons.items():
            button.setChecked(view.attendance is attendance)
            button.setEnabled(not view.is_signed)

    def _show_addenda(self, view: SessionView) -> None:
        while self.addenda_box.count():
            item = self.addenda_box.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:  # gone from sight now, deleted once the event loop runs
                widget.hide()
                widget.setParent(None)
                widget.deleteLater()
        self.addenda_title.setVisible(view.is_signed)
        self.addendum_button.setVisible(view.is_signed)
        for number, addendum in enumerate(view.addenda, start=1):
            frame = QFrame(self.addenda_box.parentWidget())
            frame.setObjectName("addendum")
            inner = QVBoxLayout(frame)
            head = QLabel(self.tr("<b>Addendum {0}</b> · {1}<br>Reason: {2}").format(
                number, escape(format_datetime(addendum.written_at, self._zone)), escape(addendum.reason)), frame)
            head.setWordWrap(True)
            text = QLabel(addendum.content, frame)
            text.setTextFormat(Qt.TextFormat.PlainText)
            text.setWordWrap(True)
            text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                         | Qt.TextInteractionFlag.TextSelectableByKeyboard)
            inner.addWidget(head)
            inner.addWidget(text)
            self.addenda_box.addWidget(frame)
        if view.is_signed and not view.addenda:
            empty = QLabel(self.tr("No addenda."), self.addenda_box.parentWidget())
            empty.setStyleSheet("color: #6b6b6b;")
            self.addenda_box.addWidget(empty)

    # -- reacting ----------------------------------------------------------------------------------------

    def _on_draft_saved(self, view: SessionView) -> None:
        before = self._view.note_status if self._view is not None else NoteStatus.EMPTY
        self._view = view
        if view.note_status is not before:  # the diary shows the note's status; tell it only when it changes
            self._announce(view.id)

    def _announce(self, session_id: int) -> None:
        self._emitting = True
        try:
            self._context.bus.sessions_changed.emit(session_id)
        finally:
            self._emitting = False

    def _on_session_changed(self, session_id: int) -> None:
        # Changed elsewhere (a dialog, another page): show it again, unless the user is typing in it.
        if self._emitting or self._view is None or session_id != self._view.id:
            return
        view = self._context.services.sessions.get(session_id)
        self._show(view, note=not self.editor.is_dirty)

    def _on_profile_changed(self) -> None:
        if self._view is not None:
            self._zone = self._context.zone
            self.editor.set_zone(self._zone)
            self._show(self._view, note=False)

    def _open_client(self) -> None:
        if self._view is not None:
            self.flush()
            self._context.navigator.show_client(self._view.client_id)

    def _open_case(self) -> None:
        if self._view is not None:
            self.flush()
            self._context.navigator.show_case(self._view.case_id)

    def _keep(self, dialog: QDialog) -> None:
        # Dialogs open with open(), not exec(): keep a reference until they close.
        self._dialogs.append(dialog)
        dialog.finished.connect(lambda _result: self._dialogs.remove(dialog) if dialog in self._dialogs else None)
        dialog.finished.connect(dialog.deleteLater)

    def _link_label(self, parent: QWidget, slot: Callable[[], None]) -> QLabel:
        label = QLabel(parent)
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        label.setWordWrap(True)
        label.linkActivated.connect(lambda _href: slot())
        return label

    def _value_label(self, parent: QWidget) -> QLabel:
        label = QLabel(parent)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def hideEvent(self, event: QHideEvent) -> None:
        # Leaving the page (another page, the window closing) saves the draft.
        self.flush()
        super().hideEvent(event)
