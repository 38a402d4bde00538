"""The plan's goals and their steps as a Qt tree, reordered by drag or Ctrl+Up/Ctrl+Down.

Every reorder goes to ``core.plans.move_goal`` / ``move_step`` (which refuse
an agreed plan), and the tree is reloaded from the store, so what is shown is
always what was saved. Ticking a step's box calls ``set_step_done`` — allowed
on a draft and on an agreed plan that is being lived.
"""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import (
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QStandardItem, QStandardItemModel

from famdesk.core import plans
from famdesk.core.errors import NotFound
from famdesk.core.plans import PlanData
from famdesk.core.storage import Store
from famdesk.ui.common import words
from famdesk.ui.common.form_support import format_date

UID_ROLE = Qt.ItemDataRole.UserRole + 1
KIND_ROLE = Qt.ItemDataRole.UserRole + 2
MIME_TYPE = "application/x-famdesk-plan-item"
COL_TEXT, COL_WHO, COL_WHEN, COL_STATE = range(4)
MUTED = QColor("#6b7684")


class GoalsModel(QStandardItemModel):
    """Goals (top level) with their steps (children); four columns."""

    #: The plan changed in the store (a reorder, a step ticked); carries the plan uid.
    planChanged = Signal(str)  # noqa: N815 - Qt naming
    #: A change was refused by the core; carries the refusal (a ``CoreError``).
    refused = Signal(object)

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.plan: PlanData | None = None
        self._loading = False
        self.itemChanged.connect(self._item_changed)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setHorizontalHeaderLabels(
            [self.tr("Goal / step"), self.tr("Who / ICS"), self.tr("When"), self.tr("Status")]
        )
        if self.plan is not None:
            self.load(self.plan)

    # --- filling ---------------------------------------------------------------------

    @property
    def reorderable(self) -> bool:
        return self.plan is not None and self.plan.editable

    def load(self, plan: PlanData | None) -> None:
        self._loading = True
        try:
            self.plan = plan
            self.removeRows(0, self.rowCount())
            if plan is None:
                return
            for number, goal in enumerate(plan.goals, start=1):
                title = QStandardItem(f"{number}. {goal.title}")
                bold = QFont(title.font())
                bold.setBold(True)
                title.setFont(bold)
                title.setToolTip(goal.success_criteria)
                row = [
                    title,
                    QStandardItem(words.label("ics_dimension", goal.ics_dimension)),
                    QStandardItem(format_date(goal.target_date)),
                    QStandardItem(words.label("goal_status", goal.status)),
                ]
                for item in row:
                    self._tag(item, "goal", goal.uid)
                title.setFlags(title.flags() | self._drag_flags(drop=True))
                for step in goal.steps:
                    text = QStandardItem(step.text)
                    done = QStandardItem(self.tr("Done") if step.done else "")
                    done.setCheckable(True)
                    done.setCheckState(
                        Qt.CheckState.Checked if step.done else Qt.CheckState.Unchecked
                    )
                    live = plan.editable or plan.live
                    flags = done.flags()
                    if not live:
                        flags &= ~Qt.ItemFlag.ItemIsUserCheckable
                    done.setFlags(flags)
                    done.setToolTip(self.tr("Tick off the step when it is done"))
                    cells = [
                        text,
                        QStandardItem(step.responsible),
                        QStandardItem(format_date(step.due_date)),
                        done,
                    ]
                    for item in cells:
                        self._tag(item, "step", step.uid)
                        if step.done:
                            item.setForeground(QBrush(MUTED))
                    text.setFlags(text.flags() | self._drag_flags(drop=False))
                    title.appendRow(cells)
                self.appendRow(row)
        finally:
            self._loading = False

    def _tag(self, item: QStandardItem, kind: str, uid: str) -> None:
        item.setData(kind, KIND_ROLE)
        item.setData(uid, UID_ROLE)
        item.setEditable(False)
        item.setFlags(
            item.flags() & ~Qt.ItemFlag.ItemIsDropEnabled & ~Qt.ItemFlag.ItemIsDragEnabled
        )

    def _drag_flags(self, drop: bool) -> Qt.ItemFlag:
        if not self.reorderable:
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsDragEnabled
        if drop:
            flags |= Qt.ItemFlag.ItemIsDropEnabled
        return flags

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        if not index.isValid() and self.reorderable:
            flags |= Qt.ItemFlag.ItemIsDropEnabled  # goals dropped between goals
        return flags

    # --- lookups ---------------------------------------------------------------------

    def kind(self, index: QModelIndex) -> str | None:
        return index.siblingAtColumn(0).data(KIND_ROLE) if index.isValid() else None

    def uid(self, index: QModelIndex) -> str | None:
        return index.siblingAtColumn(0).data(UID_ROLE) if index.isValid() else None

    def index_of(self, uid: str) -> QModelIndex:
        """The first-column index showing goal or step ``uid`` (invalid if none)."""
        for r in range(self.rowCount()):
            goal = self.item(r, 0)
            if goal.data(UID_ROLE) == uid:
                return goal.index()
            for c in range(goal.rowCount()):
                if goal.child(c, 0).data(UID_ROLE) == uid:
                    return goal.child(c, 0).index()
        return QModelIndex()

    # --- reordering ------------------------------------------------------------------

    def move_by(self, index: QModelIndex, delta: int) -> bool:
        """Move the goal or step at ``index`` up (-1) or down (+1) among its siblings."""
        if not self.reorderable or not index.isValid():
            return False
        index = index.siblingAtColumn(0)
        siblings = self.rowCount(index.parent())
        new_row = index.row() + delta
        if not 0 <= new_row < siblings:
            return False
        uid = self.uid(index)
        assert uid is not None
        if self.kind(index) == "goal":
            return self._apply(plans.move_goal, uid, new_row)
        return self._apply(plans.move_step, uid, new_row)

    def _apply(self, fn: Any, *args: Any) -> bool:
        assert self.plan is not None
        try:
            fn(self.store, *args)
        except (plans.PlanError, NotFound) as exc:
            self.refused.emit(exc)
            return False
        self.reload()
        return True

    def reload(self) -> None:
        if self.plan is None:
            return
        self.load(plans.get_plan(self.store, self.plan.uid))
        self.planChanged.emit(self.plan.uid)

    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802 - Qt override
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:  # noqa: N802 - Qt override
        return [MIME_TYPE]

    def mimeData(self, indexes: Any) -> QMimeData:  # noqa: N802 - Qt override
        data = QMimeData()
        first = next((i for i in indexes if i.isValid()), None)
        if first is not None:
            payload = {"kind": self.kind(first), "uid": self.uid(first), "row": first.row()}
            data.setData(MIME_TYPE, json.dumps(payload).encode())
        return data

    def canDropMimeData(self, data, action, row, column, parent) -> bool:  # type: ignore[no-untyped-def]  # noqa: N802
        if not self.reorderable or not data.hasFormat(MIME_TYPE):
            return False
        payload = json.loads(bytes(data.data(MIME_TYPE).data()).decode())
        target_kind = self.kind(parent)
        if payload["kind"] == "goal":
            return not parent.isValid() or target_kind == "goal" and row == -1
        return target_kind == "goal"

    def dropMimeData(self, data, action, row, column, parent) -> bool:  # type: ignore[no-untyped-def]  # noqa: N802
        """Do the move in the core; return False so the view removes nothing itself."""
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        payload = json.loads(bytes(data.data(MIME_TYPE).data()).decode())
        uid, old_row = payload["uid"], payload["row"]
        if payload["kind"] == "goal":
            if parent.isValid():  # dropped onto a goal: take its place
                row = parent.siblingAtColumn(0).row()
                new_index = row
            else:
                row = self.rowCount() if row < 0 else row
                new_index = row - 1 if row > old_row else row
            args: tuple[Any, ...] = (plans.move_goal, uid, new_index)
        else:
            goal_index = parent.siblingAtColumn(0)
            goal_uid = self.uid(goal_index)
            same = self.index_of(uid).parent() == goal_index
            count = self.rowCount(goal_index)
            row = count if row < 0 else row
            new_index = row - 1 if same and row > old_row else row
            args = (plans.move_step, uid, new_index, goal_uid)
        # The view is still inside its drag; reload once it is done with the old rows.
        QTimer.singleShot(0, lambda: self._apply(*args))
        return False

    # --- ticking off ----------------------------------------------------------------

    def _item_changed(self, item: QStandardItem) -> None:
        if self._loading or item.column() != COL_STATE or item.data(KIND_ROLE) != "step":
            return
        done = item.checkState() == Qt.CheckState.Checked
        uid = item.data(UID_ROLE)
        QTimer.singleShot(0, lambda: self._apply(plans.set_step_done, uid, done))
