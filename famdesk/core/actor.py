"""Who is working: the name written to the audit log and as a note's author."""

from __future__ import annotations

import getpass
import os

ACTOR_ENV = "FAMDESK_USER"


def current_actor() -> str:
    """The worker's name: ``FAMDESK_USER`` if set, else the operating-system login."""
    name = os.environ.get(ACTOR_ENV, "").strip()
    if name:
        return name
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # pragma: no cover - no login name on some systems
        return "unknown"
