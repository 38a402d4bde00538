"""Rules the session editor and timeline used to decide themselves, now in core.sessions."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
from session_fixtures import FamilyIds, make_family
from sqlalchemy import select

from famdesk.core import plans, sessions
from famdesk.core.sessions import SessionError, SessionInput
from famdesk.db.models import ContactSession
from famdesk.db.store import Store

CPH = ZoneInfo("Europe/Copenhagen")


@pytest.fixture
def fam(store: Store) -> FamilyIds:
    return make_family(store)


def _held(fam: FamilyIds, day: int = 3, **kw) -> SessionInput:  # type: ignore[no-untyped-def]
    base = dict(
        kind="home-visit",
        start=datetime(2026, 3, day, 9, 30, tzinfo=CPH),
        member_uids=[fam.mother],
        goal_uids=[fam.goal],
        notes="Fiktiv note.",
    )
    base.update(kw)
    return SessionInput(**base)  # type: ignore[arg-type]


# --- stale drafts (was decided again in ui/sessions/timeline_model.py) -----------------


def test_a_timeline_row_knows_how_old_its_draft_is_and_when_it_is_stale(
    store: Store, fam: FamilyIds
) -> None:
    draft = sessions.create_session(store, fam.uid, _held(fam, day=3))
    done = sessions.create_session(store, fam.uid, _held(fam, day=2), finalize=True)
    planned = sessions.create_session(store, fam.uid, _held(fam, day=20, status="planned"))
    rows = {r.uid: r for r in sessions.family_timeline(store, fam.uid)}
    assert rows[draft].draft_age(date(2026, 3, 6)) == 3
    assert not rows[draft].is_stale(date(2026, 3, 6))  # three days are allowed
    assert rows[draft].is_stale(date(2026, 3, 7))
    assert rows[done].draft_age(date(2026, 3, 30)) is None
    assert not rows[done].is_stale(date(2026, 3, 30))
    assert not rows[planned].is_stale(date(2026, 3, 30))
    # The drafts list and the timeline agree on the same day.
    (listed,) = sessions.list_drafts(store, date(2026, 3, 7))
    assert listed.uid == draft and listed.stale and listed.age_days == 4


# --- which goals a session may link to (was decided in ui/sessions/session_editor.py) ----


def test_only_the_current_plans_goals_are_linkable(store: Store, fam: FamilyIds) -> None:
    assert [g.uid for g in sessions.linkable_goals(store, fam.uid)] == [fam.goal, fam.goal2]
    plans.agree_plan(store, fam.plan, agreed_on=date(2026, 1, 20))
    revision = plans.revise_plan(store, fam.plan, created_on=date(2026, 1, 25))
    plans.agree_plan(store, revision, agreed_on=date(2026, 2, 1))
    current = [g.uid for g in plans.get_plan(store, revision).goals]
    assert [g.uid for g in sessions.linkable_goals(store, fam.uid)] == current
    with pytest.raises(SessionError) as err:
        sessions.create_session(store, fam.uid, _held(fam))  # links the replaced plan's goal
    assert (err.value.code, err.value.field) == ("session.goal.not_linkable", "goal_uids")
    with store.read_session() as s:
        assert s.scalar(select(ContactSession)) is None


def test_a_session_keeps_a_link_made_while_the_goal_was_current(
    store: Store, fam: FamilyIds
) -> None:
    uid = sessions.create_session(store, fam.uid, _held(fam))
    plans.agree_plan(store, fam.plan, agreed_on=date(2026, 1, 20))
    revision = plans.revise_plan(store, fam.plan, created_on=date(2026, 1, 25))
    plans.agree_plan(store, revision, agreed_on=date(2026, 2, 1))
    sessions.update_session(store, uid, _held(fam, notes="Rettet."))
    assert [g.uid for g in sessions.get_session(store, uid).goals] == [fam.goal]


# --- save and finalize: one core call, one transaction ------------------------------------


def test_save_and_finalize_is_one_step(store: Store, fam: FamilyIds) -> None:
    uid = sessions.create_session(store, fam.uid, _held(fam))
    sessions.update_session(store, uid, _held(fam, notes="Endelig note."), finalize=True)
    detail = sessions.get_session(store, uid)
    assert detail.finalized and detail.notes == "Endelig note."


def test_a_refused_save_and_finalize_leaves_the_draft_as_it_was(
    store: Store, fam: FamilyIds
) -> None:
    uid = sessions.create_session(store, fam.uid, _held(fam))
    with pytest.raises(SessionError):
        sessions.update_session(
            store, uid, _held(fam, notes="Ny", goal_uids=["nope"]), finalize=True
        )
    with pytest.raises(SessionError) as err:
        sessions.update_session(store, uid, _held(fam, status="planned"), finalize=True)
    assert err.value.code == "session.planned.not_finalizable"
    detail = sessions.get_session(store, uid)
    assert not detail.finalized and detail.notes == "Fiktiv note." and detail.status == "held"
