"""Crash recovery for editors: the text being typed, kept inside the encrypted store.

An editor calls ``save_draft`` every few seconds with its fields; after a
crash it asks ``load_draft`` (or ``list_drafts`` at start-up) and offers the
text back; saving or cancelling the real record calls ``discard_draft``. The
copy lives in the ``autosave_draft`` table, so typing never reaches a plain
file. Autosaves are the worker's own unsaved typing, not a read or a change
of a record, so they are not audited.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import delete, select

from famdesk.db.models import AutosaveDraft
from famdesk.db.store import Store

MAX_KEY_LENGTH = 120


@dataclass(frozen=True)
class Draft:
    key: str
    family_uid: str | None
    saved_at: datetime
    payload: dict[str, Any]


def _check_key(key: str) -> None:
    if not key or len(key) > MAX_KEY_LENGTH:
        raise ValueError(f"an autosave key needs 1 to {MAX_KEY_LENGTH} characters")


def save_draft(
    store: Store,
    key: str,
    payload: dict[str, Any],
    family_uid: str | None = None,
    saved_at: datetime | None = None,
) -> None:
    """Keep (or replace) the editor's fields under ``key``; one short transaction."""
    _check_key(key)
    try:
        # Round-trip through JSON now, so a value that cannot be stored fails here
        # with a clear message and what is read back equals what was saved.
        clean = json.loads(json.dumps(payload, ensure_ascii=False))
    except (TypeError, ValueError) as exc:
        raise ValueError(f"autosave payload is not plain data: {exc}") from None
    if not isinstance(clean, dict):
        raise ValueError("autosave payload must be a mapping of field names to values")
    moment = saved_at or datetime.now(UTC)
    with store.session() as s:
        row = s.scalar(select(AutosaveDraft).where(AutosaveDraft.key == key))
        if row is None:
            s.add(AutosaveDraft(key=key, family_uid=family_uid, saved_at=moment, payload=clean))
        else:
            row.payload = clean
            row.saved_at = moment
            row.family_uid = family_uid


def load_draft(store: Store, key: str) -> Draft | None:
    """The kept fields under ``key``, or None."""
    with store.read_session() as s:
        row = s.scalar(select(AutosaveDraft).where(AutosaveDraft.key == key))
        if row is None:
            return None
        return Draft(row.key, row.family_uid, row.saved_at, dict(row.payload))


def discard_draft(store: Store, key: str) -> bool:
    """Forget the kept fields under ``key``; True if there were any."""
    with store.session() as s:
        result = s.execute(delete(AutosaveDraft).where(AutosaveDraft.key == key))
        return bool(result.rowcount)  # type: ignore[attr-defined]


def list_drafts(store: Store, family_uid: str | None = None) -> list[Draft]:
    """Every kept draft (newest first), e.g. to offer recovery after a crash."""
    with store.read_session() as s:
        stmt = select(AutosaveDraft).order_by(
            AutosaveDraft.saved_at.desc(), AutosaveDraft.id.desc()
        )
        if family_uid is not None:
            stmt = stmt.where(AutosaveDraft.family_uid == family_uid)
        return [Draft(r.key, r.family_uid, r.saved_at, dict(r.payload)) for r in s.scalars(stmt)]
