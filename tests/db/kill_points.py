"""Kill a famdesk operation with SIGKILL at a chosen point, for the crash tests; run as a process.

``kill_points.py MODE FOLDER SOURCE N [N ...]``, the passphrase in FAMDESK_PASSPHRASE:

- ``create``: ``open_store(FOLDER/kN.famdesk, create=True)`` (SOURCE is ``-``);
- ``upgrade``: copy SOURCE (a store at an older revision) to ``FOLDER/kN.famdesk``
  and open it, which upgrades it.

For each N the driver forks a child that runs the operation and counts its
events: every SQL statement SQLite starts on any connection (a trace
callback), and every ``fsync``, ``replace``, ``rename`` and ``unlink``. When
event N begins, the child sends itself SIGKILL: a real kill at a known point,
no timing involved. With N = 0 nothing is killed and the child reports how
many events the whole operation has. Forking from one process that has
imported famdesk once keeps hundreds of runs cheap.

Prints one line per N: ``N killed``, ``N done EVENTS`` or ``N failed REASON``.
"""

from __future__ import annotations

import os
import shutil
import signal
import sys
from pathlib import Path
from typing import Any

import sqlcipher3.dbapi2 as sqlcipher

from famdesk.db.store import open_store


def _install_hooks(kill_at: int) -> list[int]:
    """Count events from now on; SIGKILL this process as event ``kill_at`` begins."""
    count = [0]

    def event(*_args: Any) -> None:
        count[0] += 1
        if count[0] == kill_at:
            os.kill(os.getpid(), signal.SIGKILL)

    real_connect = sqlcipher.connect

    def connect(*args: Any, **kwargs: Any) -> Any:
        conn = real_connect(*args, **kwargs)
        conn.set_trace_callback(event)
        return conn

    sqlcipher.connect = connect  # type: ignore[assignment]
    for name in ("fsync", "replace", "rename", "unlink"):
        real = getattr(os, name)

        def counted(*args: Any, _real: Any = real, **kwargs: Any) -> Any:
            event()
            return _real(*args, **kwargs)

        setattr(os, name, counted)
    return count


def _operation(mode: str, path: Path, passphrase: str) -> None:
    store = open_store(path, passphrase, create=mode == "create")
    store.close()


def main() -> int:
    mode, folder, source = sys.argv[1], Path(sys.argv[2]), sys.argv[3]
    passphrase = os.environ["FAMDESK_PASSPHRASE"]
    # Once without hooks, so that every child starts with all of it imported.
    warm = folder / "warm-up.famdesk"
    if mode == "upgrade":
        shutil.copyfile(source, warm)
    _operation(mode, warm, passphrase)
    for n in (int(a) for a in sys.argv[4:]):
        path = folder / f"k{n}.famdesk"
        if mode == "upgrade":
            shutil.copyfile(source, path)
        read_end, write_end = os.pipe()
        pid = os.fork()
        if pid == 0:  # the child: run the operation until it is killed
            os.close(read_end)
            status = 0
            try:
                count = _install_hooks(n)
                _operation(mode, path, passphrase)
                message = f"done {count[0]}"
            except BaseException as exc:  # noqa: BLE001 - reported to the test as a failure
                message, status = f"failed {type(exc).__name__}: {exc}", 3
            os.write(write_end, message.encode())
            os._exit(status)
        os.close(write_end)
        with os.fdopen(read_end, "rb") as pipe:
            said = pipe.read().decode()
        _, wait_status = os.waitpid(pid, 0)
        if os.WIFSIGNALED(wait_status) and os.WTERMSIG(wait_status) == signal.SIGKILL:
            print(f"{n} killed", flush=True)
        else:
            print(f"{n} {said or 'failed without a word'}", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
