"""The session log PDF: what a caseworker reads when the journal is printed."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from famdesk.core import sessions
from famdesk.core.errors import NotFound
from famdesk.core.sessions import SessionError, SessionInput
from famdesk.db.models import ActionPlan, AuditEvent, Family, Goal, Member
from famdesk.db.store import Store
from famdesk.reports.session_log_pdf import build_session_log_pdf

CPH = ZoneInfo("Europe/Copenhagen")


@pytest.fixture
def family(store: Store) -> dict[str, str]:
    with store.session() as s:
        fam = Family(
            reference="FB-2026-014",
            name="Familien Østergaard",
            worker="Mette Kjær",
            start_date=date(2026, 1, 2),
        )
        mother = Member(role="mother", given_name="Åse", family_name="Østergaard")
        child = Member(role="child", given_name="Lærke", family_name="Østergaard", position=1)
        fam.members = [mother, child]
        plan = ActionPlan(title="Forældrehandleplan", created_on=date(2026, 1, 5))
        goal = Goal(title="Lærke kommer i børnehave hver dag")
        plan.goals = [goal]
        fam.plans = [plan]
        s.add(fam)
        s.flush()
        ids = {"family": fam.uid, "mother": mother.uid, "child": child.uid, "goal": goal.uid}

    def log(day: int, **kw: object) -> str:
        data = SessionInput(
            kind=str(kw.pop("kind", "home-visit")),
            start=datetime(2026, 2, day, 9, 15, tzinfo=CPH),
            duration_minutes=int(kw.pop("minutes", 60)),  # type: ignore[arg-type]
            member_uids=[ids["mother"], ids["child"]],
            goal_uids=[ids["goal"]],
            **kw,  # type: ignore[arg-type]
        )
        return sessions.create_session(store, ids["family"], data)

    ids["first"] = log(
        3,
        summary="Morgenrutine gennemgået",
        notes="Lærke sagde: »Jeg vil gerne have madpakke med.« Mor smurte madpakke.",
        assessment="Mor fremstår mere rolig og overskudsagtig end sidst.",
        agreements="Mor prøver billedskemaet hver morgen.",
    )
    sessions.finalize_session(store, ids["first"], at=datetime(2026, 2, 3, 12, 0, tzinfo=CPH))
    sessions.add_addendum(
        store,
        ids["first"],
        "Rettelse: besøget sluttede 10.30.",
        at=datetime(2026, 2, 5, 8, 45, tzinfo=CPH),
    )
    ids["concern"] = log(
        10,
        kind="phone",
        minutes=20,
        summary="Telefonsamtale",
        notes="Mor lød meget presset.",
        concern=True,
    )
    sessions.finalize_session(store, ids["concern"])
    ids["draft"] = log(17, summary="Netværksmøde forberedt", notes="Kladde til notat & <noter>.")
    log(27, summary="Senere besøg uden for perioden")
    return ids


def _text(path: Path) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)


def test_every_part_of_the_notes_is_printed_oldest_first(
    store: Store, family: dict[str, str], tmp_path: Path
) -> None:
    out = build_session_log_pdf(
        store, family["family"], tmp_path / "log.pdf", date(2026, 2, 1), date(2026, 2, 20)
    )
    text = _text(out)
    for expected in (
        "Journaludskrift",
        "Familien Østergaard",
        "Sag FB-2026-014",
        "Hjemmebesøg",
        "09:15",
        "60 min.",
        "Åse Østergaard",
        "Lærke kommer i børnehave hver dag",
        "Morgenrutine gennemgået",
        "»Jeg vil gerne have madpakke med.«",
        "Familiebehandlerens vurdering",
        "Mor fremstår mere rolig",
        "Aftaler og næste skridt",
        "Mor prøver billedskemaet",
        "Tilføjelser efter afslutning",
        "Tilføjet 05.02.2026 kl. 08:45 – efter at notatet blev afsluttet",
        "Rettelse: besøget sluttede 10.30.",
        "BEKYMRING",
        "Kladde til notat & <noter>.",
        "Side 1 af",
        "Fortroligt",
    ):
        assert expected in text, expected
    assert "Senere besøg" not in text  # outside the period
    assert text.index("Morgenrutine") < text.index("Telefonsamtale") < text.index("Netværksmøde")


def test_a_draft_is_marked_and_finalized_notes_are_not(
    store: Store, family: dict[str, str], tmp_path: Path
) -> None:
    text = _text(build_session_log_pdf(store, family["family"], tmp_path / "a.pdf"))
    assert text.count("KLADDE – ikke afsluttet") == 2  # the draft in February and the later one
    assert "(2 kladder)" in text
    only_final = _text(
        build_session_log_pdf(
            store, family["family"], tmp_path / "b.pdf", date(2026, 2, 1), date(2026, 2, 12)
        )
    )
    assert "KLADDE" not in only_final and "2 (0 kladder)" in only_final


def test_english(store: Store, family: dict[str, str], tmp_path: Path) -> None:
    text = _text(build_session_log_pdf(store, family["family"], tmp_path / "e.pdf", lang="en"))
    for expected in (
        "Session log",
        "Home visit",
        "The family worker's assessment",
        "DRAFT – not finalized",
        "after the note was finalized",
        "Page 1 of",
    ):
        assert expected in text, expected


def test_printing_is_audited_without_note_text(
    store: Store, family: dict[str, str], tmp_path: Path
) -> None:
    build_session_log_pdf(store, family["family"], tmp_path / "a.pdf", date_from=date(2026, 2, 1))
    with store.read_session() as s:
        (event,) = s.scalars(select(AuditEvent).where(AuditEvent.action == "print"))
    assert event.family_uid == family["family"] and event.detail["sessions"] == 4
    assert event.detail["from"] == "2026-02-01" and event.detail["to"] is None
    assert "Morgenrutine" not in repr(event.detail)


def test_empty_period_and_bad_input(store: Store, family: dict[str, str], tmp_path: Path) -> None:
    text = _text(
        build_session_log_pdf(
            store, family["family"], tmp_path / "x.pdf", date(2025, 1, 1), date(2025, 2, 1)
        )
    )
    assert "Der er ingen kontakter i perioden." in text
    with pytest.raises(NotFound, match="no family"):
        build_session_log_pdf(store, "nope", tmp_path / "y.pdf")
    with pytest.raises(SessionError, match="ends before"):
        build_session_log_pdf(
            store, family["family"], tmp_path / "y.pdf", date(2026, 3, 1), date(2026, 2, 1)
        )
    with pytest.raises(ValueError, match="language"):
        build_session_log_pdf(store, family["family"], tmp_path / "y.pdf", lang="de")
    assert not (tmp_path / "y.pdf").exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []
