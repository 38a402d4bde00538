"""Kill -9 while a store is created or upgraded, at many points: no file, or a file that opens.

A driver process (``kill_points.py``) forks a child per kill point; the child
counts its events (each SQL statement SQLite starts, each fsync, rename and
unlink) and sends itself SIGKILL as event N begins. Every child must really
die of SIGKILL; then the path is opened as the next start would open it.

By default every fifth event and each of the last 25 (the commit, the flush,
the rename) are kill points; ``FAMDESK_KILL_EVERY_POINT=1`` kills at every one.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import select

from famdesk.db import migrate
from famdesk.db.check import check_store
from famdesk.db.engine import key_connection
from famdesk.db.models import ContactSession, Goal
from famdesk.db.store import open_store, store_info
from tests.db.frozen_stores import rekeyed_frozen

DRIVER = Path(__file__).with_name("kill_points.py")
EVERY_POINT_ENV = "FAMDESK_KILL_EVERY_POINT"

pytestmark = [
    pytest.mark.skipif(sys.platform == "win32", reason="fork and SIGKILL are POSIX"),
    pytest.mark.slow,
]


def _env(passphrase: str) -> dict[str, str]:
    env = dict(os.environ)
    env["FAMDESK_PASSPHRASE"] = passphrase
    env["PYTHONPATH"] = (
        str(Path(__file__).resolve().parents[2]) + os.pathsep + env.get("PYTHONPATH", "")
    )
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    return env


def _drive(mode: str, folder: Path, source: str, points: list[int], passphrase: str) -> dict:
    result = subprocess.run(
        [sys.executable, str(DRIVER), mode, str(folder), source, *map(str, points)],
        capture_output=True,
        text=True,
        env=_env(passphrase),
        timeout=900,
    )
    assert result.returncode == 0, result.stderr
    outcomes = {}
    for line in result.stdout.splitlines():
        n, outcome = line.split(" ", 1)
        outcomes[int(n)] = outcome
    assert sorted(outcomes) == sorted(points), result.stdout
    return outcomes


def _kill_points(mode: str, folder: Path, source: str, passphrase: str) -> list[int]:
    """Count the operation's events (one run without a kill), then choose where to kill."""
    (counted,) = _drive(mode, folder, source, [0], passphrase).values()
    assert counted.startswith("done "), counted
    total = int(counted.split()[1])
    assert total > 50, f"only {total} events: is the driver still counting?"
    if os.environ.get(EVERY_POINT_ENV) == "1":
        return list(range(1, total + 1))
    return sorted(set(range(1, total + 1, 5)) | set(range(max(1, total - 24), total + 1)))


def _hidden_leftovers(path: Path) -> list[Path]:
    return sorted(path.parent.glob(f".{path.name}.*"))


def _famdesk_check(path: Path, passphrase: str) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "famdesk", "check", "--db", str(path)],
        capture_output=True,
        text=True,
        env=_env(passphrase),
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "integrity: ok" in result.stdout


def test_a_kill_at_any_point_of_creation_leaves_no_file_or_a_whole_store(
    tmp_path: Path, passphrase: str
) -> None:
    points = _kill_points("create", tmp_path, "-", passphrase)
    outcomes = _drive("create", tmp_path, "-", points, passphrase)
    assert set(outcomes.values()) == {"killed"}, outcomes
    absent, present, leftovers = [], [], 0
    for n in points:
        path = tmp_path / f"k{n}.famdesk"
        leftovers += bool(_hidden_leftovers(path))
        if path.exists():
            present.append(path)
            with open_store(path, passphrase) as store:
                assert check_store(store).ok, (n, check_store(store).lines)
                assert {"store_uid", "created_at"} <= set(store_info(store))
        else:
            absent.append(path)
            # The next creation at that path works (it was refused forever before).
            open_store(path, passphrase, create=True).close()
        assert _hidden_leftovers(path) == [], f"kill point {n}: leftovers not removed"
    # Both sides of the rename were hit, and some kills left a half-made hidden file.
    assert absent and present and leftovers, (len(absent), len(present), leftovers)
    _famdesk_check(present[0], passphrase)
    _famdesk_check(absent[-1], passphrase)


@pytest.fixture
def old_store(tmp_path: Path, passphrase: str) -> Path:
    """The frozen revision-0001 store: its upgrade runs every migration (a table rebuild too)."""
    (tmp_path / "source").mkdir()
    return rekeyed_frozen("0001", tmp_path / "source" / "rev0001.famdesk", passphrase)


def _revision_and_tables(path: Path, passphrase: str) -> tuple[str, set[str]]:
    conn = sqlcipher.connect(str(path))
    try:
        key_connection(conn, passphrase)
        (revision,) = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    finally:
        conn.close()
    return revision, tables


def test_a_kill_at_any_point_of_an_upgrade_leaves_the_old_or_the_new_schema(
    tmp_path: Path, old_store: Path, passphrase: str
) -> None:
    folder = tmp_path / "kills"
    folder.mkdir()
    head = migrate.head_revision()
    points = _kill_points("upgrade", folder, str(old_store), passphrase)
    outcomes = _drive("upgrade", folder, str(old_store), points, passphrase)
    assert set(outcomes.values()) == {"killed"}, outcomes
    seen: dict[str, int] = {}
    by_command = points[len(points) // 2]
    for n in points:
        path = folder / f"k{n}.famdesk"
        # As the kill left it: one revision or the other, never a half-rebuilt table.
        revision, tables = _revision_and_tables(path, passphrase)
        assert revision in ("0001", head), (n, revision)
        assert not [t for t in tables if t.startswith("_alembic_tmp_")], (n, tables)
        seen[revision] = seen.get(revision, 0) + 1
        if n == by_command:
            _famdesk_check(path, passphrase)  # as a user would run it, on the killed file
        # The next start: upgrades if need be, and everything is there.
        with open_store(path, passphrase) as store:
            assert check_store(store).ok, (n, check_store(store).lines)
            with store.read_session() as s:
                goal = s.scalars(select(Goal)).one()
                assert goal.title == "Faste sengetider"
                assert [st.text for st in goal.steps] == ["Aftenritual på køleskabet"]
                notes = s.scalars(select(ContactSession.notes)).one()
                assert notes == "Frozen note: børnehaven ringede"
        assert not list(folder.glob(f".{path.name}.*")), f"kill point {n}: leftovers"
    assert seen.get("0001") and seen.get(head), seen
