"""Two editors, one goal or step: the second save is refused in the catalogue's words,
the dialog opens again with the other save's values and the worker's own on top."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import QDialogButtonBox

from famdesk.core import plans
from famdesk.core.plans import GoalData, StepData
from famdesk.ui.plans.goal_dialog import GoalDialog, StepDialog
from famdesk.ui.plans.plan_editor import PlanEditor
from tests.core.plan_fixtures import make_family


def _editor(qtbot: Any, store: Any) -> tuple[PlanEditor, str]:
    fam = make_family(store)
    uid = plans.create_plan(store, fam.family, "Plan", created_on=date(2026, 2, 2))
    plans.add_goal(store, uid, GoalData(title="Faste aftaler", steps=[StepData("Ring")]))
    editor = PlanEditor(store)
    qtbot.addWidget(editor)
    editor.load_plan(uid)
    return editor, plans.get_plan(store, uid).goals[0].uid


def test_a_goal_saved_by_someone_else_first(qtbot, store, switcher, monkeypatch):  # type: ignore[no-untyped-def]
    editor, goal_uid = _editor(qtbot, store)
    # Another worker saves the goal while this editor has it on screen.
    plans.update_goal(store, goal_uid, loaded=plans.get_goal(store, goal_uid), title="Deres titel")
    shown: list[tuple[str, str, str]] = []

    def type_and_save(dialog: GoalDialog) -> int:
        shown.append(
            (dialog.notice.text(), dialog.title_edit.text(), dialog.criteria_edit.toPlainText())
        )
        if len(shown) == 1:
            qtbot.keyClicks(dialog.criteria_edit, "Alma sover hjemme")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        return dialog.result()

    monkeypatch.setattr(GoalDialog, "exec", type_and_save)
    editor.select(goal_uid)
    assert editor.edit_item() == goal_uid
    first, again = shown
    assert first == ("", "Faste aftaler", "")
    assert again[0].startswith("Someone else saved this after you opened it.")
    assert again[1:] == ("Deres titel", "Alma sover hjemme")
    stored = plans.get_goal(store, goal_uid)
    assert (stored.title, stored.success_criteria) == ("Deres titel", "Alma sover hjemme")


def test_a_step_refusal_in_danish_keeps_the_text(qtbot, store, switcher, monkeypatch):  # type: ignore[no-untyped-def]
    switcher.apply("da")
    editor, goal_uid = _editor(qtbot, store)
    step_uid = plans.get_goal(store, goal_uid).steps[0].uid
    plans.update_step(store, step_uid, loaded=plans.get_step(store, step_uid), responsible="Bo")
    seen: list[tuple[str, str, str]] = []

    def type_then_cancel(dialog: StepDialog) -> int:
        seen.append(
            (dialog.notice.text(), dialog.text_edit.toPlainText(),
             dialog.responsible_combo.currentText())
        )
        if len(seen) == 1:
            dialog.text_edit.selectAll()
            qtbot.keyClicks(dialog.text_edit, "Ring til plejefamilien")
            dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
            return dialog.result()
        return StepDialog.DialogCode.Rejected.value

    monkeypatch.setattr(StepDialog, "exec", type_then_cancel)
    editor.select(step_uid)
    assert editor.edit_item() is None
    assert seen[1][0].startswith("En anden har gemt dette, efter du åbnede det.")
    assert seen[1][1:] == ("Ring til plejefamilien", "Bo")
    stored = plans.get_step(store, step_uid)
    assert (stored.text, stored.responsible) == ("Ring", "Bo")
