"""What kind of file a path holds, told from its first bytes (no SQLCipher needed).

The GUI asks this before the unlock dialog (is there a store yet?), when
only the dialog's own modules have loaded; ``famdesk.db.engine`` re-exports it.
"""

from __future__ import annotations

from pathlib import Path

PLAIN_SQLITE_HEADER = b"SQLite format 3\x00"


def classify_file(path: Path) -> str:
    """Classify ``path`` before trying a key: missing, empty, plain, foreign or cipher."""
    if not path.exists():
        return "missing"
    size = path.stat().st_size
    if size == 0:
        return "empty"
    with path.open("rb") as fh:
        head = fh.read(16)
    if head == PLAIN_SQLITE_HEADER:
        return "plain"
    if size % 512 != 0 or size < 1024:
        # SQLCipher files are whole pages; a text, PDF or JSON file rarely is.
        # But a checkpoint cut short by a full disk can leave a partial last
        # page: the WAL beside the file then holds the data and SQLite recovers.
        if size >= 1024 and path.with_name(path.name + "-wal").exists():
            return "cipher"
        return "foreign"
    return "cipher"


def store_file_exists(path: Path) -> bool:
    """Is there something at ``path`` to open (not missing, not an empty file)?"""
    return classify_file(path) not in ("missing", "empty")
