"""The command line on a team server: ``server init``, then import and export as on a file.

The same interchange file goes into the encrypted file and into a PostgreSQL
team database and comes back out the same from both; a server that has not
been set up is refused with the command that sets it up.
"""

from __future__ import annotations

import json
import subprocess
import uuid
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

from tests.backends import BACKENDS
from tests.e2e.cli_runner import run_famdesk
from tests.pg_cluster import PgCluster
from tests.server.test_server_schema import psql

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


def _as(url: str, role: str, password: str | None) -> str:
    """``url`` (the administrator's) for another role, with or without a password."""
    parsed = make_url(url)._replace(username=role, password=password)  # set() skips None
    return parsed.render_as_string(hide_password=False)


def _as_user(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    """famdesk on a server as a worker runs it: no file passphrase in the environment."""
    return run_famdesk(*args, passphrase=None, stdin=stdin)


def test_a_team_from_the_command_line(
    server_db: str, pg_cluster: PgCluster, tmp_path: Path
) -> None:
    """The issue's "Must show", in order, from an empty server through the command line.

    Workers added, the fixture imported for one of them and exported back as
    the file gives it; the other worker sees nothing of it (famdesk, psql with
    her own password), the lead sees all; search finds a note for its worker
    only; a handover moves all of it; a finalized note and the audit refuse
    change through psql, TRUNCATE included.
    """
    names = {k: f"{k}_{uuid.uuid4().hex[:6]}" for k in ("anna", "bo", "lead")}
    pg_cluster.roles.extend(names.values())
    for key, name in names.items():
        extra = ["--lead"] if key == "lead" else []
        r = _as_user("server", "add-worker", name, "--db", server_db, "--password-stdin",
                     *extra, stdin=f"{key} has a long password\n")
        assert r.returncode == 0, r.stderr
        assert f"added {name}" in r.stdout
    url = {k: _as(server_db, n, f"{k} has a long password") for k, n in names.items()}

    r = _as_user("import", str(FIXTURE), "--db", server_db, "--assign-to", names["anna"])
    assert r.returncode == 0, r.stderr
    exported = {}
    for key in ("anna", "bo", "lead"):
        out = tmp_path / f"{key}.json"
        r = _as_user("export", "--db", url[key], "--out", str(out))
        assert r.returncode == 0, r.stderr
        exported[key] = _families(out)
    file_db, from_file = tmp_path / "f.famdesk", tmp_path / "file.json"
    assert famdesk("import", str(FIXTURE), "--db", str(file_db)).returncode == 0
    assert famdesk("export", "--db", str(file_db), "--out", str(from_file)).returncode == 0
    assert exported["anna"] == _families(from_file)
    assert exported["bo"] == [] and exported["lead"] == exported["anna"]
    # Through psql with bo's own password: not one row of a case table.
    counted = " UNION ALL ".join(
        f"SELECT count(*) FROM {t}" for t in ("family", "member", "contact_session",
                                               "addendum", "action_plan", "goal", "measurement")
    )
    r = psql(url["bo"], f"COPY ({counted}) TO STDOUT")
    assert r.returncode == 0 and set(r.stdout.split()) == {"0"}, r.stderr
    r = psql(url["anna"], "COPY (SELECT count(*) FROM family) TO STDOUT")
    assert r.stdout.split() == ["2"]

    def found(key: str) -> list[str]:
        r = _as_user("search", "fortal", "--db", url[key])
        assert r.returncode == 0, r.stderr
        return r.stdout.splitlines()

    note = ['2025-10-01 09:30  TEST-001  Home visit  Lise [fortalte]: "Det går bedre." '
            "HEMMELIGNOTE-7f3a"]
    assert (found("anna"), found("bo"), found("lead")) == (note, [], note)

    uid = exported["anna"][0]["uid"]
    assert isinstance(uid, str)
    r = _as_user("assign", uid, names["bo"], "--db", url["anna"])
    assert r.returncode == 2 and "team lead" in r.stderr
    r = _as_user("assign", uid, names["bo"], "--db", url["lead"])
    assert r.returncode == 0, r.stderr
    assert f"from {names['anna']} to {names['bo']}" in r.stdout
    out = tmp_path / "bo-after.json"
    assert _as_user("export", "--db", url["bo"], "--out", str(out)).returncode == 0
    assert _families(out) == [f for f in exported["anna"] if f["uid"] == uid]
    assert (found("anna"), found("bo")) == ([], note)

    # Bypassing famdesk: the note's worker, now bo, cannot change it or the audit.
    audit_count = "COPY (SELECT count(*) FROM audit_event) TO STDOUT"
    before = psql(url["lead"], audit_count).stdout
    for statement, why in (
        ("UPDATE contact_session SET notes = 'omskrevet' WHERE finalized_at IS NOT NULL",
         "a finalized note cannot be changed"),
        ("DELETE FROM contact_session WHERE finalized_at IS NOT NULL",
         "a finalized note cannot be deleted"),
        ("UPDATE addendum SET text = 'x'", "an addendum cannot be changed"),
        ("TRUNCATE contact_session CASCADE", "permission denied for table contact_session"),
        ("UPDATE audit_event SET actor = 'nobody'", "permission denied for table audit_event"),
        ("DELETE FROM audit_event", "permission denied for table audit_event"),
        ("TRUNCATE audit_event", "permission denied for table audit_event"),
    ):
        r = psql(url["bo"], statement)
        assert r.returncode != 0 and why in r.stderr, (statement, r.stderr)
    # Nor can the administrator who owns the tables empty the audit.
    r = psql(server_db, "TRUNCATE audit_event")
    assert r.returncode != 0 and "audit log is append-only" in r.stderr
    assert psql(url["lead"], audit_count).stdout == before
    assert _as_user("export", "--db", url["bo"], "--out", str(out)).returncode == 0
    assert _families(out) == [f for f in exported["anna"] if f["uid"] == uid]


def test_a_wrong_or_missing_password_is_bad_input(server_db: str, tmp_path: Path) -> None:
    name = f"carl_{uuid.uuid4().hex[:6]}"
    r = run_famdesk("server", "add-worker", name, "--db", server_db, "--password-stdin",
                    passphrase=None, stdin="carl's long password\n")
    assert r.returncode == 0, r.stderr
    out = str(tmp_path / "x.json")
    r = famdesk("export", "--db", _as(server_db, name, "not the password"), "--out", out)
    assert r.returncode == 2 and "password authentication failed" in r.stderr
    r = famdesk("export", "--db", _as(server_db, name, None), "--out", out)
    assert r.returncode == 2
    assert "put it in the URL, set PGPASSWORD or run in a terminal" in r.stderr
    r = run_famdesk("server", "add-worker", "Carl", "--db", server_db, "--password-stdin",
                    passphrase=None, stdin="carl's long password\n")
    assert r.returncode == 2 and r.stderr.startswith("famdesk: Carl: ")


def test_search_prints_date_reference_kind_and_snippet(
    target_db: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("LC_ALL", "LC_MESSAGES", "LANGUAGE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "da_DK.UTF-8")
    r = famdesk("import", str(FIXTURE), "--db", target_db)
    assert r.returncode == 0, r.stderr
    r = famdesk("search", "fortal", "--db", target_db)
    assert r.returncode == 0, r.stderr
    assert r.stdout.splitlines() == [
        '2025-10-01 09:30  TEST-001  Hjemmebesøg  Lise [fortalte]: "Det går bedre." '
        "HEMMELIGNOTE-7f3a"
    ]
    monkeypatch.setenv("LANG", "en_GB.UTF-8")
    r = famdesk("search", "netværks", "--db", target_db, "--limit", "1")
    assert r.stdout.splitlines() == ["2025-11-12 13:00  TEST-001  Network meeting  [Netværksmøde]"]
    r = famdesk("search", "ingen-sådan-tekst", "--db", target_db)
    assert r.returncode == 0 and r.stdout == ""
    r = famdesk("search", "fortal", "--db", target_db, "--family", "no-such-family")
    assert r.returncode == 2 and "no-such-family" in r.stderr
    r = famdesk("search", "fortal", "--db", target_db, "--limit", "0")
    assert r.returncode == 2
