"""Status reports: stored texts and the content gathered for a period."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from famdesk.core import plans
from famdesk.core.errors import NotFound, ValidationFailed
from famdesk.core.status_reports import (
    latest_status_report,
    mark_printed,
    record_status_report_print,
    save_status_report_texts,
    status_report_data,
    status_report_for_period,
)
from famdesk.db.models import AuditEvent, Family, StatusReport
from famdesk.db.store import Store
from tests.core.status_fixtures import PERIOD, make_case


def test_sessions_by_kind_with_hours_cancelled_and_no_show(store: Store) -> None:
    case = make_case(store)
    data = status_report_data(store, case.family, *PERIOD)
    by_kind = {k.kind: k for k in data.sessions_by_kind}
    assert [k.kind for k in data.sessions_by_kind] == [
        "home-visit",
        "office",
        "supervised-contact",
        "network-meeting",
    ]
    assert (by_kind["home-visit"].held, by_kind["home-visit"].hours) == (3, 3.5)
    assert by_kind["home-visit"].cancelled == 1
    assert (by_kind["supervised-contact"].held, by_kind["supervised-contact"].hours) == (2, 4.0)
    assert (by_kind["office"].held, by_kind["office"].no_show) == (0, 1)
    assert by_kind["network-meeting"].hours == 0.75
    total = data.sessions_total
    assert (total.held, total.hours, total.cancelled, total.no_show) == (6, 8.25, 1, 1)
    assert data.concerns_in_period == 1


def test_period_bounds_are_local_days_inclusive(store: Store) -> None:
    case = make_case(store)
    # The visit at 23:00 Copenhagen time on 30 June is inside; the one on 5 Dec is not.
    june = status_report_data(store, case.family, date(2025, 6, 30), date(2025, 6, 30))
    assert june.sessions_total.held == 1
    with pytest.raises(ValidationFailed) as exc:
        status_report_data(store, case.family, date(2025, 6, 30), date(2025, 1, 1))
    assert exc.value.for_field("to")
    with pytest.raises(NotFound):
        status_report_data(store, "no-such-family", *PERIOD)


def test_goal_progress_baseline_and_scores_up_to_the_period_end(store: Store) -> None:
    case = make_case(store)
    data = status_report_data(store, case.family, *PERIOD)
    assert [p.uid for p in data.plans] == [case.plan]
    plan = data.plans[0]
    goal_a, goal_b = plan.goals
    assert goal_a.title == "Vi har en fast rytme om morgenen"
    assert goal_a.baseline == 3
    # The review of 1 September is after the period and not shown.
    assert goal_a.scores == [
        (date(2024, 12, 10), 4),
        (date(2025, 3, 12), 6),
        (date(2025, 6, 11), 7),
    ]
    assert (goal_a.latest, goal_a.change) == (7, 4)
    assert (goal_b.latest, goal_b.change) == (7, 3)
    # Reviews held in the period, with their summaries.
    assert [d for d, _ in plan.reviews] == [date(2025, 3, 12), date(2025, 6, 11)]


def test_superseded_plan_version_is_left_out(store: Store) -> None:
    case = make_case(store)
    new = plans.revise_plan(store, case.plan, created_on=date(2024, 11, 20))
    plans.agree_plan(store, new, date(2024, 12, 1))
    data = status_report_data(store, case.family, *PERIOD)
    assert [p.uid for p in data.plans] == [new]
    # The earlier period still reports the version then in force (and the new one).
    autumn = status_report_data(store, case.family, date(2024, 10, 1), date(2024, 12, 31))
    assert [p.uid for p in autumn.plans] == [case.plan, new]


def test_measurements_series_observations_agreements_collaborators(store: Store) -> None:
    case = make_case(store)
    data = status_report_data(store, case.family, *PERIOD)
    who = [m for m in data.measurements if m.instrument == "WHO-5"]
    # 1 November 2024 is before the period.
    assert [(m.date, m.score, m.flag) for m in who] == [
        (date(2025, 1, 10), 28, "who5-refer"),
        (date(2025, 3, 14), 44, "who5-screen"),
        (date(2025, 6, 12), 60, None),
    ]
    assert data.series[("Zoë Nguyễn", "WHO-5")] == [
        (date(2025, 1, 10), 28),
        (date(2025, 3, 14), 44),
        (date(2025, 6, 12), 60),
    ]
    assert ("Aya Østergaard", "SDQ-total") in data.series
    assert [o.summary for o in data.observations] == [
        "Aya søgte trøst hos mor",
        "Legede roligt med Lego i en time",
    ]
    assert [a.agreements for a in data.agreements] == [
        "Vækkeur kl. 6.45",
        "Skolen giver besked ved fravær",
    ]
    assert [c.name for c in data.collaborators] == ["Birgitte Lærer", "Jonas Sagsbehandler"]
    child = [m for m in data.members if m.role == "child"][0]
    assert child.placement_site == "Plejefamilien Holm"
    assert data.texts is None and data.seen_by_family is False


def test_texts_are_kept_edited_until_printed_then_a_new_report(store: Store) -> None:
    case = make_case(store)
    first = save_status_report_texts(
        store, case.family, *PERIOD, "Vi synes det går bedre", "Forældrene samarbejder", False
    )
    again = save_status_report_texts(
        store, case.family, *PERIOD, "Vi synes det går bedre", "Forældrene samarbejder", True
    )
    assert again == first
    latest = latest_status_report(store, case.family)
    assert latest is not None and latest.seen_by_family and latest.printed_at is None
    data = status_report_data(store, case.family, *PERIOD)
    assert data.texts is not None and data.texts.family_view == "Vi synes det går bedre"

    with store.session() as s:
        fam = s.scalar(select(Family).where(Family.uid == case.family))
        assert fam is not None
        printed = mark_printed(s, fam, *PERIOD, {"format": "pdf"})
        assert printed.uid == first
    after = save_status_report_texts(store, case.family, *PERIOD, "Ny tekst", "Ny vurdering", True)
    assert after != first
    found = status_report_for_period(store, case.family, *PERIOD)
    assert found is not None and found.uid == after and found.printed_at is None
    with store.read_session() as s:
        old = s.scalar(select(StatusReport).where(StatusReport.uid == first))
        assert old is not None and old.family_view == "Vi synes det går bedre"
        audit = s.scalars(
            select(AuditEvent).where(AuditEvent.entity == "status_report").order_by(AuditEvent.id)
        ).all()
    assert [a.action for a in audit] == ["create", "update", "print", "create"]
    assert audit[1].detail == {"fields": ["seen_by_family"]}
    assert all("bedre" not in str(a.detail) for a in audit)


def test_texts_are_validated(store: Store) -> None:
    case = make_case(store)
    with pytest.raises(ValidationFailed) as exc:
        save_status_report_texts(store, case.family, *PERIOD, "x" * 60_000, "", "yes")  # type: ignore[arg-type]
    assert {e.field for e in exc.value.errors} == {"family_view", "seen_by_family"}
    assert latest_status_report(store, case.family) is None


def test_recording_a_print_stamps_the_periods_report_and_audits_it(store: Store) -> None:
    case = make_case(store)
    data = status_report_data(store, case.family, *PERIOD)
    assert status_report_for_period(store, case.family, *PERIOD) is None

    record_status_report_print(store, data, "da")

    printed = status_report_for_period(store, case.family, *PERIOD)
    assert printed is not None and printed.printed_at is not None
    with store.read_session() as s:
        [event] = s.scalars(select(AuditEvent).where(AuditEvent.action == "print")).all()
    assert (event.entity, event.entity_uid, event.family_uid) == (
        "status_report",
        printed.uid,
        case.family,
    )
    assert event.detail == {
        "format": "pdf",
        "lang": "da",
        "from": PERIOD[0].isoformat(),
        "to": PERIOD[1].isoformat(),
    }
