"""A review: Save stays disabled until every open goal has a score; then the chart shows it."""

from __future__ import annotations

from datetime import date

from famdesk.core import plans
from famdesk.core.plans import GoalData
from famdesk.ui.plans.plan_editor import PlanEditor
from famdesk.ui.plans.review_dialog import ReviewDialog
from tests.core.plan_fixtures import make_family


def _agreed_plan(store) -> tuple[str, list[str]]:  # type: ignore[no-untyped-def]
    fam = make_family(store)
    uid = plans.create_plan(
        store,
        fam.family,
        "Plan",
        created_on=date(2026, 2, 2),
        member_uids=[fam.mother, fam.father],
        goals=[
            GoalData("Faste aftaler om samvær", baseline_score=3),
            GoalData("Ro ved sengetid", baseline_score=2),
            GoalData("Et job", status="dropped"),
        ],
    )
    plans.agree_plan(store, uid, agreed_on=date(2026, 2, 16))
    return uid, [g.uid for g in plans.get_plan(store, uid).goals]


def test_save_waits_for_every_open_goal_then_the_chart_shows_the_scores(qtbot, store, switcher):  # type: ignore[no-untyped-def]
    uid, goals = _agreed_plan(store)
    editor = PlanEditor(store)
    qtbot.addWidget(editor)
    editor.load_plan(uid)
    assert editor.review_button.isEnabled()
    dialog = editor.review_dialog()
    assert dialog is not None
    qtbot.addWidget(dialog)
    # Only the open goals are scored; each shows its baseline in its chart.
    assert [row.goal.uid for row in dialog.rows] == goals[:2]
    assert dialog.rows[0].chart.points() == [(date(2026, 2, 16), 3)]
    assert not dialog.save_button.isEnabled()
    assert "2 open goals still need a score" in dialog.missing_label.text()

    dialog.date_edit.setText("12-05-2026")
    qtbot.keyClicks(dialog.summary_edit, "Samvaeret er roligere.")
    dialog.rows[0].slider.setValue(6)
    assert dialog.rows[0].spin.value() == 6
    assert not dialog.save_button.isEnabled()
    assert "1 open goal still needs a score" in dialog.missing_label.text()
    dialog.rows[1].spin.setValue(0)  # zero is a score, not "none"
    assert dialog.save_button.isEnabled() and dialog.missing_label.isHidden()

    dialog.save_button.click()
    assert dialog.review_uid is not None
    saved = plans.get_plan(store, uid)
    assert saved.reviews[0].scores == {goals[0]: 6, goals[1]: 0}
    assert saved.next_review == date(2026, 8, 12)

    # The next review dialog charts baseline and review; so does the editor for a chosen goal.
    again = ReviewDialog(store, uid)
    qtbot.addWidget(again)
    assert again.rows[0].chart.points() == [(date(2026, 2, 16), 3), (date(2026, 5, 12), 6)]
    assert again.rows[0].chart.point_count() == 2
    editor.load_plan(uid)
    editor.select(goals[1])
    assert editor.chart.points() == [(date(2026, 2, 16), 2), (date(2026, 5, 12), 0)]


def test_a_review_before_the_agreement_is_refused_with_a_reason(qtbot, store, switcher):  # type: ignore[no-untyped-def]
    uid, _goals = _agreed_plan(store)
    dialog = ReviewDialog(store, uid)
    qtbot.addWidget(dialog)
    for row in dialog.rows:
        row.spin.setValue(5)
    dialog.date_edit.setText("01-01-2026")
    assert not dialog.save()
    # The catalogue's sentence, its date written as the worker types dates.
    assert dialog.date_error.text() == "The review cannot be before the date agreed (16-02-2026)."
    assert plans.get_plan(store, uid).reviews == []
    dialog.date_edit.setText("31-02-2026")
    assert not dialog.save()
    assert "Not a date" in dialog.date_error.text()


def test_the_core_refuses_a_review_missing_a_score_too(store):  # type: ignore[no-untyped-def]
    import pytest

    from famdesk.core.errors import ValidationFailed

    uid, goals = _agreed_plan(store)
    with pytest.raises(ValidationFailed, match="every open goal needs a score"):
        plans.add_review(store, uid, date(2026, 5, 1), "", {goals[0]: 4})
