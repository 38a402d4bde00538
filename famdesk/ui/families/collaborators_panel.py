"""The Collaborators tab: the family's interdisciplinary network."""

from __future__ import annotations

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
    QMessageBox,
    QWidget,
)

from famdesk.core import families
from famdesk.core.families import ProfessionalData
from famdesk.core.storage import Store
from famdesk.ui.common import words
from famdesk.ui.common.record_table import accepted
from famdesk.ui.families.professional_dialog import ProfessionalDialog
from famdesk.ui.families.record_panel import FamilyRecordPanel

_Index = QModelIndex | QPersistentModelIndex


class CollaboratorsModel(QAbstractTableModel):
    """Rows: name, role, organisation, phone, e-mail, and how many families share them."""

    COLUMNS = 6

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self._rows: list[ProfessionalData] = []

    def set_rows(self, rows: list[ProfessionalData]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def at(self, row: int) -> ProfessionalData | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, uid: str | None) -> int | None:
        return next((i for i, p in enumerate(self._rows) if p.uid == uid), None)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return [
            self.tr("Name"),
            self.tr("Role"),
            self.tr("Organisation"),
            self.tr("Phone"),
            self.tr("E-mail"),
            self.tr("Families"),
        ][section]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        p = self.at(index.row())
        if p is None or not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return [
                p.name,
                words.label("professional_role", p.role),
                p.organisation,
                p.phone,
                p.email,
                str(p.family_count),
            ][index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 5 and p.family_count > 1:
            return self.tr("Shared with %1 families").replace("%1", str(p.family_count))
        if role == Qt.ItemDataRole.UserRole:
            return p.uid
        return None

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.COLUMNS - 1)


class CollaboratorsPanel(FamilyRecordPanel):
    """Lists the family's collaborators; add or link, edit, remove from the family."""

    collaboratorsChanged = Signal()  # noqa: N815 - Qt naming

    def __init__(self, store: Store, parent: QWidget | None = None):
        super().__init__(store, CollaboratorsModel(), parent)
        self.model.setParent(self)
        self.retranslate_ui()
        self._update_buttons()

    def retranslate_ui(self) -> None:
        self.add_button.setText(self.tr("&Add or link…"))
        self.add_button.setToolTip(
            self.tr("Add a collaborator or link one already in the register")
        )
        self.edit_button.setText(self.tr("&Edit…"))
        self.remove_button.setText(self.tr("&Remove from family…"))
        self.table.setAccessibleName(self.tr("Collaborators"))
        self.hint.setText(
            self.tr(
                "Collaborators are shared between families: an edit applies to every family "
                "they work with. Removing one from this family keeps them in the register."
            )
        )
        self.model.retranslate()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # --- the hooks of FamilyRecordPanel -------------------------------------------------------

    def load_rows(self, family_uid: str) -> list[ProfessionalData]:
        return families.list_family_professionals(self.store, family_uid)

    def open_form(self, record_uid: str | None) -> str | None:
        assert self.family_uid is not None
        dialog = ProfessionalDialog(self.store, self.family_uid, record_uid, self)
        return dialog.professional_uid if accepted(dialog) else None

    def confirm_and_remove(self, record: ProfessionalData) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Remove collaborator"),
            self.tr("Remove %1 from this family? They stay in the register.").replace(
                "%1", record.name
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        assert self.family_uid is not None and record.uid is not None
        families.unlink_professional(self.store, self.family_uid, record.uid)
        return True

    def records_changed(self) -> None:
        self.collaboratorsChanged.emit()

    # --- the names the window and its shortcuts use -------------------------------------------

    def add_collaborator(self) -> str | None:
        return self.add_record()

    def edit_collaborator(self) -> bool:
        return self.edit_record()

    def remove_collaborator(self) -> bool:
        return self.remove_record()
