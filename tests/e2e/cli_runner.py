"""Run the real ``famdesk`` command as a user or a script would: a child process."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def run_famdesk(
    *args: str, passphrase: str | None, cwd: Path | None = None
) -> subprocess.CompletedProcess[str]:
    """``python -m famdesk ARGS`` with the passphrase in the environment (or none)."""
    env = dict(os.environ)
    env.pop("FAMDESK_PASSPHRASE", None)
    if passphrase is not None:
        env["FAMDESK_PASSPHRASE"] = passphrase
    return subprocess.run(
        [sys.executable, "-m", "famdesk", *args],
        capture_output=True,
        text=True,
        env=env,
        stdin=subprocess.DEVNULL,
        cwd=cwd,
        timeout=300,
    )
