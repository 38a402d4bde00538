"""Full-text search across every family's notes (SQLite FTS5 inside the encrypted file).

The index ``session_fts`` (migration 0002) holds each session's summary,
notes, assessment, agreements and addenda; triggers keep it in step. The
tokenizer keeps æ, ø and å as letters of their own (``remove_diacritics 0``),
so "Ærø" does not match "aero".

User text never reaches FTS5's query syntax: it is split into words, each
word is quoted, and every word is searched as a prefix ("børne" finds
"børnehave"). Words in double quotes are searched as a phrase. All words must
match. Text without any word gives no results, never an error.

Order. ``order="newest"`` (the default) lists hits newest first; ``"rank"``
orders by FTS5's bm25 relevance. Ranking must score every matching row before
the first one can be shown, so a word found in most notes costs ~100+ ms at
100,000 sessions; newest-first walks the sessions by date and stops as soon as
a page is full, which takes a few milliseconds for common words (see
``benchmarks/bench_search.py``). Both page with ``limit``/``offset``.

Each search writes an audit line with its criteria (the query text and the
family filter), as Datatilsynet's logging measure asks; never the hits' text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import bindparam, select, text
from sqlalchemy.orm import Session

from famdesk.core import audit
from famdesk.db.models import Family
from famdesk.db.store import Store
from famdesk.db.types import Instant

#: Marks around a matched word in a snippet; the GUI shows them as bold.
HIGHLIGHT_START = "\x02"
HIGHLIGHT_END = "\x03"
ELLIPSIS = "…"
SNIPPET_TOKENS = 14
MAX_TERMS = 12
MAX_LIMIT = 500
ORDERS = ("newest", "rank")
#: Below this many matches, newest-first sorts the matches instead of walking
#: every session by date (which would read the whole date index for a rare word).
SORT_MATCHES_BELOW = 2000

_WORD = re.compile(r"[^\W_]+")
_PHRASE = re.compile(r'"([^"]*)"')

#: The columns of session_fts, in order (for telling which part matched).
COLUMNS = ("summary", "notes", "assessment", "agreements", "addenda")


@dataclass(frozen=True)
class SearchHit:
    session_uid: str
    family_uid: str
    family_reference: str
    family_name: str
    start: datetime
    kind: str
    status: str
    #: Text around the match with HIGHLIGHT_START/END around matched words.
    snippet: str


def fts_query(user_text: str) -> str:
    """Turn what a worker typed into a safe FTS5 query; "" when there is nothing to search.

    Every word becomes a quoted prefix term; a "quoted phrase" stays a phrase
    (its last word a prefix). Operators, brackets and column filters in the
    text are treated as plain words or dropped.
    """
    parts: list[str] = []
    rest = user_text
    for phrase in _PHRASE.findall(user_text):
        words = _WORD.findall(phrase)
        if len(words) > 1:
            parts.append('"' + " ".join(words) + '"*')
        elif words:
            parts.append(f'"{words[0]}"*')
    rest = _PHRASE.sub(" ", user_text)
    for word in _WORD.findall(rest):
        # A one-letter prefix would expand to most of the vocabulary: match it exactly.
        parts.append(f'"{word}"' if len(word) == 1 else f'"{word}"*')
    unique = list(dict.fromkeys(p.lower() for p in parts))
    return " ".join(unique[:MAX_TERMS])


def _family_id(s: Session, family_uid: str) -> int:
    fid = s.scalar(select(Family.id).where(Family.uid == family_uid))
    if fid is None:
        raise LookupError(f"no family with uid {family_uid}")
    return int(fid)


_COUNT_SQL = text("SELECT count(*) FROM session_fts WHERE session_fts MATCH :q")

# Newest first, walking the date index and probing the match set: stops once
# a page is full. Used when a query matches many sessions.
_NEWEST_WALK_SQL = text(
    "SELECT cs.id FROM contact_session cs INDEXED BY ix_contact_session_start "
    "WHERE cs.id IN (SELECT rowid FROM session_fts WHERE session_fts MATCH :q) "
    "ORDER BY cs.start DESC, cs.id DESC LIMIT :limit OFFSET :offset"
)
# Newest first by sorting the (few) matches.
_NEWEST_SORT_SQL = text(
    "SELECT cs.id FROM session_fts JOIN contact_session cs ON cs.id = session_fts.rowid "
    "WHERE session_fts MATCH :q ORDER BY cs.start DESC, cs.id DESC LIMIT :limit OFFSET :offset"
)
# One family: its sessions by date (the family/start index), probing the matches.
_NEWEST_FAMILY_SQL = text(
    "SELECT cs.id FROM contact_session cs INDEXED BY ix_contact_session_family_start "
    "WHERE cs.family_id = :fid "
    "AND cs.id IN (SELECT rowid FROM session_fts WHERE session_fts MATCH :q) "
    "ORDER BY cs.start DESC, cs.id DESC LIMIT :limit OFFSET :offset"
)
_RANK_SQL = text(
    "SELECT session_fts.rowid FROM session_fts "
    "WHERE session_fts MATCH :q ORDER BY rank LIMIT :limit OFFSET :offset"
)
_RANK_FAMILY_SQL = text(
    "SELECT session_fts.rowid FROM session_fts "
    "JOIN contact_session cs ON cs.id = session_fts.rowid "
    "WHERE session_fts MATCH :q AND cs.family_id = :fid ORDER BY rank LIMIT :limit OFFSET :offset"
)
_DETAILS_SQL = text(
    "SELECT session_fts.rowid, cs.uid, f.uid, f.reference, f.name, cs.start, cs.kind, cs.status, "
    f"snippet(session_fts, -1, '{HIGHLIGHT_START}', '{HIGHLIGHT_END}', '{ELLIPSIS}', "
    f"{SNIPPET_TOKENS}) "
    "FROM session_fts JOIN contact_session cs ON cs.id = session_fts.rowid "
    "JOIN family f ON f.id = cs.family_id "
    "WHERE session_fts MATCH :q AND session_fts.rowid IN :ids"
).bindparams(bindparam("ids", expanding=True))


def _ordered_ids(
    s: Session, query: str, family_id: int | None, order: str, limit: int, offset: int
) -> list[int]:
    params: dict[str, object] = {"q": query, "limit": limit, "offset": offset}
    if order == "rank":
        if family_id is None:
            return list(s.execute(_RANK_SQL, params).scalars())
        return list(s.execute(_RANK_FAMILY_SQL, {**params, "fid": family_id}).scalars())
    if family_id is not None:
        return list(s.execute(_NEWEST_FAMILY_SQL, {**params, "fid": family_id}).scalars())
    many = s.execute(_COUNT_SQL, {"q": query}).scalar_one() >= SORT_MATCHES_BELOW
    return list(s.execute(_NEWEST_WALK_SQL if many else _NEWEST_SORT_SQL, params).scalars())


def search_sessions(
    store: Store,
    query: str,
    family_uid: str | None = None,
    limit: int = 50,
    offset: int = 0,
    order: str = "newest",
) -> list[SearchHit]:
    """Sessions whose note text matches ``query``; see the module docstring for order."""
    if order not in ORDERS:
        raise ValueError(f"order must be one of {', '.join(ORDERS)}")
    limit = max(0, min(int(limit), MAX_LIMIT))
    offset = max(0, int(offset))
    match = fts_query(query)
    with store.session() as s:
        family_id = _family_id(s, family_uid) if family_uid else None
        hits: list[SearchHit] = []
        if match and limit:
            ids = _ordered_ids(s, match, family_id, order, limit, offset)
            if ids:
                instant = Instant()
                rows = {r[0]: r for r in s.execute(_DETAILS_SQL, {"q": match, "ids": ids})}
                for i in ids:
                    r = rows[i]
                    start = instant.process_result_value(r[5], s.bind.dialect)  # type: ignore[union-attr]
                    assert start is not None
                    hits.append(SearchHit(r[1], r[2], r[3], r[4], start, r[6], r[7], r[8]))
        audit.record(
            s,
            "search",
            "session",
            family_uid=family_uid,
            detail={
                "query": query,
                "family": family_uid,
                "order": order,
                "offset": offset,
                "hits": len(hits),
            },
        )
        return hits


def split_highlights(snippet: str) -> list[tuple[str, bool]]:
    """A snippet as (text, highlighted) pieces, for a view that draws bold runs."""
    pieces: list[tuple[str, bool]] = []
    for i, part in enumerate(re.split(f"[{HIGHLIGHT_START}{HIGHLIGHT_END}]", snippet)):
        if part:
            pieces.append((part, i % 2 == 1))
    return pieces
