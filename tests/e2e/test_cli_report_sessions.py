"""``famdesk report sessions``: the session log PDF from the command line."""

from __future__ import annotations

import json
import subprocess
from datetime import UTC, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.backends import BACKENDS
from tests.e2e.cli_runner import run_famdesk

PASS = "e2e sessions passphrase"


def famdesk(*args: str) -> subprocess.CompletedProcess[str]:
    return run_famdesk(*args, passphrase=PASS)


@pytest.fixture(scope="module", params=BACKENDS)
def demo(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> tuple[Path | str, dict]:
    """Two demo families in a file, or imported from it into a team database (as its lead)."""
    folder = tmp_path_factory.mktemp("sessions")
    db = folder / "d.famdesk"
    r = famdesk(
        "demo", "--db", str(db), "--families", "6", "--sessions-per-family", "6", "--seed", "3"
    )
    assert r.returncode == 0, r.stderr
    out = folder / "all.json"
    assert famdesk("export", "--db", str(db), "--out", str(out)).returncode == 0
    # A family with an appointment still to come between its second and its
    # second-to-last session (the period the test prints): which family that
    # is depends on today's date and the demo's caseload, not on this test.
    families = json.loads(out.read_text("utf-8"))["families"]
    family = next(f for f in families if _coming(_middle(f["sessions"])))
    if request.param == "postgresql":
        url: str = request.getfixturevalue("team_database")
        r = famdesk("import", str(out), "--db", url)
        assert r.returncode == 0, r.stderr
        return url, family
    return db, family


def _middle(sessions: list[dict]) -> list[dict]:
    """Every session but the first and the last, in time order."""
    return sorted(sessions, key=lambda s: s["start"])[1:-1]


def _coming(sessions: list[dict]) -> list[dict]:
    """The appointments among ``sessions`` still to come."""
    now = datetime.now(UTC)
    return [
        s for s in sessions if s["status"] == "planned" and datetime.fromisoformat(s["start"]) > now
    ]


def _text(path: Path) -> str:
    return "\n".join(p.extract_text() or "" for p in PdfReader(path).pages)


def _one_line(text: str) -> str:
    return " ".join(text.split())


def test_report_sessions_writes_every_session_of_the_period(
    demo: tuple[Path | str, dict], tmp_path: Path
) -> None:
    db, family = demo
    ordered = sorted(family["sessions"], key=lambda s: s["start"])
    first_day, last_day = ordered[1]["start"][:10], ordered[-2]["start"][:10]
    out = tmp_path / "log.pdf"
    r = famdesk(
        "report",
        "sessions",
        family["uid"],
        "--from",
        first_day,
        "--to",
        last_day,
        "--db",
        str(db),
        "--out",
        str(out),
    )
    assert r.returncode == 0, r.stderr
    assert str(out) in r.stdout
    text = _one_line(_text(out))
    assert family["reference"] in text and "Journaludskrift" in text
    inside = [s for s in ordered if first_day <= s["start"][:10] <= last_day]
    # The demo plans appointments days ahead; the log is the record, so they are left out.
    coming = _coming(inside)
    assert coming, "the demo family has appointments still to come"
    printed = [s for s in inside if s not in coming]
    for s in printed:
        if s["summary"]:
            assert _one_line(s["summary"])[:40] in text
    for s in coming:
        day = datetime.fromisoformat(s["start"]).strftime("%d.%m.%Y kl. %H:%M")
        assert day not in text
    assert f"Antal kontakter {len(printed)}" in text
    assert "Planlagte, fremtidige aftaler er ikke medtaget" in text


def test_report_sessions_in_english_without_a_period(
    demo: tuple[Path | str, dict], tmp_path: Path
) -> None:
    db, family = demo
    out = tmp_path / "log-en.pdf"
    r = famdesk(
        "report", "sessions", family["uid"], "--db", str(db), "--out", str(out), "--lang", "en"
    )
    assert r.returncode == 0, r.stderr
    text = _text(out)
    assert "Session log" in text and "All sessions" in text


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--from", "2026-13-01"], "not a date"),
        (["--from", "2026-03-01", "--to", "2026-02-01"], "ends before"),
        (["--lang", "de"], "invalid choice"),
    ],
)
def test_bad_input_exits_2_with_one_line(
    demo: tuple[Path | str, dict], tmp_path: Path, extra: list[str], message: str
) -> None:
    db, family = demo
    out = tmp_path / "x.pdf"
    r = famdesk("report", "sessions", family["uid"], "--db", str(db), "--out", str(out), *extra)
    assert r.returncode == 2 and message in r.stderr
    assert len(r.stderr.strip().splitlines()) == 1 and "Traceback" not in r.stderr
    assert not out.exists()


def test_unknown_family_exits_2(demo: tuple[Path | str, dict], tmp_path: Path) -> None:
    db, _ = demo
    r = famdesk(
        "report", "sessions", "no-such-family", "--db", str(db), "--out", str(tmp_path / "x.pdf")
    )
    assert r.returncode == 2
    assert r.stderr.strip() == "famdesk: The family does not exist (any more): no-such-family."
