"""The Sessions menu: note search, the agenda and unfinished notes.

``install_session_tools(host)`` adds a Sessions menu with "Search notes…"
(Ctrl+Shift+F), "Agenda…" (Ctrl+Shift+A) and "Unfinished notes…"
(Ctrl+Shift+U), and a status-bar hint with the number of stale drafts
(notatpligt: write soon), which opens the list when clicked. Opening a hit
or a draft asks the window to open the session (its family, the Sessions tab,
the editor); opening an agenda item shows the family.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMenu, QStyle, QWidget

from famdesk.core.deadlines import overdue_note_count
from famdesk.core.sessions import STALE_DRAFT_DAYS
from famdesk.core.storage import Store
from famdesk.ui.sessions.agenda_window import AgendaWindow
from famdesk.ui.sessions.drafts_window import DraftsWindow
from famdesk.ui.sessions.search_window import SearchWindow
from famdesk.ui.shell.host import WindowHost
from famdesk.ui.shell.workers import Task, run_task

#: How often the stale-drafts hint is brought up to date while the window is open.
DRAFTS_CHECK_MS = 10 * 60 * 1000


def install_session_tools(host: WindowHost) -> SessionTools:
    """Give the window note search, the agenda and the drafts overview."""
    return SessionTools(host)


def session_tools(window: QWidget) -> SessionTools | None:
    """The tools installed on ``window`` (tests look them up)."""
    return window.findChild(SessionTools, "sessionTools")


class SessionTools(QObject):
    """Lives as a child of the main window; its windows are created on first use."""

    def __init__(self, host: WindowHost) -> None:
        window = host.window_widget()
        super().__init__(window)
        self.setObjectName("sessionTools")
        self.host = host
        self.window = window
        self.search_window: SearchWindow | None = None
        self.agenda_window: AgendaWindow | None = None
        self.drafts_window: DraftsWindow | None = None
        self.stale_drafts = 0
        self._task: Task | None = None

        self.search_action = QAction(window)
        self.search_action.setObjectName("searchNotesAction")
        self.search_action.setShortcut(QKeySequence("Ctrl+Shift+F"))
        self.search_action.triggered.connect(self.open_search)
        self.agenda_action = QAction(window)
        self.agenda_action.setObjectName("agendaAction")
        self.agenda_action.setShortcut(QKeySequence("Ctrl+Shift+A"))
        self.agenda_action.triggered.connect(self.open_agenda)
        self.drafts_action = QAction(window)
        self.drafts_action.setObjectName("draftsAction")
        self.drafts_action.setShortcut(QKeySequence("Ctrl+Shift+U"))
        self.drafts_action.triggered.connect(self.open_drafts)
        for action in (self.search_action, self.agenda_action, self.drafts_action):
            window.addAction(action)  # the shortcuts work with the menu closed

        # A Sessions menu before Tools; the Sessions tab may add "Log session" to it.
        self.menu = QMenu(window.menuBar())
        self.menu.setObjectName("sessionsMenu")
        self.menu.addActions([self.search_action, self.agenda_action, self.drafts_action])
        host.add_menu(self.menu)
        style = window.style()
        self.search_action.setIcon(
            style.standardIcon(QStyle.StandardPixmap.SP_FileDialogDetailedView)
        )
        self.agenda_action.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_FileDialogListView))
        host.add_toolbar_action(self.search_action)
        host.add_toolbar_action(self.agenda_action)

        self.hint = QLabel()
        self.hint.setObjectName("staleDraftsHint")
        self.hint.setTextFormat(Qt.TextFormat.RichText)
        self.hint.linkActivated.connect(lambda _link: self.open_drafts())
        self.hint.hide()
        host.add_status_widget(self.hint)

        self.timer = QTimer(self)
        self.timer.setInterval(DRAFTS_CHECK_MS)
        self.timer.timeout.connect(self.check_drafts)
        self.timer.start()
        host.when_family_changed(lambda _uid: self._update_search_scope())
        window.installEventFilter(self)
        self.retranslate_ui()
        self.check_drafts()

    @property
    def store(self) -> Store:
        return self.host.store

    def retranslate_ui(self) -> None:
        self.menu.setTitle(self.tr("&Sessions"))
        self.search_action.setText(self.tr("&Search notes…"))
        self.agenda_action.setText(self.tr("&Agenda…"))
        self.drafts_action.setText(self.tr("&Unfinished notes…"))
        self._show_hint()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is self.window:
            if event.type() == QEvent.Type.LanguageChange:
                self.retranslate_ui()
            elif event.type() == QEvent.Type.WindowActivate:
                self.check_drafts()  # a note may have been finalized meanwhile
        return False

    # --- the stale-drafts hint ------------------------------------------------------------

    def check_drafts(self) -> Task | None:
        """Count stale drafts on the thread pool; the hint follows when it is done."""
        if self._task is not None and not self._task.done:
            return self._task
        self._task = run_task(
            overdue_note_count,
            self.store,
            date.today(),
            on_finished=self.set_stale_count,
            on_failed=lambda _message: None,  # a hint only: the drafts window tells errors
        )
        return self._task

    def set_stale_count(self, count: int) -> None:
        self.stale_drafts = count
        self._show_hint()

    def _show_hint(self) -> None:
        if not self.stale_drafts:
            self.hint.hide()
            return
        text = self.tr("%n unfinished note(s) older than %1 days", "", self.stale_drafts).replace(
            "%1", str(STALE_DRAFT_DAYS)
        )
        self.hint.setText(f'⚠ <a href="drafts">{text}</a>')
        self.hint.setToolTip(self.tr("Show the unfinished notes (Ctrl+Shift+U)"))
        self.hint.show()

    # --- the windows ------------------------------------------------------------------------

    def _present(self, widget: QWidget) -> None:
        widget.show()
        widget.raise_()
        widget.activateWindow()

    def _current_family(self) -> tuple[str | None, str]:
        return self.host.current_family_uid(), self.host.current_family_reference()

    def _update_search_scope(self) -> None:
        if self.search_window is not None:
            self.search_window.set_current_family(*self._current_family())

    def open_search(self) -> SearchWindow:
        if self.search_window is None:
            self.search_window = SearchWindow(self.store, self.window)
            self.search_window.openRequested.connect(self.open_session)
        self.search_window.set_current_family(*self._current_family())
        self._present(self.search_window)
        self.search_window.focus_query()
        return self.search_window

    def open_agenda(self) -> AgendaWindow:
        if self.agenda_window is None:
            self.agenda_window = AgendaWindow(self.store, parent=self.window)
            self.agenda_window.openFamily.connect(self.open_family)
        else:
            self.agenda_window.refresh()
        self._present(self.agenda_window)
        return self.agenda_window

    def open_drafts(self) -> DraftsWindow:
        if self.drafts_window is None:
            self.drafts_window = DraftsWindow(self.store, parent=self.window)
            self.drafts_window.openRequested.connect(self.open_session)
            self.drafts_window.staleCount.connect(self.set_stale_count)
            self.set_stale_count(self.drafts_window.stale_count())
        else:
            self.drafts_window.refresh()
        self._present(self.drafts_window)
        return self.drafts_window

    # --- opening a family or a session ---------------------------------------------------------

    def open_family(self, family_uid: str) -> bool:
        """Show the family in the main window (clearing a list filter that hides it)."""
        return self.host.reveal_family(family_uid)

    def open_session(self, session_uid: str, family_uid: str) -> bool:
        """Show the family's Sessions tab with the session open in its editor."""
        return self.host.open_session(session_uid, family_uid)
