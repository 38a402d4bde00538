"""How a plan begins: blank, from a template, or from the family's previous plan.

Every way ends in the same draft (version 1) and the same checks, inside one
unit of work: a refused plan writes nothing. A plan started from the previous
one brings only what is still open, and each goal remembers the goal it
continues, so its score history carries on (``reviews.goal_score_history``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from famdesk.core import audit
from famdesk.core.errors import Code, ErrorCollector
from famdesk.core.lookup import family_row
from famdesk.core.plans.checks import PlanError, check_goal_data, check_plan_fields, members_of
from famdesk.core.plans.goals import append_goals
from famdesk.core.plans.reading import family_parent_uids, plan_row
from famdesk.core.plans.records import PLAN_TEXT_FIELDS, GoalData, StepData
from famdesk.db.models import ActionPlan, Goal
from famdesk.db.store import Store


def create_plan(
    store: Store,
    family_uid: str,
    title: str,
    *,
    created_on: date | None = None,
    goals: Sequence[GoalData] = (),
    **fields: Any,
) -> str:
    """A new draft plan (version 1) for the family; returns its uid."""
    with store.session() as s:
        return _new_plan(s, family_uid, {"title": title, **fields}, created_on, goals)


def _new_plan(
    s: Session,
    family_uid: str,
    all_fields: dict[str, Any],
    created_on: date | None,
    goals: Sequence[GoalData],
    previous_goal_ids: Sequence[int | None] = (),
) -> str:
    """``create_plan`` inside an open unit of work (nothing is written on refusal)."""
    errors = ErrorCollector()
    check_plan_fields(all_fields, errors)
    for i, goal in enumerate(goals):
        check_goal_data(goal, errors, f"goals[{i}]")
    family = family_row(s, family_uid)
    member_uids = all_fields.pop("member_uids", [])
    members = members_of(family, member_uids, errors)
    errors.raise_if_any()
    position = (
        s.scalar(select(func.max(ActionPlan.position)).where(ActionPlan.family_id == family.id))
        or 0
    ) + 1
    plan = ActionPlan(
        family=family,
        position=position,
        status="draft",
        version=1,
        created_on=created_on or date.today(),
        **all_fields,
    )
    plan.members = members
    s.add(plan)
    append_goals(plan, goals, previous_goal_ids)
    s.flush()
    audit.record(
        s,
        "create",
        "plan",
        plan.uid,
        family.uid,
        {"fields": sorted({*all_fields, "member_uids"}), "goals": len(goals)},
    )
    return plan.uid


def copy_goals(
    source: Iterable[Goal], *, open_only: bool, latest: Mapping[int, int]
) -> tuple[list[GoalData], list[int | None]]:
    """The goals to carry over, and (parallel) the ids of the goals they copy.

    ``open_only``: only open goals and their unfinished steps, each goal's
    baseline its ``latest`` score (by goal id) where it has one.
    """
    out = []
    ids: list[int | None] = []
    for g in source:
        if open_only and g.status != "open":
            continue
        steps = [
            StepData(text=st.text, responsible=st.responsible, due_date=st.due_date, done=st.done)
            for st in g.steps
            if not (open_only and st.done)
        ]
        out.append(
            GoalData(
                title=g.title,
                success_criteria=g.success_criteria,
                target_date=g.target_date,
                ics_dimension=g.ics_dimension,
                baseline_score=latest.get(g.id, g.baseline_score)
                if open_only
                else g.baseline_score,
                status="open" if open_only else g.status,
                steps=steps,
            )
        )
        ids.append(g.id)
    return out, ids


def create_plan_from_previous(
    store: Store,
    family_uid: str,
    previous_plan_uid: str | None = None,
    created_on: date | None = None,
) -> str:
    """A new plan (version 1) started from the family's previous plan.

    Unlike a revision this is a fresh plan: sections are copied, but only the
    goals still open come along, with their unfinished steps, and each goal's
    baseline becomes its latest review score — where the family stands now.
    Each goal remembers the goal it continues, so its score history carries on.
    """
    with store.session() as s:
        family = family_row(s, family_uid)
        previous: ActionPlan | None
        if previous_plan_uid is not None:
            previous = plan_row(s, previous_plan_uid)
            if previous.family_id != family.id:
                raise PlanError(
                    Code.PLAN_OTHER_FAMILY, f"plan {previous_plan_uid} belongs to another family"
                )
        else:
            previous = s.scalar(
                select(ActionPlan)
                .where(ActionPlan.family_id == family.id, ActionPlan.status != "draft")
                .order_by(
                    ActionPlan.created_on.desc(), ActionPlan.version.desc(), ActionPlan.id.desc()
                )
                .limit(1)
            )
            if previous is None:
                raise PlanError(
                    Code.PLAN_NO_EARLIER, f"family {family_uid} has no earlier plan to start from"
                )
        latest: dict[int, int] = {}
        for review in previous.reviews:  # ordered by position: later reviews win
            for sc in review.scores:
                latest[sc.goal_id] = sc.score
        goals, previous_goal_ids = copy_goals(previous.goals, open_only=True, latest=latest)
        fields: dict[str, Any] = {name: getattr(previous, name) for name in PLAN_TEXT_FIELDS}
        fields["phase"] = previous.phase
        fields["member_uids"] = [m.uid for m in previous.members]
        return _new_plan(s, family_uid, fields, created_on, goals, previous_goal_ids)


def create_plan_from_template(
    store: Store,
    family_uid: str,
    template_id: str,
    lang: str = "da",
    *,
    goal_indices: Sequence[int] | None = None,
    member_uids: Sequence[str] | None = None,
    created_on: date | None = None,
) -> str:
    """A new draft from a template in ``resources/plan_templates``.

    The template gives the title, the phase and its suggested goals (all of
    them, or those at ``goal_indices``). Its prompts are guidance for the
    editor and never become plan text. ``member_uids`` defaults to the
    family's parents.
    """
    # Imported here: plan_templates builds GoalData from this package.
    from famdesk.core.plan_templates import load_template

    template = load_template(template_id)
    suggested = template.goals(lang)
    if goal_indices is not None:
        bad = [i for i in goal_indices if not 0 <= i < len(suggested)]
        if bad:
            raise PlanError(
                Code.PLAN_TEMPLATE_GOAL,
                f"template {template_id} has no suggested goal number {bad[0]}",
                number=bad[0],
            )
        suggested = [suggested[i] for i in goal_indices]
    if member_uids is None:
        member_uids = family_parent_uids(store, family_uid)
    return create_plan(
        store,
        family_uid,
        template.title(lang),
        created_on=created_on,
        goals=suggested,
        phase=template.phase,
        member_uids=list(member_uids),
    )
