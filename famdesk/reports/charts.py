"""Charts for printed reports, drawn with ReportLab's graphics (no Qt, no matplotlib).

Two kinds, sized for a full A4 column or for half of it (small multiples, two
to a row), and readable when printed in black and white: each series has its
own marker shape *and* dash pattern, not only its own colour. Every chart
carries its legend, whole, under the plot (it wraps into rows rather than cut
a name), and a narrow chart thins its axis labels instead of crowding them.

- ``scores_chart``: one instrument's scores over time, one line per member.
  WHO-5 is drawn on 0–100 with dashed guide lines at 50 (screen for
  depression) and 28 (likely depression), named in the legend so no label
  sits where a line may cross it; 0–10 scales on 0–10; other known
  instruments on their own range.
- ``goal_scores_chart``: plan goals' 0–10 scores from baseline through the
  reviews (one goal per chart when its caption names it: ``legend=False``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from reportlab.graphics.charts.lineplots import LinePlot
from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.graphics.widgets.markers import makeMarker
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth

from famdesk.core.instruments import INSTRUMENTS
from famdesk.core.outcomes import WHO5, WHO5_REFER_AT, WHO5_SCREEN_AT
from famdesk.reports.i18n import month_abbreviation, t

#: Full text width of an A4 page with 20 mm margins.
A4_TEXT_WIDTH = 170 * mm
DEFAULT_HEIGHT = 62 * mm
#: Room each axis label needs: month labels across, value labels up.
_X_LABEL_PITCH = 36
_Y_LABEL_PITCH = 13
#: The WHO-5 guide lines' dash (the series never use it).
_GUIDE_DASH: list[float] = [2.0, 2.0]


@dataclass(frozen=True)
class _Style:
    color: colors.Color
    marker: str
    dash: list[float] | None


#: Distinct in colour, marker and dash, so a black-and-white print tells them apart.
STYLES = (
    _Style(colors.HexColor("#1f3a5f"), "FilledCircle", None),
    _Style(colors.HexColor("#b5472a"), "FilledSquare", [4, 2]),
    _Style(colors.HexColor("#3d7a3d"), "FilledTriangle", [1.5, 1.5]),
    _Style(colors.HexColor("#6b4c9a"), "FilledDiamond", [6, 2, 1.5, 2]),
    _Style(colors.HexColor("#444444"), "Circle", [3, 3]),
    _Style(colors.HexColor("#8a6d1f"), "Square", None),
)
_GRID = colors.HexColor("#d9d9d9")
_GUIDE = colors.HexColor("#555555")
_TEXT = colors.HexColor("#222222")


def y_range(instrument: str, values: Sequence[float], most: int = 10) -> tuple[float, float, float]:
    """(min, max, step) for the value axis: the instrument's own scale, at most ``most`` steps."""
    known = INSTRUMENTS.get(instrument)
    if known is not None:
        lo, hi = float(known.score_min), float(known.score_max)
    else:
        lo = min([0.0, *values])
        hi = max([1.0, *values])
    span = hi - lo
    most = max(2, most)
    for step in (1.0, 2.0, 5.0, 10.0, 20.0, 25.0, 50.0, 100.0, 200.0, 500.0, 1000.0):
        if span / step <= most:
            return lo, hi, step
    return lo, hi, span / most


def _month_ticks(first: date, last: date, most: int = 8) -> list[date]:
    """First days of months between the two dates, thinned to at most ``most``."""
    ticks: list[date] = []
    day = date(first.year, first.month, 1)
    if day < first:
        day = date(day.year + (day.month == 12), day.month % 12 + 1, 1)
    while day <= last:
        ticks.append(day)
        day = date(day.year + (day.month == 12), day.month % 12 + 1, 1)
    most = max(2, most)
    for every in (1, 2, 3, 4, 6, 12, 24):
        thinned = [d for d in ticks if (d.year * 12 + d.month - 1) % every == 0]
        if len(thinned) <= most:
            return thinned
    return ticks[:: max(1, -(-len(ticks) // most))]


def _date_span(dates: Sequence[date]) -> tuple[date, date]:
    first, last = min(dates), max(dates)
    pad = max(7, (last - first).days // 20)
    return first - timedelta(days=pad), last + timedelta(days=pad)


_LEFT, _RIGHT, _TOP, _AXIS = 30, 14, 10, 22
_LEGEND_ROW = 12


def _plot_height(drawing: Drawing, legend_rows: int) -> float:
    return drawing.height - _AXIS - _LEGEND_ROW * legend_rows - _TOP


def _base_plot(
    drawing: Drawing,
    data: list[list[tuple[float, float]]],
    first: date,
    last: date,
    y: tuple[float, float, float],
    font: str,
    lang: str,
    legend_rows: int,
) -> LinePlot:
    plot = LinePlot()
    plot.x, plot.y = _LEFT, _AXIS + _LEGEND_ROW * legend_rows
    plot.width = drawing.width - _LEFT - _RIGHT
    plot.height = _plot_height(drawing, legend_rows)
    plot.data = data
    plot.joinedLines = 1
    plot.strokeColor = None
    xa, ya = plot.xValueAxis, plot.yValueAxis
    xa.valueMin, xa.valueMax = float(first.toordinal()), float(last.toordinal())
    ticks = _month_ticks(first, last, most=int(plot.width // _X_LABEL_PITCH))
    if ticks:
        xa.valueSteps = [float(d.toordinal()) for d in ticks]

    def month_label(value: float) -> str:
        d = date.fromordinal(int(round(value)))
        return f"{month_abbreviation(d.month, lang)} {d.year % 100:02d}"

    xa.labelTextFormat = month_label
    xa.labels.fontName, xa.labels.fontSize, xa.labels.fillColor = font, 7, _TEXT
    xa.strokeColor, xa.tickDown = _TEXT, 2
    lo, hi, step = y
    ya.valueMin, ya.valueMax, ya.valueStep = lo, hi, step
    ya.labels.fontName, ya.labels.fontSize, ya.labels.fillColor = font, 7, _TEXT
    ya.labelTextFormat = lambda v: f"{v:g}"
    ya.strokeColor, ya.tickLeft = _TEXT, 2
    ya.visibleGrid, ya.gridStrokeColor, ya.gridStrokeWidth = 1, _GRID, 0.4
    ya.gridStart, ya.gridEnd = plot.x, plot.x + plot.width
    return plot


def _sized(
    width: float, height: float, entries: Sequence[_Entry], font: str
) -> tuple[Drawing, int]:
    """A drawing whose plot is ``height`` tall with its axis, and as much taller as its
    legend needs (a wrapped legend never squeezes the plot)."""
    rows = _legend_rows(Drawing(width, height), entries, font, _LEFT)
    return Drawing(width, height + _LEGEND_ROW * rows), rows


def _y_steps(drawing: Drawing, legend_rows: int) -> int:
    """How many value steps the plot has room to label."""
    return int(_plot_height(drawing, legend_rows) // _Y_LABEL_PITCH)


def _y_at(plot: LinePlot, value: float, lo: float, hi: float) -> float:
    return plot.y + (value - lo) / (hi - lo) * plot.height


@dataclass(frozen=True)
class _Entry:
    """One legend item: a sample of the line (with its marker, if any) and its label."""

    label: str
    color: colors.Color
    dash: list[float] | None
    marker: str | None


def _entries(labels: Sequence[str]) -> list[_Entry]:
    out = []
    for i, label in enumerate(labels):
        style = STYLES[i % len(STYLES)]
        out.append(_Entry(label, style.color, style.dash, style.marker))
    return out


_LEGEND_SIZE = 7.5


def _entry_width(entry: _Entry, font: str, room: float) -> float:
    return (
        26 + stringWidth(_fit(entry.label, font, _LEGEND_SIZE, room - 26), font, _LEGEND_SIZE) + 12
    )


def _legend_rows(drawing: Drawing, entries: Sequence[_Entry], font: str, left: float) -> int:
    if not entries:
        return 0
    x, rows = left, 1
    max_x = drawing.width - 4
    for entry in entries:
        width = _entry_width(entry, font, max_x - left)
        if x + width > max_x and x > left:
            rows, x = rows + 1, left
        x += width
    return rows


def _legend(drawing: Drawing, entries: Sequence[_Entry], font: str, left: float) -> None:
    """A legend under the plot, wrapped into rows: sample line + marker + label."""
    x, row = left, 0
    max_x = drawing.width - 4
    total_rows = _legend_rows(drawing, entries, font, left)
    for entry in entries:
        text = _fit(entry.label, font, _LEGEND_SIZE, max_x - left - 26)
        width = _entry_width(entry, font, max_x - left)
        if x + width > max_x and x > left:
            row, x = row + 1, left
        yy = 4 + _LEGEND_ROW * (total_rows - 1 - row)
        drawing.add(
            Line(
                x,
                yy + 2.5,
                x + 18,
                yy + 2.5,
                strokeColor=entry.color,
                strokeWidth=1.4 if entry.marker else 0.8,
                strokeDashArray=entry.dash,
            )
        )
        if entry.marker:
            marker = makeMarker(entry.marker)
            marker.x, marker.y, marker.size = x + 9, yy + 2.5, 5
            marker.fillColor = entry.color
            marker.strokeColor = entry.color
            drawing.add(marker)
        drawing.add(String(x + 23, yy, text, fontName=font, fontSize=_LEGEND_SIZE, fillColor=_TEXT))
        x += width


def _fit(text: str, font: str, size: float, width: float) -> str:
    """``text`` shortened with an ellipsis to fit ``width`` points (only a label wider than
    the whole legend is ever shortened)."""
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def _style_lines(plot: LinePlot, count: int) -> None:
    for i in range(count):
        style = STYLES[i % len(STYLES)]
        line = plot.lines[i]
        line.strokeColor = style.color
        line.strokeWidth = 1.4
        line.strokeDashArray = style.dash
        marker = makeMarker(style.marker)
        marker.size = 5
        marker.fillColor = style.color
        marker.strokeColor = style.color
        line.symbol = marker


def _empty(width: float, height: float, font: str, lang: str) -> Drawing:
    d = Drawing(width, height)
    d.add(Rect(0, 0, width, height, strokeColor=_GRID, fillColor=None, strokeWidth=0.5))
    d.add(
        String(
            width / 2, height / 2, t(lang, "chart.no_data"), fontName=font, fontSize=8,
            fillColor=_TEXT, textAnchor="middle",
        )
    )  # fmt: skip
    return d


def scores_chart(
    instrument: str,
    series: Sequence[tuple[str, Sequence[tuple[date, float]]]],
    *,
    width: float = A4_TEXT_WIDTH,
    height: float = DEFAULT_HEIGHT,
    font: str = "Helvetica",
    lang: str = "da",
) -> Drawing:
    """One instrument over time: ``series`` is (label, [(date, score), …]) per member.

    ``height`` is the plot with its axes; the legend under it adds its rows.
    """
    series = [(label, list(points)) for label, points in series if points]
    if not series:
        return _empty(width, height, font, lang)
    entries = _entries([label for label, _ in series])
    guides = [(WHO5_SCREEN_AT, "screen"), (WHO5_REFER_AT, "refer")] if instrument == WHO5 else []
    entries += [
        _Entry(t(lang, f"chart.guide.{key}", at=value), _GUIDE, _GUIDE_DASH, None)
        for value, key in guides
    ]
    drawing, rows = _sized(width, height, entries, font)
    dates = [d for _, points in series for d, _ in points]
    values = [v for _, points in series for _, v in points]
    first, last = _date_span(dates)
    y = y_range(instrument, values, most=_y_steps(drawing, rows))
    data = [[(float(d.toordinal()), float(v)) for d, v in points] for _, points in series]
    plot = _base_plot(drawing, data, first, last, y, font, lang, rows)
    _style_lines(plot, len(data))
    lo, hi, _ = y
    for value, _key in guides:
        yy = _y_at(plot, value, lo, hi)
        drawing.add(
            Line(
                plot.x, yy, plot.x + plot.width, yy,
                strokeColor=_GUIDE, strokeWidth=0.8, strokeDashArray=_GUIDE_DASH,
            )
        )  # fmt: skip
    drawing.add(plot)  # over the guides, so no guide hides a point
    _legend(drawing, entries, font, plot.x)
    return drawing


def goal_label(number: int, lang: str) -> str:
    """ "Mål 1" / "Goal 1": how a chart names a goal (the caption carries the title)."""
    return t(lang, "chart.goal", n=number)


def goal_scores_chart(
    goals: Sequence[tuple[str, Sequence[tuple[date, float]]]],
    *,
    width: float = A4_TEXT_WIDTH,
    height: float = DEFAULT_HEIGHT,
    font: str = "Helvetica",
    lang: str = "da",
    legend: bool = True,
) -> Drawing:
    """Goals' 0–10 scores over time: ``goals`` is (label, [(date, score), …]).

    The caller puts the baseline first, dated when the plan was agreed.
    Without a legend the caption must name the goal.
    """
    goals = [(label, list(points)) for label, points in goals if points]
    if not goals:
        return _empty(width, height, font, lang)
    entries = _entries([label for label, _ in goals]) if legend else []
    drawing, rows = _sized(width, height, entries, font)
    dates = [d for _, points in goals for d, _ in points]
    first, last = _date_span(dates)
    data = [[(float(d.toordinal()), float(v)) for d, v in points] for _, points in goals]
    y = y_range("goal-score", [0.0, 10.0], most=_y_steps(drawing, rows))
    plot = _base_plot(drawing, data, first, last, (0.0, 10.0, y[2]), font, lang, rows)
    _style_lines(plot, len(data))
    drawing.add(plot)
    _legend(drawing, entries, font, plot.x)
    return drawing
