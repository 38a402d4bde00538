"""What every famdesk PDF shares: the page, the font, the styles, safe text, tables.

A famdesk PDF is a product sent to parents and caseworkers, so every report
gets the same A4 page: a header with the document and the case, a footer with
the confidentiality line and "Side 1 af N", the embedded DejaVu font (so names
like Łukasz, Nguyễn and Zoë print), and text that wraps and flows across pages
wherever it stands — also inside a table cell.

User text never goes into ReportLab markup unescaped: ``escape_text`` makes any
string (with ``<b>&``, control characters, emoji, right-to-left script) safe
for a ``Paragraph`` and keeps its line breaks.
"""

from __future__ import annotations

import os
import threading
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import IO, Any, TypeAlias

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    PageTemplate,
    Paragraph,
    Table,
    TableStyle,
)

from famdesk.files import private_file
from famdesk.reports.flow import WholeRowsTable
from famdesk.reports.i18n import t

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
FONT_ITALIC = "DejaVuSans-Oblique"
FONT_BOLD_ITALIC = "DejaVuSans-BoldOblique"
_FONT_FILES = {
    FONT: "DejaVuSans.ttf",
    FONT_BOLD: "DejaVuSans-Bold.ttf",
    FONT_ITALIC: "DejaVuSans-Oblique.ttf",
    FONT_BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf",
}

PAGE_SIZE = A4
MARGIN_LEFT = 20 * mm
MARGIN_RIGHT = 20 * mm
MARGIN_TOP = 24 * mm
MARGIN_BOTTOM = 22 * mm
CONTENT_WIDTH = PAGE_SIZE[0] - MARGIN_LEFT - MARGIN_RIGHT

#: A table row taller than the rest of a page splits, leaving at least this much per part.
SPLIT_IN_ROW_MIN = 30

INK = colors.HexColor("#1d2733")
MUTED = colors.HexColor("#5b6675")
ACCENT = colors.HexColor("#1f4e79")
RULE = colors.HexColor("#c5cfda")
SHADE = colors.HexColor("#eef2f7")
QUOTE_BG = colors.HexColor("#f6f3ec")
QUOTE_BAR = colors.HexColor("#b9935a")
WATERMARK = colors.Color(0.85, 0.35, 0.25, alpha=0.10)

_font_lock = threading.Lock()
_fonts_registered = False


def font_path(name: str) -> Path:
    """The path of a shipped font file in ``resources/fonts``."""
    return Path(str(resources.files("famdesk.resources").joinpath("fonts", _FONT_FILES[name])))


def register_fonts() -> None:
    """Register the embedded DejaVu family once (safe to call from any thread)."""
    global _fonts_registered
    with _font_lock:
        if _fonts_registered:
            return
        for name in _FONT_FILES:
            pdfmetrics.registerFont(TTFont(name, str(font_path(name))))
        pdfmetrics.registerFontFamily(
            FONT, normal=FONT, bold=FONT_BOLD, italic=FONT_ITALIC, boldItalic=FONT_BOLD_ITALIC
        )
        _fonts_registered = True


# --- text -----------------------------------------------------------------------------

_KEEP_CONTROLS = {"\n", "\t"}


def _printable(ch: str) -> bool:
    if ch in _KEEP_CONTROLS:
        return True
    category = unicodedata.category(ch)
    # Control, surrogate, unassigned and private-use code points: nothing a
    # parent should see, and some of them break PDF text.
    if category in ("Cc", "Cs", "Cn", "Co"):
        return False
    return ch not in ("\ufffe", "\uffff")


def clean_text(text: str) -> str:
    """``text`` with line endings unified and unprintable characters dropped."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n")
    text = text.replace("\u2029", "\n\n")
    return "".join(ch for ch in text if _printable(ch))


def escape_text(text: str) -> str:
    """User text made safe for Paragraph markup: ``& < >`` escaped, line breaks kept."""
    text = clean_text(text)
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    text = text.replace("\t", "&nbsp;" * 4)
    return text.replace("\n", "<br/>")


def para(text: str, style: ParagraphStyle) -> Paragraph:
    """One Paragraph of user text (escaped; line breaks kept)."""
    return Paragraph(escape_text(text), style)


def markup(template: str, style: ParagraphStyle) -> Paragraph:
    """A Paragraph from markup the program wrote itself (never user text)."""
    return Paragraph(template, style)


def text_flowables(text: str, style: ParagraphStyle) -> list[Flowable]:
    """User text as one Paragraph per blank-line-separated block, so it flows across pages."""
    blocks = [b.strip("\n") for b in clean_text(text).split("\n\n")]
    return [para(b, style) for b in blocks if b.strip()]


# --- styles ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Styles:
    title: ParagraphStyle
    subtitle: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    h3: ParagraphStyle
    goal: ParagraphStyle
    body: ParagraphStyle
    intro: ParagraphStyle
    quote: ParagraphStyle
    small: ParagraphStyle
    muted: ParagraphStyle
    label: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_head: ParagraphStyle
    cell_head_center: ParagraphStyle
    cell_center: ParagraphStyle
    banner: ParagraphStyle


@cache
def make_styles() -> Styles:
    """The shared paragraph styles (DejaVu; 10 pt body)."""
    register_fonts()
    base = ParagraphStyle(
        "fd-body",
        fontName=FONT,
        fontSize=10,
        leading=14.2,
        textColor=INK,
        alignment=TA_LEFT,
        spaceAfter=5,
    )

    def derive(name: str, **kw: Any) -> ParagraphStyle:
        return ParagraphStyle(name, parent=base, **kw)

    return Styles(
        title=derive(
            "fd-title", fontName=FONT_BOLD, fontSize=21, leading=26, textColor=ACCENT, spaceAfter=2
        ),
        subtitle=derive("fd-subtitle", fontSize=11.5, leading=15, textColor=MUTED, spaceAfter=10),
        h1=derive(
            "fd-h1",
            fontName=FONT_BOLD,
            fontSize=14,
            leading=18,
            textColor=ACCENT,
            spaceBefore=14,
            spaceAfter=6,
        ),
        h2=derive(
            "fd-h2",
            fontName=FONT_BOLD,
            fontSize=11.5,
            leading=15,
            textColor=INK,
            spaceBefore=10,
            spaceAfter=4,
        ),
        h3=derive(
            "fd-h3",
            fontName=FONT_BOLD,
            fontSize=10,
            leading=13.5,
            textColor=INK,
            spaceBefore=6,
            spaceAfter=3,
        ),
        goal=derive(
            "fd-goal", fontName=FONT_BOLD, fontSize=11.5, leading=15, textColor=INK, spaceAfter=0
        ),
        body=base,
        intro=derive("fd-intro", fontSize=10.5, leading=15.5, spaceAfter=8),
        quote=derive(
            "fd-quote",
            fontName=FONT_ITALIC,
            fontSize=10.5,
            leading=15.5,
            leftIndent=12,
            rightIndent=6,
            spaceAfter=6,
        ),
        small=derive("fd-small", fontSize=8.5, leading=11.5),
        muted=derive("fd-muted", fontSize=9, leading=12.5, textColor=MUTED),
        label=derive("fd-label", fontSize=8.5, leading=11.5, textColor=MUTED, spaceAfter=0),
        cell=derive("fd-cell", fontSize=9, leading=12.2, spaceAfter=0),
        cell_bold=derive(
            "fd-cell-bold", fontName=FONT_BOLD, fontSize=9, leading=12.2, spaceAfter=0
        ),
        cell_head=derive(
            "fd-cell-head",
            fontName=FONT_BOLD,
            fontSize=8.5,
            leading=11.5,
            textColor=ACCENT,
            spaceAfter=0,
        ),
        cell_head_center=derive(
            "fd-cell-head-center",
            fontName=FONT_BOLD,
            fontSize=8.5,
            leading=11.5,
            textColor=ACCENT,
            spaceAfter=0,
            alignment=1,
        ),
        cell_center=derive("fd-cell-center", fontSize=9, leading=12.2, spaceAfter=0, alignment=1),
        banner=derive(
            "fd-banner",
            fontName=FONT_BOLD,
            fontSize=10,
            leading=14,
            textColor=colors.HexColor("#8a3b12"),
            spaceAfter=0,
        ),
    )


# --- tables -------------------------------------------------------------------------------------

Cell: TypeAlias = str | Flowable | Sequence[Flowable]


def _cell(value: Cell, style: ParagraphStyle) -> Any:
    if isinstance(value, str):
        return text_flowables(value, style) or para("", style)
    return value


def data_table(
    rows: Sequence[Sequence[Cell]],
    col_widths: Sequence[float],
    *,
    header: Sequence[str] | None = None,
    zebra: bool = True,
    centered: Sequence[int] = (),
    styles: Styles | None = None,
    whole_rows: bool = False,
) -> Table:
    """A table of Paragraph cells: long text wraps, and a tall row splits across pages.

    Strings are user text (escaped); pass a Flowable for anything pre-built.
    The header row repeats on every page the table spans. With ``whole_rows``
    a row moves whole to the next page instead (``flow.WholeRowsTable``), for
    tables of figures whose cells must be read side by side.
    """
    st = styles or make_styles()
    data: list[list[Any]] = []
    if header is not None:
        data.append(
            [
                markup(escape_text(h), st.cell_head_center if i in centered else st.cell_head)
                for i, h in enumerate(header)
            ]
        )
    data.extend([_cell(v, st.cell) for v in row] for row in rows)
    table = (WholeRowsTable if whole_rows else Table)(
        data,
        colWidths=list(col_widths),
        repeatRows=1 if header is not None else 0,
        splitByRow=1 if whole_rows else 0,
        splitInRow=SPLIT_IN_ROW_MIN,
        hAlign="LEFT",
    )
    commands: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 5),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
    ]
    first = 0
    if header is not None:
        commands += [
            ("LINEBELOW", (0, 0), (-1, 0), 0.9, ACCENT),
            ("BACKGROUND", (0, 0), (-1, 0), SHADE),
        ]
        first = 1
    if zebra:
        commands.append(
            ("ROWBACKGROUNDS", (0, first), (-1, -1), [colors.white, colors.HexColor("#f8fafc")])
        )
    table.setStyle(TableStyle(commands))
    return table


def facts_table(
    pairs: Sequence[tuple[str, Cell]],
    col_widths: Sequence[float] = (42 * mm, CONTENT_WIDTH - 42 * mm),
    styles: Styles | None = None,
) -> Table:
    """Label/value pairs: a small grey label beside its (wrapping, escaped) value."""
    st = styles or make_styles()
    rows = [[para(label, st.label), _cell(value, st.cell)] for label, value in pairs]
    table = Table(
        rows, colWidths=list(col_widths), splitByRow=0, splitInRow=SPLIT_IN_ROW_MIN, hAlign="LEFT"
    )
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
            ]
        )
    )
    return table


def boxed(
    flowables: Sequence[Flowable], *, background: Any = SHADE, bar: Any = None, padding: float = 8
) -> Table:
    """Flowables set apart in a shaded box (optionally with a coloured bar at the left).

    The box is a one-cell table that splits across pages like any other.
    """
    table = Table(
        [[list(flowables)]],
        colWidths=[CONTENT_WIDTH],
        splitByRow=0,
        splitInRow=SPLIT_IN_ROW_MIN,
        hAlign="LEFT",
    )
    commands: list[tuple[Any, ...]] = [
        ("BACKGROUND", (0, 0), (-1, -1), background),
        ("LEFTPADDING", (0, 0), (-1, -1), padding + (4 if bar is not None else 0)),
        ("RIGHTPADDING", (0, 0), (-1, -1), padding),
        ("TOPPADDING", (0, 0), (-1, -1), padding),
        ("BOTTOMPADDING", (0, 0), (-1, -1), padding - 3),
    ]
    if bar is not None:
        commands.append(("LINEBEFORE", (0, 0), (0, -1), 3, bar))
    table.setStyle(TableStyle(commands))
    return table


# --- page furniture ----------------------------------------------------------------------


@dataclass(frozen=True)
class PageInfo:
    """What each page shows outside the content frame."""

    lang: str
    header_left: str
    header_right: str = ""
    footer_center: str = ""
    watermark: str = ""


def _draw_page(canvas: Canvas, info: PageInfo) -> None:
    width, height = PAGE_SIZE
    canvas.saveState()
    if info.watermark:
        canvas.setFont(FONT_BOLD, 96)
        canvas.setFillColor(WATERMARK)
        canvas.translate(width / 2, height / 2)
        canvas.rotate(40)
        canvas.drawCentredString(0, -30, info.watermark)
        canvas.rotate(-40)
        canvas.translate(-width / 2, -height / 2)
    top = height - 13 * mm
    canvas.setFont(FONT, 8.5)
    canvas.setFillColor(MUTED)
    canvas.drawString(MARGIN_LEFT, top, clean_text(info.header_left).replace("\n", " "))
    if info.header_right:
        canvas.drawRightString(width - MARGIN_RIGHT, top, clean_text(info.header_right))
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.6)
    canvas.line(MARGIN_LEFT, top - 3.5 * mm, width - MARGIN_RIGHT, top - 3.5 * mm)
    bottom = 12 * mm
    canvas.line(MARGIN_LEFT, bottom + 4.5 * mm, width - MARGIN_RIGHT, bottom + 4.5 * mm)
    canvas.setFont(FONT_BOLD, 8)
    canvas.setFillColor(colors.HexColor("#8a3b12"))
    canvas.drawString(MARGIN_LEFT, bottom, t(info.lang, "confidential"))
    if info.footer_center:
        canvas.setFont(FONT, 8)
        canvas.setFillColor(MUTED)
        canvas.drawCentredString(width / 2 + 12 * mm, bottom, info.footer_center)
    canvas.restoreState()


def numbered_canvas(lang: str) -> type[Canvas]:
    """A canvas class that writes "Side x af N" once the page count is known."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._saved_pages: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 - ReportLab's name
            self._saved_pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._saved_pages)
            for state in self._saved_pages:
                self.__dict__.update(state)
                self.setFont(FONT, 8)
                self.setFillColor(MUTED)
                self.drawRightString(
                    PAGE_SIZE[0] - MARGIN_RIGHT,
                    12 * mm,
                    t(lang, "page_of", page=self._pageNumber, pages=total),
                )
                super().showPage()
            super().save()

    return NumberedCanvas


def write_pdf(
    out_path: str | os.PathLike[str],
    story: list[Flowable],
    page: PageInfo,
    *,
    title: str,
    subject: str = "",
    author: str = "",
) -> Path:
    """Lay out ``story`` on famdesk's A4 page and write it to ``out_path``; returns the path.

    Owner-only and whole or not at all (``files.private_file``): a failure
    never leaves half a file.
    """
    out = Path(out_path)
    with private_file(out) as fh:
        render_pdf(fh, story, page, title=title, subject=subject, author=author)
    return out


def render_pdf(
    fh: IO[bytes],
    story: list[Flowable],
    page: PageInfo,
    *,
    title: str,
    subject: str = "",
    author: str = "",
) -> None:
    """Lay out ``story`` on famdesk's A4 page into the open binary file ``fh``.

    For a caller that does more before the file may appear (records the
    print): it opens ``files.private_file`` itself and renders into it.
    """
    register_fonts()
    doc = BaseDocTemplate(
        fh,
        pagesize=PAGE_SIZE,
        leftMargin=MARGIN_LEFT,
        rightMargin=MARGIN_RIGHT,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=clean_text(title),
        subject=clean_text(subject),
        author=clean_text(author),
        creator="famdesk",
        lang={"da": "da-DK", "en": "en-GB"}.get(page.lang, page.lang),
    )
    frame = Frame(
        MARGIN_LEFT,
        MARGIN_BOTTOM,
        CONTENT_WIDTH,
        PAGE_SIZE[1] - MARGIN_TOP - MARGIN_BOTTOM,
        id="content",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    on_page: Callable[[Canvas, Any], None] = lambda canvas, _doc: _draw_page(canvas, page)  # noqa: E731
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=on_page)])
    doc.build(story, canvasmaker=numbered_canvas(page.lang))
