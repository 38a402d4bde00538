"""The rules both doors enforce: one bad value per rule, where import finds it, and core's code.

Each ``Refusal`` breaks one rule in an otherwise valid interchange file
(tests/fixtures/interchange/valid_two_families.json). ``famdesk import`` must
refuse the file with exit 2, naming ``path`` and the catalogue's sentence for
``code`` (tests/e2e/test_cli_import_rules.py runs the real command for every
rule). A rule with a ``form`` is refused by that form too, for the same code:
the tests beside each form (tests/ui/*/test_*_and_import_agree.py) type the
same value as a worker would and compare what the form shows with what
``famdesk import`` says, both worded from the one catalogue.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any
from unittest import mock

from famdesk.core import words
from famdesk.core.errors import DATE_PARAMS, Code

VALID = Path(__file__).resolve().parent / "fixtures" / "interchange" / "valid_two_families.json"
F0 = "$.families[0]"
FUTURE = date.today() + timedelta(days=30)
#: A CPR number whose date (1 January 2036: the seventh digit 4 puts 00–36 in the 2000s)
#: lies in the future.
FUTURE_CPR = "010136-4000"

Doc = dict[str, Any]

#: The forms that refuse a rule too.
FORMS = (
    "family", "member", "collaborator", "session", "measurement", "plan", "conversation",
    "site", "match",
)


@dataclass(frozen=True)
class Refusal:
    name: str
    mutate: Callable[[Doc], None]
    path: str  # the JSON path import names
    code: Code  # core's reason, the same at both doors
    params: dict[str, Any] = field(default_factory=dict)  # as import gives them: dates ISO
    form: str | None = None  # the form that refuses the same value (one of FORMS)
    #: What the store holds before the file comes (imported first): a rule about the store.
    stored: Callable[[], Doc] | None = None

    def document(self) -> Doc:
        doc: Doc = json.loads(VALID.read_text(encoding="utf-8"))
        self.mutate(doc)
        return doc

    def cli_reason(self, lang: str = "en") -> str:
        """What ``famdesk import`` says after the file's name: the path, then why."""
        return f"{self.path}: {words.sentence(self.code, lang, **self.params)}"

    def form_sentence(self, lang: str = "en") -> str:
        """What a form shows for the same code: the sentence, dates as DD-MM-YYYY."""
        dates = DATE_PARAMS.get(self.code, ())
        params = {
            k: date.fromisoformat(v).strftime("%d-%m-%Y") if k in dates else v
            for k, v in self.params.items()
        }
        return words.sentence(self.code, lang, **params)


def _fam(doc: Doc, i: int = 0) -> Doc:
    return doc["families"][i]


def _member(doc: Doc, i: int) -> Doc:
    return _fam(doc)["members"][i]


def _professional(doc: Doc) -> Doc:
    """Anders Lærer, the teacher (the caseworker is shared with the second family)."""
    return _fam(doc)["professionals"][0]


def _professional_caseworker(doc: Doc) -> Doc:
    """Birgit Holm, the caseworker both families share."""
    return _fam(doc)["professionals"][1]


def _plan(doc: Doc) -> Doc:
    return _fam(doc)["plans"][0]


def _set(get: Callable[[Doc], Doc], key: str, value: Any) -> Callable[[Doc], None]:
    def apply(doc: Doc) -> None:
        get(doc)[key] = value

    return apply


def _second_reference(value: str) -> Callable[[Doc], None]:
    return _set(lambda d: _fam(d, 1), "reference", value)


def _planned_finalized(doc: Doc) -> None:
    session = _fam(doc)["sessions"][0]
    session["status"] = "planned"
    session["addenda"] = []


def _unscored_review(doc: Doc) -> None:
    plan = _plan(doc)
    open_goals = {g["uid"] for g in plan["goals"] if g["status"] == "open"}
    review = plan["reviews"][0]
    review["goal_scores"] = {
        uid: score for uid, score in review["goal_scores"].items() if uid not in open_goals
    }


def _no_goals(doc: Doc) -> None:
    plan = _plan(doc)
    plan["goals"], plan["reviews"] = [], []
    for session in _fam(doc)["sessions"]:
        session["goal_uids"] = []


def _placed_mother(doc: Doc) -> None:
    _member(doc, 0)["placement"] = {"type": "foster-family", "site": "", "since": "2024-11-15"}


# --- version 2: the register of sites, a child's match, its conversations -----------------

SITE_FOSTER = "05170000-0000-4000-8000-00000000000f"
SITE_HOME = "05170000-0000-4000-8000-00000000000e"
M1 = f"{F0}.members[1]"  # Emil, placed in a foster family since 2024-11-15
MATCH = f"{M1}.matches[0]"


def _v2(doc: Doc) -> None:
    """The version-1 file as version 2 (empty defaults), with a register of two sites and
    Emil's placed match and one conversation: valid as it stands."""
    from famdesk.core.interchange import as_current_version

    upgraded = as_current_version(doc)
    doc.clear()
    doc.update(upgraded)
    doc["placement_sites"] = [
        {"uid": SITE_HOME, "name": "Opholdsstedet Fjordly", "type": "socio-educational-home",
         "address": "", "phone": "", "email": "", "competences": "", "capacity": None},
        {"uid": SITE_FOSTER, "name": "Plejefamilie i Fiktivby", "type": "foster-family",
         "address": "", "phone": "", "email": "", "competences": "", "capacity": 2},
    ]
    _member(doc, 1)["matches"] = [{
        "uid": "0a7c0000-0000-4000-8000-00000000000a", "status": "placed",
        "needs": {"school": "Blive på sin skole"}, "child_view": "", "parents_view": "",
        "candidates": [{"site_uid": SITE_FOSTER, "assessment": "", "fit": 8},
                       {"site_uid": SITE_HOME, "assessment": "", "fit": 4}],
        "decided_on": "2024-11-01", "chosen_site_uid": SITE_FOSTER, "reasons": "",
        "placed_on": "2024-11-15",
        "follow_ups": [{"date": "2024-12-15", "status": "held", "notes": "", "stability": 7}],
        "breakdown": None,
    }]
    _member(doc, 1)["conversations"] = [{
        "uid": "0c0e0000-0000-4000-8000-00000000000c", "date": "2024-10-01", "present": "Emil",
        "support_person": "", "declined": False, "child_own_words": "Jeg vil have en hund",
        "summary": "",
    }]


def _v2_with(change: Callable[[Doc], None]) -> Callable[[Doc], None]:
    def apply(doc: Doc) -> None:
        _v2(doc)
        change(doc)

    return apply


def _change_match(**changes: Any) -> Callable[[Doc], None]:
    return _v2_with(lambda d: _member(d, 1)["matches"][0].update(changes))


def _on_mother(key: str, **changes: Any) -> Callable[[Doc], None]:
    def apply(doc: Doc) -> None:
        record = {**_member(doc, 1)[key][0], **changes}
        _member(doc, 1)[key] = []
        _member(doc, 0)[key] = [record]

    return _v2_with(apply)


def _only_family(i: int) -> Callable[[], Doc]:
    """The valid file with only its family ``i``: a store to import into."""
    def build() -> Doc:
        doc: Doc = json.loads(VALID.read_text(encoding="utf-8"))
        doc["families"] = [doc["families"][i]]
        return doc

    return build


def _first_family_only(doc: Doc) -> None:
    doc["families"] = doc["families"][:1]


def _register_only() -> Doc:
    """The register of ``_v2`` alone, no family, the foster family with a phone number."""
    doc: Doc = json.loads(VALID.read_text(encoding="utf-8"))
    _v2(doc)
    doc["families"] = []
    doc["placement_sites"][1]["phone"] = "+45 22 22 22 22"
    return doc


RANGE = {"min": "1900-01-01", "max": "2100-12-31"}

REFUSALS: list[Refusal] = [
    # --- the family -------------------------------------------------------------------------
    Refusal(
        "empty reference",
        _set(_fam, "reference", ""),
        f"{F0}.reference",
        Code.VALUE_REQUIRED,
        form="family",
    ),
    Refusal(
        "reference twice in the file",
        _second_reference("TEST-001"),
        "$.families[1].reference",
        Code.FAMILY_REFERENCE_TAKEN,
        {"reference": "TEST-001"},
    ),
    Refusal(
        "reference differing only in case",
        _second_reference("test-001"),
        "$.families[1].reference",
        Code.FAMILY_REFERENCE_TAKEN,
        {"reference": "test-001"},
        form="family",
    ),
    Refusal(
        "programme not in the catalogue",
        _set(_fam, "programme", "Astrology"),
        f"{F0}.programme",
        Code.VALUE_UNKNOWN,
        {"value": "Astrology"},
    ),
    Refusal(
        "escape in a family name",
        _set(_fam, "name", "Familie\x1b[2J"),
        f"{F0}.name",
        Code.TEXT_CONTROL_CHAR,
    ),
    Refusal(
        "direction override in a family name",
        _set(_fam, "name", "Familie \u202eneslI"),
        f"{F0}.name",
        Code.TEXT_CONTROL_CHAR,
    ),
    Refusal(
        "year 999",
        _set(_fam, "start_date", "0999-01-01"),
        f"{F0}.start_date",
        Code.DATE_OUT_OF_RANGE,
        RANGE,
    ),
    Refusal(
        "a 250-character worker",
        _set(_fam, "worker", "w" * 250),
        f"{F0}.worker",
        Code.TEXT_TOO_LONG,
        {"max": 200, "length": 250},
    ),
    Refusal(
        "an oversized family note",
        _set(_fam, "notes", "n" * 100_001),
        f"{F0}.notes",
        Code.TEXT_TOO_LONG,
        {"max": 100_000, "length": 100_001},
    ),
    # --- members and placements ---------------------------------------------------------------
    Refusal(
        "bad e-mail of a member",
        _set(lambda d: _member(d, 0), "email", "mor@"),
        f"{F0}.members[0].email",
        Code.EMAIL_FORMAT,
        form="member",
    ),
    Refusal(
        "bad phone of a member",
        _set(lambda d: _member(d, 0), "phone", "ring mig"),
        f"{F0}.members[0].phone",
        Code.PHONE_FORMAT,
        form="member",
    ),
    Refusal(
        "birth date in the future",
        _set(lambda d: _member(d, 2), "birth_date", FUTURE.isoformat()),
        f"{F0}.members[2].birth_date",
        Code.DATE_FUTURE,
        form="member",
    ),
    Refusal(
        "birth date in the future from the CPR number",
        lambda d: _member(d, 2).update(cpr=FUTURE_CPR, birth_date=None),
        f"{F0}.members[2].birth_date",
        Code.DATE_FUTURE,
        form="member",
    ),
    Refusal(
        "placement on a mother",
        _placed_mother,
        f"{F0}.members[0].placement",
        Code.PLACEMENT_NOT_CHILD,
        form="member",
    ),
    Refusal(
        "placement starting in the future",
        lambda d: _member(d, 1)["placement"].update(since=FUTURE.isoformat()),
        f"{F0}.members[1].placement.since",
        Code.PLACEMENT_FUTURE,
        form="member",
    ),
    Refusal(
        "bell in a member's name",
        _set(lambda d: _member(d, 0), "family_name", "Jensen\x07"),
        f"{F0}.members[0].family_name",
        Code.TEXT_CONTROL_CHAR,
        form="member",
    ),
    Refusal(
        "direction override in a member's name",
        _set(lambda d: _member(d, 0), "family_name", "Jensen \u202eXX"),
        f"{F0}.members[0].family_name",
        Code.TEXT_CONTROL_CHAR,
        form="member",
    ),
    Refusal(
        "line break in a member's name",
        _set(lambda d: _member(d, 0), "family_name", "Jensen\r\nX"),
        f"{F0}.members[0].family_name",
        Code.TEXT_LINE_BREAK,
    ),
    # --- collaborators ------------------------------------------------------------------------
    Refusal(
        "bad e-mail of a collaborator",
        _set(_professional, "email", "anders@"),
        f"{F0}.professionals[0].email",
        Code.EMAIL_FORMAT,
        form="collaborator",
    ),
    Refusal(
        "bad phone of a collaborator",
        _set(_professional, "phone", "ring til kommunen"),
        f"{F0}.professionals[0].phone",
        Code.PHONE_FORMAT,
        form="collaborator",
    ),
    # --- sessions -----------------------------------------------------------------------------
    Refusal(
        "finalized planned session",
        _planned_finalized,
        f"{F0}.sessions[0].status",
        Code.SESSION_PLANNED_NOT_FINALIZABLE,
        form="session",
    ),
    Refusal(
        "session in year 9999",
        _set(lambda d: _fam(d)["sessions"][1], "start", "9999-12-31T10:00:00+01:00"),
        f"{F0}.sessions[1].start",
        Code.DATE_OUT_OF_RANGE,
        RANGE,
        form="session",
    ),
    Refusal(
        "an oversized session note",
        _set(lambda d: _fam(d)["sessions"][1], "notes", "n" * 100_001),
        f"{F0}.sessions[1].notes",
        Code.TEXT_TOO_LONG,
        {"max": 100_000, "length": 100_001},
        form="session",
    ),
    # --- plans and reviews --------------------------------------------------------------------
    Refusal(
        "agreed plan without goals",
        _no_goals,
        f"{F0}.plans[0].goals",
        Code.PLAN_GOALS_REQUIRED,
        form="plan",
    ),
    Refusal(
        "next review before the agreement",
        _set(_plan, "next_review", "2025-09-01"),
        f"{F0}.plans[0].next_review",
        Code.PLAN_NEXT_REVIEW_BEFORE_AGREED,
        {"agreed": "2025-09-24"},
        form="plan",
    ),
    Refusal(
        "review missing an open goal's score",
        _unscored_review,
        f"{F0}.plans[0].reviews[0].goal_scores",
        Code.REVIEW_SCORE_MISSING,
        {"goals": "Samvær hver anden weekend"},
    ),
    # --- measurements -------------------------------------------------------------------------
    Refusal(
        "measurement in the future",
        _set(lambda d: _fam(d)["measurements"][0], "date", FUTURE.isoformat()),
        f"{F0}.measurements[0].date",
        Code.DATE_FUTURE,
        form="measurement",
    ),
    Refusal(
        "SDQ score out of range",
        _set(lambda d: _fam(d)["measurements"][2], "score", 45),
        f"{F0}.measurements[2].score",
        Code.NUMBER_OUT_OF_RANGE,
        {"min": "0", "max": "40"},
        form="measurement",
    ),
    Refusal(
        "WHO-5 item out of range",
        lambda d: _fam(d)["measurements"][0].update(items=[2, 3, 2, 1, 9]),
        f"{F0}.measurements[0].items[4]",
        Code.NUMBER_OUT_OF_RANGE,
        {"min": "0", "max": "5"},
        form="measurement",
    ),
    Refusal(
        "WHO-5 score out of range",
        _set(lambda d: _fam(d)["measurements"][0], "score", 999),
        f"{F0}.measurements[0].score",
        Code.NUMBER_OUT_OF_RANGE,
        {"min": "0", "max": "100"},
    ),
    # --- shared records the store already holds: only identical -----------------------------
    Refusal(
        "a collaborator the store holds with another phone",
        lambda d: (_first_family_only(d), _professional_caseworker(d).update(
            phone="+45 11 11 11 11")),
        f"{F0}.professionals[1].uid",
        Code.PROFESSIONAL_STORED_DIFFERS,
        {"fields": "phone"},
        stored=_only_family(1),
    ),
    Refusal(
        "a site the store holds with another phone",
        _v2_with(lambda d: d["families"].clear()),
        "$.placement_sites[1].uid",
        Code.PLACEMENT_SITE_STORED_DIFFERS,
        {"fields": "phone"},
        stored=_register_only,
    ),
    # --- version 2: sites, matches, conversations --------------------------------------------
    Refusal(
        "a site without a name",
        _v2_with(lambda d: d["placement_sites"][0].update(name=" ")),
        "$.placement_sites[0].name",
        Code.VALUE_REQUIRED,
        form="site",
    ),
    Refusal(
        "a site's capacity out of range",
        _v2_with(lambda d: d["placement_sites"][1].update(capacity=1000)),
        "$.placement_sites[1].capacity",
        Code.NUMBER_OUT_OF_RANGE,
        {"min": 0, "max": 999},
        form="site",
    ),
    Refusal(
        "a match on a parent",
        _on_mother("matches", status="exploring", decided_on=None, chosen_site_uid=None,
                   placed_on=None, follow_ups=[]),
        f"{F0}.members[0].matches[0]",
        Code.MATCH_NOT_CHILD,
    ),
    Refusal(
        "a chosen site that is not a candidate",
        _change_match(candidates=[{"site_uid": SITE_HOME, "assessment": "", "fit": 4}]),
        f"{MATCH}.chosen_site_uid",
        Code.MATCH_CHOSEN_NOT_CANDIDATE,
    ),
    Refusal(
        "a decided match without its decision date",
        _change_match(status="decided", decided_on=None, placed_on=None, follow_ups=[]),
        f"{MATCH}.decided_on",
        Code.MATCH_DECISION_INCOMPLETE,
        form="match",
    ),
    Refusal(
        "a candidate's fit out of range",
        _v2_with(lambda d: _member(d, 1)["matches"][0]["candidates"][1].update(fit=11)),
        f"{MATCH}.candidates[1].fit",
        Code.NUMBER_OUT_OF_RANGE,
        {"min": 0, "max": 10},
    ),
    Refusal(
        "a placed match its child's placement disagrees with",
        _change_match(placed_on="2024-11-20"),
        f"{MATCH}.placed_on",
        Code.MATCH_PLACEMENT_DISAGREES,
    ),
    Refusal(
        "a follow-up before the placement",
        _v2_with(lambda d: _member(d, 1)["matches"][0]["follow_ups"][0].update(
            date="2024-11-10")),
        f"{MATCH}.follow_ups[0].date",
        Code.MATCH_FOLLOW_UP_BEFORE_PLACED,
        {"placed": "2024-11-15"},
        form="match",
    ),
    Refusal(
        "a stability score out of range",
        _v2_with(lambda d: _member(d, 1)["matches"][0]["follow_ups"][0].update(stability=11)),
        f"{MATCH}.follow_ups[0].stability",
        Code.NUMBER_OUT_OF_RANGE,
        {"min": 0, "max": 10},
    ),
    Refusal(
        "a breakdown without a placement date",
        _change_match(status="ended", placed_on=None, follow_ups=[], breakdown={
            "date": "2025-01-10", "planned": False, "cause": "conflict", "notes": ""}),
        f"{MATCH}.breakdown.date",
        Code.MATCH_BREAKDOWN_NOT_PLACED,
        form="match",
    ),
    Refusal(
        "a conversation with a parent",
        _on_mother("conversations"),
        f"{F0}.members[0].conversations[0]",
        Code.CONVERSATION_NOT_CHILD,
    ),
    Refusal(
        "a declined conversation with the child's own words",
        _v2_with(lambda d: _member(d, 1)["conversations"][0].update(declined=True)),
        f"{M1}.conversations[0].child_own_words",
        Code.CONVERSATION_DECLINED_WORDS,
        form="conversation",
    ),
    Refusal(
        "a conversation in the future",
        _v2_with(lambda d: _member(d, 1)["conversations"][0].update(date=FUTURE.isoformat())),
        f"{M1}.conversations[0].date",
        Code.DATE_FUTURE,
        form="conversation",
    ),
    Refusal(
        "a conversation before the child was born",
        _v2_with(lambda d: _member(d, 1)["conversations"][0].update(date="2015-03-11")),
        f"{M1}.conversations[0].date",
        Code.CONVERSATION_BEFORE_BIRTH,
        {"born": "2015-03-12"},
        form="conversation",
    ),
    Refusal(
        "instrument name with a trailing space",
        lambda d: _fam(d)["measurements"][0].update(
            instrument="Wellbeing ", items=list(range(100)), score=999
        ),
        f"{F0}.measurements[0].instrument",
        Code.TEXT_EDGE_SPACE,
    ),
]


def refusals_for(form: str) -> list[Refusal]:
    """The rules ``form`` refuses too, in the table's order."""
    if form not in FORMS:
        raise ValueError(f"no form {form!r}")
    return [r for r in REFUSALS if r.form == form]


def refusal(name: str) -> Refusal:
    return next(r for r in REFUSALS if r.name == name)


def famdesk_import(document: Doc, folder: Path) -> tuple[int, str, Path]:
    """Run ``famdesk import`` on ``document`` in this process: (exit status, stderr, database).

    The same entry point as the ``famdesk`` command (``famdesk.cli.main``), in
    an English locale; tests/e2e/test_cli_import_rules.py runs it as a child
    process.
    """
    from famdesk import cli

    file = folder / "refused.json"
    file.write_text(json.dumps(document), encoding="utf-8")
    db = folder / "target.famdesk"
    err = io.StringIO()
    english = {"LC_ALL": "C.UTF-8", "LC_MESSAGES": "", "LANG": ""}
    with mock.patch.dict(os.environ, english), contextlib.redirect_stderr(err):
        status = cli.main(["import", str(file), "--db", str(db)])
    return status, err.getvalue(), db


def assert_import_refuses(rule: Refusal, folder: Path) -> None:
    """``famdesk import`` exits 2 naming the rule's path and its code's sentence; no database."""
    status, err, db = famdesk_import(rule.document(), folder)
    assert (status, err.strip()) == (2, f"famdesk: {folder / 'refused.json'}: {rule.cli_reason()}")
    assert not db.exists(), "a refused file must not create the database"
