"""Stability across the caseload, on an example computed by hand.

Today is 20-11-2026; the period 01-01-2025 – 31-10-2026. A mark is the
placement date plus 3, 6 or 12 months (end of month kept); a placement whose
mark is after today is left out of that mark, broken down or not; a
breakdown on the mark day itself is after the mark.

===  ==========  ========================  ==========  =============  ====  ====  =====
     placed      site type                 breakdown   cause          3 m   6 m   12 m
===  ==========  ========================  ==========  =============  ====  ====  =====
A    10-02-2025  foster-family             –                          yes   yes   yes
B    01-06-2025  residential-institution   15-07-2025  child-needs    no    no    no
C    01-09-2025  foster-family             20-01-2026  conflict       yes   no    no
D    15-01-2026  socio-educational-home    20-02-2026  site-capacity  no    no    (out)
E    01-07-2026  foster-family             –                          yes   (out) (out)
F    30-09-2026  foster-family             –                          (out) (out) (out)
I    31-03-2025  own-room                  30-06-2025  other          yes   no    no
G    31-12-2024  (before the period: not counted)
H    01-11-2026  (after the period: not counted)
===  ==========  ========================  ==========  =============  ====  ====  =====

3 months: 4 of 6 stable; 6 months: 1 of 5; 12 months: 1 of 4. First-year
breakdowns: 4 of 7 (B, C, D, I): one each of child-needs, site-capacity,
conflict and other. By site type: foster family 1 of 4, residential
institution 1 of 1, socio-educational home 1 of 1, own room 1 of 1.
"""

from __future__ import annotations

from datetime import date

from famdesk.core.placement import matches as mt
from famdesk.core.placement.stability import (
    BreakdownFigure,
    MarkFigure,
    Placed,
    compute_stability,
    stability,
)
from famdesk.db.store import Store
from tests.core.placement_fixtures import make_case

TODAY = date(2026, 11, 20)
FROM, TO = date(2025, 1, 1), date(2026, 10, 31)

EXAMPLE = [
    Placed(date(2025, 2, 10), "foster-family"),
    Placed(date(2025, 6, 1), "residential-institution", date(2025, 7, 15), "child-needs"),
    Placed(date(2025, 9, 1), "foster-family", date(2026, 1, 20), "conflict"),
    Placed(date(2026, 1, 15), "socio-educational-home", date(2026, 2, 20), "site-capacity"),
    Placed(date(2026, 7, 1), "foster-family"),
    Placed(date(2026, 9, 30), "foster-family"),
    Placed(date(2025, 3, 31), "own-room", date(2025, 6, 30), "other"),
    Placed(date(2024, 12, 31), "foster-family", date(2025, 1, 5), "parents"),
    Placed(date(2026, 11, 1), "foster-family", date(2026, 11, 10), "parents"),
]


def test_the_hand_computed_example() -> None:
    report = compute_stability(EXAMPLE, FROM, TO, today=TODAY)
    assert report.placements == 7
    assert report.marks == (MarkFigure(3, 6, 4), MarkFigure(6, 5, 1), MarkFigure(12, 4, 1))
    assert [m.share for m in report.marks] == [4 / 6, 1 / 5, 1 / 4]
    assert report.first_year_breakdowns == 4
    assert report.by_cause == (
        BreakdownFigure("child-needs", 1, 7),
        BreakdownFigure("site-capacity", 1, 7),
        BreakdownFigure("parents", 0, 7),
        BreakdownFigure("conflict", 1, 7),
        BreakdownFigure("other", 1, 7),
    )
    assert report.by_site_type == (
        BreakdownFigure("foster-family", 1, 4),
        BreakdownFigure("residential-institution", 1, 1),
        BreakdownFigure("socio-educational-home", 1, 1),
        BreakdownFigure("own-room", 1, 1),
    )


def test_a_breakdown_after_the_first_year_is_not_a_first_year_breakdown() -> None:
    late = Placed(date(2025, 2, 10), "foster-family", date(2026, 2, 10), "parents")
    report = compute_stability([late], FROM, TO, today=TODAY)
    assert report.marks[2] == MarkFigure(12, 1, 1)
    assert report.first_year_breakdowns == 0


def test_no_placement_to_judge_has_no_share() -> None:
    report = compute_stability([Placed(date(2026, 10, 1), "foster-family")], FROM, TO,
                               today=TODAY)
    assert [(m.n, m.share) for m in report.marks] == [(0, None)] * 3
    assert report.placements == 1


def test_the_stores_placements_are_read_from_their_matches(store: Store) -> None:
    case = make_case(store)
    today = date(2026, 11, 20)
    for site, placed, breakdown in (
        (case.foster, date(2026, 1, 15), None),
        (case.home, date(2026, 4, 1), date(2026, 5, 2)),
    ):
        uid = mt.create_match(store, case.child, today=today)
        mt.add_candidate(store, uid, site, fit=7, today=today)
        mt.decide(store, uid, decided_on=placed, chosen_site_uid=site, reasons="", today=today)
        mt.place(store, uid, placed_on=placed, today=today)
        if breakdown is not None:
            mt.record_breakdown(store, uid, mt.BreakdownData(date=breakdown, cause="parents"),
                                today=today)
    exploring = mt.create_match(store, case.child, today=today)
    # The second placement moved the child on: the first match has ended, without a breakdown.
    assert [(m.status, m.breakdown is None) for m in mt.list_matches(store, case.child)] == [
        ("ended", True), ("ended", False), ("exploring", True)]
    assert mt.get_match(store, exploring).placed_on is None
    report = stability(store, FROM, TO, today=today)
    assert report.placements == 2
    assert report.marks == (MarkFigure(3, 2, 1), MarkFigure(6, 2, 1), MarkFigure(12, 0, 0))
    assert report.by_site_type == (
        BreakdownFigure("foster-family", 0, 1), BreakdownFigure("socio-educational-home", 1, 1))
