"""A disk that fills up during a write or a backup: a clear error, a sound store, intact backups.

The full disk is injected with ``RLIMIT_FSIZE`` in a child process (SIGXFSZ
ignored, so the write fails with EFBIG instead of killing the process).
"""

from __future__ import annotations

import os
import resource
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select

from famdesk.core.backups import list_backups, make_backup
from famdesk.db.backup import verify_file
from famdesk.db.check import check_store
from famdesk.db.models import ContactSession
from famdesk.db.store import open_store
from tests.db.backup_fixtures import add_family

WRITER = Path(__file__).with_name("crash_writer.py")

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="RLIMIT_FSIZE is POSIX")


def _env(passphrase: str) -> dict[str, str]:
    env = dict(os.environ)
    env["FAMDESK_PASSPHRASE"] = passphrase
    env["PYTHONPATH"] = (
        str(Path(__file__).resolve().parents[2]) + os.pathsep + env.get("PYTHONPATH", "")
    )
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    return env


@pytest.fixture
def prepared(db_path: Path, passphrase: str, tmp_path: Path) -> tuple[Path, Path]:
    """A store with a family and one good, older backup."""
    with open_store(db_path, passphrase, create=True) as store:
        add_family(store)
        older = make_backup(store, tmp_path / "backups").path
    return db_path, older


def _sessions(db: Path, passphrase: str) -> int:
    with open_store(db, passphrase) as store:
        assert check_store(store).ok, check_store(store).lines
        with store.read_session() as s:
            return int(s.scalar(select(func.count(ContactSession.id))) or 0)


def test_disk_full_during_writes(prepared: tuple[Path, Path], passphrase: str) -> None:
    db, _ = prepared
    limit = db.stat().st_size + 300_000
    result = subprocess.run(
        [sys.executable, str(WRITER), str(db), "fill", str(limit)],
        capture_output=True,
        text=True,
        env=_env(passphrase),
        timeout=120,
    )
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr + result.stdout
    last = result.stdout.strip().splitlines()[-1]
    assert last.startswith("error: disk full or file too large")
    acknowledged = sum(1 for line in result.stdout.splitlines() if line.startswith("ack "))
    assert acknowledged >= 1
    # The store is sound and holds every write that was acknowledged (plus the fixture's one).
    assert _sessions(db, passphrase) == acknowledged + 1


def test_disk_full_during_a_backup(
    prepared: tuple[Path, Path], passphrase: str, tmp_path: Path
) -> None:
    db, older = prepared
    folder = older.parent
    before = older.read_bytes()
    limit = db.stat().st_size // 2
    result = subprocess.run(
        [sys.executable, str(WRITER), str(db), "backup", str(limit), str(folder)],
        capture_output=True,
        text=True,
        env=_env(passphrase),
        timeout=120,
    )
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr + result.stdout
    assert "disk full or file too large" in result.stdout
    # Nothing half-written under a backup's name; the older backup untouched and sound.
    assert [b.path for b in list_backups(folder)] == [older]
    assert sorted(p.name for p in folder.iterdir()) == sorted([older.name, older.name + ".json"])
    assert older.read_bytes() == before
    assert list_backups(folder)[0].verified
    assert verify_file(older, passphrase)["family"] == 1
    assert _sessions(db, passphrase) == 1


def _limit_file_size(limit: int) -> None:
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))


def test_cli_backup_on_a_full_disk_exits_1_with_a_clear_line(
    prepared: tuple[Path, Path], passphrase: str
) -> None:
    db, older = prepared
    limit = db.stat().st_size // 2
    result = subprocess.run(
        [sys.executable, "-m", "famdesk", "backup", "--db", str(db), "--to", str(older.parent)],
        capture_output=True,
        text=True,
        env=_env(passphrase),
        timeout=120,
        preexec_fn=lambda: _limit_file_size(limit),  # noqa: PLW1509 - test-only injection
    )
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "disk full or file too large" in lines[0]
    assert [b.path for b in list_backups(older.parent)] == [older]
    assert _sessions(db, passphrase) == 1


def test_a_full_disk_while_a_store_is_created_leaves_no_file_or_a_working_one(
    tmp_path: Path, passphrase: str
) -> None:
    """``famdesk demo`` into a new path with the disk filling at sizes from nothing to past
    the new store: each time, either nothing at the path or a store that passes the check.
    """
    absent, working = [], []
    for limit in (0, 8_192, 100_000, 300_000, 600_000):
        db = tmp_path / f"new-{limit}.famdesk"
        result = subprocess.run(
            [sys.executable, "-m", "famdesk", "demo", "--db", str(db), "--families", "20"],
            capture_output=True,
            text=True,
            env=_env(passphrase),
            timeout=120,
            preexec_fn=lambda limit=limit: _limit_file_size(limit),  # noqa: PLW1509
        )
        assert result.returncode == 1, (limit, result.stdout, result.stderr)
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and "Traceback" not in result.stderr, result.stderr
        assert "disk full or file too large" in lines[0]
        assert not list(tmp_path.glob(f".{db.name}.*")), "a hidden half-made store was left"
        if db.exists():
            working.append(limit)
            assert _sessions(db, passphrase) == 0  # opens, passes the check
        else:
            absent.append(limit)
            assert lines[0].startswith(f"famdesk: could not create {db}: disk full")
            assert lines[0].endswith("nothing was created")
    assert absent and working, (absent, working)
