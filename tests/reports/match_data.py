"""A child's placement match at every step, for the match PDF's tests (fictitious)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from famdesk.core import child_voice, families
from famdesk.core.child_voice import ConversationData
from famdesk.core.families import FamilyData, MemberData
from famdesk.core.placement import matches, sites
from famdesk.core.placement.matches import BreakdownData, FollowUpData
from famdesk.core.placement.sites import SiteData
from famdesk.db.store import Store

TODAY = date(2026, 11, 27)
CHILD_WORDS = "Jeg vil gerne bo et sted med en hund og blive i min skole."
CHILD_VIEW = "Jeg vil se mor hver weekend."
PARENTS_VIEW = "Vi ønsker en plejefamilie tæt på Roskilde."
REASONS = "Plejefamilien Lund møder Emils behov bedst: han bliver i sin skole."


@dataclass(frozen=True)
class MatchIds:
    family: str
    child: str
    match: str
    lund: str
    bakke: str


def make_placed_match(store: Store, *, breakdown: bool = False) -> MatchIds:
    """Emil's match: needs, views, two candidates, decided, placed, two follow-ups held."""
    family = families.create_family(
        store,
        FamilyData(
            reference="FB-2031",
            name="Familien Holm Madsen",
            start_date=date(2025, 9, 1),
            worker="Mette Kjær",
        ),
    )
    families.add_member(
        store, family, MemberData(role="mother", given_name="Sara", family_name="Holm")
    )
    child = families.add_member(
        store,
        family,
        MemberData(
            role="child", given_name="Emil", family_name="Holm Madsen", birth_date=date(2015, 4, 2)
        ),
    )
    lund = sites.create_site(
        store,
        SiteData(name="Plejefamilien Lund", type="foster-family", competences="Skolebørn, samvær"),
    )
    bakke = sites.create_site(
        store, SiteData(name="Bakkehuset", type="residential-institution", capacity=8)
    )
    child_voice.add_conversation(
        store,
        child,
        ConversationData(
            date=date(2026, 1, 28),
            present="Emil, Mette Kjær",
            support_person="Lone Berg (lærer)",
            child_own_words=CHILD_WORDS,
        ),
        today=TODAY,
    )
    child_voice.add_conversation(
        store, child, ConversationData(date=date(2025, 12, 10), declined=True), today=TODAY
    )
    uid = matches.create_match(
        store,
        child,
        needs={"school": "Skal blive i sin skole.", "health": "Sover dårligt."},
        child_view=CHILD_VIEW,
        parents_view=PARENTS_VIEW,
        today=TODAY,
    )
    matches.add_candidate(store, uid, lund, fit=8, assessment="Tæt på skolen.", today=TODAY)
    matches.add_candidate(store, uid, bakke, fit=5, assessment="Langt fra mor.", today=TODAY)
    matches.decide(
        store,
        uid,
        decided_on=date(2026, 2, 10),
        chosen_site_uid=lund,
        reasons=REASONS,
        today=TODAY,
    )
    matches.place(store, uid, placed_on=date(2026, 2, 20), today=TODAY)
    proposed = matches.get_match(store, uid).follow_ups
    for f, score, notes in (
        (proposed[0], 7, "Sover bedre."),
        (proposed[1], 6, "Konflikt om skærm."),
    ):
        matches.update_follow_up(
            store,
            f.uid or "",
            FollowUpData(date=f.date, status="held", notes=notes, stability=score),
            loaded=f,
            today=TODAY,
        )
    if breakdown:
        matches.record_breakdown(
            store,
            uid,
            BreakdownData(date=date(2026, 9, 1), cause="conflict", notes="Plejefar blev syg."),
            today=TODAY,
        )
    return MatchIds(family, child, uid, lund, bakke)
