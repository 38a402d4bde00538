"""Caseload outcomes: first versus latest score per instrument, across the families.

For the team lead and the programme evaluation: filter by setting, programme
and period; per instrument the members with a first and a latest score (n),
the mean first and latest score, the mean change with its 95 % confidence
interval, and the shares improved and worsened by a meaningful change (all
computed in ``core.outcome_stats``). The chart puts the instruments side by
side as dot and whisker: the mean change in the better direction, as a
percentage of the instrument's range, so WHO-5 (0–100) and a 0–10 scale can
be read on one axis; the tooltip gives the figures in the instrument's own
points. Export CSV… writes the table (Danish Excel dialect in Danish).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCharts import (
    QCategoryAxis,
    QChart,
    QChartView,
    QLineSeries,
    QScatterSeries,
    QValueAxis,
)
from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QPointF,
    Qt,
)
from PySide6.QtGui import QColor, QCursor, QPainter, QPen
from PySide6.QtWidgets import (
    QComboBox,
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
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from famdesk.core import outcome_stats, programmes, rules
from famdesk.core.instruments import INSTRUMENTS
from famdesk.core.outcome_stats import InstrumentOutcome
from famdesk.core.storage import Store
from famdesk.ui.common import words
from famdesk.ui.common.form_support import DateField, ErrorLabel, not_a_date, ui_language
from famdesk.ui.common.screen_fit import fitted_size
from famdesk.ui.common.tool_window import ToolWindowLauncher
from famdesk.ui.shell.host import WindowHost

_Index = QModelIndex | QPersistentModelIndex
ANY = ""


def better_share_of_range(row: InstrumentOutcome) -> tuple[float, float, float] | None:
    """(mean, CI low, CI high) of the change in the better direction, in % of the range.

    None for an instrument without a known range and direction, or with n < 2.
    """
    known = INSTRUMENTS.get(row.instrument)
    if (
        known is None
        or row.mean_change is None
        or row.ci_low is None
        or row.ci_high is None
        or row.higher_is_better is None
    ):
        return None
    span = float(known.score_max - known.score_min)
    sign = 1.0 if row.higher_is_better else -1.0
    ends = sorted((sign * row.ci_low * 100 / span, sign * row.ci_high * 100 / span))
    return sign * row.mean_change * 100 / span, ends[0], ends[1]


class OutcomesModel(QAbstractTableModel):
    """One row per instrument: n, means, change with CI, shares improved and worsened."""

    INSTRUMENT, N, FIRST, LATEST, CHANGE, CI, IMPROVED, WORSENED = range(8)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[InstrumentOutcome] = []

    def set_rows(self, rows: list[InstrumentOutcome]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[InstrumentOutcome]:
        return list(self._rows)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 8

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return [
                self.tr("Instrument"),
                self.tr("n"),
                self.tr("Mean first"),
                self.tr("Mean latest"),
                self.tr("Mean change"),
                self.tr("95% CI"),
                self.tr("Improved"),
                self.tr("Worsened"),
            ][section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return [
                None,
                self.tr("Members with a first and a latest score in the period"),
                None,
                None,
                self.tr("Latest minus first, in the instrument's points"),
                self.tr("95% confidence interval of the mean change (Student's t)"),
                self.tr("Share better by at least a meaningful change"),
                self.tr("Share worse by at least a meaningful change"),
            ][section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        r = self._rows[index.row()]
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.cell(r, col)
        if role == Qt.ItemDataRole.TextAlignmentRole and col != self.INSTRUMENT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and col == self.INSTRUMENT:
            if r.higher_is_better is False:
                return self.tr("Lower is better")
            if r.higher_is_better:
                return self.tr("Higher is better")
        return None

    def cell(self, r: InstrumentOutcome, col: int) -> str:
        loc = QLocale()
        dash = "–"

        def num(value: float | None, digits: int = 1, signed: bool = False) -> str:
            if value is None:
                return dash
            text = loc.toString(abs(value) if signed else value, "f", digits)
            if signed:
                return ("+" if value > 0 else ("−" if value < 0 else "")) + text
            return text

        def share(count: int | None, part: float | None) -> str:
            if count is None or part is None:
                return dash
            return f"{loc.toString(100 * part, 'f', 0)} % ({count})"

        if col == self.INSTRUMENT:
            return words.instrument_label(r.instrument)
        if col == self.N:
            return str(r.n)
        if col == self.FIRST:
            return num(r.mean_first)
        if col == self.LATEST:
            return num(r.mean_latest)
        if col == self.CHANGE:
            return num(r.mean_change, signed=True)
        if col == self.CI:
            if r.ci_low is None or r.ci_high is None:
                return dash
            return f"{num(r.ci_low, signed=True)} … {num(r.ci_high, signed=True)}"
        if col == self.IMPROVED:
            return share(r.n_improved, r.share_improved)
        if col == self.WORSENED:
            return share(r.n_worsened, r.share_worsened)
        return ""

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 7)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, 7))


class ChangeChart(QChartView):
    """Dot and whisker: each instrument's mean change in the better direction, % of range."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(240)
        self.setChart(QChart())
        self.chart().legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.means = QScatterSeries()
        self.whiskers: list[QLineSeries] = []
        self.plotted: list[str] = []
        self._tips: list[str] = []

    def set_rows(self, rows: list[InstrumentOutcome]) -> None:
        chart = self.chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        self.whiskers = []
        self.plotted = []
        self._tips = []
        chart.setTitle(self.tr("Mean change, better direction (% of the scale), with 95% CI"))
        shares = [(r, better_share_of_range(r)) for r in rows]
        points = [(r, p) for r, p in shares if p is not None]
        x_axis = QValueAxis()
        x_axis.setTitleText(self.tr("Change in % of the instrument's range (right = better)"))
        x_axis.setLabelFormat("%+.0f")
        y_axis = QCategoryAxis()
        y_axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
        count = max(1, len(points))
        y_axis.setRange(-0.5, count - 0.5)
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        self.means = QScatterSeries()
        self.means.setName(self.tr("Mean change"))
        self.means.setMarkerSize(11)
        self.means.setColor(QColor("#0072B2"))
        self.means.setBorderColor(QColor("#0072B2"))
        extreme = 10.0
        loc = QLocale()
        for i, (r, (mean, low, high)) in enumerate(reversed(points)):
            y = float(i)
            y_axis.append(words.instrument_label(r.instrument), y)
            whisker = QLineSeries()
            whisker.append(low, y)
            whisker.append(high, y)
            pen = QPen(QColor("#4a5968"))
            pen.setWidthF(2.0)
            whisker.setPen(pen)
            chart.addSeries(whisker)
            whisker.attachAxis(x_axis)
            whisker.attachAxis(y_axis)
            self.whiskers.append(whisker)
            self.means.append(mean, y)
            self.plotted.append(r.instrument)
            self._tips.append(
                self.tr("%1: mean change %2 points (95% CI %3 to %4), n = %5")
                .replace("%1", words.instrument_label(r.instrument))
                .replace("%2", loc.toString(r.mean_change or 0.0, "f", 1))
                .replace("%3", loc.toString(r.ci_low or 0.0, "f", 1))
                .replace("%4", loc.toString(r.ci_high or 0.0, "f", 1))
                .replace("%5", str(r.n))
            )
            extreme = max(extreme, abs(low), abs(high))
        zero = QLineSeries()
        zero.setName(self.tr("No change"))
        zero.append(0.0, -0.5)
        zero.append(0.0, count - 0.5)
        zero_pen = QPen(QColor("#6b7785"))
        zero_pen.setStyle(Qt.PenStyle.DashLine)
        zero.setPen(zero_pen)
        chart.addSeries(zero)
        zero.attachAxis(x_axis)
        zero.attachAxis(y_axis)
        chart.addSeries(self.means)
        self.means.attachAxis(x_axis)
        self.means.attachAxis(y_axis)
        self.means.hovered.connect(self._hovered)
        limit = float(int(extreme / 10) + 1) * 10
        x_axis.setRange(-limit, limit)
        x_axis.setTickCount(int(2 * limit / 10) + 1 if limit <= 50 else 11)
        for whisker in self.whiskers:  # the whiskers need no legend entry of their own
            for marker in chart.legend().markers(whisker):
                marker.setVisible(False)
        if not points:
            chart.setTitle(
                chart.title() + " — " + self.tr("no member has two scores in the period")
            )

    def _hovered(self, point: QPointF, state: bool) -> None:
        if not state:
            QToolTip.hideText()
            return
        index = int(round(point.y()))
        if 0 <= index < len(self._tips):
            QToolTip.showText(QCursor.pos(), self._tips[index])


class CaseloadOutcomesWindow(QDialog):
    """Filters, the table per instrument, the change chart and Export CSV…."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.setting = QComboBox(self)
        self.programme = QComboBox(self)
        self.date_from = DateField(self)
        self.date_to = DateField(self)
        self.period_error = ErrorLabel(self)
        self.apply_button = QPushButton(self)
        self.export_button = QPushButton(self)
        self.close_button = QPushButton(self)
        self.summary = QLabel(self)
        self.summary.setObjectName("hint")
        self.summary.setWordWrap(True)
        self.labels = {k: QLabel(self) for k in ("setting", "programme", "from", "to")}
        for key, widget in (
            ("setting", self.setting),
            ("programme", self.programme),
            ("from", self.date_from),
            ("to", self.date_to),
        ):
            self.labels[key].setBuddy(widget)

        self.model = OutcomesModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setTabKeyNavigation(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(OutcomesModel.INSTRUMENT, QHeaderView.ResizeMode.Stretch)
        self.chart = ChangeChart(self)

        filters = QHBoxLayout()
        for key, widget in (
            ("setting", self.setting),
            ("programme", self.programme),
            ("from", self.date_from),
            ("to", self.date_to),
        ):
            filters.addWidget(self.labels[key])
            filters.addWidget(widget, 1 if key in ("setting", "programme") else 0)
        filters.addWidget(self.apply_button)
        upper = QWidget(self)
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addWidget(self.table, 1)
        upper_layout.addWidget(self.summary)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(upper)
        splitter.addWidget(self.chart)
        splitter.setChildrenCollapsible(False)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.period_error)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)

        self.apply_button.clicked.connect(self.refresh)
        self.export_button.clicked.connect(self.export_csv)
        self.close_button.clicked.connect(self.accept)
        self.setting.currentIndexChanged.connect(lambda _i: self.refresh())
        self.programme.currentIndexChanged.connect(lambda _i: self.refresh())
        self.date_from.returnPressed.connect(self.refresh)
        self.date_to.returnPressed.connect(self.refresh)
        self.resize(fitted_size(self, 1100, 760))
        self.retranslate_ui()
        self.refresh()

    # --- text ---------------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Caseload outcomes"))
        self.labels["setting"].setText(self.tr("&Setting:"))
        self.labels["programme"].setText(self.tr("&Programme:"))
        self.labels["from"].setText(self.tr("&From:"))
        self.labels["to"].setText(self.tr("&To:"))
        self.apply_button.setText(self.tr("&Apply"))
        self.export_button.setText(self.tr("&Export CSV…"))
        self.close_button.setText(self.tr("&Close"))
        self.date_from.setToolTip(self.tr("Measurements from this date (empty: from the first)"))
        self.date_to.setToolTip(self.tr("Measurements up to this date (empty: up to today)"))
        self._fill_filters()
        self.model.retranslate()
        self._update_summary()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
            self.chart.set_rows(self.model.rows())
        super().changeEvent(event)

    def _fill_filters(self) -> None:
        lang = ui_language()
        for combo, items in (
            (self.setting, words.choices("setting")),
            (self.programme, [(p.name(lang), p.code) for p in programmes.catalogue()]),
        ):
            current = combo.currentData()
            blocked = combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("All"), ANY)
            for text, value in items:
                combo.addItem(text, value)
            combo.setCurrentIndex(max(0, combo.findData(current)))
            combo.blockSignals(blocked)

    # --- figures --------------------------------------------------------------------------------

    def filters(self) -> dict[str, Any] | None:
        """The filters as core takes them; None (with the message shown) for a bad date."""
        try:
            start = self.date_from.value()
            end = self.date_to.value()
        except ValueError:
            self.period_error.show_error(not_a_date())
            return None
        backwards = rules.period_problem(start, end)
        if backwards is not None:
            self.period_error.show_error(backwards)
            return None
        self.period_error.show_message("")
        return {
            "setting": self.setting.currentData() or None,
            "programme": self.programme.currentData() or None,
            "date_from": start,
            "date_to": end,
        }

    def refresh(self) -> bool:
        """Compute the figures for the filters now."""
        chosen = self.filters()
        if chosen is None:
            return False
        rows = outcome_stats.caseload_outcomes(self.store, **chosen)
        self.model.set_rows(rows)
        self.chart.set_rows(rows)
        self._update_summary()
        self.export_button.setEnabled(bool(rows))
        return True

    def _update_summary(self) -> None:
        rows = self.model.rows()
        if not rows:
            self.summary.setText(self.tr("No measurements match the filters."))
            return
        self.summary.setText(
            self.tr(
                "First and latest score of each member in the period; a member needs two "
                "scores on an instrument to count. Improved/worsened: by at least a meaningful "
                "change (WHO-5: 10 points, 0–10 scales: 2, SDQ/ORS/SRS: 5)."
            )
        )

    def export_csv(self) -> str | None:
        """Write the table as CSV where the user chooses; Danish Excel dialect in Danish."""
        rows = self.model.rows()
        if not rows:
            return None
        suggested = f"outcomes-{date.today().isoformat()}.csv"
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export CSV"), suggested, self.tr("CSV files (*.csv)")
        )
        if not path:
            return None
        try:
            outcome_stats.export_csv(rows, path, dialect=ui_language())
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


class CaseloadOutcomesTool(ToolWindowLauncher[CaseloadOutcomesWindow]):
    """Tools → Caseload outcomes…: one window per main window, raised when open again."""

    window_class = CaseloadOutcomesWindow

    def __init__(self, window: QMainWindow, store: Store) -> None:
        super().__init__(window, store, "caseloadOutcomesTool")

    def retranslate_ui(self) -> None:
        self.action.setText(self.tr("Caseload &outcomes…"))
        self.action.setStatusTip(
            self.tr("First versus latest scores across the families, with charts and CSV export")
        )


def install_caseload_outcomes(host: WindowHost) -> CaseloadOutcomesTool:
    """Add Tools → Caseload outcomes… to the main window."""
    tool = CaseloadOutcomesTool(host.window_widget(), host.store)
    host.add_tool_action(tool.action)
    return tool
