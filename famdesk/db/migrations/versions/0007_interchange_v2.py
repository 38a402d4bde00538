"""Interchange format version 2, first part: § 95 dates, the child's perspective, concern details.

- ``family``: ``support_started_on``, ``investigation_finished_on`` and
  ``follow_up_every_months`` (Barnets lov § 95: when the first follow-up is due
  and the cadence decided after it); NULL for existing families.
- ``action_plan.child_perspective``: the plan's text section for the child's
  perspective; empty for existing plans.
- ``contact_session.concern_what`` and the table ``concern_notice`` (who was
  told, when, how): what a session's concern for the child's safety was about
  and who was told. Empty for existing sessions.

The lock on finalized notes (0005) is extended to the new column and to the
notices of a finalized session. Columns are added with ALTER TABLE (no table
rebuild), so the search and lock triggers on ``contact_session`` survive.

Revision ID: 0007
Revises: 0006
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

LOCKED_MESSAGE = "a finalized note cannot be changed; add an addendum"

_SESSION_COLUMNS_0005 = (
    "id",
    "uid",
    "family_id",
    "author",
    "start",
    "duration_minutes",
    "status",
    "kind",
    "location",
    "summary",
    "notes",
    "assessment",
    "agreements",
    "concern",
    "finalized_at",
)


def _session_lock(columns: tuple[str, ...]) -> str:
    return (
        "CREATE TRIGGER contact_session_finalized_no_update BEFORE UPDATE ON contact_session "
        "WHEN old.finalized_at IS NOT NULL AND ("
        + " OR ".join(f"new.{c} IS NOT old.{c}" for c in columns)
        + f") BEGIN SELECT RAISE(ABORT, '{LOCKED_MESSAGE}'); END"
    )


_NOTICE_TRIGGERS = {
    "concern_notice_finalized_no_update": (
        "CREATE TRIGGER concern_notice_finalized_no_update BEFORE UPDATE ON concern_notice "
        "WHEN (SELECT finalized_at FROM contact_session WHERE id = old.session_id) IS NOT NULL "
        f"BEGIN SELECT RAISE(ABORT, '{LOCKED_MESSAGE}'); END"
    ),
    "concern_notice_finalized_no_delete": (
        "CREATE TRIGGER concern_notice_finalized_no_delete BEFORE DELETE ON concern_notice "
        "WHEN (SELECT finalized_at FROM contact_session WHERE id = old.session_id) IS NOT NULL "
        "AND NOT EXISTS (SELECT 1 FROM store_info WHERE key = 'note-deletion-permit:' || "
        "(SELECT family_id FROM contact_session WHERE id = old.session_id)) "
        f"BEGIN SELECT RAISE(ABORT, '{LOCKED_MESSAGE}'); END"
    ),
}


_RAISE = (
    f"RAISE EXCEPTION USING MESSAGE = '{LOCKED_MESSAGE}', "
    "ERRCODE = 'integrity_constraint_violation'"
)

#: On a server, 0005's session lock already covers every column; the notices of
#: a finalized session get the same lock as its addenda.
_SERVER_NOTICE_LOCK = (
    "CREATE FUNCTION famdesk_concern_notice_lock() RETURNS trigger LANGUAGE plpgsql AS $$ "
    "DECLARE note record; BEGIN "
    "SELECT finalized_at, family_id INTO note FROM contact_session WHERE id = OLD.session_id; "
    "IF note.finalized_at IS NOT NULL AND (TG_OP = 'UPDATE' "
    "OR NOT famdesk_note_deletion_permitted(note.family_id)) THEN "
    + _RAISE
    + "; END IF; IF TG_OP = 'UPDATE' THEN RETURN NEW; END IF; RETURN OLD; END $$",
    "CREATE TRIGGER concern_notice_lock BEFORE UPDATE OR DELETE ON concern_notice "
    "FOR EACH ROW EXECUTE FUNCTION famdesk_concern_notice_lock()",
    "CREATE TRIGGER concern_notice_no_truncate BEFORE TRUNCATE ON concern_notice "
    f"FOR EACH STATEMENT EXECUTE FUNCTION famdesk_refuse('{LOCKED_MESSAGE}')",
)


def upgrade() -> None:
    with op.batch_alter_table("family", schema=None) as batch_op:
        batch_op.add_column(sa.Column("support_started_on", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("investigation_finished_on", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("follow_up_every_months", sa.Integer(), nullable=True))
    with op.batch_alter_table("action_plan", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("child_perspective", sa.Text(), nullable=False, server_default="")
        )
    with op.batch_alter_table("contact_session", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("concern_what", sa.Text(), nullable=False, server_default="")
        )
    op.create_table(
        "concern_notice",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("who", sa.String(length=200), nullable=False),
        sa.Column("at", sa.String(length=40), nullable=False),
        sa.Column("how", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["contact_session.id"],
            name=op.f("fk_concern_notice_session_id_contact_session"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_concern_notice")),
        sa.UniqueConstraint("uid", name=op.f("uq_concern_notice_uid")),
    )
    with op.batch_alter_table("concern_notice", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_concern_notice_session_id"), ["session_id"], unique=False
        )
    if op.get_bind().dialect.name == "postgresql":
        for sql in _SERVER_NOTICE_LOCK:
            op.execute(sql)
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TRIGGER IF EXISTS contact_session_finalized_no_update")
        op.execute(_session_lock((*_SESSION_COLUMNS_0005, "concern_what")))
        for name, sql in _NOTICE_TRIGGERS.items():
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
            op.execute(sql)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP FUNCTION famdesk_concern_notice_lock() CASCADE")
    if op.get_bind().dialect.name == "sqlite":
        for name in _NOTICE_TRIGGERS:
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
        op.execute("DROP TRIGGER IF EXISTS contact_session_finalized_no_update")
        op.execute(_session_lock(_SESSION_COLUMNS_0005))
    with op.batch_alter_table("concern_notice", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_concern_notice_session_id"))
    op.drop_table("concern_notice")
    with op.batch_alter_table("contact_session", schema=None) as batch_op:
        batch_op.drop_column("concern_what")
    with op.batch_alter_table("action_plan", schema=None) as batch_op:
        batch_op.drop_column("child_perspective")
    with op.batch_alter_table("family", schema=None) as batch_op:
        batch_op.drop_column("follow_up_every_months")
        batch_op.drop_column("investigation_finished_on")
        batch_op.drop_column("support_started_on")
