"""One look and feel for a list of records: the members, the collaborators, the measurements.

Each such list is a read-only table where one row is chosen at a time, Enter or a
double-click opens the row's form and Delete asks to remove it. Built here once so
the lists behave alike and a change of habit (keyboard, selection) is made in one place.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractItemModel, Qt
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
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    table.activated.connect(lambda _index: on_open())
    if on_delete is not None:
        shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), table)
        shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        shortcut.activated.connect(on_delete)
    if on_current_changed is not None:
        table.selectionModel().currentRowChanged.connect(lambda *_: on_current_changed())
    return table


def accepted(dialog: QDialog) -> bool:
    """Run a modal form; True when the user saved. The dialog is freed later, so the
    caller may still read what it saved (its uid)."""
    result = dialog.exec() == QDialog.DialogCode.Accepted
    dialog.deleteLater()
    return result
