"""The error model: every code core raises has its sentence in Danish and English."""

from __future__ import annotations

import re
from pathlib import Path

from famdesk.core import words
from famdesk.core.errors import Code, FieldError, NotFound, ValidationFailed

CORE = Path(__file__).resolve().parents[2] / "famdesk"


def test_every_error_code_has_a_danish_and_an_english_sentence_with_the_same_placeholders():
    table = words.sentences_table()
    missing = [code.value for code in Code if code.value not in table]
    assert missing == []
    for code in Code:
        entry = table[code.value]
        assert entry["da"].strip() and entry["en"].strip(), code
        assert words.placeholders(entry["da"]) == words.placeholders(entry["en"]), code


def test_codes_are_dotted_lowercase_words():
    for code in Code:
        assert re.fullmatch(r"[a-z][a-z_]*(\.[a-z][a-z_]*)+", code.value), code


def test_every_not_found_core_raises_is_a_known_code():
    entities = set()
    for path in CORE.rglob("*.py"):
        entities |= set(re.findall(r'NotFound\(\s*"(\w+)"', path.read_text("utf-8")))
    assert entities  # the scan found the raises
    assert {f"{e}.not_found" for e in entities} <= {c.value for c in Code}


def test_a_refusal_carries_code_field_and_params():
    exc = NotFound("family", "f-1")
    assert (exc.code, exc.params, str(exc)) == ("family.not_found", {"uid": "f-1"}, exc.message)
    assert isinstance(exc, LookupError)
    failed = ValidationFailed(
        [FieldError("reference", "taken", Code.FAMILY_REFERENCE_TAKEN, {"reference": "FB-1"})]
    )
    assert (failed.code, failed.field, failed.params) == (
        "family.reference.taken",
        "reference",
        {"reference": "FB-1"},
    )
    assert words.sentence(failed.code, "da", **failed.params) == (
        "En anden familie har allerede sagsnummeret FB-1."
    )


def test_a_field_error_is_placed_under_a_json_path():
    err = FieldError("since", "in the future", Code.PLACEMENT_FUTURE)
    assert err.at("$.families[0].members[1].placement").field == (
        "$.families[0].members[1].placement.since"
    )
