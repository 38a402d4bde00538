"""Export → import → export is the identity for whatever the forms accept.

Families are made through the same core service calls the forms make
(create a family, add members and collaborators, a plan with goals and steps,
agree it, log and finalize sessions, add addenda and measurements; sites in
the register, the child's match at any stage, its conversations), exported,
imported into an empty store and exported again: the two files are equal.
"""

from __future__ import annotations

import tempfile
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from famdesk.core import child_voice, families, outcomes, plans, programmes, sessions
from famdesk.core.interchange import export_document, import_document
from famdesk.core.placement import matches, sites
from famdesk.db import models as m
from famdesk.db.store import open_store
from famdesk.vocabulary import (
    BREAKDOWN_CAUSES,
    FAMILY_STATUSES,
    ICS_DIMENSIONS,
    MATCH_STATUSES,
    PARENT_ROLES,
    PLACEMENT_TYPES,
    PLAN_PHASES,
    PLAN_TEXT_SECTIONS,
    SESSION_KINDS,
    SETTINGS,
)
from tests.conftest import PASSPHRASE

CPH = ZoneInfo("Europe/Copenhagen")


def _length(column: Any) -> int:
    return int(column.type.length)


# Printable text of every script, as a worker types it (no control characters).
_chars = st.characters(categories=("L", "N", "P", "S", "Zs"), exclude_characters="\x00")
words = st.text(_chars, max_size=40)
long_text = st.text(st.characters(categories=("L", "N", "P", "S", "Zs", "Zl")), max_size=300)


def named(column: Any) -> st.SearchStrategy[str]:
    """Non-blank text up to the column's length: what a required field accepts."""
    return st.text(_chars, min_size=1, max_size=_length(column)).filter(lambda t: t.strip() != "")


def short(column: Any) -> st.SearchStrategy[str]:
    return st.text(_chars, max_size=_length(column))


days = st.dates(min_value=date(2015, 1, 1), max_value=date(2026, 6, 1))
birth_days = st.dates(min_value=date(1960, 1, 1), max_value=date(2014, 12, 31))
moments = st.datetimes(
    min_value=datetime(2020, 1, 1), max_value=datetime(2026, 6, 1), timezones=st.just(CPH)
).map(lambda t: t.replace(second=0, microsecond=0))


@st.composite
def caseloads(draw: st.DrawFn) -> dict[str, Any]:
    programme_names = [p.code for p in programmes.catalogue()]
    start = draw(days)
    status = draw(st.sampled_from(FAMILY_STATUSES))
    return {
        "family": families.FamilyData(
            reference=draw(named(m.Family.__table__.c.reference)),
            name=draw(named(m.Family.__table__.c.name)),
            worker=draw(short(m.Family.__table__.c.worker)),
            status=status,
            setting=draw(st.sampled_from(SETTINGS)),
            programme=draw(st.none() | st.sampled_from(programme_names)),
            risk_of_placement=draw(st.booleans()),
            start_date=start,
            end_date=start + timedelta(days=draw(st.integers(0, 900)))
            if status == "closed"
            else None,
            notes=draw(long_text),
        ),
        "parent": families.MemberData(
            role=draw(st.sampled_from(PARENT_ROLES)),
            given_name=draw(named(m.Member.__table__.c.given_name)),
            family_name=draw(short(m.Member.__table__.c.family_name)),
            birth_date=draw(st.none() | birth_days),
            address=draw(long_text),
        ),
        "child": families.MemberData(
            role="child",
            given_name=draw(named(m.Member.__table__.c.given_name)),
            birth_date=draw(st.dates(date(2010, 1, 1), date(2014, 12, 31))),
            placement=draw(
                st.none()
                | st.builds(
                    families.PlacementData,
                    type=st.just("foster-family"),
                    site=short(m.Placement.__table__.c.site),
                    since=st.dates(date(2015, 1, 1), date(2020, 1, 1)),
                )
            ),
        ),
        "professional": families.ProfessionalData(
            name=draw(named(m.Professional.__table__.c.name)),
            organisation=draw(short(m.Professional.__table__.c.organisation)),
            role=draw(short(m.Professional.__table__.c.role)),
        ),
        "plan_title": draw(named(m.ActionPlan.__table__.c.title)),
        "plan_texts": {name: draw(long_text) for name in PLAN_TEXT_SECTIONS},
        "phase": draw(st.sampled_from(PLAN_PHASES)),
        "goals": draw(
            st.lists(
                st.builds(
                    plans.GoalData,
                    title=words.filter(lambda t: t.strip() != ""),
                    success_criteria=long_text,
                    ics_dimension=st.none() | st.sampled_from(ICS_DIMENSIONS),
                    baseline_score=st.none() | st.integers(0, 10),
                    steps=st.lists(
                        st.builds(
                            plans.StepData,
                            text=words.filter(lambda t: t.strip() != ""),
                            responsible=short(m.Step.__table__.c.responsible),
                        ),
                        max_size=2,
                    ),
                ),
                min_size=1,
                max_size=3,
            )
        ),
        "agree": draw(st.booleans()),
        "sessions": draw(
            st.lists(
                st.tuples(
                    st.sampled_from(SESSION_KINDS),
                    moments,
                    st.integers(0, 24 * 60),
                    long_text,
                    st.booleans(),  # concern
                    st.booleans(),  # finalize
                    st.lists(words.filter(lambda t: t.strip() != ""), max_size=2),  # addenda
                ),
                max_size=4,
            )
        ),
        "scale": draw(st.none() | st.integers(0, 10)),
        "sites": draw(
            st.lists(
                st.builds(
                    sites.SiteData,
                    name=named(m.PlacementSite.__table__.c.name),
                    type=st.sampled_from(PLACEMENT_TYPES),
                    address=long_text,
                    competences=long_text,
                    capacity=st.none() | st.integers(0, 999),
                ),
                min_size=1,
                max_size=3,
            )
        ),
        "match": draw(matches_drawn()),
        "conversations": draw(
            st.lists(
                st.tuples(
                    st.dates(date(2020, 1, 1), date(2025, 6, 1)),
                    short(m.ChildConversation.__table__.c.support_person),
                    st.booleans(),  # declined
                    long_text,
                    long_text,
                ),
                max_size=2,
            )
        ),
        "measured_on": draw(st.dates(date(2020, 1, 1), date(2026, 1, 1))),
    }


@st.composite
def matches_drawn(draw: st.DrawFn) -> dict[str, Any] | None:
    """A match at any stage, as a worker takes it there."""
    if draw(st.booleans()):
        return None
    decided = draw(st.dates(date(2021, 1, 1), date(2024, 6, 1)))
    placed = decided + timedelta(days=draw(st.integers(0, 300)))
    return {
        "status": draw(st.sampled_from(MATCH_STATUSES)),
        "needs": draw(st.dictionaries(st.sampled_from(ICS_DIMENSIONS),
                                      words.filter(lambda t: t.strip() != ""), max_size=3)),
        "child_view": draw(long_text),
        "parents_view": draw(long_text),
        "fits": draw(st.lists(st.tuples(st.integers(0, 10), long_text), min_size=3,
                              max_size=3)),
        "decided_on": decided,
        "reasons": draw(long_text),
        "placed_on": placed,
        "stability": draw(st.integers(0, 10)),
        "breakdown": (placed + timedelta(days=draw(st.integers(0, 400))),
                      draw(st.sampled_from(BREAKDOWN_CAUSES)), draw(st.booleans()),
                      draw(long_text)),
    }


def _match(store: Any, child: str, site_uids: list[str], d: dict[str, Any]) -> None:
    """Take a match to the drawn stage through core, as the match workflow does."""
    uid = matches.create_match(store, child, needs=d["needs"], child_view=d["child_view"],
                               parents_view=d["parents_view"])
    for site, (fit, assessment) in zip(site_uids, d["fits"], strict=False):
        matches.add_candidate(store, uid, site, fit=fit, assessment=assessment)
    if d["status"] == "exploring":
        return
    matches.decide(store, uid, decided_on=d["decided_on"], chosen_site_uid=site_uids[0],
                   reasons=d["reasons"])
    if d["status"] == "decided":
        return
    matches.place(store, uid, placed_on=d["placed_on"])
    first = matches.get_match(store, uid).follow_ups[0]
    matches.update_follow_up(store, first.uid or "", matches.FollowUpData(
        date=first.date, status="held", notes=d["reasons"], stability=d["stability"]))
    if d["status"] == "ended":
        day, cause, planned, notes = d["breakdown"]
        matches.record_breakdown(store, uid, matches.BreakdownData(
            date=day, cause=cause, planned=planned, notes=notes))


def _make(store: Any, c: dict[str, Any]) -> None:
    """The calls the forms make, in the order a worker makes them."""
    fam = families.create_family(store, c["family"])
    parent = families.add_member(store, fam, c["parent"])
    child = families.add_member(store, fam, c["child"])
    site_uids = [sites.create_site(store, site) for site in c["sites"]]
    if c["match"] is not None:
        _match(store, child, site_uids, c["match"])
    for day, support, declined, own_words, summary in c["conversations"]:
        child_voice.add_conversation(store, child, child_voice.ConversationData(
            date=day, present="Barnet og familiebehandleren", support_person=support,
            declined=declined, child_own_words="" if declined else own_words, summary=summary))
    prof = families.create_professional(store, c["professional"], family_uid=fam)
    plan = plans.create_plan(
        store,
        fam,
        c["plan_title"],
        created_on=c["family"].start_date,
        goals=c["goals"],
        member_uids=[parent],
        phase=c["phase"],
        **c["plan_texts"],
    )
    if c["agree"]:
        plans.agree_plan(store, plan, agreed_on=c["family"].start_date)
    for kind, start, minutes, notes, concern, finalize, addenda in c["sessions"]:
        uid = sessions.create_session(
            store,
            fam,
            sessions.SessionInput(
                kind=kind,
                start=start,
                duration_minutes=minutes,
                member_uids=[parent],
                professional_uids=[prof],
                notes=notes,
                concern=concern,
            ),
        )
        if finalize:
            at = sessions.finalize_session(store, uid, at=start + timedelta(minutes=minutes))
            for i, text in enumerate(addenda):
                sessions.add_addendum(store, uid, text, at=at + timedelta(hours=i + 1))
    if c["scale"] is not None:
        outcomes.add_measurement(
            store, fam, parent, "everyday-structure", c["measured_on"], [c["scale"]]
        )


def _without_time(doc: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in doc.items() if k != "exported_at"}


@settings(
    max_examples=8,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(caseloads())
def test_export_import_export_is_the_identity_for_what_the_forms_accept(c: dict[str, Any]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        source = open_store(Path(tmp) / "source.famdesk", PASSPHRASE, create=True)
        target = open_store(Path(tmp) / "target.famdesk", PASSPHRASE, create=True)
        try:
            _make(source, c)
            first = export_document(source)
            import_document(target, first)
            second = export_document(target)
            assert _without_time(second) == _without_time(first)
        finally:
            source.close()
            target.close()
