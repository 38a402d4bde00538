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

from famdesk.core import child_voice, families
from famdesk.core.cpr import format_cpr
from famdesk.core.families import MemberData
from famdesk.core.storage import Store
from famdesk.ui.common import words
from famdesk.ui.common.form_support import AgeText, format_date
from famdesk.ui.common.record_table import accepted
from famdesk.ui.families.conversations_window import ConversationsWindow
from famdesk.ui.families.member_dialog import MemberDialog
from famdesk.ui.families.record_panel import FamilyRecordPanel
from famdesk.ui.placement.match_window import MatchWindow
from famdesk.vocabulary import CHILD_ROLES

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

    def set_rows(self, rows: list[MemberData]) -> None:
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

    def at(self, row: int) -> MemberData | None:
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
        text = format_cpr(m.cpr, self.reveal_cpr)
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
        m = self.at(index.row())
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


class MembersPanel(FamilyRecordPanel):
    """Lists the members; Add (Ctrl+Shift+M), Edit (Enter), Delete (Del) with confirmation."""

    membersChanged = Signal()  # noqa: N815 - Qt naming

    def __init__(self, store: Store, parent: QWidget | None = None):
        super().__init__(store, MembersModel(), parent)
        self.model.setParent(self)
        # What is done for a child has a row of its own: beside Add, Edit and Delete the
        # buttons were squeezed until their words were cut on a laptop.
        self.child_label = QLabel(self)
        self.conversations_button = QPushButton(self)
        self.conversations_button.setObjectName("conversationsButton")
        self.conversations_button.clicked.connect(self.open_conversations)
        self.match_button = QPushButton(self)
        self.match_button.setObjectName("placementMatchButton")
        self.match_button.clicked.connect(self.open_match)
        child_row = QHBoxLayout()
        child_row.addWidget(self.child_label)
        child_row.addWidget(self.conversations_button)
        child_row.addWidget(self.match_button)
        child_row.addStretch(1)
        outer = self.layout()
        assert isinstance(outer, QVBoxLayout)
        outer.insertLayout(1, child_row)
        self.reveal = QCheckBox(self)
        self.reveal.toggled.connect(self._reveal_toggled)
        self.buttons.addWidget(self.reveal)
        self.retranslate_ui()
        self._update_buttons()

    def retranslate_ui(self) -> None:
        self.add_button.setText(self.tr("&Add member…"))
        self.add_button.setToolTip(self.tr("Add a member (Ctrl+Shift+M)"))
        self.edit_button.setText(self.tr("&Edit…"))
        self.edit_button.setToolTip(self.tr("Edit the selected member (Enter)"))
        self.remove_button.setText(self.tr("&Delete…"))
        self.remove_button.setToolTip(self.tr("Delete the selected member (Del)"))
        self.child_label.setText(self.tr("The selected child:"))
        self.conversations_button.setText(self.tr("Child &conversations…"))
        self.conversations_button.setToolTip(
            self.tr("Conversations with the selected child (børnesamtaler), and recording one")
        )
        self.match_button.setText(self.tr("Placement &match…"))
        self.match_button.setToolTip(
            self.tr(
                "The selected child's match with a placement site: needs, views, "
                "candidates, decision, follow-ups"
            )
        )
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

    def set_family(self, family_uid: str | None) -> None:
        if self.reveal.isChecked():  # CPR numbers are shown for one family at a time
            blocked = self.reveal.blockSignals(True)
            self.reveal.setChecked(False)
            self.reveal.blockSignals(blocked)
            self.model.set_reveal_cpr(False)
        super().set_family(family_uid)

    # --- the hooks of FamilyRecordPanel -------------------------------------------------------

    def load_rows(self, family_uid: str) -> list[MemberData]:
        return families.list_members(self.store, family_uid)

    def open_form(self, record_uid: str | None) -> str | None:
        assert self.family_uid is not None
        dialog = MemberDialog(self.store, self.family_uid, record_uid, self)
        return dialog.member_uid if accepted(dialog) else None

    def confirm_and_remove(self, record: MemberData) -> bool:
        question = self.tr("Delete %1 from the family? This cannot be undone.").replace(
            "%1", record.full_name
        )
        heard = (
            len(child_voice.list_conversations(self.store, record.uid))
            if record.uid is not None and record.role in CHILD_ROLES
            else 0
        )
        if heard:  # the child's own words go with the member: say so before they do
            question += " " + self.tr(
                "The child's %n conversation(s) (børnesamtaler) are deleted too.", "", heard
            )
        answer = QMessageBox.question(
            self,
            self.tr("Delete member"),
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        assert record.uid is not None
        families.delete_member(self.store, record.uid)
        return True

    def records_changed(self) -> None:
        self.membersChanged.emit()

    def _update_buttons(self) -> None:
        super()._update_buttons()
        chosen = self.selected()
        is_child = chosen is not None and chosen.uid is not None and chosen.role in CHILD_ROLES
        self.conversations_button.setEnabled(is_child)
        self.match_button.setEnabled(is_child)

    def open_conversations(self) -> ConversationsWindow | None:
        """The selected child's conversations (børnesamtaler), in a window of their own."""
        chosen = self.selected()
        if chosen is None or chosen.uid is None or chosen.role not in CHILD_ROLES:
            return None
        window = ConversationsWindow(self.store, chosen.uid, chosen.full_name, self)
        window.exec()
        window.deleteLater()
        return window

    def open_match(self) -> MatchWindow | None:
        """The selected child's placement match, in a window of its own."""
        chosen = self.selected()
        if chosen is None or chosen.uid is None or chosen.role not in CHILD_ROLES:
            return None
        window = MatchWindow(self.store, chosen.uid, self)
        accepted(window)
        self.reload(select_uid=chosen.uid)  # placing the child changes the member's placement
        self.records_changed()
        return window

    # --- the names the window and its shortcuts use -------------------------------------------

    def add_member(self) -> str | None:
        return self.add_record()

    def edit_member(self) -> bool:
        return self.edit_record()

    def delete_member(self) -> bool:
        return self.remove_record()

    def _reveal_toggled(self, on: bool) -> None:
        if on and self.family_uid is not None:
            families.record_cpr_shown(self.store, self.family_uid)
        self.model.set_reveal_cpr(on)
