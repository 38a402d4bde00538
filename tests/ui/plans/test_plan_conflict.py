"""Two editors, one plan: the second save is refused, told why, and nobody's text is lost."""

from __future__ import annotations

from datetime import date

from famdesk.core import plans
from famdesk.ui.plans.plan_editor import PlanEditor
from tests.core.plan_fixtures import make_family


def test_the_second_save_shows_theirs_with_mine_on_top(qtbot, store, switcher):  # type: ignore[no-untyped-def]
    fam = make_family(store)
    uid = plans.create_plan(
        store, fam.family, "Plan", created_on=date(2026, 2, 2), member_uids=[fam.mother]
    )
    first, second = PlanEditor(store), PlanEditor(store)
    for editor in (first, second):
        qtbot.addWidget(editor)
        editor.load_plan(uid)
    qtbot.keyClicks(first.text_edits["purpose"], "Alma kommer hjem til sommer.")
    qtbot.keyClicks(second.text_edits["concerns"], "Uro om aftenen.")
    assert first.save()

    assert not second.save()
    assert "changed: Purpose" in second.message_label.text()
    # Theirs is shown, mine is still there on top of it, not yet saved.
    assert second.text_edits["purpose"].toPlainText() == "Alma kommer hjem til sommer."
    assert second.text_edits["concerns"].toPlainText() == "Uro om aftenen."
    assert second.has_unsaved_changes()
    stored = plans.get_plan(store, uid)
    assert (stored.purpose, stored.concerns) == ("Alma kommer hjem til sommer.", "")

    assert second.save()
    stored = plans.get_plan(store, uid)
    assert (stored.purpose, stored.concerns) == ("Alma kommer hjem til sommer.", "Uro om aftenen.")


def test_the_conflict_is_told_in_danish(qtbot, store, switcher):  # type: ignore[no-untyped-def]
    fam = make_family(store)
    uid = plans.create_plan(store, fam.family, "Plan", created_on=date(2026, 2, 2))
    switcher.apply("da")
    editor = PlanEditor(store)
    qtbot.addWidget(editor)
    editor.load_plan(uid)
    plans.update_plan(store, uid, loaded=plans.get_plan(store, uid), concerns="Andens tekst")
    qtbot.keyClicks(editor.text_edits["concerns"], "Min tekst")
    assert not editor.save()
    assert "En anden har gemt planen" in editor.message_label.text()
    assert editor.text_edits["concerns"].toPlainText() == "Min tekst"
