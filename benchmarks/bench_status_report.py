"""How long a status report takes: a family with 200 sessions and 3 charts.

    /work/venv/bin/python benchmarks/bench_status_report.py [--runs 7]

Builds a fictitious family in a temporary encrypted store: 200 contact
sessions in one year (home visits, supervised contact, network meetings,
phone calls; some cancelled or missed; summaries and agreements), an agreed
plan with 4 goals and 4 reviews, and measurements that give three charts
(WHO-5 for both parents, the child's problem behaviour, and the goal scores).
Then times, as medians after one warm-up:

* ``build_status_report_pdf`` end to end (read, lay out, write, stamp, audit),
* ``status_report_data`` alone (the store reads), and
* the layout alone (``story`` + ``write_pdf`` with the data in memory).

Prints the figures and returns them from ``measure()`` for benchmarks/run.py.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from famdesk.db.models import (  # noqa: E402
    ActionPlan,
    ContactSession,
    Family,
    Goal,
    Measurement,
    Member,
    Professional,
    Review,
    ReviewScore,
)
from famdesk.db.store import Store, open_store  # noqa: E402
from famdesk.reports.base import PageInfo, write_pdf  # noqa: E402
from famdesk.reports.status_report_pdf import build_status_report_pdf, story  # noqa: E402

SESSIONS = 200
PERIOD = (date(2025, 1, 1), date(2025, 12, 31))
CPH = ZoneInfo("Europe/Copenhagen")
KINDS = ("home-visit", "home-visit", "home-visit", "supervised-contact", "phone", "network-meeting")
SUMMARY = (
    "Besøget forløb roligt. Mor fortalte om ugens morgener, og vi gennemgik skemaet sammen. "
    "Barnet viste sine tegninger og fortalte selv om skolen. "
)


def make_family(store: Store, seed: int = 5) -> str:
    """A fictitious family with 200 sessions, a plan with reviews and measurements."""
    rng = random.Random(seed)
    with store.session() as s:
        family = Family(
            reference="BENCH-STATUS-1",
            name="Familien Łukasz-Nguyễn",
            worker="Mette Zoë",
            setting="home",
            programme="PMTO",
            start_date=date(2024, 11, 1),
        )
        mother = Member(role="mother", given_name="Zoë", family_name="Nguyễn", position=0)
        father = Member(role="father", given_name="Łukasz", family_name="Kowalski", position=1)
        child = Member(
            role="child",
            given_name="Alma",
            family_name="Kowalski",
            birth_date=date(2015, 3, 4),
            position=2,
        )
        family.members = [mother, father, child]
        family.professionals = [
            Professional(name=f"Samarbejdspartner {i}", organisation="Eksempel Kommune", role=r)
            for i, r in enumerate(("municipal caseworker", "teacher", "psychologist"))
        ]
        s.add(family)
        plan = ActionPlan(
            family=family,
            title="Forældrehandleplan",
            status="agreed",
            created_on=date(2024, 12, 1),
            agreed_on=date(2024, 12, 10),
            next_review=date(2026, 3, 1),
            phase="change",
        )
        plan.goals = [
            Goal(
                title=f"Mål med forældrenes egne ord nummer {i + 1}",
                success_criteria="Det vil være anderledes, når morgenen er rolig.",
                baseline_score=rng.randint(2, 4),
                position=i,
            )
            for i in range(4)
        ]
        s.add(plan)
        s.flush()
        for pos, day in enumerate(
            (date(2025, 3, 1), date(2025, 6, 1), date(2025, 9, 1), date(2025, 12, 1))
        ):
            review = Review(plan=plan, date=day, summary="Opfølgning med forældrene.", position=pos)
            review.scores = [
                ReviewScore(goal_id=g.id, score=min(10, g.baseline_score + pos + rng.randint(0, 2)))
                for g in plan.goals
            ]
            s.add(review)
        start = datetime(2025, 1, 2, 9, 0, tzinfo=CPH)
        for i in range(SESSIONS):
            moment = start + timedelta(hours=int(i * 43.5))
            status = rng.choices(("held", "cancelled", "no-show"), (90, 6, 4))[0]
            s.add(
                ContactSession(
                    family=family,
                    author="Mette Zoë",
                    start=moment,
                    duration_minutes=rng.choice((45, 60, 90, 120)),
                    status=status,
                    kind=KINDS[i % len(KINDS)],
                    summary=SUMMARY if status == "held" else "",
                    notes=SUMMARY * 4,
                    agreements="Vi aftalte at prøve det nye skema i en uge." if i % 7 == 0 else "",
                )
            )
        for month in range(1, 13):
            for member, base in ((mother, 2), (father, 3)):
                items = [min(5, base + (month > 6) + rng.randint(0, 1)) for _ in range(5)]
                s.add(
                    Measurement(
                        family=family,
                        member=member,
                        instrument="WHO-5",
                        date=date(2025, month, 15),
                        items=items,
                        score=sum(items) * 4,
                    )
                )
            if month % 3 == 0:
                s.add(
                    Measurement(
                        family=family,
                        member=child,
                        instrument="child-problem-behaviour",
                        date=date(2025, month, 20),
                        items=[9 - month // 3],
                        score=9 - month // 3,
                    )
                )
        s.flush()
        return family.uid


def _median_ms(fn: Any, runs: int) -> tuple[float, float]:
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times), min(times)


def measure(runs: int = 7, work: Path | None = None) -> dict[str, float | int]:
    """Time the report ``runs`` times (after one warm-up); medians in ms."""
    from pypdf import PdfReader

    from famdesk.core.status_reports import status_report_data

    with tempfile.TemporaryDirectory(dir=work) as tmp:
        folder = Path(tmp)
        with open_store(
            folder / "bench.famdesk", "benchmark – fictitious data", create=True
        ) as store:
            uid = make_family(store)
            out = folder / "status.pdf"
            build_status_report_pdf(store, uid, *PERIOD, out)  # warm-up: fonts, imports
            pages = len(PdfReader(out).pages)
            data = status_report_data(store, uid, *PERIOD)
            charts = 1 + len({instrument for _, instrument in data.series})
            full, full_min = _median_ms(
                lambda: build_status_report_pdf(store, uid, *PERIOD, out), runs
            )
            gather, _ = _median_ms(lambda: status_report_data(store, uid, *PERIOD), runs)

            def layout_only() -> None:
                write_pdf(
                    folder / "layout.pdf",
                    story(data, "da", date(2026, 1, 5)),
                    PageInfo("da", "x", "y"),
                    title="t",
                )

            layout, _ = _median_ms(layout_only, runs)
    return {
        "runs": runs,
        "sessions": SESSIONS,
        "charts": charts,
        "pages": pages,
        "status_report_median_ms": round(full, 1),
        "status_report_min_ms": round(full_min, 1),
        "gather_median_ms": round(gather, 1),
        "layout_median_ms": round(layout, 1),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args(argv)
    r = measure(args.runs)
    print(
        f"status report, {r['sessions']} sessions, {r['charts']} charts, "
        f"{r['pages']} pages; median of {r['runs']} runs"
    )
    print(
        f"  build_status_report_pdf (store → PDF, audited): {r['status_report_median_ms']:8.1f} ms"
        f"  (min {r['status_report_min_ms']} ms)"
    )
    print(f"  status_report_data (store reads only):         {r['gather_median_ms']:8.1f} ms")
    print(f"  layout only (data in memory):                  {r['layout_median_ms']:8.1f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
