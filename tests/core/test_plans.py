"""The plan rules a worker relies on: lifecycle, frozen content, versions, reviews."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import select

from famdesk.core import plans
from famdesk.core.errors import NotFound, ValidationFailed
from famdesk.core.plans import GoalData, PlanError, PlanFrozen, StepData
from famdesk.db.models import AuditEvent
from tests.backends import audit_actor
from tests.core.plan_fixtures import make_family

AGREED = date(2026, 2, 10)


def _goals() -> list[GoalData]:
    return [
        GoalData(
            "Vi kommer til samvær hver uge",
            success_criteria="Alma glæder sig til at se os",
            ics_dimension="relationships",
            baseline_score=3,
            steps=[StepData("Lave en samværsplan", "Zoë", date(2026, 3, 1))],
        ),
        GoalData(
            "Jeg sover bedre",
            baseline_score=4,
            steps=[StepData("Ringe til lægen", "Łukasz"), StepData("Gåtur hver dag", "Łukasz")],
        ),
    ]


@pytest.fixture
def fam(store):  # type: ignore[no-untyped-def]
    return make_family(store)


@pytest.fixture
def draft(store, fam):  # type: ignore[no-untyped-def]
    return plans.create_plan(
        store,
        fam.family,
        "Forældrehandleplan",
        created_on=date(2026, 2, 1),
        goals=_goals(),
        member_uids=[fam.mother, fam.father],
        parents_own_words="Vi vil gerne have Alma hjem.",
        phase="preparation",
    )


@pytest.fixture
def agreed(store, draft):  # type: ignore[no-untyped-def]
    plans.agree_plan(store, draft, agreed_on=AGREED)
    return draft


def _audit(store, entity_uid):  # type: ignore[no-untyped-def]
    with store.read_session() as s:
        return list(s.scalars(select(AuditEvent).where(AuditEvent.entity_uid == entity_uid)))


# --- dates -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        (date(2026, 1, 31), 1, date(2026, 2, 28)),
        (date(2028, 1, 31), 1, date(2028, 2, 29)),
        (date(2026, 11, 30), 3, date(2027, 2, 28)),
        (date(2026, 5, 15), 3, date(2026, 8, 15)),
        (date(2026, 12, 31), 12, date(2027, 12, 31)),
    ],
)
def test_add_months_clamps_to_month_end(day, months, expected):  # type: ignore[no-untyped-def]
    assert plans.add_months(day, months) == expected


def test_next_review_status():
    today = date(2026, 6, 1)
    assert plans.next_review_status(None, today) == "none"
    assert plans.next_review_status(date(2026, 5, 31), today) == "overdue"
    assert plans.next_review_status(date(2026, 6, 10), today) == "due-soon"
    assert plans.next_review_status(date(2026, 8, 1), today) == "ok"


# --- creating and editing a draft --------------------------------------------


def test_create_reads_back_everything(store, fam, draft):  # type: ignore[no-untyped-def]
    plan = plans.get_plan(store, draft)
    assert plan.status == "draft" and plan.version == 1
    assert plan.member_uids == [fam.mother, fam.father]
    assert [g.title for g in plan.goals] == ["Vi kommer til samvær hver uge", "Jeg sover bedre"]
    assert [s.text for s in plan.goals[1].steps] == ["Ringe til lægen", "Gåtur hver dag"]
    assert plan.goals[0].steps[0].due_date == date(2026, 3, 1)
    assert plan.parents_own_words == "Vi vil gerne have Alma hjem."


def test_audit_names_fields_never_contents(store, draft):  # type: ignore[no-untyped-def]
    plans.update_plan(store, draft, concerns="Hemmelig bekymring om Alma")
    events = _audit(store, draft)
    assert [e.action for e in events] == ["create", "update"]
    assert events[1].detail == {"fields": ["concerns"]}
    assert "Hemmelig" not in repr([e.detail for e in events])


def test_update_refuses_bad_input_and_writes_nothing(store, draft):  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationFailed) as info:
        plans.update_plan(store, draft, title=" ", phase="later")
    assert {e.field for e in info.value.errors} == {"title", "phase"}
    assert plans.get_plan(store, draft).title == "Forældrehandleplan"


def test_plan_members_must_belong_to_the_family(store, draft):  # type: ignore[no-untyped-def]
    other = make_family(store, name="Familien Andersen")
    with pytest.raises(ValidationFailed, match="not a member of this family"):
        plans.update_plan(store, draft, member_uids=[other.mother])


def test_goal_validation(store, draft):  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationFailed) as info:
        plans.add_goal(store, draft, GoalData("", baseline_score=11, ics_dimension="weather"))
    assert {e.field for e in info.value.errors} == {
        "goal.title",
        "goal.baseline_score",
        "goal.ics_dimension",
    }
    with pytest.raises(ValidationFailed):
        plans.add_goal(store, draft, GoalData("Mål", baseline_score=True))  # type: ignore[arg-type]


def test_unknown_uid_is_not_found(store):  # type: ignore[no-untyped-def]
    with pytest.raises(NotFound, match="no plan with uid nope"):
        plans.get_plan(store, "nope")


# --- reordering ----------------------------------------------------------------


def test_move_goal_and_step(store, draft):  # type: ignore[no-untyped-def]
    plan = plans.get_plan(store, draft)
    g0, g1 = plan.goals
    plans.move_goal(store, g1.uid, 0)
    assert [g.uid for g in plans.get_plan(store, draft).goals] == [g1.uid, g0.uid]
    s0, s1 = g1.steps
    plans.move_step(store, s1.uid, 0)
    assert [s.uid for s in plans.get_plan(store, draft).goals[0].steps] == [s1.uid, s0.uid]
    # Out-of-range indices are clamped; a step may move to another goal of the plan.
    plans.move_step(store, s1.uid, 99, goal_uid=g0.uid)
    after = plans.get_plan(store, draft)
    assert [s.uid for s in after.goals[1].steps] == [g0.steps[0].uid, s1.uid]
    assert [s.uid for s in after.goals[0].steps] == [s0.uid]


def test_add_goal_at_index(store, draft):  # type: ignore[no-untyped-def]
    uid = plans.add_goal(store, draft, GoalData("Først"), index=0)
    assert plans.get_plan(store, draft).goals[0].uid == uid


# --- lifecycle --------------------------------------------------------------------


def test_agree_records_date_and_default_review(store, draft):  # type: ignore[no-untyped-def]
    plan = plans.agree_plan(store, draft, agreed_on=date(2026, 11, 30))
    assert plan.status == "agreed"
    assert plan.agreed_on == date(2026, 11, 30)
    assert plan.next_review == date(2027, 2, 28)


def test_a_plan_without_goals_cannot_be_agreed(store, fam):  # type: ignore[no-untyped-def]
    uid = plans.create_plan(store, fam.family, "Tom plan")
    with pytest.raises(ValidationFailed, match="at least one goal"):
        plans.agree_plan(store, uid)


def test_agreed_content_is_frozen(store, agreed):  # type: ignore[no-untyped-def]
    plan = plans.get_plan(store, agreed)
    goal, step = plan.goals[0], plan.goals[0].steps[0]
    attempts = [
        lambda: plans.update_plan(store, agreed, purpose="Noget andet"),
        lambda: plans.add_goal(store, agreed, GoalData("Nyt mål")),
        lambda: plans.update_goal(store, goal.uid, title="Ændret"),
        lambda: plans.delete_goal(store, goal.uid),
        lambda: plans.move_goal(store, goal.uid, 1),
        lambda: plans.add_step(store, goal.uid, StepData("Ny")),
        lambda: plans.update_step(store, step.uid, text="Ændret"),
        lambda: plans.update_step(store, step.uid, text="Ændret", done=True),
        lambda: plans.delete_step(store, step.uid),
        lambda: plans.move_step(store, step.uid, 0),
    ]
    for attempt in attempts:
        with pytest.raises(PlanFrozen, match="frozen"):
            attempt()
    assert plans.get_plan(store, agreed) == plan


def test_agreed_plan_still_lives(store, agreed):  # type: ignore[no-untyped-def]
    plan = plans.get_plan(store, agreed)
    plans.set_step_done(store, plan.goals[0].steps[0].uid)
    plans.set_goal_status(store, plan.goals[1].uid, "reached")
    plans.set_next_review(store, agreed, date(2026, 4, 1))
    after = plans.get_plan(store, agreed)
    assert after.goals[0].steps[0].done is True
    assert after.goals[1].status == "reached"
    assert after.next_review == date(2026, 4, 1)


def test_a_next_review_comes_after_the_agreement_as_at_agreeing_and_import(store, agreed):  # type: ignore[no-untyped-def]
    day = plans.get_plan(store, agreed).agreed_on
    for refused in (day, day - timedelta(days=1)):
        with pytest.raises(PlanError) as info:
            plans.set_next_review(store, agreed, refused)
        assert (info.value.code, info.value.params) == (
            "plan.next_review.before_agreed",
            {"agreed": day.isoformat()},
        )
    plans.set_next_review(store, agreed, day + timedelta(days=1))
    assert plans.get_plan(store, agreed).next_review == day + timedelta(days=1)


def test_complete_and_cancel(store, fam, agreed):  # type: ignore[no-untyped-def]
    plans.complete_plan(store, agreed)
    plan = plans.get_plan(store, agreed)
    assert plan.status == "completed" and plan.next_review is None
    with pytest.raises(PlanFrozen):
        plans.set_step_done(store, plan.goals[0].steps[0].uid)
    with pytest.raises(PlanError):
        plans.cancel_plan(store, agreed)
    draft = plans.create_plan(store, fam.family, "Udkast")
    with pytest.raises(PlanError, match="cannot mark plan .* completed: it is draft"):
        plans.complete_plan(store, draft)
    plans.cancel_plan(store, draft)
    assert plans.get_plan(store, draft).status == "cancelled"


# --- versions -----------------------------------------------------------------------


def test_revise_starts_a_linked_draft_with_new_uids(store, agreed):  # type: ignore[no-untyped-def]
    old = plans.get_plan(store, agreed)
    new_uid = plans.revise_plan(store, agreed, created_on=date(2026, 3, 1))
    new = plans.get_plan(store, new_uid)
    assert (new.status, new.version, new.previous_plan_uid) == ("draft", 2, agreed)
    assert [g.title for g in new.goals] == [g.title for g in old.goals]
    old_ids = {g.uid for g in old.goals} | {s.uid for g in old.goals for s in g.steps}
    new_ids = {g.uid for g in new.goals} | {s.uid for g in new.goals for s in g.steps}
    assert not old_ids & new_ids
    assert new.member_uids == old.member_uids
    # Editing the draft leaves the agreed version exactly as it was.
    plans.update_plan(store, new_uid, purpose="Ny formulering")
    plans.update_goal(store, new.goals[0].uid, title="Nyt mål")
    assert plans.get_plan(store, agreed) == old
    with pytest.raises(PlanError, match="already has a draft revision"):
        plans.revise_plan(store, agreed)


def test_agreeing_a_revision_supersedes_the_old_version(store, fam, agreed):  # type: ignore[no-untyped-def]
    new_uid = plans.revise_plan(store, agreed, created_on=date(2026, 3, 1))
    plans.agree_plan(store, new_uid, agreed_on=date(2026, 3, 2))
    old = plans.get_plan(store, agreed)
    assert old.superseded_by_uid == new_uid and old.next_review is None and not old.live
    assert old.status == "agreed"  # readable as it was agreed
    with pytest.raises(PlanFrozen, match="replaced by version 2"):
        plans.set_step_done(store, old.goals[0].steps[0].uid)
    assert [v.version for v in plans.plan_versions(store, agreed)] == [1, 2]
    assert plans.get_plan(store, new_uid).next_review == date(2026, 6, 2)


def test_a_draft_cannot_be_revised(store, draft):  # type: ignore[no-untyped-def]
    with pytest.raises(PlanError, match="draft; agree it first"):
        plans.revise_plan(store, draft)


# --- reviews --------------------------------------------------------------------------


def test_review_needs_every_open_goal_scored(store, agreed):  # type: ignore[no-untyped-def]
    g0, g1 = plans.get_plan(store, agreed).goals
    with pytest.raises(ValidationFailed) as info:
        plans.add_review(store, agreed, date(2026, 5, 1), "Det går bedre", {g0.uid: 6})
    assert "missing for 'Jeg sover bedre'" in str(info.value)
    assert info.value.errors[0].params["goal_uids"] == [g1.uid]
    assert info.value.errors[0].params["goals"] == "Jeg sover bedre"  # for the sentence
    assert plans.get_plan(store, agreed).reviews == []
    # A goal no longer open needs no score.
    plans.set_goal_status(store, g1.uid, "dropped")
    plans.add_review(store, agreed, date(2026, 5, 1), "Det går bedre", {g0.uid: 6})
    assert plans.get_plan(store, agreed).reviews[0].scores == {g0.uid: 6}


@pytest.mark.parametrize("bad", [11, -1, 5.5, True, "7"])
def test_review_scores_are_whole_numbers_0_to_10(store, agreed, bad):  # type: ignore[no-untyped-def]
    g0, g1 = plans.get_plan(store, agreed).goals
    with pytest.raises(ValidationFailed, match="whole number 0–10"):
        plans.add_review(store, agreed, date(2026, 5, 1), "", {g0.uid: bad, g1.uid: 5})


def test_review_scores_only_for_this_plans_goals(store, fam, agreed):  # type: ignore[no-untyped-def]
    other = plans.create_plan(store, fam.family, "Anden", goals=[GoalData("Andet mål")])
    foreign = plans.get_plan(store, other).goals[0].uid
    g0, g1 = plans.get_plan(store, agreed).goals
    with pytest.raises(ValidationFailed, match="is not a goal of this plan"):
        plans.add_review(store, agreed, date(2026, 5, 1), "", {g0.uid: 1, g1.uid: 2, foreign: 3})


def test_review_on_a_draft_is_refused(store, draft):  # type: ignore[no-untyped-def]
    with pytest.raises(PlanError, match="draft"):
        plans.add_review(store, draft, date(2026, 5, 1), "", {})


def test_review_moves_next_review_and_builds_history(store, agreed):  # type: ignore[no-untyped-def]
    g0, g1 = plans.get_plan(store, agreed).goals
    plans.add_review(store, agreed, date(2026, 5, 1), "Første", {g0.uid: 5, g1.uid: 4})
    assert plans.get_plan(store, agreed).next_review == date(2026, 8, 1)
    plans.add_review(
        store,
        agreed,
        date(2026, 8, 3),
        "Anden",
        {g0.uid: 7, g1.uid: 6},
        next_review=date(2026, 9, 1),
    )
    assert plans.get_plan(store, agreed).next_review == date(2026, 9, 1)
    assert plans.goal_score_history(store, g0.uid) == [
        (AGREED, 3),
        (date(2026, 5, 1), 5),
        (date(2026, 8, 3), 7),
    ]


# --- starting plans -------------------------------------------------------------------


def test_create_from_template(store, fam):  # type: ignore[no-untyped-def]
    uid = plans.create_plan_from_template(store, fam.family, "placed-child-parents", "en")
    plan = plans.get_plan(store, uid)
    assert plan.title == "Parent action plan – parents of children in care"
    assert plan.status == "draft" and len(plan.goals) >= 3
    assert plan.member_uids == [fam.mother, fam.father]  # the parents, not the child
    # Prompts are guidance, never plan text.
    assert plan.parents_own_words == "" and plan.crisis_notes == ""
    only = plans.create_plan_from_template(
        store, fam.family, "residential-stay", "da", goal_indices=[1]
    )
    assert [g.title for g in plans.get_plan(store, only).goals] == [
        "Vi har en fast døgnrytme for barnet"
    ]


def test_create_from_previous_carries_open_goals_and_latest_scores(store, fam, agreed):  # type: ignore[no-untyped-def]
    g0, g1 = plans.get_plan(store, agreed).goals
    plans.set_step_done(store, g1.steps[0].uid)
    plans.add_review(store, agreed, date(2026, 5, 1), "", {g0.uid: 8, g1.uid: 6})
    plans.set_goal_status(store, g0.uid, "reached")
    plans.complete_plan(store, agreed)
    uid = plans.create_plan_from_previous(store, fam.family, created_on=date(2026, 6, 1))
    new = plans.get_plan(store, uid)
    assert (new.version, new.previous_plan_uid, new.status) == (1, None, "draft")
    assert [g.title for g in new.goals] == ["Jeg sover bedre"]
    assert new.goals[0].baseline_score == 6
    assert [s.text for s in new.goals[0].steps] == ["Gåtur hver dag"]
    assert new.parents_own_words == "Vi vil gerne have Alma hjem."


def test_create_from_previous_needs_a_previous_plan(store, fam):  # type: ignore[no-untyped-def]
    with pytest.raises(PlanError, match="no earlier plan"):
        plans.create_plan_from_previous(store, fam.family)


# --- the printed plan --------------------------------------------------------


def test_reading_the_printed_plan_is_not_audited_printing_it_is(store, fam, agreed):  # type: ignore[no-untyped-def]
    before = [e.id for e in _audit(store, agreed)]
    document = plans.get_plan_document(store, agreed)
    assert [e.id for e in _audit(store, agreed)] == before

    plans.record_plan_print(store, document, "en")

    [event] = [e for e in _audit(store, agreed) if e.action == "print"]
    assert (event.entity, event.family_uid) == ("plan", fam.family)
    assert event.detail == {"lang": "en", "version": 1, "status": "agreed"}
    assert event.actor == audit_actor(store)
