"""The Plans tab: a plan from a template, goals and steps, keyboard reorder, agree, revise, PDF."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog

from famdesk.core import plans
from famdesk.core.plans import StepData
from famdesk.ui.plans.agree_dialog import AgreeDialog
from famdesk.ui.plans.goal_dialog import GoalDialog, StepDialog
from famdesk.ui.plans.plans_tab import COL_REVIEW, PlansTab
from tests.core.plan_fixtures import make_family


def _tab(qtbot, store) -> tuple[PlansTab, str]:  # type: ignore[no-untyped-def]
    fam = make_family(store)
    tab = PlansTab(store, autosave_ms=60000)
    qtbot.addWidget(tab)
    tab.set_family(fam.family)
    return tab, fam.family


def _step_texts(editor, goal_row: int) -> list[str]:  # type: ignore[no-untyped-def]
    goal = editor.goals_model.item(goal_row, 0)
    return [goal.child(r, 0).text() for r in range(goal.rowCount())]


def test_template_plan_edited_reordered_agreed_revised_and_printed(
    qtbot, store, monkeypatch, tmp_path, switcher
):  # type: ignore[no-untyped-def]
    tab, family_uid = _tab(qtbot, store)
    editor = tab.editor
    assert editor.plan is None and tab.model.rowCount() == 0

    # From the "Forældre med anbragte børn" template: its goals come along, its prompts do not.
    uid = tab.new_from_template("placed-child-parents")
    assert uid is not None and editor.plan is not None and editor.plan.uid == uid
    assert tab.model.rowCount() == 1
    assert editor.goals_model.rowCount() >= 1
    resources = editor.text_edits["resources"]
    assert resources.toPlainText() == "" and resources.placeholderText() != ""
    # The parents are preselected; the child is not offered.
    names = [editor.parents_list.item(i).text() for i in range(editor.parents_list.count())]
    assert names == ["Zoë Kowalski", "Łukasz Nguyễn"]

    editor.title_edit.clear()
    qtbot.keyClicks(editor.title_edit, "Plan for Zoe og Lukasz")
    qtbot.keyClicks(editor.text_edits["parents_own_words"], "Vi vil se Alma hver uge.")
    assert tab.has_unsaved_changes()
    assert editor.save() and not tab.has_unsaved_changes()
    assert plans.get_plan(store, uid).parents_own_words == "Vi vil se Alma hver uge."
    assert tab.model.item(0, 0).text() == "Plan for Zoe og Lukasz"

    # A goal with two steps, added through the dialogs.
    def fill_goal(dialog):  # type: ignore[no-untyped-def]
        qtbot.keyClicks(dialog.title_edit, "Vi har faste aftaler om samvær")
        dialog.baseline_spin.setValue(3)
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        return dialog.result()

    monkeypatch.setattr(GoalDialog, "exec", fill_goal)
    goal_uid = editor.add_goal()
    assert goal_uid is not None
    steps = iter(["Ring til plejefamilien", "Skriv aftalerne i kalenderen"])

    def fill_step(dialog):  # type: ignore[no-untyped-def]
        assert "Jonas Sagsbehandler" in [
            dialog.responsible_combo.itemText(i) for i in range(dialog.responsible_combo.count())
        ]
        qtbot.keyClicks(dialog.text_edit, next(steps))
        dialog.responsible_combo.setCurrentText("Zoë Kowalski")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        return dialog.result()

    monkeypatch.setattr(StepDialog, "exec", fill_step)
    editor.select(goal_uid)
    editor.add_step()
    editor.select(goal_uid)
    second = editor.add_step()
    last_row = editor.goals_model.rowCount() - 1
    assert _step_texts(editor, last_row) == [
        "Ring til plejefamilien",
        "Skriv aftalerne i kalenderen",
    ]

    # Ctrl+Up on the second step moves it first, in the store too.
    editor.select(second)
    editor.goals_view.setFocus()
    qtbot.keyClick(editor.goals_view, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert _step_texts(editor, last_row) == [
        "Skriv aftalerne i kalenderen",
        "Ring til plejefamilien",
    ]
    stored = next(g for g in plans.get_plan(store, uid).goals if g.uid == goal_uid)
    assert [s.text for s in stored.steps][0] == "Skriv aftalerne i kalenderen"
    assert editor.current_uid() == ("step", second)

    # Agree on a date the worker gives: the editor goes read-only and says why.
    def agree_today(dialog):  # type: ignore[no-untyped-def]
        assert dialog.agreed_edit.text() == date.today().strftime("%d-%m-%Y")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        return dialog.result()

    monkeypatch.setattr(AgreeDialog, "exec", agree_today)
    assert editor.agree(), editor.message_label.text()
    assert editor.plan.status == "agreed" and editor.plan.agreed_on == date.today()
    assert editor.title_edit.isReadOnly()
    assert editor.text_edits["resources"].isReadOnly()
    assert not editor.add_goal_button.isEnabled() and not editor.save_button.isEnabled()
    assert "frozen" in editor.frozen_label.text()
    assert tab.model.item(0, COL_REVIEW).text() == plans.default_next_review(date.today()).strftime(
        "%d-%m-%Y"
    )
    # Reordering is refused on an agreed plan ...
    editor.select(second)
    qtbot.keyClick(editor.goals_view, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert _step_texts(editor, last_row)[0] == "Skriv aftalerne i kalenderen"
    # ... but a step can still be ticked off.
    tick = editor.goals_model.index_of(second).siblingAtColumn(3)
    editor.goals_model.setData(tick, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    qtbot.waitUntil(lambda: plans.get_plan(store, uid).goals[-1].steps[0].done)

    # Revise: version 2 is a draft; version 1 stays readable through the selector.
    assert editor.revise()
    assert editor.plan.version == 2 and editor.plan.editable
    assert not editor.title_edit.isReadOnly()
    assert tab.model.rowCount() == 1 and tab.model.item(0, 1).text() == "2"
    assert editor.version_combo.count() == 2
    editor.version_combo.setCurrentIndex(0)
    editor.version_combo.activated.emit(0)
    assert editor.plan.uid == uid and editor.title_edit.isReadOnly()

    # Print / PDF: built off the GUI thread, previewed, saved where the worker says.
    target = tmp_path / "plan.pdf"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    job = tab.print_current()
    assert job is not None
    with qtbot.waitSignal(job.ready, timeout=30000) as ready:
        pass
    dialog = ready.args[0]
    dialog.save_button.click()
    text = " ".join(p.extract_text() for p in PdfReader(target).pages).replace("\n", " ")
    for goal in plans.get_plan(store, uid).goals:
        assert goal.title[:25] in text
    temp = Path(dialog.pdf_path).parent
    dialog.close()
    assert not temp.exists()


def test_overdue_review_is_red_and_blank_and_previous_plans(qtbot, store, switcher):  # type: ignore[no-untyped-def]
    tab, family_uid = _tab(qtbot, store)
    first = plans.create_plan(store, family_uid, "Plan 2025", created_on=date(2025, 1, 2))
    goal = plans.add_goal(store, first, plans.GoalData("Ro ved sengetid", baseline_score=2))
    plans.add_step(store, goal, StepData("Fast godnathistorie", "Łukasz Nguyễn"))
    plans.agree_plan(store, first, agreed_on=date(2025, 1, 10))
    tab.refresh(first)
    cell = tab.model.item(0, COL_REVIEW)
    assert cell.text() == "10-04-2025"
    assert cell.foreground().color().name() == "#b3261e"

    second = tab.new_from_previous()
    assert second is not None and second != first
    assert tab.editor.plan.uid == second
    assert [g.title for g in tab.editor.plan.goals] == ["Ro ved sengetid"]
    assert tab.model.rowCount() == 2

    blank = tab.new_blank()
    assert blank is not None and tab.editor.plan.uid == blank
    assert tab.editor.plan.goals == [] and tab.editor.title_edit.text() == "Parent action plan"
    assert tab.model.rowCount() == 3


def test_the_childs_perspective_is_a_section_of_the_plan_editor(qtbot, store, switcher):  # type: ignore[no-untyped-def]
    tab, _family = _tab(qtbot, store)
    editor = tab.editor
    uid = tab.new_from_template("home-family-treatment")
    assert uid is not None
    field = editor.text_edits["child_perspective"]
    assert field.accessibleName() == "The child's perspective"
    assert field.placeholderText() != ""  # the template's guiding question
    qtbot.keyClicks(field, "Alma vil gerne have ro om aftenen.")
    assert editor.save()
    assert plans.get_plan(store, uid).child_perspective == "Alma vil gerne have ro om aftenen."
