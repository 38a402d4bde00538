"""One family at a glance, on hand-set dates."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from session_fixtures import make_family

from famdesk.core import outcomes, sessions
from famdesk.core.deadlines import Target
from famdesk.core.overview import DraftRevision, family_overview
from famdesk.core.plans import lifecycle
from famdesk.core.sessions import SessionInput
from famdesk.db.models import ActionPlan, Goal, Review, ReviewScore
from famdesk.db.store import Store

CPH = ZoneInfo("Europe/Copenhagen")
TODAY = date(2026, 3, 10)


def _session(store: Store, family: str, day: date, status: str = "held", **kw: object) -> str:
    data = SessionInput(
        kind=str(kw.pop("kind", "home-visit")),
        status=status,
        start=datetime(day.year, day.month, day.day, 10, tzinfo=CPH),
    )
    return sessions.create_session(store, family, data, finalize=bool(kw.get("finalize")))


def test_the_overview_of_one_family(store: Store) -> None:
    ids = make_family(store, next_review=date(2026, 3, 2))
    other = make_family(store, reference="FB-2026-002", name="Familien Bøgh")
    _session(store, ids.uid, date(2026, 2, 20), finalize=True)
    last = _session(store, ids.uid, date(2026, 3, 9), kind="office", finalize=True)
    _session(store, other.uid, date(2026, 3, 10), finalize=True)  # another family's
    draft = _session(store, ids.uid, date(2026, 3, 5))
    coming = _session(store, ids.uid, date(2026, 3, 17), status="planned")
    _session(store, ids.uid, date(2026, 4, 1), status="planned")
    with store.session() as s:
        goal = s.query(Goal).filter_by(uid=ids.goal).one()
        goal.baseline_score = 3
        review = Review(plan_id=goal.plan_id, date=date(2026, 2, 1), summary="")
        review.scores = [ReviewScore(goal_id=goal.id, score=6)]
        s.add(review)
    outcomes.add_measurement(
        store, ids.uid, ids.mother, "WHO-5", date(2026, 1, 5), items=[2, 2, 2, 2, 2]
    )
    outcomes.add_measurement(
        store, ids.uid, ids.mother, "WHO-5", date(2026, 3, 1), items=[3, 3, 3, 3, 3]
    )

    view = family_overview(store, ids.uid, TODAY)

    assert view.last_contact is not None
    assert (view.last_contact.session_uid, view.last_contact.kind) == (last, "office")
    assert view.next_appointment is not None
    assert view.next_appointment.target == Target("session", coming)
    assert view.next_review is not None and view.next_review.due == date(2026, 3, 2)
    assert view.next_review.overdue(TODAY)
    assert [(g.goal_uid, g.score, g.scored_on) for g in view.open_goals] == [
        (ids.goal, 6, date(2026, 2, 1)),
        (ids.goal2, None, None),
    ]
    assert [(m.member_name, m.instrument, m.score) for m in view.measurements] == [
        ("Sørine Ærøe", "WHO-5", 60.0)
    ]
    assert [(d.target.uid, d.due, d.overdue(TODAY)) for d in view.unfinished_notes] == [
        (draft, date(2026, 3, 8), True)
    ]


def test_a_new_family_has_nothing_yet(store: Store) -> None:
    ids = make_family(store)
    view = family_overview(store, ids.uid, TODAY)
    assert view.last_contact is None
    assert view.next_appointment is None
    assert view.next_review is None
    assert view.measurements == [] and view.unfinished_notes == []


def test_an_agreed_plans_goals_show_once_while_its_revision_is_a_draft(store: Store) -> None:
    """The revision copies the goals; the overview lists the agreed plan's (the plan in
    force, with their scores) and names the draft, instead of every goal twice."""
    ids = make_family(store)
    with store.session() as s:
        plan = s.query(ActionPlan).filter_by(uid=ids.plan).one()
        plan.status, plan.agreed_on = "agreed", date(2026, 1, 20)
        goal = s.query(Goal).filter_by(uid=ids.goal).one()
        goal.baseline_score = 4
    draft = lifecycle.revise_plan(store, ids.plan, created_on=date(2026, 3, 1))

    view = family_overview(store, ids.uid, TODAY)

    assert [(g.goal_uid, g.plan_uid, g.title, g.score) for g in view.open_goals] == [
        (ids.goal, ids.plan, "Faste sengetider", 4),
        (ids.goal2, ids.plan, "Frøja kommer i børnehave hver dag", None),
    ]
    assert view.draft_revisions == [DraftRevision(draft, 2)]
    # Agreed in its turn, the new version is the plan in force (the one it revises stays
    # 'agreed', without a next review), and no draft is named.
    with store.session() as s:
        s.query(ActionPlan).filter_by(uid=draft).one().status = "agreed"
    view = family_overview(store, ids.uid, TODAY)
    assert [(g.plan_uid, g.title, g.score) for g in view.open_goals] == [
        (draft, "Faste sengetider", 4), (draft, "Frøja kommer i børnehave hver dag", None)]
    assert view.draft_revisions == []
