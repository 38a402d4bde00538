"""Costs that stay flat as the store grows: a date-ordered search index, a folded family name.

- ``session_fts`` is rebuilt with a date-ordered rowid, ``search_key``:
  the session's start (UTC seconds) in the high bits and its id in the low 31
  bits. FTS5 walks a match in rowid order, so "newest first" reads the first
  page of hits and stops, however many notes match (before, every matching
  rowid was collected and the sessions' date index walked). The triggers of
  0002 are recreated with the key (and also follow a change of ``start``).
- ``family.search_text``: reference and name case-folded in every alphabet
  (``famdesk_fold``, Python's ``str.casefold``), kept by triggers and indexed,
  so the families filter is a plain ``LIKE`` over a narrow index instead of a
  Python function called on every row. A server gets the same column from a
  PL/pgSQL trigger and its own ``famdesk_fold``: ``lower()`` (Unicode-aware in
  a UTF-8 locale) plus the full case foldings ``lower()`` lacks (ß → ss, the
  Latin ligatures, final sigma), so the same typed text finds the same families.

Revision ID: 0008
Revises: 0007
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

#: Same expression as ``famdesk.db.search_index.SEARCH_KEY`` (frozen here, as migrations are).
_KEY = "((CAST(strftime('%s', substr({s}.start, 1, 19)) AS INTEGER) << 31) | {s}.id)"
_ADDENDA = "(SELECT coalesce(group_concat(text, ' '), '') FROM addendum WHERE session_id = {id})"
_FTS_TRIGGERS = (
    "session_fts_ai",
    "session_fts_au",
    "session_fts_ad",
    "addendum_fts_insert",
    "addendum_fts_delete",
    "addendum_fts_update",
)
_FOLD = "famdesk_fold({c}.reference) || char(31) || famdesk_fold({c}.name)"


def _index(where: str) -> str:
    return (
        "INSERT INTO session_fts(rowid, summary, notes, assessment, agreements, addenda) "
        f"SELECT {_KEY.format(s='contact_session')}, summary, notes, assessment, agreements, "
        + _ADDENDA.format(id="contact_session.id")
        + f" FROM contact_session WHERE {where};"
    )


def _unindex(session: str) -> str:
    return f"DELETE FROM session_fts WHERE rowid = {_KEY.format(s=session)};"


def _unindex_by_id(session_id: str) -> str:
    return (
        "DELETE FROM session_fts WHERE rowid = (SELECT "
        f"{_KEY.format(s='contact_session')} FROM contact_session "
        f"WHERE contact_session.id = {session_id});"
    )


#: Python's ``str.casefold`` where it differs from ``lower()`` for letters a
#: family's name may hold (Unicode's full case folding, C+F, for Latin and Greek).
_SERVER_FOLDS = (("ß", "ss"), ("ﬀ", "ff"), ("ﬁ", "fi"), ("ﬂ", "fl"), ("ﬃ", "ffi"),
                 ("ﬄ", "ffl"), ("ﬅ", "st"), ("ﬆ", "st"), ("ς", "σ"), ("ſ", "s"), ("µ", "μ"))


def _server_fold() -> str:
    expr = "lower(value)"
    for letter, folded in _SERVER_FOLDS:
        expr = f"replace({expr}, '{letter}', '{folded}')"
    return (
        "CREATE FUNCTION famdesk_fold(value text) RETURNS text LANGUAGE sql IMMUTABLE "
        f"PARALLEL SAFE RETURNS NULL ON NULL INPUT AS $$ SELECT {expr} $$"
    )


_SERVER_SEARCH_TEXT = (
    "CREATE FUNCTION famdesk_family_search_text() RETURNS trigger LANGUAGE plpgsql AS $$ "
    f"BEGIN NEW.search_text := {_FOLD.format(c='NEW').replace('char(31)', 'chr(31)')}; "
    "RETURN NEW; END $$"
)


def upgrade() -> None:
    # ALTER TABLE ADD COLUMN: no table rebuild, the family's other triggers stay.
    op.add_column("family", sa.Column("search_text", sa.Text(), nullable=False, server_default=""))
    op.create_index("ix_family_search_text", "family", ["search_text"])
    if op.get_bind().dialect.name == "postgresql":
        op.execute(_server_fold())
        op.execute(_SERVER_SEARCH_TEXT)
        op.execute(
            "CREATE TRIGGER family_search_text BEFORE INSERT OR UPDATE OF reference, name "
            "ON family FOR EACH ROW EXECUTE FUNCTION famdesk_family_search_text()"
        )
        op.execute(f"UPDATE family SET search_text = {_FOLD.format(c='family')}".replace(
            "char(31)", "chr(31)"))
        return
    if op.get_bind().dialect.name != "sqlite":
        return
    op.execute(f"UPDATE family SET search_text = {_FOLD.format(c='family')}")
    op.execute(
        "CREATE TRIGGER family_search_text_ai AFTER INSERT ON family BEGIN "
        f"UPDATE family SET search_text = {_FOLD.format(c='new')} WHERE id = new.id; END"
    )
    op.execute(
        "CREATE TRIGGER family_search_text_au AFTER UPDATE OF reference, name ON family BEGIN "
        f"UPDATE family SET search_text = {_FOLD.format(c='new')} WHERE id = new.id; END"
    )

    for name in _FTS_TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.execute("DROP TABLE IF EXISTS session_fts")
    op.execute(
        "CREATE VIRTUAL TABLE session_fts USING fts5("
        "summary, notes, assessment, agreements, addenda, "
        "tokenize = 'unicode61 remove_diacritics 0', prefix = '2 3 4')"
    )
    op.execute(_index("1").rstrip(";"))
    op.execute(
        "CREATE TRIGGER session_fts_ai AFTER INSERT ON contact_session BEGIN "
        + _index("id = new.id")
        + " END"
    )
    op.execute(
        "CREATE TRIGGER session_fts_au AFTER UPDATE OF start, summary, notes, assessment, "
        "agreements ON contact_session BEGIN "
        + _unindex("old")
        + " "
        + _index("id = new.id")
        + " END"
    )
    op.execute(
        "CREATE TRIGGER session_fts_ad AFTER DELETE ON contact_session BEGIN "
        + _unindex("old")
        + " END"
    )
    for event, ref in (("INSERT", "new"), ("DELETE", "old"), ("UPDATE", "new")):
        op.execute(
            f"CREATE TRIGGER addendum_fts_{event.lower()} AFTER {event} ON addendum BEGIN "
            + _unindex_by_id(f"{ref}.session_id")
            + " "
            + _index(f"id = {ref}.session_id")
            + " END"
        )


def downgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP FUNCTION famdesk_family_search_text() CASCADE")
        op.execute("DROP FUNCTION famdesk_fold(text)")
    if sqlite:
        for name in (*_FTS_TRIGGERS, "family_search_text_ai", "family_search_text_au"):
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
        # Back to 0002's index, keyed by the session's id.
        op.execute("DELETE FROM session_fts")
        op.execute(
            "INSERT INTO session_fts(rowid, summary, notes, assessment, agreements, addenda) "
            "SELECT id, summary, notes, assessment, agreements, "
            + _ADDENDA.format(id="contact_session.id")
            + " FROM contact_session"
        )
        refresh = (
            "INSERT INTO session_fts(rowid, summary, notes, assessment, agreements, addenda) "
            "SELECT id, summary, notes, assessment, agreements, "
            + _ADDENDA.format(id="contact_session.id")
            + " FROM contact_session WHERE id = {id};"
        )
        op.execute(
            "CREATE TRIGGER session_fts_ai AFTER INSERT ON contact_session BEGIN "
            + refresh.format(id="new.id")
            + " END"
        )
        op.execute(
            "CREATE TRIGGER session_fts_au AFTER UPDATE OF summary, notes, assessment, agreements "
            "ON contact_session BEGIN DELETE FROM session_fts WHERE rowid = old.id; "
            + refresh.format(id="new.id")
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
                + refresh.format(id=f"{ref}.session_id")
                + " END"
            )
    op.drop_index("ix_family_search_text", "family")
    with op.batch_alter_table("family") as batch:
        batch.drop_column("search_text")
