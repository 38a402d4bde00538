"""Import and export: all or nothing, uid collisions, exact round trips, audit,
and note text kept out of the file's plain bytes."""

from __future__ import annotations

import json
import random
import uuid
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select, text

from famdesk.core import interchange, interchange_write
from famdesk.core.errors import NotFound
from famdesk.core.interchange import (
    DocumentInvalid,
    as_current_version,
    dump_document,
    export_document,
    import_document,
    parse_document,
    validate_document,
    write_document,
)
from famdesk.db import models as m
from famdesk.db.store import Store, open_store
from famdesk.vocabulary import SESSION_KINDS, SESSION_STATUSES
from tests.backends import audit_actor

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "interchange"
VALID = FIXTURES / "valid_two_families.json"
SECRET = "HEMMELIGNOTE-7f3a"  # in the fixture's first session note
SHARED_PROFESSIONAL = "b0000000-0000-4000-8000-000000000001"


def valid_doc() -> dict[str, Any]:
    return parse_document(VALID.read_bytes())


def without_time(doc: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in doc.items() if k != "exported_at"}


def counts(store: Store) -> dict[str, int]:
    with store.read_session() as s:
        return {
            model.__tablename__: s.scalar(select(func.count()).select_from(model)) or 0
            for model in (
                m.Family,
                m.Member,
                m.Placement,
                m.Professional,
                m.ActionPlan,
                m.Goal,
                m.Step,
                m.Review,
                m.ReviewScore,
                m.ContactSession,
                m.Addendum,
                m.Measurement,
            )
        }


def audit_rows(store: Store, action: str) -> list[m.AuditEvent]:
    with store.read_session() as s:
        return list(s.scalars(select(m.AuditEvent).where(m.AuditEvent.action == action)))


def renumber(doc: dict[str, Any]) -> dict[str, Any]:
    """A copy of the fixture with every uid changed (``f0000000-…`` becomes
    ``f9999999-…``), so it can go into a store that already holds the original."""
    text_ = json.dumps(doc)
    for old in set(_uids(doc)):
        text_ = text_.replace(old, old[0] + "9999999" + old[8:])
    copy = json.loads(text_)
    for fam in copy["families"]:  # references are unique in a store, like uids
        fam["reference"] += "-9"
    return copy


def _uids(node: object) -> list[str]:
    found: list[str] = []
    if isinstance(node, dict):
        for k, v in node.items():
            if k == "uid" and isinstance(v, str):
                found.append(v)
            else:
                found.extend(_uids(v))
    elif isinstance(node, list):
        for item in node:
            found.extend(_uids(item))
    return found


# --- import, then export ------------------------------------------------------------------


def test_import_writes_everything_and_export_gives_the_file_back(store: Store) -> None:
    doc = valid_doc()
    summary = import_document(store, doc)
    assert (summary.families, summary.members, summary.professionals, summary.plans) == (2, 5, 2, 1)
    assert (summary.goals, summary.steps, summary.reviews, summary.sessions) == (2, 2, 1, 4)
    assert (summary.measurements, summary.addenda, summary.placements) == (6, 1, 1)
    exported = export_document(store)
    assert without_time(exported) == without_time(as_current_version(doc))
    assert validate_document(exported) == []


def test_export_keeps_offsets_integral_scores_and_current_placement(store: Store) -> None:
    import_document(store, valid_doc())
    fam = export_document(store)["families"][0]
    assert fam["sessions"][0]["start"] == "2025-10-01T09:30:00+02:00"
    assert fam["sessions"][1]["start"] == "2025-11-12T13:00:00+01:00"
    scores = [x["score"] for x in fam["measurements"]]
    assert scores == [44, 4, 18, 23.4, 3.5]
    assert isinstance(scores[0], int)
    assert fam["members"][1]["placement"] == {
        "type": "foster-family",
        "site": "Plejefamilie i Fiktivby",
        "since": "2024-11-15",
    }


def test_a_utc_z_time_is_written_back_as_z(store: Store) -> None:
    doc = valid_doc()
    doc["families"][1]["sessions"][0]["start"] = "2024-02-01T12:00:00Z"
    import_document(store, doc)
    assert export_document(store)["families"][1]["sessions"][0]["start"] == (
        "2024-02-01T12:00:00Z"
    )


def test_sessions_export_in_time_order(store: Store) -> None:
    doc = valid_doc()
    doc["families"][0]["sessions"].reverse()
    import_document(store, doc)
    starts = [s["start"] for s in export_document(store)["families"][0]["sessions"]]
    assert starts == [
        "2025-10-01T09:30:00+02:00",
        "2025-11-12T13:00:00+01:00",
        "2026-04-01T10:00:00+02:00",
    ]


def test_only_the_current_placement_is_exported(store: Store) -> None:
    import_document(store, valid_doc())
    with store.session() as s:
        child = s.scalars(select(m.Member).where(m.Member.given_name == "Emil")).one()
        current = child.placements[0]
        current.ended_on = current.since.replace(year=2025)
        s.add(
            m.Placement(
                member=child,
                type="residential-institution",
                site="Fiktivt Opholdssted",
                since=current.since.replace(year=2025),
            )
        )
    placement = export_document(store)["families"][0]["members"][1]["placement"]
    assert placement["type"] == "residential-institution"


def test_one_family_exports_alone_with_its_shared_collaborator(store: Store) -> None:
    doc = valid_doc()
    import_document(store, doc)
    uid = doc["families"][1]["uid"]
    one = export_document(store, uid)
    assert [f["uid"] for f in one["families"]] == [uid]
    assert without_time(one)["families"][0] == as_current_version(doc)["families"][1]
    assert validate_document(one) == []
    (row,) = [r for r in audit_rows(store, "export") if r.family_uid == uid]
    assert row.detail == {"families": 1, "family_uid": uid}


def test_exporting_an_unknown_family_is_a_clear_refusal(store: Store) -> None:
    with pytest.raises(NotFound) as exc:
        export_document(store, "f0000000-0000-4000-8000-000000000999")
    assert exc.value.code == "family.not_found"
    assert exc.value.params == {"uid": "f0000000-0000-4000-8000-000000000999"}
    assert str(exc.value) == "no family with uid f0000000-0000-4000-8000-000000000999"


def test_import_and_export_are_audited_with_counts(store: Store) -> None:
    import_document(store, valid_doc())
    export_document(store)
    (imp,) = audit_rows(store, "import")
    assert imp.detail["families"] == 2 and imp.detail["sessions"] == 4
    assert SECRET not in json.dumps(imp.detail)
    (exp,) = audit_rows(store, "export")
    assert exp.detail == {"families": 2}
    assert exp.actor == audit_actor(store)


def test_dump_is_stable_utf8_json_with_a_trailing_newline(store: Store) -> None:
    import_document(store, valid_doc())
    doc = export_document(store)
    dumped = dump_document(doc)
    assert dumped.endswith("}\n")
    assert "Prøve" in dumped and "\\u00f8" not in dumped
    assert dumped == dump_document(json.loads(dumped))
    assert parse_document(dumped.encode("utf-8")) == doc
    assert list(json.loads(dumped)) == [
        "format", "version", "exported_at", "placement_sites", "families"]


# --- round trips ----------------------------------------------------------------------------


def test_export_import_export_is_identical(tmp_path: Path, passphrase: str) -> None:
    first = open_store(tmp_path / "a.famdesk", passphrase, create=True)
    doc = valid_doc()
    doc["families"][0]["sessions"].reverse()  # not in export order on purpose
    import_document(first, doc)
    one = export_document(first)
    first.close()
    second = open_store(tmp_path / "b.famdesk", passphrase, create=True)
    import_document(second, one)
    two = export_document(second)
    second.close()
    assert without_time(two) == without_time(one)
    assert dump_document(without_time(two)) == dump_document(without_time(one))


@pytest.mark.parametrize("seed", [3, 11])
def test_round_trip_of_a_randomized_caseload(tmp_path: Path, passphrase: str, seed: int) -> None:
    doc = random_caseload(random.Random(seed), families=8)
    assert [str(e) for e in validate_document(doc)] == []
    first = open_store(tmp_path / "a.famdesk", passphrase, create=True)
    import_document(first, doc)
    one = export_document(first)
    first.close()
    second = open_store(tmp_path / "b.famdesk", passphrase, create=True)
    import_document(second, one)
    two = export_document(second)
    second.close()
    assert without_time(two) == without_time(one)
    # Every field of the original survives; only list orders become canonical.
    assert _canon(without_time(one)) == _canon(without_time(as_current_version(doc)))


TEXTS = [
    "",
    "Kort.",
    "Linje 1\nLinje 2",
    'Mor sagde: "Det går bedre" – æøå ÆØÅ',
    "🙂 emoji",
    "x" * 3000,
]
OFFSETS = ["+01:00", "+02:00", "+00:00", "-03:30", "+05:45"]


def random_caseload(rng: random.Random, families: int) -> dict[str, Any]:
    """Fixture families cloned with fresh uids and random sessions, times and scores."""
    base = valid_doc()
    out: list[dict[str, Any]] = []

    def uid() -> str:
        return str(uuid.UUID(int=rng.getrandbits(128), version=4))

    for n in range(families):
        fam = json.loads(json.dumps(rng.choice(base["families"])))
        fam["reference"] = f"{fam['reference']}-{n}"
        mapping: dict[str, str] = {}
        for old in _uids(fam):
            mapping[old] = SHARED_PROFESSIONAL if old == SHARED_PROFESSIONAL else uid()
        fam = json.loads(_replace_all(json.dumps(fam), mapping))
        fam["notes"] = rng.choice(TEXTS)
        members = [m_["uid"] for m_ in fam["members"]]
        goals = [g["uid"] for p in fam["plans"] for g in p["goals"]]
        profs = [p["uid"] for p in fam["professionals"]]
        template = fam["sessions"][0]
        for _ in range(rng.randint(0, 15)):
            s = json.loads(json.dumps(template))
            start = datetime(
                2025,
                rng.randint(1, 12),
                rng.randint(1, 28),
                rng.randint(6, 20),
                rng.choice([0, 15, 30, 45]),
                rng.choice([0, 0, 17]),
            )
            offset = rng.choice(OFFSETS)
            s.update(
                uid=uid(),
                start=start.isoformat() + offset,
                duration_minutes=rng.randint(0, 240),
                status=rng.choice(SESSION_STATUSES),
                kind=rng.choice(SESSION_KINDS),
                member_uids=rng.sample(members, rng.randint(0, len(members))),
                professional_uids=rng.sample(profs, rng.randint(0, len(profs))),
                goal_uids=rng.sample(goals, rng.randint(0, len(goals))),
                notes=rng.choice(TEXTS),
                assessment=rng.choice(TEXTS),
                concern=rng.random() < 0.2,
                finalized_at=None,
                addenda=[],
            )
            if s["status"] != "planned" and rng.random() < 0.5:
                done = start + timedelta(hours=rng.randint(1, 48))
                s["finalized_at"] = done.isoformat() + offset
                s["addenda"] = [
                    {
                        "at": (done + timedelta(days=d)).isoformat() + rng.choice(OFFSETS[:2]),
                        "text": rng.choice(TEXTS) or "Tilføjelse",
                    }
                    for d in range(1, rng.randint(1, 3))
                ]
            fam["sessions"].append(s)
        for _ in range(rng.randint(0, 6)):
            items = [rng.randint(0, 5) for _ in range(5)]
            fam["measurements"].append(
                rng.choice(
                    [
                        {"instrument": "WHO-5", "items": items, "score": sum(items) * 4},
                        {"instrument": "child-wellbeing", "items": [], "score": rng.randint(0, 10)},
                        {"instrument": "ORS", "items": [], "score": round(rng.uniform(0, 40), 1)},
                        {"instrument": "SRS", "items": [], "score": float(rng.randint(0, 40))},
                    ]
                )
                | {"uid": uid(), "member_uid": rng.choice(members), "date": "2025-06-01"}
            )
        out.append(fam)
    return {"format": "famdesk", "version": 1, "families": out}


def _replace_all(text_: str, mapping: dict[str, str]) -> str:
    for old, new in mapping.items():
        text_ = text_.replace(old, new)
    return text_


def _canon(doc: dict[str, Any]) -> object:
    """The document with sessions by time and every list of references sorted;
    float scores that are whole compared as ints, as export writes them."""
    out = json.loads(json.dumps(doc))
    for fam in out["families"]:
        fam["sessions"].sort(key=lambda s: (datetime.fromisoformat(s["start"]), s["uid"]))
        for s in fam["sessions"]:
            for key in ("member_uids", "professional_uids", "goal_uids"):
                s[key].sort()
        fam["professionals"].sort(key=lambda p: p["uid"])
        for plan in fam["plans"]:
            plan["member_uids"].sort()
        for meas in fam["measurements"]:
            if float(meas["score"]).is_integer():
                meas["score"] = int(meas["score"])
    return out


# --- all or nothing ---------------------------------------------------------------------------


def test_an_invalid_document_writes_nothing_and_lists_every_problem(store: Store) -> None:
    doc = valid_doc()
    doc["families"][1]["sessions"][0]["kind"] = "visit"
    doc["families"][1]["members"][0]["cpr"] = "310275-2003"
    before = counts(store)
    with pytest.raises(DocumentInvalid) as exc:
        import_document(store, doc)
    assert exc.value.path == "$.families[1].members[0].cpr"
    assert [e.path for e in exc.value.errors] == [
        "$.families[1].members[0].cpr",
        "$.families[1].sessions[0].kind",
    ]
    assert counts(store) == before
    assert audit_rows(store, "import") == []


def test_a_failure_part_way_through_the_write_leaves_nothing(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_insert = interchange_write._insert

    def failing(session: Any, table: Any, rows: Any) -> None:
        if table.name == "measurement":
            raise RuntimeError("disk full (simulated)")
        real_insert(session, table, rows)

    monkeypatch.setattr(interchange_write, "_insert", failing)
    with pytest.raises(RuntimeError, match="simulated"):
        import_document(store, valid_doc())
    assert set(counts(store).values()) == {0}
    assert audit_rows(store, "import") == []
    if store.target.is_sqlite:
        # The search index triggers suspended for the bulk write came back with the rollback.
        with store.read_session() as s:
            sql = "SELECT name FROM sqlite_master WHERE type = 'trigger'"
            triggers = set(s.scalars(text(sql)))
        expected = {"session_fts_ai", "session_fts_au", "session_fts_ad", "addendum_fts_insert"}
        assert expected <= triggers
    monkeypatch.undo()
    import_document(store, valid_doc())
    assert counts(store)["contact_session"] == 4


def test_importing_a_uid_the_store_already_has_is_refused_by_path(store: Store) -> None:
    import_document(store, valid_doc())
    before = counts(store)
    doc = renumber(valid_doc())
    clash = valid_doc()["families"][0]["sessions"][2]["uid"]
    doc["families"][0]["sessions"][2]["uid"] = clash
    with pytest.raises(DocumentInvalid) as exc:
        import_document(store, doc)
    assert str(exc.value) == (
        f"$.families[0].sessions[2].uid: uid {clash} is already used by a session in this "
        "store; nothing was imported"
    )
    assert counts(store) == before


@pytest.mark.parametrize("load_all", [True, False])
def test_collisions_are_found_whether_uids_are_loaded_or_looked_up(
    store: Store, monkeypatch: pytest.MonkeyPatch, load_all: bool
) -> None:
    monkeypatch.setattr(interchange, "LOAD_ALL_FACTOR", 10**9 if load_all else 0)
    import_document(store, valid_doc())
    doc = renumber(valid_doc())
    doc["families"][1]["members"][1]["uid"] = valid_doc()["families"][0]["uid"]
    doc["families"][1]["measurements"][0]["uid"] = valid_doc()["families"][0]["members"][0]["uid"]
    with pytest.raises(DocumentInvalid) as exc:
        import_document(store, doc)
    assert [str(e) for e in exc.value.errors] == [
        "$.families[1].members[1].uid: uid f0000000-0000-4000-8000-000000000001 is already "
        "used by a family in this store; nothing was imported",
        "$.families[1].measurements[0].uid: uid a0000000-0000-4000-8000-000000000001 is "
        "already used by a member in this store; nothing was imported",
    ]


def test_write_document_writes_in_the_callers_unit_of_work(store: Store) -> None:
    doc = valid_doc()
    with store.session() as s:
        summary = write_document(s, doc)
        assert summary.sessions == 4
    assert without_time(export_document(store)) == without_time(as_current_version(doc))
    assert audit_rows(store, "import") == []  # the caller audits; import_document does


def test_a_new_caseload_joins_an_existing_store_and_reuses_shared_collaborators(
    store: Store,
) -> None:
    import_document(store, valid_doc())
    doc = renumber(valid_doc())
    # The shared caseworker is the same person in both files.
    for fam in doc["families"]:
        for prof in fam["professionals"]:
            if prof["name"] == "Birgit Holm":
                prof["uid"] = SHARED_PROFESSIONAL
        for s in fam["sessions"]:
            s["professional_uids"] = [
                SHARED_PROFESSIONAL if u == "b9999999" + SHARED_PROFESSIONAL[8:] else u
                for u in s["professional_uids"]
            ]
    summary = import_document(store, doc)
    assert summary.professionals == 1 and summary.professionals_reused == 1
    c = counts(store)
    assert c["family"] == 4 and c["professional"] == 3
    exported = export_document(store)
    assert len(exported["families"]) == 4
    assert validate_document(exported) == []
    with store.read_session() as s:
        shared = s.scalars(
            select(m.Professional).where(m.Professional.uid == SHARED_PROFESSIONAL)
        ).one()
        assert len(shared.families) == 4


# --- the database file ------------------------------------------------------------------------


def test_imported_notes_are_searchable_but_not_in_the_files_bytes(
    db_path: Path, passphrase: str
) -> None:
    store = open_store(db_path, passphrase, create=True)
    import_document(store, valid_doc())
    with store.read_session() as s:
        hits = s.execute(
            text("SELECT rowid FROM session_fts WHERE session_fts MATCH :q"),
            {"q": '"' + SECRET + '"'},
        ).all()
        addendum_hits = s.execute(
            text("SELECT rowid FROM session_fts WHERE session_fts MATCH 'Rettelse'")
        ).all()
    assert len(hits) == 1 and len(addendum_hits) == 1
    store.close()
    files = [p for p in db_path.parent.iterdir() if p.name.startswith(db_path.name)]
    assert files
    for path in files:
        raw = path.read_bytes()
        assert SECRET.encode() not in raw
        assert "Prøvesen".encode() not in raw
