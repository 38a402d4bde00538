"""What the window says when a store could not be created or upgraded, in English and Danish."""

from __future__ import annotations

from pathlib import Path

from famdesk.db.errors import StoreNotCreated, UpgradeFailed
from famdesk.ui.common import messages

PATH = Path("/home/worker/.local/share/famdesk/famdesk.db")
COPY = PATH.with_name("famdesk.db.before-0008-20260101T120000Z.bak")


def _upgrade_failed(*, unchanged: bool, copy: Path | None) -> UpgradeFailed:
    return UpgradeFailed(
        "core text", path=PATH, reason="disk I/O error", copy=copy, unchanged=unchanged
    )


def test_a_store_not_created_says_nothing_was_created(switcher) -> None:
    full = StoreNotCreated("x", path=PATH, reason="disk full", disk_full=True)
    other = StoreNotCreated("x", path=PATH, reason="permission denied", disk_full=False)
    assert messages.store_error_text(full, PATH) == (
        f"The disk is full: the database {PATH} could not be created, and nothing was "
        "created. Free some space and try again."
    )
    assert messages.store_error_text(other, PATH) == (
        f"The database {PATH} could not be created (permission denied). Nothing was created."
    )
    switcher.apply("da")
    assert messages.store_error_text(full, PATH).startswith(
        f"Disken er fuld: databasen {PATH} kunne ikke oprettes"
    )


def test_a_failed_upgrade_names_the_copy_made_before_it(switcher) -> None:
    kept = messages.store_error_text(_upgrade_failed(unchanged=True, copy=COPY), PATH)
    assert kept == (
        "famdesk.db could not be upgraded for this version of famdesk (disk I/O error). The "
        f"database is unchanged. The copy made before the upgrade is kept as {COPY}."
    )
    broken = messages.store_error_text(_upgrade_failed(unchanged=False, copy=COPY), PATH)
    assert "may be incomplete" in broken and broken.endswith(str(COPY))
    no_copy = messages.store_error_text(_upgrade_failed(unchanged=True, copy=None), PATH)
    assert no_copy.endswith("The database is unchanged.")
    switcher.apply("da")
    danish = messages.store_error_text(_upgrade_failed(unchanged=False, copy=COPY), PATH)
    assert "kan være ufuldstændig" in danish and danish.endswith(str(COPY))
