"""Fuzzing the validator: any JSON value yields problems, never an exception;
and whatever the validator passes, the writer can write."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from famdesk.core.interchange import validate_document, write_document
from famdesk.core.interchange_export import read_document
from famdesk.db.store import Store, open_store

VALID = Path(__file__).resolve().parents[1] / "fixtures" / "interchange" / "valid_two_families.json"
BASE = json.loads(VALID.read_text(encoding="utf-8"))

json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=20)
    | st.sampled_from(["famdesk", "2025-02-30", "2025-10-01T09:30:00+02:00", "010190-1234"]),
    lambda children: (
        st.lists(children, max_size=4)
        | st.dictionaries(st.text(max_size=8) | st.sampled_from(list(BASE)), children, max_size=4)
    ),
    max_leaves=12,
)


def _paths(node: object, prefix: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    yield prefix
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _paths(value, (*prefix, key))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from _paths(value, (*prefix, i))


PATHS = [p for p in _paths(BASE) if p]


def _v2_base() -> dict[str, Any]:
    """The fixture as version 2 with a register of sites, a placed match and a conversation."""
    from tests.refusals import _v2

    doc = json.loads(json.dumps(BASE))
    _v2(doc)
    return doc


BASE_V2 = _v2_base()
#: The parts version 2 added: the register, the child's matches and conversations.
PATHS_V2 = [
    p for p in _paths(BASE_V2)
    if p and (p[0] == "placement_sites" or "matches" in p or "conversations" in p)
]


def _replaced(
    path: tuple[Any, ...], value: object, base: dict[str, Any] = BASE
) -> dict[str, Any]:
    doc = json.loads(json.dumps(base))
    node = doc
    for key in path[:-1]:
        node = node[key]
    node[path[-1]] = value
    return doc


def _assert_well_formed(errors: list[Any]) -> None:
    assert isinstance(errors, list)
    for e in errors:
        text = str(e)
        assert text == f"{e.path}: {e.problem}"
        assert "\n" not in text and e.path.startswith("$")
        assert "internal error" not in text


@pytest.fixture(scope="module")
def memory_store() -> Iterator[Store]:
    store = open_store(":memory:", "fuzz", create=True)
    yield store
    store.close()


@settings(max_examples=300, deadline=None)
@given(json_values)
def test_any_json_value_gives_problems_not_exceptions(value: object) -> None:
    _assert_well_formed(validate_document(value))


@settings(max_examples=300, deadline=None)
@given(st.dictionaries(st.sampled_from(["format", "version", "families", "extra"]), json_values))
def test_any_envelope_gives_problems_not_exceptions(value: dict[str, Any]) -> None:
    value.setdefault("format", "famdesk")
    value.setdefault("version", 1)
    _assert_well_formed(validate_document(value))


@settings(
    max_examples=400,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(st.sampled_from(PATHS), json_values)
def test_a_valid_file_with_one_part_replaced_is_checked_or_written(
    memory_store: Store, path: tuple[Any, ...], value: object
) -> None:
    doc = _replaced(path, value)
    errors = validate_document(doc)
    _assert_well_formed(errors)
    if not errors:
        # Whatever passes validation must write without a database error.
        with memory_store.read_session() as s:
            write_document(s, doc)
            s.rollback()


@settings(
    max_examples=400,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(st.sampled_from(PATHS_V2), json_values)
def test_a_version_2_file_with_one_part_of_a_match_replaced_is_checked_or_written(
    memory_store: Store, path: tuple[Any, ...], value: object
) -> None:
    doc = _replaced(path, value, BASE_V2)
    errors = validate_document(doc)
    _assert_well_formed(errors)
    if not errors:
        with memory_store.read_session() as s:
            write_document(s, doc)
            s.rollback()


storable_text = st.text(
    st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=60
)
#: What a name may hold: no control characters, line breaks or direction overrides.
name_text = st.text(
    st.characters(
        blacklist_categories=("Cs", "Cc", "Zl", "Zp"),
        blacklist_characters="\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069",
    ),
    max_size=60,
)


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(
    notes=storable_text,
    addendum=storable_text.filter(str.strip),
    name=name_text.filter(str.strip).map(lambda s: s[:200]),
    score=st.floats(min_value=0, max_value=40, allow_nan=False),
    minute=st.integers(0, 59),
    offset=st.sampled_from(["+00:00", "+01:00", "-09:30", "+13:45"]),
)
def test_text_times_and_scores_survive_a_round_trip(
    memory_store: Store,
    notes: str,
    addendum: str,
    name: str,
    score: float,
    minute: int,
    offset: str,
) -> None:
    doc = json.loads(json.dumps(BASE))
    fam = doc["families"][0]
    fam["name"] = name
    fam["sessions"][0]["notes"] = notes
    fam["sessions"][0]["addenda"][0]["text"] = addendum
    fam["sessions"][1]["start"] = f"2025-11-12T13:{minute:02d}:00{offset}"
    fam["measurements"][3]["score"] = score
    assert validate_document(doc) == []
    with memory_store.read_session() as s:
        write_document(s, doc)
        back = read_document(s)
        s.rollback()
    got = back["families"][0]
    assert got["name"] == name
    assert got["sessions"][0]["notes"] == notes
    assert got["sessions"][0]["addenda"][0]["text"] == addendum
    assert [x["start"] for x in got["sessions"]][1] == fam["sessions"][1]["start"]
    assert got["measurements"][3]["score"] == score
