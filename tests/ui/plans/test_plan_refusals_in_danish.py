"""A plan refused by core is explained in the interface language, not in core's English."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtWidgets import QDialogButtonBox

from famdesk.core import plans, words
from famdesk.core.interchange import validate_document
from famdesk.ui.plans.agree_dialog import AgreeDialog
from famdesk.ui.plans.plans_tab import PlansTab
from tests.core.plan_fixtures import make_family

VALID = Path(__file__).resolve().parents[2] / "fixtures" / "interchange" / "valid_two_families.json"


def test_agreeing_a_plan_without_goals_is_refused_in_danish(qtbot, store, monkeypatch, switcher):  # type: ignore[no-untyped-def]
    switcher.apply("da")
    fam = make_family(store)
    tab = PlansTab(store, autosave_ms=60000)
    qtbot.addWidget(tab)
    tab.set_family(fam.family)
    uid = tab.new_blank()
    assert uid is not None and tab.editor.plan is not None
    assert tab.editor.plan.goals == []
    seen: list[str] = []

    def try_to_agree(dialog: AgreeDialog) -> int:
        # Agree tells why it cannot be done, before anything is pressed, and will not go on.
        seen.extend(dialog.gap_lines())
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert ok.text() == "&Aftal planen" and not ok.isEnabled()
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(AgreeDialog, "exec", try_to_agree)
    assert not tab.editor.agree()
    shown = seen[0]
    assert shown == "✖ En plan skal have mindst ét mål, før den aftales."
    assert "goal" not in shown
    assert plans.get_plan(store, uid).status == "draft"
    shown = shown.removeprefix("✖ ")
    # Import refuses an agreed plan without goals for the same reason, in the same words.
    doc = json.loads(VALID.read_text(encoding="utf-8"))
    plan = doc["families"][0]["plans"][0]
    plan["goals"], plan["reviews"] = [], []
    for session in doc["families"][0]["sessions"]:
        session["goal_uids"] = []
    (problem,) = validate_document(doc)
    assert problem.path == "$.families[0].plans[0].goals"
    assert shown == words.sentence(problem.code, "da", **problem.params)
