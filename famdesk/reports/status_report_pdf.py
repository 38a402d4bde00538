"""The status report PDF for the municipal caseworker (statusrapport til sagsbehandleren).

Sober and factual: a header block with the case, then sections in a fixed
order — contact in the period, goals and progress, measurements with charts,
observations from supervised contact, agreements, collaborators, the family's
own view, the worker's assessment — and a signature line. Every page carries
"Side x af N" and the confidentiality line (``famdesk.reports.base``).

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

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer, Table

from famdesk.core import words
from famdesk.core.instruments import INSTRUMENTS
from famdesk.core.outcomes import WHO5, WHO5_REFER_AT, WHO5_SCREEN_AT, change_direction
from famdesk.core.status_reports import (
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

__all__ = ["build_status_report_pdf", "instrument_label", "story"]


@dataclass(frozen=True)
class _NumStyles:
    """Centred cells and headers for the figures in the tables."""

    num: ParagraphStyle
    num_bold: ParagraphStyle
    head: ParagraphStyle


def _num_styles(st: Styles) -> _NumStyles:
    return _NumStyles(
        num=ParagraphStyle("sr-num", parent=st.cell, alignment=TA_CENTER),
        num_bold=ParagraphStyle("sr-num-bold", parent=st.cell_bold, alignment=TA_CENTER),
        head=ParagraphStyle("sr-head-num", parent=st.cell_head, alignment=TA_CENTER),
    )


def instrument_label(instrument: str, lang: str) -> str:
    """The instrument's printed name; an instrument famdesk does not know keeps its own."""
    return words.instrument_label(instrument, lang, with_range=True)


def _num(value: float, lang: str, digits: int = 2) -> str:
    text = f"{value:.{digits}f}".rstrip("0").rstrip(".") if value % 1 else f"{int(value)}"
    return text.replace(".", ",") if lang == "da" else text


def _signed(value: int | float | None, lang: str) -> str:
    if value is None:
        return i18n.t(lang, "none")
    text = _num(abs(value), lang)
    return f"+{text}" if value > 0 else (f"−{text}" if value < 0 else "0")


def _period_text(data: StatusReportData, lang: str) -> str:
    return f"{i18n.format_date(data.period_from, lang)} – {i18n.format_date(data.period_to, lang)}"


# --- sections -------------------------------------------------------------------------------


def _header(data: StatusReportData, st: Styles, lang: str, today: date) -> list[Flowable]:
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
    facts: list[tuple[str, Any]] = [
        (i18n.t(lang, "status.family"), data.family_name),
        (i18n.t(lang, "status.ref"), data.reference),
        (i18n.t(lang, "status.setting"), i18n.label("setting", data.setting, lang)),
        (i18n.t(lang, "status.programme"), data.programme or i18n.t(lang, "none")),
        (i18n.t(lang, "status.period"), _period_text(data, lang)),
        (i18n.t(lang, "status.worker"), data.worker or i18n.t(lang, "none")),
        (i18n.t(lang, "status.date"), i18n.format_date(today, lang)),
        (i18n.t(lang, "status.members"), "\n".join(members) or i18n.t(lang, "none")),
        (i18n.t(lang, "status.seen"), yes_no),
    ]
    return [
        markup(escape_text(i18n.t(lang, "status.title")), st.title),
        markup(
            escape_text(i18n.t(lang, "status.subtitle", period=_period_text(data, lang))),
            st.subtitle,
        ),
        facts_table(facts, styles=st),
        Spacer(1, 4 * mm),
    ]


def _figures_table(
    header: Sequence[str],
    rows: Sequence[Sequence[Any]],
    widths: Sequence[float],
    st: Styles,
    ns: _NumStyles,
    centred: Sequence[int],
) -> Table:
    """A ``data_table`` whose figure columns have centred headers over centred figures."""
    head = [
        markup(escape_text(h), ns.head if i in centred else st.cell_head)
        for i, h in enumerate(header)
    ]
    table = data_table([head, *rows], widths, styles=st)
    table.repeatRows = 1
    table.setStyle(
        [
            ("LINEBELOW", (0, 0), (-1, 0), 0.9, ACCENT),
            ("BACKGROUND", (0, 0), (-1, 0), SHADE),
        ]
    )
    return table


def _contact(data: StatusReportData, st: Styles, lang: str) -> list[Flowable]:
    out: list[Flowable] = [
        markup(escape_text(i18n.t(lang, "status.s.contact")), st.h1),
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
        return [*out, para(i18n.t(lang, "status.no_contact"), st.body)]
    ns = _num_styles(st)
    rows: list[list[Any]] = [
        [
            i18n.label("session_kind", k.kind, lang),
            para(str(k.held), ns.num),
            para(_num(k.hours, lang), ns.num),
            para(str(k.cancelled), ns.num),
            para(str(k.no_show), ns.num),
        ]
        for k in data.sessions_by_kind
    ]
    tot = data.sessions_total
    totals = (str(tot.held), _num(tot.hours, lang), str(tot.cancelled), str(tot.no_show))
    rows.append(
        [para(i18n.t(lang, "status.total"), st.cell_bold), *(para(v, ns.num_bold) for v in totals)]
    )
    w = CONTENT_WIDTH
    keys = ("col.kind", "col.held", "col.hours", "col.cancelled", "col.no_show")
    table = _figures_table(
        [i18n.t(lang, "status." + k) for k in keys],
        rows,
        [w * 0.40, w * 0.15, w * 0.15, w * 0.15, w * 0.15],
        st,
        ns,
        (1, 2, 3, 4),
    )
    table.setStyle([("LINEABOVE", (0, -1), (-1, -1), 0.9, ACCENT)])
    out.append(table)
    if data.concerns_in_period:
        out += [
            Spacer(1, 2 * mm),
            para(i18n.t(lang, "status.concerns", count=data.concerns_in_period), st.body),
        ]
    return out


def _review_cell(scores: Sequence[tuple[date, int]], lang: str) -> str:
    return "\n".join(f"{i18n.format_short_date(d, lang)}: {s}" for d, s in scores) or i18n.t(
        lang, "none"
    )


def _goals(data: StatusReportData, st: Styles, lang: str, figure: list[int]) -> list[Flowable]:
    out: list[Flowable] = [
        CondPageBreak(50 * mm),
        markup(escape_text(i18n.t(lang, "status.s.goals")), st.h1),
        para(i18n.t(lang, "status.goals_intro"), st.muted),
    ]
    if not data.plans:
        return [*out, para(i18n.t(lang, "status.no_plan"), st.body)]
    w = CONTENT_WIDTH
    ns = _num_styles(st)
    none = i18n.t(lang, "none")
    for plan in data.plans:
        out.append(
            para(
                i18n.t(
                    lang,
                    "status.plan_line",
                    title=plan.title,
                    version=plan.version,
                    status=i18n.label("plan_status", plan.status, lang).lower(),
                ),
                st.h2,
            )
        )
        out.append(
            para(
                i18n.t(
                    lang,
                    "status.plan_facts",
                    agreed=i18n.format_date(plan.agreed_on, lang),
                    next=i18n.format_date(plan.next_review, lang),
                ),
                st.muted,
            )
        )
        rows = []
        for n, g in enumerate(plan.goals, start=1):
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
        out.append(
            _figures_table(
                [i18n.t(lang, "status." + k) for k in keys],
                rows,
                [w * 0.35, w * 0.08, w * 0.19, w * 0.11, w * 0.11, w * 0.16],
                st,
                ns,
                (1, 3, 4),
            )
        )
        chart_goals = []
        start_day = plan.agreed_on
        for n, g in enumerate(plan.goals, start=1):
            points: list[tuple[date, float]] = []
            if g.baseline is not None and start_day is not None:
                points.append((start_day, float(g.baseline)))
            points += [(d, float(s)) for d, s in g.scores]
            if points:
                chart_goals.append((f"{goal_label(n, lang)}: {g.title}", points))
        if any(len(p) > 1 for _, p in chart_goals):
            figure[0] += 1
            out.append(
                KeepTogether(
                    [
                        Spacer(1, 3 * mm),
                        goal_scores_chart(chart_goals, width=w, font=FONT, lang=lang),
                        para(i18n.t(lang, "status.goal_chart", n=figure[0]), st.small),
                    ]
                )
            )
        if plan.reviews:
            out.append(para(i18n.t(lang, "status.reviews_in_period"), st.h3))
            out.append(
                data_table(
                    [
                        [i18n.format_short_date(d, lang), summary or none]
                        for d, summary in plan.reviews
                    ],
                    [w * 0.18, w * 0.82],
                    styles=st,
                    zebra=False,
                )
            )
    return out


def _measurements(
    data: StatusReportData, st: Styles, lang: str, figure: list[int]
) -> list[Flowable]:
    out: list[Flowable] = [
        CondPageBreak(50 * mm),
        markup(escape_text(i18n.t(lang, "status.s.measurements")), st.h1),
        para(
            i18n.t(lang, "status.measurements_intro", screen=WHO5_SCREEN_AT, refer=WHO5_REFER_AT),
            st.muted,
        ),
    ]
    if not data.measurements:
        return [*out, para(i18n.t(lang, "status.no_measurements"), st.body)]
    ns = _num_styles(st)
    # Direction of change per member and instrument, noted on the latest row.
    latest_note: dict[tuple[str, str], str] = {}
    for (name, instrument), points in data.series.items():
        if len(points) >= 2:
            direction = change_direction(instrument, points[0][1], points[-1][1])
            if direction in ("improved", "worsened"):
                latest_note[(name, instrument)] = i18n.t(lang, f"status.dir.{direction}")
    rows = []
    for i, m in enumerate(data.measurements):
        notes = []
        if m.flag:
            notes.append(i18n.t(lang, f"status.flag.{m.flag}"))
        last_of_series = i + 1 == len(data.measurements) or (
            data.measurements[i + 1].member_name,
            data.measurements[i + 1].instrument,
        ) != (m.member_name, m.instrument)
        if last_of_series and (m.member_name, m.instrument) in latest_note:
            notes.append(latest_note[(m.member_name, m.instrument)])
        label = instrument_label(m.instrument, lang)
        known = INSTRUMENTS.get(m.instrument)
        if known is not None and not known.higher_is_better:
            label += f" – {i18n.t(lang, 'status.lower_better')}"
        rows.append(
            [
                m.member_name,
                label,
                i18n.format_short_date(m.date, lang),
                para(_num(m.score, lang), ns.num),
                "\n".join(notes),
            ]
        )
    w = CONTENT_WIDTH
    keys = ("col.person", "col.instrument", "col.date", "col.score", "col.note")
    out.append(
        _figures_table(
            [i18n.t(lang, "status." + k) for k in keys],
            rows,
            [w * 0.19, w * 0.30, w * 0.14, w * 0.09, w * 0.28],
            st,
            ns,
            (3,),
        )
    )
    by_instrument: dict[str, list[tuple[str, list[tuple[date, float]]]]] = {}
    for (name, instrument), points in data.series.items():
        by_instrument.setdefault(instrument, []).append((name, points))
    order = list(INSTRUMENTS)
    for instrument in sorted(
        by_instrument, key=lambda k: (order.index(k) if k in order else len(order), k)
    ):
        series = by_instrument[instrument]
        if not any(len(points) > 1 for _, points in series) and instrument != WHO5:
            continue  # one score is in the table; a chart adds nothing
        figure[0] += 1
        out.append(
            KeepTogether(
                [
                    Spacer(1, 4 * mm),
                    scores_chart(instrument, series, width=w, font=FONT, lang=lang),
                    para(
                        i18n.t(
                            lang,
                            "status.chart_caption",
                            n=figure[0],
                            instrument=instrument_label(instrument, lang),
                        ),
                        st.small,
                    ),
                ]
            )
        )
    return out


def _observations(data: StatusReportData, st: Styles, lang: str) -> list[Flowable]:
    out: list[Flowable] = [
        CondPageBreak(30 * mm),
        markup(escape_text(i18n.t(lang, "status.s.observations")), st.h1),
    ]
    if not data.observations:
        return [*out, para(i18n.t(lang, "status.no_observations"), st.body)]
    w = CONTENT_WIDTH
    rows = [[i18n.format_short_date(o.start.date(), lang), o.summary] for o in data.observations]
    return [*out, data_table(rows, [w * 0.18, w * 0.82], styles=st, zebra=False)]


def _agreements(data: StatusReportData, st: Styles, lang: str) -> list[Flowable]:
    out: list[Flowable] = [
        CondPageBreak(30 * mm),
        markup(escape_text(i18n.t(lang, "status.s.agreements")), st.h1),
    ]
    if not data.agreements:
        return [*out, para(i18n.t(lang, "status.no_agreements"), st.body)]
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
    return [*out, data_table(rows, [w * 0.22, w * 0.78], styles=st, zebra=False)]


def _collaborators(data: StatusReportData, st: Styles, lang: str) -> list[Flowable]:
    out: list[Flowable] = [
        CondPageBreak(30 * mm),
        markup(escape_text(i18n.t(lang, "status.s.collaborators")), st.h1),
    ]
    if not data.collaborators:
        return [*out, para(i18n.t(lang, "status.no_collaborators"), st.body)]
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
    return [
        *out,
        data_table(rows, [w * 0.25, w * 0.27, w * 0.20, w * 0.28], header=header, styles=st),
    ]


def _written(title: str, text: str, st: Styles, lang: str) -> list[Flowable]:
    body = (
        text_flowables(text, st.body)
        if text.strip()
        else [para(i18n.t(lang, "status.not_written"), st.muted)]
    )
    return [
        CondPageBreak(30 * mm),
        markup(escape_text(title), st.h1),
        boxed(body, background=QUOTE_BG, bar=QUOTE_BAR),
    ]


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
        KeepTogether(
            [
                markup(
                    f"<b>{escape_text(i18n.t(lang, 'status.seen'))}: "
                    f"{escape_text(yes_no.lower())}</b>",
                    st.body,
                ),
                para(i18n.t(lang, "status.sign_intro"), st.muted),
                sign,
            ]
        ),
    ]


def story(data: StatusReportData, lang: str = "da", today: date | None = None) -> list[Flowable]:
    """The report's flowables (also used by a GUI preview that renders the same PDF)."""
    register_fonts()
    st = make_styles()
    today = today or date.today()
    figure = [0]
    texts = data.texts
    return [
        *_header(data, st, lang, today),
        *_contact(data, st, lang),
        *_goals(data, st, lang, figure),
        *_measurements(data, st, lang, figure),
        *_observations(data, st, lang),
        *_agreements(data, st, lang),
        *_collaborators(data, st, lang),
        *_written(
            i18n.t(lang, "status.s.family_view"), texts.family_view if texts else "", st, lang
        ),
        *_written(i18n.t(lang, "status.s.assessment"), texts.assessment if texts else "", st, lang),
        *_signature(data, st, lang),
    ]


def build_status_report_pdf(
    store: Store,
    family_uid: str,
    date_from: date,
    date_to: date,
    out_path: str | os.PathLike[str],
    lang: str = "da",
) -> Path:
    """Write the status report for the period to ``out_path``; returns the path.

    The PDF is built under a temporary name (``files.private_file``); the print
    is recorded (report row stamped, audit line "print") and only then is the
    file renamed into place.
    Raises ``ValidationFailed`` for a bad period, ``NotFound`` for an unknown
    family, ``ValueError`` for an unknown language.
    """
    i18n.check_lang(lang)
    data = status_report_data(store, family_uid, date_from, date_to)
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
