"""The Backups window: list (time, size, verified), warnings, back up now, restore with a preview.

Backing up runs on the thread pool (``famdesk.ui.shell.workers``). Restoring
replaces the open database, so the dialog only previews and confirms; the
main window, which owns the store, does the swap through ``restore_requested``
(close the store, ``famdesk.core.backups.restore``, reopen).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from famdesk.core.backups import (
    BackupInfo,
    backup_warnings,
    make_backup,
    resolve_backup_dir,
    store_backups,
    verified_digest,
)
from famdesk.core.dates import format_date_time
from famdesk.core.settings import Settings, load_settings
from famdesk.core.storage import RestoreRefused, Store, inspect_backup
from famdesk.ui.safety.safety_texts import backup_warning_text
from famdesk.ui.shell.workers import Task, run_task


def _size(n: int) -> str:
    """'3,5 MB' in Danish, '3.5 MB' in English (the locale follows the interface language)."""
    if n >= 999_500:  # never "1.000 kB"
        return f"{QLocale().toString(n / 1_000_000, 'f', 1)} MB"
    return f"{QLocale().toString(round(n / 1000))} kB"


class BackupsDialog(QDialog):
    restore_requested = Signal(Path)
    backup_finished = Signal(object)  # BackupInfo, or the error text

    def __init__(
        self, store: Store, settings: Settings | None = None, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.store = store
        self.settings = settings or load_settings()
        self.backups: list[BackupInfo] = []
        self._task: Task | None = None
        self.folder_label = QLabel()
        self.warnings_label = QLabel()
        self.warnings_label.setObjectName("backupWarnings")
        self.warnings_label.setWordWrap(True)
        self.table = QTableWidget(0, 4)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.status = QLabel()
        self.backup_button = QPushButton()
        self.restore_button = QPushButton()
        self.close_button = QPushButton()
        buttons = QHBoxLayout()
        buttons.addWidget(self.backup_button)
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.folder_label)
        layout.addWidget(self.warnings_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.backup_button.clicked.connect(self.back_up_now)
        self.restore_button.clicked.connect(self.restore_selected)
        self.close_button.clicked.connect(self.accept)
        self.table.itemSelectionChanged.connect(self._sync_buttons)
        self.resize(760, 420)
        self.retranslate_ui()
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Backups"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Time"), self.tr("Size"), self.tr("Verified"), self.tr("Families")]
        )
        self.backup_button.setText(self.tr("Back up now"))
        self.restore_button.setText(self.tr("Restore…"))
        self.close_button.setText(self.tr("Close"))
        self.folder_label.setText(self.tr("Backup folder: %1").replace("%1", str(self.folder)))

    @property
    def folder(self) -> Path:
        return resolve_backup_dir(self.settings)

    def refresh(self) -> None:
        path = self.store.path
        self.backups = store_backups(self.store, self.folder) if path else []
        self.table.setRowCount(len(self.backups))
        for row, b in enumerate(self.backups):
            cells = [
                format_date_time(b.created_at.astimezone()),
                _size(b.size),
                self.tr("verified") if b.verified else self.tr("NOT verified"),
                "" if b.families is None else str(b.families),
            ]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col in (1, 3):
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, col, item)
        warnings = backup_warnings(path, self.settings, backups=self.backups)
        lines = [backup_warning_text(w, self.settings) for w in warnings]
        self.warnings_label.setText("\n".join("⚠ " + line for line in lines))
        self.warnings_label.setVisible(bool(warnings))
        self._sync_buttons()

    def _sync_buttons(self) -> None:
        self.restore_button.setEnabled(bool(self.table.selectionModel().selectedRows()))

    def back_up_now(self) -> None:
        """Write a verified backup on the thread pool; the list refreshes when it is done."""
        self.backup_button.setEnabled(False)
        self.status.setText(self.tr("Backing up and verifying…"))
        self._task = run_task(
            make_backup,
            self.store,
            settings=self.settings,
            reason="manual",
            on_finished=self._backup_done,
            on_failed=self._backup_failed,
        )

    def _backup_done(self, info: BackupInfo) -> None:
        self.backup_button.setEnabled(True)
        self.status.setText(
            self.tr("Backup written and verified: %1").replace("%1", info.path.name)
        )
        self.refresh()
        self.backup_finished.emit(info)

    def _backup_failed(self, message: str) -> None:
        self.backup_button.setEnabled(True)
        self.status.setText(self.tr("The backup failed: %1").replace("%1", message))
        self.backup_finished.emit(message)

    def selected_backup(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.backups[rows[0].row()] if rows else None

    def restore_selected(self) -> None:
        chosen = self.selected_backup()
        if chosen is None or self.store.passphrase is None:
            return
        try:
            preview = inspect_backup(
                chosen.path, self.store.passphrase, verified_digest=verified_digest(chosen.path)
            )
        except RestoreRefused as exc:
            QMessageBox.warning(self, self.tr("Cannot restore"), str(exc))
            return
        last = (
            format_date_time(preview.last_change.astimezone())
            if preview.last_change
            else self.tr("none")
        )
        text = (
            self.tr(
                "This backup holds %1 families; its last change was %2.\n\n"
                "Restoring replaces the database you have open now. A copy of it is kept."
            )
            .replace("%1", str(preview.families))
            .replace("%2", last)
        )
        answer = QMessageBox.question(self, self.tr("Restore this backup?"), text)
        if answer == QMessageBox.StandardButton.Yes:
            self.restore_requested.emit(chosen.path)
