"""What is due, when and why, on hand-set dates: the dashboard's, the agenda's and the flag's."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from session_fixtures import make_family
from sqlalchemy import event

from famdesk.core import deadlines, sessions
from famdesk.core.deadlines import Basis, Kind, Target
from famdesk.core.sessions import SessionInput
from famdesk.db.models import ConcernNotice, ContactSession
from famdesk.db.store import Store

CPH = ZoneInfo("Europe/Copenhagen")
TODAY = date(2026, 3, 10)  # a Tuesday


def _session(
    store: Store,
    family: str,
    day: date,
    hour: int = 10,
    status: str = "held",
    concern: bool = False,
    finalize: bool = False,
) -> str:
    data = SessionInput(
        kind="home-visit",
        status=status,
        start=datetime(day.year, day.month, day.day, hour, tzinfo=CPH),
        concern=concern,
    )
    return sessions.create_session(store, family, data, finalize=finalize)


@pytest.fixture
def caseload(store: Store) -> dict[str, str]:
    a = make_family(store, next_review=date(2026, 3, 2))  # overdue by 8 days
    b = make_family(
        store, reference="FB-2026-002", name="Familien Bøgh", next_review=date(2026, 3, 24)
    )
    c = make_family(
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
        "a": a.uid,
        "b": b.uid,
        "c": c.uid,
        "closed": closed.uid,
        "plan_a": a.plan,
        "plan_b": b.plan,
        "today_visit": _session(store, b.uid, TODAY, 14, status="planned"),
        "sunday_visit": _session(store, a.uid, date(2026, 3, 15), 9, status="planned"),
        "next_month": _session(store, a.uid, date(2026, 4, 20), status="planned"),
        "missed": _session(store, c.uid, date(2026, 3, 5), status="planned"),
        "closed_visit": _session(store, closed.uid, TODAY, 11, status="planned"),
        "old_draft": _session(store, a.uid, date(2026, 3, 6)),  # due 9 March: overdue
        "fresh_draft": _session(store, b.uid, date(2026, 3, 7)),  # due 10 March: today
        "done": _session(store, b.uid, date(2026, 3, 1), finalize=True),
        "concern": _session(store, c.uid, date(2026, 3, 3), concern=True, finalize=True),
        "told": _session(store, a.uid, date(2026, 3, 4), concern=True, finalize=True),
        "closed_concern": _session(
            store, closed.uid, date(2026, 3, 2), concern=True, finalize=True
        ),
    }


def _tell(store: Store, session_uid: str) -> None:
    with store.session() as s:
        row = s.query(ContactSession).filter_by(uid=session_uid).one()
        s.add(
            ConcernNotice(
                session_id=row.id,
                who="Jonas Sagsbehandler",
                at=datetime(2026, 3, 4, 15, tzinfo=UTC),
                how="telefon",
            )
        )


def test_the_dashboard_lists_each_kind_with_its_date_family_and_record(
    store: Store, caseload: dict[str, str]
) -> None:
    _tell(store, caseload["told"])
    board = deadlines.caseload(store, TODAY)

    # Appointments today and in the next seven days, by time; a closed family's are left out.
    assert [d.target.uid for d in board.appointments] == [
        caseload["today_visit"],
        caseload["sunday_visit"],
    ]
    first = board.appointments[0]
    assert first.kind == Kind.APPOINTMENT and first.basis == Basis.PLANNED
    assert (first.due, first.family_reference, first.family_name, first.detail) == (
        TODAY,
        "FB-2026-002",
        "Familien Bøgh",
        "home-visit",
    )
    assert first.target == Target("session", caseload["today_visit"])
    assert not first.overdue(TODAY)

    # A planned visit whose day has passed without being marked held.
    assert [d.target.uid for d in board.missed_appointments] == [caseload["missed"]]
    assert board.missed_appointments[0].overdue(TODAY)

    # Reviews: the overdue one, and those in the next four weeks; not June's.
    assert [(d.due, d.target) for d in board.overdue_reviews] == [
        (date(2026, 3, 2), Target("plan", caseload["plan_a"]))
    ]
    assert board.overdue_reviews[0].overdue(TODAY)
    assert [d.target.uid for d in board.upcoming_reviews] == [caseload["plan_b"]]

    # Notes: only the one past its three days; due three days after the session.
    assert [(d.target.uid, d.due) for d in board.unfinished_notes] == [
        (caseload["old_draft"], date(2026, 3, 9))
    ]
    assert board.unfinished_notes[0].basis == Basis.NOTE_DEADLINE

    # Concerns: the one nobody was told of; the one passed on is followed up, and a
    # closed case's concern has left the caseload.
    assert [(d.target.uid, d.due, d.family_reference) for d in board.open_concerns] == [
        (caseload["concern"], date(2026, 3, 3), "FB-2026-003")
    ]


def test_a_note_becomes_overdue_the_day_after_its_third_day(
    store: Store, caseload: dict[str, str]
) -> None:
    assert deadlines.overdue_note_count(store, TODAY) == 1
    assert deadlines.overdue_note_count(store, date(2026, 3, 11)) == 2  # the 7 March note too
    assert deadlines.overdue_note_count(store, date(2026, 3, 9)) == 0
    drafts = {r.uid: r.stale for r in sessions.list_drafts(store, TODAY)}
    assert drafts[caseload["old_draft"]] and not drafts[caseload["fresh_draft"]]


def test_finalizing_the_note_takes_it_off(store: Store, caseload: dict[str, str]) -> None:
    sessions.finalize_session(store, caseload["old_draft"])
    assert deadlines.caseload(store, TODAY).unfinished_notes == []
    assert deadlines.overdue_note_count(store, TODAY) == 0


def test_one_family_only(store: Store, caseload: dict[str, str]) -> None:
    with store.read_session() as s:
        mine = deadlines.unfinished_notes(s, TODAY, overdue_only=False, family_uid=caseload["b"])
        assert [d.target.uid for d in mine] == [caseload["fresh_draft"]]
        assert deadlines.reviews(s, date(2026, 12, 31), family_uid=caseload["a"])[0].due == date(
            2026, 3, 2
        )


def test_lists_are_bounded(store: Store, caseload: dict[str, str]) -> None:
    board = deadlines.caseload(store, TODAY, limit=1)
    assert len(board.appointments) == 1
    assert board.appointments[0].target.uid == caseload["today_visit"]


def test_the_agenda_takes_its_dates_from_the_same_place(
    store: Store, caseload: dict[str, str]
) -> None:
    items = deadlines.agenda_deadlines(store, 4, TODAY)
    uids = {d.target.uid for d in items}
    assert caseload["missed"] in uids and caseload["today_visit"] in uids
    assert caseload["next_month"] not in uids  # 20 April is beyond four weeks
    assert caseload["closed_visit"] not in uids
    assert caseload["plan_a"] in uids and caseload["plan_b"] in uids


def test_unfinished_notes_and_open_concerns_read_through_their_partial_indexes(
    store: Store, backend: str, caseload: dict[str, str]
) -> None:
    """The dashboard's lists walk an index of only the sessions they can show, in their
    order (migration 0014), never every session through the status index and a sort."""
    if backend != "sqlite":
        pytest.skip("PostgreSQL chooses by its statistics; benchmarks/README.md shows its plans")
    ran: list[tuple[str, Any]] = []

    def capture(_conn: Any, _cursor: Any, statement: str, params: Any, *_a: Any) -> None:
        if statement.lstrip().upper().startswith("SELECT"):
            ran.append((statement, params))

    event.listen(store.engine, "before_cursor_execute", capture)
    try:
        with store.read_session() as s:
            assert deadlines.unfinished_notes(s, TODAY, limit=5)
            deadlines.open_concerns(s, limit=5)
            deadlines.count_overdue_notes(s, TODAY)
    finally:
        event.remove(store.engine, "before_cursor_execute", capture)
    assert len(ran) == 3
    plans = []
    with store.engine.connect() as conn:
        for statement, params in ran:
            rows = conn.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, params).all()
            plans.append(" | ".join(str(row[-1]) for row in rows))
    unfinished, concerns, count = plans
    for plan in (unfinished, count):
        assert "USING INDEX ix_contact_session_unfinished" in plan, plan
    assert "USING INDEX ix_contact_session_concern" in concerns, concerns
    for plan in (unfinished, concerns):
        assert "TEMP B-TREE" not in plan, plan
