"""A family's sessions, newest first, fetched a page at a time as the list scrolls.

``TimelineModel`` counts the sessions matching the filters (an index-only
query) and loads ``family_timeline`` pages through ``canFetchMore`` /
``fetchMore``, so a family with a thousand sessions opens at once and scrolls
smoothly. ``NoteStateText`` says what state a note is in; the words for session kinds
and statuses; the editor, the tab and other session windows share it.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont

from famdesk.core import sessions
from famdesk.core.sessions import LOCAL_TZ, STALE_DRAFT_DAYS, Period, SessionRow
from famdesk.core.storage import Store
from famdesk.ui.common import words

COL_WHEN, COL_KIND, COL_STATUS, COL_SUMMARY, COL_CONCERN = range(5)
COLUMN_COUNT = 5
UID_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2
PAGE_SIZE = 100

STALE = QColor("#b3261e")
DRAFT = QColor("#8a5a00")
MUTED = QColor("#6b6b6b")

_Index = QModelIndex | QPersistentModelIndex


class NoteStateText(QObject):
    """What a session's status column says about its note (kinds and statuses: ui.common.words)."""

    def note_state(self, row: SessionRow, today: date) -> str:
        """What the status column says: finalized, draft (and how old), planned…"""
        if row.finalized:
            text = self.tr("Finalized")
            if row.status != "held":
                text = f"{words.label('session_status', row.status)} · {text}"
            return text
        age = row.draft_age(today)
        if age is not None:
            if row.status == "held":
                base = self.tr("Draft")
            else:
                base = f"{words.label('session_status', row.status)} · {self.tr('Draft')}"
            if row.is_stale(today):
                return base + " · " + self.tr("%n day(s) old", "", age)
            return base
        return words.label("session_status", row.status)


def format_when(row_start: Any, duration: int) -> str:
    """'Mon 03-02-2026 10:00 (60 min)' in the interface's locale."""
    local = row_start.astimezone(LOCAL_TZ)
    day = QLocale().dayName(local.isoweekday(), QLocale.FormatType.ShortFormat)
    text = f"{day} {local:%d-%m-%Y %H:%M}"
    return f"{text} ({duration} min)" if duration else text


class TimelineModel(QAbstractTableModel):
    """Sessions of one family matching the filters; pages are loaded on demand."""

    #: (rows loaded, total matching) after a reset or a page.
    pageLoaded = Signal(int, int)  # noqa: N815 - Qt naming

    def __init__(
        self,
        store: Store,
        parent: QObject | None = None,
        page_size: int = PAGE_SIZE,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.page_size = page_size
        self._today = today
        self.labels = NoteStateText(self)
        self.family_uid: str | None = None
        self.kinds: list[str] = []
        self.period: Period | None = None
        self.goal_uid: str | None = None
        self.total = 0
        self._rows: list[SessionRow] = []

    # --- filters ----------------------------------------------------------------------

    def today(self) -> date:
        return self._today or date.today()

    def set_family(self, family_uid: str | None) -> None:
        """Show another family with no filters."""
        self.family_uid = family_uid
        self.kinds, self.period, self.goal_uid = [], None, None
        self.reload()

    def set_filters(
        self,
        kinds: Sequence[str] | None = None,
        period: Period | None = None,
        goal_uid: str | None = None,
    ) -> None:
        self.kinds = list(kinds or [])
        self.period = period
        self.goal_uid = goal_uid or None
        self.reload()

    def reload(self) -> None:
        """Count again and show the first page (after a save, or new filters)."""
        self.beginResetModel()
        self._rows = []
        self.total = 0
        if self.family_uid is not None:
            self.total = sessions.count_timeline(
                self.store, self.family_uid, self.kinds or None, self.period, self.goal_uid
            )
            self._rows = self._page(0)
        self.endResetModel()
        self.pageLoaded.emit(len(self._rows), self.total)

    def _page(self, offset: int) -> list[SessionRow]:
        assert self.family_uid is not None
        return sessions.family_timeline(
            self.store,
            self.family_uid,
            self.kinds or None,
            self.period,
            self.goal_uid,
            offset=offset,
            limit=self.page_size,
        )

    # --- lazy loading -----------------------------------------------------------------

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008, N802
        return not parent.isValid() and len(self._rows) < self.total

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008, N802
        if parent.isValid() or self.family_uid is None:
            return
        page = self._page(len(self._rows))
        if not page:
            self.total = len(self._rows)  # the store changed under us; stop asking
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
        self._rows.extend(page)
        self.endInsertRows()
        self.pageLoaded.emit(len(self._rows), self.total)

    # --- access -----------------------------------------------------------------------

    def session_at(self, row: int) -> SessionRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, uid: str) -> int | None:
        """The row showing session ``uid`` among those loaded, or None."""
        for i, r in enumerate(self._rows):
            if r.uid == uid:
                return i
        return None

    def retranslate(self) -> None:
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, COLUMN_COUNT - 1)
            )
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, COLUMN_COUNT - 1)

    # --- QAbstractTableModel ------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(  # noqa: N802 - Qt override
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                COL_WHEN: self.tr("Date and time"),
                COL_KIND: self.tr("Kind"),
                COL_STATUS: self.tr("Status"),
                COL_SUMMARY: self.tr("Summary"),
                COL_CONCERN: "⚠",
            }.get(section)
        if role == Qt.ItemDataRole.ToolTipRole and section == COL_CONCERN:
            return self.tr("Concern")
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        r = self._rows[index.row()]
        col = index.column()
        if role == UID_ROLE:
            return r.uid
        if role == ROW_ROLE:
            return r
        if role == Qt.ItemDataRole.DisplayRole:
            if col == COL_WHEN:
                return format_when(r.start, r.duration_minutes)
            if col == COL_KIND:
                return words.label("session_kind", r.kind)
            if col == COL_STATUS:
                return self.labels.note_state(r, self.today())
            if col == COL_SUMMARY:
                text = r.summary.splitlines()[0] if r.summary else ""
                if r.addenda:
                    text += "  " + self.tr("(+%n addendum/addenda)", "", r.addenda)
                return text
            if col == COL_CONCERN:
                return "⚠" if r.concern else ""
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == COL_CONCERN and r.concern:
                return self.tr("Concern noted in this session")
            if col == COL_STATUS and r.is_stale(self.today()):
                return self.tr("Draft older than %n day(s): finalize it soon", "", STALE_DRAFT_DAYS)
            if col == COL_SUMMARY and r.summary:
                return r.summary
        if role == Qt.ItemDataRole.ForegroundRole:
            if col == COL_STATUS:
                if r.is_stale(self.today()):
                    return QBrush(STALE)
                if r.is_draft:
                    return QBrush(DRAFT)
            if col == COL_CONCERN and r.concern:
                return QBrush(STALE)
            if r.status in ("cancelled", "no-show"):
                return QBrush(MUTED)
        if role == Qt.ItemDataRole.FontRole:
            if col == COL_STATUS and r.is_stale(self.today()):
                font = QFont()
                font.setBold(True)
                return font
            if r.status == "planned" and col == COL_WHEN:
                font = QFont()
                font.setItalic(True)
                return font
        if role == Qt.ItemDataRole.TextAlignmentRole and col == COL_CONCERN:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None
