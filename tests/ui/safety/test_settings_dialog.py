"""The Settings dialog: values shown, errors next to their fields, saved only when all are right."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog
from pytestqt.qtbot import QtBot

from famdesk.core import words
from famdesk.core.errors import Code
from famdesk.core.settings import Settings, load_settings, settings_path
from famdesk.ui.safety.settings_dialog import SettingsDialog


def save_button(dialog: SettingsDialog) -> Any:
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Save)


def set_spin(qtbot: QtBot, dialog: SettingsDialog, name: str, value: int) -> None:
    spin = dialog.spins[name]
    spin.selectAll()
    qtbot.keyClicks(spin, str(value))
    spin.interpretText()
    assert spin.value() == value


@pytest.fixture
def dialog(qtbot: QtBot, switcher: Any) -> SettingsDialog:
    d = SettingsDialog()
    qtbot.addWidget(d)
    d.show()
    qtbot.waitExposed(d)
    return d


def test_shows_the_saved_settings(qtbot: QtBot, switcher: Any, tmp_path: Path) -> None:
    from famdesk.core.settings import save_settings

    save_settings(Settings(backup_dir=str(tmp_path), idle_lock_minutes=3, keep_weekly=9))
    d = SettingsDialog()
    qtbot.addWidget(d)
    assert d.folder.text() == str(tmp_path)
    assert d.spins["idle_lock_minutes"].value() == 3
    assert d.spins["keep_weekly"].value() == 9
    assert d.on_close.isChecked()


def test_a_folder_chosen_and_numbers_typed_are_saved(
    qtbot: QtBot, dialog: SettingsDialog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    usb = tmp_path / "USB-DISK"
    usb.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(usb))
    qtbot.mouseClick(dialog.choose_folder, Qt.MouseButton.LeftButton)
    assert dialog.folder.text() == str(usb)
    set_spin(qtbot, dialog, "idle_lock_minutes", 5)
    set_spin(qtbot, dialog, "backup_interval_hours", 12)
    set_spin(qtbot, dialog, "audit_retention_days", 730)
    dialog.on_close.setChecked(False)
    with qtbot.waitSignal(dialog.settings_saved) as saved:
        qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
    on_disk = load_settings()
    assert on_disk == saved.args[0]
    assert on_disk.backup_dir == str(usb)
    assert on_disk.idle_lock_minutes == 5
    assert on_disk.backup_interval_hours == 12
    assert on_disk.audit_retention_days == 730
    assert on_disk.backup_on_close is False
    assert not dialog.isVisible()


def test_audit_retention_under_180_days_is_refused_next_to_the_field(
    qtbot: QtBot, dialog: SettingsDialog
) -> None:
    set_spin(qtbot, dialog, "audit_retention_days", 90)
    set_spin(qtbot, dialog, "keep_daily", 0)
    qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
    retention = dialog.errors["audit_retention_days"]
    assert retention.isVisible()
    assert "from 180 to" in retention.text()
    assert "from 1 to" in dialog.errors["keep_daily"].text()
    assert not dialog.errors["idle_lock_minutes"].isVisible()
    assert dialog.isVisible()
    assert not settings_path().exists()  # nothing written
    # Put right, it saves and the messages go.
    set_spin(qtbot, dialog, "audit_retention_days", 180)
    set_spin(qtbot, dialog, "keep_daily", 7)
    assert dialog.save()
    assert load_settings().audit_retention_days == 180


def test_an_unreachable_folder_is_refused(
    qtbot: QtBot, dialog: SettingsDialog, tmp_path: Path
) -> None:
    dialog.folder.setText(str(tmp_path / "not-plugged-in" / "backups"))
    assert not dialog.save()
    assert "cannot be reached" in dialog.errors["backup_dir"].text()
    a_file = tmp_path / "a-file"
    a_file.write_text("x")
    dialog.folder.setText(str(a_file))
    assert not dialog.save()
    assert "not a folder" in dialog.errors["backup_dir"].text()
    assert not settings_path().exists()
    dialog.folder.clear()  # back to the default folder
    assert dialog.save()
    assert load_settings().backup_dir is None


def test_cancel_writes_nothing(qtbot: QtBot, dialog: SettingsDialog) -> None:
    set_spin(qtbot, dialog, "idle_lock_minutes", 2)
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel), Qt.MouseButton.LeftButton
    )
    assert not settings_path().exists()
    assert load_settings().idle_lock_minutes == Settings().idle_lock_minutes


def test_a_refused_value_is_worded_by_the_catalogue_in_danish(
    qtbot: QtBot, dialog: SettingsDialog, switcher: Any
) -> None:
    """The dialog words core's code and numbers, never its English message."""
    switcher.apply("da")
    set_spin(qtbot, dialog, "audit_retention_days", 90)
    qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
    shown = dialog.errors["audit_retention_days"].text()
    assert shown == words.sentence(Code.NUMBER_OUT_OF_RANGE, "da", min=180, max=36500)
    assert "180" in shown and "from" not in shown
