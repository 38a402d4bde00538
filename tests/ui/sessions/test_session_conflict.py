"""Two editors on one draft note: the second save is refused and told why; its text stays."""

from __future__ import annotations

from datetime import datetime, timedelta

from famdesk.core import sessions
from famdesk.core.sessions import LOCAL_TZ, SessionInput
from famdesk.ui.sessions.session_editor import SessionEditor
from tests.core.session_fixtures import make_family


def test_the_second_save_of_a_draft_is_refused_and_keeps_its_text(qtbot, store, switcher):  # type: ignore[no-untyped-def]
    fam = make_family(store)
    start = datetime.now(LOCAL_TZ) - timedelta(days=1)
    uid = sessions.create_session(
        store, fam.uid, SessionInput(kind="home-visit", start=start, summary="Besøg")
    )
    first = SessionEditor(store, fam.uid, uid, offer_restore=False)
    second = SessionEditor(store, fam.uid, uid, offer_restore=False)
    for editor in (first, second):
        qtbot.addWidget(editor)
    first.notes_edit.setPlainText("Mor fortalte om ugen.")
    assert first.save()
    second.notes_edit.setPlainText("Far kom også.")
    assert not second.save()
    said = second.error.text()
    assert "someone else saved this note" in said and "Notes" in said
    assert second.notes_edit.toPlainText() == "Far kom også."
    assert sessions.get_session(store, uid).notes == "Mor fortalte om ugen."
    # Told, the worker may put their text in place of the other's.
    assert second.save()
    assert sessions.get_session(store, uid).notes == "Far kom også."
