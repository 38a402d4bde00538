"""A Tools-menu entry that opens one window per main window, raised when opened again.

Caseload outcomes, placement stability and the placement-site register all
behave this way; a subclass names its window class and words its action in
``retranslate_ui`` (its own ``tr`` context, so the translations stay its own).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QWidget

from famdesk.core.storage import Store

W = TypeVar("W", bound=QWidget)


class ToolWindowLauncher(QObject, Generic[W]):
    """The action and the one window it opens; ``window_class(store, main_window)`` builds it."""

    window_class: Callable[[Store, QMainWindow], W]

    def __init__(self, window: QMainWindow, store: Store, name: str) -> None:
        super().__init__(window)
        self.setObjectName(name)
        self.main_window = window
        self.store = store
        self.window: W | None = None
        self.action = QAction(window)
        self.action.triggered.connect(self.open)
        window.installEventFilter(self)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        raise NotImplementedError

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.main_window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        return False

    def open(self) -> W:
        if self.window is None:
            self.window = self.window_class(self.store, self.main_window)
            self.window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
            self.window.destroyed.connect(lambda _o=None: setattr(self, "window", None))
        else:
            self.window.refresh()  # type: ignore[attr-defined]
        self.window.show()
        self.window.raise_()
        self.window.activateWindow()
        return self.window
