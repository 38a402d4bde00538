"""Agreeing a plan: what it means, what the draft still lacks, and the day it was agreed.

A bare date prompt let a worker freeze a plan with empty sections and goals
nobody can follow up. This dialog says what agreeing does (the content is
frozen, a later change makes a new version, the parents sign the printed
plan), lists the gaps core finds (``plans.agreement_gaps``) for the dates
typed, reminds — without blocking — of each child with no conversation
(børnesamtale) recorded in the three months before, and takes the agreement
day and the next review. Only a gap core would refuse (no goals, a day before
the plan was made, a review before the agreement), worded as core words it,
keeps the button off. The agreeing itself is the editor's
(``PlanEditor.agree``), after the dialog is accepted.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from famdesk.core import plans
from famdesk.core.plans import AgreementGap, PlanData
from famdesk.core.storage import Store
from famdesk.ui.common import words
from famdesk.ui.common.form_support import (
    DateField,
    ErrorLabel,
    field_error_text,
    format_date,
    not_a_date,
)
from famdesk.ui.common.screen_fit import fit_dialog
from famdesk.ui.common.wrapping_label import boxed


class AgreeDialog(QDialog):
    """Asks for the agreement day and the next review, after showing what the plan lacks."""

    def __init__(
        self, store: Store, plan: PlanData, parent: QWidget | None = None, today: date | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("agreeDialog")
        self.store = store
        self.plan = plan
        self._review_chosen = False  # the next review follows the agreement day until typed
        self.gaps: list[AgreementGap] = []

        self.heading = QLabel(self)
        self.heading.setObjectName("dialogHeading")
        self.heading.setWordWrap(True)
        self.meaning = QLabel(self)
        self.meaning.setObjectName("agreeMeaning")
        self.meaning.setWordWrap(True)
        self.agreed_edit = DateField(self)
        self.review_edit = DateField(self)
        self.review_hint = QLabel(self)
        self.review_hint.setObjectName("hint")
        self.review_hint.setWordWrap(True)
        self.date_error = ErrorLabel(self)
        self.form = QFormLayout()
        self.agreed_label = QLabel(self)
        self.agreed_label.setBuddy(self.agreed_edit)
        self.review_label = QLabel(self)
        self.review_label.setBuddy(self.review_edit)
        self.form.addRow(self.agreed_label, self.agreed_edit)
        self.form.addRow(self.review_label, self.review_edit)
        self.form.addRow("", self.review_hint)

        self.gaps_title = QLabel(self)
        self.gaps_title.setObjectName("sectionTitle")
        self.gaps_title.setWordWrap(True)
        self.blocking_label = QLabel(self)
        self.blocking_label.setObjectName("agreeBlocking")
        self.blocking_label.setWordWrap(True)
        self.blocking_label.setTextFormat(Qt.TextFormat.PlainText)
        self.gaps_label = QLabel(self)
        self.gaps_label.setObjectName("agreeGaps")
        self.gaps_label.setWordWrap(True)
        self.gaps_label.setTextFormat(Qt.TextFormat.PlainText)
        self.gaps_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.reminder = QLabel(self)
        self.reminder.setObjectName("agreeReminder")
        self.reminder.setWordWrap(True)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        # What blocks (core's refusals), then what is merely missing, a line each, in a frame.
        self.gaps_frame = QWidget(self)
        self.gaps_frame.setObjectName("agreeGapsFrame")
        self.gaps_frame.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        gaps_column = QVBoxLayout(self.gaps_frame)
        gaps_column.setContentsMargins(8, 6, 8, 6)
        gaps_column.addWidget(self.blocking_label)
        gaps_column.addWidget(self.gaps_label)

        # Everything but the buttons scrolls, so the wrapped texts get the height they need
        # and a long list of gaps never pushes the buttons off a laptop's screen.
        page = QWidget(self)
        page.setObjectName("agreePage")
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 6, 0)
        column.addWidget(self.heading)
        column.addWidget(boxed(self.meaning, "agreeMeaningBox"))
        column.addLayout(self.form)
        column.addWidget(self.date_error)
        column.addWidget(self.gaps_title)
        column.addWidget(self.gaps_frame)
        self.reminder_box = boxed(self.reminder, "agreeReminderBox")
        column.addWidget(self.reminder_box)
        column.addStretch(1)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setObjectName("agreeScroll")
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.setWidget(page)
        layout = QVBoxLayout(self)
        layout.addWidget(self.scroll_area, 1)
        layout.addWidget(self.buttons)

        day = today or date.today()
        self.agreed_edit.set_value(day)
        self.review_edit.set_value(plans.default_next_review(day))
        self.agreed_edit.textChanged.connect(self._agreed_changed)
        self.review_edit.textEdited.connect(self._review_typed)
        self.review_edit.textChanged.connect(lambda _t: self.refresh())
        self.retranslate_ui()
        fit_dialog(self, 640, 640)
        self.agreed_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- text ------------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Agree the plan"))
        self.heading.setText(self.tr("Agree “%1”").replace("%1", self.plan.title))
        self.meaning.setText(
            "\n".join(
                (
                    self.tr("When the parents and you agree the plan:"),
                    self.tr(
                        "• this version is frozen: steps can still be ticked off, goals marked "
                        "reached or dropped, and reviews added;"
                    ),
                    self.tr("• a later change makes a new version, and this one stays readable;"),
                    self.tr("• print the agreed plan (Ctrl+P) for the parents to sign."),
                )
            )
        )
        self.agreed_label.setText(self.tr("&Agreed on"))
        self.review_label.setText(self.tr("&Next review"))
        self.review_hint.setText(
            self.tr("Three months after the agreement, unless you choose another day.")
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("A&gree the plan"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def gap_text(self, gap: AgreementGap) -> str:
        """One gap in the interface language."""
        if gap.problem is not None:  # core's refusal, in the catalogue's words
            return field_error_text(gap.problem)
        texts = {
            "child_perspective_empty": self.tr(
                "“%1” is empty: what does the child say, and what does the child need?"
            ),
            "section_empty": self.tr("“%1” is empty."),
            "no_parents": self.tr("No parent is chosen: the plan names the parents who sign it."),
            "goal_no_target_date": self.tr("The goal “%1” has no target date."),
            "goal_no_baseline": self.tr(
                "The goal “%1” has no baseline score (0–10) to follow progress from."
            ),
            "goal_no_steps": self.tr("The goal “%1” has no steps: who does what?"),
            "no_next_review": self.tr("No date is set for the next review."),
        }
        if gap.code == "no_child_conversation":
            return self.reminder_text(gap)
        text = texts.get(gap.code, gap.code)
        if gap.section:
            return text.replace("%1", words.label("plan_section", gap.section))
        if gap.goal:
            # A goal in the parents' own words is quoted already: not twice.
            return text.replace("%1", gap.goal.strip().strip('»«“”"„'))
        if gap.since is not None:
            return text.replace("%1", format_date(gap.since))
        return text

    def reminder_text(self, gap: AgreementGap) -> str:
        """One child not heard in the three months before the agreement: a line of the reminder."""
        if gap.last is None:
            return self.tr("• %1: no conversation recorded").replace("%1", gap.child)
        return (
            self.tr("• %1: the latest on %2")
            .replace("%2", format_date(gap.last))
            .replace("%1", gap.child)
        )

    def reminders_text(self, reminders: list[AgreementGap]) -> str:
        """The children not heard lately, one a line, between what is missing and what to do."""
        if not reminders:
            return ""
        head = self.tr(
            "No conversation with the child (børnesamtale) is recorded in the three months "
            "before the agreement, since %1:"
        ).replace("%1", format_date(reminders[0].since))
        foot = self.tr(
            "Consider talking with the child before the plan is agreed (Barnets lov § 5)."
        )
        return "\n".join([head, *(self.gap_text(g) for g in reminders), foot])

    # --- the dates and the gaps -------------------------------------------------------------

    def _agreed_changed(self, _text: str) -> None:
        day = self._parsed(self.agreed_edit)
        if day is not None and not self._review_chosen:
            self.review_edit.blockSignals(True)
            self.review_edit.set_value(plans.default_next_review(day))
            self.review_edit.blockSignals(False)
        self.refresh()

    def _review_typed(self, _text: str) -> None:
        self._review_chosen = True

    @staticmethod
    def _parsed(field: DateField) -> date | None:
        try:
            return field.value()
        except ValueError:
            return None

    def agreed_on(self) -> date | None:
        return self._parsed(self.agreed_edit)

    def next_review(self) -> date | None:
        return self._parsed(self.review_edit)

    def refresh(self) -> None:
        """Ask core again what the plan lacks for the dates as typed."""
        day = self.agreed_on()
        if day is not None:
            self.gaps = plans.agreement_gaps(self.store, self.plan.uid, day, self.next_review())
        checks = [g for g in self.gaps if g.code != "no_child_conversation"]
        reminders = [g for g in self.gaps if g.code == "no_child_conversation"]
        blocking = ["✖ " + self.gap_text(g) for g in checks if g.blocking]
        missing = ["• " + self.gap_text(g) for g in checks if not g.blocking]
        self.blocking_label.setText("\n".join(blocking))
        self.blocking_label.setVisible(bool(blocking))
        self.gaps_label.setText("\n".join(missing))
        self.gaps_label.setVisible(bool(missing))
        if checks:
            self.gaps_title.setText(self.tr("Before you agree, check what the plan still lacks:"))
        else:
            self.gaps_title.setText(
                self.tr(
                    "Nothing is missing: every section is filled in, every goal can be followed."
                )
            )
        self.gaps_frame.setVisible(bool(checks))
        self.reminder.setText(self.reminders_text(reminders))
        self.reminder_box.setVisible(bool(reminders))
        blocked = any(g.blocking for g in self.gaps)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not blocked)

    def gap_lines(self) -> list[str]:
        """The gaps as the worker reads them, what blocks first (✖), then what is missing (•)."""
        lines: list[str] = []
        for label in (self.blocking_label, self.gaps_label):
            if not label.isHidden() and label.text():
                lines += label.text().split("\n")
        return lines

    def accept(self) -> None:
        """Only with a real agreement day and a next review; the gaps do not stop it."""
        for field, name in ((self.agreed_edit, "agreed_on"), (self.review_edit, "next_review")):
            if self._parsed(field) is None:
                self.date_error.show_error(not_a_date(name))
                field.setFocus(Qt.FocusReason.OtherFocusReason)
                return
        if any(g.blocking for g in self.gaps):
            return
        self.date_error.show_message("")
        super().accept()
