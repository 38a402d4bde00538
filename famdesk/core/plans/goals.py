"""A plan's goals and the steps under them: added, changed, reordered, ticked off.

A draft's goals and steps change freely. Once the plan is agreed only what
happens while it is lived may change: a step is ticked off, a goal is marked
reached, dropped or open again. Positions are kept dense (0, 1, 2, …) so the
editor and the PDF show the order the worker chose.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy.orm import Session

from famdesk.core import audit
from famdesk.core.errors import Code, ErrorCollector
from famdesk.core.plans.checks import (
    PlanError,
    changed_fields,
    check_goal_data,
    check_goal_fields,
    check_step_fields,
    goal_fields,
    require_draft,
    require_live,
    step_fields,
)
from famdesk.core.plans.reading import goal_row, plan_row, step_row
from famdesk.core.plans.records import GOAL_FIELDS, STEP_FIELDS, GoalData, StepData
from famdesk.core.versions import check_version, guarded
from famdesk.db.models import ActionPlan, Goal, Step
from famdesk.db.store import Store


def append_goals(
    plan: ActionPlan, goals: Sequence[GoalData], previous_goal_ids: Sequence[int | None] = ()
) -> None:
    """Append ``goals`` as rows; ``previous_goal_ids`` (parallel, may be shorter) links copies."""
    start = len(plan.goals)
    for i, goal in enumerate(goals):
        g = Goal(position=start + i, **goal_fields(goal))
        if i < len(previous_goal_ids):
            g.previous_goal_id = previous_goal_ids[i]
        g.steps = [Step(position=j, **step_fields(st)) for j, st in enumerate(goal.steps)]
        plan.goals.append(g)


def _renumber(items: Sequence[Any]) -> None:
    for i, item in enumerate(items):
        item.position = i


def _reorder(items: list[Any], item: Any, new_index: int) -> None:
    """Move ``item`` within ``items`` to ``new_index`` (clamped) and renumber positions."""
    items.remove(item)
    new_index = max(0, min(new_index, len(items)))
    items.insert(new_index, item)
    _renumber(items)


def _change(
    s: Session,
    row: Goal | Step,
    plan: ActionPlan,
    fields: dict[str, Any],
    *,
    lived: tuple[str, str],
    parent: dict[str, str],
) -> list[str]:
    """Set checked ``fields`` on a goal or step row; the names that changed, audited.

    A draft takes any field; a plan being lived only the one field ``lived``
    names (a goal's status, a step's tick), with the words for its refusal.
    """
    entity = "goal" if isinstance(row, Goal) else "step"
    field_name, doing = lived
    if set(fields) <= {field_name} and plan.status == "agreed":
        require_live(s, plan, doing)
    else:
        require_draft(plan, f"the plan's {entity}s")
    changed = changed_fields(row, fields)
    for name, value in fields.items():
        setattr(row, name, value)
    if changed:
        audit.record(s, "update", entity, row.uid, plan.family.uid, {**parent, "fields": changed})
    return changed


# --- goals ---------------------------------------------------------------------------------


def add_goal(store: Store, plan_uid: str, goal: GoalData, index: int | None = None) -> str:
    """Add a goal (with any steps) to a draft; at ``index`` or last. Returns its uid."""
    errors = ErrorCollector()
    check_goal_data(goal, errors, "goal")
    errors.raise_if_any()
    with store.session() as s:
        plan = plan_row(s, plan_uid)
        require_draft(plan, "the plan's goals")
        append_goals(plan, [goal])
        new = plan.goals[-1]
        if index is not None:
            _reorder(plan.goals, new, index)
        s.flush()
        audit.record(
            s,
            "create",
            "goal",
            new.uid,
            plan.family.uid,
            {"plan": plan.uid, "fields": sorted(GOAL_FIELDS), "steps": len(goal.steps)},
        )
        return new.uid


def update_goal(
    store: Store, goal_uid: str, *, loaded: GoalData | None = None, **fields: Any
) -> list[str]:
    """Change a goal. On an agreed plan only ``status`` (reached/dropped/open) may change.

    ``loaded``: the goal as the editor read it; a save after someone else's
    is refused (``RecordChanged``, naming what they changed).
    """
    errors = ErrorCollector()
    check_goal_fields(fields, errors)
    errors.raise_if_any()
    with guarded("goal"), store.session() as s:
        goal = goal_row(s, goal_uid)
        if loaded is not None:
            was = {name: getattr(loaded, name) for name in GOAL_FIELDS}
            check_version(goal, "goal", loaded.row_version, was)
        lived = ("status", "change the goal's status")
        return _change(s, goal, goal.plan, fields, lived=lived, parent={"plan": goal.plan.uid})


def set_goal_status(
    store: Store, goal_uid: str, status: str, loaded: GoalData | None = None
) -> None:
    """Mark a goal reached, dropped or open again — allowed while a plan is lived."""
    update_goal(store, goal_uid, loaded=loaded, status=status)


def delete_goal(store: Store, goal_uid: str) -> None:
    with store.session() as s:
        goal = goal_row(s, goal_uid)
        plan = goal.plan
        require_draft(plan, "the plan's goals")
        plan.goals.remove(goal)
        s.delete(goal)
        _renumber(plan.goals)
        audit.record(s, "delete", "goal", goal_uid, plan.family.uid, {"plan": plan.uid})


def move_goal(store: Store, goal_uid: str, new_index: int) -> None:
    """Reorder a draft's goals: ``goal_uid`` goes to ``new_index`` (0-based, clamped)."""
    with store.session() as s:
        goal = goal_row(s, goal_uid)
        plan = goal.plan
        require_draft(plan, "the order of the goals")
        _reorder(plan.goals, goal, new_index)
        audit.record(
            s,
            "update",
            "goal",
            goal.uid,
            plan.family.uid,
            {"plan": plan.uid, "fields": ["position"]},
        )


# --- steps ---------------------------------------------------------------------------------


def add_step(store: Store, goal_uid: str, step: StepData, index: int | None = None) -> str:
    errors = ErrorCollector()
    check_step_fields(step_fields(step), errors)
    errors.raise_if_any()
    with store.session() as s:
        goal = goal_row(s, goal_uid)
        require_draft(goal.plan, "the plan's steps")
        new = Step(position=len(goal.steps), **step_fields(step))
        goal.steps.append(new)
        if index is not None:
            _reorder(goal.steps, new, index)
        s.flush()
        audit.record(
            s,
            "create",
            "step",
            new.uid,
            goal.plan.family.uid,
            {"goal": goal.uid, "fields": sorted(STEP_FIELDS)},
        )
        return new.uid


def update_step(
    store: Store, step_uid: str, *, loaded: StepData | None = None, **fields: Any
) -> list[str]:
    """Change a step. On an agreed plan only ``done`` may change (ticking it off).

    ``loaded``: the step as the editor read it (``core.versions``).
    """
    errors = ErrorCollector()
    check_step_fields(fields, errors)
    errors.raise_if_any()
    with guarded("step"), store.session() as s:
        step = step_row(s, step_uid)
        if loaded is not None:
            was = {name: getattr(loaded, name) for name in STEP_FIELDS}
            check_version(step, "step", loaded.row_version, was)
        lived = ("done", "tick off the step")
        return _change(s, step, step.goal.plan, fields, lived=lived, parent={"goal": step.goal.uid})


def set_step_done(
    store: Store, step_uid: str, done: bool = True, loaded: StepData | None = None
) -> None:
    update_step(store, step_uid, loaded=loaded, done=done)


def delete_step(store: Store, step_uid: str) -> None:
    with store.session() as s:
        step = step_row(s, step_uid)
        goal = step.goal
        require_draft(goal.plan, "the plan's steps")
        goal.steps.remove(step)
        s.delete(step)
        _renumber(goal.steps)
        audit.record(s, "delete", "step", step_uid, goal.plan.family.uid, {"goal": goal.uid})


def move_step(store: Store, step_uid: str, new_index: int, goal_uid: str | None = None) -> None:
    """Reorder a step within its goal, or move it to ``goal_uid`` (same plan) at ``new_index``."""
    with store.session() as s:
        step = step_row(s, step_uid)
        source = step.goal
        plan = source.plan
        require_draft(plan, "the order of the steps")
        target = source if goal_uid is None else goal_row(s, goal_uid)
        if target.plan_id != plan.id:
            raise PlanError(Code.GOAL_OTHER_PLAN, f"goal {goal_uid} belongs to another plan")
        fields = ["position"]
        if target is not source:
            with s.no_autoflush:  # an orphan flushed half-way would be deleted
                target_steps = target.steps
                source.steps.remove(step)
                target_steps.append(step)
            _renumber(source.steps)
            fields.append("goal")
        _reorder(target.steps, step, new_index)
        audit.record(
            s, "update", "step", step.uid, plan.family.uid, {"goal": target.uid, "fields": fields}
        )
