"""Full-text index over session notes and their addenda (SQLite FTS5).

The index lives inside the encrypted file, so searching never writes case text
anywhere else. Triggers keep it in step with every insert, update and delete.
On a server database (PostgreSQL) this revision creates nothing; search falls
back to the database's own matching there.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_ADDENDA = "(SELECT coalesce(group_concat(text, ' '), '') FROM addendum WHERE session_id = {id})"


def _refresh(session_id: str) -> str:
    return (
        "INSERT INTO session_fts(rowid, summary, notes, assessment, agreements, addenda) "
        "SELECT id, summary, notes, assessment, agreements, "
        + _ADDENDA.format(id="contact_session.id")
        + f" FROM contact_session WHERE id = {session_id};"
    )


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    op.execute(
        "CREATE VIRTUAL TABLE session_fts USING fts5("
        "summary, notes, assessment, agreements, addenda, "
        "tokenize = 'unicode61 remove_diacritics 0', prefix = '2 3 4')"
    )
    op.execute(
        "INSERT INTO session_fts(rowid, summary, notes, assessment, agreements, addenda) "
        "SELECT id, summary, notes, assessment, agreements, "
        + _ADDENDA.format(id="contact_session.id")
        + " FROM contact_session"
    )
    op.execute(
        "CREATE TRIGGER session_fts_ai AFTER INSERT ON contact_session BEGIN "
        + _refresh("new.id")
        + " END"
    )
    op.execute(
        "CREATE TRIGGER session_fts_au AFTER UPDATE OF summary, notes, assessment, agreements "
        "ON contact_session BEGIN DELETE FROM session_fts WHERE rowid = old.id; "
        + _refresh("new.id")
        + " END"
    )
    op.execute(
        "CREATE TRIGGER session_fts_ad AFTER DELETE ON contact_session BEGIN "
        "DELETE FROM session_fts WHERE rowid = old.id; END"
    )
    for event, ref in (("INSERT", "new"), ("DELETE", "old"), ("UPDATE", "new")):
        op.execute(
            f"CREATE TRIGGER addendum_fts_{event.lower()} AFTER {event} ON addendum BEGIN "
            f"DELETE FROM session_fts WHERE rowid = {ref}.session_id; "
            + _refresh(f"{ref}.session_id")
            + " END"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for name in (
        "addendum_fts_insert",
        "addendum_fts_delete",
        "addendum_fts_update",
        "session_fts_ai",
        "session_fts_au",
        "session_fts_ad",
    ):
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.execute("DROP TABLE IF EXISTS session_fts")
