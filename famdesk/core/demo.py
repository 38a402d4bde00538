"""A fictitious, realistic caseload in the interchange format, for demos and benchmarks.

``generate_document`` builds a document that ``famdesk import`` accepts;
``create_demo`` writes one into a store in chunks of families, so a caseload of
thousands of families keeps memory modest and can report progress.

Determinism: each family is drawn from its own ``random.Random`` seeded by
``(seed, family index)``, and record UUIDs come from that generator, never from
``uuid4``. The same ``(families, sessions_per_family, seed, today)`` therefore
always gives the same document, and a chunked write equals a whole one.
"""

from __future__ import annotations

import functools
import random
import unicodedata
import uuid
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from famdesk.core import demo_texts as T
from famdesk.core.errors import Code, CoreError
from famdesk.core.interchange_schema import FORMAT_VERSION
from famdesk.core.plans.dates import add_months
from famdesk.vocabulary import ICS_DIMENSIONS, PLACEMENT_TYPES, SESSION_KINDS

if TYPE_CHECKING:
    from famdesk.core.interchange import ImportSummary
    from famdesk.db.store import Store

CPH = ZoneInfo("Europe/Copenhagen")
CHUNK_FAMILIES = 200
_CASEWORKERS_PER_MUNICIPALITY = 4

_ASCII_TABLE = str.maketrans(
    {"æ": "ae", "ø": "oe", "å": "aa", "ł": "l", "ı": "i", "đ": "d", "ß": "ss", " ": ".", "'": ""}
)
_CPR_WEIGHTS = (4, 3, 2, 7, 6, 5, 4, 3, 2, 1)
_SCALE_PARENT = ("everyday-structure", "parenting-competence")
_SETTING_CYCLE = ("home", "preventive", "placed-child-parent-support", "home", "residential")
_STATUS_CYCLE = ("active",) * 7 + ("paused", "closed", "closed")

# Session kind weights per setting, in SESSION_KINDS order:
# home-visit, office, phone, video, supervised-contact, network-meeting, placement-site, group
_KIND_WEIGHTS: dict[str, tuple[int, ...]] = {
    "home": (50, 10, 15, 4, 2, 8, 1, 4),
    "residential": (15, 35, 8, 4, 4, 10, 2, 12),
    "placed-child-parent-support": (10, 15, 14, 5, 30, 8, 14, 4),
    "preventive": (35, 12, 12, 5, 1, 6, 1, 28),
}
_DURATIONS: dict[str, tuple[int, ...]] = {
    "home-visit": (60, 75, 90, 120),
    "office": (45, 60, 60, 90),
    "phone": (10, 15, 20, 30),
    "video": (30, 45, 60),
    "supervised-contact": (60, 90, 120, 180),
    "network-meeting": (60, 90),
    "placement-site": (60, 90, 120),
    "group": (120, 150),
}
_HOURS: dict[str, tuple[int, int]] = {
    "home-visit": (8, 19),
    "office": (9, 15),
    "phone": (8, 17),
    "video": (9, 16),
    "supervised-contact": (9, 17),
    "network-meeting": (9, 14),
    "placement-site": (9, 16),
    "group": (16, 18),
}
# Child age ranges (years) that fit each programme's target group.
_PROGRAMME_AGES: dict[str | None, tuple[int, int]] = {
    "De Utrolige År – Baby": (0, 1),
    "De Utrolige År": (3, 8),
    "PMTO": (4, 12),
    "MST": (12, 17),
    "FFT": (11, 17),
    "KEEP": (4, 12),
    "MTFC": (12, 17),
    "MultifunC": (13, 17),
    "VIDA": (0, 6),
    None: (0, 16),
}


# --- public API ------------------------------------------------------------------------


def generate_document(
    families: int = 40,
    sessions_per_family: int = 25,
    seed: int = 1,
    today: date | None = None,
) -> dict[str, Any]:
    """A whole interchange document with ``families`` fictitious families."""
    today = today or date.today()
    return _document(
        list(generate_families(0, families, sessions_per_family, seed, today)), today, seed
    )


def generate_families(
    start: int, stop: int, sessions_per_family: int, seed: int, today: date
) -> Iterator[dict[str, Any]]:
    """Families ``start``..``stop-1`` of the caseload; each depends only on its index."""
    if sessions_per_family < 0:
        raise ValueError("sessions_per_family must be 0 or more")
    for index in range(start, stop):
        yield _FamilyBuilder(index, sessions_per_family, seed, today).build()


class DemoRefused(CoreError):
    """Demo data go only into a store without families (``demo.store_not_empty``)."""


def refuse_unless_empty(store: Store) -> None:
    """Fictitious families must never mix with real ones: refuse a store that has any."""
    from sqlalchemy import select

    from famdesk.db.models import Family

    with store.read_session() as s:
        if s.scalar(select(Family.id).limit(1)) is not None:
            raise DemoRefused(
                Code.DEMO_STORE_NOT_EMPTY,
                "the database already holds families; demo data go into a new database",
            )


def create_demo(
    store: Store,
    families: int = 40,
    sessions_per_family: int = 25,
    seed: int = 1,
    today: date | None = None,
    progress: Callable[[int, int], None] | None = None,
    chunk_size: int | None = None,
) -> ImportSummary:
    """Generate the demo caseload and import it into ``store`` chunk by chunk.

    Returns the import's summary (``ImportSummary``), added up over the chunks.
    Each chunk is imported all-or-nothing; ``progress(done, total)`` counts families.
    Chunks default to a tenth of the caseload (10–200 families), so a progress
    bar moves in steps even for a small demo while memory stays flat for a large one.
    """
    from famdesk.core.interchange import import_document

    if families < 0:
        raise ValueError("families must be 0 or more")
    refuse_unless_empty(store)
    today = today or date.today()
    if chunk_size is None:
        chunk_size = max(10, min(CHUNK_FAMILIES, -(-families // 10)))
    if chunk_size < 1:
        raise ValueError("chunk_size must be at least 1")
    total: ImportSummary | None = None
    if progress is not None:
        progress(0, families)
    for first in range(0, max(families, 1), chunk_size):
        last = min(first + chunk_size, families)
        chunk = list(generate_families(first, last, sessions_per_family, seed, today))
        summary = import_document(store, _document(chunk, today, seed))
        total = summary if total is None else _add_summaries(total, summary)
        if progress is not None:
            progress(last, families)
    assert total is not None  # the loop runs at least once
    return total


# --- helpers ----------------------------------------------------------------------------


def _document(families: list[dict[str, Any]], today: date, seed: int) -> dict[str, Any]:
    """A document of ``families``, with the whole register of sites (every chunk carries the
    same register: a later chunk finds its sites in the store, identical, and reuses them)."""
    return {
        "format": "famdesk",
        "version": FORMAT_VERSION,
        "exported_at": datetime.combine(today, time(16, 0), CPH).isoformat(),
        "placement_sites": [dict(site) for site in demo_sites(seed)],
        "families": families,
    }


@functools.lru_cache(maxsize=16)
def demo_sites(seed: int) -> tuple[dict[str, Any], ...]:
    """The register of placement sites: every site name of the demo texts, every type, in
    the order export lists them (name, then uid)."""
    rng = random.Random(f"famdesk-demo/{seed}/sites")
    sites = []
    for ptype in PLACEMENT_TYPES:
        for name in T.PLACEMENT_SITES[ptype]:
            town = name.rsplit(", ", 1)[1] if ", " in name else rng.choice(T.MUNICIPALITIES)
            low, high = T.SITE_CAPACITY[ptype]
            sites.append(
                {
                    "uid": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
                    "name": name,
                    "type": ptype,
                    "address": f"{rng.choice(T.STREETS)} {rng.randint(1, 140)}, "
                    f"{rng.randint(1000, 9990)} {town}",
                    "phone": _phone(rng),
                    "email": ""
                    if ptype == "network-foster-family"
                    else f"kontakt@{_ascii(name.split(',')[0]).strip('.')}.example",
                    "competences": rng.choice(T.SITE_COMPETENCES[ptype]),
                    "capacity": rng.randint(low, high),
                }
            )
    sites.sort(key=lambda site: (site["name"], site["uid"]))
    return tuple(sites)


def _add_summaries(a: ImportSummary, b: ImportSummary) -> ImportSummary:
    """Two chunks' summaries as one: every count added up."""
    import dataclasses

    return dataclasses.replace(
        a, **{f.name: getattr(a, f.name) + getattr(b, f.name) for f in dataclasses.fields(a)}
    )


def _iso(moment: datetime) -> str:
    return moment.astimezone(CPH).isoformat()


def _local(day: date, hour: int, minute: int) -> datetime:
    return datetime.combine(day, time(hour, minute), CPH)


def _after(moment: datetime, delta: timedelta) -> datetime:
    """Add real elapsed time (through UTC), so a DST change gives the right offset."""
    return (moment.astimezone(UTC) + delta).astimezone(CPH)


def _birth(rng: random.Random, today: date, min_years: int, max_years: int) -> date:
    youngest = today - timedelta(days=int(min_years * 365.25))
    oldest = today - timedelta(days=int((max_years + 1) * 365.25) - 1)
    return oldest + timedelta(days=rng.randrange((youngest - oldest).days + 1))


def make_cpr(rng: random.Random, birth: date, female: bool, modulus11: bool) -> str:
    """A well-formed CPR number for ``birth`` (7th digit matching its century).

    ``modulus11=False`` gives one that fails the old control, as numbers issued
    since 2007 may.
    """
    yy = birth.year % 100
    if 1900 <= birth.year <= 1999:
        sevenths = [0, 1, 2, 3] + ([4, 9] if yy >= 37 else [])
    elif 2000 <= birth.year <= 2036:
        sevenths = [4, 9, 5, 6, 7, 8]
    elif 2037 <= birth.year <= 2057 or 1858 <= birth.year <= 1899:
        sevenths = [5, 6, 7, 8]
    else:
        raise ValueError(f"no CPR century for birth year {birth.year}")
    head = birth.strftime("%d%m%y")
    parity = 0 if female else 1
    while True:
        serial = f"{rng.choice(sevenths)}{rng.randrange(100):02d}"
        digits = head + serial
        weighted = sum(int(d) * w for d, w in zip(digits, _CPR_WEIGHTS, strict=False))
        last_ok = (-weighted) % 11
        if modulus11:
            if last_ok < 10 and last_ok % 2 == parity:
                return f"{head}-{serial}{last_ok}"
        else:
            choices = [d for d in range(parity, 10, 2) if d != last_ok]
            return f"{head}-{serial}{rng.choice(choices)}"


def _phone(rng: random.Random) -> str:
    return (
        f"+45 {rng.choice('2345')}{rng.randrange(10)} {rng.randrange(100):02d} "
        f"{rng.randrange(100):02d} {rng.randrange(100):02d}"
    )


def _ascii(text: str) -> str:
    """A plain e-mail local part from a name: ø → oe, ł → l, accents dropped."""
    folded = unicodedata.normalize("NFKD", text.lower().translate(_ASCII_TABLE))
    return "".join(c for c in folded if c.isascii() and (c.isalnum() or c in ".-"))


def _professional(
    rng: random.Random, uid: str, role: str, organisation: str, domain: str
) -> dict[str, Any]:
    origin = "danish" if rng.random() < 0.8 else rng.choice(list(T.NAME_ORIGINS))
    fem, mal, fams = T.NAME_ORIGINS[origin]
    name = f"{rng.choice(fem + mal)} {rng.choice(fams)}"
    return {
        "uid": uid,
        "name": name,
        "organisation": organisation,
        "role": role,
        "phone": _phone(rng),
        "email": f"{_ascii(name)}@{domain}.example",
    }


@functools.lru_cache(maxsize=1024)
def _caseworker(seed: int, municipality: str, k: int) -> dict[str, Any]:
    """The k-th caseworker of a municipality: the same record in every family that has her."""
    rng = random.Random(f"famdesk-demo/{seed}/caseworker/{municipality}/{k}")
    uid = str(uuid.UUID(int=rng.getrandbits(128), version=4))
    domain = _ascii(municipality) + "-kommune"
    return _professional(rng, uid, "Sagsbehandler", f"{municipality} Kommune", domain)


@functools.lru_cache(maxsize=256)
def _fitting(texts: tuple[Any, ...], placed: bool) -> tuple[Any, ...]:
    if placed:
        return texts

    def about_placement(entry: Any) -> bool:
        if isinstance(entry, tuple):
            return any(about_placement(part) for part in entry)
        return any(word in str(entry).lower() for word in T.PLACEMENT_WORDS)

    kept = tuple(t for t in texts if not about_placement(t))
    return kept or texts


def _inst(age: int) -> str:
    if age <= 2:
        return "vuggestuen"
    if age <= 5:
        return "børnehaven"
    return "skolen"


class _FamilyBuilder:
    """Draws one family, its plans, sessions and measurements from one generator."""

    def __init__(self, index: int, sessions: int, seed: int, today: date) -> None:
        self.rng = random.Random(f"famdesk-demo/{seed}/{index}")
        self.seed = seed
        self.index = index
        self.n_sessions = sessions
        self.today = today
        self.export_moment = datetime.combine(today, time(16, 0), CPH)

    def uid(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    # -- the family ---------------------------------------------------------------------

    def build(self) -> dict[str, Any]:
        rng, today = self.rng, self.today
        # Setting and status follow the index, so any ten families cover them all.
        self.setting = _SETTING_CYCLE[self.index % len(_SETTING_CYCLE)]
        self.status = _STATUS_CYCLE[(self.index * 7 + 3) % len(_STATUS_CYCLE)]
        self.programme = rng.choice(T.PROGRAMMES_BY_SETTING[self.setting])
        if self.status == "closed":
            self.start = today - timedelta(days=rng.randint(420, 1500))
            self.end: date | None = min(
                self.start + timedelta(days=rng.randint(180, 400)), today - timedelta(days=14)
            )
        else:
            days = rng.randint(60, 1000)
            if self._new_case():  # begun last month or so: its first plan is being written
                days = 45 + days % 25
            self.start = today - timedelta(days=days)
            self.end = None
        self.until = self.end or today  # last day with history
        self.worker = rng.choice(T.WORKERS)
        self.municipality = rng.choice(T.MUNICIPALITIES)
        self.address = (
            f"{rng.choice(T.STREETS)} {rng.randint(1, 140)}"
            f"{rng.choice(['', '', ', 1. tv.', ', st. th.', ', 3. mf.'])}, "
            f"{rng.randint(1000, 9990)} {self.municipality}"
        )
        self._members()
        self.placed = any(m["placement"] is not None for m in self.members)
        self._professionals()
        self.ctx = self._context()
        self.child_age = self._age(self.children[0])
        plans = self._plans()
        sessions = self._sessions()
        self._match_and_voice()
        measurements = self._measurements()
        self._canonical_order(plans, sessions)
        surnames = []
        for m in self.parents:
            if m["family_name"] not in surnames:
                surnames.append(m["family_name"])
        return {
            "uid": self.uid(),
            "reference": f"FB-{self.start.year}-{self.index + 1:05d}",
            "name": "Familien " + " / ".join(surnames[:2]),
            "worker": self.worker,
            "status": self.status,
            "setting": self.setting,
            "programme": self.programme,
            "risk_of_placement": self.setting in ("home", "residential") and rng.random() < 0.7,
            "start_date": self.start.isoformat(),
            "end_date": self.end.isoformat() if self.end else None,
            "notes": rng.choice(self.bank(T.FAMILY_NOTES)).format(**self.ctx),
            "members": self.members,
            "professionals": self.professionals,
            "plans": plans,
            "sessions": sessions,
            "measurements": measurements,
            "support_started_on": self.start.isoformat(),
            "investigation_finished_on": None,
            "follow_up_every_months": 6,
        }

    def _canonical_order(self, plans: list[dict[str, Any]], sessions: list[dict[str, Any]]) -> None:
        """Put lists in the order the store keeps them, so an export equals the document.

        Professionals by name, a session's people by position and its goals by
        plan and goal order, sessions by start.
        """
        member_pos = {m["uid"]: i for i, m in enumerate(self.members)}
        prof_key = {p["uid"]: (p["name"], p["uid"]) for p in self.professionals}
        goal_pos = {
            g["uid"]: (i, j) for i, plan in enumerate(plans) for j, g in enumerate(plan["goals"])
        }
        self.professionals.sort(key=lambda p: prof_key[p["uid"]])
        for s in sessions:
            s["member_uids"].sort(key=member_pos.__getitem__)
            s["professional_uids"].sort(key=prof_key.__getitem__)
            s["goal_uids"].sort(key=goal_pos.__getitem__)
        sessions.sort(key=lambda s: datetime.fromisoformat(s["start"]).astimezone(UTC))

    def _person(
        self,
        role: str,
        origin: str,
        female: bool,
        birth: date | None,
        family_name: str,
        given: str | None = None,
        adult: bool = True,
    ) -> dict[str, Any]:
        rng = self.rng
        fem, mal, _ = T.NAME_ORIGINS[origin]
        given = given or rng.choice(fem if female else mal)
        cpr = None
        if birth is not None and rng.random() < 0.85:
            cpr = make_cpr(rng, birth, female, modulus11=birth.year < 2007 or rng.random() < 0.6)
        email = ""
        if adult and rng.random() < 0.6:
            email = f"{_ascii(given)}.{_ascii(family_name)}{rng.randrange(10, 99)}@mail.example"
        member: dict[str, Any] = {
            "uid": self.uid(),
            "role": role,
            "given_name": given,
            "family_name": family_name,
            "birth_date": birth.isoformat() if birth else None,
            "cpr": cpr,
            "phone": _phone(rng) if adult or rng.random() < 0.3 else "",
            "email": email,
            "address": self.address,
            "placement": None,
            "conversations": [],
            "matches": [],
        }
        # Kept for drawing texts; stripped before the member leaves the builder.
        member["_female"] = female
        member["_birth"] = birth
        return member

    def _members(self) -> None:
        rng, today = self.rng, self.today
        origin = rng.choices([o for o, _ in T.ORIGIN_WEIGHTS], [w for _, w in T.ORIGIN_WEIGHTS])[0]
        origin2 = origin if rng.random() < 0.7 else rng.choice(list(T.NAME_ORIGINS))
        lo, hi = _PROGRAMME_AGES[self.programme]
        child_age = rng.randint(lo, hi)
        child_birth = _birth(rng, today, child_age, child_age)
        mother_age = child_age + rng.randint(19, 40)
        parents: list[dict[str, Any]] = []
        shape = rng.random()
        surname1 = rng.choice(T.NAME_ORIGINS[origin][2])
        surname2 = rng.choice(T.NAME_ORIGINS[origin2][2])
        if shape < 0.55:  # mother and father
            parents.append(
                self._person(
                    "mother", origin, True, _birth(rng, today, mother_age, mother_age), surname1
                )
            )
            fa = mother_age + rng.randint(-3, 8)
            parents.append(
                self._person("father", origin2, False, _birth(rng, today, fa, fa), surname2)
            )
        elif shape < 0.62:  # two parents, recorded without gendered roles
            parents.append(
                self._person(
                    "parent",
                    origin,
                    rng.random() < 0.5,
                    _birth(rng, today, mother_age, mother_age),
                    surname1,
                )
            )
            pa = mother_age + rng.randint(-5, 5)
            parents.append(
                self._person(
                    "parent", origin2, rng.random() < 0.5, _birth(rng, today, pa, pa), surname2
                )
            )
        elif shape < 0.88:  # single mother
            parents.append(
                self._person(
                    "mother", origin, True, _birth(rng, today, mother_age, mother_age), surname1
                )
            )
        else:  # single father
            fa = mother_age + rng.randint(0, 6)
            parents.append(
                self._person("father", origin, False, _birth(rng, today, fa, fa), surname1)
            )
        if len(parents) == 1 and rng.random() < 0.4:
            sa = mother_age + rng.randint(-6, 8)
            step_female = not parents[0]["_female"]
            parents.append(
                self._person(
                    "step-parent",
                    "danish",
                    step_female,
                    _birth(rng, today, sa, sa),
                    rng.choice(T.NAME_ORIGINS["danish"][2]),
                )
            )
        if rng.random() < 0.12:
            ga = rng.randint(30, 62)
            parents.append(
                self._person(
                    "guardian",
                    "danish",
                    rng.random() < 0.6,
                    _birth(rng, today, ga, ga),
                    rng.choice(T.NAME_ORIGINS["danish"][2]),
                )
            )

        child_surname = parents[0]["family_name"]
        if len(parents) > 1 and parents[1]["role"] in ("father", "parent") and rng.random() < 0.3:
            child_surname = f"{parents[0]['family_name']}-{parents[1]['family_name']}"
        children = [self._child("child", child_birth, child_surname)]
        for _ in range(rng.choice((0, 0, 1, 1, 2))):
            age = max(0, min(17, child_age + rng.choice((-6, -4, -3, -2, 2, 3, 5))))
            children.append(self._child("sibling", _birth(rng, today, age, age), child_surname))

        others: list[dict[str, Any]] = []
        if self.setting == "placed-child-parent-support":
            self._place(children[0])
            for sib in children[1:]:
                if rng.random() < 0.3:
                    self._place(sib)
            placement = children[0]["placement"]
            if (
                placement["type"] in ("foster-family", "network-foster-family")
                and rng.random() < 0.6
            ):
                fa = rng.randint(35, 66)
                fp = self._person(
                    "foster-parent",
                    "danish",
                    rng.random() < 0.7,
                    _birth(rng, today, fa, fa) if rng.random() < 0.7 else None,
                    rng.choice(T.NAME_ORIGINS["danish"][2]),
                )
                fp["address"] = placement["site"]
                fp["cpr"] = None  # the worker seldom needs a foster parent's CPR
                others.append(fp)
        if rng.random() < 0.45:
            na = rng.randint(48, 78)
            nw = self._person(
                "network",
                origin,
                rng.random() < 0.65,
                _birth(rng, today, na, na) if rng.random() < 0.5 else None,
                rng.choice(T.NAME_ORIGINS[origin][2]),
            )
            nw["cpr"] = None
            others.append(nw)
        self.parents = parents
        self.children = children
        self.members = parents + children + others

    # -- the placement match and the child's voice ---------------------------------------

    def _match_and_voice(self) -> None:
        """Every tenth family a child's match at each stage, conversations with the child.

        Drawn from a generator of its own, so the rest of the family is as before:
        family 10k explores a placement, 10k+3 has decided one, a family with a
        placed child (10k+2, 10k+7) has its placed match with the first year's
        follow-ups, and 10k+2 an earlier placement that broke down.
        """
        rng = self.mrng = random.Random(f"famdesk-demo/{self.seed}/{self.index}/match")
        self.sites = {site["name"]: site for site in demo_sites(self.seed)}
        child = self.children[0]
        placement = child["placement"]
        if placement is not None:
            since = date.fromisoformat(placement["since"])
            if self.index % 10 == 2:
                self._broken_down(child, since)
            chosen = self.sites[placement["site"]]
            floor = (
                date.fromisoformat(child["matches"][-1]["breakdown"]["date"])
                if child["matches"]
                else child["_birth"]
            )
            decided = max(floor, since - timedelta(days=rng.randint(7, 30)))
            child["matches"].append(self._match(child, "placed", chosen, decided, since))
        elif self.index % 10 in (0, 3):
            decided = self.today - timedelta(days=rng.randint(2, 20))
            chosen = rng.choice(self._suitable(child, ()))
            status = "exploring" if self.index % 10 == 0 else "decided"
            child["matches"].append(self._match(child, status, chosen, decided, None))
        else:
            return
        child["conversations"].sort(key=lambda c: c["date"])

    def _suitable(self, child: dict[str, Any], besides: tuple[str, ...]) -> list[dict[str, Any]]:
        """Sites of the register a child of this age could live at, but ``besides``."""
        age = self._age(child)
        return [
            site
            for site in self.sites.values()
            if site["name"] not in besides and (site["type"] != "own-room" or age >= 16)
        ]

    def _match(
        self,
        child: dict[str, Any],
        status: str,
        chosen: dict[str, Any],
        decided: date,
        placed: date | None,
        broke: date | None = None,
    ) -> dict[str, Any]:
        rng, ctx = self.mrng, self.ctx
        small = (decided - child["_birth"]).days < 4 * 365
        others = rng.sample(self._suitable(child, (chosen["name"],)), rng.randint(1, 2))
        candidates = [
            {
                "site_uid": site["uid"],
                "assessment": rng.choice(T.MATCH_ASSESSMENTS_POOR).format(**ctx),
                "fit": rng.randint(2, 6),
            }
            for site in others
        ]
        candidates.insert(
            rng.randint(0, len(candidates)),
            {
                "site_uid": chosen["uid"],
                "assessment": rng.choice(T.MATCH_ASSESSMENTS_GOOD).format(**ctx),
                "fit": rng.randint(7, 9),
            },
        )
        dimensions = rng.sample(sorted(T.MATCH_NEEDS), rng.randint(2, 3))
        needs = {
            d: rng.choice(T.MATCH_NEEDS[d]).format(**ctx) for d in ICS_DIMENSIONS if d in dimensions
        }
        follow_ups = []
        if placed is not None:
            last = min(broke or self.until, self.today)
            for months in (1, 3, 6, 12):
                day = add_months(placed, months)
                if broke is not None and day >= broke:
                    break
                held = day <= last
                notes = T.FOLLOW_UP_NOTES_HARD if broke is not None else T.FOLLOW_UP_NOTES
                follow_ups.append(
                    {
                        "date": day.isoformat(),
                        "status": "held" if held else "planned",
                        "notes": rng.choice(notes).format(**ctx) if held else "",
                        "stability": (rng.randint(2, 4) if broke else rng.randint(5, 9))
                        if held
                        else None,
                    }
                )
        conversation_day = decided - timedelta(days=rng.randint(3, 20))
        if not small and conversation_day >= child["_birth"]:
            self._conversations(child, conversation_day, declined_first=self.index % 10 == 3)
        is_decided = status != "exploring"
        return {
            "uid": self.uid_from(rng),
            "status": status,
            "needs": needs,
            "child_view": (
                T.MATCH_CHILD_VIEW_SMALL if small else rng.choice(T.MATCH_CHILD_VIEWS)
            ).format(**ctx),
            "parents_view": rng.choice(T.MATCH_PARENTS_VIEWS).format(**ctx),
            "candidates": candidates,
            "decided_on": decided.isoformat() if is_decided else None,
            "chosen_site_uid": chosen["uid"] if is_decided else None,
            "reasons": rng.choice(T.MATCH_REASONS).format(**ctx) if is_decided else "",
            "placed_on": placed.isoformat() if placed is not None else None,
            "follow_ups": follow_ups,
            "breakdown": None,
        }

    def _broken_down(self, child: dict[str, Any], since: date) -> None:
        """An earlier placement of the child that broke down before the current one began."""
        rng = self.mrng
        birth: date = child["_birth"]
        placed = max(birth, since - timedelta(days=rng.randint(150, 300)))
        if (since - placed).days < 2:
            return
        broke = placed + timedelta(days=max(1, (since - placed).days * rng.randint(40, 80) // 100))
        current = child["placement"]["site"]
        site = rng.choice(
            [
                s
                for s in self._suitable(child, (current,))
                if s["type"] in ("foster-family", "socio-educational-home")
            ]
        )
        decided = max(birth, placed - timedelta(days=rng.randint(7, 21)))
        match = self._match(child, "ended", site, decided, placed, broke)
        match["breakdown"] = {
            "date": broke.isoformat(),
            "planned": False,
            "cause": rng.choice(("child-needs", "site-capacity", "conflict")),
            "notes": rng.choice(T.BREAKDOWN_NOTES).format(**self.ctx),
        }
        child["matches"].append(match)

    def _conversations(self, child: dict[str, Any], day: date, declined_first: bool) -> None:
        """A børnesamtale before a decision; in some families a first one the child declined."""
        rng, ctx = self.mrng, self.ctx
        present = T.CONVERSATION_PRESENT.format(**ctx)
        if declined_first and (day - timedelta(days=7)) >= child["_birth"]:
            child["conversations"].append(
                {
                    "uid": self.uid_from(rng),
                    "date": (day - timedelta(days=7)).isoformat(),
                    "present": present,
                    "support_person": "",
                    "declined": True,
                    "child_own_words": "",
                    "summary": T.CONVERSATION_DECLINED.format(**ctx),
                }
            )
        child["conversations"].append(
            {
                "uid": self.uid_from(rng),
                "date": day.isoformat(),
                "present": present,
                "support_person": rng.choice(T.SUPPORT_PERSONS).format(**ctx),
                "declined": False,
                "child_own_words": rng.choice(T.CONVERSATION_WORDS).format(**ctx),
                "summary": rng.choice(T.CONVERSATION_SUMMARIES).format(**ctx),
            }
        )

    @staticmethod
    def uid_from(rng: random.Random) -> str:
        return str(uuid.UUID(int=rng.getrandbits(128), version=4))

    def _child(self, role: str, birth: date, surname: str) -> dict[str, Any]:
        female = self.rng.random() < 0.5
        given = self.rng.choice(T.CHILD_NAMES_F if female else T.CHILD_NAMES_M)
        child = self._person(role, "danish", female, birth, surname, given=given, adult=False)
        if (self.today - birth).days < 12 * 365:
            child["email"] = ""
        return child

    def _place(self, child: dict[str, Any]) -> None:
        rng = self.rng
        ptype = rng.choices(
            (
                "foster-family",
                "network-foster-family",
                "residential-institution",
                "socio-educational-home",
                "own-room",
                "other",
            ),
            (40, 15, 15, 20, 5, 5),
        )[0]
        birth: date = child["_birth"]
        earliest = max(birth, self.start - timedelta(days=400))
        latest = max(earliest, min(self.until, self.start + timedelta(days=60)))
        since = earliest + timedelta(days=rng.randrange((latest - earliest).days + 1))
        site = rng.choice(T.PLACEMENT_SITES[ptype])
        child["placement"] = {"type": ptype, "site": site, "since": since.isoformat()}
        child["address"] = site

    def _professionals(self) -> None:
        rng = self.rng
        child_age = self._age(self.children[0])

        def person(role: str, organisation: str, domain: str) -> dict[str, Any]:
            return _professional(rng, self.uid(), role, organisation, domain)

        muni = self.municipality
        domain = _ascii(muni) + "-kommune"
        # A municipality's few caseworkers each serve several families: shared records.
        profs = [dict(_caseworker(self.seed, muni, rng.randrange(_CASEWORKERS_PER_MUNICIPALITY)))]
        if child_age >= 6:
            profs.append(person("Klasselærer", rng.choice(T.SCHOOLS), domain))
        elif child_age >= 3:
            profs.append(person("Pædagog", "Børnehaven Mælkebøtten", domain))
        else:
            profs.append(person("Sundhedsplejerske", f"Sundhedsplejen, {muni} Kommune", domain))
        if rng.random() < 0.4:
            profs.append(
                person(
                    "Psykolog",
                    rng.choice((f"PPR, {muni} Kommune", "Børne- og Ungdomspsykiatrien")),
                    domain,
                )
            )
        if rng.random() < 0.2:
            profs.append(person("Praktiserende læge", "Lægehuset ved Torvet", "laegehuset"))
        placement = self.children[0]["placement"]
        if placement is not None:
            profs.append(
                person("Kontaktperson (anbringelsessted)", placement["site"], "anbringelse")
            )
        if self.setting == "residential":
            profs.append(person("Kontaktpædagog", rng.choice(T.RESIDENTIAL_SITES), "familieinst"))
        self.professionals = profs
        self.caseworker = profs[0]
        self.site_contact = profs[-1] if placement is not None else None

    def _age(self, member: dict[str, Any]) -> int:
        birth: date | None = member["_birth"]
        return 40 if birth is None else (self.today - birth).days // 365

    def _context(self) -> dict[str, str]:
        child = self.children[0]
        parent = self.parents[0]
        other = (
            self.parents[1:] + self.members[len(self.parents) + len(self.children) :]
            or [self.caseworker]
        )[0]
        inst = _inst(self._age(child))
        child_female = bool(child["_female"])
        parent_female = bool(parent["_female"])
        return {
            "child": child["given_name"],
            "parent": parent["given_name"],
            "other": other.get("given_name") or other.get("name", ""),
            "inst": inst,
            "inst_cap": inst.capitalize(),
            "prof": self.caseworker["name"],
            "worker": self.worker,
            "child_pron": "hun" if child_female else "han",
            "child_obj": "hende" if child_female else "ham",
            "parent_pron": "hun" if parent_female else "han",
            "parent_noun": "mor" if parent_female else "far",
            "parent_call": "Mor" if parent_female else "Far",
        }

    def bank(self, texts: tuple[Any, ...]) -> tuple[Any, ...]:
        """The phrases that fit this family (no placement talk unless a child is placed)."""
        return _fitting(texts, self.placed)

    def only_fitting(self, texts: tuple[Any, ...]) -> tuple[Any, ...]:
        """The phrases that fit this family, or none (``bank`` keeps all when none fit)."""
        kept = self.bank(texts)
        return () if kept is texts and not self.placed else kept

    # -- plans ----------------------------------------------------------------------------

    def _plans(self) -> list[dict[str, Any]]:
        rng, today = self.rng, self.today
        first_created = min(self.start + timedelta(days=rng.randint(5, 30)), self.until)
        two = (self.until - first_created).days > 240 and rng.random() < 0.55
        plans = []
        self.goal_windows: list[tuple[date, list[str]]] = []
        if two:
            split = first_created + timedelta(
                days=rng.randint(150, (self.until - first_created).days - 60)
            )
            plans.append(self._plan(first_created, split, "completed"))
            if self.status == "closed":
                last_status = rng.choice(("completed", "completed", "cancelled"))
            else:
                # A revision still a draft only where it was begun in the last weeks.
                fresh = (self.until - split).days < 45
                last_status = "draft" if fresh and rng.random() < 0.5 else "agreed"
            plans.append(self._plan(split, None, last_status))
        else:
            if self.status == "closed":
                status = "completed" if rng.random() < 0.8 else "cancelled"
            elif (today - first_created).days < 45 or self._new_case():  # being written
                status = "draft"
            else:
                status = "agreed"
            plans.append(self._plan(first_created, None, status))
        return plans

    def _plan(self, created: date, ended: date | None, status: str) -> dict[str, Any]:
        rng, ctx = self.rng, self.ctx
        stop = ended or self.until
        agreed = None
        if status != "draft":
            agreed = min(created + timedelta(days=rng.randint(3, 21)), stop)
        goals = []
        for dim, title, crit, step_texts in rng.sample(self.bank(T.GOALS), rng.randint(2, 4)):
            baseline = rng.randint(1, 5) if rng.random() < 0.9 else None
            goal_status = "open"
            if status == "completed":
                goal_status = rng.choices(("reached", "dropped"), (85, 15))[0]
            elif status == "agreed" and rng.random() < 0.15:
                goal_status = "reached"
            elif status == "cancelled" and rng.random() < 0.5:
                goal_status = "dropped"
            steps = []
            for text in rng.sample(step_texts, rng.randint(1, len(step_texts))):
                due = created + timedelta(days=rng.randint(14, 150))
                steps.append(
                    {
                        "uid": self.uid(),
                        "text": text.format(**ctx),
                        "responsible": rng.choice(
                            (
                                ctx["parent"],
                                ctx["parent"],
                                self.worker,
                                ctx["other"],
                                "Sagsbehandler",
                            )
                        ),
                        "due_date": due.isoformat() if rng.random() < 0.9 else None,
                        "done": due < stop and (status == "completed" or rng.random() < 0.7),
                    }
                )
            goals.append(
                {
                    "uid": self.uid(),
                    "title": title.format(**ctx),
                    "success_criteria": crit.format(**ctx),
                    "target_date": (created + timedelta(days=rng.randint(120, 270))).isoformat()
                    if rng.random() < 0.85
                    else None,
                    "ics_dimension": dim if rng.random() < 0.9 else None,
                    "status": goal_status,
                    "baseline_score": baseline,
                    "steps": steps,
                    "_start": 3 if baseline is None else baseline,
                }
            )
        reviews: list[dict[str, Any]] = []
        # Reviews every three months or so while the plan is followed (a cancelled plan
        # stopped early); a few current plans are a little behind (``_behind``).
        overdue = status == "agreed" and ended is None and self._behind()
        review_stop = stop - timedelta(days=rng.randint(95, 110)) if overdue else stop
        if agreed is not None:
            day = agreed + timedelta(days=rng.randint(75, 100))
            count = rng.randint(0, 3) if status == "cancelled" else 10_000
            while day <= review_stop and len(reviews) < count:
                step = len(reviews) + 1
                scores = {
                    g["uid"]: max(
                        0,
                        min(
                            10,
                            g["_start"]
                            + step * rng.choice((0, 1, 1, 2))
                            + rng.choice((-1, 0, 0, 0, 1)),
                        ),
                    )
                    for g in goals
                }
                reviews.append(
                    {
                        "uid": self.uid(),
                        "date": day.isoformat(),
                        "summary": rng.choice(self.bank(T.REVIEW_SUMMARIES)).format(**ctx),
                        "goal_scores": scores,
                    }
                )
                day += timedelta(days=rng.randint(75, 100))
        for g in goals:
            del g["_start"]
        next_review = None
        if status == "agreed" and agreed is not None:
            last = date.fromisoformat(reviews[-1]["date"]) if reviews else agreed
            next_review = last + timedelta(days=rng.choice((60, 90, 90)))
            if overdue:  # behind by days or a few weeks, not by years
                next_review = max(next_review, self.today - timedelta(days=rng.randint(4, 25)))
                next_review = min(next_review, self.today - timedelta(days=1))
            elif next_review <= self.today:  # the next one is booked
                next_review = self.today + timedelta(days=rng.randint(3, 60))
        if status == "completed" or len(reviews) >= 2:
            phase = "maintenance"
        elif status == "draft":
            phase = "preparation"
        else:
            phase = rng.choice(("change", "change", "preparation"))
        member_uids = [m["uid"] for m in self.parents if m["role"] != "guardian"]
        crisis = rng.choice(self.bank(T.CRISIS_NOTES))
        self.goal_windows.append((created, [g["uid"] for g in goals]))
        return {
            "uid": self.uid(),
            "title": rng.choice(T.PLAN_TITLES),
            "status": status,
            "member_uids": member_uids,
            "created_on": created.isoformat(),
            "agreed_on": agreed.isoformat() if agreed else None,
            "next_review": next_review.isoformat() if next_review else None,
            "legal_basis": T.LEGAL_BASIS[self.setting],
            "purpose": rng.choice(T.PURPOSES[self.setting]).format(**ctx),
            "phase": phase,
            "parents_own_words": " ".join(
                s.format(**ctx) for s in rng.sample(self.bank(T.PARENTS_OWN_WORDS), 2)
            ),
            "resources": " ".join(s.format(**ctx) for s in rng.sample(self.bank(T.RESOURCES), 2)),
            "concerns": " ".join(s.format(**ctx) for s in rng.sample(self.bank(T.CONCERNS), 2)),
            "crisis_notes": crisis.format(**ctx),
            "support": rng.choice(T.SUPPORT),
            "child_perspective": T.CHILD_PERSPECTIVES[
                self.index % len(T.CHILD_PERSPECTIVES)
            ].format(**ctx),
            "goals": goals,
            "reviews": reviews,
        }

    def _new_case(self) -> bool:
        """About one family in ten is new: its first plan is still a draft."""
        return self.index % 10 == 7 and self.status == "active"

    def _behind(self) -> bool:
        """A few families (about one in ten) whose plan review is overdue."""
        return self.index % 10 == 4 and self.status != "closed"

    # -- sessions ---------------------------------------------------------------------------

    def _sessions(self) -> list[dict[str, Any]]:
        rng, n = self.rng, self.n_sessions
        planned = 0
        if self.status == "active" and n >= 2:
            planned = min(n - 1, rng.randint(1, 3))
        window_start = max(self.start, self.until - timedelta(days=365))
        window_end = self.until if self.status == "closed" else self.today - timedelta(days=1)
        window_end = max(window_end, window_start)
        span = (window_end - window_start).days + 1
        past_days = sorted(
            window_start + timedelta(days=rng.randrange(span)) for _ in range(n - planned)
        )
        future_days = sorted(
            self.today + timedelta(days=rng.randint(1, 35)) for _ in range(planned)
        )
        weights = _KIND_WEIGHTS[self.setting]
        sessions = []
        last_held = len(past_days) - 1
        for i, day in enumerate(past_days):
            kind = rng.choices(SESSION_KINDS, weights)[0]
            status = rng.choices(("held", "cancelled", "no-show"), (86, 8, 6))[0]
            # A note left unfinished is a recent one: a few a day or two old, fewer older.
            recent = (self.today - day).days <= 6
            draft = i == last_held and self.status == "active" and recent and rng.random() < 0.5
            # One family's latest visit raised a concern that is not passed on yet (it shows
            # on the dashboard until the worker records who was told).
            worry = i == last_held and self.index % 20 == 3 and self.status == "active"
            if worry:
                kind, status = "home-visit", "held"
            sessions.append(self._session(day, kind, status, draft, worry=worry))
        for day in future_days:
            kind = rng.choices(SESSION_KINDS, weights)[0]
            sessions.append(self._session(day, kind, "planned", True))
        return sessions

    def _session(
        self, day: date, kind: str, status: str, draft: bool, worry: bool = False
    ) -> dict[str, Any]:
        rng, ctx = self.rng, self.ctx
        lo, hi = _HOURS[kind]
        start = _local(day, rng.randint(lo, hi), rng.choice((0, 15, 30, 45)))
        duration = rng.choice(_DURATIONS[kind])
        summary = rng.choice(T.SUMMARIES_BY_KIND[kind]).format(**ctx)
        notes = assessment = agreements = ""
        concern = False
        if status == "held":
            concern = rng.random() < 0.04 or worry
            # Good visits grow likelier as the case goes on.
            progress = (day - self.start).days / max(1, (self.until - self.start).days)
            good = rng.random() < 0.3 + 0.55 * progress
            # What the note tells fits the kind of contact (a call reads like a call).
            home_good, home_hard = T.OBSERVATIONS_BY_KIND["home-visit"]
            kind_good, kind_hard = T.OBSERVATIONS_BY_KIND[kind]
            observations = self.only_fitting(kind_good if good else kind_hard) or self.bank(
                home_good if good else home_hard
            )
            quotes = T.PARENT_QUOTES_GOOD if good else T.PARENT_QUOTES_HARD
            picked = rng.sample(observations, min(len(observations), rng.randint(1, 2)))
            other = self.only_fitting(kind_hard if good else kind_good)
            if other and rng.random() < 0.5:  # most contacts have a bit of both
                picked.append(rng.choice(other))
            parts = [s.format(**ctx) for s in dict.fromkeys(picked)]
            if rng.random() < 0.7:
                quote = rng.choice(self.bank(quotes)).format(**ctx)
                parts.append(f"{ctx['parent']} sagde: {quote}")
            heard = kind in T.CHILD_PRESENT_KINDS
            if heard and self.child_age >= 3 and rng.random() < 0.6:
                parts.append(
                    f"{ctx['child']} sagde: " + rng.choice(self.bank(T.CHILD_QUOTES)).format(**ctx)
                )
            if concern:
                parts.append(rng.choice(self.bank(T.CONCERN_NOTES)).format(**ctx))
            notes = " ".join(parts)
            if rng.random() < 0.85:
                assessment = (T.ASSESSMENTS[4] if concern else rng.choice(T.ASSESSMENTS)).format(
                    **ctx
                )
            agreements = rng.choice(self.bank(T.AGREEMENTS)).format(**ctx)
        elif status == "cancelled":
            reasons = (
                T.CANCELLED_NOTES
                if kind in ("supervised-contact", "placement-site")
                else T.CANCELLED_NOTES[:-1]
            )
            notes = rng.choice(self.bank(reasons)).format(**ctx)
            summary += " (aflyst)"
        elif status == "no-show":
            notes = rng.choice(T.NO_SHOW_BY_KIND.get(kind, (T.NO_SHOW_ELSEWHERE,))).format(**ctx)
            summary += " (udeblevet)"
        else:
            notes = rng.choice(self.bank(T.PLANNED_NOTES)).format(**ctx)

        finalized = None
        addenda: list[dict[str, str]] = []
        end = _after(start, timedelta(minutes=duration))
        if not draft and status != "planned":
            if rng.random() < 0.7:  # written up the same afternoon
                finalized = _after(end, timedelta(minutes=rng.randint(15, 180)))
            else:  # or the next working morning
                next_day = day + timedelta(days=3 if day.weekday() == 4 else 1)
                finalized = _local(next_day, rng.randint(8, 10), rng.randrange(60))
            if finalized > self.export_moment:
                finalized = _after(end, timedelta(minutes=10))
            if finalized > self.export_moment:
                finalized = None  # too recent: still a draft
            elif status == "held" and rng.random() < 0.03:
                at = _after(finalized, timedelta(hours=rng.randint(2, 24 * 20)))
                if at < self.export_moment:
                    addenda.append(
                        {"at": _iso(at), "text": rng.choice(self.bank(T.ADDENDA)).format(**ctx)}
                    )

        member_uids = self._session_members(kind)
        prof_uids: list[str] = []
        if kind == "network-meeting":
            prof_uids = [
                p["uid"]
                for p in rng.sample(
                    self.professionals, min(len(self.professionals), rng.randint(2, 3))
                )
            ]
        elif kind == "placement-site" and self.site_contact is not None:
            prof_uids = [self.site_contact["uid"]]
        elif rng.random() < 0.05:
            prof_uids = [self.caseworker["uid"]]
        goal_uids: list[str] = []
        available = [u for created, uids in self.goal_windows if created <= day for u in uids]
        if available and status != "cancelled":
            goal_uids = rng.sample(available, min(len(available), rng.choice((0, 1, 1, 2))))
        location = rng.choice(T.LOCATIONS_BY_KIND[kind]).format(**ctx)
        if kind == "home-visit":
            location = self.address
        elif kind == "placement-site" and self.children[0]["placement"] is not None:
            location = self.children[0]["placement"]["site"]
        return {
            "uid": self.uid(),
            "author": self.worker if rng.random() < 0.9 else rng.choice(T.WORKERS),
            "start": start.isoformat(),
            "duration_minutes": duration,
            "status": status,
            "kind": kind,
            "location": location,
            "member_uids": member_uids,
            "professional_uids": prof_uids,
            "goal_uids": goal_uids,
            "summary": summary,
            "notes": notes,
            "assessment": assessment,
            "agreements": agreements,
            "concern": concern,
            "finalized_at": _iso(finalized) if finalized else None,
            "addenda": addenda,
            "concern_details": (
                {
                    "what": T.CONCERN_WHAT.format(**ctx),
                    "told": []
                    if worry
                    else [{"who": T.CONCERN_TOLD_WHO, "when": _iso(end), "how": "telefon"}],
                }
                if concern
                else None
            ),
        }

    def _session_members(self, kind: str) -> list[str]:
        rng = self.rng
        parents = [m["uid"] for m in self.parents]
        child = self.children[0]["uid"]
        if kind in ("phone", "video", "group", "office"):
            return [rng.choice(parents)]
        if kind == "supervised-contact":
            return [parents[0], child]
        if kind == "placement-site":
            return [child] + ([parents[0]] if rng.random() < 0.5 else [])
        if kind == "network-meeting":
            return parents[:2]
        return parents + [
            c["uid"] for c in self.children if c["placement"] is None or rng.random() < 0.3
        ]

    # -- measurements ------------------------------------------------------------------------

    def _measurements(self) -> list[dict[str, Any]]:
        rng = self.rng
        days: list[date] = []
        day = self.start + timedelta(days=rng.randint(3, 20))
        while day <= self.until:
            days.append(day)
            day += timedelta(days=rng.randint(75, 105))
        out: list[dict[str, Any]] = []

        def add(
            member: dict[str, Any], instrument: str, when: date, items: list[int], score: int
        ) -> None:
            out.append(
                {
                    "uid": self.uid(),
                    "member_uid": member["uid"],
                    "instrument": instrument,
                    "date": when.isoformat(),
                    "items": items,
                    "score": score,
                }
            )

        for parent in self.parents:
            if parent["role"] == "guardian":
                continue
            level = rng.uniform(1.2, 2.6)
            for when in days:
                items = [max(0, min(5, round(level + rng.uniform(-1.0, 1.0)))) for _ in range(5)]
                add(parent, "WHO-5", when, items, sum(items) * 4)
                level = min(4.6, level + rng.uniform(-0.1, 0.45))
        first = self.parents[0]
        for instrument in _SCALE_PARENT:
            level = rng.uniform(2, 5)
            for when in days:
                v = max(0, min(10, round(level + rng.uniform(-1, 1))))
                add(first, instrument, when, [v], v)
                level = min(9.5, level + rng.uniform(-0.2, 0.9))
        child = self.children[0]
        wellbeing, problems = rng.uniform(2, 5), rng.uniform(5, 8.5)
        for when in days:
            v = max(0, min(10, round(wellbeing + rng.uniform(-1, 1))))
            add(child, "child-wellbeing", when, [v], v)
            v = max(0, min(10, round(problems + rng.uniform(-1, 1))))
            add(child, "child-problem-behaviour", when, [v], v)
            wellbeing = min(9.5, wellbeing + rng.uniform(-0.2, 0.8))
            problems = max(0.5, problems - rng.uniform(-0.2, 0.8))
        if days and self._age(child) >= 4 and rng.random() < 0.25:
            for when, sdq in ((days[0], rng.randint(16, 28)), (days[-1], rng.randint(8, 20))):
                add(child, "SDQ-total", when, [], sdq)
        for m in self.members:
            del m["_female"], m["_birth"]
        return out
