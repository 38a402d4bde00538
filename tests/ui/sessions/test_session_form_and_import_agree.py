"""The session editor refuses what ``famdesk import`` refuses, for the same reason.

For each session rule of tests/refusals.py, the worker logs a session in the
real editor and types the rule's bad value; the editor keeps the session
unsaved and shows the catalogue's sentence for core's code. ``famdesk import``
of a file holding the same value exits 2 with its JSON path and the sentence
for the same code.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from famdesk.core import sessions
from famdesk.ui.sessions.session_editor import SessionEditor
from famdesk.ui.sessions.sessions_tab import SessionsTab
from tests.core.session_fixtures import make_family
from tests.refusals import assert_import_refuses, refusal, refusals_for

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def editor(qtbot: Any, store: Any, switcher: Any) -> SessionEditor:
    """A new session in the editor, opened from the Sessions tab as Log session does."""
    fam = make_family(store)
    tab = SessionsTab(store, autosave_ms=600_000)
    qtbot.addWidget(tab)
    tab.set_family(fam.uid)
    tab.show()
    qtbot.waitExposed(tab)
    opened = tab.log_session()
    assert opened is not None
    qtbot.waitExposed(opened)
    opened.activateWindow()
    qtbot.waitUntil(opened.isActiveWindow)
    qtbot.keyClicks(opened.summary_edit, "Hjemmebesøg")
    return opened


def _nothing_saved(store: Any, editor: SessionEditor) -> None:
    assert editor.isVisible() and editor.saved_uid is None
    assert sessions.list_drafts(store, editor.start_edit.value().date(), editor.family_uid) == []


def test_every_session_rule_is_typed_into_the_editor() -> None:
    """A rule the table gives this form needs its test below."""
    assert {r.name for r in refusals_for("session")} == {
        "finalized planned session",
        "session in year 9999",
        "an oversized session note",
    }


def test_a_planned_session_is_not_finalized_by_the_editor_nor_by_import(
    qtbot: Any, store: Any, editor: SessionEditor, tmp_path: Path
) -> None:
    rule = refusal("finalized planned session")
    editor.status_combo.setFocus()
    qtbot.keyClicks(editor.status_combo, "Planned")
    assert editor.status_combo.currentData() == "planned"
    # The button is off and says why; the shortcut says so under the form.
    assert not editor.finalize_button.isEnabled()
    assert editor.finalize_button.toolTip() == rule.form_sentence()
    qtbot.keyClick(editor.summary_edit, Qt.Key.Key_F, CTRL_SHIFT)
    assert editor.error.text() == rule.form_sentence()
    _nothing_saved(store, editor)
    assert_import_refuses(rule, tmp_path)


def test_a_session_in_year_9999_is_refused_by_the_editor_and_by_import(
    qtbot: Any, store: Any, editor: SessionEditor, tmp_path: Path
) -> None:
    rule = refusal("session in year 9999")
    editor.start_edit.selectAll()
    qtbot.keyClicks(editor.start_edit, "1.6.9999 10.00")  # as a worker types a date
    assert editor.start_edit.value().year == 9999
    qtbot.mouseClick(editor.save_button, LEFT)
    assert editor.error.text() == f"Not saved: {rule.form_sentence()}"
    _nothing_saved(store, editor)
    assert_import_refuses(rule, tmp_path)


def test_an_oversized_note_is_refused_by_the_editor_and_by_import(
    qtbot: Any, store: Any, editor: SessionEditor, tmp_path: Path
) -> None:
    rule = refusal("an oversized session note")
    QApplication.clipboard().setText("n" * rule.params["length"])
    editor.notes_edit.setFocus()
    qtbot.keyClick(editor.notes_edit, Qt.Key.Key_V, CTRL)  # pasted from elsewhere
    assert len(editor.notes_edit.toPlainText()) == rule.params["length"]
    qtbot.mouseClick(editor.save_button, LEFT)
    assert editor.error.text() == f"Not saved: {rule.form_sentence()}"
    _nothing_saved(store, editor)
    assert_import_refuses(rule, tmp_path)
