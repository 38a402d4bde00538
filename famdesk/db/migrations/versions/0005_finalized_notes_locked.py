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

A team server gets the same lock as PL/pgSQL triggers (``SERVER_TRIGGERS``),
plus statement triggers that refuse TRUNCATE, which fires no row trigger.

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


_RAISE = "RAISE EXCEPTION USING MESSAGE = '{}', ERRCODE = 'integrity_constraint_violation'"

#: The same lock on a server (PL/pgSQL). A finalized row may not change in any
#: column (``NEW IS DISTINCT FROM OLD`` covers columns added later too), and
#: TRUNCATE, which fires no row trigger, is refused outright.
SERVER_TRIGGERS = {
    "famdesk_note_deletion_permitted": (
        "CREATE FUNCTION famdesk_note_deletion_permitted(family integer) RETURNS boolean "
        "LANGUAGE sql STABLE AS $$ SELECT EXISTS (SELECT 1 FROM store_info "
        "WHERE key = 'note-deletion-permit:' || family) $$"
    ),
    "famdesk_session_lock": (
        "CREATE FUNCTION famdesk_session_lock() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
        "IF TG_OP = 'UPDATE' THEN "
        "IF OLD.finalized_at IS NOT NULL AND NEW IS DISTINCT FROM OLD THEN "
        + _RAISE.format(LOCKED_MESSAGE)
        + "; END IF; RETURN NEW; END IF; "
        "IF OLD.finalized_at IS NOT NULL AND EXISTS (SELECT 1 FROM family "
        "WHERE id = OLD.family_id) AND NOT famdesk_note_deletion_permitted(OLD.family_id) THEN "
        + _RAISE.format("a finalized note cannot be deleted; it goes only with its family")
        + "; END IF; RETURN OLD; END $$"
    ),
    "famdesk_addendum_lock": (
        "CREATE FUNCTION famdesk_addendum_lock() RETURNS trigger LANGUAGE plpgsql AS $$ "
        "DECLARE note record; BEGIN "
        "IF TG_OP = 'UPDATE' THEN "
        + _RAISE.format("an addendum cannot be changed; add another addendum")
        + "; END IF; "
        "SELECT finalized_at, family_id INTO note FROM contact_session "
        "WHERE id = OLD.session_id; "
        "IF note.finalized_at IS NOT NULL "
        "AND NOT famdesk_note_deletion_permitted(note.family_id) THEN "
        + _RAISE.format("an addendum cannot be deleted")
        + "; END IF; RETURN OLD; END $$"
    ),
    "contact_session_finalized_lock": (
        "CREATE TRIGGER contact_session_finalized_lock BEFORE UPDATE OR DELETE "
        "ON contact_session FOR EACH ROW EXECUTE FUNCTION famdesk_session_lock()"
    ),
    "contact_session_no_truncate": (
        "CREATE TRIGGER contact_session_no_truncate BEFORE TRUNCATE ON contact_session "
        "FOR EACH STATEMENT EXECUTE FUNCTION "
        "famdesk_refuse('finalized notes go only with their family')"
    ),
    "addendum_lock": (
        "CREATE TRIGGER addendum_lock BEFORE UPDATE OR DELETE ON addendum "
        "FOR EACH ROW EXECUTE FUNCTION famdesk_addendum_lock()"
    ),
    "addendum_no_truncate": (
        "CREATE TRIGGER addendum_no_truncate BEFORE TRUNCATE ON addendum "
        "FOR EACH STATEMENT EXECUTE FUNCTION famdesk_refuse('an addendum cannot be deleted')"
    ),
}


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for sql in SERVER_TRIGGERS.values():
            op.execute(sql)
        return
    for name, sql in TRIGGERS.items():
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
        op.execute(sql)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        # CASCADE takes each function's triggers with it.
        for name in ("famdesk_addendum_lock", "famdesk_session_lock"):
            op.execute(f"DROP FUNCTION {name}() CASCADE")
        op.execute("DROP FUNCTION famdesk_note_deletion_permitted(integer)")
        for table in ("contact_session", "addendum"):
            op.execute(f"DROP TRIGGER {table}_no_truncate ON {table}")
        return
    for name in TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
