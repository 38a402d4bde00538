"""Full-text search across every family's notes: SQLite FTS5 in a file, PostgreSQL on a server.

The index ``session_fts`` (migration 0002) holds each session's summary,
notes, assessment, agreements and addenda; triggers keep it in step. The
tokenizer keeps æ, ø and å as letters of their own (``remove_diacritics 0``),
so "Ærø" does not match "aero".

User text never reaches FTS5's query syntax: it is split into words, each
word is quoted, and every word is searched as a prefix ("børne" finds
"børnehave"). Words in double quotes are searched as a phrase. All words must
match. Text without any word gives no results, never an error.

Order. ``order="newest"`` (the default) lists hits newest first: the index's
rows are keyed by date (``famdesk.db.search_index``), so FTS5 reads the first
page of hits and stops, however many notes match. ``"rank"`` orders by FTS5's
bm25 relevance among the newest ``RANKED_MATCHES`` matches (scoring every
match of a common word would cost seconds at a million sessions; the search
window says so). Within one family, the matches are collected and sorted by
the family's date index. Both page with ``limit``/``offset``; snippets are
made for the page's hits only.

On a team server the same query (``ts_query`` of ``fts_query``'s words) runs
in PostgreSQL's full-text search (migration 0010), which splits text into
words as the file does, so the same words find the same notes; newest first
is the timeline's order there too, and rank is PostgreSQL's ``ts_rank``. The
server's ``famdesk_search`` returns only sessions of families the worker may
see.

Each search writes an audit line with its criteria (the query text and the
family filter), as Datatilsynet's logging measure asks; never the hits' text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import bindparam, text
from sqlalchemy.orm import Session

from famdesk.core import audit
from famdesk.core.lookup import family_row
from famdesk.db.search_index import SEARCH_KEY, session_id
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


#: Relevance is ranked among this many of the newest matches.
RANKED_MATCHES = 5000

_KEY = SEARCH_KEY.format(s="cs")
# Newest first: the index's rows are in date order; read a page and stop.
_NEWEST_SQL = text(
    "SELECT rowid FROM session_fts WHERE session_fts MATCH :q "
    "ORDER BY rowid DESC LIMIT :limit OFFSET :offset"
)
# One family: its sessions by date (their own index), those that match.
_NEWEST_FAMILY_SQL = text(
    "SELECT cs.id FROM contact_session cs INDEXED BY ix_contact_session_family_start "
    f"WHERE cs.family_id = :fid AND {_KEY} IN "
    "(SELECT rowid FROM session_fts WHERE session_fts MATCH :q) "
    "ORDER BY cs.start DESC, cs.id DESC LIMIT :limit OFFSET :offset"
)
_RANK_SQL = text(
    "SELECT rowid FROM (SELECT rowid, rank FROM session_fts WHERE session_fts MATCH :q "
    "ORDER BY rowid DESC LIMIT :ranked) ORDER BY rank, rowid DESC LIMIT :limit OFFSET :offset"
)
_RANK_FAMILY_SQL = text(
    "SELECT rowid FROM (SELECT rowid, rank FROM session_fts WHERE session_fts MATCH :q "
    f"AND rowid IN (SELECT {_KEY} FROM contact_session cs WHERE cs.family_id = :fid) "
    "ORDER BY rowid DESC LIMIT :ranked) ORDER BY rank, rowid DESC LIMIT :limit OFFSET :offset"
)
#: A session's addenda as one text, as its index holds them.
_ADDENDA = {
    "sqlite": "group_concat(text, ' ')",
    "postgresql": "string_agg(text, ' ' ORDER BY id)",
}
_TEXTS_SQL = {
    dialect: text(
        "SELECT cs.id, cs.uid, f.uid, f.reference, f.name, cs.start, cs.kind, cs.status, "
        "cs.summary, cs.notes, cs.assessment, cs.agreements, "
        f"(SELECT coalesce({joined}, '') FROM addendum WHERE session_id = cs.id) "
        "FROM contact_session cs JOIN family f ON f.id = cs.family_id WHERE cs.id IN :ids"
    ).bindparams(bindparam("ids", expanding=True))
    for dialect, joined in _ADDENDA.items()
}
# On a server: the search function filters by what the caller may see.
_SERVER_SQL = text(
    "SELECT session_id FROM famdesk_search(to_tsquery('simple', :q), :fid, :by_rank, "
    ":ranked, :limit, :offset)"
)


def ts_query(match: str) -> str:
    """``fts_query``'s query as PostgreSQL ``tsquery`` text: the same words and prefixes.

    ``"børne"* "mor fortalte"*`` becomes ``'børne':* & 'mor' <-> 'fortalte':*``.
    """
    groups = []
    for quoted, star in re.findall(r'"([^"]*)"(\*?)', match):
        lexemes = ["'" + w.replace("\\", "\\\\").replace("'", "''") + "'" for w in quoted.split()]
        if not lexemes:
            continue
        if star:
            lexemes[-1] += ":*"
        groups.append(" <-> ".join(lexemes))
    return " & ".join(groups)


def _ordered_ids(
    s: Session, query: str, family_id: int | None, order: str, limit: int, offset: int
) -> list[int]:
    params: dict[str, object] = {"q": query, "limit": limit, "offset": offset}
    if s.get_bind().dialect.name == "postgresql":
        params.update(q=ts_query(query), fid=family_id, by_rank=order == "rank")
        params["ranked"] = RANKED_MATCHES
        return list(s.execute(_SERVER_SQL, params).scalars())
    if family_id is not None:
        params["fid"] = family_id
    if order == "rank":
        params["ranked"] = RANKED_MATCHES
        sql = _RANK_SQL if family_id is None else _RANK_FAMILY_SQL
        return [session_id(key) for key in s.execute(sql, params).scalars()]
    if family_id is not None:
        return list(s.execute(_NEWEST_FAMILY_SQL, params).scalars())
    return [session_id(key) for key in s.execute(_NEWEST_SQL, params).scalars()]


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
        family_id = family_row(s, family_uid).id if family_uid else None
        hits: list[SearchHit] = []
        if match and limit:
            ids = _ordered_ids(s, match, family_id, order, limit, offset)
            if ids:
                hits = _hits(s, ids, match)
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


def _hits(s: Session, ids: list[int], match: str) -> list[SearchHit]:
    instant = Instant()
    dialect = s.get_bind().dialect
    terms = highlight_terms(match)
    rows = {r[0]: r for r in s.execute(_TEXTS_SQL[dialect.name], {"ids": ids})}
    hits = []
    for i in ids:
        r = rows[i]
        start = instant.process_result_value(r[5], dialect)
        assert start is not None
        hits.append(
            SearchHit(r[1], r[2], r[3], r[4], start, r[6], r[7], make_snippet(r[8:], terms))
        )
    return hits


def highlight_terms(match: str) -> list[tuple[str, bool]]:
    """(word, is_prefix) for every word of an FTS query built by ``fts_query``."""
    terms: list[tuple[str, bool]] = []
    for quoted, star in re.findall(r'"([^"]*)"(\*?)', match):
        words = quoted.split()
        for j, word in enumerate(words):
            terms.append((word.casefold(), bool(star) and j == len(words) - 1))
    return terms


def _matches(word: str, terms: list[tuple[str, bool]]) -> bool:
    w = word.casefold()
    return any(w.startswith(t) if prefix else w == t for t, prefix in terms)


def make_snippet(texts: Sequence[str], terms: list[tuple[str, bool]]) -> str:
    """Words around the first match in the first field that has one, matches marked.

    Built here rather than with FTS5's ``snippet()``, which re-reads the whole
    match list for every hit; the word rule is the index's (letters and digits).
    """
    for field in texts:
        words = list(_WORD.finditer(field or ""))
        first = next((n for n, m in enumerate(words) if _matches(m.group(), terms)), None)
        if first is None:
            continue
        lo = max(0, first - SNIPPET_TOKENS // 3)
        hi = min(len(words), lo + SNIPPET_TOKENS)
        lo = max(0, hi - SNIPPET_TOKENS)
        begin, end = words[lo].start(), words[hi - 1].end()
        out: list[str] = [ELLIPSIS if lo > 0 else ""]
        pos = begin
        for m in words[lo:hi]:
            out.append(field[pos : m.start()])
            if _matches(m.group(), terms):
                out.append(f"{HIGHLIGHT_START}{m.group()}{HIGHLIGHT_END}")
            else:
                out.append(m.group())
            pos = m.end()
        out.append(field[pos:end])
        out.append(ELLIPSIS if hi < len(words) else "")
        return "".join(out).replace("\n", " ")
    return ""


def split_highlights(snippet: str) -> list[tuple[str, bool]]:
    """A snippet as (text, highlighted) pieces, for a view that draws bold runs."""
    pieces: list[tuple[str, bool]] = []
    for i, part in enumerate(re.split(f"[{HIGHLIGHT_START}{HIGHLIGHT_END}]", snippet)):
        if part:
            pieces.append((part, i % 2 == 1))
    return pieces
