"""The worker's calendar: planned sessions, plan review dates and § 95 follow-ups, and an
iCalendar export.

The agenda lists what is due in the coming weeks, overdue items first: a
planned session whose time has passed without being marked held (or
cancelled), a plan review date or a Barnets lov § 95 follow-up that has
passed. Closed families and finished plans are left out. Each item carries
its basis (``core.deadlines``).

The ``.ics`` export leaves the encrypted store and typically lands in a phone
or a web calendar, so by default an event carries only the family reference
(no names, no addresses, no note text). ``detail="name"`` adds the family's
name and the session's location, when the worker chooses so.

An event's UID belongs to its record (the session, the review of a plan's
line of versions, the n-th follow-up, …), never to its date, and
``calendar_event`` keeps its SEQUENCE: importing a later export moves the
event (a moved review, a rescheduled visit, a revised plan's review) instead
of adding a second one, and a session cancelled since an
earlier export is sent with STATUS:CANCELLED.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta

from icalendar import Calendar, Event
from sqlalchemy import String, literal, select, type_coerce
from sqlalchemy.orm import Session

from famdesk.core import audit, deadlines, words
from famdesk.core.sessions import LOCAL_TZ, instant_key, local_day_bounds
from famdesk.db.models import ActionPlan, CalendarEvent, ContactSession, Family
from famdesk.db.store import Store
from famdesk.files import private_file

DETAILS = ("reference", "name")
OPEN_PLAN_STATUSES = ("draft", "agreed")
PRODID = "-//famdesk//famdesk calendar//DA"


@dataclass(frozen=True)
class AgendaItem:
    """A planned session (``kind == "session"``), a plan review date (``"review"``) or a
    § 95 follow-up (``"follow-up"``), with the rule that sets its day (``basis``)."""

    kind: str
    day: date
    #: The session's start; None for a review (a whole day).
    start: datetime | None
    duration_minutes: int
    overdue: bool
    family_uid: str
    family_reference: str
    family_name: str
    #: The session's uid, or the plan's uid for a review.
    uid: str
    #: The session kind (``home-visit``, …) or the plan's title.
    title: str
    location: str
    #: Why it is due: a ``deadlines.Basis`` value (the catalogue's ``deadline_basis``).
    basis: str = ""
    #: Which follow-up of a series it is (§ 95); 0 for a one-off.
    number: int = 0
    #: The record the item stands for (``deadline_key``): its calendar event's identity.
    key: str = ""
    #: A session cancelled after an export carried it (only ever in an export).
    cancelled: bool = False


def _agenda_kind(kind: deadlines.Kind) -> str:
    return {deadlines.Kind.APPOINTMENT: "session", deadlines.Kind.REVIEW: "review"}.get(
        kind, kind.value
    )


def deadline_key(d: deadlines.Deadline) -> str:
    """What stays the same when a deadline moves: its record, never its date.

    A session, a plan's review, a placement's follow-up and a match's børnesamtale
    are their record's; the § 95 follow-ups of a family are one series, each by its
    number.
    """
    if d.kind == deadlines.Kind.FOLLOW_UP:
        return f"follow-up-{d.number}:{d.family_uid}"
    if d.kind == deadlines.Kind.APPOINTMENT:
        return f"session:{d.target.uid}"
    return f"{d.kind.value}:{d.record_uid or d.target.uid}"


def agenda(store: Store, today: date, weeks: int = 4) -> list[AgendaItem]:
    """Planned sessions and reviews up to ``weeks`` ahead; overdue ones (oldest first) first.

    The dates come from ``core.deadlines``, as the dashboard's do.
    """
    if weeks < 0:
        raise ValueError("weeks must be 0 or more")
    items = [
        AgendaItem(
            kind=_agenda_kind(d.kind),
            day=d.due,
            start=d.start,
            duration_minutes=d.duration_minutes,
            overdue=d.overdue(today),
            family_uid=d.family_uid,
            family_reference=d.family_reference,
            family_name=d.family_name,
            uid=d.target.uid,
            title=d.detail,
            location=d.location,
            basis=d.basis.value,
            number=d.number,
            key=deadline_key(d),
        )
        for d in deadlines.agenda_deadlines(store, weeks, today)
    ]

    def key(item: AgendaItem) -> tuple[bool, date, str, str]:
        moment = instant_key(item.start) if item.start else ""
        return (not item.overdue, item.day, moment, item.family_reference)

    return sorted(items, key=key)


def week_start(day: date) -> date:
    """The Monday of ``day``'s week (Danish weeks start on Monday)."""
    return day - timedelta(days=day.weekday())


def agenda_week(store: Store, monday: date, today: date) -> list[AgendaItem]:
    """The agenda of the week starting ``monday``: its days' items in order, and —
    in the week that holds ``today`` — everything overdue first, so nothing late
    hides in a week the worker has paged past."""
    if monday.weekday() != 0:
        raise ValueError(f"a week starts on a Monday, not on {monday.isoformat()}")
    sunday = monday + timedelta(days=6)
    weeks = max(0, (sunday - today).days // 7 + 1)
    this_week = monday <= today <= sunday
    return [
        item
        for item in agenda(store, today, weeks)
        if monday <= item.day <= sunday or (this_week and item.overdue)
    ]


#: What an agenda item can be (``AgendaItem.kind``), each named in the catalogue.
CALENDAR_KINDS = ("session", "review", "follow-up", "match-follow-up", "child-conversation")

#: The status of an exported event (``calendar_event.status``).
CONFIRMED, CANCELLED = "confirmed", "cancelled"


@dataclass(frozen=True)
class EventStamp:
    """An event's iCalendar identity: its UID for life and its current SEQUENCE."""

    uid: str
    sequence: int


def item_key(item: AgendaItem) -> str:
    """The record an item stands for (``AgendaItem.key``; made up for an item built by hand)."""
    return item.key or f"{item.kind}:{item.uid}"


def event_uid(key: str) -> str:
    """The UID an event is given the first time: its record's, never its date.

    A session keeps the UID earlier exports gave it (``session-<uid>@famdesk``).
    """
    kind, _, uid = key.partition(":")
    return f"{kind}-{uid}@famdesk"


def _span(item: AgendaItem) -> tuple[str, str]:
    """Start and end as stored in ``calendar_event``: UTC instants, or whole days."""
    if item.start is not None:
        start = item.start.astimezone(UTC)
        end = start + timedelta(minutes=item.duration_minutes)
        return start.isoformat(), end.isoformat()
    return item.day.isoformat(), (item.day + timedelta(days=1)).isoformat()


def stamp_events(s: Session, items: list[AgendaItem]) -> dict[str, EventStamp]:
    """Each item's UID and SEQUENCE, kept in ``calendar_event`` inside the caller's unit of work.

    An item seen for the first time gets its UID and SEQUENCE 0; one whose start,
    end or status differs from what was last exported gets its SEQUENCE raised by
    one (RFC 5545: a calendar then replaces its copy instead of adding another).
    """
    keys = sorted({item_key(i) for i in items})
    rows: dict[str, CalendarEvent] = {}
    for chunk in range(0, len(keys), 500):
        wanted = keys[chunk : chunk + 500]
        found = s.scalars(select(CalendarEvent).where(CalendarEvent.key.in_(wanted)))
        rows.update((r.key, r) for r in found)
    family_uids = sorted({i.family_uid for i in items})
    family_ids: dict[str, int] = {}
    for chunk in range(0, len(family_uids), 500):
        wanted = family_uids[chunk : chunk + 500]
        family_ids.update(
            (uid, fid)
            for uid, fid in s.execute(select(Family.uid, Family.id).where(Family.uid.in_(wanted)))
        )
    for item in items:
        key = item_key(item)
        start, end = _span(item)
        status = CANCELLED if item.cancelled else CONFIRMED
        row = rows.get(key)
        if row is None:
            row = CalendarEvent(
                family_id=family_ids[item.family_uid],
                key=key,
                uid=event_uid(key),
                sequence=0,
                last_start=start,
                last_end=end,
                status=status,
            )
            s.add(row)
            rows[key] = row
        elif (row.last_start, row.last_end, row.status) != (start, end, status):
            row.sequence += 1
            row.last_start, row.last_end, row.status = start, end, status
    s.flush()
    return {key: EventStamp(row.uid, row.sequence) for key, row in rows.items()}


def plan_lineage_keys(s: Session, items: list[AgendaItem]) -> list[AgendaItem]:
    """Review items keyed by the first version of their plan, not the version itself.

    Agreeing a revised plan moves the review from the old version to the new one
    (``plans.agree_plan``); keyed by the line of versions, the calendar's event
    moves with it instead of a second one appearing beside the old.
    """
    reviews = {i.uid for i in items if i.kind == "review"}
    if not reviews:
        return items
    families = sorted({i.family_uid for i in items if i.kind == "review"})
    previous: dict[int, int | None] = {}
    uids: dict[int, str] = {}
    ids: dict[str, int] = {}
    for chunk in range(0, len(families), 500):
        rows = s.execute(
            select(ActionPlan.id, ActionPlan.uid, ActionPlan.previous_plan_id)
            .join(Family, Family.id == ActionPlan.family_id)
            .where(Family.uid.in_(families[chunk : chunk + 500]))
        )
        for plan_id, uid, before in rows:
            previous[plan_id], uids[plan_id], ids[uid] = before, uid, plan_id

    def root(uid: str) -> str:
        plan_id = ids[uid]
        seen = {plan_id}
        while (before := previous.get(plan_id)) is not None and before not in seen:
            plan_id = before
            seen.add(plan_id)
        return uids[plan_id]

    return [
        replace(i, key=f"review:{root(i.uid)}") if i.kind == "review" and i.uid in ids else i
        for i in items
    ]


def cancelled_sessions(s: Session, today: date, until: date) -> list[AgendaItem]:
    """Sessions cancelled after a calendar was given them, from ``today`` to ``until``.

    Only a session that an export has carried (it has a ``calendar_event``) is
    sent again, as cancelled: a calendar that never had it has nothing to remove.
    """
    key = literal("session:", String) + ContactSession.uid
    start_text = type_coerce(ContactSession.start, String)
    stmt = (
        select(ContactSession, Family)
        .join(Family, Family.id == ContactSession.family_id)
        .join(CalendarEvent, CalendarEvent.key == key)
        .where(
            ContactSession.status == "cancelled",
            start_text >= instant_key(local_day_bounds(today)[0]),
            start_text < instant_key(local_day_bounds(until)[1]),
        )
        .order_by(start_text, ContactSession.id)
    )
    return [
        AgendaItem(
            kind="session",
            day=cs.start.astimezone(LOCAL_TZ).date(),
            start=cs.start,
            duration_minutes=cs.duration_minutes,
            overdue=False,
            family_uid=fam.uid,
            family_reference=fam.reference,
            family_name=fam.name,
            uid=cs.uid,
            title=cs.kind,
            location=cs.location,
            basis=deadlines.Basis.PLANNED.value,
            key=f"session:{cs.uid}",
            cancelled=True,
        )
        for cs, fam in s.execute(stmt)
    ]


def build_calendar(
    items: list[AgendaItem],
    detail: str = "reference",
    lang: str = "da",
    now: datetime | None = None,
    stamps: Mapping[str, EventStamp] | None = None,
) -> Calendar:
    """An iCalendar of agenda items; only the family reference unless ``detail="name"``.

    Each event's UID and SEQUENCE come from ``stamps`` (``stamp_events``); an item
    without one gets its first UID and SEQUENCE 0. A cancelled session is an event
    with STATUS:CANCELLED.
    """
    if detail not in DETAILS:
        raise ValueError(f"detail must be one of {', '.join(DETAILS)}")
    lang = lang if lang in words.LANGUAGES else "en"
    labels = {kind: words.text(f"calendar.{kind}", lang) for kind in CALENDAR_KINDS}
    stamp = now or datetime.now(UTC)
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    for item in items:
        key = item_key(item)
        known = (stamps or {}).get(key) or EventStamp(event_uid(key), 0)
        event = Event()
        who = item.family_reference
        if detail == "name":
            who = f"{item.family_reference} – {item.family_name}"
        event.add("uid", known.uid)
        event.add("sequence", known.sequence)
        event.add("dtstamp", stamp)
        event.add("status", "CANCELLED" if item.cancelled else "CONFIRMED")
        if item.kind == "session":
            assert item.start is not None
            event.add("summary", f"{who} – {labels['session']}")
            event.add("dtstart", item.start.astimezone(UTC))
            event.add(
                "dtend", (item.start + timedelta(minutes=item.duration_minutes)).astimezone(UTC)
            )
            if detail == "name" and item.location:
                event.add("location", item.location)
        else:
            event.add("summary", f"{who} – {labels[item.kind]}")
            event.add("dtstart", item.day)
            event.add("dtend", item.day + timedelta(days=1))
            event.add("transp", "TRANSPARENT")
        if item.basis:
            event.add("description", words.label("deadline_basis", item.basis, lang))
        cal.add_component(event)
    return cal


def _floating(item: AgendaItem) -> bool:
    """A børnesamtale owed with none ever recorded is due "today" on every day: an event
    that would move each time is left out of a calendar (the agenda shows it)."""
    return item.kind == "child-conversation" and item.number == 0


def export_ics(
    store: Store,
    path: str | os.PathLike[str],
    today: date,
    weeks: int = 4,
    detail: str = "reference",
    lang: str = "da",
) -> int:
    """Write the coming weeks' agenda (from today; overdue items are left out) as ``.ics``.

    Sessions cancelled since an earlier export are written as cancelled; a
    børnesamtale owed without a fixed day is left out (``_floating``). Each
    event's UID and SEQUENCE are kept in the store (``stamp_events``) in the same
    unit of work as the audit line, which the file is written inside of: if it
    cannot be written, neither is kept. Returns the number of events. The file
    is written owner-only and atomically.
    """
    if detail not in DETAILS:
        raise ValueError(f"detail must be one of {', '.join(DETAILS)}")
    items = [i for i in agenda(store, today, weeks) if not i.overdue and not _floating(i)]
    with store.session() as s:
        items += cancelled_sessions(s, today, today + timedelta(weeks=weeks))
        items = plan_lineage_keys(s, items)
        stamps = stamp_events(s, items)
        data = build_calendar(items, detail, lang, stamps=stamps).to_ical()
        with private_file(path) as fh:
            fh.write(data)
        audit.record(
            s,
            "export",
            "calendar",
            detail={"format": "ics", "events": len(items), "weeks": weeks, "detail": detail},
        )
    return len(items)
