"""What a feature may ask of the main window, and nothing more.

Features (session tools, safety, caseload outcomes, Log session) install
themselves with ``install_…(host: WindowHost)``. They never see the main
window's widgets (its list, its model, its tab indexes): they ask it to show a
family, open a session, take a menu, an action or a status widget. The main
window is the one implementation; this module imports no feature and no
window, so a feature that imports it can never close an import cycle.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu, QToolBar, QWidget

from famdesk.core.storage import Store


class WindowHost(Protocol):
    """The main window as a feature sees it."""

    @property
    def store(self) -> Store:
        """The open store (the same object for the window's lifetime, even across a restore)."""
        ...

    def window_widget(self) -> QMainWindow:
        """The window itself: the parent of a feature's dialogs and the target of its filters."""
        ...

    # --- the family on screen --------------------------------------------------------------

    def current_family_uid(self) -> str | None:
        """The family shown on the right, if any."""
        ...

    def current_family_reference(self) -> str:
        """The reference of the family shown ("" when none is)."""
        ...

    def reveal_family(self, family_uid: str) -> bool:
        """Show the family (clearing a list filter that hides it) and raise the window."""
        ...

    def open_session(self, session_uid: str, family_uid: str) -> bool:
        """Show the family's Sessions tab with the session selected and open in its editor."""
        ...

    def open_plan(self, plan_uid: str, family_uid: str) -> bool:
        """Show the family's Plans tab with the plan selected."""
        ...

    def show_start_view(self) -> bool:
        """Leave the family on screen (asking about unsaved changes) for the start view."""
        ...

    def session_saved(self, family_uid: str, session_uid: str) -> None:
        """A session was saved elsewhere: the Sessions tab on screen shows it."""
        ...

    def confirm_leave_family(self) -> bool:
        """Ask about unsaved changes; True when it is all right to move on."""
        ...

    def reload_families(self) -> None:
        """Show no family and read the list again (after the store's content was replaced)."""
        ...

    def when_family_changed(self, slot: Callable[[str | None], object]) -> None:
        """Call ``slot(uid)`` whenever another family (or none) is shown."""
        ...

    def when_closing(self, slot: Callable[[], object]) -> None:
        """Call ``slot()`` when the window closes, after unsaved changes are settled."""
        ...

    # --- places to put things ----------------------------------------------------------------

    def add_menu(self, menu: QMenu) -> None:
        """A menu of its own in the menu bar, before Tools."""
        ...

    def add_file_action(self, action: QAction) -> None:
        """An action in the File menu, right after New family."""
        ...

    def add_tool_action(self, action: QAction, *, separated: bool = False) -> None:
        """An action in the Tools menu (after a separator when ``separated``)."""
        ...

    def set_start_view(self, widget: QWidget) -> None:
        """The widget on the right while no family is shown (the worker's dashboard)."""
        ...

    def add_view_action(self, action: QAction) -> None:
        """An action in the View menu, above Language."""
        ...

    def add_toolbar_action(self, action: QAction) -> None:
        """An everyday command on the main toolbar, between Save and Print."""
        ...

    def add_status_widget(self, widget: QWidget) -> None:
        """A permanent widget at the right of the status bar."""
        ...

    def add_banner(self, banner: QToolBar) -> None:
        """A strip across the top of the window, below the main toolbar."""
        ...

    def show_message(self, text: str, timeout_ms: int) -> None:
        """A passing message in the status bar."""
        ...
