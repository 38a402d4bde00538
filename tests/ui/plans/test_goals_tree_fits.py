"""The plan editor's goal tree shows every column's text whole at 1366×768, in both languages.

The measure is worker-view --clipcheck's for a cell: the text's advance in the
view's font and 8 px of margins within the cell's width.
"""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QModelIndex

from famdesk.core import plans
from famdesk.core.plans import GoalData, StepData
from famdesk.ui.plans.goals_model import COL_STATE, COL_WHEN, COL_WHO
from famdesk.ui.plans.plan_editor import PlanEditor
from tests.core.plan_fixtures import make_family


def _plan(store) -> str:  # type: ignore[no-untyped-def]
    ids = make_family(store)
    plan = plans.create_plan(store, ids.family, "Forældrehandleplan", created_on=date(2026, 2, 1))
    for title, ics in (("Emma kommer i skole hver dag", "school"),
                       ("Roligere aftener", "health"),
                       ("Familien holder fast i samværet", "housing-work-finances")):
        goal = plans.add_goal(store, plan, GoalData(
            title=title, ics_dimension=ics, target_date=date(2026, 12, 31)))
        plans.add_step(store, goal, StepData(text="Et skridt", responsible="Mor",
                                             due_date=date(2026, 11, 30)))
    return plan


@pytest.mark.parametrize("lang", ["da", "en"])
def test_every_column_of_the_goal_tree_shows_its_text_whole(
    qtbot, store, switcher, lang  # type: ignore[no-untyped-def]
) -> None:
    switcher.apply(lang)
    editor = PlanEditor(store)
    qtbot.addWidget(editor)
    editor.resize(1366 - 320, 768 - 120)  # the plans tab beside the family list
    editor.load_plan(_plan(store))
    editor.show()
    qtbot.waitExposed(editor)
    view, model = editor.goals_view, editor.goals_model
    view.expandAll()
    fm = view.fontMetrics()
    cut = []
    for row in range(model.rowCount()):
        goal = model.index(row, 0)
        rows = [(row, QModelIndex())] + [(r, goal) for r in range(model.rowCount(goal))]
        for r, parent in rows:
            for col in (COL_WHO, COL_WHEN, COL_STATE):
                index = model.index(r, col, parent)
                text = index.data()
                if text and fm.horizontalAdvance(text) + 8 > view.visualRect(index).width():
                    cut.append((text, fm.horizontalAdvance(text) + 8,
                                view.visualRect(index).width()))
    assert model.index(0, COL_WHO).data() == (
        "Skole og dagtilbud" if lang == "da" else "School and day care")
    assert cut == []
