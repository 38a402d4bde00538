"""Parent action plans (forældrehandleplaner): what a worker relies on, not the editor.

A plan is a draft while it is written with the parents, agreed (and frozen)
when they and the worker agree on it, lived while steps are ticked off and
reviews score every open goal 0–10, and changed only as a new version. Every
function is one unit of work; changes write audit rows whose detail names the
fields changed, never their contents. Dataclasses go in and out; no ORM object
leaves this package.

The package, one idea a module:

=============  ==================================================================
``records``    the dataclasses that go in and out, and the field names
``dates``      when the next review falls
``reading``    rows by uid; plans, versions; the printed plan's data, its print
``checks``     whether the plan's state allows a change; the input's rules; the gaps
               a draft has before it is agreed
``starting``   a new draft: blank, from a template, from the previous plan
``lifecycle``  agree, change a draft, complete, cancel, start a new version
``goals``      goals and steps: added, changed, reordered, ticked off
``reviews``    reviews and each goal's score history across versions
=============  ==================================================================

Import from the package (``from famdesk.core.plans import GoalData``); the
modules' own helpers are for each other.
"""

from famdesk.core.plans.checks import (
    CHILD_CONVERSATION_MONTHS,
    AgreementGap,
    PlanError,
    PlanFrozen,
    agreement_gaps,
)
from famdesk.core.plans.dates import (
    DUE_SOON_DAYS,
    REVIEW_INTERVAL_MONTHS,
    add_months,
    default_next_review,
    next_review_status,
)
from famdesk.core.plans.goals import (
    add_goal,
    add_step,
    delete_goal,
    delete_step,
    move_goal,
    move_step,
    set_goal_status,
    set_step_done,
    update_goal,
    update_step,
)
from famdesk.core.plans.lifecycle import (
    agree_plan,
    cancel_plan,
    complete_plan,
    revise_plan,
    set_next_review,
    update_plan,
)
from famdesk.core.plans.reading import (
    family_parent_uids,
    get_goal,
    get_plan,
    get_plan_document,
    get_step,
    list_plans,
    plan_versions,
    record_plan_print,
)
from famdesk.core.plans.records import (
    GOAL_FIELDS,
    PLAN_FIELDS,
    PLAN_TEXT_FIELDS,
    STEP_FIELDS,
    Collaborator,
    GoalData,
    Person,
    PlanData,
    PlanDocument,
    PlanSummary,
    ReviewData,
    StepData,
)
from famdesk.core.plans.reviews import add_review, goal_score_history
from famdesk.core.plans.starting import (
    create_plan,
    create_plan_from_previous,
    create_plan_from_template,
)

__all__ = [
    "CHILD_CONVERSATION_MONTHS",
    "DUE_SOON_DAYS",
    "GOAL_FIELDS",
    "PLAN_FIELDS",
    "PLAN_TEXT_FIELDS",
    "REVIEW_INTERVAL_MONTHS",
    "STEP_FIELDS",
    "AgreementGap",
    "Collaborator",
    "GoalData",
    "Person",
    "PlanData",
    "PlanDocument",
    "PlanError",
    "PlanFrozen",
    "PlanSummary",
    "ReviewData",
    "StepData",
    "add_goal",
    "add_months",
    "add_review",
    "add_step",
    "agree_plan",
    "agreement_gaps",
    "cancel_plan",
    "complete_plan",
    "create_plan",
    "create_plan_from_previous",
    "create_plan_from_template",
    "default_next_review",
    "delete_goal",
    "delete_step",
    "family_parent_uids",
    "get_goal",
    "get_plan",
    "get_plan_document",
    "get_step",
    "goal_score_history",
    "list_plans",
    "move_goal",
    "move_step",
    "next_review_status",
    "plan_versions",
    "record_plan_print",
    "revise_plan",
    "set_goal_status",
    "set_next_review",
    "set_step_done",
    "update_goal",
    "update_plan",
    "update_step",
]
