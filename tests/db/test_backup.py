"""verified_copy: an encrypted snapshot, verified before it gets its name."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest

from famdesk.db import backup as backup_mod
from famdesk.db.backup import BackupError, verified_copy, verify_file
from famdesk.db.engine import WrongPassphrase, probe_passphrase
from famdesk.db.store import Store, open_store
from tests.db.backup_fixtures import SECRET_NOTE, add_family, family_names

#: Copies of the encrypted file; a server is backed up by its own tools.
pytestmark = pytest.mark.file_only


def test_copy_is_keyed_verified_self_contained_and_private(
    store: Store, passphrase: str, tmp_path: Path
) -> None:
    add_family(store)
    dest = tmp_path / "b" / "copy.fdbak"
    copy = verified_copy(store.engine, passphrase, dest, store.path)
    assert copy.counts == {"family": 1}
    assert verify_file(dest, passphrase)["contact_session"] == 1
    assert sorted(p.name for p in dest.parent.iterdir()) == ["copy.fdbak"]  # no WAL, no temp
    assert dest.stat().st_mode & 0o077 == 0
    assert SECRET_NOTE.encode() not in dest.read_bytes()
    with pytest.raises(WrongPassphrase):
        probe_passphrase(dest, "another passphrase")


def test_a_copy_that_differs_after_writing_never_gets_the_name(
    store: Store, passphrase: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_copy = backup_mod._copy_bytes

    def flaky_disk(source: Path, fd: int) -> None:
        real_copy(source, fd)
        (byte,) = os.pread(fd, 1, 5000)
        os.pwrite(fd, bytes([byte ^ 0xFF]), 5000)  # one byte the disk got wrong

    monkeypatch.setattr(backup_mod, "_copy_bytes", flaky_disk)
    dest = tmp_path / "backups" / "copy.fdbak"
    with pytest.raises(BackupError, match="differs from the database"):
        verified_copy(store.engine, passphrase, dest, store.path)  # type: ignore[arg-type]
    assert list(dest.parent.iterdir()) == []


def test_committed_changes_still_in_the_wal_are_in_the_copy(
    store: Store, passphrase: str, tmp_path: Path
) -> None:
    add_family(store, "Familien Gemt")
    wal = store.path.with_name(store.path.name + "-wal")  # type: ignore[union-attr]
    assert wal.stat().st_size > 0  # committed, not yet in the main file
    dest = tmp_path / "copy.fdbak"
    verified_copy(store.engine, passphrase, dest, store.path)  # type: ignore[arg-type]
    with open_store(dest, passphrase, lock=False) as snap:
        assert family_names(snap) == {"Familien Gemt"}


def test_an_uncommitted_change_is_not_in_the_copy(
    store: Store, passphrase: str, tmp_path: Path
) -> None:
    add_family(store, "Familien Gemt")
    started, release = threading.Event(), threading.Event()

    def half_written() -> None:  # another thread, so another connection
        with store.engine.connect() as writer:
            writer.exec_driver_sql("BEGIN IMMEDIATE")
            writer.exec_driver_sql("UPDATE family SET name = 'Familien Halvskrevet'")
            started.set()
            release.wait(10)
            writer.rollback()

    thread = threading.Thread(target=half_written)
    thread.start()
    try:
        assert started.wait(10)
        dest = tmp_path / "mid.fdbak"
        copy = verified_copy(store.engine, passphrase, dest, store.path)
    finally:
        release.set()
        thread.join()
    assert copy.counts["family"] == 1  # type: ignore[attr-defined]
    with open_store(dest, passphrase, lock=False) as snap:
        assert family_names(snap) == {"Familien Gemt"}


def test_verify_file_refuses_a_damaged_copy(store: Store, passphrase: str, tmp_path: Path) -> None:
    add_family(store)
    dest = tmp_path / "copy.fdbak"
    verified_copy(store.engine, passphrase, dest, store.path)
    data = bytearray(dest.read_bytes())
    data[len(data) // 2 : len(data) // 2 + 32] = bytes(32)
    dest.write_bytes(bytes(data))
    with pytest.raises(BackupError):
        verify_file(dest, passphrase)
