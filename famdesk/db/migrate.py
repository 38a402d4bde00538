"""Schema versions: Alembic driven from code, over the store's own connection.

Opening a store that is already current must not pay for importing Alembic
(a few hundred ms of a worker's unlock): which revisions exist is read from
the revision files' own ``revision``/``down_revision`` lines, and the store's
revision from ``alembic_version``. Alembic itself is imported only by
``upgrade`` (a test proves the light reading agrees with Alembic's).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from importlib.resources import files
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Engine, inspect, text

if TYPE_CHECKING:
    from alembic.config import Config

_REVISION = re.compile(r"""^revision(?:: str)? = ["']([^"']+)["']""", re.MULTILINE)
_DOWN = re.compile(r"""^down_revision(?:: [^=]+)? = (?:["']([^"']+)["']|None)""", re.MULTILINE)


def alembic_config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(files("famdesk.db") / "migrations"))
    return cfg


@cache
def revision_graph() -> dict[str, str | None]:
    """Each revision and the one it follows, read from the revision files."""
    graph: dict[str, str | None] = {}
    for entry in (files("famdesk.db") / "migrations" / "versions").iterdir():
        if not entry.name.endswith(".py") or entry.name.startswith("__"):
            continue
        source = entry.read_text(encoding="utf-8")
        rev, down = _REVISION.search(source), _DOWN.search(source)
        if rev is None or down is None:
            raise RuntimeError(f"cannot read the revision of {entry.name}")
        graph[rev.group(1)] = down.group(1)
    return graph


def head_revision() -> str:
    """The newest revision: the one no other revision follows."""
    graph = revision_graph()
    heads = set(graph) - {down for down in graph.values() if down}
    if len(heads) != 1:
        raise RuntimeError(f"the migrations have {len(heads)} heads: {sorted(heads)}")
    return heads.pop()


def known_revisions() -> set[str]:
    return set(revision_graph())


def current_revision(conn: Connection) -> str | None:
    """The store's revision (``alembic_version``), or None for an empty store."""
    if not inspect(conn).has_table("alembic_version"):
        return None
    rows = conn.execute(text("SELECT version_num FROM alembic_version")).scalars().all()
    if len(rows) > 1:
        raise RuntimeError(f"the store records {len(rows)} schema revisions")
    return rows[0] if rows else None


def upgrade(
    engine: Engine,
    revision: str = "head",
    *,
    also: Callable[[Connection], None] | None = None,
) -> None:
    """Bring the store to ``revision`` (the newest by default) in one transaction.

    All of it or nothing: a kill or a failure at any statement leaves the
    store at the revision it had. SQLite can run DDL in a transaction, but the
    Python driver starts one only before INSERT/UPDATE/DELETE, so every CREATE,
    DROP and ALTER of a batch table rebuild would commit on its own (a kill
    then left ``_alembic_tmp_goal`` behind for good). Here the driver's own
    transaction handling is switched off and one ``BEGIN IMMEDIATE`` … ``COMMIT``
    spans every revision; Alembic runs inside it (an outer transaction makes
    it open none of its own, and ``transaction_per_migration`` stays off).
    ``also(conn)`` runs in the same transaction after the last revision (a new
    store's identity is written with its schema).

    On SQLite, foreign keys are switched off while the migration runs: batch
    mode rebuilds a table by copy-drop-rename, and a DROP with enforcement on
    would cascade-delete every goal of every plan. References are checked
    before the transaction commits instead.
    """
    from alembic import command

    cfg = alembic_config()
    sqlite = engine.dialect.name == "sqlite"
    with engine.connect() as conn:
        raw: Any = conn.connection.dbapi_connection
        legacy = raw.isolation_level if sqlite else None
        if sqlite:
            conn.exec_driver_sql("PRAGMA foreign_keys = OFF")  # no effect inside a transaction
            conn.commit()  # ends SQLAlchemy's autobegun transaction; the pragma stays
            raw.isolation_level = None  # the driver no longer begins or commits on its own
        try:
            with conn.begin():
                if sqlite:
                    conn.exec_driver_sql("BEGIN IMMEDIATE")
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, revision)
                if also is not None:
                    also(conn)
                if sqlite:
                    dangling = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                    if dangling:
                        raise RuntimeError(f"migration left {len(dangling)} dangling references")
            # Leaving the block commits: SQLAlchemy's commit is the driver's
            # commit(), which ends the BEGIN above (rollback() likewise on an error).
        finally:
            if sqlite:
                if raw.in_transaction:  # pragma: no cover - the block ended it either way
                    raw.rollback()
                raw.isolation_level = legacy
                conn.exec_driver_sql("PRAGMA foreign_keys = ON")
                conn.commit()
