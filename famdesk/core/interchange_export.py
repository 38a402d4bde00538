"""Reading the store back out as an interchange document.

A handful of bulk SELECTs (one per table), grouped in Python, so a store of
100,000 sessions exports in seconds; no lazy loading row by row.

Order is part of the format: members, plans, goals, steps, reviews,
measurements and addenda keep their ``position``; sessions go by start, then
insertion. Lists of references have a canonical order (members and goals by
position, professionals by name then uid), so export → import → export gives
the same document.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from famdesk.core.errors import NotFound
from famdesk.core.interchange_validate import FORMAT_NAME, FORMAT_VERSION
from famdesk.db import models as m


def _d(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


def _t(value: datetime | None) -> str | None:
    return None if value is None else value.isoformat()


def _score(value: float) -> int | float:
    return int(value) if float(value).is_integer() else value


def read_document(session: Session, family_uid: str | None = None) -> dict[str, Any]:
    """The whole store (or one family) as a famdesk document."""
    F, M, PL, P = m.Family, m.Member, m.Placement, m.Professional
    AP, G, S, R, RS = m.ActionPlan, m.Goal, m.Step, m.Review, m.ReviewScore
    CS, A, ME = m.ContactSession, m.Addendum, m.Measurement

    fam_q = select(*F.__table__.c).order_by(F.id)
    if family_uid is not None:
        fam_q = fam_q.where(F.uid == family_uid)
    fam_rows = session.execute(fam_q).all()
    if family_uid is not None and not fam_rows:
        raise NotFound("family", family_uid)
    only = fam_rows[0].id if family_uid is not None else None

    def scoped(q: Any, family_col: Any) -> Any:
        return q if only is None else q.where(family_col == only)

    plan_ids = scoped(select(AP.id), AP.family_id)
    goal_ids = select(G.id).where(G.plan_id.in_(plan_ids))
    session_ids = scoped(select(CS.id), CS.family_id)
    member_ids = scoped(select(M.id), M.family_id)

    def restrict(q: Any, col: Any, ids: Any) -> Any:
        return q if only is None else q.where(col.in_(ids))

    # --- members and placements ---
    members: dict[int, list[dict[str, Any]]] = defaultdict(list)
    member_uid: dict[int, str] = {}
    member_pos: dict[int, int] = {}
    placements: dict[int, dict[str, Any]] = {}
    for p in session.execute(
        restrict(
            select(PL.member_id, PL.type, PL.site, PL.since)
            .where(PL.ended_on.is_(None))
            .order_by(PL.since, PL.id),
            PL.member_id,
            member_ids,
        )
    ):
        placements[p.member_id] = {"type": p.type, "site": p.site, "since": _d(p.since)}
    for r in session.execute(
        scoped(select(*M.__table__.c), M.family_id).order_by(M.family_id, M.position, M.id)
    ):
        member_uid[r.id] = r.uid
        member_pos[r.id] = r.position
        members[r.family_id].append(
            {
                "uid": r.uid,
                "role": r.role,
                "given_name": r.given_name,
                "family_name": r.family_name,
                "birth_date": _d(r.birth_date),
                "cpr": r.cpr,
                "phone": r.phone,
                "email": r.email,
                "address": r.address,
                "placement": placements.get(r.id),
            }
        )

    # --- professionals (shared between families) ---
    fp = m.family_professional
    professionals: dict[int, list[dict[str, Any]]] = defaultdict(list)
    prof_row: dict[int, dict[str, Any]] = {}
    prof_key: dict[int, tuple[str, str]] = {}
    for r in session.execute(select(*P.__table__.c)):
        prof_key[r.id] = (r.name, r.uid)
        prof_row[r.id] = {
            "uid": r.uid,
            "name": r.name,
            "organisation": r.organisation,
            "role": r.role,
            "phone": r.phone,
            "email": r.email,
        }
    family_profs: dict[int, set[int]] = defaultdict(set)
    for fid, pid in session.execute(
        scoped(select(fp.c.family_id, fp.c.professional_id), fp.c.family_id)
    ):
        family_profs[fid].add(pid)

    # --- plans, goals, steps, reviews ---
    plan_members: dict[int, list[int]] = defaultdict(list)
    for plan_id, mid in session.execute(
        restrict(
            select(m.plan_member.c.plan_id, m.plan_member.c.member_id),
            m.plan_member.c.plan_id,
            plan_ids,
        )
    ):
        plan_members[plan_id].append(mid)

    steps: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for r in session.execute(
        restrict(select(*S.__table__.c), S.goal_id, goal_ids).order_by(S.goal_id, S.position, S.id)
    ):
        steps[r.goal_id].append(
            {
                "uid": r.uid,
                "text": r.text,
                "responsible": r.responsible,
                "due_date": _d(r.due_date),
                "done": r.done,
            }
        )

    goals: dict[int, list[dict[str, Any]]] = defaultdict(list)
    goal_uid: dict[int, str] = {}
    goal_order: dict[int, tuple[int, int, int]] = {}
    plan_pos: dict[int, int] = {}
    plans: dict[int, list[dict[str, Any]]] = defaultdict(list)
    plan_rows = session.execute(
        scoped(select(*AP.__table__.c), AP.family_id).order_by(AP.family_id, AP.position, AP.id)
    ).all()
    for r in plan_rows:
        plan_pos[r.id] = r.position
    for r in session.execute(
        restrict(select(*G.__table__.c), G.plan_id, plan_ids).order_by(G.plan_id, G.position, G.id)
    ):
        goal_uid[r.id] = r.uid
        goal_order[r.id] = (plan_pos.get(r.plan_id, 0), r.plan_id, r.position)
        goals[r.plan_id].append(
            {
                "uid": r.uid,
                "title": r.title,
                "success_criteria": r.success_criteria,
                "target_date": _d(r.target_date),
                "ics_dimension": r.ics_dimension,
                "status": r.status,
                "baseline_score": r.baseline_score,
                "steps": steps.get(r.id, []),
            }
        )

    scores: dict[int, dict[str, int]] = defaultdict(dict)
    for review_id, gid, score in session.execute(
        restrict(
            select(RS.review_id, RS.goal_id, RS.score).join(R, R.id == RS.review_id),
            R.plan_id,
            plan_ids,
        ).order_by(RS.review_id, RS.id)
    ):
        scores[review_id][goal_uid[gid]] = score
    reviews: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for r in session.execute(
        restrict(select(*R.__table__.c), R.plan_id, plan_ids).order_by(R.plan_id, R.position, R.id)
    ):
        reviews[r.plan_id].append(
            {
                "uid": r.uid,
                "date": _d(r.date),
                "summary": r.summary,
                "goal_scores": scores.get(r.id, {}),
            }
        )

    for r in plan_rows:
        plans[r.family_id].append(
            {
                "uid": r.uid,
                "title": r.title,
                "status": r.status,
                "member_uids": [
                    member_uid[i]
                    for i in sorted(plan_members.get(r.id, []), key=lambda i: (member_pos[i], i))
                ],
                "created_on": _d(r.created_on),
                "agreed_on": _d(r.agreed_on),
                "next_review": _d(r.next_review),
                "legal_basis": r.legal_basis,
                "purpose": r.purpose,
                "phase": r.phase,
                "parents_own_words": r.parents_own_words,
                "resources": r.resources,
                "concerns": r.concerns,
                "crisis_notes": r.crisis_notes,
                "support": r.support,
                "goals": goals.get(r.id, []),
                "reviews": reviews.get(r.id, []),
            }
        )

    # --- sessions ---
    links: dict[str, dict[int, list[int]]] = {}
    for name, table, col in (
        ("members", m.session_member, "member_id"),
        ("professionals", m.session_professional, "professional_id"),
        ("goals", m.session_goal, "goal_id"),
    ):
        found: dict[int, list[int]] = defaultdict(list)
        for sid, other in session.execute(
            restrict(select(table.c.session_id, table.c[col]), table.c.session_id, session_ids)
        ):
            found[sid].append(other)
        links[name] = found
    addenda: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for r in session.execute(
        restrict(select(A.session_id, A.at, A.text), A.session_id, session_ids).order_by(
            A.session_id, A.position, A.id
        )
    ):
        addenda[r.session_id].append({"at": _t(r.at), "text": r.text})

    sessions: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for r in session.execute(
        scoped(select(*CS.__table__.c), CS.family_id).order_by(CS.family_id, CS.start, CS.id)
    ):
        # A collaborator in a session belongs to the family's network too.
        family_profs[r.family_id].update(links["professionals"].get(r.id, ()))
        sessions[r.family_id].append(
            {
                "uid": r.uid,
                "author": r.author,
                "start": _t(r.start),
                "duration_minutes": r.duration_minutes,
                "status": r.status,
                "kind": r.kind,
                "location": r.location,
                "member_uids": [
                    member_uid[i]
                    for i in sorted(
                        links["members"].get(r.id, []), key=lambda i: (member_pos[i], i)
                    )
                ],
                "professional_uids": [
                    prof_key[i][1]
                    for i in sorted(links["professionals"].get(r.id, []), key=prof_key.__getitem__)
                ],
                "goal_uids": [
                    goal_uid[i]
                    for i in sorted(links["goals"].get(r.id, []), key=goal_order.__getitem__)
                ],
                "summary": r.summary,
                "notes": r.notes,
                "assessment": r.assessment,
                "agreements": r.agreements,
                "concern": r.concern,
                "finalized_at": _t(r.finalized_at),
                "addenda": addenda.get(r.id, []),
            }
        )

    for fid, pids in family_profs.items():
        professionals[fid] = [prof_row[i] for i in sorted(pids, key=prof_key.__getitem__)]

    # --- measurements ---
    measurements: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for r in session.execute(
        scoped(select(*ME.__table__.c), ME.family_id).order_by(ME.family_id, ME.position, ME.id)
    ):
        measurements[r.family_id].append(
            {
                "uid": r.uid,
                "member_uid": member_uid[r.member_id],
                "instrument": r.instrument,
                "date": _d(r.date),
                "items": list(r.items or []),
                "score": _score(r.score),
            }
        )

    families = [
        {
            "uid": r.uid,
            "reference": r.reference,
            "name": r.name,
            "worker": r.worker,
            "status": r.status,
            "setting": r.setting,
            "programme": r.programme,
            "risk_of_placement": r.risk_of_placement,
            "start_date": _d(r.start_date),
            "end_date": _d(r.end_date),
            "notes": r.notes,
            "members": members.get(r.id, []),
            "professionals": professionals.get(r.id, []),
            "plans": plans.get(r.id, []),
            "sessions": sessions.get(r.id, []),
            "measurements": measurements.get(r.id, []),
        }
        for r in fam_rows
    ]
    return {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "exported_at": datetime.now(UTC).astimezone().isoformat(timespec="seconds"),
        "families": families,
    }
