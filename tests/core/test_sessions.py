"""Contact sessions: quick entry, locked notes with addenda, drafts, timeline."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from session_fixtures import FamilyIds, make_family
from sqlalchemy import select, text
from sqlalchemy.exc import IntegrityError

from famdesk.core import autosave, search, sessions
from famdesk.core.errors import Code, NotFound
from famdesk.core.sessions import (
    FinalizedNoteError,
    Period,
    SessionError,
    SessionInput,
)
from famdesk.db.models import Addendum, AuditEvent, ContactSession, Family
from famdesk.db.store import Store
from tests.backends import audit_actor

CPH = ZoneInfo("Europe/Copenhagen")


@pytest.fixture
def fam(store: Store) -> FamilyIds:
    return make_family(store)


def _held(fam: FamilyIds, day: int = 3, **kw) -> SessionInput:  # type: ignore[no-untyped-def]
    base = dict(
        kind="home-visit",
        start=datetime(2026, 3, day, 9, 30, tzinfo=CPH),
        duration_minutes=75,
        location="Hjemme",
        member_uids=[fam.mother, fam.child],
        professional_uids=[fam.teacher],
        goal_uids=[fam.goal],
        summary="Morgenrutinen gennemgået",
        notes="Mor fortalte at Frøja var glad for børnehaven.",
        assessment="Mor virker mere rolig.",
        agreements="Næste besøg om en uge.",
    )
    base.update(kw)
    return SessionInput(**base)  # type: ignore[arg-type]


def _audit(store: Store, action: str) -> list[AuditEvent]:
    with store.read_session() as s:
        return list(s.scalars(select(AuditEvent).where(AuditEvent.action == action)))


# --- entry ------------------------------------------------------------------------------


def test_create_and_read_back_every_field(store: Store, fam: FamilyIds) -> None:
    uid = sessions.create_session(store, fam.uid, _held(fam, concern=True))
    d = sessions.get_session(store, uid)
    assert d.kind == "home-visit" and d.status == "held" and d.duration_minutes == 75
    assert d.start == datetime(2026, 3, 3, 9, 30, tzinfo=CPH)
    assert d.start.utcoffset() == timedelta(hours=1)
    assert [p.name for p in d.members] == ["Sørine Ærøe", "Frøja Ærøe"]
    assert [p.name for p in d.professionals] == ["Åse Lærke"]
    assert [g.title for g in d.goals] == ["Faste sengetider"]
    assert d.notes.startswith("Mor fortalte") and d.assessment == "Mor virker mere rolig."
    assert d.concern and d.is_draft and not d.finalized
    assert d.author == "test-worker"
    assert [e.entity_uid for e in _audit(store, "create")] == [uid]
    assert [e.entity_uid for e in _audit(store, "read")] == [uid]


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"kind": "visit"}, ("kind", "value.unknown")),
        ({"status": "done"}, ("status", "value.unknown")),
        ({"start": datetime(2026, 3, 3, 9, 30)}, ("start", "session.start.needs_zone")),
        ({"duration_minutes": -5}, ("duration_minutes", "session.duration.invalid")),
        ({"member_uids": ["nope"]}, ("member_uids", "session.member.not_in_family")),
        (
            {"professional_uids": ["nope"]},
            ("professional_uids", "session.professional.not_in_family"),
        ),
        ({"goal_uids": ["nope"]}, ("goal_uids", "session.goal.not_linkable")),
    ],
)
def test_bad_input_is_refused_with_the_field_named(
    store: Store, fam: FamilyIds, change: dict, message: tuple[str, str]
) -> None:
    with pytest.raises(SessionError) as err:
        sessions.create_session(store, fam.uid, _held(fam, **change))
    assert (err.value.field, err.value.code) == message
    with store.read_session() as s:
        assert s.scalar(select(ContactSession)) is None


def test_participants_and_goals_of_another_family_are_refused(store: Store, fam: FamilyIds) -> None:
    other = make_family(store, reference="FB-2026-002", name="Familien Bøgh")
    with pytest.raises(SessionError, match="not a member of this family"):
        sessions.create_session(store, fam.uid, _held(fam, member_uids=[other.mother]))
    with pytest.raises(SessionError, match="not a goal of this family"):
        sessions.create_session(store, fam.uid, _held(fam, goal_uids=[other.goal]))
    with pytest.raises(SessionError, match="collaborator"):
        sessions.create_session(store, fam.uid, _held(fam, professional_uids=[other.teacher]))


def test_defaults_use_now_last_kind_and_usual_participants(store: Store, fam: FamilyIds) -> None:
    now = datetime(2026, 3, 20, 14, 7, 31, tzinfo=ZoneInfo("UTC"))
    d = sessions.new_session_defaults(store, fam.uid, now)
    assert d.start == datetime(2026, 3, 20, 15, 0, tzinfo=CPH)  # 15:07 local, down to 15:00
    assert d.kind == "home-visit" and d.member_uids == [] and d.professional_uids == []

    sessions.create_session(store, fam.uid, _held(fam, day=2, member_uids=[fam.mother]))
    sessions.create_session(
        store,
        fam.uid,
        _held(fam, day=4, member_uids=[fam.mother, fam.father], professional_uids=[]),
    )
    sessions.create_session(
        store,
        fam.uid,
        _held(
            fam,
            day=6,
            kind="phone",
            duration_minutes=20,
            member_uids=[fam.mother, fam.child],
            professional_uids=[],
        ),
    )
    d = sessions.new_session_defaults(store, fam.uid, now)
    assert d.kind == "phone" and d.duration_minutes == 20
    # the mother took part in all three recent visits; the others in one each
    assert d.member_uids == [fam.mother]
    assert d.professional_uids == []


# --- finalize and addenda ----------------------------------------------------------------


def test_finalized_note_cannot_be_changed_through_the_service(store: Store, fam: FamilyIds) -> None:
    uid = sessions.create_session(store, fam.uid, _held(fam))
    at = sessions.finalize_session(store, uid)
    assert sessions.get_session(store, uid).finalized_at == at
    with pytest.raises(FinalizedNoteError, match="add an addendum"):
        sessions.update_session(store, uid, _held(fam, notes="rettet"))
    with pytest.raises(SessionError, match="already finalized"):
        sessions.finalize_session(store, uid)
    with pytest.raises(SessionError, match="cannot be deleted"):
        sessions.delete_draft_session(store, uid)
    assert sessions.get_session(store, uid).notes.startswith("Mor fortalte")


def test_addenda_append_dated_and_leave_the_note_alone(store: Store, fam: FamilyIds) -> None:
    uid = sessions.create_session(store, fam.uid, _held(fam))
    with pytest.raises(SessionError, match="edit the draft"):
        sessions.add_addendum(store, uid, "for tidligt")
    sessions.finalize_session(store, uid)
    first = datetime(2026, 3, 5, 10, 0, tzinfo=CPH)
    sessions.add_addendum(store, uid, "Rettelse: besøget varede 60 minutter.", at=first)
    sessions.add_addendum(store, uid, "Far deltog de sidste 10 minutter.")
    with pytest.raises(SessionError, match="empty"):
        sessions.add_addendum(store, uid, "   ")
    d = sessions.get_session(store, uid)
    assert [a.text for a in d.addenda] == [
        "Rettelse: besøget varede 60 minutter.",
        "Far deltog de sidste 10 minutter.",
    ]
    assert d.addenda[0].at == first and d.addenda[1].at > first
    assert d.duration_minutes == 75 and d.notes.startswith("Mor fortalte")


def test_planned_session_cannot_be_finalized_but_is_held_in_one_step(
    store: Store, fam: FamilyIds
) -> None:
    planned = _held(fam, status="planned", summary="", notes="", assessment="", agreements="")
    with pytest.raises(SessionError, match="mark it held"):
        sessions.create_session(store, fam.uid, planned, finalize=True)
    uid = sessions.create_session(store, fam.uid, planned)
    with pytest.raises(SessionError, match="mark it held"):
        sessions.finalize_session(store, uid)
    after = _held(fam, status="planned", notes="Frøja viste sin tegning.")
    sessions.hold_planned_session(store, uid, after, finalize=True)
    d = sessions.get_session(store, uid)
    assert d.status == "held" and d.finalized and d.notes == "Frøja viste sin tegning."
    with pytest.raises(SessionError, match="not planned"):
        sessions.hold_planned_session(store, uid)


def test_no_show_can_be_documented_and_finalized(store: Store, fam: FamilyIds) -> None:
    uid = sessions.create_session(
        store, fam.uid, _held(fam, status="no-show", notes="Ingen lukkede op."), finalize=True
    )
    assert sessions.get_session(store, uid).finalized


def _finalized_with_addendum(store: Store, fam: FamilyIds) -> str:
    uid = sessions.create_session(store, fam.uid, _held(fam), finalize=True)
    sessions.add_addendum(store, uid, "Tilføjelse efter låsning.")
    return uid


@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE contact_session SET notes = 'ændret' WHERE uid = :uid",
        "UPDATE contact_session SET assessment = '' WHERE uid = :uid",
        "UPDATE contact_session SET start = '2020-01-01T00:00:00.000000 +00:00' WHERE uid = :uid",
        "UPDATE contact_session SET kind = 'phone' WHERE uid = :uid",
        "UPDATE contact_session SET concern = NOT concern WHERE uid = :uid",
        "UPDATE contact_session SET finalized_at = NULL WHERE uid = :uid",
        "DELETE FROM contact_session WHERE uid = :uid",
        "UPDATE addendum SET text = 'ændret' "
        "WHERE session_id = (SELECT id FROM contact_session WHERE uid = :uid)",
        "DELETE FROM addendum WHERE session_id = (SELECT id FROM contact_session WHERE uid = :uid)",
    ],
)
def test_raw_sql_cannot_change_a_finalized_note(
    store: Store, fam: FamilyIds, statement: str
) -> None:
    uid = _finalized_with_addendum(store, fam)
    before = sessions.get_session(store, uid)
    with pytest.raises(IntegrityError, match="finalized note|addendum"), store.session() as s:
        s.execute(text(statement), {"uid": uid})
    after = sessions.get_session(store, uid)
    assert after == before


def test_the_orm_cannot_change_a_finalized_note(store: Store, fam: FamilyIds) -> None:
    uid = _finalized_with_addendum(store, fam)
    with pytest.raises(IntegrityError, match="finalized note"), store.session() as s:
        row = s.scalar(select(ContactSession).where(ContactSession.uid == uid))
        assert row is not None
        row.summary = "omskrevet"
    with pytest.raises(IntegrityError, match="addendum"), store.session() as s:
        s.delete(s.scalars(select(Addendum)).one())
    assert sessions.get_session(store, uid).summary == "Morgenrutinen gennemgået"


def test_a_draft_stays_editable_in_sql(store: Store, fam: FamilyIds) -> None:
    uid = sessions.create_session(store, fam.uid, _held(fam))
    with store.session() as s:
        s.execute(text("UPDATE contact_session SET notes = 'ny' WHERE uid = :uid"), {"uid": uid})
    assert sessions.get_session(store, uid).notes == "ny"


def test_import_writes_finalized_notes_which_then_stay_locked(store: Store) -> None:
    from famdesk.core.interchange import import_document

    fam_uid, ses_uid = (
        "5b0c1f7e-0000-4000-8000-000000000001",
        "5b0c1f7e-0000-4000-8000-000000000002",
    )
    doc = {
        "format": "famdesk",
        "version": 1,
        "exported_at": "2026-03-10T12:00:00+01:00",
        "families": [
            {
                "uid": fam_uid,
                "reference": "FB-IMP-1",
                "name": "Familien Østergaard",
                "worker": "Mette",
                "status": "active",
                "setting": "home",
                "programme": None,
                "risk_of_placement": False,
                "start_date": "2026-01-01",
                "end_date": None,
                "notes": "",
                "members": [],
                "professionals": [],
                "plans": [],
                "measurements": [],
                "sessions": [
                    {
                        "uid": ses_uid,
                        "author": "Mette",
                        "start": "2026-02-01T10:00:00+01:00",
                        "duration_minutes": 60,
                        "status": "held",
                        "kind": "office",
                        "location": "",
                        "member_uids": [],
                        "professional_uids": [],
                        "goal_uids": [],
                        "summary": "Samtale",
                        "notes": "Noter fra søskende",
                        "assessment": "",
                        "agreements": "",
                        "concern": False,
                        "finalized_at": "2026-02-01T12:00:00+01:00",
                        "addenda": [{"at": "2026-02-03T09:00:00+01:00", "text": "Tilføjet senere"}],
                    }
                ],
            }
        ],
    }
    import_document(store, doc)
    d = sessions.get_session(store, ses_uid)
    assert d.finalized and [a.text for a in d.addenda] == ["Tilføjet senere"]
    with pytest.raises(FinalizedNoteError):
        sessions.update_session(store, ses_uid, SessionInput(kind="office", start=d.start))
    with pytest.raises(IntegrityError), store.session() as s:
        s.execute(text("UPDATE contact_session SET notes = '' WHERE uid = :u"), {"u": ses_uid})
    # importing the same document again must not overwrite the locked note either
    with pytest.raises(Exception):  # noqa: B017 - whichever refusal import gives
        doc["families"][0]["sessions"][0]["notes"] = "overskrevet"
        import_document(store, doc)
    assert sessions.get_session(store, ses_uid).notes == "Noter fra søskende"


def test_deleting_a_family_with_locked_notes_works_in_sql(store: Store, fam: FamilyIds) -> None:
    _finalized_with_addendum(store, fam)
    with store.session() as s:
        s.execute(text("DELETE FROM family WHERE uid = :u"), {"u": fam.uid})
    with store.read_session() as s:
        assert s.scalar(select(ContactSession)) is None
        assert s.scalar(select(Addendum)) is None
    assert search.search_sessions(store, "Morgenrutinen") == []


def test_deleting_a_family_with_locked_notes_works_through_the_orm(
    store: Store, fam: FamilyIds
) -> None:
    _finalized_with_addendum(store, fam)
    with store.session() as s:
        family = s.scalars(select(Family)).one()
        with sessions.permit_note_deletion(s, family.id):
            s.delete(family)
            s.flush()
    with store.read_session() as s:
        assert s.scalar(select(ContactSession)) is None
        assert (
            s.execute(
                text("SELECT count(*) FROM store_info WHERE key LIKE 'note-deletion-permit:%'")
            ).scalar()
            == 0
        )


def test_the_permit_covers_only_its_own_family(store: Store, fam: FamilyIds) -> None:
    uid = _finalized_with_addendum(store, fam)
    other = make_family(store, reference="FB-2026-002", name="Familien Bøgh")
    with (
        pytest.raises(IntegrityError),
        store.session() as s,
        sessions.permit_note_deletion(s, other.id),
    ):
        s.execute(text("DELETE FROM contact_session WHERE uid = :u"), {"u": uid})
    assert sessions.get_session(store, uid).finalized


# --- drafts and autosave -------------------------------------------------------------------


def test_drafts_are_listed_and_old_ones_flagged(store: Store, fam: FamilyIds) -> None:
    old = sessions.create_session(store, fam.uid, _held(fam, day=1))
    recent = sessions.create_session(store, fam.uid, _held(fam, day=8))
    done = sessions.create_session(store, fam.uid, _held(fam, day=9), finalize=True)
    sessions.create_session(store, fam.uid, _held(fam, day=20, status="planned"))
    rows = sessions.list_drafts(store, date(2026, 3, 10))
    assert [(r.uid, r.stale) for r in rows] == [(old, True), (recent, False)]
    assert rows[0].age_days == 9 and rows[0].family_reference == "FB-2026-001"
    assert done not in {r.uid for r in rows}


def test_saving_a_session_discards_its_autosave_copy(store: Store, fam: FamilyIds) -> None:
    new_key = sessions.autosave_key(family_uid=fam.uid)
    autosave.save_draft(store, new_key, {"notes": "halvt skrevet"}, family_uid=fam.uid)
    uid = sessions.create_session(store, fam.uid, _held(fam))
    assert autosave.load_draft(store, new_key) is None
    key = sessions.autosave_key(session_uid=uid)
    autosave.save_draft(store, key, {"notes": "rettelse"}, family_uid=fam.uid)
    sessions.update_session(store, uid, _held(fam, notes="rettelse"))
    assert autosave.load_draft(store, key) is None


# --- timeline --------------------------------------------------------------------------------


def test_timeline_newest_first_with_filters_and_paging(store: Store, fam: FamilyIds) -> None:
    uids = []
    for day in range(1, 13):
        kind = "phone" if day % 3 == 0 else "home-visit"
        goals = [fam.goal2] if day % 4 == 0 else [fam.goal]
        uids.append(
            sessions.create_session(store, fam.uid, _held(fam, day=day, kind=kind, goal_uids=goals))
        )
    other = make_family(store, reference="FB-2026-002", name="Familien Bøgh")
    sessions.create_session(store, other.uid, _held(other, day=5))

    assert sessions.count_timeline(store, fam.uid) == 12
    first = sessions.family_timeline(store, fam.uid, limit=5)
    second = sessions.family_timeline(store, fam.uid, offset=5, limit=5)
    assert [r.uid for r in first + second] == uids[::-1][:10]
    assert [r.start.day for r in first] == [12, 11, 10, 9, 8]

    phones = sessions.family_timeline(store, fam.uid, kinds=["phone"])
    assert [r.start.day for r in phones] == [12, 9, 6, 3]
    assert sessions.count_timeline(store, fam.uid, kinds=["phone"]) == 4
    period = Period(date(2026, 3, 4), date(2026, 3, 6))
    assert [r.start.day for r in sessions.family_timeline(store, fam.uid, period=period)] == [
        6,
        5,
        4,
    ]
    by_goal = sessions.family_timeline(store, fam.uid, goal_uid=fam.goal2)
    assert [r.start.day for r in by_goal] == [12, 8, 4]
    assert sessions.count_timeline(store, fam.uid, goal_uid=fam.goal2, period=period) == 1


def test_period_uses_local_days(store: Store, fam: FamilyIds) -> None:
    # 00:30 Copenhagen time on 4 March is 23:30 UTC on 3 March
    late = datetime(2026, 3, 4, 0, 30, tzinfo=CPH)
    uid = sessions.create_session(store, fam.uid, _held(fam, start=late))
    rows = sessions.family_timeline(
        store, fam.uid, period=Period(date(2026, 3, 4), date(2026, 3, 4))
    )
    assert [r.uid for r in rows] == [uid]
    assert sessions.family_timeline(store, fam.uid, period=Period(end=date(2026, 3, 3))) == []


def test_timeline_rows_show_state(store: Store, fam: FamilyIds) -> None:
    uid = _finalized_with_addendum(store, fam)
    draft = sessions.create_session(store, fam.uid, _held(fam, day=4, concern=True))
    rows = {r.uid: r for r in sessions.family_timeline(store, fam.uid)}
    assert rows[uid].finalized and rows[uid].addenda == 1 and not rows[uid].is_draft
    assert rows[draft].is_draft and rows[draft].concern and rows[draft].addenda == 0


def test_the_family_register_can_delete_a_family_with_locked_notes(
    store: Store, fam: FamilyIds
) -> None:
    from famdesk.core import families

    _finalized_with_addendum(store, fam)
    families.delete_family(store, fam.uid)
    with store.read_session() as s:
        assert s.scalar(select(ContactSession)) is None
        assert s.scalar(select(Addendum)) is None


# --- the printed log -------------------------------------------------------------------------


def test_session_log_reads_the_period_oldest_first_and_is_not_audited(
    store: Store, fam: FamilyIds
) -> None:
    later = sessions.create_session(store, fam.uid, _held(fam, day=10))
    first = sessions.create_session(store, fam.uid, _held(fam, day=3))
    sessions.create_session(store, fam.uid, _held(fam, day=20))
    reads = len(_audit(store, "read"))

    log = sessions.session_log(store, fam.uid, date(2026, 3, 1), date(2026, 3, 15))

    assert [d.uid for d in log.sessions] == [first, later]
    assert (log.family_uid, log.family_name, log.family_reference) == (
        fam.uid,
        "Familien Ærøe",
        "FB-2026-001",
    )
    assert (log.date_from, log.date_to, log.drafts) == (date(2026, 3, 1), date(2026, 3, 15), 2)
    # No family worker: the profile's name, never the computer's login.
    assert log.worker == "test-worker"
    assert len(_audit(store, "read")) == reads and _audit(store, "print") == []


def test_session_log_refuses_a_backwards_period_and_an_unknown_family(
    store: Store, fam: FamilyIds
) -> None:
    with pytest.raises(SessionError) as exc:
        sessions.session_log(store, fam.uid, date(2026, 3, 2), date(2026, 3, 1))
    assert (exc.value.code, exc.value.field) == (Code.PERIOD_END_BEFORE_START, "to")
    with pytest.raises(NotFound):
        sessions.session_log(store, "no-such-family")


def test_printing_the_log_is_audited_with_period_and_count_never_the_notes(
    store: Store, fam: FamilyIds
) -> None:
    sessions.create_session(store, fam.uid, _held(fam))
    log = sessions.session_log(store, fam.uid, date_to=date(2026, 3, 31))

    sessions.record_session_log_print(store, log, "en")

    [event] = _audit(store, "print")
    assert (event.entity, event.entity_uid, event.family_uid) == ("session-log", fam.uid, fam.uid)
    assert event.detail == {
        "format": "pdf",
        "lang": "en",
        "from": None,
        "to": "2026-03-31",
        "sessions": 1,
    }
    assert event.actor == audit_actor(store)


# --- a concern for the child: what it is, who was told ------------------------------------


def _notice(who: str = "Jonas Sagsbehandler", day: int = 3, hour: int = 14, how: str = "telefon"):  # type: ignore[no-untyped-def]
    return sessions.ConcernNoticeInput(who, datetime(2026, 3, day, hour, 0, tzinfo=CPH), how)


NOW = datetime(2026, 3, 10, 12, 0, tzinfo=CPH)


def test_a_concern_says_what_it_is_and_who_was_told_when_and_how(
    store: Store, fam: FamilyIds
) -> None:
    data = _held(fam, concern=True, concern_what="  Frøja havde et mærke på kinden.  ")
    uid = sessions.create_session(store, fam.uid, data, told=[_notice()])
    d = sessions.get_session(store, uid)
    assert d.concern_what == "Frøja havde et mærke på kinden."
    assert [(n.who, n.at, n.how) for n in d.concern_notices] == [
        ("Jonas Sagsbehandler", datetime(2026, 3, 3, 14, 0, tzinfo=CPH), "telefon")
    ]
    assert d.as_input().concern_what == "Frøja havde et mærke på kinden."
    # Told again after the note is finalized: that is not a change of the note.
    sessions.finalize_session(store, uid)
    sessions.add_concern_notice(store, uid, _notice("Leder Birthe", day=4, how=""), now=NOW)
    d = sessions.get_session(store, uid)
    assert [n.who for n in d.concern_notices] == ["Jonas Sagsbehandler", "Leder Birthe"]
    updates = [e.detail for e in _audit(store, "update")]
    assert {"concern_notice": updates[-1]["concern_notice"]} == updates[-1]
    assert _audit(store, "create")[0].detail["concern_notices"] == 1


def test_the_editor_asks_what_the_concern_is(store: Store, fam: FamilyIds) -> None:
    (problem,) = sessions.concern_problems(_held(fam, concern=True, concern_what=" "))
    assert (problem.field, problem.code) == ("concern_what", Code.VALUE_REQUIRED)
    assert sessions.concern_problems(_held(fam, concern=True, concern_what="Mærke")) == []
    assert sessions.concern_problems(_held(fam)) == []
    # Without a concern, no details are kept.
    uid = sessions.create_session(store, fam.uid, _held(fam, concern_what="glemt tekst"))
    assert sessions.get_session(store, uid).concern_what == ""


@pytest.mark.parametrize(
    ("notice", "field", "code"),
    [
        (_notice(who="  "), "who", Code.VALUE_REQUIRED),
        (_notice(day=2), "at", Code.DATE_BEFORE_START),
        (_notice(day=11), "at", Code.DATE_FUTURE),
        (_notice(who="x" * 500), "who", Code.TEXT_TOO_LONG),
    ],
)
def test_a_notice_names_someone_on_or_after_the_sessions_day_and_not_ahead(
    store: Store, fam: FamilyIds, notice: sessions.ConcernNoticeInput, field: str, code: str
) -> None:
    uid = sessions.create_session(store, fam.uid, _held(fam, concern=True, concern_what="Mærke"))
    start = datetime(2026, 3, 3, 9, 30, tzinfo=CPH)
    problems = sessions.concern_notice_problems(notice, start, now=NOW)
    assert [(p.field, p.code) for p in problems] == [(field, code)]
    with pytest.raises(SessionError) as refused:
        sessions.add_concern_notice(store, uid, notice, now=NOW)
    assert (refused.value.field, refused.value.code) == (field, code)
    assert sessions.get_session(store, uid).concern_notices == []


def test_a_notice_needs_a_concern_and_a_told_concern_stays(store: Store, fam: FamilyIds) -> None:
    plain = sessions.create_session(store, fam.uid, _held(fam))
    with pytest.raises(SessionError) as refused:
        sessions.add_concern_notice(store, plain, _notice(), now=NOW)
    assert refused.value.code == Code.SESSION_CONCERN_NONE
    with pytest.raises(SessionError):
        sessions.create_session(store, fam.uid, _held(fam), told=[_notice()])

    worried = _held(fam, concern=True, concern_what="Mærke")
    uid = sessions.create_session(store, fam.uid, worried, told=[_notice()])
    with pytest.raises(SessionError) as refused:
        sessions.update_session(store, uid, _held(fam, concern=False))
    assert refused.value.code == Code.SESSION_CONCERN_TOLD
    d = sessions.get_session(store, uid)
    assert d.concern and d.concern_what == "Mærke" and len(d.concern_notices) == 1
    # A concern nobody was told of yet may be taken back.
    other = sessions.create_session(store, fam.uid, worried)
    sessions.update_session(store, other, _held(fam))
    assert not sessions.get_session(store, other).concern
