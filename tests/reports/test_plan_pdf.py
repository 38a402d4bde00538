"""The plan PDF as parents and the worker read it: everything in it, in either language."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader
from sqlalchemy import select

from famdesk.core import plans
from famdesk.core.errors import NotFound
from famdesk.core.plans import (
    Collaborator,
    GoalData,
    Person,
    PlanData,
    PlanDocument,
    ReviewData,
    StepData,
)
from famdesk.db.models import AuditEvent
from famdesk.reports.base import PageInfo, write_pdf
from famdesk.reports.i18n import format_date, t
from famdesk.reports.plan_pdf import build_plan_pdf, plan_story
from famdesk.vocabulary import PLAN_TEXT_SECTIONS
from tests.reports.pdf_pages import headings_ending_a_page, page_lines
from tests.reports.plan_data import make_agreed_plan

PRINTED = date(2026, 8, 20)


def _pages(path: Path) -> list[str]:
    return [" ".join((p.extract_text() or "").split()) for p in PdfReader(path).pages]


def _flat(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture
def agreed(store):  # type: ignore[no-untyped-def]
    return make_agreed_plan(store)


@pytest.mark.parametrize("lang", ["da", "en"])
def test_pdf_holds_every_goal_step_and_the_parents_words(store, agreed, tmp_path, lang):  # type: ignore[no-untyped-def]
    out = build_plan_pdf(store, agreed.plan, tmp_path / "plan.pdf", lang, printed_on=PRINTED)
    pages = _pages(out)
    text = " ".join(pages)
    plan = plans.get_plan(store, agreed.plan)
    for goal in plan.goals:
        assert _flat(goal.title) in text
        assert _flat(goal.success_criteria) in text
        for step in goal.steps:
            assert _flat(step.text) in text
            assert _flat(step.responsible) in text
    for paragraph in plan.parents_own_words.split("\n"):
        assert _flat(paragraph) in text
    assert _flat(plan.child_perspective) in text
    for review in plan.reviews:
        assert _flat(review.summary) in text
    for name in ("Zoë Kowalski", "Łukasz Nguyễn", "Mette Familiebehandler", "Jonas Sagsbehandler"):
        assert name in text
    n = len(pages)
    if lang == "da":
        assert "Side 1 af" in pages[0] and f"Side {n} af {n}" in pages[-1]
        assert "Det vil være anderledes, når" in text and "Underskrift" in text
        assert "Med jeres egne ord" in text and "16. februar 2026" in text
        assert "Barnets perspektiv" in text
        assert "Fortroligt – indeholder personoplysninger" in pages[-1]
    else:
        assert "Page 1 of" in pages[0] and f"Page {n} of {n}" in pages[-1]
        assert "It will be different when" in text and "Signature" in text
        assert "In your own words" in text and "16 February 2026" in text
        assert "The child's perspective" in text
        assert "Confidential – contains personal data" in pages[-1]


def test_review_scores_are_printed_per_goal(store, agreed, tmp_path):  # type: ignore[no-untyped-def]
    out = build_plan_pdf(store, agreed.plan, tmp_path / "p.pdf", printed_on=PRINTED)
    text = " ".join(_pages(out))
    # Baseline, then the two reviews (12.05 and 18.08), row by row.
    assert "Vi har et godt og forudsigeligt samvær med Alma 3 5 7" in text
    assert "12.05.2026" in text and "18.08.2026" in text


def test_printing_is_audited(store, agreed, tmp_path):  # type: ignore[no-untyped-def]
    build_plan_pdf(store, agreed.plan, tmp_path / "p.pdf", "en")
    with store.read_session() as s:
        events = list(s.scalars(select(AuditEvent).where(AuditEvent.action == "print")))
    assert [(e.entity, e.entity_uid, e.family_uid) for e in events] == [
        ("plan", agreed.plan, agreed.family.family)
    ]
    assert events[0].detail["lang"] == "en"


def test_a_draft_says_so(store, tmp_path):  # type: ignore[no-untyped-def]
    from tests.core.plan_fixtures import make_family

    fam = make_family(store)
    uid = plans.create_plan(store, fam.family, "Udkast til plan", member_uids=[fam.mother])
    text = " ".join(_pages(build_plan_pdf(store, uid, tmp_path / "d.pdf")))
    assert "UDKAST – planen er endnu ikke aftalt" in text
    assert "Der er endnu ingen mål i planen." in text


def test_a_revision_names_the_version_it_replaces(store, agreed, tmp_path):  # type: ignore[no-untyped-def]
    new = plans.revise_plan(store, agreed.plan, created_on=date(2026, 9, 1))
    text = " ".join(_pages(build_plan_pdf(store, new, tmp_path / "v2.pdf")))
    assert "Version 2 (erstatter version 1, aftalt 16. februar 2026)" in text


def test_unknown_plan_and_language(store, agreed, tmp_path):  # type: ignore[no-untyped-def]
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(NotFound):
        build_plan_pdf(store, "no-such-plan", out / "x.pdf")
    with pytest.raises(ValueError, match="unknown language"):
        build_plan_pdf(store, agreed.plan, out / "x.pdf", "de")
    assert list(out.iterdir()) == []


def test_25000_characters_render_in_a_section_a_goal_and_a_step(store, tmp_path):  # type: ignore[no-untyped-def]
    from tests.core.plan_fixtures import make_family

    words = [f"ord{i:05d}" for i in range(2800)]
    long = " ".join(words)
    assert len(long) >= 25_000
    fam = make_family(store)
    uid = plans.create_plan(
        store,
        fam.family,
        "Lang plan",
        member_uids=[fam.mother, fam.father],
        parents_own_words=long,
        concerns=long.replace("ord", "bek"),
        goals=[
            GoalData(
                "Et mål med lange tekster",
                success_criteria=long.replace("ord", "kri"),
                steps=[StepData(long.replace("ord", "trin"), "Zoë"), StepData("Kort trin", "Ida")],
            )
        ],
    )
    out = build_plan_pdf(store, uid, tmp_path / "long.pdf")
    pages = _pages(out)
    text = " ".join(pages)
    assert len(pages) > 10
    for prefix in ("ord", "bek", "kri", "trin"):
        for i in (0, 1400, 2799):
            assert f"{prefix}{i:05d}" in text
    assert "Kort trin" in text
    assert f"Side {len(pages)} af {len(pages)}" in pages[-1]


# --- any text in any field ---------------------------------------------------------------

_any_text = st.text(max_size=300)
_nasty = st.sampled_from(
    [
        "<b>&",
        "</para>",
        "&amp;",
        "<br/>",
        "\x00\x07\x1b",
        "😀👨‍👩‍👧",
        "שלום עליכם",
        "مرحبا",
        "\r\n\t",
        "]]>",
    ]
)
_field = st.one_of(
    _any_text, _nasty, st.lists(st.one_of(_any_text, _nasty), max_size=4).map("".join)
)


@st.composite
def _documents(draw: st.DrawFn) -> PlanDocument:
    goals = [
        GoalData(
            uid=f"g{i}",
            title=draw(_field),
            success_criteria=draw(_field),
            ics_dimension=draw(st.sampled_from([None, "health", "network"])),
            baseline_score=draw(st.one_of(st.none(), st.integers(0, 10))),
            status=draw(st.sampled_from(["open", "reached", "dropped"])),
            steps=[
                StepData(
                    uid=f"s{i}{j}",
                    text=draw(_field),
                    responsible=draw(_field),
                    due_date=draw(st.one_of(st.none(), st.dates())),
                    done=draw(st.booleans()),
                )
                for j in range(draw(st.integers(0, 3)))
            ],
        )
        for i in range(draw(st.integers(0, 3)))
    ]
    reviews = [
        ReviewData(
            uid=f"r{k}",
            date=draw(st.dates()),
            summary=draw(_field),
            scores={g.uid: draw(st.integers(0, 10)) for g in goals},
        )
        for k in range(draw(st.integers(0, 2)))
    ]
    plan = PlanData(
        uid="p",
        family_uid="f",
        title=draw(_field),
        status=draw(st.sampled_from(["draft", "agreed"])),
        version=draw(st.integers(1, 9)),
        created_on=date(2026, 1, 1),
        agreed_on=None,
        next_review=None,
        phase="change",
        legal_basis=draw(_field),
        purpose=draw(_field),
        parents_own_words=draw(_field),
        child_perspective=draw(_field),
        resources=draw(_field),
        concerns=draw(_field),
        crisis_notes=draw(_field),
        support=draw(_field),
        member_uids=[],
        goals=goals,
        reviews=reviews,
    )
    return PlanDocument(
        plan=plan,
        family_name=draw(_field),
        family_reference=draw(_field),
        worker=draw(_field),
        parents=[Person("m", draw(_field), "mother")],
        collaborators=[Collaborator("c", draw(_field), draw(_field), draw(_field))],
        previous_version=None,
        previous_agreed_on=None,
    )


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(document=_documents(), lang=st.sampled_from(["da", "en"]))
def test_any_text_in_any_field_never_breaks_the_pdf(tmp_path, document, lang):  # type: ignore[no-untyped-def]
    out = tmp_path / "any.pdf"
    story = plan_story(document, lang, PRINTED)
    page = PageInfo(lang, document.family_name, document.family_reference)
    write_pdf(out, story, page, title=document.plan.title)
    pages = _pages(out)
    n = len(pages)
    marker = "Side {} af {}" if lang == "da" else "Page {} of {}"
    assert marker.format(n, n) in pages[-1]
    assert ("Underskrift" if lang == "da" else "Signature") in " ".join(pages)


def test_no_heading_is_left_at_the_foot_of_a_page(store, agreed, tmp_path):  # type: ignore[no-untyped-def]
    """The purpose grows a line at a time, so every heading meets the foot of a page once.

    Whatever the shift, no page ends with a section heading, "Skridt på vejen"
    or a review's heading, and a goal's heading stands with its first step.
    """
    document = plans.get_plan_document(store, agreed.plan)
    headings = {t("da", f"plan.section.{name}") for name in PLAN_TEXT_SECTIONS}
    headings |= {t("da", key) for key in ("plan.steps", "plan.goals", "plan.reviews")}
    headings |= {t("da", "plan.collaborators"), t("da", "plan.signatures")}
    headings |= {
        t("da", "plan.review_heading", date=format_date(r.date, "da"))
        for r in document.plan.reviews
    }
    goal_heading = re.compile(r"Mål \d+: .*")
    for shift in range(0, 60, 2):
        purpose = "\n".join(f"Linje {i + 1} om formålet." for i in range(shift))
        shifted = replace(document, plan=replace(document.plan, purpose=purpose))
        out = write_pdf(
            tmp_path / f"plan-{shift}.pdf",
            plan_story(shifted, "da", PRINTED),
            PageInfo("da", "Forældrehandleplan", "Sag"),
            title="t",
        )
        pages = page_lines(out)
        assert headings_ending_a_page(pages, headings) == [], shift
        assert headings_ending_a_page(pages, goal_heading) == [], shift


def test_the_signatures_never_stand_alone_on_the_last_page(store, agreed, tmp_path):  # type: ignore[no-untyped-def]
    """Whatever the plan's length, the page with the signatures holds the end of the plan
    they sign too (the purpose grows a line at a time, so the signatures meet every spot)."""
    document = plans.get_plan_document(store, agreed.plan)
    signatures = t("da", "plan.signatures")
    pushed = 0
    for shift in range(0, 70, 3):
        purpose = "\n".join(f"Linje {i + 1} om formålet." for i in range(shift))
        shifted = replace(document, plan=replace(document.plan, purpose=purpose))
        out = write_pdf(
            tmp_path / f"plan-{shift}.pdf",
            plan_story(shifted, "da", PRINTED),
            PageInfo("da", "Forældrehandleplan", "Sag"),
            title="t",
        )
        pages = page_lines(out)
        last = pages[-1]
        assert signatures in last, shift
        assert last[0] != signatures, (shift, last[:3])  # something of the plan comes first
        pushed += len(pages) > 1 and signatures not in pages[-2]
    assert pushed  # the signatures did go over to a new page at some length


def test_an_overdue_next_review_is_flagged_on_the_plan(store, agreed, tmp_path):  # type: ignore[no-untyped-def]
    document = plans.get_plan_document(store, agreed.plan)
    due = document.plan.next_review
    assert due is not None
    label = format_date(due, "da")
    overdue = t("da", "plan.next_review_overdue", date=label)
    before = build_plan_pdf(store, agreed.plan, tmp_path / "a.pdf", "da", printed_on=due)
    assert overdue not in _pages(before)[0] and label in _pages(before)[0]
    after = date.fromordinal(due.toordinal() + 1)
    late = build_plan_pdf(store, agreed.plan, tmp_path / "b.pdf", "da", printed_on=after)
    assert overdue in _pages(late)[0]
