"""GUI test fixtures: private QSettings, English by default, no stray workers."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QStandardPaths, QThreadPool
from PySide6.QtWidgets import QApplication

from famdesk.db.models import ActionPlan, Family
from famdesk.db.store import Store
from famdesk.ui.shell import i18n


@pytest.fixture(autouse=True)
def _private_settings(tmp_path: Path, qapp: QApplication) -> Iterator[None]:
    """Each test gets its own QSettings folder, so no test sees another's window state."""
    QStandardPaths.setTestModeEnabled(True)
    folder = str(tmp_path / "qsettings")
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, folder)
    qapp.setOrganizationName(i18n.ORGANISATION)
    qapp.setApplicationName(i18n.APPLICATION)
    yield
    # Work started by a test finishes inside it, never in the next one.
    QThreadPool.globalInstance().waitForDone(30000)


@pytest.fixture
def switcher(qapp: QApplication) -> Iterator[i18n.LanguageSwitcher]:
    """An English interface to start from; English again afterwards."""
    sw = i18n.LanguageSwitcher(qapp)
    sw.apply("en")
    yield sw
    sw.apply("en")


def add_families(store: Store, count: int, today: date | None = None) -> list[str]:
    """``count`` fictitious families F-0000…; every third has an overdue review."""
    today = today or date.today()
    families = []
    for i in range(count):
        family = Family(
            reference=f"F-{i:04d}",
            name=f"Familien Testesen {i}",
            setting=("home", "residential", "preventive")[i % 3],
            status="active",
            start_date=date(2025, 1, 1),
        )
        if i % 3 == 0:
            family.plans.append(
                ActionPlan(
                    title="Plan",
                    status="agreed",
                    created_on=date(2025, 1, 2),
                    next_review=today - timedelta(days=10),
                )
            )
        families.append(family)
    with store.session() as s:
        s.add_all(families)
        s.flush()
        return [f.uid for f in families]


@pytest.fixture
def make_families():  # type: ignore[no-untyped-def]
    """The ``add_families`` helper, as a fixture (test modules do not import conftest)."""
    return add_families
