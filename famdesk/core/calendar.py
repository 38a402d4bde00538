"""The worker's calendar: planned sessions and plan review dates, and an iCalendar export.

The agenda lists what is due in the coming weeks, overdue items first: a
planned session whose time has passed without being marked held (or
cancelled), and a plan review date that has passed. Closed families and
finished plans are left out.

The ``.ics`` export leaves the encrypted store and typically lands in a phone
or a web calendar, so by default an event carries only the family reference
(no names, no addresses, no note text). ``detail="name"`` adds the family's
name and the session's location, when the worker chooses so.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from icalendar import Calendar, Event

from famdesk.core import audit, deadlines, words
from famdesk.core.sessions import instant_key
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
    #: The record the item stands for: "session:<uid>", "plan:<uid>", "follow-up:<family uid>".
    key: str = ""


def _agenda_kind(kind: deadlines.Kind) -> str:
    return {deadlines.Kind.APPOINTMENT: "session", deadlines.Kind.REVIEW: "review"}.get(
        kind, kind.value
    )


def deadline_key(d: deadlines.Deadline) -> str:
    """What stays the same when a deadline moves: its record, never its date.

    A session and a plan's review are their record's; the § 95 follow-ups of a
    family are one series, each by its number.
    """
    if d.kind == deadlines.Kind.FOLLOW_UP:
        return f"follow-up-{d.number}:{d.family_uid}"
    if d.kind == deadlines.Kind.APPOINTMENT:
        return f"session:{d.target.uid}"
    return f"{d.kind.value}:{d.target.uid}"


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


def build_calendar(
    items: list[AgendaItem],
    detail: str = "reference",
    lang: str = "da",
    now: datetime | None = None,
) -> Calendar:
    """An iCalendar of agenda items; only the family reference unless ``detail="name"``."""
    if detail not in DETAILS:
        raise ValueError(f"detail must be one of {', '.join(DETAILS)}")
    lang = lang if lang in words.LANGUAGES else "en"
    labels = {
        kind: words.text(f"calendar.{kind}", lang) for kind in ("review", "session", "follow-up")
    }
    stamp = now or datetime.now(UTC)
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    for item in items:
        event = Event()
        who = item.family_reference
        if detail == "name":
            who = f"{item.family_reference} – {item.family_name}"
        event.add("dtstamp", stamp)
        if item.kind == "session":
            assert item.start is not None
            event.add("uid", f"session-{item.uid}@famdesk")
            event.add("summary", f"{who} – {labels['session']}")
            event.add("dtstart", item.start.astimezone(UTC))
            event.add(
                "dtend", (item.start + timedelta(minutes=item.duration_minutes)).astimezone(UTC)
            )
            if detail == "name" and item.location:
                event.add("location", item.location)
        else:
            event.add("uid", f"review-{item.uid}-{item.day.isoformat()}@famdesk")
            event.add("summary", f"{who} – {labels[item.kind]}")
            event.add("dtstart", item.day)
            event.add("dtend", item.day + timedelta(days=1))
            event.add("transp", "TRANSPARENT")
        if item.basis:
            event.add("description", words.label("deadline_basis", item.basis, lang))
        cal.add_component(event)
    return cal


def export_ics(
    store: Store,
    path: str | os.PathLike[str],
    today: date,
    weeks: int = 4,
    detail: str = "reference",
    lang: str = "da",
) -> int:
    """Write the coming weeks' agenda (from today; overdue items are left out) as ``.ics``.

    Returns the number of events. The file is written owner-only and
    atomically; the export is audited with its criteria.
    """
    if detail not in DETAILS:
        raise ValueError(f"detail must be one of {', '.join(DETAILS)}")
    items = [i for i in agenda(store, today, weeks) if not i.overdue]
    data = build_calendar(items, detail, lang).to_ical()
    with private_file(path) as fh:
        fh.write(data)
    with store.session() as s:
        audit.record(
            s,
            "export",
            "calendar",
            detail={"format": "ics", "events": len(items), "weeks": weeks, "detail": detail},
        )
    return len(items)
