"""Opening a store: check the key, take the lock, create or upgrade the schema.

``Store`` is what every other layer holds: an engine, a session factory for
short units of work, and the lock that keeps a second famdesk off the file.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from glob import escape as glob_escape
from pathlib import Path
from typing import Any

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import Connection, Engine, insert, inspect, select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from famdesk.db import migrate
from famdesk.db.backup import (
    PARTIAL_SUFFIX,
    BackupError,
    describe_write_error,
    fsync_dir,
    is_disk_full,
    verified_copy,
)
from famdesk.db.engine import (
    DerivedKey,
    NotAFamdeskStore,
    SchemaTooNew,
    StoreError,
    StoreNotCreated,
    Target,
    UpgradeFailed,
    classify_file,
    first_connection,
    key_connection,
    key_for_file,
    make_engine,
    parse_target,
    probe_passphrase,
    rekey,
)
from famdesk.db.file_kind import store_file_exists
from famdesk.db.lock import FileLock
from famdesk.db.models import StoreInfo
from famdesk.db.types import new_uid
from famdesk.files import make_private_dirs


class Store:
    """An open famdesk database."""

    def __init__(
        self, target: Target, engine: Engine, passphrase: str | None, lock: FileLock | None
    ):
        self.target = target
        self.engine = engine
        self._passphrase = passphrase
        self._lock = lock
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self.upgraded_from: str | None = None
        self.pre_upgrade_copy: Path | None = None

    @property
    def path(self) -> Path | None:
        return self.target.path

    @property
    def passphrase(self) -> str | None:
        return self._passphrase

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A unit of work: commits on success, rolls back on any error."""
        with self._sessions() as s, s.begin():
            yield s

    def read_session(self) -> Session:
        """A session for reading only; the caller closes it (``with``)."""
        return self._sessions()

    def change_passphrase(self, new_passphrase: str) -> None:
        """Re-encrypt the file under ``new_passphrase`` and reconnect with it."""
        if self.target.path is None:
            raise StoreError("only an encrypted database file has a passphrase to change")
        new_key = rekey(self.engine, new_passphrase)
        self.engine = make_engine(self.target, new_passphrase, new_key)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        self._passphrase = new_passphrase

    def adopt(self, fresh: Store) -> None:
        """Take over ``fresh``'s connection and lock, e.g. after a restore swapped the file.

        Every holder of this ``Store`` object (panels, models, workers' callers)
        keeps working with the reopened database.
        """
        self.close()
        self.target = fresh.target
        self.engine = fresh.engine
        self._passphrase = fresh._passphrase
        self._lock, fresh._lock = fresh._lock, None
        self._sessions = fresh._sessions
        self.upgraded_from = fresh.upgraded_from
        self.pre_upgrade_copy = fresh.pre_upgrade_copy

    def close(self) -> None:
        self.engine.dispose()
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def store_exists(spec: str | os.PathLike[str]) -> bool:
    target = parse_target(spec)
    if target.path is None:
        return True
    return store_file_exists(target.path)


def open_store(
    spec: str | os.PathLike[str],
    passphrase: str | None,
    *,
    create: bool = False,
    lock: bool = True,
) -> Store:
    """Open (or, with ``create``, make) the store at ``spec``.

    Raises ``StoreError`` subclasses with a message meant for the user: wrong
    passphrase, not a famdesk file, schema too new, locked by another
    instance, missing, not created (``StoreNotCreated``) or not upgraded
    (``UpgradeFailed``).

    A new store file is built whole under a hidden name and renamed into
    place (``_create_file``): a crash or a full disk during creation leaves
    no file at ``spec``, never a half-made one.
    """
    target = parse_target(spec)
    path = target.path
    file_lock: FileLock | None = None
    key: DerivedKey | None = None
    if path is not None:
        if path.is_dir():
            raise StoreError(f"{path} is a folder, not a database file")
        kind = classify_file(path)
        if kind in ("missing", "empty") and not create:
            raise StoreError(f"there is no famdesk database at {path}")
        if passphrase is None:
            raise StoreError("a passphrase is needed to open an encrypted store")
        if kind not in ("missing", "empty"):
            if kind == "cipher":
                # The one key derivation of this opening: the probe and every
                # pooled connection reuse it.
                key = key_for_file(path, passphrase)
            if not probe_passphrase(path, key or passphrase) and not create:
                # Encrypted, but nothing in it: refused before anything writes to it.
                raise StoreError(f"there is no famdesk database at {path}")
        if create:
            # First start: the user data folder (or a folder named on the
            # command line) may not exist yet; the lock file goes beside the store.
            make_private_dirs(path.parent)
    try:
        if path is not None and lock:
            file_lock = FileLock(path)
            file_lock.acquire()
            # Holding the lock: no other famdesk is creating or upgrading this store.
            remove_leftovers(path)
        if path is not None and passphrase is not None and key is None:
            if store_file_exists(path):  # made by another famdesk since we looked
                key = key_for_file(path, passphrase)
                probe_passphrase(path, key)
            else:
                key = key_for_file(path, passphrase)  # a fresh salt: derived once, used twice
                _create_file(path, passphrase, key)
                if file_lock is not None:  # the new file has an identity now: a link to it
                    file_lock.follow_file()  # is refused as its own name is
        engine = make_engine(target, passphrase, key)
        store = Store(target, engine, passphrase, file_lock)
        _prepare_schema(store, create=create)
    except BaseException:
        if file_lock is not None:
            file_lock.release()
        raise
    return store


#: Hidden names beside a store: a store being made, a copy being made before an upgrade.
CREATING_INFIX = ".creating-"
_ALEMBIC_TMP = "_alembic_tmp_"


def creating_path(path: Path) -> Path:
    """A fresh hidden name in ``path``'s folder to build a new store under."""
    return path.with_name(f".{path.name}{CREATING_INFIX}{secrets.token_hex(4)}")


def remove_leftovers(path: Path) -> list[Path]:
    """Delete what a crash left beside ``path``: a half-made store, a half-made safety copy.

    Only call with the store's lock held: then nobody is writing them.
    Returns what was removed.
    """
    creating = f".{path.name}{CREATING_INFIX}"
    copying = f".{path.name}.before-"
    removed: list[Path] = []
    try:
        entries = list(path.parent.iterdir())
    except OSError:
        return removed
    for entry in entries:
        name = entry.name
        if name.startswith(creating) or (
            name.startswith(copying) and name.endswith(".bak" + PARTIAL_SUFFIX)
        ):
            try:
                entry.unlink()
            except OSError:
                continue
            removed.append(entry)
    return removed


def _stamp_identity(conn: Connection) -> None:
    conn.execute(
        insert(StoreInfo),
        [
            {"key": "store_uid", "value": new_uid()},
            {"key": "created_at", "value": datetime.now(UTC).isoformat()},
        ],
    )


def _sidecars(path: Path) -> list[Path]:
    return [path.with_name(path.name + suffix) for suffix in ("-wal", "-shm", "-journal")]


def _create_file(path: Path, passphrase: str, key: DerivedKey) -> None:
    """Make a complete store at ``path``: build, migrate, stamp, flush, then rename into place.

    Until the rename, the store is a hidden ``.NAME.creating-…`` file that the
    next opening removes (``remove_leftovers``); after it, ``path`` is a
    whole store. A failure (a full disk) removes the hidden file and raises
    ``StoreNotCreated``.
    """
    tmp = creating_path(path)
    try:
        engine = make_engine(parse_target(tmp), passphrase, key)
        try:
            migrate.upgrade(engine, also=_stamp_identity)
            with engine.connect() as conn:
                raw: Any = conn.connection.dbapi_connection
                busy = raw.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
                if busy is None or busy[0]:
                    raise StoreError(f"{tmp} is in use; it could not be written through")
        finally:
            engine.dispose()
        for sidecar in _sidecars(tmp):
            sidecar.unlink(missing_ok=True)  # the WAL is empty: the file is the whole store
        fd = os.open(tmp, os.O_RDWR)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
        # A stale WAL beside the new file would be replayed into it.
        for sidecar in _sidecars(path):
            sidecar.unlink(missing_ok=True)
        os.replace(tmp, path)
        fsync_dir(path.parent)
    except BaseException as exc:
        for leftover in (tmp, *_sidecars(tmp)):
            leftover.unlink(missing_ok=True)
        if isinstance(exc, OSError | sqlcipher.Error | SQLAlchemyError | StoreError):
            cause = getattr(exc, "orig", None) or exc
            reason = describe_write_error(cause)
            raise StoreNotCreated(
                f"could not create {path}: {reason}; nothing was created",
                path=path,
                reason=reason,
                disk_full=is_disk_full(cause),
            ) from exc
        raise


def _prepare_schema(store: Store, *, create: bool) -> None:
    head = migrate.head_revision()
    with first_connection(store.engine, store.target) as conn:
        current = migrate.current_revision(conn)
        tables = set(inspect(conn).get_table_names())
    server = not store.target.is_sqlite
    if current is None:
        if tables - {"alembic_version"}:
            raise NotAFamdeskStore(f"{store.target.describe()} is not a famdesk database")
        if server:
            # Tables, triggers and roles on a server are the administrator's
            # work (``famdesk server init``), never a side effect of opening.
            raise StoreError(
                f"{store.target.describe()} holds no famdesk database yet; the database "
                "administrator creates it with: famdesk server init --db URL"
            )
        if not create:
            raise StoreError(f"there is no famdesk database at {store.target.describe()}")
        # :memory: or an encrypted file without tables: schema and identity in
        # one transaction.
        create_schema(store)
        return
    if current not in migrate.known_revisions():
        raise SchemaTooNew(
            f"{store.target.describe()} was written by a newer famdesk "
            f"(schema {current}); install the newer version to open it"
        )
    if current != head and server:
        raise StoreError(
            f"{store.target.describe()} has schema {current}, this famdesk needs {head}; "
            "the database administrator upgrades it with: famdesk server init --db URL"
        )
    half_built = sorted(t for t in tables if t.startswith(_ALEMBIC_TMP))
    if half_built:
        _drop_half_built_tables(store, current, half_built, tables)
    if current != head:
        _upgrade(store, current, head)


def _drop_half_built_tables(
    store: Store, current: str, half_built: list[str], tables: set[str]
) -> None:
    """Remove ``_alembic_tmp_*`` tables an interrupted upgrade left (famdesk before this change).

    Such a table is a half-made copy of a table being rebuilt; the store's
    revision says the rebuild never finished, and the original is still
    there. Were the original gone, the data would be only in the copy: then
    nothing is touched and the user is sent to the safety copy.
    """
    orphans = [t for t in half_built if t.removeprefix(_ALEMBIC_TMP) not in tables]
    if orphans:
        copy = latest_safety_copy(store.path) if store.path is not None else None
        reason = f"an interrupted upgrade left {', '.join(orphans)} without its original"
        raise UpgradeFailed(
            f"{store.target.describe()}: {reason}"
            + (f"; restore the copy made before the upgrade, {copy}" if copy else ""),
            path=store.path,
            reason=reason,
            copy=copy,
            unchanged=False,
        )
    with store.engine.begin() as conn:
        for table in half_built:
            conn.exec_driver_sql(f'DROP TABLE "{table}"')


def latest_safety_copy(path: Path) -> Path | None:
    """The newest ``NAME.before-NNNN-*.bak`` an upgrade of ``path`` made, if any."""
    copies = sorted(path.parent.glob(f"{glob_escape(path.name)}.before-*.bak"))
    return copies[-1] if copies else None


def _upgrade(store: Store, current: str, head: str) -> None:
    """Make a verified copy, then upgrade in one transaction; say where the copy is if it fails."""
    where = store.target.describe()
    copy: Path | None = None
    if store.path is not None and store.passphrase is not None:
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        copy = store.path.with_name(f"{store.path.name}.before-{head}-{stamp}.bak")
        try:
            verified_copy(store.engine, store.passphrase, copy, store.path)
        except BackupError as exc:
            cause = exc.__cause__ or exc
            reason = describe_write_error(cause)
            raise UpgradeFailed(
                f"{where} needs an upgrade from schema {current} to {head}, but the copy "
                f"to keep first ({copy.name}) could not be written: {reason}; "
                "nothing was upgraded and the database is unchanged",
                path=store.path,
                reason=reason,
                copy=None,
                unchanged=True,
            ) from exc
        store.pre_upgrade_copy = copy
    before = _schema_now(store)
    try:
        migrate.upgrade(store.engine)
    except Exception as exc:  # noqa: BLE001 - whatever stopped it, the user must hear where the copy is
        cause = getattr(exc, "orig", None) or exc
        reason = describe_write_error(cause)
        unchanged = before is not None and _schema_now(store) == before
        state = (
            f"the database is unchanged (schema {current})"
            if unchanged
            else "the database may be incomplete"
        )
        kept = ""
        if copy is not None:
            kept = (
                f"; the copy made before the upgrade is {copy}"
                if unchanged
                else f"; restore the copy made before the upgrade: "
                f"famdesk restore {copy} --db {where}"
            )
        raise UpgradeFailed(
            f"could not upgrade {where} from schema {current} to {head}: {reason}; {state}{kept}",
            path=store.path,
            reason=reason,
            copy=copy,
            unchanged=unchanged,
        ) from exc
    store.upgraded_from = current


def _schema_now(store: Store) -> tuple[str | None, list[tuple[str, ...]]] | None:
    """The revision and every table's, index's and trigger's definition; None if unreadable.

    Compared before and after a failed upgrade: only if both agree is the
    store said to be unchanged.
    """
    try:
        with store.engine.connect() as conn:
            definitions = conn.exec_driver_sql(
                "SELECT type, name, coalesce(sql, '') FROM sqlite_master ORDER BY type, name"
                if store.engine.dialect.name == "sqlite"
                else "SELECT 'table', table_name, '' FROM information_schema.tables"
                " ORDER BY table_name"
            ).fetchall()
            return migrate.current_revision(conn), [tuple(row) for row in definitions]
    except Exception:  # noqa: BLE001 - unreadable counts as changed
        return None


def create_schema(store: Store) -> None:
    """Every table, trigger and index of a new store, and its identity, in one transaction."""
    migrate.upgrade(store.engine, also=_stamp_identity)


def read_store_info(path: Path, passphrase: str) -> dict[str, str]:
    """``store_info`` of the store file at ``path``, read without opening it for writing.

    For commands that only need to know which store a file is (listing its
    backups); raises the same errors as opening it would.
    """
    probe_passphrase(path, passphrase)
    if classify_file(path) in ("missing", "empty"):
        raise StoreError(f"there is no famdesk database at {path}")
    conn = sqlcipher.connect(Path(path).absolute().as_uri() + "?mode=ro", uri=True)
    try:
        key_connection(conn, passphrase)
        return {k: v for k, v in conn.execute("SELECT key, value FROM store_info")}
    finally:
        conn.close()


def store_info(store: Store) -> dict[str, str]:
    with store.read_session() as s:
        return {row.key: row.value for row in s.scalars(select(StoreInfo))}
