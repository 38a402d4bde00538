"""The test server itself: it runs a real PostgreSQL 15+, and its absence fails loudly."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from tests.pg_cluster import PgCluster, PgUnavailable, find_server_binaries


def test_cluster_serves_postgresql_15_or_newer_with_unicode_case_folding(
    pg_cluster: PgCluster, pg_url: str
) -> None:
    engine = create_engine(pg_url)
    try:
        with engine.connect() as conn:
            version = conn.scalar(text("SHOW server_version_num"))
            assert version is not None and int(version) >= 150000
            assert conn.scalar(text("SHOW server_encoding")) == "UTF8"
            # The families filter folds with lower(): Danish letters must fold too.
            assert conn.scalar(text("SELECT lower('ÆRØ ÅSE')")) == "ærø åse"
            tables = conn.scalars(
                text("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")
            ).all()
            assert tables == []
    finally:
        engine.dispose()


def test_each_test_gets_its_own_database(pg_cluster: PgCluster, pg_url: str) -> None:
    name = pg_url.rsplit("/", 1)[1].split("?")[0]
    assert name in pg_cluster.databases
    other = pg_cluster.new_database()
    try:
        assert other != name
    finally:
        pg_cluster.drop_database(other)


def test_missing_server_programs_fail_with_what_to_install(tmp_path: Path) -> None:
    with pytest.raises(PgUnavailable) as info:
        find_server_binaries(search_path=str(tmp_path), versioned=str(tmp_path / "*" / "bin"))
    assert "apt-get install postgresql-15" in str(info.value)
    assert "FAMDESK_TEST_PG_URL" in str(info.value)


def test_versioned_folders_prefer_the_newest(tmp_path: Path) -> None:
    for version in ("9.6", "15", "13"):
        folder = tmp_path / version / "bin"
        folder.mkdir(parents=True)
        for program in ("initdb", "pg_ctl"):
            (folder / program).write_text("")
    found = find_server_binaries(search_path=str(tmp_path), versioned=str(tmp_path / "*" / "bin"))
    assert found == tmp_path / "15" / "bin"
