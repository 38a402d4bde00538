"""How a report writes figures and lengths of time, in Danish and English."""

from __future__ import annotations

import pytest

from famdesk.reports.i18n import format_duration, format_number


@pytest.mark.parametrize(
    ("minutes", "da", "en"),
    [
        (750, "12 t. 30 min.", "12 h 30 min"),
        (10, "10 min.", "10 min"),  # never "0,17 timer"
        (60, "1 t.", "1 h"),
        (1270, "21 t. 10 min.", "21 h 10 min"),
        (0, "0 min.", "0 min"),
        (60 * 1234 + 5, "1.234 t. 5 min.", "1,234 h 5 min"),
    ],
)
def test_durations_are_hours_and_minutes(minutes: int, da: str, en: str) -> None:
    assert format_duration(minutes, "da") == da
    assert format_duration(minutes, "en") == en


@pytest.mark.parametrize(
    ("value", "da", "en"),
    [
        (8.25, "8,25", "8.25"),
        (21.0, "21", "21"),
        (1234.5, "1.234,5", "1,234.5"),
        (-3.5, "-3,5", "-3.5"),
    ],
)
def test_numbers_use_the_languages_separators(value: float, da: str, en: str) -> None:
    assert format_number(value, "da") == da
    assert format_number(value, "en") == en
