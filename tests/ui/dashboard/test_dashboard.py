"""The worker's dashboard in the main window: each kind of item shown, and opened where handled."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from pytestqt.qtbot import QtBot

from famdesk.core import child_voice, sessions
from famdesk.core.child_voice import ConversationData
from famdesk.core.placement import matches
from famdesk.core.sessions import SessionInput
from famdesk.db.models import ActionPlan, Family
from famdesk.db.store import Store
from famdesk.ui.dashboard.dashboard_view import (
    CARD_APPOINTMENTS,
    CARD_CONCERNS,
    CARD_NOTES,
    CARD_REVIEWS,
    DEADLINE_ROLE,
    DashboardFeature,
    DashboardView,
)
from famdesk.ui.families.family_view import TAB_PLANS, TAB_SESSIONS
from famdesk.ui.shell.main_window import MainWindow
from tests.core.placement_fixtures import make_case
from tests.core.session_fixtures import make_family

CPH = ZoneInfo("Europe/Copenhagen")
TODAY = date(2026, 3, 10)


def _at(day: date, hour: int) -> datetime:
    return datetime(day.year, day.month, day.day, hour, tzinfo=CPH)


@pytest.fixture
def due(store: Store) -> dict[str, str]:
    with store.session() as s:
        bogh = Family(
            reference="FB-2026-002",
            name="Familien Bøgh",
            start_date=date(2026, 1, 5),
            # Barnets lov § 95: three months on (30 March) come before the investigation's end.
            support_started_on=date(2025, 12, 30),
            investigation_finished_on=date(2026, 6, 1),
            follow_up_every_months=6,
        )
        kjaer = Family(reference="FB-2026-003", name="Familien Kjær", start_date=date(2026, 1, 5))
        plan = ActionPlan(
            title="Forældrehandleplan",
            status="agreed",
            created_on=date(2026, 1, 10),
            next_review=TODAY - timedelta(days=8),
        )
        kjaer.plans = [plan]
        s.add_all([bogh, kjaer])
        s.flush()
        ids = {"bogh": bogh.uid, "kjaer": kjaer.uid, "plan": plan.uid}

    def add(family: str, day: date, hour: int, **kw: Any) -> str:
        data = SessionInput(kind=kw.pop("kind", "home-visit"), start=_at(day, hour), **kw)
        return sessions.create_session(store, ids[family], data, finalize=kw.get("concern", False))

    ids["visit"] = add("bogh", TODAY, 14, status="planned")
    ids["note"] = add(
        "kjaer", TODAY - timedelta(days=6), 10, kind="office", summary="Morgenrutiner  med mor"
    )
    ids["concern"] = add("bogh", TODAY - timedelta(days=2), 9, concern=True)
    return ids


def open_window(qtbot: QtBot, store: Store) -> tuple[MainWindow, DashboardView]:
    window = MainWindow(store)
    qtbot.addWidget(window)
    feature = window.findChild(DashboardFeature, "dashboardFeature")
    assert feature is not None
    view = feature.view
    view.today = lambda: TODAY  # the injected clock
    window.show()
    qtbot.waitExposed(window)
    view.refresh()
    qtbot.waitUntil(lambda: view.data is not None and view.data.today == TODAY, timeout=10000)
    return window, view


def _find(view: DashboardView, card: str, needle: str) -> Any:
    lst = view.card(card).list
    for i in range(lst.count()):
        if needle in lst.item(i).text():
            return lst.item(i)
    raise AssertionError(f"{needle!r} not in {view.card(card).item_texts()}")


def test_the_dashboard_is_the_start_view_and_lists_every_kind(
    qtbot: QtBot, store: Store, due: dict[str, str], switcher: Any
) -> None:
    window, view = open_window(qtbot, store)
    assert window.right_stack.currentWidget() is view
    assert view.heading.text() == "Today, Tuesday 10-03-2026"
    visit = _find(view, CARD_APPOINTMENTS, "Familien Bøgh (FB-2026-002)")
    assert visit.text() == (
        "Today 14:00 · Familien Bøgh (FB-2026-002)\nHome visit\nBasis: Agreed with the family"
    )
    review = _find(view, CARD_REVIEWS, "Familien Kjær (FB-2026-003)")
    assert review.text() == (
        "02-03-2026 · Familien Kjær (FB-2026-003)\nReview of “Forældrehandleplan”, 8 days overdue"
        "\nBasis: The plan's review date (agreed with the family)"
    )
    follow_up = _find(view, CARD_REVIEWS, "Familien Bøgh (FB-2026-002)")
    assert follow_up.text() == (
        "30-03-2026 · Familien Bøgh (FB-2026-002)\nFollow-up no. 1 on the support"
        "\nBasis: Barnets lov § 95: follow-up on the support"
    )
    assert "three months after the support started" in follow_up.toolTip()
    # The overdue review first, then the follow-up.
    assert [t.split(" · ")[0] for t in view.card(CARD_REVIEWS).item_texts()] == [
        "02-03-2026",
        "30-03-2026",
    ]
    note = _find(view, CARD_NOTES, "Familien Kjær")
    assert note.text() == (
        "07-03-2026 · Familien Kjær (FB-2026-003)\n"
        "Office meeting of 04-03-2026 · note not finalized\n“Morgenrutiner med mor”"
        "\nBasis: Offentlighedsloven § 13: duty to record"
    )
    concern = _find(view, CARD_CONCERNS, "Familien Bøgh")
    assert concern.text().startswith("08-03-2026 · Familien Bøgh (FB-2026-002)")
    assert concern.text().endswith(
        "Home visit · concern not passed on\nBasis: Barnets lov § 133: duty to notify"
    )
    assert "Barnets lov § 133" in concern.toolTip()
    assert view.summary.text() == "1 appointment today · 3 items overdue"


def test_the_dashboard_speaks_danish(
    qtbot: QtBot, store: Store, due: dict[str, str], switcher: Any
) -> None:
    window, view = open_window(qtbot, store)
    switcher.apply("da")  # a live switch: the language change reaches the view as an event
    qtbot.waitUntil(lambda: view.heading.text() == "I dag, tirsdag 10-03-2026")
    assert view.card(CARD_NOTES).title.text() == "Ufærdige notater ældre end 3 dage"
    visit = _find(view, CARD_APPOINTMENTS, "Familien Bøgh")
    assert visit.text() == (
        "I dag 14:00 · Familien Bøgh (FB-2026-002)\nHjemmebesøg\nGrundlag: Aftalt med familien"
    )
    assert "8 dage over tiden" in _find(view, CARD_REVIEWS, "Kjær").text()
    assert _find(view, CARD_REVIEWS, "Bøgh").text() == (
        "30-03-2026 · Familien Bøgh (FB-2026-002)\nOpfølgning nr. 1 på indsatsen"
        "\nGrundlag: Barnets lov § 95: opfølgning på indsatsen"
    )
    assert (
        _find(view, CARD_NOTES, "Kjær")
        .text()
        .endswith(
            "Samtale på kontoret d. 04-03-2026 · notat ikke afsluttet\n“Morgenrutiner med mor”"
            "\nGrundlag: Offentlighedsloven § 13: notatpligt"
        )
    )


def test_an_appointment_opens_the_session_in_its_family(
    qtbot: QtBot, store: Store, due: dict[str, str], switcher: Any
) -> None:
    window, view = open_window(qtbot, store)
    item = _find(view, CARD_APPOINTMENTS, "Familien Bøgh")
    view.card(CARD_APPOINTMENTS).list.itemActivated.emit(item)
    assert window.current_family_uid() == due["bogh"]
    assert window.right_stack.currentWidget() is window.family_view
    assert window.family_view.tabs.currentIndex() == TAB_SESSIONS
    editor = window.family_view.sessions_tab.editor
    assert editor is not None and editor.session_uid == due["visit"]
    editor.close()


def test_a_note_and_a_concern_open_their_sessions(
    qtbot: QtBot, store: Store, due: dict[str, str], switcher: Any
) -> None:
    window, view = open_window(qtbot, store)
    for card, key, family in ((CARD_NOTES, "note", "kjaer"), (CARD_CONCERNS, "concern", "bogh")):
        window.show_start_view()
        qtbot.waitUntil(lambda: window.right_stack.currentWidget() is view)
        lst = view.card(card).list
        item = lst.item(0)
        assert item.data(DEADLINE_ROLE).target.uid == due[key]
        lst.itemActivated.emit(item)
        assert window.current_family_uid() == due[family]
        editor = window.family_view.sessions_tab.editor
        assert editor is not None and editor.session_uid == due[key]
        editor.close()


def test_a_review_opens_the_plan(
    qtbot: QtBot, store: Store, due: dict[str, str], switcher: Any
) -> None:
    window, view = open_window(qtbot, store)
    item = _find(view, CARD_REVIEWS, "Familien Kjær")
    view.card(CARD_REVIEWS).list.itemActivated.emit(item)
    assert window.current_family_uid() == due["kjaer"]
    assert window.family_view.tabs.currentIndex() == TAB_PLANS
    assert window.family_view.plans_tab.current_plan_uid() == due["plan"]


def test_a_follow_up_without_a_live_plan_opens_the_family(
    qtbot: QtBot, store: Store, due: dict[str, str], switcher: Any
) -> None:
    window, view = open_window(qtbot, store)
    item = _find(view, CARD_REVIEWS, "Familien Bøgh")
    assert item.data(DEADLINE_ROLE).target.entity == "family"
    view.card(CARD_REVIEWS).list.itemActivated.emit(item)
    assert window.current_family_uid() == due["bogh"]
    assert window.right_stack.currentWidget() is window.family_view


def test_view_dashboard_leaves_the_family(
    qtbot: QtBot, store: Store, due: dict[str, str], switcher: Any
) -> None:
    window, view = open_window(qtbot, store)
    assert window.select_family(due["bogh"])
    assert window.right_stack.currentWidget() is window.family_view
    feature = window.findChild(DashboardFeature, "dashboardFeature")
    assert feature is not None
    assert feature.action in window.view_menu.actions()
    feature.action.trigger()
    assert window.current_family_uid() is None
    assert window.right_stack.currentWidget() is view
    assert not window.table.selectionModel().hasSelection()


def test_a_placements_follow_up_and_a_conversation_owed_show_their_basis(
    qtbot: QtBot, store: Store, switcher: Any
) -> None:
    case = make_case(store)
    placed = matches.create_match(store, case.child, today=date(2025, 12, 1))
    matches.add_candidate(store, placed, case.foster, fit=8, today=date(2025, 12, 1))
    child_voice.add_conversation(
        store, case.child, ConversationData(date=date(2025, 12, 1), present="Frøja"),
        today=date(2025, 12, 1),
    )  # fmt: skip
    matches.decide(
        store, placed, decided_on=date(2025, 12, 10), chosen_site_uid=case.foster,
        reasons="Tæt på skolen", today=date(2025, 12, 10),
    )  # fmt: skip
    matches.place(store, placed, placed_on=date(2026, 1, 5), today=date(2026, 1, 5))
    other = make_family(store, reference="FB-2026-020", name="Familien Brix")
    matches.create_match(store, other.child, today=date(2026, 1, 10))
    window, view = open_window(qtbot, store)
    follow_up = _find(view, CARD_REVIEWS, "05-02-2026")
    assert follow_up.text() == (
        "05-02-2026 · Familien Ærøe (FB-2026-001)\n"
        "Follow-up no. 1 on the placement of Frøja · not marked held\n"
        "Basis: Styrket match: follow-up in the placement's first year"
    )
    conversation = _find(view, CARD_REVIEWS, "Familien Brix")
    assert conversation.text() == (
        "Today · Familien Brix (FB-2026-020)\n"
        "Conversation with Frøja before the placement site is decided\n"
        "Basis: Barnets lov § 5: conversation with the child before the decision"
    )
    switcher.apply("da")
    qtbot.waitUntil(lambda: view.heading.text().startswith("I dag"))
    assert _find(view, CARD_REVIEWS, "Familien Brix").text().endswith(
        "Børnesamtale med Frøja før afgørelsen om anbringelsessted\n"
        "Grundlag: Barnets lov § 5: børnesamtale før afgørelsen"
    )
    # Opened, it shows the family (the match is the child's, in the family).
    view.card(CARD_REVIEWS).list.itemActivated.emit(_find(view, CARD_REVIEWS, "Familien Brix"))
    assert window.current_family_uid() == other.uid
