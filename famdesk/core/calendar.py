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
of adding a second one, also when it moved beyond the export's weeks, and a
session cancelled (or a review of a plan that ended) since an earlier export
is sent with STATUS:CANCELLED.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta

from icalendar import Calendar, Event
from sqlalchemy import select
from sqlalchemy.orm import Session

from famdesk.core import audit, deadlines, words
from famdesk.core.sessions import LOCAL_TZ, instant_key
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
    #: Off since an export carried it (only ever in an export: ``moved_or_gone``).
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
    return _agenda_items(deadlines.agenda_deadlines(store, weeks, today), today)


def _agenda_items(found: list[deadlines.Deadline], today: date) -> list[AgendaItem]:
    """Deadlines as agenda items, overdue ones (oldest first) first."""
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
        for d in found
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


#: How far ahead an event that moved out of an export's weeks is looked for.
FAR_WEEKS = 520


def _kind_of(key: str) -> tuple[str, int]:
    """The agenda kind and series number of an event's key (``deadline_key``)."""
    prefix = key.partition(":")[0]
    if prefix.startswith("follow-up-"):
        return "follow-up", int(prefix.removeprefix("follow-up-"))
    return prefix, 0


#: The basis of an event known only from its row, by its kind.
_BASES = {
    "session": deadlines.Basis.PLANNED,
    "review": deadlines.Basis.PLAN_REVIEW,
    "follow-up": deadlines.Basis.FOLLOW_UP_95,
    "match-follow-up": deadlines.Basis.MATCH_FIRST_YEAR,
    "child-conversation": deadlines.Basis.CHILD_CONVERSATION,
}


def _cancelled(row: CalendarEvent, family: Family) -> AgendaItem:
    """The event as last exported, now cancelled."""
    kind, number = _kind_of(row.key)
    start: datetime | None = None
    duration = 0
    if "T" in row.last_start:
        start = datetime.fromisoformat(row.last_start)
        duration = int((datetime.fromisoformat(row.last_end) - start).total_seconds() // 60)
        day = start.astimezone(LOCAL_TZ).date()
    else:
        day = date.fromisoformat(row.last_start)
    return AgendaItem(
        kind=kind,
        day=day,
        start=start,
        duration_minutes=duration,
        overdue=False,
        family_uid=family.uid,
        family_reference=family.reference,
        family_name=family.name,
        uid=row.key.partition(":")[2],
        title="",
        location="",
        basis=_BASES[kind].value,
        number=number,
        key=row.key,
        cancelled=True,
    )


def _row_day(row: CalendarEvent) -> date:
    if "T" in row.last_start:
        return datetime.fromisoformat(row.last_start).astimezone(LOCAL_TZ).date()
    return date.fromisoformat(row.last_start)


def moved_or_gone(s: Session, items: list[AgendaItem], today: date) -> list[AgendaItem]:
    """Events a calendar holds from an earlier export, from ``today`` on, that this
    export's ``items`` leave out: where they went, or that they are off.

    An event whose record is still due is sent at its new day, even beyond the
    export's weeks (a review put off by three months moves, rather than staying
    in the calendar at its old day). A session cancelled or deleted, and a review
    of a plan that ended, are sent cancelled (and stay so in later exports while
    upcoming). One that was done — a session held, a follow-up met — is left as
    the calendar has it.
    """
    sent = {item_key(i) for i in items}
    earliest = (today - timedelta(days=1)).isoformat()  # a UTC instant may be the day before
    rows = [
        (row, fam)
        for row, fam in s.execute(
            select(CalendarEvent, Family)
            .join(Family, Family.id == CalendarEvent.family_id)
            .where(CalendarEvent.last_start >= earliest)
        )
        if row.key not in sent and _row_day(row) >= today
    ]
    if not rows:
        return []
    # Of the planned sessions, only those the calendar holds: the rest are not news.
    sessions = {r.key.partition(":")[2] for r, _f in rows if r.key.startswith("session:")}
    later = deadlines.deadlines_until(
        s, today + timedelta(weeks=FAR_WEEKS), today, session_uids=sessions
    )
    found = [i for i in _agenda_items(later, today) if not _floating(i)]
    far = {item_key(i): i for i in plan_lineage_keys(s, found)}
    out: list[AgendaItem] = []
    for row, fam in rows:
        kind, _number = _kind_of(row.key)
        if row.key in far:
            out.append(far[row.key])
        elif kind == "session":
            status = s.scalar(
                select(ContactSession.status).where(
                    ContactSession.uid == row.key.partition(":")[2]
                )
            )
            if status in (None, "cancelled"):
                out.append(_cancelled(row, fam))
        elif kind == "review":
            out.append(_cancelled(row, fam))
    return out


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

    An event of an earlier export that moved beyond the weeks is written at its
    new day, and one that is off is written as cancelled (``moved_or_gone``); a
    børnesamtale owed without a fixed day is left out (``_floating``). Each
    event's UID and SEQUENCE are kept in the store (``stamp_events``) in the same
    unit of work as the audit line, which the file is written inside of: if it
    cannot be written, neither is kept. Returns the number of events. The file
    is written owner-only and atomically.
    """
    if detail not in DETAILS:
        raise ValueError(f"detail must be one of {', '.join(DETAILS)}")
    with store.session() as s:
        found = deadlines.deadlines_until(s, today + timedelta(weeks=weeks), today)
        items = [i for i in _agenda_items(found, today) if not i.overdue and not _floating(i)]
        items = plan_lineage_keys(s, items)
        items += moved_or_gone(s, items, today)
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
