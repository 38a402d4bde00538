"""Calendar events keep their UID for life and raise their SEQUENCE when they move or are
cancelled: export, change, export again, and read both files back as a calendar would."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar
from session_fixtures import make_family
from sqlalchemy import select

from famdesk.core import calendar, families, plans, sessions
from famdesk.core.sessions import SessionInput
from famdesk.db.models import ActionPlan, CalendarEvent, Family
from famdesk.db.store import Store

CPH = ZoneInfo("Europe/Copenhagen")
TODAY = date(2026, 3, 10)


def _events(path: Path) -> dict[str, Any]:
    """The file's events by UID (a UID twice would be two events in one calendar)."""
    found = list(Calendar.from_ical(path.read_bytes()).walk("VEVENT"))
    by_uid = {str(e["uid"]): e for e in found}
    assert len(by_uid) == len(found), "one UID per event"
    return by_uid


def _visit(store: Store, family_uid: str, day: int, hour: int = 10) -> str:
    data = SessionInput(
        kind="home-visit", status="planned", start=datetime(2026, 3, day, hour, tzinfo=CPH)
    )
    return sessions.create_session(store, family_uid, data)


def _change(
    store: Store, uid: str, *, start: datetime | None = None, status: str = "planned"
) -> None:
    """The session editor's save: the same visit at another time, or cancelled."""
    was = sessions.get_session(store, uid)
    data = SessionInput(
        kind=was.kind,
        status=status,
        start=start or was.start,
        duration_minutes=was.duration_minutes,
    )
    sessions.update_session(store, uid, data, loaded=was)


@pytest.fixture
def case(store: Store) -> dict[str, str]:
    fam = make_family(store, next_review=date(2026, 3, 20))
    with store.session() as s:  # agreed in January: its review can be moved
        plan = s.scalars(select(ActionPlan).where(ActionPlan.uid == fam.plan)).one()
        plan.status, plan.agreed_on = "agreed", date(2026, 1, 15)
    return {"family": fam.uid, "plan": fam.plan, "visit": _visit(store, fam.uid, 12)}


def test_a_moved_review_keeps_its_uid_with_a_higher_sequence(
    store: Store, case: dict[str, str], tmp_path: Path
) -> None:
    calendar.export_ics(store, tmp_path / "1.ics", TODAY, weeks=4)
    first = _events(tmp_path / "1.ics")
    review_uid = f"review-{case['plan']}@famdesk"
    assert first[review_uid].decoded("dtstart") == date(2026, 3, 20)
    assert first[review_uid]["sequence"] == 0
    assert str(first[review_uid]["status"]) == "CONFIRMED"

    plans.set_next_review(store, case["plan"], date(2026, 3, 27))
    calendar.export_ics(store, tmp_path / "2.ics", TODAY, weeks=4)
    second = _events(tmp_path / "2.ics")
    # The same event, moved: its UID as before, its SEQUENCE one higher.
    assert set(second) == set(first)
    assert second[review_uid].decoded("dtstart") == date(2026, 3, 27)
    assert second[review_uid]["sequence"] == 1
    # The visit did not move: the same SEQUENCE.
    visit_uid = f"session-{case['visit']}@famdesk"
    assert second[visit_uid]["sequence"] == 0

    # Exporting again without a change changes no SEQUENCE.
    calendar.export_ics(store, tmp_path / "3.ics", TODAY, weeks=4)
    assert {u: e["sequence"] for u, e in _events(tmp_path / "3.ics").items()} == {
        review_uid: 1,
        visit_uid: 0,
    }
    # Moved back to its first day it is a move too, and the calendar must follow.
    plans.set_next_review(store, case["plan"], date(2026, 3, 20))
    calendar.export_ics(store, tmp_path / "4.ics", TODAY, weeks=4)
    assert _events(tmp_path / "4.ics")[review_uid]["sequence"] == 2


def test_a_rescheduled_visit_keeps_its_uid(
    store: Store, case: dict[str, str], tmp_path: Path
) -> None:
    calendar.export_ics(store, tmp_path / "1.ics", TODAY)
    _change(store, case["visit"], start=datetime(2026, 3, 13, 9, tzinfo=CPH))
    calendar.export_ics(store, tmp_path / "2.ics", TODAY)
    visit = _events(tmp_path / "2.ics")[f"session-{case['visit']}@famdesk"]
    assert visit.decoded("dtstart") == datetime(2026, 3, 13, 9, tzinfo=CPH)
    assert visit["sequence"] == 1


def test_a_cancelled_session_is_exported_as_cancelled(
    store: Store, case: dict[str, str], tmp_path: Path
) -> None:
    calendar.export_ics(store, tmp_path / "1.ics", TODAY)
    never_exported = _visit(store, case["family"], 14)
    for uid in (case["visit"], never_exported):
        _change(store, uid, status="cancelled")
    n = calendar.export_ics(store, tmp_path / "2.ics", TODAY)
    events = _events(tmp_path / "2.ics")
    visit = events[f"session-{case['visit']}@famdesk"]
    assert str(visit["status"]) == "CANCELLED"
    assert visit["sequence"] == 1
    assert visit.decoded("dtstart") == datetime(2026, 3, 12, 10, tzinfo=CPH)
    # A calendar that never had the other has nothing to cancel: it is not sent.
    assert f"session-{never_exported}@famdesk" not in events
    assert n == len(events) == 2  # the cancelled visit and the review
    # Sent again, it stays cancelled with the same SEQUENCE.
    calendar.export_ics(store, tmp_path / "3.ics", TODAY)
    again = _events(tmp_path / "3.ics")[f"session-{case['visit']}@famdesk"]
    assert (str(again["status"]), again["sequence"]) == ("CANCELLED", 1)


def test_the_events_are_kept_per_family_and_go_with_it(
    store: Store, case: dict[str, str], tmp_path: Path
) -> None:
    with store.session() as s:
        fam = s.scalars(select(Family).where(Family.uid == case["family"])).one()
        fam.support_started_on = date(2025, 12, 30)  # § 95: first follow-up 30 March
    calendar.export_ics(store, tmp_path / "1.ics", TODAY, weeks=4)
    follow_up = _events(tmp_path / "1.ics")[f"follow-up-1-{case['family']}@famdesk"]
    assert follow_up.decoded("dtstart") == date(2026, 3, 30)
    with store.read_session() as s:
        keys = sorted(s.scalars(select(CalendarEvent.key)))
    assert keys == sorted(
        [f"session:{case['visit']}", f"review:{case['plan']}", f"follow-up-1:{case['family']}"]
    )
    families.delete_family(store, case["family"])
    with store.read_session() as s:
        assert s.scalars(select(CalendarEvent)).all() == []


def test_a_revised_plans_review_is_the_same_event(
    store: Store, case: dict[str, str], tmp_path: Path
) -> None:
    calendar.export_ics(store, tmp_path / "1.ics", TODAY, weeks=4)
    review_uid = f"review-{case['plan']}@famdesk"
    assert review_uid in _events(tmp_path / "1.ics")
    # A new version, agreed on 11 March with its review on 25 March, supersedes the first.
    revised = plans.revise_plan(store, case["plan"], created_on=date(2026, 3, 10))
    plans.agree_plan(store, revised, agreed_on=date(2026, 3, 11), next_review=date(2026, 3, 25))
    calendar.export_ics(store, tmp_path / "2.ics", TODAY, weeks=4)
    events = _events(tmp_path / "2.ics")
    reviews = [e for u, e in events.items() if u.startswith("review-")]
    assert len(reviews) == 1
    assert str(reviews[0]["uid"]) == review_uid
    assert reviews[0].decoded("dtstart") == date(2026, 3, 25)
    assert reviews[0]["sequence"] == 1


def test_a_review_put_off_beyond_the_weeks_moves_and_an_ended_plans_is_cancelled(
    store: Store, case: dict[str, str], tmp_path: Path
) -> None:
    calendar.export_ics(store, tmp_path / "1.ics", TODAY, weeks=4)
    review_uid = f"review-{case['plan']}@famdesk"
    # Put off to June: beyond four weeks, but the calendar has it on 20 March.
    plans.set_next_review(store, case["plan"], date(2026, 6, 20))
    calendar.export_ics(store, tmp_path / "2.ics", TODAY, weeks=4)
    moved = _events(tmp_path / "2.ics")[review_uid]
    assert (moved.decoded("dtstart"), moved["sequence"]) == (date(2026, 6, 20), 1)
    assert str(moved["status"]) == "CONFIRMED"
    # The plan is completed: its review will not be held, and the calendar is told.
    plans.complete_plan(store, case["plan"])
    calendar.export_ics(store, tmp_path / "3.ics", TODAY, weeks=4)
    off = _events(tmp_path / "3.ics")[review_uid]
    assert (off.decoded("dtstart"), off["sequence"]) == (date(2026, 6, 20), 2)
    assert str(off["status"]) == "CANCELLED"


def test_a_held_visit_is_left_as_it_is_and_a_deleted_one_is_cancelled(
    store: Store, case: dict[str, str], tmp_path: Path
) -> None:
    other = _visit(store, case["family"], 13)
    calendar.export_ics(store, tmp_path / "1.ics", TODAY)
    # Held early (the day it was planned for has not come): no news for the calendar.
    _change(store, case["visit"], status="held")
    sessions.delete_draft_session(store, other)
    calendar.export_ics(store, tmp_path / "2.ics", TODAY)
    events = _events(tmp_path / "2.ics")
    assert f"session-{case['visit']}@famdesk" not in events
    gone = events[f"session-{other}@famdesk"]
    assert str(gone["status"]) == "CANCELLED" and gone["sequence"] == 1
    assert gone.decoded("dtstart") == datetime(2026, 3, 13, 10, tzinfo=CPH)
