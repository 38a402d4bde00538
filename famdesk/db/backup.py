"""Verified, encrypted copies of the store through SQLite's online backup API.

Never a file copy: the online backup reads a consistent snapshot through
SQLCipher, so the copy is keyed like the store and is sound even while the
store is written. A copy is written under a temporary name, flushed, verified
(opens with the key, ``integrity_check``, row counts match) and only then
renamed into place, so a failure — a full disk included — never leaves a
half-written file under a backup's name.
"""

from __future__ import annotations

import errno
import os
from dataclasses import dataclass
from pathlib import Path

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import Engine

from famdesk.db.engine import StoreError, key_connection

COUNTED_TABLES = (
    "family",
    "member",
    "professional",
    "action_plan",
    "goal",
    "step",
    "review",
    "contact_session",
    "addendum",
    "measurement",
    "audit_event",
)


class BackupError(StoreError):
    pass


@dataclass(frozen=True)
class VerifiedCopy:
    path: Path
    size: int
    counts: dict[str, int]


def row_counts(raw_conn: sqlcipher.Connection) -> dict[str, int]:
    present = {r[0] for r in raw_conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    return {
        t: raw_conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]  # noqa: S608 - fixed names
        for t in COUNTED_TABLES
        if t in present
    }


def verify_file(
    path: Path, passphrase: str, expected: dict[str, int] | None = None
) -> dict[str, int]:
    """Open ``path`` with the key, run ``integrity_check`` and count rows."""
    conn = sqlcipher.connect(Path(path).absolute().as_uri() + "?mode=ro", uri=True)
    try:
        key_connection(conn, passphrase)
        try:
            result = conn.execute("PRAGMA integrity_check").fetchall()
        except sqlcipher.DatabaseError as exc:
            raise BackupError(f"{path} cannot be read with this passphrase: {exc}") from exc
        if result != [("ok",)]:
            raise BackupError(f"{path} failed the integrity check: {result[0][0]}")
        counts = row_counts(conn)
    finally:
        conn.close()
    if expected is not None and counts != expected:
        raise BackupError(f"{path}: row counts differ from the store ({counts} != {expected})")
    return counts


_FULL_ERRNOS = {errno.ENOSPC, errno.EFBIG, getattr(errno, "EDQUOT", errno.ENOSPC)}


def is_disk_full(exc: BaseException) -> bool:
    """Did a write fail because the disk (or the allowed file size) ran out?"""
    if isinstance(exc, OSError) and exc.errno in _FULL_ERRNOS:
        return True
    text = str(exc).lower()
    return "disk is full" in text or "file too large" in text or "disk i/o error" in text


def describe_write_error(exc: BaseException) -> str:
    """One line for a failed write, naming a full disk when that is the likely cause."""
    where = f": {exc.filename}" if isinstance(exc, OSError) and exc.filename else ""
    if is_disk_full(exc):
        original = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        return f"disk full or file too large ({original}){where}"
    if isinstance(exc, OSError):
        return (exc.strerror or str(exc)) + where
    return str(exc)


def _fsync_dir(directory: Path) -> None:
    if os.name != "posix":  # pragma: no cover
        return
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def verified_copy(engine: Engine, passphrase: str, dest: Path) -> VerifiedCopy:
    """Write a verified encrypted snapshot of the store to ``dest`` atomically."""
    dest = Path(dest)
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_name(f".{dest.name}.partial")
    for suffix in ("", "-journal", "-wal", "-shm"):
        tmp.with_name(tmp.name + suffix).unlink(missing_ok=True)
    fd = os.open(tmp, os.O_CREAT | os.O_TRUNC | os.O_WRONLY, 0o600)
    os.close(fd)
    try:
        with engine.connect() as conn:
            source = conn.connection.dbapi_connection
            assert source is not None
            # One read transaction: the counts and the copy see the same snapshot
            # even while another connection writes.
            if source.in_transaction:  # type: ignore[attr-defined]
                # This thread's connection is mid-change: a copy would hold
                # uncommitted work. Never happens between units of work.
                raise BackupError("a change is being written; try the backup again")
            source.execute("BEGIN")  # type: ignore[attr-defined]
            try:
                expected = row_counts(source)  # type: ignore[arg-type]
                target = sqlcipher.connect(str(tmp))
                try:
                    key_connection(target, passphrase)
                    source.backup(target)  # type: ignore[attr-defined]
                    # A backup is one self-contained file: no WAL beside it.
                    target.execute("PRAGMA journal_mode = DELETE")
                finally:
                    target.close()
            finally:
                source.rollback()
        with tmp.open("rb+") as fh:
            os.fsync(fh.fileno())
        verify_file(tmp, passphrase, expected)
        os.replace(tmp, dest)
        _fsync_dir(dest.parent)
    except BaseException as exc:
        for suffix in ("", "-journal", "-wal", "-shm"):
            tmp.with_name(tmp.name + suffix).unlink(missing_ok=True)
        if isinstance(exc, OSError | sqlcipher.Error):
            raise BackupError(
                f"could not write the backup {dest}: {describe_write_error(exc)}"
            ) from exc
        raise
    return VerifiedCopy(dest, dest.stat().st_size, expected)
