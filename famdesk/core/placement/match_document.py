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
