"""Conversations with the child (børnesamtaler): recorded on a child, the rules, the reminder."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from famdesk.core import child_voice, families
from famdesk.core.child_voice import ConversationData, ConversationReminder
from famdesk.core.errors import Code, NotFound, ValidationFailed
from famdesk.core.families import MemberData
from famdesk.core.versions import RecordChanged
from famdesk.db.models import AuditEvent
from famdesk.db.store import Store
from tests.core.plan_fixtures import make_family

TODAY = date(2026, 9, 15)


def _audit(store: Store) -> list[tuple[str, str | None, object]]:
    with store.read_session() as s:
        rows = s.scalars(
            select(AuditEvent).where(AuditEvent.entity == "conversation").order_by(AuditEvent.id)
        )
        return [(e.action, e.entity_uid, e.detail) for e in rows]


def _refused(store: Store, member: str, data: ConversationData) -> list[tuple[str, str]]:
    with pytest.raises(ValidationFailed) as refused:
        child_voice.add_conversation(store, member, data, today=TODAY)
    return [(e.field, e.code) for e in refused.value.errors]


def test_a_conversation_is_recorded_read_changed_and_deleted_with_audit_lines(
    store: Store,
) -> None:
    ids = make_family(store)
    held = ConversationData(
        date(2026, 9, 1),
        present="Alma, Lene (familiebehandler)",
        support_person=" Mormor Inger ",
        child_own_words="Jeg savner min hund.\nMen jeg kan lide skolen.",
        summary="Alma talte mest om skolen.",
    )
    uid = child_voice.add_conversation(store, ids.child, held, today=TODAY)
    declined = child_voice.add_conversation(
        store, ids.child, ConversationData(date(2026, 9, 10), declined=True), today=TODAY
    )

    listed = child_voice.list_conversations(store, ids.child)
    assert [(c.uid, c.date, c.declined) for c in listed] == [
        (declined, date(2026, 9, 10), True),
        (uid, date(2026, 9, 1), False),
    ]
    got = child_voice.get_conversation(store, uid)
    assert got.support_person == "Mormor Inger"  # trimmed, as the form trims it
    assert got.child_own_words == held.child_own_words and got.summary == held.summary
    assert got.member_uid == ids.child

    changed = child_voice.update_conversation(
        store, uid, ConversationData(**{**vars(got), "summary": "Om skolen og hunden."}), got
    )
    assert changed == ["summary"]
    child_voice.delete_conversation(store, declined)
    assert [c.uid for c in child_voice.list_conversations(store, ids.child)] == [uid]
    with pytest.raises(NotFound) as gone:
        child_voice.get_conversation(store, declined)
    assert gone.value.code == Code.CONVERSATION_NOT_FOUND

    fields = list(child_voice.CONVERSATION_FIELDS)
    assert _audit(store) == [
        ("create", uid, {"fields": fields}),
        ("create", declined, {"fields": fields}),
        ("read", uid, {}),
        ("update", uid, {"fields": ["summary"]}),
        ("delete", declined, {}),
    ]


def test_declining_is_an_outcome_and_leaves_no_words_of_the_childs_own(store: Store) -> None:
    ids = make_family(store)
    # Declined, with the worker's account of it: a valid outcome.
    child_voice.add_conversation(
        store,
        ids.child,
        ConversationData(date(2026, 9, 1), declined=True, summary="Alma ville hellere lege."),
        today=TODAY,
    )
    # Declined, yet words of the child's own: refused, the summary is the place for them.
    assert _refused(
        store,
        ids.child,
        ConversationData(date(2026, 9, 2), declined=True, child_own_words="Gider ikke."),
    ) == [("child_own_words", Code.CONVERSATION_DECLINED_WORDS)]
    assert [c.declined for c in child_voice.list_conversations(store, ids.child)] == [True]


def test_only_a_child_and_dates_as_the_other_records_keep_them(store: Store) -> None:
    ids = make_family(store)
    words = {"child_own_words": "Det er fint."}
    assert _refused(store, ids.mother, ConversationData(date(2026, 9, 1), **words)) == [
        ("", Code.CONVERSATION_NOT_CHILD)
    ]
    assert _refused(store, ids.child, ConversationData(None, **words)) == [
        ("date", Code.VALUE_REQUIRED)
    ]
    assert _refused(store, ids.child, ConversationData(date(2026, 9, 16), **words)) == [
        ("date", Code.DATE_FUTURE)
    ]
    assert _refused(store, ids.child, ConversationData(date(1899, 12, 31), **words)) == [
        ("date", Code.DATE_OUT_OF_RANGE)
    ]
    assert _refused(
        store, ids.child, ConversationData(date(2026, 9, 1), present="Alma\nmor", **words)
    ) == [("present", Code.TEXT_LINE_BREAK)]
    sibling = families.add_member(
        store, ids.family, MemberData(role="sibling", given_name="Bo", birth_date=date(2020, 5, 1))
    )
    with pytest.raises(ValidationFailed) as refused:
        child_voice.add_conversation(
            store, sibling, ConversationData(date(2020, 4, 30), **words), today=TODAY
        )
    assert [(e.code, e.params) for e in refused.value.errors] == [
        (Code.CONVERSATION_BEFORE_BIRTH, {"born": "2020-05-01"})
    ]
    # On the birth day and today itself: fine (a sibling is a child too).
    child_voice.add_conversation(store, sibling, ConversationData(TODAY, **words), today=TODAY)
    assert child_voice.list_conversations(store, ids.mother) == []


def test_a_child_with_conversations_cannot_become_a_parent(store: Store) -> None:
    ids = make_family(store)
    child_voice.add_conversation(
        store, ids.child, ConversationData(date(2026, 9, 1), declined=True), today=TODAY
    )
    alma = families.get_member(store, ids.child)
    with pytest.raises(ValidationFailed) as refused:
        families.update_member(store, ids.child, MemberData(**{**vars(alma), "role": "network"}))
    assert [(e.field, e.code) for e in refused.value.errors] == [
        ("role", Code.CONVERSATION_NOT_CHILD)
    ]
    assert families.update_member(
        store, ids.child, MemberData(**{**vars(alma), "role": "sibling"})
    ) == ["role"]


def test_a_second_save_of_an_older_version_is_refused(store: Store) -> None:
    ids = make_family(store)
    uid = child_voice.add_conversation(
        store, ids.child, ConversationData(date(2026, 9, 1), child_own_words="Ja."), today=TODAY
    )
    mine = child_voice.get_conversation(store, uid)
    theirs = child_voice.get_conversation(store, uid)
    child_voice.update_conversation(
        store, uid, ConversationData(**{**vars(theirs), "summary": "Deres."}), theirs, TODAY
    )
    with pytest.raises(RecordChanged) as refused:
        child_voice.update_conversation(
            store, uid, ConversationData(**{**vars(mine), "present": "Alma"}), mine, TODAY
        )
    assert refused.value.fields == ["summary"]
    assert child_voice.get_conversation(store, uid).present == ""


def test_the_reminder_counts_recorded_conversations_in_the_three_months_before(
    store: Store,
) -> None:
    ids = make_family(store)
    decided = date(2026, 9, 15)
    assert child_voice.conversation_reminder(store, ids.child, decided) == ConversationReminder(
        ids.child, "Alma Kowalski", date(2026, 6, 15), None
    )
    # The day before the three months: too long ago, named as the last one.
    child_voice.add_conversation(
        store, ids.child, ConversationData(date(2026, 6, 14), child_own_words="Nej."), today=TODAY
    )
    # After the decision: does not count for it.
    child_voice.add_conversation(
        store,
        ids.child,
        ConversationData(date(2026, 9, 16), declined=True),
        today=date(2026, 9, 16),
    )
    assert child_voice.conversation_reminder(store, ids.child, decided) == ConversationReminder(
        ids.child, "Alma Kowalski", date(2026, 6, 15), date(2026, 6, 14)
    )
    # On the day of the decision itself, declined: the child was asked.
    child_voice.add_conversation(
        store, ids.child, ConversationData(decided, declined=True), today=TODAY
    )
    assert child_voice.conversation_reminder(store, ids.child, decided) is None
    # A parent is not reminded of; a month's end is clamped (31 May - 3 months = 28 Feb).
    assert child_voice.conversation_reminder(store, ids.mother, decided) is None
    reminder = child_voice.conversation_reminder(store, ids.child, date(2027, 5, 31))
    assert reminder is not None and reminder.since == date(2027, 2, 28)


def test_a_plan_reminds_of_each_child_not_heard(store: Store) -> None:
    from famdesk.core import plans
    from famdesk.core.plans import GoalData

    ids = make_family(store)
    bo = families.add_member(store, ids.family, MemberData(role="sibling", given_name="Bo"))
    plan = plans.create_plan(
        store, ids.family, "Hverdagen", created_on=date(2026, 9, 1), goals=[GoalData("Mål")]
    )
    child_voice.add_conversation(
        store, ids.child, ConversationData(date(2026, 9, 1), child_own_words="Ok."), today=TODAY
    )
    gaps = [g for g in plans.agreement_gaps(store, plan, TODAY, None) if g.child]
    assert [(g.code, g.child, g.since, g.last, g.blocking) for g in gaps] == [
        ("no_child_conversation", "Bo", date(2026, 6, 15), None, False)
    ]
    assert bo


def test_the_family_at_a_glance_says_when_each_child_was_last_heard(store: Store) -> None:
    from famdesk.core.child_voice import ChildHeard
    from famdesk.core.overview import family_overview

    ids = make_family(store)
    bo = families.add_member(store, ids.family, MemberData(role="sibling", given_name="Bo"))
    child_voice.add_conversation(
        store, ids.child, ConversationData(date(2026, 5, 1), declined=True), today=TODAY
    )
    child_voice.add_conversation(
        store, bo, ConversationData(date(2026, 9, 1), child_own_words="Hej."), today=TODAY
    )
    assert family_overview(store, ids.family, TODAY).children_heard == [
        ChildHeard(ids.child, "Alma Kowalski", date(2026, 5, 1), recent=False, owed=True),
        ChildHeard(bo, "Bo", date(2026, 9, 1), recent=True),
    ]
    # As of a day before Bo's conversation, Bo had not been heard yet.
    assert [
        h.last for h in family_overview(store, ids.family, date(2026, 8, 1)).children_heard
    ] == [
        date(2026, 5, 1),
        None,
    ]
