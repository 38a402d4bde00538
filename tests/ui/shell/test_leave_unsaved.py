"""Leaving a family with unsaved changes asks: Save, Discard or Cancel."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from famdesk.core import families
from famdesk.core.families import FamilyData
from famdesk.ui.shell.main_window import MainWindow


@pytest.fixture
def window(qtbot, store):
    for ref, name in (("FB-1", "Familien Ærø"), ("FB-2", "Familien Nguyễn")):
        families.create_family(
            store,
            FamilyData(reference=ref, name=name, worker="Trine", start_date=date(2026, 1, 5)),
        )
    win = MainWindow(store)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: win.model.rowCount() == 2)
    return win


def _uids(store) -> dict[str, str]:
    from famdesk.core.caseload import list_families

    return {row.reference: row.uid for row in list_families(store)}


def _edit_name(qtbot, window, text: str) -> None:
    field = window.family_view.form.name
    field.selectAll()
    qtbot.keyClicks(field, text)
    assert window.family_view.has_unsaved_changes()


def _answer(monkeypatch, button) -> list[str]:
    asked: list[str] = []

    def question(*args, **kwargs):
        asked.append(args[2] if len(args) > 2 else "")
        return button

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    return asked


def test_cancel_stays_on_the_family_with_the_edit(qtbot, window, store, monkeypatch) -> None:
    uids = _uids(store)
    window.select_family(uids["FB-1"])
    _edit_name(qtbot, window, "Familien Ærø-Hansen")
    asked = _answer(monkeypatch, QMessageBox.StandardButton.Cancel)
    window.select_family(uids["FB-2"])
    assert asked, "the worker was not asked"
    assert window.current_family_uid() == uids["FB-1"]
    assert window.family_view.form.name.text() == "Familien Ærø-Hansen"
    assert families.get_family(store, uids["FB-1"]).name == "Familien Ærø"


def test_discard_moves_on_and_keeps_the_saved_text(qtbot, window, store, monkeypatch) -> None:
    uids = _uids(store)
    window.select_family(uids["FB-1"])
    _edit_name(qtbot, window, "Something else")
    _answer(monkeypatch, QMessageBox.StandardButton.Discard)
    window.select_family(uids["FB-2"])
    qtbot.waitUntil(lambda: window.family_view.form.name.text() == "Familien Nguyễn")
    assert families.get_family(store, uids["FB-1"]).name == "Familien Ærø"


def test_save_moves_on_and_stores_the_edit(qtbot, window, store, monkeypatch) -> None:
    uids = _uids(store)
    window.select_family(uids["FB-1"])
    _edit_name(qtbot, window, "Familien Ærø-Hansen")
    _answer(monkeypatch, QMessageBox.StandardButton.Save)
    window.select_family(uids["FB-2"])
    qtbot.waitUntil(lambda: window.family_view.form.name.text() == "Familien Nguyễn")
    assert families.get_family(store, uids["FB-1"]).name == "Familien Ærø-Hansen"


def test_closing_the_window_asks_too(qtbot, window, store, monkeypatch) -> None:
    uids = _uids(store)
    window.select_family(uids["FB-1"])
    _edit_name(qtbot, window, "Familien Ærø-Hansen")
    asked = _answer(monkeypatch, QMessageBox.StandardButton.Cancel)
    assert not window.close()
    assert asked and window.isVisible()
    window.family_view.discard()


def test_ctrl_s_saves(qtbot, window, store) -> None:
    uids = _uids(store)
    window.select_family(uids["FB-2"])
    _edit_name(qtbot, window, "Familien Nguyen-Berg")
    qtbot.keyClick(window.family_view.form.name, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not window.family_view.has_unsaved_changes())
    assert families.get_family(store, uids["FB-2"]).name == "Familien Nguyen-Berg"
