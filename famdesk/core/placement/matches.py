"""The match of a child and a placement site, from exploring to its end (Styrket match).

A match is made on a child member: the child's needs by ICS dimension, the
child's own view and the parents', the candidate sites each with an
assessment and a 0–10 fit, the decision (a date, the chosen site among the
candidates, the reasons), the placement date, the first year's follow-ups
(proposed at 1, 3, 6 and 12 months, editable; each held one with notes and
a 0–10 stability score) and, if it comes, the breakdown.

Every change is one unit of work: the match is changed in the session, then
checked whole by ``rules.check_match`` (the rules import applies), and
written with an audit line only when it keeps them. Placing the child keeps
the member's current placement in agreement with the match (the chosen
site's type from the placement date), as the interchange format asks; a
breakdown ends that placement on its date. Dataclasses go in and out.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from famdesk import vocabulary as v
from famdesk.core import audit, rules
from famdesk.core.errors import Code, CoreError, FieldError, ValidationFailed
from famdesk.core.lookup import row_by_uid
from famdesk.core.placement.sites import site_row
from famdesk.core.plans.dates import add_months
from famdesk.core.versions import check_version, guarded
from famdesk.db.models import (
    MatchCandidate,
    MatchFollowUp,
    MatchNeed,
    Member,
    Placement,
    PlacementBreakdown,
    PlacementMatch,
)
from famdesk.db.store import Store

# --- data in and out ------------------------------------------------------------------


@dataclass
class CandidateData:
    """A site considered for the child; ``site_name`` and ``site_type`` are read-only."""

    site_uid: str
    assessment: str = ""
    fit: int | None = None
    uid: str | None = None
    row_version: int | None = None
    site_name: str = ""
    site_type: str = ""


@dataclass
class FollowUpData:
    date: date
    #: ``planned`` (proposed or agreed) or ``held``.
    status: str = "planned"
    notes: str = ""
    #: 0–10, once held.
    stability: int | None = None
    uid: str | None = None
    row_version: int | None = None


@dataclass
class BreakdownData:
    date: date
    #: One of ``vocabulary.BREAKDOWN_CAUSES``.
    cause: str = "other"
    planned: bool = False
    notes: str = ""


@dataclass
class MatchData:
    uid: str
    member_uid: str
    family_uid: str
    status: str = "exploring"
    #: ICS dimension → the child's needs there (dimensions in the vocabulary's order).
    needs: dict[str, str] = field(default_factory=dict)
    child_view: str = ""
    parents_view: str = ""
    candidates: list[CandidateData] = field(default_factory=list)
    decided_on: date | None = None
    chosen_site_uid: str | None = None
    reasons: str = ""
    placed_on: date | None = None
    follow_ups: list[FollowUpData] = field(default_factory=list)
    breakdown: BreakdownData | None = None
    row_version: int = 1
    #: The child's name (read-only).
    child_name: str = ""

    @property
    def chosen(self) -> CandidateData | None:
        """The chosen site's candidate entry, if decided."""
        return next((c for c in self.candidates if c.site_uid == self.chosen_site_uid), None)


#: The months after the placement date at which the first year's follow-ups are proposed.
FOLLOW_UP_MONTHS = (1, 3, 6, 12)

#: The match's own fields a view or decision form edits.
VIEW_FIELDS = ("needs", "child_view", "parents_view")
DECISION_FIELDS = ("decided_on", "chosen_site_uid", "reasons")


# --- reading ------------------------------------------------------------------------------


def match_row(s: Session, uid: str) -> PlacementMatch:
    return row_by_uid(s, PlacementMatch, "match", uid)


def _member(s: Session, uid: str) -> Member:
    return row_by_uid(s, Member, "member", uid)


def _candidate_data(c: MatchCandidate) -> CandidateData:
    return CandidateData(
        site_uid=c.site.uid, assessment=c.assessment, fit=c.fit, uid=c.uid,
        row_version=c.row_version, site_name=c.site.name, site_type=c.site.type,
    )


def _follow_up_data(f: MatchFollowUp) -> FollowUpData:
    return FollowUpData(date=f.date, status=f.status, notes=f.notes, stability=f.stability,
                        uid=f.uid, row_version=f.row_version)


def _needs(m: PlacementMatch) -> dict[str, str]:
    given = {n.dimension: n.text for n in m.needs}
    return {d: given[d] for d in v.ICS_DIMENSIONS if d in given}


def match_data(m: PlacementMatch) -> MatchData:
    b = m.breakdown
    return MatchData(
        uid=m.uid,
        member_uid=m.member.uid,
        family_uid=m.member.family.uid,
        status=m.status,
        needs=_needs(m),
        child_view=m.child_view,
        parents_view=m.parents_view,
        candidates=[_candidate_data(c) for c in m.candidates],
        decided_on=m.decided_on,
        chosen_site_uid=m.chosen_site.uid if m.chosen_site is not None else None,
        reasons=m.reasons,
        placed_on=m.placed_on,
        follow_ups=[_follow_up_data(f) for f in _by_date(m.follow_ups)],
        breakdown=(BreakdownData(date=b.date, cause=b.cause, planned=b.planned, notes=b.notes)
                   if b is not None else None),
        row_version=m.row_version,
        child_name=f"{m.member.given_name} {m.member.family_name}".strip(),
    )


def get_match(store: Store, uid: str) -> MatchData:
    with store.read_session() as s:
        return match_data(match_row(s, uid))


def list_matches(store: Store, member_uid: str) -> list[MatchData]:
    """A child's matches, oldest first."""
    with store.read_session() as s:
        return [match_data(m) for m in _member(s, member_uid).matches]


# --- the rules, on the match as it would be stored ----------------------------------------


def match_values(m: PlacementMatch) -> dict[str, Any]:
    """The match in the interchange format's field names (what ``rules.check_match`` reads)."""
    b = m.breakdown
    return {
        "status": m.status,
        "needs": {n.dimension: n.text for n in m.needs},
        "child_view": m.child_view,
        "parents_view": m.parents_view,
        "candidates": [
            {"site_uid": c.site.uid, "assessment": c.assessment, "fit": c.fit}
            for c in m.candidates
        ],
        "decided_on": m.decided_on,
        "chosen_site_uid": m.chosen_site.uid if m.chosen_site is not None else None,
        "reasons": m.reasons,
        "placed_on": m.placed_on,
        "follow_ups": [
            {"date": f.date, "status": f.status, "notes": f.notes, "stability": f.stability}
            for f in m.follow_ups
        ],
        "breakdown": (
            {"date": b.date, "planned": b.planned, "cause": b.cause, "notes": b.notes}
            if b is not None else None
        ),
    }


def _by_date(follow_ups: Iterable[MatchFollowUp]) -> list[MatchFollowUp]:
    return sorted(follow_ups, key=lambda f: (f.date, f.position))


def _check(m: PlacementMatch, today: date, part: str = "") -> None:
    """Refuse the match as changed unless it keeps every rule.

    ``part`` (``candidates[2]``, ``breakdown``) is the record a form edits:
    its problems name the form's fields (``fit``), the match's others stay
    as they are (``chosen_site_uid``).
    """
    problems = rules.check_match(match_values(m), role=m.member.role, today=today)
    if m.status == "placed":
        current = current_placement(m.member)
        site_type = m.chosen_site.type if m.chosen_site is not None else None
        found = rules.match_placement_problem(
            m.status, m.placed_on, site_type,
            {"type": current.type, "since": current.since} if current is not None else None,
        )
        if found is not None:
            problems.append(found)
    if problems:
        prefix = f"{part}." if part else ""
        raise ValidationFailed([
            FieldError(e.field.removeprefix(prefix), e.message, e.code, e.params)
            if prefix and e.field.startswith(prefix) else e
            for e in problems
        ])


@contextmanager
def _unit(store: Store, entity: str | None = None) -> Iterator[Session]:
    """One unit of work whose changes reach the database only once the match is checked.

    Autoflush is off: a query (a lazy load while checking) must not write a
    half-made change (a candidate twice) before the rules have refused it.
    """
    with store.session() as s:
        s.autoflush = False
        if entity is None:
            yield s
            return
        with guarded(entity):
            yield s


def _audit(s: Session, m: PlacementMatch, action: str, detail: dict[str, Any]) -> None:
    s.flush()
    audit.record(s, action, "match", m.uid, m.member.family.uid, detail)


def _touch(m: PlacementMatch) -> None:
    """Count a change of the match's parts as a save of the match (its ``row_version``)."""
    flag_modified(m, "status")


def _loaded(m: PlacementMatch, loaded: MatchData | None, names: Iterable[str]) -> None:
    if loaded is None:
        return
    now = match_data(m)
    check_version(
        m, "match", loaded.row_version,
        {n: getattr(loaded, n) for n in names},
        {n: getattr(now, n) for n in names},
    )


# --- the match ----------------------------------------------------------------------------


def create_match(
    store: Store,
    member_uid: str,
    *,
    needs: dict[str, str] | None = None,
    child_view: str = "",
    parents_view: str = "",
    today: date | None = None,
) -> str:
    """Start exploring a placement for a child; returns the match's uid."""
    today = today or date.today()
    with _unit(store) as s:
        member = _member(s, member_uid)
        if member.role not in v.CHILD_ROLES:
            raise ValidationFailed([FieldError(
                "", "only a child can have a placement match", Code.MATCH_NOT_CHILD)])
        m = PlacementMatch(
            member=member,
            position=max((x.position for x in member.matches), default=-1) + 1,
            status="exploring",
            child_view=child_view.strip(),
            parents_view=parents_view.strip(),
            reasons="",
        )
        _set_needs(m, needs or {})
        s.add(m)
        _check(m, today)
        _audit(s, m, "create", {"fields": ["status", *VIEW_FIELDS]})
        return m.uid


def _set_needs(m: PlacementMatch, needs: dict[str, str]) -> bool:
    """Make the match's needs ``needs`` (empty texts dropped); True if they changed."""
    wanted = {d: t.strip() for d, t in needs.items() if t.strip()}
    if wanted == {n.dimension: n.text for n in m.needs}:
        return False
    by_dimension = {n.dimension: n for n in m.needs}
    for dimension, need in by_dimension.items():
        if dimension not in wanted:
            m.needs.remove(need)
    for dimension, text in wanted.items():
        if dimension in by_dimension:
            by_dimension[dimension].text = text
        else:
            m.needs.append(MatchNeed(dimension=dimension, text=text))
    return True


def update_views(
    store: Store,
    uid: str,
    *,
    needs: dict[str, str],
    child_view: str,
    parents_view: str,
    loaded: MatchData | None = None,
    today: date | None = None,
) -> list[str]:
    """The child's needs, the child's own view and the parents'; returns the fields changed."""
    today = today or date.today()
    with _unit(store, "match") as s:
        m = match_row(s, uid)
        _loaded(m, loaded, VIEW_FIELDS)
        changed = []
        if _set_needs(m, needs):
            changed.append("needs")
        for name, value in (("child_view", child_view), ("parents_view", parents_view)):
            if getattr(m, name) != value.strip():
                setattr(m, name, value.strip())
                changed.append(name)
        if changed:
            _touch(m)
            _check(m, today)
            _audit(s, m, "update", {"fields": changed})
        return changed


def delete_match(store: Store, uid: str) -> None:
    """Remove a match with its candidates, follow-ups and breakdown (the sites stay)."""
    with _unit(store) as s:
        m = match_row(s, uid)
        family_uid = m.member.family.uid
        s.delete(m)
        audit.record(s, "delete", "match", uid, family_uid)


# --- candidates ---------------------------------------------------------------------------


def _candidate(s: Session, uid: str) -> MatchCandidate:
    return row_by_uid(s, MatchCandidate, "candidate", uid)


def _checked_fit(fit: int | None, assessment: str) -> int:
    """The fit, once the candidate's own fields keep the rules (before any row is touched)."""
    problems = rules.check_candidate({"fit": fit, "assessment": assessment})
    if problems or fit is None:
        raise ValidationFailed(problems)
    return fit


def add_candidate(
    store: Store,
    match_uid: str,
    site_uid: str,
    *,
    fit: int | None,
    assessment: str = "",
    today: date | None = None,
) -> str:
    """Consider a site of the register for the child; returns the candidate's uid."""
    today = today or date.today()
    checked = _checked_fit(fit, assessment.strip())
    with _unit(store) as s:
        m = match_row(s, match_uid)
        site = site_row(s, site_uid)
        c = MatchCandidate(
            site=site, fit=checked, assessment=assessment.strip(),
            position=max((x.position for x in m.candidates), default=-1) + 1,
        )
        m.candidates.append(c)
        _touch(m)
        _check(m, today, f"candidates[{len(m.candidates) - 1}]")
        _audit(s, m, "update", {"fields": ["candidates"], "site": site.uid})
        return c.uid


def update_candidate(
    store: Store,
    uid: str,
    *,
    fit: int | None,
    assessment: str,
    loaded: CandidateData | None = None,
    today: date | None = None,
) -> list[str]:
    """A candidate's assessment and fit; returns the fields changed."""
    today = today or date.today()
    checked = _checked_fit(fit, assessment.strip())
    with _unit(store, "candidate") as s:
        c = _candidate(s, uid)
        if loaded is not None:
            check_version(c, "candidate", loaded.row_version,
                          {"fit": loaded.fit, "assessment": loaded.assessment})
        m = c.match
        changed = [n for n, value in (("fit", fit), ("assessment", assessment.strip()))
                   if getattr(c, n) != value]
        if not changed:
            return []
        c.fit, c.assessment = checked, assessment.strip()
        _touch(m)
        _check(m, today, f"candidates[{m.candidates.index(c)}]")
        _audit(s, m, "update", {"fields": [f"candidates.{n}" for n in changed],
                                "site": c.site.uid})
        return changed


def remove_candidate(store: Store, uid: str) -> None:
    """No longer consider a site; refused for the site the decision chose."""
    with _unit(store) as s:
        c = _candidate(s, uid)
        m = c.match
        if m.chosen_site_id is not None and m.chosen_site_id == c.site_id:
            raise CoreError(Code.MATCH_CANDIDATE_CHOSEN,
                            "the chosen site cannot be removed from the candidates",
                            field="candidates")
        site_uid = c.site.uid
        m.candidates.remove(c)
        _touch(m)
        _audit(s, m, "update", {"fields": ["candidates"], "site": site_uid})


# --- decision and placement ---------------------------------------------------------------


def decide(
    store: Store,
    uid: str,
    *,
    decided_on: date,
    chosen_site_uid: str,
    reasons: str,
    loaded: MatchData | None = None,
    today: date | None = None,
) -> list[str]:
    """Record the decision: its date, the chosen site among the candidates, the reasons.

    An exploring match becomes decided. A placed match may have its decision
    corrected; the child's current placement follows a new site's type.
    """
    today = today or date.today()
    with _unit(store, "match") as s:
        m = match_row(s, uid)
        _loaded(m, loaded, DECISION_FIELDS)
        site = site_row(s, chosen_site_uid)
        before = (m.decided_on, m.chosen_site_id, m.reasons, m.status)
        m.decided_on, m.chosen_site, m.reasons = decided_on, site, reasons.strip()
        if m.status == "exploring":
            m.status = "decided"
        names = ("decided_on", "chosen_site_uid", "reasons", "status")
        changed = [n for n, old, new in zip(
            names, before, (m.decided_on, site.id, m.reasons, m.status), strict=True)
            if old != new]
        if not changed:
            return []
        if m.status == "placed" and m.placed_on is not None:
            _keep_placement(m, m.placed_on, today)
        _touch(m)
        _check(m, today)
        _audit(s, m, "update", {"fields": changed})
        return changed


def current_placement(member: Member) -> Placement | None:
    """The member's current placement (not ended; the latest start), as the member form reads it."""
    current = [p for p in member.placements if p.ended_on is None]
    return max(current, key=lambda p: p.since) if current else None


def _keep_placement(m: PlacementMatch, placed_on: date, today: date) -> None:
    """Make the child's current placement the match's: the chosen site's type, from ``placed_on``.

    A placement starting that day is corrected in place; an earlier one ends
    that day and stays as history (as the member form does).
    """
    site = m.chosen_site
    assert site is not None
    member = m.member
    problems = rules.check_placement(
        {"type": site.type, "site": site.name, "since": placed_on},
        today=today, birth=member.birth_date,
    )
    current = current_placement(member)
    if current is not None and placed_on < current.since:
        problems.append(FieldError(
            "placed_on", "a new placement cannot start before the current one",
            Code.PLACEMENT_BEFORE_CURRENT, {"current": current.since.isoformat()}))
    if problems:
        raise ValidationFailed([
            FieldError("placed_on" if e.field == "since" else e.field, e.message, e.code,
                       e.params) for e in problems
        ])
    if current is not None and current.since == placed_on:
        current.type, current.site = site.type, site.name
        return
    if current is not None:
        current.ended_on = placed_on
    member.placements.append(Placement(type=site.type, site=site.name, since=placed_on))


def proposed_follow_ups(placed_on: date) -> list[date]:
    """The first year's follow-ups proposed for a placement: 1, 3, 6 and 12 months on."""
    return [add_months(placed_on, n) for n in FOLLOW_UP_MONTHS]


def place(
    store: Store,
    uid: str,
    *,
    placed_on: date,
    loaded: MatchData | None = None,
    today: date | None = None,
) -> list[str]:
    """The child moved to the chosen site on ``placed_on``.

    The match becomes placed; the child's current placement becomes the
    chosen site's type from that day (a match that had placed the child
    elsewhere has ended); the follow-ups still planned are proposed anew at
    1, 3, 6 and 12 months (held ones stay as they are).
    """
    today = today or date.today()
    with _unit(store, "match") as s:
        m = match_row(s, uid)
        _loaded(m, loaded, ("placed_on",))
        if m.placed_on == placed_on and m.status == "placed":
            return []
        changed = ["placed_on", "follow_ups"] + (["status"] if m.status != "placed" else [])
        m.placed_on = placed_on
        if m.status in ("exploring", "decided"):
            m.status = "placed"
        if m.chosen_site is not None and m.status == "placed":
            _keep_placement(m, placed_on, today)
            # The child has moved on from a site another match placed it at.
            for other in m.member.matches:
                if other is not m and other.status == "placed":
                    other.status = "ended"
        held = [f for f in m.follow_ups if f.status == "held"]
        for f in [f for f in m.follow_ups if f.status != "held"]:
            m.follow_ups.remove(f)
        for day in proposed_follow_ups(placed_on):
            if all(f.date != day for f in held):
                m.follow_ups.append(MatchFollowUp(date=day, status="planned", notes=""))
        _renumber(m)
        _touch(m)
        _check(m, today)
        _audit(s, m, "update", {"fields": changed})
        return changed


def end_match(store: Store, uid: str, *, today: date | None = None) -> bool:
    """The match is over without a breakdown (the exploration dropped, the placement ended as
    planned); the child's placement is the member form's business. False if it had ended."""
    today = today or date.today()
    with _unit(store) as s:
        m = match_row(s, uid)
        if m.status == "ended":
            return False
        m.status = "ended"
        _check(m, today)
        _audit(s, m, "update", {"fields": ["status"]})
        return True


# --- follow-ups ---------------------------------------------------------------------------


def _follow_up(s: Session, uid: str) -> MatchFollowUp:
    return row_by_uid(s, MatchFollowUp, "follow_up", uid)


def _renumber(m: PlacementMatch) -> None:
    """Keep the follow-ups' positions in date order (the order they are shown and exported)."""
    ordered = _by_date(m.follow_ups)
    for i, f in enumerate(ordered):
        f.position = i
    m.follow_ups[:] = ordered


def add_follow_up(
    store: Store, match_uid: str, data: FollowUpData, *, today: date | None = None
) -> str:
    """Plan or record a follow-up beyond the proposed ones; returns its uid."""
    today = today or date.today()
    with _unit(store) as s:
        m = match_row(s, match_uid)
        f = MatchFollowUp(date=data.date, status=data.status, notes=data.notes.strip(),
                          stability=data.stability)
        m.follow_ups.append(f)
        _renumber(m)
        _touch(m)
        _check(m, today, f"follow_ups[{m.follow_ups.index(f)}]")
        _audit(s, m, "update", {"fields": ["follow_ups"]})
        return f.uid


FOLLOW_UP_FIELDS = ("date", "status", "notes", "stability")


def update_follow_up(
    store: Store,
    uid: str,
    data: FollowUpData,
    *,
    loaded: FollowUpData | None = None,
    today: date | None = None,
) -> list[str]:
    """Move a follow-up, or record it as held with notes and a 0–10 stability; returns the
    fields changed."""
    today = today or date.today()
    with _unit(store, "follow_up") as s:
        f = _follow_up(s, uid)
        if loaded is not None:
            check_version(f, "follow_up", loaded.row_version,
                          {n: getattr(loaded, n) for n in FOLLOW_UP_FIELDS})
        m = f.match
        wanted = {"date": data.date, "status": data.status, "notes": data.notes.strip(),
                  "stability": data.stability}
        changed = [n for n in FOLLOW_UP_FIELDS if getattr(f, n) != wanted[n]]
        if not changed:
            return []
        for n in changed:
            setattr(f, n, wanted[n])
        _renumber(m)
        _touch(m)
        _check(m, today, f"follow_ups[{m.follow_ups.index(f)}]")
        _audit(s, m, "update", {"fields": [f"follow_ups.{n}" for n in changed]})
        return changed


def remove_follow_up(store: Store, uid: str) -> None:
    with _unit(store) as s:
        f = _follow_up(s, uid)
        m = f.match
        m.follow_ups.remove(f)
        _renumber(m)
        _touch(m)
        _audit(s, m, "update", {"fields": ["follow_ups"]})


# --- breakdown ----------------------------------------------------------------------------


def record_breakdown(
    store: Store, uid: str, data: BreakdownData, *, today: date | None = None
) -> list[str]:
    """The placement broke down (or its record is corrected): the match ends, and the
    child's current placement, when it is this match's, ends on the breakdown's date."""
    today = today or date.today()
    with _unit(store, "match") as s:
        m = match_row(s, uid)
        b = m.breakdown
        wanted = {"date": data.date, "planned": data.planned, "cause": data.cause,
                  "notes": data.notes.strip()}
        old_day = b.date if b is not None else None
        if b is None:
            b = PlacementBreakdown(**wanted)
            m.breakdown = b
            changed = list(wanted)
        else:
            changed = [n for n, value in wanted.items() if getattr(b, n) != value]
            for n in changed:
                setattr(b, n, wanted[n])
        if m.status != "ended":
            m.status = "ended"
            changed.append("status")
        if not changed:
            return []
        _end_placement(m, data.date, old_day)
        _touch(m)
        _check(m, today, "breakdown")
        _audit(s, m, "update", {"fields": [f"breakdown.{n}" if n != "status" else n
                                           for n in changed]})
        return changed


def _end_placement(m: PlacementMatch, day: date, old_day: date | None) -> None:
    """End the child's placement this match made (its start date) on ``day``.

    ``old_day`` is the breakdown's date before a correction: the placement it
    ended moves with it.
    """
    for p in m.member.placements:
        if p.since == m.placed_on and (p.ended_on is None or p.ended_on == old_day):
            p.ended_on = day


def remove_breakdown(store: Store, uid: str, *, today: date | None = None) -> bool:
    """A breakdown recorded by mistake: the match is placed again, and the placement it
    ended is current again when the child has no other. False if there was none."""
    today = today or date.today()
    with _unit(store) as s:
        m = match_row(s, uid)
        b = m.breakdown
        if b is None:
            return False
        m.breakdown = None
        if m.placed_on is not None:
            m.status = "placed"
            mine = [p for p in m.member.placements
                    if p.since == m.placed_on and p.ended_on == b.date]
            if mine and current_placement(m.member) is None:
                mine[-1].ended_on = None
        _touch(m)
        _check(m, today)
        _audit(s, m, "update", {"fields": ["breakdown", "status"]})
        return True
