"""The command line names the worker profile in the audit, never the computer's login."""

from __future__ import annotations

import getpass
from pathlib import Path

from sqlalchemy import select

from famdesk.core.profile import NO_PROFILE_ACTOR, WorkerProfile, save_profile
from famdesk.db.models import AuditEvent
from famdesk.db.store import open_store
from tests.e2e.cli_runner import run_famdesk

PASS = "kitchen table plans 42"


def _actors(db: Path, action: str) -> set[str]:
    with open_store(db, PASS) as store, store.read_session() as s:
        return set(s.scalars(select(AuditEvent.actor).where(AuditEvent.action == action)))


def test_the_cli_audits_the_profile_or_says_there_is_none(tmp_path: Path) -> None:
    db = tmp_path / "cli.famdesk"
    made = run_famdesk(
        "demo", "--db", str(db), "--families", "1", "--sessions-per-family", "2", passphrase=PASS
    )
    assert made.returncode == 0, made.stderr
    out = tmp_path / "first.json"
    first = run_famdesk("export", "--db", str(db), "--out", str(out), passphrase=PASS)
    assert first.returncode == 0, first.stderr
    assert _actors(db, "export") == {NO_PROFILE_ACTOR}

    with open_store(db, PASS) as store:
        save_profile(store, WorkerProfile(name="Maria Holm"))
    again = run_famdesk("export", "--db", str(db), "--out", str(out), passphrase=PASS)
    assert again.returncode == 0, again.stderr
    actors = _actors(db, "export")
    assert actors == {NO_PROFILE_ACTOR, "Maria Holm"}
    assert getpass.getuser() not in actors
