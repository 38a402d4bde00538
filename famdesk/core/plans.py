"""Parent action plans (forældrehandleplaner): lifecycle, versions, goals, steps, reviews.

The rules a worker relies on live here, not in the editor:

* A plan is a *draft* while it is written with the parents; everything may change.
* When the parents and the worker agree on it, it becomes *agreed* (the date is
  recorded, the next review defaults to three months later) and its content is
  frozen. Only what happens while the plan is lived may still change: steps
  are ticked off, goals are marked reached or dropped, reviews are added, the
  next review date is set, and the plan is completed or cancelled.
* Changing an agreed plan starts a new draft *version* (``revise_plan``) linked
  to the previous one, which stays readable. When the new version is agreed,
  the old one is superseded: it no longer carries a review date and takes no
  more changes.
* A goal copied into a new version (or into a plan started from the previous
  one) remembers the goal it came from, so its score history carries on.
* A review needs a 0–10 score for every open goal.

Every function is one unit of work; changes write audit rows whose detail names
the fields changed, never their contents. Dataclasses go in and out; no ORM
object leaves this module.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from famdesk.core import audit, rules
from famdesk.core.errors import Code, CoreError, ErrorCollector, NotFound
from famdesk.core.profile import worker_name_in
from famdesk.db.models import ActionPlan, Family, Goal, Member, Review, ReviewScore, Step
from famdesk.db.store import Store
from famdesk.vocabulary import (
    GOAL_STATUSES,
    ICS_DIMENSIONS,
    PLAN_PHASES,
    PLAN_TEXT_SECTIONS,
    SCALE_MAX,
    SCALE_MIN,
)

#: Months from agreement (or a review) to the next review, unless the worker says otherwise.
REVIEW_INTERVAL_MONTHS = 3
#: A review this many days ahead counts as "due soon" in the families list.
DUE_SOON_DAYS = 14

PLAN_TEXT_FIELDS = ("title", *PLAN_TEXT_SECTIONS)
PLAN_FIELDS = (*PLAN_TEXT_FIELDS, "phase", "member_uids")
GOAL_FIELDS = (
    "title",
    "success_criteria",
    "target_date",
    "ics_dimension",
    "baseline_score",
    "status",
)
STEP_FIELDS = ("text", "responsible", "due_date", "done")


# --- errors -----------------------------------------------------------------------


class PlanError(CoreError, ValueError):
    """A plan rule refused the change: a code, the field, params."""


class PlanFrozen(PlanError):
    """The plan is agreed (or finished) and this part of it can no longer change."""


# --- data in and out ----------------------------------------------------------------


@dataclass
class StepData:
    text: str
    responsible: str = ""
    due_date: date | None = None
    done: bool = False
    uid: str = ""


@dataclass
class GoalData:
    title: str
    success_criteria: str = ""
    target_date: date | None = None
    ics_dimension: str | None = None
    baseline_score: int | None = None
    status: str = "open"
    steps: list[StepData] = field(default_factory=list)
    uid: str = ""


@dataclass
class ReviewData:
    date: date
    summary: str
    scores: dict[str, int]
    uid: str = ""


@dataclass
class PlanData:
    """A whole plan as the editor and the PDF see it."""

    uid: str
    family_uid: str
    title: str
    status: str
    version: int
    created_on: date
    agreed_on: date | None
    next_review: date | None
    phase: str
    legal_basis: str
    purpose: str
    parents_own_words: str
    resources: str
    concerns: str
    crisis_notes: str
    support: str
    child_perspective: str
    member_uids: list[str]
    goals: list[GoalData]
    reviews: list[ReviewData]
    previous_plan_uid: str | None = None
    #: The uid of the agreed version that replaced this one, if any.
    superseded_by_uid: str | None = None

    @property
    def editable(self) -> bool:
        """True while every field may change (a draft)."""
        return self.status == "draft"

    @property
    def live(self) -> bool:
        """True while the plan is being lived: steps ticked, reviews added."""
        return self.status == "agreed" and self.superseded_by_uid is None


@dataclass(frozen=True)
class PlanSummary:
    """One line of a family's list of plans."""

    uid: str
    title: str
    status: str
    version: int
    created_on: date
    agreed_on: date | None
    next_review: date | None
    previous_plan_uid: str | None
    superseded_by_uid: str | None


@dataclass(frozen=True)
class Person:
    uid: str
    name: str
    role: str


@dataclass(frozen=True)
class Collaborator:
    uid: str
    name: str
    organisation: str
    role: str


@dataclass(frozen=True)
class PlanDocument:
    """A plan with what a printed plan needs around it: the family and the people."""

    plan: PlanData
    family_name: str
    family_reference: str
    worker: str
    parents: list[Person]
    collaborators: list[Collaborator]
    previous_version: int | None
    previous_agreed_on: date | None


@dataclass(frozen=True)
class OverdueReview:
    family_uid: str
    family_name: str
    family_reference: str
    plan_uid: str
    plan_title: str
    next_review: date
    days_overdue: int


# --- dates ----------------------------------------------------------------------------


def add_months(day: date, months: int) -> date:
    """``day`` moved by whole months, clamped to the month's end (31 Jan + 1 = 28/29 Feb)."""
    index = day.year * 12 + (day.month - 1) + months
    year, month0 = divmod(index, 12)
    last = calendar.monthrange(year, month0 + 1)[1]
    return date(year, month0 + 1, min(day.day, last))


def default_next_review(from_day: date) -> date:
    return add_months(from_day, REVIEW_INTERVAL_MONTHS)


def next_review_status(next_review: date | None, today: date) -> str:
    """``"none"``, ``"ok"``, ``"due-soon"`` (within two weeks) or ``"overdue"``."""
    if next_review is None:
        return "none"
    if next_review < today:
        return "overdue"
    if (next_review - today).days <= DUE_SOON_DAYS:
        return "due-soon"
    return "ok"


# --- loading ------------------------------------------------------------------------------


def _plan(s: Session, uid: str) -> ActionPlan:
    plan = s.scalar(select(ActionPlan).where(ActionPlan.uid == uid))
    if plan is None:
        raise NotFound("plan", uid)
    return plan


def _goal(s: Session, uid: str) -> Goal:
    goal = s.scalar(select(Goal).where(Goal.uid == uid))
    if goal is None:
        raise NotFound("goal", uid)
    return goal


def _step(s: Session, uid: str) -> Step:
    step = s.scalar(select(Step).where(Step.uid == uid))
    if step is None:
        raise NotFound("step", uid)
    return step


def _family(s: Session, uid: str) -> Family:
    family = s.scalar(select(Family).where(Family.uid == uid))
    if family is None:
        raise NotFound("family", uid)
    return family


def _successor(s: Session, plan: ActionPlan) -> ActionPlan | None:
    """The agreed (or finished) version that replaced ``plan``, if any."""
    return s.scalar(
        select(ActionPlan)
        .where(
            ActionPlan.previous_plan_id == plan.id,
            ActionPlan.status.in_(("agreed", "completed")),
        )
        .order_by(ActionPlan.version.desc())
        .limit(1)
    )


def _step_data(step: Step) -> StepData:
    return StepData(
        uid=step.uid,
        text=step.text,
        responsible=step.responsible,
        due_date=step.due_date,
        done=step.done,
    )


def _goal_data(goal: Goal) -> GoalData:
    return GoalData(
        uid=goal.uid,
        title=goal.title,
        success_criteria=goal.success_criteria,
        target_date=goal.target_date,
        ics_dimension=goal.ics_dimension,
        baseline_score=goal.baseline_score,
        status=goal.status,
        steps=[_step_data(st) for st in goal.steps],
    )


def _plan_data(s: Session, plan: ActionPlan) -> PlanData:
    successor = _successor(s, plan)
    return PlanData(
        uid=plan.uid,
        family_uid=plan.family.uid,
        title=plan.title,
        status=plan.status,
        version=plan.version,
        created_on=plan.created_on,
        agreed_on=plan.agreed_on,
        next_review=plan.next_review,
        phase=plan.phase,
        **{name: getattr(plan, name) for name in PLAN_TEXT_SECTIONS},
        member_uids=[m.uid for m in plan.members],
        goals=[_goal_data(g) for g in plan.goals],
        reviews=[
            ReviewData(
                uid=r.uid,
                date=r.date,
                summary=r.summary,
                scores={sc.goal.uid: sc.score for sc in r.scores},
            )
            for r in plan.reviews
        ],
        previous_plan_uid=plan.previous_plan.uid if plan.previous_plan is not None else None,
        superseded_by_uid=successor.uid if successor is not None else None,
    )


def get_plan(store: Store, plan_uid: str) -> PlanData:
    with store.read_session() as s:
        return _plan_data(s, _plan(s, plan_uid))


def list_plans(store: Store, family_uid: str) -> list[PlanSummary]:
    """A family's plans, newest first (a revision before the version it revises)."""
    with store.read_session() as s:
        family = _family(s, family_uid)
        plans = s.scalars(
            select(ActionPlan)
            .where(ActionPlan.family_id == family.id)
            .order_by(ActionPlan.created_on.desc(), ActionPlan.version.desc(), ActionPlan.id.desc())
        ).all()
        out = []
        for p in plans:
            successor = _successor(s, p)
            out.append(
                PlanSummary(
                    uid=p.uid,
                    title=p.title,
                    status=p.status,
                    version=p.version,
                    created_on=p.created_on,
                    agreed_on=p.agreed_on,
                    next_review=p.next_review,
                    previous_plan_uid=p.previous_plan.uid if p.previous_plan else None,
                    superseded_by_uid=successor.uid if successor else None,
                )
            )
        return out


def plan_versions(store: Store, plan_uid: str) -> list[PlanSummary]:
    """Every version in ``plan_uid``'s chain, oldest first."""
    with store.read_session() as s:
        plan = _plan(s, plan_uid)
        family_uid = plan.family.uid
    chain = {p.uid: p for p in list_plans(store, family_uid)}
    # Walk back to the first version, then forward through successors.
    current = chain[plan_uid]
    while current.previous_plan_uid and current.previous_plan_uid in chain:
        current = chain[current.previous_plan_uid]
    ordered = [current]
    while True:
        nxt = [p for p in chain.values() if p.previous_plan_uid == ordered[-1].uid]
        if not nxt:
            break
        ordered.append(max(nxt, key=lambda p: p.version))
    return ordered


def get_plan_document(store: Store, plan_uid: str) -> PlanDocument:
    """The plan and its surroundings, for the printed plan."""
    with store.read_session() as s:
        plan = _plan(s, plan_uid)
        family = plan.family
        parents = [
            Person(uid=m.uid, name=f"{m.given_name} {m.family_name}".strip(), role=m.role)
            for m in plan.members
        ]
        prev = plan.previous_plan
        return PlanDocument(
            plan=_plan_data(s, plan),
            family_name=family.name,
            family_reference=family.reference,
            worker=family.worker or worker_name_in(s),
            parents=parents,
            collaborators=[
                Collaborator(uid=p.uid, name=p.name, organisation=p.organisation, role=p.role)
                for p in family.professionals
            ],
            previous_version=prev.version if prev is not None else None,
            previous_agreed_on=prev.agreed_on if prev is not None else None,
        )


# --- guards -------------------------------------------------------------------------------------


def _require_draft(s: Session, plan: ActionPlan, what: str) -> None:
    if plan.status == "draft":
        return
    if plan.status == "agreed":
        raise PlanFrozen(
            Code.PLAN_FROZEN,
            f"cannot change {what}: plan {plan.uid} (version {plan.version}) is agreed and its "
            "content is frozen; start a new version to change it",
        )
    raise PlanFrozen(
        Code.PLAN_FROZEN,
        f"cannot change {what}: plan {plan.uid} is {plan.status}",
        status=plan.status,
    )


def _require_live(s: Session, plan: ActionPlan, what: str) -> None:
    """Agreed and not replaced by a newer agreed version."""
    if plan.status != "agreed":
        if plan.status == "draft":
            raise PlanError(
                Code.PLAN_NOT_AGREED, f"cannot {what}: plan {plan.uid} is a draft; agree it first"
            )
        raise PlanFrozen(
            Code.PLAN_FROZEN, f"cannot {what}: plan {plan.uid} is {plan.status}", status=plan.status
        )
    successor = _successor(s, plan)
    if successor is not None:
        raise PlanFrozen(
            Code.PLAN_REPLACED,
            f"cannot {what}: plan {plan.uid} (version {plan.version}) has been replaced by "
            f"version {successor.version}",
            version=successor.version,
        )


# --- validation ----------------------------------------------------------------------------------


def _is_score(value: Any) -> bool:
    return (
        isinstance(value, int) and not isinstance(value, bool) and SCALE_MIN <= value <= SCALE_MAX
    )


def _check_plan_fields(fields: Mapping[str, Any], errors: ErrorCollector) -> None:
    errors.extend(rules.text_problems("plan", fields))
    for name in fields:
        if name not in PLAN_FIELDS:
            errors.add(name, "is not a plan field", Code.VALUE_UNKNOWN_FIELD)
    for name in PLAN_TEXT_FIELDS:
        if name in fields and not isinstance(fields[name], str):
            errors.add(name, "must be text", Code.TEXT_INVALID)
    if "title" in fields and isinstance(fields["title"], str) and not fields["title"].strip():
        errors.add("title", "a plan needs a title", Code.VALUE_REQUIRED)
    if "phase" in fields and fields["phase"] not in PLAN_PHASES:
        errors.add("phase", f"must be one of {', '.join(PLAN_PHASES)}", Code.VALUE_UNKNOWN)


def _check_goal_fields(fields: Mapping[str, Any], errors: ErrorCollector) -> None:
    errors.extend(rules.text_problems("goal", fields))
    errors.extend(rules.date_problems(fields, ('target_date',)))
    for name in fields:
        if name not in GOAL_FIELDS:
            errors.add(name, "is not a goal field", Code.VALUE_UNKNOWN_FIELD)
    if "title" in fields and (not isinstance(fields["title"], str) or not fields["title"].strip()):
        errors.add("title", "a goal needs a title", Code.VALUE_REQUIRED)
    if "success_criteria" in fields and not isinstance(fields["success_criteria"], str):
        errors.add("success_criteria", "must be text", Code.TEXT_INVALID)
    if "target_date" in fields and not (
        fields["target_date"] is None or isinstance(fields["target_date"], date)
    ):
        errors.add("target_date", "must be a date", Code.DATE_INVALID)
    if "ics_dimension" in fields and fields["ics_dimension"] not in (None, *ICS_DIMENSIONS):
        errors.add("ics_dimension", "is not an ICS dimension", Code.VALUE_UNKNOWN)
    if "baseline_score" in fields and not (
        fields["baseline_score"] is None or _is_score(fields["baseline_score"])
    ):
        errors.add(
            "baseline_score",
            f"must be a whole number {SCALE_MIN}–{SCALE_MAX}",
            Code.NUMBER_OUT_OF_RANGE,
        )
    if "status" in fields and fields["status"] not in GOAL_STATUSES:
        errors.add("status", f"must be one of {', '.join(GOAL_STATUSES)}", Code.VALUE_UNKNOWN)


def _check_step_fields(fields: Mapping[str, Any], errors: ErrorCollector) -> None:
    errors.extend(rules.text_problems("step", fields))
    errors.extend(rules.date_problems(fields, ('due_date',)))
    for name in fields:
        if name not in STEP_FIELDS:
            errors.add(name, "is not a step field", Code.VALUE_UNKNOWN_FIELD)
    if "text" in fields and (not isinstance(fields["text"], str) or not fields["text"].strip()):
        errors.add("text", "a step needs a text", Code.VALUE_REQUIRED)
    if "responsible" in fields and not isinstance(fields["responsible"], str):
        errors.add("responsible", "must be text", Code.TEXT_INVALID)
    if "due_date" in fields and not (
        fields["due_date"] is None or isinstance(fields["due_date"], date)
    ):
        errors.add("due_date", "must be a date", Code.DATE_INVALID)
    if "done" in fields and not isinstance(fields["done"], bool):
        errors.add("done", "must be true or false", Code.VALUE_NOT_BOOL)


def _members_of(
    s: Session, family: Family, uids: Iterable[str], errors: ErrorCollector
) -> list[Member]:
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


def _changed(obj: Any, fields: Mapping[str, Any]) -> list[str]:
    return sorted(name for name, value in fields.items() if getattr(obj, name) != value)


# --- plans --------------------------------------------------------------------------------


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
    _check_plan_fields(all_fields, errors)
    for i, goal in enumerate(goals):
        _check_goal_data(goal, errors, f"goals[{i}]")
    family = _family(s, family_uid)
    member_uids = all_fields.pop("member_uids", [])
    members = _members_of(s, family, member_uids, errors)
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
    _add_goals(plan, goals, previous_goal_ids)
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


def _check_goal_data(goal: GoalData, errors: ErrorCollector, prefix: str) -> None:
    sub = ErrorCollector()
    _check_goal_fields(_goal_fields(goal), sub)
    for j, step in enumerate(goal.steps):
        _check_step_fields(_step_fields(step), sub)
        del j
    for e in sub.errors:
        errors.add(f"{prefix}.{e.field}", e.message, e.code, **e.params)


def _goal_fields(goal: GoalData) -> dict[str, Any]:
    return {name: getattr(goal, name) for name in GOAL_FIELDS}


def _step_fields(step: StepData) -> dict[str, Any]:
    return {name: getattr(step, name) for name in STEP_FIELDS}


def _add_goals(
    plan: ActionPlan, goals: Sequence[GoalData], previous_goal_ids: Sequence[int | None] = ()
) -> None:
    """Append ``goals``; ``previous_goal_ids`` (parallel, may be shorter) links copies."""
    start = len(plan.goals)
    for i, goal in enumerate(goals):
        g = Goal(position=start + i, **_goal_fields(goal))
        if i < len(previous_goal_ids):
            g.previous_goal_id = previous_goal_ids[i]
        g.steps = [Step(position=j, **_step_fields(st)) for j, st in enumerate(goal.steps)]
        plan.goals.append(g)


def update_plan(store: Store, plan_uid: str, **fields: Any) -> list[str]:
    """Change a draft's fields; returns the names of the fields that changed."""
    errors = ErrorCollector()
    _check_plan_fields(fields, errors)
    with store.session() as s:
        plan = _plan(s, plan_uid)
        _require_draft(s, plan, "the plan's fields")
        changed: list[str] = []
        if "member_uids" in fields:
            uids = list(fields.pop("member_uids"))
            members = _members_of(s, plan.family, uids, errors)
            errors.raise_if_any()
            if [m.uid for m in plan.members] != uids:
                plan.members = members
                changed.append("member_uids")
        errors.raise_if_any()
        changed += _changed(plan, fields)
        for name, value in fields.items():
            setattr(plan, name, value)
        if changed:
            audit.record(
                s, "update", "plan", plan.uid, plan.family.uid, {"fields": sorted(changed)}
            )
        return sorted(changed)


def delete_plan(store: Store, plan_uid: str) -> None:
    """Delete a draft. Agreed and finished plans are records and stay."""
    with store.session() as s:
        plan = _plan(s, plan_uid)
        if plan.status != "draft":
            raise PlanFrozen(
                f"cannot delete plan {plan.uid}: it is {plan.status}; only drafts can be deleted"
            )
        family_uid = plan.family.uid
        s.delete(plan)
        audit.record(s, "delete", "plan", plan_uid, family_uid, {"version": plan.version})


def agree_plan(
    store: Store, plan_uid: str, agreed_on: date | None = None, next_review: date | None = None
) -> PlanData:
    """Draft → agreed: records the date and freezes the content.

    The next review defaults to three months after agreement. Agreeing a new
    version supersedes the one it revises, whose review date is cleared so that
    only the current version is followed up.
    """
    with store.session() as s:
        plan = _plan(s, plan_uid)
        if plan.status != "draft":
            raise PlanError(
                Code.PLAN_STATUS,
                f"cannot agree plan {plan.uid}: it is already {plan.status}",
                status=plan.status,
            )
        errors = ErrorCollector()
        if not plan.title.strip():
            errors.add("title", "a plan needs a title before it is agreed", Code.VALUE_REQUIRED)
        if not plan.goals:
            errors.add(
                "goals",
                "a plan needs at least one goal before it is agreed",
                Code.PLAN_GOALS_REQUIRED,
            )
        errors.raise_if_any()
        day = agreed_on or date.today()
        if day < plan.created_on:
            raise PlanError(
                Code.PLAN_AGREED_BEFORE_CREATED,
                f"cannot agree plan {plan.uid} on {day}: it was created on {plan.created_on}",
                field="agreed_on",
                created=plan.created_on.isoformat(),
            )
        review = next_review or default_next_review(day)
        dates = {"agreed_on": day, "next_review": review}
        for problem in rules.date_problems(dates, dates):
            raise PlanError(problem.code, problem.message, field=problem.field, **problem.params)
        if review <= day:
            raise PlanError(
                Code.PLAN_NEXT_REVIEW_BEFORE_AGREED,
                f"the next review ({review}) must come after the agreement ({day})",
                field="next_review",
                agreed=day.isoformat(),
            )
        plan.status = "agreed"
        plan.agreed_on = day
        plan.next_review = review
        fields = ["agreed_on", "next_review", "status"]
        previous = plan.previous_plan
        if previous is not None and previous.next_review is not None:
            previous.next_review = None
            audit.record(
                s,
                "update",
                "plan",
                previous.uid,
                plan.family.uid,
                {"fields": ["next_review"], "superseded_by": plan.uid},
            )
        audit.record(s, "update", "plan", plan.uid, plan.family.uid, {"fields": fields})
        s.flush()
        return _plan_data(s, plan)


def set_next_review(store: Store, plan_uid: str, next_review: date | None) -> None:
    """Move (or clear) the next review of a plan being lived."""
    with store.session() as s:
        plan = _plan(s, plan_uid)
        _require_live(s, plan, "set the next review")
        if next_review is not None and plan.agreed_on is not None and next_review < plan.agreed_on:
            raise PlanError(
                Code.PLAN_NEXT_REVIEW_BEFORE_AGREED,
                f"the next review ({next_review}) cannot come before "
                f"the agreement ({plan.agreed_on})",
                field="next_review",
                agreed=plan.agreed_on.isoformat(),
            )
        if plan.next_review != next_review:
            plan.next_review = next_review
            audit.record(
                s, "update", "plan", plan.uid, plan.family.uid, {"fields": ["next_review"]}
            )


def _finish(store: Store, plan_uid: str, status: str) -> None:
    with store.session() as s:
        plan = _plan(s, plan_uid)
        allowed = ("agreed",) if status == "completed" else ("draft", "agreed")
        if plan.status not in allowed:
            raise PlanError(
                Code.PLAN_STATUS,
                f"cannot mark plan {plan.uid} {status}: it is {plan.status}",
                status=plan.status,
            )
        if plan.status == "agreed":
            successor = _successor(s, plan)
            if successor is not None:
                raise PlanFrozen(
                    Code.PLAN_REPLACED,
                    f"cannot mark plan {plan.uid} {status}: it has been replaced by version "
                    f"{successor.version}",
                    version=successor.version,
                )
        plan.status = status
        plan.next_review = None
        audit.record(
            s, "update", "plan", plan.uid, plan.family.uid, {"fields": ["next_review", "status"]}
        )


def complete_plan(store: Store, plan_uid: str) -> None:
    """Agreed → completed: the work the plan describes is done."""
    _finish(store, plan_uid, "completed")


def cancel_plan(store: Store, plan_uid: str) -> None:
    """Draft or agreed → cancelled: the plan is abandoned (it stays readable)."""
    _finish(store, plan_uid, "cancelled")


def _copy_goals(
    source: Iterable[Goal], *, open_only: bool, latest: Mapping[int, int]
) -> tuple[list[GoalData], list[int | None]]:
    """The goals to carry over, and (parallel) the ids of the goals they copy."""
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


def revise_plan(store: Store, plan_uid: str, created_on: date | None = None) -> str:
    """Start a new draft version of an agreed plan; returns the new plan's uid.

    Fields, parents, goals and steps are copied (with new uids; each goal
    remembers the goal it copies, see ``goal_score_history``); reviews stay
    with the version they reviewed. The agreed version is untouched until the
    new one is agreed.
    """
    with store.session() as s:
        plan = _plan(s, plan_uid)
        _require_live(s, plan, "revise the plan")
        pending = s.scalar(
            select(ActionPlan).where(
                ActionPlan.previous_plan_id == plan.id, ActionPlan.status == "draft"
            )
        )
        if pending is not None:
            raise PlanError(
                Code.PLAN_REVISION_EXISTS,
                f"plan {plan.uid} already has a draft revision "
                f"(version {pending.version}, {pending.uid})",
                version=pending.version,
            )
        new = ActionPlan(
            family=plan.family,
            position=plan.position,
            status="draft",
            version=plan.version + 1,
            previous_plan=plan,
            created_on=created_on or date.today(),
            phase=plan.phase,
            members=list(plan.members),
            **{name: getattr(plan, name) for name in PLAN_TEXT_FIELDS},
        )
        s.add(new)
        _add_goals(new, *_copy_goals(plan.goals, open_only=False, latest={}))
        s.flush()
        audit.record(
            s,
            "create",
            "plan",
            new.uid,
            plan.family.uid,
            {"revision_of": plan.uid, "version": new.version, "goals": len(new.goals)},
        )
        return new.uid


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
        family = _family(s, family_uid)
        previous: ActionPlan | None
        if previous_plan_uid is not None:
            previous = _plan(s, previous_plan_uid)
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
        goals, previous_goal_ids = _copy_goals(previous.goals, open_only=True, latest=latest)
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


def family_parent_uids(store: Store, family_uid: str) -> list[str]:
    from famdesk.vocabulary import PARENT_ROLES

    with store.read_session() as s:
        family = _family(s, family_uid)
        return [m.uid for m in family.members if m.role in PARENT_ROLES]


# --- goals and steps ------------------------------------------------------------------------------


def add_goal(store: Store, plan_uid: str, goal: GoalData, index: int | None = None) -> str:
    """Add a goal (with any steps) to a draft; at ``index`` or last. Returns its uid."""
    errors = ErrorCollector()
    _check_goal_data(goal, errors, "goal")
    errors.raise_if_any()
    with store.session() as s:
        plan = _plan(s, plan_uid)
        _require_draft(s, plan, "the plan's goals")
        _add_goals(plan, [goal])
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


def update_goal(store: Store, goal_uid: str, **fields: Any) -> list[str]:
    """Change a goal. On an agreed plan only ``status`` (reached/dropped/open) may change."""
    errors = ErrorCollector()
    _check_goal_fields(fields, errors)
    errors.raise_if_any()
    with store.session() as s:
        goal = _goal(s, goal_uid)
        plan = goal.plan
        if set(fields) <= {"status"} and plan.status == "agreed":
            _require_live(s, plan, "change the goal's status")
        else:
            _require_draft(s, plan, "the plan's goals")
        changed = _changed(goal, fields)
        for name, value in fields.items():
            setattr(goal, name, value)
        if changed:
            audit.record(
                s,
                "update",
                "goal",
                goal.uid,
                plan.family.uid,
                {"plan": plan.uid, "fields": changed},
            )
        return changed


def set_goal_status(store: Store, goal_uid: str, status: str) -> None:
    """Mark a goal reached, dropped or open again — allowed while a plan is lived."""
    update_goal(store, goal_uid, status=status)


def delete_goal(store: Store, goal_uid: str) -> None:
    with store.session() as s:
        goal = _goal(s, goal_uid)
        plan = goal.plan
        _require_draft(s, plan, "the plan's goals")
        plan.goals.remove(goal)
        s.delete(goal)
        _renumber(plan.goals)
        audit.record(s, "delete", "goal", goal_uid, plan.family.uid, {"plan": plan.uid})


def add_step(store: Store, goal_uid: str, step: StepData, index: int | None = None) -> str:
    errors = ErrorCollector()
    _check_step_fields(_step_fields(step), errors)
    errors.raise_if_any()
    with store.session() as s:
        goal = _goal(s, goal_uid)
        _require_draft(s, goal.plan, "the plan's steps")
        new = Step(position=len(goal.steps), **_step_fields(step))
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


def update_step(store: Store, step_uid: str, **fields: Any) -> list[str]:
    """Change a step. On an agreed plan only ``done`` may change (ticking it off)."""
    errors = ErrorCollector()
    _check_step_fields(fields, errors)
    errors.raise_if_any()
    with store.session() as s:
        step = _step(s, step_uid)
        plan = step.goal.plan
        if set(fields) <= {"done"} and plan.status == "agreed":
            _require_live(s, plan, "tick off the step")
        else:
            _require_draft(s, plan, "the plan's steps")
        changed = _changed(step, fields)
        for name, value in fields.items():
            setattr(step, name, value)
        if changed:
            audit.record(
                s,
                "update",
                "step",
                step.uid,
                plan.family.uid,
                {"goal": step.goal.uid, "fields": changed},
            )
        return changed


def set_step_done(store: Store, step_uid: str, done: bool = True) -> None:
    update_step(store, step_uid, done=done)


def delete_step(store: Store, step_uid: str) -> None:
    with store.session() as s:
        step = _step(s, step_uid)
        goal = step.goal
        _require_draft(s, goal.plan, "the plan's steps")
        goal.steps.remove(step)
        s.delete(step)
        _renumber(goal.steps)
        audit.record(s, "delete", "step", step_uid, goal.plan.family.uid, {"goal": goal.uid})


def _renumber(items: Sequence[Any]) -> None:
    for i, item in enumerate(items):
        item.position = i


def _reorder(items: list[Any], item: Any, new_index: int) -> None:
    """Move ``item`` within ``items`` to ``new_index`` (clamped) and renumber positions."""
    items.remove(item)
    new_index = max(0, min(new_index, len(items)))
    items.insert(new_index, item)
    _renumber(items)


def move_goal(store: Store, goal_uid: str, new_index: int) -> None:
    """Reorder a draft's goals: ``goal_uid`` goes to ``new_index`` (0-based, clamped)."""
    with store.session() as s:
        goal = _goal(s, goal_uid)
        plan = goal.plan
        _require_draft(s, plan, "the order of the goals")
        _reorder(plan.goals, goal, new_index)
        audit.record(
            s,
            "update",
            "goal",
            goal.uid,
            plan.family.uid,
            {"plan": plan.uid, "fields": ["position"]},
        )


def move_step(store: Store, step_uid: str, new_index: int, goal_uid: str | None = None) -> None:
    """Reorder a step within its goal, or move it to ``goal_uid`` (same plan) at ``new_index``."""
    with store.session() as s:
        step = _step(s, step_uid)
        source = step.goal
        plan = source.plan
        _require_draft(s, plan, "the order of the steps")
        target = source if goal_uid is None else _goal(s, goal_uid)
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


# --- reviews ------------------------------------------------------------------------------


def add_review(
    store: Store,
    plan_uid: str,
    review_date: date,
    summary: str,
    scores: Mapping[str, int],
    *,
    next_review: date | None = None,
) -> str:
    """Record a review of an agreed plan; returns its uid.

    Refused unless every open goal has a whole-number score 0–10 (the message
    names the goals missing one), and scores name only this plan's goals. The
    plan's next review moves to ``next_review`` or, by default, three months on.
    """
    with store.session() as s:
        plan = _plan(s, plan_uid)
        _require_live(s, plan, "add a review")
        errors = ErrorCollector()
        if not isinstance(review_date, date):
            errors.add("date", "must be a date", Code.DATE_INVALID)
        elif plan.agreed_on is not None and review_date < plan.agreed_on:
            errors.add(
                "date",
                f"cannot be before the plan was agreed ({plan.agreed_on})",
                Code.REVIEW_DATE_BEFORE_AGREED,
            )
        if not isinstance(summary, str):
            errors.add("summary", "must be text", Code.TEXT_INVALID)
        else:
            errors.extend(rules.text_problems("review", {"summary": summary}))
        errors.extend(rules.date_problems({"date": review_date}, ("date",)))
        goals = {g.uid: g for g in plan.goals}
        for uid, score in scores.items():
            if uid not in goals:
                errors.add(
                    "scores",
                    f"{uid} is not a goal of this plan",
                    Code.REVIEW_SCORE_NOT_GOAL,
                    goal=uid,
                )
            elif not _is_score(score):
                errors.add(
                    "scores",
                    f"goal {goals[uid].title!r}: the score must be a whole number "
                    f"{SCALE_MIN}–{SCALE_MAX}",
                    Code.NUMBER_OUT_OF_RANGE,
                    goal=uid,
                )
        missing = [g for g in plan.goals if g.status == "open" and g.uid not in scores]
        if missing:
            names = ", ".join(repr(g.title) for g in missing)
            errors.add(
                "scores",
                f"every open goal needs a score; missing for {names}",
                Code.REVIEW_SCORE_MISSING,
                goals=[g.uid for g in missing],
            )
        errors.raise_if_any()
        if next_review is not None and next_review <= review_date:
            raise PlanError(
                Code.REVIEW_NEXT_BEFORE_REVIEW,
                f"the next review ({next_review}) must come after the review ({review_date})",
                field="next_review",
            )
        position = len(plan.reviews)
        review = Review(position=position, date=review_date, summary=summary)
        review.scores = [ReviewScore(goal=goals[uid], score=score) for uid, score in scores.items()]
        plan.reviews.append(review)
        plan.next_review = next_review or default_next_review(review_date)
        s.flush()
        audit.record(
            s,
            "create",
            "review",
            review.uid,
            plan.family.uid,
            {"plan": plan.uid, "fields": ["date", "scores", "summary"], "scores": len(scores)},
        )
        audit.record(s, "update", "plan", plan.uid, plan.family.uid, {"fields": ["next_review"]})
        return review.uid


def _goal_lineage(s: Session, goal: Goal) -> list[Goal]:
    """``goal`` and the goals it was copied from, oldest first (a broken link ends it)."""
    chain = [goal]
    seen = {goal.id}
    while chain[0].previous_goal_id is not None and chain[0].previous_goal_id not in seen:
        earlier = s.get(Goal, chain[0].previous_goal_id)
        if earlier is None:
            break
        chain.insert(0, earlier)
        seen.add(earlier.id)
    return chain


def goal_score_history(store: Store, goal_uid: str) -> list[tuple[date, int]]:
    """The goal's scores over time for a chart, across plan versions, oldest first.

    The history follows the goal back through the versions it was copied from
    (``revise_plan``, ``create_plan_from_previous``): first the earliest
    version's baseline, dated when that plan was agreed (or created, for a
    draft), then every review score of every version, in date order.

    A later version's baseline is shown only when it is a new assessment: a
    copied baseline (equal to the baseline of the goal it copies, or to the last
    score already shown, which ``create_plan_from_previous`` makes the new
    baseline) is left out, so the chart neither repeats a point nor falls back
    to an old value at the revision.
    """
    with store.read_session() as s:
        chain = _goal_lineage(s, _goal(s, goal_uid))
        rows = s.execute(
            select(ReviewScore.goal_id, Review.date, ReviewScore.score)
            .join(ReviewScore, ReviewScore.review_id == Review.id)
            .where(ReviewScore.goal_id.in_([g.id for g in chain]))
            .order_by(Review.date, Review.position)
        ).all()
        out: list[tuple[date, int]] = []
        for i, goal in enumerate(chain):
            baseline = goal.baseline_score
            copied = i > 0 and (
                baseline == chain[i - 1].baseline_score or (bool(out) and baseline == out[-1][1])
            )
            if baseline is not None and not copied:
                out.append((goal.plan.agreed_on or goal.plan.created_on, baseline))
            out.extend((d, sc) for gid, d, sc in rows if gid == goal.id)
        out.sort(key=lambda point: point[0])  # stable: same-day points keep their order
        return out


# --- follow-up across the caseload --------------------------------------------------------------


def _live_agreed(s: Session):  # type: ignore[no-untyped-def]
    """Agreed plans with a review date (superseded versions have none)."""
    return (
        select(ActionPlan, Family)
        .join(Family, Family.id == ActionPlan.family_id)
        .where(ActionPlan.status == "agreed", ActionPlan.next_review.is_not(None))
    )


def overdue_reviews(store: Store, today: date) -> list[OverdueReview]:
    """Agreed plans whose review date has passed, most overdue first."""
    with store.read_session() as s:
        rows = s.execute(
            _live_agreed(s)
            .where(ActionPlan.next_review < today, Family.status != "closed")
            .order_by(ActionPlan.next_review, Family.name)
        ).all()
        return [
            OverdueReview(
                family_uid=f.uid,
                family_name=f.name,
                family_reference=f.reference,
                plan_uid=p.uid,
                plan_title=p.title,
                next_review=p.next_review,
                days_overdue=(today - p.next_review).days,
            )
            for p, f in rows
        ]


def family_review_flags(store: Store, today: date | None = None) -> dict[str, date | None]:
    """Every family's earliest upcoming (or overdue) plan review; None when none is due.

    Pair with ``next_review_status(d, today)`` to colour the families list.
    ``today`` is accepted for symmetry with ``overdue_reviews``; the dates do
    not depend on it.
    """
    with store.read_session() as s:
        flags: dict[str, date | None] = {uid: None for uid in s.scalars(select(Family.uid))}
        rows = s.execute(
            select(Family.uid, func.min(ActionPlan.next_review))
            .join(ActionPlan, ActionPlan.family_id == Family.id)
            .where(ActionPlan.status == "agreed", ActionPlan.next_review.is_not(None))
            .group_by(Family.uid)
        ).all()
        for uid, day in rows:
            flags[uid] = day
        return flags
