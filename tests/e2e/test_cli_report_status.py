"""``famdesk report status`` through the command line: the PDF, and the exit-code contract."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader

from famdesk.db.store import open_store
from tests.backends import BACKENDS
from tests.core.status_fixtures import make_case
from tests.e2e.cli_runner import run_famdesk

PASS = "e2e passphrase"


def famdesk(*args: str) -> subprocess.CompletedProcess[str]:
    return run_famdesk(*args, passphrase=PASS)


@pytest.fixture(scope="module", params=BACKENDS)
def case_db(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> tuple[Path | str, str]:
    """A family with a period's work in a file, or in a team database (as its lead)."""
    if request.param == "postgresql":
        url: str = request.getfixturevalue("team_database")
        with open_store(url, None) as server:
            return url, make_case(server).family
    db = tmp_path_factory.mktemp("status") / "case.famdesk"
    store = open_store(db, PASS, create=True)
    try:
        family = make_case(store).family
    finally:
        store.close()
    return db, family


def test_writes_the_report_in_english(case_db: tuple[Path | str, str], tmp_path: Path) -> None:
    db, family = case_db
    out = tmp_path / "status.pdf"
    r = famdesk(
        "report", "status", family, "--from", "2025-01-01", "--to", "2025-06-30",
        "--db", str(db), "--out", str(out), "--lang", "en",
    )  # fmt: skip
    assert r.returncode == 0, r.stderr
    assert str(out) in r.stdout
    text = " ".join(p.extract_text() for p in PdfReader(str(out)).pages)
    assert "Status report" in text and "Familien Nguyễn-Østergaard" in text
    assert "Vi har en fast rytme om morgenen" in text
    assert "Jonas Sagsbehandler" in text


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--from", "2025-13-01", "--to", "2025-06-30"], "not a date"),
        (["--from", "2025-06-30", "--to", "2025-01-01"], "to: The period ends before it starts."),
        (["--from", "2025-01-01"], "--to"),
    ],
)
def test_bad_period_exits_2_with_one_line(
    case_db: tuple[Path | str, str], tmp_path: Path, args: list[str], message: str
) -> None:
    db, family = case_db
    out = tmp_path / "x.pdf"
    r = famdesk("report", "status", family, *args, "--db", str(db), "--out", str(out))
    assert r.returncode == 2
    assert message in r.stderr
    assert len(r.stderr.strip().splitlines()) == 1
    assert "Traceback" not in r.stderr
    assert not out.exists()


def test_unknown_family_and_missing_folder_exit_2(
    case_db: tuple[Path | str, str], tmp_path: Path
) -> None:
    db, family = case_db
    period = ["--from", "2025-01-01", "--to", "2025-06-30", "--db", str(db)]
    r = famdesk("report", "status", "no-such-family", *period, "--out", str(tmp_path / "x.pdf"))
    assert r.returncode == 2
    assert r.stderr.strip() == "famdesk: The family does not exist (any more): no-such-family."
    r = famdesk("report", "status", family, *period, "--out", str(tmp_path / "nope" / "x.pdf"))
    assert r.returncode == 2 and "does not exist" in r.stderr
    assert list(tmp_path.iterdir()) == []
