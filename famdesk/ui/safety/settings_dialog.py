"""Settings: the worker profile, backup folder and schedule, idle lock, audit retention.

The values and their limits belong to ``famdesk.core.settings``; this dialog
only shows them, checks each through ``validate`` (errors next to the field)
and writes them with ``save_settings``. Nothing is written while any error stands.
The worker profile lives in the database (``famdesk.core.profile``), so it is
shown only when the dialog is given the open store.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from famdesk.core import profile
from famdesk.core.errors import ValidationFailed
from famdesk.core.profile import WorkerProfile
from famdesk.core.settings import (
    Settings,
    SettingsError,
    load_settings,
    save_settings,
    validate,
)
from famdesk.core.storage import Store
from famdesk.paths import backup_dir as default_backup_dir
from famdesk.ui.common.form_support import ErrorLabel, error_text
from famdesk.ui.shell.profile_dialog import ProfileForm

# The whole-number settings, in the order they are shown.
NUMBER_FIELDS = (
    "backup_interval_hours",
    "keep_daily",
    "keep_weekly",
    "keep_monthly",
    "backup_warning_days",
    "idle_lock_minutes",
    "audit_retention_days",
)


class SettingsDialog(QDialog):
    """Edit and save the worker's settings; ``settings_saved`` carries the new ``Settings``."""

    settings_saved = Signal(object)

    def __init__(
        self,
        settings: Settings | None = None,
        parent: QWidget | None = None,
        *,
        path: Path | None = None,
        store: Store | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self._path = path
        self.store = store
        self.settings = settings or load_settings(path)
        self.profile: WorkerProfile | None = None

        self.profile_group = QGroupBox()
        self.profile_form = ProfileForm()
        QVBoxLayout(self.profile_group).addWidget(self.profile_form)
        self.profile_group.setVisible(store is not None)
        if store is not None:
            self.profile = profile.load_profile(store)
            self.profile_form.load(self.profile)

        self.folder = QLineEdit()
        self.folder.setClearButtonEnabled(True)
        self.choose_folder = QPushButton()
        self.choose_folder.clicked.connect(self.pick_folder)
        folder_row = QHBoxLayout()
        folder_row.setContentsMargins(0, 0, 0, 0)
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.choose_folder)
        folder_box = QWidget()
        folder_box.setLayout(folder_row)
        self.on_close = QCheckBox()
        self.spins: dict[str, QSpinBox] = {}
        for name in NUMBER_FIELDS:
            spin = QSpinBox()
            # Wide on purpose: the limits are core's, and a value outside them gets
            # a message next to the field rather than a silent clamp.
            spin.setRange(0, 99_999)
            spin.setAccelerated(True)
            spin.setMinimumWidth(110)
            self.spins[name] = spin
        self.errors: dict[str, ErrorLabel] = {
            name: ErrorLabel() for name in ("backup_dir", *NUMBER_FIELDS)
        }
        self._labels: dict[str, QLabel] = {
            name: QLabel() for name in ("backup_dir", "backup_on_close", *NUMBER_FIELDS)
        }

        self.backup_group = QGroupBox()
        backup_form = QFormLayout(self.backup_group)
        self._add_row(backup_form, "backup_dir", folder_box)
        self._add_row(backup_form, "backup_interval_hours", self.spins["backup_interval_hours"])
        backup_form.addRow(self._labels["backup_on_close"], self.on_close)
        for name in ("keep_daily", "keep_weekly", "keep_monthly", "backup_warning_days"):
            self._add_row(backup_form, name, self.spins[name])

        self.privacy_group = QGroupBox()
        privacy_form = QFormLayout(self.privacy_group)
        self._add_row(privacy_form, "idle_lock_minutes", self.spins["idle_lock_minutes"])
        self._add_row(privacy_form, "audit_retention_days", self.spins["audit_retention_days"])

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.save_error = ErrorLabel()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 14)
        layout.setSpacing(12)
        layout.addWidget(self.profile_group)
        layout.addWidget(self.backup_group)
        layout.addWidget(self.privacy_group)
        layout.addWidget(self.save_error)
        layout.addWidget(self.buttons)
        self.retranslate_ui()
        self.load(self.settings)
        self.resize(620, self.sizeHint().height())

    def _add_row(self, form: QFormLayout, name: str, field: QWidget) -> None:
        box = QWidget()
        inner = QVBoxLayout(box)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.setSpacing(2)
        inner.addWidget(field)
        inner.addWidget(self.errors[name])
        form.addRow(self._labels[name], box)

    # --- language ------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Settings"))
        self.profile_group.setTitle(self.tr("Worker profile"))
        self.backup_group.setTitle(self.tr("Backups"))
        self.privacy_group.setTitle(self.tr("Locking and audit trail"))
        self.choose_folder.setText(self.tr("Choose…"))
        self.folder.setPlaceholderText(
            self.tr("Default: %1").replace("%1", str(default_backup_dir()))
        )
        self.folder.setToolTip(
            self.tr("A USB drive or a network folder is a good place for backups.")
        )
        self.on_close.setText(self.tr("Back up when famdesk closes"))
        texts = {
            "backup_dir": self.tr("Backup folder"),
            "backup_on_close": "",
            "backup_interval_hours": self.tr("Back up while open, every"),
            "keep_daily": self.tr("Keep daily backups for"),
            "keep_weekly": self.tr("Keep weekly backups for"),
            "keep_monthly": self.tr("Keep monthly backups for"),
            "backup_warning_days": self.tr("Warn when the last backup is older than"),
            "idle_lock_minutes": self.tr("Lock the window after"),
            "audit_retention_days": self.tr("Keep audit rows for"),
        }
        for name, text in texts.items():
            self._labels[name].setText(text)
        suffixes = {
            "backup_interval_hours": self.tr(" hours"),
            "keep_daily": self.tr(" days"),
            "keep_weekly": self.tr(" weeks"),
            "keep_monthly": self.tr(" months"),
            "backup_warning_days": self.tr(" days"),
            "idle_lock_minutes": self.tr(" minutes idle"),
            "audit_retention_days": self.tr(" days"),
        }
        for name, text in suffixes.items():
            self.spins[name].setSuffix(text)
        self.spins["backup_interval_hours"].setSpecialValueText(self.tr("only when closing"))
        self.spins["idle_lock_minutes"].setSpecialValueText(self.tr("never lock"))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))

    # --- values ----------------------------------------------------------------------------

    def load(self, settings: Settings) -> None:
        self.folder.setText(settings.backup_dir or "")
        self.on_close.setChecked(settings.backup_on_close)
        for name, spin in self.spins.items():
            spin.setValue(int(getattr(settings, name)))
        for label in self.errors.values():
            label.show_message("")

    def pick_folder(self) -> None:
        start = self.folder.text().strip() or str(default_backup_dir())
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Choose the backup folder"), start)
        if chosen:
            self.folder.setText(chosen)

    def read(self) -> tuple[Settings, dict[str, str]]:
        """The values shown, and a translated message per field that is wrong."""
        errors: dict[str, str] = {}
        values: dict[str, object] = {}
        folder_text = self.folder.text().strip()
        folder: str | None = folder_text or None
        if folder is not None:
            path = Path(folder).expanduser()
            unchanged = folder == self.settings.backup_dir
            if path.exists() and not path.is_dir():
                errors["backup_dir"] = self.tr("This is a file, not a folder.")
            elif not path.is_dir() and not unchanged:
                errors["backup_dir"] = self.tr(
                    "This folder cannot be reached. Connect the drive or choose another folder."
                )
            elif not path.is_absolute():
                errors["backup_dir"] = self.tr("Give the full path of the folder.")
        values["backup_dir"] = folder
        values["backup_on_close"] = self.on_close.isChecked()
        for name, spin in self.spins.items():
            value = spin.value()
            try:
                validate(name, value)
            except SettingsError as exc:
                errors[name] = error_text(exc)  # the catalogue's sentence for core's code
            values[name] = value
        settings = self.settings
        if not errors:
            settings = Settings(**values)  # type: ignore[arg-type]
        return settings, errors

    def save(self) -> bool:
        """Check every field; write and close only when all are right."""
        settings, errors = self.read()
        for name, label in self.errors.items():
            label.show_message(errors.get(name, ""))
        if errors:
            first = next(n for n in self.errors if n in errors)
            widget = self.folder if first == "backup_dir" else self.spins[first]
            widget.setFocus()
            return False
        if self.store is not None:
            try:
                profile.check_profile(self.profile_form.value())
            except ValidationFailed as exc:
                self.profile_form.controller.show_errors(exc.errors)
                return False
        try:
            save_settings(settings, self._path)
            if self.store is not None:
                self.profile = self.profile_form.save(self.store)
        except (OSError, SettingsError) as exc:
            reason = error_text(exc) if isinstance(exc, SettingsError) else str(exc)
            self.save_error.show_message(
                self.tr("The settings could not be saved: %1").replace("%1", reason)
            )
            return False
        self.save_error.show_message("")
        self.settings = settings
        self.settings_saved.emit(settings)
        self.accept()
        return True
