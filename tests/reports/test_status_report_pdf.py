"""The status report PDF: what a caseworker reads in it, in Danish and English; print logged."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from famdesk.core.errors import NotFound, ValidationFailed
from famdesk.core.status_reports import (
    latest_status_report,
    save_status_report_texts,
)
from famdesk.db.models import AuditEvent
from famdesk.db.store import Store
from famdesk.reports.status_report_pdf import build_status_report_pdf
from tests.core.status_fixtures import PERIOD, make_case


def _text(path: Path) -> str:
    reader = PdfReader(str(path))
    return "\n".join(page.extract_text() for page in reader.pages)


def _flat(text: str) -> str:
    """Extracted text with line breaks and runs of spaces made single spaces."""
    return re.sub(r"\s+", " ", text)


@pytest.fixture
def report(store: Store, tmp_path: Path) -> tuple[Store, str, Path]:
    case = make_case(store)
    save_status_report_texts(
        store,
        case.family,
        *PERIOD,
        "Vi synes, det går bedre om morgenen <b>& sådan</b>.",
        "Forældrene har arbejdet stabilt med morgenrutinen.",
        True,
    )
    return store, case.family, tmp_path


def test_danish_report_contains_family_goals_scores_and_collaborators(
    report: tuple[Store, str, Path],
) -> None:
    store, family, tmp = report
    out = build_status_report_pdf(store, family, *PERIOD, tmp / "status.pdf", lang="da")
    assert out == tmp / "status.pdf"
    reader = PdfReader(str(out))
    pages = len(reader.pages)
    text = _flat(_text(out))
    for expected in [
        "Statusrapport",
        "Familien Nguyễn-Østergaard",
        "FB-2025-017",
        "Støtte til forældre med anbragte børn",
        "Målrettet støtte",
        "1. januar 2025 – 30. juni 2025",
        "Mette Familiebehandler",
        "Zoë Nguyễn",
        "Łukasz Østergaard",
        # goals with baseline and review scores
        "Vi har en fast rytme om morgenen",
        "Samværet med Aya er roligt og forudsigeligt",
        "10.12.2024: 4",
        "12.03.2025: 6",
        "11.06.2025: 7",
        "+4",
        # contacts by kind
        "Hjemmebesøg",
        "Overvåget samvær",
        "8,25",
        # measurements, flags
        "WHO-5 trivselsindeks",
        "henvisning til udredning",
        # supervised contact, agreements, collaborators
        "Aya søgte trøst hos mor",
        "Skolen giver besked ved fravær",
        "Jonas Sagsbehandler",
        "Eksempel Kommune",
        "Birgitte Lærer",
        # stored texts, escaped as written
        "Vi synes, det går bedre om morgenen <b>& sådan</b>.",
        "Forældrene har arbejdet stabilt med morgenrutinen.",
        "Familien har set rapporten: ja",
        "Fortroligt",
        f"Side 1 af {pages}",
        f"Side {pages} af {pages}",
        "Underskrift",
    ]:
        assert expected in text, expected
    # Outside the period: the visit of 5 December and the review of 1 September.
    assert "Før perioden" not in text
    assert "Efter perioden" not in text
    assert "01.09.2025" not in text


def test_english_report(report: tuple[Store, str, Path]) -> None:
    store, family, tmp = report
    out = build_status_report_pdf(store, family, *PERIOD, tmp / "status-en.pdf", lang="en")
    text = _flat(_text(out))
    for expected in [
        "Status report",
        "For the municipal caseworker",
        "Support for parents of children in care",
        "1 January 2025 – 30 June 2025",
        "Vi har en fast rytme om morgenen",
        "Goals and progress",
        "Home visit",
        "Supervised contact",
        "8.25",
        "WHO-5 Well-Being Index",
        "refer for assessment",
        "Jonas Sagsbehandler",
        "Municipal caseworker",
        "The family has seen the report: yes",
        "Page 1 of",
    ]:
        assert expected in text, expected


def test_printing_is_logged_and_the_report_row_stamped(report: tuple[Store, str, Path]) -> None:
    store, family, tmp = report
    build_status_report_pdf(store, family, *PERIOD, tmp / "a.pdf")
    saved = latest_status_report(store, family)
    assert saved is not None and saved.printed_at is not None
    with store.read_session() as s:
        prints = s.scalars(select(AuditEvent).where(AuditEvent.action == "print")).all()
    assert len(prints) == 1
    assert prints[0].entity == "status_report" and prints[0].entity_uid == saved.uid
    assert prints[0].family_uid == family
    assert prints[0].detail["from"] == "2025-01-01" and prints[0].detail["to"] == "2025-06-30"
    assert "morgenen" not in str(prints[0].detail)


def test_report_without_saved_texts_says_not_filled_in_and_not_seen(
    store: Store, tmp_path: Path
) -> None:
    case = make_case(store)
    out = build_status_report_pdf(store, case.family, *PERIOD, tmp_path / "r.pdf")
    text = _flat(_text(out))
    assert "Ikke udfyldt." in text
    assert "Familien har set rapporten: nej" in text
    saved = latest_status_report(store, case.family)
    assert saved is not None and saved.printed_at is not None  # the print has its row


def test_empty_period_still_makes_a_sober_report(store: Store, tmp_path: Path) -> None:
    case = make_case(store)
    out = build_status_report_pdf(
        store, case.family, date(2023, 1, 1), date(2023, 3, 31), tmp_path / "r.pdf", lang="en"
    )
    text = _flat(_text(out))
    assert "No sessions are recorded in the period." in text
    assert "No measurements were taken in the period." in text
    assert "There is no agreed parent action plan for the period." in text


def test_bad_input_leaves_no_file_and_no_print_logged(store: Store, tmp_path: Path) -> None:
    case = make_case(store)
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    with pytest.raises(NotFound):
        build_status_report_pdf(store, "no-such-family", *PERIOD, out_dir / "x.pdf")
    with pytest.raises(ValidationFailed):
        build_status_report_pdf(store, case.family, PERIOD[1], PERIOD[0], out_dir / "x.pdf")
    with pytest.raises(ValueError):
        build_status_report_pdf(store, case.family, *PERIOD, out_dir / "x.pdf", lang="fr")
    with pytest.raises(OSError):
        build_status_report_pdf(store, case.family, *PERIOD, tmp_path / "missing" / "x.pdf")
    assert list(out_dir.iterdir()) == []
    with store.read_session() as s:
        assert s.scalars(select(AuditEvent).where(AuditEvent.action == "print")).all() == []
    assert latest_status_report(store, case.family) is None
