"""Unfinished notes across every family: the sessions that happened but are not finalized.

Notatpligt asks for notes to be written soon after the contact, so drafts
older than ``core.sessions.STALE_DRAFT_DAYS`` days are flagged (amber, with a
warning sign and a line saying how many). Oldest first; a double-click or
"Open note" asks for the session to be opened (``openRequested``).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from famdesk.core.sessions import LOCAL_TZ, STALE_DRAFT_DAYS, DraftRow, list_drafts
from famdesk.core.storage import Store
from famdesk.ui.common import words
from famdesk.ui.common.form_support import format_date

_Index = QModelIndex | QPersistentModelIndex
COL_REFERENCE, COL_WHEN, COL_KIND, COL_SUMMARY, COL_AGE = range(5)
COLUMNS = 5
STALE_BACKGROUND = QColor("#fff1d0")
STALE_FOREGROUND = QColor("#7a4b00")
#: The DraftRow of a row.
DRAFT_ROLE = Qt.ItemDataRole.UserRole + 1


class DraftsModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[DraftRow] = []

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else COLUMNS

    def headerData(  # noqa: N802 - Qt API
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return [
            self.tr("Family"),
            self.tr("When"),
            self.tr("Kind"),
            self.tr("Summary"),
            self.tr("Age"),
        ][section]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        col = index.column()
        if role == DRAFT_ROLE:
            return row
        if role == Qt.ItemDataRole.DisplayRole:
            if col == COL_REFERENCE:
                if row.family_name:
                    return f"{row.family_name} ({row.family_reference})"
                return row.family_reference
            if col == COL_SUMMARY:
                return " ".join(row.summary.split())
            if col == COL_WHEN:
                local = row.start.astimezone(LOCAL_TZ)
                return f"{format_date(local.date())} {local:%H:%M}"
            if col == COL_KIND:
                return words.label("session_kind", row.kind)
            if col == COL_AGE:
                text = self.tr("%n day(s)", "", row.age_days)
                return f"⚠ {text}" if row.stale else text
        if row.stale and role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(STALE_BACKGROUND)
        if row.stale and role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(STALE_FOREGROUND)
        if row.stale and role == Qt.ItemDataRole.ToolTipRole:
            return self.tr(
                "Older than %n day(s): finish and finalize it soon.", "", STALE_DRAFT_DAYS
            )
        return None

    def set_rows(self, rows: list[DraftRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, COLUMNS - 1)
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, COLUMNS - 1))


class DraftsWindow(QWidget):
    """Every unfinished note, oldest first, stale ones flagged."""

    #: (session_uid, family_uid) of the note to open.
    openRequested = Signal(str, str)
    #: The number of stale drafts after each refresh (the status-bar hint follows it).
    staleCount = Signal(int)

    def __init__(self, store: Store, today: date | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("draftsWindow")
        self.setWindowFlag(Qt.WindowType.Window, True)
        # Escape closes it, as it closes the search and the agenda beside it.
        self.close_shortcut = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        self.close_shortcut.activated.connect(self.close)
        self.store = store
        self._today = today
        self.model = DraftsModel(self)
        self.table = QTableView()
        self.table.setObjectName("draftsTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.setShowGrid(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COL_SUMMARY, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(COL_REFERENCE, 240)
        self.table.setColumnWidth(COL_WHEN, 130)
        self.table.setColumnWidth(COL_KIND, 150)
        # activated: a double-click, or Enter on the current row (once, never both).
        self.table.activated.connect(lambda index: self.open_row(index.row()))
        self.summary = QLabel()
        self.summary.setObjectName("draftsSummary")
        self.summary.setWordWrap(True)
        self.refresh_button = QPushButton()
        self.refresh_button.clicked.connect(self.refresh)
        self.open_button = QPushButton()
        self.open_button.setEnabled(False)
        self.open_button.clicked.connect(lambda: self.open_row(self.table.currentIndex().row()))
        self.table.selectionModel().currentRowChanged.connect(
            lambda cur, _prev: self.open_button.setEnabled(cur.isValid())
        )
        buttons = QHBoxLayout()
        buttons.addWidget(self.summary, 1)
        buttons.addWidget(self.refresh_button)
        buttons.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 14, 14, 12)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.resize(900, 440)
        self.retranslate_ui()
        self.refresh()

    def today(self) -> date:
        return self._today or date.today()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Unfinished notes"))
        self.refresh_button.setText(self.tr("Refresh"))
        self.open_button.setText(self.tr("Open note"))
        self.model.retranslate()
        self._update_summary()

    def refresh(self) -> None:
        self.model.set_rows(list_drafts(self.store, self.today()))
        self._update_summary()
        self.staleCount.emit(self.stale_count())

    def stale_count(self) -> int:
        return sum(1 for r in self.model.rows if r.stale)

    def _update_summary(self) -> None:
        total = len(self.model.rows)
        if not total:
            self.summary.setText(self.tr("Every note is finalized."))
            return
        text = self.tr("%n unfinished note(s).", "", total)
        stale = self.stale_count()
        if stale:
            text += " " + self.tr(
                "%n of them older than %1 days: write them soon (notatpligt).", "", stale
            ).replace("%1", str(STALE_DRAFT_DAYS))
        self.summary.setText(text)

    def open_row(self, row: int) -> bool:
        if not 0 <= row < len(self.model.rows):
            return False
        draft = self.model.rows[row]
        self.openRequested.emit(draft.uid, draft.family_uid)
        return True
