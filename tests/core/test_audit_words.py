"""The audit trail in plain words: each row told as who did what to which family, when."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime

import pytest

from famdesk.core import plans, sessions, words
from famdesk.core.audit_log import AuditRow, describe, fetch_events
from famdesk.core.plans import GoalData
from famdesk.core.profile import WorkerProfile, save_profile
from famdesk.core.status_reports import record_status_report_print, status_report_data
from famdesk.db.store import Store
from tests.backends import audit_actor
from tests.core.plan_fixtures import make_family


def _row(
    action: str, entity: str, detail: dict, family: str | None = "Familien Kleist"
) -> AuditRow:  # type: ignore[type-arg]
    return AuditRow(
        1,
        datetime(2026, 11, 27, 14, 3, tzinfo=UTC),
        "Line Åberg",
        action,
        entity,
        "e-uid",
        "f-uid" if family is not None else None,
        detail,
        family,
    )


@pytest.mark.parametrize(
    ("action", "entity", "detail", "en", "da"),
    [
        (
            "print",
            "status_report",
            {"format": "pdf", "lang": "en", "from": "2026-09-01", "to": "2026-11-30"},
            "Line Åberg printed the status report for Familien Kleist, 01-09-2026 – 30-11-2026",
            "Line Åberg udskrev statusrapporten for Familien Kleist, 01-09-2026 – 30-11-2026",
        ),
        (
            "print",
            "session-log",
            {"format": "pdf", "lang": "da", "from": None, "to": None, "sessions": 4},
            "Line Åberg printed the session log for Familien Kleist",
            "Line Åberg udskrev journaludskriften for Familien Kleist",
        ),
        (
            "update",
            "plan",
            {"fields": ["agreed_on", "next_review", "status"]},
            "Line Åberg recorded the parent action plan for Familien Kleist as agreed",
            "Line Åberg registrerede forældrehandleplanen for Familien Kleist som aftalt",
        ),
        (
            "search",
            "session",
            {"query": "skole", "family": None, "order": "rank", "offset": 0, "hits": 1},
            "Line Åberg searched the notes for “skole” (1 note found)",
            "Line Åberg søgte efter »skole« i journalnotaterne (1 notat fundet)",
        ),
        (
            "delete",
            "audit_event",
            {"purged": 12, "older_than": "2024-11-27"},
            "Line Åberg: 12 audit rows from before 27-11-2024 were removed after the "
            "retention period",
            "Line Åberg: 12 rækker i logningen fra før 27-11-2024 blev slettet efter "
            "opbevaringstiden",
        ),
        (
            "update",
            "store",
            {"changed": "passphrase"},
            "Line Åberg changed the passphrase",
            "Line Åberg skiftede adgangsfrasen",
        ),
    ],
)
def test_a_row_reads_as_a_sentence_in_either_language(
    action: str,
    entity: str,
    detail: dict,
    en: str,
    da: str,  # type: ignore[type-arg]
) -> None:
    row = _row(action, entity, detail)
    assert describe(row, "en") == en
    assert describe(row, "da") == da


def test_a_deleted_family_and_an_unknown_kind_of_row_still_read_as_words() -> None:
    gone = AuditRow(1, datetime.now(UTC), "Bo", "read", "family", "x", "x", {}, None)
    assert describe(gone, "en") == "Bo opened a family since deleted"
    odd = _row("export", "goal", {"rows": 3})  # no sentence is written for this one
    assert describe(odd, "en") == "Line Åberg: Exported – Goal (Familien Kleist)"
    assert describe(odd, "da") == "Line Åberg: Eksporteret – Mål (Familien Kleist)"


def test_every_sentence_has_both_languages_and_the_same_placeholders() -> None:
    table = {k: v for k, v in words.texts_table().items() if k.startswith("audit.")}
    assert len(table) > 40
    for key, entry in table.items():
        forms = [entry[lang] for lang in words.LANGUAGES]
        flat = [f if isinstance(f, str) else f["other"] for f in forms]
        assert words.placeholders(flat[0]) == words.placeholders(flat[1]), key


def test_what_a_worker_did_reads_back_in_plain_words(store: Store) -> None:
    """Real changes, then the trail: the family by name, no codes, uids or 'None'."""
    save_profile(store, WorkerProfile(name="Line Åberg"))
    ids = make_family(store, name="Familien Kleist / Løvstrup")
    plan = plans.create_plan(
        store, ids.family, "Hverdagen", created_on=date(2026, 9, 1), goals=[GoalData("Morgener")]
    )
    plans.agree_plan(store, plan, agreed_on=date(2026, 9, 2))
    start = datetime(2026, 9, 3, 10, 0, tzinfo=sessions.LOCAL_TZ)
    session = sessions.create_session(store, ids.family, sessions.SessionInput("home-visit", start))
    sessions.finalize_session(store, session)
    sessions.add_addendum(store, session, "Rettelse")
    data = status_report_data(store, ids.family, date(2026, 9, 1), date(2026, 11, 30))
    record_status_report_print(store, data, "en")

    told = [describe(r, "en") for r in fetch_events(store)]
    # On a team server the audit names the role the server authenticated.
    who = "Line Åberg" if store.target.is_sqlite else audit_actor(store)
    assert [line.replace(who, "Line Åberg", 1) for line in told[:6]] == [
        "Line Åberg printed the status report for Familien Kleist / Løvstrup, "
        "01-09-2026 – 30-11-2026",
        "Line Åberg added an addendum to a finalized session note of Familien Kleist / Løvstrup",
        "Line Åberg finalized a session note of Familien Kleist / Løvstrup",
        "Line Åberg logged a session with Familien Kleist / Løvstrup",
        "Line Åberg recorded the parent action plan for Familien Kleist / Løvstrup as agreed",
        "Line Åberg created a parent action plan for Familien Kleist / Løvstrup",
    ]
    for sentence in told + [describe(r, "da") for r in fetch_events(store)]:
        assert "None" not in sentence and "{" not in sentence, sentence
        assert not re.search(r"\b[0-9a-f]{8}-[0-9a-f]{4}", sentence), sentence
