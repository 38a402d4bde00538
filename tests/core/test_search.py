"""Search across notes: Danish words, prefixes, snippets, order, audit, safety."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from session_fixtures import FamilyIds, make_family
from sqlalchemy import select

from famdesk.core import search, sessions
from famdesk.core.search import HIGHLIGHT_END, HIGHLIGHT_START, fts_query, search_sessions
from famdesk.core.sessions import SessionInput
from famdesk.db.models import AuditEvent, ContactSession, Family
from famdesk.db.store import Store

CPH = ZoneInfo("Europe/Copenhagen")


def _log(store: Store, fam: FamilyIds, day: int, **texts: str) -> str:
    data = SessionInput(kind="home-visit", start=datetime(2026, 2, day, 10, 0, tzinfo=CPH), **texts)
    return sessions.create_session(store, fam.uid, data)


@pytest.fixture
def notes(store: Store) -> dict[str, str]:
    a = make_family(store)
    b = make_family(store, reference="FB-2026-002", name="Familien Bøgh")
    return {
        "fam_a": a.uid,
        "fam_b": b.uid,
        "kindergarten": _log(store, a, 2, notes="Frøja var glad for børnehaven i dag."),
        "siblings": _log(store, a, 5, summary="Søskende", assessment="Søskendekonflikter fylder."),
        "aeroe": _log(store, b, 7, agreements="Sommerferie på Ærø med mormor."),
        "school": _log(store, b, 9, notes="Skolen ringede; børnehaveklassen gik godt."),
    }


def _uids(hits: list[search.SearchHit]) -> list[str]:
    return [h.session_uid for h in hits]


def test_prefix_finds_danish_words(store: Store, notes: dict[str, str]) -> None:
    hits = search_sessions(store, "børne")
    assert _uids(hits) == [notes["school"], notes["kindergarten"]]  # newest first
    assert _uids(search_sessions(store, "børnehave")) == _uids(hits)
    assert _uids(search_sessions(store, "søskende")) == [notes["siblings"]]
    assert _uids(search_sessions(store, "SØSKENDE")) == [notes["siblings"]]
    assert _uids(search_sessions(store, "Ærø")) == [notes["aeroe"]]
    assert _uids(search_sessions(store, "ærø")) == [notes["aeroe"]]


def test_danish_letters_are_not_folded_away(store: Store, notes: dict[str, str]) -> None:
    assert search_sessions(store, "aero") == []
    assert search_sessions(store, "borne") == []


def test_all_words_must_match_and_phrases_stay_together(
    store: Store, notes: dict[str, str]
) -> None:
    assert _uids(search_sessions(store, "børne glad")) == [notes["kindergarten"]]
    assert _uids(search_sessions(store, '"glad for børne"')) == [notes["kindergarten"]]
    assert search_sessions(store, '"børnehaven glad"') == []


def test_snippet_highlights_the_match(store: Store, notes: dict[str, str]) -> None:
    (hit,) = search_sessions(store, "mormor")
    assert f"{HIGHLIGHT_START}mormor{HIGHLIGHT_END}" in hit.snippet
    assert hit.family_reference == "FB-2026-002" and hit.family_name == "Familien Bøgh"
    assert hit.kind == "home-visit" and hit.start == datetime(2026, 2, 7, 10, 0, tzinfo=CPH)
    pieces = search.split_highlights(hit.snippet)
    assert ("mormor", True) in pieces and all(HIGHLIGHT_START not in p for p, _ in pieces)


@pytest.mark.parametrize("family", [False, True])
def test_newest_first_is_the_timelines_order_through_every_page(
    store: Store, notes: dict[str, str], family: bool
) -> None:
    # The index is keyed by date (migration 0008); its order must be exactly
    # start, then id, newest first, also after a session is moved in time
    # and for sessions that start in the same minute.
    fam_uid = notes["fam_b"] if family else notes["fam_a"]

    def log(day: int, hour: int = 10) -> str:
        start = datetime(2026, 2, day, hour, 0, tzinfo=CPH)
        data = SessionInput(kind="home-visit", start=start, notes=f"Børnehaven, besøg {day}")
        return sessions.create_session(store, fam_uid, data)

    logged = [log(day) for day in (20, 3, 11, 11, 27)]
    moved = SessionInput(
        kind="home-visit",
        start=datetime(2026, 2, 25, 9, 0, tzinfo=CPH),
        notes="Børnehaven, flyttet",
    )
    sessions.update_session(store, logged[1], moved)
    scope = fam_uid if family else None
    pages = [
        _uids(search_sessions(store, "børne", scope, limit=2, offset=n)) for n in range(0, 12, 2)
    ]
    found = sum(pages, [])
    with store.read_session() as s:
        rows = s.execute(
            select(ContactSession.uid, ContactSession.start, ContactSession.id)
            .join(Family)
            .where(
                (ContactSession.notes.contains("ørne")) | (ContactSession.notes.contains("ØRNE"))
            )
            .where(Family.uid == fam_uid if family else True)  # type: ignore[arg-type]
        ).all()
    expected = [r.uid for r in sorted(rows, key=lambda r: (r.start, r.id), reverse=True)]
    assert found == expected
    assert len(found) == len(set(found)) >= 5


def test_ranking_is_among_the_newest_matches_only(
    store: Store, notes: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(search, "RANKED_MATCHES", 1)
    assert _uids(search_sessions(store, "børne", order="rank")) == [notes["school"]]
    monkeypatch.setattr(search, "RANKED_MATCHES", 5000)
    ranked = _uids(search_sessions(store, "børne", order="rank"))
    assert sorted(ranked) == sorted([notes["school"], notes["kindergarten"]])


def test_family_filter_and_paging(store: Store, notes: dict[str, str]) -> None:
    assert _uids(search_sessions(store, "børne", family_uid=notes["fam_a"])) == [
        notes["kindergarten"]
    ]
    assert _uids(search_sessions(store, "børne", limit=1)) == [notes["school"]]
    assert _uids(search_sessions(store, "børne", limit=1, offset=1)) == [notes["kindergarten"]]


def test_rank_orders_by_relevance(store: Store) -> None:
    fam = make_family(store)
    once = _log(store, fam, 20, notes="Vi talte kort om sengetider og meget andet i dag.")
    often = _log(store, fam, 1, summary="Sengetider", notes="Sengetider, sengetider, sengetider.")
    assert _uids(search_sessions(store, "sengetider")) == [once, often]
    assert _uids(search_sessions(store, "sengetider", order="rank")) == [often, once]
    assert _uids(search_sessions(store, "sengetider", family_uid=fam.uid, order="rank")) == [
        often,
        once,
    ]


def test_addenda_and_edits_are_searchable_at_once(store: Store) -> None:
    fam = make_family(store)
    uid = _log(store, fam, 3, notes="Kort samtale.")
    sessions.finalize_session(store, uid)
    assert search_sessions(store, "tandlæge") == []
    sessions.add_addendum(store, uid, "Frøja skal til tandlæge.")
    assert _uids(search_sessions(store, "tandlæ")) == [uid]
    draft = _log(store, fam, 4, notes="Første udkast.")
    data = sessions.get_session(store, draft).as_input()
    data.notes = "Andet udkast om cykelhjelm."
    sessions.update_session(store, draft, data)
    assert _uids(search_sessions(store, "cykel")) == [draft]
    assert search_sessions(store, "Første") == []


def test_each_search_is_audited_with_its_criteria_only(store: Store, notes: dict[str, str]) -> None:
    search_sessions(store, "børne", family_uid=notes["fam_a"])
    search_sessions(store, "")
    with store.read_session() as s:
        rows = list(s.scalars(select(AuditEvent).where(AuditEvent.action == "search")))
    assert [r.detail["query"] for r in rows] == ["børne", ""]
    assert rows[0].detail["family"] == notes["fam_a"] and rows[0].family_uid == notes["fam_a"]
    assert rows[0].detail["hits"] == 1
    assert "glad" not in repr(rows[0].detail)  # no note text in the audit


@pytest.mark.parametrize("text", ["", "   ", "!!!", '"', "()", "*", "-", "_"])
def test_text_without_words_gives_no_results(
    store: Store, notes: dict[str, str], text: str
) -> None:
    assert search_sessions(store, text) == []


@pytest.mark.parametrize(
    "text",
    ['børne"', "NOT børne", "børne OR", "summary:børne", "børne*", "(børne", "NEAR(a b)", "^børne"],
)
def test_fts_syntax_in_user_text_is_harmless(
    store: Store, notes: dict[str, str], text: str
) -> None:
    hits = search_sessions(store, text)
    assert all(h.session_uid for h in hits)


def test_snippet_marks_prefix_and_phrase_words() -> None:
    terms = search.highlight_terms(fts_query('børne "glad for"'))
    text = "I dag var Frøja glad for sin nye børnehave og for maden."
    snippet = search.make_snippet(["", text], terms)
    assert f"{HIGHLIGHT_START}børnehave{HIGHLIGHT_END}" in snippet
    assert f"{HIGHLIGHT_START}glad{HIGHLIGHT_END}" in snippet
    assert f"{HIGHLIGHT_START}forældre" not in snippet
    long = " ".join(["ord"] * 40 + ["børnehaven"] + ["ord"] * 40)
    cut = search.make_snippet([long], terms)
    assert cut.startswith("…") and cut.endswith("…") and "børnehaven" in cut


def test_query_parsing() -> None:
    assert fts_query("børne") == '"børne"*'
    assert fts_query("Ærø  OR  x") == '"ærø"* "or"* "x"'
    assert fts_query('"glad for" sengetid') == '"glad for"* "sengetid"*'
    assert fts_query("a-b") == '"a" "b"'
    assert fts_query("") == ""


@settings(max_examples=25, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(max_size=40))
def test_no_user_text_raises(store: Store, text: str) -> None:
    search_sessions(store, text)


def test_bad_order_is_refused(store: Store) -> None:
    with pytest.raises(ValueError, match="order"):
        search_sessions(store, "x", order="oldest")
