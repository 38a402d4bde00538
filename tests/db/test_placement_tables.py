"""The tables of the placement match and the child's voice (migration 0012), on both backends.

A match's parts and a child's conversations go with the family; a site in
the register that a match names cannot be deleted; on a file, 0012 runs down
to 0011 (leaving the rest of the case as it was) and up again.
"""

from __future__ import annotations

import pytest
from sqlalchemy import func, inspect, select
from sqlalchemy.exc import IntegrityError

from famdesk.db import migrate
from famdesk.db.models import (
    ChildConversation,
    Family,
    MatchCandidate,
    MatchFollowUp,
    MatchNeed,
    PlacementBreakdown,
    PlacementMatch,
    PlacementSite,
)
from famdesk.db.store import Store
from tests.db.placement_rows import add_match_tree

NEW_TABLES = {
    "placement_site", "placement_match", "placement_match_need", "placement_candidate",
    "placement_follow_up", "placement_breakdown", "child_conversation",
}
PARTS = (
    PlacementMatch, MatchNeed, MatchCandidate, MatchFollowUp, PlacementBreakdown,
    ChildConversation,
)


def _counts(store: Store) -> dict[str, int]:
    with store.read_session() as s:
        return {m.__tablename__: s.scalar(select(func.count()).select_from(m)) or 0
                for m in (*PARTS, PlacementSite)}


def test_a_match_is_stored_whole_and_goes_with_its_family(store: Store) -> None:
    with store.session() as s:
        family_uid, _ = add_match_tree(s)
    with store.read_session() as s:
        match = s.scalars(select(PlacementMatch)).one()
        assert match.chosen_site is not None and match.chosen_site.name.startswith("Plejefam")
        assert [(c.site.type, c.fit) for c in match.candidates] == [
            ("foster-family", 8), ("residential-institution", 4)]
        assert match.breakdown is not None and match.breakdown.cause == "conflict"
        assert match.member.conversations[0].child_own_words == "Jeg savner min kat"
        assert match.row_version == 1
    assert set(_counts(store).values()) == {1, 2}
    with store.session() as s:
        s.delete(s.scalars(select(Family).where(Family.uid == family_uid)).one())
    left = _counts(store)
    # The case's records go with it; the register of sites is shared and stays.
    assert left.pop("placement_site") == 2 and set(left.values()) == {0}


def test_a_site_a_match_names_cannot_be_deleted(store: Store) -> None:
    with store.session() as s:
        _, site_uid = add_match_tree(s)
    with pytest.raises(IntegrityError), store.session() as s:
        s.delete(s.scalars(select(PlacementSite).where(PlacementSite.uid == site_uid)).one())
    assert _counts(store)["placement_site"] == 2


def test_a_second_breakdown_of_one_match_is_refused(store: Store) -> None:
    from datetime import date

    with store.session() as s:
        add_match_tree(s)
    with pytest.raises(IntegrityError), store.session() as s:
        match = s.scalars(select(PlacementMatch)).one()
        s.add(PlacementBreakdown(match_id=match.id, date=date(2026, 6, 1), cause="other"))


@pytest.mark.file_only  # a server's down and up again: tests/server/test_server_schema.py
def test_0012_runs_down_and_up_again_on_a_file(store: Store) -> None:
    from alembic import command

    with store.session() as s:
        family_uid, _ = add_match_tree(s)
    cfg = migrate.alembic_config()
    with store.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0011")
    with store.engine.connect() as conn:
        assert migrate.current_revision(conn) == "0011"
        assert NEW_TABLES.isdisjoint(inspect(conn).get_table_names())
        assert conn.exec_driver_sql("SELECT uid FROM family").scalars().all() == [family_uid]
        assert conn.exec_driver_sql("SELECT count(*) FROM member").scalar() == 1
    migrate.upgrade(store.engine)
    with store.engine.connect() as conn:
        assert migrate.current_revision(conn) == migrate.head_revision()
        assert set(inspect(conn).get_table_names()) >= NEW_TABLES
    assert set(_counts(store).values()) == {0}
