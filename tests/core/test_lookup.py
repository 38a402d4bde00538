"""One lookup by uid: every service refuses a family that is not there alike."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from famdesk.core import families, outcomes, plans, search, sessions, status_reports
from famdesk.core.errors import Code, NotFound
from famdesk.core.lookup import family_row, row_by_uid
from famdesk.db.models import Member
from famdesk.db.store import Store
from tests.core.plan_fixtures import make_family

GONE = "no-such-family"

SERVICES: dict[str, Callable[[Store], Any]] = {
    "families.get_family": lambda st: families.get_family(st, GONE),
    "families.list_members": lambda st: families.list_members(st, GONE),
    "plans.list_plans": lambda st: plans.list_plans(st, GONE),
    "plans.create_plan": lambda st: plans.create_plan(st, GONE, "Plan"),
    "sessions.linkable_goals": lambda st: sessions.linkable_goals(st, GONE),
    "sessions.count_timeline": lambda st: sessions.count_timeline(st, GONE),
    "sessions.session_log": lambda st: sessions.session_log(st, GONE),
    "status_reports.latest_status_report": lambda st: status_reports.latest_status_report(
        st, GONE
    ),
    "outcomes.list_measurements": lambda st: outcomes.list_measurements(st, GONE),
    "search.search_sessions": lambda st: search.search_sessions(st, "samvær", family_uid=GONE),
}


@pytest.mark.parametrize("call", SERVICES.values(), ids=SERVICES.keys())
def test_every_service_refuses_an_unknown_family_with_the_one_not_found(
    store: Store, call: Callable[[Store], Any]
) -> None:
    with pytest.raises(NotFound) as info:
        call(store)
    assert (info.value.code, info.value.params) == (Code.FAMILY_NOT_FOUND, {"uid": GONE})


def test_the_lookup_finds_the_row_or_names_what_is_gone(store: Store) -> None:
    fam = make_family(store)
    with store.read_session() as s:
        assert family_row(s, fam.family).uid == fam.family
        assert row_by_uid(s, Member, "member", fam.mother).given_name == "Zoë"
        with pytest.raises(NotFound) as info:
            row_by_uid(s, Member, "member", fam.family)
    assert info.value.code == Code.MEMBER_NOT_FOUND
    assert str(info.value) == f"no member with uid {fam.family}"

