"""Note search on a team server finds what the file finds, and only the worker's own.

The same notes go into an encrypted file and into a team database; every
query must give the same sessions, in the same newest-first order, on both.
The notes mix what a worker writes: Danish letters, hyphens, times, e-mail
addresses, numbers, quotes and words a stemmer would shorten.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from famdesk.core import search, sessions
from famdesk.core.search import search_sessions
from famdesk.core.sessions import SessionInput
from famdesk.db.store import Store, open_store
from tests.core.session_fixtures import make_family
from tests.server.conftest import Team

CET = timezone(timedelta(hours=1))
_TEXT = (
    "børnehave børne børn barn Børnehaven skole skolen hjem hjemme mor far Frøja Ærø ærø "
    "aftale aftaler aftalt samvær sengetid morgenrutine rolig uro bekymring netværk "
    "plejefamilie anbragt åben Åse øl smør e-mail post@kommune.dk 12:30 3,5 3.5 kl. "
    "2026 FB-2026-001 co-parenting non-stop x y a i og at det der"
)
WORDS = _TEXT.split(" ")
PUNCTUATION = (" ", " ", " ", ", ", ". ", " - ", "; ", " (", ") ", ": ", "/", "\n", " »", "« ")
QUERIES = [
    "børne", "børnehave", "Børnehaven", "BØRNE", "barn", "skole hjem", "mor far", "ærø",
    "Ærø", "aftal", "aftale", "samvær", "e-mail", "mail", "post@kommune.dk", "kommune",
    "12:30", "30", "3,5", "3.5", "kl", "2026", "FB-2026", "fb", "co-parenting", "parent",
    "non", "x", "a", "i og", '"mor far"', '"far mor"', '"hjem skole"', '"sengetid morgen"',
    "sengetid morgen", "morgen", "NOT børne", "børne OR skole", "(børne", "summary:mor",
    "bø*", "uro*", "øl", "å", "åb", "Åse", "smør", "z", "", "   ", "»", "netværk plejefamilie",
]


def _note(rng: random.Random, n: int) -> str:
    out = []
    for _ in range(n):
        out.append(rng.choice(WORDS))
        out.append(rng.choice(PUNCTUATION))
    return "".join(out).strip()


def _fill(store: Store, seed: int) -> list[str]:
    """The same families, sessions and addenda every time for the same seed."""
    rng = random.Random(seed)
    fams = [make_family(store, reference=f"FB-{i}", name=f"Familien {i}") for i in range(3)]
    uids = []
    for i in range(60):
        fam = fams[i % 3]
        start = datetime(2026, 1, 1, 9, 0, tzinfo=CET) + timedelta(hours=7 * i + i % 4)
        data = SessionInput(
            kind="home-visit",
            start=start,
            summary=_note(rng, 3),
            notes=_note(rng, 12),
            assessment=_note(rng, 5),
            agreements=_note(rng, 4),
        )
        uid = sessions.create_session(store, fam.uid, data)
        if i % 5 == 0:
            sessions.finalize_session(store, uid)
            sessions.add_addendum(store, uid, _note(rng, 4))
            sessions.add_addendum(store, uid, _note(rng, 3))
        uids.append(uid)
    return uids


@pytest.fixture
def both(team: Team, tmp_path: Path, passphrase: str) -> Iterator[tuple[Store, Store]]:
    file_store = open_store(tmp_path / "file.famdesk", passphrase, create=True)
    server = team.open(team.lead_url)
    _fill(file_store, 11)
    _fill(server, 11)
    try:
        yield file_store, server
    finally:
        file_store.close()


def _found(store: Store, query: str, **kw: object) -> list[tuple[str, str]]:
    hits = search_sessions(store, query, limit=500, **kw)  # type: ignore[arg-type]
    # The uids differ between the stores; the session's start and summary do not.
    return [(h.start.isoformat(), h.snippet) for h in hits]


def test_every_query_finds_the_same_notes_in_the_same_order(both: tuple[Store, Store]) -> None:
    file_store, server = both
    found_something = 0
    for query in QUERIES:
        in_file = _found(file_store, query)
        assert _found(server, query) == in_file, query
        found_something += bool(in_file)
    assert found_something > len(QUERIES) // 2  # the queries do find notes


def test_pages_and_the_family_filter_agree(both: tuple[Store, Store]) -> None:
    file_store, server = both
    family = {id(s): search.search_sessions(s, "børne", limit=1)[0].family_uid for s in both}
    for query in ("børne", "aftale", "skole hjem"):
        for offset in (0, 3, 10):
            a = search_sessions(file_store, query, limit=4, offset=offset)
            b = search_sessions(server, query, limit=4, offset=offset)
            assert [h.start for h in a] == [h.start for h in b], (query, offset)
        a = search_sessions(file_store, query, family_uid=family[id(file_store)], limit=500)
        b = search_sessions(server, query, family_uid=family[id(server)], limit=500)
        assert [h.start for h in a] == [h.start for h in b], query
        # Ranked: the same notes (the order is each database's own relevance).
        a = search_sessions(file_store, query, limit=500, order="rank")
        b = search_sessions(server, query, limit=500, order="rank")
        assert sorted(h.start for h in a) == sorted(h.start for h in b), query


def test_a_note_is_found_for_its_worker_only(team: Team) -> None:
    anna, anna_url = team.add("anna")
    _, bo_url = team.add("bo")
    as_anna = team.open(anna_url)
    fam = make_family(as_anna)
    sessions.create_session(
        as_anna,
        fam.uid,
        SessionInput(kind="office", start=datetime(2026, 2, 2, 10, 0, tzinfo=CET),
                     notes="Frøja har fået plads i børnehaven Solsikken"),
    )
    assert [h.family_uid for h in search_sessions(as_anna, "solsik")] == [fam.uid]
    assert search_sessions(team.open(bo_url), "solsik") == []
    assert search_sessions(team.open(bo_url), "solsik", order="rank") == []
    assert [h.family_uid for h in search_sessions(team.open(team.lead_url), "solsik")] == [
        fam.uid
    ]
    # A worker cannot read the index around the search function.
    from tests.server.test_server_schema import psql

    r = psql(bo_url, "SELECT count(*) FROM session_search")
    assert r.returncode != 0 and "permission denied" in r.stderr
