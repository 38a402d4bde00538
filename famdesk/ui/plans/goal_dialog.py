"""Dialogs for one goal (in the parents' words) and for one step towards it."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from famdesk.core import rules
from famdesk.core.plans import GoalData, StepData
from famdesk.ui.common import words
from famdesk.ui.common.form_support import DateField, ErrorLabel, FormController, limit_lengths
from famdesk.vocabulary import GOAL_STATUSES, ICS_DIMENSIONS, SCALE_MAX, SCALE_MIN

NO_SCORE = SCALE_MIN - 1


class GoalDialog(QDialog):
    """Edit a goal. ``mode``: "edit" (a draft), "status" (a lived plan), "read"."""

    def __init__(
        self, goal: GoalData | None, mode: str = "edit", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("goalDialog")
        self._goal = goal or GoalData(title="")
        self.form = FormController(self)
        grid = QFormLayout()
        self.title_edit = QLineEdit(self)
        limit_lengths("goal", {"title": self.title_edit})
        self.criteria_edit = QPlainTextEdit(self)
        self.criteria_edit.setTabChangesFocus(True)
        self.target_edit = DateField(self)
        self.ics_combo = QComboBox(self)
        self.baseline_spin = QSpinBox(self)
        self.baseline_spin.setRange(NO_SCORE, SCALE_MAX)
        self.status_combo = QComboBox(self)
        self.title_label = self.form.add_row(grid, "title", self.title_edit)
        self.criteria_label = self.form.add_row(grid, "success_criteria", self.criteria_edit)
        self.target_label = self.form.add_row(grid, "target_date", self.target_edit)
        self.ics_label = self.form.add_row(grid, "ics_dimension", self.ics_combo)
        self.baseline_label = QLabel(self)
        self.baseline_label.setBuddy(self.baseline_spin)
        grid.addRow(self.baseline_label, self.baseline_spin)
        self.status_label = self.form.add_row(grid, "status", self.status_combo)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        #: A refused save's reason, in the catalogue's words (``show_refusal``).
        self.notice = ErrorLabel(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.notice)
        layout.addLayout(grid)
        layout.addWidget(self.buttons)
        self.retranslate_ui()
        g = self._goal
        self.form.load(
            {
                "title": g.title,
                "success_criteria": g.success_criteria,
                "target_date": g.target_date,
                "ics_dimension": g.ics_dimension or "",
                "status": g.status,
            }
        )
        self.baseline_spin.setValue(NO_SCORE if g.baseline_score is None else g.baseline_score)
        for w in (self.title_edit, self.target_edit):
            w.setReadOnly(mode != "edit")
        self.criteria_edit.setReadOnly(mode != "edit")
        self.ics_combo.setEnabled(mode == "edit")
        self.baseline_spin.setEnabled(mode == "edit")
        self.status_combo.setEnabled(mode in ("edit", "status"))
        if mode == "read":
            self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)
            self.buttons.rejected.connect(self.reject)
        self.resize(520, 420)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Goal"))
        self.title_label.setText(self.tr("&Goal, in the parents' words"))
        self.criteria_label.setText(self.tr("&What will be different"))
        self.criteria_edit.setPlaceholderText(
            self.tr("When the goal is reached, what will the parents, the child and others notice?")
        )
        self.target_label.setText(self.tr("&Target date"))
        self.ics_label.setText(self.tr("&ICS dimension"))
        self.baseline_label.setText(self.tr("&Baseline (0–10)"))
        self.baseline_spin.setSpecialValueText(self.tr("not scored"))
        self.status_label.setText(self.tr("&Status"))
        ics = self.ics_combo.currentData()
        self.ics_combo.clear()
        self.ics_combo.addItem(self.tr("(none)"), "")
        for value in ICS_DIMENSIONS:
            self.ics_combo.addItem(words.label("ics_dimension", value), value)
        self.ics_combo.setCurrentIndex(max(0, self.ics_combo.findData(ics)))
        status = self.status_combo.currentData()
        self.status_combo.clear()
        for value in GOAL_STATUSES:
            self.status_combo.addItem(words.label("goal_status", value), value)
        self.status_combo.setCurrentIndex(max(0, self.status_combo.findData(status)))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def show_refusal(self, problem: BaseException) -> None:
        """Why the last save was refused: someone saved first (theirs shown, mine on top)."""
        self.notice.show_error(problem)

    def _accept(self) -> None:
        values, errors = self.form.read()
        errors += rules.check_goal(values)  # the rules import applies too
        if errors:
            self.form.show_errors(errors)
            return
        self.accept()

    def goal(self) -> GoalData:
        """The goal as entered (steps and uid kept from the goal given)."""
        values, _errors = self.form.read()
        score = self.baseline_spin.value()
        return GoalData(
            uid=self._goal.uid,
            title=str(values["title"]).strip(),
            success_criteria=str(values["success_criteria"]),
            target_date=values["target_date"],
            ics_dimension=values["ics_dimension"] or None,
            baseline_score=None if score == NO_SCORE else score,
            status=str(values["status"]),
            steps=list(self._goal.steps),
        )

    def fields(self) -> dict[str, Any]:
        """The goal's fields for ``core.plans.update_goal``."""
        g = self.goal()
        return {
            "title": g.title,
            "success_criteria": g.success_criteria,
            "target_date": g.target_date,
            "ics_dimension": g.ics_dimension,
            "baseline_score": g.baseline_score,
            "status": g.status,
        }


class StepDialog(QDialog):
    """Edit a step: what is done, by whom (a parent, the worker, a collaborator), by when."""

    def __init__(
        self,
        step: StepData | None,
        responsible_choices: Sequence[str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("stepDialog")
        self._step = step or StepData(text="")
        self.form = FormController(self)
        grid = QFormLayout()
        self.text_edit = QPlainTextEdit(self)
        self.text_edit.setTabChangesFocus(True)
        self.responsible_combo = QComboBox(self)
        self.responsible_combo.setEditable(True)
        self.responsible_combo.addItems([c for c in responsible_choices if c])
        limit_lengths("step", {"responsible": self.responsible_combo})
        self.due_edit = DateField(self)
        self.text_label = self.form.add_row(grid, "text", self.text_edit)
        self.responsible_label = self.form.add_row(grid, "responsible", self.responsible_combo)
        self.due_label = self.form.add_row(grid, "due_date", self.due_edit)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        #: A refused save's reason, in the catalogue's words (``show_refusal``).
        self.notice = ErrorLabel(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.notice)
        layout.addLayout(grid)
        layout.addWidget(self.buttons)
        self.retranslate_ui()
        s = self._step
        self.form.load({"text": s.text, "responsible": s.responsible, "due_date": s.due_date})
        self.resize(480, 300)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Step"))
        self.text_label.setText(self.tr("&Step"))
        self.text_edit.setPlaceholderText(self.tr("What will be done?"))
        self.responsible_label.setText(self.tr("&Responsible"))
        self.due_label.setText(self.tr("&Due date"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def show_refusal(self, problem: BaseException) -> None:
        """Why the last save was refused: someone saved first (theirs shown, mine on top)."""
        self.notice.show_error(problem)

    def _accept(self) -> None:
        values, errors = self.form.read()
        errors += rules.check_step(values)
        if errors:
            self.form.show_errors(errors)
            return
        self.accept()

    def step(self) -> StepData:
        values, _errors = self.form.read()
        return StepData(
            uid=self._step.uid,
            text=str(values["text"]).strip(),
            responsible=str(values["responsible"]).strip(),
            due_date=values["due_date"],
            done=self._step.done,
        )
