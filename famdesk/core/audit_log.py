"""Reading the audit trail: filter, page, tell in plain words, export per person, purge.

The database refuses any UPDATE of an audit row, and any DELETE of a row not
older than the retention cutoff (migration 0004); this module can only read,
export, and purge rows past retention. ``describe`` tells a row as the
sentence a worker reads ("Line Åberg printed the status report for Familien
Kleist, 01-09-2026 – 30-11-2026"), from the catalogue (``texts.toml``,
``audit.*``), so the window never shows the stored codes.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import Select, delete, func, or_, select

from famdesk.core import audit, words
from famdesk.core.settings import MIN_AUDIT_RETENTION_DAYS
from famdesk.db.models import AuditEvent, Family, Member, StoreInfo
from famdesk.db.store import Store
from famdesk.db.types import Instant
from famdesk.files import private_file

CUTOFF_KEY = "audit_retention_cutoff"
EXPORT_FORMATS = ("csv", "json")
COLUMNS = ("at", "actor", "action", "entity", "entity_uid", "family_uid", "detail")


@dataclass(frozen=True)
class AuditFilter:
    family_uid: str | None = None
    actor: str | None = None
    action: str | None = None
    since: date | None = None  # inclusive, local calendar day
    until: date | None = None  # inclusive, local calendar day
    person_uid: str | None = None  # a member: rows about them or their family


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: datetime
    actor: str
    action: str
    entity: str
    entity_uid: str | None
    family_uid: str | None
    detail: dict[str, Any]
    #: The family's name while it exists (None for a row about no family or a deleted one).
    family_name: str | None = None

    def as_dict(self) -> dict[str, Any]:
        return {
            "at": self.at.isoformat(),
            "actor": self.actor,
            "action": self.action,
            "entity": self.entity,
            "entity_uid": self.entity_uid,
            "family_uid": self.family_uid,
            "detail": self.detail,
        }


def _local_midnight(day: date) -> datetime:
    return datetime.combine(day, time()).astimezone()


_Query = TypeVar("_Query", bound=Select[*tuple[Any, ...]])


def _apply(query: _Query, store: Store, f: AuditFilter) -> _Query:
    if f.family_uid:
        query = query.where(AuditEvent.family_uid == f.family_uid)
    if f.actor:
        query = query.where(AuditEvent.actor == f.actor)
    if f.action:
        query = query.where(AuditEvent.action == f.action)
    if f.since:
        query = query.where(AuditEvent.at >= _local_midnight(f.since))
    if f.until:
        query = query.where(AuditEvent.at < _local_midnight(f.until + timedelta(days=1)))
    if f.person_uid:
        family_uid = person_family(store, f.person_uid)
        clauses = [AuditEvent.entity_uid == f.person_uid]
        if family_uid:
            clauses.append(AuditEvent.family_uid == family_uid)
        query = query.where(or_(*clauses))
    return query


def person_family(store: Store, member_uid: str) -> str | None:
    with store.read_session() as s:
        return s.scalar(
            select(Family.uid)
            .join(Member, Member.family_id == Family.id)
            .where(Member.uid == member_uid)
        )


def count_events(store: Store, f: AuditFilter | None = None) -> int:
    with store.read_session() as s:
        query = _apply(select(func.count(AuditEvent.id)), store, f or AuditFilter())
        return int(s.scalar(query) or 0)


def fetch_events(
    store: Store, f: AuditFilter | None = None, *, offset: int = 0, limit: int = 200
) -> list[AuditRow]:
    """One page of matching rows, newest first."""
    query = _apply(
        select(AuditEvent, Family.name).outerjoin(Family, Family.uid == AuditEvent.family_uid),
        store,
        f or AuditFilter(),
    )
    query = query.order_by(AuditEvent.at.desc(), AuditEvent.id.desc()).offset(offset).limit(limit)
    with store.read_session() as s:
        return [
            AuditRow(
                e.id,
                e.at,
                e.actor,
                e.action,
                e.entity,
                e.entity_uid,
                e.family_uid,
                dict(e.detail or {}),
                name,
            )
            for e, name in s.execute(query)
        ]


# --- in plain words ------------------------------------------------------------------------------

#: The one date style of the screens.
DATE_STYLE = "%d-%m-%Y"


def _day(value: Any) -> str:
    """An ISO date from a row's detail written DD-MM-YYYY (anything else as it is)."""
    try:
        return date.fromisoformat(str(value)).strftime(DATE_STYLE)
    except ValueError:
        return str(value)


def _count(detail: dict[str, Any], name: str) -> int:
    value = detail.get(name)
    return value if isinstance(value, int) and not isinstance(value, bool) else 0


def _variant(row: AuditRow) -> tuple[str, dict[str, Any], int | None]:
    """The catalogue key's variant for this row, its parameters and a count (for one/other)."""
    d = row.detail
    fields = set(d.get("fields") or ())
    key = (row.action, row.entity)
    if key == ("update", "plan"):
        if "superseded_by" in d:
            return "superseded", {}, None
        if fields == {"agreed_on", "next_review", "status"}:
            return "agreed", {}, None
        if fields == {"next_review", "status"}:
            return "finished", {}, None
        if fields == {"next_review"}:
            return "next_review", {}, None
    if key == ("create", "plan") and "revision_of" in d:
        return "revision", {"version": d.get("version", "")}, None
    if key == ("create", "session") and d.get("status") == "planned":
        return "planned", {}, None
    if key == ("update", "session"):
        if "addendum" in d:
            return "addendum", {}, None
        if "concern_notice" in d:
            return "concern", {}, None
        if d.get("finalized"):
            return "finalized", {}, None
    if key == ("update", "family"):
        if "linked_professional" in d:
            return "linked", {}, None
        if "unlinked_professional" in d:
            return "unlinked", {}, None
    if key == ("update", "store") and d.get("changed") == "passphrase":
        return "passphrase", {}, None
    if key == ("backup", "store") and d.get("reason") in ("automatic", "close"):
        return "automatic", {"file": d.get("file", "")}, None
    if key in (("backup", "store"), ("restore", "store")):
        return "", {"file": d.get("file", "")}, None
    if key == ("search", "family"):
        return "", {"query": d.get("query", "")}, _count(d, "matches")
    if key == ("search", "session"):
        return "", {"query": d.get("query", "")}, _count(d, "hits")
    if key == ("print", "plan"):
        return "", {"version": d.get("version", "")}, None
    if key in (("print", "session-log"), ("print", "status_report")):
        period = {"from": _day(d.get("from")), "to": _day(d.get("to"))}
        both = d.get("from") and d.get("to")
        return ("period" if both and row.entity == "session-log" else ""), period, None
    if key == ("export", "store") or key == ("import", "store"):
        return "", {}, _count(d, "families")
    if key == ("export", "calendar"):
        return "", {}, _count(d, "events")
    if key == ("export", "audit_event"):
        return "", {}, _count(d, "rows")
    if key == ("delete", "audit_event"):
        return "", {"date": _day(d.get("older_than"))}, _count(d, "purged")
    return "", {}, None


def describe(row: AuditRow, lang: str) -> str:
    """The row as a sentence in ``lang``: who did what to which family.

    Built from the catalogue's ``audit.<action>.<entity>[.<variant>]``; a row
    no sentence is written for (an older famdesk's, say) still reads as
    "<who>: <what> – <which record>" in words, never as stored codes.
    """
    variant, params, n = _variant(row)
    family = row.family_name or (words.text("audit.family_gone", lang) if row.family_uid else "")
    params = {"actor": row.actor, "family": family, **params}
    table = words.texts_table()
    base = f"audit.{row.action}.{row.entity}"
    for key in (f"{base}.{variant}", base) if variant else (base,):
        if key in table:
            return words.text(key, lang, n=n, **params)
    record = words.label("audit_record", row.entity, lang) if row.entity else ""
    if family:
        record = f"{record} ({family})" if record else family
    return words.text(
        "audit.other",
        lang,
        actor=row.actor,
        action=words.label("audit_action", row.action, lang),
        record=record,
    )


def actors(store: Store) -> list[str]:
    with store.read_session() as s:
        return list(s.scalars(select(AuditEvent.actor).distinct().order_by(AuditEvent.actor)))


def family_choices(store: Store) -> list[tuple[str, str]]:
    """``(uid, "reference – name")`` for the family filter."""
    with store.read_session() as s:
        rows = s.execute(
            select(Family.uid, Family.reference, Family.name).order_by(Family.reference)
        )
        return [(uid, f"{ref} – {name}") for uid, ref, name in rows]


def person_choices(store: Store, family_uid: str) -> list[tuple[str, str]]:
    """``(member uid, name)`` of one family's members, for an export per person."""
    with store.read_session() as s:
        rows = s.execute(
            select(Member.uid, Member.given_name, Member.family_name)
            .join(Family, Member.family_id == Family.id)
            .where(Family.uid == family_uid)
            .order_by(Member.position)
        )
        return [(uid, f"{given} {fam}".strip()) for uid, given, fam in rows]


def render_events(rows: list[AuditRow], fmt: str) -> str:
    if fmt == "json":
        return json.dumps([r.as_dict() for r in rows], ensure_ascii=False, indent=2) + "\n"
    if fmt == "csv":
        buf = io.StringIO()
        writer = csv.writer(buf)
        writer.writerow(COLUMNS)
        for r in rows:
            d = r.as_dict()
            d["detail"] = json.dumps(r.detail, ensure_ascii=False, sort_keys=True)
            writer.writerow([d[c] if d[c] is not None else "" for c in COLUMNS])
        return buf.getvalue()
    raise ValueError(f"unknown export format {fmt!r}; use csv or json")


def export_events(store: Store, f: AuditFilter, out: Path, fmt: str) -> int:
    """Write every matching row to ``out`` (owner-only, atomically); audit the export."""
    if fmt not in EXPORT_FORMATS:
        raise ValueError(f"unknown export format {fmt!r}; use csv or json")
    rows: list[AuditRow] = []
    while True:
        page = fetch_events(store, f, offset=len(rows), limit=1000)
        rows.extend(page)
        if len(page) < 1000:
            break
    text = render_events(rows, fmt)
    with private_file(out, "w", newline="") as fh:
        fh.write(text)
    criteria = {k: v.isoformat() if isinstance(v, date) else v for k, v in vars(f).items() if v}
    with store.session() as s:
        audit.record(
            s,
            "export",
            "audit_event",
            entity_uid=f.person_uid,
            family_uid=f.family_uid,
            detail={"rows": len(rows), "format": fmt, "criteria": criteria},
        )
    return len(rows)


def instant_text(moment: datetime) -> str:
    """``moment`` as stored in an Instant column (fixed-width UTC first)."""
    text = Instant().process_bind_param(moment, None)  # type: ignore[arg-type]
    assert text is not None
    return text


def purge_expired(store: Store, retention_days: int, *, now: datetime | None = None) -> int:
    """Delete audit rows older than ``retention_days``; return how many went.

    The cutoff is recorded in ``store_info`` first; the database refuses the
    cutoff if it would reach into the last MIN_AUDIT_RETENTION_DAYS days, and
    refuses to delete any row not older than the cutoff.
    """
    if retention_days < MIN_AUDIT_RETENTION_DAYS:
        raise ValueError(f"audit rows are kept at least {MIN_AUDIT_RETENTION_DAYS} days")
    now = now or datetime.now(UTC)
    cutoff = now - timedelta(days=retention_days)
    with store.session() as s:
        info = s.get(StoreInfo, CUTOFF_KEY)
        if info is None:
            s.add(StoreInfo(key=CUTOFF_KEY, value=instant_text(cutoff)))
        else:
            info.value = instant_text(cutoff)
        s.flush()
        result = s.execute(
            delete(AuditEvent).where(AuditEvent.at < cutoff),
            execution_options={"synchronize_session": False},
        )
        purged = int(result.rowcount or 0)  # type: ignore[attr-defined]
        if purged:
            audit.record(
                s,
                "delete",
                "audit_event",
                detail={"purged": purged, "older_than": cutoff.date().isoformat()},
            )
    return purged
