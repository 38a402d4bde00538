"""The shared PDF page: safe text, page numbers, confidentiality, font, splitting tables."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.platypus import Flowable, PageBreak

from famdesk.reports import i18n
from famdesk.reports.base import (
    CONTENT_WIDTH,
    PageInfo,
    data_table,
    escape_text,
    make_styles,
    para,
    text_flowables,
    write_pdf,
)


def _text(path: Path) -> list[str]:
    return [" ".join((page.extract_text() or "").split()) for page in PdfReader(path).pages]


def test_escape_text_makes_markup_harmless_and_keeps_lines():
    assert escape_text("<b>Tom & Jerry</b>") == "&lt;b&gt;Tom &amp; Jerry&lt;/b&gt;"
    assert escape_text("a\r\nb\rc\nd") == "a<br/>b<br/>c<br/>d"
    assert escape_text("bell\x07 null\x00 esc\x1b ok") == "bell null esc ok"
    assert escape_text("Łukasz Nguyễn Zoë 😀 שלום") == "Łukasz Nguyễn Zoë 😀 שלום"


def test_text_flowables_one_paragraph_per_block():
    st = make_styles()
    blocks = text_flowables("Første afsnit\nlinje to\n\n\n\nAndet afsnit\n\n  \n", st.body)
    assert len(blocks) == 2


def _three_pages() -> list[Flowable]:
    st = make_styles()
    story: list[Flowable] = [para("Første side", st.body), PageBreak(), para("Anden", st.body)]
    return [*story, PageBreak(), para("Tredje", st.body)]


def test_pages_are_numbered_and_marked_confidential(tmp_path: Path):
    info = PageInfo("da", "Overskrift", "Sag 1")
    out = write_pdf(tmp_path / "a.pdf", _three_pages(), info, title="T")
    pages = _text(out)
    assert len(pages) == 3
    for number, text in enumerate(pages, start=1):
        assert f"Side {number} af 3" in text
        assert "Fortroligt – indeholder personoplysninger" in text
        assert "Overskrift" in text and "Sag 1" in text
    en = write_pdf(tmp_path / "b.pdf", _three_pages(), PageInfo("en", "Heading"), title="T")
    assert "Page 2 of 3" in _text(en)[1]
    assert "Confidential – contains personal data" in _text(en)[1]


def test_the_font_is_embedded(tmp_path: Path):
    out = write_pdf(
        tmp_path / "f.pdf", [para("Łukasz", make_styles().body)], PageInfo("da", "x"), title="T"
    )
    fonts = PdfReader(out).pages[0]["/Resources"]["/Font"]
    names = {str(f.get_object()["/BaseFont"]) for f in fonts.values()}
    assert any("DejaVuSans" in n for n in names)
    for f in fonts.values():
        descendant = f.get_object().get("/FontDescriptor")
        if descendant is not None:
            assert "/FontFile2" in descendant.get_object()


def test_a_25000_character_table_cell_splits_across_pages(tmp_path: Path):
    words = [f"ord{i:05d}" for i in range(2800)]
    long_text = " ".join(words)
    assert len(long_text) > 25_000
    table = data_table(
        [["kort", long_text], ["næste række", "slut"]],
        [CONTENT_WIDTH * 0.3, CONTENT_WIDTH * 0.7],
        header=["Hvad", "Tekst"],
    )
    out = write_pdf(tmp_path / "t.pdf", [table], PageInfo("da", "x"), title="T")
    pages = _text(out)
    assert len(pages) > 3
    whole = " ".join(pages)
    for word in (words[0], words[1400], words[-1], "næste række"):
        assert word in whole
    # The header row repeats on the continuation pages.
    assert all("Hvad Tekst" in p for p in pages[1:])


def test_a_failed_build_leaves_no_file(tmp_path: Path):
    class Broken(Flowable):
        def wrap(self, *args):  # type: ignore[no-untyped-def]
            raise RuntimeError("boom")

    target = tmp_path / "x.pdf"
    with pytest.raises(RuntimeError):
        write_pdf(target, [Broken()], PageInfo("da", "x"), title="T")
    assert list(tmp_path.iterdir()) == []


def test_dates_read_like_a_letter():
    from datetime import date

    assert i18n.format_date(date(2026, 3, 3), "da") == "3. marts 2026"
    assert i18n.format_date(date(2026, 3, 3), "en") == "3 March 2026"
    assert re.fullmatch(r"03\.03\.2026", i18n.format_short_date(date(2026, 3, 3), "da"))
    with pytest.raises(ValueError, match="unknown language"):
        i18n.t("de", "none")
