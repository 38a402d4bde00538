"""The families list queries and the audited read of one family."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from famdesk.core import caseload
from famdesk.core.errors import NotFound
from famdesk.db.models import ActionPlan, AuditEvent, Family, Member
from famdesk.db.store import Store
from tests.backends import audit_actor

TODAY = date(2026, 3, 15)


def add_family(
    store: Store,
    reference: str,
    name: str,
    *,
    status: str = "active",
    reviews: tuple[tuple[str, date | None], ...] = (),
    members: int = 0,
) -> str:
    with store.session() as s:
        family = Family(
            reference=reference,
            name=name,
            status=status,
            setting="home",
            start_date=date(2025, 9, 1),
        )
        for i, (plan_status, next_review) in enumerate(reviews):
            family.plans.append(
                ActionPlan(
                    title=f"Plan {i}",
                    status=plan_status,
                    created_on=date(2025, 9, 2),
                    next_review=next_review,
                    position=i,
                )
            )
        for i in range(members):
            family.members.append(Member(role="child", given_name=f"Barn {i}", position=i))
        s.add(family)
        s.flush()
        return family.uid


def test_empty_store_lists_nothing(store: Store) -> None:
    assert caseload.count_families(store) == 0
    assert caseload.list_families(store) == []


def test_pages_are_ordered_by_reference_and_cover_every_family(store: Store) -> None:
    for i in reversed(range(25)):
        add_family(store, f"F-{i:03d}", f"Familie {i}")
    first = caseload.list_families(store, offset=0, limit=10)
    second = caseload.list_families(store, offset=10, limit=10)
    third = caseload.list_families(store, offset=20, limit=10)
    refs = [r.reference for r in first + second + third]
    assert refs == [f"F-{i:03d}" for i in range(25)]
    assert len(third) == 5
    assert caseload.count_families(store) == 25


def test_search_matches_reference_or_name_case_insensitively(store: Store) -> None:
    add_family(store, "K-100", "Jensen")
    add_family(store, "K-200", "Hansen")
    add_family(store, "X-300", "Nielsen")
    assert [r.name for r in caseload.list_families(store, "jens")] == ["Jensen"]
    assert [r.reference for r in caseload.list_families(store, "k-")] == ["K-100", "K-200"]
    assert caseload.count_families(store, "sen") == 3
    assert caseload.count_families(store, "  ") == 3
    assert caseload.list_families(store, "ZZZ") == []


def test_search_treats_like_wildcards_literally(store: Store) -> None:
    add_family(store, "A_1", "Olsen")
    add_family(store, "AB1", "Berg")
    assert [r.reference for r in caseload.list_families(store, "A_")] == ["A_1"]
    assert caseload.list_families(store, "%") == []


def test_next_review_is_the_earliest_live_plan_and_overdue_is_marked(store: Store) -> None:
    add_family(
        store,
        "R-1",
        "Overdue",
        reviews=(("agreed", date(2026, 3, 1)), ("draft", date(2026, 5, 1))),
    )
    add_family(store, "R-2", "Later", reviews=(("agreed", date(2026, 4, 1)),))
    # A completed plan's old review date does not count.
    add_family(store, "R-3", "Done", reviews=(("completed", date(2025, 1, 1)),))
    add_family(store, "R-4", "Closed", status="closed", reviews=(("agreed", date(2026, 1, 1)),))
    rows = {r.reference: r for r in caseload.list_families(store, today=TODAY)}
    assert rows["R-1"].next_review == date(2026, 3, 1) and rows["R-1"].overdue
    assert rows["R-2"].next_review == date(2026, 4, 1) and not rows["R-2"].overdue
    assert rows["R-3"].next_review is None and not rows["R-3"].overdue
    assert rows["R-4"].overdue is False


def test_open_family_returns_summary_and_audits_the_read(store: Store) -> None:
    uid = add_family(store, "O-1", "Madsen", members=3, reviews=(("agreed", date(2026, 1, 10)),))
    summary = caseload.open_family(store, uid, today=TODAY)
    assert (summary.reference, summary.name, summary.member_count) == ("O-1", "Madsen", 3)
    assert summary.start_date == date(2025, 9, 1)
    assert summary.overdue
    with store.read_session() as s:
        events = s.scalars(select(AuditEvent).where(AuditEvent.action == "read")).all()
    assert [(e.entity, e.entity_uid, e.family_uid) for e in events] == [("family", uid, uid)]
    assert events[0].actor == audit_actor(store)


def test_open_missing_family_raises_and_audits_nothing(store: Store) -> None:
    with pytest.raises(NotFound):
        caseload.open_family(store, "no-such-uid")
    with store.read_session() as s:
        assert s.scalars(select(AuditEvent)).all() == []


def test_family_row_reflects_a_change(store: Store) -> None:
    uid = add_family(store, "C-1", "Før")
    with store.session() as s:
        s.scalar(select(Family).where(Family.uid == uid)).name = "Efter"  # type: ignore[union-attr]
    row = caseload.family_row(store, uid)
    assert row is not None and row.name == "Efter"
    assert caseload.family_row(store, "missing") is None


def test_list_search_is_audited_with_its_criteria(store: Store) -> None:
    caseload.record_list_search(store, " jens ", 2)
    with store.read_session() as s:
        event = s.scalars(select(AuditEvent)).one()
    assert event.action == "search"
    assert event.detail == {"query": "jens", "matches": 2}


def test_paging_after_the_last_row_gives_the_offset_order(store: Store) -> None:
    # Same reference twice: the id decides, as it always did.
    for i in reversed(range(23)):
        add_family(
            store, f"P-{i % 9:02d}", f"Familie {i}", reviews=(("agreed", date(2026, 4, i + 1)),)
        )
    by_offset = [
        row
        for start in range(0, 30, 5)
        for row in caseload.list_families(store, offset=start, limit=5, today=TODAY)
    ]
    by_key: list[caseload.FamilyRow] = []
    while True:
        after = by_key[-1].key if by_key else None
        page = caseload.list_families(store, limit=5, after=after, today=TODAY)
        if not page:
            break
        by_key += page
    assert by_key == by_offset
    assert len(by_key) == 23
    assert [r.reference for r in by_key] == sorted(r.reference for r in by_key)


def test_paging_after_a_row_keeps_the_filters(store: Store) -> None:
    for i in range(12):
        status = "closed" if i % 3 == 0 else "active"
        add_family(
            store,
            f"S-{i:02d}",
            f"Sørensen {i}",
            status=status,
            reviews=(("agreed", date(2026, 3, 1 + i)),),
        )
    first = caseload.list_families(
        store, "sØren", limit=3, status="active", overdue_only=True, today=TODAY
    )
    rest = caseload.list_families(
        store,
        "sØren",
        limit=50,
        status="active",
        overdue_only=True,
        today=TODAY,
        after=first[-1].key,
    )
    # Overdue on 15 March: reviews 1..14 March, closed families left out.
    expected = [f"S-{i:02d}" for i in range(12) if i % 3 and i < 14]
    assert [r.reference for r in first + rest] == expected
    assert caseload.count_families(
        store, "sØren", status="active", overdue_only=True, today=TODAY
    ) == len(expected)


def test_filter_folds_every_alphabet_and_follows_a_rename(store: Store) -> None:
    uid = add_family(store, "ÆB-7", "Familien Strauß")
    add_family(store, "K-1", "Familien Jensen")
    assert [r.reference for r in caseload.list_families(store, "æb-")] == ["ÆB-7"]
    assert [r.reference for r in caseload.list_families(store, "STRAUSS")] == ["ÆB-7"]
    with store.session() as s:
        family = s.scalars(select(Family).where(Family.uid == uid)).one()
        family.name = "Familien Ærøskøbing"
    assert caseload.list_families(store, "strauss") == []
    assert [r.reference for r in caseload.list_families(store, "ÆRØ")] == ["ÆB-7"]
    assert caseload.count_families(store, "ærø") == 1
    # Reference and name are matched one at a time, never across the two.
    assert caseload.list_families(store, "7\x1ffam") == []
    assert caseload.list_families(store, "7fam") == []
