"""The shipped plan templates are complete in both languages and usable."""

from __future__ import annotations

import json

import pytest

from famdesk.core import plan_templates
from famdesk.core.plan_templates import SECTIONS, TemplateError, _validate

REQUIRED = {
    "placed-child-parents": "Forældre med anbragte børn",
    "home-family-treatment": "Familiebehandling i hjemmet",
    "residential-stay": "Døgnophold",
}


def test_the_three_required_templates_are_shipped():
    names = {t.id: t.name("da") for t in plan_templates.list_templates()}
    for template_id, name in REQUIRED.items():
        assert names[template_id] == name


@pytest.mark.parametrize("template_id", sorted(REQUIRED))
@pytest.mark.parametrize("lang", ["da", "en"])
def test_every_section_has_a_prompt_and_goals_have_texts(template_id, lang):  # type: ignore[no-untyped-def]
    template = plan_templates.load_template(template_id)
    prompts = template.prompts(lang)
    assert set(prompts) == set(SECTIONS)
    assert all(len(text) > 20 for text in prompts.values())
    goals = template.goals(lang)
    assert goals and all(g.title and g.success_criteria and g.ics_dimension for g in goals)
    assert all(st.text and st.responsible for g in goals for st in g.steps)


def test_danish_and_english_differ():
    template = plan_templates.load_template("placed-child-parents")
    assert template.prompt("crisis_notes", "da") != template.prompt("crisis_notes", "en")
    assert "krise" in template.prompt("crisis_notes", "da").lower()
    assert "crisis" in template.prompt("crisis_notes", "en").lower()


def test_template_for_setting():
    assert plan_templates.template_for_setting("residential").id == "residential-stay"
    assert plan_templates.template_for_setting("home").id == "home-family-treatment"
    assert (
        plan_templates.template_for_setting("placed-child-parent-support").id
        == "placed-child-parents"
    )


def test_unknown_template_and_language_are_refused():
    with pytest.raises(TemplateError, match="no plan template 'nope'"):
        plan_templates.load_template("nope")
    with pytest.raises(TemplateError, match="unknown language"):
        plan_templates.load_template("residential-stay").title("de")


def test_a_template_missing_an_english_prompt_is_refused():
    raw = json.loads(json.dumps(plan_templates.load_template("residential-stay").raw))
    del raw["prompts"]["support"]["en"]
    with pytest.raises(TemplateError, match="prompt support needs a non-empty text"):
        _validate("residential-stay", raw)
