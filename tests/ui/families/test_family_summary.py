"""The family at a glance on the Overview tab: what it shows, and where each item leads."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from pytestqt.qtbot import QtBot

from famdesk.core import outcomes, sessions
from famdesk.core.sessions import SessionInput
from famdesk.db.models import ActionPlan, Family, Goal, Member
from famdesk.db.store import Store
from famdesk.ui.families.family_view import (
    TAB_OUTCOMES,
    TAB_OVERVIEW,
    TAB_PLANS,
    TAB_SESSIONS,
    FamilyView,
)

CPH = ZoneInfo("Europe/Copenhagen")
TODAY = date(2026, 3, 10)


@pytest.fixture
def family(store: Store) -> dict[str, str]:
    with store.session() as s:
        fam = Family(reference="FB-2026-007", name="Familien Ørsted", start_date=date(2026, 1, 5))
        mother = Member(role="mother", given_name="Åse", family_name="Ørsted", position=0)
        fam.members = [mother]
        plan = ActionPlan(
            title="Forældrehandleplan",
            status="agreed",
            created_on=date(2026, 1, 10),
            agreed_on=date(2026, 1, 12),
            next_review=date(2026, 3, 3),
        )
        plan.goals = [Goal(title="Faste sengetider", position=0, baseline_score=4)]
        fam.plans = [plan]
        s.add(fam)
        s.flush()
        ids = {"family": fam.uid, "mother": mother.uid, "plan": plan.uid}

    def add(day: int, status: str = "held", finalize: bool = False) -> str:
        data = SessionInput(
            kind="home-visit", status=status, start=datetime(2026, 3, day, 10, tzinfo=CPH)
        )
        return sessions.create_session(store, ids["family"], data, finalize=finalize)

    ids["last"] = add(2, finalize=True)
    ids["draft"] = add(4)
    ids["coming"] = add(16, status="planned")
    outcomes.add_measurement(
        store, ids["family"], ids["mother"], "WHO-5", date(2026, 3, 2), items=[3, 3, 3, 3, 3]
    )
    return ids


def open_view(qtbot: QtBot, store: Store, uid: str) -> FamilyView:
    view = FamilyView(store)
    qtbot.addWidget(view)
    view.summary.today = lambda: TODAY  # the injected clock
    view.show_family(uid)
    view.show()
    return view


def test_the_overview_tab_shows_the_family_at_a_glance(
    qtbot: QtBot, store: Store, family: dict[str, str], switcher: Any
) -> None:
    view = open_view(qtbot, store, family["family"])
    summary = view.summary
    assert view.tabs.currentIndex() == TAB_OVERVIEW and summary.isVisible()
    assert summary.value_text("last_contact") == "04-03-2026 10:00 · Home visit"
    assert summary.value_text("next_appointment") == "16-03-2026 10:00 · Home visit"
    assert summary.value_text("next_review") == "03-03-2026 · Forældrehandleplan (7 days overdue)"
    assert summary.value_text("goals") == "Faste sengetider — 4/10 on 12-01-2026"
    assert summary.value_text("measurements") == (
        "Åse Ørsted: WHO-5 Well-Being Index 60 (02-03-2026)"
    )
    assert summary.value_text("notes") == "04-03-2026 10:00 · Home visit (finalize: due 07-03-2026)"
    assert "#b3261e" in summary.values["next_review"].text()  # flagged in red
    assert summary.value_text("follow_up") == "none"  # no support start recorded


def test_the_95_follow_up_owed_is_shown_with_its_basis(
    qtbot: QtBot, store: Store, family: dict[str, str], switcher: Any
) -> None:
    with store.session() as s:
        fam = s.query(Family).filter_by(uid=family["family"]).one()
        # Support from 5 Jan, investigation ended 20 Feb: the first follow-up was due then.
        fam.support_started_on = date(2026, 1, 5)
        fam.investigation_finished_on = date(2026, 2, 20)
        fam.follow_up_every_months = 6
    view = open_view(qtbot, store, family["family"])
    summary = view.summary
    assert summary.value_text("follow_up") == (
        "20-02-2026 · follow-up no. 1 on the support (18 days overdue)"
    )
    assert f'href="plan:{family["plan"]}"' in summary.values["follow_up"].text()
    assert summary.values["follow_up"].toolTip() == "Barnets lov § 95: follow-up on the support"
    switcher.apply("da")
    qtbot.waitUntil(lambda: summary.captions["follow_up"].text() == "Næste opfølgning (§ 95)")
    assert summary.value_text("follow_up") == (
        "20-02-2026 · opfølgning nr. 1 på indsatsen (18 dage over tiden)"
    )
    assert summary.values["follow_up"].toolTip() == "Barnets lov § 95: opfølgning på indsatsen"


def test_the_overview_speaks_danish(
    qtbot: QtBot, store: Store, family: dict[str, str], switcher: Any
) -> None:
    view = open_view(qtbot, store, family["family"])
    switcher.apply("da")
    qtbot.waitUntil(lambda: view.summary.captions["next_review"].text() == "Næste opfølgning")
    assert view.summary.value_text("last_contact") == "04-03-2026 10:00 · Hjemmebesøg"
    assert view.summary.value_text("next_review").endswith("(7 dage over tiden)")


def test_each_item_opens_where_it_is_handled(
    qtbot: QtBot, store: Store, family: dict[str, str], switcher: Any
) -> None:
    view = open_view(qtbot, store, family["family"])
    labels = view.summary.values

    labels["notes"].linkActivated.emit(f"session:{family['draft']}")
    assert view.tabs.currentIndex() == TAB_SESSIONS
    editor = view.sessions_tab.editor
    assert editor is not None and editor.session_uid == family["draft"]
    editor.close()
    qtbot.waitUntil(lambda: view.sessions_tab.editor is None)

    view.tabs.setCurrentIndex(TAB_OVERVIEW)
    labels["next_review"].linkActivated.emit(f"plan:{family['plan']}")
    assert view.tabs.currentIndex() == TAB_PLANS
    assert view.plans_tab.current_plan_uid() == family["plan"]

    view.tabs.setCurrentIndex(TAB_OVERVIEW)
    labels["measurements"].linkActivated.emit("outcomes:x")
    assert view.tabs.currentIndex() == TAB_OUTCOMES

    # The links are the ones the summary shows.
    assert f'href="session:{family["draft"]}"' in labels["notes"].text()
    assert f'href="plan:{family["plan"]}"' in labels["next_review"].text()
    assert f'href="session:{family["coming"]}"' in labels["next_appointment"].text()


def test_each_child_last_heard_and_the_way_to_its_conversations(
    qtbot: QtBot, store: Store, family: dict[str, str], switcher: Any, monkeypatch: Any
) -> None:
    from famdesk.core import child_voice, families
    from famdesk.core.child_voice import ConversationData
    from famdesk.core.families import MemberData
    from famdesk.ui.families.conversations_window import ConversationsWindow
    from famdesk.ui.families.family_view import TAB_MEMBERS

    view = open_view(qtbot, store, family["family"])
    # Only the mother: no line about children.
    assert not view.summary.values["conversations"].isVisibleTo(view.summary)
    ida = families.add_member(store, family["family"], MemberData(role="child", given_name="Ida"))
    ole = families.add_member(store, family["family"], MemberData(role="sibling", given_name="Ole"))
    child_voice.add_conversation(store, ida, ConversationData(date(2025, 11, 3), declined=True))
    view.summary.refresh()
    labels = view.summary.values
    assert labels["conversations"].isVisibleTo(view.summary)
    assert view.summary.value_text("conversations") == (
        "Ida: 03-11-2025, more than three months ago\nOle: none recorded"
    )
    assert "#b3261e" in labels["conversations"].text()  # not heard lately: in red

    opened: list[str] = []
    monkeypatch.setattr(ConversationsWindow, "exec", lambda w: opened.append(w.member_uid) or 0)
    labels["conversations"].linkActivated.emit(f"conversations:{ole}")
    assert view.tabs.currentIndex() == TAB_MEMBERS
    assert opened == [ole]
    assert view.members.selected().uid == ole


def test_a_closed_case_owes_no_conversation_so_nothing_is_red(
    qtbot: QtBot, store: Store, family: dict[str, str]
) -> None:
    from famdesk.core import families
    from famdesk.core.families import MemberData

    families.add_member(store, family["family"], MemberData(role="child", given_name="Ida"))
    view = open_view(qtbot, store, family["family"])
    assert "#b3261e" in view.summary.values["conversations"].text()  # open: owed, in red
    with store.session() as s:
        s.query(Family).filter_by(uid=family["family"]).one().status = "closed"
    view.summary.refresh()
    # The fact stays on the record; a closed case owes nothing, so no red.
    assert view.summary.value_text("conversations") == "Ida: none recorded"
    assert "#b3261e" not in view.summary.values["conversations"].text()


def test_a_draft_revision_is_named_and_its_copied_goals_are_not_listed_again(
    qtbot: QtBot, store: Store, family: dict[str, str], switcher: Any
) -> None:
    from famdesk.core.plans import lifecycle

    draft = lifecycle.revise_plan(store, family["plan"], created_on=date(2026, 3, 5))
    view = open_view(qtbot, store, family["family"])
    summary = view.summary
    assert summary.value_text("goals") == (
        "Faste sengetider — 4/10 on 12-01-2026\n"
        "Version 2 of the plan is a draft; the goals above apply until it is agreed"
    )
    assert f'href="plan:{draft}"' in summary.values["goals"].text()
    switcher.apply("da")
    qtbot.waitUntil(lambda: "Version 2 af planen er et udkast" in summary.value_text("goals"),
                    timeout=2000)
    assert summary.value_text("goals").count("Faste sengetider") == 1
