"""A small fictitious family with two parents, built through the ORM, for plan tests."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from famdesk.db.models import Family, Member, Professional
from famdesk.db.store import Store


@dataclass(frozen=True)
class FamilyIds:
    family: str
    mother: str
    father: str
    child: str


def make_family(
    store: Store,
    name: str = "Familien Kowalski-Nguyễn",
    mother: tuple[str, str] = ("Zoë", "Kowalski"),
    father: tuple[str, str] = ("Łukasz", "Nguyễn"),
) -> FamilyIds:
    with store.session() as s:
        family = Family(
            reference="FB-2026-017",
            name=name,
            worker="Mette Familiebehandler",
            status="active",
            setting="placed-child-parent-support",
            start_date=date(2026, 1, 5),
        )
        m = Member(role="mother", given_name=mother[0], family_name=mother[1], position=0)
        f = Member(role="father", given_name=father[0], family_name=father[1], position=1)
        c = Member(role="child", given_name="Alma", family_name="Kowalski", position=2)
        family.members = [m, f, c]
        family.professionals = [
            Professional(
                name="Jonas Sagsbehandler", organisation="Eksempel Kommune", role="Sagsbehandler"
            )
        ]
        s.add(family)
        s.flush()
        return FamilyIds(family.uid, m.uid, f.uid, c.uid)
