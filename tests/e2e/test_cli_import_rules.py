"""``famdesk import`` refuses what the forms refuse: exit 2, the JSON path, nothing written.

Each case breaks one rule of core.rules in an otherwise valid file; the real
command must name the path of the broken value and leave no database behind.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from tests.e2e.cli_runner import run_famdesk

PASS = "e2e passphrase"
VALID = Path(__file__).resolve().parents[1] / "fixtures" / "interchange" / "valid_two_families.json"
F0 = "$.families[0]"
FUTURE = (date.today() + timedelta(days=30)).isoformat()

Doc = dict[str, Any]


def _fam(doc: Doc, i: int = 0) -> Doc:
    return doc["families"][i]


def _member(doc: Doc, i: int) -> Doc:
    return _fam(doc)["members"][i]


def _plan(doc: Doc) -> Doc:
    return _fam(doc)["plans"][0]


def _set(get: Callable[[Doc], Doc], key: str, value: Any) -> Callable[[Doc], None]:
    def apply(doc: Doc) -> None:
        get(doc)[key] = value

    return apply


def _second_reference(value: str) -> Callable[[Doc], None]:
    return _set(lambda d: _fam(d, 1), "reference", value)


def _planned_finalized(doc: Doc) -> None:
    session = _fam(doc)["sessions"][0]
    session["status"] = "planned"
    session["addenda"] = []


def _unscored_review(doc: Doc) -> None:
    plan = _plan(doc)
    open_goals = {g["uid"] for g in plan["goals"] if g["status"] == "open"}
    review = plan["reviews"][0]
    review["goal_scores"] = {
        uid: score for uid, score in review["goal_scores"].items() if uid not in open_goals
    }


def _no_goals(doc: Doc) -> None:
    plan = _plan(doc)
    plan["goals"], plan["reviews"] = [], []
    for session in _fam(doc)["sessions"]:
        session["goal_uids"] = []


CASES: list[tuple[str, Callable[[Doc], None], str, str]] = [
    ("empty reference", _set(_fam, "reference", ""), f"{F0}.reference", "required"),
    (
        "reference twice in the file",
        _second_reference("TEST-001"),
        "$.families[1].reference",
        "already used",
    ),
    (
        "reference differing only in case",
        _second_reference("test-001"),
        "$.families[1].reference",
        "ignoring case",
    ),
    (
        "programme not in the catalogue",
        _set(_fam, "programme", "Astrology"),
        f"{F0}.programme",
        "catalogue",
    ),
    (
        "bad e-mail",
        _set(lambda d: _member(d, 0), "email", "mor@"),
        f"{F0}.members[0].email",
        "e-mail",
    ),
    (
        "bad phone",
        _set(lambda d: _member(d, 0), "phone", "call me"),
        f"{F0}.members[0].phone",
        "phone",
    ),
    (
        "birth date in the future",
        _set(lambda d: _member(d, 2), "birth_date", FUTURE),
        f"{F0}.members[2].birth_date",
        "future",
    ),
    (
        "birth date in the future from the CPR number",
        lambda d: _member(d, 2).update(cpr="010136-4000", birth_date=None),
        f"{F0}.members[2].birth_date",
        "future",
    ),
    (
        "placement on a mother",
        _set(
            lambda d: _member(d, 0),
            "placement",
            {"type": "foster-family", "site": "", "since": "2024-11-15"},
        ),
        f"{F0}.members[0].placement",
        "only a child",
    ),
    (
        "placement starting in the future",
        lambda d: _member(d, 1)["placement"].update(since=FUTURE),
        f"{F0}.members[1].placement.since",
        "future",
    ),
    ("finalized planned session", _planned_finalized, f"{F0}.sessions[0].status", "planned"),
    ("agreed plan without goals", _no_goals, f"{F0}.plans[0].goals", "at least one goal"),
    (
        "review missing an open goal's score",
        _unscored_review,
        f"{F0}.plans[0].reviews[0].goal_scores",
        "every open goal",
    ),
    (
        "measurement in the future",
        _set(lambda d: _fam(d)["measurements"][0], "date", FUTURE),
        f"{F0}.measurements[0].date",
        "future",
    ),
    (
        "next review before the agreement",
        _set(_plan, "next_review", "2025-09-01"),
        f"{F0}.plans[0].next_review",
        "after the agreement",
    ),
    (
        "instrument name with a trailing space",
        lambda d: _fam(d)["measurements"][0].update(
            instrument="Wellbeing ", items=list(range(100)), score=999
        ),
        f"{F0}.measurements[0].instrument",
        "space",
    ),
    (
        "WHO-5 item out of range",
        lambda d: _fam(d)["measurements"][0].update(items=[2, 3, 2, 1, 9]),
        f"{F0}.measurements[0].items[4]",
        "0-5",
    ),
    (
        "WHO-5 score out of range",
        _set(lambda d: _fam(d)["measurements"][0], "score", 999),
        f"{F0}.measurements[0].score",
        "0-100",
    ),
    ("escape in a name", _set(_fam, "name", "Familie\x1b[2J"), f"{F0}.name", "control"),
    (
        "bell in a name",
        _set(lambda d: _member(d, 0), "given_name", "Anna\x07"),
        f"{F0}.members[0].given_name",
        "control",
    ),
    (
        "direction override in a name",
        _set(_fam, "name", "Familie \u202eneslI"),
        f"{F0}.name",
        "override",
    ),
    (
        "line break in a name",
        _set(lambda d: _member(d, 0), "family_name", "Jensen\r\nX"),
        f"{F0}.members[0].family_name",
        "one line",
    ),
    ("year 999", _set(_fam, "start_date", "0999-01-01"), f"{F0}.start_date", "1900-01-01"),
    (
        "session in year 9999",
        _set(lambda d: _fam(d)["sessions"][1], "start", "9999-12-31T10:00:00+01:00"),
        f"{F0}.sessions[1].start",
        "2100-12-31",
    ),
    ("a 250-character worker", _set(_fam, "worker", "w" * 250), f"{F0}.worker", "at most 200"),
    ("an oversized note", _set(_fam, "notes", "n" * 100_001), f"{F0}.notes", "at most 100000"),
]


@pytest.mark.parametrize(
    ("mutate", "path", "words"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_import_refuses_what_the_forms_refuse(
    tmp_path: Path, mutate: Callable[[Doc], None], path: str, words: str
) -> None:
    doc = json.loads(VALID.read_text(encoding="utf-8"))
    mutate(doc)
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(doc), encoding="utf-8")
    db = tmp_path / "target.famdesk"
    r = run_famdesk("import", str(bad), "--db", str(db), passphrase=PASS)
    assert r.returncode == 2, r.stdout + r.stderr
    line = r.stderr.strip()
    assert "\n" not in line and "Traceback" not in line
    assert f"bad.json: {path}: " in line, line
    assert words in line, line
    assert not db.exists(), "a refused file must not create or touch the database"


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
    assert "$.families[0].reference: another family in this store already has" in r.stderr
    out = tmp_path / "out.json"
    assert (
        run_famdesk("export", "--db", str(db), "--out", str(out), passphrase=PASS).returncode == 0
    )
    assert [f["reference"] for f in json.loads(out.read_text())["families"]] == ["TEST-001"]


def test_in_a_danish_locale_the_reason_is_danish(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "da_DK.UTF-8")
    doc = json.loads(VALID.read_text(encoding="utf-8"))
    _member(doc, 2)["birth_date"] = FUTURE
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(doc), encoding="utf-8")
    r = run_famdesk("import", str(bad), "--db", str(tmp_path / "t.famdesk"), passphrase=PASS)
    assert r.returncode == 2
    assert r.stderr.strip() == (
        f"famdesk: {bad}: {F0}.members[2].birth_date: Datoen ligger i fremtiden."
    )
