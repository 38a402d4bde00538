"""The caseload: the families list, page by page, and opening one family.

Plain queries for the GUI's families list (and anything else that lists
families). Each call opens and closes its own session, so a Qt item model can
fetch a page at a time without ever holding a session open. Opening a family
(``open_family``) is a read of personal data and is written to the audit log.

Costs stay flat as the caseload grows: a page continues after the last row
shown (``after=row.key``, keyset paging on the reference index) instead of
counting past every earlier row, and a row's next review is looked up for
the rows on the page only (the plans' family index), never for all plans.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Select, exists, func, select, tuple_
from sqlalchemy.orm import Session

from famdesk.core import audit
from famdesk.core.errors import NotFound
from famdesk.db.models import ActionPlan, Family, Member
from famdesk.db.sql import contains_prefolded
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
    #: The family's internal id: with ``reference``, where the next page starts.
    family_id: int

    @property
    def key(self) -> tuple[str, int]:
        """The position in the list's order (reference, then id): pass as ``after``."""
        return (self.reference, self.family_id)


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
    family_id: int


def _live_plans() -> Any:
    return (ActionPlan.family_id == Family.id) & ActionPlan.status.in_(LIVE_PLAN_STATUSES)


def _next_review() -> Any:
    """The earliest review date of the family's live plans, per row (correlated)."""
    return (
        select(func.min(ActionPlan.next_review))
        .where(_live_plans(), ActionPlan.next_review.is_not(None))
        .correlate(Family)
        .scalar_subquery()
    )


def _review_overdue(today: date) -> Any:
    """The earliest live review is before ``today`` exactly when any live review is."""
    return exists().where(_live_plans(), ActionPlan.next_review < today).correlate(Family)


def _filtered(stmt: Select, query: str) -> Select:  # type: ignore[type-arg]
    text = "".join(ch for ch in query.strip() if ch.isprintable())
    if not text:
        return stmt
    # Case-insensitive in every alphabet: "ærø" finds "Familien Ærøskøbing".
    # Reference and name were folded once, when written (family.search_text,
    # migration 0008): the filter reads a narrow index and calls no function.
    return stmt.where(contains_prefolded(Family.search_text, text))


def _narrowed(
    stmt: Select,  # type: ignore[type-arg]
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
        stmt = stmt.where(_review_overdue(overdue_on), Family.status != "closed")
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
    stmt = select(func.count(Family.id)).select_from(Family)
    overdue_on = (today or date.today()) if overdue_only else None
    stmt = _narrowed(_filtered(stmt, query), status, setting, overdue_on)
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
    after: tuple[str, int] | None = None,
) -> list[FamilyRow]:
    """One page of the families list, ordered by reference, filtered by ``query`` and filters.

    ``after`` (the ``key`` of the last row shown) continues the list from
    there at the cost of one page; ``offset`` still works but pays for every
    row it skips.
    """
    today = today or date.today()
    stmt = (
        select(
            Family.id,
            Family.uid,
            Family.reference,
            Family.name,
            Family.setting,
            Family.status,
            _next_review().label("next_review"),
        )
        .order_by(Family.reference, Family.id)
        .limit(max(0, limit))
    )
    if after is not None:
        stmt = stmt.where(tuple_(Family.reference, Family.id) > tuple_(*after))
    if offset > 0:
        stmt = stmt.offset(offset)
    stmt = _narrowed(
        _filtered(stmt, query), status, setting, today if overdue_only else None
    )
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
            family_id=r.id,
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
        family_id=summary.family_id,
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
        family_id=family.id,
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
