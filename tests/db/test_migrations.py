"""Frozen databases of every released schema open and upgrade without loss.

The frozen files were made with production key derivation, so these tests also
prove that files written by the pinned SQLCipher build keep opening.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from sqlalchemy import select, text

from famdesk.db import migrate
from famdesk.db.backup import verify_file
from famdesk.db.models import ContactSession, Goal
from famdesk.db.search_index import is_search_index, session_id
from famdesk.db.store import open_store

FROZEN = Path(__file__).parents[1] / "fixtures" / "frozen"
FROZEN_PASSPHRASE = "frozen fixture passphrase æøå"


def _frozen_files() -> list[Path]:
    return sorted(FROZEN.glob("rev*.famdesk"))


def test_there_is_a_frozen_file_for_every_released_revision() -> None:
    revisions = {p.stem.removeprefix("rev") for p in _frozen_files()}
    assert {"0001", "0002", "0003", "0004", "0005", "0006", "0007"} <= revisions
    assert migrate.head_revision() in revisions, "freeze the newest revision too"
    assert revisions <= migrate.known_revisions()


@pytest.mark.parametrize("frozen", _frozen_files(), ids=lambda p: p.stem)
def test_frozen_file_upgrades_to_head(
    frozen: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("FAMDESK_INSECURE_TEST_KDF_ITER", raising=False)
    path = tmp_path / frozen.name
    shutil.copyfile(frozen, path)
    revision = frozen.stem.removeprefix("rev")
    store = open_store(path, FROZEN_PASSPHRASE)
    try:
        with store.engine.connect() as conn:
            assert migrate.current_revision(conn) == migrate.head_revision()
        if revision != migrate.head_revision():
            assert store.upgraded_from == revision
            assert store.pre_upgrade_copy is not None
            counts = verify_file(store.pre_upgrade_copy, FROZEN_PASSPHRASE)
            assert counts["contact_session"] == 1
        with store.read_session() as s:
            goal = s.scalars(select(Goal)).one()
            assert goal.title == "Faste sengetider"
            assert goal.plan.title == "Forældrehandleplan"  # survived table rebuilds
            assert [st.text for st in goal.steps] == ["Aftenritual på køleskabet"]
            assert goal.previous_goal_id is None  # no lineage is guessed for old goals
            session = s.scalars(select(ContactSession)).one()
            assert session.notes == "Frozen note: børnehaven ringede"
            assert session.start.isoformat() == "2026-01-15T10:00:00+01:00"
            # 0007: version 2 of the format starts empty for existing records
            assert goal.plan.child_perspective == ""
            assert goal.plan.family.support_started_on is None
            assert goal.plan.family.follow_up_every_months is None
            assert session.concern_what == "" and session.concern_notices == []
        with store.engine.connect() as conn:
            hits = conn.execute(
                text("SELECT rowid FROM session_fts WHERE session_fts MATCH 'børnehave*'")
            ).fetchall()
            assert [session_id(key) for (key,) in hits] == [1]
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    finally:
        store.close()


def test_frozen_file_refuses_wrong_passphrase(tmp_path: Path, monkeypatch) -> None:
    from famdesk.db.engine import WrongPassphrase

    monkeypatch.delenv("FAMDESK_INSECURE_TEST_KDF_ITER", raising=False)
    frozen = _frozen_files()[0]
    path = tmp_path / frozen.name
    shutil.copyfile(frozen, path)
    with pytest.raises(WrongPassphrase):
        open_store(path, "frozen fixture passphrase")
    assert path.read_bytes() == frozen.read_bytes()


def test_models_match_migrations(store) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from famdesk.db.models import Base

    with store.engine.connect() as conn:
        ctx = MigrationContext.configure(
            conn,
            opts={
                "include_name": lambda name, type_, parent: (
                    not (type_ == "table" and name and is_search_index(name))
                )
            },
        )
        assert compare_metadata(ctx, Base.metadata) == []


def test_a_finalized_notes_concern_details_are_locked_after_0007(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The 0005 lock on finalized notes extends to what 0007 added to a session."""
    monkeypatch.delenv("FAMDESK_INSECURE_TEST_KDF_ITER", raising=False)
    path = tmp_path / "rev0006.famdesk"
    shutil.copyfile(FROZEN / "rev0006.famdesk", path)
    store = open_store(path, FROZEN_PASSPHRASE)
    try:
        with store.engine.begin() as conn:
            conn.exec_driver_sql(
                "INSERT INTO concern_notice(id, uid, session_id, position, who, at, how) "
                "VALUES (1, '77777777-7777-4777-8777-777777777777', 1, 0, 'Sagsbehandler', "
                "'2026-01-15T10:00:00.000000 +01:00', 'telefon')"
            )
        for sql in (
            "UPDATE contact_session SET concern_what = 'x' WHERE id = 1",
            "UPDATE concern_notice SET how = 'brev' WHERE id = 1",
            "DELETE FROM concern_notice WHERE id = 1",
        ):
            with (
                pytest.raises(Exception, match="finalized note cannot be changed"),
                store.engine.begin() as conn,
            ):
                conn.exec_driver_sql(sql)
    finally:
        store.close()


def test_the_light_revision_reading_agrees_with_alembic() -> None:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(migrate.alembic_config())
    assert migrate.revision_graph() == {
        rev.revision: rev.down_revision for rev in script.walk_revisions()
    }
    assert migrate.head_revision() == script.get_current_head()


def test_opening_a_current_store_does_not_import_alembic(tmp_path: Path, passphrase: str) -> None:
    # Alembic costs a few hundred ms of the unlock; it is needed only to upgrade.
    import os
    import subprocess
    import sys

    path = tmp_path / "current.famdesk"
    open_store(path, passphrase, create=True).close()
    code = (
        "import sys\n"
        "from famdesk.db.store import open_store\n"
        f"open_store({str(path)!r}, {passphrase!r}).close()\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'alembic'))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=os.environ, check=True
    )
    assert out.stdout.strip() == "[]"
