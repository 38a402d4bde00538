"""The caseload: the families list, page by page, and opening one family.

Plain queries for the GUI's families list (and anything else that lists
families). Each call opens and closes its own session, so a Qt item model can
fetch a page at a time without ever holding a session open. Opening a family
(``open_family``) is a read of personal data and is written to the audit log.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session

from famdesk.core import audit
from famdesk.core.errors import NotFound
from famdesk.db.models import ActionPlan, Family, Member
from famdesk.db.sql import contains_folded
from famdesk.db.store import Store
from famdesk.vocabulary import LIVE_PLAN_STATUSES

DEFAULT_PAGE_SIZE = 100


@dataclass(frozen=True)
class FamilyRow:
    """One line of the families list."""

    uid: str
    reference: str
    name: str
    setting: str
    status: str
    next_review: date | None
    overdue: bool


@dataclass(frozen=True)
class FamilySummary:
    """What the overview of one family shows before the full family view loads."""

    uid: str
    reference: str
    name: str
    worker: str
    setting: str
    status: str
    programme: str | None
    risk_of_placement: bool
    start_date: date
    end_date: date | None
    member_count: int
    next_review: date | None
    overdue: bool


def _next_review_subquery():  # type: ignore[no-untyped-def]
    return (
        select(
            ActionPlan.family_id.label("family_id"),
            func.min(ActionPlan.next_review).label("next_review"),
        )
        .where(ActionPlan.status.in_(LIVE_PLAN_STATUSES), ActionPlan.next_review.is_not(None))
        .group_by(ActionPlan.family_id)
        .subquery()
    )


def _filtered(stmt: Select, query: str) -> Select:  # type: ignore[type-arg]
    text = query.strip()
    if not text:
        return stmt
    # Case-insensitive in every alphabet: "ærø" finds "Familien Ærøskøbing".
    return stmt.where(
        or_(contains_folded(Family.reference, text), contains_folded(Family.name, text))
    )


def _narrowed(
    stmt: Select,  # type: ignore[type-arg]
    nr: Any,
    status: str | None,
    setting: str | None,
    overdue_on: date | None,
) -> Select:  # type: ignore[type-arg]
    """Apply the list's filters: status, setting, and 'overdue review' as of a day."""
    if status:
        stmt = stmt.where(Family.status == status)
    if setting:
        stmt = stmt.where(Family.setting == setting)
    if overdue_on is not None:
        stmt = stmt.where(nr.c.next_review < overdue_on, Family.status != "closed")
    return stmt


def is_overdue(next_review: date | None, status: str, today: date) -> bool:
    """A review is overdue when its date has passed and the case is not closed."""
    return next_review is not None and next_review < today and status != "closed"


def count_families(
    store: Store,
    query: str = "",
    *,
    status: str | None = None,
    setting: str | None = None,
    overdue_only: bool = False,
    today: date | None = None,
) -> int:
    """How many families match ``query`` (reference or name, case-insensitive) and filters."""
    nr = _next_review_subquery()
    stmt = select(func.count(Family.id)).select_from(Family)
    if overdue_only:
        stmt = stmt.join(nr, nr.c.family_id == Family.id)
    overdue_on = (today or date.today()) if overdue_only else None
    stmt = _narrowed(_filtered(stmt, query), nr, status, setting, overdue_on)
    with store.read_session() as s:
        return int(s.scalar(stmt) or 0)


def list_families(
    store: Store,
    query: str = "",
    offset: int = 0,
    limit: int = DEFAULT_PAGE_SIZE,
    today: date | None = None,
    *,
    status: str | None = None,
    setting: str | None = None,
    overdue_only: bool = False,
) -> list[FamilyRow]:
    """One page of the families list, ordered by reference, filtered by ``query`` and filters."""
    today = today or date.today()
    nr = _next_review_subquery()
    stmt = (
        select(
            Family.uid,
            Family.reference,
            Family.name,
            Family.setting,
            Family.status,
            nr.c.next_review,
        )
        .outerjoin(nr, nr.c.family_id == Family.id)
        .order_by(Family.reference, Family.id)
        .offset(max(0, offset))
        .limit(max(0, limit))
    )
    stmt = _narrowed(_filtered(stmt, query), nr, status, setting, today if overdue_only else None)
    with store.read_session() as s:
        rows = s.execute(stmt).all()
    return [
        FamilyRow(
            uid=r.uid,
            reference=r.reference,
            name=r.name,
            setting=r.setting,
            status=r.status,
            next_review=r.next_review,
            overdue=is_overdue(r.next_review, r.status, today),
        )
        for r in rows
    ]


def family_row(store: Store, uid: str, today: date | None = None) -> FamilyRow | None:
    """The list line for one family (to refresh a row after a save), or None."""
    summary = _summary(store, uid, today)
    if summary is None:
        return None
    return FamilyRow(
        uid=summary.uid,
        reference=summary.reference,
        name=summary.name,
        setting=summary.setting,
        status=summary.status,
        next_review=summary.next_review,
        overdue=summary.overdue,
    )


def _load_summary(s: Session, uid: str, today: date) -> FamilySummary | None:
    family = s.scalar(select(Family).where(Family.uid == uid))
    if family is None:
        return None
    members = s.scalar(select(func.count(Member.id)).where(Member.family_id == family.id)) or 0
    next_review = s.scalar(
        select(func.min(ActionPlan.next_review)).where(
            ActionPlan.family_id == family.id,
            ActionPlan.status.in_(LIVE_PLAN_STATUSES),
            ActionPlan.next_review.is_not(None),
        )
    )
    return FamilySummary(
        uid=family.uid,
        reference=family.reference,
        name=family.name,
        worker=family.worker,
        setting=family.setting,
        status=family.status,
        programme=family.programme,
        risk_of_placement=family.risk_of_placement,
        start_date=family.start_date,
        end_date=family.end_date,
        member_count=int(members),
        next_review=next_review,
        overdue=is_overdue(next_review, family.status, today),
    )


def _summary(store: Store, uid: str, today: date | None) -> FamilySummary | None:
    with store.read_session() as s:
        return _load_summary(s, uid, today or date.today())


def open_family(store: Store, uid: str, today: date | None = None) -> FamilySummary:
    """Read one family for display and write the read to the audit log.

    Raises ``NotFound`` if there is no family with this uid.
    """
    with store.session() as s:
        summary = _load_summary(s, uid, today or date.today())
        if summary is None:
            raise NotFound("family", uid)
        audit.record(s, "read", "family", uid, uid)
    return summary


def record_list_search(store: Store, query: str, matches: int) -> None:
    """Log a search of the families list with its criteria (never any content)."""
    with store.session() as s:
        audit.record(s, "search", "family", detail={"query": query.strip(), "matches": matches})
