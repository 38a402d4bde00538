"""Help → Guide (F1): the worker's main tasks, in Danish and English, opened from anywhere."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication

from famdesk.core import words
from famdesk.ui.shell.guide_window import TOPICS, GuideWindow
from famdesk.ui.shell.main_window import MainWindow


def _guide() -> GuideWindow | None:
    shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, GuideWindow)]
    return next((w for w in shown if w.isVisible()), None)


def test_f1_opens_the_guide_and_each_topic_reads_in_the_users_language(qtbot, store, switcher):  # type: ignore[no-untyped-def]
    window = MainWindow(store, switcher)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    assert window.guide_action in window.help_menu.actions()
    assert window.guide_action.text() == "&Guide"
    assert window.guide_action.shortcut().toString() == "F1"

    qtbot.keySequence(window, "F1")
    qtbot.waitUntil(lambda: _guide() is not None)
    guide = _guide()
    assert guide is not None and guide.windowTitle() == "Guide"
    titles = [guide.topics.item(i).text() for i in range(guide.topics.count())]
    assert titles == [
        "Getting started",
        "A family",
        "A plan with the parents",
        "Logging a session",
        "A concern for a child",
        "A placement match",
        "Printing",
        "Backups",
    ]
    # Each topic, chosen with the mouse, shows its own text.
    pages = {}
    for row, key in enumerate(TOPICS):
        item = guide.topics.item(row)
        qtbot.mouseClick(
            guide.topics.viewport(),
            Qt.MouseButton.LeftButton,
            pos=guide.topics.visualItemRect(item).center(),
        )
        assert guide.current_topic() == key
        pages[key] = guide.page_text()
        assert pages[key].startswith(titles[row])
    assert "passphrase cannot be recovered" in pages["start"]
    assert "Agree…" in pages["plan"] and "parents to sign" in pages["plan"]
    assert "Ctrl+L" in pages["session"] and "Ctrl+Shift+F" in pages["session"]
    assert words.text("concern.duty", "en") in pages["concern"]
    assert words.label("term", "concern", "en") in pages["concern"]
    assert "Placement match…" in pages["match"] and "Tools → Placement sites…" in pages["match"]
    assert "Ctrl+0" in pages["print"] and "Page Down" in pages["print"]
    assert "Tools → Backups…" in pages["backups"]
    assert len(set(pages.values())) == len(TOPICS)

    # In Danish, live: the topics, the page and the duty to notify in the catalogue's words.
    guide.show_topic("concern")
    switcher.apply("da")
    qtbot.waitUntil(lambda: guide.windowTitle() == "Vejledning")
    assert guide.topics.item(0).text() == "Kom i gang"
    assert words.text("concern.duty", "da") in guide.page_text()
    assert "underretningspligt" in guide.page_text()
    assert window.guide_action.text() == "&Vejledning"

    # Escape closes it; F1 brings it back, one at a time.
    qtbot.keyClick(guide.page, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: _guide() is None)
    first = window.show_guide()
    assert window.show_guide() is first and _guide() is first


def test_f1_in_a_tool_window_opens_the_guide_too(qtbot, store, switcher):  # type: ignore[no-untyped-def]
    from famdesk.ui.sessions.drafts_window import DraftsWindow

    window = MainWindow(store, switcher)
    qtbot.addWidget(window)
    window.show()
    drafts = next(a for a in window.findChildren(QAction) if a.text() == "&Unfinished notes…")
    drafts.trigger()
    tool = next(w for w in QApplication.topLevelWidgets() if isinstance(w, DraftsWindow))
    tool.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is tool)
    assert _guide() is None
    qtbot.keySequence(tool, "F1")
    qtbot.waitUntil(lambda: _guide() is not None)
