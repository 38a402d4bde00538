"""The Backups window and the change-passphrase dialog, driven like a user would."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from famdesk.core.backups import list_backups, make_backup
from famdesk.core.settings import Settings, updated
from famdesk.db.engine import WrongPassphrase, probe_passphrase
from famdesk.db.store import Store
from famdesk.ui.safety.backups_dialog import BackupsDialog
from famdesk.ui.safety.change_passphrase_dialog import ChangePassphraseDialog
from tests.db.backup_fixtures import add_family


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return updated(Settings(), backup_dir=str(tmp_path / "backups"))


def test_lists_backups_and_warns_when_there_is_none(
    qtbot: QtBot, store: Store, settings: Settings
) -> None:
    (Path(settings.backup_dir or "")).mkdir()
    dialog = BackupsDialog(store, settings)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 0
    assert "no verified backup" in dialog.warnings_label.text()
    add_family(store)
    make_backup(store, settings=settings)
    dialog.refresh()
    assert dialog.table.rowCount() == 1
    assert dialog.table.item(0, 2).text() == "verified"
    assert dialog.table.item(0, 3).text() == "1"
    # The screen's one date style (was 2026-08-30 here only).
    assert datetime.strptime(dialog.table.item(0, 0).text(), "%d-%m-%Y %H:%M")
    assert not dialog.warnings_label.isVisibleTo(dialog)


def test_back_up_now_runs_in_the_background_and_refreshes(
    qtbot: QtBot, store: Store, settings: Settings
) -> None:
    dialog = BackupsDialog(store, settings)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.backup_finished, timeout=20000) as blocker:
        qtbot.mouseClick(dialog.backup_button, Qt.MouseButton.LeftButton)
    assert not isinstance(blocker.args[0], str), blocker.args[0]
    assert dialog.table.rowCount() == 1
    assert len(list_backups(Path(settings.backup_dir or ""))) == 1


def test_restore_shows_a_preview_then_asks_the_main_window(
    qtbot: QtBot, store: Store, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    add_family(store)
    add_family(store, "Familien Anden")
    info = make_backup(store, settings=settings)
    dialog = BackupsDialog(store, settings)
    qtbot.addWidget(dialog)
    dialog.table.selectRow(0)
    shown: list[str] = []

    def answer(parent: object, title: str, text: str) -> QMessageBox.StandardButton:
        shown.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    with qtbot.waitSignal(dialog.restore_requested, timeout=5000) as blocker:
        dialog.restore_button.click()
    assert blocker.args == [info.path]
    assert "2 families" in shown[0]


def test_change_passphrase_dialog_rekeys(qtbot: QtBot, store: Store, passphrase: str) -> None:
    dialog = ChangePassphraseDialog(store)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.current, "wrong one!")
    qtbot.keyClicks(dialog.new, "new secret phrase")
    qtbot.keyClicks(dialog.repeat, "new secret phrase")
    dialog.apply()
    assert "wrong" in dialog.message.text() and dialog.result() == 0
    qtbot.keyClicks(dialog.current, passphrase)
    dialog.apply()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert store.path is not None
    with pytest.raises(WrongPassphrase):
        probe_passphrase(store.path, passphrase)
    probe_passphrase(store.path, "new secret phrase")
    add_family(store)  # the open store keeps working under the new key
