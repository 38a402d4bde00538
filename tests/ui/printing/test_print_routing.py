"""Ctrl+P prints what fits the tab in front: plan, session log or status report."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from famdesk.core.caseload import list_families
from famdesk.core.demo import create_demo
from famdesk.ui.families import family_view as fv
from famdesk.ui.shell.main_window import MainWindow


@pytest.fixture
def window(qtbot, store):
    create_demo(store, families=3, sessions_per_family=4, seed=5, today=date(2026, 11, 27))
    win = MainWindow(store)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: win.model.rowCount() == 3)
    return win


def test_print_is_disabled_until_a_family_is_shown(window, qtbot) -> None:
    assert not window.print_action.isEnabled()
    uid = list_families(window.store)[0].uid
    assert window.select_family(uid)
    qtbot.waitUntil(window.print_action.isEnabled)


@pytest.mark.parametrize(
    ("tab", "target"),
    [
        (fv.TAB_PLANS, "plans_tab.print_current"),
        (fv.TAB_SESSIONS, "sessions_tab.ask_session_log_period"),
        (fv.TAB_OUTCOMES, "outcomes.open_status_report"),
        (fv.TAB_OVERVIEW, "outcomes.open_status_report"),
    ],
)
def test_ctrl_p_routes_by_tab(window, qtbot, monkeypatch, tab: int, target: str) -> None:
    view = window.family_view
    window.select_family(list_families(window.store)[0].uid)
    qtbot.waitUntil(window.print_action.isEnabled)
    calls: list[str] = []
    owner_name, method = target.split(".")
    monkeypatch.setattr(getattr(view, owner_name), method, lambda *a, **k: calls.append(target))
    view.tabs.setCurrentIndex(tab)
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert calls == [target]
