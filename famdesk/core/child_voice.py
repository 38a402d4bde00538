"""The child's voice: conversations with a child (børnesamtaler) and the reminder of them.

Barnets lov § 5 asks that the child's own views are obtained through a
conversation before a decision about the child; the child may decline to
speak, and that is then recorded. § 6 lets the child bring a support person
(bisidder). Ankestyrelsen's Børnesagsbarometer 2024 found a børnesamtale
before the decision in only 65 % of cases, so famdesk records each one on the
child member: the day, who was present, the support person, whether the child
declined, and the child's own words kept apart from the worker's summary (as
a session keeps what was said apart from the worker's assessment). The rules
are ``rules.check_conversation``, the same for the form and for import.

When a plan is agreed or a match decided with no conversation with the child
in the ``REMINDER_MONTHS`` months before, famdesk reminds — it never blocks:
the worker may have good reason, and the decision is hers to document.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, fields, replace
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from famdesk.core import audit, rules
from famdesk.core.dates import add_months
from famdesk.core.errors import ValidationFailed
from famdesk.core.lookup import row_by_uid
from famdesk.core.versions import check_version, guarded
from famdesk.db.models import ChildConversation, Member
from famdesk.db.store import Store
from famdesk.vocabulary import CHILD_ROLES

__all__ = [
    "CONVERSATION_FIELDS",
    "ChildHeard",
    "REMINDER_MONTHS",
    "ConversationData",
    "ConversationReminder",
    "add_conversation",
    "children_heard",
    "conversation_reminder",
    "delete_conversation",
    "get_conversation",
    "list_conversations",
    "reminders_for",
    "update_conversation",
]

#: How far back a conversation with the child counts when a plan is agreed or a match decided.
REMINDER_MONTHS = 3


@dataclass
class ConversationData:
    """One børnesamtale as the form and import give it; the store fills the last three."""

    date: date | None = None
    #: Who was present, as the worker writes it ("Emma, mor, Lene (familiebehandler)").
    present: str = ""
    #: The child's support person (bisidder, Barnets lov § 6); empty when none.
    support_person: str = ""
    #: The child declined to speak: a valid outcome, recorded as such.
    declined: bool = False
    #: What the child said, in the child's words.
    child_own_words: str = ""
    #: The worker's summary of the conversation.
    summary: str = ""
    uid: str | None = None
    member_uid: str | None = None
    row_version: int | None = None


CONVERSATION_FIELDS = tuple(
    f.name for f in fields(ConversationData) if f.name not in ("uid", "member_uid", "row_version")
)
_SINGLE_LINE = ("present", "support_person")


@dataclass(frozen=True)
class ConversationReminder:
    """No conversation with the child ``child`` (full name) since ``since``.

    ``last`` is the latest conversation before ``since`` (None: none recorded).
    """

    member_uid: str
    child: str
    since: date
    last: date | None


# --- reading ----------------------------------------------------------------------------


def _data(row: ChildConversation) -> ConversationData:
    return ConversationData(
        date=row.date,
        present=row.present,
        support_person=row.support_person,
        declined=row.declined,
        child_own_words=row.child_own_words,
        summary=row.summary,
        uid=row.uid,
        member_uid=row.member.uid,
        row_version=row.row_version,
    )


def _member(s: Session, uid: str) -> Member:
    return row_by_uid(s, Member, "member", uid)


def _conversation(s: Session, uid: str) -> ChildConversation:
    return row_by_uid(s, ChildConversation, "conversation", uid)


def list_conversations(store: Store, member_uid: str) -> list[ConversationData]:
    """The child's conversations, the newest first."""
    with store.read_session() as s:
        member = _member(s, member_uid)
        rows = sorted(member.conversations, key=lambda c: (c.date, c.position), reverse=True)
        return [_data(c) for c in rows]


def get_conversation(store: Store, uid: str) -> ConversationData:
    """One conversation with the child's words; the read is audited, as a note's is."""
    with store.session() as s:
        row = _conversation(s, uid)
        audit.record(s, "read", "conversation", row.uid, row.member.family.uid)
        return _data(row)


# --- writing ----------------------------------------------------------------------------


def _clean(data: ConversationData) -> ConversationData:
    """Single-line fields trimmed, as every form trims them."""
    return replace(data, **{n: getattr(data, n).strip() for n in _SINGLE_LINE})


def _values(data: ConversationData) -> dict[str, object]:
    return {n: getattr(data, n) for n in CONVERSATION_FIELDS}


def _check(data: ConversationData, member: Member, today: date) -> None:
    problems = rules.check_conversation(
        _values(data), today=today, role=member.role, birth=member.birth_date
    )
    if problems:
        raise ValidationFailed(problems)


def add_conversation(
    store: Store, member_uid: str, data: ConversationData, today: date | None = None
) -> str:
    """Record a conversation with the child ``member_uid``; returns its uid."""
    data = _clean(data)
    with store.session() as s:
        member = _member(s, member_uid)
        _check(data, member, today or date.today())
        row = ChildConversation(
            member=member,
            position=max((c.position for c in member.conversations), default=-1) + 1,
            **_values(data),
        )
        s.add(row)
        s.flush()
        audit.record(
            s, "create", "conversation", row.uid, member.family.uid,
            {"fields": list(CONVERSATION_FIELDS)},
        )  # fmt: skip
        return row.uid


def update_conversation(
    store: Store,
    uid: str,
    data: ConversationData,
    loaded: ConversationData | None = None,
    today: date | None = None,
) -> list[str]:
    """Save an edited conversation; returns the names of the fields that changed.

    ``loaded`` is the conversation as the form loaded it: a save based on an
    older version is refused (``RecordChanged``), never applied over another's.
    """
    data = _clean(data)
    with store.session() as s, guarded("conversation"):
        row = _conversation(s, uid)
        if loaded is not None:
            check_version(row, "conversation", loaded.row_version, _values(loaded))
        _check(data, row.member, today or date.today())
        changed = [n for n in CONVERSATION_FIELDS if getattr(row, n) != getattr(data, n)]
        for name in changed:
            setattr(row, name, getattr(data, name))
        if changed:
            s.flush()
            audit.record(
                s, "update", "conversation", row.uid, row.member.family.uid, {"fields": changed}
            )
        return changed


def delete_conversation(store: Store, uid: str) -> None:
    with store.session() as s:
        row = _conversation(s, uid)
        family_uid = row.member.family.uid
        s.delete(row)
        audit.record(s, "delete", "conversation", uid, family_uid)


# --- the reminder -----------------------------------------------------------------------


@dataclass(frozen=True)
class ChildHeard:
    """When the child ``child`` (full name) was last heard before a day, if ever.

    ``recent``: the latest conversation (``last``) lies within the
    ``REMINDER_MONTHS`` months before that day. ``owed``: a conversation is
    due now: not recent, and the case still open (a closed case owes none).
    """

    member_uid: str
    child: str
    last: date | None
    recent: bool
    owed: bool = False


def children_heard(
    s: Session, members: Iterable[Member], on: date, *, case_closed: bool = False
) -> list[ChildHeard]:
    """Each child among ``members`` (in the family's order) and its latest conversation by ``on``.

    ``case_closed``: the family's case is closed, so nothing is owed any more
    (the dates stay, for the record).

    Only recorded conversations count, a declined one included: the law lets
    the child decline, and a recorded refusal is the child asked. A session
    with the child present no longer counts, as it did before conversations
    were recorded: a home visit where the child is in the room is not the
    child asked for its view, and counting it would silence the reminder in
    exactly the cases the barometer finds lacking. A conversation after ``on``
    does not count; one on the day itself does (held before the meeting).
    """
    children = [m for m in members if m.role in CHILD_ROLES]
    if not children:
        return []
    since = add_months(on, -REMINDER_MONTHS)
    rows = s.execute(
        select(ChildConversation.member_id, func.max(ChildConversation.date))
        .where(
            ChildConversation.member_id.in_([m.id for m in children]),
            ChildConversation.date <= on,
        )
        .group_by(ChildConversation.member_id)
    )
    latest: dict[int, date] = {member_id: day for member_id, day in rows}
    heard = []
    for child in sorted(children, key=lambda m: m.position):
        last = latest.get(child.id)
        name = f"{child.given_name} {child.family_name}".strip()
        recent = last is not None and last >= since
        heard.append(ChildHeard(child.uid, name, last, recent, not recent and not case_closed))
    return heard


def reminders_for(s: Session, members: Iterable[Member], on: date) -> list[ConversationReminder]:
    """A reminder for each child among ``members`` not heard in the months before ``on``.

    What counts as heard is ``children_heard``'s rule.
    """
    since = add_months(on, -REMINDER_MONTHS)
    return [
        ConversationReminder(h.member_uid, h.child, since, h.last)
        for h in children_heard(s, members, on)
        if not h.recent
    ]


def conversation_reminder(store: Store, member_uid: str, on: date) -> ConversationReminder | None:
    """The reminder when a decision about the child ``member_uid`` is made on ``on``.

    None when the child was heard (or declined) in the ``REMINDER_MONTHS``
    months before, or when the member is not a child. For the match's
    decision; a plan's agreement asks ``plans.agreement_gaps``, which uses
    the same rule for every child of the family.
    """
    with store.read_session() as s:
        found = reminders_for(s, [_member(s, member_uid)], on)
        return found[0] if found else None
