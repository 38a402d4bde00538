"""Set up and run famdesk from a checkout: ``python3 tools/dev.py app|test [args]``.

The README's two commands. On first use (and whenever ``pyproject.toml``
changes) this makes a virtual environment in ``.venv`` and installs famdesk
with its test extra into it; then it starts the app or runs the whole test
suite. Works the same on Linux, macOS and Windows, with only Python 3.11+.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
VENV = ROOT / ".venv"
STAMP = VENV / ".famdesk-installed"


def _python() -> Path:
    scripts = "Scripts" if os.name == "nt" else "bin"
    return VENV / scripts / ("python.exe" if os.name == "nt" else "python")


def _ensure_env() -> Path:
    wanted = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    if not _python().exists():
        print("famdesk: creating .venv …", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    if not STAMP.exists() or STAMP.read_text().strip() != wanted:
        print("famdesk: installing dependencies into .venv …", flush=True)
        subprocess.run(
            [str(_python()), "-m", "pip", "install", "-q", "--upgrade", "pip"], check=True
        )
        subprocess.run(
            [str(_python()), "-m", "pip", "install", "-q", "-e", f"{ROOT}[test]"], check=True
        )
        STAMP.write_text(wanted)
    return _python()


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in ("app", "test"):
        print(__doc__)
        return 2
    python = _ensure_env()
    if argv[0] == "app":
        return subprocess.call([str(python), "-m", "famdesk", *argv[1:]])
    # The whole suite runs on every core (pytest-xdist), a test file per worker.
    args = argv[1:] or ["-n", "auto", "--dist", "loadfile"]
    return subprocess.call([str(python), "-m", "pytest", *args], cwd=ROOT)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
