"""Agenda of planned sessions and plan reviews; iCalendar export."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar
from session_fixtures import make_family
from sqlalchemy import select

from famdesk.core import calendar, sessions
from famdesk.core.sessions import SessionInput
from famdesk.db.models import AuditEvent
from famdesk.db.store import Store

CPH = ZoneInfo("Europe/Copenhagen")
TODAY = date(2026, 3, 10)


def _plan(store: Store, uid: str, day: int, hour: int = 10, status: str = "planned") -> str:
    data = SessionInput(
        kind="home-visit",
        status=status,
        start=datetime(2026, 3, day, hour, 0, tzinfo=CPH),
        duration_minutes=90,
        location="Østergade 4, 2. th.",
        notes="Fortroligt: mor sagde noget vigtigt." if status != "planned" else "",
    )
    return sessions.create_session(store, uid, data)


@pytest.fixture
def setup(store: Store) -> dict[str, str]:
    a = make_family(store, next_review=date(2026, 3, 2))  # review overdue
    b = make_family(
        store, reference="FB-2026-002", name="Familien Bøgh", next_review=date(2026, 3, 20)
    )
    far = make_family(
        store, reference="FB-2026-003", name="Familien Kjær", next_review=date(2026, 6, 1)
    )
    closed = make_family(
        store,
        reference="FB-2025-099",
        name="Familien Holm",
        next_review=date(2026, 3, 1),
        status="closed",
    )
    return {
        "overdue_session": _plan(store, a.uid, 6),
        "soon": _plan(store, b.uid, 12),
        "today_early": _plan(store, a.uid, 10, hour=8),
        "held": _plan(store, a.uid, 11, status="held"),
        "closed": _plan(store, closed.uid, 12),
        "review_a": a.plan,
        "review_b": b.plan,
        "review_far": far.plan,
    }


def test_agenda_lists_overdue_first_then_the_coming_weeks(
    store: Store, setup: dict[str, str]
) -> None:
    items = calendar.agenda(store, TODAY, weeks=2)
    assert [(i.kind, i.uid, i.overdue) for i in items] == [
        ("review", setup["review_a"], True),
        ("session", setup["overdue_session"], True),
        ("session", setup["today_early"], False),
        ("session", setup["soon"], False),
        ("review", setup["review_b"], False),
    ]
    first_session = items[1]
    assert first_session.start == datetime(2026, 3, 6, 10, 0, tzinfo=CPH)
    assert first_session.family_reference == "FB-2026-001" and first_session.title == "home-visit"


def test_holding_a_planned_session_takes_it_off_the_agenda(
    store: Store, setup: dict[str, str]
) -> None:
    sessions.hold_planned_session(store, setup["overdue_session"])
    assert setup["overdue_session"] not in {i.uid for i in calendar.agenda(store, TODAY)}


def test_a_longer_horizon_reaches_further(store: Store, setup: dict[str, str]) -> None:
    assert setup["review_far"] not in {i.uid for i in calendar.agenda(store, TODAY, weeks=4)}
    assert setup["review_far"] in {i.uid for i in calendar.agenda(store, TODAY, weeks=12)}


def test_a_week_holds_its_days_and_this_week_the_overdue_first(
    store: Store, setup: dict[str, str]
) -> None:
    monday = calendar.week_start(TODAY)
    assert monday == date(2026, 3, 9) and calendar.week_start(monday) == monday
    this_week = [i.uid for i in calendar.agenda_week(store, monday, TODAY)]
    assert this_week == [
        setup["review_a"],
        setup["overdue_session"],
        setup["today_early"],
        setup["soon"],
    ]
    next_week = [i.uid for i in calendar.agenda_week(store, monday + timedelta(7), TODAY)]
    assert next_week == [setup["review_b"]]
    # Last week holds only what was due in it (the overdue visit of 6 March).
    last_week = [i.uid for i in calendar.agenda_week(store, monday - timedelta(7), TODAY)]
    assert last_week == [setup["review_a"], setup["overdue_session"]]
    # Far ahead, without anything in between.
    june = calendar.week_start(date(2026, 6, 1))
    assert [i.uid for i in calendar.agenda_week(store, june, TODAY)] == [setup["review_far"]]
    with pytest.raises(ValueError):
        calendar.agenda_week(store, TODAY, TODAY)  # a Tuesday


def _events(path: Path) -> list:  # type: ignore[type-arg]
    cal = Calendar.from_ical(path.read_bytes())
    return list(cal.walk("VEVENT"))


def test_ics_carries_only_the_reference_by_default(
    store: Store, setup: dict[str, str], tmp_path: Path
) -> None:
    out = tmp_path / "kalender.ics"
    n = calendar.export_ics(store, out, TODAY, weeks=2)
    events = _events(out)
    assert n == len(events) == 3  # overdue items are not exported
    raw = out.read_bytes().decode("utf-8")
    for secret in ("Ærøe", "Bøgh", "Østergade", "Fortroligt", "Sørine"):
        assert secret not in raw
    summaries = sorted(str(e.get("summary")) for e in events)
    assert summaries == [
        "FB-2026-001 – aftale",
        "FB-2026-002 – aftale",
        "FB-2026-002 – opfølgning på forældrehandleplan",
    ]
    soon = next(e for e in events if str(e.get("uid")) == f"session-{setup['soon']}@famdesk")
    start = soon.decoded("dtstart")
    assert start == datetime(2026, 3, 12, 10, 0, tzinfo=CPH)
    assert soon.decoded("dtend") - start == timedelta(minutes=90)
    review = next(e for e in events if "review" in str(e.get("uid")))
    assert review.decoded("dtstart") == date(2026, 3, 20)
    assert oct(out.stat().st_mode & 0o777) == "0o600"


def test_ics_with_names_when_the_worker_chooses(
    store: Store, setup: dict[str, str], tmp_path: Path
) -> None:
    out = tmp_path / "kalender.ics"
    calendar.export_ics(store, out, TODAY, weeks=2, detail="name", lang="en")
    summaries = {str(e.get("summary")) for e in _events(out)}
    assert "FB-2026-002 – Familien Bøgh – plan review" in summaries
    assert any(str(e.get("location")) == "Østergade 4, 2. th." for e in _events(out))
    assert "Fortroligt" not in out.read_text(encoding="utf-8")


def test_export_is_audited_and_bad_detail_refused(
    store: Store, setup: dict[str, str], tmp_path: Path
) -> None:
    with pytest.raises(ValueError, match="detail"):
        calendar.export_ics(store, tmp_path / "x.ics", TODAY, detail="notes")
    assert not (tmp_path / "x.ics").exists()
    calendar.export_ics(store, tmp_path / "k.ics", TODAY)
    with store.read_session() as s:
        (event,) = s.scalars(select(AuditEvent).where(AuditEvent.action == "export"))
    assert event.detail["format"] == "ics" and event.detail["detail"] == "reference"
