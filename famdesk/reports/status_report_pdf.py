"""The status report PDF for the municipal caseworker (statusrapport til sagsbehandleren).

Sober and factual. It opens with the case and a summary a caseworker can read
in a minute before a meeting: the period, contacts held and cancelled (time in
hours and minutes), each goal and how it moved, meaningful changes in the
measurements, concerns and whether they were passed on, and the next review —
flagged when it is overdue. Then the sections in a fixed order — contact in
the period, goals and progress, measurements, observations from supervised
contact, agreements, collaborators, the family's own view, the worker's
assessment — and a signature line. Charts are small multiples, two to a row:
one per goal, one per instrument with a line per person.

Nothing is left stranded: a heading stays with the start of what it heads
(``reports.flow``), a table row is never split across pages, and the
signatures travel with the last section. Every page carries "Side x af N" and
the confidentiality line (``famdesk.reports.base``).

The content is gathered by ``core.status_reports.status_report_data``.
Printing is logged by ``core.status_reports.record_status_report_print``: the
report row for the period gets ``printed_at`` and an audit line "print" is
written in the same unit of work, before the finished file is moved into place.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer, Table

from famdesk.core import words
from famdesk.core.instruments import INSTRUMENTS
from famdesk.core.outcomes import WHO5, WHO5_REFER_AT, WHO5_SCREEN_AT, change_direction
from famdesk.core.sessions import LOCAL_TZ, ConcernNoticeView
from famdesk.core.status_reports import (
    ConcernEntry,
    GoalProgress,
    MeasurementEntry,
    PlanProgress,
    StatusReportData,
    record_status_report_print,
    status_report_data,
)
from famdesk.core.storage import Store
from famdesk.files import private_file
from famdesk.reports import i18n
from famdesk.reports.base import (
    ACCENT,
    CONTENT_WIDTH,
    FONT,
    INK,
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
    register_fonts,
    render_pdf,
    text_flowables,
)
from famdesk.reports.charts import goal_label, goal_scores_chart, scores_chart
from famdesk.reports.flow import keep_with_first
from famdesk.vocabulary import LIVE_PLAN_STATUSES

__all__ = ["build_status_report_pdf", "instrument_label", "story"]

#: What marks an overdue review and a concern nobody was told of.
ALERT_HEX = "#a3300f"
ALERT = colors.HexColor(ALERT_HEX)
#: Small multiples: two charts to a row, this far apart, this tall.
CHART_GAP = 6 * mm
CHART_WIDTH = (CONTENT_WIDTH - CHART_GAP) / 2
CHART_HEIGHT = 46 * mm  # the plot and its axes; a legend adds its rows
#: Ruled lines left for a text to be written by hand at the meeting.
HAND_LINES = 4


@dataclass(frozen=True)
class _NumStyles:
    """Centred cells and headers for the figures in the tables."""

    num: ParagraphStyle
    num_bold: ParagraphStyle
    head: ParagraphStyle
    alert: ParagraphStyle


def _num_styles(st: Styles) -> _NumStyles:
    return _NumStyles(
        num=ParagraphStyle("sr-num", parent=st.cell, alignment=TA_CENTER),
        num_bold=ParagraphStyle("sr-num-bold", parent=st.cell_bold, alignment=TA_CENTER),
        head=ParagraphStyle("sr-head-num", parent=st.cell_head, alignment=TA_CENTER),
        alert=ParagraphStyle("sr-alert", parent=st.cell_bold, textColor=ALERT),
    )


def instrument_label(instrument: str, lang: str) -> str:
    """The instrument's printed name; an instrument famdesk does not know keeps its own."""
    return words.instrument_label(instrument, lang, with_range=True)


def _signed(value: int | float | None, lang: str) -> str:
    if value is None:
        return i18n.t(lang, "none")
    text = i18n.format_number(abs(value), lang)
    return f"+{text}" if value > 0 else (f"−{text}" if value < 0 else "0")


def _period_text(data: StatusReportData, lang: str) -> str:
    return f"{i18n.format_date(data.period_from, lang)} – {i18n.format_date(data.period_to, lang)}"


def _concern_term(lang: str) -> str:
    """The catalogue's one wording for a concern, to stand inside a sentence."""
    term = i18n.label("term", "concern", lang)
    return term[:1].lower() + term[1:]


def _alert(text: str) -> str:
    """Markup for ``text`` (the program's own) in bold alert red."""
    return f"<font color='{ALERT_HEX}'><b>{escape_text(text)}</b></font>"


def _heading(text: str, style: ParagraphStyle) -> Flowable:
    return markup(escape_text(text), style)


def _section(heads: Sequence[Flowable], body: Sequence[Flowable]) -> list[Flowable]:
    """A section whose heading(s) never end a page without the start of its content."""
    return [CondPageBreak(20 * mm), *keep_with_first(heads, body)]


# --- the header and the summary -----------------------------------------------------------


def _header(data: StatusReportData, st: Styles, lang: str) -> list[Flowable]:
    members = []
    for m in data.members:
        bits = [i18n.label("member_role", m.role, lang).lower()]
        if m.birth_date is not None and m.role in ("child", "sibling"):
            bits.append(
                i18n.t(lang, "status.born", date=i18n.format_short_date(m.birth_date, lang))
            )
        if m.placement_site:
            bits.append(i18n.t(lang, "status.placed", site=m.placement_site))
        members.append(f"{m.name} ({', '.join(bits)})")
    yes_no = i18n.t(lang, "yes") if data.seen_by_family else i18n.t(lang, "no")
    half = CONTENT_WIDTH / 2
    widths = (32 * mm, half - 32 * mm - 4 * mm)
    left = facts_table(
        [
            (i18n.t(lang, "status.family"), data.family_name),
            (i18n.t(lang, "status.ref"), data.reference),
            (i18n.t(lang, "status.setting"), i18n.label("setting", data.setting, lang)),
            (i18n.t(lang, "status.programme"), data.programme or i18n.t(lang, "none")),
        ],
        col_widths=widths,
        styles=st,
    )
    right = facts_table(
        [
            (i18n.t(lang, "status.worker"), data.worker or i18n.t(lang, "none")),
            (i18n.t(lang, "status.date"), i18n.format_date(data.today, lang)),
            (i18n.t(lang, "status.seen"), yes_no),
        ],
        col_widths=widths,
        styles=st,
    )
    grid = Table([[left, right]], colWidths=[half, half], hAlign="LEFT")
    grid.setStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)])
    return [
        _heading(i18n.t(lang, "status.title"), st.title),
        _heading(i18n.t(lang, "status.subtitle", period=_period_text(data, lang)), st.subtitle),
        grid,
        facts_table(
            [(i18n.t(lang, "status.members"), "\n".join(members) or i18n.t(lang, "none"))],
            col_widths=(32 * mm, CONTENT_WIDTH - 32 * mm),
            styles=st,
        ),
        Spacer(1, 4 * mm),
    ]


def _movement(g: GoalProgress) -> str:
    """ "improved", "unchanged", "worsened" or "unscored": how a goal moved from its start."""
    if g.change is None:
        return "unscored"
    return "improved" if g.change > 0 else ("worsened" if g.change < 0 else "unchanged")


def _goal_line(number: int, g: GoalProgress, lang: str) -> str:
    name = f"{goal_label(number, lang)}: {g.title}"
    if g.baseline is None or g.latest is None:
        return i18n.t(lang, "status.sum.goal_unscored", goal=name)
    return i18n.t(
        lang,
        "status.sum.goal_moved",
        goal=name,
        start=g.baseline,
        latest=g.latest,
        change=_signed(g.change, lang),
    )


def _summary_goals(data: StatusReportData, st: Styles, lang: str) -> list[Flowable]:
    goals = [g for plan in data.plans for g in plan.goals]
    if not goals:
        return [para(i18n.t(lang, "status.no_plan"), st.cell)]
    counts = {k: 0 for k in ("improved", "unchanged", "worsened", "unscored")}
    for g in goals:
        counts[_movement(g)] += 1
    parts = [i18n.t(lang, "status.sum.goals", n=len(goals))]
    parts += [
        i18n.t(lang, f"status.sum.goals_{k}", n=v)
        for k, v in counts.items()
        if v or k != "unscored"
    ]
    out: list[Flowable] = [para(" · ".join(parts), st.cell_bold)]
    number = 0
    for plan in data.plans:
        for g in plan.goals:
            number += 1
            out.append(para(_goal_line(number, g, lang), st.cell))
    return out


def _directions(data: StatusReportData, lang: str) -> dict[str, list[str]]:
    """Per direction of meaningful change: "Name – instrument (first → latest)"."""
    found: dict[str, list[str]] = {"improved": [], "worsened": []}
    for (name, instrument), points in data.series.items():
        if len(points) < 2:
            continue
        direction = change_direction(instrument, points[0][1], points[-1][1])
        if direction in found:
            found[direction].append(
                i18n.t(
                    lang,
                    "status.sum.series",
                    name=name,
                    instrument=words.instrument_label(instrument, lang),
                    first=i18n.format_number(points[0][1], lang),
                    latest=i18n.format_number(points[-1][1], lang),
                )
            )
    return found


def _summary_measurements(data: StatusReportData, lang: str) -> str:
    if not data.measurements:
        return i18n.t(lang, "status.no_measurements")
    parts = [i18n.t(lang, "status.sum.measurements", n=len(data.measurements))]
    found = _directions(data, lang)
    for direction, items in found.items():
        if items:
            parts.append(i18n.t(lang, f"status.sum.{direction}", items="; ".join(items)))
    if not any(found.values()):
        parts.append(i18n.t(lang, "status.sum.no_change"))
    return " · ".join(parts)


def _when(entry: ConcernEntry | ConcernNoticeView, lang: str) -> str:
    moment = entry.start if isinstance(entry, ConcernEntry) else entry.at
    return i18n.format_short_date(moment.astimezone(LOCAL_TZ).date(), lang)


def _summary_concerns(data: StatusReportData, st: Styles, ns: _NumStyles, lang: str) -> Flowable:
    if not data.concerns:
        return para(i18n.t(lang, "status.sum.no_concerns", concern=_concern_term(lang)), st.cell)
    days = ", ".join(_when(c, lang) for c in data.concerns)
    text = i18n.t(
        lang,
        "status.sum.concerns",
        n=len(data.concerns),
        concern=_concern_term(lang),
        dates=days,
    )
    untold = sum(1 for c in data.concerns if not c.notices)
    if untold:
        return markup(
            f"{escape_text(text)} {_alert(i18n.t(lang, 'status.sum.concerns_untold', n=untold))}",
            st.cell,
        )
    told = i18n.t(lang, "status.sum.concerns_told", n=len(data.concerns))
    return para(f"{text} {told}", st.cell)


def _review_text(plan: PlanProgress, lang: str) -> str:
    if plan.next_review is None:
        return i18n.t(lang, "status.sum.no_review_date")
    day = i18n.format_date(plan.next_review, lang)
    if plan.review_overdue:
        return i18n.t(lang, "status.overdue", date=day)
    return day


def _due_text(day: date, overdue: bool, lang: str) -> str:
    text = i18n.format_date(day, lang)
    return i18n.t(lang, "status.overdue", date=text) if overdue else text


def _deadline_lines(
    what: str, when: str, basis: str | None, overdue: bool, st: Styles, ns: _NumStyles, lang: str
) -> list[Flowable]:
    """ "What: when" (red when overdue) with its basis below in small print."""
    out: list[Flowable] = [para(f"{what}: {when}", ns.alert if overdue else st.cell)]
    if basis is not None:
        shown = words.label("deadline_basis", basis, lang)
        out.append(para(i18n.t(lang, "status.sum.basis", basis=shown), st.small))
    return out


def _summary_reviews(
    data: StatusReportData, st: Styles, ns: _NumStyles, lang: str
) -> list[Flowable]:
    """The next deadlines, each with its basis: every live plan's review, then what else
    is owed (``StatusReportData.deadlines_due``)."""
    live = [p for p in data.plans if p.status in LIVE_PLAN_STATUSES]
    out: list[Flowable] = []
    if not live:
        out.append(para(i18n.t(lang, "status.sum.no_live_plan"), st.cell))
    for plan in live:
        what = words.label("deadline_kind", "review", lang)
        if len(live) > 1:
            what = i18n.t(lang, "status.sum.review_of", title=plan.title)
        basis = "plan-next-review" if plan.next_review is not None else None
        out += _deadline_lines(
            what, _review_text(plan, lang), basis, plan.review_overdue, st, ns, lang
        )
    for d in data.deadlines_due:
        when = _due_text(d.due, d.overdue, lang)
        if d.kind == "follow-up":
            what = i18n.t(lang, "status.sum.follow_up", number=d.number)
        elif d.kind == "match-follow-up":
            what = i18n.t(lang, "status.sum.match_follow_up", number=d.number, child=d.detail)
        else:  # a børnesamtale owed; with none recorded ever, it is owed now
            what = i18n.t(lang, "status.sum.child_conversation", child=d.detail)
            if d.number == 0:
                when = i18n.t(lang, "status.sum.conversation_now")
        out += _deadline_lines(what, when, d.basis, d.overdue, st, ns, lang)
    return out


def _summary(data: StatusReportData, st: Styles, lang: str) -> list[Flowable]:
    ns = _num_styles(st)
    tot = data.sessions_total
    contacts = i18n.t(
        lang,
        "status.sum.contacts",
        held=tot.held,
        time=i18n.format_duration(tot.minutes, lang),
        cancelled=tot.cancelled,
        no_show=tot.no_show,
    )
    rows: list[tuple[str, Any]] = [
        (i18n.t(lang, "status.period"), _period_text(data, lang)),
        (i18n.t(lang, "status.sum.contacts_label"), contacts),
        (i18n.t(lang, "status.sum.goals_label"), _summary_goals(data, st, lang)),
        (i18n.t(lang, "status.sum.measurements_label"), _summary_measurements(data, lang)),
        (i18n.t(lang, "status.sum.concerns_label"), [_summary_concerns(data, st, ns, lang)]),
        (i18n.t(lang, "status.sum.review_label"), _summary_reviews(data, st, ns, lang)),
    ]
    inner = CONTENT_WIDTH - 2 * 9 - 4
    table = facts_table(rows, col_widths=(32 * mm, inner - 32 * mm), styles=st)
    return [
        *keep_with_first(
            [_heading(i18n.t(lang, "status.s.summary"), st.h1)],
            [boxed([table], background=SHADE, bar=ACCENT, padding=9)],
        ),
        Spacer(1, 2 * mm),
    ]


# --- 1. contact -----------------------------------------------------------------------------


def _figures_table(
    header: Sequence[str],
    rows: Sequence[Sequence[Any]],
    widths: Sequence[float],
    st: Styles,
    ns: _NumStyles,
    centred: Sequence[int],
) -> Table:
    """A ``data_table`` whose figure columns have centred headers over centred figures;
    a row never splits across pages."""
    head = [
        markup(escape_text(h), ns.head if i in centred else st.cell_head)
        for i, h in enumerate(header)
    ]
    table = data_table([head, *rows], widths, styles=st, whole_rows=True)
    table.repeatRows = 1
    table.setStyle(
        [
            ("LINEBELOW", (0, 0), (-1, 0), 0.9, ACCENT),
            ("BACKGROUND", (0, 0), (-1, 0), SHADE),
        ]
    )
    return table


def _notice_text(n: ConcernNoticeView, lang: str) -> str:
    parts = [n.who, _when(n, lang)]
    if n.how.strip():
        parts.append(n.how)
    return " · ".join(parts)


def _concerns_table(
    data: StatusReportData, st: Styles, ns: _NumStyles, lang: str
) -> list[Flowable]:
    w = CONTENT_WIDTH
    rows = []
    for c in data.concerns:
        told: Any = (
            [para(_notice_text(n, lang), st.cell) for n in c.notices]
            if c.notices
            else [para(i18n.t(lang, "status.concern_not_told"), ns.alert)]
        )
        rows.append(
            [
                [
                    para(_when(c, lang), st.cell),
                    para(i18n.label("session_kind", c.kind, lang), st.small),
                ],
                c.what.strip() or i18n.t(lang, "status.concern_not_described"),
                told,
            ]
        )
    keys = ("col.date", "col.concern", "col.told")
    table = _figures_table(
        [i18n.t(lang, "status." + k) for k in keys],
        rows,
        [w * 0.20, w * 0.44, w * 0.36],
        st,
        ns,
        (),
    )
    return keep_with_first(
        [
            _heading(
                i18n.t(
                    lang, "status.concerns_heading", concern=i18n.label("term", "concern", lang)
                ),
                st.h3,
            )
        ],
        [table],
    )


def _contact(data: StatusReportData, st: Styles, lang: str) -> list[Flowable]:
    heads: list[Flowable] = [
        _heading(i18n.t(lang, "status.s.contact"), st.h1),
        para(
            i18n.t(
                lang,
                "status.contact_intro",
                start=i18n.format_date(data.period_from, lang),
                end=i18n.format_date(data.period_to, lang),
            ),
            st.muted,
        ),
    ]
    if not data.sessions_by_kind:
        return _section(heads, [para(i18n.t(lang, "status.no_contact"), st.body)])
    ns = _num_styles(st)
    rows: list[list[Any]] = [
        [
            i18n.label("session_kind", k.kind, lang),
            para(str(k.held), ns.num),
            para(i18n.format_duration(k.minutes, lang), ns.num),
            para(str(k.cancelled), ns.num),
            para(str(k.no_show), ns.num),
        ]
        for k in data.sessions_by_kind
    ]
    tot = data.sessions_total
    totals = (
        str(tot.held),
        i18n.format_duration(tot.minutes, lang),
        str(tot.cancelled),
        str(tot.no_show),
    )
    rows.append(
        [para(i18n.t(lang, "status.total"), st.cell_bold), *(para(v, ns.num_bold) for v in totals)]
    )
    w = CONTENT_WIDTH
    keys = ("col.kind", "col.held", "col.time", "col.cancelled", "col.no_show")
    table = _figures_table(
        [i18n.t(lang, "status." + k) for k in keys],
        rows,
        [w * 0.36, w * 0.14, w * 0.22, w * 0.14, w * 0.14],
        st,
        ns,
        (1, 2, 3, 4),
    )
    table.setStyle([("LINEABOVE", (0, -1), (-1, -1), 0.9, ACCENT)])
    out = _section(heads, [table])
    if data.concerns:
        out += [Spacer(1, 2 * mm), *_concerns_table(data, st, ns, lang)]
    return out


# --- 2. goals --------------------------------------------------------------------------------


def _review_cell(scores: Sequence[tuple[date, int]], lang: str) -> str:
    return "\n".join(f"{i18n.format_short_date(d, lang)}: {s}" for d, s in scores) or i18n.t(
        lang, "none"
    )


def _chart_grid(cells: Sequence[tuple[Flowable, str]], st: Styles) -> Table:
    """Charts two to a row, each above its caption; a row moves whole to the next page."""
    caption = ParagraphStyle("sr-caption", parent=st.small, spaceBefore=2)
    rows: list[list[Any]] = []
    for i in range(0, len(cells), 2):
        pair = [[chart, para(text, caption)] for chart, text in cells[i : i + 2]]
        rows.append(pair + [""] * (2 - len(pair)))
    table = Table(
        rows,
        colWidths=[CHART_WIDTH + CHART_GAP, CHART_WIDTH],
        hAlign="LEFT",
        splitByRow=1,
        splitInRow=0,
    )
    table.setStyle(
        [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (0, -1), CHART_GAP),
            ("RIGHTPADDING", (1, 0), (1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
        ]
    )
    return table


def _goal_charts(
    plan: PlanProgress, first_number: int, lang: str, figure: list[int]
) -> list[tuple[Flowable, str]]:
    cells: list[tuple[Flowable, str]] = []
    for n, g in enumerate(plan.goals, start=first_number):
        points: list[tuple[date, float]] = []
        if g.baseline is not None and plan.agreed_on is not None:
            points.append((plan.agreed_on, float(g.baseline)))
        points += [(d, float(s)) for d, s in g.scores]
        if len(points) < 2:
            continue  # one score is in the table; a chart adds nothing
        figure[0] += 1
        chart = goal_scores_chart(
            [(goal_label(n, lang), points)],
            width=CHART_WIDTH,
            height=CHART_HEIGHT,
            font=FONT,
            lang=lang,
            legend=False,
        )
        text = i18n.t(
            lang, "status.goal_chart", n=figure[0], goal=f"{goal_label(n, lang)}: {g.title}"
        )
        cells.append((chart, text))
    return cells


def _plan_heads(plan: PlanProgress, st: Styles, ns: _NumStyles, lang: str) -> list[Flowable]:
    facts = escape_text(
        i18n.t(lang, "status.plan_agreed", agreed=i18n.format_date(plan.agreed_on, lang))
    )
    review = i18n.t(lang, "status.plan_next", next=_review_text(plan, lang))
    review = _alert(review) if plan.review_overdue else escape_text(review)
    return [
        para(
            i18n.t(
                lang,
                "status.plan_line",
                title=plan.title,
                version=plan.version,
                status=i18n.label("plan_status", plan.status, lang).lower(),
            ),
            st.h2,
        ),
        markup(f"{facts} · {review}", st.muted),
    ]


def _goals(data: StatusReportData, st: Styles, lang: str, figure: list[int]) -> list[Flowable]:
    heads: list[Flowable] = [
        _heading(i18n.t(lang, "status.s.goals"), st.h1),
        para(i18n.t(lang, "status.goals_intro"), st.muted),
    ]
    if not data.plans:
        return _section(heads, [para(i18n.t(lang, "status.no_plan"), st.body)])
    w = CONTENT_WIDTH
    ns = _num_styles(st)
    none = i18n.t(lang, "none")
    out: list[Flowable] = []
    number = 1
    for plan in data.plans:
        rows = []
        for n, g in enumerate(plan.goals, start=number):
            title_cell = [para(f"{goal_label(n, lang)}: {g.title}", st.cell_bold)]
            if g.success_criteria.strip():
                title_cell.append(para(g.success_criteria, st.small))
            rows.append(
                [
                    title_cell,
                    para(none if g.baseline is None else str(g.baseline), ns.num),
                    _review_cell(g.scores, lang),
                    para(none if g.latest is None else str(g.latest), ns.num),
                    para(_signed(g.change, lang), ns.num),
                    i18n.label("goal_status", g.status, lang),
                ]
            )
        keys = ("col.goal", "col.start", "col.reviews", "col.latest", "col.change", "col.status")
        table = _figures_table(
            [i18n.t(lang, "status." + k) for k in keys],
            rows,
            [w * 0.35, w * 0.08, w * 0.19, w * 0.11, w * 0.11, w * 0.16],
            st,
            ns,
            (1, 3, 4),
        )
        plan_heads = _plan_heads(plan, st, ns, lang)
        if out:
            out += _section(plan_heads, [table])
        else:
            out += _section([*heads, *plan_heads], [table])
        charts = _goal_charts(plan, number, lang, figure)
        if charts:
            out += [Spacer(1, 3 * mm), _chart_grid(charts, st)]
        number += len(plan.goals)
        if plan.reviews:
            out += keep_with_first(
                [_heading(i18n.t(lang, "status.reviews_in_period"), st.h3)],
                [
                    data_table(
                        [
                            [i18n.format_short_date(d, lang), summary or none]
                            for d, summary in plan.reviews
                        ],
                        [w * 0.18, w * 0.82],
                        styles=st,
                        zebra=False,
                    )
                ],
            )
    return out


# --- 3. measurements ---------------------------------------------------------------------------


_FLAG_ORDER = ("who5-refer", "who5-screen")


def _series_note(entries: Sequence[MeasurementEntry], lang: str) -> str:
    """Direction of a meaningful change, the latest score's flag, and a graver earlier flag."""
    notes: list[str] = []
    first, latest = entries[0], entries[-1]
    if len(entries) >= 2:
        direction = change_direction(latest.instrument, first.score, latest.score)
        if direction in ("improved", "worsened"):
            notes.append(i18n.t(lang, f"status.dir.{direction}"))
    if latest.flag:
        notes.append(i18n.t(lang, f"status.flag.{latest.flag}"))
    rank = {code: i for i, code in enumerate(_FLAG_ORDER)}
    worst_now = rank.get(latest.flag or "", len(rank))
    earlier = [e for e in entries[:-1] if e.flag and rank.get(e.flag, len(rank)) < worst_now]
    if earlier:
        worst = min(earlier, key=lambda e: (rank.get(e.flag or "", len(rank)), -e.date.toordinal()))
        notes.append(
            i18n.t(
                lang,
                "status.flag_earlier",
                flag=i18n.t(lang, f"status.flag.{worst.flag}"),
                date=i18n.format_short_date(worst.date, lang),
            )
        )
    return "\n".join(notes)


def _measurement_rows(
    data: StatusReportData, st: Styles, ns: _NumStyles, lang: str
) -> list[list[Any]]:
    by_series: dict[tuple[str, str, str], list[MeasurementEntry]] = {}
    for m in data.measurements:
        by_series.setdefault((m.member_uid, m.member_name, m.instrument), []).append(m)
    rows = []
    for (_uid, name, instrument), entries in by_series.items():
        label = instrument_label(instrument, lang)
        known = INSTRUMENTS.get(instrument)
        if known is not None and not known.higher_is_better:
            label += f" – {i18n.t(lang, 'status.lower_better')}"
        scores = "\n".join(
            f"{i18n.format_short_date(e.date, lang)}: {i18n.format_number(e.score, lang)}"
            for e in entries
        )
        change = entries[-1].score - entries[0].score if len(entries) >= 2 else None
        rows.append(
            [
                name,
                label,
                scores,
                para(_signed(change, lang), ns.num),
                _series_note(entries, lang),
            ]
        )
    return rows


def _measurements(
    data: StatusReportData, st: Styles, lang: str, figure: list[int]
) -> list[Flowable]:
    heads: list[Flowable] = [
        _heading(i18n.t(lang, "status.s.measurements"), st.h1),
        para(
            i18n.t(lang, "status.measurements_intro", screen=WHO5_SCREEN_AT, refer=WHO5_REFER_AT),
            st.muted,
        ),
    ]
    if not data.measurements:
        return _section(heads, [para(i18n.t(lang, "status.no_measurements"), st.body)])
    ns = _num_styles(st)
    w = CONTENT_WIDTH
    keys = ("col.person", "col.instrument", "col.scores", "col.change", "col.note")
    table = _figures_table(
        [i18n.t(lang, "status." + k) for k in keys],
        _measurement_rows(data, st, ns, lang),
        [w * 0.18, w * 0.24, w * 0.19, w * 0.11, w * 0.28],
        st,
        ns,
        (3,),
    )
    out = _section(heads, [table])
    by_instrument: dict[str, list[tuple[str, list[tuple[date, float]]]]] = {}
    for (name, instrument), points in data.series.items():
        by_instrument.setdefault(instrument, []).append((name, points))
    order = list(INSTRUMENTS)
    cells: list[tuple[Flowable, str]] = []
    for instrument in sorted(
        by_instrument, key=lambda k: (order.index(k) if k in order else len(order), k)
    ):
        series = by_instrument[instrument]
        if not any(len(points) > 1 for _, points in series) and instrument != WHO5:
            continue  # one score is in the table; a chart adds nothing
        figure[0] += 1
        cells.append(
            (
                scores_chart(
                    instrument,
                    series,
                    width=CHART_WIDTH,
                    height=CHART_HEIGHT,
                    font=FONT,
                    lang=lang,
                ),
                i18n.t(
                    lang,
                    "status.chart_caption",
                    n=figure[0],
                    instrument=instrument_label(instrument, lang),
                ),
            )
        )
    if cells:
        out += [Spacer(1, 3 * mm), _chart_grid(cells, st)]
    return out


# --- 4.–6. observations, agreements, collaborators ------------------------------------------------


def _observations(data: StatusReportData, st: Styles, lang: str) -> list[Flowable]:
    heads = [_heading(i18n.t(lang, "status.s.observations"), st.h1)]
    if not data.observations:
        return _section(heads, [para(i18n.t(lang, "status.no_observations"), st.body)])
    w = CONTENT_WIDTH
    rows = [[i18n.format_short_date(o.start.date(), lang), o.summary] for o in data.observations]
    return _section(heads, [data_table(rows, [w * 0.18, w * 0.82], styles=st, zebra=False)])


def _agreements(data: StatusReportData, st: Styles, lang: str) -> list[Flowable]:
    heads = [_heading(i18n.t(lang, "status.s.agreements"), st.h1)]
    if not data.agreements:
        return _section(heads, [para(i18n.t(lang, "status.no_agreements"), st.body)])
    w = CONTENT_WIDTH
    rows = [
        [
            [
                para(i18n.format_short_date(a.start.date(), lang), st.cell),
                para(i18n.label("session_kind", a.kind, lang), st.small),
            ],
            a.agreements,
        ]
        for a in data.agreements
    ]
    return _section(heads, [data_table(rows, [w * 0.22, w * 0.78], styles=st, zebra=False)])


def _collaborators(data: StatusReportData, st: Styles, lang: str) -> list[Flowable]:
    heads = [_heading(i18n.t(lang, "status.s.collaborators"), st.h1)]
    if not data.collaborators:
        return _section(heads, [para(i18n.t(lang, "status.no_collaborators"), st.body)])
    w = CONTENT_WIDTH
    rows = [
        [
            c.name,
            c.organisation,
            i18n.label("professional_role", c.role, lang),
            "\n".join(x for x in (c.phone, c.email) if x),
        ]
        for c in data.collaborators
    ]
    header = [
        i18n.t(lang, "status." + k)
        for k in ("col.name", "col.organisation", "col.role", "col.contact")
    ]
    table = data_table(
        rows, [w * 0.25, w * 0.27, w * 0.20, w * 0.28], header=header, styles=st, whole_rows=True
    )
    return _section(heads, [table])


# --- 7.–8. the written texts, and the signature ---------------------------------------------------


def _hand_lines() -> Table:
    """Ruled lines to write on by hand."""
    table = Table(
        [[""]] * HAND_LINES, colWidths=[CONTENT_WIDTH - 30], rowHeights=[9 * mm] * HAND_LINES
    )
    table.setStyle([("LINEBELOW", (0, 0), (-1, -1), 0.5, RULE)])
    return table


def _written(
    title: str, text: str, st: Styles, lang: str, after: Sequence[Flowable] = ()
) -> list[Flowable]:
    """A text written for the report, or ruled lines to write it on at the meeting.

    ``after`` (the signatures) is kept on the same page as the end of the text.
    """
    body: list[Flowable] = (
        text_flowables(text, st.body)
        if text.strip()
        else [para(i18n.t(lang, "status.by_hand"), st.muted), _hand_lines()]
    )
    box: Flowable = boxed(body, background=QUOTE_BG, bar=QUOTE_BAR)
    if after:
        box = KeepTogether([box, *after])
    return _section([_heading(title, st.h1)], [box])


def _signature(data: StatusReportData, st: Styles, lang: str) -> list[Flowable]:
    yes_no = i18n.t(lang, "yes") if data.seen_by_family else i18n.t(lang, "no")
    w = CONTENT_WIDTH
    role = i18n.t(lang, "status.sign_role", worker=data.worker) if data.worker else ""
    sign = Table(
        [
            ["", "", ""],
            [
                para(i18n.t(lang, "status.sign_date"), st.label),
                "",
                para(f"{i18n.t(lang, 'status.sign_signature')}  ·  {role}".rstrip(" ·"), st.label),
            ],
        ],
        colWidths=[w * 0.30, w * 0.06, w * 0.64],
        rowHeights=[16 * mm, None],
        hAlign="LEFT",
    )
    sign.setStyle(
        [
            ("LINEBELOW", (0, 0), (0, 0), 0.8, INK),
            ("LINEBELOW", (2, 0), (2, 0), 0.8, INK),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 1), (-1, 1), 3),
        ]
    )
    return [
        Spacer(1, 8 * mm),
        markup(
            f"<b>{escape_text(i18n.t(lang, 'status.seen'))}: {escape_text(yes_no.lower())}</b>",
            st.body,
        ),
        para(i18n.t(lang, "status.sign_intro"), st.muted),
        sign,
    ]


def story(data: StatusReportData, lang: str = "da") -> list[Flowable]:
    """The report's flowables (also used by a GUI preview that renders the same PDF)."""
    register_fonts()
    st = make_styles()
    figure = [0]
    texts = data.texts
    return [
        *_header(data, st, lang),
        *_summary(data, st, lang),
        *_contact(data, st, lang),
        *_goals(data, st, lang, figure),
        *_measurements(data, st, lang, figure),
        *_observations(data, st, lang),
        *_agreements(data, st, lang),
        *_collaborators(data, st, lang),
        *_written(
            i18n.t(lang, "status.s.family_view"), texts.family_view if texts else "", st, lang
        ),
        # The signatures never stand alone on the last page: they go with the assessment.
        *_written(
            i18n.t(lang, "status.s.assessment"),
            texts.assessment if texts else "",
            st,
            lang,
            after=_signature(data, st, lang),
        ),
    ]


def build_status_report_pdf(
    store: Store,
    family_uid: str,
    date_from: date,
    date_to: date,
    out_path: str | os.PathLike[str],
    lang: str = "da",
    *,
    today: date | None = None,
) -> Path:
    """Write the status report for the period to ``out_path``; returns the path.

    ``today`` (default: the local date) is the report's date: reviews due
    before it are flagged as overdue. The PDF is built under a temporary name
    (``files.private_file``); the print is recorded (report row stamped, audit
    line "print") and only then is the file renamed into place. Raises
    ``ValidationFailed`` for a bad period, ``NotFound`` for an unknown family,
    ``ValueError`` for an unknown language.
    """
    i18n.check_lang(lang)
    data = status_report_data(store, family_uid, date_from, date_to, today=today)
    out = Path(out_path)
    page = PageInfo(
        lang=lang,
        header_left=i18n.t(lang, "status.header", family=data.family_name),
        header_right=i18n.t(lang, "status.reference", reference=data.reference),
    )
    with private_file(out) as fh:
        render_pdf(
            fh,
            story(data, lang),
            page,
            title=f"{i18n.t(lang, 'status.title')} – {data.family_name}",
            subject=i18n.t(lang, "status.subject"),
            author=data.worker,
        )
        record_status_report_print(store, data, lang)
    return out
