"""Shared fixtures: fresh stores made by the same code production uses."""

from __future__ import annotations

import os
import secrets
import uuid
from datetime import UTC, datetime

# Set before anything imports Qt: every GUI test runs offscreen, on a screen the size of a
# municipal laptop's 1366×768 less a 40 px taskbar (the offscreen platform has no taskbar, so
# the screen is the available area), so that what does not fit one fails a test.
if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":
    _screen = os.path.join(os.path.dirname(__file__), "laptop_screen.json")
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={_screen}"
# Lower SQLCipher's key derivation for speed; production never sets this.
os.environ.setdefault("FAMDESK_INSECURE_TEST_KDF_ITER", "4")

from collections.abc import Iterator  # noqa: E402
from dataclasses import dataclass  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from famdesk.core.profile import WorkerProfile, save_profile  # noqa: E402
from famdesk.db.store import Store, open_store  # noqa: E402
from tests.backends import PROFILE_NAME  # noqa: E402
from tests.pg_cluster import PgCluster, PgUnavailable, start_cluster  # noqa: E402

PASSPHRASE = "correct horse battery staple"


@pytest.fixture
def passphrase() -> str:
    return PASSPHRASE


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "case.famdesk"


@pytest.fixture
def backend() -> str:
    """The store's kind; ``tests/core`` and ``tests/db`` run their tests on both
    (their conftest parametrises this), other tests on the file only."""
    return "sqlite"


@pytest.fixture
def store(backend: str, db_path: Path, request: pytest.FixtureRequest) -> Iterator[Store]:
    if backend == "postgresql":
        s = open_store(request.getfixturevalue("pg_store_url"), None)
    else:
        s = open_store(db_path, PASSPHRASE, create=True)
    # The worker profile a first start asks for: the audit and new records name it.
    save_profile(s, WorkerProfile(name=PROFILE_NAME))
    try:
        yield s
    finally:
        s.close()


@pytest.fixture(autouse=True)
def _isolated_user_dirs(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Keep every test away from the real user data and config directories."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("FAMDESK_DATA_DIR", str(home / "data"))
    monkeypatch.setenv("FAMDESK_CONFIG_DIR", str(home / "config"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "xdg-config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "xdg-data"))


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[PgCluster]:
    """One throwaway PostgreSQL server per test process, started when first asked for.

    Fails (never skips) the tests that need it when there is no PostgreSQL.
    """
    try:
        cluster = start_cluster()
    except PgUnavailable as exc:
        pytest.fail(str(exc), pytrace=False)
    try:
        yield cluster
    finally:
        cluster.stop()


@pytest.fixture
def pg_url(pg_cluster: PgCluster) -> Iterator[str]:
    """A fresh, empty database on the test server; its URL as the administrator."""
    name = pg_cluster.new_database()
    try:
        yield pg_cluster.url(name).render_as_string(hide_password=False)
    finally:
        pg_cluster.drop_database(name)


@dataclass(frozen=True)
class PgTemplate:
    """A team database made once by ``server init``, with one team lead."""

    database: str
    lead: str
    lead_password: str


@pytest.fixture(scope="session")
def pg_template(pg_cluster: PgCluster) -> PgTemplate:
    """The database each test's server store copies (copying is much faster than migrating)."""
    from famdesk.core.team import init_team_database
    from famdesk.db.models import TeamMember
    from famdesk.db.server import save_role

    name = pg_cluster.new_database()
    admin_url = pg_cluster.url(name).render_as_string(hide_password=False)
    init_team_database(admin_url)
    lead, password = f"test_lead_{uuid.uuid4().hex[:8]}", secrets.token_urlsafe(16)
    # The lead made by hand, as IT could: no audit line, so each test's audit starts empty.
    with open_store(admin_url, None) as admin, admin.session() as s:
        save_role(s.connection(), lead, password, create=True)
        s.add(TeamMember(role_name=lead, lead=True, added_at=datetime.now(UTC)))
    pg_cluster.roles.append(lead)
    return PgTemplate(name, lead, password)


@pytest.fixture
def pg_store_url(pg_cluster: PgCluster, pg_template: PgTemplate) -> Iterator[str]:
    """A fresh team database at the current schema; its URL as the team's lead.

    A lead sees the whole team through the same row-level security a worker
    meets, so core's rules are tested under the server's access rules.
    """
    name = pg_cluster.new_database(template=pg_template.database)
    try:
        url = pg_cluster.url(name, pg_template.lead, pg_template.lead_password)
        yield url.render_as_string(hide_password=False)
    finally:
        pg_cluster.drop_database(name)

