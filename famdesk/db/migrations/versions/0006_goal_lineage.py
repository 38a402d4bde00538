"""Goal lineage: a goal copied into a new plan version remembers the goal it came from.

``goal.previous_goal_id`` points at the goal of the earlier version (or of the
earlier plan, for a plan started from the previous one), so a goal's score
history survives a revision. ON DELETE SET NULL: losing an ancestor only
shortens the history. Existing goals get NULL (no lineage is guessed for plans
revised before this revision).

Revision ID: 0006
Revises: 0005
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("goal", schema=None) as batch_op:
        batch_op.add_column(sa.Column("previous_goal_id", sa.Integer(), nullable=True))
        batch_op.create_index(
            batch_op.f("ix_goal_previous_goal_id"), ["previous_goal_id"], unique=False
        )
        batch_op.create_foreign_key(
            batch_op.f("fk_goal_previous_goal_id_goal"),
            "goal",
            ["previous_goal_id"],
            ["id"],
            ondelete="SET NULL",
        )


def downgrade() -> None:
    with op.batch_alter_table("goal", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_goal_previous_goal_id_goal"), type_="foreignkey")
        batch_op.drop_index(batch_op.f("ix_goal_previous_goal_id"))
        batch_op.drop_column("previous_goal_id")
