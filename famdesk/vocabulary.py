"""The closed vocabularies of the interchange format.

A leaf module with no imports of its own, shared by ``db`` (column domains),
``core`` (validation) and ``ui`` (labels). The values are the wire values of
the interchange format (docs/interchange.md) and are stored as such.
"""

from __future__ import annotations

FAMILY_STATUSES = ("active", "paused", "closed")
SETTINGS = ("home", "residential", "placed-child-parent-support", "preventive")
MEMBER_ROLES = (
    "mother",
    "father",
    "parent",
    "step-parent",
    "foster-parent",
    "guardian",
    "child",
    "sibling",
    "network",
)
PARENT_ROLES = ("mother", "father", "parent", "step-parent", "foster-parent", "guardian")
CHILD_ROLES = ("child", "sibling")
PLACEMENT_TYPES = (
    "foster-family",
    "network-foster-family",
    "residential-institution",
    "socio-educational-home",
    "own-room",
    "other",
)
#: A placement site's type is one of ``PLACEMENT_TYPES`` (the register of sites).
#: A placement match (Styrket match af barn og anbringelsessted) moves
#: exploring -> decided -> placed, and ends (after a breakdown or when it is over).
MATCH_STATUSES = ("exploring", "decided", "placed", "ended")
#: A first-year follow-up of a placement: proposed (planned) or held.
FOLLOW_UP_STATUSES = ("planned", "held")
#: Why a placement broke down.
BREAKDOWN_CAUSES = ("child-needs", "site-capacity", "parents", "conflict", "other")
#: Plans being worked on: their goals are followed up and linked to sessions.
LIVE_PLAN_STATUSES = ("draft", "agreed")
PLAN_STATUSES = ("draft", "agreed", "completed", "cancelled")
PLAN_PHASES = ("preparation", "change", "maintenance")
ICS_DIMENSIONS = (
    "health",
    "development-behaviour",
    "school",
    "leisure-friends",
    "safe-care",
    "stimulation-guidance",
    "relationships",
    "family-background",
    "housing-work-finances",
    "network",
)
GOAL_STATUSES = ("open", "reached", "dropped")
SESSION_STATUSES = ("planned", "held", "cancelled", "no-show")
#: Statuses of sessions that have happened (or were due to): only their notes are finalized.
FINALIZABLE_STATUSES = ("held", "cancelled", "no-show")
SESSION_KINDS = (
    "home-visit",
    "office",
    "phone",
    "video",
    "supervised-contact",
    "network-meeting",
    "placement-site",
    "group",
)

#: What a deadline is (``core.deadlines.Kind``) and the rule that sets its day
#: (``core.deadlines.Basis``): the worker sees both, in the catalogue's words.
DEADLINE_KINDS = (
    "appointment",
    "review",
    "follow-up",
    "unfinished-note",
    "concern",
    "match-follow-up",
    "child-conversation",
)
DEADLINE_BASES = (
    "planned-session",
    "plan-next-review",
    "follow-up-95",
    "note-within-days",
    "concern-notice",
    "match-first-year",
    "child-conversation-5",
)

#: Suggested collaborator roles (free text is allowed too).
PROFESSIONAL_ROLE_SUGGESTIONS = (
    "municipal caseworker",
    "teacher",
    "health visitor",
    "psychologist",
    "placement site contact",
    "doctor",
    "day care",
    "other",
)

#: A plan's text sections, in the order a plan is talked through with the parents
#: and printed; the one list the editor, the PDF, the templates and the format use.
PLAN_TEXT_SECTIONS = (
    "purpose",
    "legal_basis",
    "parents_own_words",
    "child_perspective",
    "resources",
    "concerns",
    "crisis_notes",
    "support",
)

SCALE_MIN = 0
SCALE_MAX = 10
