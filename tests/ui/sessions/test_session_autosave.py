"""No typing lost: the session editor keeps its text in the store and offers it back."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from famdesk.core import autosave, sessions
from famdesk.core.sessions import LOCAL_TZ, SessionInput
from famdesk.ui.sessions.session_editor import SessionEditor
from tests.core.session_fixtures import make_family


def _patch_question(monkeypatch, answer):  # type: ignore[no-untyped-def]
    asked: list[str] = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        staticmethod(lambda _p, _t, text, *a: asked.append(text) or answer),
    )
    return asked


def test_new_note_survives_a_crash_and_is_offered_back(qtbot, store, monkeypatch, switcher):  # type: ignore[no-untyped-def]
    fam = make_family(store)
    asked = _patch_question(monkeypatch, QMessageBox.StandardButton.Yes)
    key = sessions.autosave_key(family_uid=fam.uid)
    editor = SessionEditor(store, fam.uid, autosave_ms=30)
    qtbot.addWidget(editor)
    assert asked == []  # nothing kept yet
    qtbot.keyClicks(editor.summary_edit, "Samvær på Bøgely")
    qtbot.keyClicks(editor.notes_edit, "Mor og Frøja bagte æblekage.")
    qtbot.keyClicks(editor.assessment_edit, "Trygt samspil.")
    editor.participants_list.item(1).setCheckState(editor.participants_list.item(0).checkState())
    editor.concern_check.setChecked(True)
    qtbot.keyClicks(editor.concern_what_edit, "Frøja var bange for at tage hjem.")
    qtbot.waitUntil(
        lambda: (
            (d := autosave.load_draft(store, key)) is not None
            and d.payload["notes"] == "Mor og Frøja bagte æblekage."
            and d.payload["assessment"] == "Trygt samspil."
            and d.payload["concern_what"] == "Frøja var bange for at tage hjem."
        ),
        timeout=5000,
    )
    # The editor goes away without saving (a crash): no session was written.
    editor.deleteLater()
    qtbot.waitUntil(lambda: not editor.isVisible())
    assert sessions.count_timeline(store, fam.uid) == 0

    reopened = SessionEditor(store, fam.uid, autosave_ms=30)
    qtbot.addWidget(reopened)
    assert len(asked) == 1 and "was recovered" in asked[0]
    assert reopened.summary_edit.text() == "Samvær på Bøgely"
    assert reopened.notes_edit.toPlainText() == "Mor og Frøja bagte æblekage."
    assert reopened.assessment_edit.toPlainText() == "Trygt samspil."
    assert reopened.concern_check.isChecked()
    assert reopened.concern_what_edit.toPlainText() == "Frøja var bange for at tage hjem."
    assert reopened.has_unsaved_changes()
    assert reopened.save()
    detail = sessions.get_session(store, reopened.saved_uid)
    assert detail.notes == "Mor og Frøja bagte æblekage." and detail.concern
    assert detail.concern_what == "Frøja var bange for at tage hjem."
    # Saved for real: nothing is kept or offered any more.
    assert autosave.load_draft(store, key) is None
    again = SessionEditor(store, fam.uid, autosave_ms=30)
    qtbot.addWidget(again)
    assert len(asked) == 1 and again.notes_edit.toPlainText() == ""


def test_a_draft_being_edited_is_kept_under_its_own_key(qtbot, store, monkeypatch, switcher):  # type: ignore[no-untyped-def]
    fam = make_family(store)
    uid = sessions.create_session(
        store, fam.uid, SessionInput(kind="office", start=datetime.now(LOCAL_TZ), notes="Start")
    )
    asked = _patch_question(monkeypatch, QMessageBox.StandardButton.Yes)
    editor = SessionEditor(store, session_uid=uid, autosave_ms=30)
    qtbot.addWidget(editor)
    qtbot.keyClick(editor.notes_edit, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(editor.notes_edit, " og mere")
    key = sessions.autosave_key(session_uid=uid)
    qtbot.waitUntil(
        lambda: (
            (d := autosave.load_draft(store, key)) is not None
            and d.payload["notes"] == "Start og mere"
        ),
        timeout=5000,
    )
    editor.deleteLater()
    qtbot.waitUntil(lambda: not editor.isVisible())
    assert sessions.get_session(store, uid).notes == "Start"
    reopened = SessionEditor(store, session_uid=uid, autosave_ms=30)
    qtbot.addWidget(reopened)
    assert len(asked) == 1
    assert reopened.notes_edit.toPlainText() == "Start og mere"


def test_declined_text_is_forgotten_and_a_finalized_note_is_never_autosaved(
    qtbot, store, monkeypatch, switcher
):  # type: ignore[no-untyped-def]
    fam = make_family(store)
    key = sessions.autosave_key(family_uid=fam.uid)
    autosave.save_draft(store, key, {"notes": "Gammel tekst"}, fam.uid)
    _patch_question(monkeypatch, QMessageBox.StandardButton.No)
    editor = SessionEditor(store, fam.uid, autosave_ms=30)
    qtbot.addWidget(editor)
    assert editor.notes_edit.toPlainText() == ""
    assert autosave.load_draft(store, key) is None

    uid = sessions.create_session(
        store,
        fam.uid,
        SessionInput(kind="phone", start=datetime.now(LOCAL_TZ), notes="Låst"),
        finalize=True,
    )
    viewer = SessionEditor(store, session_uid=uid, autosave_ms=30)
    qtbot.addWidget(viewer)
    assert viewer.read_only and viewer.autosave.key is None
    assert not viewer.autosave.save_now()
