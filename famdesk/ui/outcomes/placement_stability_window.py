"""Placement stability across the caseload: do the placements that start hold?

For the team lead and the evaluation of *Styrket match*: the placements started
in a period, how many are still stable 3, 6 and 12 months on, and the
breakdowns within the first year by cause and by the site's type. Every
figure shows its n — a placement too recent to judge at a mark is left out of
that mark (``core.placement.stability`` computes and explains it). Two bar
charts (stable share per mark; first-year breakdowns per cause and site
type), the table of every figure, and Export CSV… (Danish Excel dialect in
Danish) with exactly the table's rows.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QValueAxis,
)
from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from famdesk.core import rules
from famdesk.core.dates import add_months
from famdesk.core.placement import stability
from famdesk.core.placement.stability import FigureRow, StabilityReport
from famdesk.core.storage import Store
from famdesk.ui.common.form_support import (
    DateField,
    ErrorLabel,
    format_date,
    not_a_date,
    ui_language,
)
from famdesk.ui.common.screen_fit import fitted_size
from famdesk.ui.common.tool_window import ToolWindowLauncher
from famdesk.ui.shell.host import WindowHost

_Index = QModelIndex | QPersistentModelIndex
#: The period shown first: placements started in the last three years.
DEFAULT_MONTHS = 36
STABLE_COLOUR = "#009E73"
BREAKDOWN_COLOUR = "#D55E00"


def percent(share: float | None) -> str:
    """A share as the window writes it ("75 %"); a dash when there is no n to count over."""
    if share is None:
        return "–"
    return f"{QLocale().toString(100.0 * share, 'f', 0)} %"


class StabilityModel(QAbstractTableModel):
    """One row per figure (``stability.figure_rows``): what it counts, count, n, share."""

    FIGURE, COUNT, N, SHARE = range(4)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[FigureRow] = []

    def set_rows(self, rows: list[FigureRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[FigureRow]:
        return list(self._rows)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 4

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return [self.tr("Figure"), self.tr("Count"), self.tr("n"), self.tr("Share")][section]
        if role == Qt.ItemDataRole.ToolTipRole and section == self.N:
            return self.tr("The placements the figure is counted over")
        return None

    def figure_text(self, row: FigureRow) -> str:
        label = stability.figure_label(row, ui_language())
        if row.figure == "breakdowns_by_cause":
            return self.tr("First-year breakdowns, cause: %1").replace("%1", label)
        if row.figure == "breakdowns_by_site_type":
            return self.tr("First-year breakdowns, site type: %1").replace("%1", label)
        return label

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return [self.figure_text(row), str(row.count), str(row.n), percent(row.share)][col]
        if role == Qt.ItemDataRole.TextAlignmentRole and col != self.FIGURE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 3)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, 3))


class ShareChart(QChartView):
    """Bars of shares (0–100 %), one per figure; each category names its n."""

    def __init__(self, horizontal: bool, colour: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.horizontal = horizontal
        self.colour = colour
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(220)
        self.setChart(QChart())
        self.chart().legend().hide()
        #: The category labels as drawn (each ends with its n), and the bars' values in %.
        self.categories: list[str] = []
        self.values: list[float] = []

    def set_bars(self, title: str, bars: Sequence[tuple[str, FigureRow]]) -> None:
        """``bars``: (what it counts, the figure) pairs, drawn top to bottom or left to right."""
        chart = self.chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        chart.setTitle(title)
        self.categories = [
            self.tr("%1 (n = %2)").replace("%1", label).replace("%2", str(row.n))
            for label, row in bars
        ]
        # Whole per cents, as the table writes them (the bar's label is printf's, not Danish).
        self.values = [
            float(round(100 * row.share)) if row.share is not None else 0.0 for _, row in bars
        ]
        # A horizontal chart lists from the bottom up; reversed, it reads top down like the table.
        order = slice(None, None, -1) if self.horizontal else slice(None)
        bar_set = QBarSet(title)
        bar_set.setColor(QColor(self.colour))
        bar_set.append(self.values[order])
        series = QHorizontalBarSeries() if self.horizontal else QBarSeries()
        series.append(bar_set)
        series.setLabelsVisible(True)
        series.setLabelsFormat("@value %")
        chart.addSeries(series)
        categories = QBarCategoryAxis()
        categories.append(self.categories[order])
        share_axis = QValueAxis()
        share_axis.setRange(0, 100)
        share_axis.setLabelFormat("%d %%")
        share_axis.setTickCount(6)
        left, bottom = Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignBottom
        category_side, value_side = (left, bottom) if self.horizontal else (bottom, left)
        chart.addAxis(categories, category_side)
        chart.addAxis(share_axis, value_side)
        series.attachAxis(categories)
        series.attachAxis(share_axis)


class PlacementStabilityWindow(QDialog):
    """The period, the two charts, the table of figures and Export CSV…."""

    def __init__(
        self, store: Store, parent: QWidget | None = None, today: date | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("placementStabilityWindow")
        self.store = store
        self.today = today or date.today()
        self.report: StabilityReport | None = None
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)

        self.date_from = DateField(self)
        self.date_to = DateField(self)
        self.from_label = QLabel(self)
        self.from_label.setBuddy(self.date_from)
        self.to_label = QLabel(self)
        self.to_label.setBuddy(self.date_to)
        self.apply_button = QPushButton(self)
        self.period_error = ErrorLabel(self)
        self.summary = QLabel(self)
        self.summary.setObjectName("hint")
        self.summary.setWordWrap(True)
        self.stable_chart = ShareChart(True, STABLE_COLOUR, self)
        self.breakdown_chart = ShareChart(True, BREAKDOWN_COLOUR, self)
        self.model = StabilityModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(StabilityModel.FIGURE, QHeaderView.ResizeMode.Stretch)
        self.export_button = QPushButton(self)
        self.close_button = QPushButton(self)

        filters = QHBoxLayout()
        filters.addWidget(self.from_label)
        filters.addWidget(self.date_from)
        filters.addWidget(self.to_label)
        filters.addWidget(self.date_to)
        filters.addWidget(self.apply_button)
        filters.addStretch(1)
        charts = QWidget(self)
        charts_row = QHBoxLayout(charts)
        charts_row.setContentsMargins(0, 0, 0, 0)
        charts_row.addWidget(self.stable_chart, 2)
        charts_row.addWidget(self.breakdown_chart, 3)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(charts)
        splitter.addWidget(self.table)
        splitter.setChildrenCollapsible(False)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.period_error)
        layout.addWidget(self.summary)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)

        self.apply_button.clicked.connect(self.refresh)
        self.date_from.returnPressed.connect(self.refresh)
        self.date_to.returnPressed.connect(self.refresh)
        self.export_button.clicked.connect(self.export_csv)
        self.close_button.clicked.connect(self.accept)
        self.date_from.set_value(add_months(self.today, -DEFAULT_MONTHS))
        self.date_to.set_value(self.today)
        self.resize(fitted_size(self, 1200, 760))
        self.retranslate_ui()
        self.refresh()

    # --- text ----------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Placement stability"))
        self.from_label.setText(self.tr("Placed &from:"))
        self.to_label.setText(self.tr("&to:"))
        self.apply_button.setText(self.tr("&Apply"))
        self.export_button.setText(self.tr("&Export CSV…"))
        self.close_button.setText(self.tr("&Close"))
        self.table.setAccessibleName(self.tr("Stability figures"))
        self.model.retranslate()
        self._show()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # --- the figures --------------------------------------------------------------------------

    def period(self) -> tuple[date, date] | None:
        """The period typed; None (with the reason shown) when it is not one."""
        try:
            start, end = self.date_from.value(), self.date_to.value()
        except ValueError:
            self.period_error.show_error(not_a_date())
            return None
        if start is None or end is None:
            self.period_error.show_error(not_a_date())
            return None
        backwards = rules.period_problem(start, end)
        if backwards is not None:
            self.period_error.show_error(backwards)
            return None
        self.period_error.show_message("")
        return start, end

    def refresh(self) -> bool:
        """Compute the figures for the period as typed, as of today."""
        chosen = self.period()
        if chosen is None:
            return False
        self.report = stability.stability(self.store, *chosen, today=self.today)
        self.model.set_rows(stability.figure_rows(self.report))
        self._show()
        return True

    def _show(self) -> None:
        report = self.report
        if report is None:
            return
        rows = stability.figure_rows(report)
        lang = ui_language()
        self.stable_chart.set_bars(
            self.tr("Still stable"),
            [
                (self.tr("%1 months").replace("%1", r.key), r)
                for r in rows
                if r.figure == "stable_after"
            ],
        )
        self.breakdown_chart.set_bars(
            self.tr("Breakdowns within the first year"),
            [
                (stability.figure_label(r, lang), r)
                for r in rows
                if r.figure in ("breakdowns_by_cause", "breakdowns_by_site_type")
            ],
        )
        self.summary.setText(
            self.tr(
                "%n placement(s) started in the period, counted as of %1. A placement too "
                "recent to judge at a mark is left out of that mark; n is what each figure is "
                "counted over.",
                "",
                report.placements,
            ).replace("%1", format_date(report.today))
        )
        self.export_button.setEnabled(report.placements > 0)

    def export_csv(self) -> str | None:
        """Write the table's figures as CSV where the worker chooses."""
        if self.report is None or self.report.placements == 0:
            return None
        suggested = f"placement-stability-{self.today.isoformat()}.csv"
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export CSV"), suggested, self.tr("CSV files (*.csv)")
        )
        if not path:
            return None
        try:
            stability.export_csv(self.report, path, dialect=ui_language())
        except OSError as exc:
            QMessageBox.warning(
                self,
                self.tr("Export CSV"),
                self.tr("The file could not be written: %1").replace(
                    "%1", exc.strerror or str(exc)
                ),
            )
            return None
        return path


class PlacementStabilityTool(ToolWindowLauncher[PlacementStabilityWindow]):
    """Tools → Placement stability…: one window per main window, raised when opened again."""

    window_class = PlacementStabilityWindow

    def __init__(self, window: QMainWindow, store: Store) -> None:
        super().__init__(window, store, "placementStabilityTool")

    def retranslate_ui(self) -> None:
        self.action.setText(self.tr("Placement s&tability…"))
        self.action.setStatusTip(
            self.tr("Placements still stable after 3, 6 and 12 months, and first-year breakdowns")
        )


def install_placement_stability(host: WindowHost) -> PlacementStabilityTool:
    """Add Tools → Placement stability… to the main window."""
    tool = PlacementStabilityTool(host.window_widget(), host.store)
    host.add_tool_action(tool.action)
    return tool
