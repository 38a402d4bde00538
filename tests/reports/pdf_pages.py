"""Reading a famdesk PDF the way a reader meets it: page by page, line by line."""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

from pypdf import PdfReader

#: Lines every page draws around its content: header (left, right), confidentiality line.
FURNITURE_BEFORE = 3


def page_lines(path: Path) -> list[list[str]]:
    """Each page's content lines, without the header, the footer and "Side x af N".

    The page furniture is drawn before the content and the page number after
    it, so pypdf gives three furniture lines first and the number last.
    """
    pages = []
    for page in PdfReader(str(path)).pages:
        lines = [line.strip() for line in (page.extract_text() or "").splitlines()]
        lines = [line for line in lines if line]
        assert re.fullmatch(r"(Side|Page) \d+ (af|of) \d+", lines[-1]), lines[-1]
        pages.append(lines[FURNITURE_BEFORE:-1])
    return pages


def headings_ending_a_page(
    pages: list[list[str]], is_heading: Iterable[str] | re.Pattern[str]
) -> list[tuple[int, str]]:
    """(page number, line) for every page whose last content line is a heading."""
    found = []
    for number, lines in enumerate(pages[:-1], start=1):
        if not lines:
            continue
        last = lines[-1]
        if isinstance(is_heading, re.Pattern):
            hit = bool(is_heading.fullmatch(last))
        else:
            hit = last in set(is_heading)
        if hit:
            found.append((number, last))
    return found
