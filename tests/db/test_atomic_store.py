"""A new store appears whole or not at all; an upgrade is one transaction and names its copy.

The kill tests (``test_kill_creation_upgrade.py``) kill real processes; these
inject failures (a full disk, a migration that cannot finish) and look at
what is left and what the user is told.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

import pytest
import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import inspect

from famdesk.db import migrate
from famdesk.db import store as store_module
from famdesk.db.backup import BackupError, verify_file
from famdesk.db.check import check_store
from famdesk.db.engine import key_connection
from famdesk.db.errors import StoreNotCreated, UpgradeFailed
from famdesk.db.store import open_store, store_exists, store_info
from tests.db.frozen_stores import rekeyed_frozen


def _hidden(path: Path) -> list[str]:
    return sorted(p.name for p in path.parent.glob(f".{path.name}.*"))


def _schema(path: Path, passphrase: str) -> tuple[str, list[tuple[str, str, str]]]:
    conn = sqlcipher.connect(str(path))
    try:
        key_connection(conn, passphrase)
        (revision,) = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        rows = conn.execute(
            "SELECT type, name, coalesce(sql, '') FROM sqlite_master ORDER BY type, name"
        ).fetchall()
    finally:
        conn.close()
    return revision, rows


# --- creation -------------------------------------------------------------------------------


def test_a_new_store_is_made_whole_and_renamed_into_place(
    db_path: Path, passphrase: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from famdesk.db import engine

    renames: list[tuple[str, str]] = []
    real_replace = os.replace

    def watching_replace(src: os.PathLike[str], dst: os.PathLike[str]) -> None:
        renames.append((Path(src).name, Path(dst).name))
        real_replace(src, dst)

    derivations: list[bytes] = []
    real_derive = engine.derive_key

    def counting_derive(secret: str, salt: bytes) -> engine.DerivedKey:
        derivations.append(salt)
        return real_derive(secret, salt)

    monkeypatch.setattr(os, "replace", watching_replace)
    monkeypatch.setattr(engine, "derive_key", counting_derive)
    with open_store(db_path, passphrase, create=True) as store:
        assert {"store_uid", "created_at"} <= set(store_info(store))
        assert check_store(store).ok
    assert [dst for _, dst in renames] == [db_path.name]
    assert renames[0][0].startswith(f".{db_path.name}.creating-")
    assert len(derivations) == 1  # built and opened with the one derived key
    assert stat.S_IMODE(db_path.stat().st_mode) == 0o600
    assert _hidden(db_path) == []


def test_leftovers_of_a_killed_creation_are_removed_on_the_next_creation(
    db_path: Path, passphrase: str
) -> None:
    db_path.parent.mkdir(exist_ok=True)
    stale = db_path.with_name(f".{db_path.name}.creating-0badc0de")
    for p in (stale, stale.with_name(stale.name + "-wal"), stale.with_name(stale.name + "-shm")):
        p.write_bytes(b"\0" * 4096)
    other = db_path.with_name(".other.famdesk.creating-12345678")  # another store's: not ours
    other.write_bytes(b"\0" * 4096)
    assert not store_exists(db_path)
    open_store(db_path, passphrase, create=True).close()
    assert _hidden(db_path) == []
    assert other.exists()


def test_leftovers_are_removed_when_a_store_opens(db_path: Path, passphrase: str) -> None:
    open_store(db_path, passphrase, create=True).close()
    stale = db_path.with_name(f".{db_path.name}.creating-0badc0de")
    stale.write_bytes(b"\0" * 4096)
    partial = db_path.with_name(f".{db_path.name}.before-0008-20260101T000000Z.bak.partial")
    partial.write_bytes(b"\0" * 4096)
    open_store(db_path, passphrase).close()
    assert _hidden(db_path) == []


def test_an_empty_file_becomes_a_store(db_path: Path, passphrase: str) -> None:
    db_path.parent.mkdir(exist_ok=True)
    db_path.touch()
    with open_store(db_path, passphrase, create=True) as store:
        assert check_store(store).ok
    assert _hidden(db_path) == []


@pytest.mark.parametrize("fail_on", ["fsync", "replace"])
def test_a_full_disk_during_creation_leaves_nothing_and_says_so(
    db_path: Path, passphrase: str, monkeypatch: pytest.MonkeyPatch, fail_on: str
) -> None:
    def disk_full(*_args: object) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    with monkeypatch.context() as patch:
        patch.setattr(os, fail_on, disk_full)
        with pytest.raises(StoreNotCreated) as caught:
            open_store(db_path, passphrase, create=True)
    assert caught.value.disk_full
    assert caught.value.path == db_path
    assert str(caught.value).startswith(f"could not create {db_path}: disk full")
    assert str(caught.value).endswith("nothing was created")
    assert not db_path.exists()
    assert _hidden(db_path) == []
    open_store(db_path, passphrase, create=True).close()  # the lock was let go; room again


def test_a_folder_is_not_a_database(tmp_path: Path, passphrase: str) -> None:
    with pytest.raises(Exception, match="is a folder, not a database file"):
        open_store(tmp_path, passphrase)


# --- upgrades -------------------------------------------------------------------------------


@pytest.fixture
def rev0005(tmp_path: Path, passphrase: str) -> Path:
    return rekeyed_frozen("0005", tmp_path / "cases.famdesk", passphrase)


def test_a_failed_upgrade_rolls_back_all_of_it_and_names_the_copy(
    rev0005: Path, passphrase: str
) -> None:
    # A reference to a plan that is not there: the upgrade runs every
    # revision (a table rebuild included), then refuses to commit.
    conn = sqlcipher.connect(str(rev0005))
    try:
        key_connection(conn, passphrase)
        conn.execute("PRAGMA foreign_keys = OFF")
        conn.execute(
            "INSERT INTO goal(id, uid, plan_id, position, title, success_criteria, ics_dimension,"
            " status) VALUES (2, '99999999-9999-4999-8999-999999999999', 999, 1, 'Løs', '',"
            " 'safe-care', 'open')"
        )
        conn.commit()
    finally:
        conn.close()
    before = _schema(rev0005, passphrase)
    with pytest.raises(UpgradeFailed) as caught:
        open_store(rev0005, passphrase)
    failure = caught.value
    assert failure.unchanged
    assert failure.copy is not None and failure.copy.name.startswith(
        f"{rev0005.name}.before-{migrate.head_revision()}-"
    )
    assert str(failure.copy) in str(failure)
    assert "the database is unchanged (schema 0005)" in str(failure)
    assert verify_file(failure.copy, passphrase)["goal"] == 2  # the copy is whole and opens
    assert _schema(rev0005, passphrase) == before  # no table, index or trigger changed
    assert _hidden(rev0005) == []


def test_a_half_made_table_left_by_an_old_famdesk_is_dropped_and_the_upgrade_runs(
    rev0005: Path, passphrase: str
) -> None:
    # What a kill during 0005→0006 left with famdesk before this fix: the copy
    # of ``goal`` being built, committed on its own, and the revision still 0005.
    conn = sqlcipher.connect(str(rev0005))
    try:
        key_connection(conn, passphrase)
        conn.execute("CREATE TABLE _alembic_tmp_goal (id INTEGER NOT NULL, uid VARCHAR(36))")
        conn.commit()
    finally:
        conn.close()
    with open_store(rev0005, passphrase) as store:
        assert store.upgraded_from == "0005"
        with store.engine.connect() as c:
            assert not [t for t in inspect(c).get_table_names() if t.startswith("_alembic_tmp")]
        assert check_store(store).ok


def test_a_half_made_table_without_its_original_sends_the_user_to_the_copy(
    rev0005: Path, passphrase: str
) -> None:
    conn = sqlcipher.connect(str(rev0005))
    try:
        key_connection(conn, passphrase)
        conn.execute("ALTER TABLE step RENAME TO _alembic_tmp_step")
        conn.commit()
    finally:
        conn.close()
    older = rev0005.with_name(f"{rev0005.name}.before-0006-20260101T000000Z.bak")
    newer = rev0005.with_name(f"{rev0005.name}.before-0006-20260301T000000Z.bak")
    for copy in (older, newer):
        copy.write_bytes(b"copy")
    before = _schema(rev0005, passphrase)
    with pytest.raises(UpgradeFailed) as caught:
        open_store(rev0005, passphrase)
    assert caught.value.copy == newer
    assert not caught.value.unchanged
    assert str(newer) in str(caught.value)
    assert _schema(rev0005, passphrase) == before  # nothing touched


def test_a_full_disk_for_the_safety_copy_upgrades_nothing(
    rev0005: Path, passphrase: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_room(*_args: object) -> None:
        raise BackupError("could not write the backup") from OSError(
            errno.ENOSPC, os.strerror(errno.ENOSPC)
        )

    monkeypatch.setattr(store_module, "verified_copy", no_room)
    before = _schema(rev0005, passphrase)
    with pytest.raises(UpgradeFailed) as caught:
        open_store(rev0005, passphrase)
    assert caught.value.unchanged and caught.value.copy is None
    assert "disk full" in caught.value.reason
    assert "nothing was upgraded" in str(caught.value)
    assert _schema(rev0005, passphrase) == before
