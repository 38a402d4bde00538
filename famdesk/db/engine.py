"""The one engine factory: encrypted SQLite files, in-memory stores, server URLs.

Every SQLite connection is keyed with the worker's passphrase (SQLCipher) and
gets the durability pragmas: WAL, ``synchronous=FULL``, ``foreign_keys=ON``.
The errors a user can meet on opening a file are told apart here, because
only here do we know what SQLCipher's "file is not a database" really means.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import OperationalError
from sqlalchemy.pool import QueuePool, StaticPool

from famdesk.db.errors import (  # noqa: F401 - re-exported: raised and caught by that name
    NotAFamdeskStore,
    PasswordRequired,
    SchemaTooNew,
    ServerUnavailable,
    StoreError,
    StoreLocked,
    StoreNotCreated,
    UpgradeFailed,
    WrongPassphrase,
    WrongPassword,
)
from famdesk.db.file_kind import PLAIN_SQLITE_HEADER, classify_file  # noqa: F401 - re-exported
from famdesk.db.sql import FOLD_FUNCTION, fold_text
from famdesk.files import make_private_dirs

#: Environment variable that lowers SQLCipher's key derivation for the test
#: suite only. Production never sets it; a file made with it opens only with it.
INSECURE_KDF_ENV = "FAMDESK_INSECURE_TEST_KDF_ITER"

SQLCIPHER_PAGE_SIZE = 4096
#: SQLCipher 4's defaults: PBKDF2-HMAC-SHA512, 256,000 iterations, a 32-byte
#: key, and a random 16-byte salt stored as the file's first bytes.
SQLCIPHER_KDF_ITERATIONS = 256_000
SQLCIPHER_SALT_BYTES = 16


#: A team database's URL as libpq writes it, and the SQLAlchemy driver famdesk uses.
SERVER_SCHEMES = ("postgresql", "postgres")
SERVER_DRIVER = "postgresql+psycopg"


@dataclass(frozen=True)
class Target:
    """Where a store lives: an SQLite file path, ``:memory:``, or a server URL."""

    url: URL

    @property
    def is_sqlite(self) -> bool:
        return self.url.get_backend_name() == "sqlite"

    @property
    def path(self) -> Path | None:
        db = self.url.database
        if not self.is_sqlite or not db or db == ":memory:":
            return None
        return Path(db)

    def describe(self) -> str:
        return str(self.path) if self.path else self.url.render_as_string(hide_password=True)


def parse_target(spec: str | os.PathLike[str]) -> Target:
    """Accept a file path or a database URL, as ``--db`` does."""
    text = os.fspath(spec)
    if "://" in text:
        url = make_url(text)
        if url.get_backend_name() == "sqlite":
            url = url.set(drivername="sqlite+pysqlcipher")
        elif url.drivername in SERVER_SCHEMES:
            # libpq's own spelling; famdesk's driver is psycopg 3.
            url = url.set(drivername=SERVER_DRIVER)
        return Target(url)
    if text == ":memory:":
        return Target(URL.create("sqlite+pysqlcipher", database=":memory:"))
    return Target(
        URL.create("sqlite+pysqlcipher", database=str(Path(text).expanduser().absolute()))
    )


def with_password(spec: str, password: str) -> str:
    """The server URL ``spec`` with ``password`` in it (for a password asked for)."""
    url = parse_target(spec).url.set(password=password)
    return url.render_as_string(hide_password=False)


def kdf_iterations() -> int | None:
    """The lowered KDF iteration count for tests, or None for SQLCipher's default."""
    raw = os.environ.get(INSECURE_KDF_ENV)
    return int(raw) if raw else None


def quote_sql_string(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


@dataclass(frozen=True, repr=False)
class DerivedKey:
    """A passphrase run once through SQLCipher's key derivation, for one salt.

    SQLCipher derives the key again on every connection it keys with a
    passphrase (deliberately slow: ~0.1-0.3 s each). Keying with the derived
    ("raw") key and the file's salt skips that, so opening a store costs one
    derivation however many pooled connections follow.
    """

    key: bytes
    salt: bytes

    def pragma_value(self) -> str:
        return f"\"x'{self.key.hex()}{self.salt.hex()}'\""


def derive_key(passphrase: str, salt: bytes) -> DerivedKey:
    """SQLCipher 4's own derivation (PBKDF2-HMAC-SHA512), done once in Python."""
    iterations = kdf_iterations() or SQLCIPHER_KDF_ITERATIONS
    key = hashlib.pbkdf2_hmac("sha512", passphrase.encode("utf-8"), salt, iterations, 32)
    return DerivedKey(key, salt)


def file_salt(path: Path) -> bytes | None:
    """The salt an encrypted file begins with, or None for a missing or empty file."""
    if classify_file(path) != "cipher":
        return None
    with path.open("rb") as fh:
        return fh.read(SQLCIPHER_SALT_BYTES)


def key_for_file(path: Path, passphrase: str) -> DerivedKey:
    """The derived key for ``path``: its own salt, or a fresh one for a new file."""
    salt = file_salt(path) or os.urandom(SQLCIPHER_SALT_BYTES)
    return derive_key(passphrase, salt)


Secret = str | DerivedKey


def key_connection(dbapi_conn: Any, secret: Secret) -> None:
    """Key a raw SQLCipher connection; must be the first statement on it."""
    cur = dbapi_conn.cursor()
    # SQLCipher otherwise prints "hmac check failed" to stderr on a wrong key.
    cur.execute("PRAGMA cipher_log_level = NONE")
    if isinstance(secret, DerivedKey):
        cur.execute(f"PRAGMA key = {secret.pragma_value()}")
    else:
        cur.execute(f"PRAGMA key = {quote_sql_string(secret)}")
        iterations = kdf_iterations()
        if iterations:
            cur.execute(f"PRAGMA kdf_iter = {int(iterations)}")
    cur.close()


def _apply_pragmas(dbapi_conn: Any, in_memory: bool) -> None:
    cur = dbapi_conn.cursor()
    if not in_memory:
        cur.execute("PRAGMA journal_mode = WAL")
    cur.execute("PRAGMA synchronous = FULL")
    cur.execute("PRAGMA foreign_keys = ON")
    cur.execute("PRAGMA busy_timeout = 5000")
    # Temporary tables and sort spills stay in memory: never a plain temp file.
    cur.execute("PRAGMA temp_store = MEMORY")
    cur.close()


#: Every famdesk store has these from its first revision on.
FAMDESK_TABLES = frozenset({"store_info", "alembic_version"})


def probe_passphrase(path: Path, passphrase: Secret) -> frozenset[str]:
    """Raise WrongPassphrase / NotAFamdeskStore unless the file opens with this key.

    Opens read-only so that a refused file is never changed (not even the
    journal mode in its first page). Returns the file's tables: none for an
    encrypted file that holds nothing yet (or a missing or empty file).
    ``passphrase`` may be the key already derived for this file.
    """
    kind = classify_file(path)
    if kind == "plain":
        raise NotAFamdeskStore(f"{path} is an unencrypted SQLite file, not a famdesk database")
    if kind == "foreign":
        raise NotAFamdeskStore(f"{path} is not a famdesk database")
    if kind in ("missing", "empty"):
        return frozenset()
    uri = Path(path).absolute().as_uri() + "?mode=ro"
    try:
        conn = sqlcipher.connect(uri, uri=True)
    except sqlcipher.Error as exc:  # pragma: no cover - permissions and the like
        raise StoreError(f"cannot open {path}: {exc}") from exc
    try:
        key_connection(conn, passphrase)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlcipher.DatabaseError as exc:
            if "not a database" in str(exc) or "encrypted" in str(exc):
                raise WrongPassphrase("wrong passphrase") from exc
            raise StoreError(f"cannot read {path}: {exc}") from exc
        tables = frozenset(
            r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
        )
    finally:
        conn.close()
    if tables and not FAMDESK_TABLES.issubset(tables):
        raise NotAFamdeskStore(f"{path} is an encrypted database, but not a famdesk one")
    return tables


def _create_owner_only(path: Path) -> None:
    """Create the empty file 0600 before SQLite does, so it is never world-readable."""
    make_private_dirs(path.parent)
    fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    os.close(fd)


def make_engine(target: Target, passphrase: str | None, key: DerivedKey | None = None) -> Engine:
    """Build the engine for ``target``; SQLite targets are keyed with ``passphrase``.

    A file's connections are all keyed with one derived key (``key``, or
    derived here once from the file's salt), never with the passphrase itself.
    """
    if not target.is_sqlite:
        engine = create_engine(target.url, pool_pre_ping=True)
        event.listen(engine, "handle_error", _unreachable_is_a_lost_connection)
        return engine

    if passphrase is None:
        raise StoreError("a passphrase is needed to open an encrypted store")
    path = target.path
    in_memory = path is None
    secret: Secret = passphrase
    if path is not None:
        secret = key if key is not None else key_for_file(path, passphrase)
    if path is not None and not path.exists():
        _create_owner_only(path)

    def connect() -> Any:
        # check_same_thread=False: connections are pooled and handed to one
        # worker thread at a time; SQLite itself is built thread-safe.
        conn = sqlcipher.connect(
            ":memory:" if in_memory else str(path), check_same_thread=False, timeout=5
        )
        key_connection(conn, secret)
        _apply_pragmas(conn, in_memory)
        conn.create_function(FOLD_FUNCTION, 1, fold_text, deterministic=True)
        if path is not None:
            # The WAL and shared-memory files exist once WAL is on; owner-only too.
            for suffix in ("-wal", "-shm"):
                sidecar = path.with_name(path.name + suffix)
                if sidecar.exists():
                    os.chmod(sidecar, 0o600)
        return conn

    # The plain pysqlite dialect over the sqlcipher3 module: we key the
    # connection ourselves (with proper quoting) in ``connect``.
    kwargs: dict[str, Any] = {"module": sqlcipher, "creator": connect}
    if in_memory:
        kwargs["poolclass"] = StaticPool
    else:
        # The URL is a bare "sqlite://" (we connect through ``creator``), which
        # SQLAlchemy would take for :memory: and give a per-thread pool whose
        # dispose() is not thread-safe. A file gets a normal queue pool.
        kwargs["poolclass"] = QueuePool
        kwargs["pool_size"] = 4
        kwargs["max_overflow"] = 8
    return create_engine("sqlite://", **kwargs)


def _unreachable_is_a_lost_connection(context: Any) -> None:
    """A team server that cannot be reached while famdesk works is a lost connection.

    The pool replaces a dropped connection before use (``pool_pre_ping``); when
    the server cannot be reached for a new one, SQLAlchemy raises the connect
    error as it is. Marked a disconnect (``connection_invalidated``), the window
    tells it calmly and keeps the worker's text (``ui.shell.crash_dialog``).
    A refused password stays what it is.
    """
    if context.connection is None and "authentication failed" not in str(
        context.original_exception
    ):
        context.is_disconnect = True


def first_connection(engine: Engine, target: Target) -> Connection:
    """``engine.connect()``, with a server's refusal told as a ``ServerUnavailable``.

    libpq's own words say why (no such host, password authentication failed,
    database does not exist); a missing password is a ``PasswordRequired``,
    so a caller with a terminal can ask for one.
    """
    try:
        return engine.connect()
    except OperationalError as exc:
        if target.is_sqlite:
            raise
        reason = str(exc.orig or exc).strip().splitlines()[0]
        if "no password supplied" in reason:
            raise PasswordRequired(f"{target.describe()} asks for a password") from None
        if "authentication failed" in reason:
            raise WrongPassword(f"{target.describe()}: {reason}") from None
        raise ServerUnavailable(f"cannot connect to {target.describe()}: {reason}") from None


def rekey(engine: Engine, new_passphrase: str) -> DerivedKey:
    """Re-encrypt the store under a new passphrase (SQLCipher ``PRAGMA rekey``).

    The file keeps its salt; the new key is derived here once and returned,
    so the caller can reconnect without deriving it again.
    """
    with engine.connect() as conn:
        raw = conn.connection.dbapi_connection
        assert raw is not None
        salt = bytes.fromhex(raw.execute("PRAGMA cipher_salt").fetchone()[0])
        new_key = derive_key(new_passphrase, salt)
        raw.execute(f"PRAGMA rekey = \"x'{new_key.key.hex()}'\"")
    engine.dispose()
    return new_key
