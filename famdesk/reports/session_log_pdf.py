"""The session log PDF (journaludskrift): every contact with a family in a period.

Oldest first. Each session shows its kind, time, duration, status,
participants and goals, then the summary, the notes (what was observed and
said), the worker's assessment — labelled as such, set apart from the notes —
and the agreements. Addenda follow the note, each dated and marked as added
after the note was finalized. A note that is not finalized is marked
"KLADDE – ikke afsluttet" so a draft is never mistaken for the record. A
session that raised a concern is flagged in the catalogue's one wording
(``term.concern``) with what the concern is and who was told, when and how.
Planned sessions still to come are left out (the header says so): a journal
records what happened. Headings never end a page (``reports.flow``): a
session's date, its banners and facts stay with the start of its summary, and
each sub-heading with the start of its text.

The log is read by ``core.sessions.session_log``; the print is audited by
``core.sessions.record_session_log_print`` ("print", with the period and the
number of sessions) before the finished file is moved into place.
"""

from __future__ import annotations

import os
from datetime import date, datetime
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from famdesk.core.sessions import (
    LOCAL_TZ,
    ConcernNoticeView,
    SessionDetail,
    SessionLog,
    record_session_log_print,
    session_log,
)
from famdesk.core.storage import Store
from famdesk.files import private_file
from famdesk.reports import i18n
from famdesk.reports.base import (
    CONTENT_WIDTH,
    QUOTE_BAR,
    QUOTE_BG,
    PageInfo,
    Styles,
    boxed,
    escape_text,
    facts_table,
    make_styles,
    markup,
    para,
    render_pdf,
    text_flowables,
)
from famdesk.reports.flow import keep_with_first

CONCERN_BG = colors.HexColor("#fbe9e4")
CONCERN_BAR = colors.HexColor("#b3401a")
DRAFT_BG = colors.HexColor("#fff6d6")
DRAFT_BAR = colors.HexColor("#c99a06")


def _local(moment: datetime) -> datetime:
    return moment.astimezone(LOCAL_TZ)


def _when(moment: datetime, lang: str) -> tuple[str, str]:
    local = _local(moment)
    return i18n.format_short_date(local.date(), lang), local.strftime("%H:%M")


def _period_text(date_from: date | None, date_to: date | None, lang: str) -> str:
    start = i18n.format_date(date_from, lang) if date_from else ""
    end = i18n.format_date(date_to, lang) if date_to else ""
    if date_from and date_to:
        return i18n.t(lang, "log.period_value", start=start, end=end)
    if date_to:
        return i18n.t(lang, "log.period_open_start", end=end)
    if date_from:
        return i18n.t(lang, "log.period_open_end", start=start)
    return i18n.t(lang, "log.period_all")


def _body(text: str, style: ParagraphStyle, st: Styles, lang: str) -> list[Flowable]:
    return text_flowables(text, style) or [markup(escape_text(i18n.t(lang, "log.empty")), st.muted)]


def _section(label: str, text: str, st: Styles, lang: str) -> list[Flowable]:
    """A sub-heading kept with the start of its text."""
    return keep_with_first([markup(escape_text(label), st.h3)], _body(text, st.body, st, lang))


def _notice(n: ConcernNoticeView, lang: str) -> str:
    day, clock = _when(n.at, lang)
    key = "log.concern_notice" if n.how.strip() else "log.concern_notice_no_how"
    return i18n.t(lang, key, who=n.who, date=day, time=clock, how=n.how)


def _concern(d: SessionDetail, st: Styles, lang: str) -> Flowable:
    """The concern banner: the one wording, what it is, and who was told, when and how."""
    term = i18n.label("term", "concern", lang)
    told: list[Flowable] = (
        [para(_notice(n, lang), st.cell) for n in d.concern_notices]
        if d.concern_notices
        else [para(i18n.t(lang, "log.concern_not_told"), st.cell_bold)]
    )
    facts = facts_table(
        [
            (
                i18n.t(lang, "log.concern_what"),
                d.concern_what.strip() or i18n.t(lang, "log.concern_not_described"),
            ),
            (i18n.t(lang, "log.concern_told"), told),
        ],
        col_widths=(40 * mm, CONTENT_WIDTH - 40 * mm - 22),
        styles=st,
    )
    return boxed(
        [markup(escape_text(i18n.t(lang, "log.concern", concern=term)), st.banner), facts],
        background=CONCERN_BG,
        bar=CONCERN_BAR,
        padding=6,
    )


def _session(d: SessionDetail, st: Styles, lang: str) -> list[Flowable]:
    day, clock = _when(d.start, lang)
    kind = i18n.label("session_kind", d.kind, lang)
    heads: list[Flowable] = [
        markup(
            escape_text(i18n.t(lang, "log.session_title", date=day, time=clock, kind=kind)), st.h2
        )
    ]
    if d.is_draft:
        heads += [
            boxed(
                [
                    markup(escape_text(i18n.t(lang, "log.draft")), st.banner),
                    markup(escape_text(i18n.t(lang, "log.draft_hint")), st.small),
                ],
                background=DRAFT_BG,
                bar=DRAFT_BAR,
                padding=6,
            ),
            Spacer(1, 4),
        ]
    if d.concern:
        heads += [_concern(d, st, lang), Spacer(1, 4)]
    people = [f"{p.name} ({i18n.label('member_role', p.role, lang)})" for p in d.members]
    people += [f"{p.name} ({p.role})" if p.role else p.name for p in d.professionals]
    duration = i18n.format_duration(d.duration_minutes, lang)
    facts: list[tuple[str, str]] = [
        (
            i18n.t(lang, "log.time"),
            i18n.t(lang, "log.time_value", date=day, time=clock, duration=duration),
        ),
        (i18n.t(lang, "log.status"), i18n.label("session_status", d.status, lang)),
    ]
    if d.location:
        facts.append((i18n.t(lang, "log.location"), d.location))
    facts.append((i18n.t(lang, "log.participants"), ", ".join(people) or i18n.t(lang, "none")))
    if d.goals:
        facts.append((i18n.t(lang, "log.goals"), "\n".join(g.title for g in d.goals)))
    facts.append((i18n.t(lang, "log.author"), d.author or i18n.t(lang, "none")))
    if d.finalized_at is not None:
        f_day, f_clock = _when(d.finalized_at, lang)
        facts.append((i18n.t(lang, "log.finalized"), f"{f_day} {f_clock}"))
    heads += [
        facts_table(facts, styles=st),
        markup(escape_text(i18n.t(lang, "log.summary")), st.h3),
    ]
    # The date, banners and facts travel with the first lines of the summary.
    parts: list[Flowable] = keep_with_first(heads, _body(d.summary, st.body, st, lang))
    parts += _section(i18n.t(lang, "log.notes"), d.notes, st, lang)
    parts += keep_with_first(
        [markup(escape_text(i18n.t(lang, "log.assessment")), st.h3)],
        [
            boxed(
                _body(d.assessment, st.quote, st, lang),
                background=QUOTE_BG,
                bar=QUOTE_BAR,
                padding=6,
            )
        ],
    )
    parts += _section(i18n.t(lang, "log.agreements"), d.agreements, st, lang)
    if d.addenda:
        boxes: list[Flowable] = []
        for a in d.addenda:
            a_day, a_clock = _when(a.at, lang)
            boxes += [
                boxed(
                    [
                        markup(
                            escape_text(i18n.t(lang, "log.addendum", date=a_day, time=a_clock)),
                            st.label,
                        ),
                        *text_flowables(a.text, st.body),
                    ],
                    padding=6,
                ),
                Spacer(1, 3),
            ]
        parts += keep_with_first([markup(escape_text(i18n.t(lang, "log.addenda")), st.h3)], boxes)
    parts.append(Spacer(1, 10))
    return parts


def story(log: SessionLog, lang: str, today: date) -> list[Flowable]:
    st = make_styles()
    items = log.sessions
    out: list[Flowable] = [
        markup(escape_text(i18n.t(lang, "log.title")), st.title),
        markup(
            escape_text(i18n.t(lang, "log.reference", reference=log.family_reference)), st.subtitle
        ),
        facts_table(
            [
                (i18n.t(lang, "log.family"), log.family_name),
                (i18n.t(lang, "log.worker"), log.worker or i18n.t(lang, "none")),
                (i18n.t(lang, "log.period"), _period_text(log.date_from, log.date_to, lang)),
                (
                    i18n.t(lang, "log.count"),
                    i18n.t(
                        lang,
                        "log.count_value",
                        total=len(items),
                        drafts=i18n.t(lang, "log.drafts", n=log.drafts),
                    ),
                ),
                (i18n.t(lang, "log.printed"), i18n.format_date(today, lang)),
            ],
            styles=st,
        ),
        Spacer(1, 3),
        markup(
            escape_text(
                i18n.t(lang, "log.scope_left_out", n=log.planned_left_out)
                if log.planned_left_out
                else i18n.t(lang, "log.scope")
            ),
            st.muted,
        ),
        Spacer(1, 6),
    ]
    if not items:
        out.append(markup(escape_text(i18n.t(lang, "log.none")), st.body))
    for d in items:
        out += _session(d, st, lang)
    return out


def build_session_log_pdf(
    store: Store,
    family_uid: str,
    out_path: str | os.PathLike[str],
    date_from: date | None = None,
    date_to: date | None = None,
    lang: str = "da",
    *,
    now: datetime | None = None,
) -> Path:
    """Write the family's session log for the period to ``out_path``; returns the path.

    ``now`` (default: the clock) is the moment of printing: the date printed
    in the header, and planned sessions after it are left out. Raises
    ``NotFound`` for an unknown family, ``SessionError`` for a period that ends
    before it starts, ``ValueError`` for an unknown language.
    """
    i18n.check_lang(lang)
    moment = now if now is not None else datetime.now(LOCAL_TZ)
    log = session_log(store, family_uid, date_from, date_to, now=moment)
    today = moment.astimezone(LOCAL_TZ).date()
    out = Path(out_path)
    page = PageInfo(
        lang=lang,
        header_left=i18n.t(lang, "log.header", family=log.family_name),
        header_right=i18n.t(lang, "log.reference", reference=log.family_reference),
    )
    # The print is recorded before the file appears: no PDF without its audit line.
    with private_file(out) as fh:
        render_pdf(
            fh,
            story(log, lang, today),
            page,
            title=f"{i18n.t(lang, 'log.title')} – {log.family_name}",
            subject=i18n.t(lang, "log.subject"),
            author=log.worker,
        )
        record_session_log_print(store, log, lang)
    return out
