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


def _menu_text(window) -> str:  # type: ignore[no-untyped-def]
    return window.print_action.text().replace("&", "")


def test_print_says_what_it_will_print_as_the_tabs_change(window, qtbot, switcher) -> None:
    """File → Print, its toolbar tooltip and status tip name the document of the tab in front."""
    view = window.family_view
    assert _menu_text(window) == "Print…"
    assert "Choose a family first" in window.print_action.statusTip()
    window.select_family(list_families(window.store)[0].uid)
    qtbot.waitUntil(window.print_action.isEnabled)
    expected = {
        fv.TAB_OVERVIEW: ("Print status report…", "municipal caseworker"),
        fv.TAB_MEMBERS: ("Print status report…", "municipal caseworker"),
        fv.TAB_PLANS: ("Print plan…", "parents to sign"),
        fv.TAB_SESSIONS: ("Print session log…", "session log"),
        fv.TAB_OUTCOMES: ("Print status report…", "status report"),
    }
    for tab, (text, tip) in expected.items():
        view.tabs.tabBar().setCurrentIndex(tab)
        assert _menu_text(window) == text
        assert tip in window.print_action.statusTip()
        assert window.print_action.toolTip().startswith(text.rstrip("…") + " (Ctrl+P)")
        assert window.file_menu.actions().count(window.print_action) == 1
    # the words follow a live language switch
    view.tabs.tabBar().setCurrentIndex(fv.TAB_SESSIONS)
    switcher.apply("da")
    qtbot.waitUntil(lambda: _menu_text(window) == "Udskriv journaludskrift…")
    assert "journaludskrift" in window.print_action.statusTip()
    switcher.apply("en")
    qtbot.waitUntil(lambda: _menu_text(window) == "Print session log…")


def test_print_on_the_plans_tab_waits_for_a_plan(window, qtbot) -> None:
    """A family without a plan: on the Plans tab there is nothing to print."""
    from famdesk.core import families
    from famdesk.core.families import FamilyData

    uid = families.create_family(
        window.store,
        FamilyData(reference="2026-900", name="Familien Uden Plan", start_date=date(2026, 1, 5)),
    )
    window.model.reload()
    assert window.select_family(uid)
    view = window.family_view
    assert window.print_action.isEnabled()
    view.tabs.tabBar().setCurrentIndex(fv.TAB_PLANS)
    assert _menu_text(window) == "Print plan…"
    assert not window.print_action.isEnabled()
    view.tabs.tabBar().setCurrentIndex(fv.TAB_SESSIONS)
    assert window.print_action.isEnabled()
