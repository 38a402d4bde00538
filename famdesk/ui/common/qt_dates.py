"""Python dates and times as Qt values and back, spelled out field by field.

PySide6 converts ``date``/``time``/``datetime`` implicitly at run time, but its
type stubs do not declare those conversions; doing it here keeps the UI typed
and the conversion rules in one place.
"""

from __future__ import annotations

from datetime import date, datetime, time

from PySide6.QtCore import QDate, QDateTime, QTime


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def qtime(moment: time) -> QTime:
    return QTime(moment.hour, moment.minute, moment.second, moment.microsecond // 1000)


def qdatetime(moment: datetime) -> QDateTime:
    """A naive ``datetime`` as a QDateTime in local time (what PySide6 itself does).

    An aware one is refused: dropping its offset silently would shift the moment.
    """
    if moment.tzinfo is not None:
        raise ValueError("qdatetime() wants a naive local datetime")
    return QDateTime(qdate(moment.date()), qtime(moment.time()))


def pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())
