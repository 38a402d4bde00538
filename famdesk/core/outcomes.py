"""Outcome measurements: entering, correcting and reading a member's scores.

The scoring and validation rules live in ``famdesk.core.instruments``; this
module applies them on entry (the score of a WHO-5 is computed from its items,
a scale's score from its one answer), stores the measurement, and reads scores
back as series per instrument. It also carries the guidance a worker relies on
when reading a score:

- WHO-5 (Topp et al. 2015; the WHO-5 guidance): a score of 50 or less suggests
  reduced well-being and is a reason to screen for depression; 28 or less
  suggests likely depression and a referral for assessment. A change of 10
  points is the smallest meaningful change.
- 0–10 scales: a change of 2 points is meaningful. A single 0–10 self-rating
  moves a point from day to day without anything having changed; studies of
  0–10 numeric rating scales find the smallest change people themselves call
  important to be about 2 points (≈ 20–30 % of the range; Farrar et al. 2001),
  and the scaling questions in family treatment are read the same way.
- Licensed instruments (SDQ total, ORS, SRS) are recorded by score only: their
  item texts and answers are never stored.

Every change appends an audit line naming the fields, never their values.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date as Date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from famdesk.core import audit, rules
from famdesk.core.errors import Code, ErrorCollector, FieldError
from famdesk.core.instruments import INSTRUMENTS, measurement_problem, who5_score
from famdesk.core.lookup import family_row, row_by_uid
from famdesk.core.versions import check_version, guarded
from famdesk.db.models import Measurement, Member
from famdesk.db.store import Store

WHO5 = "WHO-5"
#: WHO-5 at or below this: possible reduced well-being, screen for depression.
WHO5_SCREEN_AT = 50
#: WHO-5 at or below this: likely depression, refer for assessment.
WHO5_REFER_AT = 28

MEASUREMENT_FIELDS = ("member", "instrument", "date", "items", "score")

__all__ = [
    "WHO5",
    "WHO5_REFER_AT",
    "WHO5_SCREEN_AT",
    "Guidance",
    "MeasurementData",
    "add_measurement",
    "change_direction",
    "delete_measurement",
    "get_measurement",
    "higher_is_better",
    "list_measurements",
    "meaningful_change",
    "member_series",
    "update_measurement",
    "who5_guidance",
]


@dataclass(frozen=True)
class MeasurementData:
    uid: str
    family_uid: str
    member_uid: str
    instrument: str
    date: Date
    items: list[Any]
    score: float
    #: The record's save count when read; a save hands it back (``core.versions``).
    row_version: int | None = field(default=None, compare=False)


@dataclass(frozen=True)
class Guidance:
    """A flag on a score: ``code`` for a UI to translate, ``message`` in English."""

    code: str  # "who5-screen" | "who5-refer"
    message: str


# --- rules ---------------------------------------------------------------------------


def who5_guidance(score: float) -> Guidance | None:
    """The WHO-5 guidance flag for a score, or None above 50."""
    if score <= WHO5_REFER_AT:
        return Guidance("who5-refer", "likely depression, refer for assessment")
    if score <= WHO5_SCREEN_AT:
        return Guidance(
            "who5-screen", "possible reduced well-being, consider screening for depression"
        )
    return None


def guidance(instrument: str, score: float) -> Guidance | None:
    """The guidance flag for any instrument's score (only WHO-5 has one today)."""
    return who5_guidance(score) if instrument == WHO5 else None


def meaningful_change(instrument: str) -> float | None:
    """The smallest change worth pointing out; None for an instrument famdesk does not know."""
    known = INSTRUMENTS.get(instrument)
    return None if known is None else float(known.meaningful_change)


def higher_is_better(instrument: str) -> bool | None:
    """Direction of improvement (child problem behaviour, SDQ: lower is better); None if unknown."""
    known = INSTRUMENTS.get(instrument)
    return None if known is None else known.higher_is_better


def change_direction(instrument: str, first: float, latest: float) -> str | None:
    """``"improved"``, ``"worsened"`` or ``"unchanged"`` by a meaningful change; None if unknown."""
    threshold = meaningful_change(instrument)
    better_up = higher_is_better(instrument)
    if threshold is None or better_up is None:
        return None
    gain = (latest - first) if better_up else (first - latest)
    if gain >= threshold:
        return "improved"
    if -gain >= threshold:
        return "worsened"
    return "unchanged"


def _complete_score(instrument: str, items: list[Any], score: float | None) -> float | None:
    """The score implied by the items when the caller gave none (WHO-5, a scale's answer)."""
    if score is not None:
        return score
    known = INSTRUMENTS.get(instrument)
    if known is None:
        return None
    if known.kind == "who5":
        try:
            return who5_score(items)
        except ValueError:
            return None  # validation names the item that is wrong
    if known.kind == "scale" and len(items) == 1:
        return items[0]  # type: ignore[no-any-return]
    return None


def _check(
    instrument: object, day: object, items: object, score: object
) -> tuple[str, list[Any], float]:
    """Every problem with a measurement at once; returns (instrument, items, score)."""
    errs = ErrorCollector()
    if not isinstance(day, Date):
        errs.add("date", "expected a date", Code.DATE_INVALID)
    else:
        errs.extend(rules.date_problems({"date": day}, ("date",)))
        errs.extend(rules.future_problem("date", day, Date.today()))
    if isinstance(instrument, str):
        errs.extend(rules.text_problems("measurement", {"instrument": instrument.strip()}))
    if not isinstance(instrument, str) or not instrument.strip():
        errs.add("instrument", "expected an instrument name", Code.VALUE_REQUIRED)
    if not isinstance(items, list):
        errs.add("items", "expected a list of numbers", Code.MEASUREMENT_ITEMS_INVALID)
    errs.raise_if_any()
    assert isinstance(instrument, str) and isinstance(items, list)
    name = instrument.strip()
    full = _complete_score(name, items, score)  # type: ignore[arg-type]
    known = INSTRUMENTS.get(name)
    if full is None and known is not None and known.kind == "who5":
        # The items could not be scored: name the item (or count) that is wrong.
        problem = measurement_problem(name, items, 0)
    elif full is None:
        problem = FieldError(
            "score", "expected a number", Code.MEASUREMENT_INVALID, {"detail": "expected a number"}
        )
    else:
        problem = measurement_problem(name, items, full)
    if problem is not None:
        errs.extend([problem])
    errs.raise_if_any()
    assert full is not None
    return name, list(items), float(full)


# --- reading ----------------------------------------------------------------------------


def _data(m: Measurement) -> MeasurementData:
    return MeasurementData(
        uid=m.uid,
        family_uid=m.family.uid,
        member_uid=m.member.uid,
        instrument=m.instrument,
        date=m.date,
        items=list(m.items or []),
        score=m.score,
        row_version=m.row_version,
    )


def _measurement(s: Session, uid: str) -> Measurement:
    return row_by_uid(s, Measurement, "measurement", uid)


def get_measurement(store: Store, uid: str) -> MeasurementData:
    with store.read_session() as s:
        return _data(_measurement(s, uid))


def list_measurements(
    store: Store, family_uid: str, member_uid: str | None = None
) -> list[MeasurementData]:
    """A family's measurements (or one member's), oldest first."""
    with store.read_session() as s:
        family = family_row(s, family_uid)
        q = select(Measurement).where(Measurement.family_id == family.id)
        if member_uid is not None:
            q = q.join(Member, Measurement.member_id == Member.id).where(Member.uid == member_uid)
        q = q.order_by(Measurement.date, Measurement.position, Measurement.id)
        return [_data(m) for m in s.scalars(q)]


def member_series(store: Store, member_uid: str) -> dict[str, list[tuple[Date, float]]]:
    """The member's scores per instrument, oldest first: what a chart draws."""
    with store.read_session() as s:
        member = row_by_uid(s, Member, "member", member_uid)
        rows = s.execute(
            select(Measurement.instrument, Measurement.date, Measurement.score)
            .where(Measurement.member_id == member.id)
            .order_by(Measurement.date, Measurement.position, Measurement.id)
        )
        series: dict[str, list[tuple[Date, float]]] = defaultdict(list)
        for instrument, day, score in rows:
            series[instrument].append((day, score))
        return dict(series)


# --- changes ------------------------------------------------------------------------------


def add_measurement(
    store: Store,
    family_uid: str,
    member_uid: str,
    instrument: str,
    date: Date,
    items: list[Any],
    score: float | None = None,
) -> str:
    """Validate and store a measurement; returns its uid.

    Leave ``score`` None to have it computed: WHO-5 from its five items, a
    0–10 scale from its one answer. A given score must agree with the items.
    Raises ``ValidationFailed`` (nothing written) or ``NotFound``.
    """
    name, clean_items, full = _check(instrument, date, items, score)
    with store.session() as s:
        family = family_row(s, family_uid)
        member = row_by_uid(s, Member, "member", member_uid)
        if member.family_id != family.id:
            errs = ErrorCollector()
            errs.add(
                "member",
                "the member belongs to another family",
                Code.MEASUREMENT_MEMBER_OTHER_FAMILY,
            )
            errs.raise_if_any()
        position = max((m.position for m in family.measurements), default=-1) + 1
        m = Measurement(
            family=family,
            member=member,
            position=position,
            instrument=name,
            date=date,
            items=clean_items,
            score=full,
        )
        s.add(m)
        s.flush()
        audit.record(
            s, "create", "measurement", m.uid, family.uid, {"fields": list(MEASUREMENT_FIELDS)}
        )
        return m.uid


_UNSET: Any = object()


def update_measurement(
    store: Store,
    uid: str,
    *,
    instrument: str = _UNSET,
    date: Date = _UNSET,
    items: list[Any] = _UNSET,
    score: float | None = _UNSET,
    member_uid: str = _UNSET,
    loaded: MeasurementData | None = None,
) -> list[str]:
    """Correct a measurement; returns the names of the fields that changed.

    Fields not passed keep their value. When the items change and no score is
    passed, the score is computed again from the items (WHO-5, scales).
    ``loaded``: the measurement as the dialog read it (``core.versions``).
    """
    with guarded("measurement"), store.session() as s:
        m = _measurement(s, uid)
        if loaded is not None:
            now = _data(m)
            names = ("member_uid", "instrument", "date", "items", "score")
            was = {n: getattr(loaded, n) for n in names}
            check_version(m, "measurement", loaded.row_version, was, vars(now))
        new_instrument = m.instrument if instrument is _UNSET else instrument
        new_date = m.date if date is _UNSET else date
        new_items = list(m.items or []) if items is _UNSET else items
        new_score: float | None
        if score is _UNSET:
            computed = (
                _complete_score(new_instrument, new_items, None)
                if isinstance(new_items, list)
                else None
            )
            new_score = m.score if computed is None else computed  # score-only keeps its score
        else:
            new_score = score
        name, clean_items, full = _check(new_instrument, new_date, new_items, new_score)
        changed: list[str] = []
        if member_uid is not _UNSET and member_uid != m.member.uid:
            member = row_by_uid(s, Member, "member", member_uid)
            if member.family_id != m.family_id:
                errs = ErrorCollector()
                errs.add(
                    "member",
                    "the member belongs to another family",
                    Code.MEASUREMENT_MEMBER_OTHER_FAMILY,
                )
                errs.raise_if_any()
            m.member = member
            changed.append("member")
        for field_name, value in (
            ("instrument", name),
            ("date", new_date),
            ("items", clean_items),
            ("score", full),
        ):
            if getattr(m, field_name) != value:
                setattr(m, field_name, value)
                changed.append(field_name)
        if changed:
            audit.record(s, "update", "measurement", m.uid, m.family.uid, {"fields": changed})
        return changed


def delete_measurement(store: Store, uid: str) -> None:
    with store.session() as s:
        m = _measurement(s, uid)
        family_uid = m.family.uid
        s.delete(m)
        audit.record(
            s, "delete", "measurement", uid, family_uid, {"fields": list(MEASUREMENT_FIELDS)}
        )
