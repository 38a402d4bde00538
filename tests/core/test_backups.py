"""Backup policy: naming, generations, listing, automatic backups, warnings."""

from __future__ import annotations

import json
import os
import stat
from datetime import UTC, datetime, timedelta
from pathlib import Path, PurePosixPath, PureWindowsPath

import pytest
from sqlalchemy import select

from famdesk.core.backups import (
    BackupFolderError,
    auto_backup_if_due,
    backup_due,
    backup_name,
    backup_warnings,
    check_due_backup,
    cloud_service,
    list_backups,
    make_backup,
    network_fs_type,
    parse_backup_name,
    parse_mounts,
    prune_backups,
    select_kept,
    sidecar_path,
    store_backups,
    store_identity,
    store_prefix,
)
from famdesk.core.passphrase import change_passphrase
from famdesk.core.settings import Settings, updated
from famdesk.db.backup import verify_file
from famdesk.db.engine import WrongPassphrase, probe_passphrase
from famdesk.db.models import AuditEvent
from famdesk.db.store import Store
from tests.db.backup_fixtures import SECRET_NOTE, add_family

#: Backups are copies of the encrypted file; a server is backed up by its own tools.
pytestmark = pytest.mark.file_only

NOW = datetime(2026, 6, 15, 12, 0, tzinfo=UTC)


def test_names_round_trip_and_other_files_are_ignored() -> None:
    name = backup_name("case", datetime(2026, 3, 1, 9, 5, 7, tzinfo=UTC))
    assert name == "case-20260301-090507.fdbak"
    assert parse_backup_name(name) == ("case", datetime(2026, 3, 1, 9, 5, 7, tzinfo=UTC))
    assert parse_backup_name("case-20260301-090507-2.fdbak") is not None
    assert parse_backup_name("notes.pdf") is None
    assert parse_backup_name("case-20261341-000000.fdbak") is None  # no 41st of month 13
    assert store_prefix(Path("/x/My case file.famdesk")) == "My_case_file"


def test_select_kept_keeps_daily_weekly_monthly_generations() -> None:
    # One backup every 6 hours for 400 days.
    times = [NOW - timedelta(hours=6 * i) for i in range(4 * 400)]
    kept = select_kept(times, daily=7, weekly=4, monthly=12)
    days = {(t.year, t.month, t.day) for t in kept}
    months = {(t.year, t.month) for t in kept}
    assert NOW in kept  # the newest always
    assert len([t for t in kept if NOW - t < timedelta(days=7)]) == 7  # one per day
    assert len(months) == 12 + 1 or len(months) == 12  # 12 months (+ the current one shared)
    assert len(kept) <= 7 + 4 + 12
    assert all(NOW - t < timedelta(days=366) for t in kept)
    # The newest backup of each kept day is the one kept.
    for t in kept:
        same_day = [u for u in times if u.date() == t.date()]
        assert t == max(same_day)
    assert len(days) == len(kept)


def test_select_kept_with_few_backups_keeps_them_all() -> None:
    times = [NOW, NOW - timedelta(days=1), NOW - timedelta(days=40)]
    assert select_kept(times, daily=7, weekly=4, monthly=12) == set(times)
    assert select_kept([], daily=7, weekly=4, monthly=12) == set()


def test_select_kept_two_a_day_keeps_only_the_newest_of_each_day() -> None:
    times = [NOW, NOW - timedelta(hours=2)]
    assert select_kept(times, daily=7, weekly=0, monthly=0) == {NOW}


def test_backup_due() -> None:
    assert backup_due(None, NOW, 24)
    assert not backup_due(NOW - timedelta(hours=23), NOW, 24)
    assert backup_due(NOW - timedelta(hours=24), NOW, 24)
    assert not backup_due(None, NOW, 0)  # 0: only on close


def test_make_backup_is_verified_encrypted_listed_and_audited(
    store: Store, tmp_path: Path, passphrase: str
) -> None:
    add_family(store)
    folder = tmp_path / "backups"
    info = make_backup(store, folder)
    assert info.verified and info.families == 1
    assert info.path.parent == folder
    raw = info.path.read_bytes()
    assert SECRET_NOTE.encode() not in raw
    assert b"Zebulona" not in raw
    assert b"SQLite format 3" not in raw
    assert SECRET_NOTE not in sidecar_path(info.path).read_text(encoding="utf-8")
    assert verify_file(info.path, passphrase)["family"] == 1
    assert os.stat(info.path).st_mode & 0o077 == 0
    assert [b.path for b in list_backups(folder)] == [info.path]
    with store.read_session() as s:
        actions = list(s.scalars(select(AuditEvent.action).order_by(AuditEvent.id)))
    assert actions[-1] == "backup"


def test_a_backup_that_changed_after_verification_lists_as_not_verified(
    store: Store, tmp_path: Path
) -> None:
    info = make_backup(store, tmp_path)
    with info.path.open("ab") as fh:
        fh.write(b"\0" * 4096)
    assert not list_backups(tmp_path)[0].verified
    sidecar_path(info.path).unlink()
    assert not list_backups(tmp_path)[0].verified


def test_two_backups_in_one_second_get_distinct_names(store: Store, tmp_path: Path) -> None:
    a = make_backup(store, tmp_path, now=NOW, prune=False)
    b = make_backup(store, tmp_path, now=NOW, prune=False)
    assert a.path != b.path and a.path.exists() and b.path.exists()


def test_prune_deletes_only_verified_backups_outside_the_generations(
    store: Store, tmp_path: Path
) -> None:
    keep_two = updated(Settings(), keep_daily=2, keep_weekly=0, keep_monthly=0)
    made = [
        make_backup(store, tmp_path, now=NOW - timedelta(days=d), prune=False, reason="automatic")
        for d in range(5)
    ]
    stray = tmp_path / backup_name(store_prefix(store.path), NOW - timedelta(days=30))  # type: ignore[arg-type]
    stray.write_bytes(b"\0" * 4096)  # no sidecar: never verified, never pruned
    removed = prune_backups(tmp_path, store_identity(store), keep_two)  # type: ignore[arg-type]
    assert sorted(removed) == sorted(m.path for m in made[2:])
    left = {b.path for b in list_backups(tmp_path)}
    assert left == {made[0].path, made[1].path, stray}
    assert not any(sidecar_path(m.path).exists() for m in made[2:])


def test_auto_backup_at_most_once_per_interval_and_on_close(store: Store, tmp_path: Path) -> None:
    settings = updated(Settings(), backup_dir=str(tmp_path), backup_interval_hours=24)
    first = auto_backup_if_due(store, settings, now=NOW)
    assert first is not None
    assert auto_backup_if_due(store, settings, now=NOW + timedelta(hours=3)) is None
    assert auto_backup_if_due(store, settings, now=NOW + timedelta(hours=25)) is not None
    assert (
        auto_backup_if_due(store, settings, now=NOW + timedelta(hours=26), on_close=True)
        is not None
    )
    off = updated(settings, backup_on_close=False)
    assert auto_backup_if_due(store, off, now=NOW + timedelta(hours=27), on_close=True) is None
    # Three were made; the two of 16 June are one daily generation: the newest stays.
    assert [b.created_at for b in list_backups(tmp_path)] == [
        NOW + timedelta(hours=26),
        NOW,
    ]


def test_unreachable_configured_folder_is_refused_not_created(store: Store, tmp_path: Path) -> None:
    usb = tmp_path / "media" / "usb-stick" / "backups"
    settings = updated(Settings(), backup_dir=str(usb))
    with pytest.raises(BackupFolderError, match="cannot be reached"):
        make_backup(store, settings=settings)
    assert not usb.parent.exists()
    codes = {w.code for w in backup_warnings(store.path, settings, mounts=[])}
    assert "backup-folder-unreachable" in codes


def test_the_default_backup_folder_is_made_owner_only_at_every_level(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = tmp_path / "fresh" / "data"
    monkeypatch.setenv("FAMDESK_DATA_DIR", str(data))
    old = os.umask(0o022)  # would leave a plain mkdir world-readable
    try:
        info = make_backup(store, settings=Settings())
    finally:
        os.umask(old)
    assert info.path.parent == data / "backups"
    modes = [stat.S_IMODE(p.stat().st_mode) for p in (tmp_path / "fresh", data, data / "backups")]
    assert modes == [0o700, 0o700, 0o700]
    assert stat.S_IMODE(sidecar_path(info.path).stat().st_mode) == 0o600


def test_backup_after_a_passphrase_change_uses_the_new_key(
    store: Store, tmp_path: Path, passphrase: str
) -> None:
    add_family(store)
    change_passphrase(store, passphrase, "a brand new passphrase")
    info = make_backup(store, tmp_path)
    with pytest.raises(WrongPassphrase):
        probe_passphrase(info.path, passphrase)
    assert verify_file(info.path, "a brand new passphrase")["family"] == 1


# --- warnings -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "path",
    [
        PureWindowsPath(r"C:\Users\ann\OneDrive - Favrskov Kommune\famdesk.db"),
        PureWindowsPath(r"C:\Users\ann\OneDrive\Dokumenter\famdesk.db"),
        PurePosixPath("/home/ann/Dropbox/famdesk.db"),
        PurePosixPath("/Users/ann/Library/Mobile Documents/com~apple~CloudDocs/famdesk.db"),
        PurePosixPath("/Users/ann/Library/CloudStorage/GoogleDrive-ann@example.org/My Drive/f.db"),
        PureWindowsPath(r"G:\My Drive\famdesk.db"),
        PurePosixPath("/home/ann/Nextcloud/famdesk.db"),
    ],
)
def test_cloud_sync_folders_are_recognised(path: PurePosixPath) -> None:
    assert cloud_service(path) is not None


@pytest.mark.parametrize(
    "path",
    [
        PurePosixPath("/home/ann/.local/share/famdesk/famdesk.db"),
        PureWindowsPath(r"C:\Data\famdesk.db"),
    ],
)
def test_local_folders_are_not_cloud(path: PurePosixPath) -> None:
    assert cloud_service(path) is None


def test_network_shares_from_proc_mounts_and_macos_mount_output() -> None:
    linux = parse_mounts(
        "/dev/sda1 / ext4 rw 0 0\n"
        "//srv/team /mnt/team\\040share cifs rw 0 0\n"
        "srv:/export /home/ann/nfs nfs4 rw 0 0\n"
        "ann@host:/x /home/ann/remote fuse.sshfs rw 0 0\n"
    )
    assert network_fs_type(PurePosixPath("/mnt/team share/f.db"), linux) == "cifs"
    assert network_fs_type(PurePosixPath("/home/ann/nfs/f.db"), linux) == "nfs4"
    assert network_fs_type(PurePosixPath("/home/ann/remote/f.db"), linux) == "fuse.sshfs"
    assert network_fs_type(PurePosixPath("/home/ann/f.db"), linux) is None
    mac = parse_mounts(
        "/dev/disk3s1 on / (apfs, local, journaled)\n"
        "//ann@nas/famdesk on /Volumes/famdesk (smbfs, nodev, nosuid, mounted by ann)\n"
    )
    assert network_fs_type(PurePosixPath("/Volumes/famdesk/f.db"), mac) == "smbfs"
    assert network_fs_type(PurePosixPath("/Users/ann/f.db"), mac) is None
    assert network_fs_type(PureWindowsPath(r"\\fileserver\team\f.db"), []) == "UNC share"


def test_warnings_for_no_backup_then_stale_backup(store: Store, tmp_path: Path) -> None:
    settings = updated(Settings(), backup_dir=str(tmp_path), backup_warning_days=7)
    assert {w.code for w in backup_warnings(store.path, settings, mounts=[])} == {"no-backup"}
    made = make_backup(store, settings=settings, now=NOW)
    assert backup_warnings(store.path, settings, now=NOW + timedelta(days=6), mounts=[]) == []
    stale = backup_warnings(store.path, settings, now=NOW + timedelta(days=9), mounts=[])
    assert [w.code for w in stale] == ["stale-backup"]
    assert "9 days" in stale[0].message
    json.loads(sidecar_path(made.path).read_text(encoding="utf-8"))  # sidecar is plain JSON


def test_warning_for_a_database_in_a_cloud_folder_or_on_a_share(tmp_path: Path) -> None:
    settings = updated(Settings(), backup_dir=str(tmp_path))
    db = tmp_path / "Dropbox" / "famdesk.db"
    codes = {w.code for w in backup_warnings(db, settings, mounts=[(str(tmp_path), "nfs")])}
    assert {"cloud-sync", "network-share", "no-backup"} <= codes


# --- identity, hand-made backups, partial files, the scheduled check ------------------------


def test_two_stores_with_the_same_name_keep_their_own_generations(
    tmp_path: Path, passphrase: str
) -> None:
    from famdesk.db.store import open_store

    folder = tmp_path / "backups"
    keep_one = updated(Settings(), keep_daily=1, keep_weekly=0, keep_monthly=0)
    with open_store(tmp_path / "x" / "cases.db", passphrase, create=True) as x:
        add_family(x, "Familien X")
        x_backup = make_backup(x, folder, settings=keep_one, reason="automatic", now=NOW)
    with open_store(tmp_path / "y" / "cases.db", passphrase, create=True) as y:
        add_family(y, "Familien Y")
        y_backup = make_backup(
            y, folder, settings=keep_one, reason="automatic", now=NOW + timedelta(days=1)
        )
        assert [b.path for b in store_backups(y, folder)] == [y_backup.path]
    assert x_backup.path.exists(), "y's rotation deleted x's backup"
    with open_store(tmp_path / "x" / "cases.db", passphrase) as x:
        assert [b.path for b in store_backups(x, folder)] == [x_backup.path]
    assert x_backup.path.name != y_backup.path.name


def test_a_hand_made_backup_survives_the_rotation(store: Store, tmp_path: Path) -> None:
    keep_one = updated(Settings(), keep_daily=1, keep_weekly=0, keep_monthly=0)
    by_hand = make_backup(store, tmp_path, settings=keep_one, now=NOW - timedelta(days=40))
    for d in range(3, 0, -1):
        make_backup(
            store, tmp_path, settings=keep_one, reason="automatic", now=NOW - timedelta(days=d)
        )
    left = store_backups(store, tmp_path)
    assert by_hand.path in {b.path for b in left}
    assert [b.reason for b in left] == ["automatic", "manual"]


def test_partial_files_of_an_interrupted_backup_are_removed_by_the_next(
    store: Store, tmp_path: Path
) -> None:
    left_by_a_kill = tmp_path / ".case-20260101-000000.fdbak.partial"
    left_by_a_kill.write_bytes(b"\0" * 8192)
    make_backup(store, tmp_path)
    assert not left_by_a_kill.exists()
    assert not [p.name for p in tmp_path.iterdir() if p.name.endswith(".partial")]


def test_a_partial_file_being_written_is_left_alone(store: Store, tmp_path: Path) -> None:
    from famdesk.db.backup import partial_file, remove_stale_partials

    with partial_file(tmp_path / "other-20260101-000000.fdbak") as (busy, _fd):
        assert remove_stale_partials(tmp_path) == []
        assert busy.exists()


def test_the_full_check_runs_on_schedule_and_a_damaged_backup_warns(
    store: Store, tmp_path: Path, passphrase: str
) -> None:
    settings = updated(Settings(), backup_dir=str(tmp_path))
    add_family(store)
    made = make_backup(store, settings=settings, now=NOW)
    assert made.integrity_checked_at is None
    checked = check_due_backup(store, settings, now=NOW)
    assert checked is not None and checked.integrity == "ok"
    assert check_due_backup(store, settings, now=NOW + timedelta(days=1)) is None  # not yet due
    # A backup damaged on the disk after it was made is found by the next check.
    data = bytearray(made.path.read_bytes())
    data[len(data) // 2 : len(data) // 2 + 64] = bytes(64)
    made.path.write_bytes(bytes(data))
    again = check_due_backup(store, settings, now=NOW + timedelta(days=8))
    assert again is not None and again.integrity != "ok"
    codes = {w.code for w in backup_warnings(store.path, settings, mounts=[], backups=[again])}
    assert "integrity-failed" in codes
