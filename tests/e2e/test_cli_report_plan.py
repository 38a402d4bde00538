"""``famdesk report plan`` as a user or a script runs it."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader

from famdesk.db.store import open_store
from tests.backends import BACKENDS
from tests.e2e.cli_runner import run_famdesk
from tests.reports.plan_data import make_agreed_plan

PASS = "e2e passphrase"


def famdesk(*args: str) -> subprocess.CompletedProcess[str]:
    return run_famdesk(*args, passphrase=PASS)


@pytest.fixture(scope="module", params=BACKENDS)
def case(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> tuple[Path | str, str]:
    """An agreed plan in a file, or in a team database on a server (as its lead)."""
    if request.param == "postgresql":
        url: str = request.getfixturevalue("team_database")
        with open_store(url, None) as store:
            return url, make_agreed_plan(store).plan
    db = tmp_path_factory.mktemp("report") / "case.db"
    with open_store(db, PASS, create=True) as store:
        ids = make_agreed_plan(store)
    return db, ids.plan


def _text(path: Path) -> str:
    return " ".join(" ".join((p.extract_text() or "").split()) for p in PdfReader(path).pages)


@pytest.mark.parametrize(
    ("lang", "expected"),
    [("da", "Med jeres egne ord"), ("en", "In your own words")],
)
def test_report_plan_writes_the_pdf(case, tmp_path: Path, lang: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    db, plan_uid = case
    out = tmp_path / f"plan-{lang}.pdf"
    r = famdesk("report", "plan", plan_uid, "--db", str(db), "--out", str(out), "--lang", lang)
    assert r.returncode == 0, r.stderr
    assert str(out) in r.stdout
    text = _text(out)
    assert expected in text
    assert "Łukasz Nguyễn" in text and "Vi samarbejder godt med plejefamilien" in text
    assert oct(out.stat().st_mode & 0o777) == "0o600"
    assert [p.name for p in tmp_path.iterdir()] == [out.name]


def test_default_language_is_danish(case, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db, plan_uid = case
    out = tmp_path / "p.pdf"
    assert famdesk("report", "plan", plan_uid, "--db", str(db), "--out", str(out)).returncode == 0
    assert "Side 1 af" in _text(out)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["no-such-uid"], "no-such-uid: The parent action plan does not exist (any more)."),
        (["{plan}", "--out", "{tmp}/missing/p.pdf"], "does not exist"),
        (["{plan}", "--out", "{tmp}"], "is a folder"),
        (["{plan}", "--lang", "de"], "invalid choice"),
    ],
)
def test_bad_input_exits_2_with_one_line(
    case, tmp_path: Path, args: list[str], message: str
) -> None:  # type: ignore[no-untyped-def]
    db, plan_uid = case
    argv = [a.format(plan=plan_uid, tmp=tmp_path) for a in args]
    if "--out" not in argv:
        argv += ["--out", str(tmp_path / "p.pdf")]
    r = famdesk("report", "plan", *argv, "--db", str(db))
    assert r.returncode == 2, r.stderr
    assert message in r.stderr
    assert len(r.stderr.strip().splitlines()) == 1
    assert "Traceback" not in r.stderr
    assert not (tmp_path / "p.pdf").exists()
