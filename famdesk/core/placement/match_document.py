"""The placement match as its PDF reads it, and the record that it was printed.

The meeting with the site and the family works from one paper: the child's
needs, the child's own words and who supported the child, the parents' view,
the sites compared, the decision and the first year's follow-ups. This module
reads all of it in one unit of work into plain data (``MatchDocument``), so the
report never touches the store, and audits the print as the plan's print is.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from famdesk.core import audit
from famdesk.core.placement.matches import match_row
from famdesk.core.profile import worker_name_in
from famdesk.db.models import Member
from famdesk.db.store import Store
from famdesk.vocabulary import ICS_DIMENSIONS, PARENT_ROLES


@dataclass(frozen=True)
class SiteCandidate:
    """A site the match considered, with what the worker made of it."""

    site_uid: str
    name: str
    type: str
    address: str
    competences: str
    capacity: int | None
    fit: int
    assessment: str
    chosen: bool = False


@dataclass(frozen=True)
class ChildConversation:
    """A børnesamtale as the paper shows it: when, who was there, the child's own words."""

    date: date
    present: str
    support_person: str
    declined: bool
    child_own_words: str


@dataclass(frozen=True)
class FollowUpLine:
    date: date
    status: str
    notes: str
    stability: int | None


@dataclass(frozen=True)
class BreakdownLine:
    date: date
    planned: bool
    cause: str
    notes: str


@dataclass(frozen=True)
class MatchDocument:
    """One match with the child, the family and the sites around it, ready to print."""

    match_uid: str
    status: str
    family_uid: str
    family_name: str
    family_reference: str
    worker: str
    child_name: str
    child_birth_date: date | None
    #: (ICS dimension, the child's need), in the triangle's order; only those written.
    needs: list[tuple[str, str]]
    child_view: str
    parents_view: str
    conversations: list[ChildConversation]
    candidates: list[SiteCandidate]
    decided_on: date | None
    reasons: str
    placed_on: date | None
    follow_ups: list[FollowUpLine]
    breakdown: BreakdownLine | None
    parents: list[str] = field(default_factory=list)

    @property
    def chosen(self) -> SiteCandidate | None:
        return next((c for c in self.candidates if c.chosen), None)

    @property
    def latest_stability(self) -> FollowUpLine | None:
        """The latest follow-up held with a stability score: where the placement stands."""
        scored = [f for f in self.follow_ups if f.status == "held" and f.stability is not None]
        return max(scored, key=lambda f: f.date) if scored else None


def _name(member: Member) -> str:
    return f"{member.given_name} {member.family_name}".strip()


def get_match_document(store: Store, match_uid: str) -> MatchDocument:
    """The match and what its paper shows around it; ``NotFound`` for an unknown uid."""
    with store.read_session() as s:
        m = match_row(s, match_uid)
        child = m.member
        family = child.family
        chosen_id = m.chosen_site_id
        needs = {n.dimension: n.text for n in m.needs if n.text.strip()}
        b = m.breakdown
        return MatchDocument(
            match_uid=m.uid,
            status=m.status,
            family_uid=family.uid,
            family_name=family.name,
            family_reference=family.reference,
            worker=family.worker or worker_name_in(s),
            child_name=_name(child),
            child_birth_date=child.birth_date,
            needs=[(d, needs[d]) for d in ICS_DIMENSIONS if d in needs],
            child_view=m.child_view,
            parents_view=m.parents_view,
            conversations=[
                ChildConversation(
                    date=c.date,
                    present=c.present,
                    support_person=c.support_person,
                    declined=c.declined,
                    child_own_words=c.child_own_words,
                )
                for c in sorted(child.conversations, key=lambda c: (c.date, c.position))
            ],
            candidates=[
                SiteCandidate(
                    site_uid=c.site.uid,
                    name=c.site.name,
                    type=c.site.type,
                    address=c.site.address,
                    competences=c.site.competences,
                    capacity=c.site.capacity,
                    fit=c.fit,
                    assessment=c.assessment,
                    chosen=chosen_id is not None and c.site_id == chosen_id,
                )
                for c in m.candidates
            ],
            decided_on=m.decided_on,
            reasons=m.reasons,
            placed_on=m.placed_on,
            follow_ups=[
                FollowUpLine(date=f.date, status=f.status, notes=f.notes, stability=f.stability)
                for f in sorted(m.follow_ups, key=lambda f: (f.date, f.position))
            ],
            breakdown=(
                BreakdownLine(date=b.date, planned=b.planned, cause=b.cause, notes=b.notes)
                if b is not None
                else None
            ),
            parents=[_name(p) for p in family.members if p.role in PARENT_ROLES],
        )


def record_match_print(store: Store, document: MatchDocument, lang: str) -> None:
    """Audit that the match was printed ("print": language and the match's status)."""
    with store.session() as s:
        audit.record(
            s,
            "print",
            "match",
            document.match_uid,
            document.family_uid,
            {"lang": lang, "status": document.status},
        )
