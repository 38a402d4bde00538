"""The worker profile: who works with this database, kept inside it.

The name is what the program writes for the worker: ``worker`` on a new
family, ``author`` on a new session, the name on a PDF or signature line
where a family names nobody, and the actor of every audit line. It lives in
the store (``store_info``), so it follows the database to a new laptop or a
restored backup and is encrypted with it — never the computer's login name.

On a team server each worker (database role) has a profile of their own
(key ``worker_profile:<role>``), and the audit names the role the server
authenticated, never a name the program sends.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, fields

from sqlalchemy.orm import Session

from famdesk.core.errors import ErrorCollector
from famdesk.db.models import StoreInfo
from famdesk.db.server import session_role
from famdesk.db.store import Store

#: The ``store_info`` key that holds the profile (JSON).
PROFILE_KEY = "worker_profile"
#: The actor written to the audit while a store has no profile yet (a new store
#: opened from the command line); plain, so anyone reading the trail sees why.
NO_PROFILE_ACTOR = "(no worker profile)"

#: Longest text per field (a family's ``worker`` column holds 200 characters).
MAX_LENGTHS = {"name": 200, "title": 200, "organisation": 200, "phone": 60}


@dataclass(frozen=True)
class WorkerProfile:
    """The worker's name (required), title, organisation and phone."""

    name: str
    title: str = ""
    organisation: str = ""
    phone: str = ""


def _cleaned(profile: WorkerProfile) -> WorkerProfile:
    return WorkerProfile(
        **{f.name: " ".join(str(getattr(profile, f.name)).split()) for f in fields(WorkerProfile)}
    )


def check_profile(profile: WorkerProfile) -> WorkerProfile:
    """The profile with spaces tidied; ``ValidationFailed`` naming each wrong field."""
    clean = _cleaned(profile)
    errors = ErrorCollector()
    if not clean.name:
        errors.add("name", "the worker's name is required", "value.required")
    for name, limit in MAX_LENGTHS.items():
        value = getattr(clean, name)
        if len(value) > limit:
            errors.add(
                name,
                f"at most {limit} characters",
                "text.too_long",
                max=limit,
                length=len(value),
            )
    errors.raise_if_any()
    return clean


def _parse(raw: str | None) -> WorkerProfile | None:
    if not raw:
        return None
    try:
        data = json.loads(raw)
    except ValueError:
        return None
    if not isinstance(data, dict) or not str(data.get("name", "")).strip():
        return None
    return WorkerProfile(**{f.name: str(data.get(f.name, "")) for f in fields(WorkerProfile)})


def server_role_in(s: Session) -> str | None:
    """The role a team server authenticated for ``s`` (asked once per session); None in a file."""
    if s.get_bind().dialect.name == "sqlite":
        return None
    role = s.info.get("famdesk_role")
    if role is None:
        role = s.info["famdesk_role"] = session_role(s.connection())
    return str(role)


def profile_key(s: Session) -> str:
    """Where the profile is kept: one per file, one per worker on a team server."""
    role = server_role_in(s)
    return PROFILE_KEY if role is None else f"{PROFILE_KEY}:{role}"


def profile_in(s: Session) -> WorkerProfile | None:
    """The profile as this unit of work sees it (a primary-key read)."""
    row = s.get(StoreInfo, profile_key(s))
    return _parse(row.value if row is not None else None)


def worker_name_in(s: Session) -> str:
    """The profile's name, or "" when the store has none yet."""
    profile = profile_in(s)
    return profile.name if profile is not None else ""


def actor_in(s: Session) -> str:
    """Who the audit names for work done in ``s``: on a server the authenticated role,
    in a file the profile's name, or a plain placeholder."""
    return server_role_in(s) or worker_name_in(s) or NO_PROFILE_ACTOR


def load_profile(store: Store) -> WorkerProfile | None:
    """The stored profile, or None when the worker has not given one yet."""
    with store.read_session() as s:
        return profile_in(s)


def worker_name(store: Store) -> str:
    """The profile's name for a new family or a document, or "" without a profile."""
    profile = load_profile(store)
    return profile.name if profile is not None else ""


def save_profile(store: Store, profile: WorkerProfile) -> WorkerProfile:
    """Check and store the profile (replacing any earlier one); returns what was stored.

    Records already written keep the name they were written with: a family's
    ``worker`` and a session's ``author`` are facts of their time.
    """
    clean = check_profile(profile)
    value = json.dumps(asdict(clean), ensure_ascii=False, sort_keys=True)
    with store.session() as s:
        key = profile_key(s)
        row = s.get(StoreInfo, key)
        if row is None:
            s.add(StoreInfo(key=key, value=value))
        else:
            row.value = value
    return clean
