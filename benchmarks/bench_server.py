"""The team server beside the file: families list, opening a family, search at 100k sessions.

The same caseload (the demo, 2,000 families × 50 sessions, plus the family
"BENCH-1000" with 1,000 sessions) is measured three ways, one column each:

- ``file``: the encrypted SQLite file, as a worker's laptop has it;
- ``server lead``: a PostgreSQL team database, as a team lead (sees all);
- ``server worker``: the same database as a worker with 40 families assigned
  (row-level security decides, and search goes through ``famdesk_search``).

Each figure is the median and 95th percentile of core calls (no window):
the families list's first page and its count, ``open_family`` plus the first
100 rows of a family's timeline (the worker's own biggest family), and
``search_sessions`` over ``bench_search``'s query mix (newest first, 50 hits,
snippets, audit line committed). The issue's target: search p95 on the server
within 2× the file's.

    python benchmarks/bench_server.py [--db FILE] [--server ADMIN_URL] [--repeats 5]

``--db`` is the demo file (made when missing, about 1.5 minutes; bench_search's
``--db`` can share it). ``--server`` names an empty database on a PostgreSQL
15+ server as a role that may create roles; without it a throwaway server is
started as the test suite does (``tests/pg_cluster.py``). The caseload goes
into the server with ``famdesk import`` (the file's export).
"""

from __future__ import annotations

import argparse
import json
import os
import secrets
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import select, update

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from bench_search import (  # noqa: E402
    BIG_FAMILY,
    DEFAULT_PASSPHRASE,
    _ensure_big_family,
    _percentile,
    _query_mix,
)

from famdesk.core import caseload, search, sessions  # noqa: E402
from famdesk.core.team import add_worker, init_team_database  # noqa: E402
from famdesk.db.models import Family  # noqa: E402
from famdesk.db.store import Store, open_store  # noqa: E402

WORKER_FAMILIES = 40
REPEATS = 5


def _summary(values: list[float]) -> dict[str, float]:
    return {
        "median_ms": round(statistics.median(values), 2),
        "p95_ms": round(_percentile(values, 95), 2),
    }


def _timed(fn: Callable[[], object], repeats: int) -> list[float]:
    out = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        fn()
        out.append((time.perf_counter() - t0) * 1000)
    return out


def _famdesk(*args: str, passphrase: str) -> None:
    env = {**os.environ, "FAMDESK_PASSPHRASE": passphrase}
    subprocess.run([sys.executable, "-m", "famdesk", *args], check=True, env=env,
                   stdout=subprocess.DEVNULL)


def _measure(stores: dict[str, Store], queries: list[str], repeats: int) -> dict[str, dict]:
    """Every figure for every store, the stores taking turns call by call.

    Interleaved, so a load that comes and goes on a shared machine falls on
    all columns alike: the ratios compare like with like.
    """
    biggest = {
        label: max(
            (f.uid for f in caseload.list_families(store, limit=500)),
            key=lambda uid, store=store: sessions.count_timeline(store, uid),
        )
        for label, store in stores.items()
    }
    for store in stores.values():
        for q in queries:  # warm, as a running program would be
            search.search_sessions(store, q)

    def open_one(label: str) -> None:
        caseload.open_family(stores[label], biggest[label])
        sessions.family_timeline(stores[label], biggest[label], offset=0, limit=100)

    steps: dict[str, Callable[[str], object]] = {
        "families_list_first_page": lambda label: caseload.list_families(stores[label], limit=50),
        "families_count": lambda label: caseload.count_families(stores[label]),
        "open_family": open_one,
    }
    times: dict[str, dict[str, list[float]]] = {label: {} for label in stores}
    for name, step in steps.items():
        for _ in range(repeats * 4):
            for label in stores:
                taken = _timed(lambda step=step, label=label: step(label), 1)
                times[label].setdefault(name, []).extend(taken)
    per_query: dict[str, dict[str, float]] = {label: {} for label in stores}
    for q in queries:
        for _ in range(repeats):
            for label, store in stores.items():
                taken = _timed(lambda q=q, store=store: search.search_sessions(store, q), 1)
                times[label].setdefault("search_newest", []).extend(taken)
                per_query[label].setdefault(q, 0.0)
                per_query[label][q] = max(per_query[label][q], round(taken[0], 1))
    return {
        label: {
            **{name: _summary(values) for name, values in times[label].items()},
            "families_visible": caseload.count_families(store),
            "open_family_sessions": sessions.count_timeline(store, biggest[label]),
            "slowest_queries_max_ms": dict(
                sorted(per_query[label].items(), key=lambda kv: -kv[1])[:4]
            ),
        }
        for label, store in stores.items()
    }


def bench_server(
    db: Path, server: str | None, *, repeats: int = REPEATS, passphrase: str | None = None
) -> dict[str, object]:
    passphrase = passphrase or os.environ.get("FAMDESK_PASSPHRASE", DEFAULT_PASSPHRASE)
    cluster = None
    with tempfile.TemporaryDirectory() as tmp:
        if not db.exists():
            _famdesk("demo", "--db", str(db), "--families", "2000", "--sessions-per-family",
                     "50", "--seed", "1", passphrase=passphrase)
        with open_store(db, passphrase) as store:
            _ensure_big_family(store)
            queries = _query_mix(store)
        export = Path(tmp) / "caseload.json"
        _famdesk("export", "--db", str(db), "--out", str(export), passphrase=passphrase)
        if server is None:
            from tests.pg_cluster import start_cluster

            cluster = start_cluster()
            name = cluster.new_database()
            server = cluster.url(name).render_as_string(hide_password=False)
        try:
            init_team_database(server)
            worker, password = f"bench_{secrets.token_hex(3)}", secrets.token_urlsafe(16)
            lead = f"bench_lead_{secrets.token_hex(3)}"
            with open_store(server, None) as admin:
                add_worker(admin, worker, password, lead=False)
                add_worker(admin, lead, password, lead=True)
            t0 = time.perf_counter()
            _famdesk("import", str(export), "--db", server, "--assign-to", lead,
                     passphrase=passphrase)
            import_s = time.perf_counter() - t0
            with open_store(server, None) as admin, admin.session() as s:
                mine = list(s.scalars(select(Family.id).order_by(Family.id)))
                mine = mine[:: max(1, len(mine) // WORKER_FAMILIES)][:WORKER_FAMILIES]
                big = s.scalar(select(Family.id).where(Family.reference == BIG_FAMILY))
                s.execute(
                    update(Family).where(Family.id.in_([*mine, big])).values(assigned_to=worker)
                )
            from sqlalchemy.engine import make_url

            url = make_url(server)
            as_lead = url._replace(username=lead, password=password)
            as_worker = url._replace(username=worker, password=password)
            with (
                open_store(db, passphrase) as file_store,
                open_store(as_lead.render_as_string(hide_password=False), None) as lead_store,
                open_store(as_worker.render_as_string(hide_password=False), None) as mine,
            ):
                columns = _measure(
                    {"file": file_store, "server lead": lead_store, "server worker": mine},
                    queries,
                    repeats,
                )
        finally:
            if cluster is not None:
                cluster.stop()
    return {"queries": len(queries), "server_import_s": round(import_s, 1), "columns": columns}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--db", type=Path, default=Path(tempfile.gettempdir()) / "bench.famdesk")
    parser.add_argument("--server", help="admin URL of an empty database (default: throwaway)")
    parser.add_argument("--repeats", type=int, default=REPEATS)
    parser.add_argument("--out", type=Path, help="write the figures here as JSON too")
    args = parser.parse_args()
    load_before = os.getloadavg()
    figures = bench_server(args.db, args.server, repeats=args.repeats)
    figures["load_average_1_5_15"] = {"before": load_before, "after": os.getloadavg()}
    figures["machine"] = f"{os.cpu_count()} CPUs, Python {sys.version.split()[0]}"
    columns = figures["columns"]
    assert isinstance(columns, dict)
    print(f"query mix: {figures['queries']} queries; "
          f"import into the server: {figures['server_import_s']} s")
    print(f"{'':28s}" + "".join(f"{c:>24s}" for c in columns))
    for key in ("families_list_first_page", "families_count", "open_family", "search_newest"):
        cells = "".join(
            f"{columns[c][key]['median_ms']:>10.1f} / {columns[c][key]['p95_ms']:>7.1f} ms"
            for c in columns
        )
        print(f"{key:28s}{cells}")
    print("families visible:", {c: columns[c]["families_visible"] for c in columns})
    for c in columns:
        print(f"slowest queries ({c}):", columns[c]["slowest_queries_max_ms"])
    if args.out:
        args.out.write_text(json.dumps(figures, indent=2, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
