"""Stability across the caseload: do the placements that start hold?

For the placements started in a period (a match's ``placed_on``):

- **still stable after 3, 6 and 12 months**: of the placements whose mark
  (the placement date plus 3, 6 or 12 months) has come by ``today``, how
  many had no breakdown before it. A placement too recent to judge at a mark
  is left out of that mark's figure altogether (whether or not it has broken
  down yet), so a young placement's early breakdown does not count against
  the caseload while its young siblings' stability cannot count for it;
- **breakdowns within the first year** (before the 12-month mark), by cause
  and by the chosen site's type: what happened, counted over the placements
  started in the period (a young placement may still break down).

Every figure carries its n, the placements it is computed over. Planned and
unplanned breakdowns both count; a match ended without a breakdown is stable.
The computation (``compute_stability``) is plain data in, plain data out;
``stability`` reads the placements of the matches the store shows (on a
server: the worker's families; a lead's team). ``figure_rows`` lays the
report out as one row per figure — what the window's table shows and
``export_csv`` writes, in Danish (Excel's dialect) or English.
"""

from __future__ import annotations

import csv
import os
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from famdesk import vocabulary as v
from famdesk.core import words
from famdesk.core.plans.dates import add_months
from famdesk.db.models import PlacementMatch
from famdesk.db.store import Store
from famdesk.files import private_file

#: The months after the placement date at which stability is judged.
MARKS = (3, 6, 12)
#: Breakdowns before this many months count as within the first year.
FIRST_YEAR_MONTHS = 12


@dataclass(frozen=True)
class Placed:
    """One placement: when it started, at which kind of site, and its breakdown if any."""

    placed_on: date
    site_type: str | None = None
    breakdown_on: date | None = None
    cause: str | None = None


@dataclass(frozen=True)
class MarkFigure:
    """Of ``n`` placements old enough to judge at ``months``, ``stable`` had no breakdown."""

    months: int
    n: int
    stable: int

    @property
    def share(self) -> float | None:
        """The stable share 0–1; None when no placement could be judged."""
        return self.stable / self.n if self.n else None


@dataclass(frozen=True)
class BreakdownFigure:
    """``breakdowns`` within the first year among ``n`` placements (of a cause or site type)."""

    key: str
    breakdowns: int
    n: int


@dataclass(frozen=True)
class StabilityReport:
    period_from: date
    period_to: date
    today: date
    #: Placements started in the period.
    placements: int
    marks: tuple[MarkFigure, ...]
    #: Breakdowns within the first year, of the ``placements``.
    first_year_breakdowns: int
    #: Per breakdown cause (the vocabulary's order), n = every placement of the period.
    by_cause: tuple[BreakdownFigure, ...]
    #: Per site type with placements, n = that type's placements of the period.
    by_site_type: tuple[BreakdownFigure, ...]


def _broke_down_before(p: Placed, day: date) -> bool:
    return p.breakdown_on is not None and p.breakdown_on < day


def compute_stability(
    placements: Iterable[Placed], period_from: date, period_to: date, *, today: date
) -> StabilityReport:
    """The figures for the placements that started from ``period_from`` to ``period_to``."""
    started = [p for p in placements if period_from <= p.placed_on <= period_to]
    marks = []
    for months in MARKS:
        judged = [p for p in started if add_months(p.placed_on, months) <= today]
        stable = [p for p in judged if not _broke_down_before(p, add_months(p.placed_on, months))]
        marks.append(MarkFigure(months, len(judged), len(stable)))
    broke = [p for p in started
             if _broke_down_before(p, add_months(p.placed_on, FIRST_YEAR_MONTHS))]
    by_cause = tuple(
        BreakdownFigure(cause, sum(1 for p in broke if p.cause == cause), len(started))
        for cause in v.BREAKDOWN_CAUSES
    )
    types = [t for t in (*v.PLACEMENT_TYPES, None) if any(p.site_type == t for p in started)]
    by_type = tuple(
        BreakdownFigure(
            t or "",
            sum(1 for p in broke if p.site_type == t),
            sum(1 for p in started if p.site_type == t),
        )
        for t in types
    )
    return StabilityReport(
        period_from=period_from,
        period_to=period_to,
        today=today,
        placements=len(started),
        marks=tuple(marks),
        first_year_breakdowns=len(broke),
        by_cause=by_cause,
        by_site_type=by_type,
    )


def placements_started(store: Store, period_from: date, period_to: date) -> list[Placed]:
    """The placements the store's matches record as started in the period."""
    query = (
        select(PlacementMatch)
        .where(PlacementMatch.placed_on >= period_from, PlacementMatch.placed_on <= period_to)
        .options(selectinload(PlacementMatch.chosen_site), selectinload(PlacementMatch.breakdown))
        .order_by(PlacementMatch.placed_on, PlacementMatch.id)
    )
    with store.read_session() as s:
        out = []
        for m in s.scalars(query):
            assert m.placed_on is not None
            b = m.breakdown
            out.append(Placed(
                placed_on=m.placed_on,
                site_type=m.chosen_site.type if m.chosen_site is not None else None,
                breakdown_on=b.date if b is not None else None,
                cause=b.cause if b is not None else None,
            ))
        return out


def stability(store: Store, period_from: date, period_to: date, *, today: date) -> StabilityReport:
    """Stability of the placements started in the period, as known on ``today``."""
    return compute_stability(
        placements_started(store, period_from, period_to), period_from, period_to, today=today
    )


# --- one row per figure, and the CSV ---------------------------------------------------------

#: The figures, in the order a table and the CSV list them.
FIGURES = (
    "stable_after",
    "first_year_breakdowns",
    "breakdowns_by_cause",
    "breakdowns_by_site_type",
)


@dataclass(frozen=True)
class FigureRow:
    """``count`` of ``n`` placements: stable at a mark, or broken down within the first year.

    ``figure`` is one of ``FIGURES``; ``key`` the mark's months, ``all``, a
    breakdown cause or a site type (``""``: the match names no site type).
    """

    figure: str
    key: str
    count: int
    n: int

    @property
    def share(self) -> float | None:
        """``count / n``; None when there is nothing to count over."""
        return self.count / self.n if self.n else None


def figure_rows(report: StabilityReport) -> list[FigureRow]:
    """Every figure of ``report``, each with its n."""
    rows = [FigureRow("stable_after", str(m.months), m.stable, m.n) for m in report.marks]
    rows.append(
        FigureRow("first_year_breakdowns", "all", report.first_year_breakdowns, report.placements)
    )
    rows += [FigureRow("breakdowns_by_cause", b.key, b.breakdowns, b.n) for b in report.by_cause]
    rows += [
        FigureRow("breakdowns_by_site_type", b.key, b.breakdowns, b.n) for b in report.by_site_type
    ]
    return rows


def figure_label(row: FigureRow, lang: str) -> str:
    """What the row counts, in ``lang`` ("Stable after 3 months", "The child's needs", …)."""
    if row.figure == "stable_after":
        return words.text("stability.stable_after", lang, months=row.key)
    if row.figure == "first_year_breakdowns":
        return words.text("stability.first_year_breakdowns", lang)
    if row.figure == "breakdowns_by_cause":
        return words.label("breakdown_cause", row.key, lang)
    if not row.key:
        return words.text("stability.no_site_type", lang)
    return words.label("placement_type", row.key, lang)


CSV_COLUMNS = (
    "figure", "key", "label", "count", "n", "share_pct", "period_from", "period_to", "as_of",
)  # fmt: skip
_CSV_HEADERS_DA = (
    "figur", "nøgle", "betegnelse", "antal", "n", "andel_pct", "periode_fra", "periode_til",
    "opgjort_pr",
)  # fmt: skip


def export_csv(
    report: StabilityReport, path: str | os.PathLike[str], dialect: str = "da"
) -> Path:
    """Write every figure with its n; ``da``: semicolons, decimal comma, a BOM, Danish words.

    ``en`` writes commas, decimal points and English. Dates are ISO
    (YYYY-MM-DD) in both. Counts only: no child, family or site is named.
    The file appears whole or not at all (``files.private_file``).
    """
    lang = words.check_lang(dialect)
    da = lang == "da"
    target = Path(path)
    with private_file(target, "w", encoding="utf-8-sig" if da else "utf-8", newline="") as fh:
        writer = csv.writer(fh, delimiter=";" if da else ",", lineterminator="\r\n")
        writer.writerow(_CSV_HEADERS_DA if da else CSV_COLUMNS)
        for row in figure_rows(report):
            share = "" if row.share is None else f"{100.0 * row.share:.1f}"
            writer.writerow(
                [
                    row.figure,
                    row.key,
                    figure_label(row, lang),
                    row.count,
                    row.n,
                    share.replace(".", ",") if da else share,
                    report.period_from.isoformat(),
                    report.period_to.isoformat(),
                    report.today.isoformat(),
                ]
            )
    return target
