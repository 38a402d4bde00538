"""The window fits a small laptop screen in both languages, on every tab.

Danish words are longer than English ones; a layout that only just fits in
English can push the window past a 1366×768 screen in Danish.
"""

from __future__ import annotations

from datetime import date

import pytest

from famdesk.core.caseload import list_families
from famdesk.core.demo import create_demo
from famdesk.ui.shell.main_window import MainWindow

#: 1366×768 less window frame and taskbar.
LAPTOP_WIDTH, LAPTOP_HEIGHT = 1340, 700


@pytest.mark.parametrize("language", ["en", "da"])
def test_every_tab_fits_a_1366x768_screen(qtbot, store, switcher, language: str) -> None:
    create_demo(store, families=3, sessions_per_family=5, seed=2, today=date(2026, 11, 27))
    switcher.apply(language)
    window = MainWindow(store, switcher)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.model.rowCount() == 3)
    window.select_family(list_families(store)[0].uid)
    tabs = window.family_view.tabs
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        hint = window.minimumSizeHint()
        assert hint.width() <= LAPTOP_WIDTH, (language, tabs.tabText(index), hint)
        assert hint.height() <= LAPTOP_HEIGHT, (language, tabs.tabText(index), hint)
