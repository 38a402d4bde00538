"""Row versions: a save based on an older version of a record is refused, never applied over it.

Every record that is changed after it is written gets ``row_version``
(starting at 1; existing rows are at 1). The ORM raises it with every UPDATE
and only updates the version it read (SQLAlchemy's ``version_id_col``), and
``famdesk.core.versions`` compares it with the version an editor loaded, which
travels with the save: on a team server two workers' saves of the same plan
never silently overwrite each other. Append-only records (addenda, the audit,
review scores) need none.

Columns are added with ALTER TABLE (no table rebuild), so the triggers on
``family`` and ``contact_session`` stay. A server's lock on finalized notes
(0005) compares every column but the version.

Revision ID: 0011
Revises: 0010
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

VERSIONED = (
    "family",
    "member",
    "placement",
    "professional",
    "action_plan",
    "goal",
    "step",
    "review",
    "contact_session",
    "concern_notice",
    "measurement",
    "status_report",
)

_LOCKED = "a finalized note cannot be changed; add an addendum"
_RAISE = "RAISE EXCEPTION USING MESSAGE = '{}', ERRCODE = 'integrity_constraint_violation'"


def _session_lock(compare: str) -> str:
    return (
        "CREATE OR REPLACE FUNCTION famdesk_session_lock() RETURNS trigger LANGUAGE plpgsql "
        "AS $$ BEGIN IF TG_OP = 'UPDATE' THEN "
        f"IF OLD.finalized_at IS NOT NULL AND {compare} THEN "
        + _RAISE.format(_LOCKED)
        + "; END IF; RETURN NEW; END IF; "
        "IF OLD.finalized_at IS NOT NULL AND EXISTS (SELECT 1 FROM family "
        "WHERE id = OLD.family_id) AND NOT famdesk_note_deletion_permitted(OLD.family_id) THEN "
        + _RAISE.format("a finalized note cannot be deleted; it goes only with its family")
        + "; END IF; RETURN OLD; END $$"
    )


def upgrade() -> None:
    for table in VERSIONED:
        op.add_column(
            table, sa.Column("row_version", sa.Integer(), nullable=False, server_default="1")
        )
    if op.get_bind().dialect.name == "postgresql":
        op.execute(
            _session_lock("(to_jsonb(NEW) - 'row_version') IS DISTINCT FROM "
                          "(to_jsonb(OLD) - 'row_version')")
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(_session_lock("NEW IS DISTINCT FROM OLD"))
    # A plain DROP COLUMN (SQLite 3.35+ too): no rebuild, the tables' triggers stay.
    for table in VERSIONED:
        op.execute(f"ALTER TABLE {table} DROP COLUMN row_version")
