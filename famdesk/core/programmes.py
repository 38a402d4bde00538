"""The catalogue of programmes a family's treatment can follow.

Shipped as ``resources/programmes.json`` (Socialstyrelsen's evidence-based
programmes with their target groups, in Danish and English). A family stores
the programme's ``code``; ``None`` means no programme.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib import resources

LANGUAGES = ("da", "en")
OTHER = "other"


@dataclass(frozen=True)
class Programme:
    code: str
    names: dict[str, str]
    target_groups: dict[str, str]
    descriptions: dict[str, str]

    def name(self, lang: str = "en") -> str:
        return self.names.get(lang) or self.names["en"]

    def target_group(self, lang: str = "en") -> str:
        return self.target_groups.get(lang) or self.target_groups["en"]

    def description(self, lang: str = "en") -> str:
        return self.descriptions.get(lang) or self.descriptions["en"]


@cache
def catalogue() -> tuple[Programme, ...]:
    """Every programme in the shipped catalogue, in display order."""
    text = resources.files("famdesk.resources").joinpath("programmes.json").read_text("utf-8")
    raw = json.loads(text)
    return tuple(
        Programme(
            code=p["code"],
            names=dict(p["name"]),
            target_groups=dict(p["target_group"]),
            descriptions=dict(p["description"]),
        )
        for p in raw["programmes"]
    )


def codes() -> tuple[str, ...]:
    return tuple(p.code for p in catalogue())


def find(code: str | None) -> Programme | None:
    """The programme stored as ``code`` (exact, then case-insensitive), or None."""
    if not code:
        return None
    for p in catalogue():
        if p.code == code:
            return p
    folded = code.casefold()
    for p in catalogue():
        if p.code.casefold() == folded:
            return p
    return None
