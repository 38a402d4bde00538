"""famdesk's benchmark: the figures behind benchmarks/README.md.

    /work/venv/bin/python benchmarks/run.py [--families 2000 --sessions-per-family 50]
                                            [--out DIR] [--only demo,export,...] [--keep]

Builds a large demo database, exports it to JSON, imports that JSON into a
fresh file and times the GUI's start against a bare Qt window, printing a
table and writing the figures to ``DIR/figures.json``. Everything goes through
the command line (the contract) where it exists, with production key
derivation (``FAMDESK_INSECURE_TEST_KDF_ITER`` is removed from the
environment). A later issue adds a section by writing a function that takes
the ``Context`` and returns ``Figure``s, and listing it in ``BENCHMARKS``.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BARE_WINDOW = Path(__file__).resolve().parent / "bare_qt_window.py"
PASSPHRASE = "benchmark passphrase – fictitious data only"
GUI_TIMEOUT_S = 120.0


@dataclass
class Figure:
    key: str
    label: str
    value: float | int | None
    unit: str = ""
    note: str = ""


class Skip(Exception):
    """A section that cannot be measured here; its message says why."""


@dataclass
class Run:
    seconds: float
    returncode: int
    stdout: str
    stderr: str
    max_rss_mb: float


@dataclass
class Context:
    args: argparse.Namespace
    work: Path
    env: dict[str, str]
    python: str = sys.executable
    shared: dict[str, object] = field(default_factory=dict)
    #: An existing demo database to measure (``--db``) instead of ``work/big.famdesk``.
    given_db: Path | None = None

    @property
    def big_db(self) -> Path:
        return self.given_db or self.work / "big.famdesk"

    @property
    def export_json(self) -> Path:
        return self.work / "big-export.json"

    @property
    def reimported_db(self) -> Path:
        return self.work / "reimported.famdesk"

    def run(
        self,
        *argv: str,
        timeout: float | None = None,
        extra_env: dict[str, str] | None = None,
        without_env: tuple[str, ...] = (),
        stdin: str | None = None,
    ) -> Run:
        """Run a child process; wall time from start to exit and its own peak memory."""
        env = dict(self.env, **(extra_env or {}))
        for name in without_env:
            env.pop(name, None)
        with (
            tempfile.TemporaryFile() as out,
            tempfile.TemporaryFile() as err,
            tempfile.TemporaryFile() as given,
        ):
            given.write((stdin or "").encode("utf-8"))
            given.seek(0)
            t0 = time.perf_counter()
            proc = subprocess.Popen(argv, stdin=given, stdout=out, stderr=err, env=env, cwd=ROOT)
            timer = threading.Timer(timeout, proc.kill) if timeout else None
            if timer:
                timer.start()
            try:
                _, status, usage = os.wait4(proc.pid, 0)
            finally:
                if timer:
                    timer.cancel()
            seconds = time.perf_counter() - t0
            proc.returncode = os.waitstatus_to_exitcode(status)
            out.seek(0)
            err.seek(0)
            return Run(
                seconds=seconds,
                returncode=proc.returncode,
                stdout=out.read().decode("utf-8", "replace"),
                stderr=err.read().decode("utf-8", "replace"),
                max_rss_mb=usage.ru_maxrss / 1024,  # Linux reports KiB
            )

    def famdesk(self, *argv: str, **kw: object) -> Run:
        return self.run(self.python, "-m", "famdesk", *argv, **kw)  # type: ignore[arg-type]

    def cli_has(self, command: str) -> bool:
        key = f"cli:{command}"
        if key not in self.shared:
            probe = self.famdesk(command, "--help")
            self.shared[key] = probe.returncode == 0
        return bool(self.shared[key])


def _checked(run: Run, what: str) -> Run:
    if run.returncode != 0:
        last = (run.stderr.strip().splitlines() or ["(no message)"])[-1]
        raise RuntimeError(f"{what} failed with status {run.returncode}: {last}")
    return run


def _mb(path: Path) -> float:
    return round(path.stat().st_size / 1_000_000, 1)


# --- sections ----------------------------------------------------------------------------


def bench_baseline(ctx: Context) -> list[Figure]:
    """What every command pays before it works: interpreter, imports, argument parsing."""
    runs = [_checked(ctx.famdesk("--version"), "famdesk --version") for _ in range(3)]
    best = min(r.seconds for r in runs)
    return [
        Figure(
            "baseline.cli_start_s", "CLI start (famdesk --version, best of 3)", round(best, 2), "s"
        )
    ]


def bench_demo(ctx: Context) -> list[Figure]:
    """Generate the demo caseload and write it: generation alone, then the whole command."""
    from famdesk.core.demo import CHUNK_FAMILIES, generate_families

    n, m, seed = ctx.args.families, ctx.args.sessions_per_family, ctx.args.seed
    t0 = time.perf_counter()
    sessions = 0
    for first in range(0, n, CHUNK_FAMILIES):
        for fam in generate_families(first, min(first + CHUNK_FAMILIES, n), m, seed, date.today()):
            sessions += len(fam["sessions"])
    generation = time.perf_counter() - t0

    ctx.big_db.unlink(missing_ok=True)
    via = "CLI"
    if ctx.cli_has("demo"):
        run = _checked(
            ctx.famdesk(
                "demo",
                "--db",
                str(ctx.big_db),
                "--families",
                str(n),
                "--sessions-per-family",
                str(m),
                "--seed",
                str(seed),
            ),
            "famdesk demo",
        )
        total, rss = run.seconds, run.max_rss_mb
    else:
        via = "core (no demo command yet)"
        total, rss = _demo_in_process(ctx)
    return [
        Figure("demo.families", "Families", n),
        Figure("demo.sessions", "Sessions", sessions),
        Figure(
            "demo.generate_s", "Demo: generate (in process, no writing)", round(generation, 2), "s"
        ),
        Figure(
            "demo.write_s",
            "Demo: write (total − generate)",
            round(total - generation, 2),
            "s",
            "derived",
        ),
        Figure("demo.total_s", f"Demo: total ({via}, process start to exit)", round(total, 2), "s"),
        Figure("demo.max_rss_mb", "Demo: peak memory", round(rss), "MB"),
        Figure("demo.db_mb", "Database file size", _mb(ctx.big_db), "MB"),
    ]


def _demo_in_process(ctx: Context) -> tuple[float, float]:
    import resource

    from famdesk.core.demo import create_demo
    from famdesk.db.store import open_store

    t0 = time.perf_counter()
    with open_store(ctx.big_db, PASSPHRASE, create=True) as store:
        create_demo(store, ctx.args.families, ctx.args.sessions_per_family, ctx.args.seed)
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return time.perf_counter() - t0, rss


def bench_export(ctx: Context) -> list[Figure]:
    """Export the whole database to one JSON file."""
    if not ctx.big_db.exists():
        raise Skip("no demo database (run the demo section first)")
    if not ctx.cli_has("export"):
        raise Skip("famdesk has no export command yet")
    ctx.export_json.unlink(missing_ok=True)
    run = _checked(
        ctx.famdesk("export", "--db", str(ctx.big_db), "--out", str(ctx.export_json)),
        "famdesk export",
    )
    return [
        Figure("export.total_s", "Export to JSON (CLI)", round(run.seconds, 2), "s"),
        Figure("export.max_rss_mb", "Export: peak memory", round(run.max_rss_mb), "MB"),
        Figure("export.json_mb", "JSON file size", _mb(ctx.export_json), "MB"),
    ]


def bench_import(ctx: Context) -> list[Figure]:
    """Import the exported JSON into a fresh database file."""
    if not ctx.export_json.exists():
        raise Skip("no exported JSON (run the export section first)")
    if not ctx.cli_has("import"):
        raise Skip("famdesk has no import command yet")
    ctx.reimported_db.unlink(missing_ok=True)
    run = _checked(
        ctx.famdesk("import", str(ctx.export_json), "--db", str(ctx.reimported_db)),
        "famdesk import",
    )
    return [
        Figure("import.total_s", "Import JSON into a new file (CLI)", round(run.seconds, 2), "s"),
        Figure("import.max_rss_mb", "Import: peak memory", round(run.max_rss_mb), "MB"),
        Figure("import.db_mb", "Re-imported database size", _mb(ctx.reimported_db), "MB"),
    ]


def _mark_seconds(run: Run, mark: str = "READY") -> float | None:
    for line in run.stdout.splitlines():
        if line.startswith(mark + " "):
            try:
                return float(line.split()[1])
            except (IndexError, ValueError):
                return None
    return None


_ready_seconds = _mark_seconds


def _time_window(
    ctx: Context, argv: list[str], what: str, *, through_dialog: bool = False
) -> tuple[list[float], list[float], list[tuple[float, float]]]:
    """READY figures, outer wall times and (DIALOG, ENTER) marks over ``--repeat`` starts.

    ``through_dialog``: the real unlock dialog, the passphrase given on stdin
    and pressed in with Enter after ``--typing`` seconds (famdesk's bench hook).
    """
    ready, wall, marks = [], [], []
    extra = {"FAMDESK_BENCH_EXIT_WHEN_READY": "1", "QT_QPA_PLATFORM": "offscreen"}
    if through_dialog:
        extra["FAMDESK_BENCH_UNLOCK"] = str(ctx.args.typing)
    for _ in range(ctx.args.repeat):
        run = ctx.run(
            *argv,
            timeout=GUI_TIMEOUT_S,
            extra_env=extra,
            without_env=("FAMDESK_PASSPHRASE",) if through_dialog else (),
            stdin=PASSPHRASE + "\n" if through_dialog else None,
        )
        seconds = _ready_seconds(run)
        if seconds is None:
            if run.returncode < 0:
                raise Skip(f"{what} printed no READY line within {GUI_TIMEOUT_S:.0f} s (killed)")
            last = (run.stderr.strip().splitlines() or ["no message"])[-1]
            raise Skip(
                f"{what} printed no READY line (exit {run.returncode}: {last[:120]}); "
                "does it honour FAMDESK_BENCH_EXIT_WHEN_READY?"
            )
        ready.append(seconds)
        wall.append(run.seconds)
        if through_dialog:
            dialog, enter = _mark_seconds(run, "DIALOG"), _mark_seconds(run, "ENTER")
            if dialog is None or enter is None:
                raise Skip(f"{what} printed no DIALOG/ENTER lines")
            marks.append((dialog, enter))
    return ready, wall, marks


def bench_gui_start(ctx: Context) -> list[Figure]:
    """Process start to populated main window, famdesk on the big database vs a bare window."""
    if not ctx.big_db.exists():
        raise Skip("no demo database (run the demo section first)")
    bare_ready, bare_wall, _ = _time_window(
        ctx, [ctx.python, str(BARE_WINDOW)], "the bare Qt window"
    )
    famdesk = [ctx.python, "-m", "famdesk", "--db", str(ctx.big_db)]
    ready, _wall, marks = _time_window(ctx, famdesk, "the famdesk GUI", through_dialog=True)
    app_ready, app_wall, _ = _time_window(ctx, famdesk, "the famdesk GUI (no dialog)")
    fam, bare = statistics.median(app_ready), statistics.median(bare_ready)
    dialog = statistics.median(d for d, _e in marks)
    unlock_ms = statistics.median((r - e) * 1000 for r, (_d, e) in zip(ready, marks, strict=True))
    runs = f"median of {ctx.args.repeat}"
    typed = f"passphrase typed for {ctx.args.typing:g} s, then Enter"
    return [
        Figure(
            "gui.dialog_shown_s",
            "Process start → unlock dialog shown (famdesk)",
            round(dialog, 3),
            "s",
            runs,
        ),
        Figure(
            "gui.dialog_ratio",
            "unlock dialog / bare window",
            round(dialog / statistics.median(bare_ready), 2) if bare_ready else None,
            "×",
            "goal ≤ 1.3×",
        ),
        Figure(
            "gui.enter_to_list_ms",
            "Enter in the unlock dialog → families list populated",
            round(unlock_ms),
            "ms",
            f"{runs}; {typed}; one key derivation included; goal ≤ 300 ms",
        ),
        Figure(
            "gui.famdesk_ready_s",
            "GUI start to populated window (FAMDESK_PASSPHRASE, no dialog)",
            round(fam, 2),
            "s",
            runs,
        ),
        Figure(
            "gui.bare_ready_s",
            "GUI start to shown window (bare QMainWindow+QTableView)",
            round(bare, 2),
            "s",
            runs,
        ),
        Figure("gui.ratio", "famdesk / bare window", round(fam / bare, 1) if bare else None, "×"),
        Figure(
            "gui.famdesk_wall_s",
            "famdesk: launch to exit (outer clock)",
            round(statistics.median(app_wall), 2),
            "s",
            runs,
        ),
        Figure(
            "gui.bare_wall_s",
            "bare window: launch to exit (outer clock)",
            round(statistics.median(bare_wall), 2),
            "s",
            runs,
        ),
    ]


def _ms_figure(key: str, label: str, value: object, note: str = "") -> Figure:
    return Figure(key, label, value if isinstance(value, (int, float)) else None, "ms", note)


def bench_families_list(ctx: Context) -> list[Figure]:
    """Issue 3: the families list and a family's view on the big database (child process)."""
    if not ctx.big_db.exists():
        raise Skip("no demo database (run the demo section first)")
    script = Path(__file__).resolve().parent / "bench_families_list.py"
    run = _checked(
        ctx.run(ctx.python, str(script), "--db", str(ctx.big_db), "--json", timeout=900),
        "bench_families_list.py",
    )
    r = json.loads(run.stdout.strip().splitlines()[-1])
    page, filt, opened = r["fetch_more_page"] or {}, r["filter"], r["open_family"]
    first = r["first_page"]
    busy = r["open_family_busy"]
    return [
        Figure("list.families", "Families in the list", r["families"]),
        _ms_figure(
            "list.first_page_cold_ms",
            "List: first page, cold (first query of the process)",
            r["first_page_cold_ms"],
        ),
        _ms_figure(
            "list.first_page_ms",
            "List: first page, warm (count + 100 rows, view drained)",
            first["median_ms"],
            f"median of {first['n']}",
        ),
        _ms_figure(
            "list.fetch_more_median_ms",
            "List: one more page (fetchMore, 100 rows)",
            page.get("median_ms"),
            f"median of {page.get('n')} pages",
        ),
        _ms_figure(
            "list.fetch_more_p95_ms", "List: one more page, 95th percentile", page.get("p95_ms")
        ),
        _ms_figure(
            "list.last_page_ms",
            "List: the last page (keyset, after the last row)",
            r["last_page_ms"],
        ),
        _ms_figure(
            "list.scroll_to_end_ms",
            f"List: scroll to the end ({r['pages']} pages)",
            r["scroll_to_end_ms"],
        ),
        _ms_figure(
            "list.filter_median_ms",
            "List: search filter repopulates (count + first page)",
            filt["median_ms"],
            f"{len(r['filter_by_query'])} queries, {filt['n']} runs",
        ),
        _ms_figure("list.filter_max_ms", "List: search filter, slowest", filt["max_ms"]),
        *(
            _ms_figure(
                f"list.filter[{q}]_ms",
                f"  filter “{q}” ({f['matches']} matches)",
                f["median_ms"],
            )
            for q, f in r["filter_by_query"].items()
        ),
        _ms_figure(
            "list.open_family_median_ms",
            "Open a family (FamilyView.show_family)",
            opened["median_ms"],
            f"median of {opened['n']} families",
        ),
        _ms_figure("list.open_family_p95_ms", "Open a family, 95th percentile", opened["p95_ms"]),
        _ms_figure(
            "list.open_family_busy_median_ms",
            f"Open a family, {r['busy_processes']} busy processes beside it",
            busy["median_ms"],
            f"median of {busy['n']} families",
        ),
        _ms_figure(
            "list.open_family_busy_p95_ms", "Open a family, busy, 95th percentile", busy["p95_ms"]
        ),
        Figure(
            "list.open_family_statements",
            f"SQL statements for {opened['n']} openings",
            r["open_family_statements"],
        ),
        Figure("list.max_rss_mb", "List benchmark: peak memory", round(run.max_rss_mb), "MB"),
    ]


def bench_plan_pdf(ctx: Context) -> list[Figure]:
    """Issue 4: the plan PDF (10 goals, 30 steps) beside plain ReportLab with the same text."""
    import bench_plan_pdf

    r = bench_plan_pdf.measure(runs=7, work=ctx.work)
    runs = f"median of {r['runs']}"
    famdesk, plain = r["famdesk_median_ms"], r["plain_median_ms"]
    return [
        _ms_figure(
            "plan_pdf.famdesk_median_ms",
            f"Plan PDF, {r['goals']} goals / {r['steps']} steps "
            f"(store → PDF, {r['famdesk_pages']} p.)",
            famdesk,
            runs,
        ),
        _ms_figure(
            "plan_pdf.famdesk_layout_median_ms",
            "Plan PDF: layout and writing only",
            r["famdesk_layout_median_ms"],
            runs,
        ),
        _ms_figure(
            "plan_pdf.plain_median_ms",
            f"Plain ReportLab, same text as Paragraphs ({r['plain_pages']} p.)",
            plain,
            runs,
        ),
        Figure(
            "plan_pdf.ratio",
            "Plan PDF / plain ReportLab",
            round(float(famdesk) / float(plain), 1) if plain else None,
            "×",
        ),
    ]


def bench_status_report(ctx: Context) -> list[Figure]:
    """Issue 6: the status report for a family with 200 sessions and 3 charts."""
    import bench_status_report

    r = bench_status_report.measure(runs=7, work=ctx.work)
    runs = f"median of {r['runs']}"
    return [
        _ms_figure(
            "status_report.median_ms",
            f"Status report, {r['sessions']} sessions, {r['charts']} charts "
            f"(store → PDF, {r['pages']} p.)",
            r["status_report_median_ms"],
            runs,
        ),
        _ms_figure(
            "status_report.gather_median_ms",
            "Status report: reading the data",
            r["gather_median_ms"],
            runs,
        ),
        _ms_figure(
            "status_report.layout_median_ms",
            "Status report: layout, charts and writing",
            r["layout_median_ms"],
            runs,
        ),
    ]


def bench_backup(ctx: Context) -> list[Figure]:
    """Issue 12: a verified backup and a restore of the big database, beside ``cp`` + ``sync``."""
    if not ctx.big_db.exists():
        raise Skip("no demo database (run the demo section first)")
    import bench_backup as module

    r = module.bench_backup(
        db=ctx.big_db, passphrase=PASSPHRASE, work_dir=ctx.work, repeat=ctx.args.repeat
    )
    backup, cp = r["backup_verified_s"], r["cp_s"]
    restore, cp_restore = r["restore_s"], r["cp_restore_s"]
    n = f"median of {r['repeat']}"
    return [
        Figure("backup.db_mb", "Database backed up", round(r["db_mb"], 1), "MB"),
        Figure(
            "backup.verified_s",
            "Backup (checkpoint, copy under the write lock, fsync, read back against the hash)",
            round(backup, 2),
            "s",
            n,
        ),
        Figure("backup.cp_sync_s", "cp + sync of the same file", round(cp, 2), "s", n),
        Figure("backup.ratio", "backup / (cp + sync)", round(backup / cp, 1) if cp else None, "×"),
        Figure(
            "backup.restore_s", "Restore (verified) into a new file", round(restore, 2), "s", n
        ),
        Figure("backup.cp_sync_restore_s", "cp + sync of the backup", round(cp_restore, 2), "s", n),
        Figure(
            "backup.restore_ratio",
            "restore / (cp + sync)",
            round(restore / cp_restore, 1) if cp_restore else None,
            "×",
        ),
        Figure(
            "backup.integrity_check_s",
            "Full integrity check of the backup (scheduled, 256 MB cache)",
            round(r["integrity_check_s"], 2),
            "s",
        ),
    ]


def bench_search(ctx: Context) -> list[Figure]:
    """Issue 5: note search on the big database, and a family with 1,000 sessions.

    Runs last: it adds the family "BENCH-1000" (1,000 sessions) to the big database.
    """
    if not ctx.big_db.exists():
        raise Skip("no demo database (run the demo section first)")
    import bench_search as module

    r = module.bench_search(db=ctx.big_db, passphrase=PASSPHRASE)
    mix = f"{r['queries']} queries × {module.REPEATS}"
    out = [Figure("search.sessions", "Sessions searched (demo + BENCH-1000)", r["sessions"])]
    rows = (
        ("search_newest", "Search: default (newest first, 50 hits, snippets)", mix),
        ("search_rank", "Search: order by relevance (order='rank')", mix),
        ("naive_order_by_rank", "Naive FTS5: MATCH … ORDER BY rank LIMIT 50", mix),
        ("search_one_family_common_word", "Search in one family (1,000 sessions), common word", ""),
        ("open_family_1000", "Open a family with 1,000 sessions (count + first 100)", "20 runs"),
        ("timeline_page_at_900", "Timeline page at offset 900", "20 runs"),
    )
    for key, label, note in rows:
        f = r[key]
        assert isinstance(f, dict)
        out.append(_ms_figure(f"search.{key}.median_ms", f"{label}, median", f["median_ms"], note))
        out.append(_ms_figure(f"search.{key}.p95_ms", f"{label}, 95th pct.", f["p95_ms"]))
    slowest = r["slowest_queries_newest_ms"]
    assert isinstance(slowest, dict)
    for q, ms in slowest.items():
        out.append(_ms_figure(f"search.slowest[{q}]_ms", f"  slow query “{q}” (default order)", ms))
    return out


#: The sections, in the order they run; later ones use earlier ones' files.
#: ``search`` goes last: it adds a 1,000-session family to the big database.
BENCHMARKS: list[tuple[str, Callable[[Context], list[Figure]]]] = [
    ("baseline", bench_baseline),
    ("demo", bench_demo),
    ("export", bench_export),
    ("import", bench_import),
    ("gui-start", bench_gui_start),
    ("families-list", bench_families_list),
    ("plan-pdf", bench_plan_pdf),
    ("status-report", bench_status_report),
    ("backup", bench_backup),
    ("search", bench_search),
]


# --- running and reporting ------------------------------------------------------------------


def _machine() -> dict[str, object]:
    info: dict[str, object] = {
        "python": platform.python_version(),
        "platform": platform.platform(),
        "cpus": os.cpu_count(),
    }
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as fh:
            for line in fh:
                if line.startswith("model name"):
                    info["cpu"] = line.split(":", 1)[1].strip()
                    break
        with open("/proc/meminfo", encoding="utf-8") as fh:
            info["memory_gb"] = round(int(fh.readline().split()[1]) / 1024 / 1024, 1)
    except OSError:
        pass
    try:
        import sqlcipher3

        info["sqlcipher"] = sqlcipher3.sqlite_version
    except (ImportError, AttributeError):
        pass
    try:
        import PySide6

        info["pyside6"] = PySide6.__version__
    except ImportError:
        pass
    return info


def _environment(work: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.pop("FAMDESK_INSECURE_TEST_KDF_ITER", None)  # production key derivation
    env.update(
        {
            "FAMDESK_PASSPHRASE": PASSPHRASE,
            "FAMDESK_USER": "benchmark",
            "FAMDESK_DATA_DIR": str(work / "data"),
            "FAMDESK_CONFIG_DIR": str(work / "config"),
            "XDG_CONFIG_HOME": str(work / "xdg-config"),
            "XDG_DATA_HOME": str(work / "xdg-data"),
            "QT_QPA_PLATFORM": "offscreen",
            "PYTHONPATH": str(ROOT) + os.pathsep + env.get("PYTHONPATH", ""),
        }
    )
    return env


def _print_table(figures: list[Figure], skipped: list[tuple[str, str]]) -> None:
    width = max((len(f.label) for f in figures), default=10)
    for f in figures:
        value = "—" if f.value is None else f"{f.value:,}".replace(",", " ")
        note = f"  ({f.note})" if f.note else ""
        print(f"{f.label:<{width}}  {value:>10} {f.unit:<2}{note}")
    for name, why in skipped:
        print(f"[{name}] skipped: {why}")


def _print_columns(columns: list[tuple[str, list[Figure]]], skipped: list[tuple[str, str]]) -> None:
    """The same figures for several databases, one column each, with the ratio last / first."""
    by_key = [{f.key: f for f in figs} for _name, figs in columns]
    keys = list(dict.fromkeys(f.key for _name, figs in columns for f in figs))
    labels = {f.key: f for _name, figs in columns for f in figs}
    width = max((len(labels[k].label) for k in keys), default=10)
    head = "".join(f"{name[:14]:>16}" for name, _f in columns)
    print(f"{'':<{width}}  {head}   last/first")
    for k in keys:
        cells, values = [], []
        for figs in by_key:
            f = figs.get(k)
            values.append(f.value if f else None)
            cells.append("—" if f is None or f.value is None else f"{f.value:,}".replace(",", " "))
        first, last = values[0], values[-1]
        ratio = (
            f"{last / first:.2f}×"
            if isinstance(first, (int, float)) and isinstance(last, (int, float)) and first
            else ""
        )
        row = "".join(f"{c:>14} {labels[k].unit:<1}" for c in cells)
        print(f"{labels[k].label:<{width}}  {row}   {ratio}")
    for name, why in skipped:
        print(f"[{name}] skipped: {why}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--families", type=int, default=2000)
    parser.add_argument("--sessions-per-family", type=int, default=50)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--repeat", type=int, default=3, help="GUI starts to take the median of")
    parser.add_argument("--out", type=Path, help="folder for figures.json and the work files")
    parser.add_argument(
        "--only", help="comma-separated sections: " + ", ".join(n for n, _ in BENCHMARKS)
    )
    parser.add_argument("--keep", action="store_true", help="keep the databases and JSON export")
    parser.add_argument(
        "--db",
        type=Path,
        action="append",
        help=(
            "measure this existing demo database instead of generating one (give it twice, "
            "e.g. 100k and 1M sessions, for two columns side by side in one run; 'search' "
            "adds a 1,000-session family to it)"
        ),
    )
    parser.add_argument(
        "--typing",
        type=float,
        default=2.0,
        help="seconds the worker takes to type the passphrase in the unlock dialog",
    )
    args = parser.parse_args(argv)

    os.environ.pop("FAMDESK_INSECURE_TEST_KDF_ITER", None)
    out = args.out or Path(tempfile.mkdtemp(prefix="famdesk-bench-"))
    out.mkdir(parents=True, exist_ok=True)
    work = out / "work"
    work.mkdir(exist_ok=True)
    wanted = set(args.only.split(",")) if args.only else {n for n, _ in BENCHMARKS}
    unknown = wanted - {n for n, _ in BENCHMARKS}
    if unknown:
        parser.error(f"unknown section(s): {', '.join(sorted(unknown))}")

    load_before = list(os.getloadavg())
    columns: list[tuple[str, list[Figure]]] = []
    skipped: list[tuple[str, str]] = []
    failed = False
    section_load: dict[str, float] = {}
    for db in args.db or [None]:
        ctx = Context(args=args, work=work, env=_environment(work), given_db=db)
        what = (
            f"{db}"
            if db
            else f"{args.families} families × {args.sessions_per_family} sessions, seed {args.seed}"
        )
        print(f"famdesk benchmark: {what}; work files in {work}", flush=True)
        figures: list[Figure] = []
        for name, bench in BENCHMARKS:
            if name not in wanted or (db is not None and name == "demo"):
                continue
            print(f"… {name}", flush=True)
            try:
                figures.extend(bench(ctx))
            except Skip as exc:
                skipped.append((name, str(exc)))
            except Exception as exc:  # one broken section must not lose the others' figures
                skipped.append((name, f"FAILED: {type(exc).__name__}: {exc}"))
                failed = True
            section_load[f"{what}: {name}"] = round(os.getloadavg()[0], 2)
            print(f"  done at load average {os.getloadavg()[0]:.2f}", flush=True)
        columns.append((db.name if db else "demo", figures))
    print()
    if len(columns) == 1:
        _print_table(columns[0][1], skipped)
    else:
        _print_columns(columns, skipped)
    print(f"load average (1, 5, 15 min) before {load_before}, after {list(os.getloadavg())}")
    result = {
        "measured_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "arguments": {
            "families": args.families,
            "sessions_per_family": args.sessions_per_family,
            "seed": args.seed,
            "repeat": args.repeat,
            "typing": args.typing,
            "db": [str(d) for d in args.db or []],
        },
        "machine": dict(
            _machine(),
            load_before=load_before,
            load_after=list(os.getloadavg()),
            load_after_each_section=section_load,
        ),
        "figures": [asdict(f) for f in columns[0][1]],
        "columns": {name: [asdict(f) for f in figs] for name, figs in columns},
        "skipped": [{"section": n, "reason": why} for n, why in skipped],
    }
    figures_path = out / "figures.json"
    figures_path.write_text(
        json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    print(f"\nfigures written to {figures_path}")
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
