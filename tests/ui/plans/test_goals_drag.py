"""Dragging goals and steps reorders them in the store (the keyboard path has its own test)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QModelIndex, Qt

from famdesk.core import plans
from famdesk.core.plans import GoalData, StepData
from famdesk.ui.plans.goals_model import GoalsModel
from tests.core.plan_fixtures import make_family


def _plan(store) -> str:  # type: ignore[no-untyped-def]
    ids = make_family(store)
    plan = plans.create_plan(store, ids.family, "Plan", created_on=date(2026, 2, 1))
    for title in ("Ro om morgenen", "Samvær uden konflikt", "Styr på økonomien"):
        goal = plans.add_goal(store, plan, GoalData(title=title))
        for n in (1, 2):
            plans.add_step(store, goal, StepData(text=f"{title} – skridt {n}"))
    return plan


def _drag(qtbot, model: GoalsModel, source: QModelIndex, row: int, parent: QModelIndex) -> None:
    data = model.mimeData([source])
    assert model.canDropMimeData(data, Qt.DropAction.MoveAction, row, 0, parent)
    with qtbot.waitSignal(model.planChanged, timeout=3000):
        model.dropMimeData(data, Qt.DropAction.MoveAction, row, 0, parent)


def test_dragging_a_goal_to_the_top_moves_it_in_the_store(qtbot, store) -> None:
    plan_uid = _plan(store)
    model = GoalsModel(store)
    model.load(plans.get_plan(store, plan_uid))
    _drag(qtbot, model, model.index(2, 0), 0, QModelIndex())
    titles = [g.title for g in plans.get_plan(store, plan_uid).goals]
    assert titles == ["Styr på økonomien", "Ro om morgenen", "Samvær uden konflikt"]


def test_dragging_a_step_onto_another_goal_moves_it_there(qtbot, store) -> None:
    plan_uid = _plan(store)
    model = GoalsModel(store)
    model.load(plans.get_plan(store, plan_uid))
    first_goal = model.index(0, 0)
    step = model.index(1, 0, first_goal)  # "Ro om morgenen – skridt 2"
    _drag(qtbot, model, step, -1, model.index(2, 0))
    goals = plans.get_plan(store, plan_uid).goals
    assert [s.text for s in goals[0].steps] == ["Ro om morgenen – skridt 1"]
    assert goals[2].steps[-1].text == "Ro om morgenen – skridt 2"


def test_an_agreed_plan_refuses_drops(qtbot, store) -> None:
    plan_uid = _plan(store)
    plans.agree_plan(store, plan_uid, agreed_on=date(2026, 2, 3))
    model = GoalsModel(store)
    model.load(plans.get_plan(store, plan_uid))
    data = model.mimeData([model.index(2, 0)])
    assert not model.canDropMimeData(data, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    assert not model.dropMimeData(data, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
