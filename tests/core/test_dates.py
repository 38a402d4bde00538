"""Forgiving date entry: every form a worker types, one screen style, clear refusals."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest

from famdesk.core.dates import (
    format_date,
    format_date_time,
    full_year,
    parse_date,
    parse_date_time,
    tidy_date,
)

TODAY = date(2026, 12, 2)


@pytest.mark.parametrize(
    "typed",
    [
        "01062024",
        "1.6.2024",
        "1/6-24",
        "1-6-2024",
        "01-06-2024",
        "2024-06-01",
        "010624",
        "1 6 2024",
        " 01.06.24 ",
        "1. 6. 2024",
    ],
)
def test_every_form_a_worker_types_is_the_same_day(typed: str) -> None:
    assert parse_date(typed, TODAY) == date(2024, 6, 1)


@pytest.mark.parametrize(
    "typed",
    [
        "31-02-2024",
        "99999999",
        "29-02-2023",
        "0-1-2024",
        "1-13-2024",
        "2024-02-30",
        "1.6",
        "1.6.202",
        "1234567",
        "i morgen",
        "1-6-2024x",
        "123456789",
    ],
)
def test_what_is_not_a_day_is_refused(typed: str) -> None:
    with pytest.raises(ValueError):
        parse_date(typed, TODAY)


def test_empty_text_is_no_date() -> None:
    assert parse_date("", TODAY) is None
    assert parse_date("   ", TODAY) is None


def test_leap_day_is_accepted_in_a_leap_year() -> None:
    assert parse_date("29022024", TODAY) == date(2024, 2, 29)


def test_two_digit_years_reach_twenty_years_ahead_and_eighty_back() -> None:
    assert full_year(46, TODAY) == 2046
    assert full_year(47, TODAY) == 1947
    assert full_year(0, TODAY) == 2000
    assert full_year(99, TODAY) == 1999
    assert parse_date("3.4.65", TODAY) == date(1965, 4, 3)
    assert parse_date("3.4.27", TODAY) == date(2027, 4, 3)
    # The window moves with the day it is asked on.
    assert full_year(47, date(2027, 1, 1)) == 2047


def test_screen_style_is_day_month_year_with_dashes() -> None:
    assert format_date(date(2026, 8, 30)) == "30-08-2026"
    assert format_date(None) == ""
    assert format_date_time(datetime(2026, 8, 30, 9, 5)) == "30-08-2026 09:05"


def test_tidy_writes_a_date_in_screen_style_and_leaves_other_text() -> None:
    assert tidy_date("1.6.2024", TODAY) == "01-06-2024"
    assert tidy_date("01062024", TODAY) == "01-06-2024"
    assert tidy_date("31-02-2024", TODAY) == "31-02-2024"
    assert tidy_date("", TODAY) == ""


@pytest.mark.parametrize(
    ("typed", "moment"),
    [
        ("01-06-2024 10:00", datetime(2024, 6, 1, 10, 0)),
        ("1.6.2024 10.00", datetime(2024, 6, 1, 10, 0)),
        ("01062024 1000", datetime(2024, 6, 1, 10, 0)),
        ("1/6-24 kl. 9.30", datetime(2024, 6, 1, 9, 30)),
        ("2024-06-01T10:00", datetime(2024, 6, 1, 10, 0)),
        ("1 6 2024 8", datetime(2024, 6, 1, 8, 0)),
        ("1.6.2024", datetime(2024, 6, 1, 13, 15)),  # a date alone keeps the time held
    ],
)
def test_a_moment_is_read_in_the_forms_a_worker_writes(typed: str, moment: datetime) -> None:
    assert parse_date_time(typed, date(2026, 12, 2), time(13, 15)) == moment


@pytest.mark.parametrize("typed", ["1.6.2024 24:00", "1.6.2024 10:60", "31.11.2026 10", "kl. 10"])
def test_no_moment_is_refused(typed: str) -> None:
    with pytest.raises(ValueError):
        parse_date_time(typed, date(2026, 12, 2), time(13, 15))


def test_a_date_alone_needs_a_time_to_fall_back_on() -> None:
    with pytest.raises(ValueError):
        parse_date_time("1.6.2024", date(2026, 12, 2))
    assert parse_date_time("  ", date(2026, 12, 2)) is None
