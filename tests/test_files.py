"""Owner-only folders, and files written owner-only, whole or not at all."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from famdesk import files
from famdesk.files import make_private_dirs, private_file

posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")


@pytest.fixture
def open_umask() -> Iterator[None]:
    """A umask that would leave new files world-readable: the modes must not depend on it."""
    old = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(old)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@posix_only
def test_a_written_file_is_owner_only_even_over_a_readable_one(
    tmp_path: Path, open_umask: None
) -> None:
    target = tmp_path / "export.json"
    target.write_text("old")
    target.chmod(0o644)
    with private_file(target, "w") as fh:
        fh.write("new")
    assert target.read_text(encoding="utf-8") == "new"
    assert _mode(target) == 0o600


@posix_only
def test_the_file_is_owner_only_while_it_is_written(tmp_path: Path, open_umask: None) -> None:
    with private_file(tmp_path / "a.pdf") as fh:
        (partial,) = [p for p in tmp_path.iterdir()]
        assert partial.name.startswith(".a.pdf.") and partial.name.endswith(".partial")
        assert _mode(partial) == 0o600
        fh.write(b"%PDF")
    assert [p.name for p in tmp_path.iterdir()] == ["a.pdf"]


def test_an_error_in_the_block_leaves_no_temporary_file_and_the_old_file_intact(
    tmp_path: Path,
) -> None:
    target = tmp_path / "settings.json"
    target.write_text("the old settings")
    with pytest.raises(RuntimeError, match="half-way"), private_file(target, "w") as fh:
        fh.write("half of the new")
        raise RuntimeError("half-way")
    assert target.read_text(encoding="utf-8") == "the old settings"
    assert [p.name for p in tmp_path.iterdir()] == ["settings.json"]


def test_a_failed_write_to_the_disk_keeps_the_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "backup.json"
    target.write_bytes(b"old record")

    def disk_full(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(files.os, "fsync", disk_full)
    with pytest.raises(OSError, match="No space left"), private_file(target) as fh:
        fh.write(b"new record")
    assert target.read_bytes() == b"old record"
    assert [p.name for p in tmp_path.iterdir()] == ["backup.json"]


def test_a_failed_rename_keeps_the_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "calendar.ics"
    target.write_bytes(b"old")

    def refuse(src: object, dst: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(files.os, "replace", refuse)
    with pytest.raises(PermissionError), private_file(target) as fh:
        fh.write(b"new")
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["calendar.ics"]


def test_the_folder_is_flushed_after_the_rename(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "a.csv"
    seen: list[tuple[Path, bool]] = []
    monkeypatch.setattr(files, "fsync_dir", lambda folder: seen.append((folder, target.exists())))
    with private_file(target, "w", encoding="utf-8-sig", newline="") as fh:
        fh.write("a;b\r\n")
    assert seen == [(tmp_path, True)]
    assert target.read_bytes() == "\ufeffa;b\r\n".encode()


@posix_only
def test_a_file_being_written_is_not_taken_for_a_stale_partial(tmp_path: Path) -> None:
    from famdesk.db.backup import remove_stale_partials

    left_by_a_killed_backup = tmp_path / ".old.famdesk.partial"
    left_by_a_killed_backup.write_bytes(b"half")
    with private_file(tmp_path / "b.famdesk.json", "w") as fh:
        assert remove_stale_partials(tmp_path) == [left_by_a_killed_backup]
        fh.write("{}")
    assert [p.name for p in tmp_path.iterdir()] == ["b.famdesk.json"]


def test_only_whole_writes_are_offered(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="mode"), private_file(tmp_path / "x", "a"):
        pass
    assert list(tmp_path.iterdir()) == []


@posix_only
def test_private_dirs_makes_every_missing_level_owner_only(
    tmp_path: Path, open_umask: None
) -> None:
    (tmp_path / "existing").mkdir(mode=0o755)
    deep = tmp_path / "existing" / "a" / "b"
    make_private_dirs(deep)
    assert _mode(tmp_path / "existing") == 0o755  # left as it was
    assert (_mode(tmp_path / "existing" / "a"), _mode(deep)) == (0o700, 0o700)
    make_private_dirs(deep)  # there already: nothing to do
