"""Recording børnesamtaler on a child, driven as a worker does: Members → Child conversations."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from famdesk.core import child_voice
from famdesk.core.dates import format_date
from famdesk.ui.families.conversation_dialog import ConversationDialog
from famdesk.ui.families.conversations_window import ConversationsWindow
from famdesk.ui.families.members_panel import MembersPanel
from tests.core.plan_fixtures import make_family
from tests.ui.families.test_family_view import drive_dialogs

TODAY = date.today()


def _select(panel: MembersPanel, uid: str) -> None:
    row = panel.model.row_of(uid)
    assert row is not None
    panel.table.selectRow(row)


def _save(qtbot, dialog: ConversationDialog) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )


def _type_date(qtbot, dialog: ConversationDialog, day: date) -> None:  # type: ignore[no-untyped-def]
    dialog.date.clear()
    qtbot.keyClicks(dialog.date, format_date(day))


def test_a_worker_records_a_conversation_and_a_declined_one_on_the_child(
    qtbot, store, monkeypatch, switcher
):  # type: ignore[no-untyped-def]
    ids = make_family(store)
    panel = MembersPanel(store)
    qtbot.addWidget(panel)
    panel.show()
    panel.set_family(ids.family)
    # Only a child has conversations: the button follows the selection.
    _select(panel, ids.mother)
    assert not panel.conversations_button.isEnabled()
    _select(panel, ids.child)
    assert panel.conversations_button.isEnabled()
    assert panel.conversations_button.text() == "Child &conversations…"

    held_on, declined_on = TODAY - timedelta(days=20), TODAY - timedelta(days=5)
    seen: dict[str, object] = {}

    def held(d: ConversationDialog) -> None:
        seen["title"] = d.windowTitle()
        assert d.date.text() == format_date(TODAY)  # today, unless typed
        _type_date(qtbot, d, held_on)
        qtbot.keyClicks(d.present, "Alma, Lene (familiebehandler)")
        qtbot.keyClicks(d.support_person, "Mormor Inger")
        qtbot.keyClicks(d.child_own_words, "Jeg savner min hund.")
        qtbot.keyClicks(d.summary, "Alma talte mest om skolen.")
        _save(qtbot, d)

    def declined(d: ConversationDialog) -> None:
        _type_date(qtbot, d, declined_on)
        qtbot.keyClicks(d.present, "Alma, mor")
        qtbot.keyClicks(d.child_own_words, "Gider ikke.")
        d.declined.setFocus()
        qtbot.keyClick(d.declined, Qt.Key.Key_Space)  # ticked from the keyboard
        assert d.declined.isChecked()
        seen["declined_hint"] = d.words_hint.text()
        # Declined, with words in the child's box: core refuses, nothing is saved.
        _save(qtbot, d)
        seen["refused"] = d.controller.error_text("child_own_words")
        assert d.isVisible()
        d.child_own_words.selectAll()
        qtbot.keyClick(d.child_own_words, Qt.Key.Key_Delete)
        qtbot.keyClicks(d.summary, "Alma sagde 'gider ikke' og ville hellere lege.")
        _save(qtbot, d)

    forms = drive_dialogs(monkeypatch, ConversationDialog, held, declined)

    def use_window(w: ConversationsWindow) -> int:
        w.show()
        seen["before"] = w.status.text()
        assert w.empty.isVisible() and not w.table.isVisible()
        qtbot.mouseClick(w.add_button, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(w.add_button, Qt.MouseButton.LeftButton)
        seen["rows"] = [
            [w.model.index(r, c).data() for c in range(w.model.columnCount())]
            for r in range(w.model.rowCount())
        ]
        seen["after"] = w.status.text()
        # The chosen conversation's words and summary, each in its own box.
        w.table.selectRow(1)
        seen["chosen"] = (w.words_view.toPlainText(), w.summary_view.toPlainText())
        w.hide()
        return 0

    monkeypatch.setattr(ConversationsWindow, "exec", use_window)
    qtbot.mouseClick(panel.conversations_button, Qt.MouseButton.LeftButton)

    assert len(forms) == 2
    assert seen["title"] == "New conversation with Alma Kowalski"
    assert seen["declined_hint"] == (
        "The child declined to speak: there are no own words to write here. "
        "Say what happened in your summary."
    )
    assert seen["refused"] == "The child declined to speak, so there are no own words to record."
    assert seen["before"] == "No conversation with the child is recorded."
    assert seen["rows"] == [
        [format_date(declined_on), "Declined to speak", "", "Alma, mor"],
        [format_date(held_on), "Held", "Mormor Inger", "Alma, Lene (familiebehandler)"],
    ]
    assert seen["chosen"] == ("Jeg savner min hund.", "Alma talte mest om skolen.")
    assert seen["after"] == (
        "Heard in the last three months: the latest conversation was on "
        f"{format_date(declined_on)}."
    )
    stored = child_voice.list_conversations(store, ids.child)
    assert [(c.date, c.declined, c.child_own_words, c.summary) for c in stored] == [
        (declined_on, True, "", "Alma sagde 'gider ikke' og ville hellere lege."),
        (held_on, False, "Jeg savner min hund.", "Alma talte mest om skolen."),
    ]


def test_open_edit_and_delete_a_conversation_in_danish(qtbot, store, monkeypatch, switcher):  # type: ignore[no-untyped-def]
    switcher.apply("da")
    ids = make_family(store)
    long_ago = TODAY - timedelta(days=200)
    uid = child_voice.add_conversation(
        store,
        ids.child,
        child_voice.ConversationData(long_ago, child_own_words="Det er fint hos mormor."),
    )
    window = ConversationsWindow(store, ids.child, "Alma Kowalski")
    qtbot.addWidget(window)
    window.show()
    assert window.windowTitle() == "Børnesamtaler"
    assert window.status.text() == (
        f"Ingen samtale de seneste tre måneder: den seneste var {format_date(long_ago)}. "
        "Tal med barnet før den næste afgørelse."
    )

    def edit(d: ConversationDialog) -> None:
        assert d.windowTitle() == "Børnesamtale med Alma Kowalski"
        assert d.child_own_words.toPlainText() == "Det er fint hos mormor."
        qtbot.keyClicks(d.summary, "Rolig samtale.")
        _save(qtbot, d)

    drive_dialogs(monkeypatch, ConversationDialog, edit)
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_Return)
    assert child_voice.get_conversation(store, uid).summary == "Rolig samtale."

    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(window.remove_button, Qt.MouseButton.LeftButton)
    assert child_voice.list_conversations(store, ids.child) == []
    assert window.empty.isVisible()


def test_deleting_a_child_says_that_its_conversations_go_too(
    qtbot, store, monkeypatch, switcher
):  # type: ignore[no-untyped-def]
    ids = make_family(store)
    for days in (40, 10):
        child_voice.add_conversation(
            store,
            ids.child,
            child_voice.ConversationData(TODAY - timedelta(days=days), declined=True),
        )
    panel = MembersPanel(store)
    qtbot.addWidget(panel)
    panel.show()
    panel.set_family(ids.family)
    asked: list[str] = []

    def answer(_parent, _title, text, *_a):  # type: ignore[no-untyped-def]
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", answer)
    _select(panel, ids.child)
    assert not panel.delete_member()
    _select(panel, ids.mother)
    assert not panel.delete_member()
    assert asked == [
        "Delete Alma Kowalski from the family? This cannot be undone. The child's 2 "
        "conversations (børnesamtaler) are deleted too.",
        "Delete Zoë Kowalski from the family? This cannot be undone.",
    ]
    assert len(child_voice.list_conversations(store, ids.child)) == 2
