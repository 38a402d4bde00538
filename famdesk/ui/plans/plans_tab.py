"""The Plans tab of a family: its plans (newest first) beside the plan editor.

New plans start from a template ("Forældre med anbragte børn", "Familiebehandling
i hjemmet", "Døgnophold"), blank, or from the family's previous plan. Earlier
versions of a plan are reached through the editor's version selector, so the
list shows each plan once, at its newest version. An overdue review is red.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QEvent, QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from famdesk.core import plans
from famdesk.core.plan_templates import list_templates
from famdesk.core.storage import Store
from famdesk.ui.common import words
from famdesk.ui.common.form_support import error_text, format_date, ui_language
from famdesk.ui.plans.plan_editor import PlanEditor
from famdesk.ui.printing.pdf_preview import PreviewJob

OVERDUE = QColor("#b3261e")
UID_ROLE = Qt.ItemDataRole.UserRole + 1
COL_TITLE, COL_VERSION, COL_STATUS, COL_AGREED, COL_REVIEW = range(5)


class PlansTab(QWidget):
    """``set_family(uid)``, ``has_unsaved_changes()``, ``save()``, ``discard()``."""

    printAvailable = Signal(bool)  # noqa: N815 - Qt naming

    def __init__(self, store: Store, parent: QWidget | None = None, autosave_ms: int = 5000):
        super().__init__(parent)
        self.setObjectName("plansTab")
        self.store = store
        self.family_uid: str | None = None
        self.model = QStandardItemModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("plansList")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setStretchLastSection(False)
        # Room for four plans (versions add up), never more than six: the editor needs the rest.
        rows = self.table.verticalHeader().defaultSectionSize()
        frame = self.table.horizontalHeader().sizeHint().height() + 2 * self.table.frameWidth()
        self.table.setMinimumHeight(frame + 4 * rows)
        self.table.setMaximumHeight(frame + 6 * rows)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.new_button = QPushButton(self)
        self.new_menu = QMenu(self)
        self.new_button.setMenu(self.new_menu)
        self.title = QLabel(self)
        self.title.setObjectName("paneTitle")
        self.editor = PlanEditor(store, self, autosave_ms)
        self.editor.plansChanged.connect(self._plans_changed)
        self.editor.printAvailable.connect(self.printAvailable)
        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(self.new_button)
        top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addLayout(head)
        top_layout.addWidget(self.table)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(top)
        split.addWidget(self.editor)
        split.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(split)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Parent action plans"))
        self.new_button.setText(self.tr("&New plan"))
        self.model.setHorizontalHeaderLabels(
            [
                self.tr("Title"),
                self.tr("Version"),
                self.tr("Status"),
                self.tr("Agreed on"),
                self.tr("Next review"),
            ]
        )
        self.new_menu.clear()
        lang = ui_language()
        for template in list_templates():
            action = self.new_menu.addAction(
                self.tr("From template: %1").replace("%1", template.name(lang))
            )
            action.setToolTip(template.description(lang))
            action.triggered.connect(lambda _c=False, t=template.id: self.new_from_template(t))
        self.new_menu.addSeparator()
        self.blank_action = self.new_menu.addAction(self.tr("Blank plan"))
        self.blank_action.triggered.connect(self.new_blank)
        self.previous_action = self.new_menu.addAction(self.tr("From the family's previous plan"))
        self.previous_action.triggered.connect(self.new_from_previous)
        self._update_actions()
        if self.family_uid:
            self.refresh(self.current_plan_uid())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # --- the family's plans ------------------------------------------------------------

    def set_family(self, family_uid: str | None) -> None:
        self.family_uid = family_uid
        self.refresh(None)

    def refresh(self, select_uid: str | None = None) -> None:
        """Reload the list; show ``select_uid`` (or the newest plan) in the editor."""
        self.model.removeRows(0, self.model.rowCount())
        shown: list[plans.PlanSummary] = []
        if self.family_uid is not None:
            every = plans.list_plans(self.store, self.family_uid)
            replaced = {p.previous_plan_uid for p in every if p.previous_plan_uid}
            shown = [p for p in every if p.uid not in replaced]
        today = date.today()
        for p in shown:
            cells = [
                QStandardItem(p.title),
                QStandardItem(str(p.version)),
                QStandardItem(words.label("plan_status", p.status)),
                QStandardItem(format_date(p.agreed_on)),
                QStandardItem(format_date(p.next_review)),
            ]
            if p.status == "agreed" and plans.next_review_status(p.next_review, today) == "overdue":
                cells[COL_REVIEW].setForeground(QBrush(OVERDUE))
                cells[COL_REVIEW].setToolTip(self.tr("The review is overdue"))
                font = cells[COL_REVIEW].font()
                font.setBold(True)
                cells[COL_REVIEW].setFont(font)
            for c in cells:
                c.setData(p.uid, UID_ROLE)
            self.model.appendRow(cells)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Stretch)
        for col in (COL_VERSION, COL_STATUS, COL_AGREED, COL_REVIEW):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self._update_actions()
        # Show the chosen plan; a newer version of its chain stands in for it in the list.
        target = select_uid
        if target is None and shown:
            target = shown[0].uid
        row = self._row_of(target) if target else -1
        if row < 0 and target is not None:
            chain = [v.uid for v in plans.plan_versions(self.store, target)]
            row = next((r for r in range(self.model.rowCount()) if self._uid(r) in chain), -1)
        self.table.selectionModel().blockSignals(True)
        if row >= 0:
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
        self.table.selectionModel().blockSignals(False)
        if self.editor.plan is None or self.editor.plan.uid != target:
            self.editor.load_plan(target)

    def _uid(self, row: int) -> str:
        return str(self.model.item(row, 0).data(UID_ROLE))

    def _row_of(self, uid: str) -> int:
        return next((r for r in range(self.model.rowCount()) if self._uid(r) == uid), -1)

    def current_plan_uid(self) -> str | None:
        return self.editor.plan.uid if self.editor.plan else None

    def _update_actions(self) -> None:
        has_family = self.family_uid is not None
        self.new_button.setEnabled(has_family)
        self.previous_action.setEnabled(has_family and self.model.rowCount() > 0)

    def _row_changed(self, current, _previous) -> None:  # type: ignore[no-untyped-def]
        if not current.isValid():
            return
        uid = self._uid(current.row())
        if self.editor.plan is not None and self.editor.plan.uid == uid:
            return
        if not self._leave_editor():
            old = self._row_of(self.editor.plan.uid) if self.editor.plan else -1
            self.table.selectionModel().blockSignals(True)
            if old >= 0:
                self.table.selectRow(old)
            self.table.selectionModel().blockSignals(False)
            return
        self.editor.load_plan(uid)

    def _plans_changed(self, uid: str) -> None:
        self.refresh(uid)

    def _leave_editor(self) -> bool:
        """Before showing another plan: save, discard or stay. True to go on."""
        if not self.editor.has_unsaved_changes():
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved changes"),
            self.tr("The plan has unsaved changes. Save them?"),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.editor.save()
        if answer == QMessageBox.StandardButton.Discard:
            self.editor.discard()
            return True
        return False

    # --- new plans -----------------------------------------------------------------------

    def _created(self, make: Callable[[str], str]) -> str | None:
        """``make(family_uid)`` creates the plan; a refusal is shown, not raised."""
        family_uid = self.family_uid
        if family_uid is None or not self._leave_editor():
            return None
        try:
            uid = make(family_uid)
        except (plans.PlanError, ValueError) as exc:
            QMessageBox.warning(self, self.tr("New plan"), error_text(exc))
            return None
        self.refresh(uid)
        return str(uid)

    def new_from_template(self, template_id: str) -> str | None:
        return self._created(
            lambda family_uid: plans.create_plan_from_template(
                self.store, family_uid, template_id, ui_language()
            )
        )

    def new_blank(self) -> str | None:
        return self._created(
            lambda family_uid: plans.create_plan(
                self.store,
                family_uid,
                self.tr("Parent action plan"),
                member_uids=plans.family_parent_uids(self.store, family_uid),
            )
        )

    def new_from_previous(self) -> str | None:
        return self._created(
            lambda family_uid: plans.create_plan_from_previous(self.store, family_uid)
        )

    # --- the family view's contract --------------------------------------------------

    def has_unsaved_changes(self) -> bool:
        return self.editor.has_unsaved_changes()

    def save(self) -> bool:
        return self.editor.save()

    def discard(self) -> None:
        self.editor.discard()

    def print_current(self) -> PreviewJob | None:
        """Print / Save as PDF for the plan shown (the shell's Ctrl+P may call this)."""
        return self.editor.print_plan()
