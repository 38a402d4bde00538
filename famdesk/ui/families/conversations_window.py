"""A child's conversations (børnesamtaler): the list on the child, and where to add one.

Opened from the Members tab on a child. It lists every conversation recorded
with the child, newest first — the day, whether the child spoke or declined,
the support person, who was present — shows the chosen one's own words of the
child beside the worker's summary (each in a box of its own, as kept), and
says, from core's reminder rule (``child_voice.conversation_reminder``),
whether the child has been heard in the last three months. Add, Edit and
Delete work as in the other lists (Enter, Del).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QEvent, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from famdesk.core import child_voice
from famdesk.core.child_voice import ConversationData
from famdesk.core.storage import Store
from famdesk.ui.common.form_support import format_date
from famdesk.ui.common.record_table import accepted, record_table
from famdesk.ui.common.screen_fit import fit_dialog
from famdesk.ui.common.wrapping_label import WrappingLabel, boxed
from famdesk.ui.families.conversation_dialog import ConversationDialog

_Index = QModelIndex | QPersistentModelIndex


class ConversationsModel(QAbstractTableModel):
    """One row per conversation: date, outcome, support person, who was present."""

    DATE, OUTCOME, SUPPORT, PRESENT = range(4)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[ConversationData] = []

    def set_rows(self, rows: list[ConversationData]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def at(self, row: int) -> ConversationData | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, uid: str) -> int | None:
        return next((i for i, c in enumerate(self._rows) if c.uid == uid), None)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 4

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return [
            self.tr("Date"),
            self.tr("Outcome"),
            self.tr("Support person"),
            self.tr("Present"),
        ][section]

    def outcome_text(self, c: ConversationData) -> str:
        return self.tr("Declined to speak") if c.declined else self.tr("Held")

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        c = self.at(index.row())
        if c is None or not index.isValid():
            return None
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return [
                format_date(c.date),
                self.outcome_text(c),
                c.support_person,
                c.present,
            ][col]
        if role == Qt.ItemDataRole.ToolTipRole and col == self.PRESENT and c.present:
            return c.present
        if role == Qt.ItemDataRole.UserRole:
            return c.uid
        return None

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 3)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, 3))


class ConversationsWindow(QDialog):
    """The conversations with one child: the list, whether the child was heard lately, Add."""

    def __init__(
        self,
        store: Store,
        member_uid: str,
        child_name: str,
        parent: QWidget | None = None,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("conversationsWindow")
        self.store = store
        self.member_uid = member_uid
        self.child_name = child_name
        self.today = today or date.today()
        self.changed = False  # a conversation was added, edited or deleted

        self.heading = QLabel(self)
        self.heading.setObjectName("dialogHeading")
        self.heading.setWordWrap(True)
        self.status = WrappingLabel("", self)
        self.status.setObjectName("conversationStatus")
        self.status_box = boxed(self.status, "conversationStatusBox")
        self.model = ConversationsModel(self)
        self.table = record_table(
            self.model,
            self,
            on_open=self.edit_conversation,
            on_delete=self.delete_conversation,
            on_current_changed=self._update_buttons,
        )
        # The chosen conversation: the child's words and the worker's summary, apart.
        self.words_caption = QLabel(self)
        self.words_view = QPlainTextEdit(self)
        self.summary_caption = QLabel(self)
        self.summary_view = QPlainTextEdit(self)
        for caption, view in (
            (self.words_caption, self.words_view),
            (self.summary_caption, self.summary_view),
        ):
            caption.setBuddy(view)
            view.setReadOnly(True)
            view.setTabChangesFocus(True)
            view.setMaximumHeight(130)
        self.add_button = QPushButton(self)
        self.edit_button = QPushButton(self)
        self.remove_button = QPushButton(self)
        self.add_button.clicked.connect(self.add_conversation)
        self.edit_button.clicked.connect(self.edit_conversation)
        self.remove_button.clicked.connect(self.delete_conversation)
        self.empty = QLabel(self)
        self.empty.setObjectName("emptyState")
        self.empty.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)

        # Enter in the list opens the chosen conversation; no button takes it as well.
        close = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        for b in (self.add_button, self.edit_button, self.remove_button, close):
            b.setAutoDefault(False)
            b.setDefault(False)
        row = QHBoxLayout()
        for b in (self.add_button, self.edit_button, self.remove_button):
            row.addWidget(b)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.status_box)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        chosen = QHBoxLayout()
        for caption, view in (
            (self.words_caption, self.words_view),
            (self.summary_caption, self.summary_view),
        ):
            column = QVBoxLayout()
            column.addWidget(caption)
            column.addWidget(view)
            chosen.addLayout(column, 1)
        layout.addLayout(chosen)
        layout.addWidget(self.buttons)

        self.retranslate_ui()
        self.reload()
        fit_dialog(self, 860, 520)
        self.add_button.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- text ------------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Child conversations"))
        self.heading.setText(self.tr("Conversations with %1").replace("%1", self.child_name))
        self.add_button.setText(self.tr("&Record a conversation…"))
        self.edit_button.setText(self.tr("&Open…"))
        self.edit_button.setToolTip(self.tr("Open the selected conversation (Enter)"))
        self.remove_button.setText(self.tr("&Delete…"))
        self.remove_button.setToolTip(self.tr("Delete the selected conversation (Del)"))
        self.table.setAccessibleName(self.tr("Conversations with the child"))
        self.words_caption.setText(self.tr("The child's own words:"))
        self.summary_caption.setText(self.tr("Your summary:"))
        self.empty.setText(
            self.tr(
                "No conversation with the child is recorded yet. Record each børnesamtale "
                "here, also when the child declined to speak."
            )
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("&Close"))
        self.model.retranslate()
        self._show_status()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _show_status(self) -> None:
        """Heard in the last three months, or when last (core's reminder rule, for today)."""
        reminder = child_voice.conversation_reminder(self.store, self.member_uid, self.today)
        if reminder is None:
            latest = self.model.at(0)
            text = self.tr("Heard in the last three months: the latest conversation was on %1.")
            self.status.setText(text.replace("%1", format_date(latest.date if latest else None)))
        elif reminder.last is None:
            self.status.setText(self.tr("No conversation with the child is recorded."))
        else:
            text = self.tr(
                "No conversation in the last three months: the latest was on %1. Talk with "
                "the child before the next decision."
            )
            self.status.setText(text.replace("%1", format_date(reminder.last)))
        self.status_box.setProperty("warning", reminder is not None)
        self.status_box.style().unpolish(self.status_box)
        self.status_box.style().polish(self.status_box)

    # --- the list ----------------------------------------------------------------------------

    def reload(self, select_uid: str | None = None) -> None:
        rows = child_voice.list_conversations(self.store, self.member_uid)
        self.model.set_rows(rows)
        row = self.model.row_of(select_uid) if select_uid else (0 if rows else None)
        if row is not None:
            self.table.selectRow(row)
        self.table.setVisible(bool(rows))
        self.empty.setVisible(not rows)
        self._update_buttons()
        self._show_status()

    def selected(self) -> ConversationData | None:
        index = self.table.currentIndex()
        return self.model.at(index.row()) if index.isValid() else None

    def _update_buttons(self) -> None:
        chosen = self.selected()
        self.edit_button.setEnabled(chosen is not None)
        self.remove_button.setEnabled(chosen is not None)
        self.words_view.setPlainText(chosen.child_own_words if chosen else "")
        self.words_view.setPlaceholderText(
            self.tr("The child declined to speak.") if chosen and chosen.declined else ""
        )
        self.summary_view.setPlainText(chosen.summary if chosen else "")
        for w in (self.words_caption, self.words_view, self.summary_caption, self.summary_view):
            w.setVisible(chosen is not None)

    def _form(self, uid: str | None) -> ConversationDialog:
        return ConversationDialog(
            self.store, self.member_uid, self.child_name, uid, self, today=self.today
        )

    def add_conversation(self) -> str | None:
        dialog = self._form(None)
        if not accepted(dialog):
            return None
        uid = dialog.conversation_uid
        self._after_change(uid)
        return uid

    def edit_conversation(self) -> bool:
        chosen = self.selected()
        if chosen is None or chosen.uid is None:
            return False
        if not accepted(self._form(chosen.uid)):
            return False
        self._after_change(chosen.uid)
        return True

    def delete_conversation(self) -> bool:
        chosen = self.selected()
        if chosen is None or chosen.uid is None:
            return False
        answer = QMessageBox.question(
            self,
            self.tr("Delete conversation"),
            self.tr("Delete the conversation of %1 with %2? This cannot be undone.")
            .replace("%1", format_date(chosen.date))
            .replace("%2", self.child_name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        child_voice.delete_conversation(self.store, chosen.uid)
        self.changed = True
        self.reload()
        return True

    def _after_change(self, uid: str | None) -> None:
        self.changed = True
        self.reload(select_uid=uid)
        self.table.setFocus()


__all__ = ["ConversationsModel", "ConversationsWindow"]
