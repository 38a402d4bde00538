"""A throwaway PostgreSQL server for the tests: initdb + pg_ctl on a unix socket in /tmp.

The team-server tests need a real PostgreSQL (roles, row-level security,
triggers cannot be faked). ``start_cluster`` makes one from the server
binaries on this machine, listening on a unix socket only, and
``PgCluster.stop`` removes it again. PostgreSQL refuses to run as root, so
as root the server runs as an ordinary system user (``FAMDESK_TEST_PG_OS_USER``,
default ``famdeskpg``; ``.ci/run`` creates it). ``FAMDESK_TEST_PG_URL`` names an
existing server instead (a role that may create databases and roles).
Its connections need passwords (SCRAM), as a real server's do: the
administrator's is made up per cluster and carried in ``admin_url``.

Nothing here is skipped quietly: without a server the tests that need one
fail with ``PgUnavailable``'s sentence, which says what to install.
"""

from __future__ import annotations

import glob
import os
import pwd
import secrets
import shutil
import subprocess
import tempfile
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import psycopg
from sqlalchemy.engine import URL, make_url

URL_ENV = "FAMDESK_TEST_PG_URL"
OS_USER_ENV = "FAMDESK_TEST_PG_OS_USER"
DEFAULT_OS_USER = "famdeskpg"
#: The cluster's superuser: the database administrator who runs ``server init``.
ADMIN_ROLE = "famdesk_admin"

#: Throwaway data: durability is not wanted, speed is.
_SERVER_OPTIONS = (
    "-c listen_addresses='' -c fsync=off -c synchronous_commit=off "
    "-c full_page_writes=off -c shared_buffers=32MB -c max_connections=60"
)


class PgUnavailable(RuntimeError):
    """No PostgreSQL to test against; the text says how to get one."""


#: Where Debian and Ubuntu put the server programs (not on PATH there).
VERSIONED_BIN = "/usr/lib/postgresql/*/bin"


def _version_key(folder: str) -> tuple[int, ...]:
    """(15,) for /usr/lib/postgresql/15/bin: 15 sorts after 9.6."""
    name = Path(folder).parent.name
    return tuple(int(p) for p in name.split(".") if p.isdigit())


def find_server_binaries(search_path: str | None = None, versioned: str = VERSIONED_BIN) -> Path:
    """The folder holding ``initdb`` and ``pg_ctl``: on PATH, else the newest versioned folder."""
    initdb = shutil.which("initdb", path=search_path)
    if initdb and shutil.which("pg_ctl", path=search_path):
        return Path(initdb).resolve().parent
    for folder in sorted(glob.glob(versioned), key=_version_key, reverse=True):
        if (Path(folder) / "initdb").exists() and (Path(folder) / "pg_ctl").exists():
            return Path(folder)
    raise PgUnavailable(
        "PostgreSQL server programs (initdb, pg_ctl) were not found: the team-server tests "
        "need them. Install them (Debian/Ubuntu: apt-get install postgresql-15; .ci/run "
        f"does this) or point {URL_ENV} at a server (postgresql://ADMIN@HOST/postgres)."
    )


def _run_as(os_user: str | None, *command: str) -> None:
    argv = list(command) if os_user is None else ["runuser", "-u", os_user, "--", *command]
    result = subprocess.run(argv, capture_output=True, text=True, check=False, timeout=120)
    if result.returncode != 0:
        raise PgUnavailable(
            f"{' '.join(command[:1])} failed (exit {result.returncode}): "
            f"{(result.stderr or result.stdout).strip()[-800:]}"
        )


def _server_user() -> str | None:
    """The system user to run the server as: None when not root (run as ourselves)."""
    if os.geteuid() != 0:
        return None
    name = os.environ.get(OS_USER_ENV, DEFAULT_OS_USER)
    try:
        pwd.getpwnam(name)
    except KeyError:
        raise PgUnavailable(
            f"PostgreSQL refuses to run as root, and there is no system user {name!r} to run "
            f"the test server as: create it (useradd --system {name}; .ci/run does this) "
            f"or set {OS_USER_ENV} to another user."
        ) from None
    return name


@dataclass
class PgCluster:
    """A running server the tests may create databases and roles in."""

    admin_url: URL
    folder: Path | None = None
    os_user: str | None = None
    _bin: Path | None = None
    databases: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)

    def url(self, database: str, user: str | None = None, password: str | None = None) -> URL:
        """``postgresql+psycopg://`` URL of ``database`` on this server, as ``user``."""
        if user is None:
            return self.admin_url.set(database=database)
        # _replace, not set(): set() leaves the administrator's password for a None.
        return self.admin_url._replace(database=database, username=user, password=password)

    def admin_connect(self, database: str = "postgres") -> psycopg.Connection[Any]:
        """A plain psycopg connection as the administrator, outside any transaction."""
        url = self.url(database).set(drivername="postgresql")
        return psycopg.connect(url.render_as_string(hide_password=False), autocommit=True)

    def new_database(self, template: str | None = None) -> str:
        """An empty database (or a copy of ``template``) with a fresh name."""
        name = f"famdesk_t_{uuid.uuid4().hex[:12]}"
        copy = f' TEMPLATE "{template}"' if template else ""
        with self.admin_connect() as conn:
            conn.execute(f'CREATE DATABASE "{name}"{copy}')
        self.databases.append(name)
        return name

    def drop_database(self, name: str) -> None:
        with self.admin_connect() as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def stop(self) -> None:
        if self.folder is None:
            for name in self.databases:
                self.drop_database(name)
            with self.admin_connect() as conn:
                for role in self.roles:
                    conn.execute(f'DROP ROLE IF EXISTS "{role}"')
            return
        assert self._bin is not None
        try:
            _run_as(self.os_user, str(self._bin / "pg_ctl"), "-D", str(self.folder / "data"),
                    "-m", "immediate", "-w", "stop")
        finally:
            shutil.rmtree(self.folder, ignore_errors=True)


FOLDER_PREFIX = "famdesk-pg-"
#: The test process that started a cluster; a cluster whose process is gone was abandoned.
OWNER_FILE = "owner.pid"


def _stop_abandoned(binaries: Path, os_user: str | None) -> None:
    """Stop clusters left running by a test run that was killed before it cleaned up."""
    for owner in Path(tempfile.gettempdir()).glob(f"{FOLDER_PREFIX}*/{OWNER_FILE}"):
        try:
            pid = int(owner.read_text())
            os.kill(pid, 0)
            continue  # its test run is still going
        except ProcessLookupError:
            pass
        except (ValueError, OSError):
            continue
        folder = owner.parent
        if (folder / "data" / "postmaster.pid").exists():
            subprocess.run(
                ([] if os_user is None else ["runuser", "-u", os_user, "--"])
                + [str(binaries / "pg_ctl"), "-D", str(folder / "data"), "-m", "immediate",
                   "-w", "stop"],
                capture_output=True, check=False, timeout=60,
            )
        shutil.rmtree(folder, ignore_errors=True)


def start_cluster() -> PgCluster:
    """The server named by ``FAMDESK_TEST_PG_URL``, else a new one in a temporary folder."""
    given = os.environ.get(URL_ENV)
    if given:
        url = make_url(given)
        if url.drivername in ("postgresql", "postgres"):
            url = url.set(drivername="postgresql+psycopg")
        return PgCluster(admin_url=url)
    binaries = find_server_binaries()
    os_user = _server_user()
    # Not pytest's tmp folder: that one is private to root, and the server user
    # must reach its data folder and write its socket.
    _stop_abandoned(binaries, os_user)
    folder = Path(tempfile.mkdtemp(prefix=FOLDER_PREFIX))
    password = secrets.token_urlsafe(18)
    try:
        (folder / OWNER_FILE).write_text(str(os.getpid()))
        password_file = folder / "admin-password"
        password_file.write_text(password + "\n")
        if os_user is not None:
            shutil.chown(folder, user=os_user)
            shutil.chown(password_file, user=os_user)
        data = folder / "data"
        _run_as(os_user, str(binaries / "initdb"), "-D", str(data), "-U", ADMIN_ROLE,
                "-A", "scram-sha-256", f"--pwfile={password_file}", "-E", "UTF8",
                "--locale=C.UTF-8", "--no-sync")
        password_file.unlink()
        _run_as(os_user, str(binaries / "pg_ctl"), "-D", str(data), "-l", str(folder / "log"),
                "-w", "-o", f"-k {folder} {_SERVER_OPTIONS}", "start")
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    url = URL.create(
        "postgresql+psycopg", username=ADMIN_ROLE, password=password, database="postgres",
        query={"host": str(folder)},
    )
    return PgCluster(admin_url=url, folder=folder, os_user=os_user, _bin=binaries)
