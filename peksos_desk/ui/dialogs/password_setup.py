"""Choosing a password (typed twice, its strength judged as it is typed) and showing a recovery code.

Both pages are used by the first run, the "forgot password" reset, the change of recovery code and the
encryption of a plain store, so the user always sees the same two screens.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QMarginsF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from peksos_desk.domain.errors import ValidationError
from peksos_desk.domain.text import Text
from peksos_desk.services.security import MIN_PASSWORD_LENGTH, password_problem
from peksos_desk.ui.widgets.field_errors import FieldErrors
from peksos_desk.ui.widgets.password_field import PasswordInput

STRONG_LENGTH = 16
CLIPBOARD_SECONDS = 120
WEAK, ACCEPTABLE, STRONG = 1, 2, 3
_LEVEL_COLOURS = {0: "#9e9e9e", WEAK: "#c62828", ACCEPTABLE: "#ef6c00", STRONG: "#2e7d32"}


def heading(text: str, parent: QWidget, scale: float = 1.3) -> QLabel:
    """A bold title line."""
    label = QLabel(text, parent)
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    label.setFont(font)
    label.setWordWrap(True)
    return label


def ui_text(message: str) -> Text:
    """An already translated UI message where the services' errors carry a bilingual ``Text``."""
    return Text(message, message)


def paragraph(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText)
    return label


def password_level(password: str, names: Iterable[str] = ()) -> int:
    """0 (nothing typed), WEAK (refused), ACCEPTABLE, or STRONG (long, or several words)."""
    if not password:
        return 0
    if password_problem(password, names) is not None:
        return WEAK
    words = [word for word in password.split() if len(word) >= 3]
    return STRONG if len(password) >= STRONG_LENGTH or len(words) >= 4 else ACCEPTABLE


class PasswordSetupPage(QWidget):
    """A new password, typed twice, with its strength shown and explained under the field.

    ``names`` gives the practitioner's names, which a password must not be made of. ``form`` is the form
    layout, where a dialog may put a field of its own (the current password, the recovery code) so that
    the labels line up.

    Signals:
        submitted: Enter was pressed in the second field (the dialog then tries to go on).
    """

    submitted = Signal()

    def __init__(self, parent: QWidget | None = None, *, title: str = "", intro: str = "",
                 names: Callable[[], Iterable[str]] = lambda: ()) -> None:
        super().__init__(parent)
        self._names = names
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.title = heading(title or self.tr("Choose a password"), self)
        self.intro = paragraph(intro or self.tr(
            "<p>Your records will be stored <b>encrypted</b>: without this password nobody can read them, even "
            "with the laptop or the file in their hands.</p>"
            "<p>Choose something long that you will remember: a few unrelated words are easier to remember and "
            "harder to guess than a short word with symbols.</p>"), self)
        layout.addWidget(self.title)
        layout.addWidget(self.intro)

        self.password = PasswordInput(self)
        self.password.setAccessibleName(self.tr("New password"))
        self.repeat = PasswordInput(self)
        self.repeat.setAccessibleName(self.tr("Repeat the new password"))
        self.meter = QProgressBar(self)
        self.meter.setRange(0, STRONG)
        self.meter.setTextVisible(False)
        self.meter.setFixedHeight(8)
        self.meter.setAccessibleName(self.tr("Password strength"))
        self.explanation = QLabel(self)
        self.explanation.setWordWrap(True)
        self.match = QLabel(self)
        self.match.setWordWrap(True)

        self.form = form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        password_label = QLabel(self.tr("&New password"), self)
        password_label.setBuddy(self.password.edit)
        repeat_label = QLabel(self.tr("&Repeat it"), self)
        repeat_label.setBuddy(self.repeat.edit)
        column = QVBoxLayout()
        column.setSpacing(3)
        column.addWidget(self.password)
        column.addWidget(self.meter)
        column.addWidget(self.explanation)
        form.addRow(password_label, column)
        repeat_column = QVBoxLayout()
        repeat_column.setSpacing(3)
        repeat_column.addWidget(self.repeat)
        repeat_column.addWidget(self.match)
        form.addRow(repeat_label, repeat_column)
        layout.addLayout(form)
        self.message = QLabel(self)
        self.errors = FieldErrors(self.message)
        self.errors.register("password", self.password.edit)
        self.errors.register("repeat", self.repeat.edit)
        layout.addWidget(self.message)
        layout.addStretch(1)

        self.password.text_changed.connect(self._update)
        self.repeat.text_changed.connect(self._update)
        self.password.submitted.connect(self.repeat.setFocus)
        self.repeat.submitted.connect(self.submitted)
        self.password.toggle.toggled.connect(self.repeat.set_shown)
        self.repeat.toggle.toggled.connect(self.password.set_shown)
        self._update()

    def names(self) -> list[str]:
        return [name for name in self._names() if name]

    @property
    def level(self) -> int:
        return password_level(self.password.text(), self.names())

    def _update(self) -> None:
        typed = self.password.text()
        level = self.level
        self.meter.setValue(level)
        self.meter.setStyleSheet(f"QProgressBar::chunk {{ background: {_LEVEL_COLOURS[level]}; }}")
        if level == 0:
            text = self.tr("At least {0} characters. Not your name, not a common word with a number added."
                           ).format(MIN_PASSWORD_LENGTH)
        elif level == WEAK:
            problem = password_problem(typed, self.names())
            text = self.tr("Too easy to guess: {0}").format(str(problem))
        elif level == ACCEPTABLE:
            text = self.tr("Acceptable. Longer is stronger: {0} characters or four words make it strong."
                           ).format(STRONG_LENGTH)
        else:
            text = self.tr("Strong.")
        self.explanation.setText(text)
        self.explanation.setStyleSheet(f"color: {_LEVEL_COLOURS[level]};" if level else
                                       "color: palette(placeholder-text);")
        self.meter.setAccessibleDescription(text)
        repeat = self.repeat.text()
        if not repeat:
            self.match.clear()
        elif repeat == typed:
            self.match.setText(self.tr("The two passwords match."))
            self.match.setStyleSheet(f"color: {_LEVEL_COLOURS[STRONG]};")
        else:
            self.match.setText(self.tr("Not the same as the first one yet."))
            self.match.setStyleSheet("color: palette(placeholder-text);")

    def chosen_password(self) -> str | None:
        """The new password when it is good enough and typed the same twice; else say why at the field."""
        self.errors.clear()
        typed = self.password.text()
        problem = password_problem(typed, self.names()) if typed else None
        if not typed:
            self.errors.show(ValidationError("password", ui_text(self.tr("Type a new password."))))
            return None
        if problem is not None:
            self.errors.show(ValidationError("password", problem))
            return None
        if self.repeat.text() != typed:
            self.errors.show(ValidationError("repeat", ui_text(self.tr(
                "The second password is not the same as the first. Type it again (or press Show to compare)."))))
            return None
        return typed

    def show_error(self, error: ValidationError) -> None:
        """A refusal from the service (``WeakPassword`` names the "password" field)."""
        self.errors.show(error)

    def show_text(self, text: str) -> None:
        self.errors.show_text(text)

    def clear(self) -> None:
        """Forget both passwords."""
        self.password.clear()
        self.repeat.clear()
        self.errors.clear()

    def focus(self) -> None:
        self.password.setFocus()


class RecoveryCodePage(QWidget):
    """The recovery code, large and grouped, with Print… and Copy, and "I have written it down" to go on.

    Signals:
        confirmed: the user ticked the box and pressed the continue button.
        printed: the code page went to a printer.
    """

    confirmed = Signal()
    printed = Signal()

    def __init__(self, parent: QWidget | None = None, *, continue_text: str = "") -> None:
        super().__init__(parent)
        self.code = ""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading(self.tr("Your recovery code"), self))
        layout.addWidget(paragraph(self.tr(
            "<p>If you ever forget your password, this code is <b>the only way</b> back into your records. "
            "Nobody else can recover them: not a colleague, not the makers of Peksos Desk.</p>"
            "<p>Write it on paper (or print it) and keep it somewhere safe, away from this laptop. "
            "It is shown only now; a new one can be made in Settings while you know the password.</p>"), self))
        self.code_label = QLabel(self)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(max(font.pointSizeF(), 10) * 2.0)
        font.setBold(True)
        font.setLetterSpacing(QFont.SpacingType.AbsoluteSpacing, 2)
        self.code_label.setFont(font)
        self.code_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.code_label.setStyleSheet("QLabel { border: 1px solid palette(mid); border-radius: 6px; padding: 14px; "
                                      "background: palette(base); }")
        self.code_label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        layout.addWidget(self.code_label)

        self.print_button = QPushButton(self.tr("&Print…"), self)
        self.print_button.clicked.connect(self.print_code)
        self.copy_button = QPushButton(self.tr("&Copy"), self)
        self.copy_button.clicked.connect(self.copy_code)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        tools = QHBoxLayout()
        tools.addWidget(self.print_button)
        tools.addWidget(self.copy_button)
        tools.addWidget(self.status, 1)
        layout.addLayout(tools)

        self.written_down = QCheckBox(self.tr("I have &written it down and put it in a safe place"), self)
        self.written_down.toggled.connect(self._update)
        layout.addSpacing(6)
        layout.addWidget(self.written_down)
        layout.addStretch(1)
        self.continue_button = QPushButton(continue_text or self.tr("&Continue"), self)
        self.continue_button.setDefault(True)
        self.continue_button.clicked.connect(self.confirm)
        self.hint = QLabel(self.tr("Tick the box above to continue."), self)
        self.hint.setStyleSheet("color: palette(placeholder-text);")
        bottom = QHBoxLayout()
        bottom.addWidget(self.hint)
        bottom.addStretch(1)
        bottom.addWidget(self.continue_button)
        layout.addLayout(bottom)
        self._clipboard_timer = QTimer(self)
        self._clipboard_timer.setSingleShot(True)
        self._clipboard_timer.timeout.connect(self._clear_clipboard)
        self._update()

    def set_code(self, code: str) -> None:
        """Show ``code`` (grouped with dashes) on two lines; the box starts unticked."""
        self.code = code
        groups = code.split("-")
        half = (len(groups) + 1) // 2
        self.code_label.setText("\n".join(" - ".join(part) for part in (groups[:half], groups[half:]) if part))
        self.code_label.setAccessibleName(self.tr("Recovery code"))
        self.code_label.setAccessibleDescription(" ".join(code))  # read out one character at a time
        self.written_down.setChecked(False)
        self.status.clear()
        self._update()

    def _update(self) -> None:
        ticked = self.written_down.isChecked()
        self.continue_button.setEnabled(ticked and bool(self.code))
        self.hint.setVisible(not ticked)

    def confirm(self) -> bool:
        """Go on, only once the box is ticked."""
        if not (self.written_down.isChecked() and self.code):
            self.written_down.setFocus()
            return False
        self._clear_clipboard()
        self.confirmed.emit()
        return True

    # -- copy and print ----------------------------------------------------------------------------------

    def copy_code(self) -> None:
        """Put the code on the clipboard, and take it off again after two minutes."""
        QGuiApplication.clipboard().setText(self.code)
        self._clipboard_timer.start(CLIPBOARD_SECONDS * 1000)
        self.status.setText(self.tr("Copied. Paste it only somewhere safe; the clipboard is emptied in {0} "
                                    "minutes.").format(CLIPBOARD_SECONDS // 60))

    def _clear_clipboard(self) -> None:
        clipboard = QGuiApplication.clipboard()
        if self.code and clipboard.text() == self.code:
            clipboard.clear()

    def print_code(self) -> None:
        """The system print dialog (it can also print to a PDF file); the page holds only the code."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.print_to(printer))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.show()

    def print_to(self, printer: QPrinter) -> bool:
        """Draw the code page on ``printer`` (what tests call with a PDF printer): no client data at all."""
        printer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                          QMarginsF(20, 20, 20, 20), QPageLayout.Unit.Millimeter))
        printer.setDocName("Peksos Desk")
        painter = QPainter()
        if not painter.begin(printer):
            self.status.setText(self.tr("The printer could not be started."))
            return False
        try:
            # The painter's origin is already the top left of the printable area, inside the margins.
            paintable = printer.pageLayout().paintRectPixels(printer.resolution())
            self._paint_page(painter, QRectF(0, 0, paintable.width(), paintable.height()))
        finally:
            painter.end()
        self.status.setText(self.tr("Sent to the printer."))
        self.printed.emit()
        return True

    def _paint_page(self, painter: QPainter, area: QRectF) -> None:
        base = QFont("DejaVu Sans")
        base.setPointSizeF(11)
        title = QFont(base)
        title.setPointSizeF(18)
        title.setBold(True)
        code_font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        code_font.setPointSizeF(22)
        code_font.setBold(True)
        flags = int(Qt.TextFlag.TextWordWrap)
        top = area.top()

        def block(text: str, font: QFont, align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft,
                  gap: float = 0.6) -> None:
            nonlocal top
            painter.setFont(font)
            rect = QRectF(area.left(), top, area.width(), area.height() - (top - area.top()))
            used = painter.boundingRect(rect, flags | int(align), text)
            painter.drawText(rect, flags | int(align), text)
            top += used.height() + painter.fontMetrics().height() * gap

        block(self.tr("Peksos Desk — recovery code"), title, gap=1.0)
        block(self.tr("This code opens your Peksos Desk records if you forget the password. Keep this page "
                      "somewhere safe, away from the laptop, where only you can find it."), base, gap=1.5)
        groups = self.code.split("-")
        half = (len(groups) + 1) // 2
        block("\n".join(" - ".join(part) for part in (groups[:half], groups[half:]) if part), code_font,
              Qt.AlignmentFlag.AlignHCenter, gap=1.5)
        block(self.tr("How to use it: when Peksos Desk asks for the password, choose \"Forgot password?\", type "
                      "this code (capital or small letters, with or without the dashes) and choose a new "
                      "password. You are then given a new code, and this one stops working."), base)
        block(self.tr("Anyone who has this code and the computer can read your records. Do not photograph it, "
                      "do not send it by message or e-mail."), base)
