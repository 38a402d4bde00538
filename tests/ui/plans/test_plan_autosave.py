"""No typing lost: the plan editor keeps unsaved text in the store and offers it back."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QMessageBox

from famdesk.core import autosave, plans
from famdesk.ui.plans.plan_editor import PlanEditor, autosave_key
from tests.core.plan_fixtures import make_family


def _draft_plan(store) -> tuple[str, str]:  # type: ignore[no-untyped-def]
    fam = make_family(store)
    uid = plans.create_plan(
        store, fam.family, "Plan", created_on=date(2026, 2, 2), member_uids=[fam.mother]
    )
    return uid, fam.father


def test_typed_text_survives_a_crash_and_is_offered_back(qtbot, store, monkeypatch, switcher):  # type: ignore[no-untyped-def]
    uid, father = _draft_plan(store)
    questions: list[str] = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        staticmethod(
            lambda _p, _t, text, *a: questions.append(text) or QMessageBox.StandardButton.Yes
        ),
    )
    editor = PlanEditor(store, autosave_ms=50)  # destroyed below, so not handed to qtbot
    editor.load_plan(uid)
    assert questions == []  # nothing kept yet
    qtbot.keyClicks(editor.text_edits["resources"], "Far laver de bedste pandekager.")
    editor.parents_list.item(1).setCheckState(editor.parents_list.item(1).checkState().Checked)
    qtbot.waitUntil(
        lambda: (
            (d := autosave.load_draft(store, autosave_key(uid))) is not None
            and d.payload["resources"] == "Far laver de bedste pandekager."
            and father in d.payload["member_uids"]
        ),
        timeout=5000,
    )
    # The window goes away without saving (a crash): the plan itself is unchanged.
    with qtbot.waitSignal(editor.destroyed):
        editor.deleteLater()
    del editor
    assert plans.get_plan(store, uid).resources == ""

    reopened = PlanEditor(store, autosave_ms=50)
    qtbot.addWidget(reopened)
    reopened.load_plan(uid)
    assert len(questions) == 1 and "was recovered" in questions[0]
    assert reopened.text_edits["resources"].toPlainText() == "Far laver de bedste pandekager."
    assert father in reopened.checked_members()
    assert reopened.has_unsaved_changes()
    assert reopened.save()
    assert plans.get_plan(store, uid).resources == "Far laver de bedste pandekager."
    # Saved for real: nothing is kept or offered any more.
    assert autosave.load_draft(store, autosave_key(uid)) is None
    reopened.load_plan(uid)
    assert len(questions) == 1


def test_declining_the_recovered_text_forgets_it(qtbot, store, monkeypatch, switcher):  # type: ignore[no-untyped-def]
    uid, _father = _draft_plan(store)
    autosave.save_draft(store, autosave_key(uid), {"resources": "Gammel tekst"}, None)
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *a: QMessageBox.StandardButton.No)
    )
    editor = PlanEditor(store, autosave_ms=50)
    qtbot.addWidget(editor)
    editor.load_plan(uid)
    assert editor.text_edits["resources"].toPlainText() == ""
    assert not editor.has_unsaved_changes()
    assert autosave.load_draft(store, autosave_key(uid)) is None


def test_an_agreed_plan_is_not_autosaved(qtbot, store, switcher):  # type: ignore[no-untyped-def]
    uid, _father = _draft_plan(store)
    plans.add_goal(store, uid, plans.GoalData("Mål"))
    plans.agree_plan(store, uid, agreed_on=date(2026, 2, 3))
    editor = PlanEditor(store, autosave_ms=50)
    qtbot.addWidget(editor)
    editor.load_plan(uid)
    assert editor.autosave.key is None
    assert not editor.autosave.save_now()
