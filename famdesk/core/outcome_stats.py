"""Caseload outcomes: first versus latest score, per instrument, across families.

The evaluations of Socialstyrelsen's programmes report pre/post change: for
each instrument, the members with a first and a latest score, the mean change
with a 95 % confidence interval, and the share who improved by a meaningful
change. This module computes the same from the store, filtered by setting,
programme and period, and writes it as CSV.

"First" and "latest" are the member's earliest and latest measurement on the
instrument within the period; a member needs at least two there to count.
The confidence interval uses Student's t distribution, computed here from the
regularized incomplete beta function (no SciPy in the desktop build).
"""

from __future__ import annotations

import csv
import math
import os
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import select

from famdesk.core.instruments import INSTRUMENTS
from famdesk.core.outcomes import change_direction, higher_is_better, meaningful_change
from famdesk.db.models import Family, Measurement
from famdesk.db.store import Store
from famdesk.files import private_file

__all__ = [
    "CSV_COLUMNS",
    "InstrumentOutcome",
    "caseload_outcomes",
    "export_csv",
    "first_and_latest",
    "summarize",
    "t_cdf",
    "t_quantile",
]


@dataclass(frozen=True)
class InstrumentOutcome:
    """One instrument's pre/post figures. Means are None when n is 0; the CI when n < 2."""

    instrument: str
    n: int
    mean_first: float | None
    mean_latest: float | None
    mean_change: float | None
    ci_low: float | None
    ci_high: float | None
    #: Counts and shares by a meaningful change in the better/worse direction;
    #: None for an instrument famdesk has no threshold or direction for.
    n_improved: int | None
    n_worsened: int | None
    share_improved: float | None
    share_worsened: float | None
    higher_is_better: bool | None
    meaningful_change: float | None


# --- Student's t --------------------------------------------------------------------------


def _betacf(a: float, b: float, x: float) -> float:
    """Continued fraction for the incomplete beta function (modified Lentz)."""
    tiny = 1e-300
    qab, qap, qam = a + b, a + 1.0, a - 1.0
    c, d = 1.0, 1.0 - qab * x / qap
    d = 1.0 / (d if abs(d) > tiny else tiny)
    h = d
    for m in range(1, 300):
        m2 = 2 * m
        aa = m * (b - m) * x / ((qam + m2) * (a + m2))
        d = 1.0 + aa * d
        d = 1.0 / (d if abs(d) > tiny else tiny)
        c = 1.0 + aa / c
        c = c if abs(c) > tiny else tiny
        h *= d * c
        aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2))
        d = 1.0 + aa * d
        d = 1.0 / (d if abs(d) > tiny else tiny)
        c = 1.0 + aa / c
        c = c if abs(c) > tiny else tiny
        delta = d * c
        h *= delta
        if abs(delta - 1.0) < 1e-15:
            break
    return h


def _betainc(a: float, b: float, x: float) -> float:
    """The regularized incomplete beta function I_x(a, b)."""
    if x <= 0.0:
        return 0.0
    if x >= 1.0:
        return 1.0
    log_front = (
        math.lgamma(a + b) - math.lgamma(a) - math.lgamma(b) + a * math.log(x) + b * math.log1p(-x)
    )
    front = math.exp(log_front)
    if x < (a + 1.0) / (a + b + 2.0):
        return front * _betacf(a, b, x) / a
    return 1.0 - front * _betacf(b, a, 1.0 - x) / b


def t_cdf(t: float, df: float) -> float:
    """P(T <= t) for Student's t with ``df`` degrees of freedom."""
    if df <= 0:
        raise ValueError("degrees of freedom must be positive")
    tail = 0.5 * _betainc(df / 2.0, 0.5, df / (df + t * t))
    return 1.0 - tail if t > 0 else tail


def t_quantile(p: float, df: float) -> float:
    """The t value with P(T <= t) = p, e.g. ``t_quantile(0.975, 4)`` ≈ 2.776."""
    if not 0.0 < p < 1.0:
        raise ValueError("p must lie strictly between 0 and 1")
    if p == 0.5:
        return 0.0
    if p < 0.5:
        return -t_quantile(1.0 - p, df)
    lo, hi = 0.0, 1.0
    while t_cdf(hi, df) < p:
        lo, hi = hi, hi * 2.0
    for _ in range(200):  # bisection: the cdf is monotone; 1e-12 is ample
        mid = (lo + hi) / 2.0
        if t_cdf(mid, df) < p:
            lo = mid
        else:
            hi = mid
        if hi - lo < 1e-12:
            break
    return (lo + hi) / 2.0


# --- the figures ----------------------------------------------------------------------------


def summarize(instrument: str, pairs: Sequence[tuple[float, float]]) -> InstrumentOutcome:
    """Pre/post figures for (first, latest) score pairs of one instrument."""
    n = len(pairs)
    threshold = meaningful_change(instrument)
    better_up = higher_is_better(instrument)
    if n == 0:
        return InstrumentOutcome(
            instrument, 0, None, None, None, None, None, None, None, None, None,
            better_up, threshold,
        )  # fmt: skip
    firsts = [a for a, _ in pairs]
    latests = [b for _, b in pairs]
    changes = [b - a for a, b in pairs]
    mean_change = math.fsum(changes) / n
    ci_low = ci_high = None
    if n >= 2:
        var = math.fsum((c - mean_change) ** 2 for c in changes) / (n - 1)
        half = t_quantile(0.975, n - 1) * math.sqrt(var / n)
        ci_low, ci_high = mean_change - half, mean_change + half
    directions = [change_direction(instrument, a, b) for a, b in pairs]
    if threshold is None or better_up is None:
        n_imp = n_wor = None
        share_imp = share_wor = None
    else:
        n_imp = directions.count("improved")
        n_wor = directions.count("worsened")
        share_imp, share_wor = n_imp / n, n_wor / n
    return InstrumentOutcome(
        instrument=instrument,
        n=n,
        mean_first=math.fsum(firsts) / n,
        mean_latest=math.fsum(latests) / n,
        mean_change=mean_change,
        ci_low=ci_low,
        ci_high=ci_high,
        n_improved=n_imp,
        n_worsened=n_wor,
        share_improved=share_imp,
        share_worsened=share_wor,
        higher_is_better=better_up,
        meaningful_change=threshold,
    )


def first_and_latest(
    rows: Iterable[tuple[str, int, float]],
) -> dict[str, list[tuple[float, float]]]:
    """(instrument, member id, score) rows in time order → (first, latest) pairs per instrument.

    A member with one score on an instrument has no change and is left out.
    """
    seen: dict[tuple[str, int], tuple[float, float, int]] = {}
    for instrument, member_id, score in rows:
        key = (instrument, member_id)
        first, _, count = seen.get(key, (score, score, 0))
        seen[key] = (first, score, count + 1)
    pairs: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for (instrument, _), (first, latest, count) in seen.items():
        if count >= 2:
            pairs[instrument].append((first, latest))
    return dict(pairs)


def _instrument_order(name: str) -> tuple[int, str]:
    known = list(INSTRUMENTS)
    return (known.index(name), "") if name in known else (len(known), name.casefold())


def caseload_outcomes(
    store: Store,
    *,
    setting: str | None = None,
    programme: str | None = None,
    date_from: date | None = None,
    date_to: date | None = None,
    instruments: Sequence[str] | None = None,
) -> list[InstrumentOutcome]:
    """Pre/post figures per instrument across the caseload, known instruments first.

    Filters: the family's setting and programme (exact wire values), the
    measurement dates (inclusive), and the instruments. Instruments where
    nobody has two scores in the period still appear, with n = 0, if asked
    for by name; otherwise only instruments with any measurement appear.
    """
    q = (
        select(Measurement.instrument, Measurement.member_id, Measurement.score)
        .join(Family, Measurement.family_id == Family.id)
        .order_by(Measurement.member_id, Measurement.date, Measurement.position, Measurement.id)
    )
    if setting is not None:
        q = q.where(Family.setting == setting)
    if programme is not None:
        q = q.where(Family.programme == programme)
    if date_from is not None:
        q = q.where(Measurement.date >= date_from)
    if date_to is not None:
        q = q.where(Measurement.date <= date_to)
    if instruments is not None:
        q = q.where(Measurement.instrument.in_(list(instruments)))
    with store.read_session() as s:
        rows = [(i, m, float(sc)) for i, m, sc in s.execute(q)]
    pairs = first_and_latest(rows)
    names = set(instruments) if instruments is not None else {r[0] for r in rows}
    return [summarize(name, pairs.get(name, [])) for name in sorted(names, key=_instrument_order)]


# --- CSV ----------------------------------------------------------------------------------

CSV_COLUMNS = (
    "instrument",
    "n",
    "mean_first",
    "mean_latest",
    "mean_change",
    "ci95_low",
    "ci95_high",
    "n_improved",
    "share_improved_pct",
    "n_worsened",
    "share_worsened_pct",
    "higher_is_better",
    "meaningful_change",
)
_CSV_HEADERS_DA = (
    "instrument",
    "antal",
    "gennemsnit_første",
    "gennemsnit_seneste",
    "gennemsnitlig_ændring",
    "ki95_nedre",
    "ki95_øvre",
    "antal_forbedret",
    "andel_forbedret_pct",
    "antal_forværret",
    "andel_forværret_pct",
    "højere_er_bedre",
    "meningsfuld_ændring",
)


def _cell(value: object, decimal_comma: bool, digits: int = 2) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return ("ja" if value else "nej") if decimal_comma else ("yes" if value else "no")
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        text = f"{value:.{digits}f}"
        return text.replace(".", ",") if decimal_comma else text
    return str(value)


def export_csv(
    rows: Sequence[InstrumentOutcome], path: str | os.PathLike[str], dialect: str = "da"
) -> Path:
    """Write the figures as CSV; ``da``: semicolons, decimal comma and a BOM for Danish Excel.

    ``en`` writes commas and decimal points (no BOM). Written to a temporary
    name and renamed, so a half-written file never appears. Aggregates only:
    no names and no uids leave with it.
    """
    if dialect not in ("da", "en"):
        raise ValueError(f"unknown CSV dialect {dialect!r}; use 'da' or 'en'")
    da = dialect == "da"
    target = Path(path)
    with private_file(target, "w", encoding="utf-8-sig" if da else "utf-8", newline="") as fh:
        writer = csv.writer(fh, delimiter=";" if da else ",", lineterminator="\r\n")
        writer.writerow(_CSV_HEADERS_DA if da else CSV_COLUMNS)
        for r in rows:
            pct_imp = None if r.share_improved is None else 100.0 * r.share_improved
            pct_wor = None if r.share_worsened is None else 100.0 * r.share_worsened
            writer.writerow(
                [
                    r.instrument,
                    _cell(r.n, da),
                    _cell(r.mean_first, da),
                    _cell(r.mean_latest, da),
                    _cell(r.mean_change, da),
                    _cell(r.ci_low, da),
                    _cell(r.ci_high, da),
                    _cell(r.n_improved, da),
                    _cell(pct_imp, da, 1),
                    _cell(r.n_worsened, da),
                    _cell(pct_wor, da, 1),
                    _cell(r.higher_is_better, da),
                    _cell(r.meaningful_change, da, 0),
                ]
            )
    return target
