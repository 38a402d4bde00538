"""The Outcomes tab: entering a WHO-5 by keyboard, seeing it in the table and the chart."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from famdesk.core import families, outcomes, plans
from famdesk.core.families import FamilyData, MemberData
from famdesk.core.plans import GoalData
from famdesk.ui.common.form_support import format_date
from famdesk.ui.outcomes.measurement_dialog import MeasurementDialog
from famdesk.ui.outcomes.outcomes_tab import OutcomesTab, table_rows


def drive(monkeypatch, fill: Callable[[QDialog], None]) -> list[QDialog]:
    """Replace ``MeasurementDialog.exec``: show the real dialog and let ``fill`` type into it."""
    seen: list[QDialog] = []

    def fake_exec(self):
        seen.append(self)
        self.show()
        self.activateWindow()  # as a modal dialog would be: keys and focus go to it
        QApplication.processEvents()
        fill(self)
        self.hide()
        return self.result()

    monkeypatch.setattr(MeasurementDialog, "exec", fake_exec)
    return seen


@pytest.fixture
def family(store):
    uid = families.create_family(
        store, FamilyData(reference="T-1", name="Familien Prøvesen", start_date=date(2025, 1, 6))
    )
    mother = families.add_member(
        store, uid, MemberData(role="mother", given_name="Mette", family_name="Prøvesen")
    )
    child = families.add_member(
        store,
        uid,
        MemberData(role="child", given_name="Lasse", family_name="Prøvesen",
                   birth_date=date(2017, 3, 2)),
    )  # fmt: skip
    return uid, mother, child


@pytest.fixture
def tab(qtbot, store, family, switcher):
    widget = OutcomesTab(store)
    qtbot.addWidget(widget)
    widget.resize(1100, 800)
    widget.set_family(family[0])
    widget.show()
    return widget


def type_who5(qtbot, d: MeasurementDialog, answers: list[int]) -> None:
    """Keyboard only: focus the first question, then type an answer and Tab, five times."""
    d.instrument.setCurrentIndex(d.instrument.findData("WHO-5"))
    d.item_spins[0].setFocus()
    d.item_spins[0].lineEdit().selectAll()
    for answer in answers:
        qtbot.keyClicks(d.focusWidget(), str(answer))
        qtbot.keyClick(d.focusWidget(), Qt.Key.Key_Tab)


def test_who5_typed_in_the_dialog_shows_in_table_and_chart(qtbot, tab, store, family, monkeypatch):
    uid, mother, _ = family
    scores_seen: list[str] = []

    def fill(d: MeasurementDialog) -> None:
        type_who5(qtbot, d, [3, 4, 2, 3, 3])
        scores_seen.append(d.total.text())
        qtbot.keyClick(d.buttons.button(d.buttons.StandardButton.Save), Qt.Key.Key_Space)

    drive(monkeypatch, fill)
    tab.select_member(mother)
    qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)

    assert scores_seen == ["60 of 100 (raw sum 15 × 4)"]
    saved = outcomes.list_measurements(store, uid, mother)
    assert [(m.instrument, m.items, m.score, m.date) for m in saved] == [
        ("WHO-5", [3, 4, 2, 3, 3], 60.0, date.today())
    ]
    # The table shows it…
    model = tab.model
    assert model.rowCount() == 1
    assert model.index(0, model.DATE).data() == format_date(date.today())
    assert model.index(0, model.INSTRUMENT).data() == "WHO-5 Well-Being Index"
    assert model.index(0, model.SCORE).data() == "60"
    assert model.index(0, model.FLAG).data() == ""  # 60 is above both guide lines
    # …and the WHO-5 chart has the point, with its guide lines at 50 and 28.
    assert tab.charts.who5.points("WHO-5") == [(date.today(), 60.0)]
    assert sorted(g.points()[0].y() for g in tab.charts.who5.guides) == [28.0, 50.0]
    assert tab.charts.scales.lines == {}


def test_unanswered_question_is_refused_next_to_it(qtbot, tab, store, family, monkeypatch):
    uid, mother, _ = family
    errors: list[str] = []

    def fill(d: MeasurementDialog) -> None:
        type_who5(qtbot, d, [3, 4, 2, 3])  # the fifth question is left at "–"
        d.accept()
        errors.append(d.error_text("items[4]"))
        errors.append(d.error_text("items[0]"))
        assert d.isVisible()  # the dialog stays open with the message
        d.reject()

    drive(monkeypatch, fill)
    tab.select_member(mother)
    assert tab.new_measurement() is None
    assert errors == ["Answer this question: 0–5.", ""]
    assert outcomes.list_measurements(store, uid) == []


def test_future_date_is_refused_next_to_the_date(qtbot, tab, store, family, monkeypatch):
    uid, _, child = family
    errors: list[str] = []

    def fill(d: MeasurementDialog) -> None:
        d.instrument.setCurrentIndex(d.instrument.findData("child-wellbeing"))
        d.scale.setFocus()
        d.scale.lineEdit().selectAll()
        qtbot.keyClicks(d.scale, "7")
        assert d.scale_slider.value() == 7
        d.date.clear()
        qtbot.keyClicks(d.date, format_date(date.today() + timedelta(days=3)))
        d.accept()
        errors.append(d.error_text("date"))
        d.date.set_value(date.today() - timedelta(days=1))
        d.accept()

    drive(monkeypatch, fill)
    tab.select_member(child)
    assert tab.new_measurement() is not None
    assert errors == ["The date is in the future."]
    saved = outcomes.list_measurements(store, uid, child)
    assert [(m.instrument, m.score, m.items) for m in saved] == [("child-wellbeing", 7.0, [7])]
    assert tab.charts.scales.points("child-wellbeing") == [(date.today() - timedelta(days=1), 7.0)]


def test_licensed_instrument_takes_a_score_only(qtbot, tab, store, family, monkeypatch):
    uid, _, child = family

    def fill(d: MeasurementDialog) -> None:
        d.instrument.setCurrentIndex(d.instrument.findData("SDQ-total"))
        assert d.rows["items"].isHidden() and d.rows["scale"].isHidden()
        assert not d.rows["score"].isHidden()
        d.accept()  # no score typed yet
        assert d.error_text("score") == "Enter the total score (0–40)."
        d.score.setFocus()
        d.score.lineEdit().selectAll()
        qtbot.keyClicks(d.score, "18")
        d.accept()

    drive(monkeypatch, fill)
    tab.select_member(child)
    tab.new_measurement()
    [m] = outcomes.list_measurements(store, uid, child)
    assert (m.instrument, m.items, m.score) == ("SDQ-total", [], 18.0)
    assert tab.charts.other.points("SDQ-total") == [(date.today(), 18.0)]


def test_flags_and_meaningful_change_arrows(qtbot, tab, store, family):
    uid, mother, _ = family
    day = date.today() - timedelta(days=100)
    outcomes.add_measurement(store, uid, mother, "WHO-5", day, [2, 2, 2, 2, 2])  # 40
    outcomes.add_measurement(store, uid, mother, "WHO-5", day + timedelta(30), [1, 1, 1, 1, 2])
    outcomes.add_measurement(store, uid, mother, "WHO-5", day + timedelta(60), [1, 2, 1, 1, 2])
    tab.reload()
    model = tab.model
    # Newest first: 28 (refer; +4 is not meaningful), 24 (refer; −16 worse), 40 (screen).
    rows = [
        (model.index(r, model.SCORE).data(), model.index(r, model.CHANGE).data(),
         model.index(r, model.FLAG).data())
        for r in range(model.rowCount())
    ]  # fmt: skip
    assert rows == [
        ("28", "+4", "≤ 28: refer for assessment"),
        ("24", "▼ −16 (worse)", "≤ 28: refer for assessment"),
        ("40", "", "≤ 50: consider screening"),
    ]
    assert [v for _, v in tab.charts.who5.points("WHO-5")] == [40.0, 24.0, 28.0]


def test_lower_is_better_scale_marks_a_fall_as_better():
    rows = table_rows(
        [
            outcomes.MeasurementData("a", "f", "m", "child-problem-behaviour",
                                     date(2025, 1, 1), [8], 8.0),
            outcomes.MeasurementData("b", "f", "m", "child-problem-behaviour",
                                     date(2025, 3, 1), [5], 5.0),
        ]
    )  # fmt: skip
    assert [(r.m.uid, r.change, r.direction) for r in rows] == [
        ("b", -3.0, "improved"),
        ("a", None, None),
    ]


def test_edit_and_delete_with_confirmation(qtbot, tab, store, family, monkeypatch):
    uid, mother, _ = family
    m_uid = outcomes.add_measurement(
        store, uid, mother, "everyday-structure", date.today() - timedelta(days=5), [4]
    )
    tab.reload()

    def fill(d: MeasurementDialog) -> None:
        assert d.scale.value() == 4
        d.scale.setValue(6)
        d.accept()

    drive(monkeypatch, fill)
    tab.table.selectRow(0)
    assert tab.edit_measurement()
    assert outcomes.get_measurement(store, m_uid).score == 6.0
    assert tab.model.index(0, tab.model.SCORE).data() == "6"

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    assert not tab.delete_measurement()
    assert tab.model.rowCount() == 1
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    assert tab.delete_measurement()
    assert outcomes.list_measurements(store, uid) == []
    assert tab.model.rowCount() == 0
    assert tab.charts.scales.lines == {}


def test_goal_scores_of_the_current_plan_are_charted(qtbot, tab, store, family):
    uid = family[0]
    plan_uid = plans.create_plan(
        store, uid, "Plan", goals=[GoalData(title="Faste sengetider", baseline_score=3)]
    )
    goal_uid = plans.get_plan(store, plan_uid).goals[0].uid
    tab.reload()
    history = plans.goal_score_history(store, goal_uid)
    assert tab.charts.goals.points(goal_uid) == [(d, float(s)) for d, s in history]
    assert tab.charts.goals.lines[goal_uid].name() == "Faste sengetider"


def test_the_dialog_and_import_refuse_a_future_measurement_for_the_same_reason(
    qtbot, tab, store, family, monkeypatch
):
    import json
    from pathlib import Path

    from famdesk.core.interchange import validate_document

    shown: list[str] = []
    original = MeasurementDialog.show_errors

    def spy(self, errors):  # type: ignore[no-untyped-def]
        shown.extend(e.code for e in errors)
        return original(self, errors)

    monkeypatch.setattr(MeasurementDialog, "show_errors", spy)
    future = date.today() + timedelta(days=3)

    def fill(d: MeasurementDialog) -> None:
        d.instrument.setCurrentIndex(d.instrument.findData("child-wellbeing"))
        d.scale.setFocus()
        d.scale.lineEdit().selectAll()
        qtbot.keyClicks(d.scale, "7")
        d.date.clear()
        qtbot.keyClicks(d.date, format_date(future))
        d.accept()
        d.reject()

    drive(monkeypatch, fill)
    tab.select_member(family[2])
    tab.new_measurement()
    assert outcomes.list_measurements(store, family[0], family[2]) == []
    valid = Path(__file__).resolve().parents[2] / "fixtures" / "interchange"
    doc = json.loads((valid / "valid_two_families.json").read_text(encoding="utf-8"))
    doc["families"][0]["measurements"][0]["date"] = future.isoformat()
    (problem,) = validate_document(doc)
    assert problem.path == "$.families[0].measurements[0].date"
    assert problem.code in shown and problem.code == "date.future"


def test_a_date_typed_as_digits_is_tidied_and_saved(qtbot, tab, store, family, monkeypatch):
    """01062024 and 1.6.24 are dates; leaving the field shows them as DD-MM-YYYY."""
    uid, _, child = family
    shown: list[str] = []

    def fill(d: MeasurementDialog) -> None:
        d.instrument.setCurrentIndex(d.instrument.findData("child-wellbeing"))
        d.date.setFocus()
        d.date.clear()
        qtbot.keyClicks(d.date, "1.6.24")
        qtbot.keyClick(d.date, Qt.Key.Key_Tab)
        shown.append(d.date.text())
        d.date.setFocus()
        d.date.clear()
        qtbot.keyClicks(d.date, "01062024")
        qtbot.keyClick(d.date, Qt.Key.Key_Tab)
        shown.append(d.date.text())
        d.scale.setFocus()
        d.scale.lineEdit().selectAll()
        qtbot.keyClicks(d.scale, "6")
        d.accept()

    drive(monkeypatch, fill)
    tab.select_member(child)
    assert tab.new_measurement() is not None
    assert shown == ["01-06-2024", "01-06-2024"]
    saved = outcomes.list_measurements(store, uid, child)
    assert [(m.date, m.score) for m in saved] == [(date(2024, 6, 1), 6.0)]


@pytest.mark.parametrize(
    ("lang", "period", "first", "scale", "answer_4"),
    [
        (
            "en",
            "Over the last two weeks …",
            "&1. I have felt cheerful and in good spirits",
            "0 = At no time",
            "Most of the time",
        ),
        (
            "da",
            "I de sidste 2 uger …",
            "&1. Jeg har været glad og i godt humør",
            "0 = På intet tidspunkt",
            "Det meste af tiden",
        ),
    ],
)
def test_who5_shows_its_five_statements_and_names_its_answers(
    qtbot, tab, family, monkeypatch, switcher, lang, period, first, scale, answer_4
):
    from tests.ui.shell.test_fits_a_laptop import window_findings

    seen: dict[str, object] = {}

    def fill(d: MeasurementDialog) -> None:
        switcher.apply(lang)
        QApplication.processEvents()  # the language change arrives as an event
        type_who5(qtbot, d, [4, 3])
        seen["period"] = d.items_period.text()
        seen["labels"] = [label.text() for label in d.item_labels]
        seen["scale"] = d.items_scale.text()
        seen["answers"] = [a.text() for a in d.item_answers]
        QApplication.processEvents()  # the layout follows the new texts
        seen["findings"] = window_findings(d)
        seen["size"] = (d.frameGeometry().width(), d.frameGeometry().height())
        d.reject()

    drive(monkeypatch, fill)
    tab.select_member(family[1])
    tab.new_measurement()
    assert seen["period"] == period
    labels = seen["labels"]
    assert isinstance(labels, list) and labels[0] == first and len(set(labels)) == 5
    assert all(f"&{i}. " in text for i, text in enumerate(labels, start=1))
    assert scale in str(seen["scale"]) and "5 = " in str(seen["scale"])
    assert seen["answers"][:3] == [answer_4, seen["answers"][1], ""]  # type: ignore[index]
    assert seen["answers"][1]  # type: ignore[index]
    assert seen["findings"] == []
    width, height = seen["size"]  # type: ignore[misc]
    assert width <= 1366 and height <= 728
