"""A child, its parents and a small register of sites (fictitious), for the match tests."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from famdesk.core.placement.sites import SiteData, create_site
from famdesk.db.store import Store
from tests.core.session_fixtures import make_family

#: The day the tests take as today (core takes the day from its caller).
TODAY = date(2026, 11, 20)


@dataclass
class Case:
    family: str
    child: str
    mother: str
    foster: str
    institution: str
    home: str


def make_case(store: Store) -> Case:
    fam = make_family(store)
    foster = create_site(store, SiteData(
        name="Plejefamilien Østergaard", type="foster-family", address="Skovvej 4, 8600 Silkeborg",
        phone="+45 86 12 34 56", email="familie@oestergaard.dk",
        competences="Små børn, tilknytning, samvær med forældre", capacity=2))
    institution = create_site(store, SiteData(
        name="Døgninstitutionen Lærkereden", type="residential-institution",
        competences="Børn 6-12 år med udadreagerende adfærd", capacity=8))
    home = create_site(store, SiteData(
        name="Opholdsstedet Havblik", type="socio-educational-home",
        competences="Unge 13-17 år, skolegang", capacity=5))
    return Case(fam.uid, fam.child, fam.mother, foster, institution, home)
