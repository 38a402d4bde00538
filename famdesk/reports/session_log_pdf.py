"""The session log PDF (journaludskrift): every contact with a family in a period.

Oldest first. Each session shows its kind, time, duration, status,
participants and goals, then the summary, the notes (what was observed and
said), the worker's assessment — labelled as such, set apart from the notes —
and the agreements. Addenda follow the note, each dated and marked as added
after the note was finalized. A note that is not finalized is marked
"KLADDE – ikke afsluttet" so a draft is never mistaken for the record. A
session that raised a concern for the child's safety is flagged.

Printing is audited ("print", with the period and the number of sessions)
before the finished file is moved into place.
"""

from __future__ import annotations

import os
from datetime import date, datetime
from pathlib import Path

from reportlab.lib import colors
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer
from sqlalchemy import select

from famdesk.core import audit
from famdesk.core.actor import current_actor
from famdesk.core.sessions import LOCAL_TZ, SessionDetail, SessionError, sessions_for_report
from famdesk.db.models import Family
from famdesk.db.store import Store
from famdesk.reports import i18n
from famdesk.reports.base import (
    QUOTE_BAR,
    QUOTE_BG,
    PageInfo,
    Styles,
    boxed,
    escape_text,
    facts_table,
    make_styles,
    markup,
    text_flowables,
    write_pdf,
)

CONCERN_BG = colors.HexColor("#fbe9e4")
CONCERN_BAR = colors.HexColor("#b3401a")
DRAFT_BG = colors.HexColor("#fff6d6")
DRAFT_BAR = colors.HexColor("#c99a06")

TEXTS: dict[str, dict[str, str]] = {
    "da": {
        "title": "Journaludskrift – kontakter",
        "header": "Journaludskrift · {family}",
        "reference": "Sag {reference}",
        "subject": "Kontakter med familien i perioden",
        "period": "Periode",
        "period_value": "{start} – {end}",
        "period_open_start": "til og med {end}",
        "period_open_end": "fra og med {start}",
        "period_all": "Alle kontakter",
        "family": "Familie",
        "worker": "Familiebehandler",
        "printed": "Udskrevet",
        "count": "Antal kontakter",
        "count_value": "{total} ({drafts} kladder)",
        "none": "Der er ingen kontakter i perioden.",
        "session_title": "{date} kl. {time} · {kind}",
        "time": "Tidspunkt",
        "time_value": "{date} kl. {time}, {minutes} min.",
        "status": "Status",
        "location": "Sted",
        "participants": "Deltagere",
        "goals": "Mål i fokus",
        "author": "Skrevet af",
        "finalized": "Afsluttet",
        "draft": "KLADDE – ikke afsluttet",
        "draft_hint": "Notatet er ikke afsluttet og kan stadig ændres.",
        "concern": "BEKYMRING – kontakten gav anledning til bekymring for barnets trivsel",
        "summary": "Resumé",
        "notes": "Observationer og udsagn",
        "assessment": "Familiebehandlerens vurdering",
        "agreements": "Aftaler og næste skridt",
        "addenda": "Tilføjelser efter afslutning",
        "addendum": "Tilføjet {date} kl. {time} – efter at notatet blev afsluttet",
        "empty": "(intet skrevet)",
    },
    "en": {
        "title": "Session log",
        "header": "Session log · {family}",
        "reference": "Case {reference}",
        "subject": "Contacts with the family in the period",
        "period": "Period",
        "period_value": "{start} – {end}",
        "period_open_start": "up to and including {end}",
        "period_open_end": "from {start}",
        "period_all": "All contacts",
        "family": "Family",
        "worker": "Family worker",
        "printed": "Printed",
        "count": "Contacts",
        "count_value": "{total} ({drafts} drafts)",
        "none": "There are no contacts in the period.",
        "session_title": "{date} at {time} · {kind}",
        "time": "Time",
        "time_value": "{date} at {time}, {minutes} min.",
        "status": "Status",
        "location": "Place",
        "participants": "Participants",
        "goals": "Goals in focus",
        "author": "Written by",
        "finalized": "Finalized",
        "draft": "DRAFT – not finalized",
        "draft_hint": "The note is not finalized and may still change.",
        "concern": "CONCERN – the contact raised a concern for the child's well-being",
        "summary": "Summary",
        "notes": "Observations and statements",
        "assessment": "The family worker's assessment",
        "agreements": "Agreements and next steps",
        "addenda": "Addenda after finalization",
        "addendum": "Added {date} at {time} – after the note was finalized",
        "empty": "(nothing written)",
    },
}


def _t(lang: str, key: str, **params: object) -> str:
    text = TEXTS[i18n.check_lang(lang)][key]
    return text.format(**params) if params else text


def _local(moment: datetime) -> datetime:
    return moment.astimezone(LOCAL_TZ)


def _when(moment: datetime, lang: str) -> tuple[str, str]:
    local = _local(moment)
    return i18n.format_short_date(local.date(), lang), local.strftime("%H:%M")


def _period_text(date_from: date | None, date_to: date | None, lang: str) -> str:
    start = i18n.format_date(date_from, lang) if date_from else ""
    end = i18n.format_date(date_to, lang) if date_to else ""
    if date_from and date_to:
        return _t(lang, "period_value", start=start, end=end)
    if date_to:
        return _t(lang, "period_open_start", end=end)
    if date_from:
        return _t(lang, "period_open_end", start=start)
    return _t(lang, "period_all")


def _section(label: str, text: str, st: Styles, lang: str) -> list[Flowable]:
    body = text_flowables(text, st.body) or [markup(escape_text(_t(lang, "empty")), st.muted)]
    return [markup(escape_text(label), st.h3), *body]


def _session(d: SessionDetail, st: Styles, lang: str) -> list[Flowable]:
    day, clock = _when(d.start, lang)
    kind = i18n.session_kind_label(d.kind, lang)
    head = markup(escape_text(_t(lang, "session_title", date=day, time=clock, kind=kind)), st.h2)
    parts: list[Flowable] = [CondPageBreak(60), head]
    if d.is_draft:
        parts.append(
            boxed(
                [
                    markup(escape_text(_t(lang, "draft")), st.banner),
                    markup(escape_text(_t(lang, "draft_hint")), st.small),
                ],
                background=DRAFT_BG,
                bar=DRAFT_BAR,
                padding=6,
            )
        )
        parts.append(Spacer(1, 4))
    if d.concern:
        parts.append(
            boxed(
                [markup(escape_text(_t(lang, "concern")), st.banner)],
                background=CONCERN_BG,
                bar=CONCERN_BAR,
                padding=6,
            )
        )
        parts.append(Spacer(1, 4))
    people = [f"{p.name} ({i18n.role_label(p.role, lang)})" for p in d.members]
    people += [f"{p.name} ({p.role})" if p.role else p.name for p in d.professionals]
    facts: list[tuple[str, str]] = [
        (
            _t(lang, "time"),
            _t(lang, "time_value", date=day, time=clock, minutes=d.duration_minutes),
        ),
        (_t(lang, "status"), i18n.session_status_label(d.status, lang)),
    ]
    if d.location:
        facts.append((_t(lang, "location"), d.location))
    facts.append((_t(lang, "participants"), ", ".join(people) or i18n.t(lang, "none")))
    if d.goals:
        facts.append((_t(lang, "goals"), "\n".join(g.title for g in d.goals)))
    facts.append((_t(lang, "author"), d.author or i18n.t(lang, "none")))
    if d.finalized_at is not None:
        f_day, f_clock = _when(d.finalized_at, lang)
        facts.append((_t(lang, "finalized"), f"{f_day} {f_clock}"))
    parts.append(facts_table(facts, styles=st))
    parts += _section(_t(lang, "summary"), d.summary, st, lang)
    parts += _section(_t(lang, "notes"), d.notes, st, lang)
    assessment = text_flowables(d.assessment, st.quote) or [
        markup(escape_text(_t(lang, "empty")), st.muted)
    ]
    parts.append(
        KeepTogether(
            [
                markup(escape_text(_t(lang, "assessment")), st.h3),
                boxed(assessment, background=QUOTE_BG, bar=QUOTE_BAR, padding=6),
            ]
        )
    )
    parts += _section(_t(lang, "agreements"), d.agreements, st, lang)
    if d.addenda:
        parts.append(markup(escape_text(_t(lang, "addenda")), st.h3))
        for a in d.addenda:
            a_day, a_clock = _when(a.at, lang)
            parts.append(
                boxed(
                    [
                        markup(
                            escape_text(_t(lang, "addendum", date=a_day, time=a_clock)), st.label
                        ),
                        *text_flowables(a.text, st.body),
                    ],
                    padding=6,
                )
            )
            parts.append(Spacer(1, 3))
    parts.append(Spacer(1, 10))
    return parts


def story(
    family: Family,
    items: list[SessionDetail],
    date_from: date | None,
    date_to: date | None,
    lang: str,
    today: date,
) -> list[Flowable]:
    st = make_styles()
    drafts = sum(1 for d in items if d.is_draft)
    out: list[Flowable] = [
        markup(escape_text(_t(lang, "title")), st.title),
        markup(escape_text(_t(lang, "reference", reference=family.reference)), st.subtitle),
        facts_table(
            [
                (_t(lang, "family"), family.name),
                (_t(lang, "worker"), family.worker or i18n.t(lang, "none")),
                (_t(lang, "period"), _period_text(date_from, date_to, lang)),
                (_t(lang, "count"), _t(lang, "count_value", total=len(items), drafts=drafts)),
                (_t(lang, "printed"), i18n.format_date(today, lang)),
            ],
            styles=st,
        ),
        Spacer(1, 8),
    ]
    if not items:
        out.append(markup(escape_text(_t(lang, "none")), st.body))
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
) -> Path:
    """Write the family's session log for the period to ``out_path``; returns the path.

    Raises ``SessionError`` for an unknown family or a period that ends before
    it starts, ``ValueError`` for an unknown language.
    """
    i18n.check_lang(lang)
    if date_from and date_to and date_to < date_from:
        raise SessionError("the period ends before it starts")
    with store.read_session() as s:
        family = s.scalar(select(Family).where(Family.uid == family_uid))
        if family is None:
            raise SessionError(f"no family with uid {family_uid}")
        items = sessions_for_report(s, family.id, date_from, date_to)
        s.expunge(family)
    today = datetime.now(LOCAL_TZ).date()
    out = Path(out_path)
    building = out.with_name(f".{out.name}.building")
    page = PageInfo(
        lang=lang,
        header_left=_t(lang, "header", family=family.name),
        header_right=_t(lang, "reference", reference=family.reference),
    )
    try:
        write_pdf(
            building,
            story(family, items, date_from, date_to, lang, today),
            page,
            title=f"{_t(lang, 'title')} – {family.name}",
            subject=_t(lang, "subject"),
            author=current_actor(),
        )
        with store.session() as s:
            audit.record(
                s,
                "print",
                "session-log",
                family_uid,
                family_uid,
                {
                    "format": "pdf",
                    "lang": lang,
                    "from": date_from.isoformat() if date_from else None,
                    "to": date_to.isoformat() if date_to else None,
                    "sessions": len(items),
                },
            )
        os.replace(building, out)
    except BaseException:
        building.unlink(missing_ok=True)
        raise
    return out
