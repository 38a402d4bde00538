"""A concern for the child: what it is, the duty to notify, who was told, when and how."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox, QScrollArea

from famdesk.core import deadlines, sessions, words
from famdesk.core.sessions import LOCAL_TZ, SessionInput
from famdesk.ui.sessions.concern_dialog import ConcernNoticeDialog
from famdesk.ui.sessions.session_editor import SessionEditor
from tests.core.session_fixtures import make_family

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture(autouse=True)
def _discard_on_close(monkeypatch):  # type: ignore[no-untyped-def]
    """Closing an unsaved note at the end of a test throws it away rather than ask."""
    discard = QMessageBox.StandardButton.Discard
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *_a: discard))


def _editor(qtbot, store, **kw):  # type: ignore[no-untyped-def]
    editor = SessionEditor(store, autosave_ms=60000, **kw)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    return editor


def _click(qtbot, editor: SessionEditor, widget) -> None:  # type: ignore[no-untyped-def]
    """Scroll the form to ``widget`` and click it, as a worker would."""
    editor.findChild(QScrollArea).ensureWidgetVisible(widget)
    # On its left: a check box only takes clicks on its box and its words.
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=QPoint(10, widget.height() // 2))


def _told(editor: SessionEditor) -> str:
    return editor.told_label.text()


def test_ticking_a_concern_asks_what_it_is_and_records_who_was_told(
    qtbot, store, monkeypatch, switcher
):  # type: ignore[no-untyped-def]
    fam = make_family(store)
    editor = _editor(qtbot, store, family_uid=fam.uid)
    qtbot.keyClicks(editor.summary_edit, "Hjemmebesøg efter skole")
    term = words.label("term", "concern", "en")
    assert editor.concern_check.text() == "&" + term and editor.concern_box.isHidden()

    # Ticked: the box opens with the duty to notify, and asks what the concern is about.
    _click(qtbot, editor, editor.concern_check)
    assert editor.concern_box.isVisible()
    assert editor.concern_duty.text() == words.text("concern.duty", "en")
    assert "Barnets lov § 133" in editor.concern_duty.text()
    assert QApplication.focusWidget() is editor.concern_what_edit
    assert _told(editor) == "Nobody is recorded as told yet."
    # Saving without saying what is refused next to the field.
    qtbot.keyClick(editor.summary_edit, Qt.Key.Key_Return, CTRL)
    assert editor.isVisible() and editor.saved_uid is None
    assert editor.concern_error.isVisible()
    assert editor.concern_error.text() == "This field is required."
    qtbot.keyClicks(editor.concern_what_edit, "Frøja havde et blåt mærke på armen.")
    assert editor.concern_error.isHidden()

    # Who was told: a collaborator of the family is offered; a day before the session is refused.
    start = editor.start_edit.value()

    def tell(dialog: ConcernNoticeDialog) -> int:
        dialog.show()
        offered = [dialog.who_combo.itemText(i) for i in range(dialog.who_combo.count())]
        assert offered == ["Åse Lærke (lærer, Skovgård Skole)"]
        assert dialog.duty.text() == words.text("concern.duty", "en")
        qtbot.keyClicks(dialog.who_combo.lineEdit(), "Jonas Sagsbehandler")
        dialog.how_combo.setCurrentIndex(dialog.how_combo.findText("By phone"))
        dialog.when_edit.set_value(start - timedelta(days=1))
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.click()
        assert dialog.result() == 0 and dialog.when_error.isVisible()
        assert dialog.when_error.text().startswith("Must not be before the start date")
        dialog.when_edit.set_value(start)
        ok.click()
        return dialog.result()

    monkeypatch.setattr(ConcernNoticeDialog, "exec", tell)
    _click(qtbot, editor, editor.tell_button)
    when = f"{start:%d-%m-%Y %H:%M}"
    assert _told(editor) == f"Jonas Sagsbehandler · {when} · By phone  (saved with the note)"
    assert editor.has_unsaved_changes()

    with qtbot.waitSignal(editor.sessionSaved) as saved:
        qtbot.keyClick(editor.summary_edit, Qt.Key.Key_Return, CTRL)
    detail = sessions.get_session(store, saved.args[0])
    assert detail.concern and detail.concern_what == "Frøja havde et blåt mærke på armen."
    assert [(n.who, n.how) for n in detail.concern_notices] == [("Jonas Sagsbehandler", "By phone")]
    # Told: the dashboard no longer lists it as a concern nobody was told of.
    today = datetime.now(LOCAL_TZ).date()
    assert [d.target.uid for d in deadlines.caseload(store, today).open_concerns] == []


def test_a_finalized_note_takes_who_was_told_afterwards_and_keeps_the_concern(
    qtbot, store, monkeypatch, switcher
):  # type: ignore[no-untyped-def]
    fam = make_family(store)
    start = datetime.now(LOCAL_TZ).replace(second=0, microsecond=0) - timedelta(days=1)
    data = SessionInput(
        "home-visit", start, summary="Besøg", concern=True, concern_what="Mor var fuld."
    )
    uid = sessions.create_session(store, fam.uid, data, finalize=True)
    today = datetime.now(LOCAL_TZ).date()
    assert [d.target.uid for d in deadlines.caseload(store, today).open_concerns] == [uid]

    editor = _editor(qtbot, store, session_uid=uid)
    assert editor.read_only and editor.concern_box.isVisible()
    assert editor.concern_what_edit.isReadOnly()
    assert editor.concern_what_edit.toPlainText() == "Mor var fuld."
    assert editor.tell_button.isEnabled() and not editor.concern_check.isEnabled()

    def tell(dialog: ConcernNoticeDialog) -> int:
        dialog.show()
        qtbot.keyClicks(dialog.who_combo.lineEdit(), "Leder Birthe")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        return dialog.result()

    monkeypatch.setattr(ConcernNoticeDialog, "exec", tell)
    with qtbot.waitSignal(editor.sessionSaved):
        _click(qtbot, editor, editor.tell_button)
    assert _told(editor).startswith("Leder Birthe · ")
    assert "(saved with the note)" not in _told(editor)
    assert [n.who for n in sessions.get_session(store, uid).concern_notices] == ["Leder Birthe"]
    assert deadlines.caseload(store, today).open_concerns == []
    # Someone was told: the concern can no longer be unticked, and says why.
    draft = sessions.create_session(store, fam.uid, data, told=[_notice(start)])
    reopened = _editor(qtbot, store, session_uid=draft)
    assert not reopened.concern_check.isEnabled()
    assert reopened.concern_check.toolTip() == words.sentence("session.concern.told", "en")


def _notice(start: datetime) -> sessions.ConcernNoticeInput:
    return sessions.ConcernNoticeInput("Jonas Sagsbehandler", start + timedelta(hours=1), "")


def test_the_concern_speaks_danish(qtbot, store, switcher):  # type: ignore[no-untyped-def]
    switcher.apply("da")
    fam = make_family(store)
    editor = _editor(qtbot, store, family_uid=fam.uid)
    editor.concern_check.setChecked(True)
    assert editor.concern_check.text() == "&" + words.label("term", "concern", "da")
    assert "underretningspligt" in editor.concern_duty.text()
    assert editor.tell_button.text() == "&Registrér orientering…"
    assert _told(editor) == "Ingen er registreret som orienteret endnu."
    dialog = editor.notice_dialog()
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Registrér, hvem der er orienteret"


@pytest.mark.parametrize("lang", ["da", "en"])
def test_screen_and_session_log_remind_of_the_duty_in_one_wording(lang: str) -> None:
    duty = words.text("concern.duty", lang)
    assert words.text("log.concern_not_told", lang).endswith(" " + duty)
