"""Run the real ``famdesk`` command as a user or a script would: a child process."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def run_famdesk(
    *args: str, passphrase: str | None, cwd: Path | None = None, stdin: str | None = None
) -> subprocess.CompletedProcess[str]:
    """``python -m famdesk ARGS`` with the passphrase in the environment (or none).

    ``stdin`` is what the command reads (a password for ``--password-stdin``);
    without it stdin is empty, as in a script. ``PGPASSWORD`` is never passed on.
    """
    env = dict(os.environ)
    env.pop("FAMDESK_PASSPHRASE", None)
    env.pop("PGPASSWORD", None)
    if passphrase is not None:
        env["FAMDESK_PASSPHRASE"] = passphrase
    return subprocess.run(
        [sys.executable, "-m", "famdesk", *args],
        capture_output=True,
        text=True,
        env=env,
        input=stdin,
        stdin=subprocess.DEVNULL if stdin is None else None,
        cwd=cwd,
        timeout=300,
    )
