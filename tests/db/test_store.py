"""Opening, creating and refusing stores: what a worker meets at the unlock dialog."""

from __future__ import annotations

import json
import os
import sqlite3
import stat
from concurrent.futures import ThreadPoolExecutor
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import IntegrityError

from famdesk.db.engine import (
    NotAFamdeskStore,
    SchemaTooNew,
    StoreError,
    StoreLocked,
    WrongPassphrase,
)
from famdesk.db.models import AuditEvent, ContactSession, Family, Member
from famdesk.db.store import open_store
from tests.backends import reopen

SECRET = "Hemmelig journaltekst om Åse og børnehaven"


def _add_family(store, note: str = SECRET) -> str:
    with store.session() as s:
        family = Family(reference="FB-1", name="Familien Bøgh", start_date=date(2026, 1, 5))
        family.members.append(Member(role="mother", given_name="Åse", family_name="Bøgh"))
        family.sessions.append(
            ContactSession(
                kind="home-visit",
                start=datetime(2026, 3, 1, 10, 0, tzinfo=timezone(timedelta(hours=1))),
                notes=note,
            )
        )
        s.add(family)
        s.flush()
        return family.uid


@pytest.mark.file_only
def test_new_store_is_owner_only_and_encrypted(store, db_path: Path) -> None:
    _add_family(store)
    assert stat.S_IMODE(db_path.stat().st_mode) == 0o600
    for sidecar in db_path.parent.glob(db_path.name + "*"):
        if sidecar.suffix != ".lock":
            assert stat.S_IMODE(sidecar.stat().st_mode) == 0o600, sidecar
    store.close()
    raw = b"".join(p.read_bytes() for p in db_path.parent.glob(db_path.name + "*"))
    for needle in (SECRET, "Bøgh", "Familien", "FB-1"):
        assert needle.encode("utf-8") not in raw
    assert not raw.startswith(b"SQLite format 3")


@pytest.mark.file_only
def test_pragmas_on_every_connection(store) -> None:
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


@pytest.mark.file_only  # SQLite enforces them only when told to; a server always does
def test_foreign_keys_are_enforced(store) -> None:
    with pytest.raises(IntegrityError), store.session() as s:
        s.add(Member(family_id=999, role="child", given_name="Ingen"))


def test_reopen_with_right_passphrase_reads_data(db_path: Path, passphrase: str) -> None:
    s = open_store(db_path, passphrase, create=True)
    uid = _add_family(s)
    s.close()
    with open_store(db_path, passphrase) as s2, s2.read_session() as session:
        fam = session.scalars(select(Family)).one()
        assert fam.uid == uid
        assert fam.sessions[0].notes == SECRET
        assert fam.sessions[0].start.utcoffset() == timedelta(hours=1)


def test_wrong_passphrase_is_refused_and_changes_nothing(db_path: Path, passphrase: str) -> None:
    s = open_store(db_path, passphrase, create=True)
    _add_family(s)
    s.close()
    before = {p.name: p.read_bytes() for p in db_path.parent.iterdir() if p.suffix != ".lock"}
    with pytest.raises(WrongPassphrase, match="wrong passphrase"):
        open_store(db_path, "not the passphrase")
    after = {p.name: p.read_bytes() for p in db_path.parent.iterdir() if p.suffix != ".lock"}
    assert before == after


def test_missing_file_is_not_created_without_create(tmp_path: Path, passphrase: str) -> None:
    path = tmp_path / "nope.famdesk"
    with pytest.raises(StoreError, match="no famdesk database"):
        open_store(path, passphrase)
    assert not path.exists()


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (json.dumps({"format": "famdesk"}).encode(), "not a famdesk database"),
        (b"%PDF-1.4\n" + b"x" * 5000, "not a famdesk database"),
    ],
)
def test_foreign_files_are_told_apart_from_wrong_passphrase(
    tmp_path: Path, passphrase: str, content: bytes, message: str
) -> None:
    path = tmp_path / "other.famdesk"
    path.write_bytes(content)
    with pytest.raises(NotAFamdeskStore, match=message):
        open_store(path, passphrase)
    assert path.read_bytes() == content


def test_plain_sqlite_file_is_not_a_famdesk_store(tmp_path: Path, passphrase: str) -> None:
    path = tmp_path / "plain.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t(x)")
    conn.commit()
    conn.close()
    with pytest.raises(NotAFamdeskStore, match="unencrypted SQLite"):
        open_store(path, passphrase)


def test_encrypted_but_foreign_database(tmp_path: Path, passphrase: str) -> None:
    import sqlcipher3.dbapi2 as sqlcipher

    from famdesk.db.engine import key_connection

    path = tmp_path / "foreign.db"
    conn = sqlcipher.connect(str(path))
    key_connection(conn, passphrase)
    conn.execute("CREATE TABLE somebody_elses(x)")
    conn.commit()
    conn.close()
    with pytest.raises(NotAFamdeskStore, match="not a famdesk one"):
        open_store(path, passphrase)


@pytest.mark.file_only
def test_second_instance_is_refused(store, db_path: Path, passphrase: str) -> None:
    with pytest.raises(StoreLocked, match="already open"):
        open_store(db_path, passphrase)
    store.close()
    open_store(db_path, passphrase).close()  # the lock goes with the first


@pytest.mark.file_only
@pytest.mark.parametrize("link", ["symlink", "hard link"])
def test_another_name_for_an_open_store_is_refused_and_left_untouched(
    store, db_path: Path, passphrase: str, tmp_path: Path, link: str
) -> None:
    """The lock follows the file, not the name: a link to an open store is refused."""
    other = tmp_path / "elsewhere" / "same.db"
    other.parent.mkdir()
    if link == "symlink":
        other.symlink_to(db_path)
    else:
        os.link(db_path, other)
    before = db_path.read_bytes()
    with pytest.raises(StoreLocked, match="already open"):
        open_store(other, passphrase)
    assert db_path.read_bytes() == before  # refused before anything was written
    store.close()
    open_store(other, passphrase).close()  # the locks go with the first


@pytest.mark.file_only
def test_a_store_made_here_is_locked_under_its_identity_too(
    db_path: Path, passphrase: str, tmp_path: Path
) -> None:
    """A new store: once the file exists, a hard link made to it meets the lock."""
    new = tmp_path / "new" / "cases.db"
    first = open_store(new, passphrase, create=True)
    try:
        os.link(new, tmp_path / "new-link.db")
        with pytest.raises(StoreLocked, match="another name"):
            open_store(tmp_path / "new-link.db", passphrase)
    finally:
        first.close()


@pytest.mark.file_only  # on a server: tests/server/test_server_schema.py, as its administrator
def test_newer_schema_is_refused(store) -> None:
    with store.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    store.close()
    with pytest.raises(SchemaTooNew, match="newer famdesk"):
        reopen(store)


@pytest.mark.file_only  # on a server: tests/server (workers may not even try)
def test_audit_log_is_append_only(store) -> None:
    from famdesk.core.audit import record

    with store.session() as s:
        record(s, "read", "family", "u-1", "u-1")
    with pytest.raises(Exception, match="append-only"), store.engine.begin() as conn:
        conn.execute(text("UPDATE audit_event SET actor = 'someone else'"))
    with pytest.raises(Exception, match="append-only"), store.engine.begin() as conn:
        conn.execute(text("DELETE FROM audit_event"))
    with store.read_session() as s:
        assert s.scalars(select(AuditEvent.actor)).all() == ["test-worker"]


def test_in_memory_store(passphrase: str) -> None:
    with open_store(":memory:", passphrase, create=True) as s:
        _add_family(s)
        with s.read_session() as session:
            assert session.scalar(select(Family.name)) == "Familien Bøgh"


def test_passphrase_with_quotes(tmp_path: Path) -> None:
    tricky = 'it\'s "quoted"; DROP TABLE x; --æøå'
    path = tmp_path / "q.famdesk"
    open_store(path, tricky, create=True).close()
    open_store(path, tricky).close()
    with pytest.raises(WrongPassphrase):
        open_store(path, "it's")


@pytest.mark.file_only
def test_rekey_changes_passphrase(store, db_path: Path, passphrase: str) -> None:
    from famdesk.db.engine import rekey

    _add_family(store)
    rekey(store.engine, "a new passphrase")
    store.close()
    with pytest.raises(WrongPassphrase):
        open_store(db_path, passphrase)
    with open_store(db_path, "a new passphrase") as s, s.read_session() as session:
        assert session.scalar(select(ContactSession.notes)) == SECRET


def test_env_kdf_override_is_only_a_test_setting() -> None:
    # The suite runs with the lowered setting; production code never sets it.
    assert os.environ.get("FAMDESK_INSECURE_TEST_KDF_ITER")
    src = (Path(__file__).parents[2] / "famdesk").rglob("*.py")
    setters = [p for p in src if 'environ["FAMDESK_INSECURE' in p.read_text(encoding="utf-8")]
    assert setters == []


def test_a_file_store_uses_a_thread_safe_queue_pool(store) -> None:
    # A bare "sqlite://" URL with a creator would otherwise get SQLAlchemy's
    # per-thread pool, whose dispose() races with worker threads.
    from sqlalchemy.pool import QueuePool

    assert isinstance(store.engine.pool, QueuePool)


@pytest.mark.file_only
def test_opening_a_store_derives_the_key_once(
    store, db_path: Path, passphrase: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The derivation is slow on purpose; the unlock should pay for it once,
    # not once for the probe and again for every pooled connection.
    from famdesk.db import engine

    _add_family(store)
    store.close()
    derivations: list[bytes] = []
    keyed_with_passphrase: list[str] = []
    real_derive, real_key = engine.derive_key, engine.key_connection

    def counting_derive(secret: str, salt: bytes) -> engine.DerivedKey:
        derivations.append(salt)
        return real_derive(secret, salt)

    def watching_key(conn: object, secret: engine.Secret) -> None:
        if isinstance(secret, str):
            keyed_with_passphrase.append(secret)
        real_key(conn, secret)

    monkeypatch.setattr(engine, "derive_key", counting_derive)
    monkeypatch.setattr(engine, "key_connection", watching_key)
    # several pooled connections at once
    with open_store(db_path, passphrase) as reopened, ThreadPoolExecutor(3) as pool:
        notes = list(pool.map(lambda _: _read_note(reopened), range(6)))
    assert notes == [SECRET] * 6
    assert len(derivations) == 1
    assert keyed_with_passphrase == []


def _read_note(store) -> str | None:
    with store.read_session() as s:
        return s.scalar(select(ContactSession.notes))


@pytest.mark.file_only
def test_a_wrong_passphrase_is_still_refused_with_a_derived_key(store, db_path: Path) -> None:
    store.close()
    with pytest.raises(WrongPassphrase):
        open_store(db_path, "not the passphrase")
