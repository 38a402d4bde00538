"""Saves based on an older version of a record are refused, never applied over the newer one.

The window holds no database session open: an editor loads a record, the
worker types for minutes, and the save comes later. On a team server another
worker may have saved the same record in between. Every changeable record
has a ``row_version`` (migration 0011) that the editor loads with it and
hands back with its save; ``check_version`` compares them in the save's unit
of work and refuses with ``RecordChanged``, naming the fields the other save
changed (compared with what the editor loaded). Two saves racing past the
check are caught by the database itself: the ORM updates only the version it
read, and ``guarded`` turns the refusal into the same error. Nothing of either
save is lost: the other's is in the store, this one's is still in the editor.
Append-only records (finalized notes' addenda, the audit) never conflict.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from typing import Any

from sqlalchemy.orm.exc import StaleDataError

from famdesk.core.errors import Code, CoreError


class RecordChanged(CoreError):
    """Someone saved the record after it was loaded; this save was refused, nothing written.

    ``params``: ``entity``, ``fields`` (the other save's changes, comma-separated
    names; empty when not known).
    """

    default_code = Code.RECORD_CHANGED

    def __init__(self, entity: str, fields: list[str]) -> None:
        self.entity = entity
        self.fields = list(fields)
        named = f" ({', '.join(self.fields)})" if self.fields else ""
        super().__init__(
            Code.RECORD_CHANGED,
            f"someone saved this {entity} after you opened it{named}; "
            "your save was refused and nothing was written",
            entity=entity,
            fields=", ".join(self.fields),
        )


def check_version(
    row: Any,
    entity: str,
    loaded_version: int | None,
    loaded: Mapping[str, Any] | None = None,
    current: Mapping[str, Any] | None = None,
) -> None:
    """Refuse unless ``row`` is still at the version the editor loaded.

    ``loaded`` holds the values the editor loaded (field name → value); the
    fields whose stored value (``current``, else the row's attribute) now
    differs are what the other save changed. ``loaded_version`` None: the
    caller does not know one (a script), no check.
    """
    if loaded_version is None or row.row_version == loaded_version:
        return
    now = current if current is not None else {n: getattr(row, n) for n in loaded or {}}
    changed = sorted(name for name, value in (loaded or {}).items() if now.get(name) != value)
    raise RecordChanged(entity, changed)


@contextmanager
def guarded(entity: str) -> Iterator[None]:
    """Turn the database's refusal of a racing save into ``RecordChanged``."""
    try:
        yield
    except StaleDataError:
        raise RecordChanged(entity, []) from None
