"""The register of placement sites: foster families, institutions, homes; shared by all families.

A site is kept once and named by every match that considers it (as a
candidate or the chosen site), so a site in use is not deleted. On a team
server every worker reads and writes the register (migration 0012) and counts
the matches that name a site across the team (0015). Each
change is one unit of work with an audit line naming the fields changed.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from sqlalchemy import func, or_, select
from sqlalchemy import text as sql_text
from sqlalchemy.orm import Session

from famdesk.core import audit, rules
from famdesk.core.errors import Code, CoreError, ValidationFailed
from famdesk.core.lookup import row_by_uid
from famdesk.core.versions import check_version, guarded
from famdesk.db.models import MatchCandidate, PlacementMatch, PlacementSite
from famdesk.db.sql import contains_folded
from famdesk.db.store import Store

SITE_FIELDS = ("name", "type", "address", "phone", "email", "competences", "capacity")


@dataclass
class SiteData:
    name: str = ""
    #: One of ``vocabulary.PLACEMENT_TYPES``.
    type: str = "foster-family"
    address: str = ""
    phone: str = ""
    email: str = ""
    competences: str = ""
    #: How many children the site can take (None: not known).
    capacity: int | None = None
    uid: str | None = None
    #: The version the record had when read (``core.versions``).
    row_version: int | None = None
    #: How many matches name the site, as a candidate or the chosen one (read-only).
    match_count: int = 0


def site_row(s: Session, uid: str) -> PlacementSite:
    return row_by_uid(s, PlacementSite, "placement_site", uid)


def _matches_naming(s: Session, ids: list[int]) -> dict[int, int]:
    """Per site id, how many matches name it (as a candidate or as the chosen site).

    Every match of the team counts, also those of families the worker does not
    see: on a server the count runs in ``famdesk_site_matches`` (migration 0015),
    which gives out only the number.
    """
    if not ids:
        return {}
    if s.connection().dialect.name == "postgresql":
        rows = s.execute(
            sql_text("SELECT site_id, matches FROM famdesk_site_matches(:ids)"), {"ids": ids}
        )
        return {site: n for site, n in rows}
    pairs = select(MatchCandidate.site_id.label("site"), MatchCandidate.match_id.label("m")).where(
        MatchCandidate.site_id.in_(ids)
    ).union(
        select(PlacementMatch.chosen_site_id, PlacementMatch.id).where(
            PlacementMatch.chosen_site_id.in_(ids)
        )
    ).subquery()
    rows = s.execute(select(pairs.c.site, func.count()).group_by(pairs.c.site))
    return {site: n for site, n in rows}


def site_data(p: PlacementSite, match_count: int = 0) -> SiteData:
    return SiteData(
        uid=p.uid,
        row_version=p.row_version,
        match_count=match_count,
        **{n: getattr(p, n) for n in SITE_FIELDS},
    )


def _clean(data: SiteData) -> SiteData:
    return replace(
        data,
        name=data.name.strip(),
        address=data.address.strip(),
        phone=data.phone.strip(),
        email=data.email.strip(),
        competences=data.competences.strip(),
    )


def check_site(data: SiteData) -> SiteData:
    """``data`` cleaned as it would be stored; ``ValidationFailed`` with every problem."""
    data = _clean(data)
    problems = rules.check_placement_site({n: getattr(data, n) for n in SITE_FIELDS})
    if problems:
        raise ValidationFailed(problems)
    return data


def create_site(store: Store, data: SiteData) -> str:
    data = check_site(data)
    with store.session() as s:
        p = PlacementSite(**{n: getattr(data, n) for n in SITE_FIELDS})
        s.add(p)
        s.flush()
        audit.record(s, "create", "placement_site", p.uid, None, {"fields": list(SITE_FIELDS)})
        return p.uid


def update_site(
    store: Store, uid: str, data: SiteData, *, loaded: SiteData | None = None
) -> list[str]:
    """Change a site for every match that names it; returns the fields changed.

    ``loaded`` is the site as the editor read it: a save based on an older
    version is refused (``RecordChanged``) naming what the other save changed.
    """
    data = check_site(data)
    with store.session() as s, guarded("placement_site"):
        p = site_row(s, uid)
        if loaded is not None:
            check_version(p, "placement_site", loaded.row_version,
                          {n: getattr(loaded, n) for n in SITE_FIELDS})
        changed = [n for n in SITE_FIELDS if getattr(p, n) != getattr(data, n)]
        for n in changed:
            setattr(p, n, getattr(data, n))
        if changed:
            s.flush()
            audit.record(s, "update", "placement_site", p.uid, None, {"fields": changed})
        return changed


def delete_site(store: Store, uid: str) -> None:
    """Take a site out of the register; refused while a match names it."""
    with store.session() as s:
        p = site_row(s, uid)
        used = _matches_naming(s, [p.id]).get(p.id, 0)
        if used:
            raise CoreError(
                Code.PLACEMENT_SITE_IN_USE,
                f"the site is part of {used} match(es)",
                field="name",
                matches=used,
            )
        s.delete(p)
        audit.record(s, "delete", "placement_site", uid, None)


def get_site(store: Store, uid: str) -> SiteData:
    with store.read_session() as s:
        p = site_row(s, uid)
        return site_data(p, _matches_naming(s, [p.id]).get(p.id, 0))


def search_sites(
    store: Store,
    text: str = "",
    *,
    type: str | None = None,
    competence: str = "",
    limit: int | None = None,
) -> list[SiteData]:
    """Sites by name, type and competences, in name order.

    ``text`` is found in the name or the address, ``competence`` in the
    competences (case and accents as the families filter folds them);
    ``type`` is one placement type, None for all.
    """
    query = select(PlacementSite).order_by(PlacementSite.name, PlacementSite.id)
    needle = text.strip()
    if needle:
        query = query.where(
            or_(
                contains_folded(PlacementSite.name, needle),
                contains_folded(PlacementSite.address, needle),
            )
        )
    if type is not None:
        query = query.where(PlacementSite.type == type)
    skill = competence.strip()
    if skill:
        query = query.where(contains_folded(PlacementSite.competences, skill))
    if limit is not None:
        query = query.limit(limit)
    with store.read_session() as s:
        rows = list(s.scalars(query))
        counts = _matches_naming(s, [p.id for p in rows])
        return [site_data(p, counts.get(p.id, 0)) for p in rows]


def list_sites(store: Store) -> list[SiteData]:
    """The whole register, in name order."""
    return search_sites(store)
