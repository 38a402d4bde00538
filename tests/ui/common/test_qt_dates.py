"""The explicit date conversions agree with PySide6's own implicit ones."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import QDate, QDateTime

from famdesk.ui.common.qt_dates import pydate, qdate, qdatetime


@pytest.mark.parametrize(
    "moment",
    [
        datetime(2026, 1, 5, 12, 0, 5, 123456),
        datetime(2026, 3, 29, 2, 30),  # the hour Copenhagen skips in spring
        datetime(2026, 10, 25, 2, 30),  # the hour it repeats in autumn
        datetime(1999, 12, 31, 23, 59),
    ],
)
def test_qdatetime_matches_pyside_conversion(moment: datetime) -> None:
    assert qdatetime(moment) == QDateTime(moment)  # type: ignore[call-overload]


def test_aware_datetime_is_refused() -> None:
    with pytest.raises(ValueError):
        qdatetime(datetime(2026, 1, 5, 12, tzinfo=UTC))


def test_dates_round_trip() -> None:
    for day in (date(2026, 2, 28), date(2024, 2, 29), date(1970, 1, 1)):
        assert pydate(qdate(day)) == day
        assert qdate(day) == QDate(day.year, day.month, day.day)
