"""The stability figures as rows and as CSV, on a small example computed by hand.

Today is 20-11-2026, the period 01-01-2025 – 31-10-2026.

===  ==========  ========================  ==========  ===========  ====  =====  =====
     placed      site type                 breakdown   cause        3 m   6 m    12 m
===  ==========  ========================  ==========  ===========  ====  =====  =====
A    10-02-2025  foster-family             –                        yes   yes    yes
B    01-06-2025  residential-institution   15-07-2025  child-needs  no    no     no
C    01-09-2025  foster-family             20-01-2026  conflict     yes   no     no
E    01-07-2026  foster-family             –                        yes   (out)  (out)
===  ==========  ========================  ==========  ===========  ====  =====  =====

Stable: 3 of 4 at 3 months, 1 of 3 at 6, 1 of 3 at 12. First-year breakdowns
2 of 4 (child-needs 1, conflict 1); foster family 1 of 3, residential 1 of 1.
"""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

from famdesk.core.placement.stability import (
    FigureRow,
    Placed,
    compute_stability,
    export_csv,
    figure_rows,
)

TODAY = date(2026, 11, 20)
FROM, TO = date(2025, 1, 1), date(2026, 10, 31)
EXAMPLE = [
    Placed(date(2025, 2, 10), "foster-family"),
    Placed(date(2025, 6, 1), "residential-institution", date(2025, 7, 15), "child-needs"),
    Placed(date(2025, 9, 1), "foster-family", date(2026, 1, 20), "conflict"),
    Placed(date(2026, 7, 1), "foster-family"),
]
PERIOD = ["2025-01-01", "2026-10-31", "2026-11-20"]


def test_every_figure_is_a_row_with_its_n() -> None:
    rows = figure_rows(compute_stability(EXAMPLE, FROM, TO, today=TODAY))
    assert [(r.figure, r.key, r.count, r.n) for r in rows] == [
        ("stable_after", "3", 3, 4),
        ("stable_after", "6", 1, 3),
        ("stable_after", "12", 1, 3),
        ("first_year_breakdowns", "all", 2, 4),
        ("breakdowns_by_cause", "child-needs", 1, 4),
        ("breakdowns_by_cause", "site-capacity", 0, 4),
        ("breakdowns_by_cause", "parents", 0, 4),
        ("breakdowns_by_cause", "conflict", 1, 4),
        ("breakdowns_by_cause", "other", 0, 4),
        ("breakdowns_by_site_type", "foster-family", 1, 3),
        ("breakdowns_by_site_type", "residential-institution", 1, 1),
    ]
    assert FigureRow("stable_after", "12", 0, 0).share is None


def _read(path: Path, encoding: str, delimiter: str) -> list[list[str]]:
    with path.open(encoding=encoding, newline="") as fh:
        return list(csv.reader(fh, delimiter=delimiter))


def test_the_csv_in_danish_for_excel(tmp_path: Path) -> None:
    report = compute_stability(EXAMPLE, FROM, TO, today=TODAY)
    path = export_csv(report, tmp_path / "stabilitet.csv", dialect="da")
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw
    assert _read(path, "utf-8-sig", ";") == [
        ["figur", "nøgle", "betegnelse", "antal", "n", "andel_pct",
         "periode_fra", "periode_til", "opgjort_pr"],
        ["stable_after", "3", "Stabil efter 3 måneder", "3", "4", "75,0", *PERIOD],
        ["stable_after", "6", "Stabil efter 6 måneder", "1", "3", "33,3", *PERIOD],
        ["stable_after", "12", "Stabil efter 12 måneder", "1", "3", "33,3", *PERIOD],
        ["first_year_breakdowns", "all", "Sammenbrud i det første år", "2", "4", "50,0",
         *PERIOD],
        ["breakdowns_by_cause", "child-needs", "Barnets behov", "1", "4", "25,0", *PERIOD],
        ["breakdowns_by_cause", "site-capacity", "Anbringelsesstedets kapacitet", "0", "4",
         "0,0", *PERIOD],
        ["breakdowns_by_cause", "parents", "Forældrene", "0", "4", "0,0", *PERIOD],
        ["breakdowns_by_cause", "conflict", "Konflikt", "1", "4", "25,0", *PERIOD],
        ["breakdowns_by_cause", "other", "Andet", "0", "4", "0,0", *PERIOD],
        ["breakdowns_by_site_type", "foster-family", "Plejefamilie", "1", "3", "33,3", *PERIOD],
        ["breakdowns_by_site_type", "residential-institution", "Døgninstitution", "1", "1",
         "100,0", *PERIOD],
    ]  # fmt: skip


def test_the_csv_in_english_and_a_figure_with_nothing_to_judge(tmp_path: Path) -> None:
    # Only E: too recent for 6 and 12 months, and no site type known for a second one.
    report = compute_stability([EXAMPLE[3], Placed(date(2026, 8, 1))], FROM, TO, today=TODAY)
    path = export_csv(report, tmp_path / "stability.csv", dialect="en")
    assert not path.read_bytes().startswith(b"\xef\xbb\xbf")
    rows = _read(path, "utf-8", ",")
    assert rows[0] == list(
        ("figure", "key", "label", "count", "n", "share_pct", "period_from", "period_to", "as_of")
    )
    assert rows[1:4] == [
        ["stable_after", "3", "Stable after 3 months", "2", "2", "100.0", *PERIOD],
        ["stable_after", "6", "Stable after 6 months", "0", "0", "", *PERIOD],
        ["stable_after", "12", "Stable after 12 months", "0", "0", "", *PERIOD],
    ]
    assert rows[4][:5] == ["first_year_breakdowns", "all", "Breakdowns within the first year",
                           "0", "2"]  # fmt: skip
    assert rows[-2:] == [
        ["breakdowns_by_site_type", "foster-family", "Foster family", "0", "1", "0.0", *PERIOD],
        ["breakdowns_by_site_type", "", "No placement site chosen", "0", "1", "0.0", *PERIOD],
    ]
