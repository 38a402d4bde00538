"""The one way a report gets its words: ``t`` for its texts, ``label`` for values.

Reports are plain Python (no Qt), so their texts live in the catalogue
(``resources/words/texts.toml``, keys ``plan.*``, ``status.*``, ``log.*``,
``chart.*``) beside the vocabulary labels the screen uses too
(``resources/words/labels.toml``), both read by ``famdesk.core.words``. Dates
are written here the way a letter writes them.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from famdesk.core import words
from famdesk.core.words import DEFAULT_LANGUAGE, LANGUAGES, check_lang, label

__all__ = [
    "DEFAULT_LANGUAGE",
    "LANGUAGES",
    "check_lang",
    "format_date",
    "format_duration",
    "format_number",
    "format_short_date",
    "label",
    "month_abbreviation",
    "t",
]

_MONTHS = {
    "da": [
        "januar",
        "februar",
        "marts",
        "april",
        "maj",
        "juni",
        "juli",
        "august",
        "september",
        "oktober",
        "november",
        "december",
    ],
    "en": [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
}


def t(lang: str, key: str, n: int | None = None, **params: Any) -> str:
    """The report text ``key`` in ``lang``; ``n`` picks "1 kladde" or "2 kladder"."""
    return words.text(key, lang, n, **params)


def format_date(day: date | None, lang: str) -> str:
    """A date as a letter shows it: "3. marts 2026" / "3 March 2026"; "–" for none."""
    if day is None:
        return t(lang, "none")
    month = _MONTHS[check_lang(lang)][day.month - 1]
    if lang == "da":
        return f"{day.day}. {month} {day.year}"
    return f"{day.day} {month} {day.year}"


def month_abbreviation(month: int, lang: str) -> str:
    """ "jan", "maj", "okt" / "Jan", "May", "Oct": the first three letters of the month."""
    return _MONTHS[check_lang(lang)][month - 1][:3]


def format_short_date(day: date | None, lang: str) -> str:
    """A compact date for table cells: "03.03.2026" / "3 Mar 2026"."""
    if day is None:
        return t(lang, "none")
    if check_lang(lang) == "da":
        return day.strftime("%d.%m.%Y")
    return f"{day.day} {month_abbreviation(day.month, 'en')} {day.year}"


#: Danish swaps the English separators: a decimal comma, thousands with a point.
_DANISH_SEPARATORS = str.maketrans({",": ".", ".": ","})


def format_number(value: float, lang: str, digits: int = 2) -> str:
    """A figure as the reader's language writes it: "1.234,5" / "1,234.5"; whole numbers bare."""
    rounded = round(float(value), digits)
    text = f"{rounded:,.{digits}f}".rstrip("0").rstrip(".") if rounded % 1 else f"{int(rounded):,}"
    if check_lang(lang) == "da":
        text = text.translate(_DANISH_SEPARATORS)
    return text


def format_duration(minutes: int, lang: str) -> str:
    """A length of time in hours and minutes: "12 t. 30 min." / "12 h 30 min", "45 min."."""
    hours, rest = divmod(max(0, int(minutes)), 60)
    h = format_number(hours, lang)
    if hours and rest:
        return t(lang, "duration.hours_minutes", hours=h, minutes=rest)
    if hours:
        return t(lang, "duration.hours", hours=h)
    return t(lang, "duration.minutes", minutes=rest)
