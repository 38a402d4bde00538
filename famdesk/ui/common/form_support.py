"""What every famdesk form shares: rows with buddies and error labels, dirty
tracking, undo of the last edit, date fields, and translated core errors.

A form registers its input widgets with a ``FormController`` under the names
the core uses for the fields (``reference``, ``cpr`` …), so a core
``ValidationFailed`` lands next to the right widget without glue code.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QEvent, QLocale, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from famdesk.core import dates, words
from famdesk.core.errors import DATE_PARAMS, Code, CoreError, FieldError, ValidationFailed
from famdesk.field_lengths import max_chars
from famdesk.ui.common.wrapping_label import WrappingLabel

DATE_FORMAT = dates.SCREEN_DATE


def ui_language() -> str:
    """'da' or 'en': the interface language (i18n sets the default locale to match)."""
    return "da" if QLocale().language() == QLocale.Language.Danish else "en"


def format_date(value: date | None) -> str:
    """A date in the screen's one style, DD-MM-YYYY (``core.dates``)."""
    return dates.format_date(value)


def parse_date_text(text: str, today: date | None = None) -> date | None:
    """A date as a worker types it (``core.dates.parse_date``); '' is None.

    Raises ``ValueError`` when the text is not a real date.
    """
    return dates.parse_date(text, today or date.today())


class DateField(QLineEdit):
    """A date typed the Danish way (DD-MM-YYYY); empty means no date.

    Typing is faster than a calendar for a worker who knows the date; Ctrl+T
    fills in today. Any form ``core.dates.parse_date`` reads is accepted
    (01062024, 1.6.2024, 1/6-24) and tidied to DD-MM-YYYY when the field loses
    focus; text that is no date stays as typed, for the form to point out.
    """

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        #: The day two-digit years are read from (tests set a fixed one).
        self.today: Callable[[], date] = date.today
        self.setMaxLength(16)
        self.editingFinished.connect(self.tidy)  # Enter, before the form's own handlers
        self.setClearButtonEnabled(True)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setPlaceholderText(self.tr("DD-MM-YYYY"))
        self.setToolTip(self.tr("Type a date as DD-MM-YYYY; Ctrl+T for today"))

    def keyPressEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        if event.key() == Qt.Key.Key_T and event.modifiers() == Qt.KeyboardModifier.ControlModifier:
            self.selectAll()
            self.insert(format_date(date.today()))
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        self.tidy()
        super().focusOutEvent(event)

    def tidy(self) -> None:
        """Show what was typed in the screen's date style (no change when it is no date)."""
        tidied = dates.tidy_date(self.text(), self.today())
        if tidied != self.text():
            self.setText(tidied)

    def value(self) -> date | None:
        """The date, or None when empty; raises ``ValueError`` for bad text."""
        return dates.parse_date(self.text(), self.today())

    def is_valid(self) -> bool:
        try:
            self.value()
        except ValueError:
            return False
        return True

    def set_value(self, value: date | None) -> None:
        self.setText(format_date(value))


#: What a form can be told is wrong: a refusal, one field's problem, or several.
Problem = BaseException | FieldError | Sequence[FieldError]


class ErrorLabel(WrappingLabel):
    """The small red line under a field that says what is wrong with it.

    A core refusal shown with ``show_error`` is worded from the catalogue in
    the interface language and worded again when the language is switched.
    """

    def __init__(self, parent: QWidget | None = None):
        super().__init__("", parent)
        self.setObjectName("fieldError")
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setStyleSheet("color: #b3261e; font-size: 9pt;")
        self._render: Callable[[], str] | None = None
        self._described: QWidget | None = None
        self.hide()

    def describe(self, widget: QWidget) -> None:
        """Mirror the message in ``widget``'s accessible description (for screen readers)."""
        self._described = widget

    def show_message(self, text: str) -> None:
        """Show ``text`` as it is ('' hides the label)."""
        self._render = None
        self._show(text)

    def show_error(self, problem: Problem) -> None:
        """Show the catalogue's sentence for ``problem``; it follows a language switch."""
        held = problem if isinstance(problem, BaseException | FieldError) else list(problem)
        self.show_live(lambda: error_text(held))

    def show_live(self, render: Callable[[], str]) -> None:
        """Show ``render()`` now, and again whenever the interface language changes."""
        self._render = render
        self._show(render())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange and self._render is not None:
            self._show(self._render())
        super().changeEvent(event)

    def _show(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))
        if self._described is not None:
            self._described.setAccessibleDescription(text)


def limit_lengths(entity: str, widgets: dict[str, QLineEdit | QComboBox]) -> None:
    """Give each line its ``maxLength`` from the one definition of field lengths."""
    for name, widget in widgets.items():
        line = widget.lineEdit() if isinstance(widget, QComboBox) else widget
        if line is not None:
            line.setMaxLength(max_chars(entity, name))


def error_text(problem: Problem) -> str:
    """The catalogue's sentence for a core refusal in the interface language (every reason).

    Anything that is not a core refusal keeps its own text.
    """
    if isinstance(problem, FieldError):
        return field_error_text(problem)
    if isinstance(problem, ValidationFailed):
        return " ".join(field_error_text(e) for e in problem.errors)
    if isinstance(problem, CoreError):
        return field_error_text(problem.as_field_error())
    if isinstance(problem, BaseException):
        return str(problem)
    return " ".join(field_error_text(e) for e in problem)


def not_a_date(field: str = "") -> FieldError:
    """The problem of a date field whose text is not a date."""
    return FieldError(field, "not a date: use DD-MM-YYYY", Code.DATE_INVALID)


def field_error_text(err: FieldError) -> str:
    """The sentence for one field's problem, its dates written DD-MM-YYYY."""
    if not err.code:
        return err.message
    dates = DATE_PARAMS.get(err.code, ())
    params = {k: _iso_to_text(v) if k in dates else v for k, v in err.params.items()}
    return words.sentence(err.code, ui_language(), **params)


def _iso_to_text(value: Any) -> str:
    try:
        return format_date(date.fromisoformat(str(value)))
    except ValueError:
        return str(value or "")


class FormController(QObject):
    """Fields by name: values in and out, dirty state, errors, undo of the last edit."""

    dirtyChanged = Signal(bool)  # noqa: N815 - Qt naming
    edited = Signal(str)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._widgets: dict[str, QWidget] = {}
        self._errors: dict[str, ErrorLabel] = {}
        self._baseline: dict[str, Any] = {}
        self._last: dict[str, Any] = {}
        self._undo: list[tuple[str, Any]] = []
        self._loading = False
        self._dirty = False

    # --- building ------------------------------------------------------------------

    def add_row(
        self,
        layout: QFormLayout,
        name: str,
        widget: QWidget,
        extra: Iterable[QWidget] = (),
    ) -> QLabel:
        """Add ``widget`` under ``name`` with a label (its buddy) and an error label.

        ``extra`` widgets (a hint, a target-group line) sit under the field.
        The caller sets the label's text and the accessible name in its
        ``retranslate_ui``.
        """
        label = QLabel(layout.parentWidget())
        label.setBuddy(widget)
        box = QWidget(layout.parentWidget())
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        for w in extra:
            column.addWidget(w)
        error = ErrorLabel(box)
        column.addWidget(error)
        layout.addRow(label, box)
        self.register(name, widget, error)
        return label

    def register(self, name: str, widget: QWidget, error: ErrorLabel | None = None) -> None:
        self._widgets[name] = widget
        if error is not None:
            self._errors[name] = error
            error.describe(widget)
        if isinstance(widget, QLineEdit):
            widget.textChanged.connect(lambda _t, n=name: self._changed(n))
        elif isinstance(widget, QPlainTextEdit):
            widget.textChanged.connect(lambda n=name: self._changed(n))
        elif isinstance(widget, QComboBox):
            widget.currentIndexChanged.connect(lambda _i, n=name: self._changed(n))
            if widget.isEditable():
                widget.editTextChanged.connect(lambda _t, n=name: self._changed(n))
        elif isinstance(widget, QCheckBox):
            widget.toggled.connect(lambda _b, n=name: self._changed(n))
        else:  # pragma: no cover - a programming error
            raise TypeError(f"unsupported field widget {type(widget).__name__}")

    def widget(self, name: str) -> QWidget:
        return self._widgets[name]

    def names(self) -> list[str]:
        """The fields' names, in the order they were added."""
        return list(self._widgets)

    # --- values --------------------------------------------------------------------

    def raw(self, name: str) -> Any:
        """The widget's value as shown (date fields: their text)."""
        w = self._widgets[name]
        if isinstance(w, QLineEdit):
            return w.text()
        if isinstance(w, QPlainTextEdit):
            return w.toPlainText()
        if isinstance(w, QComboBox):
            if w.isEditable():
                return w.currentText()
            return w.currentData()
        if isinstance(w, QCheckBox):
            return w.isChecked()
        raise TypeError(name)  # pragma: no cover

    def _set_raw(self, name: str, value: Any) -> None:
        w = self._widgets[name]
        if isinstance(w, DateField):
            w.setText(value if isinstance(value, str) else format_date(value))
        elif isinstance(w, QLineEdit):
            w.setText(value or "")
        elif isinstance(w, QPlainTextEdit):
            w.setPlainText(value or "")
        elif isinstance(w, QComboBox):
            if w.isEditable():
                w.setCurrentText(value or "")
            else:
                index = w.findData(value)
                w.setCurrentIndex(max(index, 0))
        elif isinstance(w, QCheckBox):
            w.setChecked(bool(value))

    def set_value(self, name: str, value: Any) -> None:
        """Set a field as if the user had edited it (dirty, undoable)."""
        self._set_raw(name, value)

    def replace_value(self, name: str, value: Any) -> None:
        """Set a field without making it an undoable edit (e.g. a cancelled change)."""
        self._loading = True
        try:
            self._set_raw(name, value)
        finally:
            self._loading = False
        self._last[name] = self.raw(name)
        if self._undo and self._undo[-1] == (name, self._last[name]):
            self._undo.pop()
        self._update_dirty()

    @property
    def loading(self) -> bool:
        """True while values are being shown, not typed (no edits, no undo)."""
        return self._loading

    def load(self, values: dict[str, Any]) -> None:
        """Show saved values: the new baseline; no errors, nothing to undo."""
        self._loading = True
        try:
            for name in self._widgets:
                if name in values:
                    self._set_raw(name, values[name])
        finally:
            self._loading = False
        self._baseline = {n: self.raw(n) for n in self._widgets}
        self._last = dict(self._baseline)
        self._undo.clear()
        self.clear_errors()
        self._update_dirty()

    def read(self) -> tuple[dict[str, Any], list[FieldError]]:
        """Current values (dates parsed) and the fields whose text is not a value."""
        values: dict[str, Any] = {}
        errors: list[FieldError] = []
        for name, w in self._widgets.items():
            if isinstance(w, DateField):
                try:
                    values[name] = w.value()
                except ValueError:
                    values[name] = None
                    errors.append(not_a_date(name))
            else:
                values[name] = self.raw(name)
        return values, errors

    # --- dirty tracking and undo ------------------------------------------------------

    def _changed(self, name: str) -> None:
        if self._loading:
            return
        before = self._last.get(name)
        now = self.raw(name)
        if now == before:
            return
        # Keystrokes in one field are one edit; moving to another field starts the next.
        if not self._undo or self._undo[-1][0] != name:
            self._undo.append((name, before))
        self._last[name] = now
        self._mark(name, ())
        self._update_dirty()
        self.edited.emit(name)

    def _update_dirty(self) -> None:
        dirty = any(self.raw(n) != self._baseline.get(n) for n in self._widgets)
        if dirty != self._dirty:
            self._dirty = dirty
            self.dirtyChanged.emit(dirty)

    def is_dirty(self) -> bool:
        return self._dirty

    def can_undo(self) -> bool:
        return bool(self._undo)

    def undo_last_edit(self) -> str | None:
        """Put back the field edited last; returns its name (None: nothing to undo)."""
        if not self._undo:
            return None
        name, value = self._undo.pop()
        self._loading = True
        try:
            self._set_raw(name, value)
        finally:
            self._loading = False
        self._last[name] = self.raw(name)
        self._mark(name, ())
        self._widgets[name].setFocus(Qt.FocusReason.OtherFocusReason)
        self._update_dirty()
        self.edited.emit(name)
        return name

    def revert(self) -> None:
        """Forget every edit: back to the values last loaded."""
        self.load(dict(self._baseline))

    def edits(self) -> dict[str, Any]:
        """The fields changed since the last load, as shown (what ``put_edits`` takes)."""
        return {n: self.raw(n) for n in self._widgets if self.raw(n) != self._baseline.get(n)}

    def put_edits(self, edits: dict[str, Any]) -> None:
        """Put ``edits`` back over newly loaded values: unsaved again, as before the load.

        A save refused because someone saved the record first (``core.versions``)
        reloads theirs and puts the worker's own edits on top, so nothing of either is lost.
        """
        for name, value in edits.items():
            self.replace_value(name, value)

    # --- errors ----------------------------------------------------------------------

    def _mark(self, name: str, errors: Sequence[FieldError]) -> None:
        """Show ``errors`` under field ``name`` (none: clear it) and mark the field."""
        label = self._errors.get(name)
        if label is not None:
            if errors:
                label.show_error(errors)
            else:
                label.show_message("")
        widget = self._widgets.get(name)
        if widget is not None:
            widget.setProperty("invalid", bool(errors))
            widget.style().unpolish(widget)
            widget.style().polish(widget)

    def clear_errors(self) -> None:
        for name in self._widgets:
            self._mark(name, ())

    def show_errors(
        self, errors: Iterable[FieldError], aliases: dict[str, str] | None = None
    ) -> list[FieldError]:
        """Put each error next to its field (``aliases`` maps core names to field names).

        Returns the errors that have no field here (to show elsewhere, e.g. with
        ``ErrorLabel.show_error``), and moves focus to the first field in error.
        """
        self.clear_errors()
        aliases = aliases or {}
        unplaced: list[FieldError] = []
        placed: dict[str, list[FieldError]] = {}
        for err in errors:
            name = aliases.get(err.field, err.field)
            if name in self._errors:
                placed.setdefault(name, []).append(err)
            else:
                unplaced.append(err)
        first: QWidget | None = None
        for name in self._widgets:
            if name in placed:
                self._mark(name, placed[name])
                first = first or self._widgets[name]
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)
        return unplaced

    def error_text(self, name: str) -> str:
        """The message shown under a field ('' when none)."""
        label = self._errors.get(name)
        return label.text() if label is not None and not label.isHidden() else ""

    def has_errors(self) -> bool:
        return any(not label.isHidden() for label in self._errors.values())


def combo_fill(combo: QComboBox, items: Iterable[tuple[str, Any]]) -> None:
    """Replace a combo's items with (label, data) pairs, keeping the current data."""
    current = combo.currentData()
    blocked = combo.blockSignals(True)
    try:
        combo.clear()
        for text, data in items:
            combo.addItem(text, data)
        index = combo.findData(current)
        combo.setCurrentIndex(max(index, 0))
    finally:
        combo.blockSignals(blocked)


class AgeText(QObject):
    """A member's age in the interface language (the words for values are in ui.common.words)."""

    def age(self, years: int, months: int) -> str:
        """'4 years', or months for the under-twos."""
        if years < 2:
            return self.tr("%1 months").replace("%1", str(months))
        return self.tr("%1 years").replace("%1", str(years))
