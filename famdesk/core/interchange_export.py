"""Reading the store back out as an interchange document, family by family.

Families are read in chunks (``CHUNK_FAMILIES`` at a time), a handful of
SELECTs per chunk (one per table, restricted to the chunk's families),
grouped in Python: no lazy loading row by row, and memory bounded by a chunk
whatever the size of the store. ``write_document_file`` streams the JSON text
to a file as the chunks are read.

Keys come from ``interchange_schema`` in its order. Order is part of the
format: members, plans, goals, steps, reviews, measurements, addenda and
notices keep their ``position``; sessions go by start, then insertion. Lists
of references have a canonical order (members and goals by position,
professionals by name then uid), so export → import → export gives the same
document.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime
from typing import IO, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from famdesk import vocabulary as v
from famdesk.core import interchange_schema as schema
from famdesk.core.errors import NotFound
from famdesk.core.interchange_schema import FORMAT_NAME, FORMAT_VERSION, Entity
from famdesk.db import models as m
from famdesk.db.types import write_time

#: Families read per round of SELECTs.
CHUNK_FAMILIES = 100


def _d(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


def _t(value: datetime | None) -> str | None:
    return None if value is None else write_time(value)


def _score(value: float) -> int | float:
    return int(value) if float(value).is_integer() else value


_CONVERT: dict[str, Callable[[Any], Any] | None] = {"date": _d, "time": _t}


def _shape(entity: Entity) -> list[tuple[str, str | None, Callable[[Any], Any] | None]]:
    """(key, store column or None for a nested value, conversion) in the format's order."""
    return [
        (f.name, f.store_column if f.plain else None, _CONVERT.get(f.kind) if f.plain else None)
        for f in entity.fields
    ]


_SHAPES = {e.name: _shape(e) for e in schema.walk()}


def _build(entity: str, row: Any, nested: dict[str, Any]) -> dict[str, Any]:
    """An object of ``entity`` from a row's plain columns and its ``nested`` values."""
    out: dict[str, Any] = {}
    for key, column, convert in _SHAPES[entity]:
        if column is None:
            out[key] = nested[key]
        else:
            value = getattr(row, column)
            out[key] = value if convert is None else convert(value)
    return out


def header(exported_at: datetime | None = None) -> dict[str, Any]:
    """The top-level keys before ``families``."""
    moment = exported_at or datetime.now(UTC).astimezone()
    return {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "exported_at": moment.isoformat(timespec="seconds"),
    }


def family_ids(session: Session, family_uid: str | None = None) -> list[int]:
    """The integer ids of the families to export, in export order."""
    q = select(m.Family.id).order_by(m.Family.id)
    if family_uid is not None:
        q = q.where(m.Family.uid == family_uid)
    ids = list(session.scalars(q))
    if family_uid is not None and not ids:
        raise NotFound("family", family_uid)
    return ids


def iter_families(
    session: Session, family_uid: str | None = None, chunk: int = CHUNK_FAMILIES
) -> Iterator[dict[str, Any]]:
    """Every family (or the one ``family_uid``) as format objects, chunk by chunk."""
    ids = family_ids(session, family_uid)
    professionals = _Professionals(session)
    for i in range(0, len(ids), chunk):
        yield from _read_families(session, ids[i : i + chunk], professionals)


def read_document(session: Session, family_uid: str | None = None) -> dict[str, Any]:
    """The whole store (or one family) as a famdesk document, in memory."""
    ids = family_ids(session, family_uid)
    return {
        **header(),
        "placement_sites": placement_sites(session, ids if family_uid is not None else None),
        "families": list(iter_families(session, family_uid)),
    }


def placement_sites(session: Session, family_ids: list[int] | None) -> list[dict[str, Any]]:
    """The register of sites: all of it, or (``family_ids``) the sites those families'
    matches name. In name order, then uid."""
    S = m.PlacementSite
    query = select(*S.__table__.c).order_by(S.name, S.uid)
    if family_ids is not None:
        matches = (
            select(m.PlacementMatch.id)
            .join(m.Member, m.Member.id == m.PlacementMatch.member_id)
            .where(m.Member.family_id.in_(family_ids))
        )
        named = select(m.MatchCandidate.site_id).where(m.MatchCandidate.match_id.in_(matches))
        chosen = select(m.PlacementMatch.chosen_site_id).where(m.PlacementMatch.id.in_(matches))
        query = query.where(S.id.in_(named.union(chosen)))
    return [record_object("placement_site", r) for r in session.execute(query)]


def record_object(entity: str, row: Any) -> dict[str, Any]:
    """A row (its columns) of a record without nested lists as the format's object."""
    return _build(entity, row, {})


def write_document_file(session: Session, out: IO[str], family_uid: str | None = None) -> int:
    """Write the document as JSON text to ``out``, family by family; the family count.

    The text is what ``dump_document(read_document(...))`` gives, without the
    whole document ever being in memory.
    """
    ids = family_ids(session, family_uid)
    head = {
        **header(),
        "placement_sites": placement_sites(session, ids if family_uid is not None else None),
    }
    text = json.dumps(head, ensure_ascii=False, indent=2, allow_nan=False)
    out.write(text[:-2] + ',\n  "families": [')
    professionals = _Professionals(session)
    count = 0
    for i in range(0, len(ids), CHUNK_FAMILIES):
        for family in _read_families(session, ids[i : i + CHUNK_FAMILIES], professionals):
            text = json.dumps(family, ensure_ascii=False, indent=2, allow_nan=False)
            out.write(",\n    " if count else "\n    ")
            out.write(text.replace("\n", "\n    "))
            count += 1
    out.write("\n  ]\n}\n" if count else "]\n}\n")
    return count


class _Professionals:
    """Collaborators are shared between families: read once, listed under each."""

    def __init__(self, session: Session) -> None:
        P = m.Professional
        self.row: dict[int, dict[str, Any]] = {}
        self.key: dict[int, tuple[str, str]] = {}
        for r in session.execute(select(*P.__table__.c)):
            self.key[r.id] = (r.name, r.uid)
            self.row[r.id] = _build("professional", r, {})


def _read_families(
    session: Session, ids: list[int], professionals: _Professionals
) -> list[dict[str, Any]]:
    """The families ``ids`` (a chunk), each with everything under it."""
    F, M, PL = m.Family, m.Member, m.Placement
    AP, G, S, R, RS = m.ActionPlan, m.Goal, m.Step, m.Review, m.ReviewScore
    CS, A, ME, CN = m.ContactSession, m.Addendum, m.Measurement, m.ConcernNotice
    fam_rows = session.execute(select(*F.__table__.c).where(F.id.in_(ids)).order_by(F.id)).all()
    member_ids = select(M.id).where(M.family_id.in_(ids))
    plan_ids = select(AP.id).where(AP.family_id.in_(ids))
    goal_ids = select(G.id).where(G.plan_id.in_(plan_ids))
    session_ids = select(CS.id).where(CS.family_id.in_(ids))

    # --- the child's conversations and matches ---
    conversations, matches = _conversations(session, member_ids), _matches(session, member_ids)

    # --- members and placements ---
    placements: dict[int, dict[str, Any]] = {}
    for p in session.execute(
        select(PL.member_id, PL.type, PL.site, PL.since)
        .where(PL.ended_on.is_(None), PL.member_id.in_(member_ids))
        .order_by(PL.since, PL.id)
    ):
        placements[p.member_id] = _build("placement", p, {})
    members: dict[int, list[dict[str, Any]]] = defaultdict(list)
    member_uid: dict[int, str] = {}
    member_pos: dict[int, int] = {}
    for r in session.execute(
        select(*M.__table__.c).where(M.family_id.in_(ids)).order_by(M.family_id, M.position, M.id)
    ):
        member_uid[r.id] = r.uid
        member_pos[r.id] = r.position
        parts: dict[str, Any] = {
            "placement": placements.get(r.id),
            "conversations": conversations.get(r.id, []),
            "matches": matches.get(r.id, []),
        }
        members[r.family_id].append(_build("member", r, parts))

    # --- professionals of these families ---
    fp = m.family_professional
    family_profs: dict[int, set[int]] = defaultdict(set)
    for fid, pid in session.execute(
        select(fp.c.family_id, fp.c.professional_id).where(fp.c.family_id.in_(ids))
    ):
        family_profs[fid].add(pid)

    # --- plans, goals, steps, reviews ---
    plan_members: dict[int, list[int]] = defaultdict(list)
    pm = m.plan_member
    for plan_id, mid in session.execute(
        select(pm.c.plan_id, pm.c.member_id).where(pm.c.plan_id.in_(plan_ids))
    ):
        plan_members[plan_id].append(mid)
    steps: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for r in session.execute(
        select(*S.__table__.c).where(S.goal_id.in_(goal_ids)).order_by(S.goal_id, S.position, S.id)
    ):
        steps[r.goal_id].append(_build("step", r, {}))
    plan_rows = session.execute(
        select(*AP.__table__.c)
        .where(AP.family_id.in_(ids))
        .order_by(AP.family_id, AP.position, AP.id)
    ).all()
    plan_pos = {r.id: r.position for r in plan_rows}
    goals: dict[int, list[dict[str, Any]]] = defaultdict(list)
    goal_uid: dict[int, str] = {}
    goal_order: dict[int, tuple[int, int, int]] = {}
    for r in session.execute(
        select(*G.__table__.c).where(G.plan_id.in_(plan_ids)).order_by(G.plan_id, G.position, G.id)
    ):
        goal_uid[r.id] = r.uid
        goal_order[r.id] = (plan_pos.get(r.plan_id, 0), r.plan_id, r.position)
        goals[r.plan_id].append(_build("goal", r, {"steps": steps.get(r.id, [])}))
    scores: dict[int, dict[str, int]] = defaultdict(dict)
    for review_id, gid, score in session.execute(
        select(RS.review_id, RS.goal_id, RS.score)
        .join(R, R.id == RS.review_id)
        .where(R.plan_id.in_(plan_ids))
        .order_by(RS.review_id, RS.id)
    ):
        scores[review_id][goal_uid[gid]] = score
    reviews: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for r in session.execute(
        select(*R.__table__.c).where(R.plan_id.in_(plan_ids)).order_by(R.plan_id, R.position, R.id)
    ):
        reviews[r.plan_id].append(_build("review", r, {"goal_scores": scores.get(r.id, {})}))
    plans: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for r in plan_rows:
        nested = {
            "member_uids": [
                member_uid[i]
                for i in sorted(plan_members.get(r.id, []), key=lambda i: (member_pos[i], i))
            ],
            "goals": goals.get(r.id, []),
            "reviews": reviews.get(r.id, []),
        }
        plans[r.family_id].append(_build("plan", r, nested))

    # --- sessions ---
    links: dict[str, dict[int, list[int]]] = {}
    for name, table, col in (
        ("members", m.session_member, "member_id"),
        ("professionals", m.session_professional, "professional_id"),
        ("goals", m.session_goal, "goal_id"),
    ):
        found: dict[int, list[int]] = defaultdict(list)
        for sid, other in session.execute(
            select(table.c.session_id, table.c[col]).where(table.c.session_id.in_(session_ids))
        ):
            found[sid].append(other)
        links[name] = found
    addenda: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for r in session.execute(
        select(A.session_id, A.at, A.text)
        .where(A.session_id.in_(session_ids))
        .order_by(A.session_id, A.position, A.id)
    ):
        addenda[r.session_id].append(_build("addendum", r, {}))
    told: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for r in session.execute(
        select(CN.session_id, CN.who, CN.at, CN.how)
        .where(CN.session_id.in_(session_ids))
        .order_by(CN.session_id, CN.position, CN.id)
    ):
        told[r.session_id].append(_build("concern_notice", r, {}))
    prof_key = professionals.key
    sessions: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for r in session.execute(
        select(*CS.__table__.c).where(CS.family_id.in_(ids)).order_by(CS.family_id, CS.start, CS.id)
    ):
        # A collaborator in a session belongs to the family's network too.
        family_profs[r.family_id].update(links["professionals"].get(r.id, ()))
        nested = {
            "member_uids": [
                member_uid[i]
                for i in sorted(links["members"].get(r.id, []), key=lambda i: (member_pos[i], i))
            ],
            "professional_uids": [
                prof_key[i][1]
                for i in sorted(links["professionals"].get(r.id, []), key=prof_key.__getitem__)
            ],
            "goal_uids": [
                goal_uid[i]
                for i in sorted(links["goals"].get(r.id, []), key=goal_order.__getitem__)
            ],
            "addenda": addenda.get(r.id, []),
            "concern_details": (
                {"what": r.concern_what, "told": told.get(r.id, [])} if r.concern else None
            ),
        }
        sessions[r.family_id].append(_build("session", r, nested))

    # --- measurements ---
    measurements: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for r in session.execute(
        select(*ME.__table__.c)
        .where(ME.family_id.in_(ids))
        .order_by(ME.family_id, ME.position, ME.id)
    ):
        nested = {
            "member_uid": member_uid[r.member_id],
            "items": list(r.items or []),
            "score": _score(r.score),
        }
        measurements[r.family_id].append(_build("measurement", r, nested))

    out = []
    for r in fam_rows:
        pids = sorted(family_profs.get(r.id, ()), key=prof_key.__getitem__)
        nested = {
            "members": members.get(r.id, []),
            "professionals": [professionals.row[i] for i in pids],
            "plans": plans.get(r.id, []),
            "sessions": sessions.get(r.id, []),
            "measurements": measurements.get(r.id, []),
        }
        out.append(_build("family", r, nested))
    return out


def _conversations(session: Session, member_ids: Any) -> dict[int, list[dict[str, Any]]]:
    """Member id -> its conversations, in their order."""
    C = m.ChildConversation
    out: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for r in session.execute(
        select(*C.__table__.c)
        .where(C.member_id.in_(member_ids))
        .order_by(C.member_id, C.position, C.id)
    ):
        out[r.member_id].append(_build("conversation", r, {}))
    return out


def _matches(session: Session, member_ids: Any) -> dict[int, list[dict[str, Any]]]:
    """Member id -> its matches, each with its needs, candidates, follow-ups and breakdown."""
    PM, N, C = m.PlacementMatch, m.MatchNeed, m.MatchCandidate
    F, B, S = m.MatchFollowUp, m.PlacementBreakdown, m.PlacementSite
    match_ids = select(PM.id).where(PM.member_id.in_(member_ids))
    site_uid = {i: u for i, u in session.execute(select(S.id, S.uid))}
    order = {d: i for i, d in enumerate(v.ICS_DIMENSIONS)}
    needs: dict[int, dict[str, str]] = defaultdict(dict)
    for r in sorted(
        session.execute(select(N.match_id, N.dimension, N.text).where(N.match_id.in_(match_ids))),
        key=lambda r: (r.match_id, order.get(r.dimension, len(order)), r.dimension),
    ):
        needs[r.match_id][r.dimension] = r.text
    candidates: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for r in session.execute(
        select(*C.__table__.c)
        .where(C.match_id.in_(match_ids))
        .order_by(C.match_id, C.position, C.id)
    ):
        candidates[r.match_id].append(
            _build("candidate", r, {"site_uid": site_uid[r.site_id]})
        )
    follow_ups: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for r in session.execute(
        select(*F.__table__.c)
        .where(F.match_id.in_(match_ids))
        .order_by(F.match_id, F.position, F.id)
    ):
        follow_ups[r.match_id].append(_build("follow_up", r, {}))
    breakdowns = {
        r.match_id: _build("breakdown", r, {})
        for r in session.execute(select(*B.__table__.c).where(B.match_id.in_(match_ids)))
    }
    out: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for r in session.execute(
        select(*PM.__table__.c)
        .where(PM.member_id.in_(member_ids))
        .order_by(PM.member_id, PM.position, PM.id)
    ):
        nested: dict[str, Any] = {
            "needs": needs.get(r.id, {}),
            "candidates": candidates.get(r.id, []),
            "chosen_site_uid": site_uid.get(r.chosen_site_id) if r.chosen_site_id else None,
            "follow_ups": follow_ups.get(r.id, []),
            "breakdown": breakdowns.get(r.id),
        }
        out[r.member_id].append(_build("match", r, nested))
    return out
