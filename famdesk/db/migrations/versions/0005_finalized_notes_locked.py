"""Finalized notes are locked in the database too, whatever path writes to it.

``famdesk.core.sessions`` refuses to change a finalized note; these triggers
repeat the rule below every path (import, a bug, a hand-written SQL
statement):

- an UPDATE that changes any column of a ``contact_session`` whose
  ``finalized_at`` is set is refused, and so is un-finalizing it;
- an addendum can never be updated;
- a finalized note or an addendum cannot be deleted while its family exists.

INSERT is never refused: import writes finalized sessions and their addenda
in one go. Deleting a whole family still works: with SQL, SQLite's ON DELETE
CASCADE removes the family row before its sessions and the sessions before
their addenda (verified in tests), so the child triggers find the parent gone.
The ORM deletes children before parents instead; it takes a transient permit
row in ``store_info`` (key ``note-deletion-permit:<family id>``, see
``famdesk.core.sessions.permit_note_deletion``) for the one transaction.

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

LOCKED_MESSAGE = "a finalized note cannot be changed; add an addendum"

#: Every column of contact_session: none may change once finalized.
_SESSION_COLUMNS = (
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


def _permit(family_id_sql: str) -> str:
    return (
        "EXISTS (SELECT 1 FROM store_info "
        f"WHERE key = 'note-deletion-permit:' || ({family_id_sql}))"
    )


TRIGGERS = {
    "contact_session_finalized_no_update": (
        "CREATE TRIGGER contact_session_finalized_no_update BEFORE UPDATE ON contact_session "
        "WHEN old.finalized_at IS NOT NULL AND ("
        + " OR ".join(f"new.{c} IS NOT old.{c}" for c in _SESSION_COLUMNS)
        + f") BEGIN SELECT RAISE(ABORT, '{LOCKED_MESSAGE}'); END"
    ),
    "contact_session_finalized_no_delete": (
        "CREATE TRIGGER contact_session_finalized_no_delete BEFORE DELETE ON contact_session "
        "WHEN old.finalized_at IS NOT NULL "
        "AND EXISTS (SELECT 1 FROM family WHERE id = old.family_id) "
        "AND NOT " + _permit("old.family_id") + " "
        "BEGIN SELECT RAISE(ABORT, 'a finalized note cannot be deleted; "
        "it goes only with its family'); END"
    ),
    "addendum_no_update": (
        "CREATE TRIGGER addendum_no_update BEFORE UPDATE ON addendum "
        "BEGIN SELECT RAISE(ABORT, 'an addendum cannot be changed; add another addendum'); END"
    ),
    "addendum_no_delete": (
        "CREATE TRIGGER addendum_no_delete BEFORE DELETE ON addendum "
        "WHEN (SELECT finalized_at FROM contact_session WHERE id = old.session_id) IS NOT NULL "
        "AND NOT "
        + _permit("SELECT family_id FROM contact_session WHERE id = old.session_id")
        + " BEGIN SELECT RAISE(ABORT, 'an addendum cannot be deleted'); END"
    ),
}


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for name, sql in TRIGGERS.items():
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
        op.execute(sql)


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for name in TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
