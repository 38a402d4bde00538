"""The parent action plan as a PDF for the parents to read and sign.

Written for parents, not for the file: plain headings in everyday words, the
parents' own words set apart, goals with their steps (what, who, when, done),
the scores from each review side by side, and signature lines for each parent
and the worker. No heading ends a page: each stays with the start of what it
heads (``reports.flow``), a goal's heading with its facts and the first steps.
Plain Python: the GUI runs it off its thread.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer, Table, TableStyle

from famdesk.core.plans import GoalData, PlanDocument, get_plan_document, record_plan_print
from famdesk.core.storage import Store
from famdesk.reports.base import (
    ACCENT,
    CONTENT_WIDTH,
    QUOTE_BAR,
    QUOTE_BG,
    RULE,
    SHADE,
    Cell,
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
from famdesk.reports.flow import keep_end_with, keep_with_first
from famdesk.reports.i18n import (
    check_lang,
    format_date,
    format_short_date,
    label,
    t,
)
from famdesk.vocabulary import PLAN_TEXT_SECTIONS

#: Sections in the order a parent reads them; the parents' words are set apart.
SECTIONS = PLAN_TEXT_SECTIONS
#: Review columns per score table; more reviews continue in a second table.
REVIEWS_PER_TABLE = 5

DONE_MARK = "✓"
OPEN_MARK = "☐"


def build_plan_pdf(
    store: Store,
    plan_uid: str,
    out_path: str | os.PathLike[str],
    lang: str = "da",
    *,
    printed_on: date | None = None,
) -> Path:
    """Write plan ``plan_uid`` as an A4 PDF at ``out_path``; returns the path.

    Raises ``NotFound`` for an unknown uid and ``ValueError`` for an unknown
    language. The print is written to the audit log (``core.plans.record_plan_print``).
    """
    check_lang(lang)
    document = get_plan_document(store, plan_uid)
    printed = printed_on or date.today()
    story = plan_story(document, lang, printed)
    plan = document.plan
    page = PageInfo(
        lang=lang,
        header_left=t(lang, "plan.header", family=document.family_name),
        header_right=t(lang, "plan.reference", reference=document.family_reference),
        footer_center=t(lang, "printed_on", date=format_date(printed, lang)),
        watermark=t(lang, "plan.draft_watermark") if plan.status == "draft" else "",
    )
    path = write_pdf(
        out_path,
        story,
        page,
        title=f"{t(lang, 'plan.doc_title')} – {document.family_reference}",
        subject=plan.title,
        author=document.worker,
    )
    record_plan_print(store, document, lang)
    return path


def plan_story(document: PlanDocument, lang: str, printed: date) -> list[Flowable]:
    """The plan's flowables, top to bottom."""
    st = make_styles()
    story: list[Flowable] = []
    story += _title_block(document, lang, printed, st)
    story += _sections(document, lang, st)
    story += _goals(document.plan.goals, lang, st)
    story += _reviews(document, lang, st)
    # The signatures never stand alone on the last page: the plan's last piece comes along.
    return keep_end_with(story, _signatures(document, lang, st))


# --- title and facts --------------------------------------------------------------------


#: What marks an overdue next review (as the status report marks it).
ALERT_HEX = "#a3300f"


def _next_review(document: PlanDocument, lang: str, printed: date, st: Styles) -> Cell:
    """The next review's day; in red with "overdue" when it passed before the plan is printed."""
    day = format_date(document.plan.next_review, lang)
    if not document.review_overdue(printed):
        return day
    text = escape_text(t(lang, "plan.next_review_overdue", date=day))
    return markup(f"<font color='{ALERT_HEX}'><b>{text}</b></font>", st.cell)


def _version_text(document: PlanDocument, lang: str) -> str:
    plan = document.plan
    if document.previous_version is None:
        return t(lang, "plan.version_value", version=plan.version)
    if document.previous_agreed_on is not None:
        return t(
            lang,
            "plan.replaces",
            version=plan.version,
            previous=document.previous_version,
            agreed=format_date(document.previous_agreed_on, lang),
        )
    return t(lang, "plan.replaces_draft", version=plan.version, previous=document.previous_version)


def _parent_names(document: PlanDocument, lang: str) -> str:
    if not document.parents:
        return t(lang, "none")
    return "\n".join(
        f"{p.name} ({label('member_role', p.role, lang).lower()})" for p in document.parents
    )


def _title_block(document: PlanDocument, lang: str, printed: date, st: Styles) -> list[Flowable]:
    plan = document.plan
    out: list[Flowable] = [
        para(t(lang, "plan.doc_title").upper(), st.label),
        Spacer(0, 1.5 * mm),
        para(plan.title, st.title),
        para(document.family_name, st.subtitle),
    ]
    if plan.status == "draft":
        out += [
            boxed(
                [para(t(lang, "plan.draft_banner"), st.banner)],
                background=colors.HexColor("#fbeee6"),
                bar=colors.HexColor("#c4622d"),
                padding=6,
            ),
            Spacer(0, 4 * mm),
        ]
    half = CONTENT_WIDTH / 2
    left = facts_table(
        [
            (t(lang, "plan.family"), document.family_name),
            (t(lang, "plan.parents"), _parent_names(document, lang)),
            (t(lang, "plan.worker"), document.worker or t(lang, "none")),
            (t(lang, "plan.phase"), label("plan_phase", plan.phase, lang)),
        ],
        col_widths=(33 * mm, half - 33 * mm - 6 * mm),
    )
    right = facts_table(
        [
            (t(lang, "plan.date"), format_date(printed, lang)),
            (t(lang, "plan.version"), _version_text(document, lang)),
            (t(lang, "plan.status"), label("plan_status", plan.status, lang)),
            (t(lang, "plan.agreed_on"), format_date(plan.agreed_on, lang)),
            (t(lang, "plan.next_review"), _next_review(document, lang, printed, st)),
        ],
        col_widths=(33 * mm, half - 33 * mm - 6 * mm),
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
    out += [grid, Spacer(0, 5 * mm), para(t(lang, "plan.intro"), st.intro)]
    return out


# --- sections -------------------------------------------------------------------------------


def _sections(document: PlanDocument, lang: str, st: Styles) -> list[Flowable]:
    plan = document.plan
    out: list[Flowable] = []
    for name in SECTIONS:
        text = getattr(plan, name)
        if not text.strip():
            continue
        heading = para(t(lang, f"plan.section.{name}"), st.h1)
        if name == "parents_own_words":
            body: list[Flowable] = [
                boxed(text_flowables(text, st.quote), background=QUOTE_BG, bar=QUOTE_BAR, padding=9)
            ]
        else:
            body = text_flowables(text, st.body)
        # Keep a heading with the start of its text.
        out += [CondPageBreak(30 * mm), *keep_with_first([heading], body)]
        if name == "support" and document.collaborators:
            out += _collaborators(document, lang, st)
    if document.collaborators and not plan.support.strip():
        out += [CondPageBreak(30 * mm), para(t(lang, "plan.section.support"), st.h1)]
        out += _collaborators(document, lang, st)
    return out


def _collaborators(document: PlanDocument, lang: str, st: Styles) -> list[Flowable]:
    rows = [[c.name, c.organisation, c.role] for c in document.collaborators]
    w = CONTENT_WIDTH
    return keep_with_first(
        [para(t(lang, "plan.collaborators"), st.h3)],
        [
            data_table(
                rows,
                [w * 0.34, w * 0.38, w * 0.28],
                header=[
                    t(lang, "plan.col.name"),
                    t(lang, "plan.col.organisation"),
                    t(lang, "plan.col.role"),
                ],
            )
        ],
    )


# --- goals ------------------------------------------------------------------------------------


def _goal_header(number: int, goal: GoalData, lang: str, st: Styles) -> Table:
    heading = markup(
        f'<font color="#1f4e79">{escape_text(t(lang, "plan.goal_number", number=number))}'
        f"</font> {escape_text(goal.title)}",
        st.goal,
    )
    table = Table([[heading]], colWidths=[CONTENT_WIDTH], splitInRow=30, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), SHADE),
                ("LINEBEFORE", (0, 0), (0, -1), 3, ACCENT),
                ("LEFTPADDING", (0, 0), (-1, -1), 9),
                ("TOPPADDING", (0, 0), (-1, -1), 5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    return table


def _goal_facts(goal: GoalData, lang: str, st: Styles) -> Table:
    """When, which area and where we stand now, side by side under the goal."""
    facts = [(t(lang, "plan.target_date"), format_date(goal.target_date, lang))]
    if goal.ics_dimension:
        facts.append(
            (t(lang, "plan.ics_dimension"), label("ics_dimension", goal.ics_dimension, lang))
        )
    if goal.baseline_score is not None:
        facts.append(
            (t(lang, "plan.baseline"), t(lang, "plan.score_value", score=goal.baseline_score))
        )
    if goal.status != "open":
        facts.append((t(lang, "plan.goal_status"), label("goal_status", goal.status, lang)))
    cells = [[para(label, st.label), para(value, st.cell_bold)] for label, value in facts]
    width = CONTENT_WIDTH / len(cells)
    table = Table([cells], colWidths=[width] * len(cells), hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    return table


def _goals(goals: Sequence[GoalData], lang: str, st: Styles) -> list[Flowable]:
    out: list[Flowable] = [CondPageBreak(50 * mm), para(t(lang, "plan.goals"), st.h1)]
    if not goals:
        return [*out, para(t(lang, "plan.no_goals"), st.muted)]
    out.append(para(t(lang, "plan.goals_intro"), st.muted))
    w = CONTENT_WIDTH
    for number, goal in enumerate(goals, start=1):
        head: list[Flowable] = [Spacer(0, 3 * mm), _goal_header(number, goal, lang, st)]
        if goal.success_criteria.strip():
            head += [
                Spacer(0, 2.5 * mm),
                para(t(lang, "plan.success_criteria"), st.label),
                *text_flowables(goal.success_criteria, st.body),
            ]
        head += [Spacer(0, 1 * mm), _goal_facts(goal, lang, st), Spacer(0, 1.5 * mm)]
        if goal.steps:
            rows = [
                [
                    step.text,
                    step.responsible or t(lang, "none"),
                    format_short_date(step.due_date, lang),
                    markup(
                        f'<font color="#2e7d32"><b>{DONE_MARK}</b></font>'
                        if step.done
                        else f'<font color="#8b96a3">{OPEN_MARK}</font>',
                        st.cell_center,
                    ),
                ]
                for step in goal.steps
            ]
            steps = data_table(
                rows,
                [w * 0.52, w * 0.22, w * 0.16, w * 0.10],
                header=[
                    t(lang, "plan.col.step"),
                    t(lang, "plan.col.responsible"),
                    t(lang, "plan.col.due"),
                    t(lang, "plan.col.done"),
                ],
                centered=[3],
            )
            # The goal's heading and facts, and "Skridt på vejen", never end a page
            # without the first steps.
            head.append(para(t(lang, "plan.steps"), st.h3))
            out += [CondPageBreak(45 * mm), *keep_with_first(head, [steps])]
        else:
            out += [KeepTogether([*head, para(t(lang, "plan.no_steps"), st.muted)])]
    return out


# --- reviews ----------------------------------------------------------------------------------


def _reviews(document: PlanDocument, lang: str, st: Styles) -> list[Flowable]:
    plan = document.plan
    heads: list[Flowable] = [para(t(lang, "plan.reviews"), st.h1)]
    out: list[Flowable] = [CondPageBreak(45 * mm)]
    if not plan.reviews:
        return [*out, *keep_with_first(heads, [para(t(lang, "plan.no_reviews"), st.muted)])]
    heads.append(para(t(lang, "plan.reviews_intro"), st.muted))
    reviews = sorted(plan.reviews, key=lambda r: r.date)
    w = CONTENT_WIDTH
    for start in range(0, len(reviews), REVIEWS_PER_TABLE):
        chunk = reviews[start : start + REVIEWS_PER_TABLE]
        score_w = 25 * mm
        goal_w = w - score_w * (len(chunk) + 1)
        rows = []
        for number, goal in enumerate(plan.goals, start=1):
            row: list[object] = [f"{number}. {goal.title}"]
            row.append(_score_cell(goal.baseline_score, lang, st))
            row += [_score_cell(r.scores.get(goal.uid), lang, st) for r in chunk]
            rows.append(row)
        table = data_table(
            rows,  # type: ignore[arg-type]
            [goal_w, *([score_w] * (len(chunk) + 1))],
            header=[
                t(lang, "plan.col.goal"),
                t(lang, "plan.col.baseline"),
                *(format_short_date(r.date, lang) for r in chunk),
            ],
            centered=range(1, len(chunk) + 2),
        )
        # The section's heading (with the first table) never ends a page alone.
        out += keep_with_first([*heads, Spacer(0, 2 * mm)], [table])
        heads = []
    for review in reviews:
        if not review.summary.strip():
            continue
        out += [
            CondPageBreak(25 * mm),
            *keep_with_first(
                [para(t(lang, "plan.review_heading", date=format_date(review.date, lang)), st.h3)],
                text_flowables(review.summary, st.body),
            ),
        ]
    return out


def _score_cell(score: int | None, lang: str, st: Styles) -> Flowable:
    text = t(lang, "none") if score is None else str(score)
    return para(text, st.cell_center)


# --- signatures ----------------------------------------------------------------------------


def _signature_block(name: str, role: str, lang: str, st: Styles) -> Table:
    w = CONTENT_WIDTH
    widths = [w * 0.38, w * 0.22, w * 0.40]
    rows = [
        [para(name, st.cell_bold), "", ""],
        [
            para(f"{t(lang, 'plan.sign.name')} · {role}", st.label),
            para(t(lang, "plan.sign.date"), st.label),
            para(t(lang, "plan.sign.signature"), st.label),
        ],
    ]
    table = Table(rows, colWidths=widths, rowHeights=[13 * mm, None], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
                ("LINEBELOW", (0, 0), (-1, 0), 0.7, colors.HexColor("#4a5563")),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 10),
                ("TOPPADDING", (0, 1), (-1, 1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, 0), 2),
            ]
        )
    )
    return table


def _signatures(document: PlanDocument, lang: str, st: Styles) -> list[Flowable]:
    signers = [(p.name, label("member_role", p.role, lang)) for p in document.parents]
    signers.append((document.worker, t(lang, "plan.sign.worker_role")))
    block: list[Flowable] = [
        para(t(lang, "plan.signatures"), st.h1),
        para(t(lang, "plan.signatures_intro"), st.body),
    ]
    for name, role in signers:
        block += [Spacer(0, 2 * mm), _signature_block(name, role, lang, st)]
    # The signatures stay together, on one page, after the plan they sign.
    return [Spacer(0, 4 * mm), KeepTogether(block)]
