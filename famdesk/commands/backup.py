"""``backup``, ``backups`` and ``restore``: verified encrypted copies, and getting one back."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from famdesk.commands.common import (
    BAD_INPUT,
    FAILURE,
    CommandError,
    db_spec,
    opened_store,
    read_passphrase,
)
from famdesk.core.backups import (
    BackupFolderError,
    backup_warnings,
    list_backups,
    make_backup,
    resolve_backup_dir,
    restore,
    store_prefix,
    verified_digest,
)
from famdesk.core.settings import load_settings
from famdesk.core.storage import (
    BackupError,
    OperationalError,
    RestoreRefused,
    StoreError,
    StoreLocked,
    describe_failed_write,
    inspect_backup,
    parse_target,
    read_store_info,
)


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("backup", help="write a verified, encrypted backup; prints its path")
    p.add_argument("--db", required=True)
    p.add_argument("--to", metavar="DIR", help="backup folder (default: from the settings)")
    p.set_defaults(handler=cmd_backup)

    p = sub.add_parser("backups", help="list backups with time, size and verified state")
    p.add_argument("--db", required=True)
    p.add_argument("--dir", metavar="DIR", help="backup folder (default: from the settings)")
    p.set_defaults(handler=cmd_backups)

    p = sub.add_parser("restore", help="replace the database with a backup (keeps a copy of it)")
    p.add_argument("backup", help="the .fdbak file to restore")
    p.add_argument("--db", required=True)
    p.add_argument(
        "--preview", action="store_true", help="only check the backup and show what it holds"
    )
    p.set_defaults(handler=cmd_restore)


def _file_path(spec: str | None) -> Path:
    path = parse_target(db_spec(spec)).path
    if path is None:
        raise CommandError("backups work on a database file, not a server database or :memory:")
    return path


def cmd_backup(args: argparse.Namespace) -> int:
    settings = load_settings()
    folder = Path(args.to).expanduser() if args.to else None
    with opened_store(args.db) as store:
        try:
            info = make_backup(store, folder, settings=settings, reason="manual")
        except BackupFolderError as exc:
            raise CommandError(str(exc), BAD_INPUT) from None
        except BackupError as exc:
            raise CommandError(str(exc), FAILURE) from None
        except OperationalError as exc:
            raise CommandError(
                "the backup was written, but the audit line could not be: "
                + describe_failed_write(exc),
                FAILURE,
            ) from None
    print(info.path)
    return 0


def _human_size(size: int) -> str:
    for unit in ("B", "KB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            return f"{size:.0f} {unit}" if unit == "B" else f"{size:.1f} {unit}"
        size /= 1024  # type: ignore[assignment]
    return f"{size} B"  # pragma: no cover


def cmd_backups(args: argparse.Namespace) -> int:
    settings = load_settings()
    db_path = _file_path(args.db)
    folder = Path(args.dir).expanduser() if args.dir else resolve_backup_dir(settings)
    if args.dir and not folder.is_dir():
        raise CommandError(f"{args.dir}: no such folder")
    passphrase = read_passphrase(confirm=False)
    try:
        uid = read_store_info(db_path, passphrase).get("store_uid")
    except StoreError as exc:
        raise CommandError(f"{db_path}: {exc}", BAD_INPUT) from None
    backups = list_backups(folder, prefix=store_prefix(db_path), store_uid=uid)
    if not backups:
        print(f"no backups of {db_path} in {folder}")
    for b in backups:
        when = b.created_at.astimezone().strftime("%Y-%m-%d %H:%M:%S")
        state = "verified" if b.verified else "NOT verified"
        print(f"{when}  {_human_size(b.size):>9}  {state:<12}  {b.path}")
    for warning in backup_warnings(db_path, settings, backups=backups, store_uid=uid):
        print(f"warning: {warning.message}", file=sys.stderr)
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    db_path = _file_path(args.db)
    backup = Path(args.backup)
    passphrase = read_passphrase(confirm=False)
    try:
        preview = inspect_backup(backup, passphrase, verified_digest=verified_digest(backup))
    except RestoreRefused as exc:
        raise CommandError(str(exc), BAD_INPUT) from None
    last = (
        preview.last_change.astimezone().strftime("%Y-%m-%d %H:%M")
        if preview.last_change
        else "none"
    )
    print(
        f"{backup.name}: {preview.families} families, last change {last}, schema {preview.schema}"
    )
    if args.preview:
        return 0
    try:
        result = restore(backup, db_path, passphrase)
    except RestoreRefused as exc:
        raise CommandError(str(exc), BAD_INPUT) from None
    except StoreLocked as exc:
        raise CommandError(str(exc), FAILURE) from None
    except StoreError as exc:
        raise CommandError(str(exc), FAILURE) from None
    except OSError as exc:
        raise CommandError(
            f"could not restore {backup.name}: {describe_failed_write(exc)}", FAILURE
        ) from None
    print(f"restored {backup.name} into {result.db_path}")
    if result.replaced_copy:
        print(f"the replaced database was kept as {result.replaced_copy}")
    return 0
