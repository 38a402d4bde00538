"""The Members tab: who is in the family, their ages, CPR numbers and placements."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from famdesk.core import families
from famdesk.core.families import MemberData
from famdesk.core.storage import Store
from famdesk.ui.common import words
from famdesk.ui.common.form_support import AgeText, format_date
from famdesk.ui.common.record_table import accepted, record_table
from famdesk.ui.families.member_dialog import MemberDialog, cpr_display

_Index = QModelIndex | QPersistentModelIndex


class MembersModel(QAbstractTableModel):
    """A family's members as rows: role, name, age, CPR (masked), placement."""

    ROLE, NAME, AGE, CPR, PLACEMENT = range(5)

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self.ages = AgeText(self)
        self._rows: list[MemberData] = []
        self.reveal_cpr = False
        self.today = date.today()

    def set_members(self, rows: list[MemberData]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.today = date.today()
        self.endResetModel()

    def set_reveal_cpr(self, reveal: bool) -> None:
        self.reveal_cpr = reveal
        if self._rows:
            self.dataChanged.emit(
                self.index(0, self.CPR), self.index(len(self._rows) - 1, self.CPR)
            )

    def member_at(self, row: int) -> MemberData | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, uid: str) -> int | None:
        return next((i for i, m in enumerate(self._rows) if m.uid == uid), None)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 5

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = [
            self.tr("Role"),
            self.tr("Name"),
            self.tr("Age"),
            self.tr("CPR"),
            self.tr("Placement"),
        ]
        return titles[section]

    def age_text(self, m: MemberData) -> str:
        if m.birth_date is None:
            return ""
        return self.ages.age(
            families.age_on(m.birth_date, self.today),
            families.age_months_on(m.birth_date, self.today),
        )

    def cpr_text(self, m: MemberData) -> str:
        text = cpr_display(m.cpr, self.reveal_cpr)
        if text and m.cpr_substitute:
            text += " " + self.tr("(substitute)")
        return text

    def placement_text(self, m: MemberData) -> str:
        p = m.placement
        if p is None:
            return ""
        kind = words.label("placement_type", p.type)
        where = f"{kind} – {p.site}" if p.site else kind
        return self.tr("%1 (since %2)").replace("%1", where).replace("%2", format_date(p.since))

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        m = self.member_at(index.row())
        if m is None or not index.isValid():
            return None
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if col == self.ROLE:
                return words.label("member_role", m.role)
            if col == self.NAME:
                return m.full_name
            if col == self.AGE:
                return self.age_text(m)
            if col == self.CPR:
                return self.cpr_text(m)
            if col == self.PLACEMENT:
                return self.placement_text(m)
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == self.CPR and m.cpr and not m.cpr_modulus11_ok:
                return self.tr("Fails the modulus-11 check: accepted (issued since 2007).")
            if col == self.AGE and m.birth_date:
                return self.tr("Born %1").replace("%1", format_date(m.birth_date))
        if role == Qt.ItemDataRole.UserRole:
            return m.uid
        return None

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 4)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, 4))


class MembersPanel(QWidget):
    """Lists the members; Add (Ctrl+Shift+M), Edit (Enter), Delete (Del) with confirmation."""

    membersChanged = Signal()  # noqa: N815 - Qt naming

    def __init__(self, store: Store, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.family_uid: str | None = None
        self.model = MembersModel(self)
        self.table = record_table(
            self.model, self, on_open=self.edit_member, on_delete=self.delete_member
        )

        self.add_button = QPushButton(self)
        self.edit_button = QPushButton(self)
        self.delete_button = QPushButton(self)
        self.reveal = QCheckBox(self)
        self.hint = QLabel(self)
        self.hint.setObjectName("hint")
        self.add_button.clicked.connect(self.add_member)
        self.edit_button.clicked.connect(self.edit_member)
        self.delete_button.clicked.connect(self.delete_member)
        self.reveal.toggled.connect(self._reveal_toggled)

        buttons = QHBoxLayout()
        for b in (self.add_button, self.edit_button, self.delete_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.reveal)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.hint)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self.retranslate_ui()
        self._update_buttons()

    def retranslate_ui(self) -> None:
        self.add_button.setText(self.tr("&Add member…"))
        self.add_button.setToolTip(self.tr("Add a member (Ctrl+Shift+M)"))
        self.edit_button.setText(self.tr("&Edit…"))
        self.edit_button.setToolTip(self.tr("Edit the selected member (Enter)"))
        self.delete_button.setText(self.tr("&Delete…"))
        self.delete_button.setToolTip(self.tr("Delete the selected member (Del)"))
        self.reveal.setText(self.tr("Show CPR &numbers"))
        self.table.setAccessibleName(self.tr("Family members"))
        self.hint.setText(
            self.tr("Ages are computed from the birth date. CPR numbers are masked until shown.")
        )
        self.model.retranslate()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # --- data --------------------------------------------------------------------------------

    def set_family(self, family_uid: str | None) -> None:
        self.family_uid = family_uid
        if self.reveal.isChecked():
            blocked = self.reveal.blockSignals(True)
            self.reveal.setChecked(False)
            self.reveal.blockSignals(blocked)
            self.model.set_reveal_cpr(False)
        self.reload()

    def reload(self, select_uid: str | None = None) -> None:
        rows = families.list_members(self.store, self.family_uid) if self.family_uid else []
        self.model.set_members(rows)
        row = self.model.row_of(select_uid) if select_uid else (0 if rows else None)
        if row is not None:
            self.table.selectRow(row)
        self._update_buttons()

    def selected(self) -> MemberData | None:
        index = self.table.currentIndex()
        return self.model.member_at(index.row()) if index.isValid() else None

    def _update_buttons(self) -> None:
        has_family = self.family_uid is not None
        self.add_button.setEnabled(has_family)
        self.edit_button.setEnabled(has_family and self.selected() is not None)
        self.delete_button.setEnabled(has_family and self.selected() is not None)

    # --- actions ------------------------------------------------------------------------------

    def add_member(self) -> str | None:
        if self.family_uid is None:
            return None
        dialog = MemberDialog(self.store, self.family_uid, None, self)
        if not accepted(dialog):
            return None
        self.reload(select_uid=dialog.member_uid)
        self.membersChanged.emit()
        self.table.setFocus()
        return dialog.member_uid

    def edit_member(self) -> bool:
        m = self.selected()
        if m is None or self.family_uid is None or m.uid is None:
            return False
        dialog = MemberDialog(self.store, self.family_uid, m.uid, self)
        if not accepted(dialog):
            return False
        self.reload(select_uid=m.uid)
        self.membersChanged.emit()
        self.table.setFocus()
        return True

    def delete_member(self) -> bool:
        m = self.selected()
        if m is None or m.uid is None:
            return False
        answer = QMessageBox.question(
            self,
            self.tr("Delete member"),
            self.tr("Delete %1 from the family? This cannot be undone.").replace("%1", m.full_name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        families.delete_member(self.store, m.uid)
        self.reload()
        self.membersChanged.emit()
        return True

    def _reveal_toggled(self, on: bool) -> None:
        if on and self.family_uid is not None:
            families.record_cpr_shown(self.store, self.family_uid)
        self.model.set_reveal_cpr(on)
