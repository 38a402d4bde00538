"""Agree: what agreeing means, what the plan still lacks, a reminder of the child, the dates."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from famdesk.core import child_voice, plans
from famdesk.core.child_voice import ConversationData
from famdesk.core.dates import add_months, format_date
from famdesk.core.plans import GoalData, StepData
from famdesk.ui.plans.agree_dialog import AgreeDialog
from famdesk.ui.plans.plans_tab import PlansTab
from famdesk.vocabulary import PLAN_TEXT_SECTIONS
from tests.core.plan_fixtures import make_family


def _tab_with_draft(qtbot, store, **fields):  # type: ignore[no-untyped-def]
    ids = make_family(store)
    uid = plans.create_plan(store, ids.family, "Hverdagen", created_on=date(2026, 9, 1), **fields)
    tab = PlansTab(store, autosave_ms=60000)
    qtbot.addWidget(tab)
    tab.set_family(ids.family)
    tab.refresh(uid)
    tab.show()
    assert tab.editor.plan is not None and tab.editor.plan.uid == uid
    return tab, ids, uid


def _gaps(dialog: AgreeDialog) -> list[str]:
    return dialog.gap_lines()


def test_agree_says_what_it_means_lists_the_gaps_and_takes_the_dates(
    qtbot, store, monkeypatch, switcher
):  # type: ignore[no-untyped-def]
    tab, _ids, uid = _tab_with_draft(
        qtbot,
        store,
        goals=[GoalData("»Faste morgener«"), GoalData("Samvær", steps=[StepData("Ring")])],
        purpose="At hverdagen hænger sammen",
    )
    editor = tab.editor
    seen: dict[str, object] = {}

    def agree_like_a_worker(dialog: AgreeDialog) -> int:
        dialog.show()
        seen["meaning"] = dialog.meaning.text()
        seen["gaps"] = _gaps(dialog)
        seen["reminder"] = dialog.reminder.text() if dialog.reminder.isVisible() else ""
        # The next review follows the agreement day until the worker types one.
        dialog.agreed_edit.clear()
        qtbot.keyClicks(dialog.agreed_edit, "15-09-2026")
        assert dialog.review_edit.text() == "15-12-2026"
        # An empty next review is a gap, and Agree asks for a date instead of going on.
        dialog.review_edit.clear()
        assert "• No date is set for the next review." in _gaps(dialog)
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        assert dialog.isVisible() and dialog.date_error.isVisible()
        qtbot.keyClicks(dialog.review_edit, "01-12-2026")
        assert "• No date is set for the next review." not in _gaps(dialog)
        qtbot.mouseClick(
            dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
        )
        return dialog.result()

    monkeypatch.setattr(AgreeDialog, "exec", agree_like_a_worker)
    qtbot.mouseClick(editor.agree_button, Qt.MouseButton.LeftButton)

    meaning = str(seen["meaning"])
    assert "frozen" in meaning and "new version" in meaning and "parents to sign" in meaning
    assert seen["gaps"] == [
        "• “The child's perspective” is empty: what does the child say, and what does the "
        "child need?",
        *[
            f"• “{label}” is empty."
            for label in (
                "Legal basis",
                "The parents' own words",
                "Resources and strengths",
                "Concerns",
                "Crisis-informed notes",
                "Individually tailored support",
            )
        ],
        "• No parent is chosen: the plan names the parents who sign it.",
        "• The goal “Faste morgener” has no target date.",
        "• The goal “Faste morgener” has no baseline score (0–10) to follow progress from.",
        "• The goal “Faste morgener” has no steps: who does what?",
        "• The goal “Samvær” has no target date.",
        "• The goal “Samvær” has no baseline score (0–10) to follow progress from.",
    ]
    assert str(seen["reminder"]).splitlines() == [
        "No conversation with the child (børnesamtale) is recorded in the three months before "
        f"the agreement, since {format_date(add_months(date.today(), -3))}:",
        "• Alma Kowalski: no conversation recorded",
        "Consider talking with the child before the plan is agreed (Barnets lov § 5).",
    ]
    agreed = plans.get_plan(store, uid)
    assert agreed.status == "agreed"
    assert (agreed.agreed_on, agreed.next_review) == (date(2026, 9, 15), date(2026, 12, 1))
    assert "Print it (Ctrl+P) for the parents to sign" in editor.message_label.text()
    assert editor.title_edit.isReadOnly()


def test_a_complete_plan_has_nothing_missing_and_no_reminder_once_the_child_was_heard(
    qtbot, store, monkeypatch, switcher
):  # type: ignore[no-untyped-def]
    ids = make_family(store)
    child_voice.add_conversation(
        store, ids.child, ConversationData(date.today(), declined=True, summary="Ville lege.")
    )
    uid = plans.create_plan(
        store,
        ids.family,
        "Hverdagen",
        created_on=date.today(),
        member_uids=[ids.mother, ids.father],
        goals=[
            GoalData(
                "Samvær", target_date=date(2030, 1, 1), baseline_score=2, steps=[StepData("Ring")]
            )
        ],
        **{name: "Skrevet med forældrene" for name in PLAN_TEXT_SECTIONS},
    )
    tab = PlansTab(store, autosave_ms=60000)
    qtbot.addWidget(tab)
    tab.set_family(ids.family)
    tab.refresh(uid)
    dialog = tab.editor.agree_dialog()
    assert dialog is not None
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.gaps_frame.isHidden() and dialog.reminder_box.isHidden()
    assert dialog.gaps_title.text().startswith("Nothing is missing")
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    # A day before the plan was made is refused as core refuses it, and blocks.
    dialog.agreed_edit.setText("01-01-2020")
    assert any(text.startswith("✖ ") for text in _gaps(dialog))
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()


def test_the_dialog_speaks_danish(qtbot, store, switcher):  # type: ignore[no-untyped-def]
    switcher.apply("da")
    tab, _ids, _uid = _tab_with_draft(qtbot, store, goals=[GoalData("Mål")])
    dialog = tab.editor.agree_dialog()
    assert dialog is not None
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Aftal planen"
    assert "»Barnets perspektiv« er tomt" in _gaps(dialog)[0]
    assert "underskrive" in dialog.meaning.text()
