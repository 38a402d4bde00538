"""The worker's settings for backups, locking and audit retention.

A small JSON file in the user config folder. It holds choices, never case
data. A missing or damaged file, or a value out of range, falls back to the
default for that value, so a bad edit can never stop the program opening.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path
from typing import Any

from famdesk.core.errors import Code, CoreError
from famdesk.files import make_private_dirs, private_file
from famdesk.paths import config_dir

SETTINGS_FILE = "settings.json"

#: Audit rows younger than this are never purged (mirrors migration 0004).
MIN_AUDIT_RETENTION_DAYS = 180


@dataclass(frozen=True)
class Settings:
    backup_dir: str | None = None  # None: the user data folder's backups/
    backup_interval_hours: int = 24  # automatic backup while open; 0 = only on close
    backup_on_close: bool = True
    keep_daily: int = 7
    keep_weekly: int = 4
    keep_monthly: int = 12
    idle_lock_minutes: int = 10  # 0 = never lock
    audit_retention_days: int = 5 * 365
    backup_warning_days: int = 7


#: (minimum, maximum) for each whole-number setting.
_RANGES: dict[str, tuple[int, int]] = {
    "backup_interval_hours": (0, 24 * 31),
    "keep_daily": (1, 366),
    "keep_weekly": (0, 520),
    "keep_monthly": (0, 1200),
    "idle_lock_minutes": (0, 24 * 60),
    "audit_retention_days": (MIN_AUDIT_RETENTION_DAYS, 100 * 365),
    "backup_warning_days": (1, 366),
}


class SettingsError(CoreError, ValueError):
    """A value the user gave is not allowed: a ``code`` the catalogue words, the ``field``
    and ``params``; the English ``message`` names the field (logs, the command line)."""


def settings_path() -> Path:
    return config_dir() / SETTINGS_FILE


def validate(name: str, value: Any) -> Any:
    """Return ``value`` if it is acceptable for ``name``; raise SettingsError otherwise."""
    if name == "backup_dir":
        if value is None or (isinstance(value, str) and value.strip()):
            return value
        raise SettingsError(
            Code.SETTINGS_FOLDER, "backup_dir: must be a folder path or null", field=name
        )
    if name == "backup_on_close":
        if isinstance(value, bool):
            return value
        raise SettingsError(
            Code.VALUE_NOT_BOOL, "backup_on_close: must be true or false", field=name
        )
    if name not in _RANGES:
        raise SettingsError(Code.VALUE_UNKNOWN_FIELD, f"{name}: unknown setting", field=name)
    low, high = _RANGES[name]
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise SettingsError(
            Code.NUMBER_OUT_OF_RANGE,
            f"{name}: must be a whole number from {low} to {high}",
            field=name,
            min=low,
            max=high,
        )
    return value


def load_settings(path: Path | None = None) -> Settings:
    """Read the settings; anything missing, unknown or invalid takes its default."""
    path = path or settings_path()
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return Settings()
    if not isinstance(raw, dict):
        return Settings()
    values: dict[str, Any] = {}
    for f in fields(Settings):
        if f.name in raw:
            try:
                values[f.name] = validate(f.name, raw[f.name])
            except SettingsError:
                continue
    return Settings(**values)


def save_settings(settings: Settings, path: Path | None = None) -> Path:
    """Validate and write atomically (temporary name, then rename)."""
    for f in fields(Settings):
        validate(f.name, getattr(settings, f.name))
    path = path or settings_path()
    make_private_dirs(path.parent)
    with private_file(path, "w") as fh:
        fh.write(json.dumps(asdict(settings), indent=2, sort_keys=True) + "\n")
    return path


def updated(settings: Settings, **changes: Any) -> Settings:
    """A copy of ``settings`` with validated ``changes``."""
    for name, value in changes.items():
        validate(name, value)
    return replace(settings, **changes)
