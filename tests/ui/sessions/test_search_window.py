"""Search notes, driven as a worker would: type, read the bold words, page on, open a hit."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from famdesk.core import sessions
from famdesk.core.sessions import SessionInput
from famdesk.db.models import AuditEvent
from famdesk.db.store import Store
from famdesk.ui.sessions import search_window
from famdesk.ui.sessions.search_model import SNIPPET_HTML_ROLE, SNIPPET_TEXT_ROLE, snippet_html
from famdesk.ui.sessions.search_window import SearchWindow
from tests.core.session_fixtures import make_family

CPH = ZoneInfo("Europe/Copenhagen")


def log(store: Store, family_uid: str, day: int, **texts: Any) -> str:
    start = datetime(2026, 2, 1, 10, 0, tzinfo=CPH) + timedelta(days=day)
    return sessions.create_session(
        store, family_uid, SessionInput(kind="home-visit", start=start, **texts)
    )


@pytest.fixture
def notes(store: Store) -> dict[str, str]:
    a = make_family(store)
    b = make_family(store, reference="FB-2026-002", name="Familien Bøgh")
    return {
        "fam_a": a.uid,
        "fam_b": b.uid,
        "kindergarten": log(store, a.uid, 1, notes="Frøja var glad for børnehaven i dag."),
        "markup": log(
            store, b.uid, 2, notes="Mor skrev <b>x</b> & <i>y</i> i sms'en om børnehaven."
        ),
        "other": log(store, b.uid, 3, notes="Far kom til tiden."),
    }


def open_window(qtbot: QtBot, store: Store) -> SearchWindow:
    window = SearchWindow(store)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def type_query(qtbot: QtBot, window: SearchWindow, text: str) -> None:
    with qtbot.waitSignal(window.resultsShown, timeout=5000):
        qtbot.keyClicks(window.query, text)


def snippet_of(window: SearchWindow, session_uid: str) -> tuple[str, str]:
    for row in range(window.model.rowCount()):
        if window.model.hit(row).session_uid == session_uid:  # type: ignore[union-attr]
            index = window.model.index(row)
            return index.data(SNIPPET_HTML_ROLE), index.data(SNIPPET_TEXT_ROLE)
    raise AssertionError("the session is not among the results")


def test_a_word_prefix_finds_the_note_with_the_match_in_bold(
    qtbot: QtBot, store: Store, notes: dict[str, str], switcher: Any
) -> None:
    window = open_window(qtbot, store)
    type_query(qtbot, window, "børne")
    found = {window.model.hit(r).session_uid for r in range(window.model.rowCount())}  # type: ignore[union-attr]
    assert found == {notes["kindergarten"], notes["markup"]}
    rich, plain = snippet_of(window, notes["kindergarten"])
    assert "<b>børnehaven</b>" in rich
    assert "Frøja var glad for børnehaven i dag" in plain
    # The hit's heading shows the family and the date; the newest comes first.
    first = window.model.index(0).data(Qt.ItemDataRole.DisplayRole)
    assert "FB-2026-002" in first and "Familien Bøgh" in first and "03-02-2026" in first
    assert window.status.text() == "2 notes found."
    window.grab()  # the delegate paints without a warning


def test_markup_in_a_note_is_shown_as_typed_never_interpreted(
    qtbot: QtBot, store: Store, notes: dict[str, str], switcher: Any
) -> None:
    window = open_window(qtbot, store)
    type_query(qtbot, window, "sms")
    rich, _plain = snippet_of(window, notes["markup"])
    doc = QTextDocument()
    doc.setHtml(rich)
    # What the delegate draws reads exactly as the worker typed it.
    assert "<b>x</b> & <i>y</i>" in doc.toPlainText()
    assert "<b>x</b>" not in rich and "&lt;b&gt;x&lt;/b&gt;" in rich
    assert snippet_html("a \x02<i>\x03 b") == "a <b>&lt;i&gt;</b> b"


def test_each_search_is_audited_with_its_criteria_never_the_text_found(
    qtbot: QtBot, store: Store, notes: dict[str, str], switcher: Any
) -> None:
    window = open_window(qtbot, store)
    type_query(qtbot, window, "børne")
    with store.read_session() as s:
        rows = s.scalars(select(AuditEvent).where(AuditEvent.action == "search")).all()
    # Typing five letters quickly makes one search, not five.
    assert len(rows) == 1
    assert rows[0].detail["query"] == "børne"
    assert rows[0].detail["hits"] == 2
    assert "Frøja" not in str(rows[0].detail)


def test_only_the_chosen_family_and_relevance_order(
    qtbot: QtBot, store: Store, notes: dict[str, str], switcher: Any
) -> None:
    window = open_window(qtbot, store)
    window.set_current_family(notes["fam_a"], "FB-2026-001")
    type_query(qtbot, window, "børne")
    assert window.model.rowCount() == 2
    with qtbot.waitSignal(window.resultsShown, timeout=5000):
        window.family_only.click()
    assert [window.model.hit(r).session_uid for r in range(window.model.rowCount())] == [  # type: ignore[union-attr]
        notes["kindergarten"]
    ]
    with qtbot.waitSignal(window.resultsShown, timeout=5000):
        window.order.setCurrentIndex(window.order.findData("rank"))
    assert window.model.rowCount() == 1
    with store.read_session() as s:
        last = s.scalars(
            select(AuditEvent).where(AuditEvent.action == "search").order_by(AuditEvent.id.desc())
        ).first()
    assert last is not None and last.detail["family"] == notes["fam_a"]
    assert last.detail["order"] == "rank"


def test_more_results_fetches_the_next_page(
    qtbot: QtBot,
    store: Store,
    notes: dict[str, str],
    switcher: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(search_window, "PAGE_SIZE", 2)
    for day in range(4, 9):
        log(store, notes["fam_a"], day, summary=f"Samtale om skoleskift nr. {day}")
    window = open_window(qtbot, store)
    type_query(qtbot, window, "skoleskift")
    assert window.model.rowCount() == 2
    assert window.more_button.isVisible()
    with qtbot.waitSignal(window.resultsShown, timeout=5000):
        qtbot.mouseClick(window.more_button, Qt.MouseButton.LeftButton)
    assert window.model.rowCount() == 4
    with qtbot.waitSignal(window.resultsShown, timeout=5000):
        qtbot.mouseClick(window.more_button, Qt.MouseButton.LeftButton)
    assert window.model.rowCount() == 5
    assert not window.more_button.isVisible()
    days = [window.model.hit(r).start.day for r in range(5)]  # type: ignore[union-attr]
    assert days == sorted(days, reverse=True)


def test_enter_and_double_click_ask_to_open_the_session(
    qtbot: QtBot, store: Store, notes: dict[str, str], switcher: Any
) -> None:
    window = open_window(qtbot, store)
    type_query(qtbot, window, "tiden")
    assert window.model.rowCount() == 1
    with qtbot.waitSignal(window.openRequested, timeout=2000) as opened:
        qtbot.keyClick(window.query, Qt.Key.Key_Return)
    assert opened.args == [notes["other"], notes["fam_b"]]
    qtbot.keyClick(window.query, Qt.Key.Key_Down)
    assert window.results.hasFocus()
    with qtbot.waitSignal(window.openRequested, timeout=2000) as opened:
        qtbot.keyClick(window.results, Qt.Key.Key_Return)
    assert opened.args == [notes["other"], notes["fam_b"]]


def test_no_words_means_no_search_and_no_audit(
    qtbot: QtBot, store: Store, notes: dict[str, str], switcher: Any
) -> None:
    window = open_window(qtbot, store)
    with qtbot.waitSignal(window.resultsShown, timeout=5000):
        qtbot.keyClicks(window.query, ' "" * ')
    assert window.model.rowCount() == 0
    with store.read_session() as s:
        assert not s.scalars(select(AuditEvent).where(AuditEvent.action == "search")).all()


def test_opening_a_result_from_the_main_window_selects_its_family(
    qtbot: QtBot, store: Store, notes: dict[str, str], switcher: Any
) -> None:
    from famdesk.ui.families.family_view import TAB_SESSIONS
    from famdesk.ui.sessions.session_tools import session_tools
    from famdesk.ui.shell.main_window import MainWindow

    main = MainWindow(store, switcher)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    tools = session_tools(main)
    assert tools is not None
    assert tools.search_action.shortcut().toString() == "Ctrl+Shift+F"
    assert tools.search_action in tools.menu.actions()
    tools.search_action.trigger()
    window = tools.search_window
    assert window is not None and window.isVisible()
    type_query(qtbot, window, "tiden")
    # A filter in the families list that hides the family is cleared to show it.
    main.search.setText("zzz-no-such-family")
    main.apply_search()
    with qtbot.waitSignal(window.openRequested, timeout=2000):
        window.open_row(0)
    assert main.current_family_uid() == notes["fam_b"]
    assert main.search.text() == ""
    assert main.family_view.tabs.currentIndex() == TAB_SESSIONS
    sessions_tab = main.family_view.sessions_tab
    editor = sessions_tab.editor
    assert editor is not None and editor.isVisible()
    assert sessions_tab.current_uid() == editor.session_uid
    editor.reject()
    # With a family chosen, the search can be limited to it.
    qtbot.waitUntil(window.family_only.isEnabled, timeout=2000)
    assert "FB-2026-002" in window.family_only.text()


@pytest.mark.parametrize(
    ("lost", "said"),
    [(False, "The database could not do this just now"),
     (True, "The connection to the team server was lost")],
)
def test_a_database_error_is_told_calmly_never_with_its_sql_or_the_words_searched(
    qtbot: QtBot,
    store: Store,
    switcher: Any,
    monkeypatch: pytest.MonkeyPatch,
    lost: bool,
    said: str,
) -> None:
    from sqlalchemy.exc import OperationalError

    def refused(*_args: Any, **_kw: Any) -> None:
        raise OperationalError(
            "SELECT rowid FROM session_fts WHERE session_fts MATCH 'hemmelighed'",
            {"q": "hemmelighed"},
            Exception('syntax error at or near "MATCH"'),
            connection_invalidated=lost,
        )

    monkeypatch.setattr(search_window, "search_sessions", refused)
    window = open_window(qtbot, store)
    type_query(qtbot, window, "hemmelighed")
    shown = window.status.text()
    assert said in shown
    assert "hemmelighed" not in shown and "MATCH" not in shown and "SELECT" not in shown
