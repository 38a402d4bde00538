"""One look and feel for a list of records: the members, the collaborators, the measurements.

Each such list is a read-only table where one row is chosen at a time, Enter or a
double-click opens the row's form and Delete asks to remove it. Built here once so
the lists behave alike and a change of habit (keyboard, selection) is made in one place.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractItemModel, QEvent, QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractItemView, QDialog, QHeaderView, QTableView, QWidget


def record_table(
    model: QAbstractItemModel,
    parent: QWidget,
    *,
    on_open: Callable[[], object],
    on_delete: Callable[[], object] | None = None,
    on_current_changed: Callable[[], object] | None = None,
) -> QTableView:
    """A table of ``model``'s rows: Enter/double-click calls ``on_open``, Delete ``on_delete``."""
    table = QTableView(parent)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setTabKeyNavigation(False)  # Tab leaves the table for the next control
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    fitter = _ColumnFitter(table)
    model.modelReset.connect(fitter.fit)
    model.layoutChanged.connect(fitter.fit)
    model.rowsInserted.connect(fitter.fit)
    table.activated.connect(lambda _index: on_open())
    if on_delete is not None:
        shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), table)
        shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        shortcut.activated.connect(on_delete)
    if on_current_changed is not None:
        table.selectionModel().currentRowChanged.connect(lambda *_: on_current_changed())
    return table


class _ColumnFitter(QObject):
    """Columns as wide as their contents while they fit; where they do not, the widest
    give way (their long cells end in "…") and every header still reads whole.

    ``ResizeToContents`` let one long e-mail address push the last column, header and
    all, out of sight behind a sideways scrollbar.
    """

    def __init__(self, table: QTableView) -> None:
        super().__init__(table)
        self.table = table
        table.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False

    def fit(self) -> None:
        table, header = self.table, self.table.horizontalHeader()
        columns = [c for c in range(header.count()) if not header.isSectionHidden(c)]
        if not columns:
            return
        floor = {c: header.sectionSizeHint(c) for c in columns}  # the header's own words
        want = {c: max(floor[c], table.sizeHintForColumn(c)) for c in columns}
        room = table.viewport().width()
        excess = sum(want.values()) - room
        if excess > 0:
            # The widest give way first: every column is capped at one width, the
            # largest the room allows, so a short column (a role, an age) stays whole
            # while a long address or placement wraps or ends in "…".
            def needed(cap: int) -> int:
                return sum(max(floor[c], min(want[c], cap)) for c in columns)

            low, high = 0, max(want.values())
            while low < high:
                mid = (low + high + 1) // 2
                low, high = (mid, high) if needed(mid) <= room else (low, mid - 1)
            want = {c: max(floor[c], min(want[c], low)) for c in columns}
        for c in columns[:-1]:  # the last one stretches to the edge
            header.resizeSection(c, want[c])


def accepted(dialog: QDialog) -> bool:
    """Run a modal form; True when the user saved. The dialog is freed later, so the
    caller may still read what it saved (its uid)."""
    result = dialog.exec() == QDialog.DialogCode.Accepted
    dialog.deleteLater()
    return result
