"""The placement match as a PDF for the meeting with the site and the family.

Written so that the child's parents can read it: everyday headings, the
child's own words and the parents' view set apart as quotes, the sites that
were considered side by side with their fit drawn as ten boxes, the decision
and its reasons, and the first year's follow-ups with the placement's
stability so far. No heading ends a page (``reports.flow``); tables of figures
keep their rows whole. The match is read by ``core.placement.get_match_document``
and the print audited by ``core.placement.record_match_print``; the PDF itself
never touches the store. Plain Python: the GUI runs it off its thread.
"""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Spacer, Table, TableStyle

from famdesk.core.placement.match_document import (
    MatchDocument,
    SiteCandidate,
    get_match_document,
    record_match_print,
)
from famdesk.core.storage import Store
from famdesk.reports.base import (
    CONTENT_WIDTH,
    QUOTE_BAR,
    QUOTE_BG,
    RULE,
    SHADE,
    PageInfo,
    Styles,
    boxed,
    data_table,
    escape_text,
    facts_table,
    make_styles,
    markup,
    para,
    text_flowables,
    write_pdf,
)
from famdesk.reports.flow import keep_with_first
from famdesk.reports.i18n import check_lang, format_date, format_short_date, label, t
from famdesk.vocabulary import SCALE_MAX

FIT_FILLED = colors.HexColor("#1f4e79")
FIT_EMPTY = colors.HexColor("#dde4ec")
CHOSEN_BG = colors.HexColor("#e8f3ea")
BREAKDOWN_BG = colors.HexColor("#fbe9e4")
BREAKDOWN_BAR = colors.HexColor("#b3401a")


def build_match_pdf(
    store: Store,
    match_uid: str,
    out_path: str | os.PathLike[str],
    lang: str = "da",
    *,
    printed_on: date | None = None,
) -> Path:
    """Write match ``match_uid`` as an A4 PDF at ``out_path``; returns the path.

    Raises ``NotFound`` for an unknown uid and ``ValueError`` for an unknown
    language. The print is audited (``core.placement.record_match_print``).
    """
    check_lang(lang)
    document = get_match_document(store, match_uid)
    printed = printed_on or date.today()
    page = PageInfo(
        lang=lang,
        header_left=t(lang, "match.header", child=document.child_name),
        header_right=t(lang, "plan.reference", reference=document.family_reference),
        footer_center=t(lang, "printed_on", date=format_date(printed, lang)),
    )
    path = write_pdf(
        out_path,
        match_story(document, lang, printed),
        page,
        title=f"{t(lang, 'match.doc_title')} – {document.family_reference}",
        subject=document.child_name,
        author=document.worker,
    )
    record_match_print(store, document, lang)
    return path


def match_story(document: MatchDocument, lang: str, printed: date) -> list[Flowable]:
    """The match's flowables, top to bottom, in the order the meeting talks it through."""
    st = make_styles()
    return [
        *_title_block(document, lang, printed, st),
        *_needs(document, lang, st),
        *_child(document, lang, st),
        *_parents(document, lang, st),
        *_candidates(document, lang, st),
        *_decision(document, lang, st),
        *_follow_ups(document, lang, st),
        *_breakdown(document, lang, st),
    ]


def _section(heading: str, body: list[Flowable], st: Styles) -> list[Flowable]:
    """A section's heading kept with the start of its body."""
    return [CondPageBreak(30 * mm), *keep_with_first([para(heading, st.h1)], body)]


def _quote(text: str, st: Styles) -> Flowable:
    return boxed(text_flowables(text, st.quote), background=QUOTE_BG, bar=QUOTE_BAR, padding=9)


# --- title and facts --------------------------------------------------------------------


def _title_block(document: MatchDocument, lang: str, printed: date, st: Styles) -> list[Flowable]:
    half = CONTENT_WIDTH / 2
    widths = (33 * mm, half - 33 * mm - 6 * mm)
    born = (
        t(lang, "match.born", date=format_date(document.child_birth_date, lang))
        if document.child_birth_date
        else ""
    )
    parents = "\n".join(document.parents) if document.parents else t(lang, "none")
    left = facts_table(
        [
            (t(lang, "match.child"), "\n".join(x for x in (document.child_name, born) if x)),
            (t(lang, "plan.family"), document.family_name),
            (t(lang, "plan.parents"), parents),
            (t(lang, "plan.worker"), document.worker or t(lang, "none")),
        ],
        col_widths=widths,
    )
    right = facts_table(
        [
            (t(lang, "plan.date"), format_date(printed, lang)),
            (t(lang, "match.status"), label("match_status", document.status, lang)),
            (t(lang, "match.decided_on"), format_date(document.decided_on, lang)),
            (t(lang, "match.placed_on"), format_date(document.placed_on, lang)),
        ],
        col_widths=widths,
    )
    grid = Table([[left, right]], colWidths=[half, half], hAlign="LEFT")
    grid.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), SHADE),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 8),
                ("RIGHTPADDING", (0, 0), (-1, -1), 2),
                ("TOPPADDING", (0, 0), (-1, -1), 7),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
                ("LINEBEFORE", (1, 0), (1, 0), 0.6, RULE),
            ]
        )
    )
    return [
        para(t(lang, "match.doc_title").upper(), st.label),
        Spacer(0, 1.5 * mm),
        para(document.child_name, st.title),
        para(document.family_name, st.subtitle),
        grid,
        Spacer(0, 5 * mm),
        para(t(lang, "match.intro"), st.intro),
    ]


# --- the child's needs, the child's words, the parents' view ---------------------------------


def _needs(document: MatchDocument, lang: str, st: Styles) -> list[Flowable]:
    if not document.needs:
        return _section(t(lang, "match.needs"), [para(t(lang, "match.no_needs"), st.muted)], st)
    w = CONTENT_WIDTH
    rows = [[label("ics_dimension", dim, lang), text] for dim, text in document.needs]
    table = data_table(
        rows,
        [w * 0.3, w * 0.7],
        header=[t(lang, "match.col.area"), t(lang, "match.col.need")],
        styles=st,
    )
    return _section(
        t(lang, "match.needs"), [para(t(lang, "match.needs_intro"), st.muted), table], st
    )


def _child(document: MatchDocument, lang: str, st: Styles) -> list[Flowable]:
    body: list[Flowable] = []
    if document.child_view.strip():
        body.append(_quote(document.child_view, st))
    else:
        body.append(para(t(lang, "match.no_child_view"), st.muted))
    out = _section(t(lang, "match.child_view"), body, st)
    if not document.conversations:
        return out
    w = CONTENT_WIDTH
    rows: list[list[object]] = []
    for c in document.conversations:
        words: object = (
            markup(f"<i>{escape_text(t(lang, 'match.declined'))}</i>", st.cell)
            if c.declined
            else (c.child_own_words or t(lang, "none"))
        )
        rows.append(
            [
                format_short_date(c.date, lang),
                c.present or t(lang, "none"),
                c.support_person or t(lang, "match.no_support_person"),
                words,
            ]
        )
    table = data_table(
        rows,  # type: ignore[arg-type]
        [w * 0.15, w * 0.23, w * 0.2, w * 0.42],
        header=[
            t(lang, "match.col.date"),
            t(lang, "match.col.present"),
            t(lang, "match.col.support_person"),
            t(lang, "match.col.child_words"),
        ],
        styles=st,
    )
    heads = [
        para(t(lang, "match.conversations"), st.h2),
        para(t(lang, "match.conversations_intro"), st.muted),
    ]
    return [*out, CondPageBreak(30 * mm), *keep_with_first(heads, [table])]


def _parents(document: MatchDocument, lang: str, st: Styles) -> list[Flowable]:
    body: list[Flowable] = (
        [_quote(document.parents_view, st)]
        if document.parents_view.strip()
        else [para(t(lang, "match.no_parents_view"), st.muted)]
    )
    return _section(t(lang, "match.parents_view"), body, st)


# --- the sites compared -------------------------------------------------------------------


class FitBar(Flowable):  # type: ignore[misc]
    """A 0–10 fit as ten boxes, the first ``fit`` filled: read at a glance, also in grey print."""

    BOX = 2.6 * mm
    GAP = 0.7 * mm

    def __init__(self, fit: int) -> None:
        super().__init__()
        self.fit = max(0, min(SCALE_MAX, fit))
        self.width = SCALE_MAX * self.BOX + (SCALE_MAX - 1) * self.GAP
        self.height = self.BOX

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        for i in range(SCALE_MAX):
            canvas.setFillColor(FIT_FILLED if i < self.fit else FIT_EMPTY)
            canvas.setStrokeColor(FIT_FILLED if i < self.fit else FIT_EMPTY)
            canvas.rect(i * (self.BOX + self.GAP), 0, self.BOX, self.BOX, fill=1, stroke=1)


def _site_cell(c: SiteCandidate, lang: str, st: Styles) -> list[Flowable]:
    cell: list[Flowable] = [
        para(c.name, st.cell_bold),
        para(label("placement_type", c.type, lang), st.small),
    ]
    if c.capacity is not None:
        cell.append(para(t(lang, "match.capacity_value", n=c.capacity), st.small))
    if c.chosen:
        cell.append(
            markup(
                f'<font color="#2e7d32"><b>{escape_text(t(lang, "match.chosen_mark"))}</b></font>',
                st.small,
            )
        )
    return cell


def _fit_cell(c: SiteCandidate, lang: str, st: Styles) -> list[Flowable]:
    return [
        para(t(lang, "match.fit_value", fit=c.fit), st.cell_bold),
        Spacer(0, 1 * mm),
        FitBar(c.fit),
    ]


def _candidates(document: MatchDocument, lang: str, st: Styles) -> list[Flowable]:
    heading = t(lang, "match.candidates")
    if not document.candidates:
        return _section(heading, [para(t(lang, "match.no_candidates"), st.muted)], st)
    w = CONTENT_WIDTH
    rows: list[list[object]] = []
    for c in document.candidates:
        assessment: list[Flowable] = text_flowables(c.assessment, st.cell) or [
            para(t(lang, "none"), st.cell)
        ]
        if c.competences.strip():
            assessment += [
                para(t(lang, "match.competences"), st.label),
                *text_flowables(c.competences, st.small),
            ]
        rows.append([_site_cell(c, lang, st), _fit_cell(c, lang, st), assessment])
    table = data_table(
        rows,  # type: ignore[arg-type]
        [w * 0.27, w * 0.2, w * 0.53],
        header=[
            t(lang, "match.col.site"),
            t(lang, "match.col.fit"),
            t(lang, "match.col.assessment"),
        ],
        styles=st,
        whole_rows=True,
    )
    chosen = [i + 1 for i, c in enumerate(document.candidates) if c.chosen]
    if chosen:
        table.setStyle(TableStyle([("BACKGROUND", (0, chosen[0]), (-1, chosen[0]), CHOSEN_BG)]))
    return _section(heading, [para(t(lang, "match.candidates_intro"), st.muted), table], st)


# --- the decision, the follow-ups, the breakdown ----------------------------------------


def _decision(document: MatchDocument, lang: str, st: Styles) -> list[Flowable]:
    chosen = document.chosen
    if document.decided_on is None or chosen is None:
        return _section(
            t(lang, "match.decision"), [para(t(lang, "match.not_decided"), st.muted)], st
        )
    facts = facts_table(
        [
            (t(lang, "match.decided_on"), format_date(document.decided_on, lang)),
            (
                t(lang, "match.chosen_site"),
                f"{chosen.name} ({label('placement_type', chosen.type, lang).lower()})",
            ),
            (t(lang, "match.placed_on"), format_date(document.placed_on, lang)),
        ]
    )
    body: list[Flowable] = [facts, Spacer(0, 2 * mm)]
    reasons = text_flowables(document.reasons, st.body)
    if reasons:
        body += keep_with_first([para(t(lang, "match.reasons"), st.h3)], reasons)
    return _section(t(lang, "match.decision"), body, st)


def _stability_text(document: MatchDocument, lang: str) -> str:
    latest = document.latest_stability
    if latest is None:
        return t(lang, "match.no_stability")
    assert latest.stability is not None
    return t(
        lang,
        "match.stability_latest",
        score=latest.stability,
        date=format_date(latest.date, lang),
    )


def _follow_ups(document: MatchDocument, lang: str, st: Styles) -> list[Flowable]:
    heading = t(lang, "match.follow_ups")
    if not document.follow_ups:
        text = (
            t(lang, "match.no_follow_ups")
            if document.placed_on
            else t(lang, "match.follow_ups_after_placement")
        )
        return _section(heading, [para(text, st.muted)], st)
    w = CONTENT_WIDTH
    rows = [
        [
            format_short_date(f.date, lang),
            label("follow_up_status", f.status, lang),
            para(
                t(lang, "match.fit_value", fit=f.stability)
                if f.stability is not None
                else t(lang, "none"),
                st.cell_center,
            ),
            f.notes or t(lang, "none"),
        ]
        for f in sorted(document.follow_ups, key=lambda f: f.date)
    ]
    table = data_table(
        rows,  # type: ignore[arg-type]
        [w * 0.15, w * 0.15, w * 0.14, w * 0.56],
        header=[
            t(lang, "match.col.date"),
            t(lang, "match.col.status"),
            t(lang, "match.col.stability"),
            t(lang, "match.col.notes"),
        ],
        centered=[2],
        styles=st,
        whole_rows=True,
    )
    # Where the placement stands comes first; the follow-ups one by one after it.
    body: list[Flowable] = [
        para(t(lang, "match.follow_ups_intro"), st.muted),
        markup(f"<b>{escape_text(_stability_text(document, lang))}</b>", st.body),
        Spacer(0, 1 * mm),
        table,
    ]
    return _section(heading, body, st)


def _breakdown(document: MatchDocument, lang: str, st: Styles) -> list[Flowable]:
    b = document.breakdown
    if b is None:
        return []
    facts = facts_table(
        [
            (t(lang, "match.breakdown_date"), format_date(b.date, lang)),
            (
                t(lang, "match.breakdown_planned"),
                t(lang, "match.planned_yes" if b.planned else "match.planned_no"),
            ),
            (t(lang, "match.breakdown_cause"), label("breakdown_cause", b.cause, lang)),
        ],
        col_widths=(42 * mm, CONTENT_WIDTH - 42 * mm - 26),
    )
    inner: list[Flowable] = [facts, *text_flowables(b.notes, st.body)]
    return _section(
        t(lang, "match.breakdown"),
        [boxed(inner, background=BREAKDOWN_BG, bar=BREAKDOWN_BAR, padding=9)],
        st,
    )
