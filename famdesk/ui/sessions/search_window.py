"""Search notes: every family's summaries, notes, assessments and addenda at once.

Search as you type: a pause of ``DEBOUNCE_MS`` starts a search on the thread
pool (``core.search.search_sessions``, which writes the search to the audit
log). At most one search runs at a time; text typed meanwhile is searched when
it finishes, and an answer to an older text is dropped. Results come a page
at a time, newest first by default (ranking by relevance costs more on a big
caseload); "More results" fetches the next page. Enter or a double-click on a
hit asks for its session to be opened (``openRequested``).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QLocale, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from famdesk.core.search import RANKED_MATCHES, SearchHit, fts_query, search_sessions
from famdesk.core.storage import Store
from famdesk.ui.common import messages
from famdesk.ui.sessions.search_model import SearchHitDelegate, SearchResultsModel
from famdesk.ui.shell.workers import Task, run_task

DEBOUNCE_MS = 250
PAGE_SIZE = 50


@dataclass(frozen=True)
class _Request:
    query: str
    family_uid: str | None
    order: str
    offset: int
    generation: int


class SearchWindow(QWidget):
    """A tool window over the store; the main window decides what "open" does."""

    #: (session_uid, family_uid) of the hit the worker chose.
    openRequested = Signal(str, str)
    #: Emitted after each answer is shown (the number of hits shown in all).
    resultsShown = Signal(int)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("searchWindow")
        self.setWindowFlag(Qt.WindowType.Window, True)
        self.store = store
        self._family_uid: str | None = None
        self._family_label = ""
        self._generation = 0
        self._running: Task | None = None
        self._pending: _Request | None = None
        self._shown: _Request | None = None
        self._has_more = False
        self._error = ""

        self.query = QLineEdit()
        self.query.setObjectName("noteQuery")
        self.query.setClearButtonEnabled(True)
        self.family_only = QCheckBox()
        self.family_only.setEnabled(False)
        self.order = QComboBox()
        self.order.addItem("", "newest")
        self.order.addItem("", "rank")

        self.model = SearchResultsModel(self)
        self.results = QListView()
        self.results.setObjectName("searchResults")
        self.results.setModel(self.model)
        self.results.setItemDelegate(SearchHitDelegate(self.results))
        self.results.setUniformItemSizes(True)
        self.results.setAlternatingRowColors(True)
        self.results.setSelectionMode(QListView.SelectionMode.SingleSelection)
        self.results.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.results.doubleClicked.connect(lambda index: self.open_row(index.row()))
        self.results.installEventFilter(self)

        self.status = QLabel()
        self.status.setObjectName("searchStatus")
        self.more_button = QPushButton()
        self.more_button.setVisible(False)
        self.more_button.clicked.connect(self.fetch_more)
        self.open_button = QPushButton()
        self.open_button.setEnabled(False)
        self.open_button.clicked.connect(lambda: self.open_row(self.results.currentIndex().row()))
        self.hint = QLabel()
        self.hint.setObjectName("searchHint")
        self.hint.setWordWrap(True)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.search_now)
        self.query.textChanged.connect(lambda _t: self._timer.start())
        self.query.returnPressed.connect(self._query_return)
        self.query.installEventFilter(self)
        self.family_only.toggled.connect(lambda _on: self.search_now())
        self.order.currentIndexChanged.connect(lambda _i: self.search_now())
        self.results.selectionModel().currentChanged.connect(
            lambda cur, _prev: self.open_button.setEnabled(cur.isValid())
        )
        close = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        close.activated.connect(self.close)

        top = QHBoxLayout()
        top.addWidget(self.query, 1)
        top.addWidget(self.order)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.more_button)
        bottom.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 14, 14, 12)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addWidget(self.family_only)
        layout.addWidget(self.results, 1)
        layout.addLayout(bottom)
        layout.addWidget(self.hint)
        self.resize(760, 620)
        self.retranslate_ui()

    # --- language -------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Search notes"))
        self.query.setPlaceholderText(
            self.tr("Words from summaries, notes, assessments, agreements and addenda")
        )
        self.order.setItemText(0, self.tr("Newest first"))
        # Relevance is ranked among the newest matches only (core.search); say so.
        self.order.setItemText(
            1,
            self.tr("Most relevant of the newest %1").replace(
                "%1", QLocale().toString(RANKED_MATCHES)
            ),
        )
        self._update_family_label()
        self.more_button.setText(self.tr("More results"))
        self.open_button.setText(self.tr("Open session"))
        self.hint.setText(
            self.tr(
                "A word finds every word that starts with it (“børne” finds “børnehave”); "
                "put words in quotes to find them together. Searches are written to the "
                "audit trail."
            )
        )
        self.model.retranslate()
        self._update_status()

    def _update_family_label(self) -> None:
        if self._family_uid:
            self.family_only.setText(
                self.tr("Only the chosen family (%1)").replace("%1", self._family_label)
            )
        else:
            self.family_only.setText(self.tr("Only the chosen family (none chosen)"))

    # --- scope ------------------------------------------------------------------------------

    def set_current_family(self, family_uid: str | None, label: str = "") -> None:
        """The family chosen in the main window, for "only this family"."""
        changed = family_uid != self._family_uid
        self._family_uid = family_uid
        self._family_label = label
        self.family_only.setEnabled(family_uid is not None)
        self._update_family_label()
        if family_uid is None and self.family_only.isChecked():
            self.family_only.setChecked(False)  # searches again
        elif changed and self.family_only.isChecked():
            self.search_now()

    def scope_family(self) -> str | None:
        return self._family_uid if self.family_only.isChecked() else None

    # --- searching ----------------------------------------------------------------------------

    def busy(self) -> bool:
        return self._running is not None or self._pending is not None

    def search_now(self) -> None:
        """Search for the field's text now (the field calls this after a pause)."""
        self._timer.stop()
        self._generation += 1
        text = self.query.text().strip()
        self._has_more = False
        self._error = ""
        if not fts_query(text):
            # Nothing to search for: no query, no audit line.
            self._pending = None
            self._shown = None
            self.model.set_hits([])
            self._update_status()
            self.resultsShown.emit(0)
            return
        self._submit(
            _Request(text, self.scope_family(), self.order.currentData(), 0, self._generation)
        )

    def fetch_more(self) -> None:
        """The next page of the shown search."""
        if self._shown is None or not self._has_more or self.busy():
            return
        shown = self._shown
        self._submit(
            _Request(
                shown.query, shown.family_uid, shown.order, self.model.rowCount(), shown.generation
            )
        )

    def _submit(self, request: _Request) -> None:
        if self._running is not None:
            self._pending = request  # the latest text wins; started when this one ends
            self._update_status()
            return
        self._start(request)

    def _start(self, request: _Request) -> None:
        self._pending = None
        self._update_status(searching=True)
        self._running = run_task(
            search_sessions,
            self.store,
            request.query,
            request.family_uid,
            limit=PAGE_SIZE + 1,  # one more than shown tells whether there are more
            offset=request.offset,
            order=request.order,
            on_finished=lambda hits: self._finished(request, hits),
            on_failed=lambda message: self._failed(request, message),
        )

    def _finished(self, request: _Request, hits: list[SearchHit]) -> None:
        self._running = None
        if request.generation == self._generation:
            self._has_more = len(hits) > PAGE_SIZE
            page = hits[:PAGE_SIZE]
            if request.offset == 0:
                self.model.set_hits(page)
                if page:
                    self.results.setCurrentIndex(self.model.index(0))
            else:
                self.model.append_hits(page)
            self._shown = request
        self._next()
        if self._pending is None and request.generation == self._generation:
            self._update_status()
            self.resultsShown.emit(self.model.rowCount())

    def _failed(self, request: _Request, message: str) -> None:
        failed = self._running.exception if self._running is not None else None
        self._running = None
        if request.generation == self._generation:
            self._error = messages.database_failure_text(failed, message)
            self._has_more = False
        self._next()
        if self._pending is None:
            self._update_status()
            self.resultsShown.emit(self.model.rowCount())

    def _next(self) -> None:
        if self._pending is not None:
            self._start(self._pending)

    def _update_status(self, searching: bool = False) -> None:
        self.more_button.setVisible(self._has_more)
        self.more_button.setEnabled(self._has_more and self._running is None)
        if self._error:
            self.status.setText(self.tr("The search failed: %1").replace("%1", self._error))
        elif searching or self._pending is not None:
            self.status.setText(self.tr("Searching…"))
        elif not self.query.text().strip():
            self.status.setText(self.tr("Type a word to search every family's notes."))
        elif not self.model.rowCount():
            self.status.setText(self.tr("No notes match."))
        elif self._has_more:
            self.status.setText(self.tr("The first %n note(s) shown.", "", self.model.rowCount()))
        else:
            self.status.setText(self.tr("%n note(s) found.", "", self.model.rowCount()))

    # --- opening ------------------------------------------------------------------------------

    def open_row(self, row: int) -> bool:
        hit = self.model.hit(row)
        if hit is None:
            return False
        self.openRequested.emit(hit.session_uid, hit.family_uid)
        return True

    def _query_return(self) -> None:
        text = self.query.text().strip()
        if self._timer.isActive() or self._shown is None or self._shown.query != text:
            self.search_now()
        elif self.model.rowCount():
            self.open_row(max(self.results.currentIndex().row(), 0))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if watched is self.query and key == Qt.Key.Key_Down and self.model.rowCount():
                self.results.setFocus(Qt.FocusReason.OtherFocusReason)
                if not self.results.currentIndex().isValid():
                    self.results.setCurrentIndex(self.model.index(0))
                return True
            if watched is self.results and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.open_row(self.results.currentIndex().row())
                return True
        return super().eventFilter(watched, event)

    def focus_query(self) -> None:
        self.query.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.query.selectAll()
