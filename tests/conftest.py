"""Shared fixtures: fresh stores made by the same code production uses."""

from __future__ import annotations

import os

# Set before anything imports Qt: every GUI test runs offscreen, on a screen the size of a
# municipal laptop's 1366×768 less a 40 px taskbar (the offscreen platform has no taskbar, so
# the screen is the available area), so that what does not fit one fails a test.
if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":
    _screen = os.path.join(os.path.dirname(__file__), "laptop_screen.json")
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={_screen}"
# Lower SQLCipher's key derivation for speed; production never sets this.
os.environ.setdefault("FAMDESK_INSECURE_TEST_KDF_ITER", "4")

from collections.abc import Iterator  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from famdesk.core.profile import WorkerProfile, save_profile  # noqa: E402
from famdesk.db.store import Store, open_store  # noqa: E402
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
    save_profile(s, WorkerProfile(name="test-worker"))
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


@pytest.fixture(scope="session")
def pg_template(pg_cluster: PgCluster) -> str:
    """A team database made once by ``server init``; each test's store is a copy."""
    from famdesk.db.engine import make_engine, parse_target
    from famdesk.db.server import init_server

    name = pg_cluster.new_database()
    target = parse_target(pg_cluster.url(name).render_as_string(hide_password=False))
    engine = make_engine(target, None)
    try:
        init_server(engine, target)
    finally:
        engine.dispose()  # a template database must have no connections
    return name


@pytest.fixture
def pg_store_url(pg_cluster: PgCluster, pg_template: str) -> Iterator[str]:
    """A fresh team database at the current schema; its URL as the administrator."""
    name = pg_cluster.new_database(template=pg_template)
    try:
        yield pg_cluster.url(name).render_as_string(hide_password=False)
    finally:
        pg_cluster.drop_database(name)

