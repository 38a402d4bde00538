"""The editor of one parent action plan: its sections, parents, goals and steps, lifecycle.

A draft may change everywhere. An agreed plan is frozen: the editor goes
read-only and says why; only ticking steps off, goal statuses, reviews and the
next review date stay open. The rules are the core's (``core.plans``); this
view shows them and reports what the core refuses. Unsaved text is kept in the
store every few seconds (``AutosaveSupport``) and offered back after a crash.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from famdesk.core import families, plans
from famdesk.core.errors import NotFound, ValidationFailed
from famdesk.core.plan_templates import list_templates, template_for_setting
from famdesk.core.plans import PlanData
from famdesk.core.storage import Store
from famdesk.core.versions import RecordChanged
from famdesk.reports.plan_pdf import build_plan_pdf
from famdesk.ui.common import words
from famdesk.ui.common.autosave_support import AutosaveSupport
from famdesk.ui.common.flow_layout import wrapping_row
from famdesk.ui.common.form_support import (
    DateField,
    ErrorLabel,
    FormController,
    Problem,
    format_date,
    limit_lengths,
    not_a_date,
    ui_language,
)
from famdesk.ui.plans.agree_dialog import AgreeDialog
from famdesk.ui.plans.goal_dialog import GoalDialog, StepDialog
from famdesk.ui.plans.goals_model import COL_TEXT, GoalsModel
from famdesk.ui.plans.review_dialog import ReviewDialog
from famdesk.ui.plans.score_chart import ScoreChart
from famdesk.ui.printing.pdf_preview import PreviewJob, build_and_preview
from famdesk.vocabulary import PARENT_ROLES, PLAN_PHASES, PLAN_TEXT_SECTIONS

#: The long text sections, in the order a plan is talked through with the parents.
TEXT_SECTIONS = PLAN_TEXT_SECTIONS


def autosave_key(plan_uid: str) -> str:
    return f"plan:{plan_uid}"


#: Room on each side of a goal's or step's cell text, as ``QTableView::item`` gives the tables.
CELL_PADDING = 6


class PaddedCells(QStyledItemDelegate):
    """A tree cell as wide as its text with the tables' padding beside it.

    The tree's own size hint leaves the text of a column fitted to its contents
    ("Skole og dagtilbud", a date) a pixel or two short of whole at 1366×768.
    """

    def sizeHint(  # noqa: N802 - Qt override
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        hint = super().sizeHint(option, index)
        return QSize(hint.width() + 2 * CELL_PADDING, hint.height())


class PlanEditor(QWidget):
    """Shows and edits one plan; ``load_plan(uid)``; ``save()``; ``discard()``."""

    #: A plan was created, changed in status or saved: lists showing plans should refresh.
    plansChanged = Signal(str)  # noqa: N815 - Qt naming
    dirtyChanged = Signal(bool)  # noqa: N815 - Qt naming
    #: Whether a plan is shown that can be printed.
    printAvailable = Signal(bool)  # noqa: N815 - Qt naming

    def __init__(self, store: Store, parent: QWidget | None = None, autosave_ms: int = 5000):
        super().__init__(parent)
        self.setObjectName("planEditor")
        self.store = store
        self.plan: PlanData | None = None
        self.family: families.FamilyData | None = None
        self._member_baseline: list[str] = []
        self._dirty = False
        self._preview_job: PreviewJob | None = None
        self.form = FormController(self)
        self.form.dirtyChanged.connect(lambda _d: self._update_dirty())
        self.autosave = AutosaveSupport(store, self.collect_fields, self, autosave_ms)
        self.dirtyChanged.connect(self.autosave.set_dirty)
        self._build()
        self.retranslate_ui()
        self.load_plan(None)

    # --- layout ------------------------------------------------------------------------

    def _build(self) -> None:
        self.heading = QLabel(self)
        self.heading.setObjectName("paneTitle")
        self.version_label = QLabel(self)
        self.version_combo = QComboBox(self)
        self.version_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.version_combo.activated.connect(self._version_chosen)
        self.status_label = QLabel(self)
        self.frozen_label = QLabel(self)
        self.frozen_label.setObjectName("frozenNotice")
        self.frozen_label.setWordWrap(True)
        self.message_label = ErrorLabel(self)

        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.status_label)
        top.addWidget(self.version_label)
        top.addWidget(self.version_combo)

        # Lifecycle and output buttons.
        self.save_button = QPushButton(self)
        self.save_button.clicked.connect(self.save)
        self.agree_button = QPushButton(self)
        self.agree_button.clicked.connect(self.agree)
        self.revise_button = QPushButton(self)
        self.revise_button.clicked.connect(self.revise)
        self.review_button = QPushButton(self)
        self.review_button.clicked.connect(self.add_review)
        self.complete_button = QPushButton(self)
        self.complete_button.clicked.connect(self.complete)
        self.cancel_plan_button = QPushButton(self)
        self.cancel_plan_button.clicked.connect(self.cancel_plan)
        self.print_button = QPushButton(self)
        self.print_button.clicked.connect(self.print_plan)
        # The buttons wrap onto a second row rather than widen the editor past its pane.
        bar = wrapping_row(
            self.save_button,
            self.agree_button,
            self.revise_button,
            self.review_button,
            self.complete_button,
            self.cancel_plan_button,
            self.print_button,
        )

        # Sections.
        body = QWidget(self)
        grid = QFormLayout(body)
        grid.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.title_edit = QLineEdit(body)
        limit_lengths("plan", {"title": self.title_edit})
        self.phase_combo = QComboBox(body)
        self.parents_list = QListWidget(body)
        self.parents_list.setMaximumHeight(70)
        self.parents_list.itemChanged.connect(lambda _i: self._update_dirty())
        self.collaborators_list = QListWidget(body)
        self.collaborators_list.setMaximumHeight(70)
        self.collaborators_list.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.row_labels: dict[str, QLabel] = {}
        self.row_labels["title"] = self.form.add_row(grid, "title", self.title_edit)
        self.parents_label = QLabel(body)
        self.parents_label.setBuddy(self.parents_list)
        grid.addRow(self.parents_label, self.parents_list)
        self.row_labels["phase"] = self.form.add_row(grid, "phase", self.phase_combo)
        self.text_edits: dict[str, QPlainTextEdit] = {}
        for name in TEXT_SECTIONS:
            edit = QPlainTextEdit(body)
            edit.setTabChangesFocus(True)
            edit.setMinimumHeight(64 if name != "parents_own_words" else 90)
            edit.setObjectName(name)
            self.text_edits[name] = edit
            self.row_labels[name] = self.form.add_row(grid, name, edit)
        self.collaborators_label = QLabel(body)
        grid.addRow(self.collaborators_label, self.collaborators_list)

        # Next review (a lived plan).
        self.next_review_edit = DateField(body)
        self.next_review_button = QPushButton(body)
        self.next_review_button.clicked.connect(self.set_next_review)
        review_row = QHBoxLayout()
        review_row.addWidget(self.next_review_edit)
        review_row.addWidget(self.next_review_button)
        review_row.addStretch(1)
        self.next_review_label = QLabel(body)
        self.next_review_label.setBuddy(self.next_review_edit)
        grid.addRow(self.next_review_label, review_row)

        # Goals and steps.
        self.goals_box = QGroupBox(self)
        self.goals_model = GoalsModel(self.store, self)
        self.goals_model.planChanged.connect(self._goals_changed)
        self.goals_model.refused.connect(self.show_problem)
        self.goals_view = QTreeView(self.goals_box)
        self.goals_view.setModel(self.goals_model)
        self.goals_view.setObjectName("goalsTree")
        self.goals_view.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.goals_view.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.goals_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.goals_view.setAlternatingRowColors(True)
        self.goals_view.setMinimumHeight(220)
        self.goals_view.setItemDelegate(PaddedCells(self.goals_view))
        # The text column takes the room; the others (responsible, due, status…) fit their words.
        goals_header = self.goals_view.header()
        goals_header.setStretchLastSection(False)
        goals_header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        goals_header.setSectionResizeMode(COL_TEXT, QHeaderView.ResizeMode.Stretch)
        self.goals_view.installEventFilter(self)
        self.goals_view.doubleClicked.connect(lambda _i: self.edit_item())
        self.goals_view.selectionModel().currentChanged.connect(self._current_changed)
        self.add_goal_button = QPushButton(self.goals_box)
        self.add_goal_button.clicked.connect(self.add_goal)
        self.add_step_button = QPushButton(self.goals_box)
        self.add_step_button.clicked.connect(self.add_step)
        self.edit_item_button = QPushButton(self.goals_box)
        self.edit_item_button.clicked.connect(self.edit_item)
        self.delete_item_button = QPushButton(self.goals_box)
        self.delete_item_button.clicked.connect(self.delete_item)
        self.up_button = QPushButton(self.goals_box)
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button = QPushButton(self.goals_box)
        self.down_button.clicked.connect(lambda: self.move_current(1))
        self.chart_title = QLabel(self.goals_box)
        self.chart_title.setWordWrap(True)
        self.chart = ScoreChart(self.goals_box)
        goal_buttons = wrapping_row(
            self.add_goal_button,
            self.add_step_button,
            self.edit_item_button,
            self.delete_item_button,
            self.up_button,
            self.down_button,
        )
        goals_layout = QVBoxLayout(self.goals_box)
        goals_layout.addWidget(self.goals_view, 1)
        goals_layout.addWidget(goal_buttons)
        goals_layout.addWidget(self.chart_title)
        goals_layout.addWidget(self.chart)
        self.chart.setFixedHeight(190)

        # Not "scroll": that would hide QWidget.scroll().
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setWidget(body)
        self.split = QSplitter(Qt.Orientation.Horizontal, self)
        self.split.addWidget(self.scroll_area)
        self.split.addWidget(self.goals_box)
        self.split.setStretchFactor(0, 5)
        self.split.setStretchFactor(1, 6)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.frozen_label)
        layout.addWidget(self.message_label)
        layout.addWidget(self.split, 1)
        layout.addWidget(bar)

    def retranslate_ui(self) -> None:
        self.version_label.setText(self.tr("Version"))
        self.version_combo.setToolTip(self.tr("Earlier versions stay readable"))
        self.row_labels["title"].setText(self.tr("&Title"))
        self.parents_label.setText(self.tr("Parents the plan concerns"))
        self.row_labels["phase"].setText(self.tr("P&hase"))
        texts = {
            "legal_basis": self.tr("&Legal basis"),
            "purpose": self.tr("&Purpose"),
            "parents_own_words": self.tr("The parents' &own words"),
            "child_perspective": self.tr("The chil&d's perspective"),
            "resources": self.tr("&Resources and strengths"),
            "concerns": self.tr("&Concerns"),
            "crisis_notes": self.tr("Crisis-&informed notes"),
            "support": self.tr("Individually tailored &support"),
        }
        for name, text in texts.items():
            self.row_labels[name].setText(text)
            self.text_edits[name].setAccessibleName(text.replace("&", ""))
        self.collaborators_label.setText(self.tr("Collaborators involved"))
        self.next_review_label.setText(self.tr("Next &review"))
        self.next_review_button.setText(self.tr("Set date"))
        self.goals_box.setTitle(self.tr("Goals and steps"))
        self.add_goal_button.setText(self.tr("Add &goal…"))
        self.add_step_button.setText(self.tr("Add ste&p…"))
        self.edit_item_button.setText(self.tr("&Edit…"))
        self.delete_item_button.setText(self.tr("Delete"))
        self.up_button.setText(self.tr("Move up"))
        self.up_button.setToolTip(self.tr("Ctrl+Up"))
        self.down_button.setText(self.tr("Move down"))
        self.down_button.setToolTip(self.tr("Ctrl+Down"))
        self.save_button.setText(self.tr("&Save"))
        self.agree_button.setText(self.tr("Agree…"))
        self.agree_button.setToolTip(
            self.tr("The parents and you agree the plan; its content is then frozen")
        )
        self.revise_button.setText(self.tr("Revise (new version)"))
        self.review_button.setText(self.tr("Add re&view…"))
        self.complete_button.setText(self.tr("Complete"))
        self.cancel_plan_button.setText(self.tr("Cancel plan"))
        self.print_button.setText(self.tr("Print / PDF…"))
        phase = self.phase_combo.currentData()
        self.phase_combo.blockSignals(True)
        self.phase_combo.clear()
        for value in PLAN_PHASES:
            self.phase_combo.addItem(words.label("plan_phase", value), value)
        self.phase_combo.setCurrentIndex(max(0, self.phase_combo.findData(phase)))
        self.phase_combo.blockSignals(False)
        self.goals_model.retranslate_ui()
        self._show_state()

    #: Narrower than this, the plan text sits above the goals instead of beside them.
    SIDE_BY_SIDE_MIN_WIDTH = 1100

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        wide = event.size().width() >= self.SIDE_BY_SIDE_MIN_WIDTH
        orientation = Qt.Orientation.Horizontal if wide else Qt.Orientation.Vertical
        if self.split.orientation() != orientation:
            self.split.setOrientation(orientation)
            self.scroll_area.setMinimumHeight(0 if wide else 360)
        super().resizeEvent(event)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """Ctrl+Up / Ctrl+Down in the goals tree move the current goal or step."""
        if watched is self.goals_view and event.type() == QEvent.Type.KeyPress:
            key = event.key()  # type: ignore[attr-defined]
            ctrl = event.modifiers() & Qt.KeyboardModifier.ControlModifier  # type: ignore[attr-defined]
            if ctrl and key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                self.move_current(-1 if key == Qt.Key.Key_Up else 1)
                return True
        return super().eventFilter(watched, event)

    # --- loading -------------------------------------------------------------------------

    def load_plan(self, plan_uid: str | None, offer_restore: bool = True) -> None:
        """Show plan ``plan_uid`` (None: nothing) and offer back any text kept after a crash."""
        self.autosave.stop()
        self.show_message("")
        if plan_uid is None:
            self.plan = None
            self.family = None
            self.form.load({})
            self._member_baseline = []
            self.goals_model.load(None)
            self._show_state()
            return
        plan = plans.get_plan(self.store, plan_uid)
        self.plan = plan
        self.family = families.get_family(self.store, plan.family_uid)
        self._fill_people(plan)
        values: dict[str, Any] = {name: getattr(plan, name) for name in TEXT_SECTIONS}
        values.update(title=plan.title, phase=plan.phase)
        self.form.load(values)
        self._member_baseline = sorted(plan.member_uids)
        self.next_review_edit.set_value(plan.next_review)
        self.goals_model.load(plan)
        self.goals_view.expandAll()
        if self.goals_model.rowCount():
            self.goals_view.setCurrentIndex(self.goals_model.index(0, 0))
        self._fill_versions(plan)
        self._apply_prompts()
        self._show_state()
        self._update_dirty()
        if plan.editable:
            self.autosave.start(autosave_key(plan.uid), plan.family_uid)
            if offer_restore:
                payload = self.autosave.offer_restore(self)
                if payload is not None:
                    self.apply_fields(payload)

    def _fill_people(self, plan: PlanData) -> None:
        self.parents_list.blockSignals(True)
        self.parents_list.clear()
        members = families.list_members(self.store, plan.family_uid)
        for m in members:
            if m.role not in PARENT_ROLES and m.uid not in plan.member_uids:
                continue
            item = QListWidgetItem(m.full_name, self.parents_list)
            item.setData(Qt.ItemDataRole.UserRole, m.uid)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            checked = m.uid in plan.member_uids
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.parents_list.blockSignals(False)
        self.collaborators_list.clear()
        self._collaborators = families.list_family_professionals(self.store, plan.family_uid)
        for p in self._collaborators:
            extra = ", ".join(x for x in (p.role, p.organisation) if x)
            QListWidgetItem(f"{p.name} ({extra})" if extra else p.name, self.collaborators_list)
        self._parent_names = [m.full_name for m in members if m.role in PARENT_ROLES]

    def _fill_versions(self, plan: PlanData) -> None:
        self.version_combo.clear()
        for v in plans.plan_versions(self.store, plan.uid):
            label = self.tr("%1 (%2)").replace("%1", str(v.version))
            self.version_combo.addItem(
                label.replace("%2", words.label("plan_status", v.status)), v.uid
            )
        self.version_combo.setCurrentIndex(self.version_combo.findData(plan.uid))

    def _apply_prompts(self) -> None:
        """Template prompts as placeholder text: guidance only, never saved."""
        template = template_for_setting(self.family.setting) if self.family else None
        if template is None:
            templates = list_templates()
            template = templates[0] if templates else None
        lang = ui_language()
        for name, edit in self.text_edits.items():
            edit.setPlaceholderText(template.prompt(name, lang) if template else "")

    # --- state ---------------------------------------------------------------------------

    def _show_state(self) -> None:
        plan = self.plan
        shown = plan is not None
        self.split.setEnabled(shown)
        for b in (
            self.save_button,
            self.agree_button,
            self.revise_button,
            self.review_button,
            self.complete_button,
            self.cancel_plan_button,
            self.print_button,
        ):
            b.setVisible(shown)
        self.version_combo.setVisible(shown)
        self.version_label.setVisible(shown)
        if plan is None:
            self.heading.setText(self.tr("No plan chosen"))
            self.status_label.setText("")
            self.frozen_label.setText(
                self.tr("Choose a plan in the list, or start a new plan with the parents.")
            )
            self.printAvailable.emit(False)
            return
        editable = plan.editable
        self.heading.setText(plan.title)
        status = words.label("plan_status", plan.status)
        self.status_label.setText(status)
        self.title_edit.setReadOnly(not editable)
        for edit in self.text_edits.values():
            edit.setReadOnly(not editable)
        self.phase_combo.setEnabled(editable)
        for i in range(self.parents_list.count()):
            item = self.parents_list.item(i)
            flags = Qt.ItemFlag.ItemIsEnabled
            if editable:
                flags |= Qt.ItemFlag.ItemIsUserCheckable
            item.setFlags(flags)
        self.goals_view.setDragEnabled(editable)
        self.goals_view.setAcceptDrops(editable)
        for b in (
            self.add_goal_button,
            self.add_step_button,
            self.delete_item_button,
            self.up_button,
            self.down_button,
        ):
            b.setEnabled(editable)
        self.edit_item_button.setEnabled(True)
        self.save_button.setEnabled(editable)
        self.agree_button.setEnabled(editable)
        self.revise_button.setEnabled(plan.live)
        self.review_button.setEnabled(plan.live)
        self.complete_button.setEnabled(plan.live)
        self.cancel_plan_button.setEnabled(
            plan.status in ("draft", "agreed") and not plan.superseded_by_uid
        )
        self.next_review_edit.setReadOnly(not plan.live)
        self.next_review_button.setEnabled(plan.live)
        self.frozen_label.setText(self._frozen_text(plan))
        self.frozen_label.setVisible(bool(self.frozen_label.text()))
        self.printAvailable.emit(True)

    def _frozen_text(self, plan: PlanData) -> str:
        if plan.editable:
            return ""
        if plan.superseded_by_uid:
            return self.tr(
                "This is an earlier version. It was replaced by a newer agreed version and is "
                "kept for reading only."
            )
        if plan.status == "agreed":
            return self.tr(
                "Agreed on %1. The agreed content is frozen: steps can be ticked off, goals "
                "marked reached or dropped and reviews added. To change anything else, start "
                "a new version with Revise."
            ).replace("%1", format_date(plan.agreed_on))
        if plan.status == "completed":
            return self.tr("This plan is completed and kept for reading only.")
        return self.tr("This plan was cancelled and is kept for reading only.")

    def is_read_only(self) -> bool:
        return self.plan is None or not self.plan.editable

    # --- fields and dirty state ----------------------------------------------------------

    def checked_members(self) -> list[str]:
        out = []
        for i in range(self.parents_list.count()):
            item = self.parents_list.item(i)
            if item.checkState() == Qt.CheckState.Checked:
                out.append(item.data(Qt.ItemDataRole.UserRole))
        return sorted(out)

    def collect_fields(self) -> dict[str, Any]:
        """The plan's fields as typed (plain data: for saving and for the autosave)."""
        values, _errors = self.form.read()
        out = {name: values[name] for name in ("title", "phase", *TEXT_SECTIONS)}
        out["member_uids"] = self.checked_members()
        return out

    def apply_fields(self, payload: dict[str, Any]) -> None:
        """Put recovered fields back as edits (the plan becomes unsaved)."""
        for name in ("title", "phase", *TEXT_SECTIONS):
            if name in payload:
                self.form.set_value(name, payload[name])
        if "member_uids" in payload:
            wanted = set(payload["member_uids"])
            for i in range(self.parents_list.count()):
                item = self.parents_list.item(i)
                on = item.data(Qt.ItemDataRole.UserRole) in wanted
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        self._update_dirty()

    def _update_dirty(self) -> None:
        dirty = (
            self.plan is not None
            and self.plan.editable
            and (self.form.is_dirty() or self.checked_members() != self._member_baseline)
        )
        if dirty != self._dirty:
            self._dirty = dirty
            self.dirtyChanged.emit(dirty)

    def has_unsaved_changes(self) -> bool:
        return self._dirty

    def save(self) -> bool:
        """Save the draft's fields; True when nothing is left unsaved."""
        if self.plan is None or not self._dirty:
            return True
        fields = self.collect_fields()
        try:
            plans.update_plan(self.store, self.plan.uid, loaded=self.plan, **fields)
        except RecordChanged as exc:
            self._keep_mine_over_theirs(fields, exc.fields)
            return False
        except ValidationFailed as exc:
            self.show_problem(self.form.show_errors(exc.errors))
            return False
        except plans.PlanError as exc:
            self.show_problem(exc)
            return False
        self.autosave.discard()
        uid = self.plan.uid
        self.load_plan(uid, offer_restore=False)
        self.plansChanged.emit(uid)
        return True

    def _keep_mine_over_theirs(self, fields: dict[str, Any], theirs: list[str]) -> None:
        """Someone saved the plan since it was loaded: show their version, this worker's
        own edits on top (unsaved), and what they changed; nothing of either is lost."""
        assert self.plan is not None
        was: dict[str, Any] = {n: getattr(self.plan, n) for n in ("title", "phase", *TEXT_SECTIONS)}
        was["member_uids"] = self._member_baseline
        mine = {name: value for name, value in fields.items() if value != was.get(name)}
        self.load_plan(self.plan.uid, offer_restore=False)
        self.apply_fields(mine)
        self.message_label.show_live(lambda: self._conflict_text(theirs))

    def _conflict_text(self, theirs: list[str]) -> str:
        if not theirs:
            return self.tr(
                "Someone else saved this plan just now. Their version is shown with your "
                "changes on top: check them, then save again."
            )
        return self.tr(
            "Someone else saved this plan after you opened it and changed: %1. Their version "
            "is shown with your changes on top: check them, then save again."
        ).replace("%1", ", ".join(self._field_label(name) for name in theirs))

    def _field_label(self, name: str) -> str:
        if name == "member_uids":
            return self.parents_label.text()
        label = self.row_labels.get(name)
        return label.text().replace("&", "") if label is not None else name

    def discard(self) -> None:
        """Throw the unsaved edits away (and the text kept for recovery)."""
        if self.plan is None:
            return
        self.autosave.discard()
        self.load_plan(self.plan.uid, offer_restore=False)

    def show_message(self, text: str) -> None:
        """A line above the plan ('' hides it)."""
        self.message_label.show_message(text)

    def show_problem(self, problem: Problem) -> None:
        """What the core refused, in the interface language (it follows a switch)."""
        self.message_label.show_error(problem)

    def _confirm(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(
            self,
            title,
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _version_chosen(self, _index: int) -> None:
        uid = self.version_combo.currentData()
        if uid and self.plan is not None and uid != self.plan.uid:
            if self._dirty and not self.save():
                self.version_combo.setCurrentIndex(self.version_combo.findData(self.plan.uid))
                return
            self.load_plan(uid)

    # --- lifecycle -------------------------------------------------------------------------

    def agree_dialog(self) -> AgreeDialog | None:
        """The Agree dialog for the draft shown (not shown yet): what agreeing means, the gaps."""
        if self.plan is None or not self.plan.editable:
            return None
        return AgreeDialog(self.store, self.plan, self)

    def agree(self) -> bool:
        """Agree the draft after the worker has seen what it lacks; the content is then frozen."""
        if self.plan is None or not self.plan.editable:
            return False
        if self._dirty and not self.save():
            return False
        dialog = self.agree_dialog()
        if dialog is None:
            return False
        try:
            if dialog.exec() != AgreeDialog.DialogCode.Accepted:
                return False
            day, review = dialog.agreed_on(), dialog.next_review()
        finally:
            dialog.deleteLater()
        try:
            plans.agree_plan(self.store, self.plan.uid, agreed_on=day, next_review=review)
        except (plans.PlanError, ValidationFailed) as exc:
            self.show_problem(exc)
            return False
        self._reload_changed(self.plan.uid)
        self.message_label.show_live(
            lambda: self.tr("The plan is agreed. Print it (Ctrl+P) for the parents to sign.")
        )
        return True

    def revise(self) -> bool:
        """Start a new draft version of the agreed plan and show it."""
        if self.plan is None or not self.plan.live:
            return False
        try:
            uid = plans.revise_plan(self.store, self.plan.uid)
        except plans.PlanError as exc:
            self.show_problem(exc)
            return False
        return self._reload_changed(uid)

    def complete(self) -> bool:
        if self.plan is None or not self._confirm(
            self.tr("Complete the plan"),
            self.tr("Mark the plan as completed? It is kept for reading only."),
        ):
            return False
        try:
            plans.complete_plan(self.store, self.plan.uid)
        except plans.PlanError as exc:
            self.show_problem(exc)
            return False
        return self._reload_changed(self.plan.uid)

    def cancel_plan(self) -> bool:
        if self.plan is None or not self._confirm(
            self.tr("Cancel the plan"),
            self.tr("Cancel the plan? It is kept for reading only and cannot be taken up again."),
        ):
            return False
        try:
            plans.cancel_plan(self.store, self.plan.uid)
        except plans.PlanError as exc:
            self.show_problem(exc)
            return False
        self.autosave.discard()
        return self._reload_changed(self.plan.uid)

    def set_next_review(self) -> bool:
        if self.plan is None:
            return False
        try:
            day = self.next_review_edit.value()
            plans.set_next_review(self.store, self.plan.uid, day)
        except plans.PlanError as exc:
            self.show_problem(exc)
            return False
        except ValueError:
            self.show_problem(not_a_date("next_review"))
            return False
        return self._reload_changed(self.plan.uid)

    def _reload_changed(self, uid: str) -> bool:
        self.load_plan(uid, offer_restore=False)
        self.plansChanged.emit(uid)
        return True

    def review_dialog(self) -> ReviewDialog | None:
        """A review dialog for the plan (not shown): tests and ``add_review`` use it."""
        if self.plan is None or not self.plan.live:
            return None
        return ReviewDialog(self.store, self.plan.uid, self)

    def add_review(self) -> bool:
        dialog = self.review_dialog()
        if dialog is None:
            return False
        try:
            if dialog.exec() != ReviewDialog.DialogCode.Accepted:
                return False
        finally:
            dialog.deleteLater()
        return self._reload_changed(dialog.plan.uid)

    def print_plan(self) -> PreviewJob | None:
        """Build the plan PDF off the GUI thread and preview it."""
        if self.plan is None:
            return None
        if self._dirty and not self.save():
            return None
        ref = self.family.reference if self.family else "plan"
        name = f"{ref}-plan-v{self.plan.version}.pdf".replace("/", "-")
        self._preview_job = build_and_preview(
            self, build_plan_pdf, self.store, self.plan.uid, lang=ui_language(), file_name=name
        )
        return self._preview_job

    # --- goals and steps -------------------------------------------------------------------

    def current_uid(self) -> tuple[str | None, str | None]:
        index = self.goals_view.currentIndex()
        return self.goals_model.kind(index), self.goals_model.uid(index)

    def _goal_for_current(self) -> plans.GoalData | None:
        if self.plan is None:
            return None
        index = self.goals_view.currentIndex()
        if not index.isValid():
            return None
        index = index.siblingAtColumn(0)
        if self.goals_model.kind(index) == "step":
            index = index.parent()
        uid = self.goals_model.uid(index)
        return next((g for g in self.plan.goals if g.uid == uid), None)

    def _goals_changed(self, uid: str) -> None:
        self.plan = self.goals_model.plan
        self.goals_view.expandAll()
        self._current_changed(self.goals_view.currentIndex(), QModelIndex())

    def _after_goal_change(self, select_uid: str | None) -> None:
        self.goals_model.reload()
        if select_uid:
            self.select(select_uid)

    def select(self, uid: str) -> None:
        index = self.goals_model.index_of(uid)
        if index.isValid():
            self.goals_view.setCurrentIndex(index)

    def responsible_choices(self) -> list[str]:
        worker = self.family.worker if self.family and self.family.worker else ""
        names = [*getattr(self, "_parent_names", []), worker or words.label("term", "worker")]
        names += [p.name for p in getattr(self, "_collaborators", [])]
        return list(dict.fromkeys(n for n in names if n))

    def add_goal(self) -> str | None:
        if self.plan is None or not self.plan.editable:
            return None
        dialog = GoalDialog(None, "edit", self)
        try:
            if dialog.exec() != GoalDialog.DialogCode.Accepted:
                return None
            goal = dialog.goal()
        finally:
            dialog.deleteLater()
        return self._do(lambda: plans.add_goal(self.store, self.plan.uid, goal))  # type: ignore[union-attr]

    def add_step(self) -> str | None:
        goal = self._goal_for_current()
        if self.plan is None or not self.plan.editable or goal is None:
            if goal is None and self.plan is not None:
                self.show_message(self.tr("Choose the goal the step belongs to."))
            return None
        dialog = StepDialog(None, self.responsible_choices(), self)
        try:
            if dialog.exec() != StepDialog.DialogCode.Accepted:
                return None
            step = dialog.step()
        finally:
            dialog.deleteLater()
        return self._do(lambda: plans.add_step(self.store, goal.uid, step))

    def edit_item(self) -> str | None:
        kind, uid = self.current_uid()
        if self.plan is None or uid is None:
            return None
        if kind == "goal":
            mode = "edit" if self.plan.editable else "status" if self.plan.live else "read"
            return self._edit_goal(uid, mode)
        if not self.plan.editable:
            return None
        return self._edit_step(uid)

    def _edit_goal(self, uid: str, mode: str) -> str | None:
        """The goal dialog, saved with the goal as loaded; opened again after a refusal."""
        assert self.plan is not None
        loaded = next(g for g in self.plan.goals if g.uid == uid)
        shown, refusal = loaded, None
        while True:
            dialog = GoalDialog(shown, mode, self)
            if refusal is not None:
                dialog.show_refusal(refusal)
            try:
                if dialog.exec() != GoalDialog.DialogCode.Accepted or mode == "read":
                    return None
                fields = dialog.fields()
            finally:
                dialog.deleteLater()
            try:
                if mode == "status":
                    plans.set_goal_status(self.store, uid, fields["status"], loaded=loaded)
                else:
                    plans.update_goal(self.store, uid, loaded=loaded, **fields)
            except RecordChanged as exc:
                # Theirs, with this worker's edits on top, in the dialog again.
                mine = {k: v for k, v in fields.items() if v != getattr(loaded, k)}
                loaded = plans.get_goal(self.store, uid)
                shown, refusal = replace(loaded, **mine), exc
                self._after_goal_change(uid)
                continue
            except (plans.PlanError, ValidationFailed, NotFound) as exc:
                self.show_problem(exc)
                return None
            self.show_message("")
            self._after_goal_change(uid)
            return uid

    def _edit_step(self, uid: str) -> str | None:
        """The step dialog, saved with the step as loaded; opened again after a refusal."""
        assert self.plan is not None
        loaded = next(s for g in self.plan.goals for s in g.steps if s.uid == uid)
        shown, refusal = loaded, None
        while True:
            dialog = StepDialog(shown, self.responsible_choices(), self)
            if refusal is not None:
                dialog.show_refusal(refusal)
            try:
                if dialog.exec() != StepDialog.DialogCode.Accepted:
                    return None
                new = dialog.step()
            finally:
                dialog.deleteLater()
            fields: dict[str, Any] = {
                "text": new.text, "responsible": new.responsible, "due_date": new.due_date
            }
            try:
                plans.update_step(self.store, uid, loaded=loaded, **fields)
            except RecordChanged as exc:
                mine = {k: v for k, v in fields.items() if v != getattr(loaded, k)}
                loaded = plans.get_step(self.store, uid)
                shown, refusal = replace(loaded, **mine), exc
                self._after_goal_change(uid)
                continue
            except (plans.PlanError, ValidationFailed, NotFound) as exc:
                self.show_problem(exc)
                return None
            self.show_message("")
            self._after_goal_change(uid)
            return uid

    def delete_item(self) -> bool:
        kind, uid = self.current_uid()
        if self.plan is None or uid is None or not self.plan.editable:
            return False
        question = (
            self.tr("Delete the goal and its steps?")
            if kind == "goal"
            else self.tr("Delete the step?")
        )
        if not self._confirm(self.tr("Delete"), question):
            return False
        fn = plans.delete_goal if kind == "goal" else plans.delete_step
        return self._do(lambda: fn(self.store, uid) or "") is not None

    def _do(self, fn: Any) -> str | None:
        """Run a core change, show a refusal, reload the goals and select the result."""
        try:
            result = fn()
        except (plans.PlanError, ValidationFailed, NotFound) as exc:
            self.show_problem(exc)
            return None
        self.show_message("")
        self._after_goal_change(result or None)
        return result

    def move_current(self, delta: int) -> bool:
        kind, uid = self.current_uid()
        if uid is None:
            return False
        moved = self.goals_model.move_by(self.goals_view.currentIndex(), delta)
        if moved:
            self.select(uid)
        return moved

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        goal = self._goal_for_current()
        if goal is None:
            self.chart_title.setText(self.tr("Choose a goal to see its scores over time."))
            self.chart.set_history([])
            return
        self.chart_title.setText(self.tr("Scores for: %1").replace("%1", goal.title))
        self.chart.set_history(plans.goal_score_history(self.store, goal.uid))
