"""The placement match's deadlines: its first year's follow-ups (Styrket match) and a
børnesamtale owed before the decision (Barnets lov § 5), on hand-set dates."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from icalendar import Calendar

from famdesk.core import calendar, child_voice, deadlines, words
from famdesk.core.child_voice import ConversationData
from famdesk.core.deadlines import Basis, Kind, Target, conversation_due
from famdesk.core.placement import matches
from famdesk.db.store import Store
from tests.core.placement_fixtures import make_case
from tests.core.session_fixtures import make_family

TODAY = date(2026, 3, 10)


def test_a_conversation_is_owed_now_or_when_the_last_stops_counting() -> None:
    assert conversation_due(None, TODAY) == TODAY
    assert conversation_due(date(2026, 1, 20), TODAY) == date(2026, 4, 20)
    assert conversation_due(date(2025, 11, 30), TODAY) == date(2026, 2, 28)  # month end
    assert "§ 5" in words.label("deadline_basis", Basis.CHILD_CONVERSATION, "da")
    assert "Styrket match" in words.label("deadline_basis", Basis.MATCH_FIRST_YEAR, "en")


@pytest.fixture
def placed(store: Store) -> dict[str, str]:
    """A child placed on 5 January: follow-ups proposed 5 Feb, 5 Apr, 5 Jul and 5 Jan 2027."""
    case = make_case(store)
    match = matches.create_match(store, case.child, today=date(2025, 12, 1))
    matches.add_candidate(store, match, case.foster, fit=8, today=date(2025, 12, 1))
    child_voice.add_conversation(
        store, case.child, ConversationData(date=date(2025, 12, 1), present="Frøja"),
        today=date(2025, 12, 1),
    )  # fmt: skip
    matches.decide(
        store, match, decided_on=date(2025, 12, 10), chosen_site_uid=case.foster,
        reasons="Plejefamilien kender Frøjas skole", today=date(2025, 12, 10),
    )  # fmt: skip
    matches.place(store, match, placed_on=date(2026, 1, 5), today=date(2026, 1, 5))
    follow_ups = matches.get_match(store, match).follow_ups
    assert [f.date for f in follow_ups] == [
        date(2026, 2, 5),
        date(2026, 4, 5),
        date(2026, 7, 5),
        date(2027, 1, 5),
    ]
    return {
        "family": case.family,
        "match": match,
        "first": follow_ups[0].uid or "",
        "second": follow_ups[1].uid or "",
    }


def test_a_placements_planned_follow_ups_are_due_on_their_day(
    store: Store, placed: dict[str, str]
) -> None:
    board = deadlines.caseload(store, TODAY)
    got = [(d.due, d.number, d.overdue(TODAY)) for d in board.match_follow_ups]
    # 5 February passed without being marked held; 5 April is in the next four weeks.
    assert got == [(date(2026, 2, 5), 1, True), (date(2026, 4, 5), 2, False)]
    first = board.match_follow_ups[0]
    assert first.kind == Kind.MATCH_FOLLOW_UP and first.basis == Basis.MATCH_FIRST_YEAR
    assert first.target == Target("match", placed["match"]) and first.detail == "Frøja"
    assert first in board.all()

    # Held, it is done; the next is the one due.
    held = matches.get_match(store, placed["match"]).follow_ups[0]
    matches.update_follow_up(
        store, placed["first"], replace(held, status="held", stability=7), today=TODAY
    )
    with store.read_session() as s:
        due = deadlines.match_follow_ups(s, date(2026, 12, 31), family_uid=placed["family"])
    assert [d.due for d in due] == [date(2026, 4, 5), date(2026, 7, 5)]


def test_an_ended_placement_owes_no_follow_up(store: Store, placed: dict[str, str]) -> None:
    matches.record_breakdown(
        store,
        placed["match"],
        matches.BreakdownData(date=date(2026, 3, 1), cause="site-capacity"),
        today=TODAY,
    )
    with store.read_session() as s:
        assert deadlines.match_follow_ups(s, date(2027, 12, 31)) == []


@pytest.fixture
def exploring(store: Store) -> dict[str, str]:
    fam = make_family(store, reference="FB-2026-020", name="Familien Brix")
    match = matches.create_match(store, fam.child, today=date(2026, 1, 10))
    return {"family": fam.uid, "child": fam.child, "match": match}


def test_a_conversation_is_owed_before_an_exploring_match_is_decided(
    store: Store, exploring: dict[str, str], tmp_path: Path
) -> None:
    # None recorded: owed now, and the agenda shows it today; a calendar does not.
    board = deadlines.caseload(store, TODAY)
    (owed,) = board.conversations
    assert (owed.due, owed.number, owed.overdue(TODAY)) == (TODAY, 0, False)
    assert owed.kind == Kind.CHILD_CONVERSATION and owed.basis == Basis.CHILD_CONVERSATION
    assert owed.target == Target("match", exploring["match"])
    agenda = [i for i in calendar.agenda(store, TODAY) if i.kind == "child-conversation"]
    assert [(i.day, i.basis) for i in agenda] == [(TODAY, "child-conversation-5")]
    calendar.export_ics(store, tmp_path / "1.ics", TODAY, weeks=8)
    assert list(Calendar.from_ical((tmp_path / "1.ics").read_bytes()).walk("VEVENT")) == []

    # Heard on 15 December (she declined to speak: that counts): owed again on 15 March.
    child_voice.add_conversation(
        store, exploring["child"], ConversationData(date=date(2025, 12, 15), declined=True),
        today=TODAY,
    )  # fmt: skip
    (owed,) = deadlines.caseload(store, TODAY).conversations
    assert (owed.due, owed.number) == (date(2026, 3, 15), 1)
    calendar.export_ics(store, tmp_path / "2.ics", TODAY, weeks=8)
    (event,) = Calendar.from_ical((tmp_path / "2.ics").read_bytes()).walk("VEVENT")
    assert str(event["uid"]) == f"child-conversation-{exploring['match']}@famdesk"
    assert event.decoded("dtstart") == date(2026, 3, 15)
    assert "Barnets lov § 5" in str(event["summary"])
    assert "Frøja" not in str(event["summary"])  # the reference only

    # Heard again on 1 March: nothing owed within four weeks; the calendar event moves.
    child_voice.add_conversation(
        store, exploring["child"], ConversationData(date=date(2026, 3, 1), present="Frøja"),
        today=TODAY,
    )  # fmt: skip
    assert deadlines.caseload(store, TODAY).conversations == []
    calendar.export_ics(store, tmp_path / "3.ics", TODAY, weeks=16)
    (moved,) = Calendar.from_ical((tmp_path / "3.ics").read_bytes()).walk("VEVENT")
    assert str(moved["uid"]) == str(event["uid"])
    assert (moved.decoded("dtstart"), moved["sequence"]) == (date(2026, 6, 1), 1)


def test_a_decided_match_owes_no_conversation(
    store: Store, exploring: dict[str, str]
) -> None:
    case = make_case(store)
    match = matches.create_match(store, case.child, today=date(2026, 1, 10))
    matches.add_candidate(store, match, case.foster, fit=7, today=date(2026, 1, 10))
    matches.decide(
        store, match, decided_on=date(2026, 2, 1), chosen_site_uid=case.foster,
        reasons="Tæt på skolen", today=date(2026, 2, 1),
    )  # fmt: skip
    owed = deadlines.caseload(store, TODAY).conversations
    assert [d.target.uid for d in owed] == [exploring["match"]]
