"""The Outcomes tab: a member's measurements, their flags and changes, and the charts.

Choose a member; the table lists their measurements, newest first, with the
WHO-5 guidance flag (≤ 50 consider screening, ≤ 28 refer for assessment) and
the change since the member's previous score on the same instrument — marked
▲/▼ when it is a meaningful change (core decides what is meaningful and which
way is better). Below, the charts: WHO-5 with its guide lines, the 0–10
scales, and the goal scores of the family's current plan. The status report
dialog opens from here (button or Ctrl+P while the tab has the focus).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from famdesk.core import families, outcomes, plans
from famdesk.core.families import MemberData
from famdesk.core.outcomes import MeasurementData
from famdesk.core.storage import Store
from famdesk.ui.common import words
from famdesk.ui.common.flow_layout import wrapping_row
from famdesk.ui.common.form_support import format_date
from famdesk.ui.common.record_table import accepted, record_table
from famdesk.ui.outcomes.measurement_dialog import MeasurementDialog
from famdesk.ui.outcomes.outcome_chart import OutcomeCharts
from famdesk.ui.printing.status_report_dialog import StatusReportDialog

_Index = QModelIndex | QPersistentModelIndex
IMPROVED = QColor("#1e7a46")
WORSENED = QColor("#b3261e")
FLAG_SCREEN = QColor("#8a5a00")


@dataclass(frozen=True)
class Row:
    """One measurement as the table shows it, with its change from the previous one."""

    m: MeasurementData
    change: float | None  # since the member's previous score on the instrument
    direction: str | None  # "improved" | "worsened" | "unchanged" | None
    flag: str | None  # core guidance code


def table_rows(measurements: list[MeasurementData]) -> list[Row]:
    """Newest first; each with its change since the previous score on the same instrument."""
    previous: dict[str, float] = {}
    rows: list[Row] = []
    for m in measurements:  # oldest first, as core returns them
        before = previous.get(m.instrument)
        change = None if before is None else m.score - before
        direction = (
            None if before is None else outcomes.change_direction(m.instrument, before, m.score)
        )
        flag = outcomes.guidance(m.instrument, m.score)
        rows.append(Row(m, change, direction, flag.code if flag else None))
        previous[m.instrument] = m.score
    rows.reverse()
    return rows


def _number(value: float) -> str:
    """'52', '10,5' in Danish / '10.5' in English (the locale follows the interface)."""
    return str(int(value)) if float(value).is_integer() else QLocale().toString(value, "f", 1)


class MeasurementsModel(QAbstractTableModel):
    """Date, instrument, score, change, guidance."""

    DATE, INSTRUMENT, SCORE, CHANGE, FLAG = range(5)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Row] = []

    def set_rows(self, rows: list[Row]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> Row | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, uid: str) -> int | None:
        return next((i for i, r in enumerate(self._rows) if r.m.uid == uid), None)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 5

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return [
            self.tr("Date"),
            self.tr("Instrument"),
            self.tr("Score"),
            self.tr("Change"),
            self.tr("Guidance"),
        ][section]

    def change_text(self, r: Row) -> str:
        if r.change is None:
            return ""
        sign = "+" if r.change > 0 else ("−" if r.change < 0 else "±")
        text = f"{sign}{_number(abs(r.change))}"
        if r.direction in ("improved", "worsened"):
            arrow = "▲" if r.change > 0 else "▼"
            word = self.tr("better") if r.direction == "improved" else self.tr("worse")
            return f"{arrow} {text} ({word})"
        return text

    def flag_text(self, r: Row) -> str:
        if r.flag == "who5-refer":
            return self.tr("≤ 28: refer for assessment")
        if r.flag == "who5-screen":
            return self.tr("≤ 50: consider screening")
        return ""

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        r = self.row_at(index.row())
        if r is None or not index.isValid():
            return None
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if col == self.DATE:
                return format_date(r.m.date)
            if col == self.INSTRUMENT:
                return words.instrument_label(r.m.instrument)
            if col == self.SCORE:
                return _number(r.m.score)
            if col == self.CHANGE:
                return self.change_text(r)
            if col == self.FLAG:
                return self.flag_text(r)
        if role == Qt.ItemDataRole.ForegroundRole:
            if col == self.CHANGE and r.direction == "improved":
                return QBrush(IMPROVED)
            if col == self.CHANGE and r.direction == "worsened":
                return QBrush(WORSENED)
            if col == self.FLAG and r.flag == "who5-refer":
                return QBrush(WORSENED)
            if col == self.FLAG and r.flag == "who5-screen":
                return QBrush(FLAG_SCREEN)
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (self.SCORE, self.CHANGE):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == self.CHANGE and r.change is not None:
                threshold = outcomes.meaningful_change(r.m.instrument)
                if threshold is not None:
                    return self.tr(
                        "Change since the previous score; %1 points or more is meaningful."
                    ).replace("%1", _number(threshold))
            if col == self.FLAG and r.flag:
                return self.tr(
                    "WHO-5 guidance: 50 or less suggests reduced well-being (consider "
                    "screening for depression); 28 or less suggests likely depression "
                    "(refer for assessment)."
                )
        if role == Qt.ItemDataRole.UserRole:
            return r.m.uid
        return None

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 4)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, 4))


def current_plan_uid(store: Store, family_uid: str) -> str | None:
    """The plan whose goals are charted: the live agreed one, else the newest draft."""
    summaries = plans.list_plans(store, family_uid)
    live = [p for p in summaries if p.superseded_by_uid is None]
    for status in ("agreed", "draft", "completed"):
        for p in live:  # newest first
            if p.status == status:
                return p.uid
    return None


class OutcomesTab(QWidget):
    """Measurements of the chosen member: table, New/Edit/Delete, charts, status report."""

    measurementsChanged = Signal()  # noqa: N815 - Qt naming

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.family_uid: str | None = None
        self._members: list[MemberData] = []
        self._status_dialog: QDialog | None = None

        self.member_label = QLabel(self)
        self.member = QComboBox(self)
        # As wide as the longest member's name, not more: the buttons beside it need their
        # words whole in a family pane beside the list on a laptop.
        self.member.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.member.setMinimumWidth(160)
        self.member_label.setBuddy(self.member)
        self.new_button = QPushButton(self)
        self.edit_button = QPushButton(self)
        self.delete_button = QPushButton(self)
        self.report_button = QPushButton(self)
        self.new_button.clicked.connect(self.new_measurement)
        self.edit_button.clicked.connect(self.edit_measurement)
        self.delete_button.clicked.connect(self.delete_measurement)
        self.report_button.clicked.connect(self.open_status_report)
        self.member.currentIndexChanged.connect(lambda _i: self.reload())

        self.model = MeasurementsModel(self)
        self.table = record_table(
            self.model,
            self,
            on_open=self.edit_measurement,
            on_delete=self.delete_measurement,
            on_current_changed=self._update_buttons,
        )
        self.empty = QLabel(self)
        self.empty.setObjectName("hint")
        self.empty.setWordWrap(True)

        # Ctrl+P while the focus is in this tab: the status report.
        self.report_action = QAction(self)
        # Ctrl+P is the main window's Print action, which routes here on this tab.
        self.report_action.triggered.connect(self.open_status_report)
        self.addAction(self.report_action)

        self.charts = OutcomeCharts(self)

        top = QHBoxLayout()
        top.addWidget(self.member_label)
        top.addWidget(self.member)
        top.addSpacing(12)
        # The buttons wrap to a second line rather than lose their words beside a long name.
        top.addWidget(
            wrapping_row(self.new_button, self.edit_button, self.delete_button, self.report_button),
            1,
        )
        upper = QWidget(self)
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addLayout(top)
        upper_layout.addWidget(self.table, 1)
        upper_layout.addWidget(self.empty)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(upper)
        # The charts scroll rather than push the window taller than a laptop screen.
        self.charts_scroll = QScrollArea(self)
        self.charts_scroll.setWidgetResizable(True)
        self.charts_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.charts_scroll.setWidget(self.charts)
        self.splitter.addWidget(self.charts_scroll)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)
        self.retranslate_ui()
        self._update_buttons()

    # --- text ----------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        self.member_label.setText(self.tr("&Member:"))
        self.new_button.setText(self.tr("&New measurement…"))
        self.new_button.setToolTip(self.tr("Enter a WHO-5, a 0–10 scale or a questionnaire score"))
        self.edit_button.setText(self.tr("&Edit…"))
        self.edit_button.setToolTip(self.tr("Correct the selected measurement (Enter)"))
        self.delete_button.setText(self.tr("&Delete…"))
        self.delete_button.setToolTip(self.tr("Delete the selected measurement (Del)"))
        self.report_button.setText(self.tr("Status &report…"))
        self.report_button.setToolTip(
            self.tr("Write and preview the status report for the caseworker (Ctrl+P)")
        )
        self.report_action.setText(self.tr("Status report…"))
        self.table.setAccessibleName(self.tr("Measurements"))
        self._fill_members()
        self._update_empty()
        self.model.retranslate()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # --- the FamilyView interface ------------------------------------------------------------

    def set_family(self, family_uid: str | None) -> None:
        self.family_uid = family_uid
        self._members = families.list_members(self.store, family_uid) if family_uid else []
        self._fill_members(keep=False)
        self.reload()

    def has_unsaved_changes(self) -> bool:
        return False  # every measurement is saved by its dialog

    def save(self) -> bool:
        return True

    def discard(self) -> None:
        return None

    # --- data ----------------------------------------------------------------------------------

    def _fill_members(self, keep: bool = True) -> None:
        current = self.member.currentData() if keep else None
        blocked = self.member.blockSignals(True)
        try:
            self.member.clear()
            for m in self._members:
                self.member.addItem(f"{m.full_name} ({words.label('member_role', m.role)})", m.uid)
            index = self.member.findData(current) if current else -1
            if index < 0:
                index = self._default_member_index()
            self.member.setCurrentIndex(index)
        finally:
            self.member.blockSignals(blocked)

    def _default_member_index(self) -> int:
        """The first member with a measurement, else the first parent, else the first."""
        if not self._members or self.family_uid is None:
            return -1
        measured = {m.member_uid for m in outcomes.list_measurements(self.store, self.family_uid)}
        for i, m in enumerate(self._members):
            if m.uid in measured:
                return i
        return 0

    def member_uid(self) -> str | None:
        value = self.member.currentData()
        return str(value) if value else None

    def select_member(self, member_uid: str) -> None:
        index = self.member.findData(member_uid)
        if index >= 0:
            self.member.setCurrentIndex(index)

    def reload(self, select_uid: str | None = None) -> None:
        """Read the member's measurements and the plan's goal scores again."""
        member_uid = self.member_uid()
        if self.family_uid is None or member_uid is None:
            self.model.set_rows([])
            self.charts.set_series({}, self._goal_series())
            self._update_buttons()
            self._update_empty()
            return
        rows = table_rows(outcomes.list_measurements(self.store, self.family_uid, member_uid))
        self.model.set_rows(rows)
        self.charts.set_series(outcomes.member_series(self.store, member_uid), self._goal_series())
        row = self.model.row_of(select_uid) if select_uid else (0 if rows else None)
        if row is not None:
            self.table.selectRow(row)
        self._update_buttons()
        self._update_empty()

    def _goal_series(self) -> list[tuple[str, str, list[tuple[date, int]]]]:
        if self.family_uid is None:
            return []
        plan_uid = current_plan_uid(self.store, self.family_uid)
        if plan_uid is None:
            return []
        out = []
        for goal in plans.get_plan(self.store, plan_uid).goals:
            history = plans.goal_score_history(self.store, goal.uid)
            if history:
                out.append((goal.uid, goal.title, history))
        return out

    def selected(self) -> MeasurementData | None:
        index = self.table.currentIndex()
        r = self.model.row_at(index.row()) if index.isValid() else None
        return r.m if r is not None else None

    def _update_buttons(self) -> None:
        has_member = self.family_uid is not None and self.member_uid() is not None
        chosen = self.selected() is not None
        self.member.setEnabled(bool(self._members))
        self.new_button.setEnabled(has_member)
        self.edit_button.setEnabled(has_member and chosen)
        self.delete_button.setEnabled(has_member and chosen)
        self.report_button.setEnabled(self.family_uid is not None)
        self.report_action.setEnabled(self.family_uid is not None)

    def _update_empty(self) -> None:
        if self.family_uid is not None and not self._members:
            text = self.tr("Add the family's members first (Members tab); then measure here.")
        elif self.family_uid is not None and self.model.rowCount() == 0:
            text = self.tr("No measurements for this member yet — New measurement… adds one.")
        else:
            text = ""
        self.empty.setText(text)
        self.empty.setVisible(bool(text))

    # --- actions ---------------------------------------------------------------------------------

    def new_measurement(self) -> str | None:
        if self.family_uid is None or self.member_uid() is None:
            return None
        dialog = MeasurementDialog(
            self.store, self.family_uid, self._members, member_uid=self.member_uid(), parent=self
        )
        saved = accepted(dialog)  # the dialog is freed later: its fields can still be read
        uid = dialog.measurement_uid
        member_uid = dialog.member.currentData()
        if not saved or uid is None:
            return None
        self._after_change(uid, member_uid)
        return uid

    def edit_measurement(self) -> bool:
        m = self.selected()
        if m is None or self.family_uid is None:
            return False
        dialog = MeasurementDialog(
            self.store, self.family_uid, self._members, measurement=m, parent=self
        )
        saved = accepted(dialog)
        member_uid = dialog.member.currentData()
        if not saved:
            return False
        self._after_change(m.uid, member_uid)
        return True

    def delete_measurement(self) -> bool:
        m = self.selected()
        if m is None:
            return False
        answer = QMessageBox.question(
            self,
            self.tr("Delete measurement"),
            self.tr("Delete the %1 measurement of %2 (score %3)? This cannot be undone.")
            .replace("%1", words.instrument_label(m.instrument))
            .replace("%2", format_date(m.date))
            .replace("%3", _number(m.score)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        outcomes.delete_measurement(self.store, m.uid)
        self.reload()
        self.measurementsChanged.emit()
        return True

    def _after_change(self, uid: str, member_uid: Any) -> None:
        if member_uid and member_uid != self.member_uid():
            blocked = self.member.blockSignals(True)
            self.member.setCurrentIndex(self.member.findData(member_uid))
            self.member.blockSignals(blocked)
        self.reload(select_uid=uid)
        self.table.setFocus()
        self.measurementsChanged.emit()

    def open_status_report(self) -> QDialog | None:
        """The status report dialog for the family (texts, period, preview)."""
        if self.family_uid is None:
            return None
        dialog = StatusReportDialog(self.store, self.family_uid, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self._status_dialog = dialog
        dialog.destroyed.connect(lambda _o=None: setattr(self, "_status_dialog", None))
        dialog.open()
        return dialog
