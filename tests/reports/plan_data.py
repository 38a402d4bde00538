"""A realistic, fictitious agreed plan with reviews, built through the plan service."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from famdesk.core import plans
from famdesk.core.plans import GoalData, StepData
from famdesk.db.store import Store
from tests.core.plan_fixtures import FamilyIds, make_family

CHILD_WORDS = "Alma siger, at hun glæder sig til at se far om lørdagen."
PARENTS_WORDS = (
    "Vi vil gerne have, at Alma kan komme hjem igen. Det har været den sværeste tid i vores liv, "
    "og vi har brug for, at nogen tror på, at vi kan.\n\n"
    "Zoë: »Jeg vil være en mor, Alma kan regne med – også på de dårlige dage.«\n"
    "Łukasz: »Jeg vil lære at sige fra, før jeg bliver vred.«"
)


@dataclass(frozen=True)
class PlanIds:
    family: FamilyIds
    plan: str


def realistic_goals() -> list[GoalData]:
    return [
        GoalData(
            "Vi har et godt og forudsigeligt samvær med Alma",
            success_criteria=(
                "Vi kommer til alle aftalte samvær og til tiden. Vi har planlagt, hvad vi skal "
                "lave, og Alma siger, at hun glæder sig til at se os."
            ),
            target_date=date(2026, 6, 30),
            ics_dimension="relationships",
            baseline_score=3,
            steps=[
                StepData(
                    "Lave en samværsplan med plejefamilien",
                    "Zoë og familiebehandler",
                    date(2026, 2, 24),
                    True,
                ),
                StepData(
                    "Tale om hvert samvær bagefter: hvad gik godt, hvad gør vi anderledes",
                    "Familiebehandler",
                    date(2026, 3, 31),
                ),
                StepData(
                    "Købe et spil, vi kan spille sammen til samvær", "Łukasz", date(2026, 3, 1)
                ),
            ],
        ),
        GoalData(
            "Jeg sover bedre og ved, hvad der hjælper mig på de hårde dage",
            success_criteria=(
                "Jeg sover mindst seks timer de fleste nætter og har en plan for hårde dage."
            ),
            target_date=date(2026, 5, 15),
            ics_dimension="health",
            baseline_score=2,
            steps=[
                StepData("Bestille tid hos egen læge om søvn", "Zoë", date(2026, 2, 20), True),
                StepData(
                    "Skrive en lille plan for hårde dage og hænge den på køleskabet",
                    "Zoë",
                    date(2026, 3, 10),
                ),
            ],
        ),
        GoalData(
            "Vi samarbejder godt med plejefamilien",
            success_criteria=(
                "Vi får besked om Almas uge hver fredag og kan sige til og fra, så det bliver hørt."
            ),
            target_date=date(2026, 8, 1),
            ics_dimension="network",
            baseline_score=4,
            steps=[
                StepData(
                    "Aftale fast ugentligt opkald fredag kl. 16",
                    "Familiebehandler",
                    date(2026, 2, 28),
                )
            ],
        ),
    ]


def make_agreed_plan(store: Store, *, reviews: bool = True) -> PlanIds:
    fam = make_family(store)
    uid = plans.create_plan(
        store,
        fam.family,
        "Forældrehandleplan for Zoë og Łukasz",
        created_on=date(2026, 2, 2),
        goals=realistic_goals(),
        member_uids=[fam.mother, fam.father],
        phase="change",
        purpose=(
            "At Alma får et stabilt og trygt samvær med sine forældre, og at Zoë og Łukasz "
            "får den støtte, der skal til, for at arbejde hen imod en hjemgivelse."
        ),
        legal_basis=(
            "Barnets lov – støtte til forældre med anbragte børn "
            "(se kommunens afgørelse af 15. januar 2026)."
        ),
        parents_own_words=PARENTS_WORDS,
        child_perspective=CHILD_WORDS,
        resources=(
            "Zoë og Łukasz kommer til alle møder og er gode til at lege med Alma. "
            "Zoës søster Ida bor tæt på og vil gerne hjælpe. "
            "Alma siger, at far laver de bedste pandekager."
        ),
        concerns=(
            "Kommunen er bekymret for, om hverdagen kan blive stabil nok, og for de voldsomme "
            "skænderier, Alma har været vidne til. "
            "Forældrene er bekymrede for, om Alma glemmer dem."
        ),
        crisis_notes=(
            "Anbringelsen har været en krise for begge forældre. Korte, faste aftaler hjælper. "
            "Ring frem for at skrive, og giv en dag til at svare. Hvis vi ikke hører fra Zoë i "
            "tre dage, ringer vi til Ida."
        ),
        support=(
            "Familiebehandler kommer hver tirsdag kl. 10. Vi forbereder samvær sammen om mandagen "
            "og samler op om torsdagen. Sagsbehandleren holder opfølgningsmøde hver tredje måned."
        ),
    )
    plans.agree_plan(store, uid, agreed_on=date(2026, 2, 16))
    if reviews:
        g = plans.get_plan(store, uid).goals
        plans.add_review(
            store,
            uid,
            date(2026, 5, 12),
            "Samværet er blevet mere roligt. Zoë sover bedre, men de hårde dage er stadig svære.",
            {g[0].uid: 5, g[1].uid: 4, g[2].uid: 6},
        )
        plans.add_review(
            store,
            uid,
            date(2026, 8, 18),
            "Alma glæder sig til samvær og har selv bedt om mere tid med far.",
            {g[0].uid: 7, g[1].uid: 6, g[2].uid: 7},
        )
    return PlanIds(fam, uid)
