"""A review (opfølgning) of an agreed plan: date, summary and a 0–10 score for every open goal.

Save stays disabled, with a line saying how many goals still lack a score,
until every open goal has one; ``core.plans.add_review`` refuses the same, so
the rule holds for import and the CLI too. Each goal's scores so far are shown
in a small chart beside its score.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QSlider,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from famdesk.core import plans
from famdesk.core.errors import Code, ValidationFailed
from famdesk.core.plans import GoalData
from famdesk.core.storage import Store
from famdesk.ui.common.form_support import DateField, ErrorLabel, error_text, not_a_date
from famdesk.ui.plans.score_chart import ScoreChart
from famdesk.vocabulary import SCALE_MAX, SCALE_MIN

NO_SCORE = SCALE_MIN - 1


class GoalScoreRow(QWidget):
    """One open goal: its title, a slider and spin box that start unscored, its chart."""

    def __init__(self, goal: GoalData, history: list[tuple[date, int]], parent: QWidget) -> None:
        super().__init__(parent)
        self.goal = goal
        self.title = QLabel(goal.title, self)
        self.title.setWordWrap(True)
        self.title.setObjectName("goalTitle")
        self.criteria = QLabel(goal.success_criteria, self)
        self.criteria.setWordWrap(True)
        self.criteria.setObjectName("hint")
        self.spin = QSpinBox(self)
        self.spin.setRange(NO_SCORE, SCALE_MAX)
        self.spin.setValue(NO_SCORE)
        self.slider = QSlider(Qt.Orientation.Horizontal, self)
        self.slider.setRange(NO_SCORE, SCALE_MAX)
        self.slider.setValue(NO_SCORE)
        self.slider.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.slider.setTickInterval(1)
        self.slider.valueChanged.connect(self.spin.setValue)
        self.spin.valueChanged.connect(self.slider.setValue)
        self.chart = ScoreChart(self)
        self.chart.set_history(history)
        self.chart.setFixedSize(260, 150)
        left = QVBoxLayout()
        left.addWidget(self.title)
        left.addWidget(self.criteria)
        score = QHBoxLayout()
        self.score_label = QLabel(self)
        self.score_label.setBuddy(self.spin)
        score.addWidget(self.score_label)
        score.addWidget(self.slider, 1)
        score.addWidget(self.spin)
        left.addLayout(score)
        left.addStretch(1)
        row = QHBoxLayout(self)
        row.addLayout(left, 1)
        row.addWidget(self.chart)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.spin.setSpecialValueText(self.tr("–"))
        self.score_label.setText(self.tr("Score"))
        self.spin.setAccessibleName(self.tr("Score for %1").replace("%1", self.goal.title))
        self.spin.setToolTip(self.tr("0 = as bad as it can be, 10 = the goal is reached"))

    def score(self) -> int | None:
        value = self.spin.value()
        return None if value == NO_SCORE else value


class ReviewDialog(QDialog):
    """Record a review of plan ``plan_uid``; ``review_uid`` is set after a successful save."""

    def __init__(self, store: Store, plan_uid: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reviewDialog")
        self.store = store
        self.plan = plans.get_plan(store, plan_uid)
        self.review_uid: str | None = None
        self.date_edit = DateField(self)
        self.date_edit.set_value(date.today())
        self.summary_edit = QPlainTextEdit(self)
        self.summary_edit.setTabChangesFocus(True)
        self.summary_edit.setMinimumHeight(90)
        self.date_error = ErrorLabel(self)
        form = QFormLayout()
        self.date_label = QLabel(self)
        self.date_label.setBuddy(self.date_edit)
        self.summary_label = QLabel(self)
        self.summary_label.setBuddy(self.summary_edit)
        date_box = QVBoxLayout()
        date_box.addWidget(self.date_edit)
        date_box.addWidget(self.date_error)
        form.addRow(self.date_label, date_box)
        form.addRow(self.summary_label, self.summary_edit)

        self.goals_box = QGroupBox(self)
        goals_layout = QGridLayout(self.goals_box)
        self.rows: list[GoalScoreRow] = []
        for goal in self.plan.goals:
            if goal.status != "open":
                continue
            row = GoalScoreRow(goal, plans.goal_score_history(store, goal.uid), self.goals_box)
            row.spin.valueChanged.connect(self._update_state)
            goals_layout.addWidget(row, len(self.rows), 0)
            self.rows.append(row)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.goals_box)

        self.missing_label = QLabel(self)
        self.missing_label.setObjectName("fieldError")
        self.missing_label.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.missing_label)
        layout.addWidget(self.buttons)
        self.resize(760, 640)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Review of %1").replace("%1", self.plan.title))
        self.date_label.setText(self.tr("&Date"))
        self.summary_label.setText(self.tr("S&ummary"))
        self.summary_edit.setPlaceholderText(
            self.tr("How has it gone since the last review, in the parents' and your words?")
        )
        self.goals_box.setTitle(self.tr("Score every open goal (0–10)"))
        self.save_button.setText(self.tr("Save review"))
        for row in self.rows:
            row.retranslate_ui()
        self._update_state()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def missing(self) -> list[GoalData]:
        return [row.goal for row in self.rows if row.score() is None]

    def _update_state(self) -> None:
        missing = len(self.missing())
        self.save_button.setEnabled(missing == 0)
        if missing:
            self.missing_label.setText(
                self.tr(
                    "%n open goal(s) still need a score before the review can be saved.",
                    "",
                    missing,
                )
            )
        else:
            self.missing_label.setText("")
        self.missing_label.setVisible(bool(missing))

    def scores(self) -> dict[str, int]:
        return {row.goal.uid: s for row in self.rows if (s := row.score()) is not None}

    def save(self) -> bool:
        """Add the review through the core; stays open with the reason when refused."""
        self.date_error.show_message("")
        try:
            day = self.date_edit.value()
        except ValueError:
            self.date_error.show_error(not_a_date("date"))
            return False
        if day is None:
            self.date_error.show_message(self.tr("The review needs a date."))
            return False
        try:
            self.review_uid = plans.add_review(
                self.store, self.plan.uid, day, self.summary_edit.toPlainText(), self.scores()
            )
        except ValidationFailed as exc:
            codes = {e.code for e in exc.errors}
            if Code.REVIEW_DATE_BEFORE_AGREED in codes:
                self.date_error.show_error(
                    [e for e in exc.errors if e.code == Code.REVIEW_DATE_BEFORE_AGREED]
                )
            elif Code.REVIEW_SCORE_MISSING in codes:
                self._update_state()
            else:
                self.missing_label.setText(error_text(exc))
                self.missing_label.show()
            return False
        except plans.PlanError as exc:
            self.missing_label.setText(error_text(exc))
            self.missing_label.show()
            return False
        self.accept()
        return True
