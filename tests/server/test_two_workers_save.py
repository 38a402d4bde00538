"""Two workers save the same plan on the team server, each through their own connection.

Load in A, load in B, save A, save B: B is refused and told what A changed,
and nothing of A's is lost. The same when both saves race past the check.
"""

from __future__ import annotations

from datetime import date

import pytest

from famdesk.core import plans
from famdesk.core.versions import RecordChanged, guarded
from famdesk.db.models import ActionPlan
from tests.core.plan_fixtures import make_family
from tests.server.conftest import Team


def test_the_second_workers_save_is_refused_and_the_firsts_kept(team: Team) -> None:
    _, anna_url = team.add("anna")
    as_anna, as_lead = team.open(anna_url), team.open(team.lead_url)
    fam = make_family(as_anna)
    uid = plans.create_plan(as_anna, fam.family, "Plan", created_on=date(2026, 2, 2))

    in_a, in_b = plans.get_plan(as_anna, uid), plans.get_plan(as_lead, uid)
    plans.update_plan(as_anna, uid, loaded=in_a, purpose="Annas formål", support="Ugentligt")
    with pytest.raises(RecordChanged) as refused:
        plans.update_plan(as_lead, uid, loaded=in_b, purpose="Lederens formål")
    assert refused.value.fields == ["purpose", "support"]
    stored = plans.get_plan(as_lead, uid)
    assert (stored.purpose, stored.support) == ("Annas formål", "Ugentligt")


def test_saves_racing_past_the_check_are_told_apart_by_the_server(team: Team) -> None:
    _, anna_url = team.add("anna")
    as_anna, as_lead = team.open(anna_url), team.open(team.lead_url)
    fam = make_family(as_anna)
    uid = plans.create_plan(as_anna, fam.family, "Plan", created_on=date(2026, 2, 2))
    with pytest.raises(RecordChanged), guarded("plan"), as_lead.session() as late:
        row = late.query(ActionPlan).filter_by(uid=uid).one()
        plans.update_plan(as_anna, uid, purpose="Annas")
        row.purpose = "Lederens"
    assert plans.get_plan(as_anna, uid).purpose == "Annas"
