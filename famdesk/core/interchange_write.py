"""Writing a validated interchange document into the store, fast.

Rows are built as plain dicts and written with SQLAlchemy Core bulk
``insert()`` (one executemany per table), not object by object: the demo
store of 100,000 sessions must load in seconds. Integer ids are assigned here
(max(id) + 1 per table, read in the same transaction), so association rows
are known without a round trip to the database.

The caller owns the transaction: ``write_document`` never commits, so a
failure part-way leaves nothing behind once the caller rolls back.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import Table, func, insert, select, text
from sqlalchemy.orm import Session

from famdesk.db import models as m
from famdesk.db.search_index import SEARCH_KEY
from famdesk.db.types import new_uid


@dataclass
class ImportSummary:
    """What an import wrote. ``professionals`` counts new ones; shared ones already
    in the store are linked and counted in ``professionals_reused``."""

    families: int = 0
    members: int = 0
    professionals: int = 0
    plans: int = 0
    goals: int = 0
    sessions: int = 0
    measurements: int = 0
    steps: int = 0
    reviews: int = 0
    addenda: int = 0
    placements: int = 0
    professionals_reused: int = 0

    def as_dict(self) -> dict[str, int]:
        return asdict(self)

    def describe(self) -> str:
        """One line for a user, e.g. ``2 families, 7 members, ...``."""
        parts = [f"{n} {name.replace('_', ' ')}" for name, n in asdict(self).items()]
        return ", ".join(parts)


#: Tables in the order their rows are inserted (parents before children).
_ORDER: tuple[Table, ...] = (
    m.Family.__table__,  # type: ignore[assignment]
    m.Member.__table__,  # type: ignore[assignment]
    m.Placement.__table__,  # type: ignore[assignment]
    m.Professional.__table__,  # type: ignore[assignment]
    m.family_professional,
    m.ActionPlan.__table__,  # type: ignore[assignment]
    m.plan_member,
    m.Goal.__table__,  # type: ignore[assignment]
    m.Step.__table__,  # type: ignore[assignment]
    m.Review.__table__,  # type: ignore[assignment]
    m.ReviewScore.__table__,  # type: ignore[assignment]
    m.ContactSession.__table__,  # type: ignore[assignment]
    m.session_member,
    m.session_professional,
    m.session_goal,
    m.Addendum.__table__,  # type: ignore[assignment]
    m.Measurement.__table__,  # type: ignore[assignment]
)


class _Ids:
    """Next free integer id per table, read once at the start."""

    def __init__(self, session: Session):
        self._next: dict[str, int] = {}
        for table in _ORDER:
            if "id" in table.c:
                top = session.execute(select(func.max(table.c.id))).scalar()
                self._next[table.name] = (top or 0) + 1

    def take(self, table: Table) -> int:
        n = self._next[table.name]
        self._next[table.name] = n + 1
        return n


def _d(text: str | None) -> date | None:
    return None if text is None else date.fromisoformat(text)


def _t(text: str | None) -> datetime | None:
    return None if text is None else datetime.fromisoformat(text)


def _insert(session: Session, table: Table, rows: list[dict[str, Any]]) -> None:
    """One bulk executemany for a table's rows.

    On SQLite the rows go straight to the driver's ``executemany``, each value
    converted once by its column type's own bind processor (so dates and
    Instants are stored exactly as the ORM stores them); this skips
    SQLAlchemy's per-row parameter assembly, most of an import's time. Other
    databases take the ordinary Core ``insert()``.
    """
    if not rows:
        return
    conn = session.connection()
    dialect = conn.dialect
    if dialect.name != "sqlite":
        conn.execute(insert(table), rows)
        return
    keys = list(rows[0])
    defaults = [
        (c.name, c.default.arg)  # type: ignore[attr-defined]
        for c in table.c
        if c.name not in rows[0] and c.default is not None and c.default.is_scalar
    ]
    processors = [table.c[k].type.dialect_impl(dialect).bind_processor(dialect) for k in keys]
    constants = tuple(_bind(table.c[name].type, dialect, value) for name, value in defaults)
    columns = ", ".join(f'"{name}"' for name in [*keys, *(n for n, _ in defaults)])
    marks = ", ".join("?" * (len(keys) + len(defaults)))
    plain = [i for i, p in enumerate(processors) if p is None]
    if len(plain) == len(keys):
        data = [tuple(r.values()) + constants for r in rows]
    else:
        procs = [(k, p) for k, p in zip(keys, processors, strict=True)]
        data = [tuple([r[k] if p is None else p(r[k]) for k, p in procs]) + constants for r in rows]
    conn.exec_driver_sql(f'INSERT INTO "{table.name}" ({columns}) VALUES ({marks})', data)


def _bind(type_: Any, dialect: Any, value: Any) -> Any:
    processor = type_.dialect_impl(dialect).bind_processor(dialect)
    return value if processor is None else processor(value)


def _suspend_search_triggers(session: Session) -> list[str] | None:
    """Drop the full-text index triggers for the bulk insert; their SQL to restore.

    The triggers (migration 0002) index each session row by row, which would
    be most of an import's time; ``_index_new_sessions`` indexes them in one
    statement instead. SQLite DDL is transactional, so a rollback brings the
    triggers back. Skipped (None) when there is no index or no open transaction,
    since then a DROP would commit on its own.
    """
    conn = session.connection()
    if conn.dialect.name != "sqlite":
        return None
    dbapi = conn.connection.dbapi_connection
    if dbapi is None or not getattr(dbapi, "in_transaction", False):
        return None
    triggers = conn.execute(
        text(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
            "AND tbl_name IN ('contact_session', 'addendum') AND sql LIKE '%session_fts%'"
        )
    ).all()
    if not triggers:
        return None
    for name, _sql in triggers:
        conn.execute(text(f'DROP TRIGGER "{name}"'))
    return [sql for _name, sql in triggers]


def _index_new_sessions(session: Session, session_rows: list[dict[str, Any]]) -> None:
    """Index the imported sessions (with their addenda) in one statement; same
    content as migration 0002's triggers write."""
    if not session_rows:
        return
    key = SEARCH_KEY.format(s="contact_session")
    session.execute(
        text(
            "INSERT INTO session_fts(rowid, summary, notes, assessment, agreements, addenda) "
            f"SELECT {key}, summary, notes, assessment, agreements, "
            "(SELECT coalesce(group_concat(text, ' '), '') FROM addendum "
            "WHERE session_id = contact_session.id) "
            "FROM contact_session WHERE id >= :first AND id <= :last"
        ),
        {"first": session_rows[0]["id"], "last": session_rows[-1]["id"]},
    )


def existing_professionals(session: Session, uids: set[str]) -> dict[str, int]:
    """uid -> id of professionals already in the store among ``uids``."""
    found: dict[str, int] = {}
    wanted = sorted(uids)
    for i in range(0, len(wanted), 500):
        chunk = wanted[i : i + 500]
        rows = session.execute(
            select(m.Professional.id, m.Professional.uid).where(m.Professional.uid.in_(chunk))
        )
        found.update({uid: pid for pid, uid in rows})
    return found


@contextmanager
def bulk_mode(session: Session) -> Iterator[None]:
    """Settings for writing or reading a whole store at once, restored afterwards.

    The cyclic garbage collector is paused (hundreds of thousands of fresh
    row dicts would trigger full collections over the whole document), and an
    SQLite connection gets a large page cache so random-uid index inserts do
    not spill pages mid-transaction.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    conn = session.connection()
    old_cache = None
    if conn.dialect.name == "sqlite":
        old_cache = conn.exec_driver_sql("PRAGMA cache_size").scalar()
        conn.exec_driver_sql(f"PRAGMA cache_size = -{BULK_CACHE_KIB}")
    try:
        yield
    finally:
        if old_cache is not None:
            conn.exec_driver_sql(f"PRAGMA cache_size = {int(old_cache)}")
        if was_enabled:
            gc.enable()


#: Page cache for bulk work, in KiB (SQLite's negative cache_size).
BULK_CACHE_KIB = 256 * 1024


def write_document(session: Session, doc: dict[str, Any]) -> ImportSummary:
    """Write every family of an already validated ``doc`` in ``session``'s transaction.

    Professionals already in the store (same uid) are reused and linked, not
    duplicated. Nothing is committed here.
    """
    with bulk_mode(session):
        return _write(session, doc)


def _write(session: Session, doc: dict[str, Any]) -> ImportSummary:
    families_in = doc.get("families", [])
    ids = _Ids(session)
    rows: dict[str, list[dict[str, Any]]] = {t.name: [] for t in _ORDER}
    summary = ImportSummary()

    prof_uids = {p["uid"] for f in families_in for p in f["professionals"]}
    prof_ids = existing_professionals(session, prof_uids) if prof_uids else {}
    summary.professionals_reused = len(prof_ids)

    fam_t, mem_t, plc_t = m.Family.__table__, m.Member.__table__, m.Placement.__table__
    pro_t, plan_t, goal_t = m.Professional.__table__, m.ActionPlan.__table__, m.Goal.__table__
    step_t, rev_t, score_t = m.Step.__table__, m.Review.__table__, m.ReviewScore.__table__
    ses_t, add_t, mea_t = m.ContactSession.__table__, m.Addendum.__table__, m.Measurement.__table__

    for fam in families_in:
        fid = ids.take(fam_t)  # type: ignore[arg-type]
        rows["family"].append(
            {
                "id": fid,
                "uid": fam["uid"],
                "reference": fam["reference"],
                "name": fam["name"],
                "worker": fam["worker"],
                "status": fam["status"],
                "setting": fam["setting"],
                "programme": fam["programme"],
                "risk_of_placement": fam["risk_of_placement"],
                "start_date": _d(fam["start_date"]),
                "end_date": _d(fam["end_date"]),
                "notes": fam["notes"],
            }
        )
        member_ids: dict[str, int] = {}
        for pos, mem in enumerate(fam["members"]):
            mid = ids.take(mem_t)  # type: ignore[arg-type]
            member_ids[mem["uid"]] = mid
            rows["member"].append(
                {
                    "id": mid,
                    "uid": mem["uid"],
                    "family_id": fid,
                    "position": pos,
                    "role": mem["role"],
                    "given_name": mem["given_name"],
                    "family_name": mem["family_name"],
                    "birth_date": _d(mem["birth_date"]),
                    "cpr": mem["cpr"],
                    "phone": mem["phone"],
                    "email": mem["email"],
                    "address": mem["address"],
                }
            )
            placement = mem["placement"]
            if placement is not None:
                rows["placement"].append(
                    {
                        "id": ids.take(plc_t),  # type: ignore[arg-type]
                        "uid": new_uid(),
                        "member_id": mid,
                        "type": placement["type"],
                        "site": placement["site"],
                        "since": _d(placement["since"]),
                        "ended_on": None,
                    }
                )
        for prof in fam["professionals"]:
            pid = prof_ids.get(prof["uid"])
            if pid is None:
                pid = ids.take(pro_t)  # type: ignore[arg-type]
                prof_ids[prof["uid"]] = pid
                rows["professional"].append(
                    {
                        "id": pid,
                        "uid": prof["uid"],
                        "name": prof["name"],
                        "organisation": prof["organisation"],
                        "role": prof["role"],
                        "phone": prof["phone"],
                        "email": prof["email"],
                    }
                )
            rows["family_professional"].append({"family_id": fid, "professional_id": pid})

        goal_ids: dict[str, int] = {}
        for ppos, plan in enumerate(fam["plans"]):
            plid = ids.take(plan_t)  # type: ignore[arg-type]
            rows["action_plan"].append(
                {
                    "id": plid,
                    "uid": plan["uid"],
                    "family_id": fid,
                    "position": ppos,
                    "title": plan["title"],
                    "status": plan["status"],
                    "created_on": _d(plan["created_on"]),
                    "agreed_on": _d(plan["agreed_on"]),
                    "next_review": _d(plan["next_review"]),
                    "legal_basis": plan["legal_basis"],
                    "purpose": plan["purpose"],
                    "phase": plan["phase"],
                    "parents_own_words": plan["parents_own_words"],
                    "resources": plan["resources"],
                    "concerns": plan["concerns"],
                    "crisis_notes": plan["crisis_notes"],
                    "support": plan["support"],
                }
            )
            rows["plan_member"].extend(
                {"plan_id": plid, "member_id": member_ids[u]} for u in plan["member_uids"]
            )
            for gpos, goal in enumerate(plan["goals"]):
                gid = ids.take(goal_t)  # type: ignore[arg-type]
                goal_ids[goal["uid"]] = gid
                rows["goal"].append(
                    {
                        "id": gid,
                        "uid": goal["uid"],
                        "plan_id": plid,
                        "position": gpos,
                        "title": goal["title"],
                        "success_criteria": goal["success_criteria"],
                        "target_date": _d(goal["target_date"]),
                        "ics_dimension": goal["ics_dimension"],
                        "status": goal["status"],
                        "baseline_score": goal["baseline_score"],
                    }
                )
                for spos, step in enumerate(goal["steps"]):
                    rows["step"].append(
                        {
                            "id": ids.take(step_t),  # type: ignore[arg-type]
                            "uid": step["uid"],
                            "goal_id": gid,
                            "position": spos,
                            "text": step["text"],
                            "responsible": step["responsible"],
                            "due_date": _d(step["due_date"]),
                            "done": step["done"],
                        }
                    )
            for rpos, review in enumerate(plan["reviews"]):
                rid = ids.take(rev_t)  # type: ignore[arg-type]
                rows["review"].append(
                    {
                        "id": rid,
                        "uid": review["uid"],
                        "plan_id": plid,
                        "position": rpos,
                        "date": _d(review["date"]),
                        "summary": review["summary"],
                    }
                )
                for goal_uid, score in review["goal_scores"].items():
                    rows["review_score"].append(
                        {
                            "id": ids.take(score_t),  # type: ignore[arg-type]
                            "review_id": rid,
                            "goal_id": goal_ids[goal_uid],
                            "score": score,
                        }
                    )

        for ses in fam["sessions"]:
            sid = ids.take(ses_t)  # type: ignore[arg-type]
            rows["contact_session"].append(
                {
                    "id": sid,
                    "uid": ses["uid"],
                    "family_id": fid,
                    "author": ses["author"],
                    "start": _t(ses["start"]),
                    "duration_minutes": ses["duration_minutes"],
                    "status": ses["status"],
                    "kind": ses["kind"],
                    "location": ses["location"],
                    "summary": ses["summary"],
                    "notes": ses["notes"],
                    "assessment": ses["assessment"],
                    "agreements": ses["agreements"],
                    "concern": ses["concern"],
                    "finalized_at": _t(ses["finalized_at"]),
                }
            )
            rows["session_member"].extend(
                {"session_id": sid, "member_id": member_ids[u]} for u in ses["member_uids"]
            )
            rows["session_professional"].extend(
                {"session_id": sid, "professional_id": prof_ids[u]}
                for u in ses["professional_uids"]
            )
            rows["session_goal"].extend(
                {"session_id": sid, "goal_id": goal_ids[u]} for u in ses["goal_uids"]
            )
            for apos, addendum in enumerate(ses["addenda"]):
                rows["addendum"].append(
                    {
                        "id": ids.take(add_t),  # type: ignore[arg-type]
                        "uid": new_uid(),
                        "session_id": sid,
                        "position": apos,
                        "at": _t(addendum["at"]),
                        "text": addendum["text"],
                    }
                )
        for mpos, meas in enumerate(fam["measurements"]):
            rows["measurement"].append(
                {
                    "id": ids.take(mea_t),  # type: ignore[arg-type]
                    "uid": meas["uid"],
                    "family_id": fid,
                    "member_id": member_ids[meas["member_uid"]],
                    "position": mpos,
                    "instrument": meas["instrument"],
                    "date": _d(meas["date"]),
                    "items": meas["items"],
                    "score": meas["score"],
                }
            )

    _insert(session, _ORDER[0], rows[_ORDER[0].name])  # DML first: the transaction is open
    suspended = _suspend_search_triggers(session)
    for table in _ORDER[1:]:
        _insert(session, table, rows[table.name])
    if suspended is not None:
        _index_new_sessions(session, rows["contact_session"])
        for sql in suspended:
            session.execute(text(sql))

    summary.families = len(rows["family"])
    summary.members = len(rows["member"])
    summary.placements = len(rows["placement"])
    summary.professionals = len(rows["professional"])
    summary.plans = len(rows["action_plan"])
    summary.goals = len(rows["goal"])
    summary.steps = len(rows["step"])
    summary.reviews = len(rows["review"])
    summary.sessions = len(rows["contact_session"])
    summary.addenda = len(rows["addendum"])
    summary.measurements = len(rows["measurement"])
    return summary
