"""The session log PDF: what a caseworker reads when the journal is printed."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from famdesk.core import sessions, words
from famdesk.core.errors import NotFound
from famdesk.core.sessions import (
    AddendumView,
    Participant,
    SessionDetail,
    SessionError,
    SessionInput,
    SessionLog,
)
from famdesk.db.models import (
    ActionPlan,
    AuditEvent,
    ConcernNotice,
    ContactSession,
    Family,
    Goal,
    Member,
)
from famdesk.db.store import Store
from famdesk.reports import session_log_pdf
from famdesk.reports.base import PageInfo, write_pdf
from famdesk.reports.i18n import t
from famdesk.reports.session_log_pdf import build_session_log_pdf
from tests.reports.pdf_pages import headings_ending_a_page, page_lines

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
        "03.02.2026 kl. 09:15, 1 t.",
        "10.02.2026 kl. 09:15, 20 min.",
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
        "Bekymring for barnets trivsel eller sikkerhed – rejst ved denne kontakt",
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


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


#: The moment the tests print at: after the sessions of early February.
NOW = datetime(2026, 2, 20, 12, 0, tzinfo=CPH)


def _planned(store: Store, family: dict[str, str], start: datetime, summary: str) -> str:
    return sessions.create_session(
        store,
        family["family"],
        SessionInput(
            kind="office",
            start=start,
            status="planned",
            member_uids=[family["mother"]],
            summary=summary,
        ),
    )


def test_future_appointments_are_left_out_and_the_header_says_so(
    store: Store, family: dict[str, str], tmp_path: Path
) -> None:
    _planned(
        store, family, datetime(2026, 2, 18, 10, 0, tzinfo=CPH), "Aftale ikke markeret afholdt"
    )
    _planned(store, family, datetime(2026, 2, 24, 10, 0, tzinfo=CPH), "Aftale i næste uge")
    _planned(store, family, datetime(2026, 3, 2, 10, 0, tzinfo=CPH), "Aftale i marts")

    log = sessions.session_log(store, family["family"], now=NOW)
    assert log.planned_left_out == 2
    assert all(d.status != "planned" or d.start <= NOW for d in log.sessions)

    text = _flat(_text(build_session_log_pdf(store, family["family"], tmp_path / "a.pdf", now=NOW)))
    assert "Aftale i næste uge" not in text and "Aftale i marts" not in text
    # A past appointment still marked planned is part of the record: it shows, as planned.
    assert "Aftale ikke markeret afholdt" in text
    assert "Planlagte, fremtidige aftaler er ikke medtaget (2 aftaler)." in text
    assert "Udskrevet 20. februar 2026" in text
    english = _flat(
        _text(
            build_session_log_pdf(store, family["family"], tmp_path / "e.pdf", lang="en", now=NOW)
        )
    )
    assert "Planned future appointments are not included (2 appointments)." in english
    # With none to leave out, the header still tells the reader what is not there.
    later = _flat(
        _text(
            build_session_log_pdf(
                store, family["family"], tmp_path / "b.pdf", now=NOW + timedelta(days=30)
            )
        )
    )
    assert "Aftale i marts" in later
    assert "Planlagte, fremtidige aftaler er ikke medtaget." in later


def test_a_concern_shows_what_it_is_and_who_was_told_when_and_how(
    store: Store, family: dict[str, str], tmp_path: Path
) -> None:
    told = sessions.create_session(
        store,
        family["family"],
        SessionInput(
            kind="home-visit",
            start=datetime(2026, 2, 12, 15, 0, tzinfo=CPH),
            member_uids=[family["mother"]],
            summary="Besøg efter skole",
            concern=True,
        ),
    )
    with store.session() as s:  # what the concern dialog records (DESIGN.md, version 2)
        row = s.scalar(select(ContactSession).where(ContactSession.uid == told))
        assert row is not None
        row.concern_what = "Lærke havde et blåt mærke på armen."
        row.concern_notices = [
            ConcernNotice(
                who="Jonas Sagsbehandler",
                at=datetime(2026, 2, 12, 16, 30, tzinfo=CPH),
                how="telefon",
                position=0,
            ),
            ConcernNotice(
                who="Leder Birthe", at=datetime(2026, 2, 12, 17, 5, tzinfo=CPH), position=1
            ),
        ]
    sessions.finalize_session(store, told)
    detail = next(
        d for d in sessions.session_log(store, family["family"]).sessions if d.concern_notices
    )
    assert detail.concern_what == "Lærke havde et blåt mærke på armen."
    assert [(n.who, n.how) for n in detail.concern_notices] == [
        ("Jonas Sagsbehandler", "telefon"),
        ("Leder Birthe", ""),
    ]

    text = _flat(_text(build_session_log_pdf(store, family["family"], tmp_path / "c.pdf")))
    term = words.label("term", "concern", "da")
    assert text.count(f"{term} – rejst ved denne kontakt") == 2
    assert "Hvad der bekymrer Lærke havde et blåt mærke på armen." in text
    assert "Givet videre til Jonas Sagsbehandler · 12.02.2026 kl. 16:30 · telefon" in text
    assert "Leder Birthe · 12.02.2026 kl. 17:05" in text
    # The concern of 10 February: nothing written, nobody told — the log says so.
    assert "Hvad der bekymrer Ikke beskrevet." in text
    assert "Ingen er registreret som orienteret." in text and "§ 133" in text
    # One wording: the log says nothing else about a concern (no "noget her bekymrer mig").
    assert "BEKYMRING" not in text

    english = _flat(
        _text(build_session_log_pdf(store, family["family"], tmp_path / "e.pdf", lang="en"))
    )
    assert f"{words.label('term', 'concern', 'en')} – raised at this session" in english
    assert "Passed on to Jonas Sagsbehandler · 12 Feb 2026 at 16:30 · telefon" in english
    assert "Nobody is recorded as told." in english


def _detail(number: int, notes: str, **kw: object) -> SessionDetail:
    start = datetime(2026, 3, 1, 9, 0, tzinfo=CPH) + timedelta(days=number)
    values: dict[str, object] = {
        "uid": f"s{number}",
        "family_uid": "f",
        "family_reference": "FB-1",
        "family_name": "Familien Test",
        "author": "Mette Kjær",
        "start": start,
        "duration_minutes": 90,
        "status": "held",
        "kind": "home-visit",
        "location": "Hjemme",
        "members": [Participant("m", "Åse Østergaard", "mother", False)],
        "professionals": [],
        "goals": [],
        "summary": f"Resumé af besøg {number}",
        "notes": notes,
        "assessment": "Mor fremstår roligere. " * 6,
        "agreements": "Næste besøg om en uge.",
        "concern": False,
        "finalized_at": start + timedelta(hours=3),
        "addenda": [],
    }
    values.update(kw)
    return SessionDetail(**values)  # type: ignore[arg-type]


def _filler(lines: int) -> str:
    return "\n".join(f"Linje {i + 1} af observationerne." for i in range(lines))


@pytest.mark.parametrize("lang", ["da", "en"])
def test_no_heading_is_left_at_the_foot_of_a_page(tmp_path: Path, lang: str) -> None:
    """Sessions shifted down a line at a time: every heading lands at every height once.

    Whatever the shift, no page ends with a heading, and a session's date
    stands on the same page as its facts and the first line of its summary.
    """
    subheadings = {
        t(lang, key) for key in ("log.summary", "log.notes", "log.assessment", "log.agreements")
    } | {t(lang, "log.addenda")}
    title = re.compile(r"\S+ (kl\.|at) \d\d:\d\d · .+")
    summary = t(lang, "log.summary")
    for shift in range(0, 52, 1 if lang == "da" else 3):
        log = SessionLog(
            family_uid="f",
            family_name="Familien Test",
            family_reference="FB-1",
            worker="Mette Kjær",
            date_from=None,
            date_to=None,
            sessions=[
                _detail(0, _filler(shift)),
                _detail(1, _filler(9), concern=True, concern_what="Mærke på armen."),
                _detail(2, _filler(14), finalized_at=None),
                _detail(
                    3,
                    _filler(6),
                    addenda=[AddendumView("a", datetime(2026, 3, 9, 8, 0, tzinfo=UTC), "Rettet.")],
                ),
                _detail(4, _filler(20)),
                _detail(5, _filler(3)),
            ],
        )
        out = write_pdf(
            tmp_path / f"log-{shift}.pdf",
            session_log_pdf.story(log, lang, date(2026, 3, 20)),
            PageInfo(lang=lang, header_left="Journaludskrift", header_right="Sag FB-1"),
            title="t",
        )
        pages = page_lines(out)
        assert len(pages) > 1
        assert headings_ending_a_page(pages, subheadings) == [], shift
        assert headings_ending_a_page(pages, title) == [], shift
        for lines in pages:
            starts = [i for i, line in enumerate(lines) if title.fullmatch(line)]
            ends = [*starts[1:], len(lines)] if starts else []
            for i, end in zip(starts, ends, strict=True):
                own = lines[i + 1 : end]  # this session's lines on the page of its date
                assert summary in own, (shift, lines[i])
                after = own[own.index(summary) + 1 :]
                assert after and after[0].startswith("Resumé af besøg"), (shift, lines[i])
