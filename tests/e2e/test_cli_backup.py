"""``famdesk backup``, ``backups`` and ``restore`` as a user or a script runs them."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from famdesk.db.store import open_store
from tests.db.backup_fixtures import SECRET_NOTE, add_family
from tests.e2e.cli_runner import run_famdesk

PASS = "e2e backup passphrase"
NOTE_WORD = b"Zebulona"


def famdesk(*args: str, passphrase: str | None = PASS) -> subprocess.CompletedProcess[str]:
    return run_famdesk(*args, passphrase=passphrase)


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Three fictitious families, written by the same code production uses."""
    db = tmp_path_factory.mktemp("template") / "work.db"
    with open_store(db, PASS, create=True) as store:
        for name in ("Familien Aske", "Familien Birk", "Familien Eg"):
            add_family(store, name)
    return db


@pytest.fixture
def demo_db(demo_template: Path, tmp_path: Path) -> Path:
    """A fresh copy of the closed, checkpointed file for each test."""
    db = tmp_path / "work.db"
    shutil.copyfile(demo_template, db)
    return db


def test_backup_list_restore_round_trip(demo_db: Path, tmp_path: Path) -> None:
    folder = tmp_path / "usb"
    folder.mkdir()
    r = famdesk("backup", "--db", str(demo_db), "--to", str(folder))
    assert r.returncode == 0, r.stderr
    backup = Path(r.stdout.strip())
    assert backup.parent == folder and backup.exists() and backup.suffix == ".fdbak"
    listing = famdesk("backups", "--db", str(demo_db), "--dir", str(folder))
    assert listing.returncode == 0
    assert str(backup) in listing.stdout and "verified" in listing.stdout
    # Change the store, then get yesterday's database back.
    r = famdesk("restore", str(backup), "--db", str(demo_db))
    assert r.returncode == 0, r.stderr
    assert "3 families" in r.stdout and "kept as" in r.stdout
    kept = [p for p in tmp_path.iterdir() if ".before-restore-" in p.name]
    assert len(kept) == 1
    check = famdesk("check", "--db", str(demo_db))
    assert check.returncode == 0, check.stderr


def test_default_folder_comes_from_the_user_data_dir(demo_db: Path) -> None:
    r = famdesk("backup", "--db", str(demo_db))
    assert r.returncode == 0, r.stderr
    path = Path(r.stdout.strip())
    assert path.parent == Path(os.environ["FAMDESK_DATA_DIR"]) / "backups"
    listing = famdesk("backups", "--db", str(demo_db))
    assert str(path) in listing.stdout


def test_bad_restore_files_exit_2_with_one_line_and_change_nothing(
    demo_db: Path, tmp_path: Path
) -> None:
    good = Path(famdesk("backup", "--db", str(demo_db), "--to", str(tmp_path)).stdout.strip())
    before = demo_db.read_bytes()
    cases = {
        "empty.fdbak": b"",
        "doc.json": b'{"format": "famdesk"}',
        "plan.pdf": b"%PDF-1.7\n" + b"z" * 5000,
        "truncated.fdbak": good.read_bytes()[: good.stat().st_size // 2 + 10],
    }
    for name, data in cases.items():
        bad = tmp_path / name
        bad.write_bytes(data)
        r = famdesk("restore", str(bad), "--db", str(demo_db))
        assert r.returncode == 2, (name, r.stderr)
        assert len(r.stderr.strip().splitlines()) == 1 and name in r.stderr
        assert "Traceback" not in r.stderr
    r = famdesk("restore", str(good), "--db", str(demo_db), passphrase="wrong wrong wrong")
    assert r.returncode == 2 and "passphrase" in r.stderr
    assert demo_db.read_bytes() == before
    assert not [p for p in tmp_path.iterdir() if ".before-restore-" in p.name]


def test_backup_to_a_missing_drive_exits_2(demo_db: Path, tmp_path: Path) -> None:
    r = famdesk("backup", "--db", str(demo_db), "--to", str(tmp_path / "no-drive" / "backups"))
    assert r.returncode == 2
    assert "cannot be reached" in r.stderr


def test_a_backup_holds_no_plain_case_text(demo_db: Path, tmp_path: Path) -> None:
    backup = Path(famdesk("backup", "--db", str(demo_db), "--to", str(tmp_path)).stdout.strip())
    raw = backup.read_bytes()
    for needle in (SECRET_NOTE, "Zebulona", "Familien Aske", "Fiktiv"):
        assert needle.encode("utf-8") not in raw
    sidecar = backup.with_name(backup.name + ".json").read_text(encoding="utf-8")
    assert "Zebulona" not in sidecar and "Aske" not in sidecar


def test_restore_refused_while_the_database_is_open(demo_db: Path, tmp_path: Path) -> None:
    good = Path(famdesk("backup", "--db", str(demo_db), "--to", str(tmp_path)).stdout.strip())
    with open_store(demo_db, PASS):
        r = famdesk("restore", str(good), "--db", str(demo_db))
    assert r.returncode == 1
    assert "already open" in r.stderr
