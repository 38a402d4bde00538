"""Opening a store: check the key, take the lock, create or upgrade the schema.

``Store`` is what every other layer holds: an engine, a session factory for
short units of work, and the lock that keeps a second famdesk off the file.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import Engine, inspect, select
from sqlalchemy.orm import Session, sessionmaker

from famdesk.db import migrate
from famdesk.db.backup import verified_copy
from famdesk.db.engine import (
    DerivedKey,
    NotAFamdeskStore,
    SchemaTooNew,
    StoreError,
    Target,
    classify_file,
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
    instance, or missing.
    """
    target = parse_target(spec)
    path = target.path
    file_lock: FileLock | None = None
    key: DerivedKey | None = None
    if path is not None:
        kind = classify_file(path)
        if kind in ("missing", "empty") and not create:
            raise StoreError(f"there is no famdesk database at {path}")
        if passphrase is None:
            raise StoreError("a passphrase is needed to open an encrypted store")
        if kind not in ("plain", "foreign"):
            # The one key derivation of this opening: the probe and every
            # pooled connection reuse it.
            key = key_for_file(path, passphrase)
        probe_passphrase(path, key or passphrase)
        if create:
            # First start: the user data folder (or a folder named on the
            # command line) may not exist yet; the lock file goes beside the store.
            make_private_dirs(path.parent)
        if lock:
            file_lock = FileLock(path)
            file_lock.acquire()
    try:
        engine = make_engine(target, passphrase, key)
        store = Store(target, engine, passphrase, file_lock)
        _prepare_schema(store, create=create)
    except BaseException:
        if file_lock is not None:
            file_lock.release()
        raise
    return store


def _prepare_schema(store: Store, *, create: bool) -> None:
    head = migrate.head_revision()
    with store.engine.connect() as conn:
        current = migrate.current_revision(conn)
        tables = set(inspect(conn).get_table_names())
    if current is None:
        if tables - {"alembic_version"}:
            raise NotAFamdeskStore(f"{store.target.describe()} is not a famdesk database")
        if not create:
            raise StoreError(f"there is no famdesk database at {store.target.describe()}")
        migrate.upgrade(store.engine)
        with store.session() as s:
            s.add(StoreInfo(key="store_uid", value=new_uid()))
            s.add(StoreInfo(key="created_at", value=datetime.now(UTC).isoformat()))
        return
    if current not in migrate.known_revisions():
        raise SchemaTooNew(
            f"{store.target.describe()} was written by a newer famdesk "
            f"(schema {current}); install the newer version to open it"
        )
    if current != head:
        if store.path is not None and store.passphrase is not None:
            stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
            copy_path = store.path.with_name(f"{store.path.name}.before-{head}-{stamp}.bak")
            verified_copy(store.engine, store.passphrase, copy_path, store.path)
            store.pre_upgrade_copy = copy_path
        migrate.upgrade(store.engine)
        store.upgraded_from = current


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
