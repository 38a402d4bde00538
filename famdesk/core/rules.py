"""The rules a record must keep, one function per record, for every door.

The services behind the forms, ``famdesk import`` and the command line call
these functions, so a value is refused (or accepted) for the same reason
whichever way it comes in. Each takes the record's fields by name (the names
of the interchange format and of the form fields, dates as ``date``, times as
aware ``datetime``) and returns every problem as a ``FieldError`` whose
``field`` is relative to the record; the caller places it (``err.at(path)``)
and decides whether to raise. Structure (types, keys, uids) is the format's
business; these are the meanings.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from datetime import date, datetime
from typing import Any

from famdesk import vocabulary as v
from famdesk.core import programmes
from famdesk.core.cpr import normalize_cpr, parse_cpr
from famdesk.core.errors import Code, FieldError
from famdesk.core.instruments import measurement_problem
from famdesk.field_lengths import LIMITS, TextLimit

#: The plausible range of every date and time famdesk stores.
DATE_MIN = date(1900, 1, 1)
DATE_MAX = date(2100, 12, 31)

_CPR_SHAPE = re.compile(r"[0-9]{6}-[0-9]{4}")
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")
_PHONE = re.compile(r"[0-9+()\-\s./]*")
# In a name (a single-line field): C0 controls but tab and line breaks, DEL, C1 controls.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
# Direction embeddings, overrides and isolates: they make a name display as
# something else than it is (U+202E turns "txt.exe" around).
_BIDI = re.compile("[\u202a-\u202e\u2066-\u2069]")
_LINE_BREAK = re.compile("[\t\n\r\u2028\u2029\x85\x0b\x0c]")

Problems = list[FieldError]


# --- plain values -------------------------------------------------------------------------


def text_problems(entity: str, values: Mapping[str, Any]) -> Problems:
    """Length and characters of every text field of ``entity`` present in ``values``."""
    out: Problems = []
    for name, lim in LIMITS[entity].items():
        value = values.get(name)
        if isinstance(value, str):
            problem = text_problem(name, value, lim)
            if problem is not None:
                out.append(problem)
    return out


def text_problem(name: str, value: str, lim: TextLimit) -> FieldError | None:
    """Why ``value`` cannot be stored in a field with limit ``lim`` (None: it can)."""
    if len(value) > lim.max_chars:
        return FieldError(
            name,
            f"too long: {len(value)} characters, at most {lim.max_chars}",
            Code.TEXT_TOO_LONG,
            {"max": lim.max_chars, "length": len(value)},
        )
    if lim.single_line and _LINE_BREAK.search(value):
        return FieldError(name, "must be one line (no line breaks or tabs)", Code.TEXT_LINE_BREAK)
    if lim.single_line and (_CONTROL.search(value) or _BIDI.search(value)):
        return FieldError(
            name,
            "contains a control character or a text-direction override",
            Code.TEXT_CONTROL_CHAR,
        )
    return None


def edge_space_problems(entity: str, values: Mapping[str, Any]) -> Problems:
    """Single-line fields that begin or end with a space (the forms trim them)."""
    out: Problems = []
    for name, lim in LIMITS[entity].items():
        value = values.get(name)
        if lim.single_line and isinstance(value, str) and value != value.strip():
            out.append(FieldError(name, "begins or ends with a space", Code.TEXT_EDGE_SPACE))
    return out


def date_problem(name: str, value: object) -> FieldError | None:
    """A date (or the day of a time) outside 1900-01-01..2100-12-31."""
    day = value.date() if isinstance(value, datetime) else value
    if isinstance(day, date) and not DATE_MIN <= day <= DATE_MAX:
        return FieldError(
            name,
            f"{day.isoformat()} is outside {DATE_MIN.isoformat()}..{DATE_MAX.isoformat()}",
            Code.DATE_OUT_OF_RANGE,
            {"min": DATE_MIN.isoformat(), "max": DATE_MAX.isoformat()},
        )
    return None


def date_problems(values: Mapping[str, Any], names: Iterable[str]) -> Problems:
    out = []
    for name in names:
        problem = date_problem(name, values.get(name))
        if problem is not None:
            out.append(problem)
    return out


def period_problem(start: object, end: object, name: str = "to") -> FieldError | None:
    """A period that ends before it starts (either end may be open); ``name`` is the end's."""
    if isinstance(start, date) and isinstance(end, date) and end < start:
        return FieldError(name, "the period ends before it starts", Code.PERIOD_END_BEFORE_START)
    return None


def future_problem(name: str, value: object, today: date, code: str = Code.DATE_FUTURE) -> Problems:
    if isinstance(value, date) and value > today:
        return [FieldError(name, f"{value.isoformat()} is in the future", code)]
    return []


def required_problem(name: str, value: object, message: str) -> Problems:
    if value is None or (isinstance(value, str) and not value.strip()):
        return [FieldError(name, message, Code.VALUE_REQUIRED)]
    return []


def choice_problem(name: str, value: object, allowed: Iterable[str]) -> Problems:
    allowed = tuple(allowed)
    if value not in allowed:
        return [
            FieldError(
                name,
                f"{value!r} is not one of {', '.join(allowed)}",
                Code.VALUE_UNKNOWN,
                {"value": str(value)},
            )
        ]
    return []


def contact_problems(values: Mapping[str, Any]) -> Problems:
    out: Problems = []
    phone, email = values.get("phone") or "", values.get("email") or ""
    if isinstance(phone, str) and phone and not _PHONE.fullmatch(phone):
        out.append(
            FieldError(
                "phone", "a phone number holds digits, spaces, + and - only", Code.PHONE_FORMAT
            )
        )
    if isinstance(email, str) and email and not _EMAIL.fullmatch(email):
        out.append(
            FieldError("email", "not an e-mail address (name@example.dk)", Code.EMAIL_FORMAT)
        )
    return out


def cpr_problem(text: str) -> FieldError | None:
    """Why ``text`` is not a CPR number (None if it is one)."""
    normal = normalize_cpr(text)
    if not _CPR_SHAPE.fullmatch(normal):
        return FieldError(
            "cpr",
            "not a valid CPR number: expected the form DDMMYY-NNNN (ten digits)",
            Code.CPR_FORMAT,
        )
    try:
        parse_cpr(normal)
    except ValueError as exc:
        return FieldError("cpr", str(exc), Code.CPR_NO_SUCH_DATE)
    return None


def reference_key(reference: str) -> str:
    """What two references are compared by: case folded, as ``db.sql.folded`` does."""
    return reference.strip().casefold()


# --- records ----------------------------------------------------------------------------------


def check_family(values: Mapping[str, Any], *, old_programme: str | None = None) -> Problems:
    """A family's own fields (the reference's uniqueness needs the store: see callers).

    ``old_programme`` is the stored programme: a family keeps a programme
    that has since left the catalogue until someone changes it.
    """
    out = text_problems("family", values)
    out += required_problem("reference", values.get("reference"), "a reference is required")
    out += required_problem("name", values.get("name"), "a name is required")
    out += choice_problem("status", values.get("status"), v.FAMILY_STATUSES)
    out += choice_problem("setting", values.get("setting"), v.SETTINGS)
    programme = values.get("programme")
    if (
        isinstance(programme, str)
        and programme != old_programme
        and programmes.find(programme) is None
    ):
        out.append(
            FieldError(
                "programme",
                f"{programme!r} is not in the programme catalogue",
                Code.VALUE_UNKNOWN,
                {"value": str(programme)},
            )
        )
    start, end = values.get("start_date"), values.get("end_date")
    out += required_problem("start_date", start, "a start date is required")
    out += date_problems(
        values, ("start_date", "end_date", "support_started_on", "investigation_finished_on")
    )
    if values.get("status") == "closed" and end is None:
        out.append(
            FieldError(
                "end_date", "a closed family needs an end date", Code.FAMILY_END_DATE_REQUIRED
            )
        )
    if isinstance(start, date) and isinstance(end, date) and end < start:
        out.append(
            FieldError(
                "end_date",
                f"ends {end.isoformat()} before it starts ({start.isoformat()})",
                Code.DATE_BEFORE_START,
                {"start": start.isoformat()},
            )
        )
    return out


def member_birth_date(values: Mapping[str, Any]) -> date | None:
    """The birth date given, or else the one a valid CPR number carries."""
    birth = values.get("birth_date")
    if isinstance(birth, date):
        return birth
    cpr = values.get("cpr")
    if isinstance(cpr, str) and cpr.strip() and cpr_problem(cpr) is None:
        return parse_cpr(normalize_cpr(cpr)).birth_date
    return None


def check_member(values: Mapping[str, Any], *, today: date) -> Problems:
    """A member's fields, its CPR number and its current placement (``placement``).

    ``placement`` is a mapping with ``type``, ``site`` and ``since``, or None.
    """
    out = text_problems("member", values)
    role = values.get("role")
    out += choice_problem("role", role, v.MEMBER_ROLES)
    out += required_problem("given_name", values.get("given_name"), "a given name is required")
    cpr = values.get("cpr")
    birth = values.get("birth_date")
    if isinstance(cpr, str) and cpr.strip():
        problem = cpr_problem(cpr)
        if problem is not None:
            out.append(problem)
        else:
            born = parse_cpr(normalize_cpr(cpr)).birth_date
            if isinstance(birth, date) and birth != born:
                out.append(
                    FieldError(
                        "birth_date",
                        f"{birth.isoformat()} does not agree with the CPR number's date "
                        f"{born.isoformat()}",
                        Code.MEMBER_BIRTH_DATE_CPR_MISMATCH,
                        {"cpr_date": born.isoformat()},
                    )
                )
            birth = birth or born
    out += date_problems({"birth_date": birth}, ("birth_date",))
    out += future_problem("birth_date", birth, today)
    out += contact_problems(values)
    placement = values.get("placement")
    if placement is not None:
        out += [e.at("placement") for e in check_placement(placement, today=today, birth=birth)]
        if role not in v.CHILD_ROLES:
            out.append(
                FieldError(
                    "placement", "only a child can have a placement", Code.PLACEMENT_NOT_CHILD
                )
            )
    return out


def check_placement(
    values: Mapping[str, Any], *, today: date, birth: date | None = None
) -> Problems:
    """A placement: a known type, a start date neither in the future nor before birth."""
    out = text_problems("placement", values)
    out += choice_problem("type", values.get("type"), v.PLACEMENT_TYPES)
    since = values.get("since")
    out += required_problem("since", since, "the placement needs a start date")
    out += date_problems(values, ("since", "ended_on"))
    out += future_problem("since", since, today, Code.PLACEMENT_FUTURE)
    if isinstance(since, date) and isinstance(birth, date) and since < birth:
        out.append(
            FieldError(
                "since",
                f"placed {since.isoformat()}, before the child's birth date {birth.isoformat()}",
                Code.PLACEMENT_BEFORE_BIRTH,
            )
        )
    return out


def check_professional(values: Mapping[str, Any]) -> Problems:
    out = text_problems("professional", values)
    out += required_problem("name", values.get("name"), "a name is required")
    out += contact_problems(values)
    return out


def check_plan(values: Mapping[str, Any], goals: Sequence[Mapping[str, Any]]) -> Problems:
    """A plan's fields and its dates; an agreed plan has goals and a later review."""
    out = text_problems("plan", values)
    out += required_problem("title", values.get("title"), "a plan needs a title")
    out += date_problems(values, ("created_on", "agreed_on", "next_review"))
    created, agreed = values.get("created_on"), values.get("agreed_on")
    review = values.get("next_review")
    status = values.get("status")
    if isinstance(created, date) and isinstance(agreed, date) and agreed < created:
        out.append(
            FieldError(
                "agreed_on",
                f"agreed {agreed.isoformat()}, before the plan was created ({created.isoformat()})",
                Code.PLAN_AGREED_BEFORE_CREATED,
                {"created": created.isoformat()},
            )
        )
    if status in ("agreed", "completed") and not goals:
        out.append(
            FieldError(
                "goals",
                "a plan needs at least one goal before it is agreed",
                Code.PLAN_GOALS_REQUIRED,
            )
        )
    late = next_review_problem(agreed, review)
    if late is not None:
        out.append(late)
    return out


def next_review_problem(agreed: object, review: object) -> FieldError | None:
    """A plan's next review on or before the day it was agreed (at agreeing and after)."""
    if isinstance(agreed, date) and isinstance(review, date) and review <= agreed:
        return FieldError(
            "next_review",
            f"the next review ({review.isoformat()}) must come after the agreement "
            f"({agreed.isoformat()})",
            Code.PLAN_NEXT_REVIEW_BEFORE_AGREED,
            {"agreed": agreed.isoformat()},
        )
    return None


def check_goal(values: Mapping[str, Any]) -> Problems:
    out = text_problems("goal", values)
    out += required_problem("title", values.get("title"), "a goal needs a title")
    out += date_problems(values, ("target_date",))
    return out


def check_step(values: Mapping[str, Any]) -> Problems:
    out = text_problems("step", values)
    out += required_problem("text", values.get("text"), "a step needs a text")
    out += date_problems(values, ("due_date",))
    return out


def check_review(
    values: Mapping[str, Any],
    goals: Sequence[Mapping[str, Any]],
    *,
    agreed_on: date | None,
) -> Problems:
    """A review scores every open goal of its plan, on or after the agreement.

    ``goals`` are the plan's goals with ``uid``, ``title`` and ``status``;
    ``values["goal_scores"]`` maps goal uids to scores.
    """
    out = text_problems("review", values)
    day = values.get("date")
    out += date_problems(values, ("date",))
    if isinstance(day, date) and isinstance(agreed_on, date) and day < agreed_on:
        out.append(
            FieldError(
                "date",
                f"cannot be before the plan was agreed ({agreed_on.isoformat()})",
                Code.REVIEW_DATE_BEFORE_AGREED,
                {"agreed": agreed_on.isoformat()},
            )
        )
    scores = values.get("goal_scores") or {}
    if not isinstance(scores, dict):
        scores = {}
    missing = [
        g
        for g in goals
        if g.get("status") == "open" and isinstance(g.get("uid"), str) and g["uid"] not in scores
    ]
    if missing:
        titles = ", ".join(repr(g.get("title")) for g in missing)
        out.append(
            FieldError(
                "goal_scores",
                f"every open goal needs a score; missing for {titles}",
                Code.REVIEW_SCORE_MISSING,
                {
                    "goals": ", ".join(str(g.get("title")) for g in missing),
                    "goal_uids": [g.get("uid") for g in missing],
                },
            )
        )
    return out


def check_session(values: Mapping[str, Any]) -> Problems:
    """A session's text, its times, and that only a session that took place is finalized."""
    out = text_problems("session", values)
    out += date_problems(values, ("start", "finalized_at"))
    start, finalized = values.get("start"), values.get("finalized_at")
    if finalized is not None and values.get("status") not in v.FINALIZABLE_STATUSES:
        out.append(
            FieldError(
                "status",
                "a planned session cannot be finalized; mark it held first",
                Code.SESSION_PLANNED_NOT_FINALIZABLE,
            )
        )
    if isinstance(start, datetime) and isinstance(finalized, datetime) and finalized < start:
        out.append(
            FieldError(
                "finalized_at",
                f"finalized {finalized.isoformat()}, before the session starts "
                f"({start.isoformat()})",
                Code.SESSION_FINALIZED_BEFORE_START,
            )
        )
    return out


def check_addendum(values: Mapping[str, Any]) -> Problems:
    out = text_problems("addendum", values)
    out += required_problem("text", values.get("text"), "the text is empty")
    out += date_problems(values, ("at",))
    return out


def check_measurement(values: Mapping[str, Any], *, today: date) -> Problems:
    """A measurement: dated, not in the future, and a score its instrument allows."""
    out = text_problems("measurement", values)
    out += edge_space_problems("measurement", values)
    day = values.get("date")
    out += date_problems(values, ("date",))
    out += future_problem("date", day, today)
    instrument, items, score = values.get("instrument"), values.get("items"), values.get("score")
    if not out and isinstance(instrument, str) and isinstance(items, list):
        found = measurement_problem(instrument, items, score)
        if found is not None:
            out.append(found)
    return out


# --- the placement match and the child's voice -------------------------------------------

#: The most places a site in the register may be said to have.
CAPACITY_MAX = 999


def scale_problem(name: str, value: object, lowest: int = v.SCALE_MIN,
                  highest: int = v.SCALE_MAX) -> Problems:
    """A whole number ``lowest..highest`` (None is no answer, and allowed)."""
    if value is None:
        return []
    if isinstance(value, bool) or not isinstance(value, int) or not lowest <= value <= highest:
        return [
            FieldError(
                name,
                f"must be a whole number from {lowest} to {highest}",
                Code.NUMBER_OUT_OF_RANGE,
                {"min": lowest, "max": highest},
            )
        ]
    return []


def check_placement_site(values: Mapping[str, Any]) -> Problems:
    """A site in the register: a name, a placement type, contact details, a capacity."""
    out = text_problems("placement_site", values)
    out += required_problem("name", values.get("name"), "a name is required")
    out += choice_problem("type", values.get("type"), v.PLACEMENT_TYPES)
    out += contact_problems(values)
    out += scale_problem("capacity", values.get("capacity"), 0, CAPACITY_MAX)
    return out


def _child_problem(role: object, code: str, message: str) -> Problems:
    if role is not None and role not in v.CHILD_ROLES:
        return [FieldError("", message, code)]
    return []


def check_match(values: Mapping[str, Any], *, role: str | None, today: date) -> Problems:
    """A child's placement match as a whole, at every stage.

    ``values`` are the fields of the interchange format: ``status``, ``needs``
    (ICS dimension → text), ``child_view``, ``parents_view``, ``candidates``
    (mappings with ``site_uid``, ``assessment``, ``fit``), ``decided_on``,
    ``chosen_site_uid``, ``reasons``, ``placed_on``, ``follow_ups`` (``date``,
    ``status``, ``notes``, ``stability``) and ``breakdown`` (``date``,
    ``planned``, ``cause``, ``notes``, or None). ``role`` is the member's.
    A decision has a date and a site among the candidates; a placement
    follows a decision; follow-ups and a breakdown need the placement; a
    breakdown ends the match; fit and stability are 0–10.
    """
    out = _child_problem(role, Code.MATCH_NOT_CHILD, "only a child can have a placement match")
    out += text_problems("match", values)
    status = values.get("status")
    out += choice_problem("status", status, v.MATCH_STATUSES)
    needs = values.get("needs") or {}
    for dimension, text in needs.items() if isinstance(needs, Mapping) else ():
        out += [e.at("needs") for e in choice_problem(str(dimension), dimension, v.ICS_DIMENSIONS)]
        if isinstance(text, str):
            problem = text_problem(str(dimension), text, LIMITS["match_need"]["text"])
            if problem is not None:
                out.append(problem.at("needs"))
    out += date_problems(values, ("decided_on", "placed_on"))
    decided, chosen, placed = (
        values.get("decided_on"), values.get("chosen_site_uid"), values.get("placed_on"))
    out += future_problem("decided_on", decided, today)
    out += future_problem("placed_on", placed, today, Code.PLACEMENT_FUTURE)
    candidates = [c for c in values.get("candidates") or () if isinstance(c, Mapping)]
    out += candidate_problems(candidates)
    if (decided is None) != (chosen is None):
        out.append(FieldError(
            "decided_on" if decided is None else "chosen_site_uid",
            "a decision needs both a date and the chosen site", Code.MATCH_DECISION_INCOMPLETE))
    elif status in ("decided", "placed") and decided is None:
        out.append(FieldError(
            "decided_on", "a decided match needs a decision date and the chosen site",
            Code.MATCH_DECISION_INCOMPLETE))
    if decided is not None and status == "exploring":
        out.append(FieldError(
            "status", "a match with a decision is no longer exploring", Code.MATCH_DECIDED_STATUS))
    named = {c.get("site_uid") for c in candidates if isinstance(c.get("site_uid"), str)}
    if isinstance(chosen, str) and chosen not in named:
        out.append(FieldError(
            "chosen_site_uid", "the chosen site must be one of the candidates",
            Code.MATCH_CHOSEN_NOT_CANDIDATE))
    if status == "placed" and placed is None:
        out.append(FieldError(
            "placed_on", "a placed match needs a placement date", Code.MATCH_PLACED_ON_REQUIRED))
    if placed is not None:
        if decided is None:
            out.append(FieldError(
                "placed_on", "a child is placed only after a decision",
                Code.MATCH_PLACED_NOT_DECIDED))
        elif isinstance(decided, date) and isinstance(placed, date) and placed < decided:
            out.append(FieldError(
                "placed_on", f"placed {placed.isoformat()}, before the decision "
                f"({decided.isoformat()})", Code.MATCH_PLACED_BEFORE_DECIDED,
                {"decided": decided.isoformat()}))
        if status not in ("placed", "ended"):
            out.append(FieldError(
                "status", "a match with a placement date is placed or ended",
                Code.MATCH_PLACED_STATUS))
    for i, follow_up in enumerate(values.get("follow_ups") or ()):
        if isinstance(follow_up, Mapping):
            out += [e.at(f"follow_ups[{i}]")
                    for e in check_follow_up(follow_up, placed_on=placed, today=today)]
    breakdown = values.get("breakdown")
    if isinstance(breakdown, Mapping):
        out += [e.at("breakdown")
                for e in check_breakdown(breakdown, placed_on=placed, today=today)]
        if status != "ended":
            out.append(FieldError(
                "status", "a match with a breakdown has ended", Code.MATCH_BREAKDOWN_NOT_ENDED))
    return out


def candidate_problems(candidates: Sequence[Mapping[str, Any]]) -> Problems:
    """Each candidate's assessment and 0–10 fit; no site twice among them."""
    out: Problems = []
    seen: set[str] = set()
    for i, c in enumerate(candidates):
        problems = check_candidate(c)
        site = c.get("site_uid")
        if isinstance(site, str) and site in seen:
            problems.append(FieldError(
                "site_uid", "the site is already a candidate", Code.MATCH_CANDIDATE_TWICE))
        if isinstance(site, str):
            seen.add(site)
        out += [e.at(f"candidates[{i}]") for e in problems]
    return out


def check_candidate(values: Mapping[str, Any]) -> Problems:
    """A site considered for the child: an assessment and a fit from 0 to 10."""
    out = text_problems("candidate", values)
    out += required_problem("fit", values.get("fit"), "a fit from 0 to 10 is required")
    out += scale_problem("fit", values.get("fit"))
    return out


def check_follow_up(
    values: Mapping[str, Any], *, placed_on: object, today: date
) -> Problems:
    """A follow-up of a placement: on or after the placement; a score only once held."""
    out = text_problems("follow_up", values)
    day, status = values.get("date"), values.get("status")
    out += required_problem("date", day, "a follow-up needs a date")
    out += date_problems(values, ("date",))
    out += choice_problem("status", status, v.FOLLOW_UP_STATUSES)
    out += scale_problem("stability", values.get("stability"))
    if status == "held":
        out += future_problem("date", day, today)
    elif values.get("stability") is not None:
        out.append(FieldError(
            "stability", "a planned follow-up has no stability score yet",
            Code.MATCH_FOLLOW_UP_PLANNED_SCORED))
    if placed_on is None:
        out.append(FieldError(
            "date", "a follow-up needs the placement date", Code.MATCH_FOLLOW_UP_NOT_PLACED))
    elif isinstance(placed_on, date) and isinstance(day, date) and day < placed_on:
        out.append(FieldError(
            "date", f"{day.isoformat()} is before the placement ({placed_on.isoformat()})",
            Code.MATCH_FOLLOW_UP_BEFORE_PLACED, {"placed": placed_on.isoformat()}))
    return out


def check_breakdown(
    values: Mapping[str, Any], *, placed_on: object, today: date
) -> Problems:
    """A placement's breakdown: a cause, on or after the placement, not in the future."""
    out = text_problems("breakdown", values)
    day = values.get("date")
    out += required_problem("date", day, "a breakdown needs a date")
    out += date_problems(values, ("date",))
    out += future_problem("date", day, today)
    out += choice_problem("cause", values.get("cause"), v.BREAKDOWN_CAUSES)
    if placed_on is None:
        out.append(FieldError(
            "date", "a breakdown needs the placement date", Code.MATCH_BREAKDOWN_NOT_PLACED))
    elif isinstance(placed_on, date) and isinstance(day, date) and day < placed_on:
        out.append(FieldError(
            "date", f"{day.isoformat()} is before the placement ({placed_on.isoformat()})",
            Code.MATCH_BREAKDOWN_BEFORE_PLACED, {"placed": placed_on.isoformat()}))
    return out


def match_placement_problem(
    status: object,
    placed_on: object,
    site_type: str | None,
    placement: Mapping[str, Any] | None,
) -> FieldError | None:
    """A placed match and the child's current placement disagree (type or start date).

    ``site_type`` is the chosen site's type; ``placement`` the member's current
    placement (``type``, ``since``) or None.
    """
    if status != "placed" or placed_on is None:
        return None
    if (
        placement is None
        or placement.get("since") != placed_on
        or (site_type is not None and placement.get("type") != site_type)
    ):
        return FieldError(
            "placed_on",
            "the child's current placement must have the match's site type and start date",
            Code.MATCH_PLACEMENT_DISAGREES,
        )
    return None


def check_conversation(
    values: Mapping[str, Any],
    *,
    role: object = None,
    today: date,
    birth: date | None = None,
) -> Problems:
    """A conversation with a child (børnesamtale): on a child, dated, declining leaves no words.

    ``role`` and ``birth`` are those of the member it is recorded on (None:
    not known here). The day is required, neither ahead of ``today`` nor
    before the child's birth. Barnets lov § 5 lets the child decline to
    speak, and that is then recorded: a declined conversation has no words
    of the child's own (what happened goes in the worker's summary).
    """
    out = _child_problem(
        role, Code.CONVERSATION_NOT_CHILD, "conversations are held with a child only"
    )
    out += text_problems("conversation", values)
    day = values.get("date")
    out += required_problem("date", day, "a conversation needs a date")
    out += date_problems(values, ("date",))
    out += future_problem("date", day, today)
    if isinstance(day, date) and isinstance(birth, date) and day < birth:
        out.append(
            FieldError(
                "date",
                f"{day.isoformat()} is before the child's birth date {birth.isoformat()}",
                Code.CONVERSATION_BEFORE_BIRTH,
                {"born": birth.isoformat()},
            )
        )
    words = values.get("child_own_words")
    if values.get("declined") is True and isinstance(words, str) and words.strip():
        out.append(
            FieldError(
                "child_own_words",
                "the child declined to speak: no own words to record",
                Code.CONVERSATION_DECLINED_WORDS,
            )
        )
    return out
