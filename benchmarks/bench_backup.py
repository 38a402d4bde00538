"""Backup and restore of a large store, beside ``cp`` + ``sync`` of the same file, same run.

Run on its own: ``python benchmarks/bench_backup.py [--db EXISTING.db] [--families N]``;
or call ``bench_backup(...)`` from the benchmark runner, which returns the figures.
The passphrase comes from FAMDESK_PASSPHRASE (default: a fixed benchmark one).

Like for like: the reference copies the same file into the same folder and
flushes it to the disk (``cp`` then ``sync FILE``), since a backup that is not
on the disk is not a backup. Each repeat runs the reference, the backup, the
reference for the restore and the restore back to back, so all four see the
same load; the figures are medians over the repeats. What each one includes:

- **backup** (``make_backup``): WAL checkpoint, write lock, kernel copy and
  BLAKE3 hash of the source, ``fsync``, read-back and hash compare, the copy
  opened with the key (one key derivation) and its rows counted, rename,
  the JSON record and the audit line;
- **restore** (``famdesk.core.backups.restore`` into a new file): the backup
  hashed against its record and opened with the key, bytes copied, ``fsync``,
  read back and compared, rename, then the restored store opened (its own key
  derivations) to write the audit line;
- **full integrity check** (``check_backup``): SQLite's ``integrity_check``
  over the backup with a 256 MB page cache; it runs on a schedule, never
  inside a backup.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from famdesk.core.backups import check_backup, make_backup, restore
from famdesk.db.store import open_store

DEFAULT_PASSPHRASE = "benchmark passphrase, fictitious data"


def _make_demo(db: Path, passphrase: str, families: int, sessions_per_family: int) -> None:
    from famdesk.core.demo import create_demo

    with open_store(db, passphrase, create=True) as store:
        create_demo(store, families=families, sessions_per_family=sessions_per_family, seed=1)


def cp_and_sync(source: Path, dest: Path) -> float:
    """Seconds for ``cp SOURCE DEST`` followed by ``sync DEST`` (coreutils)."""
    t0 = time.perf_counter()
    if shutil.which("cp") and shutil.which("sync"):
        subprocess.run(["cp", str(source), str(dest)], check=True)
        subprocess.run(["sync", str(dest)], check=True)
    else:  # pragma: no cover - Windows
        shutil.copyfile(source, dest)
        with dest.open("rb+") as fh:
            os.fsync(fh.fileno())
    return time.perf_counter() - t0


def bench_backup(
    db: Path | None = None,
    *,
    families: int = 400,
    sessions_per_family: int = 50,
    passphrase: str | None = None,
    work_dir: Path | None = None,
    repeat: int = 3,
) -> dict[str, float]:
    """Median seconds for backup, restore and their ``cp`` + ``sync`` references; plus sizes."""
    passphrase = passphrase or os.environ.get("FAMDESK_PASSPHRASE", DEFAULT_PASSPHRASE)
    runs: dict[str, list[float]] = {"backup": [], "cp": [], "restore": [], "cp_restore": []}
    with tempfile.TemporaryDirectory(dir=work_dir) as tmp_text:
        tmp = Path(tmp_text)
        if db is None:
            db = tmp / "large-demo.db"
            _make_demo(db, passphrase, families, sessions_per_family)
        folder = tmp / "backups"
        folder.mkdir()
        last = None
        for i in range(repeat):
            plain = folder / f"plain-copy-{i}.db"
            runs["cp"].append(cp_and_sync(db, plain))
            plain.unlink()
            with open_store(db, passphrase) as store:
                t0 = time.perf_counter()
                info = make_backup(store, folder, reason="benchmark", prune=False)
                runs["backup"].append(time.perf_counter() - t0)
            if last is not None:
                for p in (last.path, last.path.with_name(last.path.name + ".json")):
                    p.unlink()
            last = info
            target = tmp / f"restored-{i}.db"
            runs["cp_restore"].append(cp_and_sync(info.path, tmp / "plain-restore.db"))
            (tmp / "plain-restore.db").unlink()
            t0 = time.perf_counter()
            restore(info.path, target, passphrase)
            runs["restore"].append(time.perf_counter() - t0)
            for p in tmp.glob(f"restored-{i}.db*"):
                p.unlink()
        assert last is not None
        t0 = time.perf_counter()
        result = check_backup(last, passphrase)
        check_s = time.perf_counter() - t0
        assert result == "ok", result
        return {
            "db_mb": db.stat().st_size / 1e6,
            "backup_mb": last.size / 1e6,
            "backup_verified_s": statistics.median(runs["backup"]),
            "cp_s": statistics.median(runs["cp"]),
            "restore_s": statistics.median(runs["restore"]),
            "cp_restore_s": statistics.median(runs["cp_restore"]),
            "integrity_check_s": check_s,
            "repeat": repeat,
        }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--db", type=Path, help="an existing database (default: make the large demo)"
    )
    parser.add_argument("--families", type=int, default=400)
    parser.add_argument("--sessions-per-family", type=int, default=50)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    f = bench_backup(
        args.db,
        families=args.families,
        sessions_per_family=args.sessions_per_family,
        repeat=args.repeat,
    )
    print(f"database size                {f['db_mb']:8.1f} MB")
    print(f"verified backup              {f['backup_verified_s']:8.2f} s")
    print(f"cp + sync of the same file   {f['cp_s']:8.2f} s")
    print(f"backup / (cp + sync)         {f['backup_verified_s'] / f['cp_s']:8.1f} x")
    print(f"restore into a new file      {f['restore_s']:8.2f} s")
    print(f"cp + sync of the backup      {f['cp_restore_s']:8.2f} s")
    print(f"restore / (cp + sync)        {f['restore_s'] / f['cp_restore_s']:8.1f} x")
    print(f"full integrity check (sched.) {f['integrity_check_s']:7.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
