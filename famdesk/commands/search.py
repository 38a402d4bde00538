"""``search``: note search from the command line, in a file or on a team server.

One line per hit: the session's date and time, the family's reference, the
kind of session and the words around the match (matched words in [brackets]).
The search is audited with its criteria, as the window's is.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from famdesk.commands.common import CommandError, error_line, opened_store
from famdesk.core.errors import CoreError

if TYPE_CHECKING:
    from famdesk.core.search import SearchHit


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("search", help="search the session notes (newest first)")
    p.add_argument("text", help="words to find; each finds words that begin with it")
    p.add_argument("--db", required=True, metavar="PATH|URL")
    p.add_argument("--family", metavar="UID", help="only this family's notes")
    p.add_argument("--limit", type=_limit, default=50, help="at most N hits (1-500, default 50)")
    p.set_defaults(handler=cmd_search)


def _limit(text: str) -> int:
    from famdesk.core.search import MAX_LIMIT

    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if not 1 <= value <= MAX_LIMIT:
        raise argparse.ArgumentTypeError(f"must be 1 to {MAX_LIMIT}")
    return value


def hit_line(hit: SearchHit, lang: str) -> str:
    """One hit as a line: date, reference, kind, snippet."""
    from famdesk.core import words
    from famdesk.core.search import HIGHLIGHT_END, HIGHLIGHT_START

    snippet = hit.snippet.replace(HIGHLIGHT_START, "[").replace(HIGHLIGHT_END, "]")
    when = hit.start.strftime("%Y-%m-%d %H:%M")
    kind = words.label("session_kind", hit.kind, lang)
    return f"{when}  {hit.family_reference}  {kind}  {snippet}"


def cmd_search(args: argparse.Namespace) -> int:
    from famdesk.core import words
    from famdesk.core.search import search_sessions

    lang = words.system_language()
    with opened_store(args.db) as store:
        try:
            hits = search_sessions(store, args.text, family_uid=args.family, limit=args.limit)
        except CoreError as exc:
            raise CommandError(f"--family: {error_line(exc)}") from None
    for hit in hits:
        print(hit_line(hit, lang))
    return 0
