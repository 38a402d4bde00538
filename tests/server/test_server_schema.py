"""The team database protects itself: the file's triggers have server twins.

Statements go through ``psql``, as someone bypassing famdesk would type them:
the audit refuses UPDATE, DELETE and TRUNCATE; a finalized note and its
addenda refuse every change; deleting the whole family still works.
"""

from __future__ import annotations

import shutil
import subprocess
from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import create_engine, text

from famdesk.core import audit, sessions
from famdesk.core.sessions import SessionInput
from famdesk.db import migrate
from famdesk.db.engine import SchemaTooNew, StoreError
from famdesk.db.store import Store, open_store
from tests.core.session_fixtures import make_family
from tests.pg_cluster import PgCluster
from tests.server.conftest import Team

CET = timezone(timedelta(hours=1))


def psql(url: str, sql: str) -> subprocess.CompletedProcess[str]:
    """Run ``sql`` with the psql client, stopping at the first error."""
    program = shutil.which("psql")
    assert program, "psql (the PostgreSQL client) is needed to test a bypass of famdesk"
    conninfo = url.replace("postgresql+psycopg://", "postgresql://")
    return subprocess.run(
        [program, "-X", "-v", "ON_ERROR_STOP=1", "-d", conninfo, "-c", sql],
        capture_output=True, text=True, timeout=60, check=False,
    )


@pytest.fixture
def server(team: Team) -> Store:
    """The team database as its administrator, whom the triggers refuse too."""
    return team.open(team.admin_url)


def _finalized_note(store: Store) -> str:
    fam = make_family(store)
    uid = sessions.create_session(
        store,
        fam.uid,
        SessionInput(kind="home-visit", start=datetime(2026, 2, 3, 10, 0, tzinfo=CET),
                     notes="Mor fortalte om børnehaven"),
    )
    sessions.finalize_session(store, uid)
    sessions.add_addendum(store, uid, "Rettelse: det var vuggestuen")
    return uid


@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE audit_event SET actor = 'nobody'",
        "DELETE FROM audit_event",
        "TRUNCATE audit_event",
        "TRUNCATE audit_event CASCADE",
    ],
)
def test_the_audit_refuses_change_through_psql(
    server: Store, team: Team, statement: str
) -> None:
    with server.session() as s:
        audit.record(s, "read", "family", "u-1", "u-1")
    count = "SELECT count(*) FROM audit_event"
    before = psql(team.admin_url, count).stdout
    r = psql(team.admin_url, statement)
    assert r.returncode != 0
    assert "audit log is append-only" in r.stderr
    # A worker is not even allowed to try.
    r = psql(team.lead_url, statement)
    assert r.returncode != 0
    assert "permission denied for table audit_event" in r.stderr
    assert psql(team.admin_url, count).stdout == before


@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE contact_session SET notes = 'omskrevet'",
        "UPDATE contact_session SET finalized_at = NULL",
        "DELETE FROM contact_session",
        "TRUNCATE contact_session CASCADE",
        "UPDATE addendum SET text = 'anden tekst'",
        "DELETE FROM addendum",
        "TRUNCATE addendum",
    ],
)
def test_a_finalized_note_refuses_change_through_psql(
    team: Team, statement: str
) -> None:
    lead = team.open(team.lead_url)
    uid = _finalized_note(lead)
    before = sessions.get_session(lead, uid)
    for url in (team.lead_url, team.admin_url):
        r = psql(url, statement)
        assert r.returncode != 0
        assert any(
            why in r.stderr for why in ("finalized note", "addendum", "permission denied")
        ), r.stderr
    assert sessions.get_session(lead, uid) == before


def test_deleting_the_whole_family_takes_its_locked_notes(team: Team) -> None:
    _finalized_note(team.open(team.lead_url))
    r = psql(team.lead_url, "DELETE FROM family")
    assert r.returncode == 0, r.stderr
    r = psql(team.admin_url, "SELECT count(*) FROM contact_session")
    assert r.stdout.split()[2] == "0"


def test_every_migration_runs_down_and_up_again(server: Store) -> None:
    from alembic import command

    cfg = migrate.alembic_config()
    with server.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "base")
    with server.engine.connect() as conn:
        left = conn.execute(
            text("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")
        ).scalars().all()
        functions = conn.execute(
            text("SELECT proname FROM pg_proc WHERE proname LIKE 'famdesk%'")
        ).scalars().all()
    assert set(left) <= {"alembic_version"} and functions == []
    migrate.upgrade(server.engine)
    with server.engine.connect() as conn:
        assert migrate.current_revision(conn) == migrate.head_revision()


def test_a_server_at_an_older_schema_is_left_to_the_administrator(
    server: Store, team: Team
) -> None:
    with server.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '0007'"))
    with pytest.raises(StoreError, match="famdesk server init"):
        open_store(team.lead_url, None)


def test_a_server_at_a_newer_schema_is_refused(server: Store, team: Team) -> None:
    with server.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    with pytest.raises(SchemaTooNew, match="newer famdesk"):
        open_store(team.lead_url, None)


def test_an_empty_server_database_is_not_created_by_opening_it(pg_url: str) -> None:
    with pytest.raises(StoreError, match="famdesk server init"):
        open_store(pg_url, None, create=True)
    engine = create_engine(pg_url)
    try:
        with engine.connect() as conn:
            assert conn.execute(
                text("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")
            ).scalar() == 0
    finally:
        engine.dispose()


def test_a_database_in_the_c_locale_is_refused_for_its_case_folding(
    pg_cluster: PgCluster,
) -> None:
    from famdesk.core.team import init_team_database

    name = f"{pg_cluster.new_database()}_c"
    with pg_cluster.admin_connect() as conn:
        conn.execute(
            f'CREATE DATABASE "{name}" TEMPLATE template0 LC_COLLATE \'C\' LC_CTYPE \'C\''
        )
    pg_cluster.databases.append(name)
    try:
        url = pg_cluster.url(name).render_as_string(hide_password=False)
        with pytest.raises(StoreError, match="UTF-8 locale"):
            init_team_database(url)
    finally:
        pg_cluster.drop_database(name)
