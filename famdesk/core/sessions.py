"""Contact sessions and their notes: quick entry, finalizing, addenda, drafts, timeline.

The rules a worker relies on live here and hold for every caller (GUI, CLI,
import):

- A session is ``planned`` (a future appointment), ``held``, ``cancelled`` or
  ``no-show``. Turning a planned session into a held one after the visit is a
  single call (``hold_planned_session``).
- A note is *finalized* once; afterwards it is locked. Corrections are dated
  addenda appended to it; the original text never changes. Only a session that
  has happened (held, cancelled or no-show) can be finalized: a no-show or a
  cancellation is a fact worth documenting too, while a *planned* session has
  nothing to lock yet and must first be marked held.
- A *draft* is a session that has happened but is not finalized yet; drafts
  older than ``STALE_DRAFT_DAYS`` days are flagged (notatpligt: write soon).
- A session that raised a *concern* for the child says what the concern is
  (``concern_what``; the editor asks, ``concern_problems``) and records who
  was told of it, when and how (the duty to notify: underretning, Barnets
  lov § 133). A notice may be added after
  the note is finalized — telling someone is not a change of the note — but
  never taken back, and a concern someone was told of stays a concern.

The database repeats the locking rule in triggers (migration 0005), so a path
that bypasses this module still cannot change a finalized note.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import String, delete, exists, func, select, type_coerce
from sqlalchemy.orm import Session, aliased, selectinload

from famdesk.core import audit, rules
from famdesk.core.errors import Code, CoreError, FieldError
from famdesk.core.lookup import family_row, row_by_uid
from famdesk.core.profile import worker_name_in
from famdesk.core.versions import check_version, guarded
from famdesk.db.models import (
    ActionPlan,
    Addendum,
    AutosaveDraft,
    ConcernNotice,
    ContactSession,
    Family,
    Goal,
    Member,
    Professional,
    StoreInfo,
    family_professional,
    session_goal,
)
from famdesk.db.store import Store
from famdesk.vocabulary import (
    FINALIZABLE_STATUSES,
    LIVE_PLAN_STATUSES,
    SESSION_KINDS,
    SESSION_STATUSES,
)

#: The time zone new sessions are written in.
LOCAL_TZ = ZoneInfo("Europe/Copenhagen")
#: Drafts older than this many days are flagged in the drafts list.
STALE_DRAFT_DAYS = 3
#: Sessions looked at to find a family's usual participants.
USUAL_PARTICIPANTS_WINDOW = 3
DEFAULT_KIND = "home-visit"
DEFAULT_DURATION = 60
MAX_DURATION = 24 * 60
#: New sessions start on a quarter hour (rounded down from now).
START_ROUNDING_MINUTES = 15

FINALIZED_MESSAGE = "a finalized note cannot be changed; add an addendum"
#: ``store_info`` key prefix that lets a whole family's locked notes be deleted
#: inside one transaction (see ``permit_note_deletion`` and migration 0005).
DELETION_PERMIT_PREFIX = "note-deletion-permit:"


class SessionError(CoreError, ValueError):
    """Bad input or a refused change to a session: a code, the field, params."""


class FinalizedNoteError(SessionError):
    """An attempt to change a locked note."""

    def __init__(self) -> None:
        super().__init__(Code.SESSION_FINALIZED, FINALIZED_MESSAGE)


@dataclass
class SessionInput:
    """The editable fields of a session, as the entry form holds them."""

    kind: str
    start: datetime
    status: str = "held"
    duration_minutes: int = DEFAULT_DURATION
    location: str = ""
    member_uids: list[str] = field(default_factory=list)
    professional_uids: list[str] = field(default_factory=list)
    goal_uids: list[str] = field(default_factory=list)
    summary: str = ""
    notes: str = ""
    assessment: str = ""
    agreements: str = ""
    concern: bool = False
    #: What the concern is about (required while ``concern`` is set; kept only then).
    concern_what: str = ""


@dataclass(frozen=True)
class ConcernNoticeInput:
    """Who was told of a session's concern, when (a time with its zone) and how."""

    who: str
    at: datetime
    how: str = ""


@dataclass(frozen=True)
class SessionDefaults:
    """What a new entry form starts with, so a routine visit takes under a minute."""

    start: datetime
    kind: str
    duration_minutes: int
    member_uids: list[str]
    professional_uids: list[str]


@dataclass(frozen=True)
class AddendumView:
    uid: str
    at: datetime
    text: str


@dataclass(frozen=True)
class ConcernNoticeView:
    """Who was told of a session's concern, when and how (underretning, Barnets lov § 133)."""

    who: str
    at: datetime
    how: str


@dataclass(frozen=True)
class Participant:
    uid: str
    name: str
    role: str
    is_professional: bool


@dataclass(frozen=True)
class GoalRef:
    uid: str
    title: str
    plan_title: str


@dataclass(frozen=True)
class SessionDetail:
    """A whole session with its note, participants, goals and addenda."""

    uid: str
    family_uid: str
    family_reference: str
    family_name: str
    author: str
    start: datetime
    duration_minutes: int
    status: str
    kind: str
    location: str
    members: list[Participant]
    professionals: list[Participant]
    goals: list[GoalRef]
    summary: str
    notes: str
    assessment: str
    agreements: str
    concern: bool
    finalized_at: datetime | None
    addenda: list[AddendumView]
    #: What the concern was about ("" without a concern or when not written).
    concern_what: str = ""
    #: Who was told of the concern, in the order it was recorded.
    concern_notices: list[ConcernNoticeView] = field(default_factory=list)
    #: The record's save count when read; a save hands it back (``core.versions``).
    row_version: int = 1

    @property
    def finalized(self) -> bool:
        return self.finalized_at is not None

    @property
    def is_draft(self) -> bool:
        return self.finalized_at is None and self.status in FINALIZABLE_STATUSES

    def as_input(self) -> SessionInput:
        """The editable fields, for filling the entry form."""
        return SessionInput(
            kind=self.kind,
            start=self.start,
            status=self.status,
            duration_minutes=self.duration_minutes,
            location=self.location,
            member_uids=[p.uid for p in self.members],
            professional_uids=[p.uid for p in self.professionals],
            goal_uids=[g.uid for g in self.goals],
            summary=self.summary,
            notes=self.notes,
            assessment=self.assessment,
            agreements=self.agreements,
            concern=self.concern,
            concern_what=self.concern_what,
        )


@dataclass(frozen=True)
class SessionRow:
    """One line of a family's timeline (no note text beyond the summary)."""

    uid: str
    start: datetime
    duration_minutes: int
    status: str
    kind: str
    location: str
    summary: str
    concern: bool
    finalized: bool
    addenda: int

    @property
    def is_draft(self) -> bool:
        return not self.finalized and self.status in FINALIZABLE_STATUSES

    def draft_age(self, today: date) -> int | None:
        """Days a draft's note has waited (None for a finalized or planned session)."""
        return draft_age_days(self.start, today) if self.is_draft else None

    def is_stale(self, today: date) -> bool:
        """A draft older than the few days notatpligt allows."""
        age = self.draft_age(today)
        return age is not None and is_stale_age(age)


@dataclass(frozen=True)
class DraftRow:
    """A session that has happened but whose note is not finalized yet."""

    uid: str
    family_uid: str
    family_reference: str
    start: datetime
    kind: str
    age_days: int
    stale: bool
    family_name: str = ""
    #: The note's summary line (never its full text).
    summary: str = ""


@dataclass(frozen=True)
class Period:
    """Inclusive local dates; either end may be open."""

    start: date | None = None
    end: date | None = None


# --- keys and small helpers ----------------------------------------------------------


def autosave_key(*, session_uid: str | None = None, family_uid: str | None = None) -> str:
    """The autosave key of the session editor: an existing session or a new one for a family."""
    if session_uid:
        return f"session:{session_uid}"
    if family_uid:
        return f"new-session:{family_uid}"
    raise ValueError("autosave_key needs a session uid or a family uid")


def round_start(now: datetime) -> datetime:
    """``now`` in local time, rounded down to the quarter hour."""
    if now.tzinfo is None:
        raise SessionError(Code.SESSION_START_NEEDS_ZONE, "the time must carry a time zone")
    local = now.astimezone(LOCAL_TZ).replace(second=0, microsecond=0)
    return local.replace(minute=local.minute - local.minute % START_ROUNDING_MINUTES)


def draft_age_days(start: datetime, today: date) -> int:
    """Whole local days since a session started: how long its note has waited."""
    return (today - start.astimezone(LOCAL_TZ).date()).days


def is_stale_age(age_days: int) -> bool:
    """Notatpligt: a note still unfinished after ``STALE_DRAFT_DAYS`` days is flagged."""
    return age_days > STALE_DRAFT_DAYS


def note_due(session_day: date) -> date:
    """The last day a note may stay unfinished: ``STALE_DRAFT_DAYS`` after the session's day."""
    return session_day + timedelta(days=STALE_DRAFT_DAYS)


def local_day_bounds(day: date) -> tuple[datetime, datetime]:
    """The instants a local calendar day starts and ends (end exclusive)."""
    start = datetime.combine(day, time(0), LOCAL_TZ)
    end = datetime.combine(day + timedelta(days=1), time(0), LOCAL_TZ)
    return start, end


def instant_key(moment: datetime) -> str:
    """The sortable UTC prefix the ``Instant`` column stores; for range comparisons.

    Comparing the column's text against this prefix is exact: a prefix sorts
    before every stored value with the same UTC time, whatever its offset.
    """
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%f")


def _start_text():  # type: ignore[no-untyped-def]
    return type_coerce(ContactSession.start, String)


def _session(s: Session, session_uid: str) -> ContactSession:
    return row_by_uid(s, ContactSession, "session", session_uid)


def _unique(values: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(values))


def _validate(data: SessionInput) -> None:
    if data.status not in SESSION_STATUSES:
        raise SessionError(
            Code.VALUE_UNKNOWN,
            f"{data.status!r} is not one of {', '.join(SESSION_STATUSES)}",
            field="status",
            value=data.status,
        )
    if data.kind not in SESSION_KINDS:
        raise SessionError(
            Code.VALUE_UNKNOWN,
            f"{data.kind!r} is not one of {', '.join(SESSION_KINDS)}",
            field="kind",
            value=data.kind,
        )
    if not isinstance(data.start, datetime) or data.start.tzinfo is None:
        raise SessionError(
            Code.SESSION_START_NEEDS_ZONE,
            "a date and time with a time zone is needed",
            field="start",
        )
    if isinstance(data.duration_minutes, bool) or not isinstance(data.duration_minutes, int):
        raise SessionError(
            Code.SESSION_DURATION_INVALID,
            "whole minutes are needed",
            field="duration_minutes",
            max=MAX_DURATION,
        )
    if not 0 <= data.duration_minutes <= MAX_DURATION:
        raise SessionError(
            Code.SESSION_DURATION_INVALID,
            f"must be between 0 and {MAX_DURATION} minutes",
            field="duration_minutes",
            max=MAX_DURATION,
        )
    _raise_first(rules.check_session(vars(data)))


def concern_problems(data: SessionInput) -> list[FieldError]:
    """A concern the worker raises says what it is about (the session editor asks).

    Not enforced on every door: a version-1 file or a script may hold a
    concern without its details, which the session log then calls "not
    described".
    """
    if data.concern and not data.concern_what.strip():
        return [FieldError("concern_what", "say what the concern is about", Code.VALUE_REQUIRED)]
    return []


def concern_notice_problems(
    notice: ConcernNoticeInput, session_start: datetime, *, now: datetime | None = None
) -> list[FieldError]:
    """What is wrong with a notice of a concern (none: it can be recorded).

    Someone must be named; it happened at a time with its zone, not before the
    session's day and not after ``now`` (the clock by default).
    """
    out = list(rules.text_problems("concern_notice", {"who": notice.who, "how": notice.how}))
    if not notice.who.strip():
        out.insert(0, FieldError("who", "say who was told", Code.VALUE_REQUIRED))
    at = notice.at
    if not isinstance(at, datetime) or at.tzinfo is None:
        out.append(FieldError("at", "a date and time with a time zone", Code.TIME_INVALID))
        return out
    first_day = session_start.astimezone(LOCAL_TZ).date()
    if at.astimezone(LOCAL_TZ).date() < first_day:
        out.append(
            FieldError(
                "at",
                f"told {at.isoformat()}, before the session's day ({first_day.isoformat()})",
                Code.DATE_BEFORE_START,
                {"start": first_day.isoformat()},
            )
        )
    elif at > (now or datetime.now(UTC)):
        out.append(FieldError("at", f"told {at.isoformat()}, in the future", Code.DATE_FUTURE))
    return out


def _tell(
    s: Session, row: ContactSession, notices: Sequence[ConcernNoticeInput], now: datetime
) -> list[str]:
    """Append ``notices`` to the session's concern; returns their uids. Checked first, all."""
    if notices and not row.concern:
        raise SessionError(
            Code.SESSION_CONCERN_NONE,
            "the session raised no concern; tick the concern first",
            field="concern",
        )
    for notice in notices:
        _raise_first(concern_notice_problems(notice, row.start, now=now))
    position = s.scalar(
        select(func.coalesce(func.max(ConcernNotice.position), -1)).where(
            ConcernNotice.session_id == row.id
        )
    )
    first = int(position if position is not None else -1) + 1
    added = [
        ConcernNotice(
            session_id=row.id,
            position=first + i,
            who=n.who.strip(),
            at=n.at.astimezone(LOCAL_TZ),
            how=n.how.strip(),
        )
        for i, n in enumerate(notices)
    ]
    s.add_all(added)
    s.flush()
    return [n.uid for n in added]


def check_finalizable(status: str) -> None:
    """Only a session that took place (or was due to) has a note to lock."""
    if status not in FINALIZABLE_STATUSES:
        raise SessionError(
            Code.SESSION_PLANNED_NOT_FINALIZABLE,
            "a planned session cannot be finalized; mark it held first",
            field="status",
        )


def _raise_first(problems: list[FieldError]) -> None:
    """A session refuses one thing at a time: the first problem core's rules found."""
    if problems:
        first = problems[0]
        raise SessionError(first.code, first.message, field=first.field, **first.params)


@dataclass(frozen=True)
class LinkableGoal:
    """A goal a session may be linked to, with the title of its plan."""

    uid: str
    title: str
    plan_title: str
    open: bool


def _linkable_goals(s: Session, family_id: int) -> list[tuple[Goal, ActionPlan]]:
    """Goals of the family's live plans: drafts and agreed, newest version only."""
    successor = aliased(ActionPlan)
    superseded = exists().where(
        successor.previous_plan_id == ActionPlan.id,
        successor.status.in_(("agreed", "completed")),
    )
    rows = s.execute(
        select(Goal, ActionPlan)
        .join(ActionPlan, ActionPlan.id == Goal.plan_id)
        .where(
            ActionPlan.family_id == family_id,
            ActionPlan.status.in_(LIVE_PLAN_STATUSES),
            ~superseded,
        )
        .order_by(
            ActionPlan.created_on.desc(),
            ActionPlan.version.desc(),
            ActionPlan.id.desc(),
            Goal.position,
        )
    )
    return [(goal, plan) for goal, plan in rows]


def linkable_goals(store: Store, family_uid: str) -> list[LinkableGoal]:
    """The goals a new or edited session may link to (the editor's choices)."""
    with store.read_session() as s:
        family = family_row(s, family_uid)
        return [
            LinkableGoal(g.uid, g.title, p.title, g.status == "open")
            for g, p in _linkable_goals(s, family.id)
        ]


def _resolve_links(
    s: Session, family: Family, data: SessionInput, linked: Iterable[str] = ()
) -> tuple[list[Member], list[Professional], list[Goal]]:
    """Participants and goals by uid, refused unless they belong to this family.

    A goal must be one of ``linkable_goals``, or one the session is already
    ``linked`` to (its plan may have moved on since).
    """
    member_uids = _unique(data.member_uids)
    members = list(
        s.scalars(select(Member).where(Member.uid.in_(member_uids), Member.family_id == family.id))
    )
    if len(members) != len(member_uids):
        found = {m.uid for m in members}
        missing = next(u for u in member_uids if u not in found)
        raise SessionError(
            Code.SESSION_MEMBER_NOT_IN_FAMILY,
            f"{missing} is not a member of this family",
            field="member_uids",
            uid=missing,
        )
    prof_uids = _unique(data.professional_uids)
    professionals = list(
        s.scalars(
            select(Professional)
            .join(family_professional, family_professional.c.professional_id == Professional.id)
            .where(Professional.uid.in_(prof_uids), family_professional.c.family_id == family.id)
        )
    )
    if len(professionals) != len(prof_uids):
        found = {p.uid for p in professionals}
        missing = next(u for u in prof_uids if u not in found)
        raise SessionError(
            Code.SESSION_PROFESSIONAL_NOT_IN_FAMILY,
            f"{missing} is not a collaborator of this family",
            field="professional_uids",
            uid=missing,
        )
    goal_uids = _unique(data.goal_uids)
    allowed = {g.uid: g for g, _ in _linkable_goals(s, family.id)}
    kept = set(linked)
    missing_goals = [u for u in goal_uids if u not in allowed and u not in kept]
    if missing_goals:
        raise SessionError(
            Code.SESSION_GOAL_NOT_LINKABLE,
            f"{missing_goals[0]} is not a goal of this family's current plans",
            field="goal_uids",
            uid=missing_goals[0],
        )
    goals = [allowed[u] for u in goal_uids if u in allowed]
    extra = [u for u in goal_uids if u not in allowed]
    if extra:
        goals += list(s.scalars(select(Goal).where(Goal.uid.in_(extra))))
    order_m = {u: i for i, u in enumerate(member_uids)}
    order_p = {u: i for i, u in enumerate(prof_uids)}
    order_g = {u: i for i, u in enumerate(goal_uids)}
    members.sort(key=lambda m: order_m[m.uid])
    professionals.sort(key=lambda p: order_p[p.uid])
    goals.sort(key=lambda g: order_g[g.uid])
    return members, professionals, goals


def _apply(row: ContactSession, data: SessionInput, links: tuple[list, list, list]) -> None:  # type: ignore[type-arg]
    row.kind = data.kind
    row.status = data.status
    row.start = data.start
    row.duration_minutes = data.duration_minutes
    row.location = data.location.strip()
    row.summary = data.summary
    row.notes = data.notes
    row.assessment = data.assessment
    row.agreements = data.agreements
    if row.concern and not data.concern and row.id is not None and row.concern_notices:
        raise SessionError(
            Code.SESSION_CONCERN_TOLD,
            "someone has been told of this concern; it stays recorded",
            field="concern",
        )
    row.concern = bool(data.concern)
    row.concern_what = data.concern_what.strip() if data.concern else ""
    row.members, row.professionals, row.goals = links


def _discard_autosave(s: Session, *keys: str) -> None:
    s.execute(delete(AutosaveDraft).where(AutosaveDraft.key.in_(keys)))


# --- quick entry ----------------------------------------------------------------------


def new_session_defaults(store: Store, family_uid: str, now: datetime) -> SessionDefaults:
    """Defaults for a new entry: now (rounded), the worker's last kind, the usual participants.

    The usual participants are those present in at least half of the family's
    last few held sessions.
    """
    with store.read_session() as s:
        actor = worker_name_in(s)
        family = family_row(s, family_uid)
        last = s.execute(
            select(ContactSession.kind, ContactSession.duration_minutes)
            .where(ContactSession.author == actor)
            .order_by(ContactSession.id.desc())
            .limit(1)
        ).first()
        recent = list(
            s.scalars(
                select(ContactSession)
                .where(ContactSession.family_id == family.id, ContactSession.status == "held")
                .order_by(_start_text().desc())
                .limit(USUAL_PARTICIPANTS_WINDOW)
                .options(
                    selectinload(ContactSession.members),
                    selectinload(ContactSession.professionals),
                )
            )
        )
        threshold = (len(recent) + 1) // 2
        member_counts: dict[str, int] = {}
        prof_counts: dict[str, int] = {}
        for row in recent:
            for m in row.members:
                member_counts[m.uid] = member_counts.get(m.uid, 0) + 1
            for p in row.professionals:
                prof_counts[p.uid] = prof_counts.get(p.uid, 0) + 1
    return SessionDefaults(
        start=round_start(now),
        kind=last.kind if last else DEFAULT_KIND,
        duration_minutes=last.duration_minutes if last else DEFAULT_DURATION,
        member_uids=[u for u, n in member_counts.items() if n >= threshold],
        professional_uids=[u for u, n in prof_counts.items() if n >= threshold],
    )


def create_session(
    store: Store,
    family_uid: str,
    data: SessionInput,
    *,
    finalize: bool = False,
    told: Sequence[ConcernNoticeInput] = (),
) -> str:
    """Write a new session (planned, or logged after the fact); returns its uid.

    With ``finalize`` the note is locked at once (allowed for sessions that
    have happened). ``told`` records who was told of its concern, in the same
    transaction. The editor's autosave copy for a new session is discarded in
    the same transaction.
    """
    _validate(data)
    if finalize:
        check_finalizable(data.status)
    with store.session() as s:
        family = family_row(s, family_uid)
        links = _resolve_links(s, family, data)
        row = ContactSession(family_id=family.id, author=worker_name_in(s))
        _apply(row, data, links)
        if finalize:
            row.finalized_at = datetime.now(UTC).astimezone(LOCAL_TZ)
        s.add(row)
        s.flush()
        _tell(s, row, told, datetime.now(UTC))
        _discard_autosave(s, autosave_key(family_uid=family_uid))
        detail: dict[str, object] = {"status": row.status, "kind": row.kind, "finalized": finalize}
        if told:
            detail["concern_notices"] = len(told)
        audit.record(s, "create", "session", row.uid, family_uid, detail)
        return row.uid


def update_session(
    store: Store,
    session_uid: str,
    data: SessionInput,
    *,
    finalize: bool = False,
    told: Sequence[ConcernNoticeInput] = (),
    loaded: SessionDetail | None = None,
) -> None:
    """Replace a draft's fields; refused for a finalized note.

    With ``finalize`` the note is saved and locked in one transaction: either
    both happen or neither (a save that then fails to finalize leaves no
    half-done state behind). ``told`` adds who was told of its concern.
    ``loaded`` is the session as the editor read it: a save after someone
    else's is refused (``RecordChanged``, naming what they changed).
    """
    _validate(data)
    if finalize:
        check_finalizable(data.status)
    with guarded("session"), store.session() as s:
        row = _session(s, session_uid)
        if row.finalized_at is not None:
            raise FinalizedNoteError()
        if loaded is not None:
            was = {name: getattr(loaded, name) for name in _VERSIONED_TEXTS}
            check_version(row, "session", loaded.row_version, was)
        family = row.family
        _apply(row, data, _resolve_links(s, family, data, [g.uid for g in row.goals]))
        _tell(s, row, told, datetime.now(UTC))
        if finalize:
            row.finalized_at = datetime.now(UTC).astimezone(LOCAL_TZ)
        _discard_autosave(s, autosave_key(session_uid=session_uid))
        detail: dict[str, object] = {"status": row.status}
        if finalize:
            detail["finalized"] = True
        if told:
            detail["concern_notices"] = len(told)
        audit.record(s, "update", "session", row.uid, family.uid, detail)


#: A session's fields an editor shows, compared to tell what another save changed.
_VERSIONED_TEXTS = (
    "kind", "start", "status", "duration_minutes", "location",
    "summary", "notes", "assessment", "agreements", "concern",
)


def finalize_session(store: Store, session_uid: str, at: datetime | None = None) -> datetime:
    """Lock the note; returns the time it was finalized."""
    with store.session() as s:
        row = _session(s, session_uid)
        if row.finalized_at is not None:
            raise SessionError(Code.SESSION_ALREADY_FINALIZED, "the note is already finalized")
        check_finalizable(row.status)
        moment = (at or datetime.now(UTC)).astimezone(LOCAL_TZ)
        row.finalized_at = moment
        _discard_autosave(s, autosave_key(session_uid=session_uid))
        audit.record(s, "update", "session", row.uid, row.family.uid, {"finalized": True})
        return moment


def hold_planned_session(
    store: Store,
    session_uid: str,
    data: SessionInput | None = None,
    *,
    finalize: bool = False,
    told: Sequence[ConcernNoticeInput] = (),
) -> None:
    """After the visit: turn a planned session into a held one, with its note, in one step.

    ``data`` (optional) replaces the planned fields; its status is taken as
    held whatever it says. ``told`` adds who was told of its concern.
    """
    with store.session() as s:
        row = _session(s, session_uid)
        if row.status != "planned":
            raise SessionError(
                Code.SESSION_NOT_PLANNED,
                f"the session is {row.status}, not planned",
                status=row.status,
            )
        if row.finalized_at is not None:  # imported data may hold anything
            raise FinalizedNoteError()
        if data is None:
            row.status = "held"
        else:
            data = replace(data, status="held")
            _validate(data)
            _apply(row, data, _resolve_links(s, row.family, data, [g.uid for g in row.goals]))
        _tell(s, row, told, datetime.now(UTC))
        if finalize:
            row.finalized_at = datetime.now(UTC).astimezone(LOCAL_TZ)
        _discard_autosave(s, autosave_key(session_uid=session_uid))
        detail: dict[str, object] = {"status": "held", "finalized": finalize}
        if told:
            detail["concern_notices"] = len(told)
        audit.record(s, "update", "session", row.uid, row.family.uid, detail)


def add_addendum(store: Store, session_uid: str, text: str, at: datetime | None = None) -> str:
    """Append a dated correction to a finalized note; returns the addendum's uid."""
    text = text.strip()
    if not text:
        raise SessionError(Code.ADDENDUM_TEXT_REQUIRED, "the text is empty", field="text")
    _raise_first(rules.text_problems("addendum", {"text": text}))
    with store.session() as s:
        row = _session(s, session_uid)
        if row.finalized_at is None:
            raise SessionError(
                Code.ADDENDUM_NOT_FINALIZED,
                "addenda are for finalized notes; edit the draft instead",
            )
        position = s.scalar(
            select(func.coalesce(func.max(Addendum.position), -1)).where(
                Addendum.session_id == row.id
            )
        )
        addendum = Addendum(
            session_id=row.id,
            position=int(position if position is not None else -1) + 1,
            at=(at or datetime.now(UTC)).astimezone(LOCAL_TZ),
            text=text,
        )
        s.add(addendum)
        s.flush()
        audit.record(s, "update", "session", row.uid, row.family.uid, {"addendum": addendum.uid})
        return addendum.uid


def add_concern_notice(
    store: Store, session_uid: str, notice: ConcernNoticeInput, *, now: datetime | None = None
) -> str:
    """Record who was told of the session's concern; returns the notice's uid.

    Allowed for a finalized note too: telling the municipality is what the
    worker did afterwards, not a change of what she wrote.
    """
    with store.session() as s:
        row = _session(s, session_uid)
        (uid,) = _tell(s, row, [notice], now or datetime.now(UTC))
        audit.record(s, "update", "session", row.uid, row.family.uid, {"concern_notice": uid})
        return uid


def delete_draft_session(store: Store, session_uid: str) -> None:
    """Delete a session that is not finalized (a mistaken entry, a cancelled plan)."""
    with store.session() as s:
        row = _session(s, session_uid)
        if row.finalized_at is not None:
            raise SessionError(
                Code.SESSION_FINALIZED, "a finalized note cannot be deleted; add an addendum"
            )
        family_uid = row.family.uid
        s.delete(row)
        _discard_autosave(s, autosave_key(session_uid=session_uid))
        audit.record(s, "delete", "session", session_uid, family_uid)


@contextmanager
def permit_note_deletion(s: Session, family_id: int) -> Iterator[None]:
    """Let one family's locked notes be deleted inside this unit of work.

    The database refuses to delete a finalized note or an addendum while its
    family exists. Deleting a whole family with raw SQL works as it is (the
    cascade removes the family row first); deleting it through the ORM, which
    removes children before the parent, needs this permit around the flush::

        with permit_note_deletion(s, family.id):
            s.delete(family)
            s.flush()
    """
    key = f"{DELETION_PERMIT_PREFIX}{family_id}"
    s.add(StoreInfo(key=key, value="1"))
    s.flush()
    # No ``finally``: a failure rolls the unit of work back, the permit with it
    # (and a server takes no statement in a transaction that has failed).
    yield
    s.execute(delete(StoreInfo).where(StoreInfo.key == key))


# --- reading ---------------------------------------------------------------------------


def _member_name(m: Member) -> str:
    return f"{m.given_name} {m.family_name}".strip()


def _detail(row: ContactSession) -> SessionDetail:
    family = row.family
    return SessionDetail(
        uid=row.uid,
        family_uid=family.uid,
        family_reference=family.reference,
        family_name=family.name,
        author=row.author,
        start=row.start,
        duration_minutes=row.duration_minutes,
        status=row.status,
        kind=row.kind,
        location=row.location,
        members=[Participant(m.uid, _member_name(m), m.role, False) for m in row.members],
        professionals=[
            Participant(p.uid, p.name, p.role or p.organisation, True) for p in row.professionals
        ],
        goals=[GoalRef(g.uid, g.title, g.plan.title) for g in row.goals],
        summary=row.summary,
        notes=row.notes,
        assessment=row.assessment,
        agreements=row.agreements,
        concern=row.concern,
        finalized_at=row.finalized_at,
        addenda=[AddendumView(a.uid, a.at, a.text) for a in row.addenda],
        concern_what=row.concern_what if row.concern else "",
        concern_notices=(
            [ConcernNoticeView(n.who, n.at, n.how) for n in row.concern_notices]
            if row.concern
            else []
        ),
        row_version=row.row_version,
    )


def _detail_options():  # type: ignore[no-untyped-def]
    return (
        selectinload(ContactSession.family),
        selectinload(ContactSession.members),
        selectinload(ContactSession.professionals),
        selectinload(ContactSession.goals).selectinload(Goal.plan),
        selectinload(ContactSession.addenda),
        selectinload(ContactSession.concern_notices),
    )


def get_session(store: Store, session_uid: str) -> SessionDetail:
    """One session with everything in its note; the read is audited."""
    with store.session() as s:
        row = row_by_uid(s, ContactSession, "session", session_uid, *_detail_options())
        detail = _detail(row)
        audit.record(s, "read", "session", row.uid, detail.family_uid)
        return detail


def sessions_for_report(
    s: Session, family_id: int, date_from: date | None, date_to: date | None
) -> list[SessionDetail]:
    """A family's sessions in a period, oldest first, for printing (not audited here)."""
    stmt = (
        select(ContactSession)
        .where(ContactSession.family_id == family_id)
        .order_by(_start_text(), ContactSession.id)
        .options(*_detail_options())
    )
    stmt = _period_filter(stmt, Period(date_from, date_to))
    return [_detail(row) for row in s.scalars(stmt)]


@dataclass(frozen=True)
class SessionLog:
    """What the session log PDF prints: one family's sessions in a period, oldest first.

    A journal records what happened, so appointments still to come (planned
    sessions after ``printed_at``) are left out; ``planned_left_out`` counts them.
    """

    family_uid: str
    family_name: str
    family_reference: str
    #: The family's own worker; else the profile's name ("" when neither is known).
    worker: str
    date_from: date | None
    date_to: date | None
    sessions: list[SessionDetail]
    #: The moment the log was read: planned sessions after it are not in ``sessions``.
    printed_at: datetime | None = None
    planned_left_out: int = 0

    @property
    def drafts(self) -> int:
        return sum(1 for d in self.sessions if d.is_draft)


def is_future_appointment(detail: SessionDetail, now: datetime) -> bool:
    """A planned session that has not started yet: an appointment, not part of the record."""
    return detail.status == "planned" and detail.start > now


def session_log(
    store: Store,
    family_uid: str,
    date_from: date | None = None,
    date_to: date | None = None,
    *,
    now: datetime | None = None,
) -> SessionLog:
    """The family's session log for the period (either end open), read in one unit of work.

    Planned sessions starting after ``now`` (default: the clock) are left out
    and counted. Not audited here: the caller that prints it records the print
    (``record_session_log_print``). Raises ``SessionError`` for a period that
    ends before it starts and ``NotFound`` for an unknown family.
    """
    if date_from and date_to and date_to < date_from:
        raise SessionError(
            Code.PERIOD_END_BEFORE_START, "the period ends before it starts", field="to"
        )
    moment = now if now is not None else datetime.now(UTC)
    with store.read_session() as s:
        family = family_row(s, family_uid)
        found = sessions_for_report(s, family.id, date_from, date_to)
        kept = [d for d in found if not is_future_appointment(d, moment)]
        return SessionLog(
            family_uid=family.uid,
            family_name=family.name,
            family_reference=family.reference,
            # Never the computer's login: the family's worker, else the profile's name.
            worker=family.worker or worker_name_in(s),
            date_from=date_from,
            date_to=date_to,
            sessions=kept,
            printed_at=moment,
            planned_left_out=len(found) - len(kept),
        )


def record_session_log_print(store: Store, log: SessionLog, lang: str) -> None:
    """Audit that ``log`` was printed ("print": the period and the number of sessions)."""
    with store.session() as s:
        audit.record(
            s,
            "print",
            "session-log",
            log.family_uid,
            log.family_uid,
            {
                "format": "pdf",
                "lang": lang,
                "from": log.date_from.isoformat() if log.date_from else None,
                "to": log.date_to.isoformat() if log.date_to else None,
                "sessions": len(log.sessions),
            },
        )


def _period_filter(stmt, period: Period | None):  # type: ignore[no-untyped-def]
    if period is None:
        return stmt
    if period.start is not None:
        stmt = stmt.where(_start_text() >= instant_key(local_day_bounds(period.start)[0]))
    if period.end is not None:
        stmt = stmt.where(_start_text() < instant_key(local_day_bounds(period.end)[1]))
    return stmt


def _timeline_filter(  # type: ignore[no-untyped-def]
    stmt,
    family_id: int,
    kinds: Sequence[str] | None,
    period: Period | None,
    goal_uid: str | None,
):
    stmt = stmt.where(ContactSession.family_id == family_id)
    if kinds:
        stmt = stmt.where(ContactSession.kind.in_(list(kinds)))
    stmt = _period_filter(stmt, period)
    if goal_uid:
        stmt = stmt.where(
            exists()
            .where(session_goal.c.session_id == ContactSession.id)
            .where(
                session_goal.c.goal_id
                == select(Goal.id).where(Goal.uid == goal_uid).scalar_subquery()
            )
        )
    return stmt


def count_timeline(
    store: Store,
    family_uid: str,
    kinds: Sequence[str] | None = None,
    period: Period | None = None,
    goal_uid: str | None = None,
) -> int:
    """How many sessions ``family_timeline`` would list with these filters (index only)."""
    with store.read_session() as s:
        family_id = family_row(s, family_uid).id
        stmt = _timeline_filter(
            select(func.count(ContactSession.id)), family_id, kinds, period, goal_uid
        )
        return int(s.scalar(stmt) or 0)


def family_timeline(
    store: Store,
    family_uid: str,
    kinds: Sequence[str] | None = None,
    period: Period | None = None,
    goal_uid: str | None = None,
    offset: int = 0,
    limit: int = 100,
) -> list[SessionRow]:
    """One page of a family's sessions, newest first, for a lazily fetching list."""
    addenda = (
        select(func.count(Addendum.id))
        .where(Addendum.session_id == ContactSession.id)
        .correlate(ContactSession)
        .scalar_subquery()
    )
    with store.read_session() as s:
        family_id = family_row(s, family_uid).id
        stmt = _timeline_filter(
            select(
                ContactSession.uid,
                ContactSession.start,
                ContactSession.duration_minutes,
                ContactSession.status,
                ContactSession.kind,
                ContactSession.location,
                ContactSession.summary,
                ContactSession.concern,
                ContactSession.finalized_at.is_not(None),
                addenda,
            ),
            family_id,
            kinds,
            period,
            goal_uid,
        )
        stmt = stmt.order_by(_start_text().desc(), ContactSession.id.desc())
        stmt = stmt.offset(max(offset, 0)).limit(max(limit, 0))
        return [SessionRow(*r) for r in s.execute(stmt)]


def list_drafts(store: Store, today: date, family_uid: str | None = None) -> list[DraftRow]:
    """Notes not finalized yet (oldest first); those older than a few days are flagged."""
    with store.read_session() as s:
        stmt = (
            select(
                ContactSession.uid,
                Family.uid,
                Family.reference,
                ContactSession.start,
                ContactSession.kind,
                Family.name,
                ContactSession.summary,
            )
            .join(Family, Family.id == ContactSession.family_id)
            .where(
                ContactSession.finalized_at.is_(None),
                ContactSession.status.in_(FINALIZABLE_STATUSES),
            )
            .order_by(_start_text())
        )
        if family_uid:
            stmt = stmt.where(Family.uid == family_uid)
        rows = []
        for uid, fam_uid, reference, start, kind, name, summary in s.execute(stmt):
            age = draft_age_days(start, today)
            stale = is_stale_age(age)
            rows.append(DraftRow(uid, fam_uid, reference, start, kind, age, stale, name, summary))
        return rows
