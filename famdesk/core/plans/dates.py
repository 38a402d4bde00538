"""When a plan is next reviewed: three months on by default, and how close that is.

Agreeing a plan and adding a review both move the next review; the plans list
colours a plan whose review date has passed. The day is always the caller's
(``today``), never the clock's.
"""

from __future__ import annotations

from datetime import date

from famdesk.core.dates import add_months

#: Months from agreement (or a review) to the next review, unless the worker says otherwise.
REVIEW_INTERVAL_MONTHS = 3
#: A review this many days ahead counts as "due soon".
DUE_SOON_DAYS = 14


def default_next_review(from_day: date) -> date:
    return add_months(from_day, REVIEW_INTERVAL_MONTHS)


def next_review_status(next_review: date | None, today: date) -> str:
    """``"none"``, ``"ok"``, ``"due-soon"`` (within two weeks) or ``"overdue"``."""
    if next_review is None:
        return "none"
    if next_review < today:
        return "overdue"
    if (next_review - today).days <= DUE_SOON_DAYS:
        return "due-soon"
    return "ok"
