"""Restoring a backup: the file is untrusted until proven otherwise.

``inspect_backup`` opens the file read-only with the key and refuses anything
that is not a sound famdesk database: empty, truncated, damaged, another kind
of file, an unencrypted SQLite file, a wrong passphrase, a newer schema. A
backup whose bytes still hash to what its record says was verified when it
was made is not integrity-checked again (that check costs many times the
copy); any other file gets the full ``integrity_check``.

``restore_backup`` then copies its bytes into a temporary file beside the
store, flushes it and reads it back against the backup's hash, upgrades an
older schema there, keeps the database it replaces (a hard link to the very
file, its WAL folded in first; a byte copy where links are not possible), and
swaps the new file in with one atomic rename. Until that rename the current
database is untouched, and every failure says so.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import sqlcipher3.dbapi2 as sqlcipher

from famdesk.db import migrate
from famdesk.db.backup import (
    INTEGRITY_CACHE_KIB,
    BackupError,
    _copy_bytes,
    describe_file,
    describe_write_error,
    file_digest,
    fsync_dir,
    open_readonly,
    row_counts,
)
from famdesk.db.engine import (
    StoreError,
    classify_file,
    key_connection,
    make_engine,
    parse_target,
)
from famdesk.db.lock import FileLock
from famdesk.db.store import Store, open_store
from famdesk.db.types import Instant
from famdesk.files import make_private_dirs


class RestoreRefused(StoreError):
    """The file given is not a backup we can restore; the current store is untouched."""


class RestoreFailed(StoreError):
    """Restoring failed part-way (disk full, I/O); the current store is untouched."""


@dataclass(frozen=True)
class BackupPreview:
    path: Path
    size: int
    schema: str
    counts: dict[str, int] = field(default_factory=dict)
    last_change: datetime | None = None
    store_uid: str | None = None
    needs_upgrade: bool = False
    digest: str = ""

    @property
    def families(self) -> int:
        return self.counts.get("family", 0)


@dataclass(frozen=True)
class RestoreResult:
    preview: BackupPreview
    db_path: Path
    replaced_copy: Path | None


def _refuse(path: Path, why: str) -> RestoreRefused:
    return RestoreRefused(f"{path.name}: {why}; nothing was restored")


def _latest(conn: sqlcipher.Connection, sql: str) -> datetime | None:
    try:
        value = conn.execute(sql).fetchone()[0]
    except sqlcipher.Error:
        return None
    if not value:
        return None
    try:
        return Instant().process_result_value(value, None)  # type: ignore[arg-type]
    except (ValueError, IndexError):
        return None


def inspect_backup(
    path: Path, passphrase: str, *, verified_digest: str | None = None
) -> BackupPreview:
    """Check ``path`` as a backup and describe what it holds; raise RestoreRefused if unfit.

    ``verified_digest``: the BLAKE3 hash recorded when the backup was made
    and verified; a file that still has it skips the full integrity check.
    """
    path = Path(path)
    if path.is_dir():
        raise _refuse(path, "is a folder, not a backup file")
    kind = classify_file(path)
    if kind == "missing":
        raise _refuse(path, "no such file")
    if kind == "empty":
        raise _refuse(path, "the file is empty")
    if kind == "plain":
        raise _refuse(path, "is an unencrypted SQLite file, not a famdesk backup")
    if kind == "foreign":
        raise _refuse(path, "is not a famdesk backup (another kind of file, or truncated)")
    try:
        digest = file_digest(path)
    except OSError as exc:
        raise _refuse(path, f"cannot be read ({describe_write_error(exc)})") from exc
    try:
        conn = open_readonly(path, passphrase)
    except sqlcipher.Error as exc:
        raise _refuse(path, f"cannot be opened ({exc})") from exc
    try:
        try:
            tables = {
                r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
        except sqlcipher.DatabaseError as exc:
            raise _refuse(
                path,
                "cannot be opened with this passphrase (wrong passphrase, or not a famdesk "
                "backup, or damaged)",
            ) from exc
        if "store_info" not in tables or "alembic_version" not in tables:
            raise _refuse(path, "is an encrypted database, but not a famdesk backup")
        if verified_digest is None or digest != verified_digest:
            conn.execute(f"PRAGMA cache_size = -{INTEGRITY_CACHE_KIB}")
            try:
                result = [r[0] for r in conn.execute("PRAGMA integrity_check(20)")]
            except sqlcipher.DatabaseError as exc:
                raise _refuse(path, f"is damaged ({exc})") from exc
            if result != ["ok"]:
                raise _refuse(path, f"is damaged (integrity check: {result[0]})")
        try:
            schema = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            counts = row_counts(conn)
            uid_row = conn.execute("SELECT value FROM store_info WHERE key='store_uid'").fetchone()
        except sqlcipher.Error as exc:
            raise _refuse(path, f"is damaged ({exc})") from exc
        if schema is None:
            raise _refuse(path, "has no schema version; it is not a famdesk backup")
        if schema[0] not in migrate.known_revisions():
            raise _refuse(
                path,
                f"was made by a newer famdesk (schema {schema[0]}); "
                "install the newer version to restore it",
            )
        candidates = [
            _latest(conn, "SELECT max(at) FROM audit_event"),
            _latest(conn, "SELECT max(start) FROM contact_session WHERE status != 'planned'"),
        ]
    finally:
        conn.close()
    known = [c for c in candidates if c is not None]
    return BackupPreview(
        path=path,
        size=path.stat().st_size,
        schema=schema[0],
        counts=counts,
        last_change=max(known, key=lambda d: d.astimezone(UTC)) if known else None,
        store_uid=uid_row[0] if uid_row else None,
        needs_upgrade=schema[0] != migrate.head_revision(),
        digest=digest,
    )


def _clear(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)


def _copy_into(backup: Path, tmp: Path, digest: str) -> None:
    """Copy the backup into ``tmp`` (owner-only), flush, read it back against ``digest``."""
    fd = os.open(tmp, os.O_CREAT | os.O_TRUNC | os.O_RDWR, 0o600)
    try:
        _copy_bytes(backup, fd)
        os.fsync(fd)
    finally:
        os.close(fd)
    if file_digest(tmp) != digest:
        raise OSError(f"the copy of {backup} differs from it after writing (a failing disk?)")


def _single_file(path: Path, passphrase: str) -> None:
    """Fold any WAL into the main file so one rename moves the whole database."""
    conn = sqlcipher.connect(str(path))
    try:
        key_connection(conn, passphrase)
        busy = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        if busy is not None and busy[0]:
            raise OSError(f"{path} is in use; its changes could not be folded in")
    finally:
        conn.close()
    with path.open("rb+") as fh:
        os.fsync(fh.fileno())


def _keep_current(db_path: Path, passphrase: str, stamp: str) -> Path | None:
    """Keep what the restore replaces, as it is; its path, or None if there was nothing.

    Readable with this passphrase: its WAL is folded in and the kept copy is a
    hard link to the very file (no bytes copied). Otherwise (another key, or
    damaged) its encrypted bytes are copied exactly, WAL included.
    """
    if classify_file(db_path) in ("missing", "empty"):
        return None
    kept = db_path.with_name(f"{db_path.name}.before-restore-{stamp}.fdbak")
    try:
        try:
            _single_file(db_path, passphrase)
            folded = True
        except (sqlcipher.Error, OSError):
            folded = False
        if folded:
            try:
                os.link(db_path, kept)
                return kept
            except OSError:
                pass  # a file system without hard links: copy
        for suffix in ("", "-wal") if not folded else ("",):
            source = db_path.with_name(db_path.name + suffix)
            if source.exists():
                target = kept.with_name(kept.name + suffix)
                fd = os.open(target, os.O_CREAT | os.O_TRUNC | os.O_RDWR, 0o600)
                try:
                    _copy_bytes(source, fd)
                    os.fsync(fd)
                finally:
                    os.close(fd)
    except OSError as exc:
        for suffix in ("", "-wal"):
            kept.with_name(kept.name + suffix).unlink(missing_ok=True)
        raise RestoreFailed(
            f"could not keep a copy of {db_path} as {kept.name} "
            f"({describe_write_error(exc)}); nothing was restored and the database is unchanged"
        ) from exc
    return kept


def restore_backup(
    backup: Path,
    db_path: Path,
    passphrase: str,
    *,
    on_restored: Callable[[Store, Path | None], None] | None = None,
    now: datetime | None = None,
    verified_digest: str | None = None,
) -> RestoreResult:
    """Replace the store at ``db_path`` with ``backup`` (see the module docstring).

    ``on_restored(store, kept_copy)`` runs with the restored store open (e.g.
    to audit the restore into it) while the lock is still held. Raises RestoreRefused for an
    unfit file, StoreLocked if the store is open elsewhere, RestoreFailed or
    BackupError when writing fails.
    """
    backup = Path(backup)
    # Through a symlink the real file is restored (the link keeps pointing at it), not the link
    # replaced by a new file beside a store another famdesk may have open.
    db_path = Path(os.path.realpath(db_path))
    if db_path.is_dir():
        raise RestoreRefused(f"{db_path} is a folder, not a database file; nothing was restored")
    if backup.absolute() == db_path or (
        backup.exists() and db_path.exists() and os.path.samefile(backup, db_path)
    ):
        raise _refuse(backup, "is the database itself")
    preview = inspect_backup(backup, passphrase, verified_digest=verified_digest)
    make_private_dirs(db_path.parent)
    lock = FileLock(db_path)
    lock.acquire()
    try:
        stamp = (now or datetime.now(UTC)).strftime("%Y%m%dT%H%M%SZ")
        tmp = db_path.with_name(f".{db_path.name}.restoring")
        _clear(tmp)
        try:
            _copy_into(backup, tmp, preview.digest)
            if preview.needs_upgrade:
                engine = make_engine(parse_target(tmp), passphrase)
                try:
                    migrate.upgrade(engine)
                finally:
                    engine.dispose()
                _single_file(tmp, passphrase)
                describe_file(tmp, passphrase)  # the upgraded file opens with the key
        except (OSError, sqlcipher.Error, BackupError) as exc:
            _clear(tmp)
            raise RestoreFailed(
                f"could not restore {backup} into {db_path}: {describe_write_error(exc)}; "
                "nothing was restored and the current database is unchanged"
            ) from exc
        except BaseException:
            _clear(tmp)
            raise
        try:
            kept = _keep_current(db_path, passphrase, stamp)
        except BaseException:
            _clear(tmp)
            raise
        # The old WAL belongs to the old file (and is in the kept copy); left
        # beside the new file it would be replayed into it.
        for suffix in ("-wal", "-shm"):
            db_path.with_name(db_path.name + suffix).unlink(missing_ok=True)
        os.replace(tmp, db_path)
        os.chmod(db_path, 0o600)
        fsync_dir(db_path.parent)
        if on_restored is not None:
            store = open_store(db_path, passphrase, lock=False)
            try:
                on_restored(store, kept)
            finally:
                store.close()
    finally:
        lock.release()
    return RestoreResult(preview=preview, db_path=db_path, replaced_copy=kept)
