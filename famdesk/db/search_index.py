"""The note search index's row key: date first, so newest-first stops early.

``session_fts`` (migration 0008) keys each session's row with its start (UTC
seconds since 1970) in the high bits and its id in the low 31 bits. FTS5
returns a match in rowid order, so ``ORDER BY rowid DESC LIMIT n`` reads n
hits, newest first, however many notes match. Sessions that start in the same
second come newest id first, as the timeline orders them.
"""

from __future__ import annotations

ID_BITS = 31
ID_MASK = (1 << ID_BITS) - 1

#: The key of the contact_session row called ``{s}`` (the triggers use the same).
SEARCH_KEY = (
    "((CAST(strftime('%s', substr({s}.start, 1, 19)) AS INTEGER) << " + str(ID_BITS) + ") | {s}.id)"
)


def is_search_index(table: str) -> bool:
    """A table of the note search index (not in the models: each backend has its own).

    The file's FTS5 table and its shadow tables (``session_fts*``), or the
    server's ``session_search`` (migration 0010).
    """
    return table.startswith("session_fts") or table == "session_search"


def session_id(key: int) -> int:
    """The session id inside a search key."""
    return key & ID_MASK
