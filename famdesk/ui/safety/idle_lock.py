"""Idle lock: after N idle minutes the window hides its content and asks for the passphrase.

Nothing is destroyed: the central widget and the docks are only hidden, so
unsaved text in an editor is exactly where the worker left it after unlocking.
Every other open window (a session editor, the search window, a message box)
gets an opaque cover of its own rather than being closed: closing a dialog
would end it and lose its text, and a modal dialog would keep the main
window's cover from receiving the passphrase.
The passphrase check is given as a function (``famdesk.core.passphrase``), so
this module knows nothing about the store.

Idle time is measured on a clock (``time.monotonic`` unless one is given): a
timer looks every few seconds whether the last input is long enough ago, and
tests move a clock of their own and call ``check()`` instead of waiting.
"""

from __future__ import annotations

from collections.abc import Callable
from time import monotonic

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

# How often the idle time is looked at: the lock comes at most this much late.
CHECK_MS = 5_000

_ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}


class LockScreen(QWidget):
    """The cover shown while locked: a passphrase field and an Unlock button."""

    unlock_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lockScreen")
        self.setAutoFillBackground(True)
        self.title = QLabel()
        self.title.setObjectName("lockTitle")
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = QLabel()
        self.message.setObjectName("lockMessage")
        self.unlock_button = QPushButton()
        self.unlock_button.setDefault(True)
        box = QWidget()
        inner = QVBoxLayout(box)
        for w in (self.title, self.passphrase, self.message, self.unlock_button):
            inner.addWidget(w)
        box.setMaximumWidth(420)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(box, 0)
        layout.addStretch(2)
        self.unlock_button.clicked.connect(self._submit)
        self.passphrase.returnPressed.connect(self._submit)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("famdesk is locked. Enter your passphrase to continue."))
        self.passphrase.setPlaceholderText(self.tr("Passphrase"))
        self.unlock_button.setText(self.tr("Unlock"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _submit(self) -> None:
        self.unlock_requested.emit(self.passphrase.text())


class IdleLock(QObject):
    """Watches the application's input; locks ``window`` after ``minutes`` idle.

    ``minutes == 0`` turns the lock off. ``clock`` gives seconds (monotonic).
    """

    locked = Signal()
    unlocked = Signal()

    def __init__(
        self,
        window: QMainWindow,
        check_passphrase: Callable[[str], bool],
        minutes: float = 10,
        *,
        clock: Callable[[], float] | None = None,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._check = check_passphrase
        self._hidden: list[QWidget] = []
        self._disabled: list[QWidget] = []
        self._covers: list[LockScreen] = []
        self._silenced: list[QAction | QShortcut] = []
        self.screen = LockScreen(window)
        self.screen.hide()
        self.screen.unlock_requested.connect(self.try_unlock)
        self._clock = clock or monotonic
        self._idle_after = 0.0  # seconds; 0: never
        self._last_input = self._clock()
        self._ticker = QTimer(self)
        self._ticker.setInterval(CHECK_MS)
        self._ticker.timeout.connect(self.check)
        self.set_interval(minutes)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        window.installEventFilter(self)

    def _live_covers(self) -> list[LockScreen]:
        """Covers whose window still exists (a dialog may close while locked)."""
        self._covers = [c for c in self._covers if shiboken6.isValid(c)]
        return self._covers

    @property
    def is_locked(self) -> bool:
        return self.screen.isVisible() or bool(self._hidden)

    def set_interval(self, minutes: float) -> None:
        """Lock after ``minutes`` without input from now on (0: never)."""
        self._idle_after = max(0.0, minutes * 60)
        self._last_input = self._clock()
        if self._idle_after:
            self._ticker.start()
        else:
            self._ticker.stop()

    def check(self) -> bool:
        """Lock if the last input is ``minutes`` ago or more; True while locked."""
        idle = self._clock() - self._last_input
        if self._idle_after and not self.is_locked and idle >= self._idle_after:
            self.lock()
        return self.is_locked

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.Resize and self.is_locked:
            if watched is self._window:
                self.screen.setGeometry(self._window.rect())
            for cover in self._live_covers():
                parent = cover.parentWidget()
                if watched is parent:
                    cover.setGeometry(parent.rect())
        elif event.type() in _ACTIVITY and not self.is_locked:
            self._last_input = self._clock()  # the idle time starts again
        return False

    def lock(self) -> None:
        """Hide everything with case data on it; keep it alive for after the unlock."""
        if self.is_locked:
            return
        w = self._window
        candidates: list[QWidget] = []
        central = w.centralWidget()
        if central is not None:
            candidates.append(central)
        candidates += w.findChildren(QDockWidget)
        self._hidden = [c for c in candidates if c.isVisible()]
        for c in self._hidden:
            c.hide()
        bars: list[QWidget] = [w.menuBar(), *w.findChildren(QToolBar)]
        self._disabled = [b for b in bars if b.isEnabled()]
        for b in self._disabled:
            b.setEnabled(False)
        # Keyboard shortcuts outlive a disabled menu bar: Ctrl+Shift+F would
        # still open the note search over the lock. Silence every action and
        # shortcut of every window until the unlock.
        self._silenced = []
        for top in [w, *QApplication.topLevelWidgets()]:
            found: list[QAction | QShortcut] = [
                *top.findChildren(QAction),
                *top.findChildren(QShortcut),
            ]
            for obj in found:
                if obj.isEnabled() and obj not in self._silenced:
                    obj.setEnabled(False)
                    self._silenced.append(obj)
        self.screen.passphrase.clear()
        self.screen.message.clear()
        self.screen.setGeometry(w.rect())
        self.screen.show()
        self.screen.raise_()
        focus: LockScreen = self.screen
        active_modal = QApplication.activeModalWidget()
        for top in QApplication.topLevelWidgets():
            if top is w or not top.isVisible():
                continue
            if top.windowType() in (Qt.WindowType.Popup, Qt.WindowType.ToolTip):
                top.hide()  # menus and tooltips simply go away
                continue
            # Tab must not wander into the fields under the cover: switch the
            # window's own widgets off (not hidden, so nothing is lost).
            direct = Qt.FindChildOption.FindDirectChildrenOnly
            for child in top.findChildren(QWidget, options=direct):
                if child.isEnabled() and not isinstance(child, LockScreen):
                    child.setEnabled(False)
                    self._disabled.append(child)
            cover = LockScreen(top)
            cover.unlock_requested.connect(self.try_unlock)
            cover.setGeometry(top.rect())
            cover.show()
            cover.raise_()
            top.installEventFilter(self)
            self._covers.append(cover)
            if top is active_modal:
                focus = cover  # only the top modal window takes input
        focus.passphrase.setFocus()
        self.locked.emit()

    def try_unlock(self, passphrase: str) -> bool:
        if not self._check(passphrase):
            for screen in (self.screen, *self._covers):
                screen.passphrase.clear()
                screen.message.setText(self.tr("Wrong passphrase. Try again."))
            return False
        self.screen.passphrase.clear()
        self.screen.hide()
        for cover in self._live_covers():
            parent = cover.parentWidget()
            if parent is not None:
                parent.removeEventFilter(self)
            cover.hide()
            cover.deleteLater()
        self._covers = []
        for c in self._hidden:
            c.show()
        for b in self._disabled:
            if shiboken6.isValid(b):
                b.setEnabled(True)
        for obj in self._silenced:
            if shiboken6.isValid(obj):
                obj.setEnabled(True)
        self._silenced = []
        self._hidden, self._disabled = [], []
        self._last_input = self._clock()
        self.unlocked.emit()
        return True
