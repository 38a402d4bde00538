"""Report texts in Danish and English.

Reports are plain Python (no Qt), so their strings live here as plain dicts
keyed by message id rather than in Qt's ``.ts`` files. Every id exists in every
language with the same ``{placeholders}`` (a test checks this). Vocabulary
labels (plan status, phase, ICS dimension, roles, …) come from the
``*_label`` functions; a wire value without a label is shown as it is.
"""

from __future__ import annotations

from datetime import date

LANGUAGES = ("da", "en")
DEFAULT_LANGUAGE = "da"

MESSAGES: dict[str, dict[str, str]] = {
    "da": {
        # shared page furniture
        "page_of": "Side {page} af {pages}",
        "confidential": "Fortroligt – indeholder personoplysninger",
        "printed_on": "Udskrevet {date}",
        "none": "–",
        "yes": "Ja",
        "no": "Nej",
        # plan document
        "plan.doc_title": "Forældrehandleplan",
        "plan.header": "Forældrehandleplan · {family}",
        "plan.reference": "Sag {reference}",
        "plan.draft_banner": "UDKAST – planen er endnu ikke aftalt",
        "plan.draft_watermark": "UDKAST",
        "plan.intro": (
            "Denne plan har vi lavet sammen. Den beskriver, hvad I gerne vil have til at "
            "blive anderledes, hvad I allerede gør godt, og hvem der gør hvad. Vi følger op "
            "på planen sammen, og I kan altid bede om at få den ændret."
        ),
        "plan.family": "Familie",
        "plan.parents": "Forældre",
        "plan.worker": "Familiebehandler",
        "plan.date": "Dato",
        "plan.version": "Version",
        "plan.version_value": "{version}",
        "plan.replaces": "Version {version} (erstatter version {previous}, aftalt {agreed})",
        "plan.replaces_draft": "Version {version} (erstatter version {previous})",
        "plan.status": "Status",
        "plan.agreed_on": "Aftalt",
        "plan.next_review": "Næste opfølgning",
        "plan.phase": "Fase",
        "plan.section.purpose": "Formålet med planen",
        "plan.section.legal_basis": "Lovgrundlag",
        "plan.section.parents_own_words": "Med jeres egne ord",
        "plan.section.resources": "Det, I er gode til – ressourcer og styrker",
        "plan.section.concerns": "Det, der bekymrer",
        "plan.section.crisis_notes": "Det skal vi passe på – når det er svært",
        "plan.section.support": "Støtten, og hvem der gør hvad",
        "plan.collaborators": "Samarbejdspartnere",
        "plan.col.name": "Navn",
        "plan.col.organisation": "Organisation",
        "plan.col.role": "Rolle",
        "plan.goals": "Mål",
        "plan.goals_intro": (
            "Målene er skrevet med jeres ord. Under hvert mål står de skridt, vi er enige om."
        ),
        "plan.no_goals": "Der er endnu ingen mål i planen.",
        "plan.goal_number": "Mål {number}:",
        "plan.success_criteria": "Det vil være anderledes, når …",
        "plan.target_date": "Hvornår",
        "plan.ics_dimension": "Område",
        "plan.baseline": "Hvor er vi nu (0–10)",
        "plan.score_value": "{score} af 10",
        "plan.goal_status": "Status",
        "plan.steps": "Skridt på vejen",
        "plan.no_steps": "Ingen skridt endnu.",
        "plan.col.step": "Hvad",
        "plan.col.responsible": "Hvem",
        "plan.col.due": "Hvornår",
        "plan.col.done": "Gjort",
        "plan.reviews": "Opfølgning",
        "plan.reviews_intro": (
            "Ved hver opfølgning har vi sammen givet hvert mål et tal fra 0 til 10."
        ),
        "plan.no_reviews": "Der har endnu ikke været opfølgning på planen.",
        "plan.review_heading": "Opfølgning {date}",
        "plan.col.goal": "Mål",
        "plan.col.baseline": "Start",
        "plan.signatures": "Underskrifter",
        "plan.signatures_intro": (
            "Vi har lavet planen sammen og er enige om den. Med underskriften bekræfter I, "
            "at I har læst planen – ikke at I er enige i alt, hvad der står i den."
        ),
        "plan.sign.name": "Navn",
        "plan.sign.date": "Dato",
        "plan.sign.signature": "Underskrift",
        "plan.sign.worker_role": "Familiebehandler",
    },
    "en": {
        "page_of": "Page {page} of {pages}",
        "confidential": "Confidential – contains personal data",
        "printed_on": "Printed {date}",
        "none": "–",
        "yes": "Yes",
        "no": "No",
        "plan.doc_title": "Parent action plan",
        "plan.header": "Parent action plan · {family}",
        "plan.reference": "Case {reference}",
        "plan.draft_banner": "DRAFT – this plan has not been agreed yet",
        "plan.draft_watermark": "DRAFT",
        "plan.intro": (
            "We made this plan together. It describes what you would like to be different, "
            "what you already do well, and who does what. We follow up on the plan together, "
            "and you can always ask for it to be changed."
        ),
        "plan.family": "Family",
        "plan.parents": "Parents",
        "plan.worker": "Family worker",
        "plan.date": "Date",
        "plan.version": "Version",
        "plan.version_value": "{version}",
        "plan.replaces": "Version {version} (replaces version {previous}, agreed {agreed})",
        "plan.replaces_draft": "Version {version} (replaces version {previous})",
        "plan.status": "Status",
        "plan.agreed_on": "Agreed",
        "plan.next_review": "Next review",
        "plan.phase": "Phase",
        "plan.section.purpose": "What the plan is for",
        "plan.section.legal_basis": "Legal basis",
        "plan.section.parents_own_words": "In your own words",
        "plan.section.resources": "What you are good at – resources and strengths",
        "plan.section.concerns": "What we are concerned about",
        "plan.section.crisis_notes": "What to take care of – when things are hard",
        "plan.section.support": "The support, and who does what",
        "plan.collaborators": "People we work with",
        "plan.col.name": "Name",
        "plan.col.organisation": "Organisation",
        "plan.col.role": "Role",
        "plan.goals": "Goals",
        "plan.goals_intro": (
            "The goals are written in your words. Under each goal are the steps we have agreed on."
        ),
        "plan.no_goals": "The plan has no goals yet.",
        "plan.goal_number": "Goal {number}:",
        "plan.success_criteria": "It will be different when …",
        "plan.target_date": "By when",
        "plan.ics_dimension": "Area",
        "plan.baseline": "Where we are now (0–10)",
        "plan.score_value": "{score} of 10",
        "plan.goal_status": "Status",
        "plan.steps": "Steps on the way",
        "plan.no_steps": "No steps yet.",
        "plan.col.step": "What",
        "plan.col.responsible": "Who",
        "plan.col.due": "When",
        "plan.col.done": "Done",
        "plan.reviews": "Reviews",
        "plan.reviews_intro": "At each review we gave every goal a score from 0 to 10 together.",
        "plan.no_reviews": "The plan has not been reviewed yet.",
        "plan.review_heading": "Review {date}",
        "plan.col.goal": "Goal",
        "plan.col.baseline": "Start",
        "plan.signatures": "Signatures",
        "plan.signatures_intro": (
            "We made this plan together and agree on it. By signing, you confirm that you have "
            "read the plan – not that you agree with everything in it."
        ),
        "plan.sign.name": "Name",
        "plan.sign.date": "Date",
        "plan.sign.signature": "Signature",
        "plan.sign.worker_role": "Family worker",
    },
}

_LABELS: dict[str, dict[str, dict[str, str]]] = {
    "plan_status": {
        "da": {
            "draft": "Udkast",
            "agreed": "Aftalt",
            "completed": "Afsluttet",
            "cancelled": "Annulleret",
        },
        "en": {
            "draft": "Draft",
            "agreed": "Agreed",
            "completed": "Completed",
            "cancelled": "Cancelled",
        },
    },
    "phase": {
        "da": {"preparation": "Forberedelse", "change": "Forandring", "maintenance": "Vedligehold"},
        "en": {"preparation": "Preparation", "change": "Change", "maintenance": "Maintenance"},
    },
    "goal_status": {
        "da": {"open": "I gang", "reached": "Nået", "dropped": "Droppet"},
        "en": {"open": "In progress", "reached": "Reached", "dropped": "Dropped"},
    },
    "ics": {
        "da": {
            "health": "Sundhed",
            "development-behaviour": "Udvikling og adfærd",
            "school": "Skole og læring",
            "leisure-friends": "Fritid og venner",
            "safe-care": "Grundlæggende omsorg og sikkerhed",
            "stimulation-guidance": "Stimulering og guidning",
            "relationships": "Familierelationer",
            "family-background": "Familiens baggrund",
            "housing-work-finances": "Bolig, arbejde og økonomi",
            "network": "Netværk",
        },
        "en": {
            "health": "Health",
            "development-behaviour": "Development and behaviour",
            "school": "School and learning",
            "leisure-friends": "Leisure and friends",
            "safe-care": "Basic care and safety",
            "stimulation-guidance": "Stimulation and guidance",
            "relationships": "Family relationships",
            "family-background": "Family background",
            "housing-work-finances": "Housing, work and finances",
            "network": "Network",
        },
    },
    "role": {
        "da": {
            "mother": "Mor",
            "father": "Far",
            "parent": "Forælder",
            "step-parent": "Stedforælder",
            "foster-parent": "Plejeforælder",
            "guardian": "Værge",
            "child": "Barn",
            "sibling": "Søskende",
            "network": "Netværk",
        },
        "en": {
            "mother": "Mother",
            "father": "Father",
            "parent": "Parent",
            "step-parent": "Step-parent",
            "foster-parent": "Foster parent",
            "guardian": "Guardian",
            "child": "Child",
            "sibling": "Sibling",
            "network": "Network",
        },
    },
    "session_kind": {
        "da": {
            "home-visit": "Hjemmebesøg",
            "office": "Samtale på kontoret",
            "phone": "Telefonsamtale",
            "video": "Videosamtale",
            "supervised-contact": "Overvåget samvær",
            "network-meeting": "Netværksmøde",
            "placement-site": "Besøg på anbringelsesstedet",
            "group": "Gruppeforløb",
        },
        "en": {
            "home-visit": "Home visit",
            "office": "Office meeting",
            "phone": "Phone call",
            "video": "Video call",
            "supervised-contact": "Supervised contact",
            "network-meeting": "Network meeting",
            "placement-site": "Visit to the placement",
            "group": "Group session",
        },
    },
    "session_status": {
        "da": {
            "planned": "Planlagt",
            "held": "Afholdt",
            "cancelled": "Aflyst",
            "no-show": "Udeblevet",
        },
        "en": {
            "planned": "Planned",
            "held": "Held",
            "cancelled": "Cancelled",
            "no-show": "No-show",
        },
    },
    "setting": {
        "da": {
            "home": "Familiebehandling i hjemmet",
            "residential": "Døgnophold",
            "placed-child-parent-support": "Støtte til forældre med anbragte børn",
            "preventive": "Forebyggende indsats",
        },
        "en": {
            "home": "Family treatment at home",
            "residential": "Residential stay",
            "placed-child-parent-support": "Support for parents of children in care",
            "preventive": "Preventive support",
        },
    },
    "family_status": {
        "da": {"active": "Aktiv", "paused": "Sat i bero", "closed": "Afsluttet"},
        "en": {"active": "Active", "paused": "Paused", "closed": "Closed"},
    },
    "placement_type": {
        "da": {
            "foster-family": "Plejefamilie",
            "network-foster-family": "Netværksplejefamilie",
            "residential-institution": "Døgninstitution",
            "socio-educational-home": "Socialpædagogisk opholdssted",
            "own-room": "Eget værelse",
            "other": "Andet",
        },
        "en": {
            "foster-family": "Foster family",
            "network-foster-family": "Kinship foster family",
            "residential-institution": "Residential institution",
            "socio-educational-home": "Socio-educational home",
            "own-room": "Own room",
            "other": "Other",
        },
    },
}

_MONTHS = {
    "da": [
        "januar",
        "februar",
        "marts",
        "april",
        "maj",
        "juni",
        "juli",
        "august",
        "september",
        "oktober",
        "november",
        "december",
    ],
    "en": [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
}


def check_lang(lang: str) -> str:
    """``lang`` if reports speak it; otherwise a ValueError naming the choices."""
    if lang not in LANGUAGES:
        raise ValueError(f"unknown report language {lang!r}; use one of {', '.join(LANGUAGES)}")
    return lang


def t(lang: str, key: str, **params: object) -> str:
    """The text for ``key`` in ``lang``, with ``{placeholders}`` filled in."""
    text = MESSAGES[check_lang(lang)][key]
    return text.format(**params) if params else text


def format_date(day: date | None, lang: str) -> str:
    """A date as a letter shows it: "3. marts 2026" / "3 March 2026"; "–" for none."""
    if day is None:
        return t(lang, "none")
    month = _MONTHS[check_lang(lang)][day.month - 1]
    if lang == "da":
        return f"{day.day}. {month} {day.year}"
    return f"{day.day} {month} {day.year}"


def month_abbreviation(month: int, lang: str) -> str:
    """"jan", "maj", "okt" / "Jan", "May", "Oct": the first three letters of the month."""
    return _MONTHS[check_lang(lang)][month - 1][:3]


def format_short_date(day: date | None, lang: str) -> str:
    """A compact date for table cells: "03.03.2026" / "3 Mar 2026"."""
    if day is None:
        return t(lang, "none")
    if check_lang(lang) == "da":
        return day.strftime("%d.%m.%Y")
    return f"{day.day} {month_abbreviation(day.month, 'en')} {day.year}"


def _label(kind: str, value: str | None, lang: str) -> str:
    if value is None:
        return t(lang, "none")
    return _LABELS[kind][check_lang(lang)].get(value, value)


def plan_status_label(value: str, lang: str) -> str:
    return _label("plan_status", value, lang)


def phase_label(value: str, lang: str) -> str:
    return _label("phase", value, lang)


def goal_status_label(value: str, lang: str) -> str:
    return _label("goal_status", value, lang)


def ics_label(value: str | None, lang: str) -> str:
    return _label("ics", value, lang)


def role_label(value: str, lang: str) -> str:
    return _label("role", value, lang)


def session_kind_label(value: str, lang: str) -> str:
    return _label("session_kind", value, lang)


def session_status_label(value: str, lang: str) -> str:
    return _label("session_status", value, lang)


def setting_label(value: str, lang: str) -> str:
    return _label("setting", value, lang)


def family_status_label(value: str, lang: str) -> str:
    return _label("family_status", value, lang)


def placement_type_label(value: str, lang: str) -> str:
    return _label("placement_type", value, lang)
