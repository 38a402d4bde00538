"""What goes in and out of the plan services: plain dataclasses, never ORM rows.

The editor, the PDF and the command line see a plan only through these, so no
database object outlives its unit of work. The field tuples name what a caller
may set on each record; the audit lines name the same fields.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from famdesk.vocabulary import PLAN_TEXT_SECTIONS

PLAN_TEXT_FIELDS = ("title", *PLAN_TEXT_SECTIONS)
PLAN_FIELDS = (*PLAN_TEXT_FIELDS, "phase", "member_uids")
GOAL_FIELDS = (
    "title",
    "success_criteria",
    "target_date",
    "ics_dimension",
    "baseline_score",
    "status",
)
STEP_FIELDS = ("text", "responsible", "due_date", "done")


@dataclass
class StepData:
    text: str
    responsible: str = ""
    due_date: date | None = None
    done: bool = False
    uid: str = ""
    #: The record's save count when read; a save hands it back (``core.versions``).
    #: None: not read from the store (a new record), nothing to compare.
    row_version: int | None = field(default=None, compare=False)


@dataclass
class GoalData:
    title: str
    success_criteria: str = ""
    target_date: date | None = None
    ics_dimension: str | None = None
    baseline_score: int | None = None
    status: str = "open"
    steps: list[StepData] = field(default_factory=list)
    uid: str = ""
    #: The record's save count when read; a save hands it back (``core.versions``).
    #: None: not read from the store (a new record), nothing to compare.
    row_version: int | None = field(default=None, compare=False)


@dataclass
class ReviewData:
    date: date
    summary: str
    scores: dict[str, int]
    uid: str = ""


@dataclass
class PlanData:
    """A whole plan as the editor and the PDF see it."""

    uid: str
    family_uid: str
    title: str
    status: str
    version: int
    created_on: date
    agreed_on: date | None
    next_review: date | None
    phase: str
    legal_basis: str
    purpose: str
    parents_own_words: str
    resources: str
    concerns: str
    crisis_notes: str
    support: str
    child_perspective: str
    member_uids: list[str]
    goals: list[GoalData]
    reviews: list[ReviewData]
    previous_plan_uid: str | None = None
    #: The uid of the agreed version that replaced this one, if any.
    superseded_by_uid: str | None = None
    #: The record's save count when it was read: a save hands it back
    #: (``core.versions``), so a save based on an older read is refused.
    row_version: int = 1

    @property
    def editable(self) -> bool:
        """True while every field may change (a draft)."""
        return self.status == "draft"

    @property
    def live(self) -> bool:
        """True while the plan is being lived: steps ticked, reviews added."""
        return self.status == "agreed" and self.superseded_by_uid is None


@dataclass(frozen=True)
class PlanSummary:
    """One line of a family's list of plans."""

    uid: str
    title: str
    status: str
    version: int
    created_on: date
    agreed_on: date | None
    next_review: date | None
    previous_plan_uid: str | None
    superseded_by_uid: str | None


@dataclass(frozen=True)
class Person:
    uid: str
    name: str
    role: str


@dataclass(frozen=True)
class Collaborator:
    uid: str
    name: str
    organisation: str
    role: str


@dataclass(frozen=True)
class PlanDocument:
    """A plan with what a printed plan needs around it: the family and the people."""

    plan: PlanData
    family_name: str
    family_reference: str
    worker: str
    parents: list[Person]
    collaborators: list[Collaborator]
    previous_version: int | None
    previous_agreed_on: date | None
    #: The family's case status: a closed case has no review owed.
    family_status: str = "active"

    def review_overdue(self, today: date) -> bool:
        """The next review's day has passed on ``today`` (as ``core.deadlines`` counts it)."""
        from famdesk.core.deadlines import LIVE_PLAN_STATUSES  # deadlines reads plans

        plan = self.plan
        return (
            plan.status in LIVE_PLAN_STATUSES
            and self.family_status != "closed"
            and plan.next_review is not None
            and plan.next_review < today
        )
