"""The Sessions tab: filters, lazy loading, stale drafts, print, the global Log session action."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from famdesk.core import sessions
from famdesk.core.sessions import LOCAL_TZ, SessionInput
from famdesk.db.models import ContactSession
from famdesk.ui.printing.pdf_preview import PdfPreviewDialog
from famdesk.ui.sessions import sessions_tab as sessions_tab_module
from famdesk.ui.sessions.session_editor import SessionEditor
from famdesk.ui.sessions.sessions_tab import SessionsTab
from famdesk.ui.sessions.timeline_model import COL_CONCERN, COL_KIND, COL_STATUS, COL_SUMMARY
from tests.core.session_fixtures import make_family

TODAY = date(2026, 3, 2)


def _at(day: date, hour: int = 10) -> datetime:
    return datetime(day.year, day.month, day.day, hour, 0, tzinfo=LOCAL_TZ)


@pytest.fixture
def family(store):  # type: ignore[no-untyped-def]
    fam = make_family(store)
    add = sessions.create_session
    add(
        store,
        fam.uid,
        SessionInput(kind="home-visit", start=_at(date(2026, 2, 2)), summary="Besøg 1"),
        finalize=True,
    )
    add(
        store,
        fam.uid,
        SessionInput(
            kind="supervised-contact",
            start=_at(date(2026, 2, 9)),
            summary="Samvær",
            goal_uids=[fam.goal2],
            concern=True,
            concern_what="Mor råbte ad barnet under samværet.",
        ),
        finalize=True,
    )
    add(  # a draft a week old: flagged
        store,
        fam.uid,
        SessionInput(kind="home-visit", start=_at(date(2026, 2, 23)), summary="Besøg 2"),
    )
    add(
        store,
        fam.uid,
        SessionInput(kind="phone", start=_at(date(2026, 3, 1)), summary="Opkald"),
    )
    return fam


def _tab(qtbot, store, family_uid: str | None) -> SessionsTab:  # type: ignore[no-untyped-def]
    tab = SessionsTab(store, today=TODAY)
    qtbot.addWidget(tab)
    tab.set_family(family_uid)
    tab.resize(1100, 600)
    tab.show()
    qtbot.waitExposed(tab)
    return tab


def _summaries(tab: SessionsTab) -> list[str]:
    return [tab.model.index(r, COL_SUMMARY).data() for r in range(tab.model.rowCount())]


def test_timeline_newest_first_with_drafts_and_concerns(qtbot, store, family, switcher):  # type: ignore[no-untyped-def]
    tab = _tab(qtbot, store, family.uid)
    assert _summaries(tab) == ["Opkald", "Besøg 2", "Samvær", "Besøg 1"]
    m = tab.model
    assert m.index(0, COL_STATUS).data() == "Draft"
    assert m.index(1, COL_STATUS).data() == "Draft · 7 days old"  # older than 3 days
    assert m.index(1, COL_STATUS).data(Qt.ItemDataRole.ForegroundRole).color().name() == "#b3261e"
    assert m.index(2, COL_STATUS).data() == "Finalized"
    assert m.index(2, COL_CONCERN).data() == "⚠" and m.index(3, COL_CONCERN).data() == ""
    assert m.index(2, COL_KIND).data() == "Supervised contact"
    assert tab.count_label.text() == "4 sessions"
    text = tab.drafts_label.text()
    assert "2 notes not finalized yet" in text and "1 older than 3 days" in text


def test_filters_by_kind_period_and_goal(qtbot, store, family, switcher):  # type: ignore[no-untyped-def]
    tab = _tab(qtbot, store, family.uid)
    tab.kind_filter.setCurrentIndex(tab.kind_filter.findData("home-visit"))
    assert _summaries(tab) == ["Besøg 2", "Besøg 1"]
    assert tab.count_label.text() == "2 sessions match"
    # The period narrows further; typing a whole date applies it.
    qtbot.keyClicks(tab.from_filter, "10-02-2026")
    assert _summaries(tab) == ["Besøg 2"]
    tab.clear_filters()
    qtbot.keyClicks(tab.to_filter, "09-02-2026")
    assert _summaries(tab) == ["Samvær", "Besøg 1"]
    tab.to_filter.clear()
    assert len(_summaries(tab)) == 4
    tab.goal_filter.setCurrentIndex(tab.goal_filter.findData(family.goal2))
    assert _summaries(tab) == ["Samvær"]
    tab.kind_filter.setCurrentIndex(tab.kind_filter.findData("video"))
    assert tab.model.rowCount() == 0
    assert "No session matches" in tab.empty_label.text()
    tab.clear_filters()
    assert len(_summaries(tab)) == 4


def test_the_goal_filter_follows_a_language_switch(qtbot, store, family, switcher):  # type: ignore[no-untyped-def]
    """'All goals' is the program's word and switches; the chosen goal stays chosen."""
    tab = _tab(qtbot, store, family.uid)
    assert tab.goal_filter.itemText(0) == "All goals"
    switcher.apply("da")  # the change arrives as an event
    qtbot.waitUntil(lambda: tab.goal_filter.itemText(0) == "Alle mål")
    tab.goal_filter.setCurrentIndex(tab.goal_filter.findData(family.goal2))
    switcher.apply("en")
    qtbot.waitUntil(lambda: tab.goal_filter.itemText(0) == "All goals")
    assert tab.goal_filter.currentData() == family.goal2
    assert _summaries(tab) == ["Samvær"]


def test_a_bad_date_in_the_filter_is_told_and_ignored(qtbot, store, family, switcher):  # type: ignore[no-untyped-def]
    tab = _tab(qtbot, store, family.uid)
    qtbot.keyClicks(tab.from_filter, "31-02-2026")
    tab.from_filter.editingFinished.emit()
    assert tab.filter_error.text() == "Not a date: type DD-MM-YYYY."
    switcher.apply("da")
    qtbot.waitUntil(lambda: tab.filter_error.text() == "Ikke en dato: skriv DD-MM-ÅÅÅÅ.")
    assert tab.model.rowCount() == 4


def test_a_thousand_sessions_load_page_by_page(qtbot, store, switcher):  # type: ignore[no-untyped-def]
    fam = make_family(store)
    first = _at(date(2023, 1, 1))
    with store.session() as s:
        s.add_all(
            ContactSession(
                family_id=fam.id,
                author="test",
                start=first + timedelta(days=i),
                kind=("home-visit", "phone", "office")[i % 3],
                status="held",
                summary=f"Session {i:04d}",
            )
            for i in range(1000)
        )
    tab = _tab(qtbot, store, fam.uid)
    model = tab.model
    assert model.total == 1000 and tab.count_label.text() == "1000 sessions"
    assert model.rowCount() == 100
    assert model.index(0, COL_SUMMARY).data() == "Session 0999"
    assert model.canFetchMore(QModelIndex())
    # Scrolling to the end asks for the next page, and so on.
    counts = [model.rowCount()]
    while model.rowCount() < 1000:
        tab.table.scrollToBottom()
        qtbot.waitUntil(lambda n=counts[-1]: model.rowCount() > n)
        counts.append(model.rowCount())
    assert counts == list(range(100, 1001, 100))
    assert not model.canFetchMore(QModelIndex())
    assert model.index(999, COL_SUMMARY).data() == "Session 0000"
    # A kind filter counts again and starts from the first page.
    tab.kind_filter.setCurrentIndex(tab.kind_filter.findData("phone"))
    assert model.total == 333 and model.rowCount() == 100


def test_open_session_from_elsewhere_finds_it_deep_in_the_timeline(qtbot, store, switcher):  # type: ignore[no-untyped-def]
    fam = make_family(store)
    with store.session() as s:
        rows = [
            ContactSession(
                family_id=fam.id,
                start=_at(date(2025, 1, 1)) + timedelta(days=i),
                kind="phone",
                summary=f"S{i}",
            )
            for i in range(250)
        ]
        s.add_all(rows)
        s.flush()
        oldest = rows[0].uid
    tab = _tab(qtbot, store, fam.uid)
    tab.kind_filter.setCurrentIndex(tab.kind_filter.findData("office"))
    assert tab.select_session(oldest)
    assert tab.current_uid() == oldest and tab.model.rowCount() == 250
    editor = tab.open_session(oldest)
    assert isinstance(editor, SessionEditor) and editor.summary_edit.text() == "S0"
    editor.reject()


def test_session_log_pdf_built_off_thread_and_previewed(
    qtbot, store, family, monkeypatch, switcher
):  # type: ignore[no-untyped-def]
    calls: list[tuple] = []
    real = sessions_tab_module.build_session_log_pdf

    def recording(*args, **kwargs):  # type: ignore[no-untyped-def]
        calls.append((args, kwargs))
        return real(*args, **kwargs)

    monkeypatch.setattr(sessions_tab_module, "build_session_log_pdf", recording)
    tab = _tab(qtbot, store, family.uid)
    qtbot.keyClicks(tab.from_filter, "05-02-2026")
    dialog = tab.ask_session_log_period()
    qtbot.waitExposed(dialog)
    assert dialog.from_edit.text() == "05-02-2026" and dialog.to_edit.text() == ""
    dialog.to_edit.setText("28-02-2026")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    job = tab.preview_job
    assert job is not None
    with qtbot.waitSignal(job.ready, timeout=30000) as ready:
        pass
    preview = ready.args[0]
    assert isinstance(preview, PdfPreviewDialog) and preview.page_count() >= 1
    ((args, kwargs),) = calls
    assert args[1] == family.uid
    assert kwargs["date_from"] == date(2026, 2, 5) and kwargs["date_to"] == date(2026, 2, 28)
    text = " ".join(p.extract_text() for p in PdfReader(preview.pdf_path).pages)
    assert "Samvær" in text and "Besøg 2" in text and "Opkald" not in text
    preview.close()


def test_period_dialog_refuses_a_period_that_ends_before_it_starts(qtbot, store, family, switcher):  # type: ignore[no-untyped-def]
    tab = _tab(qtbot, store, family.uid)
    dialog = tab.ask_session_log_period()
    dialog.from_edit.setText("10-02-2026")
    dialog.to_edit.setText("01-02-2026")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.error.text() == "The period ends before it starts." and dialog.isVisible()
    assert tab.preview_job is None
    dialog.reject()


def test_delete_a_draft_after_confirming(qtbot, store, family, monkeypatch, switcher):  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *a: QMessageBox.StandardButton.Yes)
    )
    tab = _tab(qtbot, store, family.uid)
    tab.table.selectRow(2)  # finalized: cannot be deleted
    assert not tab.delete_button.isEnabled() and not tab.delete_current()
    tab.table.selectRow(0)
    assert tab.delete_button.isEnabled()
    with qtbot.waitSignal(tab.sessionsChanged):
        assert tab.delete_current()
    assert _summaries(tab) == ["Besøg 2", "Samvær", "Besøg 1"]


def test_log_session_action_picks_a_family_first(qtbot, store, family, switcher):  # type: ignore[no-untyped-def]
    from famdesk.ui.sessions.log_session import log_session_tool
    from famdesk.ui.shell.main_window import MainWindow

    make_family(store, reference="FB-2026-002", name="Familien Østergård")
    window = MainWindow(store, switcher)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    tool = log_session_tool(window)
    assert tool is not None
    action = tool.action
    assert action in window.file_menu.actions()
    assert action.shortcut().toString() == "Ctrl+L"
    picker = tool.trigger()
    qtbot.waitExposed(picker)
    assert picker.list.count() == 2
    qtbot.keyClicks(picker.filter_edit, "øster")
    assert picker.list.count() == 1
    qtbot.keyClick(picker.filter_edit, Qt.Key.Key_Return)
    editor = picker.editor
    assert isinstance(editor, SessionEditor)
    assert editor.family.name == "Familien Østergård"
    qtbot.waitExposed(editor)
    qtbot.keyClicks(editor.summary_edit, "Første besøg")
    assert editor.save()
    assert sessions.count_timeline(store, editor.family_uid) == 1
    assert QApplication.activeModalWidget() is None or not editor.isVisible()
