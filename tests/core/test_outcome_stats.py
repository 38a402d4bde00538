"""Caseload outcomes against hand-computed small examples."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import pytest

from famdesk.core.outcome_stats import (
    caseload_outcomes,
    export_csv,
    summarize,
    t_cdf,
    t_quantile,
)
from famdesk.core.outcomes import add_measurement
from famdesk.db.models import Family, Member
from famdesk.db.store import Store


@pytest.mark.parametrize(
    ("df", "expected"),
    [(1, 12.706), (2, 4.303), (4, 2.776), (10, 2.228), (30, 2.042), (120, 1.980), (1e6, 1.960)],
)
def test_t_quantile_matches_published_tables(df: float, expected: float) -> None:
    assert t_quantile(0.975, df) == pytest.approx(expected, abs=0.0005)


def test_t_quantile_is_symmetric_and_inverts_the_cdf() -> None:
    assert t_quantile(0.5, 7) == 0.0
    assert t_quantile(0.025, 4) == pytest.approx(-2.776, abs=0.0005)
    assert t_quantile(0.95, 5) == pytest.approx(2.015, abs=0.0005)
    for df in (1, 3, 9, 25):
        assert t_cdf(t_quantile(0.9, df), df) == pytest.approx(0.9, abs=1e-9)
    with pytest.raises(ValueError):
        t_quantile(1.0, 4)


def test_who5_example_by_hand() -> None:
    # Changes 12, -4, 20: mean 28/3; sample variance 298.67/2 = 149.33;
    # SE = sqrt(149.33/3) = 7.0553; t(0.975, 2) = 4.3027; half-width 30.357.
    r = summarize("WHO-5", [(40, 52), (60, 56), (20, 40)])
    assert r.n == 3
    assert r.mean_first == pytest.approx(40.0)
    assert r.mean_latest == pytest.approx(49.3333, abs=1e-4)
    assert r.mean_change == pytest.approx(9.3333, abs=1e-4)
    assert r.ci_low == pytest.approx(9.3333 - 30.357, abs=1e-3)
    assert r.ci_high == pytest.approx(9.3333 + 30.357, abs=1e-3)
    # +12 and +20 reach the 10-point threshold; -4 does not worsen meaningfully.
    assert (r.n_improved, r.n_worsened) == (2, 0)
    assert r.share_improved == pytest.approx(2 / 3)
    assert r.share_worsened == 0


def test_problem_behaviour_lower_is_better_by_hand() -> None:
    # 7→4 improved (down 3), 5→6 unchanged, 6→8 worsened (up 2).
    # Changes -3, 1, 2: mean 0; variance (9+1+4)/2 = 7; half-width 4.3027*sqrt(7/3) = 6.572.
    r = summarize("child-problem-behaviour", [(7, 4), (5, 6), (6, 8)])
    assert r.mean_change == pytest.approx(0.0)
    assert r.ci_low == pytest.approx(-6.572, abs=1e-3)
    assert r.ci_high == pytest.approx(6.572, abs=1e-3)
    assert (r.n_improved, r.n_worsened) == (1, 1)
    assert r.higher_is_better is False


def test_one_pair_has_no_interval_and_unknown_instrument_no_shares() -> None:
    r = summarize("everyday-structure", [(3, 6)])
    assert r.n == 1 and r.mean_change == 3 and r.ci_low is None and r.ci_high is None
    assert r.share_improved == 1.0
    local = summarize("local-scale", [(1, 5), (2, 2)])
    assert local.mean_change == 2 and local.share_improved is None and local.n_improved is None
    empty = summarize("WHO-5", [])
    assert empty.n == 0 and empty.mean_change is None


def _family(s, ref: str, setting: str, programme: str | None) -> Member:  # type: ignore[no-untyped-def]
    f = Family(
        reference=ref, name=f"Familien {ref}", setting=setting, programme=programme,
        start_date=date(2024, 1, 1),
    )  # fmt: skip
    m = Member(family=f, role="mother", given_name="Mor", family_name=ref)
    s.add_all([f, m])
    s.flush()
    return m


def test_caseload_outcomes_first_and_latest_within_period_and_filters(store: Store) -> None:
    with store.session() as s:
        a = _family(s, "A", "home", "PMTO")
        b = _family(s, "B", "home", "FFT")
        c = _family(s, "C", "residential", "PMTO")
        ids = [(m.family.uid, m.uid) for m in (a, b, c)]
    (fa, ma), (fb, mb), (fc, mc) = ids
    w = "WHO-5"
    # A: 40 (Jan) → 48 (Mar) → 60 (Jun); B: 60 → 44; C: 20 only once; C scale 2 → 6.
    add_measurement(store, fa, ma, w, date(2024, 1, 10), [2, 2, 2, 2, 2])
    add_measurement(store, fa, ma, w, date(2024, 3, 10), [2, 2, 2, 3, 3])
    add_measurement(store, fa, ma, w, date(2024, 6, 10), [3, 3, 3, 3, 3])
    add_measurement(store, fb, mb, w, date(2024, 2, 1), [3, 3, 3, 3, 3])
    add_measurement(store, fb, mb, w, date(2024, 5, 1), [2, 2, 2, 2, 3])
    add_measurement(store, fc, mc, w, date(2024, 2, 1), [1, 1, 1, 1, 1])
    add_measurement(store, fc, mc, "everyday-structure", date(2024, 2, 1), [2])
    add_measurement(store, fc, mc, "everyday-structure", date(2024, 4, 1), [6])

    rows = {r.instrument: r for r in caseload_outcomes(store)}
    assert list(rows) == ["WHO-5", "everyday-structure"]
    who = rows[w]
    # A: 40 → 60 (+20), B: 60 → 44 (-16); C has one WHO-5 only.
    assert who.n == 2
    assert who.mean_first == pytest.approx(50.0)
    assert who.mean_latest == pytest.approx(52.0)
    assert who.mean_change == pytest.approx(2.0)
    # Changes 20, -16: variance 648, SE 18; t(0.975, 1) = 12.706.
    assert who.ci_high == pytest.approx(2.0 + 12.7062 * 18.0, abs=0.01)
    assert (who.n_improved, who.n_worsened) == (1, 1)

    # Period up to April: A is 40 → 48 (+8, unchanged), B 60 alone.
    early = {r.instrument: r for r in caseload_outcomes(store, date_to=date(2024, 4, 30))}
    assert early[w].n == 1 and early[w].mean_change == pytest.approx(8.0)
    assert early[w].n_improved == 0

    pmto = {r.instrument: r for r in caseload_outcomes(store, programme="PMTO")}
    assert pmto[w].n == 1 and pmto[w].mean_change == pytest.approx(20.0)
    assert pmto["everyday-structure"].n == 1

    home = {r.instrument: r for r in caseload_outcomes(store, setting="home")}
    assert "everyday-structure" not in home and home[w].n == 2

    asked = caseload_outcomes(store, setting="preventive", instruments=["WHO-5"])
    assert [(r.instrument, r.n) for r in asked] == [("WHO-5", 0)]


def test_export_csv_danish_and_english(tmp_path: Path) -> None:
    rows = [
        summarize("WHO-5", [(40, 52), (60, 56), (20, 40)]),
        summarize("child-problem-behaviour", [(7, 4)]),
    ]
    da = export_csv(rows, tmp_path / "da.csv", dialect="da")
    raw = da.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # BOM: Excel reads æøå right
    with da.open(encoding="utf-8-sig", newline="") as fh:
        table = list(csv.reader(fh, delimiter=";"))
    assert table[0][:3] == ["instrument", "antal", "gennemsnit_første"]
    assert table[1][:5] == ["WHO-5", "3", "40,00", "49,33", "9,33"]
    assert table[1][8] == "66,7"  # share improved, percent
    assert table[2][6] == ""  # one pair: no interval
    assert table[2][11] == "nej"

    en = export_csv(rows, tmp_path / "en.csv", dialect="en")
    with en.open(encoding="utf-8", newline="") as fh:
        table = list(csv.reader(fh))
    assert table[0][0] == "instrument" and table[0][1] == "n"
    assert table[1][4] == "9.33"
    assert table[1][5] == "-21.02"  # 9.333 - 30.357
    assert sorted(p.name for p in tmp_path.iterdir()) == ["da.csv", "en.csv"]
    with pytest.raises(ValueError):
        export_csv(rows, tmp_path / "x.csv", dialect="fr")
