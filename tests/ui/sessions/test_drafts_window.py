"""Unfinished notes across families: oldest first, stale ones flagged, open one."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from famdesk.core import sessions
from famdesk.core.sessions import LOCAL_TZ, SessionInput
from famdesk.db.store import Store
from famdesk.ui.sessions.drafts_window import (
    COL_AGE,
    COL_KIND,
    COL_REFERENCE,
    COL_SUMMARY,
    STALE_BACKGROUND,
    DraftsWindow,
)
from tests.core.session_fixtures import make_family

TODAY = date(2026, 3, 10)


def held(store: Store, family_uid: str, days_ago: int, finalize: bool = False) -> str:
    start = datetime.combine(TODAY - timedelta(days=days_ago), time(9, 0), tzinfo=LOCAL_TZ)
    data = SessionInput(kind="phone", start=start, summary="Aftalt nyt møde", notes="Kort samtale.")
    return sessions.create_session(store, family_uid, data, finalize=finalize)


@pytest.fixture
def drafts(store: Store) -> dict[str, str]:
    a = make_family(store)
    b = make_family(store, reference="FB-2026-002", name="Familien Bøgh")
    return {
        "fam_a": a.uid,
        "fam_b": b.uid,
        "old": held(store, b.uid, 6),
        "fresh": held(store, a.uid, 1),
        "done": held(store, a.uid, 9, finalize=True),
    }


def open_window(qtbot: QtBot, store: Store) -> DraftsWindow:
    window = DraftsWindow(store, today=TODAY)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_unfinished_notes_oldest_first_and_stale_flagged(
    qtbot: QtBot, store: Store, drafts: dict[str, str], switcher: Any
) -> None:
    window = open_window(qtbot, store)
    model = window.model
    assert [r.uid for r in model.rows] == [drafts["old"], drafts["fresh"]]
    # Family name and reference, date, kind and the summary line: enough to know which note.
    assert model.index(0, COL_REFERENCE).data() == "Familien Bøgh (FB-2026-002)"
    assert model.index(0, COL_KIND).data() == "Phone call"
    assert model.index(0, COL_SUMMARY).data() == "Aftalt nyt møde"
    assert model.index(0, COL_AGE).data().startswith("⚠ 6 day")
    assert model.index(0, COL_AGE).data(Qt.ItemDataRole.BackgroundRole).color() == STALE_BACKGROUND
    assert not model.index(1, COL_AGE).data().startswith("⚠")
    assert model.index(1, COL_AGE).data(Qt.ItemDataRole.BackgroundRole) is None
    assert window.stale_count() == 1
    assert "2 unfinished note" in window.summary.text()
    assert "older than 3 days" in window.summary.text()


def test_finalizing_a_note_takes_it_off_the_list_on_refresh(
    qtbot: QtBot, store: Store, drafts: dict[str, str], switcher: Any
) -> None:
    window = open_window(qtbot, store)
    sessions.finalize_session(store, drafts["old"])
    with qtbot.waitSignal(window.staleCount, timeout=2000) as counted:
        qtbot.mouseClick(window.refresh_button, Qt.MouseButton.LeftButton)
    assert counted.args == [0]
    assert [r.uid for r in window.model.rows] == [drafts["fresh"]]
    sessions.finalize_session(store, drafts["fresh"])
    window.refresh()
    assert window.summary.text() == "Every note is finalized."


def test_double_click_and_open_button_ask_for_the_note(
    qtbot: QtBot, store: Store, drafts: dict[str, str], switcher: Any
) -> None:
    window = open_window(qtbot, store)
    assert not window.open_button.isEnabled()
    window.table.selectRow(1)
    assert window.open_button.isEnabled()
    with qtbot.waitSignal(window.openRequested, timeout=2000) as opened:
        qtbot.mouseClick(window.open_button, Qt.MouseButton.LeftButton)
    assert opened.args == [drafts["fresh"], drafts["fam_a"]]
    rect = window.table.visualRect(window.model.index(0, COL_REFERENCE))
    qtbot.mouseClick(window.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    opened_uids: list[str] = []
    window.openRequested.connect(lambda uid, _fam: opened_uids.append(uid))
    with qtbot.waitSignal(window.openRequested, timeout=2000) as opened:
        qtbot.mouseDClick(window.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened.args == [drafts["old"], drafts["fam_b"]]
    assert opened_uids == [drafts["old"]]  # opened once
    with qtbot.waitSignal(window.openRequested, timeout=2000) as opened:
        qtbot.keyClick(window.table, Qt.Key.Key_Return)
    assert opened.args == [drafts["old"], drafts["fam_b"]]


def test_status_bar_hint_counts_stale_drafts_and_opens_the_list(
    qtbot: QtBot, store: Store, switcher: Any
) -> None:
    from famdesk.ui.sessions.session_tools import session_tools
    from famdesk.ui.shell.main_window import MainWindow

    fam = make_family(store)
    now = datetime.now(LOCAL_TZ).replace(hour=9, minute=0, second=0, microsecond=0)
    for days_ago in (5, 8, 0):
        data = SessionInput(kind="phone", start=now - timedelta(days=days_ago))
        sessions.create_session(store, fam.uid, data)
    main = MainWindow(store, switcher)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    tools = session_tools(main)
    assert tools is not None
    qtbot.waitUntil(lambda: tools.hint.isVisible(), timeout=5000)
    assert tools.stale_drafts == 2
    assert "2 unfinished notes older than 3 days" in tools.hint.text()
    tools.hint.linkActivated.emit("drafts")
    drafts_window = tools.drafts_window
    assert drafts_window is not None and drafts_window.isVisible()
    assert drafts_window.model.rowCount() == 3
    # Opening a draft shows its family.
    drafts_window.open_row(0)
    assert main.current_family_uid() == fam.uid
    for row in drafts_window.model.rows:
        if row.stale:
            sessions.finalize_session(store, row.uid)
    drafts_window.refresh()
    assert tools.stale_drafts == 0 and not tools.hint.isVisible()


def test_escape_closes_the_list(qtbot: QtBot, store: Store, drafts: dict[str, str]) -> None:
    window = open_window(qtbot, store)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.table, Qt.Key.Key_Escape)
    assert not window.isVisible()
