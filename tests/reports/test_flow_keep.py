"""reports.flow.keep_end_with: the closing block goes where the story ends when there is room."""

from __future__ import annotations

from io import BytesIO

from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import CondPageBreak, KeepTogether, Paragraph, SimpleDocTemplate

from famdesk.reports.flow import keep_end_with, keep_with_first


def _pages(story: list) -> list[str]:
    out = BytesIO()
    SimpleDocTemplate(out, pagesize=A4).build(story)
    return [p.extract_text() or "" for p in PdfReader(out).pages]


def test_a_nested_keep_together_does_not_push_the_end_onto_a_new_page() -> None:
    style = getSampleStyleSheet()["BodyText"]
    story = [Paragraph(f"Line {i} of the plan.", style) for i in range(10)]
    story += [
        CondPageBreak(40),
        *keep_with_first([Paragraph("Reviews", style)], [Paragraph("None yet.", style)]),
    ]
    # The signatures are a KeepTogether of their own, as the plan PDF builds them.
    signatures = [KeepTogether([Paragraph("Signatures", style), Paragraph("Name, date", style)])]
    pages = _pages(keep_end_with(story, signatures))
    # A quarter of a page in all: it fits on one page, the signatures with the plan's end.
    assert len(pages) == 1
    assert "Reviews" in pages[0] and "Signatures" in pages[0]
