"""Kill -9 in the middle of writing, again and again: every acknowledged write survives.

A writer process commits one record per transaction and acknowledges each
only after the commit returned. It is killed with SIGKILL at a random moment,
at least 20 times; after each kill the store passes ``check`` and holds every
acknowledged record.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import select

from famdesk.db.check import check_store
from famdesk.db.models import Family
from famdesk.db.store import open_store

WRITER = Path(__file__).with_name("crash_writer.py")
KILLS = 20

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")


def _env(passphrase: str) -> dict[str, str]:
    env = dict(os.environ)
    env["FAMDESK_PASSPHRASE"] = passphrase
    env["PYTHONPATH"] = (
        str(Path(__file__).resolve().parents[2]) + os.pathsep + env.get("PYTHONPATH", "")
    )
    return env


def test_every_acknowledged_write_survives_sigkill(db_path: Path, passphrase: str) -> None:
    rng = random.Random(20261127)
    acknowledged: set[str] = set()
    env = _env(passphrase)
    for round_no in range(KILLS):
        proc = subprocess.Popen(
            [sys.executable, str(WRITER), str(db_path), "loop"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        assert proc.stdout is not None
        wanted = rng.randint(1, 25)
        got = 0
        try:
            while got < wanted:
                line = proc.stdout.readline()
                assert line, f"writer died early: {proc.stderr.read() if proc.stderr else ''}"
                if line.startswith("ack "):
                    acknowledged.add(line.split()[1])
                    got += 1
            time.sleep(rng.uniform(0, 0.02))  # land the kill at a random point of a write
            proc.send_signal(signal.SIGKILL)
            # Acknowledgements already in the pipe were printed after a commit.
            for line in proc.stdout:
                if line.startswith("ack "):
                    acknowledged.add(line.split()[1])
        finally:
            proc.kill()
            proc.wait()
        assert proc.returncode == -signal.SIGKILL, f"round {round_no}: writer was not killed"
        with open_store(db_path, passphrase) as store:
            report = check_store(store)
            assert report.ok, report.lines
            with store.read_session() as s:
                present = set(s.scalars(select(Family.uid)))
        missing = acknowledged - present
        assert not missing, f"round {round_no}: {len(missing)} acknowledged writes lost"
    assert len(acknowledged) >= KILLS


def test_famdesk_check_passes_after_a_kill(db_path: Path, passphrase: str) -> None:
    """The same, once, through the command a user would run."""
    env = _env(passphrase)
    proc = subprocess.Popen(
        [sys.executable, str(WRITER), str(db_path), "loop"],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert proc.stdout is not None
    for _ in range(5):
        assert proc.stdout.readline().startswith("ack ")
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    result = subprocess.run(
        [sys.executable, "-m", "famdesk", "check", "--db", str(db_path)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "integrity: ok" in result.stdout
