"""How long the plan PDF takes: famdesk's plan vs plain ReportLab with the same text.

    /work/venv/bin/python benchmarks/bench_plan_pdf.py [--runs 7]

Builds a fictitious agreed plan with 10 goals and 30 steps (and two reviews)
in a temporary encrypted store, then times

* ``build_plan_pdf`` end to end (read from the store, lay out, write, audit),
* famdesk's layout alone (the same document already loaded), and
* plain ReportLab: a ``SimpleDocTemplate`` of one Paragraph per text, in the
  same DejaVu font, with no tables, header, footer or page count.

Prints the medians and returns them from ``measure()`` for benchmarks/run.py.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.platypus import Paragraph, SimpleDocTemplate  # noqa: E402

from famdesk.core import plans  # noqa: E402
from famdesk.core.plans import GoalData, PlanDocument, StepData  # noqa: E402
from famdesk.db.models import Family, Member  # noqa: E402
from famdesk.db.store import Store, open_store  # noqa: E402
from famdesk.reports.base import PageInfo, escape_text, make_styles, write_pdf  # noqa: E402
from famdesk.reports.plan_pdf import build_plan_pdf, plan_story  # noqa: E402

GOALS = 10
STEPS_PER_GOAL = 3
SENTENCE = (
    "Vi vil gerne have en hverdag, hvor Alma ved, hvad der skal ske, og hvor vi taler roligt "
    "sammen, også når noget er svært. "
)


def make_plan(store: Store) -> str:
    """A fictitious agreed plan with 10 goals and 30 steps; returns its uid."""
    with store.session() as s:
        family = Family(
            reference="BENCH-1",
            name="Familien Łukasz-Nguyễn",
            worker="Mette Zoë",
            start_date=date(2026, 1, 5),
        )
        family.members = [
            Member(role="mother", given_name="Zoë", family_name="Nguyễn", position=0),
            Member(role="father", given_name="Łukasz", family_name="Kowalski", position=1),
        ]
        s.add(family)
        s.flush()
        family_uid = family.uid
        member_uids = [m.uid for m in family.members]
    goals = [
        GoalData(
            f"Mål {g + 1}: {SENTENCE[:60]}",
            success_criteria=SENTENCE * 2,
            target_date=date(2026, 6, 1),
            ics_dimension="relationships",
            baseline_score=g % 10,
            steps=[
                StepData(
                    f"Skridt {g + 1}.{k + 1}: {SENTENCE}",
                    "Zoë og familiebehandler",
                    date(2026, 3, k + 1),
                    k == 0,
                )
                for k in range(STEPS_PER_GOAL)
            ],
        )
        for g in range(GOALS)
    ]
    section = (SENTENCE * 6 + "\n\n") * 2
    uid = plans.create_plan(
        store,
        family_uid,
        "Forældrehandleplan (benchmark)",
        created_on=date(2026, 2, 1),
        goals=goals,
        member_uids=member_uids,
        purpose=section,
        legal_basis=SENTENCE,
        parents_own_words=section,
        resources=section,
        concerns=section,
        crisis_notes=section,
        support=section,
    )
    plans.agree_plan(store, uid, agreed_on=date(2026, 2, 2))
    goal_uids = [g.uid for g in plans.get_plan(store, uid).goals]
    for day in (date(2026, 5, 1), date(2026, 8, 1)):
        plans.add_review(store, uid, day, SENTENCE * 3, {g: 5 for g in goal_uids})
    return uid


def _texts(document: PlanDocument) -> list[str]:
    plan = document.plan
    out = [
        plan.title,
        document.family_name,
        plan.purpose,
        plan.legal_basis,
        plan.parents_own_words,
        plan.resources,
        plan.concerns,
        plan.crisis_notes,
        plan.support,
    ]
    for goal in plan.goals:
        out += [goal.title, goal.success_criteria]
        out += [f"{st.text} – {st.responsible} – {st.due_date}" for st in goal.steps]
    out += [r.summary for r in plan.reviews]
    return out


def plain_reportlab(document: PlanDocument, out: Path) -> None:
    """The same text as one Paragraph each, in a plain SimpleDocTemplate."""
    style = make_styles().body  # DejaVu, so the same glyphs are embedded
    doc = SimpleDocTemplate(str(out), pagesize=A4)
    doc.build([Paragraph(escape_text(text), style) for text in _texts(document)])


def _median_ms(fn: Any, runs: int) -> tuple[float, float]:
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times), min(times)


def measure(runs: int = 7, work: Path | None = None) -> dict[str, float | int]:
    """Time the three builds ``runs`` times each (after one warm-up); medians in ms."""
    with tempfile.TemporaryDirectory(dir=work) as tmp:
        folder = Path(tmp)
        with open_store(
            folder / "bench.famdesk", "benchmark – fictitious data", create=True
        ) as store:
            uid = make_plan(store)
            document = plans.get_plan_document(store, uid)
            out = folder / "plan.pdf"
            build_plan_pdf(store, uid, out)  # warm-up: fonts, imports
            pages = _page_count(out)
            full, full_min = _median_ms(lambda: build_plan_pdf(store, uid, out), runs)

            def layout_only() -> None:
                story = plan_story(document, "da", date(2026, 8, 20))
                write_pdf(folder / "layout.pdf", story, PageInfo("da", "x", "y"), title="t")

            layout, layout_min = _median_ms(layout_only, runs)
            plain_reportlab(document, folder / "plain.pdf")
            plain, plain_min = _median_ms(
                lambda: plain_reportlab(document, folder / "plain.pdf"), runs
            )
            plain_pages = _page_count(folder / "plain.pdf")
    return {
        "runs": runs,
        "goals": GOALS,
        "steps": GOALS * STEPS_PER_GOAL,
        "famdesk_pages": pages,
        "plain_pages": plain_pages,
        "famdesk_median_ms": round(full, 1),
        "famdesk_min_ms": round(full_min, 1),
        "famdesk_layout_median_ms": round(layout, 1),
        "plain_median_ms": round(plain, 1),
        "plain_min_ms": round(plain_min, 1),
    }


def _page_count(path: Path) -> int:
    from pypdf import PdfReader

    return len(PdfReader(path).pages)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args(argv)
    r = measure(args.runs)
    print(f"plan PDF, {r['goals']} goals / {r['steps']} steps, median of {r['runs']} runs")
    print(
        f"  famdesk build_plan_pdf (store → PDF, audited): {r['famdesk_median_ms']:8.1f} ms"
        f"  (min {r['famdesk_min_ms']} ms, {r['famdesk_pages']} pages)"
    )
    print(
        f"  famdesk layout only (document in memory):     {r['famdesk_layout_median_ms']:8.1f} ms"
    )
    print(
        f"  plain ReportLab, same text as Paragraphs:      {r['plain_median_ms']:8.1f} ms"
        f"  (min {r['plain_min_ms']} ms, {r['plain_pages']} pages)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
