"""An export is in the audit only once its file is written (issue 12: a full disk lied)."""

from __future__ import annotations

import argparse
import errno
import os
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from famdesk import files
from famdesk.commands.common import CommandError
from famdesk.commands.data import cmd_export
from famdesk.core.demo import create_demo
from famdesk.db.models import AuditEvent
from famdesk.db.store import open_store


@pytest.fixture
def small_store(tmp_path: Path, passphrase: str, monkeypatch: pytest.MonkeyPatch) -> Path:
    db = tmp_path / "cases.db"
    with open_store(db, passphrase, create=True) as store:
        create_demo(store, families=2, sessions_per_family=2, seed=3, today=date(2026, 11, 27))
    monkeypatch.setenv("FAMDESK_PASSPHRASE", passphrase)
    return db


def _exports(db: Path, passphrase: str) -> list[dict[str, object]]:
    with open_store(db, passphrase) as store, store.read_session() as s:
        rows = s.scalars(select(AuditEvent).where(AuditEvent.action == "export")).all()
        return [dict(r.detail or {}) for r in rows]


def _args(db: Path, out: Path) -> argparse.Namespace:
    return argparse.Namespace(db=str(db), out=str(out), family=None)


def test_an_export_the_disk_could_not_take_is_not_audited(
    small_store: Path, passphrase: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full_disk(_src: object, _dst: object) -> None:  # the last step: putting the file in place
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(files.os, "replace", full_disk)
    out = tmp_path / "export.json"
    with pytest.raises(CommandError, match="nothing was exported"):
        cmd_export(_args(small_store, out))
    monkeypatch.undo()
    assert not out.exists()
    assert _exports(small_store, passphrase) == []


def test_a_written_export_is_audited_with_its_count(
    small_store: Path, passphrase: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "export.json"
    assert cmd_export(_args(small_store, out)) == 0
    assert out.exists()
    assert _exports(small_store, passphrase) == [{"families": 2}]
