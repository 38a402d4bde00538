"""One family at a glance: the read-only summary above its Overview form.

Last contact, next appointment, next review (overdue or not), the open goals
of its live plans with their latest scores (each goal once, from the plan in
force: while an agreed plan's revision is a draft, the agreed plan's, and the
draft is named), the latest measurement per person
and instrument, its unfinished notes, and when each child was last heard in a
conversation (``child_voice.children_heard``). Due dates come from
``core.deadlines``; each item carries the uid of the record where it is
handled. Every query is bounded and runs on the family's indexes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from sqlalchemy import String, select, type_coerce

from famdesk.core import child_voice, deadlines, plans
from famdesk.core.child_voice import ChildHeard
from famdesk.core.deadlines import Deadline
from famdesk.core.sessions import instant_key, local_day_bounds
from famdesk.db.models import ActionPlan, ContactSession, Family, Goal, Measurement, Member
from famdesk.db.store import Store

#: How far ahead "next appointment" and "next review" look.
HORIZON_DAYS = 5 * 366
MAX_GOALS = 12
MAX_MEASUREMENTS = 6
MAX_NOTES = 10


@dataclass(frozen=True)
class Contact:
    """A session as the overview names it: when, what kind, which record."""

    session_uid: str
    start: datetime
    kind: str


@dataclass(frozen=True)
class GoalScore:
    """An open goal and its latest score (a review's, else its baseline), if it has one."""

    goal_uid: str
    plan_uid: str
    title: str
    score: int | None
    scored_on: date | None


@dataclass(frozen=True)
class DraftRevision:
    """A draft version of an agreed plan: its goals are the agreed plan's until it is agreed."""

    plan_uid: str
    version: int


@dataclass(frozen=True)
class LatestMeasurement:
    measurement_uid: str
    member_name: str
    instrument: str
    day: date
    score: float


@dataclass(frozen=True)
class FamilyOverview:
    today: date
    last_contact: Contact | None
    next_appointment: Deadline | None
    next_review: Deadline | None
    open_goals: list[GoalScore]
    measurements: list[LatestMeasurement]
    unfinished_notes: list[Deadline]
    #: The Barnets lov § 95 follow-up owed (None without a support start or when none is).
    next_follow_up: Deadline | None = None
    #: Each child of the family and its latest conversation (børnesamtale), if any.
    children_heard: list[ChildHeard] = field(default_factory=list)
    #: Drafts that revise an agreed plan: named beside the goals, not listing them again.
    draft_revisions: list[DraftRevision] = field(default_factory=list)


def family_overview(store: Store, family_uid: str, today: date) -> FamilyOverview:
    """The summary of one family as of ``today`` (an injected clock)."""
    horizon = today + timedelta(days=HORIZON_DAYS)
    start_text = type_coerce(ContactSession.start, String)
    with store.read_session() as s:
        family_id, family_status = s.execute(
            select(Family.id, Family.status).where(Family.uid == family_uid)
        ).first() or (None, None)
        last = None
        if family_id is not None:
            last = s.execute(
                select(ContactSession.uid, ContactSession.start, ContactSession.kind)
                .where(
                    ContactSession.family_id == family_id,
                    ContactSession.status == "held",
                    start_text < instant_key(local_day_bounds(today)[1]),
                )
                .order_by(start_text.desc(), ContactSession.id.desc())
                .limit(1)
            ).first()
        coming = deadlines.appointments(s, today, horizon, family_uid=family_uid, limit=1)
        review = deadlines.reviews(s, horizon, family_uid=family_uid, limit=1)
        follow_up = deadlines.follow_ups(s, date.max, family_uid=family_uid, limit=1, today=today)
        notes = deadlines.unfinished_notes(
            s, today, overdue_only=False, family_uid=family_uid, limit=MAX_NOTES
        )
        live = s.execute(
            select(ActionPlan.id, ActionPlan.uid, ActionPlan.status, ActionPlan.version,
                   ActionPlan.previous_plan_id)
            .where(
                ActionPlan.family_id == family_id,
                ActionPlan.status.in_(deadlines.LIVE_PLAN_STATUSES),
            )
            .order_by(ActionPlan.position, ActionPlan.id)
        ).all()
        # A revision copies the agreed plan's goals; each goal shows once, from the plan in
        # force: the agreed plan while its revision is a draft, the revision once agreed
        # (the version it replaces stays 'agreed', see ``lifecycle.agree_plan``).
        agreed = {p.id for p in live if p.status == "agreed"}
        revisions = [p for p in live if p.status == "draft" and p.previous_plan_id in agreed]
        replaced = {p.previous_plan_id for p in live if p.status == "agreed"}
        shown = [p.id for p in live if p not in revisions and p.id not in replaced]
        goals = s.execute(
            select(Goal.uid, ActionPlan.uid, Goal.title)
            .join(ActionPlan, ActionPlan.id == Goal.plan_id)
            .where(ActionPlan.id.in_(shown), Goal.status == "open")
            .order_by(ActionPlan.position, Goal.position)
            .limit(MAX_GOALS)
        ).all()
        recent = s.execute(
            select(Measurement, Member)
            .join(Member, Member.id == Measurement.member_id)
            .where(Measurement.family_id == family_id)
            .order_by(Measurement.date.desc(), Measurement.id.desc())
            .limit(60)
        ).all()
        members = s.scalars(select(Member).where(Member.family_id == family_id)).all()
        heard = child_voice.children_heard(
            s, members, today, case_closed=family_status == "closed"
        )
    latest: dict[tuple[int, str], LatestMeasurement] = {}
    for m, member in recent:
        key = (member.id, m.instrument)
        if key not in latest and len(latest) < MAX_MEASUREMENTS:
            latest[key] = LatestMeasurement(
                m.uid,
                f"{member.given_name} {member.family_name}".strip(),
                m.instrument,
                m.date,
                m.score,
            )
    scored = []
    for goal_uid, plan_uid, title in goals:
        history = plans.goal_score_history(store, goal_uid)
        day, score = history[-1] if history else (None, None)
        scored.append(GoalScore(goal_uid, plan_uid, title, score, day))
    return FamilyOverview(
        today=today,
        last_contact=Contact(last.uid, last.start, last.kind) if last else None,
        next_appointment=coming[0] if coming else None,
        next_review=review[0] if review else None,
        open_goals=scored,
        measurements=list(latest.values()),
        unfinished_notes=notes,
        next_follow_up=follow_up[0] if follow_up else None,
        children_heard=heard,
        draft_revisions=[DraftRevision(p.uid, p.version) for p in revisions],
    )
