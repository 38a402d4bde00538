"""A save based on an older version of a record is refused; nothing of the other save is lost.

Two editors load the same plan; the first saves; the second's save is refused
with what the first one changed, and the store keeps the first save whole.
Runs on the file and on a server (where tests/server/test_versions.py does
it with two workers' own connections).
"""

from __future__ import annotations

from datetime import date

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
