"""Agreeing and following up a plan refuse what ``famdesk import`` refuses, for the same reason.

For each plan rule of tests/refusals.py the worker tries the rule's bad input
in the real plan editor (Agree…, or the next review of an agreed plan): the
editor refuses it with the catalogue's sentence for core's code and the plan
stays as it was. ``famdesk import`` of a file holding the same plan exits 2
with its JSON path and the sentence for the same code. The plan here has the
dates of the file's plan: made 10-09-2025, agreed 24-09-2025.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from famdesk.core import plans
from famdesk.core.plans import GoalData
from famdesk.ui.plans.agree_dialog import AgreeDialog
from famdesk.ui.plans.plans_tab import PlansTab
from tests.core.plan_fixtures import make_family
from tests.refusals import assert_import_refuses, refusal, refusals_for

LEFT = Qt.MouseButton.LeftButton
CREATED = date(2025, 9, 10)
AGREED = date(2025, 9, 24)
BEFORE = date(2025, 9, 1)  # the file's next review, before the day agreed


def _tab(
    qtbot: Any, store: Any, goals: list[GoalData], agreed: bool = False
) -> tuple[PlansTab, str]:
    """The plans tab showing a plan made on CREATED (and agreed on AGREED, if ``agreed``)."""
    ids = make_family(store)
    uid = plans.create_plan(
        store, ids.family, "Forældrehandleplan", created_on=CREATED, goals=goals
    )
    if agreed:
        plans.agree_plan(store, uid, agreed_on=AGREED)
    tab = PlansTab(store, autosave_ms=600_000)
    qtbot.addWidget(tab)
    tab.set_family(ids.family)
    tab.refresh(uid)
    tab.show()
    return tab, uid


def _agree_with(
    qtbot: Any, monkeypatch: pytest.MonkeyPatch, type_dates: Callable[[AgreeDialog], None]
) -> dict[str, Any]:
    """Press Agree… in the editor; ``type_dates`` types into the real dialog, then OK is pressed."""
    seen: dict[str, Any] = {}

    def exec_(dialog: AgreeDialog) -> int:
        dialog.show()
        type_dates(dialog)
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        seen["ok enabled"] = ok.isEnabled()
        shown = dialog.blocking_label.text() if not dialog.blocking_label.isHidden() else ""
        seen["blocking"] = [line.removeprefix("✖ ") for line in shown.split("\n") if line]
        qtbot.mouseClick(ok, LEFT)
        seen["open"] = dialog.isVisible()
        dialog.reject()
        return dialog.result()

    monkeypatch.setattr(AgreeDialog, "exec", exec_)
    return seen


def _type_date(qtbot: Any, field: Any, day: date) -> None:
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, day.strftime("%d-%m-%Y"))


def test_every_plan_rule_is_tried_in_the_editor() -> None:
    assert {r.name for r in refusals_for("plan")} == {
        "agreed plan without goals",
        "next review before the agreement",
    }


def test_a_plan_without_goals_is_not_agreed_by_the_editor_nor_by_import(
    qtbot: Any, store: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, switcher: Any
) -> None:
    rule = refusal("agreed plan without goals")
    tab, uid = _tab(qtbot, store, goals=[])
    seen = _agree_with(qtbot, monkeypatch, lambda d: _type_date(qtbot, d.agreed_edit, AGREED))
    qtbot.mouseClick(tab.editor.agree_button, LEFT)
    assert seen["blocking"] == [rule.form_sentence()]
    assert not seen["ok enabled"] and seen["open"]
    assert plans.get_plan(store, uid).status == "draft"
    assert_import_refuses(rule, tmp_path)


def test_a_next_review_before_the_agreement_is_not_agreed_by_the_editor_nor_by_import(
    qtbot: Any, store: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, switcher: Any
) -> None:
    rule = refusal("next review before the agreement")
    tab, uid = _tab(qtbot, store, goals=[GoalData("Samvær hver anden weekend")])

    def type_dates(dialog: AgreeDialog) -> None:
        _type_date(qtbot, dialog.agreed_edit, AGREED)
        _type_date(qtbot, dialog.review_edit, BEFORE)

    seen = _agree_with(qtbot, monkeypatch, type_dates)
    qtbot.mouseClick(tab.editor.agree_button, LEFT)
    assert seen["blocking"] == [rule.form_sentence()]
    assert not seen["ok enabled"] and seen["open"]
    assert plans.get_plan(store, uid).status == "draft"
    assert_import_refuses(rule, tmp_path)


def test_an_agreed_plans_next_review_is_not_moved_before_the_agreement(
    qtbot: Any, store: Any, tmp_path: Path, switcher: Any
) -> None:
    rule = refusal("next review before the agreement")
    tab, uid = _tab(qtbot, store, goals=[GoalData("Samvær hver anden weekend")], agreed=True)
    editor = tab.editor
    kept = plans.get_plan(store, uid).next_review
    _type_date(qtbot, editor.next_review_edit, BEFORE)
    qtbot.mouseClick(editor.next_review_button, LEFT)
    assert editor.message_label.text() == rule.form_sentence()
    assert plans.get_plan(store, uid).next_review == kept
    assert_import_refuses(rule, tmp_path)
