"""A small line chart of one goal's 0–10 scores over time: the baseline, then each review."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, time

from PySide6.QtCharts import (
    QChart,
    QChartView,
    QDateTimeAxis,
    QLineSeries,
    QScatterSeries,
    QValueAxis,
)
from PySide6.QtCore import QDateTime, QMargins, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QWidget

from famdesk.ui.common.qt_dates import qdatetime
from famdesk.vocabulary import SCALE_MAX, SCALE_MIN

LINE_COLOUR = QColor("#1f5f8b")


def _msecs(day: date) -> float:
    return float(qdatetime(datetime.combine(day, time(12))).toMSecsSinceEpoch())


class ScoreChart(QChartView):
    """Shows ``set_history([(date, score), …])``; the first point is the baseline."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scoreChart")
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumSize(220, 140)
        self._points: list[tuple[date, int]] = []
        chart = QChart()
        chart.legend().hide()
        chart.setMargins(QMargins(2, 2, 2, 2))
        chart.setBackgroundRoundness(0)
        self.setChart(chart)
        self.line = QLineSeries()
        self.line.setPen(QPen(LINE_COLOUR, 2))
        self.dots = QScatterSeries()
        self.dots.setMarkerSize(8)
        self.dots.setColor(LINE_COLOUR)
        self.dots.setBorderColor(LINE_COLOUR)
        chart.addSeries(self.line)
        chart.addSeries(self.dots)
        self.x_axis = QDateTimeAxis()
        self.x_axis.setFormat("dd-MM-yy")
        self.x_axis.setTickCount(3)
        self.y_axis = QValueAxis()
        self.y_axis.setRange(SCALE_MIN, SCALE_MAX)
        self.y_axis.setTickCount(6)
        self.y_axis.setLabelFormat("%d")
        for axis, side in (
            (self.x_axis, Qt.AlignmentFlag.AlignBottom),
            (self.y_axis, Qt.AlignmentFlag.AlignLeft),
        ):
            small = axis.labelsFont()
            small.setPointSizeF(max(6.0, small.pointSizeF() - 2))
            axis.setLabelsFont(small)
            chart.addAxis(axis, side)
            self.line.attachAxis(axis)
            self.dots.attachAxis(axis)
        self.set_history([])

    def set_history(self, points: Sequence[tuple[date, int]]) -> None:
        """Replace the points (oldest first); the x axis spans them with a margin."""
        self._points = list(points)
        self.line.clear()
        self.dots.clear()
        for day, score in self._points:
            self.line.append(_msecs(day), float(score))
            self.dots.append(_msecs(day), float(score))
        if self._points:
            first, last = self._points[0][0], self._points[-1][0]
            margin = max((last - first).days * 0.08, 7) * 86_400_000
            lo, hi = _msecs(first) - margin, _msecs(last) + margin
        else:
            today = date.today()
            lo, hi = _msecs(today) - 30 * 86_400_000, _msecs(today) + 30 * 86_400_000
        self.x_axis.setRange(
            QDateTime.fromMSecsSinceEpoch(int(lo)), QDateTime.fromMSecsSinceEpoch(int(hi))
        )
        self.setToolTip(", ".join(f"{d:%d-%m-%Y}: {s}" for d, s in self._points))

    def points(self) -> list[tuple[date, int]]:
        """What the chart shows, oldest first."""
        return list(self._points)

    def point_count(self) -> int:
        return self.dots.count()
