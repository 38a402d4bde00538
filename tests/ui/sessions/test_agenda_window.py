"""The agenda as a worker reads it: overdue first in red, days in order, a private .ics."""

from __future__ import annotations

import threading
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

import pytest
from icalendar import Calendar
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from famdesk.core import child_voice, sessions
from famdesk.core.child_voice import ConversationData
from famdesk.core.placement import matches
from famdesk.core.sessions import LOCAL_TZ, SessionInput
from famdesk.db.models import Family
from famdesk.db.store import Store
from famdesk.ui.sessions import agenda_window
from famdesk.ui.sessions.agenda_window import (
    COL_WHEN,
    OVERDUE_COLOUR,
    AgendaWindow,
    ExportIcsDialog,
)
from famdesk.ui.shell.workers import wait_for_all
from tests.core.placement_fixtures import make_case
from tests.core.session_fixtures import make_family

TODAY = date(2026, 3, 10)  # a Tuesday


def plan_visit(store: Store, family_uid: str, day: date, hour: int = 10, **kw: Any) -> str:
    start = datetime.combine(day, time(hour, 0), tzinfo=LOCAL_TZ)
    data = SessionInput(kind="home-visit", start=start, status="planned", **kw)
    return sessions.create_session(store, family_uid, data)


@pytest.fixture
def calendar_data(store: Store) -> dict[str, str]:
    a = make_family(store, next_review=TODAY - timedelta(days=5))
    b = make_family(store, reference="FB-2026-002", name="Familien Bøgh")
    return {
        "fam_a": a.uid,
        "fam_b": b.uid,
        "late": plan_visit(store, b.uid, TODAY - timedelta(days=2)),
        "tomorrow": plan_visit(store, a.uid, TODAY + timedelta(days=1), location="Hjemme"),
        "next_week": plan_visit(store, b.uid, TODAY + timedelta(days=8), hour=13),
        "far_away": plan_visit(store, a.uid, TODAY + timedelta(weeks=10)),
    }


def open_window(qtbot: QtBot, store: Store) -> AgendaWindow:
    window = AgendaWindow(store, today=TODAY)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_overdue_items_come_first_in_red_then_each_day_of_the_week(
    qtbot: QtBot, store: Store, calendar_data: dict[str, str], switcher: Any
) -> None:
    window = open_window(qtbot, store)
    assert window.week_label.text() == "Week 11: 09-03-2026 – 15-03-2026"
    rows = window.item_rows()
    headings = [h for h, _item in rows]
    assert headings[0] == headings[1] == "Overdue (2)"
    # The oldest overdue first: the review (5 days ago), then the visit (2 days ago).
    assert [item.kind for _h, item in rows[:2]] == ["review", "session"]
    assert rows[1][1].uid == calendar_data["late"]
    assert [item.uid for _h, item in rows[2:]] == [calendar_data["tomorrow"]]
    assert headings[2] == "Tomorrow, Wednesday 11-03-2026"
    # Every day of the week has its heading, in order; an empty one says so.
    assert window.day_headings() == [
        "Overdue (2)",
        "Monday 09-03-2026 · nothing planned",
        "Today, Tuesday 10-03-2026 · nothing planned",
        "Tomorrow, Wednesday 11-03-2026",
        "Thursday 12-03-2026 · nothing planned",
        "Friday 13-03-2026 · nothing planned",
        "Saturday 14-03-2026 · nothing planned",
        "Sunday 15-03-2026 · nothing planned",
    ]
    overdue_group = window.tree.topLevelItem(0)
    late_row = overdue_group.child(1)
    assert late_row.foreground(COL_WHEN).color() == OVERDUE_COLOUR
    assert late_row.text(COL_WHEN) == "08-03-2026 10:00–11:00"
    coming_row = window.tree.topLevelItem(3).child(0)
    assert coming_row.foreground(COL_WHEN).color() != OVERDUE_COLOUR
    assert coming_row.text(COL_WHEN) == "10:00–11:00"
    assert coming_row.text(agenda_window.COL_NAME) == "Familien Ærøe"
    assert coming_row.text(agenda_window.COL_WHAT) == "Home visit"
    assert coming_row.text(agenda_window.COL_WHERE) == "Hjemme"
    assert window.summary.text() == "1 item this week  ·  2 overdue"


def test_every_item_names_its_basis_and_a_95_follow_up_is_listed(
    qtbot: QtBot, store: Store, calendar_data: dict[str, str], switcher: Any
) -> None:
    with store.session() as s:
        fam = s.query(Family).filter_by(uid=calendar_data["fam_b"]).one()
        # Barnets lov § 95: the investigation ended 12 March, before three months had passed.
        fam.support_started_on = date(2026, 1, 20)
        fam.investigation_finished_on = date(2026, 3, 12)
    window = open_window(qtbot, store)
    rows = {(item.kind, item.family_uid): item for _h, item in window.item_rows()}
    follow_up = rows[("follow-up", calendar_data["fam_b"])]
    assert follow_up.day == date(2026, 3, 12) and follow_up.number == 1
    tree_rows = [
        window.tree.topLevelItem(g).child(c)
        for g in range(window.tree.topLevelItemCount())
        for c in range(window.tree.topLevelItem(g).childCount())
    ]
    shown = {r.text(agenda_window.COL_WHAT): r.text(agenda_window.COL_BASIS) for r in tree_rows}
    assert shown == {
        "Plan review: Forældrehandleplan": "The plan's review date (agreed with the family)",
        "Home visit": "Agreed with the family",
        "Follow-up no. 1 on the support": "Barnets lov § 95: follow-up on the support",
    }
    switcher.apply("da")
    qtbot.waitUntil(lambda: window.tree.headerItem().text(agenda_window.COL_BASIS) == "Grundlag")
    danish = [
        window.tree.topLevelItem(g).child(c)
        for g in range(window.tree.topLevelItemCount())
        for c in range(window.tree.topLevelItem(g).childCount())
    ]
    assert "Barnets lov § 95: opfølgning på indsatsen" in {
        r.text(agenda_window.COL_BASIS) for r in danish
    }
    assert "Opfølgning nr. 1 på indsatsen" in {r.text(agenda_window.COL_WHAT) for r in danish}


def test_a_placements_follow_up_is_listed_with_its_basis(
    qtbot: QtBot, store: Store, switcher: Any
) -> None:
    case = make_case(store)
    match = matches.create_match(store, case.child, today=date(2025, 12, 1))
    matches.add_candidate(store, match, case.foster, fit=8, today=date(2025, 12, 1))
    child_voice.add_conversation(
        store, case.child, ConversationData(date=date(2025, 12, 1)), today=date(2025, 12, 1)
    )
    matches.decide(
        store, match, decided_on=date(2025, 12, 10), chosen_site_uid=case.foster,
        reasons="Tæt på skolen", today=date(2025, 12, 10),
    )  # fmt: skip
    # Placed on 12 Feb: the first follow-up is proposed for 12 March, this week.
    matches.place(store, match, placed_on=date(2026, 2, 12), today=date(2026, 2, 12))
    window = open_window(qtbot, store)
    rows = [
        window.tree.topLevelItem(g).child(c)
        for g in range(window.tree.topLevelItemCount())
        for c in range(window.tree.topLevelItem(g).childCount())
    ]
    shown = [(r.text(agenda_window.COL_WHAT), r.text(agenda_window.COL_BASIS)) for r in rows]
    assert shown == [
        (
            "Follow-up no. 1 on the placement of Frøja",
            "Styrket match: follow-up in the placement's first year",
        )
    ]
    assert window.day_headings()[3] == "Thursday 12-03-2026"


def test_the_worker_pages_through_weeks_and_escape_closes(
    qtbot: QtBot, store: Store, calendar_data: dict[str, str], switcher: Any
) -> None:
    window = open_window(qtbot, store)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    assert not window.this_week_button.isEnabled()  # already this week
    qtbot.mouseClick(window.next_button, Qt.MouseButton.LeftButton)
    assert window.week_label.text() == "Week 12: 16-03-2026 – 22-03-2026"
    # Next week: its own visit, and no overdue heading (that belongs to this week).
    assert [item.uid for _h, item in window.item_rows()] == [calendar_data["next_week"]]
    assert window.day_headings()[0] == "Monday 16-03-2026 · nothing planned"
    assert window.day_headings()[2] == "Wednesday 18-03-2026"
    assert window.this_week_button.isEnabled()
    # Ten weeks ahead, a page at a time (Alt+Right from the keyboard), shows the visit far away.
    qtbot.keyClick(window.tree, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    for _ in range(8):
        qtbot.mouseClick(window.next_button, Qt.MouseButton.LeftButton)
    assert window.week_label.text() == "Week 21: 18-05-2026 – 24-05-2026"
    assert [item.uid for _h, item in window.item_rows()] == [calendar_data["far_away"]]
    qtbot.mouseClick(window.this_week_button, Qt.MouseButton.LeftButton)
    assert window.week_label.text().startswith("Week 11:")
    qtbot.mouseClick(window.previous_button, Qt.MouseButton.LeftButton)
    assert window.week_label.text() == "Week 10: 02-03-2026 – 08-03-2026"
    # A past week shows what was planned there and never marked held.
    past = window.item_rows()
    assert [(item.kind, item.day) for _h, item in past] == [
        ("review", TODAY - timedelta(days=5)),
        ("session", TODAY - timedelta(days=2)),
    ]
    assert past[1][1].uid == calendar_data["late"]
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert not window.isVisible()


def test_double_click_opens_the_family(
    qtbot: QtBot, store: Store, calendar_data: dict[str, str], switcher: Any
) -> None:
    window = open_window(qtbot, store)
    row = window.tree.topLevelItem(3).child(0)  # tomorrow's visit
    with qtbot.waitSignal(window.openFamily, timeout=2000) as opened:
        window.tree.itemDoubleClicked.emit(row, 0)
    assert opened.args == [calendar_data["fam_a"]]


def _export(
    qtbot: QtBot,
    store: Store,
    monkeypatch: pytest.MonkeyPatch,
    target: Path,
    choose_name: bool,
) -> Path | None:
    def fake_exec(dialog: ExportIcsDialog) -> int:
        # The worker reads the default and, if asked to, picks the name as well.
        assert dialog.reference_only.isChecked()
        assert "encrypted database" in dialog.privacy.text()
        if choose_name:
            dialog.with_name.setChecked(True)
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(ExportIcsDialog, "exec", fake_exec)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: told.append(text))
    window = open_window(qtbot, store)
    with qtbot.waitSignal(window.calendarExported, timeout=10000) as exported:
        assert window.export_calendar() is not None
    assert told and "2 event" in told[0]
    assert window.export_button.isEnabled()
    path: Path = exported.args[0]
    return path


def test_ics_export_carries_only_the_reference_by_default(
    qtbot: QtBot,
    store: Store,
    calendar_data: dict[str, str],
    switcher: Any,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    path = _export(qtbot, store, monkeypatch, tmp_path / "agenda", choose_name=False)
    assert path == tmp_path / "agenda.ics"
    raw = path.read_bytes()
    cal = Calendar.from_ical(raw)
    events = list(cal.walk("VEVENT"))
    # Overdue items stay out; the next four weeks hold tomorrow's and next week's visits.
    assert len(events) == 2
    summaries = sorted(str(e["SUMMARY"]) for e in events)
    assert summaries[0].startswith("FB-2026-001") and summaries[1].startswith("FB-2026-002")
    text = raw.decode("utf-8")
    for private in ("Ærøe", "Bøgh", "Familien", "Hjemme"):
        assert private not in text
    assert (path.stat().st_mode & 0o777) == 0o600


def test_ics_export_with_names_when_the_worker_chooses(
    qtbot: QtBot,
    store: Store,
    calendar_data: dict[str, str],
    switcher: Any,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    path = _export(qtbot, store, monkeypatch, tmp_path / "named.ics", choose_name=True)
    assert path is not None
    cal = Calendar.from_ical(path.read_bytes())
    summaries = [str(e["SUMMARY"]) for e in cal.walk("VEVENT")]
    assert any("Familien Ærøe" in s for s in summaries)


def test_cancelled_file_dialog_writes_nothing(
    qtbot: QtBot,
    store: Store,
    calendar_data: dict[str, str],
    switcher: Any,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    monkeypatch.setattr(ExportIcsDialog, "exec", lambda _d: QDialog.DialogCode.Accepted.value)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))
    window = open_window(qtbot, store)
    assert window.export_calendar() is None
    assert not list(tmp_path.glob("*.ics"))
    assert window.export_button.isEnabled()
    assert window.tree.topLevelItemCount() == 8  # the overdue heading and seven days
    assert Qt.ItemFlag.ItemIsSelectable not in window.tree.topLevelItem(0).flags()


def test_ics_export_runs_off_the_gui_thread_under_a_busy_dialog(
    qtbot: QtBot,
    store: Store,
    calendar_data: dict[str, str],
    switcher: Any,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    """The export's work runs on a pool thread (the window keeps painting); the file is whole."""
    threads: list[int] = []
    real_export = agenda_window.export_ics

    def recording_export(*args: Any, **kwargs: Any) -> int:
        threads.append(threading.get_ident())
        return real_export(*args, **kwargs)

    monkeypatch.setattr(agenda_window, "export_ics", recording_export)
    monkeypatch.setattr(ExportIcsDialog, "exec", lambda _d: QDialog.DialogCode.Accepted.value)
    target = tmp_path / "threaded.ics"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    monkeypatch.setattr(QMessageBox, "information", lambda *_a: None)
    window = open_window(qtbot, store)
    with qtbot.waitSignal(window.calendarExported, timeout=10000) as exported:
        assert window.export_calendar() is not None
        # While the work runs the worker sees it is busy and cannot start a second export.
        assert window.export_busy is not None and not window.export_button.isEnabled()
    assert threads and threads[0] != threading.get_ident()  # not the GUI thread
    assert exported.args == [target]
    events = list(Calendar.from_ical(target.read_bytes()).walk("VEVENT"))
    assert len(events) == 2
    assert window.export_busy is None and window.export_button.isEnabled()


def test_ics_export_failure_is_told_on_the_gui_thread_in_danish(
    qtbot: QtBot,
    store: Store,
    calendar_data: dict[str, str],
    switcher: Any,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    """A file that cannot be written: the worker is told why, in the interface language."""
    switcher.apply("da")
    monkeypatch.setattr(ExportIcsDialog, "exec", lambda _d: QDialog.DialogCode.Accepted.value)
    target = tmp_path / "no such folder" / "agenda.ics"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    warned: list[tuple[int, str]] = []
    monkeypatch.setattr(
        QMessageBox,
        "warning",
        lambda _p, _t, text: warned.append((threading.get_ident(), text)),
    )
    window = open_window(qtbot, store)
    with qtbot.waitSignal(window.exportFailed, timeout=10000) as failed:
        window.export_calendar()
    wait_for_all()
    assert warned and warned[0][0] == threading.get_ident()
    assert warned[0][1] == failed.args[0]
    assert failed.args[0].startswith("Kalenderfilen kunne ikke skrives")
    assert not target.exists()
    assert window.export_button.isEnabled()


def test_a_long_place_wraps_whole_instead_of_ending_in_dots(qtbot: QtBot, store: Store) -> None:
    family = make_family(store)
    where = "Familiecentret, mødelokale Ø, Skovbrynet 28, st. th., 5289 Frederikshavn"
    plan_visit(store, family.uid, TODAY + timedelta(days=1), location=where)
    window = open_window(qtbot, store)
    row = window.tree.topLevelItem(2).child(0)
    assert row.text(agenda_window.COL_WHERE) == where
    assert row.toolTip(agenda_window.COL_WHERE) == where
    index = window.tree.indexFromItem(row, agenda_window.COL_WHERE)
    shown = window.tree.visualRect(index)
    metrics = window.tree.fontMetrics()
    needed = metrics.boundingRect(
        0, 0, shown.width() - 8, 10_000, int(Qt.TextFlag.TextWordWrap), where
    )
    # Wider than its column on one line, so it wraps; the row is tall enough for every line.
    assert metrics.horizontalAdvance(where) > shown.width()
    assert shown.height() >= needed.height()
