"""The placement match PDF, read as the parents and the site read it."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from famdesk.core.errors import NotFound
from famdesk.db.models import AuditEvent
from famdesk.reports.match_pdf import build_match_pdf
from tests.reports.match_data import (
    CHILD_VIEW,
    CHILD_WORDS,
    PARENTS_VIEW,
    REASONS,
    make_placed_match,
)
from tests.reports.pdf_pages import headings_ending_a_page, page_lines

PRINTED = date(2026, 11, 27)


def text_of(path: Path) -> str:
    return " ".join(" ".join((p.extract_text() or "").split()) for p in PdfReader(path).pages)


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        (
            "da",
            [
                "Det har barnet brug for",
                "Skole og dagtilbud",
                "Barnets egne ord",
                "Børnesamtaler",
                "Lone Berg (lærer)",
                "Barnet ønskede ikke at tale med os denne gang.",
                "Forældrenes syn",
                "De steder, vi har set på",
                "8 af 10",
                "5 af 10",
                "✓ Valgt",
                "Beslutningen",
                "10. februar 2026",
                "Opfølgning i det første år",
                "Stabilitet indtil nu: 6 af 10 ved opfølgningen 20. maj 2026.",
            ],
        ),
        (
            "en",
            [
                "What the child needs",
                "The child's own words",
                "Lone Berg (lærer)",
                "The child did not wish to talk with us this time.",
                "The parents' view",
                "The places we looked at",
                "8 of 10",
                "✓ Chosen",
                "The decision",
                "10 February 2026",
                "Follow-up during the first year",
                "Stability so far: 6 of 10 at the follow-up on 20 May 2026.",
            ],
        ),
    ],
)
def test_the_pdf_holds_the_childs_words_the_candidates_the_decision_and_follow_ups(
    store, tmp_path, lang, words
):  # type: ignore[no-untyped-def]
    ids = make_placed_match(store)
    out = build_match_pdf(store, ids.match, tmp_path / "m.pdf", lang, printed_on=PRINTED)
    text = text_of(out)
    for expected in [*words, CHILD_WORDS, CHILD_VIEW, PARENTS_VIEW, REASONS]:
        assert expected in text, expected
    assert "Plejefamilien Lund" in text and "Bakkehuset" in text
    # the candidates in the order considered, the chosen one marked
    assert text.index("Plejefamilien Lund") < text.index("Bakkehuset")
    # the follow-ups in date order: two held with notes, the others planned
    assert text.index("Sover bedre.") < text.index("Konflikt om skærm.")
    assert len(re.findall(r"20\.08\.2026|20 Aug 2026", text)) == 1


def test_a_breakdown_is_told_with_its_cause(store, tmp_path):  # type: ignore[no-untyped-def]
    ids = make_placed_match(store, breakdown=True)
    text = text_of(build_match_pdf(store, ids.match, tmp_path / "m.pdf", "da", printed_on=PRINTED))
    assert "Anbringelsen sluttede" in text
    assert "Konflikt" in text and "Plejefar blev syg." in text
    assert "Nej, det var ikke planlagt" in text


def test_printing_is_audited_and_no_heading_ends_a_page(store, tmp_path):  # type: ignore[no-untyped-def]
    ids = make_placed_match(store, breakdown=True)
    out = build_match_pdf(store, ids.match, tmp_path / "m.pdf", "da", printed_on=PRINTED)
    with store.read_session() as s:
        event = s.scalars(select(AuditEvent).where(AuditEvent.action == "print")).one()
    assert (event.entity, event.entity_uid) == ("match", ids.match)
    headings = {
        "Det har barnet brug for",
        "Barnets egne ord",
        "Børnesamtaler",
        "Forældrenes syn",
        "De steder, vi har set på",
        "Beslutningen",
        "Derfor valgte vi dette sted",
        "Opfølgning i det første år",
        "Anbringelsen sluttede",
    }
    assert headings_ending_a_page(page_lines(out), headings) == []


def test_an_unknown_match_and_language(store, tmp_path):  # type: ignore[no-untyped-def]
    ids = make_placed_match(store)
    with pytest.raises(NotFound):
        build_match_pdf(store, "no-such-match", tmp_path / "m.pdf")
    with pytest.raises(ValueError):
        build_match_pdf(store, ids.match, tmp_path / "m.pdf", "de")
    assert not (tmp_path / "m.pdf").exists()
