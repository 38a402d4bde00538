"""The foundation's promises, through the command line a user or script runs.

demo → export → import into an empty file → export gives the same families;
no demo note text in the raw bytes; a bad file or a wrong passphrase exits 2
and changes nothing.
"""

from __future__ import annotations

import json
import stat
import subprocess
from pathlib import Path

import pytest

from tests.e2e.cli_runner import run_famdesk

PASS = "e2e passphrase"


def famdesk(
    *args: str, passphrase: str | None = PASS, cwd: Path | None = None
) -> subprocess.CompletedProcess[str]:
    return run_famdesk(*args, passphrase=passphrase, cwd=cwd)


def _files_bytes(db: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in db.parent.glob(db.name + "*") if p.suffix != ".lock"}


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("demo") / "d.db"
    result = famdesk(
        "demo", "--db", str(db), "--families", "12", "--sessions-per-family", "8", "--seed", "7"
    )
    assert result.returncode == 0, result.stderr
    assert "12 families" in result.stdout
    return db


def test_round_trip_gives_the_same_families(demo_db: Path, tmp_path: Path) -> None:
    a, b, e = tmp_path / "a.json", tmp_path / "b.json", tmp_path / "e.db"
    assert famdesk("export", "--db", str(demo_db), "--out", str(a)).returncode == 0
    r = famdesk("import", str(a), "--db", str(e))
    assert r.returncode == 0, r.stderr
    assert famdesk("export", "--db", str(e), "--out", str(b)).returncode == 0
    doc_a, doc_b = json.loads(a.read_text("utf-8")), json.loads(b.read_text("utf-8"))
    assert len(doc_a["families"]) == 12
    assert doc_a["families"] == doc_b["families"]
    assert sum(len(f["sessions"]) for f in doc_a["families"]) == 12 * 8


def test_demo_note_text_is_not_in_the_raw_files(demo_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "x.json"
    assert famdesk("export", "--db", str(demo_db), "--out", str(out)).returncode == 0
    doc = json.loads(out.read_text("utf-8"))
    needles = set()
    for family in doc["families"]:
        needles.add(family["name"])
        for session in family["sessions"]:
            for field in ("notes", "summary", "assessment"):
                text = session[field]
                if len(text) >= 12:
                    needles.add(text[:40])
    assert len(needles) > 20
    raw = b"".join(_files_bytes(demo_db).values())
    found = [n for n in needles if n.encode("utf-8") in raw]
    assert found == []


def test_export_of_one_family(demo_db: Path, tmp_path: Path) -> None:
    everything = tmp_path / "all.json"
    famdesk("export", "--db", str(demo_db), "--out", str(everything))
    uid = json.loads(everything.read_text("utf-8"))["families"][3]["uid"]
    one = tmp_path / "one.json"
    r = famdesk("export", "--db", str(demo_db), "--out", str(one), "--family", uid)
    assert r.returncode == 0, r.stderr
    assert [f["uid"] for f in json.loads(one.read_text("utf-8"))["families"]] == [uid]


def test_export_of_a_family_that_is_not_there_says_so_in_the_users_language(
    demo_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "none.json"
    r = famdesk("export", "--db", str(demo_db), "--out", str(out), "--family", "no-such")
    assert r.returncode == 2
    assert r.stderr.strip() == "famdesk: The family does not exist (any more): no-such."
    for name in ("LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "da_DK.UTF-8")
    r = famdesk("export", "--db", str(demo_db), "--out", str(out), "--family", "no-such")
    assert r.stderr.strip() == "famdesk: Familien findes ikke (længere): no-such."
    assert not out.exists() and list(tmp_path.iterdir()) == []


def test_wrong_passphrase_exits_2_and_changes_nothing(demo_db: Path, tmp_path: Path) -> None:
    before = _files_bytes(demo_db)
    out = str(tmp_path / "x.json")
    r = famdesk("export", "--db", str(demo_db), "--out", out, passphrase="nope")
    assert r.returncode == 2
    assert "wrong passphrase" in r.stderr
    assert "Traceback" not in r.stderr
    assert not (tmp_path / "x.json").exists()
    assert _files_bytes(demo_db) == before


def _valid_doc(demo_db: Path, tmp_path: Path) -> dict:
    out = tmp_path / "valid.json"
    famdesk("export", "--db", str(demo_db), "--out", str(out), "--family",
            json.loads(_export_all(demo_db, tmp_path))["families"][0]["uid"])
    return json.loads(out.read_text("utf-8"))


def _export_all(demo_db: Path, tmp_path: Path) -> str:
    out = tmp_path / "all-for-valid.json"
    famdesk("export", "--db", str(demo_db), "--out", str(out))
    return out.read_text("utf-8")


def _break_date(doc: dict) -> dict:
    doc["families"][0]["start_date"] = "2026-02-30"
    return doc


def _break_reference(doc: dict) -> dict:
    doc["families"][0]["sessions"][0]["member_uids"] = ["00000000-0000-4000-8000-00000000dead"]
    return doc


def _unknown_key(doc: dict) -> dict:
    doc["families"][0]["favourite_colour"] = "blue"
    return doc


def _end_before_start(doc: dict) -> dict:
    doc["families"][0]["end_date"] = "1999-01-01"
    return doc


@pytest.mark.parametrize(
    ("breaker", "path_fragment"),
    [
        (_break_date, "$.families[0].start_date"),
        (_break_reference, "$.families[0].sessions[0].member_uids[0]"),
        (_unknown_key, "$.families[0].favourite_colour"),
        (_end_before_start, "$.families[0].end_date"),
    ],
)
def test_bad_file_is_refused_with_exit_2_and_nothing_written(
    demo_db: Path, tmp_path: Path, breaker, path_fragment: str
) -> None:
    doc = breaker(_valid_doc(demo_db, tmp_path))
    # Give the family fresh uids' worth of novelty: import into an EMPTY store.
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(doc, ensure_ascii=False), "utf-8")
    target = tmp_path / "target.db"
    r = famdesk("import", str(bad), "--db", str(target))
    assert r.returncode == 2, r.stderr
    assert path_fragment in r.stderr
    assert "Traceback" not in r.stderr
    assert len(r.stderr.strip().splitlines()) == 1
    # The store was never created: a bad file writes nothing at all.
    assert not target.exists()


def test_malformed_json_into_existing_store_changes_nothing(demo_db: Path, tmp_path: Path) -> None:
    bad = tmp_path / "broken.json"
    bad.write_text('{"format": "famdesk", "version": 1, "families": [', "utf-8")
    before = _files_bytes(demo_db)
    r = famdesk("import", str(bad), "--db", str(demo_db))
    assert r.returncode == 2
    assert "invalid JSON" in r.stderr and "Traceback" not in r.stderr
    assert _files_bytes(demo_db) == before


def test_importing_the_same_file_twice_is_refused(demo_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "again.json"
    famdesk("export", "--db", str(demo_db), "--out", str(out))
    r = famdesk("import", str(out), "--db", str(demo_db))
    assert r.returncode == 2
    assert "uid" in r.stderr and "already" in r.stderr


def test_check_passes_on_the_demo(demo_db: Path) -> None:
    r = famdesk("check", "--db", str(demo_db))
    assert r.returncode == 0, r.stdout + r.stderr
    assert "integrity: ok" in r.stdout


def test_missing_file_and_usage_errors(tmp_path: Path) -> None:
    r = famdesk("import", str(tmp_path / "none.json"), "--db", str(tmp_path / "x.db"))
    assert r.returncode == 2 and "no such file" in r.stderr
    r = famdesk("demo", "--db", str(tmp_path / "y.db"), "--families", "0")
    assert r.returncode == 2 and "--families" in r.stderr
    r = famdesk("export", "--db", str(tmp_path / "absent.db"), "--out", str(tmp_path / "o.json"))
    assert r.returncode == 2 and "no famdesk database" in r.stderr


def test_no_passphrase_without_terminal(tmp_path: Path) -> None:
    r = famdesk("check", "--db", str(tmp_path / "x.db"), passphrase=None)
    assert r.returncode == 2
    assert "FAMDESK_PASSPHRASE" in r.stderr


def test_demo_into_missing_folders_creates_them_owner_only(tmp_path: Path) -> None:
    """``famdesk demo --db newfolder/x.db`` on a fresh machine: every missing level is made."""
    target = tmp_path / "new" / "deeper" / "x.famdesk"
    result = run_famdesk(
        "demo", "--db", str(target), "--families", "2", "--sessions-per-family", "2",
        passphrase="kitchen table plans 42",
    )
    assert result.returncode == 0, result.stderr
    assert target.is_file()
    for level in (target.parent, target.parent.parent):
        assert stat.S_IMODE(level.stat().st_mode) == 0o700


def test_a_key_given_twice_exits_2_with_its_path_and_writes_nothing(
    demo_db: Path, tmp_path: Path
) -> None:
    out = tmp_path / "twice-source.json"
    assert famdesk("export", "--db", str(demo_db), "--out", str(out)).returncode == 0
    text = out.read_text("utf-8")
    twice = text.replace('"notes": ', '"notes": "x", "notes": ', 1)
    bad = tmp_path / "twice.json"
    bad.write_text(twice, "utf-8")
    target = tmp_path / "twice.db"
    r = famdesk("import", str(bad), "--db", str(target))
    assert r.returncode == 2, r.stderr
    assert "$.families[0].notes: The file cannot be imported: this key is given twice" in r.stderr
    assert len(r.stderr.strip().splitlines()) == 1 and not target.exists()


def test_times_as_a_file_spells_them_come_back_out_of_the_cli(
    demo_db: Path, tmp_path: Path
) -> None:
    src = tmp_path / "spelled-source.json"
    assert famdesk("export", "--db", str(demo_db), "--out", str(src)).returncode == 0
    doc = json.loads(src.read_text("utf-8"))
    session = doc["families"][0]["sessions"][0]
    session["start"] = "2025-10-01T07:30Z"
    session["finalized_at"] = None
    session["addenda"] = []
    doc["families"] = doc["families"][:1]
    spelled, target, back = tmp_path / "spelled.json", tmp_path / "s.db", tmp_path / "back.json"
    spelled.write_text(json.dumps(doc, ensure_ascii=False), "utf-8")
    r = famdesk("import", str(spelled), "--db", str(target))
    assert r.returncode == 0, r.stderr
    assert famdesk("export", "--db", str(target), "--out", str(back)).returncode == 0
    starts = [s["start"] for s in json.loads(back.read_text("utf-8"))["families"][0]["sessions"]]
    assert "2025-10-01T07:30Z" in starts
