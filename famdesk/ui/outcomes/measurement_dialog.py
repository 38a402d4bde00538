"""Entering or correcting one measurement: WHO-5 items, a 0–10 scale, or a score only.

The dialog shows the fields the chosen instrument takes and nothing else:
WHO-5's five statements with their 0–5 answer scale named (the published
wording, from ``core.instruments`` and the catalogue), one 0–10 answer for a
scaling question, or the total for a licensed questionnaire (SDQ, ORS, SRS),
whose items are never entered. The WHO-5 score (sum × 4) is shown as the
items are typed. Saving goes through ``core.outcomes``; what it refuses is
shown next to the field it names.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QShowEvent, QValidator
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QSlider,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from famdesk.core import outcomes
from famdesk.core.errors import Code, FieldError, NotFound, ValidationFailed
from famdesk.core.families import MemberData
from famdesk.core.instruments import INSTRUMENTS, WHO5_ANSWERS, Instrument, measurement_problem
from famdesk.core.outcomes import MeasurementData
from famdesk.core.storage import Store
from famdesk.core.versions import RecordChanged
from famdesk.ui.common import words
from famdesk.ui.common.form_support import DateField, ErrorLabel, not_a_date
from famdesk.ui.common.screen_fit import available
from famdesk.ui.common.wrapping_label import WrappingLabel

#: A spin box at this value shows "–": the item is not answered yet.
UNANSWERED = -1
_ITEM = re.compile(r"items\[(\d+)\]")


_Validated = tuple[QValidator.State, str, int]


def _refused_number(
    box: QAbstractSpinBox, result: _Validated, low: float, high: float
) -> float | None:
    """The number a refused keystroke would have made, when it lies outside low..high."""
    if result[0] != QValidator.State.Invalid:
        return None
    value, ok = box.locale().toDouble(result[1].strip())
    return value if ok and not low <= value <= high else None


class _Spin(QSpinBox):
    """A spin box that tells when a typed number is refused for lying outside its range."""

    outOfRange = Signal(float)  # noqa: N815 - Qt naming

    def validate(self, text: str, pos: int) -> _Validated:
        result = super().validate(text, pos)
        value = _refused_number(self, result, self.minimum(), self.maximum())
        if value is not None:
            self.outOfRange.emit(value)
        return result


class _ScoreSpin(QDoubleSpinBox):
    """A questionnaire's score; like ``_Spin``, tells when a typed number is refused."""

    outOfRange = Signal(float)  # noqa: N815 - Qt naming

    def validate(self, text: str, pos: int) -> _Validated:
        result = super().validate(text, pos)
        value = _refused_number(self, result, self.minimum(), self.maximum())
        if value is not None:
            self.outOfRange.emit(value)
        return result


def _spin(maximum: int) -> _Spin:
    box = _Spin()
    box.setRange(UNANSWERED, maximum)
    box.setSpecialValueText("–")
    box.setValue(UNANSWERED)
    box.setAlignment(Qt.AlignmentFlag.AlignRight)
    box.setMinimumWidth(64)
    return box


class MeasurementDialog(QDialog):
    """New measurement (``measurement`` None) or a correction of a saved one."""

    def __init__(
        self,
        store: Store,
        family_uid: str,
        members: list[MemberData],
        member_uid: str | None = None,
        measurement: MeasurementData | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._refused: set[QAbstractSpinBox] = set()  # boxes whose last typed number did not fit
        self.store = store
        self.family_uid = family_uid
        self.measurement = measurement
        self.measurement_uid: str | None = measurement.uid if measurement else None
        self.setMinimumWidth(460)

        self.member = QComboBox(self)
        for m in members:
            self.member.addItem(f"{m.full_name} ({words.label('member_role', m.role)})", m.uid)
        chosen = measurement.member_uid if measurement else member_uid
        if chosen is not None:
            self.member.setCurrentIndex(max(0, self.member.findData(chosen)))
        self.instrument = QComboBox(self)
        names = list(INSTRUMENTS)
        if measurement is not None and measurement.instrument not in INSTRUMENTS:
            names.append(measurement.instrument)  # a team's own instrument, kept as it is
        for name in names:
            self.instrument.addItem(words.instrument_label(name, with_range=True), name)
        self.date = DateField(self)
        self.date.set_value(measurement.date if measurement else date.today())

        # WHO-5: five items.
        self.items_box = QWidget(self)
        items_layout = QFormLayout(self.items_box)
        items_layout.setContentsMargins(0, 0, 0, 0)
        self.item_spins: list[_Spin] = []
        self.item_labels: list[QLabel] = []
        self.item_errors: list[ErrorLabel] = []
        self.item_answers: list[QLabel] = []
        self.items_period = QLabel(self.items_box)
        self.items_period.setObjectName("who5Period")
        self.items_period.setStyleSheet("font-weight: 600;")
        items_layout.addRow(self.items_period)
        # Two lines of three answers, unwrapped: the layout knows their size at once.
        self.items_scale = QLabel(self.items_box)
        self.items_scale.setObjectName("hint")
        items_layout.addRow(self.items_scale)
        for _ in range(5):
            spin = _spin(5)
            spin.valueChanged.connect(self._items_changed)
            index = len(self.item_spins)
            spin.outOfRange.connect(lambda value, i=index: self._refuse(i, value))
            self._hold_refusals(spin)
            label = QLabel(self.items_box)
            label.setBuddy(spin)
            error = ErrorLabel(self.items_box)
            cell = QWidget(self.items_box)
            column = QVBoxLayout(cell)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(1)
            answer_row = QHBoxLayout()
            answer_row.setContentsMargins(0, 0, 0, 0)
            answer_row.addWidget(spin)
            answer = QLabel(cell)
            answer.setObjectName("who5Answer")
            answer_row.addWidget(answer, 1)
            column.addLayout(answer_row)
            column.addWidget(error)
            self.item_answers.append(answer)
            items_layout.addRow(label, cell)
            self.item_spins.append(spin)
            self.item_labels.append(label)
            self.item_errors.append(error)
        self.items_note = WrappingLabel("", self.items_box)
        self.items_note.setObjectName("hint")
        self.items_note.setWordWrap(True)
        items_layout.addRow(self.items_note)

        # A 0–10 scale: one answer, with a slider beside the spin box.
        self.scale = _spin(10)
        self.scale_slider = QSlider(Qt.Orientation.Horizontal, self)
        self.scale_slider.setRange(0, 10)
        self.scale_slider.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.scale_slider.setTickInterval(1)
        self.scale_slider.valueChanged.connect(self._slider_moved)
        self.scale.valueChanged.connect(self._scale_typed)
        self.scale.outOfRange.connect(lambda value: self._refuse(None, value))
        self._hold_refusals(self.scale)

        # A licensed questionnaire (or a team's own): the score only.
        self.score = _ScoreSpin(self)
        self.score.outOfRange.connect(lambda value: self._refuse(None, value))
        self._hold_refusals(self.score)
        self.score.valueChanged.connect(lambda _v: self.errors["score"].show_message(""))
        self.score.setSpecialValueText("–")
        self.score.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.score.setMinimumWidth(90)

        self.total = QLabel(self)
        self.total.setObjectName("measurementScore")
        self.total.setStyleSheet("font-size: 13pt; font-weight: 600;")

        self.form = QFormLayout()
        self.errors: dict[str, ErrorLabel] = {}
        self.labels: dict[str, QLabel] = {}
        self.rows: dict[str, QWidget] = {}
        scale_row = QWidget(self)
        scale_layout = QHBoxLayout(scale_row)
        scale_layout.setContentsMargins(0, 0, 0, 0)
        scale_layout.addWidget(self.scale)
        scale_layout.addWidget(self.scale_slider, 1)
        for name, widget in (
            ("member", self.member),
            ("instrument", self.instrument),
            ("date", self.date),
            ("items", self.items_box),
            ("scale", scale_row),
            ("score", self.score),
            ("total", self.total),
        ):
            self._add_row(name, widget)
        self.labels["scale"].setBuddy(self.scale)

        self.form_error = ErrorLabel(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        # Never narrower than what the rows shown need (the WHO-5 answers' names included).
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        layout.addLayout(self.form)
        layout.addWidget(self.form_error)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        self.instrument.currentIndexChanged.connect(self._instrument_changed)
        if measurement is not None:
            self.instrument.setCurrentIndex(self.instrument.findData(measurement.instrument))
        self._instrument_changed()
        if measurement is not None:
            self._load(measurement)
        self.retranslate_ui()
        (self.instrument if measurement is None else self.date).setFocus()

    def _add_row(self, name: str, widget: QWidget) -> None:
        label = QLabel(self)
        label.setBuddy(widget)
        box = QWidget(self)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        error = ErrorLabel(box)
        column.addWidget(error)
        self.form.addRow(label, box)
        self.labels[name] = label
        self.errors[name] = error
        self.rows[name] = box

    # --- text ---------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        self.setWindowTitle(
            self.tr("New measurement") if self.measurement is None else self.tr("Edit measurement")
        )
        self.labels["member"].setText(self.tr("&Member:"))
        self.labels["instrument"].setText(self.tr("&Instrument:"))
        self.labels["date"].setText(self.tr("&Date:"))
        self.labels["items"].setText(self.tr("Answers:"))
        self.labels["score"].setText(self.tr("&Score:"))
        self.labels["total"].setText(self.tr("Score:"))
        who5 = INSTRUMENTS["WHO-5"]
        for i, label in enumerate(self.item_labels):
            statement = words.label("who5_statement", who5.statements[i])
            label.setText(f"&{i + 1}. {statement}")
            self.item_spins[i].setAccessibleName(f"{i + 1}. {statement}")
        self.items_period.setText(words.label("term", "who5-period"))
        named = [f"{v} = {words.label('who5_answer', v)}" for v in reversed(WHO5_ANSWERS)]
        self.items_scale.setText(
            self.tr("Answer each statement 0–5:")
            + "\n"
            + " · ".join(named[:3])
            + "\n"
            + " · ".join(named[3:])
        )
        self.items_note.setText(self.tr("The score is the sum × 4 (0–100)."))
        # Room for the longest answer, so choosing one never clips it.
        metrics = self.fontMetrics()
        widest = max(metrics.horizontalAdvance(words.label("who5_answer", v)) for v in WHO5_ANSWERS)
        for answer in self.item_answers:
            answer.setMinimumWidth(widest + 8)
        self.scale.setToolTip(self.tr("0–10; type a number or use the slider"))
        for i in range(self.instrument.count()):
            name = self.instrument.itemData(i)
            self.instrument.setItemText(i, words.instrument_label(name, with_range=True))
        self._instrument_changed()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        self.layout_grow()  # the style's fonts are known only now

    # --- what the instrument takes -------------------------------------------------------

    def current_instrument(self) -> str:
        return str(self.instrument.currentData())

    def _known(self) -> Instrument | None:
        return INSTRUMENTS.get(self.current_instrument())

    def kind(self) -> str:
        known = self._known()
        return known.kind if known is not None else "free"

    def _instrument_changed(self) -> None:
        kind = self.kind()
        known = self._known()
        self._set_row_visible("items", kind == "who5")
        self._set_row_visible("scale", kind == "scale")
        self._set_row_visible("score", kind in ("licensed", "free"))
        self._set_row_visible("total", kind == "who5")
        if kind == "scale":
            self.labels["scale"].setText(self.tr("&Answer (0–10):"))
            self.scale.setAccessibleName(words.instrument_label(self.current_instrument()))
        if known is not None and kind == "licensed":
            self.score.setDecimals(0 if known.integer_score else 1)
            self.score.setRange(known.score_min - 1, known.score_max)
            self.score.setToolTip(
                self.tr("The total from the questionnaire (%1–%2); its answers are not entered.")
                .replace("%1", str(known.score_min))
                .replace("%2", str(known.score_max))
            )
        elif kind == "free":
            self.score.setDecimals(2)
            self.score.setRange(-1e9, 1e9)
        if kind in ("licensed", "free"):
            self.score.setValue(self.score.minimum())  # unanswered until typed
        self._refused.clear()  # another instrument: its boxes start afresh
        self._clear_errors()
        self._items_changed()
        # Rows shown or worded anew may need more room than the dialog has.
        self.layout_grow()

    def layout_grow(self) -> None:
        """Grow (never shrink) to what the shown rows ask for, within the screen."""
        layout = self.layout()
        if layout is None:
            return
        layout.activate()
        wanted = self.size().expandedTo(self.sizeHint())
        self.resize(wanted.boundedTo(available(self)))

    def _set_row_visible(self, name: str, visible: bool) -> None:
        self.labels[name].setVisible(visible)
        self.rows[name].setVisible(visible)

    def _slider_moved(self, value: int) -> None:
        if self.scale.value() != value:
            self.scale.setValue(value)

    def _scale_typed(self, value: int) -> None:
        self.errors["scale"].show_message("")
        if value != UNANSWERED and self.scale_slider.value() != value:
            blocked = self.scale_slider.blockSignals(True)
            self.scale_slider.setValue(value)
            self.scale_slider.blockSignals(blocked)

    def item_values(self) -> list[int | None]:
        return [None if s.value() == UNANSWERED else s.value() for s in self.item_spins]

    def _items_changed(self) -> None:
        values = self.item_values()
        for answer, value in zip(self.item_answers, values, strict=True):
            answer.setText("" if value is None else words.label("who5_answer", str(value)))
        for spin, error in zip(self.item_spins, self.item_errors, strict=True):
            if spin.value() != UNANSWERED:
                error.show_message("")
        answered = [v for v in values if v is not None]
        if len(answered) == 5:
            self.total.setText(
                self.tr("%1 of 100 (raw sum %2 × 4)")
                .replace("%1", str(sum(answered) * 4))
                .replace("%2", str(sum(answered)))
            )
        else:
            self.total.setText(
                self.tr("– (%1 of 5 questions answered)").replace("%1", str(len(answered)))
            )

    def _load(self, m: MeasurementData) -> None:
        kind = self.kind()
        if kind == "who5" and len(m.items) == 5:
            for spin, value in zip(self.item_spins, m.items, strict=True):
                spin.setValue(int(value))
        elif kind == "scale":
            self.scale.setValue(int(m.score))
        else:
            self.score.setValue(m.score)

    # --- saving -----------------------------------------------------------------------------

    def values(self) -> tuple[list[object], float | None]:
        """(items, score) as core takes them; None marks what was left unanswered."""
        kind = self.kind()
        if kind == "who5":
            return list(self.item_values()), None
        if kind == "scale":
            value = self.scale.value()
            return [None if value == UNANSWERED else value], None
        score = self.score.value()
        if score == self.score.minimum():
            return [], None
        return [], int(score) if self.score.decimals() == 0 else float(score)

    def accept(self) -> None:
        """Save through core; on refusal show why next to each field and stay open."""
        if self._refused:
            # A number was typed that did not fit (45 for a 0–40 score leaves 4 in the
            # box): saving now would store a number the worker never meant.
            next(iter(self._refused)).setFocus()
            return
        self._clear_errors()
        try:
            day = self.date.value()
        except ValueError:
            self.errors["date"].show_error(not_a_date("date"))
            self.date.setFocus()
            return
        items, score = self.values()
        member_uid = self.member.currentData()
        try:
            if self.measurement_uid is None:
                self.measurement_uid = outcomes.add_measurement(
                    self.store,
                    self.family_uid,
                    member_uid,
                    self.current_instrument(),
                    day,  # type: ignore[arg-type]
                    items,
                    score,
                )
            else:
                outcomes.update_measurement(
                    self.store,
                    self.measurement_uid,
                    instrument=self.current_instrument(),
                    date=day,  # type: ignore[arg-type]
                    items=items,
                    score=score,
                    member_uid=member_uid,
                    loaded=self.measurement,
                )
        except RecordChanged as exc:
            # The worker's numbers stay; saving again puts them over the other's save.
            assert self.measurement_uid is not None  # only a saved one is refused
            self.measurement = outcomes.get_measurement(self.store, self.measurement_uid)
            self.form_error.show_error(exc)
            return
        except ValidationFailed as exc:
            self.show_errors(exc.errors)
            return
        except NotFound:
            self.form_error.show_message(
                self.tr("Not saved: the member or the measurement no longer exists.")
            )
            return
        super().accept()

    # --- errors -------------------------------------------------------------------------------

    def _clear_errors(self) -> None:
        for label in (*self.errors.values(), *self.item_errors, self.form_error):
            label.show_message("")

    def error_text(self, field: str) -> str:
        """The message shown next to ``field`` ('items[2]', 'date', 'scale' …), '' if none."""
        m = _ITEM.fullmatch(field)
        label = self.item_errors[int(m[1])] if m else self.errors.get(field)
        return label.text() if label is not None and not label.isHidden() else ""

    def show_errors(self, errors: list[FieldError]) -> None:
        """Each refusal next to its field: core's sentence, or what to answer when unanswered."""
        for err in errors:
            target = self._target(err)
            guidance = self._guidance(err) if err.code == Code.MEASUREMENT_INVALID else None
            if guidance is None:
                target.show_error(err)
            else:
                target.show_live(guidance)
        focus = {
            "date": self.date,
            "member": self.member,
            "instrument": self.instrument,
            "scale": self.scale,
            "score": self.score,
        }
        for err in errors:
            m = _ITEM.fullmatch(err.field)
            widget = self.item_spins[int(m[1])] if m else focus.get(self._field(err.field))
            if widget is not None:
                widget.setFocus()
                break

    def _hold_refusals(self, box: QAbstractSpinBox) -> None:
        """Remember a box whose typed number was refused until its text is edited again."""
        box.outOfRange.connect(lambda _value: self._refused.add(box))  # type: ignore[attr-defined]
        box.lineEdit().textEdited.connect(lambda _text: self._refused.discard(box))

    def _refuse(self, item: int | None, value: float) -> None:
        """A typed number beyond the instrument's range: core's reason, under the field.

        ``item`` is the WHO-5 question typed into (None: the scale or the score).
        """
        name = self.current_instrument()
        known = self._known()
        if item is not None and known is not None:
            items: list[object] = [known.item_min] * known.item_count
            items[item] = value
            found = measurement_problem(name, items, known.score_min)
        elif self.kind() == "scale":
            found = measurement_problem(name, [value], value)
        else:
            found = measurement_problem(name, [], value)
        if found is not None:
            self._target(found).show_error(found)

    def _field(self, core_field: str) -> str:
        """Core's field name → this dialog's row (a scale's answer is its 'score')."""
        if core_field in ("score", "items") and self.kind() == "scale":
            return "scale"
        if core_field == "items" and self.kind() != "who5":
            return "score"
        return core_field

    def _target(self, err: FieldError) -> ErrorLabel:
        """The label under the field ``err`` names (the form's own line when none)."""
        m = _ITEM.fullmatch(err.field)
        if m:
            index = int(m[1])
            if self.kind() == "who5" and index < 5:
                return self.item_errors[index]
            return self.errors["scale"]
        return self.errors.get(self._field(err.field), self.form_error)

    def _guidance(self, err: FieldError) -> Callable[[], str] | None:
        """What to answer, for a field core found unanswered or not fitting the instrument."""
        known = self._known()
        if _ITEM.fullmatch(err.field):
            if self.kind() == "who5":
                return lambda: self.tr("Answer this question: 0–5.")
            return lambda: self.tr("Answer 0–10.")
        field = self._field(err.field)
        if field == "items" and self.kind() == "who5":
            return lambda: self.tr("Answer all five questions.")
        if field == "scale":
            return lambda: self.tr("Answer 0–10.")
        if field == "score" and known is not None:
            low, high = str(known.score_min), str(known.score_max)
            return lambda: (
                self.tr("Enter the total score (%1–%2).").replace("%1", low).replace("%2", high)
            )
        if field == "score":
            return lambda: self.tr("Enter the score.")
        if field == "instrument":
            return lambda: self.tr("Choose an instrument.")
        return None
