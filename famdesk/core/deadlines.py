"""What is due, when, and why: the one list of deadlines the worker's screens show.

The dashboard, a family's overview, the agenda and the status bar's
unfinished-notes flag all read their dates here, so a rule about when
something is due has one home. Each ``Deadline`` names its family and the
record where it is handled (``target``), so a screen can open that place.

Kinds today:

- ``appointment``: a planned session, due at its start (overdue while it is
  still planned after its day: not yet marked held or cancelled);
- ``review``: a live plan's next review date;
- ``unfinished-note``: a note of a session that has happened, due
  ``STALE_DRAFT_DAYS`` days after the session (``sessions.note_due``);
- ``concern``: a session that raised a concern for the child's safety and
  records nobody told of it yet (``concern_notice``), due on the session's day
  (a closed case's concerns are left out, as are its appointments and reviews).

Every function takes ``today`` from the caller (an injected clock); nothing
here reads the system date. Lists are bounded (``limit``) and every query
runs on an index (plan review date, session start, session status).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum

from sqlalchemy import Select, String, exists, func, select, type_coerce
from sqlalchemy.orm import Session

from famdesk.core.sessions import (
    FINALIZABLE_STATUSES,
    LOCAL_TZ,
    STALE_DRAFT_DAYS,
    instant_key,
    local_day_bounds,
    note_due,
)
from famdesk.db.models import ActionPlan, ConcernNotice, ContactSession, Family
from famdesk.db.store import Store

#: Plans whose review date still matters.
LIVE_PLAN_STATUSES = ("draft", "agreed")
#: The longest list one kind contributes to a screen.
DEFAULT_LIMIT = 50


class Kind(StrEnum):
    """What kind of thing is due."""

    APPOINTMENT = "appointment"
    REVIEW = "review"
    UNFINISHED_NOTE = "unfinished-note"
    CONCERN = "concern"


class Basis(StrEnum):
    """Why it is due: the rule that sets the date (issue 14 adds the law's own)."""

    PLANNED = "planned-session"  # the appointment made with the family
    PLAN_REVIEW = "plan-next-review"  # the date set when the plan was agreed or reviewed
    NOTE_DEADLINE = "note-within-days"  # notes are finalized within STALE_DRAFT_DAYS days
    CONCERN_NOTICE = "concern-notice"  # a concern is passed on (Barnets lov § 133)


@dataclass(frozen=True)
class Target:
    """The record where a deadline is handled: ``entity`` is "session" or "plan"."""

    entity: str
    uid: str


@dataclass(frozen=True)
class Deadline:
    """One thing due: its kind, the day, the family and the record to open."""

    kind: Kind
    due: date
    basis: Basis
    family_uid: str
    family_reference: str
    family_name: str
    target: Target
    #: A session's start (appointments, notes, concerns); None for a whole-day review.
    start: datetime | None = None
    duration_minutes: int = 0
    #: The session kind (``home-visit``, …) or the plan's title.
    detail: str = ""
    location: str = ""
    #: A session's summary line (an unfinished note says what it is about); never its text.
    summary: str = ""

    def overdue(self, today: date) -> bool:
        """Past its day and still open."""
        return self.due < today


def _start_text():  # type: ignore[no-untyped-def]
    return type_coerce(ContactSession.start, String)


def _local_day(moment: datetime) -> date:
    return moment.astimezone(LOCAL_TZ).date()


def _session_deadline(
    kind: Kind, basis: Basis, cs: ContactSession, fam: Family, due: date
) -> Deadline:
    return Deadline(
        kind=kind,
        due=due,
        basis=basis,
        family_uid=fam.uid,
        family_reference=fam.reference,
        family_name=fam.name,
        target=Target("session", cs.uid),
        start=cs.start,
        duration_minutes=cs.duration_minutes,
        detail=cs.kind,
        location=cs.location,
        summary=" ".join((cs.summary or "").split()),
    )


def _for_family(stmt: Select, family_uid: str | None) -> Select:  # type: ignore[type-arg]
    return stmt if family_uid is None else stmt.where(Family.uid == family_uid)


# --- one query per kind, inside a unit of work ---------------------------------------------


def appointments(
    s: Session,
    start: date | None,
    end: date,
    *,
    family_uid: str | None = None,
    limit: int = DEFAULT_LIMIT,
) -> list[Deadline]:
    """Planned sessions from the start of ``start`` (None: any time) to the end of ``end``."""
    stmt = (
        select(ContactSession, Family)
        .join(Family, Family.id == ContactSession.family_id)
        .where(
            ContactSession.status == "planned",
            Family.status != "closed",
            _start_text() < instant_key(local_day_bounds(end)[1]),
        )
        .order_by(_start_text(), ContactSession.id)
        .limit(max(0, limit))
    )
    if start is not None:
        stmt = stmt.where(_start_text() >= instant_key(local_day_bounds(start)[0]))
    return [
        _session_deadline(Kind.APPOINTMENT, Basis.PLANNED, cs, fam, _local_day(cs.start))
        for cs, fam in s.execute(_for_family(stmt, family_uid))
    ]


def reviews(
    s: Session,
    until: date,
    *,
    since: date | None = None,
    family_uid: str | None = None,
    limit: int = DEFAULT_LIMIT,
) -> list[Deadline]:
    """Live plans whose next review is on or before ``until`` (and from ``since``), oldest first."""
    stmt = (
        select(ActionPlan, Family)
        .join(Family, Family.id == ActionPlan.family_id)
        .where(
            ActionPlan.next_review.is_not(None),
            ActionPlan.next_review <= until,
            ActionPlan.status.in_(LIVE_PLAN_STATUSES),
            Family.status != "closed",
        )
        .order_by(ActionPlan.next_review, Family.reference)
        .limit(max(0, limit))
    )
    if since is not None:
        stmt = stmt.where(ActionPlan.next_review >= since)
    out = []
    for plan, fam in s.execute(_for_family(stmt, family_uid)):
        assert plan.next_review is not None
        out.append(
            Deadline(
                kind=Kind.REVIEW,
                due=plan.next_review,
                basis=Basis.PLAN_REVIEW,
                family_uid=fam.uid,
                family_reference=fam.reference,
                family_name=fam.name,
                target=Target("plan", plan.uid),
                detail=plan.title,
            )
        )
    return out


def _unfinished_stmt(before: date | None) -> Select:  # type: ignore[type-arg]
    stmt = (
        select(ContactSession, Family)
        .join(Family, Family.id == ContactSession.family_id)
        .where(
            ContactSession.finalized_at.is_(None),
            ContactSession.status.in_(FINALIZABLE_STATUSES),
        )
    )
    if before is not None:
        stmt = stmt.where(_start_text() < instant_key(local_day_bounds(before)[0]))
    return stmt


def _stale_cutoff(today: date) -> date:
    """Sessions on a day before this one have notes past their deadline."""
    return today - timedelta(days=STALE_DRAFT_DAYS)


def unfinished_notes(
    s: Session,
    today: date,
    *,
    overdue_only: bool = True,
    family_uid: str | None = None,
    limit: int = DEFAULT_LIMIT,
) -> list[Deadline]:
    """Notes not finalized (oldest first); only those past their deadline unless told otherwise."""
    stmt = _unfinished_stmt(_stale_cutoff(today) if overdue_only else None)
    stmt = stmt.order_by(_start_text(), ContactSession.id).limit(max(0, limit))
    return [
        _session_deadline(
            Kind.UNFINISHED_NOTE, Basis.NOTE_DEADLINE, cs, fam, note_due(_local_day(cs.start))
        )
        for cs, fam in s.execute(_for_family(stmt, family_uid))
    ]


def count_overdue_notes(s: Session, today: date) -> int:
    """How many notes are past their deadline (the status bar's flag)."""
    stmt = _unfinished_stmt(_stale_cutoff(today)).with_only_columns(func.count(ContactSession.id))
    return int(s.scalar(stmt) or 0)


def open_concerns(
    s: Session, *, family_uid: str | None = None, limit: int = DEFAULT_LIMIT
) -> list[Deadline]:
    """Sessions with a concern and nobody recorded as told of it, oldest first."""
    told = exists().where(ConcernNotice.session_id == ContactSession.id)
    stmt = (
        select(ContactSession, Family)
        .join(Family, Family.id == ContactSession.family_id)
        .where(ContactSession.concern.is_(True), ~told, Family.status != "closed")
        .order_by(_start_text(), ContactSession.id)
        .limit(max(0, limit))
    )
    return [
        _session_deadline(Kind.CONCERN, Basis.CONCERN_NOTICE, cs, fam, _local_day(cs.start))
        for cs, fam in s.execute(_for_family(stmt, family_uid))
    ]


# --- what the screens ask for ----------------------------------------------------------------


@dataclass(frozen=True)
class Caseload:
    """The worker's dashboard: each list bounded, soonest (or oldest) first."""

    today: date
    #: Planned sessions today and in the next ``week_days`` days.
    appointments: list[Deadline]
    #: Planned sessions whose day has passed while still planned (not marked held).
    missed_appointments: list[Deadline]
    overdue_reviews: list[Deadline]
    upcoming_reviews: list[Deadline]
    unfinished_notes: list[Deadline]
    open_concerns: list[Deadline]

    def all(self) -> list[Deadline]:
        return [
            *self.missed_appointments,
            *self.appointments,
            *self.overdue_reviews,
            *self.upcoming_reviews,
            *self.unfinished_notes,
            *self.open_concerns,
        ]


#: How far back a planned session still counts as "not marked held".
MISSED_APPOINTMENT_DAYS = 60


def caseload(
    store: Store,
    today: date,
    *,
    week_days: int = 7,
    review_days: int = 28,
    limit: int = DEFAULT_LIMIT,
) -> Caseload:
    """Everything due across the caseload, as the dashboard shows it."""
    yesterday = today - timedelta(days=1)
    with store.read_session() as s:
        return Caseload(
            today=today,
            appointments=appointments(s, today, today + timedelta(days=week_days - 1), limit=limit),
            missed_appointments=appointments(
                s, today - timedelta(days=MISSED_APPOINTMENT_DAYS), yesterday, limit=limit
            ),
            overdue_reviews=reviews(s, yesterday, limit=limit),
            upcoming_reviews=reviews(
                s, today + timedelta(days=review_days), since=today, limit=limit
            ),
            unfinished_notes=unfinished_notes(s, today, limit=limit),
            open_concerns=open_concerns(s, limit=limit),
        )


def overdue_note_count(store: Store, today: date) -> int:
    """Notes past their deadline across the caseload (the status bar's flag)."""
    with store.read_session() as s:
        return count_overdue_notes(s, today)


#: The agenda lists everything in its weeks; this only guards against a runaway store.
AGENDA_LIMIT = 5000


def agenda_deadlines(store: Store, weeks: int, today: date) -> list[Deadline]:
    """Appointments and reviews up to ``weeks`` after ``today``, overdue ones included."""
    horizon = today + timedelta(weeks=weeks)
    with store.read_session() as s:
        return [
            *appointments(s, None, horizon, limit=AGENDA_LIMIT),
            *reviews(s, horizon, limit=AGENDA_LIMIT),
        ]


def sort_key(item: Deadline) -> tuple[date, str, str]:
    moment = instant_key(item.start) if item.start is not None else ""
    return (item.due, moment, item.family_reference)


def by_due(items: Iterable[Deadline]) -> list[Deadline]:
    """Soonest (or most overdue) first; within a day by time, then reference."""
    return sorted(items, key=sort_key)
