"""After a plan is revised, the charts of its goals still show the earlier version's scores."""

from __future__ import annotations

from datetime import date

from famdesk.core import plans
from famdesk.core.plans import GoalData
from famdesk.ui.plans.plan_editor import PlanEditor
from famdesk.ui.plans.review_dialog import ReviewDialog
from tests.core.plan_fixtures import make_family


def _reviewed_v1(store) -> str:  # type: ignore[no-untyped-def]
    fam = make_family(store)
    uid = plans.create_plan(
        store,
        fam.family,
        "Plan",
        created_on=date(2026, 2, 2),
        member_uids=[fam.mother, fam.father],
        goals=[GoalData("Faste aftaler om samvær", baseline_score=3)],
    )
    plans.agree_plan(store, uid, agreed_on=date(2026, 2, 16))
    (goal,) = plans.get_plan(store, uid).goals
    plans.add_review(store, uid, date(2026, 5, 12), "Roligere", {goal.uid: 4})
    return uid


def test_revised_goal_charts_show_the_first_versions_points(qtbot, store, switcher):  # type: ignore[no-untyped-def]
    v1 = _reviewed_v1(store)
    # The draft revision's editor chart starts where the first version left off.
    v2 = plans.revise_plan(store, v1, created_on=date(2026, 6, 1))
    (goal,) = plans.get_plan(store, v2).goals
    editor = PlanEditor(store)
    qtbot.addWidget(editor)
    editor.load_plan(v2)
    editor.select(goal.uid)
    assert editor.chart.points() == [(date(2026, 2, 16), 3), (date(2026, 5, 12), 4)]

    plans.agree_plan(store, v2, agreed_on=date(2026, 6, 3))
    plans.add_review(store, v2, date(2026, 9, 1), "Stabilt", {goal.uid: 7})
    dialog = ReviewDialog(store, v2)
    qtbot.addWidget(dialog)
    assert [row.goal.uid for row in dialog.rows] == [goal.uid]
    assert dialog.rows[0].chart.points() == [
        (date(2026, 2, 16), 3),
        (date(2026, 5, 12), 4),
        (date(2026, 9, 1), 7),
    ]
    assert dialog.rows[0].chart.point_count() == 3
