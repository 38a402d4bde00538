"""The measurement dialog refuses what ``famdesk import`` refuses, for the same reason.

For each measurement rule of tests/refusals.py the worker types the rule's
bad value into the real dialog: a future date is refused on Save; a number
beyond its instrument's range is refused as it is typed (the box keeps what
fits and says why, and Save stays refused until the number is typed again).
Either way the dialog shows the catalogue's sentence for
core's code and nothing is saved; ``famdesk import`` of a file holding the same
value exits 2 with its JSON path and the sentence for the same code.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from famdesk.core import families, outcomes
from famdesk.core.families import FamilyData, MemberData
from famdesk.ui.outcomes.measurement_dialog import MeasurementDialog
from famdesk.ui.outcomes.outcomes_tab import OutcomesTab
from tests.refusals import FUTURE, Refusal, assert_import_refuses, refusals_for

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def family(store: Any) -> tuple[str, str]:
    uid = families.create_family(
        store, FamilyData(reference="T-1", name="Familien Prøvesen", start_date=date(2025, 1, 6))
    )
    child = families.add_member(
        store, uid, MemberData(role="child", given_name="Lasse", family_name="Prøvesen")
    )
    return uid, child


@pytest.fixture
def tab(qtbot: Any, store: Any, family: tuple[str, str], switcher: Any) -> OutcomesTab:
    widget = OutcomesTab(store)
    qtbot.addWidget(widget)
    widget.resize(1100, 800)
    widget.set_family(family[0])
    widget.select_member(family[1])
    widget.show()
    return widget


def _choose(qtbot: Any, d: MeasurementDialog, instrument_label: str) -> None:
    d.instrument.setFocus()
    qtbot.keyClicks(d.instrument, instrument_label)


def _future_date(qtbot: Any, d: MeasurementDialog) -> str:
    _choose(qtbot, d, "Child's well-being")
    d.scale.setFocus()
    d.scale.lineEdit().selectAll()
    qtbot.keyClicks(d.scale, "7")
    d.date.setFocus()
    d.date.selectAll()
    qtbot.keyClicks(d.date, FUTURE.strftime("%d-%m-%Y"))
    qtbot.mouseClick(d.buttons.button(d.buttons.StandardButton.Save), LEFT)
    return d.error_text("date")


def _sdq_score(qtbot: Any, d: MeasurementDialog) -> str:
    _choose(qtbot, d, "SDQ")
    d.score.setFocus()
    d.score.lineEdit().selectAll()
    qtbot.keyClicks(d.score, "45")
    assert d.score.value() == 4  # the 5 did not fit: 45 is not held
    qtbot.mouseClick(d.buttons.button(d.buttons.StandardButton.Save), LEFT)  # 4 is not meant
    return d.error_text("score")


def _who5_item(qtbot: Any, d: MeasurementDialog) -> str:
    _choose(qtbot, d, "WHO-5")
    fifth = d.item_spins[4]
    fifth.setFocus()
    fifth.lineEdit().selectAll()
    qtbot.keyClicks(fifth, "9")
    assert d.item_values()[4] is None  # 9 is not an answer to a WHO-5 question
    qtbot.mouseClick(d.buttons.button(d.buttons.StandardButton.Save), LEFT)
    return d.error_text("items[4]")


#: rule name -> how the worker types it; returns the message the dialog shows for it.
TYPED: dict[str, Callable[[Any, MeasurementDialog], str]] = {
    "measurement in the future": _future_date,
    "SDQ score out of range": _sdq_score,
    "WHO-5 item out of range": _who5_item,
}


def test_every_measurement_rule_is_typed_into_the_dialog() -> None:
    assert {r.name for r in refusals_for("measurement")} == set(TYPED)


@pytest.mark.parametrize("rule", refusals_for("measurement"), ids=lambda r: r.name)
def test_measurement_dialog_and_import_refuse_for_the_same_reason(
    qtbot: Any,
    tab: OutcomesTab,
    store: Any,
    family: tuple[str, str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    rule: Refusal,
) -> None:
    seen: dict[str, Any] = {}

    def fake_exec(d: MeasurementDialog) -> int:
        d.show()
        d.activateWindow()  # as a modal dialog would be: keys and focus go to it
        QApplication.processEvents()
        seen["shown"] = TYPED[rule.name](qtbot, d)
        seen["open"] = d.isVisible()
        d.reject()
        return d.result()

    monkeypatch.setattr(MeasurementDialog, "exec", fake_exec)
    assert tab.new_measurement() is None
    assert seen["open"], "the dialog accepted it"
    assert seen["shown"] == rule.form_sentence()
    assert outcomes.list_measurements(store, family[0]) == []
    assert_import_refuses(rule, tmp_path)


def test_a_number_typed_again_after_a_refusal_is_saved(
    qtbot: Any,
    tab: OutcomesTab,
    store: Any,
    family: tuple[str, str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """45 on a 0–40 score is refused and 4 is not saved; 40 typed afresh is."""

    def fake_exec(d: MeasurementDialog) -> int:
        d.show()
        d.activateWindow()
        QApplication.processEvents()
        _choose(qtbot, d, "SDQ")
        d.score.setFocus()
        d.score.lineEdit().selectAll()
        qtbot.keyClicks(d.score, "45")
        qtbot.mouseClick(d.buttons.button(d.buttons.StandardButton.Save), LEFT)
        assert d.isVisible() and outcomes.list_measurements(store, family[0]) == []
        d.score.lineEdit().selectAll()
        qtbot.keyClicks(d.score, "40")
        qtbot.mouseClick(d.buttons.button(d.buttons.StandardButton.Save), LEFT)
        return d.result()

    monkeypatch.setattr(MeasurementDialog, "exec", fake_exec)
    tab.new_measurement()
    (saved,) = outcomes.list_measurements(store, family[0])
    assert saved.score == 40
