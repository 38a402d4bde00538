"""Dates as a worker types and reads them on screen: one style, forgiving input.

A worker types dates the way they are said and written by hand — 01062024,
1.6.2024, 1/6-24 — and should not be refused for it. Every screen shows a date
one way, DD-MM-YYYY (``SCREEN_DATE``); the forms tidy what was typed into that
style. Printed documents write dates as a letter does (``reports.i18n``). And
the one calendar sum the rules share: whole months on (``add_months``).
"""

from __future__ import annotations

import calendar
import re
from datetime import date, datetime, time

#: The one way a screen shows a date (strftime).
SCREEN_DATE = "%d-%m-%Y"
#: A date with its time of day, as a screen shows it.
SCREEN_DATE_TIME = "%d-%m-%Y %H:%M"
#: Years a two-digit year may reach ahead of the current one (see ``parse_date``).
TWO_DIGIT_YEARS_AHEAD = 20

_SEPARATED = re.compile(r"(\d{1,2})\s*[-./ ]\s*(\d{1,2})\s*[-./ ]\s*(\d{2}|\d{4})")
_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_DIGITS = re.compile(r"\d{6}|\d{8}")
_TIME = re.compile(r"(\d{1,2})(?:[:.]?(\d{2}))?")
_CLOCK_WORD = re.compile(r"\s*\bkl\b\.?\s*", re.IGNORECASE)


def format_date(day: date | None) -> str:
    """``day`` in the screen's style, DD-MM-YYYY; '' for no date."""
    return day.strftime(SCREEN_DATE) if day else ""


def format_date_time(moment: datetime | None, seconds: bool = False) -> str:
    """A moment in the screen's style, DD-MM-YYYY HH:MM[:SS] (as it is: convert to local first)."""
    if moment is None:
        return ""
    return moment.strftime(SCREEN_DATE_TIME + (":%S" if seconds else ""))


def full_year(two_digits: int, today: date) -> int:
    """The year a two-digit year means: the one of the hundred years ending
    ``TWO_DIGIT_YEARS_AHEAD`` years after ``today``'s year.

    In 2026, 00–46 are 2000–2046 and 47–99 are 1947–1999: a parent's birth year
    ("65") lies in the past, a review date ("27") in the near future.
    """
    last = today.year + TWO_DIGIT_YEARS_AHEAD
    year = last - (last - two_digits) % 100
    return year


def parse_date(text: str, today: date) -> date | None:
    """The date in what a worker typed; None for empty text.

    Accepted (day first, as in Danish):

    - ``01-06-2024``, ``1.6.2024``, ``1/6-24``, ``1 6 2024``: day, month and
      year separated by ``-``, ``.``, ``/`` or spaces, in any mix;
    - ``01062024`` (DDMMYYYY) and ``010624`` (DDMMYY): digits only;
    - ``2024-06-01``: ISO 8601, year first.

    A two-digit year is placed in the hundred years that end
    ``TWO_DIGIT_YEARS_AHEAD`` years after ``today``'s year (``full_year``).
    Raises ``ValueError`` for anything else and for a day the calendar lacks
    (31-02-2024, 99999999).
    """
    text = text.strip()
    if not text:
        return None
    m = _ISO.fullmatch(text)
    if m:
        return _real(int(m[1]), int(m[2]), int(m[3]), text)
    m = _SEPARATED.fullmatch(text)
    if m:
        day, month, year = m[1], m[2], m[3]
    elif _DIGITS.fullmatch(text):
        day, month, year = text[:2], text[2:4], text[4:]
    else:
        raise ValueError(f"not a date: {text!r}")
    full = int(year) if len(year) == 4 else full_year(int(year), today)
    return _real(full, int(month), int(day), text)


def parse_time(text: str) -> time:
    """The time of day in ``10:00``, ``10.00``, ``1000``, ``9.30`` or ``10`` (the hour).

    Raises ``ValueError`` for anything else and for 24:00 or 10:60.
    """
    m = _TIME.fullmatch(text.strip())
    if not m:
        raise ValueError(f"not a time: {text!r}")
    hour, minute = int(m[1]), int(m[2] or 0)
    if hour > 23 or minute > 59:
        raise ValueError(f"no such time: {text!r}")
    return time(hour, minute)


def parse_date_time(text: str, today: date, default_time: time | None = None) -> datetime | None:
    """The moment in what a worker typed (naive, as typed); None for empty text.

    The date in any form ``parse_date`` reads, then the time as ``parse_time``
    reads it, after a space, a ``T`` or "kl.": ``1.6.2024 10.00``,
    ``01062024 1000``, ``1/6-24 kl. 9.30``, ``2024-06-01T10:00``. A date alone
    takes ``default_time`` (the time the field held); without one it is refused.
    Raises ``ValueError`` for anything else.
    """
    text = _CLOCK_WORD.sub(" ", re.sub(r"(\d)T(\d)", r"\1 \2", text.strip())).strip()
    if not text:
        return None
    try:
        day = parse_date(text, today)
    except ValueError:
        day = None
    if day is not None:
        if default_time is None:
            raise ValueError(f"no time of day: {text!r}")
        return datetime.combine(day, default_time)
    head, _, tail = text.rpartition(" ")
    if not head:
        raise ValueError(f"not a date and time: {text!r}")
    day = parse_date(head, today)
    if day is None:
        raise ValueError(f"not a date and time: {text!r}")
    return datetime.combine(day, parse_time(tail))


def _real(year: int, month: int, day: int, text: str) -> date:
    try:
        return date(year, month, day)
    except ValueError:
        raise ValueError(f"no such date: {text!r}") from None


def tidy_date(text: str, today: date) -> str:
    """What a date field should show after ``text`` was typed: the date in the
    screen's style, or the text unchanged when it is not a date (so the worker
    sees what they typed next to the error)."""
    try:
        day = parse_date(text, today)
    except ValueError:
        return text
    return format_date(day)


def add_months(day: date, months: int) -> date:
    """``day`` moved by whole months, clamped to the month's end (31 Jan + 1 = 28/29 Feb)."""
    index = day.year * 12 + (day.month - 1) + months
    year, month0 = divmod(index, 12)
    last = calendar.monthrange(year, month0 + 1)[1]
    return date(year, month0 + 1, min(day.day, last))
