"""Small fictitious families for the session, search and calendar tests."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from famdesk.db.models import ActionPlan, Family, Goal, Member, Professional
from famdesk.db.store import Store


@dataclass
class FamilyIds:
    uid: str
    id: int
    mother: str
    child: str
    father: str
    teacher: str
    goal: str
    goal2: str
    plan: str


def make_family(
    store: Store,
    reference: str = "FB-2026-001",
    name: str = "Familien Ærøe",
    next_review: date | None = None,
    status: str = "active",
) -> FamilyIds:
    with store.session() as s:
        fam = Family(reference=reference, name=name, start_date=date(2026, 1, 5), status=status)
        mother = Member(role="mother", given_name="Sørine", family_name="Ærøe", position=0)
        father = Member(role="father", given_name="Bjørn", family_name="Ærøe", position=1)
        child = Member(role="child", given_name="Frøja", family_name="Ærøe", position=2)
        fam.members = [mother, father, child]
        teacher = Professional(name="Åse Lærke", organisation="Skovgård Skole", role="lærer")
        fam.professionals = [teacher]
        plan = ActionPlan(
            title="Forældrehandleplan", created_on=date(2026, 1, 10), next_review=next_review
        )
        g1 = Goal(title="Faste sengetider", position=0)
        g2 = Goal(title="Frøja kommer i børnehave hver dag", position=1)
        plan.goals = [g1, g2]
        fam.plans = [plan]
        s.add(fam)
        s.flush()
        return FamilyIds(
            fam.uid,
            fam.id,
            mother.uid,
            child.uid,
            father.uid,
            teacher.uid,
            g1.uid,
            g2.uid,
            plan.uid,
        )
