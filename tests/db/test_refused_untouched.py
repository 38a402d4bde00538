"""``famdesk check`` (and any opening) leaves a file it refuses exactly as it was.

Before it knows a file is a famdesk store, famdesk reads it only through a
read-only connection: no journal-mode switch rewriting page 1, no lock file,
no WAL or shared-memory file beside it.
"""

from __future__ import annotations

import os
import random
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
import sqlcipher3.dbapi2 as sqlcipher

from famdesk.db.engine import key_connection


def _plain_sqlite(path: Path, _passphrase: str) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t(x)")
    conn.execute("INSERT INTO t VALUES (1)")
    conn.commit()
    conn.close()


def _random_pages(path: Path, _passphrase: str) -> None:
    # Whole 4 KiB pages of noise: told apart from a store only by trying the key.
    path.write_bytes(random.Random(12).randbytes(3 * 4096))


def _encrypted(tables: tuple[str, ...]):  # type: ignore[no-untyped-def]
    def make(path: Path, passphrase: str) -> None:
        conn = sqlcipher.connect(str(path))
        key_connection(conn, passphrase)
        conn.execute("PRAGMA user_version = 7")  # writes page 1: a file, without tables
        for table in tables:
            conn.execute(f"CREATE TABLE {table}(x)")
        conn.commit()
        conn.close()

    return make


@pytest.mark.parametrize(
    ("make", "says"),
    [
        (_plain_sqlite, "unencrypted SQLite file"),
        (_random_pages, "wrong passphrase"),
        (_encrypted(()), "there is no famdesk database"),
        (_encrypted(("somebody_elses",)), "not a famdesk one"),
        (_encrypted(("store_info",)), "not a famdesk one"),
    ],
    ids=["plain-sqlite", "random", "encrypted-empty", "encrypted-foreign", "no-schema-version"],
)
def test_famdesk_check_leaves_a_refused_file_byte_for_byte(
    tmp_path: Path, passphrase: str, make, says: str
) -> None:
    path = tmp_path / "some.db"
    make(path, passphrase)
    before = path.read_bytes()
    env = dict(os.environ, FAMDESK_PASSPHRASE=passphrase, PYTHONDONTWRITEBYTECODE="1")
    result = subprocess.run(
        [sys.executable, "-m", "famdesk", "check", "--db", str(path)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert result.returncode == 2, (result.stdout, result.stderr)
    assert says in result.stderr
    assert "Traceback" not in result.stderr
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["some.db"]  # no lock, WAL or -shm
