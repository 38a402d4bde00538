"""The settings file: defaults, validation, atomic save, damaged files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from famdesk.core.settings import (
    MIN_AUDIT_RETENTION_DAYS,
    Settings,
    SettingsError,
    load_settings,
    save_settings,
    settings_path,
    updated,
)


def test_missing_file_gives_defaults() -> None:
    assert not settings_path().exists()
    assert load_settings() == Settings()


def test_save_then_load_round_trips(tmp_path: Path) -> None:
    s = updated(Settings(), backup_dir=str(tmp_path / "usb"), idle_lock_minutes=3, keep_daily=2)
    path = save_settings(s)
    assert path == settings_path()
    assert load_settings() == s
    assert path.stat().st_mode & 0o077 == 0  # owner only
    assert not list(path.parent.glob(".*partial"))


def test_damaged_file_falls_back_to_defaults() -> None:
    settings_path().parent.mkdir(parents=True, exist_ok=True)
    settings_path().write_text("{not json", encoding="utf-8")
    assert load_settings() == Settings()
    settings_path().write_text("[1, 2]", encoding="utf-8")
    assert load_settings() == Settings()


def test_bad_values_take_their_default_and_good_ones_stay() -> None:
    settings_path().parent.mkdir(parents=True, exist_ok=True)
    settings_path().write_text(
        json.dumps(
            {
                "idle_lock_minutes": -5,
                "keep_daily": "seven",
                "audit_retention_days": 10,
                "backup_on_close": "yes",
                "backup_warning_days": 3,
                "unknown": 1,
            }
        ),
        encoding="utf-8",
    )
    s = load_settings()
    assert s.idle_lock_minutes == Settings().idle_lock_minutes
    assert s.keep_daily == Settings().keep_daily
    assert s.audit_retention_days == Settings().audit_retention_days
    assert s.backup_on_close is True
    assert s.backup_warning_days == 3


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("audit_retention_days", MIN_AUDIT_RETENTION_DAYS - 1),
        ("keep_daily", 0),
        ("idle_lock_minutes", True),
        ("backup_dir", ""),
        ("nonsense", 1),
    ],
)
def test_updated_refuses_out_of_range_values_naming_the_field(name: str, value: object) -> None:
    with pytest.raises(SettingsError, match=name) as refused:
        updated(Settings(), **{name: value})
    assert refused.value.field == name
    assert refused.value.code  # a code the catalogue words (tests/core: every code has both)


def test_a_number_out_of_range_carries_its_limits_for_the_sentence() -> None:
    with pytest.raises(SettingsError) as refused:
        updated(Settings(), audit_retention_days=90)
    assert refused.value.code == "number.out_of_range"
    assert refused.value.params == {"min": 180, "max": 36500}


def test_settings_hold_no_case_data() -> None:
    # The file is plain JSON: only choices, nothing about families.
    assert set(vars(Settings())) == {
        "backup_dir",
        "backup_interval_hours",
        "backup_on_close",
        "keep_daily",
        "keep_weekly",
        "keep_monthly",
        "idle_lock_minutes",
        "audit_retention_days",
        "backup_warning_days",
    }
