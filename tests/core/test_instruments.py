"""The instrument catalogue and the rules for one measurement."""

from __future__ import annotations

import pytest

from famdesk.core.instruments import INSTRUMENTS, validate_measurement, who5_score


def test_catalogue_has_the_built_in_instruments() -> None:
    assert {
        "WHO-5",
        "everyday-structure",
        "parenting-competence",
        "child-wellbeing",
        "child-problem-behaviour",
        "SDQ-total",
        "ORS",
        "SRS",
    } <= set(INSTRUMENTS)
    assert INSTRUMENTS["WHO-5"].kind == "who5"
    assert INSTRUMENTS["child-problem-behaviour"].higher_is_better is False
    assert all(
        i.kind == "licensed" and i.item_count == 0
        for n, i in INSTRUMENTS.items()
        if n in ("SDQ-total", "ORS", "SRS")
    )


def test_who5_score_is_raw_sum_times_four() -> None:
    assert who5_score([5, 5, 5, 5, 5]) == 100
    assert who5_score([2, 3, 2, 1, 3]) == 44
    with pytest.raises(ValueError):
        who5_score([1, 2, 3])
    with pytest.raises(ValueError):
        who5_score([1, 2, 3, 4, 6])


@pytest.mark.parametrize(
    ("instrument", "items", "score"),
    [
        ("WHO-5", [2, 3, 2, 1, 3], 44),
        ("WHO-5", [0, 0, 0, 0, 0], 0),
        ("everyday-structure", [], 7),
        ("parenting-competence", [4], 4),
        ("child-wellbeing", [], 10.0),
        ("SDQ-total", [], 18),
        ("ORS", [], 23.4),
        ("SRS", [], 40),
        ("Local family scale", [1.5, 2], 3.5),
    ],
)
def test_good_measurements_pass(instrument: str, items: list[object], score: object) -> None:
    assert validate_measurement(instrument, items, score) is None


@pytest.mark.parametrize(
    ("instrument", "items", "score", "problem"),
    [
        ("WHO-5", [2, 3, 2, 1, 3], 40, "score: WHO-5 score is the item sum x 4 = 44, got 40"),
        ("WHO-5", [2, 3, 2, 1], 32, "items: WHO-5 has 5 items, got 4"),
        ("WHO-5", [2, 3, 2, 1, 6], 56, "items[4]: WHO-5 items run 0-5, got 6"),
        ("WHO-5", [2, 3, 2, 1, True], 36, "items[4]: expected a whole number"),
        ("everyday-structure", [], 11, "score: everyday-structure scores run 0-10, got 11"),
        (
            "everyday-structure",
            [],
            6.5,
            "score: everyday-structure scores are whole numbers, got 6.5",
        ),
        (
            "child-wellbeing",
            [3, 4],
            3,
            "items: child-wellbeing takes no items or the one answer, got 2 items",
        ),
        ("child-wellbeing", [3], 4, "score: must equal the one item (3), got 4"),
        (
            "SDQ-total",
            [1, 2],
            3,
            "items: SDQ-total is a licensed questionnaire: record its score only, "
            "with an empty items list",
        ),
        ("ORS", [], 41, "score: ORS scores run 0-40, got 41"),
        ("SDQ-total", [], True, "score: expected a number"),
        ("SDQ-total", [], float("nan"), "score: expected a number"),
        ("Local scale", ["x"], 1, "items[0]: expected a number (at most 1e9 in size)"),
        ("!!", [], 1, "instrument: '!!' does not look like an instrument name"),
        ("", [], 1, "instrument: expected a non-empty name"),
    ],
)
def test_bad_measurements_name_the_field(
    instrument: str, items: list[object], score: object, problem: str
) -> None:
    found = validate_measurement(instrument, items, score)
    assert found is not None and found.startswith(problem)


def test_who5_names_five_statements_and_six_answers_in_both_languages() -> None:
    from famdesk.core import words
    from famdesk.core.instruments import INSTRUMENTS, WHO5_ANSWERS

    who5 = INSTRUMENTS["WHO-5"]
    assert len(who5.statements) == who5.item_count == 5
    assert [a for a in WHO5_ANSWERS] == ["5", "4", "3", "2", "1", "0"]
    assert words.label("who5_statement", who5.statements[0], "en") == (
        "I have felt cheerful and in good spirits"
    )
    assert words.label("who5_statement", who5.statements[0], "da") == (
        "Jeg har været glad og i godt humør"
    )
    assert words.label("who5_answer", "5", "da") == "Hele tiden"
    assert words.label("who5_answer", "0", "en") == "At no time"
    for lang in ("da", "en"):
        texts = [words.label("who5_statement", key, lang) for key in who5.statements]
        assert len(set(texts)) == 5 and all(t not in who5.statements for t in texts)
