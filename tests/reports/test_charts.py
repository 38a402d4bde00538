"""Report charts: scales, WHO-5 guide lines, black-and-white styles, legends, empty charts."""

from __future__ import annotations

import io
from datetime import date

import pytest
from pypdf import PdfReader
from reportlab.graphics import renderPDF
from reportlab.graphics.charts.lineplots import LinePlot
from reportlab.graphics.shapes import Drawing, Line, String
from reportlab.pdfbase.pdfmetrics import stringWidth

from famdesk.reports.base import FONT, register_fonts
from famdesk.reports.charts import (
    _month_ticks,
    goal_scores_chart,
    scores_chart,
    y_range,
)

MOTHER = [(date(2025, 1, 10), 28.0), (date(2025, 3, 14), 44.0), (date(2025, 6, 12), 60.0)]
FATHER = [(date(2025, 2, 1), 52.0), (date(2025, 5, 1), 48.0)]


def _plot(d: Drawing) -> LinePlot:
    plots = [c for c in d.contents if isinstance(c, LinePlot)]
    assert len(plots) == 1
    return plots[0]


def _strings(d: Drawing) -> list[String]:
    return [c for c in d.getContents() if isinstance(c, String)]


def _pdf_text(d: Drawing) -> str:
    buf = io.BytesIO()
    renderPDF.drawToFile(d, buf)
    return " ".join(p.extract_text() for p in PdfReader(io.BytesIO(buf.getvalue())).pages)


@pytest.mark.parametrize(
    ("instrument", "values", "expected"),
    [
        ("WHO-5", [28, 60], (0, 100)),
        ("everyday-structure", [3], (0, 10)),
        ("child-problem-behaviour", [9], (0, 10)),
        ("SDQ-total", [14, 19], (0, 40)),
        ("local-scale", [3, 170], (0, 170)),
    ],
)
def test_value_axis_uses_the_instruments_own_range(
    instrument: str, values: list[float], expected: tuple[float, float]
) -> None:
    lo, hi, step = y_range(instrument, values)
    assert (lo, hi) == expected
    assert (hi - lo) / step <= 10


def test_who5_chart_has_guide_lines_at_50_and_28() -> None:
    register_fonts()
    d = scores_chart("WHO-5", [("Zoë Nguyễn", MOTHER)], font=FONT, lang="da")
    plot = _plot(d)
    assert (plot.yValueAxis.valueMin, plot.yValueAxis.valueMax) == (0, 100)
    guides = [
        c
        for c in d.contents
        if isinstance(c, Line) and c.x1 == plot.x and c.x2 == plot.x + plot.width
    ]
    heights = sorted(round((g.y1 - plot.y) / plot.height, 3) for g in guides)
    assert heights == [0.28, 0.5]
    labels = " ".join(s.text for s in _strings(d))
    assert "50: screening for depression" in labels and "28: sandsynlig depression" in labels
    # A scale has no guide lines.
    scale = scores_chart("everyday-structure", [("Łukasz", [(date(2025, 1, 1), 4.0)])], font=FONT)
    assert not [c for c in scale.contents if isinstance(c, Line) and c.strokeDashArray == [2, 2]]


def test_series_differ_in_marker_and_dash_for_black_and_white_print() -> None:
    series = [(f"Person {i}", MOTHER) for i in range(4)]
    plot = _plot(scores_chart("WHO-5", series))
    markers = [plot.lines[i].symbol.kind for i in range(4)]
    dashes = [tuple(plot.lines[i].strokeDashArray or ()) for i in range(4)]
    assert len(set(markers)) == 4
    assert len(set(dashes)) == 4


def test_points_are_placed_at_their_dates_and_scores() -> None:
    plot = _plot(scores_chart("WHO-5", [("Mor", MOTHER), ("Far", FATHER)]))
    assert plot.data[0] == [(float(d.toordinal()), v) for d, v in MOTHER]
    assert plot.xValueAxis.valueMin < date(2025, 1, 10).toordinal()
    assert plot.xValueAxis.valueMax > date(2025, 6, 12).toordinal()


def test_legend_names_every_series_in_unicode_and_fits_the_width() -> None:
    register_fonts()
    names = ["Zoë Nguyễn", "Łukasz Østergaard"] + [
        f"Et meget langt navn nummer {i}" for i in range(5)
    ]
    d = scores_chart("WHO-5", [(n, MOTHER) for n in names], font=FONT, width=400)
    legend = [s for s in _strings(d) if s.text in names]
    assert {s.text for s in legend} == set(names)
    assert len({s.y for s in legend}) > 1  # wrapped onto several rows
    for s in legend:
        assert s.x >= 0 and s.y >= 0
        assert s.x + stringWidth(s.text, FONT, s.fontSize) <= 400
    text = _pdf_text(d)
    assert "Zoë Nguyễn" in text and "Łukasz Østergaard" in text


def test_goal_chart_is_on_0_to_10_with_one_line_per_goal() -> None:
    goals = [
        ("Mål 1: Fast rytme", [(date(2024, 10, 15), 3.0), (date(2025, 3, 12), 6.0)]),
        ("Mål 2: Roligt samvær", [(date(2024, 10, 15), 4.0), (date(2025, 3, 12), 5.0)]),
        ("Mål 3: uden scores", []),
    ]
    d = goal_scores_chart(goals, lang="en")
    plot = _plot(d)
    assert (plot.yValueAxis.valueMin, plot.yValueAxis.valueMax) == (0, 10)
    assert len(plot.data) == 2
    assert "Mål 1: Fast rytme" in [s.text for s in _strings(d)]


def test_no_data_gives_a_labelled_empty_frame() -> None:
    d = scores_chart("WHO-5", [("Mor", [])], lang="en")
    assert [s.text for s in _strings(d)] == ["No measurements in the period"]
    assert [s.text for s in _strings(goal_scores_chart([], lang="da"))] == [
        "Ingen målinger i perioden"
    ]


def test_month_ticks_are_thinned_to_at_most_eight() -> None:
    ticks = _month_ticks(date(2022, 1, 15), date(2025, 6, 1))
    assert 1 < len(ticks) <= 8
    assert all(t.day == 1 for t in ticks)
    assert _month_ticks(date(2025, 1, 10), date(2025, 4, 2)) == [
        date(2025, 2, 1),
        date(2025, 3, 1),
        date(2025, 4, 1),
    ]


def test_a_half_width_chart_keeps_its_legend_whole_and_thins_its_axes() -> None:
    """Small multiples: two to a row, yet every name and guide label is printed whole."""
    register_fonts()
    width = 232.0
    names = ["Liva Kleist-Løvstrup", "Jørgen Løvstrup", "Naja Kleist"]
    long = [(date(2024, 1, 5), 40.0), (date(2026, 9, 4), 60.0)]
    d = scores_chart("WHO-5", [(n, long) for n in names], font=FONT, width=width, lang="da")
    texts = {s.text for s in _strings(d)}
    for label in [*names, "50: screening for depression", "28: sandsynlig depression"]:
        assert label in texts, label
    for s in _strings(d):
        assert s.x >= 0 and s.x + stringWidth(s.text, FONT, s.fontSize) <= width + 0.5, s.text
    plot = _plot(d)
    assert len(plot.xValueAxis.valueSteps) <= plot.width // 36
    lo, hi, step = plot.yValueAxis.valueMin, plot.yValueAxis.valueMax, plot.yValueAxis.valueStep
    assert (hi - lo) / step <= plot.height // 13  # value labels at least 13 pt apart
    # The guides are named in the legend, not written across the plot where a line may run.
    inside = [
        s for s in _strings(d) if "depression" in s.text and plot.y <= s.y <= plot.y + plot.height
    ]
    assert inside == []


def test_a_legend_makes_the_chart_taller_never_the_plot_smaller() -> None:
    register_fonts()
    goal = [("Mål 1", [(date(2025, 1, 1), 2.0), (date(2025, 6, 1), 7.0)])]
    bare = goal_scores_chart(goal, width=232, height=150, legend=False)
    named = goal_scores_chart(goal, width=232, height=150)
    assert _plot(bare).height == _plot(named).height
    assert bare.height == 150 < named.height
    assert "Mål 1" not in [s.text for s in _strings(bare)]
    people = [(f"Forælder med et langt navn {i}", MOTHER) for i in range(4)]
    wrapped = scores_chart("WHO-5", people, font=FONT, width=232, height=150)
    assert _plot(wrapped).height == _plot(bare).height
