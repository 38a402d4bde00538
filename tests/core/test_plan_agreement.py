"""What a draft lacks before it is agreed: computed in core, so every door sees the same gaps."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from famdesk.core import child_voice, plans, sessions
from famdesk.core.child_voice import ConversationData
from famdesk.core.errors import ValidationFailed
from famdesk.core.plans import GoalData, StepData, agreement_gaps
from famdesk.db.store import Store
from famdesk.vocabulary import PLAN_TEXT_SECTIONS
from tests.core.plan_fixtures import make_family

AGREED = date(2026, 9, 15)


def _codes(gaps: list[plans.AgreementGap]) -> list[tuple[str, str]]:
    return [(g.code, g.section or g.goal or (g.since.isoformat() if g.since else "")) for g in gaps]


def _held_with(
    store: Store, family: str, members: list[str], day: date, status: str = "held"
) -> None:
    start = datetime(day.year, day.month, day.day, 10, 0, tzinfo=sessions.LOCAL_TZ)
    data = sessions.SessionInput("home-visit", start, status=status, member_uids=members)
    sessions.create_session(store, family, data)


def test_a_thin_draft_lists_every_gap_in_the_order_a_worker_fixes_them(store: Store) -> None:
    ids = make_family(store)
    plan = plans.create_plan(
        store,
        ids.family,
        "Hverdagen",
        created_on=date(2026, 9, 1),
        goals=[
            GoalData("Faste morgener"),
            GoalData(
                "Samvær hver uge",
                target_date=date(2026, 12, 1),
                baseline_score=3,
                steps=[StepData("Ring til plejefamilien")],
            ),
            GoalData("Droppet mål", status="dropped"),
        ],
    )
    gaps = agreement_gaps(store, plan, AGREED, None)
    assert _codes(gaps) == [
        ("child_perspective_empty", "child_perspective"),
        *[("section_empty", s) for s in PLAN_TEXT_SECTIONS if s != "child_perspective"],
        ("no_parents", ""),
        ("goal_no_target_date", "Faste morgener"),
        ("goal_no_baseline", "Faste morgener"),
        ("goal_no_steps", "Faste morgener"),
        ("no_next_review", ""),
        ("no_child_conversation", "2026-06-15"),
    ]
    assert not any(g.blocking for g in gaps)


def test_a_full_draft_has_no_gaps_once_the_child_was_heard(store: Store) -> None:
    ids = make_family(store)
    sections = {name: f"Tekst til {name}" for name in PLAN_TEXT_SECTIONS}
    plan = plans.create_plan(
        store,
        ids.family,
        "Hverdagen",
        created_on=date(2026, 9, 1),
        member_uids=[ids.mother, ids.father],
        goals=[
            GoalData(
                "Samvær",
                target_date=date(2026, 12, 1),
                baseline_score=4,
                steps=[StepData("Aftal tider")],
            )
        ],
        **sections,
    )
    review = plans.default_next_review(AGREED)
    # A held session with the child present is a visit, not a børnesamtale: still reminded,
    # as for a conversation too long ago (named as the last one).
    _held_with(store, ids.family, [ids.mother, ids.child], date(2026, 9, 10))
    child_voice.add_conversation(
        store, ids.child, ConversationData(date(2026, 6, 14), child_own_words="Jeg vil hjem.")
    )
    gaps = agreement_gaps(store, plan, AGREED, review)
    assert _codes(gaps) == [("no_child_conversation", "2026-06-15")]
    assert (gaps[0].child, gaps[0].last) == ("Alma Kowalski", date(2026, 6, 14))
    # A conversation on the first day of the three months counts, a declined one too.
    child_voice.add_conversation(
        store, ids.child, ConversationData(date(2026, 6, 15), declined=True)
    )
    assert agreement_gaps(store, plan, AGREED, review) == []
    # ... but not for an agreement later on.
    assert _codes(agreement_gaps(store, plan, date(2026, 9, 16), review)) == [
        ("no_child_conversation", "2026-06-16")
    ]


def test_no_goals_blocks_as_agree_plan_refuses(store: Store) -> None:
    ids = make_family(store)
    plan = plans.create_plan(store, ids.family, "Tom plan", created_on=date(2026, 9, 1))
    gaps = agreement_gaps(store, plan, AGREED, plans.default_next_review(AGREED))
    blocking = [g.problem.code for g in gaps if g.problem is not None]
    assert blocking == ["plan.goals.required"]
    with pytest.raises(ValidationFailed) as refused:
        plans.agree_plan(store, plan, agreed_on=AGREED)
    assert [e.code for e in refused.value.errors] == blocking


def test_dates_core_would_refuse_are_blocking_gaps(store: Store) -> None:
    ids = make_family(store)
    plan = plans.create_plan(
        store, ids.family, "Hverdagen", created_on=date(2026, 9, 1), goals=[GoalData("Mål")]
    )
    gaps = agreement_gaps(store, plan, date(2026, 8, 31), date(2026, 8, 30))
    refused = [(g.problem.code, g.problem.params) for g in gaps if g.problem is not None]
    assert refused == [
        ("plan.agreed_on.before_created", {"created": "2026-09-01"}),
        ("plan.next_review.before_agreed", {"agreed": "2026-08-31"}),
    ]


def test_a_family_without_children_is_not_reminded_of_the_child(store: Store) -> None:
    ids = make_family(store)
    with store.session() as s:
        from sqlalchemy import delete

        from famdesk.db.models import Member

        s.execute(delete(Member).where(Member.uid == ids.child))
    plan = plans.create_plan(
        store, ids.family, "Hverdagen", created_on=date(2026, 9, 1), goals=[GoalData("Mål")]
    )
    codes = [g.code for g in agreement_gaps(store, plan, AGREED, None)]
    assert "no_child_conversation" not in codes
