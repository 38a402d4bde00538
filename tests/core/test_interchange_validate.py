"""Validation of interchange documents: each category of problem, with the
path and the one-line text a worker reads."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from famdesk.core.interchange import (
    InterchangeError,
    parse_document,
    validate_document,
)

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "interchange"
VALID = FIXTURES / "valid_two_families.json"

F0 = "$.families[0]"
F1 = "$.families[1]"
MOTHER, CHILD, NETWORK = (f"a0000000-0000-4000-8000-00000000000{i}" for i in (1, 2, 3))
FATHER_F2 = "a0000000-0000-4000-8000-000000000004"
GOAL1, GOAL2 = "d0000000-0000-4000-8000-000000000001", "d0000000-0000-4000-8000-000000000002"


def valid_doc() -> dict[str, Any]:
    return json.loads(VALID.read_text(encoding="utf-8"))


def problems(doc: object) -> list[str]:
    return [str(e) for e in validate_document(doc)]


def test_the_valid_fixture_has_no_problems() -> None:
    assert problems(parse_document(VALID.read_bytes())) == []


def test_every_error_is_a_path_and_a_one_line_problem() -> None:
    doc = valid_doc()
    doc["families"][0]["notes"] = 5
    (error,) = validate_document(doc)
    assert isinstance(error, InterchangeError)
    assert error.path == f"{F0}.notes"
    assert error.problem == "expected text, got the number 5"
    assert str(error) == f"{F0}.notes: expected text, got the number 5"
    assert "\n" not in str(error)


# --- JSON syntax and the envelope ------------------------------------------------------


def test_json_syntax_error_names_line_and_column() -> None:
    with pytest.raises(InterchangeError) as exc:
        parse_document((FIXTURES / "invalid_syntax.json").read_bytes())
    assert exc.value.path == "$"
    assert exc.value.problem.startswith("invalid JSON at line 3 column 16: ")


def test_nan_is_not_json() -> None:
    with pytest.raises(InterchangeError, match="NaN is not allowed"):
        parse_document('{"format": "famdesk", "version": 1, "families": [], "x": NaN}')


def test_not_utf8_is_refused() -> None:
    with pytest.raises(InterchangeError, match=r"^\$: not UTF-8 text"):
        parse_document(b'{"name": "\xe6"}')


def test_a_file_of_another_format_is_refused_with_one_problem() -> None:
    doc = parse_document((FIXTURES / "invalid_not_famdesk.json").read_bytes())
    assert problems(doc) == [
        '$.format: expected "famdesk", got the text "vcard": this is not a famdesk interchange file'
    ]


def test_a_newer_version_is_refused() -> None:
    doc = valid_doc()
    doc["version"] = 3
    assert problems(doc) == [
        "$.version: version 3 is newer than this famdesk reads (version 2); update famdesk"
    ]


def test_version_true_is_not_1() -> None:
    doc = valid_doc()
    doc["version"] = True
    assert problems(doc) == ["$.version: expected 1 or 2, got true"]


def test_not_an_object() -> None:
    assert problems([1, 2]) == ["$: expected a famdesk document (a JSON object), got a list"]


def test_exported_at_is_optional_but_must_be_a_time() -> None:
    doc = valid_doc()
    del doc["exported_at"]
    assert problems(doc) == []
    doc["exported_at"] = "yesterday"
    assert problems(doc) == [
        "$.exported_at: expected a time with offset like 2026-03-01T09:30:00+01:00, "
        'got the text "yesterday"'
    ]


# --- a file with several problems reports all of them -------------------------------------


def test_all_problems_are_reported_in_document_order() -> None:
    doc = parse_document((FIXTURES / "invalid_many_problems.json").read_bytes())
    assert problems(doc) == [
        "$.colour: unknown key: not part of the famdesk format",
        f'{F0}.status: expected one of active, paused, closed; got the text "open"',
        f"{F0}.members[0].cpr: not a valid CPR number: no such date 31-02",
        f"{F0}.members[0].placement.since: no such date 2023-02-29",
        f"{F0}.sessions[0].start: a time needs its UTC offset, like "
        '2026-03-01T09:30:00+01:00, got the text "2025-10-01T09:30:00"',
        f"{F0}.sessions[0].member_uids[0]: a0000000-0000-4000-8000-000000000099 "
        "is not a member of this family",
    ]


# --- one mutation, one problem -------------------------------------------------------------

Mutation = Callable[[dict[str, Any]], None]


def fam(doc: dict[str, Any], i: int = 0) -> dict[str, Any]:
    return doc["families"][i]


def set_(getter: Callable[[dict[str, Any]], dict[str, Any]], key: str, value: Any) -> Mutation:
    def apply(doc: dict[str, Any]) -> None:
        getter(doc)[key] = value

    return apply


def member(i: int, f: int = 0) -> Callable[[dict[str, Any]], dict[str, Any]]:
    return lambda d: fam(d, f)["members"][i]


def plan(d: dict[str, Any]) -> dict[str, Any]:
    return fam(d)["plans"][0]


def goal(d: dict[str, Any]) -> dict[str, Any]:
    return plan(d)["goals"][0]


def review(d: dict[str, Any]) -> dict[str, Any]:
    return plan(d)["reviews"][0]


def session(i: int) -> Callable[[dict[str, Any]], dict[str, Any]]:
    return lambda d: fam(d)["sessions"][i]


def meas(i: int) -> Callable[[dict[str, Any]], dict[str, Any]]:
    return lambda d: fam(d)["measurements"][i]


def delete(getter: Callable[[dict[str, Any]], dict[str, Any]], key: str) -> Mutation:
    return lambda d: getter(d).pop(key)


CASES: list[tuple[str, Mutation, str]] = [
    # required and unknown keys, at every level
    ("missing key", delete(fam, "name"), f"{F0}.name: required key is missing"),
    ("missing top key", lambda d: d.pop("families"), "$.families: required key is missing"),
    (
        "unknown nested key",
        set_(lambda d: member(1)(d)["placement"], "colour", "blue"),
        f"{F0}.members[1].placement.colour: unknown key: not part of the famdesk format",
    ),
    (
        "unknown key with odd name",
        set_(session(0), "my key", 1),
        f'{F0}.sessions[0]["my key"]: unknown key: not part of the famdesk format',
    ),
    # types: bool is not int, int is not bool
    (
        "bool field given 1",
        set_(fam, "risk_of_placement", 1),
        f"{F0}.risk_of_placement: expected true or false, got the number 1",
    ),
    (
        "int field given true",
        set_(session(0), "duration_minutes", True),
        f"{F0}.sessions[0].duration_minutes: expected a whole number 0-1440, got true",
    ),
    (
        "duration out of range",
        set_(session(0), "duration_minutes", 1441),
        f"{F0}.sessions[0].duration_minutes: must be 0-1440, got 1441",
    ),
    (
        "list given object",
        set_(fam, "members", {}),
        f"{F0}.members: expected a list, got an object",
    ),
    (
        "family not an object",
        lambda d: d["families"].append("x"),
        '$.families[2]: expected a family (an object), got the text "x"',
    ),
    # dates and times
    (
        "impossible date",
        set_(fam, "start_date", "2025-02-30"),
        f"{F0}.start_date: no such date 2025-02-30",
    ),
    (
        "date in another form",
        set_(fam, "start_date", "1/9/2025"),
        f'{F0}.start_date: expected a date YYYY-MM-DD, got the text "1/9/2025"',
    ),
    (
        "compact ISO date is not the format",
        set_(fam, "start_date", "20250901"),
        f'{F0}.start_date: expected a date YYYY-MM-DD, got the text "20250901"',
    ),
    (
        "time without offset",
        set_(session(1), "start", "2025-11-12T13:00:00"),
        f"{F0}.sessions[1].start: a time needs its UTC offset, like 2026-03-01T09:30:00+01:00, "
        'got the text "2025-11-12T13:00:00"',
    ),
    (
        "impossible time",
        set_(session(1), "start", "2025-11-12T25:00:00+01:00"),
        f'{F0}.sessions[1].start: no such time "2025-11-12T25:00:00+01:00"',
    ),
    # enums
    (
        "plan status",
        set_(plan, "status", "Agreed"),
        f"{F0}.plans[0].status: expected one of draft, agreed, completed, cancelled; "
        'got the text "Agreed"',
    ),
    (
        "nullable enum",
        set_(goal, "ics_dimension", "school-life"),
        f"{F0}.plans[0].goals[0].ics_dimension: expected one of health, development-behaviour, "
        "school, leisure-friends, safe-care, stimulation-guidance, relationships, "
        "family-background, housing-work-finances, network, or null; "
        'got the text "school-life"',
    ),
    (
        "member role",
        set_(member(0), "role", ["mother"]),
        f"{F0}.members[0].role: expected one of mother, father, parent, step-parent, "
        "foster-parent, guardian, child, sibling, network; got a list",
    ),
    # scale scores
    (
        "baseline above 10",
        set_(goal, "baseline_score", 11),
        f"{F0}.plans[0].goals[0].baseline_score: must be 0-10, got 11",
    ),
    (
        "baseline as float",
        set_(goal, "baseline_score", 3.0),
        f"{F0}.plans[0].goals[0].baseline_score: expected a whole number 0-10, got the number 3.0",
    ),
    (
        "review score out of range",
        lambda d: review(d)["goal_scores"].update({GOAL1: -1}),
        f'{F0}.plans[0].reviews[0].goal_scores["{GOAL1}"]: must be 0-10, got -1',
    ),
    # instruments
    (
        "WHO-5 sum",
        set_(meas(0), "score", 48),
        f"{F0}.measurements[0].score: WHO-5 score is the item sum x 4 = 44, got 48",
    ),
    (
        "WHO-5 item range",
        set_(meas(0), "items", [2, 3, 2, 1, 7]),
        f"{F0}.measurements[0].items[4]: WHO-5 items run 0-5, got 7",
    ),
    (
        "licensed instrument with items",
        set_(meas(2), "items", [1, 2, 3]),
        f"{F0}.measurements[2].items: SDQ-total is a licensed questionnaire: record its score "
        "only, with an empty items list",
    ),
    (
        "ORS range",
        set_(meas(3), "score", 40.5),
        f"{F0}.measurements[3].score: ORS scores run 0-40, got 40.5",
    ),
    (
        "scale with two items",
        set_(meas(1), "items", [4, 4]),
        f"{F0}.measurements[1].items: parenting-competence takes no items or the one answer, "
        "got 2 items",
    ),
    (
        "unknown instrument that is not a name",
        set_(meas(4), "instrument", "<script>"),
        f"{F0}.measurements[4].instrument: '<script>' does not look like an instrument name",
    ),
    (
        "unknown instrument with text items",
        set_(meas(4), "items", ["high"]),
        f"{F0}.measurements[4].items[0]: expected a number",
    ),
    (
        "score as text",
        set_(meas(4), "score", "3.5"),
        f"{F0}.measurements[4].score: expected a number",
    ),
    # uids
    (
        "uppercase uid",
        set_(fam, "uid", "F0000000-0000-4000-8000-000000000001"),
        f"{F0}.uid: not a uid: expected a lowercase UUID",
    ),
    (
        "uid as number",
        set_(fam, "uid", 1),
        f"{F0}.uid: expected a uid (UUID text), got the number 1",
    ),
    (
        "duplicate uid across kinds",
        set_(lambda d: goal(d)["steps"][0], "uid", MOTHER),
        f"{F0}.plans[0].goals[0].steps[0].uid: duplicate uid {MOTHER}: already used by the "
        f"member at {F0}.members[0]",
    ),
    (
        "duplicate uid across families",
        set_(lambda d: fam(d, 1)["measurements"][0], "uid", CHILD),
        f"{F1}.measurements[0].uid: duplicate uid {CHILD}: already used by the member at "
        f"{F0}.members[1]",
    ),
    (
        "shared professional with different fields",
        set_(lambda d: fam(d, 1)["professionals"][0], "phone", "+45 11 11 11 11"),
        f"{F1}.professionals[0].uid: professional b0000000-0000-4000-8000-000000000001 is shared "
        f"with {F0}.professionals[1] but its phone differ; a shared collaborator must be identical",
    ),
    (
        "professional twice in a family",
        lambda d: fam(d, 1)["professionals"].append(dict(fam(d, 1)["professionals"][0])),
        f"{F1}.professionals[1].uid: professional b0000000-0000-4000-8000-000000000001 is "
        "listed twice in this family",
    ),
    # references
    (
        "plan member from another family",
        lambda d: plan(d)["member_uids"].append(FATHER_F2),
        f"{F0}.plans[0].member_uids[2]: {FATHER_F2} is not a member of this family",
    ),
    (
        "plan member listed twice",
        lambda d: plan(d)["member_uids"].append(MOTHER),
        f"{F0}.plans[0].member_uids[2]: {MOTHER} is listed twice",
    ),
    (
        "session goal unknown",
        lambda d: fam(d, 1)["sessions"][0]["goal_uids"].append(GOAL1),
        f"{F1}.sessions[0].goal_uids[0]: {GOAL1} is not a goal of this family's plans",
    ),
    (
        "session professional not in family",
        lambda d: fam(d, 1)["sessions"][0]["professional_uids"].append(
            "b0000000-0000-4000-8000-000000000002"
        ),
        f"{F1}.sessions[0].professional_uids[1]: b0000000-0000-4000-8000-000000000002 is not "
        "a professional of this family",
    ),
    (
        "review scores a goal of no plan",
        lambda d: review(d)["goal_scores"].update({"d0000000-0000-4000-8000-000000000009": 4}),
        f'{F0}.plans[0].reviews[0].goal_scores["d0000000-0000-4000-8000-000000000009"]: '
        "d0000000-0000-4000-8000-000000000009 is not a goal of this plan",
    ),
    (
        "measurement of a member of another family",
        set_(meas(0), "member_uid", FATHER_F2),
        f"{F0}.measurements[0].member_uid: {FATHER_F2} is not a member of this family",
    ),
    # consistency
    (
        "family ends before it starts",
        set_(lambda d: fam(d, 1), "end_date", "2023-12-31"),
        f"{F1}.end_date: ends 2023-12-31 before it starts (2024-01-08)",
    ),
    (
        "closed family without end date",
        set_(lambda d: fam(d, 1), "end_date", None),
        f"{F1}.end_date: a closed family needs an end date",
    ),
    (
        "placed before birth",
        set_(lambda d: member(1)(d)["placement"], "since", "2015-03-11"),
        f"{F0}.members[1].placement.since: placed 2015-03-11, before the child's birth date "
        "2015-03-12",
    ),
    (
        "finalized before start",
        set_(session(0), "finalized_at", "2025-10-01T09:00:00+02:00"),
        f"{F0}.sessions[0].finalized_at: finalized 2025-10-01T09:00:00+02:00, before the "
        "session starts (2025-10-01T09:30:00+02:00)",
    ),
    (
        "finalized before start across offsets",
        set_(session(0), "finalized_at", "2025-10-01T07:00:00+00:00"),
        f"{F0}.sessions[0].finalized_at: finalized 2025-10-01T07:00:00+00:00, before the "
        "session starts (2025-10-01T09:30:00+02:00)",
    ),
    (
        "addendum before finalized",
        lambda d: session(0)(d)["addenda"][0].update(at="2025-10-01T13:59:00+02:00"),
        f"{F0}.sessions[0].addenda[0].at: written 2025-10-01T13:59:00+02:00, before the note "
        "was finalized (2025-10-01T14:00:00+02:00)",
    ),
    (
        "addenda on a session not finalized",
        set_(session(0), "finalized_at", None),
        f"{F0}.sessions[0].addenda: a session that is not finalized cannot have addenda; "
        "edit the note instead",
    ),
    (
        "agreed before created",
        set_(plan, "agreed_on", "2025-09-01"),
        f"{F0}.plans[0].agreed_on: agreed 2025-09-01, before the plan was created (2025-09-10)",
    ),
    (
        "agreed plan without agreed_on",
        set_(plan, "agreed_on", None),
        f"{F0}.plans[0].agreed_on: a plan with status agreed needs the date it was agreed",
    ),
    # CPR
    (
        "CPR impossible date",
        set_(member(0), "cpr", "310288-1236"),
        f"{F0}.members[0].cpr: not a valid CPR number: no such date 31-02",
    ),
    (
        "CPR without dash",
        set_(member(0), "cpr", "2306881236"),
        f"{F0}.members[0].cpr: not a valid CPR number: expected the form DDMMYY-NNNN (ten digits)",
    ),
    (
        "CPR and birth date disagree",
        set_(member(0), "birth_date", "1988-06-24"),
        f"{F0}.members[0].birth_date: 1988-06-24 does not agree with the CPR number's date "
        "1988-06-23",
    ),
    (
        "substitute CPR must agree as well",
        set_(member(0, 1), "birth_date", "1975-10-06"),
        f"{F1}.members[0].birth_date: 1975-10-06 does not agree with the CPR number's date "
        "1975-10-05",
    ),
    # text
    ("empty name", set_(fam, "name", "  "), f"{F0}.name: a name is required"),
    (
        "too long",
        set_(fam, "reference", "x" * 65),
        f"{F0}.reference: too long: 65 characters, at most 64",
    ),
    (
        "NUL in text",
        set_(session(0), "notes", "a\x00b"),
        f"{F0}.sessions[0].notes: contains a character that cannot be stored (NUL or a lone "
        "surrogate)",
    ),
    (
        "lone surrogate",
        set_(session(0), "summary", "a\ud800b"),
        f"{F0}.sessions[0].summary: contains a character that cannot be stored (NUL or a lone "
        "surrogate)",
    ),
]


@pytest.mark.parametrize(
    ("mutation", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_one_problem_is_reported_where_it_is(mutation: Mutation, expected: str) -> None:
    doc = valid_doc()
    mutation(doc)
    found = problems(doc)
    assert len(found) == 1, found
    assert found[0].startswith(expected), found[0]


def test_a_note_text_is_never_echoed_in_a_message() -> None:
    doc = valid_doc()
    doc["families"][0]["sessions"][0]["notes"] = "Fortroligt " * 10 + "\x00"
    (error,) = validate_document(doc)
    assert "Fortroligt" not in str(error)


def test_times_compare_as_moments_not_as_text() -> None:
    doc = valid_doc()
    # 08:00 UTC is 10:00 in Copenhagen summer time: after the 09:30 start.
    doc["families"][0]["sessions"][0]["finalized_at"] = "2025-10-01T08:00:00+00:00"
    doc["families"][0]["sessions"][0]["addenda"][0]["at"] = "2025-10-01T10:05:00+02:00"
    assert problems(doc) == []


def test_a_broken_list_does_not_cascade_into_reference_errors() -> None:
    doc = valid_doc()
    doc["families"][0]["plans"][0]["goals"] = "none"
    assert problems(doc) == [f'{F0}.plans[0].goals: expected a list, got the text "none"']
