"""Idle lock: content hidden (not destroyed) after idling; the passphrase brings it back."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget, QMainWindow, QTextEdit
from pytestqt.qtbot import QtBot

from famdesk.ui.safety.idle_lock import IdleLock

SECRET = "correct horse battery staple"


class Clock:
    """Seconds that pass only when the test says so."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, minutes: float) -> None:
        self.now += minutes * 60


def _window(qtbot: QtBot) -> tuple[QMainWindow, QTextEdit, QDockWidget]:
    w = QMainWindow()
    editor = QTextEdit()
    w.setCentralWidget(editor)
    dock = QDockWidget("Families")
    dock.setWidget(QTextEdit("Familien Fiktiv"))
    w.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, dock)
    qtbot.addWidget(w)
    w.resize(700, 500)
    w.show()
    qtbot.waitExposed(w)
    return w, editor, dock


def test_locks_after_idling_and_unsaved_text_survives_the_unlock(qtbot: QtBot) -> None:
    w, editor, dock = _window(qtbot)
    editor.setPlainText("Halvskrevet notat fra hjemmebesøget")
    clock = Clock()
    lock = IdleLock(w, lambda p: p == SECRET, minutes=10, clock=clock)
    clock.advance(9.9)
    assert not lock.check()
    assert editor.isVisible()
    clock.advance(0.1)
    with qtbot.waitSignal(lock.locked, timeout=3000):
        assert lock.check()
    assert lock.is_locked
    assert not editor.isVisible() and not dock.isVisible()
    assert lock.screen.isVisible()
    assert not w.menuBar().isEnabled()
    # A wrong passphrase keeps it locked.
    qtbot.keyClicks(lock.screen.passphrase, "guess")
    qtbot.keyClick(lock.screen.passphrase, Qt.Key.Key_Return)
    assert lock.is_locked and lock.screen.message.text()
    assert lock.screen.passphrase.text() == ""
    with qtbot.waitSignal(lock.unlocked, timeout=3000):
        qtbot.keyClicks(lock.screen.passphrase, SECRET)
        qtbot.keyClick(lock.screen.passphrase, Qt.Key.Key_Return)
    assert not lock.is_locked
    assert editor.isVisible() and dock.isVisible() and w.menuBar().isEnabled()
    assert editor.toPlainText() == "Halvskrevet notat fra hjemmebesøget"


def test_activity_postpones_the_lock(qtbot: QtBot) -> None:
    w, editor, _ = _window(qtbot)
    clock = Clock()
    lock = IdleLock(w, lambda p: p == SECRET, minutes=10, clock=clock)
    for _ in range(5):  # typing every 8 minutes for 40 minutes
        clock.advance(8)
        qtbot.keyClick(editor, Qt.Key.Key_A)
        assert not lock.check()
    clock.advance(9)
    assert not lock.check()
    clock.advance(1)  # ten minutes after the last key
    assert lock.check()


def test_zero_minutes_never_locks(qtbot: QtBot) -> None:
    w, _, _ = _window(qtbot)
    clock = Clock()
    lock = IdleLock(w, lambda p: True, minutes=0, clock=clock)
    clock.advance(24 * 60)
    assert not lock.check()
    lock.set_interval(5)
    clock.advance(5)
    assert lock.check()


def test_open_dialogs_are_covered_not_closed_and_take_the_passphrase(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QDialog, QLineEdit, QVBoxLayout

    w, _editor, _dock = _window(qtbot)
    note = QDialog(w)
    note.setWindowModality(Qt.WindowModality.WindowModal)  # like the session editor
    field = QLineEdit("Barnet fortalte om børnehaven")
    QVBoxLayout(note).addWidget(field)
    note.open()
    qtbot.waitExposed(note)
    lock = IdleLock(w, lambda p: p == SECRET, minutes=10, clock=Clock())
    lock.lock()
    assert lock.is_locked
    assert note.isVisible(), "a dialog must not be closed by the lock (its text would be lost)"
    covers = [c for c in note.findChildren(type(lock.screen)) if c.isVisible()]
    assert len(covers) == 1
    cover = covers[0]
    assert cover.geometry() == note.rect()
    assert cover.autoFillBackground()
    assert not field.isEnabled(), "Tab could reach the field under the cover"
    # The modal dialog blocks the main window, so its own cover takes the passphrase.
    qtbot.keyClicks(cover.passphrase, "guess")
    qtbot.keyClick(cover.passphrase, Qt.Key.Key_Return)
    assert lock.is_locked and cover.message.text()
    with qtbot.waitSignal(lock.unlocked, timeout=3000):
        qtbot.keyClicks(cover.passphrase, SECRET)
        qtbot.keyClick(cover.passphrase, Qt.Key.Key_Return)
    assert note.isVisible() and field.text() == "Barnet fortalte om børnehaven"
    assert field.isEnabled()
    qtbot.waitUntil(lambda: not [c for c in note.findChildren(type(lock.screen)) if c.isVisible()])
