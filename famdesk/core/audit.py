"""The audit trail: every read, search, change, export, print, backup and restore.

Rows are appended inside the same unit of work as the change they describe,
so a change and its audit line commit together or not at all. ``detail`` holds
criteria and counts, never note contents.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy.orm import Session

from famdesk.core.profile import actor_in
from famdesk.db.models import AuditEvent

ACTIONS = (
    "create",
    "read",
    "update",
    "delete",
    "search",
    "import",
    "export",
    "print",
    "backup",
    "restore",
    "open-store",
    # written by a team server itself when a family is handed over (migration 0009)
    "assign",
)


def record(
    session: Session,
    action: str,
    entity: str = "",
    entity_uid: str | None = None,
    family_uid: str | None = None,
    detail: dict[str, Any] | None = None,
    actor: str | None = None,
) -> AuditEvent:
    """Append one audit line to ``session``'s unit of work.

    The actor is the worker profile's name in this store (``core.profile``).
    """
    if action not in ACTIONS:
        raise ValueError(f"unknown audit action {action!r}")
    event = AuditEvent(
        at=datetime.now(UTC).astimezone(),
        actor=actor or actor_in(session),
        action=action,
        entity=entity,
        entity_uid=entity_uid,
        family_uid=family_uid,
        detail=detail or {},
    )
    session.add(event)
    return event
