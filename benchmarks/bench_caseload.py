"""The worker's dashboard (``core.deadlines.caseload``) before and after migration 0014, same run.

Run: ``python benchmarks/bench_caseload.py --db EXISTING.famdesk [--repeat 5]``. The store is
copied into a temporary folder first (the original is never opened) and the copy is
upgraded to the newest schema when it is older (timed apart, not in the figures). The
passphrase comes from FAMDESK_PASSPHRASE (default: the demo benchmark one).

What each figure includes: the wall time of the call, in process, on a warm page cache,
one open store, no Qt: ``caseload()`` (all nine of its queries, each list at most 50,
and the Deadline objects built) and, apart, its two costliest lists and the status
bar's count of overdue notes.

"before" is main before this change, reproduced on the same copy in the same process:
the two partial indexes of 0014 are dropped inside a transaction that is rolled back
afterwards, and ``famdesk.db.sql.likely`` is replaced by the bare condition, so the
queries are the old SQL. "after" is the code as it is. Before and after alternate
within each repeat, so both see the same load; the figures are medians. The plan
SQLite chose for each query is printed (EXPLAIN QUERY PLAN).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, func, text
from sqlalchemy.orm import Session

from famdesk.core import deadlines
from famdesk.db.store import Store, open_store

DEFAULT_PASSPHRASE = "benchmark passphrase – fictitious data only"
NEW_INDEXES = ("ix_contact_session_unfinished", "ix_contact_session_concern")


class _OnConnection:
    """A stand-in Store whose read sessions use one connection (and its transaction)."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def read_session(self) -> Session:
        return Session(bind=self.conn)


@contextmanager
def _before(store: Store) -> Iterator[Connection]:
    """The schema and SQL of main before 0014, undone on leaving."""
    with store.engine.connect() as conn:
        trans = conn.begin()
        # The driver opens no transaction before DDL by itself: without this BEGIN the
        # DROP INDEX would be committed, and "after" would be measured without them.
        conn.exec_driver_sql("BEGIN")
        for name in NEW_INDEXES:
            conn.execute(text(f"DROP INDEX {name}"))
        assert not _indexes(conn)
        saved = deadlines.likely
        deadlines.likely = lambda condition: condition  # type: ignore[assignment]
        try:
            yield conn
        finally:
            deadlines.likely = saved  # type: ignore[assignment]
            trans.rollback()


def _indexes(conn: Connection) -> set[str]:
    names = conn.execute(text("SELECT name FROM sqlite_master WHERE type = 'index'")).scalars()
    return set(names) & set(NEW_INDEXES)


@contextmanager
def _after(store: Store) -> Iterator[Connection]:
    with store.engine.connect() as conn:
        trans = conn.begin()
        assert _indexes(conn) == set(NEW_INDEXES), "the 0014 indexes are missing"
        try:
            yield conn
        finally:
            trans.rollback()


def _calls(today: date) -> dict[str, Callable[[Connection], Any]]:
    def on(conn: Connection, fn: Callable[[Session], Any]) -> Any:
        with Session(bind=conn) as s:
            return fn(s)

    return {
        "caseload": lambda c: deadlines.caseload(_OnConnection(c), today),  # type: ignore[arg-type]
        "unfinished_notes": lambda c: on(c, lambda s: deadlines.unfinished_notes(s, today)),
        "open_concerns": lambda c: on(c, lambda s: deadlines.open_concerns(s)),
        "count_overdue_notes": lambda c: on(c, lambda s: deadlines.count_overdue_notes(s, today)),
    }


def _plans(conn: Connection, today: date) -> dict[str, list[str]]:
    cs = deadlines.ContactSession
    stmts = {
        "unfinished_notes": deadlines._unfinished_stmt(deadlines._stale_cutoff(today))
        .order_by(deadlines._start_text(), cs.id)
        .limit(50),
        "count_overdue_notes": deadlines._unfinished_stmt(
            deadlines._stale_cutoff(today)
        ).with_only_columns(func.count(cs.id)),
    }
    out = {}
    for name, stmt in stmts.items():
        sql = str(stmt.compile(conn, compile_kwargs={"literal_binds": True}))
        out[name] = [row[3] for row in conn.execute(text("EXPLAIN QUERY PLAN " + sql))]
    return out


def _same(a: Any, b: Any) -> bool:
    return bool(a == b)


def bench_caseload(db: Path, passphrase: str, repeat: int, today: date) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="famdesk-caseload-") as tmp:
        copy = Path(tmp) / db.name
        shutil.copyfile(db, copy)
        t0 = time.perf_counter()
        store = open_store(copy, passphrase)
        opened = time.perf_counter() - t0
        try:
            calls = _calls(today)
            times: dict[str, dict[str, list[float]]] = {"before": {}, "after": {}}
            results: dict[str, dict[str, Any]] = {"before": {}, "after": {}}
            plans = {}
            for _ in range(repeat):
                for side, ctx in (("before", _before), ("after", _after)):
                    with ctx(store) as conn:
                        plans[side] = _plans(conn, today)
                        for name, call in calls.items():
                            t = time.perf_counter()
                            results[side][name] = call(conn)
                            times[side].setdefault(name, []).append(time.perf_counter() - t)
            identical = {n: _same(results["before"][n], results["after"][n]) for n in calls}
            return {
                "db": str(db),
                "today": today.isoformat(),
                "repeat": repeat,
                "open_and_upgrade_s": round(opened, 2),
                "upgraded_from": store.upgraded_from,
                "load_average": os.getloadavg(),
                "median_ms": {
                    side: {n: round(statistics.median(v) * 1000, 1) for n, v in t.items()}
                    for side, t in times.items()
                },
                "identical_results": identical,
                "plans": plans,
            }
        finally:
            store.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, required=True, help="a demo store (copied, not changed)")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--today", type=date.fromisoformat, default=date.today())
    args = parser.parse_args(argv)
    passphrase = os.environ.get("FAMDESK_PASSPHRASE", DEFAULT_PASSPHRASE)
    figures = bench_caseload(args.db, passphrase, args.repeat, args.today)
    json.dump(figures, sys.stdout, indent=2, ensure_ascii=False)
    print()
    return 0 if all(figures["identical_results"].values()) else 1


if __name__ == "__main__":
    sys.exit(main())
