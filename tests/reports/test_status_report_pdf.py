"""The status report PDF: what a caseworker reads in it, in Danish and English; print logged."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.graphics.shapes import Drawing
from reportlab.platypus import Flowable, Table
from sqlalchemy import select

from famdesk.core import words
from famdesk.core.errors import NotFound, ValidationFailed
from famdesk.core.placement import matches
from famdesk.core.placement.sites import SiteData, create_site
from famdesk.core.status_reports import (
    StatusReportData,
    latest_status_report,
    save_status_report_texts,
    status_report_data,
)
from famdesk.db.models import AuditEvent, ConcernNotice, ContactSession, Family
from famdesk.db.store import Store
from famdesk.reports.base import CONTENT_WIDTH, PageInfo, write_pdf
from famdesk.reports.i18n import t
from famdesk.reports.status_report_pdf import CHART_GAP, build_status_report_pdf, story
from tests.core.status_fixtures import CPH, PERIOD, make_case
from tests.reports.pdf_pages import headings_ending_a_page, page_lines


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
        "8 t. 15 min.",
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
        "8 h 15 min",
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


def test_report_without_saved_texts_leaves_room_to_write_and_is_not_seen(
    store: Store, tmp_path: Path
) -> None:
    case = make_case(store)
    out = build_status_report_pdf(store, case.family, *PERIOD, tmp_path / "r.pdf")
    text = _flat(_text(out))
    assert "Ikke udfyldt." not in text
    assert text.count("Ikke skrevet på forhånd – udfyldes i hånden ved mødet:") == 2
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


def _page_texts(path: Path) -> list[str]:
    return [_flat(page.extract_text() or "") for page in PdfReader(str(path)).pages]


def test_the_report_opens_with_a_summary_of_the_period(
    report: tuple[Store, str, Path],
) -> None:
    """What a caseworker reads first, checked against the case's known figures."""
    store, family, tmp = report
    out = build_status_report_pdf(
        store, family, *PERIOD, tmp / "s.pdf", lang="da", today=date(2025, 7, 20)
    )
    first = _page_texts(out)[0]
    summary = first[first.index("Sammenfatning") : first.index("1. Kontakt i perioden")]
    for expected in [
        "Periode 1. januar 2025 – 30. juni 2025",
        # 3 home visits (3 t. 30 min.), 2 supervised (4 t.), 1 network meeting (45 min.)
        "Kontakter 6 afholdt (8 t. 15 min.) · 1 aflyst · 1 udeblevet",
        "Mål 2 mål · 2 med fremgang · 0 uændret · 0 med tilbagegang",
        "Mål 1: Vi har en fast rytme om morgenen · 3 → 7 (+4)",
        "Mål 2: Samværet med Aya er roligt og forudsigeligt · 4 → 7 (+3)",
        # In the period: WHO-5 28 → 60, parenting competence 4 → 6, SDQ 19 → 14 (lower is
        # better); the WHO-5 of November 2024 is before it.
        "Målinger 7 målinger · betydningsfuld forbedring: Zoë Nguyễn, WHO-5 trivselsindeks"
        " (28 → 60); Łukasz Østergaard, Forældrekompetence, egen vurdering (4 → 6); Aya"
        " Østergaard, SDQ samlet vanskelighedsscore (19 → 14)",
        "Bekymring 1 kontakt gav anledning til bekymring for barnets trivsel eller sikkerhed"
        " (20.03.2025). 1 er ikke registreret som givet videre.",
        "Næste frister Opfølgning på planen: 15. juli 2025 – overskredet"
        " Grundlag: Planens opfølgningsdato (aftalt med familien)",
    ]:
        assert expected in summary, expected
    # The same review is flagged where the plan is described.
    assert "næste opfølgning 15. juli 2025 – overskredet" in _flat(_text(out))

    before_due = _flat(
        _text(
            build_status_report_pdf(
                store, family, *PERIOD, tmp / "t.pdf", lang="en", today=date(2025, 7, 15)
            )
        )
    )
    assert "Next deadlines Plan review: 15 July 2025" in before_due
    assert "overdue" not in before_due
    for expected in [
        "Summary",
        "Sessions 6 held (8 h 15 min) · 1 cancelled · 1 no-show",
        "Goals 2 goals · 2 improved · 0 unchanged · 0 moved back",
        "Goal 1: Vi har en fast rytme om morgenen · 3 → 7 (+4)",
        "meaningful improvement: Zoë Nguyễn, WHO-5 Well-Being Index (28 → 60)",
        "1 session raised a concern for the child's well-being or safety (20 Mar 2025)."
        " 1 is not recorded as passed on.",
    ]:
        assert expected in before_due, expected


def test_the_summary_names_the_95_follow_up_owed_with_its_basis(
    report: tuple[Store, str, Path],
) -> None:
    """Support from 1 Sep 2024, followed up every two months: due 1 Dec, 1 Feb, 1 Apr, 1 Jun.
    The reviews of 10 Dec, 12 Mar and 11 Jun meet the first three (one each, late or
    not); the fourth, due 1 June, is owed and overdue on 20 July."""
    store, family, tmp = report
    with store.session() as s:
        fam = s.scalars(select(Family).where(Family.uid == family)).one()
        fam.support_started_on = date(2024, 9, 1)
        fam.investigation_finished_on = date(2025, 1, 15)  # later than three months: no effect
        fam.follow_up_every_months = 2
    out = build_status_report_pdf(
        store, family, *PERIOD, tmp / "f.pdf", lang="da", today=date(2025, 7, 20)
    )
    first = _page_texts(out)[0]
    summary = first[first.index("Næste frister") : first.index("1. Kontakt i perioden")]
    assert summary == (
        "Næste frister Opfølgning på planen: 15. juli 2025 – overskredet"
        " Grundlag: Planens opfølgningsdato (aftalt med familien)"
        " Opfølgning nr. 4 på indsatsen: 1. juni 2025 – overskredet"
        " Grundlag: Barnets lov § 95: opfølgning på indsatsen "
    )
    # On 10 September the review of 1 September has met the fourth, late: the fifth,
    # due 1 August on the schedule, is owed (a late follow-up does not move the next).
    later = _flat(
        _text(
            build_status_report_pdf(
                store, family, *PERIOD, tmp / "g.pdf", lang="en", today=date(2025, 9, 10)
            )
        )
    )
    assert (
        "Follow-up no. 5 on the support: 1 August 2025 – overdue"
        " Basis: Barnets lov § 95: follow-up on the support" in later
    )


def test_the_summary_names_the_placements_follow_ups_and_a_conversation_owed(
    store: Store, tmp_path: Path
) -> None:
    """Aya placed on 1 June 2025 (follow-ups proposed 1 Jul, 1 Sep, 1 Dec, 1 Jun 2026), and
    a second match being explored with no conversation with her recorded."""
    case = make_case(store)
    site = create_site(store, SiteData(name="Plejefamilien Holm", type="foster-family"))
    placed = matches.create_match(store, case.child, today=date(2025, 5, 1))
    matches.add_candidate(store, placed, site, fit=8, today=date(2025, 5, 1))
    matches.decide(
        store, placed, decided_on=date(2025, 5, 10), chosen_site_uid=site,
        reasons="Kender Aya", today=date(2025, 5, 10),
    )  # fmt: skip
    matches.place(store, placed, placed_on=date(2025, 6, 1), today=date(2025, 6, 1))
    matches.create_match(store, case.child, today=date(2025, 7, 1))
    out = build_status_report_pdf(
        store, case.family, *PERIOD, tmp_path / "m.pdf", lang="da", today=date(2025, 7, 20)
    )
    first = _page_texts(out)[0]
    summary = first[first.index("Næste frister") : first.index("1. Kontakt i perioden")]
    for expected in [
        "Opfølgning nr. 1 på anbringelsen af Aya: 1. juli 2025 – overskredet"
        " Grundlag: Styrket match: opfølgning i anbringelsens første år",
        "Opfølgning nr. 2 på anbringelsen af Aya: 1. september 2025"
        " Grundlag: Styrket match: opfølgning i anbringelsens første år",
        "Børnesamtale med Aya før afgørelsen om anbringelsessted:"
        " nu – ingen børnesamtale er registreret"
        " Grundlag: Barnets lov § 5: børnesamtale før afgørelsen",
    ]:
        assert expected in summary, expected
    assert "1. december 2025" not in summary  # the next of each placement only


def test_durations_are_written_in_hours_and_minutes(report: tuple[Store, str, Path]) -> None:
    store, family, tmp = report
    text = _flat(_text(build_status_report_pdf(store, family, *PERIOD, tmp / "d.pdf")))
    table = text[text.index("1. Kontakt i perioden") : text.index("2. Mål og fremskridt")]
    assert "Type Afholdt Tid Aflyst Udeblevet" in table
    assert "Hjemmebesøg 3 3 t. 30 min. 1 0" in table
    assert "Overvåget samvær 2 4 t. 0 0" in table
    assert "Netværksmøde 1 45 min. 0 0" in table
    assert "I alt 6 8 t. 15 min. 1 1" in table
    assert not re.search(r"\d+[,.]\d+ ?(t\.|timer)", text)  # never "8,25 timer" or "0,75 t."


def test_a_concern_shows_what_it_is_and_who_was_told(store: Store, tmp_path: Path) -> None:
    case = make_case(store)
    with store.session() as s:
        row = s.scalar(select(ContactSession).where(ContactSession.concern.is_(True)))
        assert row is not None
        row.concern_what = "Aya fortalte om slag derhjemme."
        row.concern_notices = [
            ConcernNotice(
                who="Jonas Sagsbehandler",
                at=datetime(2025, 3, 20, 14, 0, tzinfo=CPH),
                how="telefon",
            )
        ]
    text = _flat(_text(build_status_report_pdf(store, case.family, *PERIOD, tmp_path / "c.pdf")))
    assert "(20.03.2025). Den er givet videre." in text
    heading = "Bekymring for barnets trivsel eller sikkerhed i perioden"
    assert heading in text
    rows = text[text.index(heading) :]
    assert "Dato Hvad der bekymrer Givet videre til" in rows
    assert "20.03.2025 Hjemmebesøg Aya fortalte om slag derhjemme." in rows
    assert "Jonas Sagsbehandler · 20.03.2025 · telefon" in rows


def test_measurements_take_a_row_per_person_and_instrument_and_charts_share_rows(
    report: tuple[Store, str, Path],
) -> None:
    store, family, tmp = report
    data = status_report_data(store, family, *PERIOD, today=date(2025, 7, 1))
    flowables = story(data, "da")
    grids = [
        f
        for f in _walk(flowables)
        if isinstance(f, Table) and any(isinstance(c, Drawing) for c in _cells(f))
    ]
    charts = [c for g in grids for c in _cells(g) if isinstance(c, Drawing)]
    # Two goal charts and three instruments (WHO-5, parenting competence, SDQ), two to a row.
    assert len(charts) == 5
    assert all(c.width <= (CONTENT_WIDTH - CHART_GAP) / 2 + 0.01 for c in charts)
    assert [len(g._cellvalues) for g in grids] == [1, 2]
    text = _flat(_text(build_status_report_pdf(store, family, *PERIOD, tmp / "m.pdf")))
    section = text[text.index("3. Målinger") : text.index("4. Observationer")]
    assert section.count("Zoë Nguyễn") == 2  # her row, and the chart's legend
    assert "10.01.2025: 28 14.03.2025: 44 12.06.2025: 60 +32" in section
    assert "Tidligere i perioden: Tyder på depression – henvisning til udredning (10.01.2025)" in (
        section
    )
    for n in range(1, 6):
        assert f"Figur {n}." in text
    # The WHO-5 thresholds are named in the legend, where no line can cross them.
    assert "50: screening for depression" in section and "28: sandsynlig depression" in section


def _walk(flowables: list[Flowable]) -> Iterator[Flowable]:
    for f in flowables:
        yield f
        inner = getattr(f, "_content", None) or [
            *getattr(f, "heads", []),
            getattr(f, "first", None),
        ]
        yield from _walk([x for x in inner if x is not None])


def _cells(table: Table) -> list[object]:
    out: list[object] = []
    for row in table._cellvalues:
        for cell in row:
            out += cell if isinstance(cell, list) else [cell]
    return out


#: Every heading of the report, in Danish; none may be the last line of a page.
def _headings(data: StatusReportData) -> set[str]:
    keys = [k for k in words.texts_table() if k.startswith("status.s.")]
    found = {t("da", k) for k in keys}
    found |= {t("da", "status.reviews_in_period")}
    found |= {t("da", "status.concerns_heading", concern=words.label("term", "concern", "da"))}
    for p in data.plans:
        found.add(
            t(
                "da",
                "status.plan_line",
                title=p.title,
                version=p.version,
                status=words.label("plan_status", p.status, "da").lower(),
            )
        )
    return found


def test_headings_rows_and_signatures_are_never_stranded(
    report: tuple[Store, str, Path],
) -> None:
    """The header grows a line at a time, so every heading meets the foot of a page.

    Whatever the shift: no page ends with a heading, a goal's row stays whole
    on one page, and the signatures share their page with the assessment.
    """
    store, family, tmp = report
    data = status_report_data(store, family, *PERIOD, today=date(2025, 7, 1))
    headings = _headings(data)
    base = data.members[0]
    for shift in range(0, 60, 2):
        members = [*data.members, *([base] * shift)]
        shifted = replace(data, members=members)
        out = write_pdf(
            tmp / f"r-{shift}.pdf",
            story(shifted, "da"),
            PageInfo(lang="da", header_left="Statusrapport", header_right="Sag"),
            title="t",
        )
        pages = page_lines(out)
        assert headings_ending_a_page(pages, headings) == [], shift
        # A goal's row (title, criteria, scores, status) stands whole on one page.
        for start, criteria in (
            (
                "Mål 1: Vi har en fast rytme om",
                ("Aya kommer i skole til tiden fire", "dage om ugen"),
            ),
            ("Mål 2: Samværet med Aya er", ("Aya glæder sig til samvær",)),
        ):
            (page,) = [
                n
                for n, lines in enumerate(pages)
                if any(line.startswith(start) and "→" not in line for line in lines)
            ]
            for line in criteria:
                assert any(x.startswith(line) for x in pages[page]), (shift, start, line)
        last = pages[-1]
        assert t("da", "status.s.assessment") in last or any(
            "Familiebehandlerens faglige" in line for line in last
        ), shift
