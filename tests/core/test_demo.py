"""The demo caseload: valid, deterministic, varied, and written whole into a store."""

from __future__ import annotations

import json
from collections import Counter
from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, select

from famdesk.core.cpr import parse_cpr
from famdesk.core.demo import create_demo, generate_document, generate_families
from famdesk.core.interchange import validate_document
from famdesk.db.models import ContactSession, Family, Measurement, Member, Professional
from famdesk.vocabulary import (
    FAMILY_STATUSES,
    MEMBER_ROLES,
    SESSION_KINDS,
    SESSION_STATUSES,
    SETTINGS,
)

TODAY = date(2026, 3, 10)
CPH = ZoneInfo("Europe/Copenhagen")


@pytest.fixture(scope="module")
def doc() -> dict:
    """A moderate caseload, shared by the read-only checks below."""
    return generate_document(families=40, sessions_per_family=25, seed=7, today=TODAY)


def _members(doc: dict) -> list[dict]:
    return [m for f in doc["families"] for m in f["members"]]


def _sessions(doc: dict) -> list[dict]:
    return [s for f in doc["families"] for s in f["sessions"]]


@pytest.mark.parametrize(
    ("seed", "today"), [(1, TODAY), (2, date(2025, 7, 1)), (3, date(2026, 10, 26)), (99, TODAY)]
)
def test_generated_document_passes_validation(seed: int, today: date) -> None:
    doc = generate_document(families=12, sessions_per_family=10, seed=seed, today=today)
    assert validate_document(doc) == []
    assert doc["format"] == "famdesk" and doc["version"] == 2
    assert doc["exported_at"].startswith(today.isoformat())
    json.dumps(doc)  # plain JSON types only


def test_same_arguments_give_the_same_document() -> None:
    a = generate_document(families=6, sessions_per_family=8, seed=5, today=TODAY)
    b = generate_document(families=6, sessions_per_family=8, seed=5, today=TODAY)
    assert a == b
    other_seed = generate_document(families=6, sessions_per_family=8, seed=6, today=TODAY)
    assert other_seed["families"][0]["uid"] != a["families"][0]["uid"]
    later = generate_document(families=6, sessions_per_family=8, seed=5, today=date(2026, 4, 1))
    assert later["exported_at"] != a["exported_at"]


def test_chunks_equal_the_whole_caseload() -> None:
    whole = list(generate_families(0, 9, 5, 3, TODAY))
    chunked = list(generate_families(0, 4, 5, 3, TODAY)) + list(
        generate_families(4, 9, 5, 3, TODAY)
    )
    assert whole == chunked


def test_sizes_follow_the_arguments(doc: dict) -> None:
    assert len(doc["families"]) == 40
    assert all(len(f["sessions"]) == 25 for f in doc["families"])
    uids = [m["uid"] for m in _members(doc)] + [s["uid"] for s in _sessions(doc)]
    assert len(uids) == len(set(uids))


def test_every_setting_status_kind_and_role_occurs(doc: dict) -> None:
    families = doc["families"]
    assert {f["setting"] for f in families} == set(SETTINGS)
    assert {f["status"] for f in families} == set(FAMILY_STATUSES)
    assert {s["kind"] for s in _sessions(doc)} == set(SESSION_KINDS)
    assert {s["status"] for s in _sessions(doc)} == set(SESSION_STATUSES)
    assert {m["role"] for m in _members(doc)} == set(MEMBER_ROLES)
    plan_statuses = {p["status"] for f in families for p in f["plans"]}
    assert {"draft", "agreed", "completed"} <= plan_statuses
    caseworkers = Counter(
        p["uid"] for f in families for p in f["professionals"] if p["role"] == "Sagsbehandler"
    )
    assert caseworkers.most_common(1)[0][1] >= 2  # one sagsbehandler serves several families
    programmes = {f["programme"] for f in families}
    assert None in programmes and len(programmes - {None}) >= 4


def test_names_include_danish_letters_and_other_languages(doc: dict) -> None:
    names = " ".join(f"{m['given_name']} {m['family_name']}" for m in _members(doc))
    for letter in "æøåÆØÅ":
        if letter in names:
            break
    else:
        pytest.fail("no æ, ø or å in any name")
    assert any(c in names for c in "øØ") and any(c in names for c in "åÅ")
    foreign = set(names) - set("abcdefghijklmnopqrstuvwxyzæøåABCDEFGHIJKLMNOPQRSTUVWXYZÆØÅ -'")
    assert len(foreign) >= 3, foreign  # e.g. ł, ễ, ı, ë


def test_cpr_numbers_parse_and_agree_with_birth_dates(doc: dict) -> None:
    with_cpr = [m for m in _members(doc) if m["cpr"] is not None]
    without = [m for m in _members(doc) if m["cpr"] is None]
    assert with_cpr and without
    infos = [parse_cpr(m["cpr"]) for m in with_cpr]
    for member, info in zip(with_cpr, infos, strict=True):
        assert info.birth_date.isoformat() == member["birth_date"]
        assert not info.substitute
    checks = Counter(info.modulus11_ok for info in infos)
    assert checks[True] and checks[False]  # some issued since 2007 fail modulus 11
    # the failing ones belong to people born since 2007
    assert all(info.birth_date.year >= 2007 for info in infos if not info.modulus11_ok)


def test_members_ages_fit_their_roles(doc: dict) -> None:
    for m in _members(doc):
        if m["birth_date"] is None:
            continue
        age = (TODAY - date.fromisoformat(m["birth_date"])).days / 365.25
        if m["role"] in ("child", "sibling"):
            assert 0 <= age < 18
        else:
            assert 18 <= age < 90


def test_placed_children_have_a_placement_since_birth(doc: dict) -> None:
    placed_families = [f for f in doc["families"] if f["setting"] == "placed-child-parent-support"]
    assert placed_families
    for fam in placed_families:
        child = next(m for m in fam["members"] if m["role"] == "child")
        placement = child["placement"]
        assert placement is not None and placement["site"]
        assert placement["since"] >= child["birth_date"]
        assert placement["since"] <= TODAY.isoformat()
    for fam in doc["families"]:
        for m in fam["members"]:
            if m["placement"] is not None:
                assert m["role"] in ("child", "sibling")


def test_reviews_score_every_goal_and_plans_hold_parents_words(doc: dict) -> None:
    reviews = 0
    for fam in doc["families"]:
        assert 1 <= len(fam["plans"]) <= 2
        for plan in fam["plans"]:
            assert 2 <= len(plan["goals"]) <= 4
            assert plan["parents_own_words"] and plan["resources"] and plan["concerns"]
            goal_uids = {g["uid"] for g in plan["goals"]}
            for goal in plan["goals"]:
                assert 1 <= len(goal["steps"]) <= 4
            for review in plan["reviews"]:
                reviews += 1
                assert set(review["goal_scores"]) == goal_uids
            if plan["status"] == "draft":
                assert plan["reviews"] == [] and plan["agreed_on"] is None
    assert reviews > 0


def test_session_times_carry_copenhagen_offsets_and_sensible_order(doc: dict) -> None:
    export = datetime.fromisoformat(doc["exported_at"])
    offsets = set()
    for s in _sessions(doc):
        start = datetime.fromisoformat(s["start"])
        assert start.utcoffset() == start.astimezone(CPH).utcoffset()
        offsets.add(s["start"][-6:])
        if s["status"] == "planned":
            assert start > export and s["finalized_at"] is None
        else:
            assert start < export
        if s["finalized_at"] is not None:
            finalized = datetime.fromisoformat(s["finalized_at"])
            assert start < finalized <= export
            for addendum in s["addenda"]:
                assert finalized < datetime.fromisoformat(addendum["at"]) <= export
        else:
            assert s["addenda"] == []
    assert offsets == {"+01:00", "+02:00"}


def test_notes_are_danish_and_varied(doc: dict) -> None:
    held = [s for s in _sessions(doc) if s["status"] == "held"]
    finalized = [s for s in held if s["finalized_at"]]
    drafts = [s for s in held if not s["finalized_at"]]
    assert len(finalized) > 0.8 * len(held) and drafts
    assert any(s["addenda"] for s in held)
    assert 0 < sum(s["concern"] for s in held) < 0.15 * len(held)
    assert sum(bool(s["assessment"]) for s in held) > 0.6 * len(held)
    text = " ".join(s["notes"] for s in held)
    for word in ("børnehave", "samvær", "madpakke", "sengetid", "skole", "»"):
        assert word in text.lower(), word
    assert len({s["notes"] for s in held}) > 0.9 * len(held)
    for s in held:  # the assessment is kept apart from what was observed
        assert s["assessment"] not in s["notes"] or not s["assessment"]


def test_measurements_follow_the_instruments_and_improve(doc: dict) -> None:
    by_member: dict[tuple[str, str], list[dict]] = {}
    for fam in doc["families"]:
        roles = {m["uid"]: m["role"] for m in fam["members"]}
        for meas in fam["measurements"]:
            by_member.setdefault((meas["member_uid"], meas["instrument"]), []).append(meas)
            if meas["instrument"] == "WHO-5":
                assert roles[meas["member_uid"]] not in ("child", "sibling")
                assert len(meas["items"]) == 5 and all(0 <= i <= 5 for i in meas["items"])
                assert meas["score"] == sum(meas["items"]) * 4
            elif meas["instrument"] == "SDQ-total":
                assert meas["items"] == []
            else:
                assert meas["items"] == [meas["score"]] and 0 <= meas["score"] <= 10
    instruments = {k[1] for k in by_member}
    assert {
        "WHO-5",
        "everyday-structure",
        "parenting-competence",
        "child-wellbeing",
        "child-problem-behaviour",
    } <= instruments

    def mean_change(instrument: str) -> float:
        series = [
            sorted(v, key=lambda m: m["date"])
            for k, v in by_member.items()
            if k[1] == instrument and len(v) >= 3
        ]
        assert series
        return sum(s[-1]["score"] - s[0]["score"] for s in series) / len(series)

    assert mean_change("WHO-5") > 0
    assert mean_change("parenting-competence") > 0
    assert mean_change("child-wellbeing") > 0
    assert mean_change("child-problem-behaviour") < 0


def test_create_demo_writes_every_family_in_chunks(store) -> None:  # type: ignore[no-untyped-def]
    calls: list[tuple[int, int]] = []
    summary = create_demo(
        store,
        families=7,
        sessions_per_family=4,
        seed=2,
        today=TODAY,
        progress=lambda done, total: calls.append((done, total)),
        chunk_size=3,
    )
    expected = generate_document(families=7, sessions_per_family=4, seed=2, today=TODAY)
    n_members = len(_members(expected))
    n_measurements = sum(len(f["measurements"]) for f in expected["families"])
    n_professionals = len({p["uid"] for f in expected["families"] for p in f["professionals"]})
    assert (summary.families, summary.sessions, summary.measurements) == (7, 28, n_measurements)
    assert calls[0] == (0, 7) and calls[-1] == (7, 7) and (3, 7) in calls
    with store.read_session() as s:
        assert s.scalar(select(func.count(Family.id))) == 7
        assert s.scalar(select(func.count(ContactSession.id))) == 28
        assert s.scalar(select(func.count(Member.id))) == n_members
        assert s.scalar(select(func.count(Measurement.id))) == n_measurements
        assert s.scalar(select(func.count(Professional.id))) == n_professionals
        names = set(s.scalars(select(Family.name)))
    assert names == {f["name"] for f in expected["families"]}


def test_create_demo_reports_progress_in_steps_by_default(store) -> None:  # type: ignore[no-untyped-def]
    calls: list[tuple[int, int]] = []
    summary = create_demo(
        store,
        families=25,
        sessions_per_family=1,
        seed=4,
        today=TODAY,
        progress=lambda done, total: calls.append((done, total)),
    )
    assert summary.families == 25 and summary.sessions == 25
    assert calls == [(0, 25), (10, 25), (20, 25), (25, 25)]


def test_only_families_with_a_placed_child_get_placement_talk(doc: dict) -> None:
    for fam in doc["families"]:
        if any(m["placement"] for m in fam["members"]):
            continue
        texts = [s["notes"] for s in fam["sessions"]] + [
            " ".join((p["crisis_notes"], p["concerns"])) for p in fam["plans"]
        ]
        for text in texts:
            assert "plejefamil" not in text.lower() and "anbring" not in text.lower(), text


def test_an_export_of_the_demo_equals_the_generated_document(store) -> None:  # type: ignore[no-untyped-def]
    """The demo is already in the store's canonical order: what you see is what was made."""
    from famdesk.core.interchange import export_document

    expected = generate_document(families=12, sessions_per_family=12, seed=8, today=TODAY)
    create_demo(store, families=12, sessions_per_family=12, seed=8, today=TODAY, chunk_size=5)
    exported = export_document(store)
    assert exported["families"] == expected["families"]
    # Every chunk carried the register; the later ones found it in the store and reused it.
    assert exported["placement_sites"] == expected["placement_sites"]


def test_demo_goes_only_into_a_store_without_families(store) -> None:  # type: ignore[no-untyped-def]
    from famdesk.core.demo import DemoRefused

    create_demo(store, families=1, sessions_per_family=1, seed=1)
    with pytest.raises(DemoRefused) as err:
        create_demo(store, families=2, sessions_per_family=1, seed=2)
    assert err.value.code == "demo.store_not_empty"
    with store.read_session() as s:
        assert s.scalar(select(func.count(Family.id))) == 1


def test_the_demo_has_sites_of_every_type_matches_at_every_stage_and_conversations(
    doc: dict,
) -> None:
    from famdesk.vocabulary import MATCH_STATUSES, PLACEMENT_TYPES

    assert {s["type"] for s in doc["placement_sites"]} == set(PLACEMENT_TYPES)
    matches = [m for member in _members(doc) for m in member["matches"]]
    assert {m["status"] for m in matches} == set(MATCH_STATUSES)
    ended = [m for m in matches if m["status"] == "ended"]
    assert ended and all(m["breakdown"] is not None for m in ended)
    placed = [m for m in matches if m["status"] == "placed"]
    assert all(
        any(f["status"] == "held" and f["stability"] is not None for f in m["follow_ups"])
        for m in placed
    )
    # A placed match is the child's current placement: the chosen site's type, from placed_on.
    types = {s["uid"]: s["type"] for s in doc["placement_sites"]}
    for member in _members(doc):
        for m in member["matches"]:
            if m["status"] == "placed":
                assert member["placement"]["since"] == m["placed_on"]
                assert member["placement"]["type"] == types[m["chosen_site_uid"]]
    conversations = [c for member in _members(doc) for c in member["conversations"]]
    declined = [c for c in conversations if c["declined"]]
    assert declined and all(c["child_own_words"] == "" for c in declined)
    assert any(c["child_own_words"] and c["support_person"] for c in conversations)
    assert all(
        member["role"] in ("child", "sibling")
        for member in _members(doc)
        if member["matches"] or member["conversations"]
    )


def test_a_small_demo_has_every_stage_too() -> None:
    small = generate_document(families=4, sessions_per_family=2, seed=1, today=TODAY)
    statuses = {m["status"] for member in _members(small) for m in member["matches"]}
    assert statuses == {"exploring", "decided", "placed", "ended"}
    assert validate_document(small) == []


def test_each_note_reads_like_its_kind_of_contact(doc: dict) -> None:
    """A phone call's note tells of a call, not of a living room; supervised contact of
    the contact."""
    from famdesk.core import demo_texts as T

    home_only = [o.split("{")[0][:25] for o in T.OBSERVATIONS_BY_KIND["home-visit"][0]]
    home_only = [h for h in home_only if len(h) > 12]
    for s in _sessions(doc):
        if s["status"] != "held" or s["kind"] == "home-visit":
            continue
        assert not any(h in s["notes"] for h in home_only), (s["kind"], s["notes"])
    for s in _sessions(doc):  # a missed home visit was not missed at the office
        if s["status"] == "no-show" and s["kind"] != "office":
            assert "kontoret" not in s["notes"], (s["kind"], s["notes"])
    calls = [s["notes"] for s in _sessions(doc) if s["kind"] == "phone" and s["status"] == "held"]
    assert calls and all(
        any(w in n for w in ("telefon", "ringede", "opkald", "opfølgning")) for n in calls
    )
    contacts = [
        s["notes"]
        for f in doc["families"]
        for s in f["sessions"]
        if s["kind"] == "supervised-contact"
        and s["status"] == "held"
        and any(m["placement"] for m in f["members"])
    ]
    assert contacts and all(any(w in n for w in ("samvær", "mødtes", "farvel")) for n in contacts)


def test_the_demo_holds_every_feature_a_worker_meets(store) -> None:  # type: ignore[no-untyped-def]
    """Every card of the dashboard, every tab and every record kind has something in it,
    and only a few things are overdue (a caseload that is looked after)."""
    from famdesk.core import deadlines
    from famdesk.db.models import ActionPlan, Addendum, ConcernNotice, Review

    today = date(2026, 12, 2)
    create_demo(store, seed=1, today=today)
    load = deadlines.caseload(store, today)
    assert load.appointments and load.upcoming_reviews and load.unfinished_notes
    assert 1 <= len(load.overdue_reviews) <= 5
    assert len([d for d in load.follow_ups if d.due < today]) <= 5
    assert len(load.open_concerns) >= 1  # a concern not yet passed on
    assert deadlines.overdue_note_count(store, today) <= 6
    with store.read_session() as s:
        plans = s.scalars(select(ActionPlan)).all()
        assert {p.status for p in plans} >= {"draft", "agreed", "completed"}
        assert all(p.child_perspective for p in plans)
        assert s.scalar(select(func.count()).select_from(Review)) > 40
        assert s.scalar(select(func.count()).select_from(Addendum)) > 0
        assert s.scalar(select(func.count()).select_from(ConcernNotice)) > 0
        instruments = set(s.scalars(select(Measurement.instrument).distinct()))
        assert {"WHO-5", "everyday-structure", "parenting-competence"} <= instruments
        kinds = set(s.scalars(select(ContactSession.kind).distinct()))
        assert kinds == set(SESSION_KINDS)
        placed = s.scalar(select(func.count()).select_from(Member).where(Member.role == "child"))
        assert placed
        assert s.scalar(select(func.count()).select_from(Professional)) > 0
