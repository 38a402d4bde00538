"""The README's recipe for IT gets a worker's data out of the file without famdesk.

The Python the README gives is run as written (with this environment's
sqlcipher3, the version the recipe installs) on a file made with production
key derivation; the plain copy it writes is an ordinary SQLite database
holding the families.
"""

from __future__ import annotations

import re
import sqlite3
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from famdesk.core import families
from famdesk.core.families import FamilyData
from famdesk.db.store import open_store

ROOT = Path(__file__).resolve().parents[2]
PASSPHRASE = "en lang nok adgangsfrase æøå"


def _recipe() -> tuple[str, str]:
    """(the pip line's pin, the Python program) of the README's recipe."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = readme.split("<!-- plain-copy-recipe -->", 1)[1].split("```", 2)[1]
    pin = re.search(r"pip install (sqlcipher3==\S+)", block)
    program = re.search(r"<<'EOF'\n(.*?)\nEOF", block, re.S)
    assert pin and program, "the README's recipe lost its pip line or its program"
    return pin.group(1), program.group(1)


def test_the_recipe_pins_the_sqlcipher_famdesk_uses() -> None:
    pin, _ = _recipe()
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert f'"{pin}"' in pyproject


def test_the_recipe_writes_a_plain_copy_with_the_families(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("FAMDESK_INSECURE_TEST_KDF_ITER")  # SQLCipher 4's own settings
    source, target = tmp_path / "famdesk.db", tmp_path / "plain.sqlite"
    with open_store(source, PASSPHRASE, create=True) as store:
        families.create_family(
            store,
            FamilyData(reference="FB-1", name="Familien Ærø", worker="Trine",
                       start_date=date(2026, 1, 5)),
        )
    _, program = _recipe()
    result = _run(program, source, target)
    assert result.returncode == 0, result.stderr
    conn = sqlite3.connect(target)
    try:
        assert conn.execute("SELECT reference, name FROM family").fetchall() == [
            ("FB-1", "Familien Ærø")
        ]
    finally:
        conn.close()


def _run(program: str, source: Path, target: Path) -> subprocess.CompletedProcess[str]:
    """The program as ``python - SOURCE TARGET`` runs it; the passphrase typed on stdin
    (the README's heredoc gives the program on stdin and getpass reads the terminal)."""
    script = source.with_name("recipe.py")
    script.write_text(program, encoding="utf-8")
    return subprocess.run(
        [sys.executable, str(script), str(source), str(target)],
        input=PASSPHRASE + "\n",
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
