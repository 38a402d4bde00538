"""A goal's score history carries on across plan versions (revise, start from previous)."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select, text

from famdesk.core import plans
from famdesk.core.plans import GoalData, PlanFrozen, StepData
from famdesk.db.models import Goal
from tests.core.plan_fixtures import make_family

AGREED_V1 = date(2026, 2, 10)
REVIEW_V1 = date(2026, 5, 1)
AGREED_V2 = date(2026, 5, 20)
REVIEW_V2 = date(2026, 8, 15)


@pytest.fixture
def fam(store):  # type: ignore[no-untyped-def]
    return make_family(store)


@pytest.fixture
def v1(store, fam):  # type: ignore[no-untyped-def]
    """An agreed plan reviewed once: 'Faste sengetider' 2 -> 4, 'Ro ved måltider' 5 -> 5."""
    uid = plans.create_plan(
        store,
        fam.family,
        "Forældrehandleplan",
        created_on=date(2026, 2, 1),
        member_uids=[fam.mother, fam.father],
        goals=[
            GoalData("Faste sengetider", baseline_score=2, steps=[StepData("Aftenritual")]),
            GoalData("Ro ved måltider", baseline_score=5),
        ],
    )
    plans.agree_plan(store, uid, agreed_on=AGREED_V1)
    g0, g1 = plans.get_plan(store, uid).goals
    plans.add_review(store, uid, REVIEW_V1, "Første opfølgning", {g0.uid: 4, g1.uid: 5})
    return uid


def _goal_uids(store, plan_uid: str) -> list[str]:  # type: ignore[no-untyped-def]
    return [g.uid for g in plans.get_plan(store, plan_uid).goals]


def _revised_and_reviewed(store, v1: str) -> str:  # type: ignore[no-untyped-def]
    v2 = plans.revise_plan(store, v1, created_on=date(2026, 5, 15))
    plans.agree_plan(store, v2, agreed_on=AGREED_V2)
    g0, g1 = _goal_uids(store, v2)
    plans.add_review(store, v2, REVIEW_V2, "Anden opfølgning", {g0: 7, g1: 6})
    return v2


def test_a_revised_goal_keeps_the_earlier_versions_scores(store, v1):  # type: ignore[no-untyped-def]
    v2 = _revised_and_reviewed(store, v1)
    old, new = _goal_uids(store, v1)[0], _goal_uids(store, v2)[0]
    assert old != new  # a new version has its own goals
    assert plans.goal_score_history(store, new) == [
        (AGREED_V1, 2),
        (REVIEW_V1, 4),
        (REVIEW_V2, 7),
    ]
    # The earlier version's own history does not grow with the later one.
    assert plans.goal_score_history(store, old) == [(AGREED_V1, 2), (REVIEW_V1, 4)]


def test_the_draft_revision_already_shows_the_history(store, v1):  # type: ignore[no-untyped-def]
    v2 = plans.revise_plan(store, v1, created_on=date(2026, 5, 15))
    second = _goal_uids(store, v2)[1]
    # The copied baseline (5) is not a new point; the unchanged score is not repeated.
    assert plans.goal_score_history(store, second) == [(AGREED_V1, 5), (REVIEW_V1, 5)]


def test_a_new_baseline_in_the_revision_is_a_point_of_its_own(store, v1):  # type: ignore[no-untyped-def]
    v2 = plans.revise_plan(store, v1, created_on=date(2026, 5, 15))
    first = _goal_uids(store, v2)[0]
    plans.update_goal(store, first, baseline_score=3)
    plans.agree_plan(store, v2, agreed_on=AGREED_V2)
    assert plans.goal_score_history(store, first) == [
        (AGREED_V1, 2),
        (REVIEW_V1, 4),
        (AGREED_V2, 3),
    ]


def test_history_follows_several_versions(store, v1):  # type: ignore[no-untyped-def]
    v2 = _revised_and_reviewed(store, v1)
    v3 = plans.revise_plan(store, v2, created_on=date(2026, 9, 1))
    plans.agree_plan(store, v3, agreed_on=date(2026, 9, 2))
    g0 = _goal_uids(store, v3)[0]
    plans.add_review(store, v3, date(2026, 12, 1), "", {g0: 9, _goal_uids(store, v3)[1]: 6})
    assert [score for _, score in plans.goal_score_history(store, g0)] == [2, 4, 7, 9]


def test_an_agreed_versions_goal_cannot_be_deleted(store, v1):  # type: ignore[no-untyped-def]
    _revised_and_reviewed(store, v1)
    with pytest.raises(PlanFrozen):
        plans.delete_goal(store, _goal_uids(store, v1)[0])


def test_a_dropped_link_leaves_the_goals_own_history(store, v1):  # type: ignore[no-untyped-def]
    v2 = _revised_and_reviewed(store, v1)
    old, new = _goal_uids(store, v1)[0], _goal_uids(store, v2)[0]
    # Below the rules (a repair by hand): the earlier goal's row goes; the link is set NULL.
    with store.session() as s:
        s.execute(text("DELETE FROM goal WHERE uid = :uid"), {"uid": old})
    with store.read_session() as s:
        assert s.scalars(select(Goal.previous_goal_id).where(Goal.uid == new)).one() is None
    assert plans.goal_score_history(store, new) == [(AGREED_V2, 2), (REVIEW_V2, 7)]


def test_a_plan_started_from_the_previous_one_keeps_the_history(store, fam, v1):  # type: ignore[no-untyped-def]
    g0, g1 = _goal_uids(store, v1)
    plans.set_goal_status(store, g1, "reached")
    plans.complete_plan(store, v1)
    new_plan = plans.create_plan_from_previous(store, fam.family, created_on=date(2026, 6, 1))
    (carried,) = plans.get_plan(store, new_plan).goals  # the reached goal stays behind
    assert carried.baseline_score == 4  # where the family stands now
    plans.agree_plan(store, new_plan, agreed_on=date(2026, 6, 3))
    plans.add_review(store, new_plan, date(2026, 9, 1), "", {carried.uid: 6})
    # The new baseline repeats the last score, so it is not a second point.
    assert plans.goal_score_history(store, carried.uid) == [
        (AGREED_V1, 2),
        (REVIEW_V1, 4),
        (date(2026, 9, 1), 6),
    ]
    assert plans.goal_score_history(store, g0) == [(AGREED_V1, 2), (REVIEW_V1, 4)]


def test_a_fresh_plan_has_no_earlier_history(store, fam):  # type: ignore[no-untyped-def]
    uid = plans.create_plan(store, fam.family, "Ny", goals=[GoalData("Mål", baseline_score=1)])
    (goal,) = plans.get_plan(store, uid).goals
    with store.read_session() as s:
        assert s.scalars(select(Goal.previous_goal_id).where(Goal.uid == goal.uid)).one() is None
    assert [score for _, score in plans.goal_score_history(store, goal.uid)] == [1]
