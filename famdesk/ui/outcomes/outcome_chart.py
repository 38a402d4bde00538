"""Charts of scores over time (QtCharts): measurements per instrument and goal scores.

``ScoreChart`` is one chart with a date axis and a fixed value range; lines
have visible points and a tooltip per point, and guide lines (WHO-5's 50 and
28) are dashed and named in the legend. The legend is a wrapping label under the
chart (``legend_label``), not Qt Charts' own: that one keeps its entries on one
line and cuts long names ("WHO-5 well…") on a laptop. ``OutcomeCharts`` lays out the charts
the Outcomes tab shows for a member: WHO-5 (0–100), the 0–10 scales, the
licensed 0–40 scores when there are any, and the plan's goal scores.
Instrument names come from the catalogue (``ui.common.words.instrument_label``).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, time, timedelta

from PySide6.QtCharts import QChart, QChartView, QDateTimeAxis, QLineSeries, QValueAxis
from PySide6.QtCore import QDateTime, QEvent, QLocale, QMargins, QPointF, Qt
from PySide6.QtGui import QColor, QCursor, QPainter, QPen, QResizeEvent
from PySide6.QtWidgets import QGridLayout, QToolTip, QVBoxLayout, QWidget

from famdesk.core.instruments import INSTRUMENTS
from famdesk.core.outcomes import WHO5_REFER_AT, WHO5_SCREEN_AT
from famdesk.ui.common import words
from famdesk.ui.common.qt_dates import pydate, qdate, qdatetime
from famdesk.ui.common.wrapping_label import WrappingLabel

#: Colour-blind-safe line colours (Okabe–Ito), one per series in turn.
PALETTE = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000")
GUIDE_SCREEN = "#B7791F"
GUIDE_REFER = "#B3261E"
#: The room one date label on the time axis needs, so labels are never cut.
PX_PER_DATE_LABEL = 80


def to_msecs(day: date) -> float:
    """A date as milliseconds since the epoch (noon, local time), as QDateTimeAxis wants."""
    return float(qdatetime(datetime.combine(day, time(12, 0))).toMSecsSinceEpoch())


def from_msecs(value: float) -> date:
    return pydate(QDateTime.fromMSecsSinceEpoch(int(value)).date())


def group_of(instrument: str) -> str:
    """Which chart an instrument belongs on: 'who5', 'scale' or 'other'."""
    known = INSTRUMENTS.get(instrument)
    if known is None:
        return "other"
    if known.kind == "who5":
        return "who5"
    return "scale" if known.kind == "scale" else "other"


class ScoreChart(QChartView):
    """Scores over time on one chart: a line with points per series, dashed guide lines."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(250)
        chart = QChart()
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.legend().hide()
        self.legend_label = WrappingLabel("", self)
        self.legend_label.setObjectName("chartLegend")
        self.legend_label.setTextFormat(Qt.TextFormat.RichText)
        self.legend_label.hide()
        self._max_ticks = 6
        chart.setBackgroundRoundness(4)
        self.setChart(chart)
        self.x_axis = QDateTimeAxis()
        self.x_axis.setFormat("MM-yyyy")
        self.x_axis.setTitleText("")
        self.y_axis = QValueAxis()
        self.y_axis.setLabelFormat("%d")
        chart.addAxis(self.x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(self.y_axis, Qt.AlignmentFlag.AlignLeft)
        self.lines: dict[str, QLineSeries] = {}
        self.guides: list[QLineSeries] = []
        self.empty_text = ""
        self._tooltip_names: dict[QLineSeries, str] = {}

    # --- content ---------------------------------------------------------------------------

    def set_data(
        self,
        title: str,
        series: Sequence[tuple[str, str, Sequence[tuple[date, float]]]],
        y_range: tuple[float, float],
        guides: Sequence[tuple[str, float, str]] = (),
        empty_text: str = "",
        x_range: tuple[date, date] | None = None,
    ) -> None:
        """Draw ``series`` as (key, legend name, points); ``guides`` as (name, y, colour)."""
        chart = self.chart()
        chart.removeAllSeries()
        self.lines = {}
        self.guides = []
        self._tooltip_names = {}
        self.empty_text = empty_text
        has_points = any(points for _, _, points in series)
        chart.setTitle(title if has_points or not empty_text else f"{title} — {empty_text}")
        days = [d for _, _, points in series for d, _ in points]
        if x_range is not None:
            days += list(x_range)
        first = min(days) if days else date.today() - timedelta(days=90)
        last = max(days) if days else date.today()
        pad = max(7, (last - first).days // 20)
        lo, hi = first - timedelta(days=pad), last + timedelta(days=pad)
        self.x_axis.setRange(
            qdatetime(datetime.combine(lo, time(0, 0))), qdatetime(datetime.combine(hi, time(0, 0)))
        )
        span = (hi - lo).days
        self.x_axis.setFormat("dd-MM-yy" if span < 120 else "MM-yyyy")
        self._max_ticks = 6 if span >= 60 else 4
        self._fit_ticks()
        self.y_axis.setRange(*y_range)
        step = 20 if y_range[1] - y_range[0] >= 50 else (10 if y_range[1] - y_range[0] > 10 else 2)
        self.y_axis.setTickInterval(step)
        self.y_axis.setTickType(QValueAxis.TickType.TicksDynamic)
        self.y_axis.setTickAnchor(y_range[0])
        for i, (key, name, points) in enumerate(series):
            if not points:
                continue
            line = QLineSeries()
            line.setName(name)
            for day, value in points:
                line.append(to_msecs(day), float(value))
            pen = QPen(QColor(PALETTE[i % len(PALETTE)]))
            pen.setWidthF(2.5)
            line.setPen(pen)
            line.setPointsVisible(True)
            line.setMarkerSize(7)
            line.hovered.connect(lambda point, state, s=line: self._hovered(s, point, state))
            self._attach(line)
            self.lines[key] = line
            self._tooltip_names[line] = name
        for guide_name, y, colour in guides:
            line = QLineSeries()
            line.setName(guide_name)
            line.append(to_msecs(lo), y)
            line.append(to_msecs(hi), y)
            pen = QPen(QColor(colour))
            pen.setStyle(Qt.PenStyle.DashLine)
            pen.setWidthF(1.5)
            line.setPen(pen)
            self._attach(line)
            self.guides.append(line)
        self.legend_label.setText(self._legend_html())
        placed = self.legend_label.parentWidget() is not self  # see with_legend()
        self.legend_label.setVisible(placed and (bool(self.lines) or bool(self.guides)))

    def _legend_html(self) -> str:
        """Each line's colour and name; entries and long names wrap onto more lines."""
        entries = []
        for line in [*self.lines.values(), *self.guides]:
            pen = line.pen()
            mark = "- - -" if pen.style() == Qt.PenStyle.DashLine else "&#9632;"
            name = line.name().replace("&", "&amp;").replace("<", "&lt;")
            entries.append(f'<span style="color:{pen.color().name()}">{mark}</span>&nbsp;{name}')
        return " &nbsp;&nbsp; ".join(entries)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._fit_ticks()

    def _fit_ticks(self) -> None:
        """As many date labels as the plot has room for, at most ``_max_ticks``."""
        room = self.chart().plotArea().width() or self.width() * 0.8
        self.x_axis.setTickCount(max(2, min(self._max_ticks, int(room // PX_PER_DATE_LABEL) + 1)))

    def with_legend(self) -> QWidget:
        """The chart with its legend below it, to put in a layout."""
        box = QWidget(self.parentWidget())
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(self, 1)
        column.addWidget(self.legend_label)
        return box

    def _attach(self, line: QLineSeries) -> None:
        self.chart().addSeries(line)
        line.attachAxis(self.x_axis)
        line.attachAxis(self.y_axis)

    def points(self, key: str) -> list[tuple[date, float]]:
        """The drawn points of a series as (date, value): what a test or a reader checks."""
        line = self.lines.get(key)
        if line is None:
            return []
        return [(from_msecs(p.x()), p.y()) for p in line.points()]

    def _hovered(self, line: QLineSeries, point: QPointF, state: bool) -> None:
        if not state:
            QToolTip.hideText()
            return
        # Snap to the nearest drawn point: the hover position lies anywhere on the line.
        near = min(line.points(), key=lambda p: abs(p.x() - point.x()), default=None)
        if near is None:
            return
        day = QLocale().toString(qdate(from_msecs(near.x())), QLocale.FormatType.ShortFormat)
        value = QLocale().toString(near.y(), "f", 0 if near.y().is_integer() else 1)
        QToolTip.showText(QCursor.pos(), f"{self._tooltip_names.get(line, '')}\n{day}: {value}")


class OutcomeCharts(QWidget):
    """The Outcomes tab's charts for one member: WHO-5, 0–10 scales, other scores, goals."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.who5 = ScoreChart(self)
        self.scales = ScoreChart(self)
        self.other = ScoreChart(self)
        self.goals = ScoreChart(self)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSpacing(8)
        self.boxes = {
            chart: chart.with_legend() for chart in (self.who5, self.scales, self.goals, self.other)
        }
        self.grid.addWidget(self.boxes[self.who5], 0, 0)
        self.grid.addWidget(self.boxes[self.scales], 0, 1)
        self.grid.addWidget(self.boxes[self.goals], 1, 0)
        self.grid.addWidget(self.boxes[self.other], 1, 1)
        self._series: dict[str, list[tuple[date, float]]] = {}
        self._goal_series: list[tuple[str, str, list[tuple[date, float]]]] = []
        self.redraw()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.redraw()
        super().changeEvent(event)

    def set_series(
        self,
        member_series: dict[str, list[tuple[date, float]]],
        goal_series: Sequence[tuple[str, str, Sequence[tuple[date, int]]]] = (),
    ) -> None:
        """The member's scores per instrument and the plan goals' (uid, title, scores)."""
        self._series = {k: list(v) for k, v in member_series.items()}
        self._goal_series = [
            (uid, title, [(d, float(s)) for d, s in pts]) for uid, title, pts in goal_series
        ]
        self.redraw()

    def redraw(self) -> None:
        groups: dict[str, list[tuple[str, str, list[tuple[date, float]]]]] = {
            "who5": [],
            "scale": [],
            "other": [],
        }
        for name in sorted(self._series, key=_order):
            groups[group_of(name)].append((name, words.instrument_label(name), self._series[name]))
        # One time axis for every chart, so a score and a goal review line up by eye.
        days = [d for pts in self._series.values() for d, _ in pts]
        days += [d for _, _, pts in self._goal_series for d, _ in pts]
        span = (min(days), max(days)) if days else None
        self.who5.set_data(
            self.tr("WHO-5 well-being (0–100)"),
            groups["who5"],
            (0, 100),
            guides=[
                (self.tr("≤ 50: consider screening"), WHO5_SCREEN_AT, GUIDE_SCREEN),
                (self.tr("≤ 28: refer for assessment"), WHO5_REFER_AT, GUIDE_REFER),
            ],
            empty_text=self.tr("no measurements"),
            x_range=span,
        )
        self.scales.set_data(
            self.tr("Scales (0–10)"),
            groups["scale"],
            (0, 10),
            empty_text=self.tr("no measurements"),
            x_range=span,
        )
        top = max((v for _, _, pts in groups["other"] for _, v in pts), default=40.0)
        self.other.set_data(
            self.tr("Other scores"),
            groups["other"],
            (0, max(40.0, top)),
            empty_text=self.tr("no measurements"),
            x_range=span,
        )
        # Without licensed scores the goals chart takes the whole second row.
        self.grid.removeWidget(self.boxes[self.goals])
        self.grid.addWidget(self.boxes[self.goals], 1, 0, 1, 1 if groups["other"] else 2)
        self.boxes[self.other].setVisible(bool(groups["other"]))
        self.goals.set_data(
            self.tr("Goal scores at plan reviews (0–10)"),
            [(uid, _short(title), pts) for uid, title, pts in self._goal_series],
            (0, 10),
            empty_text=self.tr("no plan with scored goals"),
            x_range=span,
        )


def _order(name: str) -> tuple[int, str]:
    known = list(INSTRUMENTS)
    return (known.index(name), "") if name in known else (len(known), name.casefold())


def _short(title: str, limit: int = 40) -> str:
    """A goal title short enough for a legend entry."""
    title = " ".join(title.split())
    return title if len(title) <= limit else title[: limit - 1].rstrip() + "…"
