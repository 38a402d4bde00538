"""The audit trail: filters, export per person, retention — and nothing recent can be changed."""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import delete, select, text, update
from sqlalchemy.exc import DatabaseError, IntegrityError, OperationalError

from famdesk.core import audit
from famdesk.core.audit_log import (
    CUTOFF_KEY,
    AuditFilter,
    count_events,
    export_events,
    fetch_events,
    instant_text,
    purge_expired,
)
from famdesk.db.engine import key_connection
from famdesk.db.models import AuditEvent, StoreInfo
from famdesk.db.store import Store
from tests.db.backup_fixtures import SECRET_NOTE, add_family

#: These lines name their actors and are purged by the file's owner. On a team
#: server the audit names the authenticated role and only the administrator
#: may purge: tests/server covers the audit there, with real roles.
pytestmark = pytest.mark.file_only

REFUSED = (IntegrityError, OperationalError, DatabaseError)


def _event(
    store: Store, at: datetime, action: str = "read", actor: str = "anne", **kw: str | None
) -> None:
    with store.session() as s:
        ev = audit.record(
            s, action, "family", kw.get("entity_uid"), kw.get("family_uid"), actor=actor
        )
        ev.at = at


@pytest.fixture
def filled(store: Store) -> tuple[Store, str, str, str]:
    fam_a, member_a = add_family(store, "Familien Alfa")
    fam_b, _ = add_family(store, "Familien Beta")
    now = datetime.now(UTC)
    _event(store, now - timedelta(days=2), actor="anne", entity_uid=fam_a, family_uid=fam_a)
    _event(store, now - timedelta(days=40), actor="bo", entity_uid=fam_b, family_uid=fam_b)
    _event(store, now - timedelta(days=400), actor="bo", entity_uid=fam_a, family_uid=fam_a)
    _event(
        store,
        now - timedelta(days=1),
        action="update",
        actor="anne",
        entity_uid=member_a,
        family_uid=fam_a,
    )
    return store, fam_a, fam_b, member_a


def test_filters_by_family_actor_action_and_period(filled: tuple[Store, str, str, str]) -> None:
    store, fam_a, fam_b, _ = filled
    assert count_events(store) == 6  # two creates + four events
    assert count_events(store, AuditFilter(family_uid=fam_a)) == 4
    assert count_events(store, AuditFilter(family_uid=fam_b)) == 2
    assert count_events(store, AuditFilter(actor="bo")) == 2
    assert count_events(store, AuditFilter(action="update")) == 1
    today = date.today()
    recent = AuditFilter(since=today - timedelta(days=30), until=today)
    assert count_events(store, recent) == 4
    old = AuditFilter(until=today - timedelta(days=30))
    assert {r.actor for r in fetch_events(store, old)} == {"bo"}


def test_rows_come_newest_first_in_pages(filled: tuple[Store, str, str, str]) -> None:
    store = filled[0]
    everything = fetch_events(store)
    assert [r.at for r in everything] == sorted((r.at for r in everything), reverse=True)
    pages = fetch_events(store, limit=4) + fetch_events(store, offset=4, limit=4)
    assert [r.id for r in pages] == [r.id for r in everything]


def test_export_per_person_as_csv_and_json(
    filled: tuple[Store, str, str, str], tmp_path: Path
) -> None:
    store, fam_a, _, member_a = filled
    person = AuditFilter(person_uid=member_a)
    out = tmp_path / "indsigt.csv"
    n = export_events(store, person, out, "csv")
    assert n == 4  # everything about the person's family, and about the person
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert len(rows) == 4 and {r["family_uid"] for r in rows} == {fam_a}
    assert out.stat().st_mode & 0o077 == 0
    assert SECRET_NOTE not in out.read_text(encoding="utf-8")
    out_json = tmp_path / "indsigt.json"
    # The first export was itself an access to the person's data: it is listed now.
    assert export_events(store, person, out_json, "json") == 5
    data = json.loads(out_json.read_text(encoding="utf-8"))
    assert {d["action"] for d in data} == {"create", "read", "update", "export"}
    # The export itself is audited.
    last = fetch_events(store, limit=1)[0]
    assert last.action == "export" and last.entity_uid == member_a and last.detail["rows"] == 5
    with pytest.raises(ValueError, match="csv or json"):
        export_events(store, person, tmp_path / "x.xml", "xml")


# --- append-only, by every path the program has -----------------------------------------


def test_recent_rows_cannot_be_updated_by_orm_or_sql(filled: tuple[Store, str, str, str]) -> None:
    store = filled[0]
    with pytest.raises(REFUSED, match="append-only"), store.session() as s:
        ev = s.scalars(select(AuditEvent)).first()
        assert ev is not None
        ev.actor = "someone else"
    with pytest.raises(REFUSED, match="append-only"), store.session() as s:
        s.execute(update(AuditEvent).values(actor="x"))
    with pytest.raises(REFUSED, match="append-only"), store.engine.begin() as conn:
        conn.execute(text("UPDATE audit_event SET detail = '{}'"))
    assert {r.actor for r in fetch_events(store)} <= {"anne", "bo", "test-worker"}


def test_no_row_can_be_deleted_without_a_cutoff(filled: tuple[Store, str, str, str]) -> None:
    store = filled[0]
    before = count_events(store)
    with pytest.raises(REFUSED, match="append-only"), store.session() as s:
        ev = s.scalars(select(AuditEvent)).first()
        s.delete(ev)
    with pytest.raises(REFUSED, match="append-only"), store.engine.begin() as conn:
        conn.execute(text("DELETE FROM audit_event"))
    assert count_events(store) == before


def test_purge_removes_only_rows_past_retention_and_is_audited(
    filled: tuple[Store, str, str, str],
) -> None:
    store = filled[0]
    assert purge_expired(store, 365) == 1  # only the 400-day-old row
    rows = fetch_events(store)
    assert all(datetime.now(UTC) - r.at < timedelta(days=365) for r in rows)
    assert rows[0].action == "delete" and rows[0].detail["purged"] == 1
    assert purge_expired(store, 365) == 0
    with pytest.raises(ValueError, match="180 days"):
        purge_expired(store, 30)


def test_recent_rows_cannot_be_deleted_even_with_a_cutoff(
    filled: tuple[Store, str, str, str],
) -> None:
    store = filled[0]
    purge_expired(store, 200)
    before = count_events(store)
    for statement in ("DELETE FROM audit_event", "DELETE FROM audit_event WHERE actor = 'anne'"):
        with pytest.raises(REFUSED, match="append-only"), store.engine.begin() as conn:
            conn.execute(text(statement))
    with pytest.raises(REFUSED, match="append-only"), store.session() as s:
        s.execute(delete(AuditEvent), execution_options={"synchronize_session": False})
    assert count_events(store) == before


def test_the_cutoff_cannot_be_moved_into_the_protected_period(
    filled: tuple[Store, str, str, str],
) -> None:
    store = filled[0]
    future = instant_text(datetime.now(UTC) + timedelta(days=1))
    recent = instant_text(datetime.now(UTC) - timedelta(days=10))
    with pytest.raises(REFUSED, match="retention"), store.session() as s:
        s.add(StoreInfo(key=CUTOFF_KEY, value=future))
    purge_expired(store, 400)
    for value in (future, recent):
        with pytest.raises(REFUSED, match="retention"), store.session() as s:
            info = s.get(StoreInfo, CUTOFF_KEY)
            assert info is not None
            info.value = value
        with pytest.raises(REFUSED, match="retention"), store.engine.begin() as conn:
            conn.execute(
                text("UPDATE store_info SET value = :v WHERE key = :k"),
                {"v": value, "k": CUTOFF_KEY},
            )
    # Renaming another row into the cutoff's place is refused too.
    with store.session() as s:
        s.execute(delete(StoreInfo).where(StoreInfo.key == CUTOFF_KEY))
        s.add(StoreInfo(key="harmless", value=future))
    with pytest.raises(REFUSED), store.engine.begin() as conn:
        conn.execute(
            text("UPDATE store_info SET key = :k WHERE key = 'harmless'"), {"k": CUTOFF_KEY}
        )
    # And with the cutoff gone, nothing at all can be deleted.
    with pytest.raises(REFUSED, match="append-only"), store.engine.begin() as conn:
        conn.execute(text("DELETE FROM audit_event"))


def test_a_raw_connection_to_the_file_is_refused_too(
    filled: tuple[Store, str, str, str], db_path: Path, passphrase: str
) -> None:
    store = filled[0]
    store.close()
    conn = sqlcipher.connect(str(db_path))
    try:
        key_connection(conn, passphrase)
        with pytest.raises(sqlcipher.DatabaseError, match="append-only"):
            conn.execute("DELETE FROM audit_event")
        with pytest.raises(sqlcipher.DatabaseError, match="append-only"):
            conn.execute("UPDATE audit_event SET actor = 'x'")
    finally:
        conn.close()
