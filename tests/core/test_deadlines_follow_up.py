"""Barnets lov § 95's follow-ups: the first at the earlier of the investigation's end and
three months after the support started, then every N months; what counts as done."""

from __future__ import annotations

from datetime import date

import pytest
from session_fixtures import make_family

from famdesk import vocabulary
from famdesk.core import calendar, deadlines, words
from famdesk.core.deadlines import (
    Basis,
    Kind,
    Target,
    first_follow_up,
    follow_up_due,
    follow_up_schedule,
)
from famdesk.db.models import ActionPlan, Family, Review
from famdesk.db.store import Store

TODAY = date(2026, 3, 10)


def test_every_kind_and_basis_has_its_words() -> None:
    assert {k.value for k in Kind} == set(vocabulary.DEADLINE_KINDS)
    assert {b.value for b in Basis} == set(vocabulary.DEADLINE_BASES)
    assert "§ 95" in words.label("deadline_basis", Basis.FOLLOW_UP_95, "da")
    assert "§ 13" in words.label("deadline_basis", Basis.NOTE_DEADLINE, "en")
    assert "Offentlighedsloven" in words.label("deadline_basis", Basis.NOTE_DEADLINE, "da")


# --- the dates -----------------------------------------------------------------------------


def test_the_first_follow_up_is_the_earlier_of_the_two_days() -> None:
    start = date(2026, 1, 15)
    # The investigation ends first: its day.
    assert first_follow_up(start, date(2026, 3, 1)) == date(2026, 3, 1)
    # Three months after the start come first: they win over a later investigation end.
    assert first_follow_up(start, date(2026, 5, 1)) == date(2026, 4, 15)
    # The same day either way.
    assert first_follow_up(start, date(2026, 4, 15)) == date(2026, 4, 15)
    # No investigation end recorded: three months.
    assert first_follow_up(start, None) == date(2026, 4, 15)


def test_three_months_after_a_month_end_is_that_month_end() -> None:
    assert first_follow_up(date(2025, 11, 30), None) == date(2026, 2, 28)
    assert first_follow_up(date(2027, 11, 30), None) == date(2028, 2, 29)  # a leap year
    assert first_follow_up(date(2026, 5, 31), None) == date(2026, 8, 31)
    assert first_follow_up(date(2026, 3, 31), None) == date(2026, 6, 30)


def test_later_follow_ups_keep_the_first_ones_day_of_month() -> None:
    first = date(2026, 1, 31)
    days = [follow_up_due(first, 1, n) for n in range(1, 6)]
    assert days == [
        date(2026, 1, 31),
        date(2026, 2, 28),
        date(2026, 3, 31),  # not 28 March: counted from the first, not from February
        date(2026, 4, 30),
        date(2026, 5, 31),
    ]
    assert follow_up_due(date(2026, 8, 31), 6, 2) == date(2027, 2, 28)
    assert follow_up_due(date(2026, 8, 31), 6, 3) == date(2027, 8, 31)
    # Without a decided cadence there is only the first.
    assert follow_up_due(first, None, 2) is None
    assert follow_up_due(first, 0, 2) is None
    with pytest.raises(ValueError):
        follow_up_due(first, 6, 0)


START = date(2026, 1, 15)  # first follow-up 15 April, then every 6 months: 15 Oct, 15 Apr 2027


def _owed(*reviews: date, every: int | None = 6) -> tuple[int, date] | None:
    return follow_up_schedule(START, None, every, reviews)


def test_with_no_review_the_first_is_owed() -> None:
    assert _owed() == (1, date(2026, 4, 15))
    # A review on the day the support started is no follow-up of it.
    assert _owed(START) == (1, date(2026, 4, 15))


def test_a_review_before_the_due_day_meets_it() -> None:
    # § 95 sets the latest day: a follow-up held early is held in time.
    assert _owed(date(2026, 4, 1)) == (2, date(2026, 10, 15))
    assert _owed(date(2026, 4, 15)) == (2, date(2026, 10, 15))  # on the day


def test_a_late_review_meets_the_late_one_and_the_schedule_stays() -> None:
    assert _owed(date(2026, 5, 20)) == (2, date(2026, 10, 15))
    # The second is met by a review after the first's due day.
    assert _owed(date(2026, 5, 20), date(2026, 10, 1)) == (3, date(2027, 4, 15))


def test_one_review_meets_one_follow_up() -> None:
    # Two reviews before the first due day do not meet the second follow-up as well.
    assert _owed(date(2026, 3, 1), date(2026, 4, 1)) == (2, date(2026, 10, 15))
    # One late review after two missed due days meets only the first.
    assert _owed(date(2026, 11, 1)) == (2, date(2026, 10, 15))


def test_without_a_cadence_nothing_is_owed_after_the_first() -> None:
    assert _owed(every=None) == (1, date(2026, 4, 15))
    assert _owed(date(2026, 4, 1), every=None) is None


def test_the_investigations_end_sets_the_first_and_the_rest_follow_it() -> None:
    owed = follow_up_schedule(START, date(2026, 2, 28), 3, [date(2026, 2, 20)])
    assert owed == (2, date(2026, 5, 28))


# --- in the store, on the dashboard and in the agenda -----------------------------------


def _support(
    store: Store,
    family_uid: str,
    started: date,
    finished: date | None = None,
    every: int | None = 6,
    reviews: tuple[date, ...] = (),
) -> None:
    with store.session() as s:
        fam = s.query(Family).filter_by(uid=family_uid).one()
        fam.support_started_on = started
        fam.investigation_finished_on = finished
        fam.follow_up_every_months = every
        plan = s.query(ActionPlan).filter_by(family_id=fam.id).one()
        for i, day in enumerate(reviews):
            s.add(Review(plan_id=plan.id, date=day, position=i, summary="Opfølgning"))


@pytest.fixture
def families(store: Store) -> dict[str, str]:
    late = make_family(store, reference="FB-2026-010", name="Familien Lund")
    soon = make_family(store, reference="FB-2026-011", name="Familien Mørk")
    met = make_family(store, reference="FB-2026-012", name="Familien Vang")
    none = make_family(store, reference="FB-2026-013", name="Familien Dahl")
    closed = make_family(store, reference="FB-2025-014", name="Familien Holt", status="closed")
    # Support from 1 Nov 2025, investigation ended 20 Jan 2026: first due 20 Jan (overdue).
    _support(store, late.uid, date(2025, 11, 1), date(2026, 1, 20))
    # Support from 30 Dec 2025: three months on is 30 March (in the four weeks ahead).
    _support(store, soon.uid, date(2025, 12, 30), date(2026, 6, 1))
    # First due 1 Feb, met by a review on 25 Jan: next 1 Aug, outside the window.
    _support(store, met.uid, date(2025, 11, 1), None, reviews=(date(2026, 1, 25),))
    _support(store, closed.uid, date(2025, 11, 1))
    return {
        "late": late.uid,
        "late_plan": late.plan,
        "soon": soon.uid,
        "met": met.uid,
        "none": none.uid,
        "closed": closed.uid,
    }


def test_the_caseload_lists_the_follow_ups_owed_with_their_basis(
    store: Store, families: dict[str, str]
) -> None:
    board = deadlines.caseload(store, TODAY)
    got = [(d.family_uid, d.due, d.number) for d in board.follow_ups]
    assert got == [
        (families["late"], date(2026, 1, 20), 1),
        (families["soon"], date(2026, 3, 30), 1),
    ]
    late = board.follow_ups[0]
    assert late.kind == Kind.FOLLOW_UP and late.basis == Basis.FOLLOW_UP_95
    assert late.overdue(TODAY) and not board.follow_ups[1].overdue(TODAY)
    assert late.target == Target("plan", families["late_plan"])
    assert late in board.all()


def test_a_review_takes_the_follow_up_off_and_the_next_is_owed(
    store: Store, families: dict[str, str]
) -> None:
    _support(store, families["late"], date(2025, 11, 1), date(2026, 1, 20), reviews=(TODAY,))
    with store.read_session() as s:
        owed = deadlines.follow_ups(s, date(2027, 1, 1), family_uid=families["late"])
    assert [(d.due, d.number) for d in owed] == [(date(2026, 7, 20), 2)]


def test_the_agenda_and_its_calendar_carry_the_follow_up_and_its_basis(
    store: Store, families: dict[str, str]
) -> None:
    items = [i for i in calendar.agenda(store, TODAY, 4) if i.kind == "follow-up"]
    assert [(i.family_uid, i.day, i.overdue) for i in items] == [
        (families["late"], date(2026, 1, 20), True),
        (families["soon"], date(2026, 3, 30), False),
    ]
    assert items[0].basis == "follow-up-95"
    cal = calendar.build_calendar(items, lang="da")
    events = list(cal.walk("VEVENT"))
    assert "Barnets lov § 95" in str(events[1]["summary"])
    assert str(events[1]["description"]) == words.label("deadline_basis", "follow-up-95", "da")
