"""Frozen stores of older revisions, re-keyed for the suite's fast key derivation.

The frozen files (``tests/fixtures/frozen``) are keyed with SQLCipher's
production derivation: each opening costs a slow derivation. Tests that open
an old store many times take a copy re-keyed to the test passphrase with the
suite's lowered iteration count (the file keeps its salt and its pages).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import sqlcipher3.dbapi2 as sqlcipher

from famdesk.db.engine import derive_key

FROZEN = Path(__file__).parents[1] / "fixtures" / "frozen"
FROZEN_PASSPHRASE = "frozen fixture passphrase æøå"


def rekeyed_frozen(revision: str, dest: Path, passphrase: str) -> Path:
    """Copy the frozen store of ``revision`` to ``dest``, keyed with ``passphrase``; ``dest``."""
    shutil.copyfile(FROZEN / f"rev{revision}.famdesk", dest)
    conn = sqlcipher.connect(str(dest))
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        # The frozen passphrase through the production derivation (no kdf_iter).
        escaped = FROZEN_PASSPHRASE.replace("'", "''")
        conn.execute(f"PRAGMA key = '{escaped}'")
        salt = bytes.fromhex(conn.execute("PRAGMA cipher_salt").fetchone()[0])
        conn.execute(f"PRAGMA rekey = \"x'{derive_key(passphrase, salt).key.hex()}'\"")
    finally:
        conn.close()
    return dest
