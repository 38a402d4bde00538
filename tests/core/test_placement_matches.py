"""A child's placement match through core: each step of the workflow keeps the rules.

Create, needs and views, candidates, the decision, the placement (which the
child's current placement follows), the proposed follow-ups, a breakdown;
each refusal writes nothing, each change is audited by field names only.
"""

from __future__ import annotations

import secrets
import uuid
from collections.abc import Iterator
from datetime import date

import pytest
from sqlalchemy import select

from famdesk.core import families
from famdesk.core.errors import Code, CoreError, NotFound, ValidationFailed
from famdesk.core.placement import matches as mt
from famdesk.core.placement.matches import BreakdownData, FollowUpData
from famdesk.core.placement.sites import SiteData, create_site
from famdesk.core.versions import RecordChanged
from famdesk.db.models import AuditEvent
from famdesk.db.store import Store, open_store
from tests.core.placement_fixtures import TODAY, Case, make_case
from tests.pg_cluster import PgCluster

PLACED = date(2026, 3, 31)


@pytest.fixture
def case(store: Store) -> Case:
    return make_case(store)


def _decided(store: Store, case: Case) -> str:
    uid = mt.create_match(store, case.child, needs={"school": "Blive i klassen"},
                          child_view="Jeg vil bo tæt på skolen", today=TODAY)
    mt.add_candidate(store, uid, case.foster, fit=8, assessment="Tæt på skolen", today=TODAY)
    mt.add_candidate(store, uid, case.institution, fit=4, assessment="Langt væk", today=TODAY)
    mt.decide(store, uid, decided_on=date(2026, 3, 10), chosen_site_uid=case.foster,
              reasons="Skolen og søskendesamvær", today=TODAY)
    return uid


def test_a_match_is_explored_decided_and_placed(store: Store, case: Case) -> None:
    uid = mt.create_match(store, case.child, needs={"health": "Astma", "school": "Klassen"},
                          parents_view="Tæt på os", today=TODAY)
    m = mt.get_match(store, uid)
    assert (m.status, m.needs, m.parents_view) == (
        "exploring", {"health": "Astma", "school": "Klassen"}, "Tæt på os")
    assert mt.update_views(store, uid, needs={"school": "Klassen", "network": "Mormor"},
                           child_view="Jeg vil have min kat med", parents_view="Tæt på os",
                           loaded=m, today=TODAY) == ["needs", "child_view"]
    mt.add_candidate(store, uid, case.foster, fit=8, assessment="God", today=TODAY)
    mt.add_candidate(store, uid, case.home, fit=5, today=TODAY)
    mt.decide(store, uid, decided_on=date(2026, 3, 10), chosen_site_uid=case.foster,
              reasons="Skolen", today=TODAY)
    assert mt.get_match(store, uid).status == "decided"
    mt.place(store, uid, placed_on=PLACED, today=TODAY)
    m = mt.get_match(store, uid)
    assert m.status == "placed" and m.placed_on == PLACED
    assert m.needs == {"school": "Klassen", "network": "Mormor"}
    assert [(c.site_name, c.fit) for c in m.candidates] == [
        ("Plejefamilien Østergaard", 8), ("Opholdsstedet Havblik", 5)]
    assert m.chosen is not None and m.chosen.site_type == "foster-family"
    # The first year's follow-ups are proposed at 1, 3, 6 and 12 months (end of month kept).
    assert [(f.date, f.status) for f in m.follow_ups] == [
        (date(2026, 4, 30), "planned"), (date(2026, 6, 30), "planned"),
        (date(2026, 9, 30), "planned"), (date(2027, 3, 31), "planned")]
    # The child's current placement agrees with the match.
    placement = families.get_member(store, case.child).placement
    assert placement is not None
    assert (placement.type, placement.site, placement.since) == (
        "foster-family", "Plejefamilien Østergaard", PLACED)


def test_a_decision_names_a_site_among_the_candidates(store: Store, case: Case) -> None:
    uid = mt.create_match(store, case.child, today=TODAY)
    mt.add_candidate(store, uid, case.foster, fit=8, today=TODAY)
    with pytest.raises(ValidationFailed) as refused:
        mt.decide(store, uid, decided_on=date(2026, 3, 10), chosen_site_uid=case.home,
                  reasons="", today=TODAY)
    assert refused.value.code == Code.MATCH_CHOSEN_NOT_CANDIDATE
    assert refused.value.field == "chosen_site_uid"
    m = mt.get_match(store, uid)
    assert (m.status, m.decided_on, m.chosen_site_uid) == ("exploring", None, None)


def test_a_candidates_fit_is_0_to_10_and_a_site_is_considered_once(
    store: Store, case: Case
) -> None:
    uid = mt.create_match(store, case.child, today=TODAY)
    with pytest.raises(ValidationFailed) as refused:
        mt.add_candidate(store, uid, case.foster, fit=11, today=TODAY)
    assert (refused.value.field, refused.value.code) == ("fit", Code.NUMBER_OUT_OF_RANGE)
    cand = mt.add_candidate(store, uid, case.foster, fit=6, today=TODAY)
    with pytest.raises(ValidationFailed) as refused:
        mt.add_candidate(store, uid, case.foster, fit=7, today=TODAY)
    assert (refused.value.field, refused.value.code) == ("site_uid", Code.MATCH_CANDIDATE_TWICE)
    assert mt.update_candidate(store, cand, fit=9, assessment="Bedre end ventet",
                               today=TODAY) == ["fit", "assessment"]
    assert [(c.fit, c.assessment) for c in mt.get_match(store, uid).candidates] == [
        (9, "Bedre end ventet")]


def test_the_chosen_site_stays_a_candidate(store: Store, case: Case) -> None:
    uid = _decided(store, case)
    chosen, other = mt.get_match(store, uid).candidates
    with pytest.raises(CoreError) as refused:
        mt.remove_candidate(store, chosen.uid or "")
    assert refused.value.code == Code.MATCH_CANDIDATE_CHOSEN
    mt.remove_candidate(store, other.uid or "")
    assert [c.site_uid for c in mt.get_match(store, uid).candidates] == [case.foster]


def test_only_a_child_has_a_match(store: Store, case: Case) -> None:
    with pytest.raises(ValidationFailed) as refused:
        mt.create_match(store, case.mother, today=TODAY)
    assert refused.value.code == Code.MATCH_NOT_CHILD
    assert mt.list_matches(store, case.mother) == []
    with pytest.raises(NotFound):
        mt.create_match(store, "no-such-member", today=TODAY)


def test_a_placement_before_the_decision_or_ahead_is_refused(store: Store, case: Case) -> None:
    uid = _decided(store, case)
    with pytest.raises(ValidationFailed) as refused:
        mt.place(store, uid, placed_on=date(2026, 3, 1), today=TODAY)
    assert refused.value.code == Code.MATCH_PLACED_BEFORE_DECIDED
    with pytest.raises(ValidationFailed) as refused:
        mt.place(store, uid, placed_on=date(2026, 12, 1), today=TODAY)
    assert refused.value.code == Code.PLACEMENT_FUTURE
    assert mt.get_match(store, uid).status == "decided"
    assert families.get_member(store, case.child).placement is None


def test_a_new_placement_ends_the_childs_earlier_one(store: Store, case: Case) -> None:
    child = families.get_member(store, case.child)
    child.placement = families.PlacementData(type="network-foster-family", site="Mormor",
                                             since=date(2025, 6, 1))
    families.update_member(store, case.child, child)
    uid = _decided(store, case)
    mt.place(store, uid, placed_on=PLACED, today=TODAY)
    child = families.get_member(store, case.child)
    assert child.placement is not None and child.placement.since == PLACED
    assert [(p.type, p.ended_on) for p in child.placement_history] == [
        ("network-foster-family", PLACED)]
    # Placing again on another day corrects the match's placement and re-proposes the plan.
    mt.place(store, uid, placed_on=date(2026, 4, 1), today=TODAY)
    m = mt.get_match(store, uid)
    assert m.follow_ups[0].date == date(2026, 5, 1)
    child = families.get_member(store, case.child)
    assert child.placement is not None and child.placement.since == date(2026, 4, 1)


def test_follow_ups_are_moved_recorded_and_scored_0_to_10(store: Store, case: Case) -> None:
    uid = _decided(store, case)
    mt.place(store, uid, placed_on=PLACED, today=TODAY)
    first = mt.get_match(store, uid).follow_ups[0]
    held = FollowUpData(date=date(2026, 5, 4), status="held", notes="Falder godt til",
                        stability=7)
    assert mt.update_follow_up(store, first.uid or "", held, loaded=first, today=TODAY) == [
        "date", "status", "notes", "stability"]
    with pytest.raises(RecordChanged):
        mt.update_follow_up(store, first.uid or "", held, loaded=first, today=TODAY)
    with pytest.raises(ValidationFailed) as refused:
        mt.update_follow_up(store, first.uid or "", FollowUpData(
            date=date(2026, 5, 4), status="held", stability=12), today=TODAY)
    assert (refused.value.field, refused.value.code) == ("stability", Code.NUMBER_OUT_OF_RANGE)
    with pytest.raises(ValidationFailed) as refused:
        mt.add_follow_up(store, uid, FollowUpData(date=date(2026, 3, 1)), today=TODAY)
    assert refused.value.code == Code.MATCH_FOLLOW_UP_BEFORE_PLACED
    extra = mt.add_follow_up(store, uid, FollowUpData(date=date(2026, 8, 1)), today=TODAY)
    dates = [f.date for f in mt.get_match(store, uid).follow_ups]
    assert dates == sorted(dates) and len(dates) == 5
    mt.remove_follow_up(store, extra)
    assert [f.stability for f in mt.get_match(store, uid).follow_ups] == [7, None, None, None]


def test_a_follow_up_or_breakdown_needs_the_placement(store: Store, case: Case) -> None:
    uid = _decided(store, case)
    with pytest.raises(ValidationFailed) as refused:
        mt.add_follow_up(store, uid, FollowUpData(date=date(2026, 5, 1)), today=TODAY)
    assert refused.value.code == Code.MATCH_FOLLOW_UP_NOT_PLACED
    with pytest.raises(ValidationFailed) as refused:
        mt.record_breakdown(store, uid, BreakdownData(date=date(2026, 5, 1), cause="conflict"),
                            today=TODAY)
    assert refused.value.code == Code.MATCH_BREAKDOWN_NOT_PLACED
    assert mt.get_match(store, uid).status == "decided"


def test_a_breakdown_ends_the_match_and_the_childs_placement(store: Store, case: Case) -> None:
    uid = _decided(store, case)
    mt.place(store, uid, placed_on=PLACED, today=TODAY)
    broke = BreakdownData(date=date(2026, 7, 2), cause="child-needs", planned=False,
                          notes="Plejefamilien kunne ikke rumme udbruddene")
    mt.record_breakdown(store, uid, broke, today=TODAY)
    m = mt.get_match(store, uid)
    assert m.status == "ended" and m.breakdown == broke
    child = families.get_member(store, case.child)
    assert child.placement is None
    assert [p.ended_on for p in child.placement_history] == [date(2026, 7, 2)]
    # A corrected date moves the placement's end with it; removing it reopens the placement.
    mt.record_breakdown(store, uid, BreakdownData(date=date(2026, 7, 1), cause="child-needs"),
                        today=TODAY)
    assert [p.ended_on for p in families.get_member(store, case.child).placement_history] == [
        date(2026, 7, 1)]
    assert mt.remove_breakdown(store, uid, today=TODAY)
    assert mt.get_match(store, uid).status == "placed"
    child = families.get_member(store, case.child)
    assert child.placement is not None and child.placement.since == PLACED


def test_a_save_based_on_an_older_match_is_refused(store: Store, case: Case) -> None:
    uid = mt.create_match(store, case.child, today=TODAY)
    loaded = mt.get_match(store, uid)
    mt.add_candidate(store, uid, case.foster, fit=8, today=TODAY)  # someone else's change
    with pytest.raises(RecordChanged):
        mt.update_views(store, uid, needs={}, child_view="Ny", parents_view="", loaded=loaded,
                        today=TODAY)
    assert mt.get_match(store, uid).child_view == ""


def test_every_change_is_audited_by_field_names(store: Store, case: Case) -> None:
    uid = _decided(store, case)
    mt.place(store, uid, placed_on=PLACED, today=TODAY)
    with store.read_session() as s:
        rows = list(s.scalars(select(AuditEvent).where(AuditEvent.entity == "match")
                              .order_by(AuditEvent.id)))
    assert [(r.action, r.family_uid) for r in rows] == [("create", case.family)] + [
        ("update", case.family)] * 4
    assert rows[-1].detail == {"fields": ["placed_on", "follow_ups", "status"]}
    assert "Skolen" not in str([r.detail for r in rows])
    mt.delete_match(store, uid)
    assert mt.list_matches(store, case.child) == []


@pytest.fixture
def colleague(store: Store, backend: str, request: pytest.FixtureRequest) -> Iterator[Store]:
    """Another worker, to whom the case is not assigned: on a server a worker role who
    does not see the family's match; in a file (one worker) the same store."""
    if backend == "sqlite":
        yield store
        return
    from famdesk.core.team import add_worker

    cluster: PgCluster = request.getfixturevalue("pg_cluster")
    database = store.target.url.database
    assert database is not None
    name, password = f"bo_{uuid.uuid4().hex[:6]}", secrets.token_urlsafe(16)
    with open_store(cluster.url(database).render_as_string(hide_password=False), None) as admin:
        add_worker(admin, name, password)
    cluster.roles.append(name)
    with open_store(cluster.url(database, name, password).render_as_string(
            hide_password=False), None) as bo:
        yield bo


def test_a_site_a_match_names_stays_in_the_register_for_every_worker(
    store: Store, case: Case, colleague: Store
) -> None:
    """The count runs across the team: a worker who cannot see the match is refused in
    core's words (not by the server's foreign key) and sees the site counted."""
    from famdesk.core.placement import sites

    uid = _decided(store, case)
    if colleague is not store:
        with pytest.raises(NotFound):  # the child and the match are hidden from them
            mt.list_matches(colleague, case.child)
    with pytest.raises(CoreError) as refused:
        sites.delete_site(colleague, case.foster)
    assert (refused.value.code, refused.value.params) == (Code.PLACEMENT_SITE_IN_USE,
                                                          {"matches": 1})
    counted = {x.uid: x.match_count for x in sites.list_sites(store)}
    assert {x.uid: x.match_count for x in sites.list_sites(colleague)} == counted
    assert (counted[case.foster], counted[case.institution]) == (1, 1)
    mt.delete_match(store, uid)
    sites.delete_site(colleague, case.foster)
    assert case.foster not in {x.uid for x in sites.list_sites(store)}


def test_a_site_in_use_stays_in_the_register(store: Store, case: Case) -> None:
    from famdesk.core.placement import sites

    uid = _decided(store, case)
    with pytest.raises(CoreError) as refused:
        sites.delete_site(store, case.foster)
    assert refused.value.code == Code.PLACEMENT_SITE_IN_USE
    assert refused.value.params == {"matches": 1}
    assert sites.get_site(store, case.institution).match_count == 1
    mt.delete_match(store, uid)
    sites.delete_site(store, case.foster)
    with pytest.raises(NotFound):
        sites.get_site(store, case.foster)


def test_sites_are_searched_by_name_type_and_competences(store: Store, case: Case) -> None:
    from famdesk.core.placement import sites

    create_site(store, SiteData(name="Netværksplejefamilien Jensen",
                                type="network-foster-family", competences="Mormor og morfar"))
    names = lambda found: [s.name for s in found]  # noqa: E731
    assert names(sites.search_sites(store, "plejefamilien")) == [
        "Netværksplejefamilien Jensen", "Plejefamilien Østergaard"]
    assert names(sites.search_sites(store, "ØSTER")) == ["Plejefamilien Østergaard"]
    assert names(sites.search_sites(store, type="socio-educational-home")) == [
        "Opholdsstedet Havblik"]
    assert names(sites.search_sites(store, competence="skolegang")) == ["Opholdsstedet Havblik"]
    assert names(sites.search_sites(store, "silkeborg")) == ["Plejefamilien Østergaard"]
    assert len(sites.list_sites(store)) == 4


def test_a_site_is_checked_changed_and_its_older_version_refused(
    store: Store, case: Case
) -> None:
    from famdesk.core.placement import sites

    with pytest.raises(ValidationFailed) as refused:
        create_site(store, SiteData(name="", type="hotel", capacity=-1))
    assert {e.field for e in refused.value.errors} == {"name", "type", "capacity"}
    loaded = sites.get_site(store, case.home)
    changed = sites.update_site(store, case.home, SiteData(
        name=" Opholdsstedet Havblik ", type="socio-educational-home",
        competences="Unge 13-17 år, skolegang", capacity=6), loaded=loaded)
    assert changed == ["capacity"]
    with pytest.raises(RecordChanged) as refused_version:
        sites.update_site(store, case.home, loaded, loaded=loaded)
    assert refused_version.value.fields == ["capacity"]
    with store.read_session() as s:
        entities = list(s.scalars(select(AuditEvent.entity).where(
            AuditEvent.entity == "placement_site")))
    assert len(entities) == 4  # three created, one changed
