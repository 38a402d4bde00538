"""The audit trail as a read-only Qt table model that fetches its rows a page at a time.

Rows come from ``famdesk.core.audit_log`` (newest first), each shown as when it
happened (DD-MM-YYYY HH:MM, the screens' one date style) and as a sentence in
the interface language (``audit_log.describe``). The model offers no
way to change a row: ``flags`` never includes ``ItemIsEditable`` and
``setData`` refuses, so the program cannot alter the trail (the database
refuses too).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from famdesk.core.audit_log import AuditFilter, AuditRow, count_events, describe, fetch_events
from famdesk.core.dates import format_date_time
from famdesk.core.storage import Store
from famdesk.ui.common.form_support import ui_language

_Index = QModelIndex | QPersistentModelIndex

COL_TIME, COL_EVENT = range(2)
COLUMN_COUNT = 2
PAGE_SIZE = 200

# The row's AuditRow under this role (for tests and a details view).
ROW_ROLE = Qt.ItemDataRole.UserRole + 1


class AuditModel(QAbstractTableModel):
    """Audit rows matching a filter; ``fetchMore`` adds the next page."""

    # (rows loaded, rows matching) after each page.
    pageLoaded = Signal(int, int)  # noqa: N815 - Qt naming

    def __init__(self, store: Store, page_size: int = PAGE_SIZE, parent: QObject | None = None):
        super().__init__(parent)
        self._store = store
        self._page_size = page_size
        self._filter = AuditFilter()
        self._rows: list[AuditRow] = []
        self._total = 0

    @property
    def filter(self) -> AuditFilter:
        return self._filter

    @property
    def total(self) -> int:
        return self._total

    def set_filter(self, f: AuditFilter) -> None:
        self._filter = f
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._rows = []
        self._total = count_events(self._store, self._filter)
        self.endResetModel()
        if self._total:
            self.fetchMore(QModelIndex())
        else:
            self.pageLoaded.emit(0, 0)

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008, N802
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008, N802
        if parent.isValid():
            return
        page = fetch_events(
            self._store, self._filter, offset=len(self._rows), limit=self._page_size
        )
        if not page:
            self._total = len(self._rows)
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
        self._rows.extend(page)
        self.endInsertRows()
        self.pageLoaded.emit(len(self._rows), self._total)

    def row_at(self, row: int) -> AuditRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def loaded(self) -> int:
        return len(self._rows)

    # --- the read-only table ------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else COLUMN_COUNT

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        """The audit trail cannot be changed through the program."""
        return False

    def removeRows(self, row: int, count: int, parent: _Index = QModelIndex()) -> bool:  # noqa: B008, N802
        return False

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = [self.tr("When"), self.tr("What happened")]
        return titles[section] if 0 <= section < len(titles) else None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.row_at(index.row())
        if row is None:
            return None
        if role == ROW_ROLE:
            return row
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, col)
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == COL_EVENT:
                return self._display(row, col)
            if col == COL_TIME:
                return row.at.astimezone().strftime("%d-%m-%Y %H:%M:%S")
        return None

    def _display(self, row: AuditRow, col: int) -> str:
        if col == COL_TIME:
            return format_date_time(row.at.astimezone())
        if col == COL_EVENT:
            return describe(row, ui_language())
        return ""

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, COLUMN_COUNT - 1)
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, COLUMN_COUNT - 1)
            )
