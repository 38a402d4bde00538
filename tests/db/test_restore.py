"""Restore treats the file as untrusted: every kind of bad file is refused, nothing changes."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import select

from famdesk.core.backups import make_backup, restore
from famdesk.db import migrate
from famdesk.db.backup import verified_copy
from famdesk.db.check import check_store
from famdesk.db.engine import StoreLocked, key_connection, make_engine, parse_target
from famdesk.db.models import AuditEvent, StoreInfo
from famdesk.db.restore import RestoreRefused, inspect_backup, restore_backup
from famdesk.db.store import open_store
from tests.db.backup_fixtures import add_family, family_names


def _digest(db: Path) -> dict[str, str]:
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(db.parent.iterdir())
        if p.is_file() and p.name.startswith(db.name) and not p.name.endswith(".lock")
    }


@pytest.fixture
def setup(db_path: Path, passphrase: str, tmp_path: Path) -> tuple[Path, Path]:
    """A store with two families, a backup holding only the first."""
    with open_store(db_path, passphrase, create=True) as store:
        add_family(store, "Familien Først")
        backup = make_backup(store, tmp_path / "backups").path
        add_family(store, "Familien Efter")
    return db_path, backup


def _refused(backup: Path, db: Path, passphrase: str, match: str) -> None:
    before = _digest(db)
    with pytest.raises(RestoreRefused, match=match):
        restore(backup, db, passphrase)
    assert _digest(db) == before, "the current database was touched"
    assert not list(db.parent.glob(f".{db.name}.restoring*"))
    assert not list(db.parent.glob(f"{db.name}.before-restore-*"))


def test_a_good_backup_is_restored_audited_and_the_replaced_store_kept(
    setup: tuple[Path, Path], passphrase: str
) -> None:
    db, backup = setup
    preview = inspect_backup(backup, passphrase)
    assert preview.families == 1 and preview.last_change is not None
    result = restore(backup, db, passphrase)
    assert result.replaced_copy is not None and result.replaced_copy.exists()
    with open_store(db, passphrase) as store:
        assert family_names(store) == {"Familien Først"}
        assert check_store(store).ok
        with store.read_session() as s:
            last = s.scalars(select(AuditEvent).order_by(AuditEvent.id.desc())).first()
        assert last is not None and last.action == "restore"
        assert last.detail["file"] == backup.name
    with open_store(result.replaced_copy, passphrase, lock=False) as kept:
        assert family_names(kept) == {"Familien Først", "Familien Efter"}


def test_restore_is_refused_while_the_store_is_open_elsewhere(
    setup: tuple[Path, Path], passphrase: str
) -> None:
    db, backup = setup
    with open_store(db, passphrase):
        before = _digest(db)
        with pytest.raises(StoreLocked):
            restore(backup, db, passphrase)
        assert _digest(db) == before


def test_through_a_link_the_open_store_is_refused_and_otherwise_the_real_file_restored(
    setup: tuple[Path, Path], passphrase: str, tmp_path: Path
) -> None:
    """A symlink to the store: refused while the store is open, then the link keeps
    pointing at the restored file (it was replaced by a new file of its own)."""
    db, backup = setup
    link = tmp_path / "link.db"
    link.symlink_to(db)
    with open_store(db, passphrase):
        before = _digest(db)
        with pytest.raises(StoreLocked):
            restore(backup, link, passphrase)
        assert _digest(db) == before
    restore(backup, link, passphrase)
    assert link.is_symlink() and link.resolve() == db.resolve()
    with open_store(db, passphrase) as store:
        assert family_names(store) == {"Familien Først"}


def test_empty_file(setup: tuple[Path, Path], passphrase: str, tmp_path: Path) -> None:
    bad = tmp_path / "empty.fdbak"
    bad.write_bytes(b"")
    _refused(bad, setup[0], passphrase, "empty")


def test_missing_file_and_folder(setup: tuple[Path, Path], passphrase: str, tmp_path: Path) -> None:
    _refused(tmp_path / "nope.fdbak", setup[0], passphrase, "no such file")
    _refused(tmp_path, setup[0], passphrase, "folder")


@pytest.mark.parametrize("cut", ["half-page", "whole-pages"])
def test_truncated_file(
    setup: tuple[Path, Path], passphrase: str, tmp_path: Path, cut: str
) -> None:
    db, backup = setup
    data = backup.read_bytes()
    keep = len(data) // 2 + (100 if cut == "half-page" else 0)
    keep -= keep % 4096 if cut == "whole-pages" else 0
    bad = tmp_path / "truncated.fdbak"
    bad.write_bytes(data[:keep])
    _refused(bad, db, passphrase, "not a famdesk backup|damaged")


@pytest.mark.parametrize("where", ["first page", "middle"])
def test_corrupt_file(
    setup: tuple[Path, Path], passphrase: str, tmp_path: Path, where: str
) -> None:
    db, backup = setup
    data = bytearray(backup.read_bytes())
    at = 200 if where == "first page" else (len(data) // 4096 // 2) * 4096 + 300
    data[at : at + 64] = bytes(64)
    bad = tmp_path / "corrupt.fdbak"
    bad.write_bytes(bytes(data))
    _refused(bad, db, passphrase, "damaged")


def test_foreign_files(setup: tuple[Path, Path], passphrase: str, tmp_path: Path) -> None:
    db = setup[0]
    json_file = tmp_path / "families.json"
    json_file.write_text('{"format": "famdesk", "version": 1, "families": []}', encoding="utf-8")
    _refused(json_file, db, passphrase, "not a famdesk backup")
    pdf = tmp_path / "plan.pdf"
    pdf.write_bytes(b"%PDF-1.7\n" + b"x" * 20000)
    _refused(pdf, db, passphrase, "not a famdesk backup")
    # A PDF that happens to be whole pages long gets as far as the key, no further.
    paged = tmp_path / "paged.pdf"
    paged.write_bytes((b"%PDF-1.7\n" + b"y" * 8192)[:8192])
    _refused(paged, db, passphrase, "not a famdesk backup")


def test_plain_sqlite_file(setup: tuple[Path, Path], passphrase: str, tmp_path: Path) -> None:
    plain = tmp_path / "plain.fdbak"
    conn = sqlite3.connect(plain)
    conn.execute("CREATE TABLE store_info (key TEXT, value TEXT)")
    conn.commit()
    conn.close()
    _refused(plain, setup[0], passphrase, "unencrypted SQLite")


def test_wrong_passphrase(setup: tuple[Path, Path], passphrase: str) -> None:
    db, backup = setup
    _refused(backup, db, "not the passphrase", "passphrase")


def test_encrypted_database_that_is_not_famdesk(
    setup: tuple[Path, Path], passphrase: str, tmp_path: Path
) -> None:
    other = tmp_path / "other.fdbak"
    conn = sqlcipher.connect(str(other))
    key_connection(conn, passphrase)
    conn.execute("CREATE TABLE recipes (name TEXT)")
    conn.commit()
    conn.close()
    _refused(other, setup[0], passphrase, "not a famdesk backup")


def test_newer_schema_is_refused(setup: tuple[Path, Path], passphrase: str, tmp_path: Path) -> None:
    db, backup = setup
    newer = tmp_path / "newer.fdbak"
    newer.write_bytes(backup.read_bytes())
    conn = sqlcipher.connect(str(newer))
    key_connection(conn, passphrase)
    conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.commit()
    conn.close()
    _refused(newer, db, passphrase, "newer famdesk")


def test_an_older_schema_is_upgraded_on_restore(
    db_path: Path, passphrase: str, tmp_path: Path
) -> None:
    old = tmp_path / "old.famdesk"
    engine = make_engine(parse_target(old), passphrase)
    migrate.upgrade(engine, "0003")
    with engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO store_info (key, value) VALUES ('store_uid', 'old-store')"
        )
    old_backup = tmp_path / "old-20260101-000000.fdbak"
    verified_copy(engine, passphrase, old_backup, old)
    engine.dispose()
    preview = inspect_backup(old_backup, passphrase)
    assert preview.schema == "0003" and preview.needs_upgrade
    result = restore_backup(old_backup, db_path, passphrase)
    assert result.replaced_copy is None  # there was nothing to replace
    with open_store(db_path, passphrase) as store:
        assert store.upgraded_from is None  # already at head when opened
        assert check_store(store).ok
        with store.read_session() as s:
            assert s.get(StoreInfo, "store_uid").value == "old-store"  # type: ignore[union-attr]
