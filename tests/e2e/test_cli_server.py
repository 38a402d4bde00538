"""The command line on a team server: ``server init``, then import and export as on a file.

The same interchange file goes into the encrypted file and into a PostgreSQL
team database and comes back out the same from both; a server that has not
been set up is refused with the command that sets it up.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from tests.backends import BACKENDS
from tests.e2e.cli_runner import run_famdesk

PASS = "e2e passphrase"
FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "interchange"
FIXTURE = FIXTURE / "valid_two_families.json"


def famdesk(*args: str) -> subprocess.CompletedProcess[str]:
    return run_famdesk(*args, passphrase=PASS)


def _families(path: Path) -> list[dict[str, object]]:
    return json.loads(path.read_text("utf-8"))["families"]  # type: ignore[no-any-return]


@pytest.fixture
def server_db(pg_url: str) -> str:
    """An empty server database, set up by ``famdesk server init`` as IT would."""
    r = famdesk("server", "init", "--db", pg_url)
    assert r.returncode == 0, r.stderr
    assert "created the team database" in r.stdout
    return pg_url


@pytest.fixture(params=BACKENDS)
def target_db(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """An empty store of either kind: a new file, or a team database after server init."""
    if request.param == "sqlite":
        return str(tmp_path / "target.famdesk")
    return str(request.getfixturevalue("server_db"))


def test_server_init_creates_then_finds_the_database_current(pg_url: str) -> None:
    r = famdesk("import", str(FIXTURE), "--db", pg_url)
    assert r.returncode == 2
    assert "famdesk server init --db URL" in r.stderr and len(r.stderr.splitlines()) == 1
    first = famdesk("server", "init", "--db", pg_url)
    assert first.returncode == 0, first.stderr
    again = famdesk("server", "init", "--db", pg_url)
    assert again.returncode == 0, again.stderr
    assert "is current" in again.stdout


def test_server_init_wants_a_server(tmp_path: Path) -> None:
    r = famdesk("server", "init", "--db", str(tmp_path / "laptop.famdesk"))
    assert r.returncode == 2
    assert "needs a team server's URL" in r.stderr


def test_an_unreachable_server_is_one_line_and_exit_1(tmp_path: Path) -> None:
    url = f"postgresql://nobody@/famdesk?host={tmp_path}"
    r = famdesk("export", "--db", url, "--out", str(tmp_path / "x.json"))
    assert r.returncode == 1
    assert r.stderr.startswith("famdesk: cannot connect to") and len(r.stderr.splitlines()) == 1


def test_the_fixture_comes_out_of_the_server_as_out_of_the_file(
    server_db: str, tmp_path: Path
) -> None:
    file_db, from_file, from_server = (
        tmp_path / "f.famdesk", tmp_path / "file.json", tmp_path / "server.json"
    )
    for db, out in ((str(file_db), from_file), (server_db, from_server)):
        r = famdesk("import", str(FIXTURE), "--db", db)
        assert r.returncode == 0, r.stderr
        assert "imported 2 families" in r.stdout
        r = famdesk("export", "--db", db, "--out", str(out))
        assert r.returncode == 0, r.stderr
    assert _families(from_server) == _families(from_file)
    original = json.loads(FIXTURE.read_text("utf-8"))["families"]
    assert [f["uid"] for f in _families(from_server)] == [f["uid"] for f in original]
    assert [s["notes"] for s in _families(from_server)[0]["sessions"]] == [  # type: ignore[index]
        s["notes"] for s in original[0]["sessions"]
    ]


def test_export_import_export_gives_the_same_families(target_db: str, tmp_path: Path) -> None:
    source, first, second = tmp_path / "s.famdesk", tmp_path / "a.json", tmp_path / "b.json"
    r = famdesk("demo", "--db", str(source), "--families", "4", "--sessions-per-family", "5")
    assert r.returncode == 0, r.stderr
    assert famdesk("export", "--db", str(source), "--out", str(first)).returncode == 0
    r = famdesk("import", str(first), "--db", target_db)
    assert r.returncode == 0, r.stderr
    r = famdesk("export", "--db", target_db, "--out", str(second))
    assert r.returncode == 0, r.stderr
    assert _families(second) == _families(first)
    assert sum(len(f["sessions"]) for f in _families(second)) == 20  # type: ignore[arg-type]
