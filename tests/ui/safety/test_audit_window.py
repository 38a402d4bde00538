"""The Audit trail window, driven like a user would: filter, scroll, export per person."""

from __future__ import annotations

import csv
import json
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QFileDialog, QStyle, QStyleOptionComboBox
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from famdesk.db.models import AuditEvent
from famdesk.db.store import Store
from famdesk.ui.safety.audit_model import COL_EVENT, COL_TIME, AuditModel
from famdesk.ui.safety.audit_window import AuditWindow
from tests.db.backup_fixtures import add_family


def add_events(
    store: Store, count: int, *, family_uid: str | None = None, days_ago: int = 0
) -> None:
    at = (datetime.now() - timedelta(days=days_ago)).astimezone()
    with store.session() as s:
        for i in range(count):
            s.add(
                AuditEvent(
                    at=at - timedelta(seconds=i),
                    actor="test-worker",
                    action="read",
                    entity="family",
                    entity_uid=family_uid,
                    family_uid=family_uid,
                    detail={"n": i},
                )
            )


@pytest.fixture
def two_families(store: Store) -> tuple[tuple[str, str], tuple[str, str]]:
    return add_family(store, "Familien Alfa"), add_family(store, "Familien Beta")


def open_window(qtbot: QtBot, store: Store) -> AuditWindow:
    window = AuditWindow(store)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_rows_are_fetched_lazily_a_page_at_a_time(
    qtbot: QtBot, store: Store, switcher: Any
) -> None:
    add_events(store, 450)
    window = open_window(qtbot, store)
    model = window.model
    assert model.total == 450
    assert model.rowCount() == 200  # one page, not everything
    assert "Showing 200 of 450" in window.count_label.text()
    window.table.scrollToBottom()
    qtbot.waitUntil(lambda: model.rowCount() > 200)
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == 450
    assert window.count_label.text() == "450 rows"
    # Newest first.
    first, last = model.row_at(0), model.row_at(449)
    assert first is not None and last is not None and first.at >= last.at


def test_filter_by_family_and_period(
    qtbot: QtBot, store: Store, two_families: Any, switcher: Any
) -> None:
    (alfa, _), (beta, _) = two_families
    add_events(store, 3, family_uid=alfa, days_ago=40)
    add_events(store, 2, family_uid=beta)
    window = open_window(qtbot, store)
    # Alfa: its creation today plus three reads 40 days ago.
    window.set_family(alfa)
    assert window.model.total == 4
    told = {window.model.index(r, COL_EVENT).data() for r in range(window.model.rowCount())}
    assert told == {
        "test-worker opened Familien Alfa",
        "test-worker created Familien Alfa as a new family",
    }
    window.set_period(date.today() - timedelta(days=45), date.today() - timedelta(days=35))
    assert window.model.total == 3
    told = {window.model.index(r, COL_EVENT).data() for r in range(3)}
    assert told == {"test-worker opened Familien Alfa"}
    window.period_combo.setCurrentIndex(window.period_combo.findData("7"))
    assert window.model.total == 1  # only the creation
    window.set_family(None)
    assert window.model.total == 4  # both creations and Beta's two reads
    # A period that ends before it begins is refused with a message, not a silent empty list.
    window.set_period(date.today(), date.today() - timedelta(days=3))
    assert window.status.text() == "The period ends before it starts."


def test_export_for_a_person_holds_only_that_persons_rows(
    qtbot: QtBot,
    store: Store,
    two_families: Any,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    switcher: Any,
) -> None:
    (alfa, alfa_mother), (beta, _beta_mother) = two_families
    add_events(store, 5, family_uid=alfa)
    add_events(store, 7, family_uid=beta)
    out = tmp_path / "indsigt.csv"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), "CSV file (*.csv)")
    )
    window = open_window(qtbot, store)
    assert not window.export_person_button.isEnabled()  # no family chosen yet
    window.set_family(alfa)
    assert window.person_combo.currentData() == alfa_mother
    assert window.export_person_button.isEnabled()
    with qtbot.waitSignal(window.export_finished, timeout=10000) as done:
        qtbot.mouseClick(window.export_person_button, Qt.MouseButton.LeftButton)
    assert done.args == [6]
    with out.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == 6
    assert {r["family_uid"] for r in rows} == {alfa}
    assert beta not in out.read_text(encoding="utf-8")
    assert "6 rows exported" in window.status.text()
    # The export itself is in the trail, naming the person.
    with store.read_session() as s:
        exports = s.scalars(select(AuditEvent).where(AuditEvent.action == "export")).all()
    assert [e.entity_uid for e in exports] == [alfa_mother]


def test_export_as_json_by_the_chosen_filter(
    qtbot: QtBot, store: Store, two_families: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (_alfa, _), (beta, _) = two_families
    out = tmp_path / "beta"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), "JSON file (*.json)")
    )
    window = open_window(qtbot, store)
    window.set_family(beta)
    with qtbot.waitSignal(window.export_finished, timeout=10000):
        window.export_button.click()
    data = json.loads((tmp_path / "beta.json").read_text(encoding="utf-8"))
    assert [row["family_uid"] for row in data] == [beta]


def test_rows_cannot_be_changed_or_removed(qtbot: QtBot, store: Store, two_families: Any) -> None:
    window = open_window(qtbot, store)
    model: AuditModel = window.model
    assert window.table.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
    index = model.index(0, COL_EVENT)
    assert not model.flags(index) & Qt.ItemFlag.ItemIsEditable
    before = index.data()
    assert model.setData(index, "Deleted") is False
    assert not model.removeRows(0, 1)
    assert model.index(0, COL_EVENT).data() == before
    # Double-clicking or typing opens no editor.
    window.table.setCurrentIndex(index)
    qtbot.mouseDClick(
        window.table.viewport(),
        Qt.MouseButton.LeftButton,
        pos=window.table.visualRect(index).center(),
    )
    qtbot.keyClicks(window.table, "x")
    assert window.table.indexWidget(index) is None
    assert window.table.state() != QAbstractItemView.State.EditingState
    with store.read_session() as s:
        assert s.scalar(select(func.count(AuditEvent.id))) == 2


def test_the_trail_reads_as_sentences_in_the_users_language(
    qtbot: QtBot, store: Store, two_families: Any, switcher: Any
) -> None:
    """No stored codes ("from: None; lang: en"): sentences, DD-MM-YYYY, Danish after a switch."""
    (alfa, _), _beta = two_families
    at = datetime(2026, 11, 27, 14, 3).astimezone()
    with store.session() as s:
        s.add(
            AuditEvent(
                at=at,
                actor="Line Åberg",
                action="print",
                entity="session-log",
                entity_uid=alfa,
                family_uid=alfa,
                detail={"format": "pdf", "lang": "en", "from": None, "to": None, "sessions": 3},
            )
        )
    window = open_window(qtbot, store)
    window.set_period(date(2026, 11, 27), date(2026, 11, 27))
    assert window.model.total == 1
    assert [window.model.headerData(c, Qt.Orientation.Horizontal) for c in (0, 1)] == [
        "When",
        "What happened",
    ]
    assert window.model.index(0, COL_TIME).data() == "27-11-2026 14:03"
    event = window.model.index(0, COL_EVENT)
    assert event.data() == "Line Åberg printed the session log for Familien Alfa"
    assert "None" not in event.data() and "lang" not in event.data()
    switcher.apply("da")
    qtbot.waitUntil(
        lambda: window.model.headerData(1, Qt.Orientation.Horizontal) == "Hvad skete der"
    )
    assert event.data() == "Line Åberg udskrev journaludskriften for Familien Alfa"
    assert window.model.index(0, COL_TIME).data() == "27-11-2026 14:03"


def test_a_period_is_typed_the_way_dates_are_said_and_shown_day_first(
    qtbot: QtBot, store: Store, two_families: Any, switcher: Any
) -> None:
    (alfa, _), _ = two_families
    add_events(store, 3, family_uid=alfa, days_ago=40)
    window = open_window(qtbot, store)
    window.period_combo.setCurrentIndex(window.period_combo.findData("custom"))
    start = date.today() - timedelta(days=45)
    end = date.today() - timedelta(days=35)
    for edit, day in ((window.from_edit, start), (window.to_edit, end)):
        edit.clear()
        qtbot.keyClicks(edit, f"{day.day}.{day.month}.{day.year % 100:02d}")
        qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert window.from_edit.text() == start.strftime("%d-%m-%Y")
    assert window.to_edit.text() == end.strftime("%d-%m-%Y")
    assert window.model.total == 3
    # The time column in the screen's one date style, not 2026-08-30.
    shown = window.model.index(0, 0).data()
    assert datetime.strptime(shown, "%d-%m-%Y %H:%M")
    # Text that is no date is said, and the list is left as it was.
    window.to_edit.clear()
    qtbot.keyClicks(window.to_edit, "31-02-2024")
    qtbot.keyClick(window.to_edit, Qt.Key.Key_Return)
    assert window.to_edit.text() == "31-02-2024"
    assert window.status.text() == "Not a date: type DD-MM-YYYY."
    assert window.model.total == 3


def test_the_chosen_family_reads_whole_in_its_filter(
    qtbot: QtBot, store: Store, switcher: Any
) -> None:
    """Reference and name together are long; the family filter shows them whole."""
    from famdesk.core.families import FamilyData, create_family

    uid = create_family(
        store,
        FamilyData(
            reference="FB-2024-00002",
            name="Familien Kovalenko-Wiśniewski / El-Sayed",
            setting="home",
            status="active",
            start_date=date(2026, 1, 5),
        ),
    )
    window = open_window(qtbot, store)
    window.set_family(uid)
    combo = window.family_combo
    opt = QStyleOptionComboBox()
    combo.initStyleOption(opt)
    room = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, opt, QStyle.SubControl.SC_ComboBoxEditField, combo
    )
    assert combo.fontMetrics().horizontalAdvance(combo.currentText()) <= room.width() + 1
