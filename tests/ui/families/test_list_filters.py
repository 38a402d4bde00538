"""The families list filters by status, setting and overdue review."""

from __future__ import annotations

from datetime import date

import pytest

from famdesk.core import caseload, families
from famdesk.core.families import FamilyData
from famdesk.core.plans import agree_plan, create_plan
from famdesk.ui.shell.main_window import MainWindow


def _family(store, ref: str, status: str, setting: str) -> str:
    end = date(2026, 6, 1) if status == "closed" else None
    return families.create_family(
        store,
        FamilyData(
            reference=ref,
            name=f"Familien {ref}",
            worker="Trine",
            status=status,
            setting=setting,
            start_date=date(2025, 1, 6),
            end_date=end,
        ),
    )


@pytest.fixture
def caseload_store(store):
    _family(store, "A-1", "active", "home")
    _family(store, "A-2", "active", "residential")
    _family(store, "P-1", "paused", "home")
    _family(store, "C-1", "closed", "preventive")
    overdue = _family(store, "A-3", "active", "placed-child-parent-support")
    plan = create_plan(store, overdue, "Plan", created_on=date(2025, 1, 10))
    from famdesk.core.plans import GoalData, add_goal

    add_goal(store, plan, GoalData(title="Ro om morgenen"))
    agree_plan(store, plan, agreed_on=date(2025, 1, 12), next_review=date(2025, 4, 12))
    return store


def test_core_filters_count_and_list_the_same(caseload_store) -> None:
    s = caseload_store
    assert caseload.count_families(s, status="active") == 3
    active = {r.reference for r in caseload.list_families(s, status="active")}
    assert active == {"A-1", "A-2", "A-3"}
    assert [r.reference for r in caseload.list_families(s, setting="home")] == ["A-1", "P-1"]
    assert caseload.count_families(s, status="paused", setting="home") == 1
    overdue = caseload.list_families(s, overdue_only=True, today=date(2026, 11, 27))
    assert [r.reference for r in overdue] == ["A-3"] and overdue[0].overdue
    assert caseload.count_families(s, overdue_only=True, today=date(2026, 11, 27)) == 1
    assert caseload.count_families(s, overdue_only=True, today=date(2025, 3, 1)) == 0


def test_the_window_filters_with_combos_and_checkbox(qtbot, caseload_store) -> None:
    win = MainWindow(caseload_store)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: win.model.rowCount() == 5)
    win.status_filter.setCurrentIndex(win.status_filter.findData("active"))
    qtbot.waitUntil(lambda: win.model.rowCount() == 3)
    win.setting_filter.setCurrentIndex(win.setting_filter.findData("residential"))
    qtbot.waitUntil(lambda: win.model.rowCount() == 1)
    win.setting_filter.setCurrentIndex(0)
    win.overdue_filter.setChecked(True)
    qtbot.waitUntil(lambda: win.model.rowCount() == 1)
    assert "1" in win.count_label.text()
    win.status_filter.setCurrentIndex(win.status_filter.findData("closed"))
    qtbot.waitUntil(lambda: win.model.rowCount() == 0)
    assert win.list_stack.currentWidget() is win.empty_label
    assert "filters" in win.empty_label.text()
