"""A plan's states: a draft is written, agreed, lived, then completed or cancelled.

* A *draft* is written with the parents; everything may change.
* *Agreeing* records the date, sets the next review (three months later by
  default) and freezes the content.
* Changing an agreed plan starts a new draft *version* (``revise_plan``) linked
  to the previous one, which stays readable. When the new version is agreed,
  the old one is superseded: it no longer carries a review date and takes no
  more changes.
* *Completed* (the work is done) and *cancelled* (abandoned) plans stay as
  records; a finished plan is never followed up.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import select

from famdesk.core import audit, rules
from famdesk.core.errors import Code, ErrorCollector
from famdesk.core.plans.checks import (
    PlanError,
    changed_fields,
    check_plan_fields,
    members_of,
    require_draft,
    require_live,
    require_not_replaced,
)
from famdesk.core.plans.dates import default_next_review
from famdesk.core.plans.goals import append_goals
from famdesk.core.plans.reading import plan_data, plan_row
from famdesk.core.plans.records import PLAN_TEXT_FIELDS, PlanData
from famdesk.core.plans.starting import copy_goals
from famdesk.core.versions import check_version, guarded
from famdesk.db.models import ActionPlan
from famdesk.db.store import Store


def update_plan(
    store: Store, plan_uid: str, *, loaded: PlanData | None = None, **fields: Any
) -> list[str]:
    """Change a draft's fields; returns the names of the fields that changed.

    ``loaded`` is the plan as the editor read it: if someone saved the plan
    since, the save is refused (``RecordChanged``, naming their changes) and
    nothing is written.
    """
    errors = ErrorCollector()
    check_plan_fields(fields, errors)
    with guarded("plan"), store.session() as s:
        plan = plan_row(s, plan_uid)
        if loaded is not None:
            _check_loaded(plan, loaded)
        require_draft(plan, "the plan's fields")
        changed: list[str] = []
        if "member_uids" in fields:
            uids = list(fields.pop("member_uids"))
            members = members_of(plan.family, uids, errors)
            errors.raise_if_any()
            if [m.uid for m in plan.members] != uids:
                plan.members = members
                changed.append("member_uids")
        errors.raise_if_any()
        changed += changed_fields(plan, fields)
        for name, value in fields.items():
            setattr(plan, name, value)
        if changed:
            audit.record(
                s, "update", "plan", plan.uid, plan.family.uid, {"fields": sorted(changed)}
            )
        return sorted(changed)


def _check_loaded(plan: ActionPlan, loaded: PlanData) -> None:
    """The plan is still as ``loaded`` read it (``core.versions``)."""
    names = ("phase", *PLAN_TEXT_FIELDS)
    was = {name: getattr(loaded, name) for name in names} | {"member_uids": loaded.member_uids}
    now = {name: getattr(plan, name) for name in names}
    now["member_uids"] = [m.uid for m in plan.members]
    check_version(plan, "plan", loaded.row_version, was, now)


def agree_plan(
    store: Store, plan_uid: str, agreed_on: date | None = None, next_review: date | None = None
) -> PlanData:
    """Draft → agreed: records the date and freezes the content.

    Refused, as at import (``rules.check_plan``), for a plan without a title
    or a goal, agreed before it was created, or reviewed before it is agreed.
    The next review defaults to three months after agreement. Agreeing a new
    version supersedes the one it revises, whose review date is cleared so that
    only the current version is followed up.
    """
    with store.session() as s:
        plan = plan_row(s, plan_uid)
        if plan.status != "draft":
            raise PlanError(
                Code.PLAN_STATUS,
                f"cannot agree plan {plan.uid}: it is already {plan.status}",
                status=plan.status,
            )
        day = agreed_on or date.today()
        review = next_review or default_next_review(day)
        errors = ErrorCollector()
        agreed = {
            "title": plan.title,
            "status": "agreed",
            "created_on": plan.created_on,
            "agreed_on": day,
            "next_review": review,
        }
        errors.extend(rules.check_plan(agreed, [{"uid": g.uid} for g in plan.goals]))
        errors.raise_if_any()
        plan.status = "agreed"
        plan.agreed_on = day
        plan.next_review = review
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
        fields = ["agreed_on", "next_review", "status"]
        audit.record(s, "update", "plan", plan.uid, plan.family.uid, {"fields": fields})
        s.flush()
        return plan_data(s, plan)


def set_next_review(store: Store, plan_uid: str, next_review: date | None) -> None:
    """Move (or clear) the next review of a plan being lived."""
    with store.session() as s:
        plan = plan_row(s, plan_uid)
        require_live(s, plan, "set the next review")
        late = rules.next_review_problem(plan.agreed_on, next_review)
        if late is not None:  # the rule of agreeing and of import
            raise PlanError(late.code, late.message, field=late.field, **late.params)
        if plan.next_review != next_review:
            plan.next_review = next_review
            audit.record(
                s, "update", "plan", plan.uid, plan.family.uid, {"fields": ["next_review"]}
            )


def _finish(store: Store, plan_uid: str, status: str) -> None:
    with store.session() as s:
        plan = plan_row(s, plan_uid)
        allowed = ("agreed",) if status == "completed" else ("draft", "agreed")
        if plan.status not in allowed:
            raise PlanError(
                Code.PLAN_STATUS,
                f"cannot mark plan {plan.uid} {status}: it is {plan.status}",
                status=plan.status,
            )
        if plan.status == "agreed":
            require_not_replaced(s, plan, f"mark the plan {status}")
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


def revise_plan(store: Store, plan_uid: str, created_on: date | None = None) -> str:
    """Start a new draft version of an agreed plan; returns the new plan's uid.

    Fields, parents, goals and steps are copied (with new uids; each goal
    remembers the goal it copies, see ``goal_score_history``); reviews stay
    with the version they reviewed. The agreed version is untouched until the
    new one is agreed.
    """
    with store.session() as s:
        plan = plan_row(s, plan_uid)
        require_live(s, plan, "revise the plan")
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
        append_goals(new, *copy_goals(plan.goals, open_only=False, latest={}))
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
