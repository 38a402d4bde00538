"""The one door to the store for the screens, the reports and the command line.

``famdesk/db`` knows SQL, SQLCipher and files; ``ui``, ``reports``,
``commands`` and ``famdesk.cli`` may not import it (``tests/test_code_quality.py``
bars them from ``famdesk.db`` and SQLAlchemy). What they need of the store
itself — the ``Store`` type they pass to core, opening (and so locking) a
file, asking whether there is one, checking it, inspecting and restoring a
backup, and the errors all of that raises — they import from here. So a
change under ``famdesk/db`` (another engine, another way to lock or upgrade)
stays behind ``core``, and the rules about swapping a database under an
open window live in one function (``restore_in_place``), not in a dialog.

Importing this module is light: the errors and ``store_file_exists`` come
from ``famdesk.db``'s light modules, and every other name is imported on
first use (PEP 562), because the unlock dialog uses this module before
SQLAlchemy and SQLCipher have loaded (``docs/architecture.md``, "A thin start").
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from famdesk.db.errors import (
    NotAFamdeskStore,
    PasswordRequired,
    SchemaTooNew,
    ServerUnavailable,
    StoreError,
    StoreLocked,
    StoreNotCreated,
    UpgradeFailed,
    WrongPassphrase,
    WrongPassword,
)
from famdesk.db.file_kind import store_file_exists

if TYPE_CHECKING:
    from sqlalchemy.exc import DBAPIError, OperationalError

    from famdesk.db.backup import BackupError, describe_write_error
    from famdesk.db.check import CheckReport, check_store
    from famdesk.db.engine import Target, parse_target, with_password
    from famdesk.db.restore import (
        BackupPreview,
        RestoreFailed,
        RestoreRefused,
        RestoreResult,
        inspect_backup,
    )
    from famdesk.db.store import Store, open_store, read_store_info, store_exists

#: Names served on first use, and the module each comes from.
_LAZY: dict[str, str] = {
    # the open store and opening it (the lock is taken by open_store)
    "Store": "famdesk.db.store",
    "open_store": "famdesk.db.store",
    "store_exists": "famdesk.db.store",
    "read_store_info": "famdesk.db.store",
    "Target": "famdesk.db.engine",
    "parse_target": "famdesk.db.engine",
    "with_password": "famdesk.db.engine",
    # checking
    "CheckReport": "famdesk.db.check",
    "check_store": "famdesk.db.check",
    # backups and restoring one
    "BackupError": "famdesk.db.backup",
    "describe_write_error": "famdesk.db.backup",
    "BackupPreview": "famdesk.db.restore",
    "RestoreFailed": "famdesk.db.restore",
    "RestoreRefused": "famdesk.db.restore",
    "RestoreResult": "famdesk.db.restore",
    "inspect_backup": "famdesk.db.restore",
    # a statement the database refused (disk full, I/O error): caught at the top of the CLI
    "DBAPIError": "sqlalchemy.exc",
    "OperationalError": "sqlalchemy.exc",
}

__all__ = [
    "BackupError",
    "BackupPreview",
    "CheckReport",
    "DBAPIError",
    "NotAFamdeskStore",
    "OperationalError",
    "PasswordRequired",
    "RestoreFailed",
    "RestoreOutcome",
    "RestoreRefused",
    "RestoreResult",
    "SchemaTooNew",
    "ServerUnavailable",
    "Store",
    "StoreError",
    "StoreLocked",
    "StoreNotCreated",
    "Target",
    "UpgradeFailed",
    "WrongPassphrase",
    "WrongPassword",
    "check_store",
    "describe_failed_write",
    "describe_write_error",
    "inspect_backup",
    "load_libraries",
    "open_store",
    "parse_target",
    "read_store_info",
    "restore_in_place",
    "store_exists",
    "store_file_exists",
    "with_password",
]


def __getattr__(name: str) -> Any:
    """Import a heavy name the first time someone asks for it (PEP 562)."""
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def load_libraries() -> None:
    """Import the store's libraries and set up the ORM's mappers now.

    The GUI calls this on a thread while the worker types the passphrase, so
    that opening the store costs the key derivation, not the imports.
    """
    importlib.import_module("famdesk.db.store")
    from sqlalchemy.orm import configure_mappers

    configure_mappers()


def describe_failed_write(exc: BaseException) -> str:
    """One line for a write the disk or the database refused (full disk, I/O error).

    SQLAlchemy wraps the driver's error; the sentence is about the cause.
    """
    from famdesk.db.backup import describe_write_error

    cause = getattr(exc, "orig", None)
    return describe_write_error(cause if isinstance(cause, BaseException) else exc)


@dataclass(frozen=True)
class RestoreOutcome:
    """What ``restore_in_place`` did: restored (``result``), or not (``error``; unchanged)."""

    backup: Path
    result: RestoreResult | None = None
    error: Exception | None = None

    @property
    def restored(self) -> bool:
        return self.error is None


def restore_in_place(store: Store, backup: Path) -> RestoreOutcome:
    """Replace the database ``store`` has open with ``backup``, and reopen it.

    The store is closed only while the file is swapped, and reopened whatever
    the restore did: the restored file, or the untouched original after a
    refusal (``RestoreOutcome.error``). ``store`` itself — the object every
    panel holds — then works on the reopened database (``Store.adopt``). The
    restore is audited in the restored store (``core.backups.restore``).

    Raises ``StoreError`` when ``store`` is not an encrypted file, or when the
    database cannot be opened again: then ``store`` stays closed.
    """
    from famdesk.core.backups import restore
    from famdesk.db.store import open_store

    db_path, passphrase = store.path, store.passphrase
    if db_path is None or passphrase is None:
        raise StoreError("only an encrypted database file can be restored")
    store.close()
    try:
        result = restore(Path(backup), db_path, passphrase)
    except Exception as exc:  # noqa: BLE001 - the outcome carries it; the database is reopened
        outcome = RestoreOutcome(Path(backup), error=exc)
    else:
        outcome = RestoreOutcome(Path(backup), result=result)
    store.adopt(open_store(db_path, passphrase, create=False))
    return outcome
