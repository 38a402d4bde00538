"""Backup and restore time for the large demo database, beside ``cp`` of the same file.

Run on its own: ``python benchmarks/bench_backup.py [--db EXISTING.db] [--families N]``;
or call ``bench_backup(...)`` from the benchmark runner, which returns the figures.
The passphrase comes from FAMDESK_PASSPHRASE (default: a fixed benchmark one).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from famdesk.core.backups import make_backup
from famdesk.db.restore import restore_backup
from famdesk.db.store import open_store

DEFAULT_PASSPHRASE = "benchmark passphrase, fictitious data"


def _make_demo(db: Path, passphrase: str, families: int, sessions_per_family: int) -> None:
    from famdesk.core.demo import create_demo

    with open_store(db, passphrase, create=True) as store:
        create_demo(store, families=families, sessions_per_family=sessions_per_family, seed=1)


def bench_backup(
    db: Path | None = None,
    *,
    families: int = 400,
    sessions_per_family: int = 50,
    passphrase: str | None = None,
    work_dir: Path | None = None,
) -> dict[str, float]:
    """Seconds for: a verified backup, ``cp`` of the same file, and a restore; plus the size."""
    passphrase = passphrase or os.environ.get("FAMDESK_PASSPHRASE", DEFAULT_PASSPHRASE)
    with tempfile.TemporaryDirectory(dir=work_dir) as tmp_text:
        tmp = Path(tmp_text)
        if db is None:
            db = tmp / "large-demo.db"
            _make_demo(db, passphrase, families, sessions_per_family)
        with open_store(db, passphrase) as store:
            t0 = time.perf_counter()
            info = make_backup(store, tmp / "backups", reason="benchmark", prune=False)
            backup_s = time.perf_counter() - t0
        t0 = time.perf_counter()
        if shutil.which("cp"):
            subprocess.run(["cp", str(db), str(tmp / "plain-copy.db")], check=True)
        else:  # pragma: no cover - Windows
            shutil.copyfile(db, tmp / "plain-copy.db")
        cp_s = time.perf_counter() - t0
        target = tmp / "restored.db"
        t0 = time.perf_counter()
        restore_backup(info.path, target, passphrase)
        restore_s = time.perf_counter() - t0
        return {
            "db_mb": db.stat().st_size / 1e6,
            "backup_verified_s": backup_s,
            "cp_s": cp_s,
            "restore_s": restore_s,
        }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--db", type=Path, help="an existing database (default: make the large demo)"
    )
    parser.add_argument("--families", type=int, default=400)
    parser.add_argument("--sessions-per-family", type=int, default=50)
    args = parser.parse_args(argv)
    figures = bench_backup(
        args.db, families=args.families, sessions_per_family=args.sessions_per_family
    )
    print(f"database size         {figures['db_mb']:8.1f} MB")
    print(f"verified backup       {figures['backup_verified_s']:8.2f} s")
    print(f"cp of the same file   {figures['cp_s']:8.2f} s")
    print(f"restore (verified)    {figures['restore_s']:8.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
