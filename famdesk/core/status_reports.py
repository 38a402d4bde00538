"""Status reports for the municipal caseworker: the texts kept with them, and their content.

Before a review meeting the worker writes two texts in the GUI — the family's
own view and the worker's professional assessment — and notes whether the
family has seen the report. Those are stored (``save_status_report_texts``)
so the printed report can be reproduced. Everything else in the report is
gathered from the case by ``status_report_data``: sessions held, cancelled
and missed in the period, each goal's progress, measurements, observations
from supervised contact, agreements and collaborators.

A report row is edited until it is printed; texts saved after printing start a
new row, so the row of a printed report keeps what was sent.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import String, select, type_coerce
from sqlalchemy.orm import Session, selectinload

from famdesk.core import audit, deadlines, rules
from famdesk.core.errors import Code, ErrorCollector
from famdesk.core.lookup import family_row
from famdesk.core.outcomes import guidance
from famdesk.core.profile import worker_name_in
from famdesk.core.sessions import LOCAL_TZ, ConcernNoticeView, instant_key, local_day_bounds
from famdesk.core.versions import RecordChanged, check_version, guarded
from famdesk.db.models import (
    ActionPlan,
    ContactSession,
    Family,
    Measurement,
    Member,
    Review,
    StatusReport,
)
from famdesk.db.store import Store
from famdesk.vocabulary import SESSION_KINDS

#: Texts longer than this are refused: a report is read, not archived in.
MAX_TEXT_CHARS = 50_000

__all__ = [
    "AgreementEntry",
    "CollaboratorEntry",
    "ConcernEntry",
    "GoalProgress",
    "KindCount",
    "MeasurementEntry",
    "MemberEntry",
    "ObservationEntry",
    "PlanProgress",
    "StatusReportData",
    "StatusReportTexts",
    "latest_status_report",
    "mark_printed",
    "record_status_report_print",
    "save_status_report_texts",
    "status_report_data",
    "status_report_for_period",
]


# --- data out ----------------------------------------------------------------------------


@dataclass(frozen=True)
class StatusReportTexts:
    uid: str
    family_uid: str
    period_from: date
    period_to: date
    family_view: str
    assessment: str
    seen_by_family: bool
    created_at: datetime
    printed_at: datetime | None
    #: The record's save count when read; a save hands it back (``core.versions``).
    row_version: int | None = field(default=None, compare=False)


@dataclass(frozen=True)
class MemberEntry:
    uid: str
    name: str
    role: str
    birth_date: date | None
    placement_site: str | None


@dataclass(frozen=True)
class KindCount:
    """Sessions of one kind (or all of them) in the period."""

    kind: str
    held: int
    #: The length of the sessions held, in minutes (a report writes hours and minutes).
    minutes: int
    cancelled: int
    no_show: int

    @property
    def hours(self) -> float:
        return round(self.minutes / 60.0, 2)


@dataclass(frozen=True)
class GoalProgress:
    uid: str
    title: str
    status: str
    ics_dimension: str | None
    success_criteria: str
    baseline: int | None
    #: Review scores up to the end of the period, oldest first.
    scores: list[tuple[date, int]]

    @property
    def latest(self) -> int | None:
        return self.scores[-1][1] if self.scores else None

    @property
    def change(self) -> int | None:
        if self.baseline is None or self.latest is None:
            return None
        return self.latest - self.baseline


@dataclass(frozen=True)
class PlanProgress:
    uid: str
    title: str
    status: str
    version: int
    agreed_on: date | None
    next_review: date | None
    goals: list[GoalProgress]
    #: Reviews held in the period: (date, summary).
    reviews: list[tuple[date, str]]
    #: The next review's day has passed on the report's date (``core.deadlines``).
    review_overdue: bool = False


@dataclass(frozen=True)
class MeasurementEntry:
    member_uid: str
    member_name: str
    instrument: str
    date: date
    score: float
    flag: str | None  # a guidance code, e.g. "who5-screen"


@dataclass(frozen=True)
class ObservationEntry:
    start: datetime
    summary: str


@dataclass(frozen=True)
class AgreementEntry:
    start: datetime
    kind: str
    agreements: str


@dataclass(frozen=True)
class ConcernEntry:
    """A held session in the period that raised a concern: what it was and who was told."""

    start: datetime
    kind: str
    what: str
    notices: list[ConcernNoticeView]


@dataclass(frozen=True)
class DeadlineEntry:
    """A deadline the report names beside the plans' reviews (``core.deadlines``): what,
    when, on which basis, and whether it has passed on the report's date."""

    kind: str  # a deadlines.Kind value
    due: date
    basis: str  # a deadlines.Basis value
    overdue: bool
    #: Which of a series (§ 95: 1 is the first follow-up).
    number: int = 0
    #: The child's given name (a placement's follow-up, a børnesamtale).
    detail: str = ""


@dataclass(frozen=True)
class CollaboratorEntry:
    name: str
    organisation: str
    role: str
    phone: str
    email: str


@dataclass(frozen=True)
class StatusReportData:
    """Everything a status report shows, gathered in one read."""

    family_uid: str
    reference: str
    family_name: str
    worker: str
    setting: str
    programme: str | None
    risk_of_placement: bool
    period_from: date
    period_to: date
    members: list[MemberEntry]
    sessions_by_kind: list[KindCount]
    sessions_total: KindCount
    plans: list[PlanProgress]
    measurements: list[MeasurementEntry]
    #: Per (member name, instrument): the scores in the period, oldest first.
    series: dict[tuple[str, str], list[tuple[date, float]]]
    observations: list[ObservationEntry]
    agreements: list[AgreementEntry]
    collaborators: list[CollaboratorEntry]
    texts: StatusReportTexts | None
    concerns: list[ConcernEntry]
    #: The day the report is made: what is overdue is overdue on this day.
    today: date
    #: Beside the plans' reviews, what is owed on the report's date (``core.deadlines``):
    #: the Barnets lov § 95 follow-up (none without a support start), each placement's
    #: overdue and next first-year follow-ups, a børnesamtale owed before a match decision.
    deadlines_due: list[DeadlineEntry] = field(default_factory=list)

    @property
    def seen_by_family(self) -> bool:
        return bool(self.texts and self.texts.seen_by_family)

    @property
    def concerns_in_period(self) -> int:
        return len(self.concerns)

    @property
    def overdue_reviews(self) -> list[PlanProgress]:
        """The plans whose next review is overdue on the report's date."""
        return [p for p in self.plans if p.review_overdue]


# --- helpers ---------------------------------------------------------------------------------


def _check_period(date_from: object, date_to: object) -> None:
    errs = ErrorCollector()
    if not isinstance(date_from, date):
        errs.add("from", "expected a date", Code.VALUE_REQUIRED)
    if not isinstance(date_to, date):
        errs.add("to", "expected a date", Code.VALUE_REQUIRED)
    errs.extend(rules.date_problems({"from": date_from, "to": date_to}, ("from", "to")))
    backwards = rules.period_problem(date_from, date_to)
    if backwards is not None:
        errs.extend([backwards])
    errs.raise_if_any()


def _texts(r: StatusReport, family_uid: str) -> StatusReportTexts:
    return StatusReportTexts(
        uid=r.uid,
        family_uid=family_uid,
        period_from=r.period_from,
        period_to=r.period_to,
        family_view=r.family_view,
        assessment=r.assessment,
        seen_by_family=r.seen_by_family,
        created_at=r.created_at,
        printed_at=r.printed_at,
        row_version=r.row_version,
    )


def _now() -> datetime:
    return datetime.now(UTC).astimezone()


def _member_name(m: Member) -> str:
    return f"{m.given_name} {m.family_name}".strip()


# --- the stored texts --------------------------------------------------------------------------


def _open_report(s: Session, family: Family, date_from: date, date_to: date) -> StatusReport | None:
    """The unprinted report for this family and period, if one is being written."""
    return s.scalar(
        select(StatusReport)
        .where(
            StatusReport.family_id == family.id,
            StatusReport.period_from == date_from,
            StatusReport.period_to == date_to,
            StatusReport.printed_at.is_(None),
        )
        .order_by(StatusReport.id.desc())
        .limit(1)
    )


#: ``save_status_report_texts(loaded=…)`` not given: a script's save, nothing compared.
UNCHECKED: Any = object()

_TEXT_FIELDS = ("family_view", "assessment", "seen_by_family")


def _check_loaded(report: StatusReport | None, loaded: StatusReportTexts | None) -> None:
    """The report being written is still as the dialog loaded it (``core.versions``).

    ``loaded`` None: there was no report for the period (or only a printed
    one), so a report someone has started since is another worker's save too.
    """
    expected = loaded if loaded is not None and loaded.printed_at is None else None
    if report is None:
        return  # nothing being written: this save starts the report
    was = {n: getattr(expected, n) for n in _TEXT_FIELDS} if expected else {
        "family_view": "", "assessment": "", "seen_by_family": False
    }
    if expected is None or expected.uid != report.uid:
        changed = sorted(n for n, v in was.items() if getattr(report, n) != v)
        raise RecordChanged("status_report", changed)
    check_version(report, "status_report", expected.row_version, was)


def save_status_report_texts(
    store: Store,
    family_uid: str,
    period_from: date,
    period_to: date,
    family_view: str,
    assessment: str,
    seen_by_family: bool,
    loaded: StatusReportTexts | None = UNCHECKED,
) -> str:
    """Keep the texts written for the report of this period; returns the report's uid.

    Edits the unprinted report of the same period if there is one; otherwise
    (first save, or the last one was printed) starts a new report row.
    ``loaded``: the report's texts as the dialog read them (None: none yet);
    a save after someone else's is refused (``RecordChanged``).
    """
    _check_period(period_from, period_to)
    errs = ErrorCollector()
    for name, text in (("family_view", family_view), ("assessment", assessment)):
        if not isinstance(text, str):
            errs.add(name, "expected text", Code.TEXT_INVALID)
        elif len(text) > MAX_TEXT_CHARS:
            errs.add(
                name,
                f"at most {MAX_TEXT_CHARS} characters",
                Code.TEXT_TOO_LONG,
                max=MAX_TEXT_CHARS,
                length=len(text),
            )
    if not isinstance(seen_by_family, bool):
        errs.add("seen_by_family", "expected yes or no", Code.VALUE_NOT_BOOL)
    errs.raise_if_any()
    with guarded("status_report"), store.session() as s:
        family = family_row(s, family_uid)
        report = _open_report(s, family, period_from, period_to)
        if loaded is not UNCHECKED:
            _check_loaded(report, loaded)
        values = {
            "family_view": family_view.strip(),
            "assessment": assessment.strip(),
            "seen_by_family": seen_by_family,
        }
        if report is None:
            report = StatusReport(
                family_id=family.id,
                period_from=period_from,
                period_to=period_to,
                created_at=_now(),
                **values,
            )
            s.add(report)
            s.flush()
            audit.record(
                s, "create", "status_report", report.uid, family.uid, {"fields": list(values)}
            )
        else:
            changed = [k for k, v in values.items() if getattr(report, k) != v]
            for k in changed:
                setattr(report, k, values[k])
            if changed:
                audit.record(
                    s, "update", "status_report", report.uid, family.uid, {"fields": changed}
                )
        return report.uid


def latest_status_report(store: Store, family_uid: str) -> StatusReportTexts | None:
    """The family's most recent status report texts (printed or not), or None."""
    with store.read_session() as s:
        family = family_row(s, family_uid)
        r = s.scalar(
            select(StatusReport)
            .where(StatusReport.family_id == family.id)
            .order_by(StatusReport.id.desc())
            .limit(1)
        )
        return None if r is None else _texts(r, family.uid)


def status_report_for_period(
    store: Store, family_uid: str, period_from: date, period_to: date
) -> StatusReportTexts | None:
    """The latest report texts saved for exactly this period, or None."""
    with store.read_session() as s:
        family = family_row(s, family_uid)
        r = _latest_for_period(s, family, period_from, period_to)
        return None if r is None else _texts(r, family.uid)


def _latest_for_period(
    s: Session, family: Family, period_from: date, period_to: date
) -> StatusReport | None:
    return s.scalar(
        select(StatusReport)
        .where(
            StatusReport.family_id == family.id,
            StatusReport.period_from == period_from,
            StatusReport.period_to == period_to,
        )
        .order_by(StatusReport.id.desc())
        .limit(1)
    )


def mark_printed(
    s: Session, family: Family, period_from: date, period_to: date, detail: dict[str, object]
) -> StatusReport:
    """Within the caller's unit of work: stamp the period's report as printed and audit it.

    With no texts saved for the period, a report row is made (empty texts, not
    seen by the family), so every printed report has its row.
    """
    report = _latest_for_period(s, family, period_from, period_to)
    if report is None:
        report = StatusReport(
            family_id=family.id,
            period_from=period_from,
            period_to=period_to,
            created_at=_now(),
            family_view="",
            assessment="",
            seen_by_family=False,
        )
        s.add(report)
    report.printed_at = _now()
    s.flush()
    audit.record(s, "print", "status_report", report.uid, family.uid, dict(detail))
    return report


def record_status_report_print(store: Store, data: StatusReportData, lang: str) -> None:
    """Record that ``data`` was printed as a PDF in ``lang``: the row stamped, the print audited.

    One unit of work (``mark_printed``); raises ``NotFound`` if the family is gone.
    """
    with store.session() as s:
        mark_printed(
            s,
            family_row(s, data.family_uid),
            data.period_from,
            data.period_to,
            {
                "format": "pdf",
                "lang": lang,
                "from": data.period_from.isoformat(),
                "to": data.period_to.isoformat(),
            },
        )


# --- the report's content -------------------------------------------------------------------------


def _start_text():  # type: ignore[no-untyped-def]
    return type_coerce(ContactSession.start, String)


def _session_rows(
    s: Session, family: Family, date_from: date, date_to: date
) -> list[ContactSession]:
    start = instant_key(local_day_bounds(date_from)[0])
    end = instant_key(local_day_bounds(date_to)[1])
    return list(
        s.scalars(
            select(ContactSession)
            .where(
                ContactSession.family_id == family.id,
                _start_text() >= start,
                _start_text() < end,
            )
            .order_by(_start_text(), ContactSession.id)
            .options(selectinload(ContactSession.concern_notices))
        )
    )


def _kind_counts(rows: list[ContactSession]) -> tuple[list[KindCount], KindCount]:
    held: dict[str, int] = defaultdict(int)
    minutes: dict[str, int] = defaultdict(int)
    cancelled: dict[str, int] = defaultdict(int)
    no_show: dict[str, int] = defaultdict(int)
    kinds: list[str] = []
    for r in rows:
        if r.status == "planned":
            continue  # an appointment still to come is not part of what happened
        if r.kind not in kinds:
            kinds.append(r.kind)
        if r.status == "held":
            held[r.kind] += 1
            minutes[r.kind] += r.duration_minutes
        elif r.status == "cancelled":
            cancelled[r.kind] += 1
        elif r.status == "no-show":
            no_show[r.kind] += 1
    kinds.sort(key=lambda k: SESSION_KINDS.index(k) if k in SESSION_KINDS else len(SESSION_KINDS))
    per_kind = [KindCount(k, held[k], minutes[k], cancelled[k], no_show[k]) for k in kinds]
    total = KindCount(
        "all",
        sum(held.values()),
        sum(minutes.values()),
        sum(cancelled.values()),
        sum(no_show.values()),
    )
    return per_kind, total


def _plans_in_force(s: Session, family: Family, date_from: date, date_to: date) -> list[ActionPlan]:
    """The plan versions that were in force at some point in the period.

    An agreed or completed plan agreed by the end of the period, unless a later
    version replaced it before the period began, and (for a completed plan)
    unless it was last active before the period. With none, the family's live
    draft is shown, so a new case still reports its goals.
    """
    plans = list(
        s.scalars(
            select(ActionPlan)
            .where(ActionPlan.family_id == family.id)
            .options(
                selectinload(ActionPlan.goals),
                selectinload(ActionPlan.reviews).selectinload(Review.scores),
            )
            .order_by(ActionPlan.position, ActionPlan.version)
        )
    )
    successor: dict[int, ActionPlan] = {}
    for p in plans:
        if p.previous_plan_id is not None and p.status in ("agreed", "completed"):
            successor[p.previous_plan_id] = p
    chosen: list[ActionPlan] = []
    for p in plans:
        if p.status not in ("agreed", "completed") or p.agreed_on is None:
            continue
        if p.agreed_on > date_to:
            continue
        nxt = successor.get(p.id)
        if nxt is not None and nxt.agreed_on is not None and nxt.agreed_on < date_from:
            continue
        if p.status == "completed":
            last = max([p.agreed_on, *(r.date for r in p.reviews)])
            if last < date_from:
                continue
        chosen.append(p)
    if not chosen:
        chosen = [
            p
            for p in plans
            if p.status == "draft" and p.created_on <= date_to and p.id not in successor
        ]
    return chosen


def _plan_progress(
    p: ActionPlan, date_from: date, date_to: date, overdue: set[str]
) -> PlanProgress:
    scores: dict[int, list[tuple[date, int]]] = defaultdict(list)
    reviews: list[tuple[date, str]] = []
    for r in sorted(p.reviews, key=lambda r: (r.date, r.position)):
        if r.date > date_to:
            continue
        for sc in r.scores:
            scores[sc.goal_id].append((r.date, sc.score))
        if r.date >= date_from:
            reviews.append((r.date, r.summary))
    goals = [
        GoalProgress(
            uid=g.uid,
            title=g.title,
            status=g.status,
            ics_dimension=g.ics_dimension,
            success_criteria=g.success_criteria,
            baseline=g.baseline_score,
            scores=scores.get(g.id, []),
        )
        for g in p.goals
    ]
    return PlanProgress(
        uid=p.uid,
        title=p.title,
        status=p.status,
        version=p.version,
        agreed_on=p.agreed_on,
        next_review=p.next_review,
        goals=goals,
        reviews=reviews,
        review_overdue=p.uid in overdue,
    )


def _concerns(rows: list[ContactSession]) -> list[ConcernEntry]:
    return [
        ConcernEntry(
            r.start,
            r.kind,
            r.concern_what,
            [ConcernNoticeView(n.who, n.at, n.how) for n in r.concern_notices],
        )
        for r in rows
        if r.status == "held" and r.concern
    ]


#: How many of a kind the report's summary names at most.
DEADLINES_SHOWN = 10


def _deadlines_due(s: Session, family_uid: str, day: date) -> list[DeadlineEntry]:
    """What is owed on ``day`` beside the plans' reviews, soonest first (see StatusReportData)."""
    found = deadlines.follow_ups(s, date.max, family_uid=family_uid, limit=1, today=day)
    seen: set[str] = set()
    for d in deadlines.match_follow_ups(
        s, date.max, family_uid=family_uid, limit=DEADLINES_SHOWN * 4
    ):
        # Every overdue one, then the next of each placement.
        if d.overdue(day) or d.target.uid not in seen:
            found.append(d)
            if not d.overdue(day):
                seen.add(d.target.uid)
    found += deadlines.conversations_owed(
        s, day, date.max, family_uid=family_uid, limit=DEADLINES_SHOWN
    )
    return [
        DeadlineEntry(d.kind.value, d.due, d.basis.value, d.overdue(day), d.number, d.detail)
        for d in deadlines.by_due(found)[:DEADLINES_SHOWN]
    ]


def status_report_data(
    store: Store,
    family_uid: str,
    date_from: date,
    date_to: date,
    *,
    today: date | None = None,
) -> StatusReportData:
    """Gather the report for the period (inclusive local dates), as of ``today``.

    ``today`` (default: the local date) decides which reviews are overdue, by
    the rule of ``core.deadlines``. Not audited here: the caller that shows or
    prints it records the read or the print.
    """
    _check_period(date_from, date_to)
    day = today if today is not None else datetime.now(LOCAL_TZ).date()
    with store.read_session() as s:
        family = family_row(
            s,
            family_uid,
            selectinload(Family.members).selectinload(Member.placements),
            selectinload(Family.professionals),
        )
        members = []
        for m in family.members:
            current = [p for p in m.placements if p.ended_on is None]
            members.append(
                MemberEntry(
                    m.uid,
                    _member_name(m),
                    m.role,
                    m.birth_date,
                    current[-1].site if current else None,
                )
            )
        names = {m.id: _member_name(m) for m in family.members}
        member_uids = {m.id: m.uid for m in family.members}

        rows = _session_rows(s, family, date_from, date_to)
        per_kind, total = _kind_counts(rows)
        observations = [
            ObservationEntry(r.start, r.summary)
            for r in rows
            if r.kind == "supervised-contact" and r.status == "held" and r.summary.strip()
        ]
        agreements = [
            AgreementEntry(r.start, r.kind, r.agreements)
            for r in rows
            if r.status == "held" and r.agreements.strip()
        ]
        overdue = {
            d.target.uid
            for d in deadlines.reviews(s, day - timedelta(days=1), family_uid=family.uid)
            if d.overdue(day)
        }
        plans = [
            _plan_progress(p, date_from, date_to, overdue)
            for p in _plans_in_force(s, family, date_from, date_to)
        ]
        due = _deadlines_due(s, family.uid, day)

        measurements: list[MeasurementEntry] = []
        series: dict[tuple[str, str], list[tuple[date, float]]] = defaultdict(list)
        for meas in s.scalars(
            select(Measurement)
            .where(
                Measurement.family_id == family.id,
                Measurement.date >= date_from,
                Measurement.date <= date_to,
            )
            .order_by(
                Measurement.member_id,
                Measurement.instrument,
                Measurement.date,
                Measurement.position,
            )
        ):
            flag = guidance(meas.instrument, meas.score)
            name = names.get(meas.member_id, "")
            measurements.append(
                MeasurementEntry(
                    member_uids.get(meas.member_id, ""),
                    name,
                    meas.instrument,
                    meas.date,
                    meas.score,
                    flag.code if flag else None,
                )
            )
            series[(name, meas.instrument)].append((meas.date, meas.score))

        collaborators = [
            CollaboratorEntry(p.name, p.organisation, p.role, p.phone, p.email)
            for p in family.professionals
        ]
        saved = _latest_for_period(s, family, date_from, date_to)
        return StatusReportData(
            family_uid=family.uid,
            reference=family.reference,
            family_name=family.name,
            worker=family.worker or worker_name_in(s),
            setting=family.setting,
            programme=family.programme,
            risk_of_placement=family.risk_of_placement,
            period_from=date_from,
            period_to=date_to,
            members=members,
            sessions_by_kind=per_kind,
            sessions_total=total,
            plans=plans,
            measurements=measurements,
            series=dict(series),
            observations=observations,
            agreements=agreements,
            collaborators=collaborators,
            texts=None if saved is None else _texts(saved, family.uid),
            concerns=_concerns(rows),
            today=day,
            deadlines_due=due,
        )
