"""Plan templates: prompts for each section and suggested goals, in Danish and English.

A template lives in ``resources/plan_templates/<id>.json``. Its prompts are
questions shown in the editor beside each empty section (they never become
plan text, so a printed plan never carries them); its suggested goals become
the first goals of a new draft, to be rewritten with the parents in their own
words.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from famdesk.core.plans import GoalData, StepData
from famdesk.vocabulary import ICS_DIMENSIONS, PLAN_PHASES, PLAN_TEXT_SECTIONS, SETTINGS

LANGUAGES = ("da", "en")
#: The plan sections a template must give a prompt for (plus ``goals``).
SECTIONS = (*PLAN_TEXT_SECTIONS, "goals")
_PACKAGE = "famdesk.resources"
_FOLDER = "plan_templates"


class TemplateError(ValueError):
    """A template file is missing or malformed."""


@dataclass(frozen=True)
class PlanTemplate:
    id: str
    phase: str
    settings: tuple[str, ...]
    raw: dict[str, Any]

    def name(self, lang: str) -> str:
        """The short name a chooser shows, e.g. "Døgnophold"."""
        return str(self.raw["name"][_lang(lang)])

    def title(self, lang: str) -> str:
        """The title a new plan made from the template starts with."""
        return str(self.raw["title"][_lang(lang)])

    def description(self, lang: str) -> str:
        return str(self.raw["description"][_lang(lang)])

    def prompt(self, section: str, lang: str) -> str:
        """The guiding question for one section, e.g. ``prompt("resources", "da")``."""
        return str(self.raw["prompts"][section][_lang(lang)])

    def prompts(self, lang: str) -> dict[str, str]:
        return {section: self.prompt(section, lang) for section in SECTIONS}

    def goals(self, lang: str) -> list[GoalData]:
        """The suggested goals as fresh goal data (no uids yet)."""
        code = _lang(lang)
        out = []
        for g in self.raw["goals"]:
            out.append(
                GoalData(
                    title=g["title"][code],
                    success_criteria=g["success_criteria"][code],
                    ics_dimension=g.get("ics_dimension"),
                    steps=[
                        StepData(
                            text=st["text"][code],
                            responsible=st.get("responsible", {}).get(code, ""),
                        )
                        for st in g.get("steps", [])
                    ],
                )
            )
        return out


def _lang(lang: str) -> str:
    if lang not in LANGUAGES:
        raise TemplateError(f"unknown language {lang!r}; use one of {', '.join(LANGUAGES)}")
    return lang


def _check_texts(value: Any, where: str) -> None:
    if not isinstance(value, dict) or any(
        not isinstance(value.get(code), str) or not value[code].strip() for code in LANGUAGES
    ):
        raise TemplateError(f"{where} needs a non-empty text in each of {', '.join(LANGUAGES)}")


def _validate(template_id: str, raw: Any) -> PlanTemplate:
    if not isinstance(raw, dict):
        raise TemplateError(f"template {template_id}: not a JSON object")
    if raw.get("id") != template_id:
        raise TemplateError(f"template {template_id}: its id field says {raw.get('id')!r}")
    phase = raw.get("phase")
    if phase not in PLAN_PHASES:
        raise TemplateError(
            f"template {template_id}: phase must be one of {', '.join(PLAN_PHASES)}"
        )
    settings = raw.get("settings", [])
    if not isinstance(settings, list) or any(s not in SETTINGS for s in settings):
        raise TemplateError(f"template {template_id}: settings must be family settings")
    _check_texts(raw.get("name"), f"template {template_id}: name")
    _check_texts(raw.get("title"), f"template {template_id}: title")
    _check_texts(raw.get("description"), f"template {template_id}: description")
    prompts = raw.get("prompts")
    if not isinstance(prompts, dict):
        raise TemplateError(f"template {template_id}: prompts missing")
    for section in SECTIONS:
        _check_texts(prompts.get(section), f"template {template_id}: prompt {section}")
    goals = raw.get("goals")
    if not isinstance(goals, list) or not goals:
        raise TemplateError(f"template {template_id}: needs suggested goals")
    for i, g in enumerate(goals):
        where = f"template {template_id}: goal {i + 1}"
        _check_texts(g.get("title"), f"{where} title")
        _check_texts(g.get("success_criteria"), f"{where} success_criteria")
        if g.get("ics_dimension") not in (None, *ICS_DIMENSIONS):
            raise TemplateError(f"{where}: unknown ICS dimension {g.get('ics_dimension')!r}")
        for j, st in enumerate(g.get("steps", [])):
            _check_texts(st.get("text"), f"{where} step {j + 1}")
            if "responsible" in st:
                _check_texts(st["responsible"], f"{where} step {j + 1} responsible")
    return PlanTemplate(id=template_id, phase=phase, settings=tuple(settings), raw=raw)


def _folder():  # type: ignore[no-untyped-def]
    return resources.files(_PACKAGE).joinpath(_FOLDER)


@cache
def template_ids() -> tuple[str, ...]:
    """The ids of the templates shipped in resources, sorted."""
    return tuple(
        sorted(
            entry.name.removesuffix(".json")
            for entry in _folder().iterdir()
            if entry.name.endswith(".json")
        )
    )


@cache
def load_template(template_id: str) -> PlanTemplate:
    if template_id not in template_ids():
        raise TemplateError(
            f"no plan template {template_id!r}; available: {', '.join(template_ids())}"
        )
    text = _folder().joinpath(f"{template_id}.json").read_text(encoding="utf-8")
    try:
        raw = json.loads(text)
    except json.JSONDecodeError as exc:
        raise TemplateError(f"template {template_id}: invalid JSON ({exc.msg})") from None
    return _validate(template_id, raw)


def list_templates() -> list[PlanTemplate]:
    return [load_template(t) for t in template_ids()]


def template_for_setting(setting: str) -> PlanTemplate | None:
    """The first template suited to a family's setting (home, residential, …), if any."""
    for template in list_templates():
        if setting in template.settings:
            return template
    return None
