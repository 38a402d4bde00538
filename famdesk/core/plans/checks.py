"""Whether a plan may change, whether the input is sound, and what it lacks before agreeing.

Two kinds of refusal. The plan's state: a draft takes every change, an agreed
plan being lived only ticks, statuses, reviews and its next review date, and
a replaced or finished plan nothing (``require_draft``, ``require_live``). The
input: the rules every door shares are in ``core/rules.py``; this glues them
to the plan services, which also take partial changes (only the fields given
are checked) and typed values from code rather than a form.

And one kind of warning: ``agreement_gaps`` lists what a draft lacks before
the parents and the worker agree it (empty sections, goals without a date, a
baseline or steps, no date for the next review, no recent conversation with
the child). Only a gap marked ``blocking`` stops the agreement (``agree_plan``
refuses it too); the others are for the worker to weigh.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from famdesk.core import rules
from famdesk.core.child_voice import REMINDER_MONTHS, reminders_for
from famdesk.core.errors import Code, CoreError, ErrorCollector, FieldError
from famdesk.core.plans.reading import plan_row, successor
from famdesk.core.plans.records import (
    GOAL_FIELDS,
    PLAN_FIELDS,
    PLAN_TEXT_FIELDS,
    STEP_FIELDS,
    GoalData,
    StepData,
)
from famdesk.db.models import ActionPlan, Family, Member
from famdesk.db.store import Store
from famdesk.vocabulary import (
    GOAL_STATUSES,
    ICS_DIMENSIONS,
    PLAN_PHASES,
    PLAN_TEXT_SECTIONS,
    SCALE_MAX,
    SCALE_MIN,
)


class PlanError(CoreError, ValueError):
    """A plan rule refused the change: a code, the field, params."""


class PlanFrozen(PlanError):
    """The plan is agreed (or finished) and this part of it can no longer change."""


# --- the plan's state ------------------------------------------------------------------


def require_draft(plan: ActionPlan, what: str) -> None:
    """Refuse to change ``what`` unless ``plan`` is still a draft."""
    if plan.status == "draft":
        return
    if plan.status == "agreed":
        raise PlanFrozen(
            Code.PLAN_FROZEN,
            f"cannot change {what}: plan {plan.uid} (version {plan.version}) is agreed and its "
            "content is frozen; start a new version to change it",
            status=plan.status,
        )
    raise PlanFrozen(
        Code.PLAN_FROZEN,
        f"cannot change {what}: plan {plan.uid} is {plan.status}",
        status=plan.status,
    )


def require_live(s: Session, plan: ActionPlan, what: str) -> None:
    """Refuse to ``what`` unless ``plan`` is agreed and not replaced by a newer agreed version."""
    if plan.status != "agreed":
        if plan.status == "draft":
            raise PlanError(
                Code.PLAN_NOT_AGREED, f"cannot {what}: plan {plan.uid} is a draft; agree it first"
            )
        raise PlanFrozen(
            Code.PLAN_FROZEN, f"cannot {what}: plan {plan.uid} is {plan.status}", status=plan.status
        )
    require_not_replaced(s, plan, what)


def require_not_replaced(s: Session, plan: ActionPlan, what: str) -> None:
    """Refuse to ``what`` once a newer version of ``plan`` has been agreed."""
    replaced_by = successor(s, plan)
    if replaced_by is not None:
        raise PlanFrozen(
            Code.PLAN_REPLACED,
            f"cannot {what}: plan {plan.uid} (version {plan.version}) has been replaced by "
            f"version {replaced_by.version}",
            version=replaced_by.version,
        )


# --- the input -----------------------------------------------------------------------------


def is_score(value: Any) -> bool:
    """A whole number on the 0–10 scale (``True`` is not a score)."""
    return (
        isinstance(value, int) and not isinstance(value, bool) and SCALE_MIN <= value <= SCALE_MAX
    )


def _given(problems: list[FieldError], fields: Mapping[str, Any]) -> list[FieldError]:
    """The problems of the fields given: a change names only the fields it changes."""
    return [p for p in problems if p.field in fields]


def _check_shape(
    entity: str,
    fields: Mapping[str, Any],
    allowed: Sequence[str],
    texts: Sequence[str],
    errors: ErrorCollector,
) -> None:
    """Names the record does not have, text fields that are not text."""
    for name in fields:
        if name not in allowed:
            errors.add(name, f"is not a {entity} field", Code.VALUE_UNKNOWN_FIELD)
    for name in texts:
        if name in fields and not isinstance(fields[name], str):
            errors.add(name, "must be text", Code.TEXT_INVALID)


def _check_optional(
    fields: Mapping[str, Any],
    name: str,
    errors: ErrorCollector,
    *,
    dates: bool = False,
    choices: Sequence[str] = (),
) -> None:
    """An optional field (None allowed) that must be a date or one of ``choices``."""
    value = fields.get(name)
    if name not in fields or value is None:
        return
    if dates and not isinstance(value, date):
        errors.add(name, "must be a date", Code.DATE_INVALID)
    if choices:
        errors.extend(rules.choice_problem(name, value, choices))


def check_plan_fields(fields: Mapping[str, Any], errors: ErrorCollector) -> None:
    errors.extend(_given(rules.check_plan(fields, ()), fields))
    _check_shape("plan", fields, PLAN_FIELDS, PLAN_TEXT_FIELDS, errors)
    if "phase" in fields:
        errors.extend(rules.choice_problem("phase", fields["phase"], PLAN_PHASES))


def check_goal_fields(fields: Mapping[str, Any], errors: ErrorCollector) -> None:
    errors.extend(_given(rules.check_goal(fields), fields))
    _check_shape("goal", fields, GOAL_FIELDS, ("title", "success_criteria"), errors)
    _check_optional(fields, "target_date", errors, dates=True)
    _check_optional(fields, "ics_dimension", errors, choices=ICS_DIMENSIONS)
    baseline = fields.get("baseline_score")
    if baseline is not None and not is_score(baseline):
        errors.add(
            "baseline_score",
            f"must be a whole number {SCALE_MIN}–{SCALE_MAX}",
            Code.NUMBER_OUT_OF_RANGE,
            min=SCALE_MIN,
            max=SCALE_MAX,
        )
    if "status" in fields:
        errors.extend(rules.choice_problem("status", fields["status"], GOAL_STATUSES))


def check_step_fields(fields: Mapping[str, Any], errors: ErrorCollector) -> None:
    errors.extend(_given(rules.check_step(fields), fields))
    _check_shape("step", fields, STEP_FIELDS, ("text", "responsible"), errors)
    _check_optional(fields, "due_date", errors, dates=True)
    if "done" in fields and not isinstance(fields["done"], bool):
        errors.add("done", "must be true or false", Code.VALUE_NOT_BOOL)


def goal_fields(goal: GoalData) -> dict[str, Any]:
    return {name: getattr(goal, name) for name in GOAL_FIELDS}


def step_fields(step: StepData) -> dict[str, Any]:
    return {name: getattr(step, name) for name in STEP_FIELDS}


def check_goal_data(goal: GoalData, errors: ErrorCollector, prefix: str) -> None:
    """A whole goal with its steps; each problem's field is placed under ``prefix``."""
    sub = ErrorCollector()
    check_goal_fields(goal_fields(goal), sub)
    for step in goal.steps:
        check_step_fields(step_fields(step), sub)
    errors.extend([e.at(prefix) for e in sub.errors])


def members_of(family: Family, uids: Iterable[str], errors: ErrorCollector) -> list[Member]:
    """The family's members with these uids; a uid of anyone else is an error."""
    by_uid = {m.uid: m for m in family.members}
    members = []
    for uid in uids:
        member = by_uid.get(uid)
        if member is None:
            errors.add(
                "member_uids",
                f"{uid} is not a member of this family",
                Code.PLAN_MEMBER_NOT_IN_FAMILY,
            )
        else:
            members.append(member)
    return members


def changed_fields(row: Any, fields: Mapping[str, Any]) -> list[str]:
    """The names of ``fields`` whose value differs from the row's: what the audit line names."""
    return sorted(name for name, value in fields.items() if getattr(row, name) != value)


# --- before agreeing -------------------------------------------------------------------------

#: How far back a conversation with the child counts when a plan is agreed.
CHILD_CONVERSATION_MONTHS = REMINDER_MONTHS


@dataclass(frozen=True)
class AgreementGap:
    """Something a draft lacks before it is agreed.

    ``code`` names the gap: ``refused`` (blocking: ``agree_plan`` would refuse
    for ``problem``, the same reason import gives), ``child_perspective_empty``,
    ``section_empty`` (``section`` names it), ``no_parents``,
    ``goal_no_target_date``, ``goal_no_baseline``, ``goal_no_steps`` (``goal``
    is its title), ``no_next_review``, and ``no_child_conversation`` (no
    conversation with the child ``child`` recorded since ``since``; ``last``
    is the one before, if any; one gap per child of the family).
    """

    code: str
    section: str = ""
    goal: str = ""
    since: date | None = None
    problem: FieldError | None = None
    child: str = ""
    last: date | None = None

    @property
    def blocking(self) -> bool:
        """The plan cannot be agreed like this."""
        return self.problem is not None


def agreement_gaps(
    store: Store, plan_uid: str, agreed_on: date, next_review: date | None
) -> list[AgreementGap]:
    """What the draft ``plan_uid`` lacks if it is agreed on ``agreed_on`` with ``next_review``.

    In the order a worker would put them right: what blocks, the child's
    perspective, the other sections, the parents, each open goal, the next
    review, and last a reminder for each child of the family with no
    conversation recorded in the ``CHILD_CONVERSATION_MONTHS`` months before
    the agreement (``child_voice.reminders_for`` says what counts and why; a
    family without children gets none).
    """
    with store.read_session() as s:
        plan = plan_row(s, plan_uid)
        agreed = {
            "title": plan.title,
            "status": "agreed",
            "created_on": plan.created_on,
            "agreed_on": agreed_on,
            "next_review": next_review,
        }
        gaps = [
            AgreementGap("refused", problem=problem)
            for problem in rules.check_plan(agreed, [{"uid": g.uid} for g in plan.goals])
        ]
        if not plan.child_perspective.strip():
            gaps.append(AgreementGap("child_perspective_empty", section="child_perspective"))
        for name in PLAN_TEXT_SECTIONS:
            if name != "child_perspective" and not str(getattr(plan, name) or "").strip():
                gaps.append(AgreementGap("section_empty", section=name))
        if not plan.members:
            gaps.append(AgreementGap("no_parents"))
        for goal in plan.goals:
            if goal.status != "open":
                continue
            if goal.target_date is None:
                gaps.append(AgreementGap("goal_no_target_date", goal=goal.title))
            if goal.baseline_score is None:
                gaps.append(AgreementGap("goal_no_baseline", goal=goal.title))
            if not goal.steps:
                gaps.append(AgreementGap("goal_no_steps", goal=goal.title))
        if next_review is None:
            gaps.append(AgreementGap("no_next_review"))
        gaps += [
            AgreementGap("no_child_conversation", since=r.since, child=r.child, last=r.last)
            for r in reminders_for(s, plan.family.members, agreed_on)
        ]
        return gaps
