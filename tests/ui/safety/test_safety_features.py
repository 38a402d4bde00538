"""Safety in the main window: Tools menu, idle lock, backup on close, restore, warnings."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from famdesk.core.backups import list_backups, make_backup
from famdesk.core.settings import Settings, save_settings, updated
from famdesk.db.models import AuditEvent
from famdesk.db.restore import inspect_backup
from famdesk.db.store import Store, open_store
from famdesk.ui.families.families_model import COL_REFERENCE
from famdesk.ui.safety.audit_window import AuditWindow
from famdesk.ui.safety.backups_dialog import BackupsDialog
from famdesk.ui.safety.change_passphrase_dialog import ChangePassphraseDialog
from famdesk.ui.safety.safety_features import SafetyFeatures, safety_features
from famdesk.ui.safety.settings_dialog import SettingsDialog
from famdesk.ui.shell.main_window import MainWindow
from tests.db.backup_fixtures import add_family, family_names


@pytest.fixture
def backup_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "backups"
    folder.mkdir()
    save_settings(updated(Settings(), backup_dir=str(folder)))
    return folder


def make_window(qtbot: QtBot, store: Store, switcher: Any) -> tuple[MainWindow, SafetyFeatures]:
    window = MainWindow(store, switcher)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    features = safety_features(window)
    assert features is not None
    return window, features


def tool_action(window: MainWindow, text: str) -> Any:
    found = [a for a in window.tools_menu.actions() if a.text().replace("&", "") == text]
    assert found, [a.text() for a in window.tools_menu.actions()]
    return found[0]


def test_tools_menu_opens_each_dialog(
    qtbot: QtBot, store: Store, switcher: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[str] = []

    def fake_exec(self: QDialog) -> int:
        opened.append(type(self).__name__)
        return int(QDialog.DialogCode.Rejected)

    for cls in (BackupsDialog, ChangePassphraseDialog, SettingsDialog):
        monkeypatch.setattr(cls, "exec", fake_exec)
    window, _features = make_window(qtbot, store, switcher)
    assert window.tools_menu.menuAction().isVisible()
    tool_action(window, "Backups…").trigger()
    tool_action(window, "Change passphrase…").trigger()
    tool_action(window, "Settings…").trigger()
    assert opened == ["BackupsDialog", "ChangePassphraseDialog", "SettingsDialog"]
    tool_action(window, "Audit trail…").trigger()
    audit_window = window.findChild(AuditWindow)
    assert audit_window is not None and audit_window.isVisible()
    assert audit_window.model.total >= 0


def test_idle_lock_hides_the_content_and_the_passphrase_brings_it_back(
    qtbot: QtBot,
    store: Store,
    switcher: Any,
    passphrase: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from famdesk.ui.safety import idle_lock

    now = [1000.0]
    monkeypatch.setattr(idle_lock, "monotonic", lambda: now[0])
    save_settings(updated(Settings(), idle_lock_minutes=5))
    window, features = make_window(qtbot, store, switcher)
    qtbot.keyClicks(window.search, "Familien halvt skrevet")
    lock = features.idle_lock
    now[0] += 4 * 60
    assert not lock.check()
    now[0] += 60
    with qtbot.waitSignal(lock.locked, timeout=5000):
        lock.check()
    assert not window.centralWidget().isVisible()
    assert lock.screen.isVisible()
    qtbot.keyClicks(lock.screen.passphrase, "not the passphrase")
    qtbot.keyClick(lock.screen.passphrase, Qt.Key.Key_Return)
    assert lock.is_locked
    with qtbot.waitSignal(lock.unlocked, timeout=5000):
        qtbot.keyClicks(lock.screen.passphrase, passphrase)
        qtbot.keyClick(lock.screen.passphrase, Qt.Key.Key_Return)
    assert window.centralWidget().isVisible()
    assert window.search.text() == "Familien halvt skrevet"


def test_backup_on_close_writes_a_verified_backup_into_the_folder(
    qtbot: QtBot, store: Store, switcher: Any, backup_folder: Path, passphrase: str
) -> None:
    add_family(store, "Familien Alfa")
    window, _features = make_window(qtbot, store, switcher)
    assert list_backups(backup_folder) == []
    assert window.close()
    backups = list_backups(backup_folder)
    assert len(backups) == 1 and backups[0].verified
    assert inspect_backup(backups[0].path, passphrase).families == 1
    with store.read_session() as s:
        done = s.scalars(select(AuditEvent).where(AuditEvent.action == "backup")).all()
    assert [e.detail["reason"] for e in done] == ["close"]


def test_a_failed_backup_on_close_is_told_but_does_not_stop_the_close(
    qtbot: QtBot,
    store: Store,
    switcher: Any,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    usb = tmp_path / "USB"
    backup_folder = usb / "famdesk-backups"
    backup_folder.mkdir(parents=True)
    save_settings(updated(Settings(), backup_dir=str(backup_folder)))
    window, _features = make_window(qtbot, store, switcher)
    backup_folder.rmdir()
    usb.rmdir()  # the USB drive was pulled out
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: told.append(text) or 0)
    assert window.close()
    assert told and "cannot be reached" in told[0]
    assert not backup_folder.exists()  # no look-alike folder on the local disk


def test_automatic_backup_runs_off_the_gui_thread_when_due(
    qtbot: QtBot,
    store: Store,
    switcher: Any,
    backup_folder: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import threading

    from famdesk.ui.safety import safety_features as module

    ran_on: list[threading.Thread] = []
    policy = module.auto_backup_if_due

    def watched(*args: Any, **kwargs: Any) -> Any:
        ran_on.append(threading.current_thread())
        return policy(*args, **kwargs)

    monkeypatch.setattr(module, "auto_backup_if_due", watched)
    window, features = make_window(qtbot, store, switcher)
    task = features.check_auto_backup()
    assert task is not None
    qtbot.waitUntil(lambda: task.done, timeout=10000)
    assert len(list_backups(backup_folder)) == 1
    # Not due again within the interval.
    again = features.check_auto_backup()
    assert again is not None
    qtbot.waitUntil(lambda: again.done, timeout=10000)
    assert again.result is None
    assert len(list_backups(backup_folder)) == 1
    assert len(ran_on) == 2
    assert all(thread is not threading.main_thread() for thread in ran_on)


def test_restore_swaps_in_the_backup_and_the_window_shows_it(
    qtbot: QtBot,
    store: Store,
    switcher: Any,
    backup_folder: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    add_family(store, "Familien Alfa")
    make_backup(store, settings=updated(Settings(), backup_dir=str(backup_folder)))
    add_family(store, "Familien Beta")  # after the backup: gone after the restore
    window, _features = make_window(qtbot, store, switcher)
    assert window.model.total == 2

    def choose_first_and_restore(self: BackupsDialog) -> int:
        self.table.selectRow(0)
        self.restore_selected()
        return int(QDialog.DialogCode.Accepted)

    monkeypatch.setattr(BackupsDialog, "exec", choose_first_and_restore)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: pytest.fail(str(a)))
    monkeypatch.setattr(QMessageBox, "critical", lambda *a, **k: pytest.fail(str(a)))
    tool_action(window, "Backups…").trigger()

    assert family_names(store) == {"Familien Alfa"}
    assert window.model.total == 1
    assert window.model.index(0, COL_REFERENCE).data() == "REF-n Alfa"
    assert "Restored from" in window.statusBar().currentMessage()
    # The store is open and writable again, and the restore is in its trail.
    add_family(store, "Familien Gamma")
    with store.read_session() as s:
        restored = s.scalars(select(AuditEvent).where(AuditEvent.action == "restore")).all()
    assert len(restored) == 1
    # The replaced database was kept beside it.
    assert store.path is not None
    assert any(".famdesk" in p.name and p != store.path for p in store.path.parent.iterdir())


def test_warns_about_a_database_in_a_cloud_sync_folder(
    qtbot: QtBot, tmp_path: Path, switcher: Any, passphrase: str
) -> None:
    path = tmp_path / "OneDrive - Kommune" / "sager.famdesk"
    path.parent.mkdir()
    cloud_store = open_store(path, passphrase, create=True)
    try:
        window, features = make_window(qtbot, cloud_store, switcher)
        codes = {w.code for w in features.warnings}
        assert {"cloud-sync", "no-backup"} <= codes
        assert features.banner.isVisible()
        text = features.banner.text.text()
        assert "cloud-sync folder (OneDrive - Kommune)" in text
        assert "no verified backup" in text
        # Dismissed, it stays out of the way.
        qtbot.mouseClick(features.banner.dismiss_button, Qt.MouseButton.LeftButton)
        assert not features.banner.isVisible()
        window.close()
    finally:
        cloud_store.close()


def test_no_warning_banner_for_a_local_database_with_a_fresh_backup(
    qtbot: QtBot, store: Store, switcher: Any, backup_folder: Path
) -> None:
    make_backup(store, settings=updated(Settings(), backup_dir=str(backup_folder)))
    _window, features = make_window(qtbot, store, switcher)
    assert features.warnings == []
    assert not features.banner.isVisible()


def test_a_refused_restore_leaves_the_database_open_and_unchanged(
    qtbot: QtBot,
    store: Store,
    switcher: Any,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    add_family(store, "Familien Alfa")
    window, features = make_window(qtbot, store, switcher)
    bad = tmp_path / "case-20260101-120000.fdbak"
    bad.write_bytes(b"not a database at all" * 100)
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: told.append(text) or 0)
    assert features.restore_from(bad) is False
    assert told and "not restored" in told[0]
    assert family_names(store) == {"Familien Alfa"}
    assert window.model.total == 1
    add_family(store, "Familien Beta")  # still open and writable
    assert family_names(store) == {"Familien Alfa", "Familien Beta"}


def test_shortcuts_cannot_open_windows_while_locked(
    qtbot: QtBot, store: Store, switcher: Any, passphrase: str
) -> None:
    from PySide6.QtWidgets import QApplication

    window, features = make_window(qtbot, store, switcher)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    lock = features.idle_lock
    lock.lock()
    before = {id(t) for t in QApplication.topLevelWidgets() if t.isVisible()}
    for keys in ("Ctrl+Shift+F", "Ctrl+Shift+A", "Ctrl+Shift+U", "Ctrl+L", "Ctrl+N", "Ctrl+P"):
        qtbot.keySequence(window, keys)
    after = {id(t) for t in QApplication.topLevelWidgets() if t.isVisible()}
    assert after <= before, "a shortcut opened a window over the lock"
    with qtbot.waitSignal(lock.unlocked, timeout=5000):
        qtbot.keyClicks(lock.screen.passphrase, passphrase)
        qtbot.keyClick(lock.screen.passphrase, Qt.Key.Key_Return)
    assert window.new_family_action.isEnabled()
