"""Backups, restore, the audit trail, idle lock and settings for the main window.

``install_safety_features(host)`` adds the Tools menu entries, locks the
window when idle, backs up automatically (an hourly check on the thread pool
and a backup when the window closes), warns at start-up about unsafe places
and stale backups, purges audit rows past retention, and runs a restore on
the thread pool (``core.storage.restore_in_place``), then reloads the window.

The rules all live in ``famdesk.core`` (backups, audit_log, settings,
passphrase); this module only decides when to call them and what to show.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QEventLoop, QObject, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QSizePolicy,
    QToolBar,
    QWidget,
)

from famdesk.core.audit_log import purge_expired
from famdesk.core.backups import (
    BackupInfo,
    BackupWarning,
    auto_backup_if_due,
    backup_warnings,
    check_due_backup,
    store_backups,
)
from famdesk.core.passphrase import passphrase_matches
from famdesk.core.settings import Settings, load_settings
from famdesk.core.storage import RestoreOutcome, Store, StoreError, restore_in_place
from famdesk.ui.common import messages
from famdesk.ui.safety.audit_window import AuditWindow
from famdesk.ui.safety.backups_dialog import BackupsDialog
from famdesk.ui.safety.change_passphrase_dialog import ChangePassphraseDialog
from famdesk.ui.safety.idle_lock import IdleLock
from famdesk.ui.safety.safety_texts import backup_warning_text
from famdesk.ui.safety.settings_dialog import SettingsDialog
from famdesk.ui.shell.host import WindowHost
from famdesk.ui.shell.workers import Task, run_task

# How often the automatic backup policy is asked whether a backup is due.
AUTO_BACKUP_CHECK_MS = 60 * 60 * 1000
# The first check after start-up (a backup is never due more than once a day).
FIRST_CHECK_MS = 5 * 60 * 1000


def install_safety_features(host: WindowHost) -> SafetyFeatures:
    """Give the window its backups, audit trail, idle lock and settings."""
    return SafetyFeatures(host)


def safety_features(window: QWidget) -> SafetyFeatures | None:
    """The features installed on ``window`` (tests look them up)."""
    return window.findChild(SafetyFeatures, "safetyFeatures")


class WarningBanner(QToolBar):
    """A quiet, non-modal strip above the window's content: what is unsafe, and where to fix it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("safetyBanner")
        self.setMovable(False)
        self.setFloatable(False)
        self.toggleViewAction().setVisible(False)
        self.setStyleSheet(
            "QToolBar#safetyBanner { background: #fff4d6; border: none;"
            " border-bottom: 1px solid #e6c66b; padding: 4px 10px; }"
            " QLabel#bannerText { color: #4a3a00; }"
        )
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(4, 2, 4, 2)
        self.text = QLabel()
        self.text.setObjectName("bannerText")
        # One line per warning, never wrapped: a toolbar gives a wrapped label far
        # too much height. The full list is also the tooltip.
        self.text.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.backups_button = QPushButton()
        self.dismiss_button = QPushButton()
        row.addWidget(self.text, 1)
        row.addWidget(self.backups_button)
        row.addWidget(self.dismiss_button)
        self.addWidget(box)
        self.dismiss_button.clicked.connect(self.hide)
        self.hide()

    def show_lines(self, lines: list[str]) -> None:
        self.text.setText("\n".join(f"⚠  {line}" for line in lines))
        self.text.setToolTip("\n".join(lines))
        self.setVisible(bool(lines))


class SafetyFeatures(QObject):
    """Lives as a child of the main window; everything it starts ends with it."""

    def __init__(self, host: WindowHost) -> None:
        window = host.window_widget()
        super().__init__(window)
        self.setObjectName("safetyFeatures")
        self.host = host
        self.window = window
        self.settings: Settings = load_settings()
        self.warnings: list[BackupWarning] = []
        self.audit_window: AuditWindow | None = None
        self._task: Task | None = None
        self._check_task: Task | None = None
        self._closed = False
        self._pending_restore: Path | None = None

        # --- Tools menu ----------------------------------------------------------------
        self.backups_action = QAction(window)
        self.backups_action.triggered.connect(self.open_backups)
        self.audit_action = QAction(window)
        self.audit_action.triggered.connect(self.open_audit_trail)
        self.passphrase_action = QAction(window)
        self.passphrase_action.triggered.connect(self.open_change_passphrase)
        self.settings_action = QAction(window)
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.settings_action.triggered.connect(self.open_settings)
        for action in (self.backups_action, self.audit_action, self.passphrase_action):
            host.add_tool_action(action)
        host.add_tool_action(self.settings_action, separated=True)

        # --- warnings banner -----------------------------------------------------------
        self.banner = WarningBanner(window)
        host.add_banner(self.banner)
        self.banner.backups_button.clicked.connect(self.open_backups)

        # --- idle lock -------------------------------------------------------------------
        self.idle_lock = IdleLock(
            window,
            lambda text: passphrase_matches(host.store, text),
            self.settings.idle_lock_minutes,
        )

        # --- automatic backups -------------------------------------------------------------
        self.backup_timer = QTimer(self)
        self.backup_timer.setInterval(AUTO_BACKUP_CHECK_MS)
        self.backup_timer.timeout.connect(self.check_auto_backup)
        self.backup_timer.start()
        self.first_check = QTimer(self)
        self.first_check.setSingleShot(True)
        self.first_check.setInterval(FIRST_CHECK_MS)
        self.first_check.timeout.connect(self.check_auto_backup)
        self.first_check.start()
        host.when_closing(self.back_up_on_close)

        self.retranslate_ui()
        window.installEventFilter(self)
        self.purge_audit()
        self.check_warnings()

    @property
    def store(self) -> Store:
        return self.host.store

    def retranslate_ui(self) -> None:
        self.backups_action.setText(self.tr("&Backups…"))
        self.audit_action.setText(self.tr("&Audit trail…"))
        self.passphrase_action.setText(self.tr("Change &passphrase…"))
        self.settings_action.setText(self.tr("&Settings…"))
        self.banner.backups_button.setText(self.tr("Backups…"))
        self.banner.dismiss_button.setText(self.tr("Dismiss"))
        if self.warnings:
            self.banner.show_lines([self.warning_text(w) for w in self.warnings])

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        return False

    # --- start-up --------------------------------------------------------------------------

    def on_server(self) -> bool:
        """A team database: IT backs it up and keeps its audit; workers sign in with a password."""
        return not self.store.target.is_sqlite

    def _server_says(self, text: str) -> None:
        QMessageBox.information(self.window, self.tr("Team database"), text)

    def purge_audit(self) -> int:
        """Delete audit rows past the retention setting; never fatal."""
        if self.on_server():
            return 0  # on a server the audit's retention is the administrator's
        try:
            return purge_expired(self.store, self.settings.audit_retention_days)
        except (StoreError, ValueError, OSError) as exc:
            self.host.show_message(
                self.tr("Old audit rows could not be removed: %1").replace("%1", str(exc)), 10000
            )
        except Exception as exc:  # noqa: BLE001 - a database refusal must not stop the window
            self.host.show_message(
                self.tr("Old audit rows could not be removed: %1").replace("%1", str(exc)), 10000
            )
        return 0

    def check_warnings(self) -> list[BackupWarning]:
        """Look for a stale backup, an unsafe database folder, an unreachable backup folder."""
        if self.on_server():
            return []
        backups = store_backups(self.store, settings=self.settings) if self.store.path else None
        self.warnings = backup_warnings(self.store.path, self.settings, backups=backups)
        lines = [self.warning_text(w) for w in self.warnings]
        self.banner.show_lines(lines)
        return self.warnings

    def warning_text(self, w: BackupWarning) -> str:
        """A core warning in the interface language (core writes English)."""
        return backup_warning_text(w, self.settings)

    # --- automatic backups -----------------------------------------------------------------

    def busy(self) -> bool:
        return self._task is not None and not self._task.done

    def check_auto_backup(self) -> Task | None:
        """Ask the policy (on the thread pool) whether a backup is due, and make it if so."""
        if self.busy() or self._closed or self.store.path is None:
            return None
        self._task = run_task(
            auto_backup_if_due,
            self.store,
            self.settings,
            on_finished=self._auto_backup_done,
            on_failed=self._auto_backup_failed,
        )
        return self._task

    def _auto_backup_done(self, info: BackupInfo | None) -> None:
        # The full integrity check runs after (never inside) a backup, on the
        # thread pool, when the newest backup has not been checked for a week.
        self._check_task = run_task(
            check_due_backup,
            self.store,
            self.settings,
            on_finished=lambda _checked: self.check_warnings(),
            on_failed=lambda _message: None,
        )
        if info is None:
            return
        self.host.show_message(
            self.tr("Automatic backup written and verified: %1").replace("%1", info.path.name),
            10000,
        )
        self.check_warnings()

    def _auto_backup_failed(self, message: str) -> None:
        text = self.tr("The automatic backup failed: %1").replace("%1", message)
        self.banner.show_lines([text, *[self.warning_text(w) for w in self.warnings]])
        self.host.show_message(text, 15000)

    def _wait(self, task: Task) -> None:
        """Keep the window painting until ``task`` is done (never a frozen window)."""
        if task.done:
            return
        loop = QEventLoop()
        task.signals.finished.connect(lambda _r: loop.quit())
        task.signals.failed.connect(lambda _m: loop.quit())
        if not task.done:
            loop.exec()

    def _progress(self, text: str) -> QProgressDialog:
        dialog = QProgressDialog(text, "", 0, 0, self.window)
        dialog.setWindowTitle("famdesk")
        dialog.setCancelButton(None)
        dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.show()
        return dialog

    def back_up_on_close(self) -> BackupInfo | None:
        """The backup on close (if set): shown with progress; a failure is told, never fatal."""
        if self._closed:
            return None
        self._closed = True
        self.backup_timer.stop()
        self.first_check.stop()
        if self.busy() and self._task is not None:
            self._wait(self._task)
        if self.store.path is None or not self.settings.backup_on_close:
            return None
        dialog = self._progress(self.tr("Backing up and verifying before famdesk closes…"))
        task = run_task(auto_backup_if_due, self.store, self.settings, on_close=True)
        self._task = task
        self._wait(task)
        dialog.close()
        dialog.deleteLater()
        if task.exception is not None:
            QMessageBox.warning(
                self.window,
                self.tr("Backup failed"),
                self.tr(
                    "The backup on closing failed: %1\n\nYour database is unchanged; famdesk "
                    "will try again next time."
                ).replace("%1", str(task.exception)),
            )
            return None
        return task.result  # type: ignore[no-any-return]

    # --- Tools menu -----------------------------------------------------------------------------

    def open_backups(self) -> None:
        if self.on_server():
            self._server_says(
                self.tr(
                    "This team database lives on a server, and IT backs it up there. famdesk "
                    "makes no backup files of it."
                )
            )
            return
        dialog = BackupsDialog(self.store, self.settings, self.window)
        self._pending_restore = None

        def requested(path: Path) -> None:
            self._pending_restore = Path(path)
            dialog.accept()

        dialog.restore_requested.connect(requested)
        dialog.exec()
        dialog.deleteLater()
        pending, self._pending_restore = self._pending_restore, None
        if pending is not None:
            self.restore_from(pending)
        else:
            self.check_warnings()

    def open_audit_trail(self) -> AuditWindow:
        if self.audit_window is None:
            self.audit_window = AuditWindow(self.store, self.window)
            self.audit_window.setWindowFlag(Qt.WindowType.Window, True)
        else:
            self.audit_window.refresh()
        family = self.host.current_family_uid()
        if family:
            self.audit_window.set_family(family)
        self.audit_window.show()
        self.audit_window.raise_()
        self.audit_window.activateWindow()
        return self.audit_window

    def open_change_passphrase(self) -> None:
        if self.on_server():
            self._server_says(
                self.tr(
                    "On a team server you sign in with your own password, which IT sets. The "
                    "team database has no passphrase to change."
                )
            )
            return
        dialog = ChangePassphraseDialog(self.store, self.window)
        if dialog.exec():
            self.host.show_message(
                self.tr("The passphrase is changed. Backups made from now on use the new one."),
                10000,
            )
        dialog.deleteLater()

    def open_settings(self) -> None:
        dialog = SettingsDialog(self.settings, self.window, store=self.store)
        if dialog.exec():
            self.apply_settings(dialog.settings)
        dialog.deleteLater()

    def apply_settings(self, settings: Settings) -> None:
        self.settings = settings
        self.idle_lock.set_interval(settings.idle_lock_minutes)
        self.check_warnings()

    # --- restore -------------------------------------------------------------------------------

    def restore_from(self, backup: Path) -> bool:
        """Replace the open database with ``backup``; the window then shows what it holds.

        The store is closed only while the file is swapped; whatever happens it
        is reopened (the restored file, or the untouched original after a
        refusal). If even that fails, the window closes: never a live window
        over a closed store.
        """
        w = self.window
        store = self.store
        if store.path is None or store.passphrase is None:
            return False
        if not self.host.confirm_leave_family():
            return False
        if self.busy() and self._task is not None:
            self._wait(self._task)
        db_path = store.path
        if self.audit_window is not None:
            self.audit_window.hide()
        dialog = self._progress(self.tr("Restoring %1…").replace("%1", backup.name))
        task = run_task(restore_in_place, store, backup)
        self._task = task
        self._wait(task)
        exc = task.exception
        if exc is not None:  # the database could not be opened again
            dialog.close()
            QMessageBox.critical(
                w,
                messages.store_error_title(),
                self.tr(
                    "The database could not be opened again: %1\n\nfamdesk will close."
                ).replace("%1", messages.store_error_text(exc, db_path)),
            )
            self._closed = True  # no backup of a store that is not open
            QTimer.singleShot(0, w.close)
            return False
        outcome: RestoreOutcome = task.result
        dialog.close()
        dialog.deleteLater()
        self.host.reload_families()
        if self.audit_window is not None:
            self.audit_window.refresh()
        if outcome.error is not None:
            QMessageBox.warning(
                w,
                self.tr("Cannot restore"),
                self.tr("The backup was not restored: %1\n\nYour database is unchanged.").replace(
                    "%1", str(outcome.error)
                ),
            )
            return False
        self.check_warnings()
        self.host.show_message(
            self.tr("Restored from %1. A copy of the database it replaced was kept.").replace(
                "%1", backup.name
            ),
            15000,
        )
        return True
