"""Small fictitious records for the backup, restore and audit tests."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

from famdesk.core import audit
from famdesk.db.models import ContactSession, Family, Member
from famdesk.db.store import Store

#: A note text that must never appear in plain form in any file we write.
SECRET_NOTE = "Fiktiv notat-tekst: Mor fortalte om weekenden hos mormor Zebulona"


def add_family(
    store: Store, name: str = "Familien Fiktiv", *, note: str = SECRET_NOTE
) -> tuple[str, str]:
    """One family with a member and a held session; returns (family uid, member uid)."""
    with store.session() as s:
        fam = Family(reference=f"REF-{name[-6:]}", name=name, start_date=date(2026, 1, 5))
        mother = Member(family=fam, role="mother", given_name="Fiona", family_name="Fiktiv")
        s.add_all([fam, mother])
        s.add(
            ContactSession(
                family=fam,
                start=datetime(2026, 2, 3, 10, 0, tzinfo=timezone(timedelta(hours=1))),
                kind="home-visit",
                notes=note,
            )
        )
        s.flush()
        audit.record(s, "create", "family", fam.uid, fam.uid, {"name_len": len(name)})
        return fam.uid, mother.uid


def family_names(store: Store) -> set[str]:
    from sqlalchemy import select

    with store.read_session() as s:
        return set(s.scalars(select(Family.name)))
