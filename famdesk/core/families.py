"""The case register: families, their members and placements, collaborators.

Plain dataclasses go in and out; each function is one short unit of work and
appends an audit line for every change. Audit details name the fields that
changed, never their contents. Every rule is checked before anything is
written, and every problem is reported at once (``ValidationFailed``).
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields, replace
from datetime import date

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from famdesk.core import audit, rules
from famdesk.core.cpr import normalize_cpr, parse_cpr
from famdesk.core.errors import Code, ErrorCollector, FieldError, ValidationFailed
from famdesk.core.lookup import family_row, row_by_uid
from famdesk.core.profile import worker_name
from famdesk.core.versions import check_version, guarded
from famdesk.db.models import Family, Member, Placement, Professional, family_professional
from famdesk.db.sql import contains_folded, folded
from famdesk.db.store import Store
from famdesk.vocabulary import (
    CHILD_ROLES,
    PROFESSIONAL_ROLE_SUGGESTIONS,
)

# --- data in and out ------------------------------------------------------------------


@dataclass
class FamilyData:
    reference: str = ""
    name: str = ""
    worker: str = ""
    status: str = "active"
    setting: str = "home"
    programme: str | None = None
    risk_of_placement: bool = False
    start_date: date | None = None
    end_date: date | None = None
    notes: str = ""
    uid: str | None = None
    #: The record's save count when read; a save hands it back (``core.versions``).
    #: None: not read from the store (a new record), nothing to compare.
    row_version: int | None = field(default=None, compare=False)


FAMILY_FIELDS = tuple(f.name for f in fields(FamilyData) if f.name not in ("uid", "row_version"))


@dataclass
class PlacementData:
    type: str = "foster-family"
    site: str = ""
    since: date | None = None
    ended_on: date | None = None
    uid: str | None = None


@dataclass
class MemberData:
    role: str = "child"
    given_name: str = ""
    family_name: str = ""
    birth_date: date | None = None
    cpr: str | None = None
    phone: str = ""
    email: str = ""
    address: str = ""
    #: The current placement (children only); None when living at home.
    placement: PlacementData | None = None
    #: When ``placement`` goes from set to None: the day the placement ended.
    placement_ended_on: date | None = None
    uid: str | None = None
    family_uid: str | None = None
    # Read-only facts filled by the store:
    placement_history: list[PlacementData] = field(default_factory=list)
    cpr_substitute: bool = False
    cpr_modulus11_ok: bool = True
    #: The record's save count when read; a save hands it back (``core.versions``).
    #: None: not read from the store (a new record), nothing to compare.
    row_version: int | None = field(default=None, compare=False)

    @property
    def full_name(self) -> str:
        return " ".join(p for p in (self.given_name, self.family_name) if p)


MEMBER_FIELDS = (
    "role",
    "given_name",
    "family_name",
    "birth_date",
    "cpr",
    "phone",
    "email",
    "address",
)


@dataclass
class ProfessionalData:
    name: str = ""
    organisation: str = ""
    role: str = ""
    phone: str = ""
    email: str = ""
    uid: str | None = None
    #: How many families this collaborator is linked to (read-only).
    family_count: int = 0
    #: The record's save count when read; a save hands it back (``core.versions``).
    #: None: not read from the store (a new record), nothing to compare.
    row_version: int | None = field(default=None, compare=False)


PROFESSIONAL_FIELDS = ("name", "organisation", "role", "phone", "email")


# --- ages -------------------------------------------------------------------------------


def age_on(birth_date: date, today: date) -> int:
    """Completed years on ``today``."""
    years = today.year - birth_date.year
    if (today.month, today.day) < (birth_date.month, birth_date.day):
        years -= 1
    return years


def age_months_on(birth_date: date, today: date) -> int:
    """Completed months on ``today`` (for babies and toddlers)."""
    months = (today.year - birth_date.year) * 12 + today.month - birth_date.month
    if today.day < birth_date.day:
        months -= 1
    return months


# --- families ---------------------------------------------------------------------------


def _clean_family(data: FamilyData) -> FamilyData:
    return replace(
        data,
        reference=data.reference.strip(),
        name=data.name.strip(),
        worker=data.worker.strip(),
        programme=(data.programme or "").strip() or None,
    )


def _check_family(s: Session, data: FamilyData, uid: str | None, old_programme: str | None) -> None:
    errs = ErrorCollector()
    errs.extend(rules.check_family(vars(data), old_programme=old_programme))
    if data.reference and not errs.has("reference"):
        clash = s.scalar(
            select(Family.uid).where(
                folded(Family.reference) == data.reference.casefold(),
                Family.uid != (uid or ""),
            )
        )
        if clash is not None:
            errs.add(
                "reference",
                f"another family already has the reference {data.reference!r}",
                Code.FAMILY_REFERENCE_TAKEN,
                reference=data.reference,
            )
    errs.raise_if_any()


def _family_data(f: Family) -> FamilyData:
    return FamilyData(
        uid=f.uid,
        reference=f.reference,
        name=f.name,
        worker=f.worker,
        status=f.status,
        setting=f.setting,
        programme=f.programme,
        risk_of_placement=f.risk_of_placement,
        start_date=f.start_date,
        end_date=f.end_date,
        notes=f.notes,
        row_version=f.row_version,
    )


def get_family(store: Store, uid: str) -> FamilyData:
    """The family's own fields (no audit line: see ``open_family``)."""
    with store.read_session() as s:
        return _family_data(family_row(s, uid))


def open_family(store: Store, uid: str) -> FamilyData:
    """The family, read for a user to look at: writes a ``read`` audit line."""
    with store.session() as s:
        f = family_row(s, uid)
        audit.record(s, "read", "family", f.uid, f.uid)
        return _family_data(f)


def new_family_defaults(store: Store, today: date) -> FamilyData:
    """What a new family starts with: the worker profile's name as its worker, today as start."""
    return FamilyData(worker=worker_name(store), start_date=today)


def create_family(store: Store, data: FamilyData) -> str:
    data = _clean_family(data)
    with store.session() as s:
        _check_family(s, data, None, None)
        f = Family(**{name: getattr(data, name) for name in FAMILY_FIELDS})
        s.add(f)
        s.flush()
        audit.record(s, "create", "family", f.uid, f.uid, {"fields": list(FAMILY_FIELDS)})
        return f.uid


def _check_loaded(
    row: Family | Member | Professional,
    entity: str,
    loaded: FamilyData | MemberData | ProfessionalData | None,
    names: tuple[str, ...],
) -> None:
    """The record is still as ``loaded`` read it, else ``RecordChanged`` (``core.versions``)."""
    if loaded is not None:
        check_version(row, entity, loaded.row_version, {n: getattr(loaded, n) for n in names})


def update_family(
    store: Store, uid: str, data: FamilyData, loaded: FamilyData | None = None
) -> list[str]:
    """Write the changed fields; returns their names (empty: nothing changed).

    ``loaded`` is the family as the form read it: a save after someone else's
    is refused (``RecordChanged``, naming what they changed), nothing written.
    """
    data = _clean_family(data)
    with guarded("family"), store.session() as s:
        f = family_row(s, uid)
        _check_loaded(f, "family", loaded, FAMILY_FIELDS)
        _check_family(s, data, uid, f.programme)
        changed = [n for n in FAMILY_FIELDS if getattr(f, n) != getattr(data, n)]
        for n in changed:
            setattr(f, n, getattr(data, n))
        if changed:
            audit.record(s, "update", "family", f.uid, f.uid, {"fields": changed})
        return changed


def delete_family(store: Store, uid: str) -> None:
    """Delete the family with its members, plans and sessions; collaborators stay."""
    with store.session() as s:
        f = family_row(s, uid)
        detail = {"members": len(f.members), "professionals_unlinked": len(f.professionals)}
        # Finalized notes are locked in the database (migration 0005); the
        # ORM deletes them before the family, so it needs the permit.
        from famdesk.core.sessions import permit_note_deletion

        with permit_note_deletion(s, f.id):
            s.delete(f)
            s.flush()
        audit.record(s, "delete", "family", uid, uid, detail)


# --- members and placements --------------------------------------------------------------


def _member(s: Session, uid: str) -> Member:
    return row_by_uid(s, Member, "member", uid)


def _placement_data(p: Placement) -> PlacementData:
    return PlacementData(type=p.type, site=p.site, since=p.since, ended_on=p.ended_on, uid=p.uid)


def _current_placement(m: Member) -> Placement | None:
    current = [p for p in m.placements if p.ended_on is None]
    return max(current, key=lambda p: p.since) if current else None


def _member_data(m: Member) -> MemberData:
    current = _current_placement(m)
    data = MemberData(
        uid=m.uid,
        family_uid=m.family.uid,
        role=m.role,
        given_name=m.given_name,
        family_name=m.family_name,
        birth_date=m.birth_date,
        cpr=m.cpr,
        phone=m.phone,
        email=m.email,
        address=m.address,
        placement=_placement_data(current) if current else None,
        placement_history=[_placement_data(p) for p in m.placements if p is not current],
        row_version=m.row_version,
    )
    if m.cpr:
        try:
            info = parse_cpr(m.cpr)
        except ValueError:
            pass
        else:
            data.cpr_substitute = info.substitute
            data.cpr_modulus11_ok = info.modulus11_ok
    return data


def check_cpr(text: str) -> FieldError | None:
    """Why ``text`` is not a CPR number (None if it is one)."""
    return rules.cpr_problem(text)


def _clean_member(data: MemberData) -> MemberData:
    cpr = normalize_cpr(data.cpr) if data.cpr and data.cpr.strip() else None
    placement = data.placement
    if placement is not None:
        placement = replace(placement, site=placement.site.strip())
    return replace(
        data,
        given_name=data.given_name.strip(),
        family_name=data.family_name.strip(),
        cpr=cpr,
        phone=data.phone.strip(),
        email=data.email.strip(),
        address=data.address.strip(),
        placement=placement,
    )


#: Where the member form shows a placement's fields.
_PLACEMENT_FIELDS = {
    "placement.type": "placement_type",
    "placement.site": "placement_site",
    "placement.since": "placement_since",
    "placement.ended_on": "placement_ended_on",
}


def _check_member(data: MemberData, current: Placement | None) -> MemberData:
    """Check ``data``; returns it with the birth date filled from the CPR number."""
    errs = ErrorCollector()
    p = data.placement
    values = {name: getattr(data, name) for name in MEMBER_FIELDS}
    values["placement"] = vars(p) if p is not None else None
    unchanged = p is not None and current is not None and _same_placement(current, p)
    for problem in rules.check_member(values, today=date.today()):
        if unchanged and problem.code == Code.PLACEMENT_FUTURE:
            continue  # the current placement as it was: not this edit's business
        errs.errors.append(
            replace(problem, field=_PLACEMENT_FIELDS.get(problem.field, problem.field))
        )
    if data.birth_date is None:
        data = replace(data, birth_date=rules.member_birth_date(values))
    if p is not None:
        if (
            p.since is not None
            and current is not None
            and p.since < current.since
            and not _same_placement(current, p)
        ):
            errs.add(
                "placement_since",
                f"a new placement cannot start before the current one ({current.since:%d-%m-%Y})",
                Code.PLACEMENT_BEFORE_CURRENT,
                current=current.since.isoformat(),
            )
    elif (
        current is not None
        and data.placement_ended_on is not None
        and data.placement_ended_on < current.since
    ):
        errs.add(
            "placement_ended_on",
            "the placement cannot end before it started",
            Code.DATE_BEFORE_START,
            start=current.since.isoformat(),
        )
    errs.raise_if_any()
    return data


def _same_placement(current: Placement, p: PlacementData) -> bool:
    return (current.type, current.site, current.since) == (p.type, p.site, p.since)


def _apply_placement(m: Member, data: MemberData, current: Placement | None) -> bool:
    """Start, correct or end the member's placement; True if anything changed.

    A new start date ends the current placement on that day and keeps it as
    history; the same start date corrects the current placement in place.
    """
    p = data.placement
    if p is None:
        if current is None:
            return False
        current.ended_on = data.placement_ended_on or date.today()
        return True
    assert p.since is not None
    if current is not None:
        if _same_placement(current, p):
            return False
        if p.since == current.since:
            current.type, current.site = p.type, p.site
            return True
        current.ended_on = p.since
    m.placements.append(Placement(type=p.type, site=p.site, since=p.since))
    return True


def list_members(store: Store, family_uid: str) -> list[MemberData]:
    with store.read_session() as s:
        return [_member_data(m) for m in family_row(s, family_uid).members]


def get_member(store: Store, uid: str) -> MemberData:
    with store.read_session() as s:
        return _member_data(_member(s, uid))


def add_member(store: Store, family_uid: str, data: MemberData) -> str:
    data = _check_member(_clean_member(data), None)
    with store.session() as s:
        f = family_row(s, family_uid)
        m = Member(
            family=f,
            position=max((x.position for x in f.members), default=-1) + 1,
            **{n: getattr(data, n) for n in MEMBER_FIELDS},
        )
        s.add(m)
        changed = list(MEMBER_FIELDS)
        if _apply_placement(m, data, None):
            changed.append("placement")
        s.flush()
        audit.record(s, "create", "member", m.uid, f.uid, {"fields": changed})
        return m.uid


def update_member(
    store: Store, uid: str, data: MemberData, loaded: MemberData | None = None
) -> list[str]:
    """Write the changed fields (and placement); returns their names.

    ``loaded``: the member as the dialog read it (``core.versions``).
    """
    data = _clean_member(data)
    with guarded("member"), store.session() as s:
        m = _member(s, uid)
        _check_loaded(m, "member", loaded, MEMBER_FIELDS)
        current = _current_placement(m)
        data = _check_member(data, current)
        if m.conversations and data.role not in CHILD_ROLES:
            raise ValidationFailed(
                [
                    FieldError(
                        "role",
                        "the member has conversations with the child recorded; only a child can",
                        Code.CONVERSATION_NOT_CHILD,
                    )
                ]
            )
        changed = [n for n in MEMBER_FIELDS if getattr(m, n) != getattr(data, n)]
        for n in changed:
            setattr(m, n, getattr(data, n))
        if _apply_placement(m, data, current):
            changed.append("placement")
        if changed:
            audit.record(s, "update", "member", m.uid, m.family.uid, {"fields": changed})
        return changed


def delete_member(store: Store, uid: str) -> None:
    with store.session() as s:
        m = _member(s, uid)
        family_uid = m.family.uid
        s.delete(m)
        audit.record(s, "delete", "member", uid, family_uid)


def record_cpr_shown(store: Store, family_uid: str) -> None:
    """Log that a user revealed the family's CPR numbers on screen."""
    with store.session() as s:
        audit.record(s, "read", "member", None, family_uid, {"shown": ["cpr"]})


# --- professionals (collaborators) --------------------------------------------------------


def _professional(s: Session, uid: str) -> Professional:
    return row_by_uid(s, Professional, "professional", uid)


def _family_counts(s: Session, ids: list[int]) -> dict[int, int]:
    if not ids:
        return {}
    rows = s.execute(
        select(family_professional.c.professional_id, func.count())
        .where(family_professional.c.professional_id.in_(ids))
        .group_by(family_professional.c.professional_id)
    )
    return {pid: n for pid, n in rows}


def _professional_data(p: Professional, count: int) -> ProfessionalData:
    return ProfessionalData(
        uid=p.uid,
        name=p.name,
        organisation=p.organisation,
        role=p.role,
        phone=p.phone,
        email=p.email,
        family_count=count,
        row_version=p.row_version,
    )


def _check_professional(data: ProfessionalData) -> ProfessionalData:
    data = replace(data, **{n: getattr(data, n).strip() for n in PROFESSIONAL_FIELDS})
    errs = ErrorCollector()
    errs.extend(rules.check_professional(vars(data)))
    errs.raise_if_any()
    return data


def list_family_professionals(store: Store, family_uid: str) -> list[ProfessionalData]:
    with store.read_session() as s:
        profs = family_row(s, family_uid).professionals
        counts = _family_counts(s, [p.id for p in profs])
        return [_professional_data(p, counts.get(p.id, 0)) for p in profs]


def get_professional(store: Store, uid: str) -> ProfessionalData:
    with store.read_session() as s:
        p = _professional(s, uid)
        return _professional_data(p, _family_counts(s, [p.id]).get(p.id, 0))


def search_professionals(store: Store, text: str, limit: int = 20) -> list[ProfessionalData]:
    """Collaborators whose name, organisation or role contains ``text`` (for a completer)."""
    text = text.strip()
    query = select(Professional).order_by(Professional.name).limit(limit)
    if text:
        needle = text.replace("%", "").replace("_", "")
        query = query.where(
            or_(
                contains_folded(Professional.name, needle),
                contains_folded(Professional.organisation, needle),
                contains_folded(Professional.role, needle),
            )
        )
    with store.read_session() as s:
        profs = list(s.scalars(query))
        counts = _family_counts(s, [p.id for p in profs])
        return [_professional_data(p, counts.get(p.id, 0)) for p in profs]


def create_professional(store: Store, data: ProfessionalData, family_uid: str | None = None) -> str:
    """Add a collaborator to the register, linked to ``family_uid`` if given."""
    data = _check_professional(data)
    with store.session() as s:
        p = Professional(**{n: getattr(data, n) for n in PROFESSIONAL_FIELDS})
        s.add(p)
        f = family_row(s, family_uid) if family_uid is not None else None
        if f is not None:
            f.professionals.append(p)
        s.flush()
        audit.record(
            s, "create", "professional", p.uid, family_uid, {"fields": list(PROFESSIONAL_FIELDS)}
        )
        if family_uid is not None:
            audit.record(
                s, "update", "family", family_uid, family_uid, {"linked_professional": p.uid}
            )
        return p.uid


def update_professional(
    store: Store, uid: str, data: ProfessionalData, loaded: ProfessionalData | None = None
) -> list[str]:
    """Change a collaborator everywhere: every family linked to it sees the change.

    ``loaded``: the collaborator as the dialog read it (``core.versions``).
    """
    data = _check_professional(data)
    with guarded("professional"), store.session() as s:
        p = _professional(s, uid)
        _check_loaded(p, "professional", loaded, PROFESSIONAL_FIELDS)
        changed = [n for n in PROFESSIONAL_FIELDS if getattr(p, n) != getattr(data, n)]
        for n in changed:
            setattr(p, n, getattr(data, n))
        if changed:
            audit.record(s, "update", "professional", p.uid, None, {"fields": changed})
        return changed


def link_professional(store: Store, family_uid: str, prof_uid: str) -> bool:
    """Add an existing collaborator to the family; False if it was already there."""
    with store.session() as s:
        f = family_row(s, family_uid)
        p = _professional(s, prof_uid)
        if p in f.professionals:
            return False
        f.professionals.append(p)
        audit.record(s, "update", "family", f.uid, f.uid, {"linked_professional": p.uid})
        return True


def unlink_professional(store: Store, family_uid: str, prof_uid: str) -> bool:
    """Remove the collaborator from the family (it stays in the register)."""
    with store.session() as s:
        f = family_row(s, family_uid)
        p = _professional(s, prof_uid)
        if p not in f.professionals:
            return False
        f.professionals.remove(p)
        audit.record(s, "update", "family", f.uid, f.uid, {"unlinked_professional": p.uid})
        return True


__all__ = [
    "FAMILY_FIELDS",
    "PROFESSIONAL_ROLE_SUGGESTIONS",
    "FamilyData",
    "FieldError",
    "MemberData",
    "PlacementData",
    "ProfessionalData",
    "ValidationFailed",
    "add_member",
    "age_months_on",
    "age_on",
    "check_cpr",
    "create_family",
    "create_professional",
    "delete_family",
    "delete_member",
    "get_family",
    "get_member",
    "get_professional",
    "link_professional",
    "list_family_professionals",
    "list_members",
    "open_family",
    "record_cpr_shown",
    "search_professionals",
    "unlink_professional",
    "update_family",
    "update_member",
    "update_professional",
]
