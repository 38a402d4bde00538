"""Two workers save the same plan (and family, member, goal, step) on the team server,
each through their own connection.

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


def test_every_record_a_form_saves_is_refused_to_the_second_worker(team: Team) -> None:
    """The family, a member, a goal and a step, each saved by anna and then by the lead
    on the version both loaded: the lead's save is refused, anna's kept."""
    from dataclasses import replace

    from famdesk.core import families
    from famdesk.core.plans import GoalData, StepData

    _, anna_url = team.add("anna")
    as_anna, as_lead = team.open(anna_url), team.open(team.lead_url)
    fam = make_family(as_anna)
    uid = plans.create_plan(as_anna, fam.family, "Plan", created_on=date(2026, 2, 2))
    plans.add_goal(as_anna, uid, GoalData(title="Mål", steps=[StepData("Trin")]))
    goal = plans.get_plan(as_anna, uid).goals[0]
    step_uid = goal.steps[0].uid

    def family(store: object) -> families.FamilyData:
        return families.get_family(store, fam.family)  # type: ignore[arg-type]

    a, b = family(as_anna), family(as_lead)
    families.update_family(as_anna, fam.family, replace(a, notes="Annas"), loaded=a)
    with pytest.raises(RecordChanged):
        families.update_family(as_lead, fam.family, replace(b, name="Lederens"), loaded=b)
    assert (family(as_lead).notes, family(as_lead).name) == ("Annas", a.name)

    a_m, b_m = families.get_member(as_anna, fam.mother), families.get_member(as_lead, fam.mother)
    families.update_member(as_anna, fam.mother, replace(a_m, phone="20 30 40 50"), loaded=a_m)
    with pytest.raises(RecordChanged):
        families.update_member(as_lead, fam.mother, replace(b_m, email="x@example.dk"), loaded=b_m)
    assert families.get_member(as_lead, fam.mother).email == ""

    a_g, b_g = plans.get_goal(as_anna, goal.uid), plans.get_goal(as_lead, goal.uid)
    plans.update_goal(as_anna, goal.uid, loaded=a_g, title="Annas mål")
    with pytest.raises(RecordChanged):
        plans.update_goal(as_lead, goal.uid, loaded=b_g, success_criteria="Lederens")
    assert plans.get_goal(as_lead, goal.uid).title == "Annas mål"

    a_s, b_s = plans.get_step(as_anna, step_uid), plans.get_step(as_lead, step_uid)
    plans.update_step(as_anna, step_uid, loaded=a_s, text="Annas trin")
    with pytest.raises(RecordChanged):
        plans.update_step(as_lead, step_uid, loaded=b_s, responsible="Lederen")
    assert plans.get_step(as_lead, step_uid).text == "Annas trin"
