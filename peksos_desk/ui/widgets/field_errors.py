"""Showing a service's ``ValidationError`` next to the field it names, without losing what was typed."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from peksos_desk.domain.errors import ValidationError

ERROR_STYLE = "border: 1px solid #c62828;"


class FieldErrors:
    """Maps the services' field names to the form's widgets and one message label."""

    def __init__(self, message: QLabel) -> None:
        self._message = message
        self._message.setWordWrap(True)
        self._message.setStyleSheet("color: #b71c1c;")
        self._message.setAccessibleName("error message")
        self._message.hide()
        self._widgets: dict[str, QWidget] = {}
        self._marked: list[QWidget] = []

    def register(self, field: str, widget: QWidget) -> None:
        """``field`` is the name a ValidationError carries (e.g. "nik", "full_name", "note.data")."""
        self._widgets[field] = widget

    def show(self, error: ValidationError) -> None:
        """Mark the field at fault, say why, and put the cursor there."""
        self.clear()
        self._message.setText(str(error))
        self._message.show()
        widget = self._widgets.get(error.field) or self._widgets.get(error.field.split(".")[0])
        if widget is not None:
            widget.setStyleSheet(ERROR_STYLE)
            widget.setFocus()
            self._marked.append(widget)

    def show_text(self, text: str) -> None:
        """A message that belongs to no single field."""
        self.clear()
        self._message.setText(text)
        self._message.show()

    def clear(self) -> None:
        """Remove every mark."""
        for widget in self._marked:
            widget.setStyleSheet("")
        self._marked.clear()
        self._message.clear()
        self._message.hide()

    @property
    def text(self) -> str:
        return self._message.text() if self._message.isVisible() or self._message.text() else ""
