"""Scheduling a session of a case, or moving one: when (in the practitioner's time zone), how long, where, as
what service, and in which note format."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta

from PySide6.QtCore import QDate, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from peksos_desk.domain.dates import PractitionerZone, to_local, to_utc
from peksos_desk.domain.errors import PeksosError, ValidationError
from peksos_desk.domain.practice import NoteFormat, SessionPlace
from peksos_desk.domain.text import Text, current_language
from peksos_desk.services.cases import CaseSummary
from peksos_desk.services.fees import ServiceTypeView
from peksos_desk.services.sessions import SessionInput, SessionView
from peksos_desk.ui.context import AppContext
from peksos_desk.ui.format import money
from peksos_desk.ui.widgets.field_errors import FieldErrors

MAX_CASES = 5000
NO_SERVICE = 0  # the "no service type" choice (record ids start at 1)


def case_title(number: str, client_name: str) -> str:
    """How a case is named in choices: "KS/2026/0012 — Siti Aminah"."""
    return f"{number} — {client_name}"


class SessionDialog(QDialog):
    """Schedule a session (``session`` None) or reschedule ``session``.

    Open it with ``open()``; tests call ``save()``, which keeps the dialog open and marks the field at fault
    when the service refuses.

    Signals:
        saved: the session was scheduled or changed (its ``SessionView``).
    """

    saved = Signal(object)

    def __init__(self, context: AppContext, parent: QWidget | None = None, *, case_id: int | None = None,
                 session: SessionView | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._session = session
        self._zone: PractitionerZone = context.zone
        self._filling = False
        self._duration_touched = session is not None
        services = context.services
        self.setWindowTitle(self.tr("Reschedule session") if session else self.tr("Schedule a session"))
        self.setMinimumWidth(560)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)  # lists wide, numbers not
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)

        # The case: fixed when given, otherwise a searchable list of the open cases.
        self.case_combo: QComboBox | None = None
        self._fixed_case: int | None = session.case_id if session else case_id
        if self._fixed_case is not None:
            if session is not None:
                title = case_title(session.case_number, session.client_name)
            else:
                case = services.cases.get(self._fixed_case)
                title = case_title(case.number, case.client_name)
            case_label_value = QLabel(title, self)
            case_label_value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            case_label_value.setAccessibleName(self.tr("Case"))
            case_widget: QWidget = case_label_value
        else:
            self.case_combo = self._case_choices(services.cases.list_cases(open_only=True, limit=MAX_CASES).rows)
            case_widget = self.case_combo
        case_label = QLabel(self.tr("&Case:"), self)
        case_label.setBuddy(case_widget)
        form.addRow(case_label, case_widget)

        now_local = to_local(services.sessions.now(), self._zone)
        self.date_edit = QDateEdit(self)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("ddd, dd/MM/yyyy")
        self.date_edit.setAccessibleName(self.tr("Date"))
        self.time_edit = QTimeEdit(self)
        self.time_edit.setDisplayFormat("HH.mm" if current_language() == "id" else "HH:mm")
        self.time_edit.setAccessibleName(self.tr("Start time"))
        zone_label = QLabel(self._zone.abbreviation, self)
        zone_label.setToolTip(str(self._zone.label))
        if session is not None:
            start = to_local(session.starts_at, self._zone)
        else:  # the next full hour
            start = now_local.replace(minute=0, second=0, microsecond=0) + timedelta(hours=1)
        self.date_edit.setDate(QDate(start.year, start.month, start.day))
        self.time_edit.setTime(QTime(start.hour, start.minute))
        date_label = QLabel(self.tr("&Date:"), self)
        date_label.setBuddy(self.date_edit)
        form.addRow(date_label, self.date_edit)
        time_row = QHBoxLayout()
        time_row.addWidget(self.time_edit)
        time_row.addWidget(zone_label)
        time_row.addStretch(1)
        time_label = QLabel(self.tr("Start &time:"), self)
        time_label.setBuddy(self.time_edit)
        form.addRow(time_label, time_row)

        self.service_combo = QComboBox(self)
        self.service_combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.service_combo.setAccessibleName(self.tr("Service type"))
        self._service_types = {item.id: item for item in services.fees.list_types()}
        for item in self._service_types.values():
            self.service_combo.addItem(self._service_text(item), item.id)
        if session is not None and session.service_type_id is not None \
                and session.service_type_id not in self._service_types:
            self.service_combo.addItem(self.tr("{0} (no longer offered)").format(session.service_type_name),
                                       session.service_type_id)
        self.service_combo.addItem(self.tr("No service type (not billed)"), NO_SERVICE)
        service_label = QLabel(self.tr("&Service type:"), self)
        service_label.setBuddy(self.service_combo)
        form.addRow(service_label, self.service_combo)

        self.duration_spin = QSpinBox(self)
        self.duration_spin.setRange(5, 24 * 60)
        self.duration_spin.setSingleStep(15)
        self.duration_spin.setSuffix(self.tr(" min"))
        self.duration_spin.setAccessibleName(self.tr("Duration in minutes"))
        self.duration_spin.setValue(60)
        self.duration_spin.valueChanged.connect(self._on_duration_edited)
        duration_label = QLabel(self.tr("D&uration:"), self)
        duration_label.setBuddy(self.duration_spin)
        form.addRow(duration_label, self.duration_spin)

        self.place_combo = QComboBox(self)
        self.place_combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.place_combo.setAccessibleName(self.tr("Place"))
        for place in SessionPlace:
            self.place_combo.addItem(str(place.label), place)
        place_label = QLabel(self.tr("&Place:"), self)
        place_label.setBuddy(self.place_combo)
        form.addRow(place_label, self.place_combo)

        self.format_combo = QComboBox(self)
        self.format_combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.format_combo.setAccessibleName(self.tr("Note format"))
        for fmt in NoteFormat:
            self.format_combo.addItem(str(fmt.label), fmt)
        if session is None:  # a scheduled note changes format in the note editor, which moves its text
            format_label = QLabel(self.tr("Note f&ormat:"), self)
            format_label.setBuddy(self.format_combo)
            form.addRow(format_label, self.format_combo)
        else:
            self.format_combo.hide()

        self.message = QLabel(self)
        self.errors = FieldErrors(self.message)
        self.errors.register("case_id", case_widget)
        self.errors.register("starts_at", self.date_edit)
        self.errors.register("duration_minutes", self.duration_spin)
        self.errors.register("place", self.place_combo)
        self.errors.register("service_type_id", self.service_combo)
        self.errors.register("note_format", self.format_combo)

        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton(self.tr("Save changes") if session else self.tr("Schedule"),
                                                  QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setDefault(True)
        self.buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        self.service_combo.currentIndexChanged.connect(self._on_service_chosen)
        if session is not None:
            self._fill_from(session.place, session.service_type_id, session.duration_minutes, session.note_format)
        else:
            self._on_service_chosen()
            if self._fixed_case is not None:
                self._fill_from_last_session(self._fixed_case)
        if self.case_combo is not None:
            self.case_combo.currentIndexChanged.connect(self._on_case_chosen)
            if self.case_combo.count() == 0:
                self.errors.show_text(self.tr("There is no open case yet: open a case first, then schedule its "
                                              "sessions."))
                self.save_button.setEnabled(False)

    # -- public ------------------------------------------------------------------------------------------

    def choose_case(self, case_id: int) -> bool:
        """Pick ``case_id`` in the list of open cases (what typing and choosing does)."""
        if self.case_combo is None:
            return case_id == self._fixed_case
        index = self.case_combo.findData(case_id)
        self.case_combo.setCurrentIndex(index)
        return index >= 0

    def set_start(self, local: datetime) -> None:
        """Set date and start time from a naive local time in the practitioner's zone."""
        self.date_edit.setDate(QDate(local.year, local.month, local.day))
        self.time_edit.setTime(QTime(local.hour, local.minute))

    def starts_at(self) -> datetime:
        """The chosen start as aware UTC (the fields are read in the practitioner's zone)."""
        local = datetime.combine(self.date_edit.date().toPython(), self.time_edit.time().toPython())  # type: ignore[arg-type]
        return to_utc(local.replace(second=0, microsecond=0), self._zone)

    def chosen_case(self) -> int | None:
        if self.case_combo is None:
            return self._fixed_case
        combo = self.case_combo
        text = combo.currentText().strip()
        index = combo.findText(text, Qt.MatchFlag.MatchFixedString)
        if index < 0 and text:  # what was typed names one case only: that one
            matches = [i for i in range(combo.count()) if text.casefold() in combo.itemText(i).casefold()]
            index = matches[0] if len(matches) == 1 else -1
        return combo.itemData(index) if index >= 0 else None

    def save(self) -> SessionView | None:
        """Schedule (or reschedule) with the values shown; on success emit ``saved`` and close."""
        self.errors.clear()
        case_id = self.chosen_case()
        if case_id is None:
            message = self.tr("Choose a case from the list: type part of its number or of the client's name until "
                              "one case is left.")
            self.errors.show(ValidationError("case_id", Text(message, message)))
            return None
        data = SessionInput(
            case_id=case_id, starts_at=self.starts_at(), duration_minutes=self.duration_spin.value(),
            place=SessionPlace(self.place_combo.currentData()),
            service_type_id=self.service_combo.currentData() or None,
            note_format=NoteFormat(self.format_combo.currentData()))
        sessions = self._context.services.sessions
        try:
            view = sessions.reschedule(self._session.id, data) if self._session else sessions.schedule(data)
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

    # -- internals ---------------------------------------------------------------------------------------

    def _case_choices(self, cases: Sequence[CaseSummary]) -> QComboBox:
        combo = QComboBox(self)
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        combo.setAccessibleName(self.tr("Case"))
        combo.setMinimumContentsLength(32)
        combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        for case in sorted(cases, key=lambda c: c.client_name.casefold()):
            combo.addItem(case_title(case.number, case.client_name), case.id)
        completer = QCompleter(combo.model(), combo)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        combo.setCompleter(completer)
        line = combo.lineEdit()
        if line is not None:
            line.setPlaceholderText(self.tr("Type a case number or a client's name"))
        combo.setCurrentIndex(-1)
        return combo

    def _service_text(self, item: ServiceTypeView) -> str:
        return self.tr("{0} · {1} · {2} min").format(item.name, money(item.default_fee),
                                                      item.default_duration_minutes)

    def _on_duration_edited(self) -> None:
        if not self._filling:
            self._duration_touched = True

    def _on_service_chosen(self) -> None:
        item = self._service_types.get(self.service_combo.currentData())
        if item is not None and not self._duration_touched:
            self._filling = True
            try:
                self.duration_spin.setValue(item.default_duration_minutes)
            finally:
                self._filling = False

    def _on_case_chosen(self) -> None:
        case_id = self.chosen_case()
        if case_id is not None:
            self._fill_from_last_session(case_id)

    def _fill_from_last_session(self, case_id: int) -> None:
        # A case's sessions usually repeat: the same place, service and note format as last time.
        previous = self._context.services.sessions.summaries_for_case(case_id)
        if previous:
            last = previous[-1]
            duration = last.duration_minutes if not self._duration_touched else self.duration_spin.value()
            self._fill_from(last.place, last.service_type_id, duration, last.note_format)

    def _fill_from(self, place: SessionPlace, service_type_id: int | None, duration: int,
                   note_format: NoteFormat) -> None:
        self._filling = True
        try:
            self.place_combo.setCurrentIndex(max(0, self.place_combo.findData(place)))
            index = self.service_combo.findData(service_type_id or NO_SERVICE)
            if index >= 0:
                self.service_combo.setCurrentIndex(index)
            self.duration_spin.setValue(duration)
            self.format_combo.setCurrentIndex(max(0, self.format_combo.findData(note_format)))
        finally:
            self._filling = False
