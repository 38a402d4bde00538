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
        print("famdesk: installing dependencies into .venv (a few minutes) …", flush=True)
        _quietly([str(_python()), "-m", "pip", "install", "--upgrade", "pip"])
        _quietly([str(_python()), "-m", "pip", "install", "-e", f"{ROOT}[test]"])
        print("famdesk: installed.", flush=True)
        STAMP.write_text(wanted)
    return _python()


def _quietly(command: list[str]) -> None:
    """Run an install step; its output is shown only if it fails."""
    result = subprocess.run(
        command,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env={**os.environ, "PIP_DISABLE_PIP_VERSION_CHECK": "1", "PIP_NO_INPUT": "1"},
        check=False,
    )
    if result.returncode != 0:
        sys.stdout.write(result.stdout)
        print(f"famdesk: installing failed (exit {result.returncode}); see above.", flush=True)
        sys.exit(result.returncode)


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
