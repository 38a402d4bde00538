"""Partial indexes for the dashboard's unfinished notes and open concerns.

``core.deadlines`` lists the oldest notes not yet finalized and the sessions
with a concern nobody was told of, 50 at most. Without an index on those
states SQLite read every held, cancelled or no-show session (the status index)
and sorted them, or walked every session in start order looking for a
concern: ~0.8 s each on 100,000 sessions, growing with the store. Two partial
indexes on ``start`` hold only the sessions those lists can show, in the order
they show them, so the dashboard reads what it shows (issue 12).

Both backends. Indexes only: no table changes, so no new row-level security
policy or grant is needed on PostgreSQL (an index follows its table's).
The predicates are written as the queries render them (``IS 1`` on SQLite,
``IS true`` on PostgreSQL), because a planner uses a partial index only when the
query's WHERE implies the index's.

Revision ID: 0014
Revises: 0013
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0014"
down_revision: str | None = "0013"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLE = "contact_session"
UNFINISHED = "ix_contact_session_unfinished"
CONCERN = "ix_contact_session_concern"


def upgrade() -> None:
    unfinished = sa.text("finalized_at IS NULL")
    op.create_index(
        UNFINISHED, TABLE, ["start"], sqlite_where=unfinished, postgresql_where=unfinished
    )
    op.create_index(
        CONCERN,
        TABLE,
        ["start"],
        sqlite_where=sa.text("concern IS 1"),
        postgresql_where=sa.text("concern IS true"),
    )


def downgrade() -> None:
    op.drop_index(CONCERN, table_name=TABLE)
    op.drop_index(UNFINISHED, table_name=TABLE)
