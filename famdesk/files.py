"""Owner-only folders and files: what famdesk writes next to a store.

Every folder famdesk creates for the user (the data folder on first start, a
backup folder, a new store's folder named on the command line) is created
owner-only, each missing level of it, not just the last one.
"""

from __future__ import annotations

from pathlib import Path


def make_private_dirs(folder: Path) -> None:
    """Create ``folder`` and any missing parents with mode 0700 (existing ones stay as they are)."""
    missing: list[Path] = []
    current = Path(folder)
    while not current.exists():
        missing.append(current)
        if current.parent == current:
            break
        current = current.parent
    for level in reversed(missing):
        try:
            level.mkdir(mode=0o700)
        except FileExistsError:
            if not level.is_dir():
                raise
