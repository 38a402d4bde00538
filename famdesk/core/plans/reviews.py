"""Reviews of a plan being lived, and each goal's scores over time.

A review scores every open goal 0–10 (the same rule as at import,
``rules.check_review``) and moves the plan's next review on. A goal's score
history follows it back through the versions it was copied from, so a chart
carries on across a revision or a plan started from the previous one.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from famdesk.core import audit, rules
from famdesk.core.errors import Code, ErrorCollector
from famdesk.core.plans.checks import PlanError, is_score, require_live
from famdesk.core.plans.dates import default_next_review
from famdesk.core.plans.reading import goal_row, plan_row
from famdesk.db.models import Goal, Review, ReviewScore
from famdesk.db.store import Store
from famdesk.vocabulary import SCALE_MAX, SCALE_MIN


def add_review(
    store: Store,
    plan_uid: str,
    review_date: date,
    summary: str,
    scores: Mapping[str, int],
    *,
    next_review: date | None = None,
) -> str:
    """Record a review of an agreed plan; returns its uid.

    Refused unless every open goal has a whole-number score 0–10 (the message
    names the goals missing one), and scores name only this plan's goals. The
    plan's next review moves to ``next_review`` or, by default, three months on.
    """
    with store.session() as s:
        plan = plan_row(s, plan_uid)
        require_live(s, plan, "add a review")
        errors = ErrorCollector()
        if not isinstance(review_date, date):
            errors.add("date", "must be a date", Code.DATE_INVALID)
        if not isinstance(summary, str):
            errors.add("summary", "must be text", Code.TEXT_INVALID)
        goals = {g.uid: g for g in plan.goals}
        shared = rules.check_review(
            {"date": review_date, "summary": summary, "goal_scores": dict(scores)},
            [{"uid": g.uid, "title": g.title, "status": g.status} for g in plan.goals],
            agreed_on=plan.agreed_on,
        )
        # The rules name the import's field; this service's argument is ``scores``.
        for problem in shared:
            if problem.field == "goal_scores":
                problem = dataclasses.replace(problem, field="scores")
            errors.extend([problem])
        for uid, score in scores.items():
            if uid not in goals:
                errors.add(
                    "scores",
                    f"{uid} is not a goal of this plan",
                    Code.REVIEW_SCORE_NOT_GOAL,
                    goal=uid,
                )
            elif not is_score(score):
                errors.add(
                    "scores",
                    f"goal {goals[uid].title!r}: the score must be a whole number "
                    f"{SCALE_MIN}–{SCALE_MAX}",
                    Code.NUMBER_OUT_OF_RANGE,
                    goal=uid,
                    min=SCALE_MIN,
                    max=SCALE_MAX,
                )
        errors.raise_if_any()
        if next_review is not None and next_review <= review_date:
            raise PlanError(
                Code.REVIEW_NEXT_BEFORE_REVIEW,
                f"the next review ({next_review}) must come after the review ({review_date})",
                field="next_review",
            )
        review = Review(position=len(plan.reviews), date=review_date, summary=summary)
        review.scores = [ReviewScore(goal=goals[uid], score=score) for uid, score in scores.items()]
        plan.reviews.append(review)
        plan.next_review = next_review or default_next_review(review_date)
        s.flush()
        audit.record(
            s,
            "create",
            "review",
            review.uid,
            plan.family.uid,
            {"plan": plan.uid, "fields": ["date", "scores", "summary"], "scores": len(scores)},
        )
        audit.record(s, "update", "plan", plan.uid, plan.family.uid, {"fields": ["next_review"]})
        return review.uid


def _goal_lineage(s: Session, goal: Goal) -> list[Goal]:
    """``goal`` and the goals it was copied from, oldest first (a broken link ends it)."""
    chain = [goal]
    seen = {goal.id}
    while chain[0].previous_goal_id is not None and chain[0].previous_goal_id not in seen:
        earlier = s.get(Goal, chain[0].previous_goal_id)
        if earlier is None:
            break
        chain.insert(0, earlier)
        seen.add(earlier.id)
    return chain


def goal_score_history(store: Store, goal_uid: str) -> list[tuple[date, int]]:
    """The goal's scores over time for a chart, across plan versions, oldest first.

    The history follows the goal back through the versions it was copied from
    (``revise_plan``, ``create_plan_from_previous``): first the earliest
    version's baseline, dated when that plan was agreed (or created, for a
    draft), then every review score of every version, in date order.

    A later version's baseline is shown only when it is a new assessment: a
    copied baseline (equal to the baseline of the goal it copies, or to the last
    score already shown, which ``create_plan_from_previous`` makes the new
    baseline) is left out, so the chart neither repeats a point nor falls back
    to an old value at the revision.
    """
    with store.read_session() as s:
        chain = _goal_lineage(s, goal_row(s, goal_uid))
        rows = s.execute(
            select(ReviewScore.goal_id, Review.date, ReviewScore.score)
            .join(ReviewScore, ReviewScore.review_id == Review.id)
            .where(ReviewScore.goal_id.in_([g.id for g in chain]))
            .order_by(Review.date, Review.position)
        ).all()
        out: list[tuple[date, int]] = []
        for i, goal in enumerate(chain):
            baseline = goal.baseline_score
            copied = i > 0 and (
                baseline == chain[i - 1].baseline_score or (bool(out) and baseline == out[-1][1])
            )
            if baseline is not None and not copied:
                out.append((goal.plan.agreed_on or goal.plan.created_on, baseline))
            out.extend((d, sc) for gid, d, sc in rows if gid == goal.id)
        out.sort(key=lambda point: point[0])  # stable: same-day points keep their order
        return out
