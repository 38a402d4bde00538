"""One program per database file: exclusive OS locks that follow the file.

Two locks, each an advisory ``flock`` (``msvcrt.locking`` on Windows), which
the operating system drops when the process dies, so a crash never leaves a
stale lock behind:

- ``<db>.lock`` beside the file's real path (symlinks resolved), so a symlink
  to an open store meets the same lock as the store's own name;
- once the file exists, a lock named after its identity (device and inode) in
  a per-user folder under the temporary directory, so a hard link — another
  name for the same file — is refused too. (Never a lock on the database file
  itself: SQLite's own POSIX locks live there, and on some file systems
  ``flock`` is emulated with them.)
"""

from __future__ import annotations

import os
import socket
import sys
import tempfile
from pathlib import Path
from typing import IO

from famdesk.db.engine import StoreLocked
from famdesk.files import make_private_dirs


def identity_lock_folder() -> Path | None:
    """The per-user folder of identity locks, or None when it cannot be trusted.

    A folder someone else owns (made first in a shared temporary directory) is
    not used: the path lock beside the file still holds.
    """
    uid = os.getuid() if hasattr(os, "getuid") else None
    folder = Path(tempfile.gettempdir()) / f"famdesk-locks-{uid if uid is not None else 'user'}"
    try:
        make_private_dirs(folder)
        info = folder.lstat()
    except OSError:
        return None
    if uid is not None and (info.st_uid != uid or not folder.is_dir() or folder.is_symlink()):
        return None
    return folder


class FileLock:
    def __init__(self, db_path: Path) -> None:
        #: The database file with every symlink resolved: what the locks are about.
        self.db_path = Path(os.path.realpath(db_path))
        self.path = self.db_path.with_name(self.db_path.name + ".lock")
        self._fh: IO[str] | None = None
        self._identity: IO[str] | None = None

    def acquire(self) -> None:
        self._fh = _take(
            self.path,
            "the database is already open in another famdesk ({holder}); close it there first",
        )
        try:
            self.follow_file()
        except StoreLocked:
            self.release()
            raise

    def follow_file(self) -> None:
        """Lock the file's identity too, once it exists (after creating it, call again)."""
        if self._identity is not None or self._fh is None:
            return
        try:
            info = os.stat(self.db_path)
        except FileNotFoundError:
            return
        folder = identity_lock_folder()
        if folder is None:
            return
        self._identity = _take(
            folder / f"{info.st_dev:x}-{info.st_ino:x}.lock",
            f"{self.db_path} is another name (a link) for a database already open in another "
            "famdesk ({holder}); close it there first",
        )

    def release(self) -> None:
        for name in ("_identity", "_fh"):
            fh = getattr(self, name)
            if fh is None:
                continue
            try:
                fh.seek(0)
                fh.truncate()
                _unlock(fh)
            finally:
                fh.close()
                setattr(self, name, None)

    @property
    def held(self) -> bool:
        return self._fh is not None


def _take(path: Path, refusal: str) -> IO[str]:
    """Lock ``path`` (created owner-only), noting who holds it; StoreLocked when another does."""
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    fh = os.fdopen(fd, "r+", encoding="utf-8")
    try:
        _lock(fh)
    except OSError:
        holder = fh.read().strip() or "another process"
        fh.close()
        raise StoreLocked(refusal.format(holder=holder)) from None
    note = f"process {os.getpid()} on {socket.gethostname()}".encode()
    os.ftruncate(fd, 0)
    try:
        os.lseek(fd, 0, os.SEEK_SET)
        os.write(fd, note)
    except OSError:
        # A full disk: the lock holds without the note of who holds it,
        # and the error that matters comes from what is written next.
        os.ftruncate(fd, 0)
    return fh


if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _lock(fh: IO[str]) -> None:
        fh.seek(0)
        msvcrt.locking(fh.fileno(), msvcrt.LK_NBLCK, 1)

    def _unlock(fh: IO[str]) -> None:
        fh.seek(0)
        msvcrt.locking(fh.fileno(), msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(fh: IO[str]) -> None:
        fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(fh: IO[str]) -> None:
        fcntl.flock(fh.fileno(), fcntl.LOCK_UN)
