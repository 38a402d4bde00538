"""Reading plans: rows found by uid, and the dataclasses the screens and the PDF get.

The lookups here (``plan_row``, ``goal_row``, ``step_row``) raise ``NotFound``
for a uid that is not there; every other plan module finds its rows through
them. A row becomes a dataclass only here, inside the unit of work that
loaded it. The printed plan is read here (``get_plan_document``) and its print
recorded here (``record_plan_print``): the PDF itself never touches the store.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from famdesk.core import audit
from famdesk.core.lookup import family_row, row_by_uid
from famdesk.core.plans.records import (
    Collaborator,
    GoalData,
    Person,
    PlanData,
    PlanDocument,
    PlanSummary,
    ReviewData,
    StepData,
)
from famdesk.core.profile import worker_name_in
from famdesk.db.models import ActionPlan, Goal, Step
from famdesk.db.store import Store
from famdesk.vocabulary import PARENT_ROLES, PLAN_TEXT_SECTIONS


def plan_row(s: Session, uid: str) -> ActionPlan:
    return row_by_uid(s, ActionPlan, "plan", uid)


def goal_row(s: Session, uid: str) -> Goal:
    return row_by_uid(s, Goal, "goal", uid)


def step_row(s: Session, uid: str) -> Step:
    return row_by_uid(s, Step, "step", uid)


def successor(s: Session, plan: ActionPlan) -> ActionPlan | None:
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
        row_version=step.row_version,
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
        row_version=goal.row_version,
    )


def plan_data(s: Session, plan: ActionPlan) -> PlanData:
    """The whole plan, goals, steps and reviews, as one dataclass."""
    replaced_by = successor(s, plan)
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
        superseded_by_uid=replaced_by.uid if replaced_by is not None else None,
        row_version=plan.row_version,
    )


def get_plan(store: Store, plan_uid: str) -> PlanData:
    with store.read_session() as s:
        return plan_data(s, plan_row(s, plan_uid))


def get_goal(store: Store, goal_uid: str) -> GoalData:
    """One goal as it is stored now (an editor loads it again after a refused save)."""
    with store.read_session() as s:
        return _goal_data(goal_row(s, goal_uid))


def get_step(store: Store, step_uid: str) -> StepData:
    """One step as it is stored now (an editor loads it again after a refused save)."""
    with store.read_session() as s:
        return _step_data(step_row(s, step_uid))


def list_plans(store: Store, family_uid: str) -> list[PlanSummary]:
    """A family's plans, newest first (a revision before the version it revises)."""
    with store.read_session() as s:
        family = family_row(s, family_uid)
        plans = s.scalars(
            select(ActionPlan)
            .where(ActionPlan.family_id == family.id)
            .order_by(ActionPlan.created_on.desc(), ActionPlan.version.desc(), ActionPlan.id.desc())
        ).all()
        out = []
        for p in plans:
            replaced_by = successor(s, p)
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
                    superseded_by_uid=replaced_by.uid if replaced_by else None,
                )
            )
        return out


def plan_versions(store: Store, plan_uid: str) -> list[PlanSummary]:
    """Every version in ``plan_uid``'s chain, oldest first."""
    with store.read_session() as s:
        family_uid = plan_row(s, plan_uid).family.uid
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
        plan = plan_row(s, plan_uid)
        family = plan.family
        parents = [
            Person(uid=m.uid, name=f"{m.given_name} {m.family_name}".strip(), role=m.role)
            for m in plan.members
        ]
        prev = plan.previous_plan
        return PlanDocument(
            plan=plan_data(s, plan),
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
            family_status=family.status,
        )


def record_plan_print(store: Store, document: PlanDocument, lang: str) -> None:
    """Audit that ``document`` was printed ("print": language, version and status)."""
    plan = document.plan
    with store.session() as s:
        audit.record(
            s,
            "print",
            "plan",
            plan.uid,
            plan.family_uid,
            {"lang": lang, "version": plan.version, "status": plan.status},
        )


def family_parent_uids(store: Store, family_uid: str) -> list[str]:
    """The family's parents: whom a new plan is made with unless the worker says otherwise."""
    with store.read_session() as s:
        family = family_row(s, family_uid)
        return [m.uid for m in family.members if m.role in PARENT_ROLES]
