"""One error model for every refusal core makes.

Core never words a refusal for the screen. Every error carries a stable dotted
``code`` (``family.reference.taken``), the ``field`` it belongs to (a form
field's name, or a JSON path at import) and ``params`` for the sentence. The
user interface and the command line turn the code into a sentence in the
user's language from the label catalogue; ``message`` is an English fallback
for logs and for codes the catalogue does not know yet.

Codes are ``area.what`` or ``area.field.what``: lowercase words joined by
dots, ``snake_case`` inside a word. Generic codes (``value.required``,
``date.future``) are used wherever the sentence does not depend on the record;
a rule that only one record has gets a code named after it. Every code is a
member of ``Code``: the catalogue test checks that each has a Danish and an
English sentence with the same placeholders.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from enum import StrEnum
from typing import Any


class Code(StrEnum):
    """Every error code core raises; values are the stable codes."""

    # any field
    VALUE_REQUIRED = "value.required"
    VALUE_UNKNOWN = "value.unknown"  # params: value
    VALUE_NOT_BOOL = "value.not_bool"
    VALUE_UNKNOWN_FIELD = "value.unknown_field"
    TEXT_INVALID = "text.invalid"
    TEXT_TOO_LONG = "text.too_long"  # params: max, length
    TEXT_CONTROL_CHAR = "text.control_char"
    TEXT_LINE_BREAK = "text.line_break"
    TEXT_EDGE_SPACE = "text.edge_space"
    NUMBER_OUT_OF_RANGE = "number.out_of_range"  # params: min, max
    DATE_INVALID = "date.invalid"
    DATE_OUT_OF_RANGE = "date.out_of_range"  # params: min, max (ISO dates)
    DATE_FUTURE = "date.future"
    DATE_BEFORE_START = "date.before_start"  # params: start (ISO date)
    TIME_INVALID = "time.invalid"
    TIME_OUT_OF_RANGE = "time.out_of_range"  # params: min, max (ISO dates)
    PERIOD_END_BEFORE_START = "period.end_before_start"
    EMAIL_FORMAT = "email.format"
    PHONE_FORMAT = "phone.format"
    CPR_FORMAT = "cpr.format"
    CPR_NO_SUCH_DATE = "cpr.no_such_date"
    SETTINGS_FOLDER = "settings.folder"
    # records that are not there
    FAMILY_NOT_FOUND = "family.not_found"  # params: uid
    MEMBER_NOT_FOUND = "member.not_found"
    PROFESSIONAL_NOT_FOUND = "professional.not_found"
    PLAN_NOT_FOUND = "plan.not_found"
    GOAL_NOT_FOUND = "goal.not_found"
    STEP_NOT_FOUND = "step.not_found"
    SESSION_NOT_FOUND = "session.not_found"
    MEASUREMENT_NOT_FOUND = "measurement.not_found"
    PLACEMENT_SITE_NOT_FOUND = "placement_site.not_found"
    MATCH_NOT_FOUND = "match.not_found"
    CANDIDATE_NOT_FOUND = "candidate.not_found"
    FOLLOW_UP_NOT_FOUND = "follow_up.not_found"
    CONVERSATION_NOT_FOUND = "conversation.not_found"
    # family
    FAMILY_REFERENCE_TAKEN = "family.reference.taken"  # params: reference
    FAMILY_END_DATE_REQUIRED = "family.end_date.required"
    # member and placement
    MEMBER_BIRTH_DATE_CPR_MISMATCH = "member.birth_date.cpr_mismatch"  # params: cpr_date
    PLACEMENT_NOT_CHILD = "placement.not_child"
    PLACEMENT_BEFORE_BIRTH = "placement.before_birth"
    PLACEMENT_BEFORE_CURRENT = "placement.before_current"  # params: current
    PLACEMENT_FUTURE = "placement.future"
    # the register of placement sites
    PLACEMENT_SITE_IN_USE = "placement_site.in_use"  # params: matches
    # import: a shared record the store holds with other fields (params: fields, the keys)
    PLACEMENT_SITE_STORED_DIFFERS = "placement_site.stored.differs"
    PROFESSIONAL_STORED_DIFFERS = "professional.stored.differs"
    # the placement match
    MATCH_NOT_CHILD = "match.not_child"
    MATCH_DECISION_INCOMPLETE = "match.decision.incomplete"
    MATCH_CHOSEN_NOT_CANDIDATE = "match.chosen_site.not_candidate"
    MATCH_CANDIDATE_TWICE = "match.candidate.twice"
    MATCH_CANDIDATE_CHOSEN = "match.candidate.chosen"
    MATCH_DECIDED_STATUS = "match.decided_on.status"
    MATCH_PLACED_ON_REQUIRED = "match.placed_on.required"
    MATCH_PLACED_NOT_DECIDED = "match.placed_on.not_decided"
    MATCH_PLACED_BEFORE_DECIDED = "match.placed_on.before_decided"  # params: decided
    MATCH_PLACED_STATUS = "match.placed_on.status"
    MATCH_PLACEMENT_DISAGREES = "match.placement.disagrees"
    MATCH_FOLLOW_UP_NOT_PLACED = "match.follow_up.not_placed"
    MATCH_FOLLOW_UP_BEFORE_PLACED = "match.follow_up.before_placed"  # params: placed
    MATCH_FOLLOW_UP_PLANNED_SCORED = "match.follow_up.planned_scored"
    MATCH_BREAKDOWN_NOT_PLACED = "match.breakdown.not_placed"
    MATCH_BREAKDOWN_BEFORE_PLACED = "match.breakdown.before_placed"  # params: placed
    MATCH_BREAKDOWN_NOT_ENDED = "match.breakdown.not_ended"
    # the child's conversations (børnesamtaler)
    CONVERSATION_NOT_CHILD = "conversation.not_child"
    CONVERSATION_DECLINED_WORDS = "conversation.declined.words"
    CONVERSATION_BEFORE_BIRTH = "conversation.before_birth"  # params: born (ISO date)
    # plan, goal, step, review
    PLAN_FROZEN = "plan.frozen"  # params: status
    PLAN_NOT_AGREED = "plan.not_agreed"
    PLAN_STATUS = "plan.status"  # params: status
    PLAN_GOALS_REQUIRED = "plan.goals.required"
    PLAN_NEXT_REVIEW_BEFORE_AGREED = "plan.next_review.before_agreed"  # params: agreed
    PLAN_MEMBER_NOT_IN_FAMILY = "plan.member.not_in_family"
    PLAN_OTHER_FAMILY = "plan.other_family"
    PLAN_NO_EARLIER = "plan.no_earlier"
    PLAN_TEMPLATE_GOAL = "plan.template.goal"  # params: number
    PLAN_REPLACED = "plan.replaced"  # params: version
    PLAN_REVISION_EXISTS = "plan.revision.exists"  # params: version
    PLAN_AGREED_BEFORE_CREATED = "plan.agreed_on.before_created"  # params: created
    GOAL_OTHER_PLAN = "goal.other_plan"
    REVIEW_SCORE_NOT_GOAL = "review.score.not_goal"
    REVIEW_SCORE_MISSING = "review.score.missing"  # params: goals (titles), goal_uids
    REVIEW_DATE_BEFORE_AGREED = "review.date.before_agreed"  # params: agreed
    REVIEW_NEXT_BEFORE_REVIEW = "review.next_review.before_review"
    # sessions and notes
    SESSION_FINALIZED = "session.finalized"
    SESSION_ALREADY_FINALIZED = "session.already_finalized"
    SESSION_PLANNED_NOT_FINALIZABLE = "session.planned.not_finalizable"
    SESSION_NOT_PLANNED = "session.not_planned"  # params: status
    SESSION_START_NEEDS_ZONE = "session.start.needs_zone"
    SESSION_DURATION_INVALID = "session.duration.invalid"  # params: max
    SESSION_MEMBER_NOT_IN_FAMILY = "session.member.not_in_family"
    SESSION_PROFESSIONAL_NOT_IN_FAMILY = "session.professional.not_in_family"
    SESSION_GOAL_NOT_LINKABLE = "session.goal.not_linkable"
    SESSION_FINALIZED_BEFORE_START = "session.finalized.before_start"
    SESSION_CONCERN_TOLD = "session.concern.told"
    SESSION_CONCERN_NONE = "session.concern.none"
    ADDENDUM_TEXT_REQUIRED = "addendum.text.required"
    ADDENDUM_NOT_FINALIZED = "addendum.not_finalized"
    ADDENDUM_BEFORE_FINALIZED = "addendum.before_finalized"
    # measurements
    MEASUREMENT_MEMBER_OTHER_FAMILY = "measurement.member.other_family"
    MEASUREMENT_ITEMS_INVALID = "measurement.items.invalid"
    MEASUREMENT_INVALID = "measurement.invalid"  # params: detail (English)
    # the command line
    DEMO_STORE_NOT_EMPTY = "demo.store_not_empty"
    # two saves of one record
    RECORD_CHANGED = "record.changed"  # params: entity, fields
    # the team on a server
    TEAM_SERVER_ONLY = "team.server_only"
    TEAM_ADMIN_ONLY = "team.admin_only"
    TEAM_LEAD_ONLY = "team.lead_only"
    TEAM_WORKER_NAME = "team.worker.name"  # params: max
    TEAM_WORKER_PRIVILEGED = "team.worker.privileged"  # params: name
    TEAM_WORKER_UNKNOWN = "team.worker.unknown"  # params: name
    TEAM_PASSWORD_REQUIRED = "team.password.required"
    TEAM_PASSWORD_TOO_SHORT = "team.password.too_short"  # params: min
    # interchange files (structure; owned by the format)
    INTERCHANGE_INVALID = "interchange.invalid"  # params: problem (English)


#: The params of a code that hold an ISO date (``YYYY-MM-DD``). A door writes them
#: in its user's date style before filling in the sentence (the window: DD-MM-YYYY).
DATE_PARAMS: dict[str, tuple[str, ...]] = {
    Code.DATE_OUT_OF_RANGE: ("min", "max"),
    Code.DATE_BEFORE_START: ("start",),
    Code.TIME_OUT_OF_RANGE: ("min", "max"),
    Code.MEMBER_BIRTH_DATE_CPR_MISMATCH: ("cpr_date",),
    Code.PLACEMENT_BEFORE_CURRENT: ("current",),
    Code.CONVERSATION_BEFORE_BIRTH: ("born",),
    Code.PLAN_NEXT_REVIEW_BEFORE_AGREED: ("agreed",),
    Code.PLAN_AGREED_BEFORE_CREATED: ("created",),
    Code.REVIEW_DATE_BEFORE_AGREED: ("agreed",),
    Code.MATCH_PLACED_BEFORE_DECIDED: ("decided",),
    Code.MATCH_FOLLOW_UP_BEFORE_PLACED: ("placed",),
    Code.MATCH_BREAKDOWN_BEFORE_PLACED: ("placed",),
}


#: The params of a code that hold a value of a closed vocabulary, with its label kind
#: (core.words): every door shows the value's label, not the stored word.
LABEL_PARAMS: dict[str, dict[str, str]] = {
    Code.PLAN_FROZEN: {"status": "plan_status"},
    Code.PLAN_STATUS: {"status": "plan_status"},
    Code.SESSION_NOT_PLANNED: {"status": "session_status"},
}


@dataclass(frozen=True)
class FieldError:
    """One problem with one field, e.g. ``FieldError("reference", "…", Code.VALUE_REQUIRED)``.

    ``field`` is a form field's name in a service, a JSON path at import.
    """

    field: str
    message: str
    code: str = ""
    # dataclasses.field, spelled out: the attribute ``field`` shadows the bare name here.
    params: dict[str, Any] = dataclasses.field(default_factory=dict, compare=False, hash=False)

    def __str__(self) -> str:
        return f"{self.field}: {self.message}" if self.field else self.message

    def at(self, path: str) -> FieldError:
        """The same problem placed under ``path`` (``$.families[0]`` + ``.name``)."""
        where = f"{path}.{self.field}" if self.field else path
        return dataclasses.replace(self, field=where)


class CoreError(Exception):
    """A refusal: ``code``, ``field`` and ``params``; ``message`` is English."""

    default_code = ""

    def __init__(self, code: str = "", message: str = "", *, field: str = "", **params: Any):
        self.code = str(code or self.default_code)
        self.field = field
        self.params = params
        self.message = message or self.code
        super().__init__(self.message)

    def __str__(self) -> str:
        return f"{self.field}: {self.message}" if self.field else self.message

    def as_field_error(self) -> FieldError:
        """The refusal as one field error, e.g. to show it under its field."""
        return FieldError(self.field, self.message, self.code, dict(self.params))


class ValidationFailed(CoreError, ValueError):
    """The input was refused; nothing was written. ``errors`` lists every reason.

    ``code``, ``field`` and ``params`` are those of the first reason.
    """

    def __init__(self, errors: list[FieldError]):
        self.errors = list(errors)
        first = self.errors[0] if self.errors else FieldError("", "invalid input")
        super().__init__(first.code, first.message, field=first.field, **first.params)

    def __str__(self) -> str:
        return "; ".join(str(e) for e in self.errors) or "invalid input"

    def for_field(self, name: str) -> list[FieldError]:
        return [e for e in self.errors if e.field == name]


class NotFound(CoreError, LookupError):
    """No ``entity`` with that uid (deleted meanwhile, or never there).

    The one "not found" of core: ``NotFound("family", uid)`` has the code
    ``family.not_found`` and ``params == {"uid": uid}``.
    """

    def __init__(self, entity: str, uid: str):
        self.entity = entity
        self.uid = uid
        super().__init__(f"{entity}.not_found", f"no {entity} with uid {uid}", uid=uid)


class ErrorCollector:
    """Gathers field errors while checking input; ``raise_if_any`` ends the check."""

    def __init__(self) -> None:
        self.errors: list[FieldError] = []

    def add(self, field_name: str, message: str, code: str = "", **params: Any) -> None:
        self.errors.append(FieldError(field_name, message, str(code), params))

    def extend(self, errors: list[FieldError]) -> None:
        self.errors.extend(errors)

    def has(self, field_name: str) -> bool:
        return any(e.field == field_name for e in self.errors)

    def raise_if_any(self) -> None:
        if self.errors:
            raise ValidationFailed(self.errors)
