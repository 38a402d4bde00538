"""Verified, encrypted copies of the store: the file's own bytes, proven equal.

A copy of the main file alone is not a backup in WAL mode: committed pages
may live only in ``-wal``. So a copy is taken like this:

1. checkpoint the WAL into the main file (``TRUNCATE``: the WAL is then empty);
2. take the write lock (``BEGIN IMMEDIATE``) and make sure the WAL is still
   empty, so the main file *is* the database and nothing can commit (or
   checkpoint into it) while it is read;
3. copy the file (in the kernel: ``sendfile``) and hash the source (BLAKE3),
   both under that lock; release the lock;
4. flush the copy to the disk (``fsync``: a failed write is reported here),
   read it back and compare its hash with the source's: byte for byte what
   the store was;
5. open it read-only with the key and read its schema and row counts;
6. rename it into place and flush the folder.

The copy is written under a hidden ``.NAME.partial`` name, flock'ed while it
is written, so a failure — a full disk included — never leaves a
half-written file under a backup's name, and ``remove_stale_partials``
can tell a partial file left by a killed backup from one being written.

A full ``integrity_check`` is not part of every copy (it re-reads and
re-decrypts every page, which costs several times the copy): it runs on a
schedule over a backup (``check_integrity``), with a large page cache, and
``famdesk check`` runs it over the store.
"""

from __future__ import annotations

import errno
import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

import blake3
import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import Engine

from famdesk.db.engine import StoreError, key_connection
from famdesk.files import PARTIAL_SUFFIX, fsync_dir, make_private_dirs

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

#: Page cache for a full integrity check, in KiB (SQLite's negative cache_size):
#: the check walks every b-tree, and with the default 2 MB it reads and
#: decrypts most pages several times over.
INTEGRITY_CACHE_KIB = 256 * 1024

_CHUNK = 4 * 1024 * 1024
_LOCK_TRIES = 5


class BackupError(StoreError):
    pass


@dataclass(frozen=True)
class VerifiedCopy:
    path: Path
    size: int
    counts: dict[str, int]
    digest: str = ""
    schema: str | None = None
    info: dict[str, str] = field(default_factory=dict)


#: What a backup's record counts: cheap to count, and what the backups list shows.
#: (Counting every table reads and decrypts every index: a third of a backup's time.)
BACKUP_COUNTED_TABLES = ("family",)


def row_counts(
    raw_conn: sqlcipher.Connection, tables: tuple[str, ...] = COUNTED_TABLES
) -> dict[str, int]:
    present = {r[0] for r in raw_conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    return {
        t: raw_conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]  # noqa: S608 - fixed names
        for t in tables
        if t in present
    }


def open_readonly(path: Path, passphrase: str) -> sqlcipher.Connection:
    """A keyed read-only connection to a file nobody writes (a backup, a copy).

    ``immutable=1``: SQLite neither locks the file nor creates ``-wal``/``-shm``
    beside it, so looking at a backup never changes its folder.
    """
    uri = Path(path).absolute().as_uri() + "?mode=ro&immutable=1"
    conn = sqlcipher.connect(uri, uri=True)
    key_connection(conn, passphrase)
    return conn


def file_digest(path: Path) -> str:
    """BLAKE3 of a file's bytes (hex), read in large chunks."""
    digest = blake3.blake3()
    with open(path, "rb", buffering=0) as fh:
        _hash_into(fh, digest)
    return str(digest.hexdigest())


def _hash_into(fh: IO[bytes], digest: Any) -> int:
    buf = bytearray(_CHUNK)
    view = memoryview(buf)
    total = 0
    while n := fh.readinto(buf):  # type: ignore[attr-defined]
        digest.update(view[:n])
        total += n
    return total


def describe_file(
    path: Path, passphrase: str, tables: tuple[str, ...] = COUNTED_TABLES
) -> tuple[str | None, dict[str, int], dict[str, str]]:
    """Open ``path`` with the key: its schema revision, row counts of ``tables``, store_info."""
    try:
        conn = open_readonly(path, passphrase)
    except sqlcipher.Error as exc:
        raise BackupError(f"{path} cannot be opened: {exc}") from exc
    try:
        try:
            present = {
                r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
        except sqlcipher.DatabaseError as exc:
            raise BackupError(f"{path} cannot be read with this passphrase: {exc}") from exc
        if "store_info" not in present:
            raise BackupError(f"{path} is not a famdesk database")
        schema = None
        if "alembic_version" in present:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            schema = row[0] if row else None
        info = {k: v for k, v in conn.execute("SELECT key, value FROM store_info")}
        counts = row_counts(conn, tables)
    finally:
        conn.close()
    return schema, counts, info


def check_integrity(path: Path, passphrase: str) -> list[str]:
    """SQLite's full ``integrity_check`` of a file nobody writes, with a large cache.

    ``["ok"]`` when sound; otherwise the first problems found. Slow (every
    page read, decrypted and cross-checked): run it on a schedule, off the
    GUI thread, never inside a backup.
    """
    conn = open_readonly(path, passphrase)
    try:
        conn.execute(f"PRAGMA cache_size = -{INTEGRITY_CACHE_KIB}")
        try:
            return [r[0] for r in conn.execute("PRAGMA integrity_check(20)")]
        except sqlcipher.DatabaseError as exc:
            return [str(exc)]
    finally:
        conn.close()


def verify_file(
    path: Path, passphrase: str, expected: dict[str, int] | None = None
) -> dict[str, int]:
    """Open ``path`` with the key, run the full ``integrity_check`` and count rows."""
    try:
        result = check_integrity(path, passphrase)
    except sqlcipher.DatabaseError as exc:
        raise BackupError(f"{path} cannot be read with this passphrase: {exc}") from exc
    if result != ["ok"]:
        raise BackupError(f"{path} failed the integrity check: {result[0]}")
    _schema, counts, _info = describe_file(path, passphrase)
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


# --- partial files ---------------------------------------------------------------------------

def partial_path(dest: Path) -> Path:
    return dest.with_name(f".{dest.name}{PARTIAL_SUFFIX}")


@contextmanager
def partial_file(dest: Path) -> Iterator[tuple[Path, int]]:
    """Create ``.NAME.partial`` (owner-only) and hold an exclusive flock on it while it is written.

    The lock tells ``remove_stale_partials`` that the file is in use; the
    operating system drops it when the process dies, so a killed backup's
    partial file is recognised as stale.
    """
    tmp = partial_path(dest)
    tmp.unlink(missing_ok=True)
    fd = os.open(tmp, os.O_CREAT | os.O_EXCL | os.O_RDWR, 0o600)
    try:
        _try_lock(fd)
        yield tmp, fd
    finally:
        os.close(fd)


def remove_stale_partials(folder: Path) -> list[Path]:
    """Delete hidden ``.*.partial`` files that no running famdesk is writing; return them."""
    removed: list[Path] = []
    try:
        entries = list(Path(folder).iterdir())
    except OSError:
        return removed
    for p in entries:
        if not (p.name.startswith(".") and p.name.endswith(PARTIAL_SUFFIX)):
            continue
        try:
            fd = os.open(p, os.O_RDWR)
        except OSError:
            continue
        try:
            if not _try_lock(fd):
                continue  # another famdesk is writing it now
            p.unlink(missing_ok=True)
            removed.append(p)
        except OSError:
            continue
        finally:
            os.close(fd)
    return removed


if os.name == "posix":
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False
        return True

else:  # pragma: no cover - Windows: an open file cannot be deleted anyway

    def _try_lock(fd: int) -> bool:
        return True


# --- the copy ----------------------------------------------------------------------------------


def _copy_bytes(source: Path, fd: int) -> None:
    """Copy ``source`` into the open file ``fd`` (in the kernel where it can)."""
    with open(source, "rb", buffering=0) as src:
        size = os.fstat(src.fileno()).st_size
        offset = 0
        if hasattr(os, "sendfile"):
            try:
                while offset < size:
                    sent = os.sendfile(fd, src.fileno(), offset, size - offset)
                    if sent == 0:
                        break
                    offset += sent
            except OSError as exc:
                if exc.errno not in (errno.EINVAL, errno.ENOSYS, errno.ENOTSUP):
                    raise
        if offset < size:  # no sendfile here: plain reads and writes
            src.seek(offset)
            os.lseek(fd, offset, os.SEEK_SET)
            with os.fdopen(os.dup(fd), "wb", closefd=True) as out:
                shutil.copyfileobj(src, out, _CHUNK)
        os.ftruncate(fd, size)


def _wal_frames(path: Path) -> int:
    wal = path.with_name(path.name + "-wal")
    try:
        return wal.stat().st_size
    except FileNotFoundError:
        return 0


@contextmanager
def write_locked_snapshot(engine: Engine, path: Path) -> Iterator[None]:
    """Hold the store's write lock with an empty WAL: the main file is the whole database.

    Nothing can commit (or checkpoint into the file) until the block ends.
    Writers wait (``busy_timeout``) meanwhile, so keep the block short.
    """
    with engine.connect() as conn:
        raw: Any = conn.connection.dbapi_connection
        if raw.in_transaction:
            # This thread's connection is mid-change: never the case between units of work.
            raise BackupError("a change is being written; try the backup again")
        for _ in range(_LOCK_TRIES):
            busy = raw.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
            try:
                raw.execute("BEGIN IMMEDIATE")
            except sqlcipher.OperationalError as exc:
                raise BackupError(
                    f"{path} is busy (another program keeps writing to it): {exc}"
                ) from exc
            if (busy is None or busy[0] == 0) and _wal_frames(path) == 0:
                break
            # Something committed between the checkpoint and the lock: once more.
            raw.rollback()
        else:
            raise BackupError(f"{path} is busy: its changes could not be written through")
        try:
            yield
        finally:
            raw.rollback()


def verified_copy(engine: Engine, passphrase: str, dest: Path, source: Path) -> VerifiedCopy:
    """Write a verified copy of the store file ``source`` (open in ``engine``) to ``dest``."""
    dest = Path(dest)
    source = Path(source)
    make_private_dirs(dest.parent)
    tmp = partial_path(dest)
    try:
        with partial_file(dest) as (tmp, fd):
            with write_locked_snapshot(engine, source):
                _copy_bytes(source, fd)
                expected = file_digest(source)
            os.fsync(fd)
            os.lseek(fd, 0, os.SEEK_SET)
            digest = blake3.blake3()
            with os.fdopen(os.dup(fd), "rb", buffering=0) as back:
                size = _hash_into(back, digest)
            if digest.hexdigest() != expected:
                raise BackupError(
                    f"the copy {dest} differs from the database after writing "
                    "(a failing disk?); it was not kept"
                )
            schema, counts, info = describe_file(tmp, passphrase, BACKUP_COUNTED_TABLES)
            os.replace(tmp, dest)
        fsync_dir(dest.parent)
    except BaseException as exc:
        tmp.unlink(missing_ok=True)
        if isinstance(exc, OSError | sqlcipher.Error):
            raise BackupError(
                f"could not write the backup {dest}: {describe_write_error(exc)}; "
                "older backups are untouched"
            ) from exc
        raise
    return VerifiedCopy(dest, size, counts, expected, schema, info)
