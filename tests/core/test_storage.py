"""``famdesk.core.storage``: the one door to the store, light to import, restoring in place."""

from __future__ import annotations

import errno
import importlib
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.exc import OperationalError

from famdesk.core import storage
from famdesk.core.backups import make_backup
from famdesk.db.models import AuditEvent
from famdesk.db.store import Store, open_store
from tests.db.backup_fixtures import add_family, family_names

ROOT = Path(__file__).resolve().parents[2]


def test_every_exported_name_is_the_store_layers_own_object() -> None:
    """Re-exported, not copied: ``except storage.StoreLocked`` catches what db raises."""
    for name in storage.__all__:
        value = getattr(storage, name)
        source = storage._LAZY.get(name)
        if source is not None:
            assert value is getattr(importlib.import_module(source), name), name
    from famdesk.db import engine, errors

    assert storage.StoreLocked is errors.StoreLocked is engine.StoreLocked
    assert storage.Store is Store


def test_an_unknown_name_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match="no_such_thing"):
        _ = storage.no_such_thing  # type: ignore[attr-defined]


def test_importing_it_loads_neither_sqlalchemy_nor_sqlcipher() -> None:
    """The unlock dialog imports it before the store's libraries have loaded."""
    code = (
        "import sys\n"
        "from famdesk.core.storage import StoreLocked, WrongPassphrase, store_file_exists\n"
        "heavy = ('sqlalchemy', 'sqlcipher3', 'alembic', 'famdesk.db.store', 'famdesk.db.engine')\n"
        "print(sorted(m for m in heavy if m in sys.modules))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == "[]"


def test_a_refused_write_is_told_by_its_cause() -> None:
    full = OSError(errno.ENOSPC, "No space left on device")
    wrapped = OperationalError("INSERT INTO audit_event …", {}, full)
    assert storage.describe_failed_write(wrapped) == storage.describe_write_error(full)
    assert "disk full" in storage.describe_failed_write(wrapped)
    assert storage.describe_failed_write(full) == storage.describe_write_error(full)


@pytest.mark.file_only  # restoring is of a file; a server has its own tools
def test_restore_in_place_swaps_the_file_under_the_same_store_object(
    store: Store, tmp_path: Path
) -> None:
    add_family(store, "Familien Alfa")
    backup = make_backup(store, tmp_path / "backups").path
    add_family(store, "Familien Beta")

    outcome = storage.restore_in_place(store, backup)

    assert outcome.restored and outcome.error is None and outcome.result is not None
    assert outcome.backup == backup
    assert family_names(store) == {"Familien Alfa"}
    add_family(store, "Familien Gamma")  # open and writable again
    with store.read_session() as s:
        actions = list(s.scalars(select(AuditEvent.action).order_by(AuditEvent.id)))
    assert actions.count("restore") == 1
    # Still locked by this store: nobody else can open the file meanwhile.
    assert store.path is not None
    with pytest.raises(storage.StoreLocked):
        open_store(store.path, store.passphrase, create=False)


@pytest.mark.file_only  # restoring is of a file; a server has its own tools
def test_a_refused_restore_reopens_the_untouched_database(store: Store, tmp_path: Path) -> None:
    add_family(store, "Familien Alfa")
    bad = tmp_path / "case-20260101-120000.fdbak"
    bad.write_bytes(b"not a database at all" * 100)

    outcome = storage.restore_in_place(store, bad)

    assert not outcome.restored and outcome.result is None
    assert isinstance(outcome.error, storage.RestoreRefused)
    assert family_names(store) == {"Familien Alfa"}
    add_family(store, "Familien Beta")


@pytest.mark.file_only  # restoring is of a file; a server has its own tools
def test_a_database_that_cannot_be_reopened_is_an_error_and_stays_closed(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    add_family(store, "Familien Alfa")
    backup = make_backup(store, tmp_path / "backups").path

    def refuse(*_a: object, **_k: object) -> Store:
        raise storage.StoreLocked("open in another famdesk")

    monkeypatch.setattr("famdesk.db.store.open_store", refuse)
    with pytest.raises(storage.StoreLocked):
        storage.restore_in_place(store, backup)
    monkeypatch.undo()
    # Closed: the lock is free for the next famdesk to open the (restored) file.
    assert store.path is not None
    again = open_store(store.path, store.passphrase, create=False)
    try:
        assert family_names(again) == {"Familien Alfa"}
    finally:
        again.close()


def test_only_a_database_file_can_be_restored(tmp_path: Path) -> None:
    memory = open_store(":memory:", "in memory", create=True)
    try:
        with pytest.raises(storage.StoreError, match="encrypted database file"):
            storage.restore_in_place(memory, tmp_path / "x.fdbak")
        assert family_names(memory) == set()  # not closed
    finally:
        memory.close()
