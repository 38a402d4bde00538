"""Tools → Placement stability: the period typed, the charts with their n, the table, the CSV."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog

from famdesk.core.placement import matches as mt
from famdesk.ui.outcomes.placement_stability_window import PlacementStabilityWindow
from tests.core.placement_fixtures import make_case

TODAY = date(2026, 11, 20)


@pytest.fixture
def placed(store):  # type: ignore[no-untyped-def]
    """Two placements of one child: a foster family that held, a home that broke down."""
    case = make_case(store)
    for site, day, breakdown in (
        (case.foster, date(2026, 1, 15), None),
        (case.home, date(2026, 4, 1), date(2026, 5, 2)),
    ):
        uid = mt.create_match(store, case.child, today=TODAY)
        mt.add_candidate(store, uid, site, fit=7, today=TODAY)
        mt.decide(store, uid, decided_on=day, chosen_site_uid=site, reasons="", today=TODAY)
        mt.place(store, uid, placed_on=day, today=TODAY)
        if breakdown is not None:
            mt.record_breakdown(
                store, uid, mt.BreakdownData(date=breakdown, cause="parents"), today=TODAY
            )
    return store


def _period(qtbot, w: PlacementStabilityWindow, start: str, end: str) -> None:  # type: ignore[no-untyped-def]
    for field, text in ((w.date_from, start), (w.date_to, end)):
        field.clear()
        qtbot.keyClicks(field, text)
    qtbot.mouseClick(w.apply_button, Qt.MouseButton.LeftButton)


def _table(w: PlacementStabilityWindow) -> list[list[str]]:
    m = w.model
    return [[m.index(r, c).data() for c in range(m.columnCount())] for r in range(m.rowCount())]


def _export(monkeypatch, w: PlacementStabilityWindow, path: Path) -> list[list[str]]:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(path), "CSV files (*.csv)")
    )
    assert w.export_button.isEnabled()
    w.export_button.click()
    da = path.read_bytes().startswith(b"\xef\xbb\xbf")
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return list(csv.reader(fh, delimiter=";" if da else ","))


def test_the_figures_with_their_n_in_chart_table_and_csv(
    qtbot, placed, monkeypatch, tmp_path, switcher
):  # type: ignore[no-untyped-def]
    w = PlacementStabilityWindow(placed, today=TODAY)
    qtbot.addWidget(w)
    w.show()
    _period(qtbot, w, "01-01-2025", "31-10-2026")

    # 12 months after either placement is still to come: that figure has n = 0, no bar.
    assert w.stable_chart.categories == [
        "3 months (n = 2)",
        "6 months (n = 2)",
        "12 months (n = 0)",
    ]
    assert w.stable_chart.values == [50.0, 50.0, 0.0]
    assert w.breakdown_chart.categories == [
        "The child's needs (n = 2)",
        "The site's capacity (n = 2)",
        "The parents (n = 2)",
        "Conflict (n = 2)",
        "Other (n = 2)",
        "Foster family (n = 1)",
        "Socio-educational home (n = 1)",
    ]
    assert w.breakdown_chart.values == [0.0, 0.0, 50.0, 0.0, 0.0, 0.0, 100.0]
    assert w.summary.text().startswith(
        "2 placements started in the period, counted as of 20-11-2026."
    )
    table = _table(w)
    assert table[:4] == [
        ["Stable after 3 months", "1", "2", "50 %"],
        ["Stable after 6 months", "1", "2", "50 %"],
        ["Stable after 12 months", "0", "0", "–"],
        ["Breakdowns within the first year", "1", "2", "50 %"],
    ]
    assert table[6] == ["First-year breakdowns, cause: The parents", "1", "2", "50 %"]
    assert table[-1] == [
        "First-year breakdowns, site type: Socio-educational home",
        "1",
        "1",
        "100 %",
    ]

    rows = _export(monkeypatch, w, tmp_path / "stability.csv")
    period = ["2025-01-01", "2026-10-31", "2026-11-20"]
    assert rows[0][:6] == ["figure", "key", "label", "count", "n", "share_pct"]
    assert rows[1:5] == [
        ["stable_after", "3", "Stable after 3 months", "1", "2", "50.0", *period],
        ["stable_after", "6", "Stable after 6 months", "1", "2", "50.0", *period],
        ["stable_after", "12", "Stable after 12 months", "0", "0", "", *period],
        ["first_year_breakdowns", "all", "Breakdowns within the first year", "1", "2", "50.0",
         *period],
    ]  # fmt: skip
    assert len(rows) == 1 + len(table)

    # In Danish: the chart, the table and the CSV (Excel's dialect) speak it.
    switcher.apply("da")
    QApplication.processEvents()  # the language change arrives as an event
    assert w.windowTitle() == "Anbringelsers stabilitet"
    assert w.stable_chart.categories[0] == "3 måneder (n = 2)"
    assert w.breakdown_chart.categories[2] == "Forældrene (n = 2)"
    assert _table(w)[0] == ["Stabil efter 3 måneder", "1", "2", "50 %"]
    rows = _export(monkeypatch, w, tmp_path / "stabilitet.csv")
    assert rows[0][:6] == ["figur", "nøgle", "betegnelse", "antal", "n", "andel_pct"]
    assert rows[1][:6] == ["stable_after", "3", "Stabil efter 3 måneder", "1", "2", "50,0"]


def test_a_period_without_placements_and_one_that_ends_before_it_starts(qtbot, placed, switcher):  # type: ignore[no-untyped-def]
    w = PlacementStabilityWindow(placed, today=TODAY)
    qtbot.addWidget(w)
    w.show()
    _period(qtbot, w, "01-01-2020", "31-12-2020")
    assert w.stable_chart.categories == [
        "3 months (n = 0)",
        "6 months (n = 0)",
        "12 months (n = 0)",
    ]
    assert w.summary.text().startswith("0 placements started in the period")
    assert not w.export_button.isEnabled()
    _period(qtbot, w, "01-01-2026", "31-12-2025")
    assert w.period_error.isVisible()
    assert w.summary.text().startswith("0 placements")  # the last figures stay
