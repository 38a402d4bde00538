"""Backup policy: where backups go, what they are called, which are kept, what to warn about.

A backup is a verified, encrypted copy (``famdesk.db.backup``) named
``<store>-YYYYMMDD-HHMMSS.<id>.fdbak`` (UTC; ``<id>``: the first 8 hex digits
of the store's ``store_uid``). Beside it lies a small JSON sidecar
``<name>.json`` written only after the copy passed verification; it records
when, why (``reason``), the size, the BLAKE3 hash, row counts and the store's
identity (never case data). A backup without a sidecar, or whose size no
longer matches it, is shown as not verified and is never pruned.

Whose backup is whose is decided by the store's identity (``store_uid``),
never by the file name: two stores both called ``cases.db`` share a folder
without sharing generations. Only automatic backups (``reason`` automatic or
close) are pruned; backups made by hand stay until the user deletes them.
The full ``integrity_check`` runs on a schedule over the newest backup
(``check_due_backup``) and its result is written into the sidecar.
"""

from __future__ import annotations

import json
import os
import re
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path, PurePath
from typing import Any

from famdesk.core import audit
from famdesk.core.settings import Settings
from famdesk.db.backup import (
    BackupError,
    check_integrity,
    file_digest,
    remove_stale_partials,
    verified_copy,
)
from famdesk.db.restore import RestoreResult, restore_backup
from famdesk.db.store import Store, store_info
from famdesk.files import make_private_dirs, private_file
from famdesk.paths import backup_dir as default_backup_dir

SUFFIX = ".fdbak"
SIDECAR_SUFFIX = ".json"
_STAMP = "%Y%m%d-%H%M%S"
_NAME = re.compile(
    r"^(?P<prefix>.+)-(?P<stamp>\d{8}-\d{6})(?:-(?P<n>\d+))?(?:\.(?P<tag>[0-9a-f]{8}))?\.fdbak$"
)
#: Reasons of automatic backups: only these are pruned by the generations.
AUTOMATIC_REASONS = frozenset({"automatic", "close"})
#: How often the full integrity check runs over the newest backup.
INTEGRITY_CHECK_EVERY = timedelta(days=7)


class BackupFolderError(BackupError):
    """The backup folder is missing, unreachable or not a folder (bad input, not a failure)."""


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created_at: datetime  # aware, UTC
    size: int
    verified: bool
    verified_at: datetime | None = None
    counts: dict[str, int] = field(default_factory=dict)
    store_uid: str | None = None
    schema: str | None = None
    reason: str | None = None
    tag: str | None = None  # the store identity in the file name
    digest: str | None = None
    integrity: str | None = None  # "ok" or the first problem of the last full check
    integrity_checked_at: datetime | None = None

    @property
    def families(self) -> int | None:
        return self.counts.get("family")

    @property
    def automatic(self) -> bool:
        """Made by the automatic policy (and so pruned by it); hand-made backups are kept."""
        return self.reason in AUTOMATIC_REASONS

    def belongs_to(self, store_uid: str) -> bool | None:
        """Is this a backup of the store ``store_uid``? None when it cannot be told."""
        if self.store_uid is not None:
            return self.store_uid == store_uid
        if self.tag is not None:
            return self.tag == store_tag(store_uid)
        return None


# --- naming ----------------------------------------------------------------------------


def store_prefix(db_path: Path) -> str:
    """The file-name prefix for a store's backups: its name, made safe."""
    stem = db_path.name.split(".")[0] or "famdesk"
    return re.sub(r"[^A-Za-z0-9_-]+", "_", stem)


def store_tag(store_uid: str) -> str:
    """The short form of a store's identity that goes into its backups' names."""
    return re.sub(r"[^0-9a-f]", "", store_uid.lower())[:8].ljust(8, "0")


def backup_name(prefix: str, when: datetime, n: int = 0, *, store_uid: str | None = None) -> str:
    stamp = when.astimezone(UTC).strftime(_STAMP)
    tag = f".{store_tag(store_uid)}" if store_uid else ""
    return f"{prefix}-{stamp}{f'-{n}' if n else ''}{tag}{SUFFIX}"


def parse_backup_name(name: str) -> tuple[str, datetime] | None:
    """``(prefix, created_at)`` for a backup file name, or None for any other file."""
    m = _NAME.match(name)
    if not m:
        return None
    try:
        when = datetime.strptime(m["stamp"], _STAMP).replace(tzinfo=UTC)
    except ValueError:
        return None
    return m["prefix"], when


def sidecar_path(backup: Path) -> Path:
    return backup.with_name(backup.name + SIDECAR_SUFFIX)


def resolve_backup_dir(settings: Settings) -> Path:
    return Path(settings.backup_dir).expanduser() if settings.backup_dir else default_backup_dir()


# --- generations -------------------------------------------------------------------------


def select_kept(
    times: Iterable[datetime], *, daily: int, weekly: int, monthly: int
) -> set[datetime]:
    """Which backup times to keep: the newest of each of the last ``daily`` days,
    ``weekly`` ISO weeks and ``monthly`` months that have a backup, and always
    the newest of all. Pure: the caller deletes the rest.
    """
    ordered = sorted(set(times), reverse=True)
    keep: set[datetime] = set(ordered[:1])
    buckets: list[tuple[int, Callable[[datetime], tuple[int, ...]]]] = [
        (daily, lambda t: (t.year, t.month, t.day)),
        (weekly, lambda t: tuple(t.isocalendar())[:2]),
        (monthly, lambda t: (t.year, t.month)),
    ]
    for count, key in buckets:
        seen: set[tuple[int, ...]] = set()
        for t in ordered:
            k = key(t)
            if k in seen:
                continue
            if len(seen) >= count:
                break
            seen.add(k)
            keep.add(t)
    return keep


def backup_due(last: datetime | None, now: datetime, interval_hours: int) -> bool:
    """Is an automatic backup due while the store is open? (0 hours: never while open.)"""
    if interval_hours <= 0:
        return False
    return last is None or now - last >= timedelta(hours=interval_hours)


# --- listing ------------------------------------------------------------------------------


def _read_sidecar(path: Path) -> dict[str, Any] | None:
    try:
        data = json.loads(sidecar_path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def _when(value: Any) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        return None


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) else None


def describe_backup(path: Path) -> BackupInfo | None:
    parsed = parse_backup_name(path.name)
    if parsed is None:
        return None
    match = _NAME.match(path.name)
    tag = match["tag"] if match else None
    try:
        size = path.stat().st_size
    except OSError:
        return None
    side = _read_sidecar(path) or {}
    verified_at = _when(side.get("verified_at"))
    verified = verified_at is not None and side.get("size") == size
    raw_counts = side.get("counts")
    counts: dict[Any, Any] = raw_counts if isinstance(raw_counts, dict) else {}
    return BackupInfo(
        path=path,
        created_at=parsed[1],
        size=size,
        verified=verified,
        verified_at=verified_at if verified else None,
        counts={str(k): int(v) for k, v in counts.items() if isinstance(v, int)},
        store_uid=_text(side.get("store_uid")),
        schema=_text(side.get("schema")),
        reason=_text(side.get("reason")),
        tag=tag,
        digest=_text(side.get("blake3")),
        integrity=_text(side.get("integrity")),
        integrity_checked_at=_when(side.get("integrity_checked_at")),
    )


def list_backups(
    folder: Path, *, prefix: str | None = None, store_uid: str | None = None
) -> list[BackupInfo]:
    """Backups in ``folder``, newest first; optionally only one store's.

    With ``store_uid``, a backup is that store's when its recorded identity
    says so; one whose identity cannot be told (an old backup without its
    record) is listed only if ``prefix`` (the file-name prefix) matches too.
    """
    try:
        entries = list(Path(folder).iterdir())
    except OSError:
        return []
    found: list[BackupInfo] = []
    for p in entries:
        if not p.name.endswith(SUFFIX) or not p.is_file():
            continue
        info = describe_backup(p)
        if info is None:
            continue
        same_prefix = parse_backup_name(p.name)[0] == prefix  # type: ignore[index]
        if store_uid is not None:
            owner = info.belongs_to(store_uid)
            if owner is False or (owner is None and not same_prefix):
                continue
        elif prefix is not None and not same_prefix:
            continue
        found.append(info)
    found.sort(key=lambda b: (b.created_at, b.path.name), reverse=True)
    return found


def last_verified(backups: Sequence[BackupInfo]) -> BackupInfo | None:
    return next((b for b in backups if b.verified), None)


# --- making and pruning -----------------------------------------------------------------------


def _writable_folder(folder: Path, *, create_parents: bool) -> Path:
    if folder.is_dir():
        return folder
    if folder.exists():
        raise BackupFolderError(f"the backup folder {folder} is a file, not a folder")
    if not create_parents and not folder.parent.is_dir():
        # A USB drive or network folder that is not there: never create a
        # look-alike path on the local disk.
        raise BackupFolderError(f"the backup folder {folder} cannot be reached")
    try:
        make_private_dirs(folder)
    except OSError as exc:
        raise BackupFolderError(
            f"cannot create the backup folder {folder}: {exc.strerror}"
        ) from exc
    return folder


def store_identity(store: Store) -> str | None:
    """The store's ``store_uid``: what its backups are keyed on."""
    return store_info(store).get("store_uid")


def store_backups(
    store: Store, folder: Path | None = None, *, settings: Settings | None = None
) -> list[BackupInfo]:
    """This store's backups in ``folder`` (default: the settings' folder), newest first."""
    folder = Path(folder) if folder is not None else resolve_backup_dir(settings or Settings())
    prefix = store_prefix(store.path) if store.path is not None else None
    uid = store_identity(store)
    return list_backups(folder, prefix=prefix, store_uid=uid)


def make_backup(
    store: Store,
    folder: Path | None = None,
    *,
    settings: Settings | None = None,
    reason: str = "manual",
    now: datetime | None = None,
    prune: bool = True,
) -> BackupInfo:
    """Write a verified backup of ``store`` into ``folder`` and audit it.

    Raises ``BackupError`` with a message for the user (disk full, folder
    unreachable, verification failed); nothing is left under a backup's name
    and older backups are untouched. ``reason`` "manual" (made by hand) is
    kept until the user deletes it; "automatic" and "close" are pruned by
    the generations of this store (its identity, not its file name).
    """
    settings = settings or Settings()
    if store.path is None or store.passphrase is None:
        raise BackupError("only an encrypted database file can be backed up here")
    explicit = folder is not None
    folder = Path(folder) if folder is not None else resolve_backup_dir(settings)
    folder = _writable_folder(folder, create_parents=not explicit and settings.backup_dir is None)
    remove_stale_partials(folder)
    now = now or datetime.now(UTC)
    prefix = store_prefix(store.path)
    uid = store_identity(store)
    n = 0
    dest = folder / backup_name(prefix, now, store_uid=uid)
    while dest.exists() or sidecar_path(dest).exists():
        n += 1
        dest = folder / backup_name(prefix, now, n, store_uid=uid)
    copy = verified_copy(store.engine, store.passphrase, dest, store.path)
    verified_at = datetime.now(UTC)
    side = {
        "format": "famdesk-backup",
        "version": 2,
        "verified_at": verified_at.isoformat(),
        "size": copy.size,
        "blake3": copy.digest,
        "counts": copy.counts,
        "store_uid": copy.info.get("store_uid", uid),
        "schema": copy.schema,
        "reason": reason,
    }
    _write_sidecar(dest, side)
    with store.session() as s:
        audit.record(s, "backup", "store", detail={"file": dest.name, "reason": reason})
    if prune and uid is not None:
        prune_backups(folder, uid, settings)
    result = describe_backup(dest)
    assert result is not None
    return result


def _write_sidecar(backup: Path, data: dict[str, Any]) -> None:
    try:
        with private_file(sidecar_path(backup), "w") as fh:
            json.dump(data, fh, indent=2, sort_keys=True)
    except OSError as exc:
        # The backup itself is sound; without its note it lists as unverified.
        raise BackupError(
            f"the backup {backup} was written and verified, but its record could "
            f"not be saved ({exc.strerror}): disk full?"
        ) from exc


def prune_backups(folder: Path, store_uid: str, settings: Settings) -> list[Path]:
    """Delete this store's automatic backups outside the kept generations; return what went.

    Only verified backups whose record names ``store_uid`` and an automatic
    reason are candidates: another store's backups, backups made by hand and
    backups that cannot be told apart are never deleted.
    """
    backups = [
        b
        for b in list_backups(folder, store_uid=store_uid)
        if b.verified and b.automatic and b.store_uid == store_uid
    ]
    keep = select_kept(
        (b.created_at for b in backups),
        daily=settings.keep_daily,
        weekly=settings.keep_weekly,
        monthly=settings.keep_monthly,
    )
    removed: list[Path] = []
    for b in backups:
        if b.created_at in keep:
            continue
        try:
            b.path.unlink()
            sidecar_path(b.path).unlink(missing_ok=True)
        except OSError:
            continue
        removed.append(b.path)
    return removed


def auto_backup_if_due(
    store: Store, settings: Settings, *, now: datetime | None = None, on_close: bool = False
) -> BackupInfo | None:
    """The automatic policy: on close (if set), else at most once per interval."""
    if store.path is None:
        return None
    now = now or datetime.now(UTC)
    if on_close:
        if not settings.backup_on_close:
            return None
    else:
        latest = last_verified(store_backups(store, settings=settings))
        if not backup_due(
            latest.created_at if latest else None, now, settings.backup_interval_hours
        ):
            return None
    return make_backup(
        store, settings=settings, reason="close" if on_close else "automatic", now=now
    )


# --- the scheduled full check ------------------------------------------------------------------


def integrity_check_due(backup: BackupInfo, now: datetime) -> bool:
    """Has the full check not run over this backup, or not within ``INTEGRITY_CHECK_EVERY``?"""
    if not backup.verified or backup.integrity_checked_at is None:
        return backup.verified
    return now - backup.integrity_checked_at >= INTEGRITY_CHECK_EVERY


def check_backup(backup: BackupInfo, passphrase: str, *, now: datetime | None = None) -> str:
    """Run the full ``integrity_check`` over ``backup`` and record the result in its sidecar.

    A backup is a byte-for-byte copy of the store at the moment it was made,
    so this checks the store as it was then, without holding the store's
    lock for the minutes a large check can take. Returns "ok" or the first
    problem.
    """
    side = _read_sidecar(backup.path)
    if side is None:
        raise BackupError(f"the backup {backup.path} has no record; it cannot be checked")
    if side.get("blake3") and file_digest(backup.path) != side["blake3"]:
        result = "the file changed after it was written"
    else:
        problems = check_integrity(backup.path, passphrase)
        result = "ok" if problems == ["ok"] else problems[0]
    side["integrity"] = result
    side["integrity_checked_at"] = (now or datetime.now(UTC)).isoformat()
    _write_sidecar(backup.path, side)
    return result


def check_due_backup(
    store: Store, settings: Settings, *, now: datetime | None = None
) -> BackupInfo | None:
    """The schedule: check this store's newest verified backup when a check is due.

    Returns the backup as described after the check, or None when none was due.
    """
    now = now or datetime.now(UTC)
    if store.passphrase is None or store.path is None:
        return None
    latest = last_verified(store_backups(store, settings=settings))
    if latest is None or not integrity_check_due(latest, now):
        return None
    check_backup(latest, store.passphrase, now=now)
    return describe_backup(latest.path)


# --- warnings --------------------------------------------------------------------------------

#: Folder names (lower case) that cloud-sync clients keep in step with a server.
CLOUD_MARKERS = (
    "onedrive",
    "dropbox",
    "icloud drive",
    "iclouddrive",
    "com~apple~clouddocs",
    "mobile documents",
    "google drive",
    "googledrive",
    "my drive",
    "nextcloud",
    "owncloud",
    "box sync",
    "pcloud drive",
    "megasync",
    "cloudstorage",
)

NETWORK_FS = {
    "nfs",
    "nfs4",
    "cifs",
    "smb",
    "smb2",
    "smb3",
    "smbfs",
    "sshfs",
    "afs",
    "ncpfs",
    "9p",
    "ceph",
    "glusterfs",
    "davfs",
    "webdav",
    "afpfs",
    "lustre",
    "gpfs",
}


@dataclass(frozen=True)
class BackupWarning:
    code: str  # no-backup | stale-backup | cloud-sync | network-share | backup-folder-unreachable
    # | integrity-failed
    message: str
    subject: str = ""  # what the warning is about (a backup's file name), for translations


def cloud_service(path: PurePath) -> str | None:
    """The cloud-sync folder ``path`` lies in, by name, or None."""
    for part in path.parts:
        low = part.lower()
        for marker in CLOUD_MARKERS:
            if low == marker or low.startswith(marker + " ") or low.startswith(marker + "-"):
                return part
            if marker in ("onedrive", "dropbox", "nextcloud") and low.startswith(marker):
                return part
    return None


def _unescape_mount(field_text: str) -> str:
    return re.sub(r"\\([0-7]{3})", lambda m: chr(int(m[1], 8)), field_text)


def parse_mounts(text: str) -> list[tuple[str, str]]:
    """``(mount point, fs type)`` from /proc/mounts or macOS ``mount`` output."""
    result: list[tuple[str, str]] = []
    for line in text.splitlines():
        mac = re.match(r"^.+? on (?P<point>/.*?) \((?P<fs>[^,)]+)", line)
        if mac:
            result.append((mac["point"], mac["fs"].strip()))
            continue
        cols = line.split()
        if len(cols) >= 3:
            result.append((_unescape_mount(cols[1]), cols[2]))
    return result


def network_fs_type(path: PurePath, mounts: Sequence[tuple[str, str]]) -> str | None:
    """The network file-system type ``path`` lives on (longest mount prefix), or None."""
    text = str(path)
    if text.startswith("\\\\") or text.startswith("//"):
        return "UNC share"
    best: tuple[str, str] | None = None
    for point, fs in mounts:
        prefix = point.rstrip("/") + "/"
        if (text == point or text.startswith(prefix) or point == "/") and (
            best is None or len(point) > len(best[0])
        ):
            best = (point, fs)
    if best is None:
        return None
    fs = best[1].lower()
    if fs in NETWORK_FS or fs.startswith("fuse.") or fs.startswith("nfs"):
        return best[1]
    return None


def read_mounts() -> list[tuple[str, str]]:
    if sys.platform.startswith("linux"):
        try:
            return parse_mounts(Path("/proc/mounts").read_text(encoding="utf-8", errors="replace"))
        except OSError:
            return []
    if sys.platform == "darwin":  # pragma: no cover - macOS only
        import subprocess

        try:
            out = subprocess.run(["mount"], capture_output=True, text=True, timeout=5).stdout
        except (OSError, subprocess.SubprocessError):
            return []
        return parse_mounts(out)
    return []


def backup_warnings(
    db_path: Path | None,
    settings: Settings,
    *,
    now: datetime | None = None,
    mounts: Sequence[tuple[str, str]] | None = None,
    backups: Sequence[BackupInfo] | None = None,
    store_uid: str | None = None,
) -> list[BackupWarning]:
    """What the worker should be told about the safety of their data, in English.

    ``backups`` are the store's own (``store_backups``); without them the
    folder is listed for ``store_uid`` (or, lacking it, the file name).
    """
    now = now or datetime.now(UTC)
    mounts = read_mounts() if mounts is None else mounts
    warnings: list[BackupWarning] = []
    folder = resolve_backup_dir(settings)
    reachable = folder.is_dir() and os.access(folder, os.W_OK | os.X_OK)
    if settings.backup_dir is not None and not reachable:
        warnings.append(
            BackupWarning(
                "backup-folder-unreachable",
                f"The backup folder {folder} cannot be reached; "
                "connect the drive or choose another folder.",
            )
        )
    if db_path is not None:
        if backups is None:
            backups = list_backups(folder, prefix=store_prefix(db_path), store_uid=store_uid)
        latest = last_verified(backups)
        checked = next((b for b in backups if b.integrity_checked_at is not None), None)
        if checked is not None and checked.integrity not in (None, "ok"):
            warnings.append(
                BackupWarning(
                    "integrity-failed",
                    f"The integrity check of the backup {checked.path.name} found damage "
                    f"({checked.integrity}); the database may be damaged too: run famdesk check.",
                    subject=checked.path.name,
                )
            )
        if latest is None:
            warnings.append(
                BackupWarning("no-backup", "There is no verified backup of this database.")
            )
        elif now - latest.created_at > timedelta(days=settings.backup_warning_days):
            days = (now - latest.created_at).days
            warnings.append(
                BackupWarning("stale-backup", f"The last verified backup is {days} days old.")
            )
        resolved = Path(os.path.abspath(db_path))
        service = cloud_service(resolved)
        if service:
            warnings.append(
                BackupWarning(
                    "cloud-sync",
                    f"The database lies in a cloud-sync folder ({service}); a sync can copy a "
                    "half-written file and damage it. Move it to a local folder.",
                )
            )
        fs = network_fs_type(resolved, mounts)
        if fs:
            warnings.append(
                BackupWarning(
                    "network-share",
                    f"The database lies on a network share ({fs}); keep it on a local disk "
                    "and put backups on the share instead.",
                )
            )
    return warnings


# --- restore ---------------------------------------------------------------------------------


def restore(backup: Path, db_path: Path, passphrase: str) -> RestoreResult:
    """Restore ``backup`` over the store at ``db_path`` and audit it in the restored store.

    Raises ``RestoreRefused`` (unfit file; nothing changed), ``StoreLocked``
    (open in another famdesk) or ``RestoreFailed``/``BackupError`` (writing failed).
    """

    def audit_restore(restored: Store, kept: Path | None) -> None:
        with restored.session() as s:
            audit.record(
                s,
                "restore",
                "store",
                detail={"file": Path(backup).name, "replaced_copy": kept.name if kept else None},
            )

    return restore_backup(
        Path(backup),
        Path(db_path),
        passphrase,
        on_restored=audit_restore,
        verified_digest=verified_digest(Path(backup)),
    )


def verified_digest(backup: Path) -> str | None:
    """The hash recorded when ``backup`` was made and verified, if its record is sound."""
    info = describe_backup(backup)
    return info.digest if info is not None and info.verified else None
