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
  (a closed case's concerns are left out, as are its appointments and reviews);
- ``follow-up``: Barnets lov § 95's follow-up on the family's support (see
  ``follow_up_schedule`` for the dates and what counts as done);
- ``match-follow-up``: a planned follow-up of a placement in its first year
  (Styrket match: proposed at 1, 3, 6 and 12 months), due on its day until it
  is marked held;
- ``child-conversation``: a børnesamtale owed before a match is decided
  (Barnets lov § 5; see ``conversations_owed``).

Each deadline names its ``basis``: the rule or the law that sets its day, shown
to the worker in the catalogue's words (``words.label("deadline_basis", …)``).

Every function takes ``today`` from the caller (an injected clock); nothing
here reads the system date. Lists are bounded (``limit``) and every query
runs on an index (plan review date, session start, session status; the
unfinished notes and open concerns on partial indexes of their own, 0014).
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from enum import StrEnum
from typing import Any

from sqlalchemy import Select, String, exists, func, select, type_coerce
from sqlalchemy.orm import Session

from famdesk.core.child_voice import REMINDER_MONTHS
from famdesk.core.dates import add_months
from famdesk.core.sessions import (
    FINALIZABLE_STATUSES,
    LOCAL_TZ,
    STALE_DRAFT_DAYS,
    instant_key,
    local_day_bounds,
    note_due,
)
from famdesk.db.models import (
    ActionPlan,
    ChildConversation,
    ConcernNotice,
    ContactSession,
    Family,
    MatchFollowUp,
    Member,
    PlacementMatch,
    Review,
)
from famdesk.db.sql import likely
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
    FOLLOW_UP = "follow-up"
    MATCH_FOLLOW_UP = "match-follow-up"
    CHILD_CONVERSATION = "child-conversation"


class Basis(StrEnum):
    """Why it is due: the rule or the law that sets the date (labelled in the catalogue)."""

    PLANNED = "planned-session"  # the appointment made with the family
    PLAN_REVIEW = "plan-next-review"  # the date set when the plan was agreed or reviewed
    FOLLOW_UP_95 = "follow-up-95"  # Barnets lov § 95: follow-up on the support
    #: Offentlighedsloven § 13 (notatpligt); famdesk asks for the note within STALE_DRAFT_DAYS.
    NOTE_DEADLINE = "note-within-days"
    CONCERN_NOTICE = "concern-notice"  # a concern is passed on (Barnets lov § 133)
    MATCH_FIRST_YEAR = "match-first-year"  # Styrket match: the placement's first year
    CHILD_CONVERSATION = "child-conversation-5"  # Barnets lov § 5: heard before the decision


@dataclass(frozen=True)
class Target:
    """The record where a deadline is handled: ``entity`` is "session", "plan", "family" or
    "match" (a placement match; ``uid`` is the match's)."""

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
    #: Which one of a series it is (§ 95: 1 is the first follow-up); 0 for a one-off.
    number: int = 0
    #: The record the deadline is for when it is not ``target`` itself (a match's
    #: follow-up); it names the deadline's calendar event.
    record_uid: str = ""

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
    session_uids: Collection[str] | None = None,
) -> list[Deadline]:
    """Planned sessions from the start of ``start`` (None: any time) to the end of ``end``
    (only those of ``session_uids`` when given)."""
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
    if session_uids is not None:
        stmt = stmt.where(ContactSession.uid.in_(sorted(session_uids)))
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
            # Both read through ix_contact_session_unfinished (migration 0014), in start order.
            ContactSession.finalized_at.is_(None),
            likely(ContactSession.status.in_(FINALIZABLE_STATUSES)),
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
    # ``concern IS 1`` reads through ix_contact_session_concern (migration 0014): only the
    # sessions with a concern, in start order.
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


# --- Barnets lov § 95: the follow-ups on a family's support -------------------------------

#: § 95: the first follow-up comes at the latest this many months after the support started.
FIRST_FOLLOW_UP_MONTHS = 3


def first_follow_up(support_started_on: date, investigation_finished_on: date | None) -> date:
    """The first § 95 follow-up: the earlier of the investigation's end and three months
    after the support started (only the three months when no investigation end is set)."""
    three_months = add_months(support_started_on, FIRST_FOLLOW_UP_MONTHS)
    if investigation_finished_on is None:
        return three_months
    return min(investigation_finished_on, three_months)


def follow_up_due(first: date, every_months: int | None, number: int) -> date | None:
    """The day follow-up ``number`` (1 = the first) is due; None past the first without a cadence.

    Counted from the first follow-up's day each time (``first`` + (n-1)×cadence), never
    from the one before, so a schedule that passes a short month keeps its day: from
    31 January every month gives 28/29 February, then 31 March, not 28 March.
    """
    if number < 1:
        raise ValueError("follow-ups are numbered from 1")
    if number == 1:
        return first
    if not every_months or every_months < 1:
        return None
    return add_months(first, (number - 1) * every_months)


def follow_up_schedule(
    support_started_on: date,
    investigation_finished_on: date | None,
    every_months: int | None,
    review_days: Iterable[date],
) -> tuple[int, date] | None:
    """The first § 95 follow-up still owed, as (number, due day); None when none is owed.

    What counts as done: a plan review (``Review``) recorded after the support
    started. § 95 sets the day a follow-up must have happened *by*, so a review
    before the due day meets it, and so does a late one (the follow-up was then
    held late, and the next is owed). Each review meets one follow-up, in date
    order, and only a review after the previous follow-up's due day can meet the
    next one: two reviews a week apart before the first due day do not meet the
    first two. The days stay on the schedule decided and explained to the family
    (``follow_up_due``); a late follow-up does not move the later ones.
    """
    first = first_follow_up(support_started_on, investigation_finished_on)
    reviews = sorted(d for d in review_days if d > support_started_on)
    used = 0  # reviews consumed so far
    previous_due = support_started_on
    number = 1
    while True:
        due = follow_up_due(first, every_months, number)
        if due is None:
            return None
        while used < len(reviews) and reviews[used] <= previous_due:
            used += 1
        if used == len(reviews):
            return number, due
        used += 1
        previous_due = due
        number += 1


def _latest_live_plans(s: Session, family_ids: list[int]) -> dict[int, str]:
    """Each family's newest live plan (where a follow-up is recorded as a review)."""
    out: dict[int, str] = {}
    if not family_ids:
        return out
    rows = s.execute(
        select(ActionPlan.family_id, ActionPlan.uid)
        .where(ActionPlan.family_id.in_(family_ids), ActionPlan.status.in_(LIVE_PLAN_STATUSES))
        .order_by(ActionPlan.position, ActionPlan.id)
    )
    for family_id, uid in rows:
        out[family_id] = uid  # the last in position order wins
    return out


def follow_ups(
    s: Session,
    until: date,
    *,
    since: date | None = None,
    family_uid: str | None = None,
    limit: int = DEFAULT_LIMIT,
    today: date | None = None,
) -> list[Deadline]:
    """§ 95 follow-ups owed, due on or before ``until`` (and from ``since``), oldest first.

    One per family at most: the first still owed (``follow_up_schedule``), counting the
    reviews recorded up to ``today`` (all of them when None). Families with no
    ``support_started_on`` have none, nor has a closed case.
    """
    supported = (Family.support_started_on.is_not(None), Family.status != "closed")
    stmt = select(
        Family.id,
        Family.uid,
        Family.reference,
        Family.name,
        Family.support_started_on,
        Family.investigation_finished_on,
        Family.follow_up_every_months,
    ).where(*supported)
    families = s.execute(_for_family(stmt, family_uid)).all()
    if not families:
        return []
    # The reviews of the same families, in one query joined on the same filter.
    held: dict[int, list[date]] = {f.id: [] for f in families}
    review_stmt = (
        select(ActionPlan.family_id, Review.date)
        .join(ActionPlan, ActionPlan.id == Review.plan_id)
        .join(Family, Family.id == ActionPlan.family_id)
        .where(*supported)
    )
    if today is not None:
        review_stmt = review_stmt.where(Review.date <= today)
    for family_id, day in s.execute(_for_family(review_stmt, family_uid)):
        held[family_id].append(day)
    owed_by: list[tuple[date, str, int, Any]] = []
    for fam in families:
        owed = follow_up_schedule(
            fam.support_started_on,
            fam.investigation_finished_on,
            fam.follow_up_every_months,
            held[fam.id],
        )
        if owed is None:
            continue
        number, due = owed
        if due > until or (since is not None and due < since):
            continue
        owed_by.append((due, fam.reference, number, fam))
    owed_by.sort(key=lambda o: (o[0], o[1]))
    owed_by = owed_by[: max(0, limit)]
    # Where each is recorded: the family's live plan, looked up for those shown only.
    plans = _latest_live_plans(s, [o[3].id for o in owed_by])
    return [
        Deadline(
            kind=Kind.FOLLOW_UP,
            due=due,
            basis=Basis.FOLLOW_UP_95,
            family_uid=fam.uid,
            family_reference=fam.reference,
            family_name=fam.name,
            target=Target("plan", plans[fam.id]) if fam.id in plans else Target("family", fam.uid),
            number=number,
        )
        for due, _ref, number, fam in owed_by
    ]


# --- the placement match: its first year's follow-ups, and the child heard before it ------


def match_follow_ups(
    s: Session,
    until: date,
    *,
    since: date | None = None,
    family_uid: str | None = None,
    limit: int = DEFAULT_LIMIT,
) -> list[Deadline]:
    """Planned follow-ups of placements (matches ``placed``, not ended), due on or before
    ``until`` (and from ``since``), oldest first; ``detail`` is the child's given name."""
    stmt = (
        select(MatchFollowUp, PlacementMatch, Member, Family)
        .join(PlacementMatch, PlacementMatch.id == MatchFollowUp.match_id)
        .join(Member, Member.id == PlacementMatch.member_id)
        .join(Family, Family.id == Member.family_id)
        .where(
            MatchFollowUp.status == "planned",
            MatchFollowUp.date <= until,
            PlacementMatch.status == "placed",
            Family.status != "closed",
        )
        .order_by(MatchFollowUp.date, Family.reference, MatchFollowUp.id)
        .limit(max(0, limit))
    )
    if since is not None:
        stmt = stmt.where(MatchFollowUp.date >= since)
    return [
        Deadline(
            kind=Kind.MATCH_FOLLOW_UP,
            due=f.date,
            basis=Basis.MATCH_FIRST_YEAR,
            family_uid=fam.uid,
            family_reference=fam.reference,
            family_name=fam.name,
            target=Target("match", match.uid),
            detail=child.given_name,
            number=f.position + 1,
            record_uid=f.uid,
        )
        for f, match, child, fam in s.execute(_for_family(stmt, family_uid))
    ]


#: A conversation with the child counts for a decision this many months after it
#: (``child_voice.REMINDER_MONTHS``, the reminder's rule).
CONVERSATION_MONTHS = REMINDER_MONTHS


def conversation_due(last_conversation: date | None, today: date) -> date:
    """When a børnesamtale is owed for a match not yet decided (Barnets lov § 5).

    The decision may come any day, so the child is to be heard now: with no
    conversation recorded the day is ``today``; after one, it is the day that
    conversation stops counting (``CONVERSATION_MONTHS`` later), overdue after it.
    """
    if last_conversation is None:
        return today
    return add_months(last_conversation, CONVERSATION_MONTHS)


def conversations_owed(
    s: Session,
    today: date,
    until: date,
    *,
    family_uid: str | None = None,
    limit: int = DEFAULT_LIMIT,
) -> list[Deadline]:
    """A børnesamtale per match still ``exploring`` whose child's last conversation (up to
    ``today``) stops counting by ``until``, or who has none (a declined conversation
    counts: the child was asked, and may decline).

    ``number`` is 0 when none has ever been recorded (the day is ``today``'s and
    moves with it: a calendar export leaves such an item out).
    """
    last = (
        select(func.max(ChildConversation.date))
        .where(ChildConversation.member_id == Member.id, ChildConversation.date <= today)
        .scalar_subquery()
    )
    stmt = (
        select(PlacementMatch, Member, Family, last)
        .join(Member, Member.id == PlacementMatch.member_id)
        .join(Family, Family.id == Member.family_id)
        .where(PlacementMatch.status == "exploring", Family.status != "closed")
        .order_by(Family.reference, PlacementMatch.id)
    )
    out = []
    for match, child, fam, day in s.execute(_for_family(stmt, family_uid)):
        due = conversation_due(day, today)
        if due > until:
            continue
        out.append(
            Deadline(
                kind=Kind.CHILD_CONVERSATION,
                due=due,
                basis=Basis.CHILD_CONVERSATION,
                family_uid=fam.uid,
                family_reference=fam.reference,
                family_name=fam.name,
                target=Target("match", match.uid),
                detail=child.given_name,
                number=0 if day is None else 1,
                record_uid=match.uid,
            )
        )
    out.sort(key=lambda d: (d.due, d.family_reference))
    return out[: max(0, limit)]


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
    #: § 95 follow-ups owed: overdue, and due in the reviews' window.
    follow_ups: list[Deadline]
    #: Placements' first-year follow-ups still planned: overdue, and in the reviews' window.
    match_follow_ups: list[Deadline] = field(default_factory=list)
    #: Børnesamtaler owed before a match is decided (Barnets lov § 5).
    conversations: list[Deadline] = field(default_factory=list)

    def all(self) -> list[Deadline]:
        return [
            *self.missed_appointments,
            *self.appointments,
            *self.overdue_reviews,
            *self.upcoming_reviews,
            *self.follow_ups,
            *self.match_follow_ups,
            *self.conversations,
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
            follow_ups=follow_ups(
                s, today + timedelta(days=review_days), limit=limit, today=today
            ),
            match_follow_ups=match_follow_ups(
                s, today + timedelta(days=review_days), limit=limit
            ),
            conversations=conversations_owed(
                s, today, today + timedelta(days=review_days), limit=limit
            ),
        )


def overdue_note_count(store: Store, today: date) -> int:
    """Notes past their deadline across the caseload (the status bar's flag)."""
    with store.read_session() as s:
        return count_overdue_notes(s, today)


#: The agenda lists everything in its weeks; this only guards against a runaway store.
AGENDA_LIMIT = 5000


def agenda_deadlines(store: Store, weeks: int, today: date) -> list[Deadline]:
    """Appointments, reviews, § 95 and placement follow-ups and børnesamtaler owed, up to
    ``weeks`` after ``today``, overdue ones included."""
    with store.read_session() as s:
        return deadlines_until(s, today + timedelta(weeks=weeks), today)


def deadlines_until(
    s: Session, horizon: date, today: date, *, session_uids: Collection[str] | None = None
) -> list[Deadline]:
    """``agenda_deadlines`` inside the caller's unit of work, up to ``horizon`` (of the
    appointments only those of ``session_uids`` when given)."""
    return [
        *appointments(s, None, horizon, limit=AGENDA_LIMIT, session_uids=session_uids),
        *reviews(s, horizon, limit=AGENDA_LIMIT),
        *follow_ups(s, horizon, limit=AGENDA_LIMIT, today=today),
        *match_follow_ups(s, horizon, limit=AGENDA_LIMIT),
        *conversations_owed(s, today, horizon, limit=AGENDA_LIMIT),
    ]


def sort_key(item: Deadline) -> tuple[date, str, str]:
    moment = instant_key(item.start) if item.start is not None else ""
    return (item.due, moment, item.family_reference)


def by_due(items: Iterable[Deadline]) -> list[Deadline]:
    """Soonest (or most overdue) first; within a day by time, then reference."""
    return sorted(items, key=sort_key)
