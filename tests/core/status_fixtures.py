"""A fictitious case with everything a status report shows, built with the ORM directly.

Period of interest: 2025-01-01 … 2025-06-30. Known figures (what the tests check):
held in period: 3 home visits (60+90+60 min = 3.5 h), 2 supervised-contact
(2 × 120 min = 4 h), 1 network meeting (45 min); 1 home visit cancelled, 1 office
no-show; 1 planned (future) and 1 held session before the period (not counted).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from zoneinfo import ZoneInfo

from famdesk.db.models import (
    ActionPlan,
    ContactSession,
    Family,
    Goal,
    Measurement,
    Member,
    Placement,
    Professional,
    Review,
    ReviewScore,
)
from famdesk.db.store import Store

CPH = ZoneInfo("Europe/Copenhagen")
PERIOD = (date(2025, 1, 1), date(2025, 6, 30))


@dataclass(frozen=True)
class Case:
    family: str
    mother: str
    father: str
    child: str
    plan: str
    goal_a: str
    goal_b: str


def _at(day: date, hour: int = 10) -> datetime:
    return datetime(day.year, day.month, day.day, hour, 0, tzinfo=CPH)


def make_case(store: Store, *, reference: str = "FB-2025-017") -> Case:
    with store.session() as s:
        fam = Family(
            reference=reference,
            name="Familien Nguyễn-Østergaard",
            worker="Mette Familiebehandler",
            setting="placed-child-parent-support",
            programme="Målrettet støtte",
            risk_of_placement=False,
            start_date=date(2024, 9, 1),
        )
        mother = Member(
            family=fam, role="mother", given_name="Zoë", family_name="Nguyễn", position=0
        )
        father = Member(
            family=fam, role="father", given_name="Łukasz", family_name="Østergaard", position=1
        )
        child = Member(
            family=fam,
            role="child",
            given_name="Aya",
            family_name="Østergaard",
            birth_date=date(2016, 4, 2),
            position=2,
        )
        child.placements = [
            Placement(type="foster-family", site="Plejefamilien Holm", since=date(2024, 6, 1))
        ]
        caseworker = Professional(
            name="Jonas Sagsbehandler",
            organisation="Eksempel Kommune",
            role="municipal caseworker",
            phone="+45 11 22 33 44",
            email="jonas@eksempel.invalid",
        )
        teacher = Professional(name="Birgitte Lærer", organisation="Eksempelskolen", role="teacher")
        fam.professionals = [caseworker, teacher]
        s.add(fam)
        s.flush()

        plan = ActionPlan(
            family=fam,
            title="Forældrehandleplan for Zoë og Łukasz",
            status="agreed",
            created_on=date(2024, 10, 1),
            agreed_on=date(2024, 10, 15),
            next_review=date(2025, 7, 15),
            phase="change",
        )
        plan.members = [mother, father]
        goal_a = Goal(
            title="Vi har en fast rytme om morgenen",
            success_criteria="Aya kommer i skole til tiden fire dage om ugen",
            ics_dimension="safe-care",
            baseline_score=3,
            position=0,
        )
        goal_b = Goal(
            title="Samværet med Aya er roligt og forudsigeligt",
            success_criteria="Aya glæder sig til samvær",
            ics_dimension="relationships",
            baseline_score=4,
            position=1,
        )
        plan.goals = [goal_a, goal_b]
        s.add(plan)
        s.flush()
        for pos, (day, a, b, summary) in enumerate(
            [
                (date(2024, 12, 10), 4, 4, "Første opfølgning"),
                (date(2025, 3, 12), 6, 5, "Morgenrutinen holder oftere"),
                (date(2025, 6, 11), 7, 7, "Samværet er blevet roligere"),
                (date(2025, 9, 1), 9, 9, "Efter perioden"),
            ]
        ):
            review = Review(plan=plan, date=day, summary=summary, position=pos)
            review.scores = [
                ReviewScore(goal_id=goal_a.id, score=a),
                ReviewScore(goal_id=goal_b.id, score=b),
            ]
            s.add(review)

        sessions = [
            # (day, kind, status, minutes, summary, agreements)
            (date(2024, 12, 5), "home-visit", "held", 60, "Før perioden", ""),
            (date(2025, 1, 8), "home-visit", "held", 60, "Morgenrutine gennemgået",
             "Vækkeur kl. 6.45"),
            (date(2025, 2, 3), "supervised-contact", "held", 120, "Aya søgte trøst hos mor", ""),
            (date(2025, 2, 17), "home-visit", "cancelled", 60, "", ""),
            (date(2025, 3, 3), "office", "no-show", 60, "", ""),
            (date(2025, 3, 20), "home-visit", "held", 90, "Far deltog hele besøget", ""),
            (date(2025, 4, 9), "network-meeting", "held", 45, "Netværksmøde på skolen",
             "Skolen giver besked ved fravær"),
            (date(2025, 5, 14), "supervised-contact", "held", 120,
             "Legede roligt med Lego i en time", ""),
            (date(2025, 6, 30), "home-visit", "held", 60, "Status før mødet", ""),
            (date(2025, 7, 2), "home-visit", "planned", 60, "", ""),
        ]  # fmt: skip
        for day, kind, status, minutes, summary, agreements in sessions:
            s.add(
                ContactSession(
                    family=fam,
                    author="Mette Familiebehandler",
                    start=_at(day, 23 if day == date(2025, 6, 30) else 10),
                    duration_minutes=minutes,
                    status=status,
                    kind=kind,
                    summary=summary,
                    agreements=agreements,
                    concern=day == date(2025, 3, 20),
                )
            )

        for pos, (member, instrument, day, items, score) in enumerate(
            [
                (mother, "WHO-5", date(2024, 11, 1), [1, 1, 1, 1, 1], 20),
                (mother, "WHO-5", date(2025, 1, 10), [2, 1, 2, 1, 1], 28),
                (mother, "WHO-5", date(2025, 3, 14), [2, 2, 3, 2, 2], 44),
                (mother, "WHO-5", date(2025, 6, 12), [3, 3, 3, 3, 3], 60),
                (father, "parenting-competence", date(2025, 1, 10), [4], 4),
                (father, "parenting-competence", date(2025, 6, 12), [6], 6),
                (child, "SDQ-total", date(2025, 2, 1), [], 19),
                (child, "SDQ-total", date(2025, 6, 1), [], 14),
            ]
        ):
            s.add(
                Measurement(
                    family=fam,
                    member=member,
                    instrument=instrument,
                    date=day,
                    items=items,
                    score=score,
                    position=pos,
                )
            )
        return Case(fam.uid, mother.uid, father.uid, child.uid, plan.uid, goal_a.uid, goal_b.uid)
