"""How long each text field may be, and whether it is one line: one definition.

The database models size their columns from it, the forms set their
``maxLength`` from it and core refuses longer text (in the services and at
import) from it, so a value one door accepts is never refused by another.
Plain constants with no imports, so every layer may read them.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class TextLimit:
    """At most ``max_chars`` characters; ``single_line`` refuses line breaks."""

    max_chars: int
    single_line: bool = True


NAME = 200
"""A person's or organisation's name, a worker, a site."""
NOTE = 100_000
"""A note, a plan section, a summary: long prose, but not unbounded."""

_NAME = TextLimit(NAME)
_PHONE = TextLimit(60)
_EMAIL = TextLimit(200)
_PROSE = TextLimit(NOTE, single_line=False)

LIMITS: dict[str, dict[str, TextLimit]] = {
    "family": {
        "reference": TextLimit(64),
        "name": _NAME,
        "worker": _NAME,
        "programme": TextLimit(100),
        "notes": _PROSE,
    },
    "member": {
        "given_name": _NAME,
        "family_name": _NAME,
        "phone": _PHONE,
        "email": _EMAIL,
        "address": TextLimit(1_000, single_line=False),
    },
    "placement": {"site": _NAME},
    "professional": {
        "name": _NAME,
        "organisation": _NAME,
        "role": _NAME,
        "phone": _PHONE,
        "email": _EMAIL,
    },
    "plan": {
        "title": TextLimit(300),
        "legal_basis": _PROSE,
        "purpose": _PROSE,
        "parents_own_words": _PROSE,
        "resources": _PROSE,
        "concerns": _PROSE,
        "crisis_notes": _PROSE,
        "support": _PROSE,
        "child_perspective": _PROSE,
    },
    "goal": {"title": TextLimit(1_000, single_line=False), "success_criteria": _PROSE},
    "step": {"text": _PROSE, "responsible": _NAME},
    "review": {"summary": _PROSE},
    "session": {
        "author": _NAME,
        "location": TextLimit(300),
        "summary": _PROSE,
        "notes": _PROSE,
        "assessment": _PROSE,
        "agreements": _PROSE,
        "concern_what": _PROSE,
    },
    "concern_notice": {"who": _NAME, "how": _NAME},
    "addendum": {"text": _PROSE},
    "measurement": {"instrument": TextLimit(60)},
    "placement_site": {
        "name": _NAME,
        "address": TextLimit(1_000, single_line=False),
        "phone": _PHONE,
        "email": _EMAIL,
        "competences": _PROSE,
    },
    "match": {"child_view": _PROSE, "parents_view": _PROSE, "reasons": _PROSE},
    "match_need": {"text": _PROSE},
    "candidate": {"assessment": _PROSE},
    "follow_up": {"notes": _PROSE},
    "breakdown": {"notes": _PROSE},
    "conversation": {
        "present": TextLimit(1_000),
        "support_person": _NAME,
        "child_own_words": _PROSE,
        "summary": _PROSE,
    },
}


def limit(entity: str, field: str) -> TextLimit:
    """The limit of ``entity.field`` (a ``KeyError`` names a field nobody defined)."""
    return LIMITS[entity][field]


def max_chars(entity: str, field: str) -> int:
    return LIMITS[entity][field].max_chars
