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
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import Table, func, insert, select, text
from sqlalchemy.orm import Session

from famdesk.core import interchange_schema as schema
from famdesk.core.interchange_schema import FORMAT_VERSION, Entity
from famdesk.db import models as m
from famdesk.db.search_index import SEARCH_KEY
from famdesk.db.types import new_uid, read_time


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
    concern_notices: int = 0
    placement_sites: int = 0
    placement_sites_reused: int = 0
    matches: int = 0
    conversations: int = 0

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
    m.PlacementSite.__table__,  # type: ignore[assignment]
    m.ChildConversation.__table__,  # type: ignore[assignment]
    m.PlacementMatch.__table__,  # type: ignore[assignment]
    m.MatchNeed.__table__,  # type: ignore[assignment]
    m.MatchCandidate.__table__,  # type: ignore[assignment]
    m.MatchFollowUp.__table__,  # type: ignore[assignment]
    m.PlacementBreakdown.__table__,  # type: ignore[assignment]
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
    m.ConcernNotice.__table__,  # type: ignore[assignment]
    m.Measurement.__table__,  # type: ignore[assignment]
)


class _Ids:
    """Integer ids for new rows, known before they are inserted.

    In the file: the next free id per table, read once at the start (famdesk
    is the file's only writer). On a server, others write at the same time and
    row-level security hides most rows from ``max(id)``: ids are drawn from
    each table's own sequence, a block at a time.
    """

    BLOCK = 500

    def __init__(self, session: Session):
        self._session = session
        self._next: dict[str, int] = {}
        self._reserved: dict[str, list[int]] = {}
        self._sequences = session.connection().dialect.name != "sqlite"
        if self._sequences:
            return
        for table in _ORDER:
            if "id" in table.c:
                top = session.execute(select(func.max(table.c.id))).scalar()
                self._next[table.name] = (top or 0) + 1

    def take(self, table: Any) -> int:
        if self._sequences:
            return self._from_sequence(table.name)
        n = self._next[table.name]
        self._next[table.name] = n + 1
        return n

    def _from_sequence(self, name: str) -> int:
        block = self._reserved.setdefault(name, [])
        if not block:
            block.extend(
                self._session.execute(
                    text(
                        "SELECT nextval(pg_get_serial_sequence(:t, 'id')) "
                        "FROM generate_series(1, :n) ORDER BY 1 DESC"
                    ),
                    {"t": name, "n": self.BLOCK},
                ).scalars()
            )
        return block.pop()


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


def _index_new_sessions(session: Session, first: int, last: int | None) -> None:
    """Index the imported sessions ``first``..``last`` (with their addenda) in one
    statement; same content as migration 0002's triggers write."""
    key = SEARCH_KEY.format(s="contact_session")
    session.execute(
        text(
            "INSERT INTO session_fts(rowid, summary, notes, assessment, agreements, addenda) "
            f"SELECT {key}, summary, notes, assessment, agreements, "
            "(SELECT coalesce(group_concat(text, ' '), '') FROM addendum "
            "WHERE session_id = contact_session.id) "
            "FROM contact_session WHERE id >= :first AND id <= :last"
        ),
        {"first": first, "last": last},
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


def existing_rows(session: Session, model: Any, uids: set[str]) -> dict[str, Any]:
    """uid -> row (id and fields) of the ``model`` records already in the store among ``uids``."""
    found: dict[str, Any] = {}
    wanted = sorted(uids)
    for i in range(0, len(wanted), 500):
        chunk = wanted[i : i + 500]
        rows = session.execute(select(*model.__table__.c).where(model.uid.in_(chunk)))
        found.update({r.uid: r for r in rows})
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
BULK_CACHE_KIB = 64 * 1024


def write_document(session: Session, doc: dict[str, Any]) -> ImportSummary:
    """Write every family of an already validated ``doc`` in ``session``'s transaction.

    Professionals already in the store (same uid) are reused and linked, not
    duplicated. Nothing is committed here.
    """
    writer = FamilyWriter(session, doc.get("version", FORMAT_VERSION))
    with bulk_mode(session):
        writer.sites(doc.get("placement_sites", []))
        for family in doc.get("families", []):
            writer.add(family)
        return writer.finish()


def _columns(entity: Entity) -> list[tuple[str, str, Callable[[Any], Any] | None]]:
    """(key, column, conversion) of an entity's plain fields."""
    return [(f.name, f.store_column, _CONVERT.get(f.kind)) for f in entity.plain_fields()]


def _d(text: str | None) -> date | None:
    return None if text is None else date.fromisoformat(text)


def _t(text: str | None) -> datetime | None:
    return None if text is None else read_time(text)


_CONVERT: dict[str, Callable[[Any], Any]] = {"date": _d, "time": _t}
_COLUMNS = {e.name: _columns(e) for e in schema.walk()}


def _row(entity: str, obj: dict[str, Any], **extra: Any) -> dict[str, Any]:
    """The store row of a validated object: its plain fields, converted, and ``extra``."""
    row = extra
    for key, column, convert in _COLUMNS[entity]:
        value = obj[key]
        row[column] = value if convert is None else convert(value)
    return row


class FamilyWriter:
    """Writes validated families into the store, a batch of rows at a time.

    ``add(family)`` builds the family's rows; every ``FLUSH_FAMILIES`` families
    they are inserted (one executemany per table), so memory holds a batch, not
    the file. ``finish()`` inserts the rest, indexes the new sessions for search
    and returns the summary. The caller owns the transaction.
    """

    FLUSH_FAMILIES = 100

    def __init__(
        self, session: Session, version: int = FORMAT_VERSION, assign_to: str | None = None
    ) -> None:
        self.session = session
        self.version = version
        #: The worker the families go to on a team server (None: the server's default).
        self.assign_to = assign_to
        self.ids = _Ids(session)
        self.rows: dict[str, list[dict[str, Any]]] = {t.name: [] for t in _ORDER}
        self.summary = ImportSummary()
        self.prof_ids: dict[str, int] = {}
        #: site uid -> id, for the sites of the document (new or already in the store)
        self.site_ids: dict[str, int] = {}
        self.pending = 0
        self.suspended: list[str] | None = None
        self.started = False
        self.first_session: int | None = None
        self.last_session: int | None = None

    def sites(self, sites: list[dict[str, Any]]) -> None:
        """The document's register of sites, before its families: a site already in the
        store (same uid; import has checked that its fields are identical) is reused."""
        found = existing_rows(self.session, m.PlacementSite, {site["uid"] for site in sites})
        for site in sites:
            row = found.get(site["uid"])
            if row is not None:
                self.site_ids[site["uid"]] = row.id
                self.summary.placement_sites_reused += 1
                continue
            sid = self.ids.take(_SITE)
            self.site_ids[site["uid"]] = sid
            self.rows["placement_site"].append(_row("placement_site", site, id=sid))

    def add(self, fam: dict[str, Any]) -> None:
        if self.version < FORMAT_VERSION:  # on a copy: the caller's document stays as it was
            fam = {
                **fam,
                "members": [dict(x) for x in fam["members"]],
                "plans": [dict(p) for p in fam["plans"]],
                "sessions": [dict(x) for x in fam["sessions"]],
            }
            upgrade_family(fam, self.version)
        self._family(fam)
        self.pending += 1
        if self.pending >= self.FLUSH_FAMILIES:
            self.flush()

    def flush(self) -> None:
        rows, session = self.rows, self.session
        if not self.started:
            first = rows[_ORDER[0].name]
            _insert(session, _ORDER[0], first)  # DML first: opens the transaction
            self._count(_ORDER[0].name, len(first))
            rows[_ORDER[0].name] = []
            self.suspended = _suspend_search_triggers(session)
            self.started = True
        if rows["contact_session"]:
            if self.first_session is None:
                self.first_session = rows["contact_session"][0]["id"]
            self.last_session = rows["contact_session"][-1]["id"]
        for table in _ORDER:
            found = rows[table.name]
            if found:
                _insert(session, table, found)
                self._count(table.name, len(found))
                rows[table.name] = []
        self.pending = 0

    def finish(self) -> ImportSummary:
        self.flush()
        if self.suspended is not None:
            if self.first_session is not None:
                _index_new_sessions(self.session, self.first_session, self.last_session)
            for sql in self.suspended:
                self.session.execute(text(sql))
            self.suspended = None
        return self.summary

    def _count(self, table: str, n: int) -> None:
        name = _SUMMARY_NAMES.get(table)
        if name is not None:
            setattr(self.summary, name, getattr(self.summary, name) + n)

    def _professional_ids(self, fam: dict[str, Any]) -> None:
        unknown = {p["uid"] for p in fam["professionals"]} - self.prof_ids.keys()
        if unknown:
            found = existing_professionals(self.session, unknown)
            self.summary.professionals_reused += len(found)
            self.prof_ids.update(found)

    def _match(self, match: dict[str, Any], member_id: int, position: int) -> None:
        """A match's rows: the match, its needs, candidates, follow-ups and breakdown."""
        ids, rows, sites = self.ids, self.rows, self.site_ids
        chosen = match["chosen_site_uid"]
        mid = ids.take(_MATCH)
        rows["placement_match"].append(
            _row("match", match, id=mid, member_id=member_id, position=position,
                 chosen_site_id=None if chosen is None else sites[chosen])
        )
        for dimension, need in match["needs"].items():
            rows["placement_match_need"].append(
                {"id": ids.take(_NEED), "match_id": mid, "dimension": dimension, "text": need}
            )
        for cpos, candidate in enumerate(match["candidates"]):
            rows["placement_candidate"].append(
                _row("candidate", candidate, id=ids.take(_CAND), uid=new_uid(), match_id=mid,
                     site_id=sites[candidate["site_uid"]], position=cpos)
            )
        for fpos, follow_up in enumerate(match["follow_ups"]):
            rows["placement_follow_up"].append(
                _row("follow_up", follow_up, id=ids.take(_FOLLOW), uid=new_uid(), match_id=mid,
                     position=fpos)
            )
        breakdown = match["breakdown"]
        if breakdown is not None:
            rows["placement_breakdown"].append(
                _row("breakdown", breakdown, id=ids.take(_BREAK), uid=new_uid(), match_id=mid)
            )

    def _family(self, fam: dict[str, Any]) -> None:
        ids, rows = self.ids, self.rows
        self._professional_ids(fam)
        prof_ids = self.prof_ids
        fid = ids.take(_FAM)
        family_row = _row("family", fam, id=fid)
        if self.assign_to is not None:
            family_row["assigned_to"] = self.assign_to
        rows["family"].append(family_row)
        member_ids: dict[str, int] = {}
        for pos, mem in enumerate(fam["members"]):
            mid = ids.take(_MEM)
            member_ids[mem["uid"]] = mid
            rows["member"].append(_row("member", mem, id=mid, family_id=fid, position=pos))
            placement = mem["placement"]
            if placement is not None:
                rows["placement"].append(
                    _row(
                        "placement",
                        placement,
                        id=ids.take(_PLC),
                        uid=new_uid(),
                        member_id=mid,
                        ended_on=None,
                    )
                )
            for cpos, conversation in enumerate(mem["conversations"]):
                rows["child_conversation"].append(
                    _row("conversation", conversation, id=ids.take(_CONV), member_id=mid,
                         position=cpos)
                )
            for mpos, match in enumerate(mem["matches"]):
                self._match(match, mid, mpos)
        for prof in fam["professionals"]:
            pid = prof_ids.get(prof["uid"])
            if pid is None:
                pid = ids.take(_PRO)
                prof_ids[prof["uid"]] = pid
                rows["professional"].append(_row("professional", prof, id=pid))
            rows["family_professional"].append({"family_id": fid, "professional_id": pid})

        goal_ids: dict[str, int] = {}
        for ppos, plan in enumerate(fam["plans"]):
            plid = ids.take(_PLAN)
            rows["action_plan"].append(_row("plan", plan, id=plid, family_id=fid, position=ppos))
            rows["plan_member"].extend(
                {"plan_id": plid, "member_id": member_ids[u]} for u in plan["member_uids"]
            )
            for gpos, goal in enumerate(plan["goals"]):
                gid = ids.take(_GOAL)
                goal_ids[goal["uid"]] = gid
                rows["goal"].append(_row("goal", goal, id=gid, plan_id=plid, position=gpos))
                for spos, step in enumerate(goal["steps"]):
                    rows["step"].append(
                        _row("step", step, id=ids.take(_STEP), goal_id=gid, position=spos)
                    )
            for rpos, review in enumerate(plan["reviews"]):
                rid = ids.take(_REV)
                rows["review"].append(_row("review", review, id=rid, plan_id=plid, position=rpos))
                for goal_uid, score in review["goal_scores"].items():
                    rows["review_score"].append(
                        {
                            "id": ids.take(_SCORE),
                            "review_id": rid,
                            "goal_id": goal_ids[goal_uid],
                            "score": score,
                        }
                    )

        for ses in fam["sessions"]:
            sid = ids.take(_SES)
            details = ses["concern_details"]
            rows["contact_session"].append(
                _row(
                    "session",
                    ses,
                    id=sid,
                    family_id=fid,
                    concern_what="" if details is None else details["what"],
                )
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
                    _row(
                        "addendum",
                        addendum,
                        id=ids.take(_ADD),
                        uid=new_uid(),
                        session_id=sid,
                        position=apos,
                    )
                )
            if details is not None:
                for npos, told in enumerate(details["told"]):
                    rows["concern_notice"].append(
                        _row(
                            "concern_notice",
                            told,
                            id=ids.take(_NOTICE),
                            uid=new_uid(),
                            session_id=sid,
                            position=npos,
                        )
                    )
        for mpos, meas in enumerate(fam["measurements"]):
            rows["measurement"].append(
                _row(
                    "measurement",
                    meas,
                    id=ids.take(_MEA),
                    family_id=fid,
                    member_id=member_ids[meas["member_uid"]],
                    position=mpos,
                    items=meas["items"],
                    score=meas["score"],
                )
            )


def upgrade_family(fam: dict[str, Any], version: int) -> None:
    """Give a family of an older format version the keys it lacks (empty defaults)."""
    schema.upgrade_to_current(fam, schema.FAMILY, version)
    for member in fam["members"]:
        schema.upgrade_to_current(member, schema.MEMBER, version)
    for plan in fam["plans"]:
        schema.upgrade_to_current(plan, schema.PLAN, version)
    for ses in fam["sessions"]:
        schema.upgrade_to_current(ses, schema.SESSION, version)


_FAM, _MEM, _PLC = m.Family.__table__, m.Member.__table__, m.Placement.__table__
_PRO, _PLAN, _GOAL = m.Professional.__table__, m.ActionPlan.__table__, m.Goal.__table__
_STEP, _REV, _SCORE = m.Step.__table__, m.Review.__table__, m.ReviewScore.__table__
_SES, _ADD, _MEA = m.ContactSession.__table__, m.Addendum.__table__, m.Measurement.__table__
_NOTICE = m.ConcernNotice.__table__
_SITE, _CONV = m.PlacementSite.__table__, m.ChildConversation.__table__
_MATCH, _NEED = m.PlacementMatch.__table__, m.MatchNeed.__table__
_CAND, _FOLLOW = m.MatchCandidate.__table__, m.MatchFollowUp.__table__
_BREAK = m.PlacementBreakdown.__table__

#: Summary field per table.
_SUMMARY_NAMES = {
    "family": "families",
    "member": "members",
    "placement": "placements",
    "professional": "professionals",
    "action_plan": "plans",
    "goal": "goals",
    "step": "steps",
    "review": "reviews",
    "contact_session": "sessions",
    "addendum": "addenda",
    "measurement": "measurements",
    "concern_notice": "concern_notices",
    "placement_site": "placement_sites",
    "placement_match": "matches",
    "child_conversation": "conversations",
}
