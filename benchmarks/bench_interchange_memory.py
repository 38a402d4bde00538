"""Peak memory of `famdesk export` and `famdesk import` as the store grows (issue 12, item 3).

    python benchmarks/bench_interchange_memory.py [--sizes 2000x50,4000x50] [--old COMMIT]
                                                  [--out FILE.json] [--keep DIR]

For each size (families × sessions per family) a demo store is made with
`famdesk demo`, then exported with `famdesk export` and the export imported
into a new file with `famdesk import` — each a child process from start to
exit, whose peak resident set (`wait4`'s `ru_maxrss`: the interpreter,
SQLAlchemy, the SQLCipher page cache and the JSON in flight, all of it) and
wall time are recorded. With `--old COMMIT`, the same export and import run
with that commit's code (checked out into a temporary git worktree) on the
same store, beside the new figures. Production key derivation is used.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PASSPHRASE = "benchmark passphrase for interchange memory"


@dataclass
class Measured:
    size: str
    code: str
    step: str
    seconds: float
    peak_mb: float
    file_mb: float


def _env(work: Path, code_root: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.pop("FAMDESK_INSECURE_TEST_KDF_ITER", None)
    env.update(
        {
            "FAMDESK_PASSPHRASE": PASSPHRASE,
            "FAMDESK_USER": "benchmark",
            "FAMDESK_DATA_DIR": str(work / "data"),
            "FAMDESK_CONFIG_DIR": str(work / "config"),
            "PYTHONPATH": str(code_root),
        }
    )
    return env


def _run(argv: list[str], env: dict[str, str], cwd: Path) -> tuple[float, float]:
    """Wall seconds and peak resident MB of one child process; raises if it fails."""
    with tempfile.TemporaryFile() as err:
        t0 = time.perf_counter()
        proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=err, env=env, cwd=cwd)
        _, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - t0
        if os.waitstatus_to_exitcode(status) != 0:
            err.seek(0)
            raise RuntimeError(f"{' '.join(argv[2:4])} failed: {err.read().decode()[-400:]}")
    return seconds, usage.ru_maxrss / 1024


def _famdesk(code_root: Path, work: Path, *args: str) -> tuple[float, float]:
    return _run([sys.executable, "-m", "famdesk", *args], _env(work, code_root), code_root)


def measure(sizes: list[tuple[int, int]], old: str | None, keep: Path | None) -> list[Measured]:
    work = keep or Path(tempfile.mkdtemp(prefix="famdesk-interchange-memory-"))
    work.mkdir(parents=True, exist_ok=True)
    codes: list[tuple[str, Path]] = [("new", ROOT)]
    old_tree = work / "old-code"
    if old is not None:
        if not old_tree.exists():
            subprocess.run(
                ["git", "-C", str(ROOT), "worktree", "add", "--detach", str(old_tree), old],
                check=True,
                capture_output=True,
            )
        codes.append((f"old {old[:10]}", old_tree))
    out: list[Measured] = []
    try:
        for families, per_family in sizes:
            size = f"{families * per_family:,} sessions"
            db = work / f"demo-{families}x{per_family}.famdesk"
            if not db.exists():
                _famdesk(
                    ROOT, work, "demo", "--db", str(db), "--families", str(families),
                    "--sessions-per-family", str(per_family),
                )  # fmt: skip
            for code, code_root in codes:
                tag = code.split()[0]
                exported = work / f"export-{tag}-{families}x{per_family}.json"
                target = work / f"import-{tag}-{families}x{per_family}.famdesk"
                for p in (exported, target):
                    p.unlink(missing_ok=True)
                seconds, peak = _famdesk(code_root, work, "export", "--db", str(db), "--out",
                                         str(exported))  # fmt: skip
                file_mb = exported.stat().st_size / 1e6
                out.append(Measured(size, code, "export", seconds, peak, file_mb))
                print(out[-1], flush=True)
                seconds, peak = _famdesk(code_root, work, "import", str(exported), "--db",
                                         str(target))  # fmt: skip
                out.append(Measured(size, code, "import", seconds, peak, file_mb))
                print(out[-1], flush=True)
                if keep is None:
                    exported.unlink()
                    target.unlink()
    finally:
        if old is not None and old_tree.exists() and keep is None:
            subprocess.run(
                ["git", "-C", str(ROOT), "worktree", "remove", "--force", str(old_tree)],
                check=False,
                capture_output=True,
            )
        if keep is None:
            shutil.rmtree(work, ignore_errors=True)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="2000x50", help="FAMILIESxSESSIONS, comma-separated")
    parser.add_argument("--old", help="also measure this commit's code on the same stores")
    parser.add_argument("--out", type=Path, help="write the figures as JSON here")
    parser.add_argument("--keep", type=Path, help="work in (and keep) this folder")
    args = parser.parse_args(argv)
    sizes = [tuple(int(n) for n in s.split("x")) for s in args.sizes.split(",")]
    figures = measure(sizes, args.old, args.keep)  # type: ignore[arg-type]
    print(f"\n{'size':>18} {'code':>18} {'step':>7} {'seconds':>8} {'peak MB':>8} {'file MB':>8}")
    for f in figures:
        print(
            f"{f.size:>18} {f.code:>18} {f.step:>7} {f.seconds:8.1f} {f.peak_mb:8.0f} "
            f"{f.file_mb:8.1f}"
        )
    if args.out:
        load = os.getloadavg()[0]
        args.out.write_text(
            json.dumps({"load_1min": load, "figures": [asdict(f) for f in figures]}, indent=2)
            + "\n"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
