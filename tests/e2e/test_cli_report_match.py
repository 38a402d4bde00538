"""``famdesk report match`` as a user or a script runs it."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader

from famdesk.core import words
from famdesk.db.store import open_store
from tests.backends import BACKENDS
from tests.e2e.cli_runner import run_famdesk
from tests.reports.match_data import CHILD_WORDS, REASONS, make_placed_match

PASS = "e2e passphrase"


def famdesk(*args: str) -> subprocess.CompletedProcess[str]:
    return run_famdesk(*args, passphrase=PASS)


@pytest.fixture(scope="module", params=BACKENDS)
def case(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> tuple[Path | str, str]:
    """A placed match in a file, or in a team database on a server (as its lead)."""
    if request.param == "postgresql":
        url: str = request.getfixturevalue("team_database")
        with open_store(url, None) as store:
            return url, make_placed_match(store).match
    db = tmp_path_factory.mktemp("report") / "case.db"
    with open_store(db, PASS, create=True) as store:
        ids = make_placed_match(store)
    return db, ids.match


def _text(path: Path) -> str:
    return " ".join(" ".join((p.extract_text() or "").split()) for p in PdfReader(path).pages)


@pytest.mark.parametrize(
    ("lang", "expected"),
    [("da", "De steder, vi har set på"), ("en", "The places we looked at")],
)
def test_report_match_writes_the_pdf(case, tmp_path: Path, lang: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    db, match_uid = case
    out = tmp_path / f"match-{lang}.pdf"
    r = famdesk("report", "match", match_uid, "--db", str(db), "--out", str(out), "--lang", lang)
    assert r.returncode == 0, r.stderr
    assert str(out) in r.stdout
    text = _text(out)
    assert expected in text
    assert CHILD_WORDS in text and REASONS in text and "Plejefamilien Lund" in text
    assert oct(out.stat().st_mode & 0o777) == "0o600"
    assert [p.name for p in tmp_path.iterdir()] == [out.name]


def test_default_language_is_danish(case, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db, match_uid = case
    out = tmp_path / "m.pdf"
    assert famdesk("report", "match", match_uid, "--db", str(db), "--out", str(out)).returncode == 0
    assert "Side 1 af" in _text(out)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["no-such-uid"], "no-such-uid: " + words.sentence("match.not_found", "en")),
        (["{match}", "--out", "{tmp}/missing/m.pdf"], "does not exist"),
        (["{match}", "--lang", "de"], "invalid choice"),
    ],
)
def test_bad_input_exits_2_with_one_line(
    case, tmp_path: Path, args: list[str], message: str
) -> None:  # type: ignore[no-untyped-def]
    db, match_uid = case
    argv = [a.format(match=match_uid, tmp=tmp_path) for a in args]
    if "--out" not in argv:
        argv += ["--out", str(tmp_path / "m.pdf")]
    r = famdesk("report", "match", *argv, "--db", str(db))
    assert r.returncode == 2, r.stderr
    assert message in r.stderr
    assert len(r.stderr.strip().splitlines()) == 1
    assert "Traceback" not in r.stderr
    assert not (tmp_path / "m.pdf").exists()
