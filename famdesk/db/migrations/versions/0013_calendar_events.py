"""Calendar events: a stable iCalendar UID and a SEQUENCE per appointment or deadline.

Both backends: ``calendar_event`` holds, per record that reaches a calendar
(a session, a plan's review, the n-th § 95 follow-up of a family), the UID
famdesk gave its event, its SEQUENCE, and the start, end and status last
exported, so the next export raises the SEQUENCE when the event has moved or
been cancelled (issue 14; the UID used to hold the review's date, and a moved
review became a second event). A new table only: nothing is rebuilt.

On PostgreSQL, as 0009 decided for every table: row-level security. The rows
are case data, visible through their family (and so through its assignment);
the team role gets the privileges on the table and its sequence.

Revision ID: 0013
Revises: 0012
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0013"
down_revision: str | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLE = "calendar_event"
RULE = f"EXISTS (SELECT 1 FROM family p WHERE p.id = {TABLE}.family_id)"


def _server_sql() -> list[str]:
    return [
        f"ALTER TABLE {TABLE} ENABLE ROW LEVEL SECURITY",
        f"CREATE POLICY {TABLE}_assigned ON {TABLE} USING ({RULE}) WITH CHECK ({RULE})",
        "DO $$ BEGIN "
        f"EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON {TABLE} TO %I', "
        "famdesk_team_role()); "
        f"EXECUTE format('GRANT USAGE ON SEQUENCE {TABLE}_id_seq TO %I', famdesk_team_role()); "
        "END $$",
    ]


def upgrade() -> None:
    op.create_table(
        TABLE,
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("family_id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=120), nullable=False),
        sa.Column("uid", sa.String(length=200), nullable=False),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column("last_start", sa.String(length=40), nullable=False),
        sa.Column("last_end", sa.String(length=40), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("row_version", sa.Integer(), nullable=False, server_default="1"),
        sa.ForeignKeyConstraint(
            ["family_id"],
            ["family.id"],
            name=f"fk_{TABLE}_family_id_family",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=f"pk_{TABLE}"),
        sa.UniqueConstraint("key", name=f"uq_{TABLE}_key"),
    )
    op.create_index(f"ix_{TABLE}_family_id", TABLE, ["family_id"])
    if op.get_bind().dialect.name == "postgresql":
        for sql in _server_sql():
            op.execute(sql)


def downgrade() -> None:
    # The policy, the grants, the index and the sequence go with the table.
    op.drop_table(TABLE)
