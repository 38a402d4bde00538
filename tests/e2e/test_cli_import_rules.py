"""``famdesk import`` refuses what the forms refuse: exit 2, the JSON path, nothing written.

Each case of tests/refusals.py breaks one rule in an otherwise valid file; the
real command must name the path of the broken value and give the catalogue's
sentence for core's code, and leave no database behind; into a team database
on a server the same, with not one family written. The same table drives the
forms (tests/ui/*/test_*_and_import_agree.py).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from famdesk.core import caseload, families, words
from famdesk.core.placement import sites
from famdesk.core.storage import open_store
from tests.e2e.cli_runner import run_famdesk
from tests.refusals import F0, REFUSALS, VALID, Refusal, refusal

PASS = "e2e passphrase"


@pytest.mark.parametrize("rule", REFUSALS, ids=[r.name for r in REFUSALS])
def test_import_refuses_what_the_forms_refuse(tmp_path: Path, rule: Refusal) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(rule.document()), encoding="utf-8")
    db = tmp_path / "target.famdesk"
    if rule.stored is not None:  # a rule about the store: it holds this first
        before = _import_stored(rule, tmp_path, str(db), PASS)
    r = run_famdesk("import", str(bad), "--db", str(db), passphrase=PASS)
    assert r.returncode == 2, r.stdout + r.stderr
    line = r.stderr.strip()
    assert "\n" not in line and "Traceback" not in line
    # The path of the broken value, then the catalogue's sentence for core's code.
    assert line == f"famdesk: {bad}: {rule.cli_reason()}"
    if rule.stored is not None:
        assert db.read_bytes() == before, "a refused file must not touch the database"
        return
    assert not db.exists(), "a refused file must not create or touch the database"


def _import_stored(rule: Refusal, folder: Path, db: str, passphrase: str | None) -> bytes:
    """Import what ``rule`` needs the store to hold; the database file's bytes after it."""
    assert rule.stored is not None
    first = folder / "stored.json"
    first.write_text(json.dumps(rule.stored()), encoding="utf-8")
    r = run_famdesk("import", str(first), "--db", db, passphrase=passphrase)
    assert r.returncode == 0, r.stdout + r.stderr
    return Path(db).read_bytes() if passphrase is not None else b""


@pytest.fixture(scope="module")
def server_families(team_database: str) -> Iterator[Callable[[], int]]:
    """How many families the team database holds (its lead sees them all)."""
    store = open_store(team_database, None)
    try:
        yield lambda: caseload.count_families(store)
    finally:
        store.close()


@pytest.mark.parametrize("rule", REFUSALS, ids=[r.name for r in REFUSALS])
def test_import_into_a_team_database_refuses_the_same(
    team_database: str, server_families: Callable[[], int], tmp_path: Path, rule: Refusal
) -> None:
    """The same file, the same reason, on a server: exit 2, and not one family written."""
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(rule.document()), encoding="utf-8")
    stored = 0
    if rule.stored is not None:
        _import_stored(rule, tmp_path, team_database, None)
        stored = server_families()
    try:
        r = run_famdesk("import", str(bad), "--db", team_database, passphrase=None)
        assert r.returncode == 2, r.stdout + r.stderr
        assert r.stderr.strip() == f"famdesk: {bad}: {rule.cli_reason()}"
        assert server_families() == stored
    finally:
        if rule.stored is not None:  # the next rule meets an empty team database again
            _empty(team_database)


def _empty(url: str) -> None:
    """Delete every family and site of a team database (as its lead); the collaborators
    the rules store are the valid file's own, so they stay."""
    store = open_store(url, None)
    try:
        for uid in [f.uid for f in caseload.list_families(store)]:
            families.delete_family(store, uid)
        for site in sites.list_sites(store):
            sites.delete_site(store, site.uid)
    finally:
        store.close()


def test_import_refuses_a_reference_the_store_has_in_another_case(tmp_path: Path) -> None:
    db = tmp_path / "target.famdesk"
    first = json.loads(VALID.read_text(encoding="utf-8"))
    good = tmp_path / "first.json"
    good.write_text(json.dumps({**first, "families": first["families"][:1]}), encoding="utf-8")
    assert run_famdesk("import", str(good), "--db", str(db), passphrase=PASS).returncode == 0
    second = json.loads(VALID.read_text(encoding="utf-8"))
    family = second["families"][1]
    family["reference"] = "test-001"
    bad = tmp_path / "second.json"
    bad.write_text(json.dumps({**second, "families": [family]}), encoding="utf-8")
    r = run_famdesk("import", str(bad), "--db", str(db), passphrase=PASS)
    assert r.returncode == 2
    assert r.stderr.strip().endswith(
        "$.families[0].reference: Another family already has the reference test-001."
    )
    out = tmp_path / "out.json"
    assert (
        run_famdesk("export", "--db", str(db), "--out", str(out), passphrase=PASS).returncode == 0
    )
    assert [f["reference"] for f in json.loads(out.read_text())["families"]] == ["TEST-001"]


def test_in_a_danish_locale_the_reason_is_danish(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("LC_ALL")
    monkeypatch.setenv("LANG", "da_DK.UTF-8")
    rule = refusal("birth date in the future")
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(rule.document()), encoding="utf-8")
    r = run_famdesk("import", str(bad), "--db", str(tmp_path / "t.famdesk"), passphrase=PASS)
    assert r.returncode == 2
    assert r.stderr.strip() == (
        f"famdesk: {bad}: {F0}.members[2].birth_date: Datoen ligger i fremtiden."
    )
    assert r.stderr.strip() == f"famdesk: {bad}: {rule.cli_reason('da')}"


def test_a_file_with_more_problems_names_the_first_and_counts_the_rest(tmp_path: Path) -> None:
    doc = json.loads(VALID.read_text(encoding="utf-8"))
    # The caseworker is shared with the second family: her copy there now differs too.
    doc["families"][0]["professionals"][1]["email"] = "birgit@"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(doc), encoding="utf-8")
    r = run_famdesk("import", str(bad), "--db", str(tmp_path / "t.famdesk"), passphrase=PASS)
    assert r.returncode == 2
    sentence = words.sentence("email.format", "en")
    assert r.stderr.strip() == (
        f"famdesk: {bad}: {F0}.professionals[1].email: {sentence} (and 1 more problem)"
    )
