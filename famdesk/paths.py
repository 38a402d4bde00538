"""Where famdesk keeps things, from platformdirs, overridable for tests.

``FAMDESK_DATA_DIR`` and ``FAMDESK_CONFIG_DIR`` override the platform's user
data and config folders (tests and development use them; users need not).
"""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_config_dir, user_data_dir

APP = "famdesk"
DEFAULT_DB_NAME = "famdesk.db"


def data_dir() -> Path:
    override = os.environ.get("FAMDESK_DATA_DIR")
    return Path(override) if override else Path(user_data_dir(APP, appauthor=False))


def config_dir() -> Path:
    override = os.environ.get("FAMDESK_CONFIG_DIR")
    return Path(override) if override else Path(user_config_dir(APP, appauthor=False))


def default_db_path() -> Path:
    return data_dir() / DEFAULT_DB_NAME


def backup_dir() -> Path:
    return data_dir() / "backups"
