"""First start from nothing: a fresh profile, the default place, the real start-up path.

The first version could not create its database on a fresh machine: the lock
file was opened before the user data folder existed. These tests start from a
HOME with nothing in it and go through ``run_gui`` as the README's command does.
"""

from __future__ import annotations

import stat
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from famdesk.core.profile import WorkerProfile, load_profile
from famdesk.db.store import open_store
from famdesk.paths import default_db_path
from famdesk.ui.shell import app as gui_app
from famdesk.ui.shell.main_window import MainWindow
from famdesk.ui.shell.profile_dialog import ProfileDialog
from famdesk.ui.shell.start_dialog import StartDialog
from famdesk.ui.shell.unlock_dialog import UnlockDialog

PASSPHRASE = "kitchen table plans 42"


@pytest.fixture
def fresh_profile(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A HOME with nothing in it; famdesk's own folder overrides removed."""
    home = tmp_path / "fresh-home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.delenv("FAMDESK_DATA_DIR", raising=False)
    monkeypatch.delenv("FAMDESK_CONFIG_DIR", raising=False)
    monkeypatch.delenv("FAMDESK_PASSPHRASE", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    return home


def _when_shown(kind: type[QWidget], act: Callable[[QWidget], None]) -> None:
    """Run ``act`` on the first top-level ``kind`` that becomes visible."""

    def poll() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, kind) and widget.isVisible():
                act(widget)
                return
        QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)


def test_the_default_place_is_created_owner_only_and_the_main_window_opens(
    qtbot: QtBot, fresh_profile: Path, switcher: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []

    def record(
        _parent: object, _title: str, text: str, *args: object
    ) -> QMessageBox.StandardButton:
        shown.append(text)
        return QMessageBox.StandardButton.Ok

    for name in ("critical", "warning", "information"):
        monkeypatch.setattr(QMessageBox, name, record)
    target = default_db_path()
    assert target.is_relative_to(fresh_profile)
    assert not target.parent.exists()
    reached: list[MainWindow] = []

    def choose_empty(dialog: QWidget) -> None:
        assert isinstance(dialog, StartDialog)
        dialog.empty_button.click()

    def type_passphrase(dialog: QWidget) -> None:
        assert isinstance(dialog, UnlockDialog)
        dialog.passphrase.setText(PASSPHRASE)
        dialog.confirm.setText(PASSPHRASE)
        dialog.submit()

    def give_profile(dialog: QWidget) -> None:
        assert isinstance(dialog, ProfileDialog)
        dialog.form.fields["name"].setText("Maria Holm")
        dialog.submit()

    def close_main(window: QWidget) -> None:
        assert isinstance(window, MainWindow)
        reached.append(window)
        window.close()

    _when_shown(StartDialog, choose_empty)
    _when_shown(UnlockDialog, type_passphrase)
    _when_shown(ProfileDialog, give_profile)
    _when_shown(MainWindow, close_main)
    status = gui_app.run_gui()

    assert shown == []
    assert status == 0
    assert reached, "the main window never appeared"
    assert target.is_file()
    assert stat.S_IMODE(target.parent.stat().st_mode) == 0o700
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    with open_store(target, PASSPHRASE) as again:
        assert load_profile(again) == WorkerProfile("Maria Holm")
