"""A child's match and conversation written straight through the models (no core rules)."""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from famdesk.db.models import (
    ChildConversation,
    Family,
    MatchCandidate,
    MatchFollowUp,
    MatchNeed,
    Member,
    PlacementBreakdown,
    PlacementMatch,
    PlacementSite,
)


def add_match_tree(s: Session, reference: str = "FB-2026-014") -> tuple[str, str]:
    """A family whose child has a match at every part, and one conversation: (family, site) uids."""
    site = PlacementSite(name="Plejefamilien Østergård", type="foster-family", capacity=2,
                         competences="Erfaring med børn med tilknytningsvanskeligheder")
    other = PlacementSite(name="Døgninstitutionen Lærkereden", type="residential-institution")
    child = Member(role="child", given_name="Åsa", family_name="Holm", position=0)
    match = PlacementMatch(
        status="ended", child_view="Jeg vil gerne bo tæt på min skole",
        decided_on=date(2026, 2, 1), chosen_site=site, reasons="Tæt på skolen",
        placed_on=date(2026, 2, 15),
    )
    match.needs = [MatchNeed(dimension="school", text="Skal blive i sin klasse")]
    match.candidates = [
        MatchCandidate(site=site, fit=8, assessment="God", position=0),
        MatchCandidate(site=other, fit=4, assessment="Langt fra skolen", position=1),
    ]
    match.follow_ups = [MatchFollowUp(date=date(2026, 3, 15), status="held", stability=7)]
    match.breakdown = PlacementBreakdown(date=date(2026, 5, 1), planned=False, cause="conflict")
    child.matches = [match]
    child.conversations = [
        ChildConversation(date=date(2026, 1, 20), present="Åsa, familiebehandler",
                          support_person="Moster Grethe", child_own_words="Jeg savner min kat")
    ]
    fam = Family(reference=reference, name="Familien Holm", start_date=date(2026, 1, 5))
    fam.members = [child]
    s.add(fam)
    s.flush()
    return fam.uid, site.uid
