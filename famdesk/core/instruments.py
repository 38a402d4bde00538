"""The outcome instruments famdesk knows, and the rules for a measurement.

Three kinds:

- ``who5``: WHO-5 Well-Being Index, five items 0–5, score = raw sum × 4 (0–100).
- ``scale``: a 0–10 scaling question (skalering); ``items`` is empty or holds
  the one answer, which then equals the score.
- ``licensed``: copyrighted questionnaires (SDQ, ORS, SRS). Their item texts
  and answers are never stored; only the total score, with an empty ``items``.

Any other instrument name is accepted if it looks like a name, with a numeric
score and a list of numeric items: teams use local instruments too.
``meaningful_change`` is the smallest change worth pointing out in a
pre/post comparison (WHO-5: 10 points; ORS: the reliable change index of 5).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from famdesk.core.errors import Code, FieldError

#: WHO-5's five statements in the form's order, and its answers from "all of the
#: time" (5) to "at no time" (0). Their published Danish and English wording is in
#: the catalogue (``labels.toml``: ``[who5_statement]``, ``[who5_answer]``, and
#: ``[term] who5-period`` for "Over the last two weeks"), so screen and print
#: ask the same questions. The WHO-5 is free to use.
WHO5_STATEMENTS = ("cheerful", "calm", "active", "rested", "interested")
WHO5_ANSWERS = ("5", "4", "3", "2", "1", "0")


@dataclass(frozen=True)
class Instrument:
    name: str
    kind: str  # "who5" | "scale" | "licensed"
    item_count: int  # items the list may hold (scale: 0 or 1; licensed: 0)
    item_min: int
    item_max: int
    score_min: int
    score_max: int
    higher_is_better: bool
    meaningful_change: float
    description_en: str
    integer_score: bool = True
    #: The statements its items answer, in order (catalogue keys); empty when
    #: the items are unnamed or never entered.
    statements: tuple[str, ...] = ()


def _scale(name: str, higher_is_better: bool, description: str) -> Instrument:
    return Instrument(
        name=name,
        kind="scale",
        item_count=1,
        item_min=0,
        item_max=10,
        score_min=0,
        score_max=10,
        higher_is_better=higher_is_better,
        meaningful_change=2,
        description_en=description,
    )


INSTRUMENTS: dict[str, Instrument] = {
    i.name: i
    for i in (
        Instrument(
            name="WHO-5",
            kind="who5",
            item_count=5,
            item_min=0,
            item_max=5,
            score_min=0,
            score_max=100,
            higher_is_better=True,
            meaningful_change=10,
            description_en="WHO-5 Well-Being Index: five items 0-5; score = raw sum x 4 (0-100).",
            statements=WHO5_STATEMENTS,
        ),
        _scale(
            "everyday-structure",
            True,
            "The parents' own 0-10 rating of a stable, structured everyday life.",
        ),
        _scale(
            "parenting-competence",
            True,
            "The parents' own 0-10 rating of their parenting competencies.",
        ),
        _scale("child-wellbeing", True, "A 0-10 rating of the child's well-being."),
        _scale(
            "child-problem-behaviour",
            False,
            "A 0-10 rating of the child's problem behaviour (lower is better).",
        ),
        Instrument(
            name="SDQ-total",
            kind="licensed",
            item_count=0,
            item_min=0,
            item_max=0,
            score_min=0,
            score_max=40,
            higher_is_better=False,
            meaningful_change=5,
            description_en="SDQ total difficulties score (0-40); the questionnaire is not stored.",
        ),
        Instrument(
            name="ORS",
            kind="licensed",
            item_count=0,
            item_min=0,
            item_max=0,
            score_min=0,
            score_max=40,
            higher_is_better=True,
            meaningful_change=5,
            description_en="Outcome Rating Scale total (0-40); the questionnaire is not stored.",
            integer_score=False,
        ),
        Instrument(
            name="SRS",
            kind="licensed",
            item_count=0,
            item_min=0,
            item_max=0,
            score_min=0,
            score_max=40,
            higher_is_better=True,
            meaningful_change=5,
            description_en="Session Rating Scale total (0-40); the questionnaire is not stored.",
            integer_score=False,
        ),
    )
}

#: A name for an instrument famdesk does not know: a letter first, then
#: letters, digits, spaces and a little punctuation; at most 60 characters.
_NAME_RE = re.compile(r"[A-Za-zÆØÅæøå][A-Za-z0-9ÆØÅæøå ._()/+-]{0,59}")
#: Bounds for an unknown instrument's numbers, so a stored float stays exact.
_FREE_LIMIT = 1e9


def _is_number(value: object) -> bool:
    return (
        isinstance(value, int | float)
        and not isinstance(value, bool)
        and (isinstance(value, int) or math.isfinite(value))
    )


def _is_whole(value: object) -> bool:
    return _is_number(value) and (isinstance(value, int) or float(value).is_integer())  # type: ignore[arg-type]


def _fmt(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)


def validate_measurement(instrument: str, items: list[object], score: object) -> str | None:
    """The one-line problem with a measurement, or None when it is fine."""
    found = measurement_problem(instrument, items, score)
    return None if found is None else f"{found.field}: {found.message}"


def _invalid(field: str, detail: str) -> FieldError:
    return FieldError(field, detail, Code.MEASUREMENT_INVALID, {"detail": detail})


def _out_of_range(field: str, detail: str, low: float, high: float) -> FieldError:
    """A number outside its instrument's range: the range is the reason, in every language."""
    params = {"min": _fmt(low), "max": _fmt(high)}
    return FieldError(field, detail, Code.NUMBER_OUT_OF_RANGE, params)


def measurement_problem(instrument: str, items: list[object], score: object) -> FieldError | None:
    """Why a measurement cannot be stored (``field`` e.g. ``score`` or ``items[2]``), or None.

    A number outside its instrument's range is ``number.out_of_range`` with
    ``min`` and ``max``; anything else ``measurement.invalid`` with an English
    ``detail``.
    """
    if not isinstance(instrument, str) or not instrument.strip():
        return _invalid("instrument", "expected a non-empty name")
    if not isinstance(items, list):
        return _invalid("items", "expected a list of numbers")
    if not _is_number(score):
        return _invalid("score", "expected a number")
    known = INSTRUMENTS.get(instrument)
    if known is None:
        return _free_problem(instrument, items, score)  # type: ignore[arg-type]
    if known.integer_score and not _is_whole(score):
        return _invalid("score", f"{instrument} scores are whole numbers, got {score}")
    if not known.score_min <= score <= known.score_max:  # type: ignore[operator]
        return _out_of_range(
            "score",
            f"{instrument} scores run {known.score_min}-{known.score_max}, got {_fmt(score)}",  # type: ignore[arg-type]
            known.score_min,
            known.score_max,
        )
    if known.kind == "licensed":
        if items:
            return _invalid(
                "items",
                f"{instrument} is a licensed questionnaire: record its score only, "
                "with an empty items list",
            )
        return None
    for i, item in enumerate(items):
        if not _is_whole(item):
            return _invalid(f"items[{i}]", "expected a whole number")
        if not known.item_min <= item <= known.item_max:  # type: ignore[operator]
            return _out_of_range(
                f"items[{i}]",
                f"{instrument} items run {known.item_min}-{known.item_max}, got {_fmt(item)}",  # type: ignore[arg-type]
                known.item_min,
                known.item_max,
            )
    if known.kind == "who5":
        if len(items) != known.item_count:
            return _invalid("items", f"WHO-5 has 5 items, got {len(items)}")
        expected = who5_score(items)
        if score != expected:
            return _invalid(
                "score",
                f"WHO-5 score is the item sum x 4 = {expected}, got {_fmt(score)}",  # type: ignore[arg-type]
            )
        return None
    if len(items) > 1:
        return _invalid(
            "items", f"{instrument} takes no items or the one answer, got {len(items)} items"
        )
    if items and items[0] != score:
        return _invalid("score", f"must equal the one item ({_fmt(items[0])}), got {_fmt(score)}")  # type: ignore[arg-type]
    return None


def _free_problem(instrument: str, items: list[object], score: float) -> FieldError | None:
    """An instrument famdesk does not know: a sensible name and plain numbers."""
    if not _NAME_RE.fullmatch(instrument):
        return _invalid(
            "instrument",
            f"{instrument[:40]!r} does not look like an instrument name (a letter, then "
            "letters, digits, spaces or . _ ( ) / + -; at most 60 characters)",
        )
    for i, item in enumerate(items):
        if not _is_number(item) or abs(item) > _FREE_LIMIT:  # type: ignore[arg-type]
            return _invalid(f"items[{i}]", "expected a number (at most 1e9 in size)")
    if abs(score) > _FREE_LIMIT:
        return _invalid("score", "expected a number at most 1e9 in size")
    return None


def who5_score(items: list[object]) -> int:
    """WHO-5's percentage score: the sum of five 0–5 items times 4."""
    if len(items) != 5:
        raise ValueError(f"WHO-5 has 5 items, got {len(items)}")
    total = 0
    for item in items:
        if not _is_whole(item) or not 0 <= item <= 5:  # type: ignore[operator]
            raise ValueError(f"WHO-5 items are whole numbers 0-5, got {item!r}")
        total += int(item)  # type: ignore[call-overload]
    return total * 4
