"""Search latency and family-timeline speed on the large demo database.

Figures (2,000 families × 50 sessions = 100,000 sessions):

- ``search_sessions`` (default order: newest first, 50 hits, snippets, audit
  line committed) — median and 95th percentile over a varied query mix: words
  found in most notes, mid-frequency and rare words, Danish prefixes
  ("børne", "søsk"), two-word queries and a query without hits. Target < 30 ms.
- the same mix with ``order="rank"``, and the naive FTS5 query
  ``… MATCH ? ORDER BY rank LIMIT 50`` with ``snippet()``, for comparison.
- opening a family with 1,000 sessions: ``count_timeline`` plus the first
  page of ``family_timeline`` (100 rows), and a page deep in the list.
  Target < 100 ms.

Run on its own::

    python benchmarks/bench_search.py [--db PATH] [--families 2000] [--sessions-per-family 50]

``--db`` names a database to use; it is created with the demo generator when
it does not exist (about 1.5 minutes), so later runs start at once. Without
``--db`` a temporary one is made and removed. The benchmark adds one family
"BENCH-1000" with 1,000 sessions to the database the first time. The
passphrase comes from FAMDESK_PASSPHRASE (default: a fixed benchmark one).
For the benchmark runner: ``bench_search(...)`` returns the figures as a dict.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from sqlalchemy import insert, select, text

from famdesk.core import search, sessions
from famdesk.db.models import ContactSession, Family
from famdesk.db.store import Store, open_store
from famdesk.db.types import new_uid

DEFAULT_PASSPHRASE = "benchmark passphrase, fictitious data"
BIG_FAMILY = "BENCH-1000"
BIG_FAMILY_SESSIONS = 1000
REPEATS = 5

_FRAGMENTS = (
    "Mor fortalte at morgenen var gået roligt, og at børnene var kommet i børnehave til tiden.",
    "Far sagde: »Jeg prøver at holde fast i aftenrutinen, men det er svært når jeg er træt.«",
    "Vi talte om søskendekonflikter og om hvordan mor kan sætte en grænse uden at råbe.",
    "Skolen har ringet om fravær; vi aftalte et møde med klasselæreren i næste uge.",
    "Barnet viste sin tegning og fortalte om weekenden hos mormor på Ærø.",
    "Samværet forløb godt; mor var nærværende og legede med barnet på gulvet.",
)


def _percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(pct / 100 * len(ordered)) - 1))
    return ordered[index]


def _timed(fn: Callable[[], object], repeats: int) -> list[float]:
    out = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        fn()
        out.append((time.perf_counter() - t0) * 1000)
    return out


def _ensure_big_family(store: Store) -> str:
    """A family with 1,000 sessions (bulk insert; the FTS triggers index them)."""
    with store.session() as s:
        uid = s.scalar(select(Family.uid).where(Family.reference == BIG_FAMILY))
        if uid:
            return uid
        fam = Family(reference=BIG_FAMILY, name="Familien Benchmark", start_date=date(2020, 1, 1))
        s.add(fam)
        s.flush()
        rng = random.Random(1000)
        start = datetime(2020, 1, 6, 9, 0, tzinfo=UTC)
        rows = []
        for i in range(BIG_FAMILY_SESSIONS):
            rows.append(
                {
                    "uid": new_uid(),
                    "family_id": fam.id,
                    "author": "benchmark",
                    "start": start + timedelta(days=2 * i, minutes=rng.randrange(0, 480)),
                    "duration_minutes": 60,
                    "status": "held",
                    "kind": rng.choice(("home-visit", "phone", "office")),
                    "location": "",
                    "summary": rng.choice(_FRAGMENTS)[:40],
                    "notes": " ".join(rng.sample(_FRAGMENTS, 3)),
                    "assessment": rng.choice(_FRAGMENTS),
                    "agreements": rng.choice(_FRAGMENTS),
                    "concern": False,
                    "finalized_at": None,
                }
            )
        s.execute(insert(ContactSession), rows)
        return fam.uid


def _query_mix(store: Store) -> list[str]:
    """Words by how many notes hold them: most, some, few; plus prefixes and phrases."""
    with store.engine.connect() as conn:
        conn.exec_driver_sql(
            "CREATE VIRTUAL TABLE IF NOT EXISTS temp.bench_vocab "
            "USING fts5vocab(main, session_fts, row)"
        )
        total = conn.execute(text("SELECT count(*) FROM contact_session")).scalar_one()

        def words(lo: float, hi: float, n: int) -> list[str]:
            rows = conn.execute(
                text(
                    "SELECT term FROM temp.bench_vocab WHERE doc BETWEEN :lo AND :hi "
                    "AND length(term) >= 3 ORDER BY doc DESC"
                ),
                {"lo": int(lo * total), "hi": int(hi * total)},
            ).scalars()
            found = list(rows)
            random.Random(7).shuffle(found)
            return found[:n]

        common = words(0.4, 1.0, 6)
        middle = words(0.01, 0.1, 6)
        rare = words(0.00001, 0.001, 4)
    prefixes = [w[:4] for w in middle[:3] if len(w) > 4]
    pairs = [f"{a} {b}" for a, b in zip(common[:2], middle[2:4], strict=False)]
    return (
        common
        + middle
        + rare
        + prefixes
        + pairs
        + ["børne", "søsk", "Ærø", '"mor sagde"', "sagde", "xyzzyqq"]
    )


def _naive(store: Store, query: str) -> None:
    match = search.fts_query(query)
    if not match:
        return
    with store.read_session() as s:
        s.execute(
            text(
                "SELECT session_fts.rowid, snippet(session_fts, -1, '[', ']', '…', 14) "
                "FROM session_fts WHERE session_fts MATCH :q ORDER BY rank LIMIT 50"
            ),
            {"q": match},
        ).all()


def _summary(values: list[float]) -> dict[str, float]:
    return {
        "median_ms": round(statistics.median(values), 2),
        "p95_ms": round(_percentile(values, 95), 2),
        "max_ms": round(max(values), 2),
    }


def bench_search(
    db: Path | None = None,
    *,
    families: int = 2000,
    sessions_per_family: int = 50,
    passphrase: str | None = None,
    repeats: int = REPEATS,
) -> dict[str, object]:
    passphrase = passphrase or os.environ.get("FAMDESK_PASSPHRASE", DEFAULT_PASSPHRASE)
    with tempfile.TemporaryDirectory() as tmp:
        path = db or Path(tmp) / "search-demo.famdesk"
        if not path.exists():
            from famdesk.core.demo import create_demo

            with open_store(path, passphrase, create=True) as store:
                create_demo(
                    store, families=families, sessions_per_family=sessions_per_family, seed=1
                )
        with open_store(path, passphrase) as store:
            big = _ensure_big_family(store)
            with store.read_session() as s:
                total = s.scalar(text("SELECT count(*) FROM contact_session"))
            queries = _query_mix(store)
            for q in queries:  # warm the page cache once, as a running app would be
                search.search_sessions(store, q)
            newest: list[float] = []
            ranked: list[float] = []
            naive: list[float] = []
            worst: dict[str, float] = {}
            for q in queries:
                times = _timed(lambda q=q: search.search_sessions(store, q), repeats)
                newest += times
                worst[q] = statistics.median(times)
                ranked += _timed(
                    lambda q=q: search.search_sessions(store, q, order="rank"), repeats
                )
                naive += _timed(lambda q=q: _naive(store, q), repeats)
            family_q = _timed(
                lambda: search.search_sessions(store, queries[0], family_uid=big), repeats * 4
            )

            def open_family() -> None:
                sessions.count_timeline(store, big)
                sessions.family_timeline(store, big, offset=0, limit=100)

            opened = _timed(open_family, 20)
            deep = _timed(lambda: sessions.family_timeline(store, big, offset=900, limit=100), 20)
    slowest = sorted(worst.items(), key=lambda kv: -kv[1])[:3]
    return {
        "sessions": total,
        "queries": len(queries),
        "search_newest": _summary(newest),
        "search_rank": _summary(ranked),
        "naive_order_by_rank": _summary(naive),
        "search_one_family_common_word": _summary(family_q),
        "open_family_1000": _summary(opened),
        "timeline_page_at_900": _summary(deep),
        "slowest_queries_newest_ms": {q: round(v, 2) for q, v in slowest},
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--db", type=Path, help="database to use (created if missing)")
    parser.add_argument("--families", type=int, default=2000)
    parser.add_argument("--sessions-per-family", type=int, default=50)
    parser.add_argument("--repeats", type=int, default=REPEATS)
    args = parser.parse_args()
    figures = bench_search(
        args.db,
        families=args.families,
        sessions_per_family=args.sessions_per_family,
        repeats=args.repeats,
    )
    print(f"sessions: {figures['sessions']}, query mix: {figures['queries']} queries")
    for key in (
        "search_newest",
        "search_rank",
        "naive_order_by_rank",
        "search_one_family_common_word",
        "open_family_1000",
        "timeline_page_at_900",
    ):
        f = figures[key]
        assert isinstance(f, dict)
        print(
            f"{key:32s} median {f['median_ms']:8.2f} ms   p95 {f['p95_ms']:8.2f} ms   "
            f"max {f['max_ms']:8.2f} ms"
        )
    print("slowest queries (newest first, median ms):", figures["slowest_queries_newest_ms"])


if __name__ == "__main__":
    main()
