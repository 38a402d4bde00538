"""One program per database file: an exclusive OS lock beside the file.

The lock is an advisory ``flock`` (``msvcrt.locking`` on Windows) on
``<db>.lock``; the operating system drops it when the process dies, so a crash
never leaves a stale lock behind.
"""

from __future__ import annotations

import os
import socket
import sys
from pathlib import Path
from typing import IO

from famdesk.db.engine import StoreLocked


class FileLock:
    def __init__(self, db_path: Path) -> None:
        self.path = db_path.with_name(db_path.name + ".lock")
        self._fh: IO[str] | None = None

    def acquire(self) -> None:
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        fh = os.fdopen(fd, "r+", encoding="utf-8")
        try:
            _lock(fh)
        except OSError:
            holder = fh.read().strip() or "another process"
            fh.close()
            raise StoreLocked(
                f"the database is already open in another famdesk ({holder}); close it there first"
            ) from None
        note = f"process {os.getpid()} on {socket.gethostname()}".encode()
        os.ftruncate(fd, 0)
        try:
            os.lseek(fd, 0, os.SEEK_SET)
            os.write(fd, note)
        except OSError:
            # A full disk: the lock holds without the note of who holds it,
            # and the error that matters comes from what is written next.
            os.ftruncate(fd, 0)
        self._fh = fh

    def release(self) -> None:
        if self._fh is not None:
            try:
                self._fh.seek(0)
                self._fh.truncate()
                _unlock(self._fh)
            finally:
                self._fh.close()
                self._fh = None

    @property
    def held(self) -> bool:
        return self._fh is not None


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
