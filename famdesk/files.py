"""Owner-only folders and files: what famdesk writes next to a store.

Every folder famdesk creates for the user (the data folder on first start, a
backup folder, a new store's folder named on the command line) is created
owner-only, each missing level of it, not just the last one.

Every file it writes there (a backup's record, the settings, an export, a
PDF) is written owner-only and whole or not at all (``private_file``): the
bytes go to a hidden temporary file in the target's folder, are flushed to
the disk, and only then take the target's name. A full disk, a crash or an
error half-way leaves the old file as it was and no temporary file behind.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

#: The ending of a file being written; ``db.backup.remove_stale_partials`` clears
#: those that no running famdesk holds locked (left by a killed process).
PARTIAL_SUFFIX = ".partial"


def make_private_dirs(folder: Path) -> None:
    """Create ``folder`` and any missing parents with mode 0700 (existing ones stay as they are)."""
    missing: list[Path] = []
    current = Path(folder)
    while not current.exists():
        missing.append(current)
        if current.parent == current:
            break
        current = current.parent
    for level in reversed(missing):
        try:
            level.mkdir(mode=0o700)
        except FileExistsError:
            if not level.is_dir():
                raise


def fsync_dir(directory: Path) -> None:
    """Flush a folder's entries to the disk, so a rename in it survives a power cut."""
    if os.name != "posix":  # pragma: no cover - Windows cannot open a folder to flush it
        return
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


@contextmanager
def private_file(
    target: str | os.PathLike[str],
    mode: str = "wb",
    *,
    encoding: str | None = None,
    newline: str | None = None,
) -> Iterator[IO[Any]]:
    """Write ``target`` owner-only (0600), whole or not at all; yields the open file.

    ``mode`` is ``"wb"`` (bytes) or ``"w"`` (text, in ``encoding``, default
    UTF-8). The file is a hidden ``.NAME.….partial`` in the target's folder
    until the ``with`` block ends without an error; then it is flushed to the
    disk, renamed over ``target`` and the folder flushed too. On any error
    (the block's own, a full disk, a failed rename) the temporary file is
    removed, ``target`` is left as it was and the error goes on.
    """
    if mode not in ("wb", "w"):
        raise ValueError(f"mode must be 'wb' or 'w', not {mode!r}")
    out = Path(target)
    fd, name = tempfile.mkstemp(prefix=f".{out.name}.", suffix=PARTIAL_SUFFIX, dir=out.parent)
    tmp = Path(name)
    try:
        _hold(fd)  # mkstemp made it 0600
        if mode == "w":
            fh: IO[Any] = os.fdopen(fd, "w", encoding=encoding or "utf-8", newline=newline)
        else:
            fh = os.fdopen(fd, "wb")
        fd = -1  # the file object owns it now
        with fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, out)
    except BaseException:
        if fd != -1:
            os.close(fd)
        tmp.unlink(missing_ok=True)
        raise
    fsync_dir(out.parent)


if os.name == "posix":
    import fcntl

    def _hold(fd: int) -> None:
        """Lock the new file while it is written: ``remove_stale_partials`` leaves it alone."""
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)

else:  # pragma: no cover - Windows: an open file cannot be deleted anyway

    def _hold(fd: int) -> None:
        return None


# --- folders that hold plain text while a window shows it ------------------------------------

#: The file inside a held folder whose lock says a running famdesk still uses the folder.
HOLD_FILE = ".held"
_held: dict[Path, int] = {}


def make_held_dir(prefix: str, root: Path | None) -> Path:
    """A fresh owner-only folder in ``root`` (the temp folder if None), held while in use.

    A lock on a file inside says a running famdesk still uses it; the OS drops the
    lock when the process dies, so ``remove_unheld_dirs`` at the next start can tell
    a crash's leftover (a preview's plain PDF) from a folder another famdesk shows.
    """
    path = Path(tempfile.mkdtemp(prefix=prefix, dir=root))
    os.chmod(path, 0o700)
    fd = os.open(path / HOLD_FILE, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        _hold(fd)
    except OSError:
        os.close(fd)
        raise
    _held[path] = fd
    return path


def remove_held_dir(path: Path) -> None:
    """Delete a folder made by ``make_held_dir`` (and let go of its lock)."""
    fd = _held.pop(Path(path), None)
    if fd is not None:
        os.close(fd)
    shutil.rmtree(path, ignore_errors=True)


def remove_unheld_dirs(prefix: str, roots: list[Path]) -> list[Path]:
    """Delete the user's ``prefix*`` folders in ``roots`` that no running famdesk holds."""
    removed: list[Path] = []
    for root in dict.fromkeys(roots):
        try:
            entries = [p for p in root.iterdir() if p.name.startswith(prefix)]
        except OSError:
            continue
        for folder in entries:
            try:
                info = folder.lstat()
            except OSError:
                continue
            mine = not hasattr(os, "getuid") or info.st_uid == os.getuid()
            if not mine or folder.is_symlink() or not folder.is_dir() or folder in _held:
                continue
            try:
                fd = os.open(folder / HOLD_FILE, os.O_RDWR)
            except FileNotFoundError:
                fd = -1  # made by a famdesk that died before it held it
            except OSError:
                continue
            try:
                if fd != -1:
                    _hold(fd)
            except OSError:
                os.close(fd)
                continue  # another famdesk shows it now
            shutil.rmtree(folder, ignore_errors=True)
            if fd != -1:
                os.close(fd)
            removed.append(folder)
    return removed
