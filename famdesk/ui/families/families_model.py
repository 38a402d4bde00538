"""The families list as a Qt item model that fetches a page at a time.

Rows come from ``famdesk.core.caseload``; each page is one short query with
its own session, so scrolling through thousands of families never holds the
database open. Labels for vocabulary values are translated here, at display
time, so a language switch only needs ``retranslate()``.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from famdesk.core import caseload
from famdesk.core.caseload import FamilyRow
from famdesk.core.storage import Store
from famdesk.ui.common import words
from famdesk.ui.common.form_support import format_date

_Index = QModelIndex | QPersistentModelIndex

COL_REFERENCE, COL_NAME, COL_SETTING, COL_STATUS, COL_NEXT_REVIEW = range(5)
COLUMN_COUNT = 5

#: The role that carries a row's family uid.
UID_ROLE = Qt.ItemDataRole.UserRole + 1

OVERDUE_COLOUR = QColor("#b3261e")


def setting_label(value: str) -> str:
    """The interface label for a family's setting (shared with the forms)."""
    return words.label("setting", value)


def status_label(value: str) -> str:
    """The interface label for a family's status (shared with the forms)."""
    return words.label("family_status", value)


class FamiliesModel(QAbstractTableModel):
    """Families matching the current filter, loaded lazily in pages."""

    #: Emitted after a page has been added: (rows loaded, rows matching).
    pageLoaded = Signal(int, int)

    def __init__(
        self, store: Store, page_size: int = caseload.DEFAULT_PAGE_SIZE, parent: Any = None
    ):
        super().__init__(parent)
        self._store = store
        self._page_size = page_size
        self._rows: list[FamilyRow] = []
        self._total = 0
        self._filter = ""
        self._criteria: dict[str, Any] = {}

    # --- loading ---------------------------------------------------------

    @property
    def filter_text(self) -> str:
        return self._filter

    @property
    def total(self) -> int:
        """How many families match the filter (loaded or not)."""
        return self._total

    def set_filter(self, text: str) -> None:
        """Show only families whose reference or name contains ``text``."""
        self._filter = text.strip()
        self.reload()

    def set_criteria(
        self, *, status: str | None = None, setting: str | None = None, overdue_only: bool = False
    ) -> None:
        """Show only families with this status / setting, or with an overdue review."""
        self._criteria = {"status": status, "setting": setting, "overdue_only": overdue_only}
        self.reload()

    @property
    def criteria(self) -> dict[str, Any]:
        return dict(self._criteria)

    def reload(self) -> None:
        """Start again from the first page (after a filter change or an import)."""
        self.beginResetModel()
        self._rows = []
        self._total = caseload.count_families(self._store, self._filter, **self._criteria)
        self.endResetModel()
        if self._total:
            self.fetchMore(QModelIndex())
        else:
            self.pageLoaded.emit(0, 0)

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid():
            return
        page = caseload.list_families(
            self._store,
            self._filter,
            limit=self._page_size,
            after=self._rows[-1].key if self._rows else None,
            **self._criteria,
        )
        if not page:
            # Families were deleted since counting: stop asking for more.
            self._total = len(self._rows)
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
        self._rows.extend(page)
        self.endInsertRows()
        self.pageLoaded.emit(len(self._rows), self._total)

    def refresh_family(self, uid: str) -> None:
        """Re-read one family after it was saved; reload if it is new or gone."""
        row = self.row_of(uid)
        fresh = caseload.family_row(self._store, uid)
        if row is None or fresh is None:
            self.reload()
            return
        self._rows[row] = fresh
        self.dataChanged.emit(self.index(row, 0), self.index(row, COLUMN_COUNT - 1))

    def retranslate(self) -> None:
        """Labels and dates change with the language; the data do not."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, COLUMN_COUNT - 1)
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, COLUMN_COUNT - 1)
            )

    # --- lookup ------------------------------------------------------------

    def row_of(self, uid: str) -> int | None:
        for i, r in enumerate(self._rows):
            if r.uid == uid:
                return i
        return None

    def family_at(self, row: int) -> FamilyRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    # --- the model interface -------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        headers = (
            self.tr("Reference"),
            self.tr("Name"),
            self.tr("Setting"),
            self.tr("Status"),
            self.tr("Next review"),
        )
        return headers[section] if 0 <= section < COLUMN_COUNT else None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == COL_REFERENCE:
                return r.reference
            if col == COL_NAME:
                return r.name
            if col == COL_SETTING:
                return setting_label(r.setting)
            if col == COL_STATUS:
                return status_label(r.status)
            if col == COL_NEXT_REVIEW:
                return format_date(r.next_review)
        elif role == Qt.ItemDataRole.ToolTipRole and col in (COL_NAME, COL_SETTING):
            return r.name if col == COL_NAME else setting_label(r.setting)
        elif role == UID_ROLE:
            return r.uid
        elif col == COL_NEXT_REVIEW and r.overdue:
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(OVERDUE_COLOUR)
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.tr("The review was due on %1 and is overdue.").replace(
                    "%1", format_date(r.next_review)
                )
        return None
