"""A save based on an older version of a record is refused; nothing of the other save is lost.

Two editors load the same plan; the first saves; the second's save is refused
with what the first one changed, and the store keeps the first save whole.
Runs on the file and on a server (where tests/server/test_versions.py does
it with two workers' own connections).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

import pytest

from famdesk.core import plans
from famdesk.core.errors import Code
from famdesk.core.versions import RecordChanged, guarded
from famdesk.db.models import ActionPlan
from famdesk.db.store import Store
from tests.core.plan_fixtures import make_family


@pytest.fixture
def plan_uid(store: Store) -> str:
    fam = make_family(store)
    return plans.create_plan(
        store, fam.family, "Forældrehandleplan", created_on=date(2026, 2, 1),
        member_uids=[fam.mother],
    )


def test_the_second_save_of_the_same_plan_is_refused_and_told_why(
    store: Store, plan_uid: str
) -> None:
    first, second = plans.get_plan(store, plan_uid), plans.get_plan(store, plan_uid)
    plans.update_plan(store, plan_uid, loaded=first, purpose="Alma kommer hjem", phase="change")
    with pytest.raises(RecordChanged) as refused:
        plans.update_plan(store, plan_uid, loaded=second, purpose="Noget andet", concerns="Uro")
    assert refused.value.code == Code.RECORD_CHANGED
    assert refused.value.fields == ["phase", "purpose"]
    now = plans.get_plan(store, plan_uid)
    assert (now.purpose, now.phase, now.concerns) == ("Alma kommer hjem", "change", "")
    # Loaded again, the second editor's save goes through.
    plans.update_plan(store, plan_uid, loaded=now, concerns="Uro")
    assert plans.get_plan(store, plan_uid).concerns == "Uro"


def test_each_save_counts_and_an_unchanged_save_does_not(store: Store, plan_uid: str) -> None:
    loaded = plans.get_plan(store, plan_uid)
    plans.update_plan(store, plan_uid, loaded=loaded, purpose=loaded.purpose)
    assert plans.get_plan(store, plan_uid).row_version == loaded.row_version
    plans.update_plan(store, plan_uid, loaded=loaded, purpose="Ny")
    assert plans.get_plan(store, plan_uid).row_version == loaded.row_version + 1


def test_a_save_racing_past_the_check_is_refused_by_the_database(
    store: Store, plan_uid: str
) -> None:
    """Both units of work read version 1; the one that commits second changes nothing."""
    with pytest.raises(RecordChanged), guarded("plan"), store.session() as late:
        row = late.query(ActionPlan).filter_by(uid=plan_uid).one()
        plans.update_plan(store, plan_uid, purpose="Først")
        row.purpose = "Sidst"
    assert plans.get_plan(store, plan_uid).purpose == "Først"


def test_a_notes_second_save_is_refused_with_what_the_first_changed(store: Store) -> None:
    from datetime import datetime, timedelta

    from famdesk.core import sessions
    from famdesk.core.sessions import LOCAL_TZ, SessionInput
    from tests.core.session_fixtures import make_family as make_session_family

    fam = make_session_family(store)
    data = SessionInput(kind="office", start=datetime.now(LOCAL_TZ) - timedelta(days=1))
    uid = sessions.create_session(store, fam.uid, data)
    a, b = sessions.get_session(store, uid), sessions.get_session(store, uid)
    sessions.update_session(
        store, uid, SessionInput(kind="office", start=a.start, notes="Først"), loaded=a
    )
    with pytest.raises(RecordChanged) as refused:
        sessions.update_session(
            store, uid, SessionInput(kind="phone", start=b.start, notes="Sidst"), loaded=b
        )
    assert refused.value.fields == ["notes"]
    assert sessions.get_session(store, uid).notes == "Først"


# --- every record an editor saves: goals, steps, families, members, collaborators ----------


def _edits(store: Store, plan_uid: str) -> dict[str, tuple[Any, Any]]:
    """Per record: (read it as an editor does, save it with what was read and some fields)."""
    from famdesk.core import families

    plan = plans.get_plan(store, plan_uid)
    plans.add_goal(store, plan_uid, plans.GoalData(title="Mål", steps=[plans.StepData("Trin")]))
    goal = plans.get_plan(store, plan_uid).goals[0]
    family_uid, member_uid = plan.family_uid, plan.member_uids[0]
    prof_uid = families.create_professional(
        store, families.ProfessionalData(name="Jonas Sagsbehandler"), family_uid
    )
    from famdesk.core import outcomes

    measurement_uid = outcomes.add_measurement(
        store, family_uid, member_uid, "WHO-5", date(2026, 2, 2), [2, 2, 2, 2, 2]
    )
    return {
        "measurement": (
            lambda: outcomes.get_measurement(store, measurement_uid),
            lambda was, **f: outcomes.update_measurement(
                store, measurement_uid, loaded=was, **f
            ),
        ),
        "goal": (
            lambda: plans.get_goal(store, goal.uid),
            lambda was, **f: plans.update_goal(store, goal.uid, loaded=was, **f),
        ),
        "step": (
            lambda: plans.get_step(store, goal.steps[0].uid),
            lambda was, **f: plans.update_step(store, goal.steps[0].uid, loaded=was, **f),
        ),
        "family": (
            lambda: families.get_family(store, family_uid),
            lambda was, **f: families.update_family(
                store, family_uid, replace(was, **f), loaded=was
            ),
        ),
        "member": (
            lambda: families.get_member(store, member_uid),
            lambda was, **f: families.update_member(
                store, member_uid, replace(was, **f), loaded=was
            ),
        ),
        "professional": (
            lambda: families.get_professional(store, prof_uid),
            lambda was, **f: families.update_professional(
                store, prof_uid, replace(was, **f), loaded=was
            ),
        ),
    }


#: Per record: (field, value) the first save sets, and the second save's.
_FIELDS = {
    "goal": (("title", "Annas mål"), ("success_criteria", "Bos kriterium")),
    "measurement": (("date", date(2026, 3, 3)), ("items", [3, 3, 3, 3, 3])),
    "step": (("text", "Annas trin"), ("responsible", "Bo")),
    "family": (("name", "Familien Anna"), ("notes", "Bos note")),
    "member": (("phone", "20 30 40 50"), ("email", "bo@example.dk")),
    "professional": (("phone", "70 10 20 30"), ("organisation", "Bos kommune")),
}


@pytest.mark.parametrize("entity", sorted(_FIELDS))
def test_every_edited_record_refuses_a_save_based_on_an_older_read(
    store: Store, plan_uid: str, entity: str
) -> None:
    read, save = _edits(store, plan_uid)[entity]
    (first_field, a), (second_field, b) = _FIELDS[entity]
    first, second = read(), read()
    save(first, **{first_field: a})
    with pytest.raises(RecordChanged) as refused:
        save(second, **{second_field: b})
    assert refused.value.entity == entity and refused.value.fields == [first_field]
    assert refused.value.code == Code.RECORD_CHANGED
    now = read()
    assert (getattr(now, first_field), getattr(now, second_field)) == (
        a, getattr(second, second_field)
    )
    # Read again, the second editor's save goes through on top of the first.
    save(now, **{second_field: b})
    both = read()
    assert (getattr(both, first_field), getattr(both, second_field)) == (a, b)


def test_the_refusal_is_worded_in_danish_and_english() -> None:
    from famdesk.core import words

    refused = RecordChanged("goal", ["title"])
    assert words.sentence(refused.code, "da").startswith("En anden har gemt dette")
    assert words.sentence(refused.code, "en").startswith("Someone else saved this")


def test_the_status_reports_texts_refuse_a_save_based_on_an_older_read(store: Store) -> None:
    from famdesk.core import status_reports as sr

    family_uid = make_family(store).family
    period = (date(2026, 1, 1), date(2026, 3, 31))

    def save(loaded: sr.StatusReportTexts | None, view: str, assessment: str) -> str:
        return sr.save_status_report_texts(
            store, family_uid, *period, view, assessment, False, loaded=loaded
        )

    # Two workers open the period before either has written: both start from nothing.
    save(None, "Forældrene oplever ro", "")
    with pytest.raises(RecordChanged) as refused:
        save(None, "", "Bos vurdering")
    assert refused.value.fields == ["family_view"]
    first = sr.status_report_for_period(store, family_uid, *period)
    assert first is not None and (first.family_view, first.assessment) == (
        "Forældrene oplever ro", ""
    )
    # Both have read the same version: the second save after the first is refused.
    a = b = first
    save(a, "Forældrene oplever ro", "Annas vurdering")
    with pytest.raises(RecordChanged) as refused:
        save(b, "Bos syn", "")
    assert refused.value.fields == ["assessment"]
    now = sr.status_report_for_period(store, family_uid, *period)
    assert now is not None and (now.family_view, now.assessment) == (
        "Forældrene oplever ro", "Annas vurdering"
    )
    save(now, "Bos syn", "Annas vurdering")  # read again, it goes through
    assert sr.status_report_for_period(store, family_uid, *period).family_view == "Bos syn"  # type: ignore[union-attr]
