"""The caseload outcomes window: figures per instrument, filters, chart and CSV export."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QFileDialog

from famdesk.core import families, outcomes
from famdesk.core.families import FamilyData, MemberData
from famdesk.ui.outcomes.caseload_outcomes_window import (
    CaseloadOutcomesTool,
    CaseloadOutcomesWindow,
)


def _family(store, ref: str, setting: str, who5: list[tuple[date, list[int]]]) -> None:
    uid = families.create_family(
        store, FamilyData(reference=ref, name=f"Familien {ref}", setting=setting,
                          start_date=date(2024, 1, 1))
    )  # fmt: skip
    mother = families.add_member(store, uid, MemberData(role="mother", given_name="Mor"))
    for day, items in who5:
        outcomes.add_measurement(store, uid, mother, "WHO-5", day, items)


@pytest.fixture
def caseload(store):
    # Home: 40 → 60 (+20) and 52 → 56 (+4); residential: 60 → 40 (−20).
    _family(store, "H-1", "home", [(date(2025, 1, 10), [2] * 5), (date(2025, 6, 1), [3] * 5)])
    _family(
        store,
        "H-2",
        "home",
        [(date(2025, 1, 12), [3, 3, 3, 2, 2]), (date(2025, 6, 2), [3] * 4 + [2])],
    )
    _family(store, "R-1", "residential", [(date(2025, 2, 1), [3] * 5), (date(2025, 7, 1), [2] * 5)])
    return store


@pytest.fixture
def window(qtbot, caseload, switcher):
    w = CaseloadOutcomesWindow(caseload)
    qtbot.addWidget(w)
    w.show()
    return w


def cells(w: CaseloadOutcomesWindow) -> list[list[str]]:
    m = w.model
    return [[m.index(r, c).data() for c in range(m.columnCount())] for r in range(m.rowCount())]


def test_all_families_then_filtered_by_setting(qtbot, window):
    [row] = cells(window)
    assert row[:5] == ["WHO-5 Well-Being Index", "3", "50.7", "52.0", "+1.3"]
    assert row[6:] == ["33 % (1)", "33 % (1)"]
    assert window.chart.plotted == ["WHO-5"]

    window.setting.setCurrentIndex(window.setting.findData("home"))
    [row] = cells(window)
    # Two members: changes +20 and +4 → mean +12, t(0.975, 1) = 12.706, sd 11.31:
    # CI 12 ± 12.706 × 8 = −89.6 … +113.6.
    assert row[:6] == ["WHO-5 Well-Being Index", "2", "46.0", "58.0", "+12.0", "−89.6 … +113.6"]
    assert row[6:] == ["50 % (1)", "0 % (0)"]
    means = window.chart.means.points()
    assert [(p.x(), p.y()) for p in means] == [(12.0, 0.0)]  # % of WHO-5's 0–100 range


def test_period_filter_and_bad_period(qtbot, window):
    qtbot.keyClicks(window.date_to, "31-03-2025")
    assert window.refresh()
    [row] = cells(window)
    assert row[1] == "0"  # nobody has two scores by the end of March
    assert window.chart.plotted == []
    window.date_from.setText("01-05-2025")
    assert not window.refresh()
    assert window.period_error.text() == "The period ends before it starts."


def test_export_csv_in_english_and_danish(qtbot, window, tmp_path, monkeypatch, switcher):
    target = tmp_path / "outcomes.csv"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "CSV files (*.csv)")
    )
    assert window.export_csv() == str(target)
    lines = target.read_text("utf-8").splitlines()
    assert lines[0].startswith("instrument,n,mean_first,mean_latest,mean_change")
    assert lines[1].startswith("WHO-5,3,50.67,52.00,1.33,")

    switcher.apply("da")
    assert window.export_csv() == str(target)
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # BOM for Danish Excel
    lines = raw.decode("utf-8-sig").splitlines()
    assert lines[0].startswith("instrument;antal;gennemsnit_første")
    assert lines[1].startswith("WHO-5;3;50,67;52,00;1,33;")


def test_cancelled_export_writes_nothing(qtbot, window, tmp_path, monkeypatch):
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))
    assert window.export_csv() is None
    assert list(tmp_path.iterdir()) == [] or not any(p.suffix == ".csv" for p in tmp_path.iterdir())


def test_tools_menu_opens_the_window(qtbot, caseload, switcher):
    from famdesk.ui.shell.main_window import MainWindow

    main = MainWindow(caseload, switcher)
    qtbot.addWidget(main)
    tool = main.findChild(CaseloadOutcomesTool, "caseloadOutcomesTool")
    assert tool is not None
    assert tool.action in main.tools_menu.actions()
    tool.action.trigger()
    assert tool.window is not None and tool.window.isVisible()
    assert tool.window.model.rowCount() == 1
    tool.window.close()
