"""A team database on a PostgreSQL server: what only its administrator does.

``init_server`` creates the schema of a new team database or brings an older
one to this famdesk's, run with the database administrator's role (the owner
of the tables). Workers never upgrade a server: opening one at another schema
is refused with the command to give IT (``famdesk.db.store``).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, Engine, inspect, text

from famdesk.db import migrate
from famdesk.db.engine import (
    NotAFamdeskStore,
    SchemaTooNew,
    StoreError,
    Target,
    first_connection,
)
from famdesk.db.store import Store, create_schema

#: The oldest server famdesk's schema is written for (SQL/JSON, PL/pgSQL as used).
MIN_SERVER_VERSION = 150000


@dataclass(frozen=True)
class ServerInit:
    """What ``init_server`` did: the schema found (None: a new database) and now."""

    before: str | None
    after: str
    #: The database, for a message (its password hidden).
    where: str


def check_server(conn: Connection, target: Target) -> None:
    """Refuse a server famdesk cannot keep its promises on, saying what IT must change."""
    version = int(conn.execute(text("SHOW server_version_num")).scalar_one())
    if version < MIN_SERVER_VERSION:
        raise StoreError(f"{target.describe()} runs PostgreSQL {version // 10000}; famdesk "
                         "needs PostgreSQL 15 or newer")
    encoding = conn.execute(text("SHOW server_encoding")).scalar_one()
    if encoding != "UTF8":
        raise StoreError(f"{target.describe()} uses the encoding {encoding}; create the "
                         "database with ENCODING 'UTF8'")
    # The families filter folds case on the server: Danish letters must fold too.
    if conn.execute(text("SELECT lower('ÆØÅ')")).scalar_one() != "æøå":
        raise StoreError(f"{target.describe()} cannot fold Danish letters (its locale is C); "
                         "create the database with a UTF-8 locale, e.g. LC_CTYPE 'da_DK.UTF-8'")


def init_server(engine: Engine, target: Target) -> ServerInit:
    """Create or upgrade the team database behind ``engine`` (the administrator's)."""
    if target.is_sqlite:
        raise StoreError("server init needs a PostgreSQL URL (postgresql://USER@HOST/DB)")
    head = migrate.head_revision()
    with first_connection(engine, target) as conn:
        check_server(conn, target)
        before = migrate.current_revision(conn)
        tables = set(inspect(conn).get_table_names())
    if before is None and tables - {"alembic_version"}:
        raise NotAFamdeskStore(f"{target.describe()} holds other tables; it is not famdesk's")
    if before is not None and before not in migrate.known_revisions():
        raise SchemaTooNew(
            f"{target.describe()} was written by a newer famdesk (schema {before}); "
            "install the newer version to upgrade it"
        )
    if before is None:
        create_schema(Store(target, engine, None, None))
    elif before != head:
        migrate.upgrade(engine)
    return ServerInit(before, head, target.describe())


# --- the team's roles ---------------------------------------------------------------------

#: How a role stands in a team database.
ADMIN, LEAD, WORKER = "admin", "lead", "worker"


def standing(conn: Connection) -> str | None:
    """``admin`` (owns the tables), ``lead``, ``worker``, or None (not on the team)."""
    row = conn.execute(
        text(
            "SELECT pg_has_role(session_user, c.relowner, 'MEMBER') OR r.rolsuper, "
            "(SELECT lead FROM team_member WHERE role_name = session_user) "
            "FROM pg_class c, pg_roles r "
            "WHERE c.oid = 'family'::regclass AND r.rolname = session_user"
        )
    ).one()
    if row[0]:
        return ADMIN
    if row[1] is None:
        return None
    return LEAD if row[1] else WORKER


def session_role(conn: Connection) -> str:
    """The role the server authenticated for this connection."""
    return str(conn.execute(text("SELECT session_user")).scalar_one())


@dataclass(frozen=True)
class RoleFacts:
    exists: bool
    administers: bool = False


def role_facts(conn: Connection, name: str) -> RoleFacts:
    """Whether the server has a role ``name``, and whether it may administer the server."""
    row = conn.execute(
        text("SELECT rolsuper OR rolcreaterole OR rolcreatedb OR rolbypassrls "
             "FROM pg_roles WHERE rolname = :n"),
        {"n": name},
    ).first()
    return RoleFacts(False) if row is None else RoleFacts(True, bool(row[0]))


def hashed_password(conn: Connection, name: str, password: str) -> str:
    """``password`` as the server stores it (SCRAM), hashed here by libpq.

    The statement that sets it then carries no plain password for the
    server's log to keep.
    """
    raw = conn.connection.dbapi_connection
    pgconn = getattr(raw, "pgconn", None)
    if pgconn is None:  # pragma: no cover - psycopg 3 always has it
        raise StoreError("the database driver cannot hash a password")
    hashed = pgconn.encrypt_password(password.encode(), name.encode(), b"scram-sha-256")
    return bytes(hashed).decode()


def save_role(conn: Connection, name: str, password: str | None, *, create: bool) -> None:
    """Create the login role ``name`` (or set its password) and make it one of the team's."""
    quoted = conn.dialect.identifier_preparer.quote_identifier(name)
    team_role = conn.execute(text("SELECT famdesk_team_role()")).scalar_one()
    secret = ""
    if password is not None:
        secret = " PASSWORD " + _literal(hashed_password(conn, name, password))
    # Plain driver SQL: the SCRAM text has colons that text() would read as parameters.
    if create:
        conn.exec_driver_sql(f"CREATE ROLE {quoted} LOGIN{secret}")
    elif secret:
        conn.exec_driver_sql(f"ALTER ROLE {quoted}{secret}")
    team = conn.dialect.identifier_preparer.quote_identifier(team_role)
    conn.exec_driver_sql(f"GRANT {team} TO {quoted}")


def _literal(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"
