"""The tabs of the match window, one step of the match each.

Needs (by ICS dimension) → the child's and the parents' views → the candidate
sites compared → the decision and the placement → the first year's follow-ups →
the breakdown, if it comes. Each page lays out its fields and registers them
with the window's ``FormController`` under core's field names, so a refusal
lands under the field it is about; the window loads and saves the whole match.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from famdesk.core.child_voice import ConversationData, ConversationReminder
from famdesk.ui.common import words
from famdesk.ui.common.form_support import (
    DateField,
    ErrorLabel,
    FormController,
    combo_fill,
    format_date,
)
from famdesk.ui.common.record_table import record_table
from famdesk.ui.common.wrapping_label import WrappingLabel, boxed
from famdesk.ui.placement.match_tables import (
    CandidatesModel,
    FollowUpsModel,
    ScoreDelegate,
)
from famdesk.vocabulary import ICS_DIMENSIONS

# How many of the child's conversations the views tab shows (the newest).
LATEST_CONVERSATIONS = 3


def text_box(parent: QWidget, lines: int) -> QPlainTextEdit:
    """A text field ``lines`` high in which Tab moves on (a worker types, then tabs)."""
    box = QPlainTextEdit(parent)
    box.setTabChangesFocus(True)
    box.setMinimumHeight(box.fontMetrics().lineSpacing() * lines + 12)
    return box


def need_field(dimension: str) -> str:
    """The controller's name of a need's field (core's field for the dimension)."""
    return f"needs.{dimension}"


def _hint(parent: QWidget) -> WrappingLabel:
    label = WrappingLabel("", parent)
    label.setObjectName("hint")
    return label


class NeedsPage(QWidget):
    """The child's needs by ICS dimension: ten short texts, two columns, in the triangle's order."""

    def __init__(self, controller: FormController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.intro = _hint(self)
        self.fields: dict[str, QPlainTextEdit] = {}
        self.labels: dict[str, QLabel] = {}
        inner = QWidget(self)
        grid = QGridLayout(inner)
        grid.setContentsMargins(0, 0, 6, 0)
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(2)
        half = (len(ICS_DIMENSIONS) + 1) // 2
        for i, dim in enumerate(ICS_DIMENSIONS):
            row, col = (i % half) * 3, i // half
            label = QLabel(inner)
            box = text_box(inner, 2)
            label.setBuddy(box)
            error = ErrorLabel(inner)
            grid.addWidget(label, row, col)
            grid.addWidget(box, row + 1, col)
            grid.addWidget(error, row + 2, col)
            controller.register(need_field(dim), box, error)
            self.fields[dim] = box
            self.labels[dim] = label
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(inner)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(scroll, 1)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.intro.setText(
            self.tr(
                "What the child needs, area by area of the ICS triangle. Write what a site "
                "must be able to meet; leave an area empty when it asks nothing special."
            )
        )
        for dim in ICS_DIMENSIONS:
            self.labels[dim].setText(words.label("ics_dimension", dim) + ":")
            self.fields[dim].setAccessibleName(words.label("ics_dimension", dim))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


class ViewsPage(QWidget):
    """The child's own view beside the parents' view: their words, not the worker's."""

    def __init__(self, controller: FormController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.intro = _hint(self)
        self.child_box = QGroupBox(self)
        self.parents_box = QGroupBox(self)
        self.child_view = text_box(self, 5)
        self.parents_view = text_box(self, 5)
        self.child_hint = _hint(self)
        self.parents_hint = _hint(self)
        for box, field, hint, name in (
            (self.child_box, self.child_view, self.child_hint, "child_view"),
            (self.parents_box, self.parents_view, self.parents_hint, "parents_view"),
        ):
            column = QVBoxLayout(box)
            column.addWidget(hint)
            column.addWidget(field, 1)
            error = ErrorLabel(box)
            column.addWidget(error)
            controller.register(name, field, error)
        columns = QHBoxLayout()
        columns.addWidget(self.child_box, 1)
        columns.addWidget(self.parents_box, 1)
        # The child's own words from the børnesamtaler, beside the view written here.
        self.conversations_box = QGroupBox(self)
        # Read-only text of a fixed height: long words scroll inside it, the window keeps its size.
        self.conversations = QPlainTextEdit(self)
        self.conversations.setReadOnly(True)
        self.conversations.setObjectName("childConversations")
        self.conversations.setFixedHeight(
            self.conversations.fontMetrics().lineSpacing() * LATEST_CONVERSATIONS + 14
        )
        self.conversations_hint = _hint(self)
        talks = QVBoxLayout(self.conversations_box)
        talks.addWidget(self.conversations)
        talks.addWidget(self.conversations_hint)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(columns, 1)
        layout.addWidget(self.conversations_box)
        self._talks: list[ConversationData] = []
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.intro.setText(
            self.tr(
                "The child and the parents are heard before the decision (Barnets lov § 5). "
                "Write their views in their own words; your assessment belongs with the "
                "candidates."
            )
        )
        self.child_box.setTitle(self.tr("The child's own view"))
        self.parents_box.setTitle(self.tr("The parents' view"))
        self.child_hint.setText(self.tr("What the child wishes and fears about moving, and where."))
        self.parents_hint.setText(
            self.tr("What the parents wish for the child, and what they worry about.")
        )
        self.child_view.setAccessibleName(self.tr("The child's own view"))
        self.parents_view.setAccessibleName(self.tr("The parents' view"))
        self.conversations_box.setTitle(self.tr("Conversations with the child (latest three)"))
        self.conversations.setAccessibleName(self.tr("Conversations with the child"))
        self.conversations_hint.setText(
            self.tr("Recorded with Child conversations… on the Members tab.")
        )
        self.show_conversations(self._talks)

    def show_conversations(self, talks: list[ConversationData]) -> None:
        """The latest conversations with the child: when, who supported the child, the
        child's own words (or that the child declined to speak)."""
        self._talks = list(talks)
        lines = []
        for talk in talks[:LATEST_CONVERSATIONS]:
            day = format_date(talk.date)
            if talk.declined:
                lines.append(self.tr("%1 – the child declined to speak.").replace("%1", day))
                continue
            words = " ".join(talk.child_own_words.split())
            if talk.support_person:
                line = (
                    self.tr("%1 – support person: %2 – “%3”")
                    .replace("%1", day)
                    .replace("%2", talk.support_person)
                    .replace("%3", words)
                )
            else:
                line = (
                    self.tr("%1 – no support person – “%2”").replace("%1", day).replace("%2", words)
                )
            lines.append(line)
        self.conversations.setPlainText(
            "\n".join(lines) or self.tr("No conversation with the child is recorded yet.")
        )

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


class _TablePage(QWidget):
    """A table with Add, Edit and Remove buttons above it and a hint below."""

    def __init__(
        self,
        model: CandidatesModel | FollowUpsModel,
        on_add: Callable[[], object],
        on_edit: Callable[[], object],
        on_remove: Callable[[], object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.model = model
        self.table: QTableView = record_table(
            model,
            self,
            on_open=on_edit,
            on_delete=on_remove,
            on_current_changed=self.update_buttons,
        )
        self.table.setWordWrap(True)
        self.table.setItemDelegate(ScoreDelegate(self.table))
        self.add_button = QPushButton(self)
        self.edit_button = QPushButton(self)
        self.remove_button = QPushButton(self)
        self.add_button.clicked.connect(on_add)
        self.edit_button.clicked.connect(on_edit)
        self.remove_button.clicked.connect(on_remove)
        self.buttons = QHBoxLayout()
        for b in (self.add_button, self.edit_button, self.remove_button):
            self.buttons.addWidget(b)
        self.buttons.addStretch(1)
        self.intro = _hint(self)
        self.error = ErrorLabel(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error)
        model.modelReset.connect(self.update_buttons)
        model.modelReset.connect(self.table.resizeRowsToContents)
        # wrapped texts take the height they need at the width the columns finally get
        self.table.horizontalHeader().sectionResized.connect(
            lambda *_: self.table.resizeRowsToContents()
        )

    def selected_row(self) -> int | None:
        index = self.table.currentIndex()
        return index.row() if index.isValid() else None

    def update_buttons(self) -> None:
        chosen = self.selected_row() is not None
        self.edit_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)


class CandidatesPage(_TablePage):
    """The candidate sites side by side: fit as a bar, assessment and competences readable."""

    def __init__(
        self,
        model: CandidatesModel,
        on_add: Callable[[], object],
        on_edit: Callable[[], object],
        on_remove: Callable[[], object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(model, on_add, on_edit, on_remove, parent)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(CandidatesModel.SITE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(CandidatesModel.TYPE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(CandidatesModel.FIT, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(CandidatesModel.ASSESSMENT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(CandidatesModel.COMPETENCES, QHeaderView.ResizeMode.Stretch)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.intro.setText(
            self.tr(
                "The sites considered for the child, side by side. Fit is how well a site "
                "meets the child's needs, from 0 (not at all) to 10 (fully); ✓ marks the "
                "chosen site."
            )
        )
        self.add_button.setText(self.tr("&Add candidate…"))
        self.add_button.setToolTip(self.tr("Consider a site from the register"))
        self.edit_button.setText(self.tr("&Edit…"))
        self.edit_button.setToolTip(self.tr("Edit the selected candidate (Enter)"))
        self.remove_button.setText(self.tr("&Remove"))
        self.remove_button.setToolTip(self.tr("Remove the selected candidate (Del)"))
        self.table.setAccessibleName(self.tr("Candidate sites"))
        self.model.retranslate()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


class DecisionPage(QWidget):
    """The decision (date, the chosen site among the candidates, the reasons) and the placement."""

    chosenChanged = Signal(object)  # noqa: N815 - the chosen site's uid or None

    def __init__(self, controller: FormController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = c = controller
        self.intro = _hint(self)
        self.decision_box = QGroupBox(self)
        self.decided_on = DateField(self)
        self.chosen_site = QComboBox(self)
        self.reasons = text_box(self, 5)
        form = QFormLayout(self.decision_box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._labels = {
            "decided_on": c.add_row(form, "decided_on", self.decided_on),
            "chosen_site_uid": c.add_row(form, "chosen_site_uid", self.chosen_site),
            "reasons": c.add_row(form, "reasons", self.reasons),
        }
        self.reminder = WrappingLabel("", self)
        self.reminder.setObjectName("matchReminder")
        self.reminder_box = boxed(self.reminder, "matchReminderBox")
        self.reminder_box.hide()
        self.placement_box = QGroupBox(self)
        self.placed_on = DateField(self)
        self.placement_hint = _hint(self)
        pform = QFormLayout(self.placement_box)
        pform.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._labels["placed_on"] = c.add_row(
            pform, "placed_on", self.placed_on, extra=(self.placement_hint,)
        )
        for w in (self.decided_on, self.placed_on):
            w.setMaximumWidth(w.fontMetrics().horizontalAdvance("00-00-00000") + 60)
        self.chosen_site.currentIndexChanged.connect(
            lambda _i: self.chosenChanged.emit(self.chosen_site.currentData())
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.reminder_box)
        layout.addWidget(self.decision_box)
        layout.addWidget(self.placement_box)
        layout.addStretch(1)
        self._candidates: list[tuple[str, str]] = []
        self._reminder: ConversationReminder | None = None
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.intro.setText(
            self.tr(
                "The decision names one of the candidate sites and why it was chosen. "
                "The placement date is the day the child moved in: the child's placement "
                "on the Members tab becomes the chosen site from that day, and the first "
                "year's follow-ups are proposed from it."
            )
        )
        self.decision_box.setTitle(self.tr("Decision"))
        self.placement_box.setTitle(self.tr("Placement"))
        texts = {
            "decided_on": (self.tr("&Decided on:"), self.tr("Decided on")),
            "chosen_site_uid": (self.tr("C&hosen site:"), self.tr("Chosen site")),
            "reasons": (self.tr("&Reasons:"), self.tr("Reasons for the decision")),
            "placed_on": (self.tr("&Placed on:"), self.tr("Placement date")),
        }
        for name, (text, accessible) in texts.items():
            self._labels[name].setText(text)
            self.controller.widget(name).setAccessibleName(accessible)
        self.reasons.setPlaceholderText(
            self.tr(
                "Why this site: how it meets the child's needs and the child's and parents' wishes"
            )
        )
        self.placement_hint.setText(self.tr("The day the child moved in."))
        self.set_candidates(self._candidates)
        self.show_reminder(self._reminder)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def show_reminder(self, reminder: ConversationReminder | None) -> None:
        """No conversation with the child in the three months before the decision: a
        reminder (Barnets lov § 5), never a refusal."""
        self._reminder = reminder
        self.reminder_box.setVisible(reminder is not None)
        if reminder is None:
            return
        if reminder.last is None:
            text = self.tr(
                "No conversation with %1 is recorded. Consider talking with the child before "
                "the match is decided (Barnets lov § 5)."
            )
        else:
            text = self.tr(
                "The latest conversation with %1 was on %2, before %3. Consider talking with "
                "the child before the match is decided (Barnets lov § 5)."
            ).replace("%2", format_date(reminder.last))
        self.reminder.setText(
            text.replace("%3", format_date(reminder.since)).replace("%1", reminder.child)
        )

    def set_candidates(self, candidates: list[tuple[str, str]]) -> None:
        """The sites a decision may choose: (site uid, name) of each candidate."""
        self._candidates = list(candidates)
        current = self.chosen_site.currentData()
        loading = self.controller.loading
        blocked = self.chosen_site.blockSignals(True)
        self.chosen_site.clear()
        self.chosen_site.addItem(self.tr("(not chosen yet)"), None)
        for uid, name in candidates:
            self.chosen_site.addItem(name, uid)
        index = self.chosen_site.findData(current)
        self.chosen_site.setCurrentIndex(max(index, 0))
        self.chosen_site.blockSignals(blocked)
        if not loading and index < 0 and current is not None:
            # the chosen candidate was removed: the decision names no site now
            self.controller.set_value("chosen_site_uid", None)
            self.chosenChanged.emit(None)


class FollowUpsPage(_TablePage):
    """The first year's follow-ups, proposed at 1, 3, 6 and 12 months and editable."""

    def __init__(
        self,
        model: FollowUpsModel,
        on_add: Callable[[], object],
        on_edit: Callable[[], object],
        on_remove: Callable[[], object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(model, on_add, on_edit, on_remove, parent)
        self.stability = QLabel(self)
        self.stability.setObjectName("stabilitySoFar")
        self.layout().insertWidget(3, self.stability)  # type: ignore[union-attr]
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.intro.setText(
            self.tr(
                "Most placements that break down do so in the first year. Recording the "
                "placement proposes follow-ups at 1, 3, 6 and 12 months; move or add them as "
                "agreed with the family, and give each one held its notes and a stability "
                "from 0 (at risk) to 10 (settled)."
            )
        )
        self.add_button.setText(self.tr("&Add follow-up…"))
        self.edit_button.setText(self.tr("&Edit…"))
        self.edit_button.setToolTip(self.tr("Edit the selected follow-up (Enter)"))
        self.remove_button.setText(self.tr("&Remove"))
        self.remove_button.setToolTip(self.tr("Remove the selected follow-up (Del)"))
        self.table.setAccessibleName(self.tr("Follow-ups"))
        self.model.retranslate()


class BreakdownPage(QWidget):
    """The breakdown, if it comes: date, planned or not, the cause and notes."""

    def __init__(self, controller: FormController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = c = controller
        self.intro = _hint(self)
        self.broke_down = QCheckBox(self)
        self.box = QGroupBox(self)
        self.date = DateField(self)
        self.date.setMaximumWidth(self.date.fontMetrics().horizontalAdvance("00-00-00000") + 60)
        self.planned = QCheckBox(self)
        self.cause = QComboBox(self)
        self.notes = text_box(self, 5)
        form = QFormLayout(self.box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.error = ErrorLabel(self)
        c.register("breakdown", self.broke_down, self.error)
        self._labels = {
            "breakdown.date": c.add_row(form, "breakdown.date", self.date),
            "breakdown.planned": c.add_row(form, "breakdown.planned", self.planned),
            "breakdown.cause": c.add_row(form, "breakdown.cause", self.cause),
            "breakdown.notes": c.add_row(form, "breakdown.notes", self.notes),
        }
        self.broke_down.toggled.connect(self.box.setEnabled)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.broke_down)
        layout.addWidget(self.error)
        layout.addWidget(self.box)
        layout.addStretch(1)
        self.box.setEnabled(False)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.intro.setText(
            self.tr(
                "A placement that ends before it was meant to is a breakdown. Record it "
                "here, planned or not, with its cause: the stability figures count it."
            )
        )
        self.broke_down.setText(self.tr("The placement &broke down"))
        self.box.setTitle(self.tr("Breakdown"))
        texts = {
            "breakdown.date": (self.tr("&Date:"), self.tr("Date of the breakdown")),
            "breakdown.planned": (self.tr("Planned:"), self.tr("The ending was planned")),
            "breakdown.cause": (self.tr("&Cause:"), self.tr("Cause of the breakdown")),
            "breakdown.notes": (self.tr("&Notes:"), self.tr("Notes on the breakdown")),
        }
        for name, (text, accessible) in texts.items():
            self._labels[name].setText(text)
            self.controller.widget(name).setAccessibleName(accessible)
        self.planned.setText(self.tr("The ending was &planned"))
        combo_fill(self.cause, words.choices("breakdown_cause"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
