"""What the Members and Collaborators tabs share: a family's records in a table,
with Add, Edit and Remove buttons that follow the selection.

A tab says only what differs — where its rows come from, which form edits one,
how one is removed (after asking) and which signal tells the rest of the window —
so the lists behave alike: the row just saved is selected, the table keeps the
focus, nothing can be added while no family is chosen.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from famdesk.core.storage import Store
from famdesk.ui.common.record_table import record_table


class FamilyRecordPanel(QWidget):
    """A table of one family's records; subclasses fill in the hooks below."""

    def __init__(self, store: Store, model: Any, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.family_uid: str | None = None
        self.model = model
        self.table = record_table(
            model,
            self,
            on_open=self.edit_record,
            on_delete=self.remove_record,
            on_current_changed=self._update_buttons,
        )
        self.add_button = QPushButton(self)
        self.edit_button = QPushButton(self)
        self.remove_button = QPushButton(self)
        self.add_button.clicked.connect(self.add_record)
        self.edit_button.clicked.connect(self.edit_record)
        self.remove_button.clicked.connect(self.remove_record)
        self.hint = QLabel(self)
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        self.buttons = QHBoxLayout()
        for b in (self.add_button, self.edit_button, self.remove_button):
            self.buttons.addWidget(b)
        self.buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(self.buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.hint)

    # --- what a tab says ---------------------------------------------------------------------

    def load_rows(self, family_uid: str) -> list[Any]:
        """The family's records, in the order shown."""
        raise NotImplementedError

    def open_form(self, record_uid: str | None) -> str | None:
        """Show the form for a new (None) or an existing record; the uid saved, or None."""
        raise NotImplementedError

    def confirm_and_remove(self, record: Any) -> bool:
        """Ask the user, then remove ``record``; True when it was removed."""
        raise NotImplementedError

    def records_changed(self) -> None:
        """Tell the rest of the window (each tab emits its own signal)."""
        raise NotImplementedError

    # --- shared behaviour --------------------------------------------------------------------

    def set_family(self, family_uid: str | None) -> None:
        self.family_uid = family_uid
        self.reload()

    def reload(self, select_uid: str | None = None) -> None:
        rows = self.load_rows(self.family_uid) if self.family_uid else []
        self.model.set_rows(rows)
        row = self.model.row_of(select_uid) if select_uid else (0 if rows else None)
        if row is not None:
            self.table.selectRow(row)
        self._update_buttons()

    def selected(self) -> Any:
        index = self.table.currentIndex()
        return self.model.at(index.row()) if index.isValid() else None

    def _update_buttons(self) -> None:
        has_family = self.family_uid is not None
        chosen = has_family and self.selected() is not None
        self.add_button.setEnabled(has_family)
        self.edit_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)

    def add_record(self) -> str | None:
        if self.family_uid is None:
            return None
        uid = self.open_form(None)
        if uid is None:
            return None
        self._after_change(uid)
        return uid

    def edit_record(self) -> bool:
        record = self.selected()
        if record is None or self.family_uid is None or record.uid is None:
            return False
        if self.open_form(record.uid) is None:
            return False
        self._after_change(record.uid)
        return True

    def remove_record(self) -> bool:
        record = self.selected()
        if record is None or record.uid is None or self.family_uid is None:
            return False
        if not self.confirm_and_remove(record):
            return False
        self.reload()
        self.records_changed()
        return True

    def _after_change(self, uid: str) -> None:
        self.reload(select_uid=uid)
        self.records_changed()
        self.table.setFocus()
