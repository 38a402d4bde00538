"""The rules of the placement match and the child's conversations, one test a rule.

Plain data in, problems out (``core.rules``): the forms' services and import
call the same functions, so each refusal is asked for here once, with its code.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from famdesk.core import rules
from famdesk.core.errors import Code

TODAY = date(2026, 11, 20)


def match(**kw: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "status": "placed",
        "needs": {"school": "Skal blive i sin klasse"},
        "child_view": "Jeg vil bo tæt på skolen",
        "parents_view": "Vi ønsker en plejefamilie",
        "candidates": [
            {"site_uid": "s-1", "assessment": "Tæt på skolen", "fit": 8},
            {"site_uid": "s-2", "assessment": "Langt væk", "fit": 3},
        ],
        "decided_on": date(2026, 3, 1),
        "chosen_site_uid": "s-1",
        "reasons": "Bedst til barnets skolegang",
        "placed_on": date(2026, 3, 15),
        "follow_ups": [{"date": date(2026, 4, 15), "status": "held", "notes": "Godt",
                        "stability": 7},
                       {"date": date(2027, 3, 15), "status": "planned", "notes": "",
                        "stability": None}],
        "breakdown": None,
    }
    base.update(kw)
    return base


def problems(values: dict[str, Any], role: str = "child") -> set[tuple[str, str]]:
    return {(e.field, e.code) for e in rules.check_match(values, role=role, today=TODAY)}


def test_a_match_at_every_stage_keeps_the_rules() -> None:
    assert problems(match()) == set()
    assert problems(match(status="exploring", decided_on=None, chosen_site_uid=None,
                          placed_on=None, follow_ups=[])) == set()
    assert problems(match(status="decided", placed_on=None, follow_ups=[])) == set()
    assert problems(match(status="ended", breakdown={
        "date": date(2026, 6, 1), "planned": False, "cause": "conflict", "notes": ""})) == set()


def test_only_a_child_has_a_match() -> None:
    assert ("", Code.MATCH_NOT_CHILD) in problems(match(), role="mother")
    assert problems(match(), role="sibling") == set()


def test_a_decided_match_names_its_chosen_site_among_its_candidates() -> None:
    assert problems(match(chosen_site_uid="s-9")) == {
        ("chosen_site_uid", Code.MATCH_CHOSEN_NOT_CANDIDATE)}


def test_a_decision_has_a_date_and_a_site() -> None:
    assert ("chosen_site_uid", Code.MATCH_DECISION_INCOMPLETE) in problems(
        match(chosen_site_uid=None))
    assert ("decided_on", Code.MATCH_DECISION_INCOMPLETE) in problems(
        match(status="decided", decided_on=None, chosen_site_uid=None, placed_on=None,
              follow_ups=[]))


def test_a_match_with_a_decision_is_not_exploring() -> None:
    assert problems(match(status="exploring", placed_on=None, follow_ups=[])) == {
        ("status", Code.MATCH_DECIDED_STATUS)}


def test_a_placement_follows_the_decision_and_has_a_date() -> None:
    assert problems(match(placed_on=None, follow_ups=[])) == {
        ("placed_on", Code.MATCH_PLACED_ON_REQUIRED)}
    assert ("placed_on", Code.MATCH_PLACED_BEFORE_DECIDED) in problems(
        match(placed_on=date(2026, 2, 1), follow_ups=[]))
    assert ("placed_on", Code.MATCH_PLACED_NOT_DECIDED) in problems(
        match(decided_on=None, chosen_site_uid=None))
    assert ("status", Code.MATCH_PLACED_STATUS) in problems(match(status="decided"))
    assert ("placed_on", Code.PLACEMENT_FUTURE) in problems(match(placed_on=date(2026, 12, 1),
                                                                  follow_ups=[]))


def test_fit_is_0_to_10_and_a_site_is_a_candidate_once() -> None:
    for fit in (-1, 11, 2.5, None, True):
        found = problems(match(candidates=[{"site_uid": "s-1", "assessment": "", "fit": fit}]))
        assert found & {("candidates[0].fit", Code.NUMBER_OUT_OF_RANGE),
                        ("candidates[0].fit", Code.VALUE_REQUIRED)}, fit
    twice = [{"site_uid": "s-1", "assessment": "", "fit": 5}] * 2
    assert problems(match(candidates=twice)) == {
        ("candidates[1].site_uid", Code.MATCH_CANDIDATE_TWICE)}


def test_needs_are_by_ics_dimension() -> None:
    assert problems(match(needs={"homework": "x"})) == {("needs.homework", Code.VALUE_UNKNOWN)}


def test_follow_ups_need_the_placement_and_score_stability_0_to_10_once_held() -> None:
    held = {"date": date(2026, 4, 15), "status": "held", "notes": "", "stability": 11}
    assert problems(match(follow_ups=[held])) == {
        ("follow_ups[0].stability", Code.NUMBER_OUT_OF_RANGE)}
    early = dict(held, stability=5, date=date(2026, 3, 1))
    assert problems(match(follow_ups=[early])) == {
        ("follow_ups[0].date", Code.MATCH_FOLLOW_UP_BEFORE_PLACED)}
    planned = dict(held, status="planned", stability=5, date=date(2027, 1, 1))
    assert problems(match(follow_ups=[planned])) == {
        ("follow_ups[0].stability", Code.MATCH_FOLLOW_UP_PLANNED_SCORED)}
    ahead = dict(held, stability=5, date=date(2026, 12, 1))
    assert problems(match(follow_ups=[ahead])) == {("follow_ups[0].date", Code.DATE_FUTURE)}
    not_placed = match(status="decided", placed_on=None, follow_ups=[dict(held, stability=5)])
    assert problems(not_placed) == {("follow_ups[0].date", Code.MATCH_FOLLOW_UP_NOT_PLACED)}


def test_a_breakdown_needs_a_placement_date_and_ends_the_match() -> None:
    breakdown = {"date": date(2026, 6, 1), "planned": True, "cause": "site-capacity",
                 "notes": ""}
    assert ("breakdown.date", Code.MATCH_BREAKDOWN_NOT_PLACED) in problems(match(
        status="ended", placed_on=None, follow_ups=[], breakdown=breakdown))
    assert problems(match(breakdown=breakdown)) == {("status", Code.MATCH_BREAKDOWN_NOT_ENDED)}
    assert problems(match(status="ended", breakdown=dict(breakdown, date=date(2026, 3, 1)))) == {
        ("breakdown.date", Code.MATCH_BREAKDOWN_BEFORE_PLACED)}
    assert problems(match(status="ended", breakdown=dict(breakdown, cause="weather"))) == {
        ("breakdown.cause", Code.VALUE_UNKNOWN)}


def test_a_placed_match_agrees_with_the_childs_current_placement() -> None:
    placed = date(2026, 3, 15)
    same = {"type": "foster-family", "since": placed}
    assert rules.match_placement_problem("placed", placed, "foster-family", same) is None
    for placement in (None, dict(same, since=date(2026, 3, 16)),
                      dict(same, type="residential-institution")):
        found = rules.match_placement_problem("placed", placed, "foster-family", placement)
        assert found is not None and found.code == Code.MATCH_PLACEMENT_DISAGREES
    assert rules.match_placement_problem("ended", placed, "foster-family", None) is None


def test_a_site_has_a_name_a_placement_type_and_a_capacity_0_to_999() -> None:
    good = {"name": "Plejefamilien Holm", "type": "network-foster-family", "address": "",
            "phone": "+45 12 34 56 78", "email": "holm@example.dk", "competences": "",
            "capacity": 1}
    assert rules.check_placement_site(good) == []
    bad = dict(good, name=" ", type="hotel", phone="ring", email="holm", capacity=1000)
    assert {(e.field, e.code) for e in rules.check_placement_site(bad)} == {
        ("name", Code.VALUE_REQUIRED), ("type", Code.VALUE_UNKNOWN),
        ("phone", Code.PHONE_FORMAT), ("email", Code.EMAIL_FORMAT),
        ("capacity", Code.NUMBER_OUT_OF_RANGE)}


@pytest.mark.parametrize(
    ("values", "role", "expected"),
    [
        ({"date": date(2026, 5, 1), "declined": False, "child_own_words": "Jeg savner mor"},
         "child", set()),
        ({"date": date(2026, 5, 1), "declined": True, "child_own_words": ""}, "child", set()),
        ({"date": date(2026, 5, 1), "declined": False}, "mother",
         {("", Code.CONVERSATION_NOT_CHILD)}),
        ({"date": date(2026, 5, 1), "declined": True, "child_own_words": "Nej"}, "child",
         {("child_own_words", Code.CONVERSATION_DECLINED_WORDS)}),
        ({"date": date(2026, 12, 1)}, "child", {("date", Code.DATE_FUTURE)}),
        ({"date": None}, "child", {("date", Code.VALUE_REQUIRED)}),
        ({"date": date(2026, 5, 1), "support_person": "a\nb"}, "child",
         {("support_person", Code.TEXT_LINE_BREAK)}),
    ],
)
def test_a_conversation_is_with_a_child_dated_and_declining_leaves_no_words(
    values: dict[str, Any], role: str, expected: set[tuple[str, str]]
) -> None:
    found = rules.check_conversation(values, role=role, today=TODAY)
    assert {(e.field, e.code) for e in found} == expected
