"""The placement match and the child's voice (issue 14): the register of sites, matches, børnesamtaler.

Both backends:

- ``placement_site``: the register of placement sites (foster families,
  institutions, ...), shared by all families.
- ``placement_match`` on a child member, with the child's needs by ICS
  dimension (``placement_match_need``), the sites considered
  (``placement_candidate``, a 0–10 fit each), the first year's follow-ups
  (``placement_follow_up``) and at most one ``placement_breakdown``.
  A site that a match names (as a candidate or the chosen site) cannot be
  deleted (the references have no ON DELETE action).
- ``child_conversation`` on a child member (børnesamtale, Barnets lov § 5).

Every changeable record has a ``row_version`` (0011); a match's needs are
saved with the match. New tables only: no existing table is rebuilt, so the
triggers on ``family`` and ``contact_session`` stay.

On PostgreSQL, as 0009 decided for every table: row-level security. The
match, its parts and the conversations are case data, visible through their
member (and so through the family's assignment). The register of sites holds
no case data (names, addresses and competences of sites, like the
collaborators): every worker of the team reads and writes it, and the
references above keep a site in use from being deleted. The team role gets
the privileges on the new tables and their sequences.

Revision ID: 0012
Revises: 0011
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _through(parent: str, column: str, child: str) -> str:
    """A child row is visible when its parent row is (the parent's own policy applies)."""
    return f"EXISTS (SELECT 1 FROM {parent} p WHERE p.id = {child}.{column})"


#: The new tables with case data, and the rule that decides who sees a row (0009's way).
CASE_TABLES: dict[str, str] = {
    "placement_match": _through("member", "member_id", "placement_match"),
    "placement_match_need": _through("placement_match", "match_id", "placement_match_need"),
    "placement_candidate": _through("placement_match", "match_id", "placement_candidate"),
    "placement_follow_up": _through("placement_match", "match_id", "placement_follow_up"),
    "placement_breakdown": _through("placement_match", "match_id", "placement_breakdown"),
    "child_conversation": _through("member", "member_id", "child_conversation"),
}
#: Shared by the team, like ``professional``.
SHARED_TABLES = ("placement_site",)
_NEW = (*SHARED_TABLES, *CASE_TABLES)


def _server_sql() -> list[str]:
    sql = [f"ALTER TABLE {t} ENABLE ROW LEVEL SECURITY" for t in _NEW]
    for table, rule in CASE_TABLES.items():
        sql.append(f"CREATE POLICY {table}_assigned ON {table} USING ({rule}) WITH CHECK ({rule})")
    for table in SHARED_TABLES:
        sql.append(f"CREATE POLICY {table}_team ON {table} USING (true) WITH CHECK (true)")
    tables = ", ".join(_NEW)
    sequences = ", ".join(f"{t}_id_seq" for t in _NEW)
    sql.append(
        "DO $$ BEGIN "
        f"EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON {tables} TO %I', "
        "famdesk_team_role()); "
        f"EXECUTE format('GRANT USAGE ON SEQUENCE {sequences} TO %I', famdesk_team_role()); "
        "END $$"
    )
    return sql


def _id() -> sa.Column[int]:
    return sa.Column("id", sa.Integer(), nullable=False)


def _uid() -> sa.Column[str]:
    return sa.Column("uid", sa.String(length=36), nullable=False)


def _version() -> sa.Column[int]:
    return sa.Column("row_version", sa.Integer(), nullable=False, server_default="1")


def _match_ref(table: str) -> list[sa.Column[int] | sa.ForeignKeyConstraint]:
    return [
        sa.Column("match_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["match_id"],
            ["placement_match.id"],
            name=f"fk_{table}_match_id_placement_match",
            ondelete="CASCADE",
        ),
    ]


def upgrade() -> None:
    op.create_table(
        "placement_site",
        _id(),
        _uid(),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("type", sa.String(length=40), nullable=False),
        sa.Column("address", sa.Text(), nullable=False),
        sa.Column("phone", sa.String(length=60), nullable=False),
        sa.Column("email", sa.String(length=200), nullable=False),
        sa.Column("competences", sa.Text(), nullable=False),
        sa.Column("capacity", sa.Integer(), nullable=True),
        _version(),
        sa.PrimaryKeyConstraint("id", name="pk_placement_site"),
        sa.UniqueConstraint("uid", name="uq_placement_site_uid"),
    )
    op.create_index("ix_placement_site_name", "placement_site", ["name"])
    op.create_index("ix_placement_site_type", "placement_site", ["type"])

    op.create_table(
        "placement_match",
        _id(),
        _uid(),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("child_view", sa.Text(), nullable=False),
        sa.Column("parents_view", sa.Text(), nullable=False),
        sa.Column("decided_on", sa.Date(), nullable=True),
        sa.Column("chosen_site_id", sa.Integer(), nullable=True),
        sa.Column("reasons", sa.Text(), nullable=False),
        sa.Column("placed_on", sa.Date(), nullable=True),
        _version(),
        sa.ForeignKeyConstraint(
            ["member_id"], ["member.id"], name="fk_placement_match_member_id_member",
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["chosen_site_id"], ["placement_site.id"],
            name="fk_placement_match_chosen_site_id_placement_site",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_placement_match"),
        sa.UniqueConstraint("uid", name="uq_placement_match_uid"),
    )
    op.create_index("ix_placement_match_member_id", "placement_match", ["member_id"])
    op.create_index("ix_placement_match_chosen_site_id", "placement_match", ["chosen_site_id"])
    op.create_index("ix_placement_match_placed_on", "placement_match", ["placed_on"])

    op.create_table(
        "placement_match_need",
        _id(),
        *_match_ref("placement_match_need"),
        sa.Column("dimension", sa.String(length=40), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_placement_match_need"),
        sa.UniqueConstraint("match_id", "dimension", name="uq_placement_match_need_match_id"),
    )
    op.create_index("ix_placement_match_need_match_id", "placement_match_need", ["match_id"])

    op.create_table(
        "placement_candidate",
        _id(),
        _uid(),
        *_match_ref("placement_candidate"),
        sa.Column("site_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("assessment", sa.Text(), nullable=False),
        sa.Column("fit", sa.Integer(), nullable=False),
        _version(),
        sa.ForeignKeyConstraint(
            ["site_id"], ["placement_site.id"], name="fk_placement_candidate_site_id_placement_site"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_placement_candidate"),
        sa.UniqueConstraint("uid", name="uq_placement_candidate_uid"),
        sa.UniqueConstraint("match_id", "site_id", name="uq_placement_candidate_match_id"),
    )
    op.create_index("ix_placement_candidate_match_id", "placement_candidate", ["match_id"])
    op.create_index("ix_placement_candidate_site_id", "placement_candidate", ["site_id"])

    op.create_table(
        "placement_follow_up",
        _id(),
        _uid(),
        *_match_ref("placement_follow_up"),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("stability", sa.Integer(), nullable=True),
        _version(),
        sa.PrimaryKeyConstraint("id", name="pk_placement_follow_up"),
        sa.UniqueConstraint("uid", name="uq_placement_follow_up_uid"),
    )
    op.create_index("ix_placement_follow_up_match_id", "placement_follow_up", ["match_id"])
    op.create_index("ix_placement_follow_up_date", "placement_follow_up", ["date"])

    op.create_table(
        "placement_breakdown",
        _id(),
        _uid(),
        *_match_ref("placement_breakdown"),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("planned", sa.Boolean(), nullable=False),
        sa.Column("cause", sa.String(length=20), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        _version(),
        sa.PrimaryKeyConstraint("id", name="pk_placement_breakdown"),
        sa.UniqueConstraint("uid", name="uq_placement_breakdown_uid"),
        sa.UniqueConstraint("match_id", name="uq_placement_breakdown_match_id"),
    )

    op.create_table(
        "child_conversation",
        _id(),
        _uid(),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("present", sa.String(length=1000), nullable=False),
        sa.Column("support_person", sa.String(length=200), nullable=False),
        sa.Column("declined", sa.Boolean(), nullable=False),
        sa.Column("child_own_words", sa.Text(), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        _version(),
        sa.ForeignKeyConstraint(
            ["member_id"], ["member.id"], name="fk_child_conversation_member_id_member",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_child_conversation"),
        sa.UniqueConstraint("uid", name="uq_child_conversation_uid"),
    )
    op.create_index("ix_child_conversation_member_id", "child_conversation", ["member_id"])
    op.create_index("ix_child_conversation_date", "child_conversation", ["date"])

    if op.get_bind().dialect.name == "postgresql":
        for sql in _server_sql():
            op.execute(sql)


def downgrade() -> None:
    # Policies, grants, indexes and sequences go with their tables.
    for table in (
        "child_conversation",
        "placement_breakdown",
        "placement_follow_up",
        "placement_candidate",
        "placement_match_need",
        "placement_match",
        "placement_site",
    ):
        op.drop_table(table)
