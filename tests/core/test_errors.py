"""The error model: every code core raises has its sentence in Danish and English."""

from __future__ import annotations

import ast
import re
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

from famdesk.core import words
from famdesk.core.errors import (
    DATE_PARAMS,
    LABEL_PARAMS,
    Code,
    FieldError,
    NotFound,
    ValidationFailed,
)

CORE = Path(__file__).resolve().parents[2] / "famdesk"


def catalogue_gaps(table: Mapping[str, Any], codes: Iterable[str]) -> list[str]:
    """Each code without a Danish and an English sentence using the same placeholders."""
    gaps = []
    for code in codes:
        entry = table.get(code)
        if not isinstance(entry, Mapping):
            gaps.append(f"{code}: no sentence in resources/words/errors.toml")
            continue
        texts = {lang: entry.get(lang) for lang in ("da", "en")}
        empty = [
            lang for lang, text in texts.items() if not isinstance(text, str) or not text.strip()
        ]
        if empty:
            gaps.append(f"{code}: no {' or '.join(empty)} sentence")
            continue
        da, en = (words.placeholders(texts[lang]) for lang in ("da", "en"))
        if da != en:
            gaps.append(f"{code}: Danish has {sorted(da)}, English {sorted(en)}")
    return gaps


def test_every_error_code_has_a_danish_and_an_english_sentence_with_the_same_placeholders():
    """Every member of Code, the not-found codes NotFound builds among them."""
    codes = [code.value for code in Code]
    assert {f"{e}.not_found" for e in _not_found_entities()} <= set(codes)
    assert catalogue_gaps(words.sentences_table(), codes) == []


def test_the_catalogue_check_fails_for_a_missing_language_or_placeholder():
    table = dict(words.sentences_table())
    codes = [code.value for code in Code]
    table["plan.goals.required"] = {"en": table["plan.goals.required"]["en"]}
    table["family.not_found"] = {"da": "Familien findes ikke.", "en": "No family {uid}."}
    table["session.not_found"] = {"da": "Kontakten findes ikke.", "en": " "}
    del table["member.not_found"]
    assert catalogue_gaps(table, codes) == [
        "family.not_found: Danish has [], English ['uid']",
        "member.not_found: no sentence in resources/words/errors.toml",
        "session.not_found: no en sentence",
        "plan.goals.required: no da sentence",
    ]


def test_codes_are_dotted_lowercase_words():
    for code in Code:
        assert re.fullmatch(r"[a-z][a-z_]*(\.[a-z][a-z_]*)+", code.value), code


#: Where each call that raises a NotFound names its entity (the argument's position).
_ENTITY_AT = {"NotFound": 0, "row_by_uid": 2}
#: The one raise that passes an entity on: core.lookup.row_by_uid's own.
_PASSED_ON = ("famdesk/core/lookup.py", "NotFound")


def _not_found_entities() -> set[str]:
    """The entity of every ``NotFound(...)`` and ``row_by_uid(...)``; each must be a literal."""
    entities: set[str] = set()
    for path, tree in _sources():
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or _name(node.func) not in _ENTITY_AT:
                continue
            if (path.as_posix(), _name(node.func)) == _PASSED_ON:
                continue
            at = _ENTITY_AT[_name(node.func)]
            entity = node.args[at] if len(node.args) > at else None
            assert isinstance(entity, ast.Constant) and isinstance(entity.value, str), (
                f"{path}:{node.lineno}: name the entity as a literal, to check its code"
            )
            entities.add(entity.value)
    return entities


def test_every_not_found_core_raises_is_a_known_code_whose_sentence_fills():
    entities = _not_found_entities()
    assert {"family", "plan", "session"} <= entities  # the scan found the raises
    for entity in entities:
        exc = NotFound(entity, "f-1")
        assert exc.code in {c.value for c in Code}, entity
        for lang in ("da", "en"):
            assert "{" not in words.sentence(exc.code, lang, **exc.params), (entity, lang)


def _sources() -> Iterator[tuple[Path, ast.Module]]:
    for path in sorted(CORE.rglob("*.py")):
        yield path.relative_to(CORE.parent), ast.parse(path.read_text("utf-8"))


def _name(func: ast.expr) -> str:
    if isinstance(func, ast.Name):
        return func.id
    return func.attr if isinstance(func, ast.Attribute) else ""


def _code_of(node: ast.expr) -> str | None:
    """``Code.X`` → its value; anything else → None."""
    is_code = isinstance(node, ast.Attribute) and _name(node.value) == "Code"
    return Code[node.attr].value if is_code else None  # type: ignore[attr-defined]


def _params_given(call: ast.Call, code_at: int | None) -> set[str] | None:
    """The params a call gives by name, or None when it builds them elsewhere.

    Keywords (``agreed=…``) and a dict literal after the code count;
    ``**params`` or a variable holding them cannot be read here.
    """
    given = {k.arg for k in call.keywords if k.arg not in (None, "field")}
    if any(k.arg is None for k in call.keywords):
        return None
    for arg in call.args[code_at + 1 :] if code_at is not None else []:
        if isinstance(arg, ast.Constant | ast.JoinedStr | ast.BinOp):
            continue  # the English message (CoreError(code, message, …))
        if not isinstance(arg, ast.Dict) or not all(isinstance(k, ast.Constant) for k in arg.keys):
            return None
        given |= {str(k.value) for k in arg.keys if isinstance(k, ast.Constant)}
    return given


def unfilled_sentences() -> list[str]:
    """Every place that raises a code without the params its sentence names.

    The tests of a code whose params are built elsewhere cover it instead.
    """
    table = words.sentences_table()
    found = []
    for path, tree in _sources():
        for call in (n for n in ast.walk(tree) if isinstance(n, ast.Call)):
            positional = [_code_of(a) for a in call.args]
            keyword = [_code_of(k.value) for k in call.keywords]
            codes = [c for c in [*positional, *keyword] if c is not None]
            if not codes:
                continue
            at = next((i for i, c in enumerate(positional) if c is not None), None)
            given = _params_given(call, at)
            if given is None:
                continue
            for code in codes:
                needed = words.placeholders(table[code]["da"]) | words.placeholders(
                    table[code]["en"]
                )
                if needed - given:
                    found.append(f"{path}:{call.lineno}: {code} without {sorted(needed - given)}")
    return found


def test_every_refusal_gives_the_params_its_sentence_names():
    """Else the worker reads "{agreed}" where a date belongs."""
    assert unfilled_sentences() == []


def test_a_code_is_always_a_member_of_code():
    """A code spelled as text ("required") has no sentence: the worker would read 'unknown'."""
    known = {c.value for c in Code}
    spelled = []
    for path, tree in _sources():
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = _name(node.func)
            code = None
            # FieldError(field, message, code) and ErrorCollector.add(field, message, code)
            if name in ("FieldError", "add") and len(node.args) >= 3:
                code = node.args[2]
            code = next((k.value for k in node.keywords if k.arg == "code"), code)
            if isinstance(code, ast.Constant) and code.value not in known:
                spelled.append(f"{path}:{node.lineno}: {code.value!r}")
    assert spelled == []


def test_date_and_label_params_are_placeholders_of_their_sentences():
    table = words.sentences_table()
    for code, names in [*DATE_PARAMS.items(), *LABEL_PARAMS.items()]:
        for lang in ("da", "en"):
            assert set(names) <= words.placeholders(table[code][lang]), (code, lang)


def test_a_status_in_a_sentence_is_its_label():
    assert words.sentence(Code.PLAN_FROZEN, "da", status="agreed") == (
        "Planen er aftalt og kan ikke ændres; lav en ny version."
    )
    assert words.sentence(Code.SESSION_NOT_PLANNED, "en", status="no-show") == (
        "The session is not planned (it is no-show)."
    )


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
