"""Quick entry by keyboard, finalizing, addenda, planning and marking held."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from famdesk.core import sessions
from famdesk.core.sessions import LOCAL_TZ, SessionInput
from famdesk.ui.sessions.session_editor import DateTimeField, SessionEditor
from famdesk.ui.sessions.sessions_tab import SessionsTab
from famdesk.ui.sessions.timeline_model import COL_KIND, COL_STATUS, COL_SUMMARY
from tests.core.session_fixtures import make_family

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def family(store):  # type: ignore[no-untyped-def]
    fam = make_family(store)
    # An earlier visit with the mother and the child: the usual participants.
    sessions.create_session(
        store,
        fam.uid,
        SessionInput(
            kind="home-visit",
            start=datetime.now(LOCAL_TZ) - timedelta(days=7),
            member_uids=[fam.mother, fam.child],
            summary="Forrige besøg",
        ),
        finalize=True,
    )
    return fam


@pytest.fixture
def answers(monkeypatch):  # type: ignore[no-untyped-def]
    """QMessageBox.question answers Yes; the questions asked are kept."""
    asked: list[str] = []

    def question(_parent, _title, text, *_a):  # type: ignore[no-untyped-def]
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    return asked


def _tab(qtbot, store, family_uid: str) -> SessionsTab:  # type: ignore[no-untyped-def]
    tab = SessionsTab(store)
    qtbot.addWidget(tab)
    tab.set_family(family_uid)
    tab.resize(1100, 600)
    tab.show()
    qtbot.waitExposed(tab)
    return tab


def _ready(qtbot, editor):  # type: ignore[no-untyped-def]
    qtbot.waitExposed(editor)
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    return editor


def _row_texts(tab: SessionsTab, row: int) -> tuple[str, str, str]:
    m = tab.model
    return (
        m.index(row, COL_KIND).data(),
        m.index(row, COL_STATUS).data(),
        m.index(row, COL_SUMMARY).data(),
    )


def test_routine_home_visit_logged_by_keyboard_only(qtbot, store, family, switcher):  # type: ignore[no-untyped-def]
    tab = _tab(qtbot, store, family.uid)
    assert tab.model.rowCount() == 1
    editor = _ready(qtbot, tab.log_session())
    # Defaults: now on the quarter hour, the last kind, the usual participants.
    start = editor.start_edit.value()
    assert start.minute % 15 == 0 and abs(datetime.now(LOCAL_TZ) - start) < timedelta(minutes=16)
    assert editor.kind_combo.currentData() == "home-visit"
    assert editor.status_combo.currentData() == "held"
    assert sorted(editor.session_input().member_uids) == sorted([family.mother, family.child])
    # The cursor waits in Summary; Tab leads on to the notes.
    assert QApplication.focusWidget() is editor.summary_edit
    qtbot.keyClicks(QApplication.focusWidget(), "Hjemmebesøg ved aftensmaden")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is editor.notes_edit
    qtbot.keyClicks(editor.notes_edit, 'Frøja sagde: "Jeg vil have mor til at læse."')
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is editor.assessment_edit
    with qtbot.waitSignal(editor.sessionSaved) as saved:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return, CTRL)
    uid = saved.args[0]
    assert not editor.isVisible()

    # Newest first: the new note is at the top of the timeline, as a draft.
    assert tab.model.rowCount() == 2
    assert tab.model.session_at(0).uid == uid
    kind, status, summary = _row_texts(tab, 0)
    assert (kind, status, summary) == ("Home visit", "Draft", "Hjemmebesøg ved aftensmaden")
    assert tab.current_uid() == uid
    detail = sessions.get_session(store, uid)
    assert detail.notes == 'Frøja sagde: "Jeg vil have mor til at læse."'
    assert detail.assessment == "" and not detail.finalized
    assert {p.uid for p in detail.members} == {family.mother, family.child}
    assert "1 note not finalized yet" in tab.drafts_label.text()


def test_finalize_asks_then_locks_and_opens_read_only(qtbot, store, family, answers, switcher):  # type: ignore[no-untyped-def]
    tab = _tab(qtbot, store, family.uid)
    editor = _ready(qtbot, tab.log_session())
    qtbot.keyClicks(editor.summary_edit, "Netværksmøde på skolen")
    editor.kind_combo.setCurrentIndex(editor.kind_combo.findData("network-meeting"))
    qtbot.keyClicks(editor.notes_edit, "Lærer Åse fortalte om god trivsel.")
    qtbot.keyClicks(editor.assessment_edit, "Vurdering: positiv udvikling.")
    with qtbot.waitSignal(editor.sessionSaved) as saved:
        qtbot.keyClick(editor.assessment_edit, Qt.Key.Key_F, CTRL_SHIFT)
    assert len(answers) == 1 and "cannot be changed afterwards" in answers[0]
    uid = saved.args[0]
    assert sessions.get_session(store, uid).finalized
    assert _row_texts(tab, 0)[1] == "Finalized"
    assert tab.addendum_button.isEnabled() and not tab.held_button.isEnabled()

    viewer = _ready(qtbot, tab.open_current())
    assert viewer.read_only
    assert viewer.summary_edit.isReadOnly() and viewer.notes_edit.isReadOnly()
    assert viewer.assessment_edit.isReadOnly() and viewer.agreements_edit.isReadOnly()
    assert not viewer.kind_combo.isEnabled() and not viewer.start_edit.isEnabled()
    assert viewer.save_button.isHidden() and viewer.finalize_button.isHidden()
    assert not viewer.lock_label.isHidden() and not viewer.addenda_box.isHidden()
    assert viewer.notes_edit.toPlainText() == "Lærer Åse fortalte om god trivsel."
    # Typing and the save shortcut change nothing.
    qtbot.keyClicks(viewer.notes_edit, "ændret")
    qtbot.keyClick(viewer.notes_edit, Qt.Key.Key_Return, CTRL)
    assert not viewer.save()
    assert sessions.get_session(store, uid).notes == "Lærer Åse fortalte om god trivsel."
    viewer.reject()


def test_addendum_is_listed_under_the_unchanged_note(qtbot, store, family, switcher):  # type: ignore[no-untyped-def]
    uid = sessions.create_session(
        store,
        family.uid,
        SessionInput(
            kind="phone", start=datetime.now(LOCAL_TZ), summary="Opkald", notes="Original"
        ),
        finalize=True,
    )
    tab = _tab(qtbot, store, family.uid)
    assert tab.select_session(uid)
    viewer = _ready(qtbot, tab.open_current())
    assert viewer.addendum_labels == []
    dialog = _ready(qtbot, viewer.add_addendum())
    dialog.save()  # empty: refused next to the field
    assert "Write the correction" in dialog.error.text()
    qtbot.keyClicks(dialog.text_edit, "Rettelse: opkaldet var kl. 14, ikke 13.")
    with qtbot.waitSignal(viewer.sessionSaved):
        qtbot.keyClick(dialog.text_edit, Qt.Key.Key_Return, CTRL)
    assert len(viewer.addendum_labels) == 1
    text = viewer.addendum_labels[0].text()
    assert "Added after finalizing" in text and "kl. 14, ikke 13" in text
    assert viewer.notes_edit.toPlainText() == "Original"
    detail = sessions.get_session(store, uid)
    assert detail.notes == "Original" and len(detail.addenda) == 1
    assert "(+1 addendum)" in tab.model.index(tab.model.row_of(uid), COL_SUMMARY).data()
    viewer.reject()


def test_addendum_from_the_timeline(qtbot, store, family, switcher):  # type: ignore[no-untyped-def]
    tab = _tab(qtbot, store, family.uid)
    tab.table.selectRow(0)  # the finalized earlier visit
    dialog = tab.add_addendum_to_current()
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.text_edit, "Tilføjelse")
    dialog.save()
    uid = tab.current_uid()
    assert uid is not None
    assert [a.text for a in sessions.get_session(store, uid).addenda] == ["Tilføjelse"]
    assert sessions.get_session(store, uid).summary == "Forrige besøg"


def test_plan_a_session_then_mark_it_held_in_one_step(qtbot, store, family, switcher):  # type: ignore[no-untyped-def]
    tab = _tab(qtbot, store, family.uid)
    planner = _ready(qtbot, tab.plan_session())
    assert planner.status_combo.currentData() == "planned"
    assert planner.start_edit.value() > datetime.now(LOCAL_TZ)
    assert not planner.finalize_button.isEnabled()  # nothing to lock before it happened
    qtbot.keyClicks(planner.summary_edit, "Opfølgning på sengetider")
    with qtbot.waitSignal(planner.sessionSaved) as saved:
        qtbot.keyClick(planner.summary_edit, Qt.Key.Key_Return, CTRL)
    uid = saved.args[0]
    assert tab.model.session_at(0).uid == uid  # the future is at the top
    assert _row_texts(tab, 0)[1] == "Planned"
    assert tab.held_button.isEnabled()

    editor = _ready(qtbot, tab.mark_current_held())
    assert editor.status_combo.currentData() == "held"
    assert editor.summary_edit.text() == "Opfølgning på sengetider"
    assert editor.has_unsaved_changes()
    qtbot.keyClicks(editor.notes_edit, "Sengetid kl. 19 overholdt hele ugen.")
    with qtbot.waitSignal(editor.sessionSaved):
        qtbot.keyClick(editor.notes_edit, Qt.Key.Key_Return, CTRL)
    detail = sessions.get_session(store, uid)
    assert detail.status == "held" and detail.notes == "Sengetid kl. 19 overholdt hele ugen."
    assert not detail.finalized
    row = tab.model.row_of(uid)
    assert row is not None and tab.model.index(row, COL_STATUS).data() == "Draft"


def test_a_planned_session_cannot_be_finalized_from_the_editor(qtbot, store, family, switcher):  # type: ignore[no-untyped-def]
    tab = _tab(qtbot, store, family.uid)
    planner = _ready(qtbot, tab.plan_session())
    assert not planner.save(finalize=True)
    assert "cannot be finalized" in planner.error.text()
    assert tab.model.rowCount() == 1


def test_cancel_asks_before_throwing_text_away(qtbot, store, family, monkeypatch, switcher):  # type: ignore[no-untyped-def]
    asked: list[str] = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        staticmethod(
            lambda _p, _t, text, *a: asked.append(text) or QMessageBox.StandardButton.Cancel
        ),
    )
    tab = _tab(qtbot, store, family.uid)
    editor = _ready(qtbot, tab.log_session())
    qtbot.keyClicks(editor.summary_edit, "Noget")
    assert tab.has_unsaved_changes()
    editor.cancel_button.click()
    assert asked and editor.isVisible()
    tab.discard()
    assert tab.editor is None or not tab.editor.isVisible()
    assert tab.model.rowCount() == 1


@pytest.mark.parametrize(
    ("typed", "shown"),
    [
        ("1.6.2024 10.00", "01-06-2024 10:00"),
        ("01062024 1000", "01-06-2024 10:00"),
        ("1/6-24 kl. 9.30", "01-06-2024 09:30"),
        ("2024-06-01T10:00", "01-06-2024 10:00"),
    ],
)
def test_the_time_is_typed_in_the_forms_a_worker_writes_and_tidied(
    qtbot: Any, typed: str, shown: str
) -> None:
    field = DateTimeField()
    qtbot.addWidget(field)
    field.today = lambda: date(2026, 12, 2)
    field.set_value(datetime(2026, 12, 2, 13, 15, tzinfo=LOCAL_TZ))
    field.selectAll()
    qtbot.keyClicks(field, typed)
    field.tidy()
    assert field.is_valid()
    assert field.text() == shown
    assert field.value().tzinfo is LOCAL_TZ


def test_a_date_alone_keeps_the_time_and_no_date_is_not_saved(
    qtbot: Any, store: Any, family: Any, switcher: Any
) -> None:
    editor = SessionEditor(store, family.uid, autosave_ms=600_000)
    qtbot.addWidget(editor)
    editor.start_edit.set_value(datetime(2026, 11, 30, 13, 15, tzinfo=LOCAL_TZ))
    editor.start_edit.selectAll()
    qtbot.keyClicks(editor.start_edit, "1.12.2026")
    editor.start_edit.tidy()
    assert editor.start_edit.text() == "01-12-2026 13:15"
    editor.summary_edit.setText("Hjemmebesøg")
    editor.start_edit.setText("31.11.2026 10.00")  # no such day
    assert not editor.start_edit.is_valid()
    assert not editor.save()
    assert editor.error.text().startswith("Not saved: type the date and time")
    assert editor.start_edit.text() == "31.11.2026 10.00"  # as typed, to be put right
